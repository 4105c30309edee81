#!/bin/sh
# Renders the PNG renditions of resources/icons/*.svg (bundled so the icons show even without
# Qt's SVG plugin). The SVGs are the source; run this after changing one and commit the PNGs.
# Needs: chromium (headless, draws the SVG) and ImageMagick (scales it down).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
icons=$here/resources/icons
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # svg size-list
    svg=$1; shift
    name=$(basename "$svg" .svg)
    cat > "$work/$name.html" <<HTML
<!doctype html><html><body style="margin:0;background:transparent">
<img src="file://$svg" width="512" height="512" style="display:block"></body></html>
HTML
    chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-sync \
        --disable-background-networking --disable-component-update --hide-scrollbars \
        --user-data-dir="$work/profile" --default-background-color=00000000 \
        --window-size=512,512 --screenshot="$work/$name.png" "file://$work/$name.html" \
        >/dev/null 2>&1
    for size in "$@"; do
        convert "$work/$name.png" -filter Lanczos -resize "${size}x${size}" \
            -define png:exclude-chunks=date,time "$icons/$name-$size.png"
    done
}

render "$icons/astro-tray.svg" 16 22 24 32 48 64 128 256
for svg in "$icons"/tray-*.svg; do
    render "$svg" 16 22 24 32 48 64
done
echo "rendered into $icons"
