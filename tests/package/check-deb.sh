#!/bin/sh
# Builds the .deb from an already built tree, checks its metadata and contents, unpacks it
# into a scratch root and runs the packaged ast from there.
# usage: check-deb.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/astro-desktop_*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6network6 libqt6keychain1 libsecret-1-0 libqt6widgets6 \
        qml6-module-qtquick-controls qt6-qpa-plugins libqrencode4; do
    case $depends in *"$needed"*) ;; *) echo "FAIL: Depends lacks $needed"; exit 1 ;; esac
done

dpkg-deb -c "$deb" | awk '{print $6}' >"$work/files"
for path in ./usr/bin/ast ./usr/bin/astro-tray ./usr/share/applications/astro-tray.desktop \
        ./etc/xdg/autostart/astro-tray.desktop ./usr/share/icons/hicolor/scalable/apps/astro-tray.svg \
        ./usr/share/man/man1/ast.1.gz ./usr/share/bash-completion/completions/ast \
        ./usr/share/zsh/vendor-completions/_ast ./usr/share/fish/vendor_completions.d/ast.fish; do
    grep -qx "$path" "$work/files" || { echo "FAIL: $path missing from the package"; cat "$work/files"; exit 1; }
done
if grep -q devserver "$work/files"; then echo "FAIL: astro-devserver must not be packaged"; exit 1; fi

dpkg-deb -x "$deb" "$work/root"
version=$("$work/root/usr/bin/ast" --version)
echo "packaged ast: $version"
case $version in "ast version "*) ;; *) echo "FAIL: unexpected --version output"; exit 1 ;; esac
"$work/root/usr/bin/ast" completion bash | cmp -s - "$work/root/usr/share/bash-completion/completions/ast" \
    || { echo "FAIL: packaged bash completion differs from the binary's"; exit 1; }
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/astro-tray.desktop"
    desktop-file-validate "$work/root/etc/xdg/autostart/astro-tray.desktop"
fi
zcat "$work/root/usr/share/man/man1/ast.1.gz" | grep -q '^\.TH AST 1' || { echo "FAIL: man page"; exit 1; }
echo "package OK"
