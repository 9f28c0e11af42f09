#!/usr/bin/env bash
# Redraws the app icon into assets/icons: PNGs (16..1024 px), fieldbook.ico (Windows) and, when png2icns
# (Debian package icnsutils) or iconutil (macOS) is present, fieldbook.icns (macOS).
# The results are committed, so the installer build does not need this script; run it after changing
# installer/IconMaker.java. Needs a JDK and ImageMagick (convert).
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/icons
java installer/IconMaker.java "$out"
convert "$out"/fieldbook-16.png "$out"/fieldbook-24.png "$out"/fieldbook-32.png "$out"/fieldbook-48.png \
        "$out"/fieldbook-64.png "$out"/fieldbook-128.png "$out"/fieldbook-256.png "$out"/fieldbook.ico
if command -v png2icns >/dev/null; then
  png2icns "$out"/fieldbook.icns "$out"/fieldbook-16.png "$out"/fieldbook-32.png "$out"/fieldbook-48.png \
           "$out"/fieldbook-128.png "$out"/fieldbook-256.png "$out"/fieldbook-512.png "$out"/fieldbook-1024.png >/dev/null
elif command -v iconutil >/dev/null; then
  set_dir=$(mktemp -d)/fieldbook.iconset
  mkdir -p "$set_dir"
  for s in 16 32 128 256 512; do
    cp "$out/fieldbook-$s.png" "$set_dir/icon_${s}x${s}.png"
    cp "$out/fieldbook-$((s * 2)).png" "$set_dir/icon_${s}x${s}@2x.png" 2>/dev/null || true
  done
  iconutil -c icns -o "$out"/fieldbook.icns "$set_dir"
else
  echo "No png2icns or iconutil: fieldbook.icns not rebuilt" >&2
fi
ls -l "$out"
