# Sourced by the bench/*.sh scripts (bash, set -euo pipefail already on).

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { echo "bench: $*" >&2; }
die() {
    echo "bench: $*" >&2
    exit 1
}

# require TOOL=PACKAGE...: fails with the apt-get line for every missing tool.
require() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%=*}" >/dev/null 2>&1 || missing+=("${pair#*=}")
    done
    ((${#missing[@]} == 0)) && return 0
    echo "bench: missing tools; install them with:" >&2
    echo "  apt-get install $(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')" >&2
    echo "  (or scripts/install-deps.sh, which installs everything the project uses)" >&2
    exit 1
}

# bench_build TARGET...: a Release build in $build (BENCH_BUILD_DIR, default build-bench),
# configured on first use, rebuilt incrementally (a no-op when up to date).
bench_build() {
    build=${BENCH_BUILD_DIR:-$bench_root/build-bench}
    if [[ ! -f $build/CMakeCache.txt ]]; then
        cmake -S "$bench_root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DASTRO_BUILD_BENCH=ON >/dev/null
    else
        local type
        type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
        [[ $type == Release ]] || die "$build is a '$type' build; benchmarks need Release"
        grep -q '^ASTRO_BUILD_BENCH:BOOL=ON' "$build/CMakeCache.txt" \
            || cmake -S "$bench_root" -B "$build" -DASTRO_BUILD_BENCH=ON >/dev/null
    fi
    cmake --build "$build" -j2 --target "$@" >"$build/bench-build.log" 2>&1 \
        || { tail -n 30 "$build/bench-build.log" >&2; die "build failed (log: $build/bench-build.log)"; }
}

# wait_until SECONDS COMMAND...: polls every 100 ms; fails after SECONDS.
wait_until() {
    local tries=$(($1 * 10))
    shift
    until "$@" >/dev/null 2>&1; do
        ((--tries > 0)) || return 1
        sleep 0.1
    done
}

load1() { cut -d ' ' -f 1 /proc/loadavg; }

# wait_quiet: until the 1-minute load is below BENCH_MAX_LOAD (1.5), for at most
# BENCH_WAIT_QUIET seconds (0: no waiting). Measures anyway after the deadline; the load
# goes into the results either way.
wait_quiet() {
    local max=${BENCH_MAX_LOAD:-1.5} deadline=$((SECONDS + ${BENCH_WAIT_QUIET:-0}))
    while awk -v l="$(load1)" -v m="$max" 'BEGIN { exit !(l >= m) }'; do
        if ((SECONDS >= deadline)); then
            ((${BENCH_WAIT_QUIET:-0} == 0)) || say "load still $(load1) at the deadline; measuring anyway"
            return 0
        fi
        say "load $(load1) >= $max; waiting (at most $((deadline - SECONDS)) s more)"
        sleep 10
    done
}

# start_devserver ARGS...: astro-devserver on 127.0.0.1, port chosen by the kernel; sets
# $url and $devserver_pid. The caller kills it.
start_devserver() {
    local log=$scratch/devserver.$RANDOM
    "$build/bin/astro-devserver" --port 0 --quiet "$@" >"$log.out" 2>"$log.err" &
    devserver_pid=$!
    wait_until 10 grep -q 'listening on' "$log.out" \
        || die "astro-devserver did not start: $(cat "$log.err")"
    url=$(sed -n 's/.*listening on \(http:[^ ]*\).*/\1/p' "$log.out" | head -n 1)
    [[ $url == http://127.0.0.1:* ]] || die "unexpected devserver address '$url'"
}

# stat KEY: one number from the devserver's /_dev/stats.
devserver_stat() {
    curl -sf "$url/_dev/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"
}
