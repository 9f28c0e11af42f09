#!/usr/bin/env bash
# Builds the macOS disk image target/installer/Fieldbook-<version>.dmg. Run on a Mac with a JDK 17+:
#
#   ./mvnw -B package -DskipTests && installer/build-macos.sh
#
# Same configuration as Linux: installer/jpackage-common.cfg, installer/runtime-modules.txt,
# installer/fbz-association.properties (double-clicking a .fbz opens Fieldbook). Unlike Linux and Windows,
# macOS hands the file over as an open-file event, not as an argument, received through
# java.awt.Desktop#setOpenFileHandler, which ui.DesktopFiles registers on macOS. Icon: assets/icons/fieldbook.icns
# (made by installer/build-icons.sh with png2icns, or on a Mac with iconutil). Start-up: the runtime carries the
# JDK's class-data-sharing archive (jlink --generate-cds-archive). Signing/notarisation: add
# --mac-sign --mac-signing-key-user-name "Developer ID Application: …" when a certificate is available.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
pom_version=${1:-$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null || true)}
app_version=$(printf '%s' "${pom_version:-0.1.0}" | sed -E 's/^([0-9]+(\.[0-9]+)*).*$/\1/')
# macOS wants the first number of the version to be 1 or more
case "$app_version" in 0.*) app_version="1.${app_version#0.}" ;; esac
out=target/installer

[ -f target/fieldbook.jar ] || { echo "target/fieldbook.jar missing: run ./mvnw -B package first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/fieldbook.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"   # the JavaFX jars of the Mac Maven ran on (mac or mac-aarch64)

"${bin}jlink" --add-modules "$(tr -d ' \n' < installer/runtime-modules.txt)" \
  --include-locales=en,fr --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$out/runtime"

"${bin}jpackage" @installer/jpackage-common.cfg --type dmg --app-version "$app_version" \
  --input "$out/input" --runtime-image "$out/runtime" --icon assets/icons/fieldbook.icns \
  --file-associations installer/fbz-association.properties \
  --mac-package-identifier org.fieldbook.app --mac-package-name Fieldbook \
  --dest "$out"
ls -l "$out"/*.dmg
