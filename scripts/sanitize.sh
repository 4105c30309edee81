#!/usr/bin/env bash
# The unit and integration tests under AddressSanitizer + UndefinedBehaviorSanitizer (and
# LeakSanitizer): every test binary, `ast` and astro-devserver are instrumented, so a leak,
# overflow, use-after-free or UB in any of them fails the run.
#   scripts/sanitize.sh [extra ctest arguments]
# Build dir: ASTRO_SANITIZE_BUILD_DIR (default build-asan). The tray is left out
# (ASTRO_BUILD_TRAY=OFF): its tests need a desktop session and belong to the gui label.
# Prints the wall time of the whole run at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
build=${ASTRO_SANITIZE_BUILD_DIR:-build-asan}
jobs=${JOBS:-2}

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DASTRO_SANITIZE=ON \
    -DASTRO_BUILD_TRAY=OFF -DASTRO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j "$jobs"
built=$(date +%s)

# abort_on_error: a report is a crash the test sees, not a line in a log nobody reads.
# Children (ast, astro-devserver) inherit these through the tests' environment.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0

status=0
ctest --test-dir "$build" -L "unit|integration" --output-on-failure --timeout 900 -j "$jobs" \
    "$@" || status=$?

finished=$(date +%s)
echo "sanitize.sh: build $((built - started)) s, tests $((finished - built)) s," \
    "total $((finished - started)) s (exit $status)"
exit $status
