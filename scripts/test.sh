#!/usr/bin/env bash
# The test command (README, CI): installs what it needs, builds, runs every test.
#   unit, integration (real ast against astro-devserver), keyring (real gnome-keyring under
#   dbus-run-session, and no D-Bus at all), gui (Xvfb + SNI tray host + dunst), fuzz smoke.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${ASTRO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 "$@"
