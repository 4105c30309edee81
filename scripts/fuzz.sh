#!/usr/bin/env bash
# Fuzzes every parser of untrusted bytes (tests/fuzz) with libFuzzer + ASan + UBSan.
#   scripts/fuzz.sh [seconds-per-target]     (default 60)
# Configures its own Clang build dir (ASTRO_FUZZ_BUILD_DIR, default build-fuzz: astcore must
# be built by the same compiler, with coverage), builds only the fuzz targets, runs each from
# the seed corpus in tests/fuzz/corpus/<target>/, prints the executions per target and fails
# on any crash, leak, sanitizer report or broken invariant. Crashing inputs are kept in
# <build>/fuzz/artifacts/; new corpus entries in <build>/fuzz/corpus/ (the seeds stay as
# committed).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
    echo "usage: $0 [seconds-per-target]" >&2
    exit 2
fi
root=$PWD
build=${ASTRO_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${JOBS:-2}
targets=(fuzz_device_authorization fuzz_token_reply fuzz_error_reply fuzz_jwt_claims fuzz_credentials)

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DASTRO_FUZZ=ON -DASTRO_BUILD_TRAY=OFF -DASTRO_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
mkdir -p "$build/fuzz/artifacts" "$build/fuzz/logs"
failed=()
summary=()
for target in "${targets[@]}"; do
    corpus="$build/fuzz/corpus/$target"
    log="$build/fuzz/logs/$target.log"
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s"
    status=0
    # First directory: where new inputs go; second: the committed seeds, read only.
    "$build/fuzz/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$root/$build/fuzz/artifacts/$target-" \
        "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    summary+=("$(printf '%-28s %12s executions  exit %s' "$target" "${execs:-?}" "$status")")
    if ((status != 0)); then
        failed+=("$target")
        tail -n 40 "$log" >&2
    fi
done

echo
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]} (inputs in $build/fuzz/artifacts/, logs in $build/fuzz/logs/)" >&2
    exit 1
fi
echo "no crash in ${#targets[@]} targets x ${seconds}s"
