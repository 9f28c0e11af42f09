# Builds the Windows installer target\installer\Fieldbook-<version>.msi (and the app image next to it).
# Run from the project folder on Windows with a JDK 17+ on PATH (or JAVA_HOME) and the WiX Toolset 3.x on PATH
# (jpackage needs candle.exe and light.exe):
#
#   .\mvnw.cmd -B package -DskipTests
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
#
# Same configuration as Linux: installer\jpackage-common.cfg (name, main class, JVM options),
# installer\runtime-modules.txt (jlink modules), installer\fbz-association.properties (.fbz files open in
# Fieldbook, the path arrives as the first argument). Start-up: the runtime carries the JDK's class-data-sharing
# archive (jlink --generate-cds-archive); the app-level AppCDS archive of the Linux build is not made here
# because it records absolute paths, which only the installed location knows.
param([string]$Version = "")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$bin = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME "bin" } else { "" }
function Tool($name) { if ($bin) { Join-Path $bin "$name.exe" } else { $name } }

if (-not (Test-Path target\fieldbook.jar)) { throw "target\fieldbook.jar missing: run .\mvnw.cmd -B package -DskipTests first" }
if (-not $Version) {
  $Version = (Select-String -Path target\maven-archiver\pom.properties -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
}
$appVersion = ($Version -replace '^([0-9]+(\.[0-9]+)*).*$', '$1')

$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\fieldbook.jar "$out\input\"
Copy-Item target\lib\*.jar "$out\input\lib\"
# target\lib holds the JavaFX jars of the platform Maven ran on: build on Windows for Windows.

$modules = (Get-Content installer\runtime-modules.txt -Raw).Trim() -replace '\s', ''
& (Tool jlink) --add-modules $modules --include-locales=en,fr --strip-debug --no-man-pages --no-header-files `
  --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

& (Tool jpackage) "@installer/jpackage-common.cfg" --type msi --app-version $appVersion `
  --input "$out\input" --runtime-image "$out\runtime" --icon assets\icons\fieldbook.ico `
  --file-associations installer\fbz-association.properties `
  --win-menu --win-menu-group Fieldbook --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f1d7c1e-2b1f-4a0e-9a57-5c3f6e0f1b42 `
  --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem "$out\*.msi"
