#!/usr/bin/env bash
# Installs every Debian 12 package that building, the demo and the tests need.
# Idempotent: does nothing when everything is present. Runs as root, or through sudo.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config clang clang-format libclang-rt-14-dev
    # Qt 6.4 and QtKeychain
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-declarative-dev qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
    qml6-module-qtquick-templates qml6-module-qtqml
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libsecret-1-0 libqrencode-dev
    libxkbcommon-dev libgl1-mesa-dri fonts-dejavu-core
    # a real Secret Service, session bus, X server, tray host and notification daemon for tests
    gnome-keyring libsecret-tools dbus dbus-x11 xvfb xauth x11-utils xdotool imagemagick dunst
    haskell-gtk-sni-tray-utils haskell-status-notifier-item-utils xdg-utils
    # the browser step of GUI tests, benchmarks, packaging
    chromium python3 libglib2.0-bin hyperfine gh strace dpkg-dev file curl desktop-file-utils
    # reads the clipboard in the "Copy access token" GUI test
    xclip
    # shells whose completion scripts are tested
    zsh fish
    # the accessibility bus and pyatspi for the AT-SPI tests of the windows (tst_accessibility)
    at-spi2-core python3-pyatspi
    # a headless Wayland compositor and Qt's Wayland platform (tst_wayland)
    weston qt6-wayland
    # SVG icons (image format and icon engine plugins): crisp at any scale
    libqt6svg6
    # OpenSSL's libcrypto: astro-devserver signs RS256 access tokens (the client never verifies)
    libssl-dev
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
