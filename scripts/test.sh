#!/usr/bin/env bash
# The test command (README, CI): installs what it needs, builds, runs every test.
#   1. clang-format check of every C++ file (scripts/check-format.sh);
#   2. a release build and ctest over every label: unit, integration (real ast against
#      astro-devserver), keyring (real gnome-keyring under dbus-run-session, and no D-Bus at
#      all), gui (Xvfb + SNI tray host + dunst, AT-SPI, Wayland), i18n, package (.deb), cli;
#   3. the same tests again on an AddressSanitizer + UndefinedBehaviorSanitizer build (all
#      labels but package: the .deb is built from the release tree);
#   4. a short libFuzzer run of every parser of untrusted bytes (scripts/fuzz.sh).
# Extra arguments go to both ctest runs (e.g. -L unit). Switches: ASTRO_SANITIZE_PASS=0 skips
# step 3, ASTRO_FUZZ_SECONDS=0 skips step 4.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

scripts/install-deps.sh
scripts/check-format.sh

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# ctest_pass NAME BUILD_DIR [ctest args]: runs ctest, keeps its log for the totals.
status=0
ctest_pass() {
    local name=$1 build=$2
    shift 2
    echo "== ctest ($name)"
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j2 "$@" | tee "$logs/$name.log" ||
        status=1
}

build=${ASTRO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}"
cmake --build "$build" -j"$(nproc)"
ctest_pass release "$build" "$@"

if [[ ${ASTRO_SANITIZE_PASS:-1} != 0 ]]; then
    asan_build=${ASTRO_SANITIZE_BUILD_DIR:-build-asan}
    cmake -S . -B "$asan_build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DASTRO_SANITIZE=ON \
        "${launcher[@]}"
    cmake --build "$asan_build" -j"$(nproc)"
    # abort_on_error: a report is a crash the test sees, not a line in a log nobody reads.
    # Children (ast, astro-tray, astro-devserver) inherit these through the tests' environment.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
    ctest_pass sanitizers "$asan_build" -LE package "$@"
fi

fuzz_seconds=${ASTRO_FUZZ_SECONDS:-30}
if ((fuzz_seconds > 0)); then
    scripts/fuzz.sh "$fuzz_seconds" || status=1
fi

# One closing line for whoever reads the end of the log: the ctest totals of both passes.
passed=0
failed=0
for log in "$logs"/*.log; do
    line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" || true)
    [[ -n $line ]] || { status=1; continue; }
    total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
    bad=$(sed -E 's/.*, ([0-9]+) tests failed.*/\1/' <<<"$line")
    passed=$((passed + total - bad))
    failed=$((failed + bad))
done
echo "test.sh: $(($(date +%s) - started)) s in all"
echo "ctest: $passed passed, $failed failed"
exit $status
