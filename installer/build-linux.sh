#!/usr/bin/env bash
# Builds the Linux app image and .deb. Called by `./mvnw -B -Pinstaller package` after the jar and
# target/lib are made; can also be run by hand after `./mvnw -B -q package -DskipTests`.
#
#   installer/build-linux.sh [project-version] [--image-only]
#
# Produces
#   target/installer/image/Fieldbook/        app image (bin/Fieldbook launcher, lib/runtime, lib/app)
#   target/installer/fieldbook_<v>-1_amd64.deb
#
# Steps: jlink a runtime with the JDK modules in installer/runtime-modules.txt (JavaFX comes as the
# platform jars on the class path), jpackage an app image with installer/jpackage-common.cfg, train it
# once (start to first window, under Xvfb when there is no display) and once on the command line (the demo
# visit's INDEX analysis report) to record the classes they load, dump a class-data-sharing archive (AppCDS)
# from those lists into the image, then package the .deb.
# The archive records absolute paths, so the .deb ships the class list and its postinst dumps the
# archive at the installed location.
# Needs: JDK 17+ (jlink, jpackage), fakeroot and dpkg-deb (binutils for stripping), Xvfb when headless.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${JAVA_HOME:+$JAVA_HOME/bin/}
image_only=
if [ "${2:-}" = "--image-only" ] || [ "${1:-}" = "--image-only" ]; then image_only=yes; [ "${1:-}" = "--image-only" ] && shift; fi
pom_version=${1:-$(sed -n 's/^version=//p' target/maven-archiver/pom.properties 2>/dev/null || true)}
app_version=$(printf '%s' "${pom_version:-0.1.0}" | sed -E 's/^([0-9]+(\.[0-9]+)*).*$/\1/')
out=target/installer
image=$out/image/Fieldbook

[ -f target/fieldbook.jar ] || { echo "target/fieldbook.jar missing: run ./mvnw -B package first" >&2; exit 1; }
for tool in fakeroot dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y fakeroot binutils" >&2; exit 1; }
done

rm -rf "$out"
mkdir -p "$out/input/lib"

echo "== input: fieldbook.jar and its libraries"
cp target/fieldbook.jar "$out/input/"
cp target/lib/*.jar "$out/input/lib/"

echo "== runtime: jlink $(cat installer/runtime-modules.txt)"
"${bin}jlink" --add-modules "$(tr -d ' \n' < installer/runtime-modules.txt)" \
  --include-locales=en,fr --strip-debug --no-man-pages --no-header-files \
  --strip-native-debug-symbols=exclude-debuginfo-files --generate-cds-archive \
  --output "$out/runtime"

linux_opts=(--icon assets/icons/fieldbook-256.png
            --java-options "-XX:SharedArchiveFile=\$APPDIR/fieldbook.jsa")

echo "== app image"
"${bin}jpackage" @installer/jpackage-common.cfg --type app-image --app-version "$app_version" \
  --input "$out/input" --runtime-image "$out/runtime" "${linux_opts[@]}" --dest "$out/image"

# A display for the training run
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
  for n in 97 96 95 94 93; do
    if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
      Xvfb ":$n" -screen 0 1366x768x24 >/dev/null 2>&1 &
      xvfb_pid=$!
      export DISPLAY=":$n"
      sleep 1
      break
    fi
  done
fi

echo "== training run (records the classes loaded until the first window)"
classlist=$out/fieldbook.classlist
log=$out/training.log
# Train on a workspace with a visit in it, so the classes of a filled main window are archived too
"$image/bin/Fieldbook" --data "$out/training-workspace" init --name "Training" --role expert >"$log" 2>&1 || true
"$image/bin/Fieldbook" --data "$out/training-workspace" demo >"$out/demo.out" 2>>"$log" || true
cat "$out/demo.out" >>"$log"
demo_visit=$(head -n 1 "$out/demo.out")
if [ -n "${DISPLAY:-}" ]; then
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist -Dfieldbook.exitAfterShown=true" \
    "$image/bin/Fieldbook" --data "$out/training-workspace" >>"$log" 2>&1 &
  app_pid=$!
  shown=
  for _ in $(seq 1 60); do
    if grep -q FIELDBOOK_WINDOW_SHOWN "$log"; then shown=yes; break; fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.5
  done
  if [ -z "$shown" ]; then
    echo "   (no FIELDBOOK_WINDOW_SHOWN line within 30 s: stopping the training run, keeping what it loaded)"
    kill -TERM "$app_pid" 2>/dev/null || true
  fi
  wait "$app_pid" || true
else
  echo "   no display and no Xvfb: training on the command line only (smaller archive)"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$classlist" "$image/bin/Fieldbook" --help >>"$log" 2>&1 || true
fi
[ -s "$classlist" ] || { echo "training produced no class list (see $log)" >&2; exit 1; }
# The command line's heavy commands load what the window does not (Apache POI, the OOXML schema types): train on the
# demo visit's INDEX analysis report too (issue 13: its whole process is to take at most 3 s) and archive both sets
cli_classlist=$out/fieldbook-cli.classlist
if [ -n "$demo_visit" ]; then
  echo "== training run of the command line (fieldbook index report on the demo visit)"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$cli_classlist" "$image/bin/Fieldbook" --data "$out/training-workspace" \
    index report --visit "$demo_visit" --out "$out/training-report.docx" >>"$log" 2>&1 || true
fi
if [ -s "$cli_classlist" ]; then
  awk '!seen[$0]++' "$classlist" "$cli_classlist" >"$classlist.both" && mv "$classlist.both" "$classlist"
else
  echo "   (no class list from the report's training run: the archive covers the window only)"
fi
echo "   $(wc -l < "$classlist") classes"
cp "$classlist" "$image/lib/app/fieldbook.classlist"
cp "$classlist" "$out/input/fieldbook.classlist"

echo "== AppCDS archive for the app image"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$PWD/$image/lib/app/fieldbook.classlist -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$image/bin/Fieldbook" >"$out/cds-dump.log" 2>&1 || { echo "CDS dump failed, see $out/cds-dump.log" >&2; exit 1; }
ls -l "$image/lib/app/fieldbook.jsa"

if [ -n "$image_only" ]; then
  echo "== --image-only: no .deb"
  exit 0
fi

echo "== .deb"
# xz at level 3 packs nearly as small as dpkg's default level 6 in a fraction of the time
export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-xz} DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-3}
"${bin}jpackage" @installer/jpackage-common.cfg --type deb --app-version "$app_version" \
  --input "$out/input" --runtime-image "$out/runtime" "${linux_opts[@]}" \
  --file-associations installer/fbz-association.properties \
  --resource-dir installer/linux --install-dir /opt \
  --linux-package-name fieldbook --linux-deb-maintainer "fieldbook@example.org" \
  --linux-menu-group Office --linux-app-category editors --linux-shortcut \
  --linux-package-deps libgtk-3-0 \
  --dest "$out"
ls -l "$out"/*.deb
