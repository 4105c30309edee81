#!/usr/bin/env bash
# bench/poll-efficiency.sh: how many times `ast login` polls the token endpoint while the user
# takes N seconds to approve, against the fewest the server's interval allows.
#
# Polls fall at I, 2I, ... seconds after the device code (RFC 8628 3.5), so an approval N
# seconds after the code needs at least floor(N/I)+1 polls; N is measured from the moment
# ast prints the code to the moment the approval returns (approved_ms), and the default N
# stay clear of multiples of I so that a poll and the approval never race. The devserver runs
# with --strict-interval: a poll sooner than the interval is answered slow_down and counted
# in "early".
#
# usage: bench/poll-efficiency.sh [I:N ...]   (default: 1:0.5 1:2.5 1:5.5 2:1 2:5 2:9)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"
require python3=python3 curl=curl cmake=cmake ninja=ninja-build
bench_build ast astro-devserver

cases=("$@")
((${#cases[@]})) || cases=(1:0.5 1:2.5 1:5.5 2:1 2:5 2:9)

scratch=$(mktemp -d "${TMPDIR:-/tmp}/astro-polls.XXXXXX")
devserver_pid=
login_pid=
cleanup() {
    for pid in $login_pid $devserver_pid; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $((${EPOCHREALTIME/./} / 1000)); }

printf '%-9s %-10s %-11s %-6s %-8s %-6s %-14s %-16s %s\n' interval approve_s approved_ms polls \
    minimum early first_poll_ms mean_interval_ms verdict
all_minimal=1
for case in "${cases[@]}"; do
    interval=${case%%:*}
    approve_after=${case#*:}
    start_devserver --interval "$interval" --strict-interval
    log=$scratch/login-$interval-$approve_after.log
    ASTRO_HOME=$scratch/home-$interval-$approve_after ASTRO_AUTH_URL=$url \
        ASTRO_CLIENT_ID=client_bench ASTRO_CREDENTIAL_STORE=file NO_COLOR=1 \
        timeout 120 "$build/bin/ast" login --no-browser --server "$url" >"$log" 2>&1 &
    login_pid=$!
    # The code line appears as soon as ast has the device code: the clock starts there.
    code=
    for ((i = 0; i < 1000; i++)); do
        code=$(sed -n 's/.*one-time code: \([A-Z0-9-]*\).*/\1/p' "$log")
        [[ -z $code ]] || break
        sleep 0.01
    done
    [[ -n $code ]] || die "ast login showed no code: $(cat "$log")"
    issued_ms=$(now_ms)
    # Approve N seconds later, as a user would in the browser.
    sleep "$(awk -v n="$approve_after" -v e="$(($(now_ms) - issued_ms))" \
        'BEGIN { d = n - e / 1000; print (d > 0 ? d : 0) }')"
    curl -sf -o /dev/null --data-urlencode "user_code=$code" "$url/_dev/approve" \
        || die "approving $code failed"
    approved_ms=$(($(now_ms) - issued_ms))
    wait "$login_pid" || die "ast login failed: $(cat "$log")"
    login_pid=
    read -r polls early first mean < <(curl -sf "$url/_dev/stats" | python3 -c '
import json, sys
s = json.load(sys.stdin)
gaps = s["poll_intervals_ms"]
first = s["first_poll_delays_ms"]
print(s["polls"], s["too_early_polls"], first[0] if first else "-",
      round(sum(gaps) / len(gaps)) if gaps else "-")')
    # Polls fall at k*I; the first one after the approval succeeds.
    minimum=$((approved_ms / (interval * 1000) + 1))
    verdict=minimal
    if ((polls > minimum || early > 0)); then
        verdict="NOT minimal"
        all_minimal=0
    fi
    printf '%-9s %-10s %-11s %-6s %-8s %-6s %-14s %-16s %s\n' "$interval" "$approve_after" \
        "$approved_ms" "$polls" "$minimum" "$early" "$first" "$mean" "$verdict"
    kill "$devserver_pid"
    wait "$devserver_pid" 2>/dev/null || true
    devserver_pid=
done
((all_minimal)) && echo "every sign-in polled the minimum the interval allows" \
    || echo "some sign-ins polled more than the interval requires"
