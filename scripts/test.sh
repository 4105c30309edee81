#!/usr/bin/env bash
# The test command (README, CI): installs what it needs, builds, runs every test.
#   ctest: unit, integration (real ast against astro-devserver), keyring (real gnome-keyring
#   under dbus-run-session, and no D-Bus at all), gui (Xvfb + SNI tray host + dunst),
#   i18n, package (.deb), cli (shell completions);
#   then a short libFuzzer run of every parser of untrusted bytes (scripts/fuzz.sh).
# Extra arguments go to ctest (e.g. -L unit). ASTRO_FUZZ_SECONDS=0 skips the fuzz run.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${ASTRO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" -j"$(nproc)"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 "$@" | tee "$log"

fuzz_seconds=${ASTRO_FUZZ_SECONDS:-60}
if ((fuzz_seconds > 0)); then
    scripts/fuzz.sh "$fuzz_seconds"
fi

# One closing line for whoever reads the end of the log: the ctest totals.
total=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\2/p' "$log")
failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests failed out of \([0-9]*\).*/\1/p' "$log")
echo "ctest: $((total - failed)) passed, $failed failed"
