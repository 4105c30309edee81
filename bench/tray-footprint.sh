#!/usr/bin/env bash
# bench/tray-footprint.sh: astro-tray's memory and idle wake-ups on a real (headless) desktop:
# Xvfb, a private D-Bus session, an unlocked gnome-keyring, the gtk-sni-tray-standalone tray
# host when installed, and astro-devserver on 127.0.0.1.
#
#   1. `ast login`, then astro-tray starts signed in: RSS once the icon is up and settled,
#      then 60 s of idle with a 1-hour access token (a refresh is 55 min away): wake-ups.
#   2. Access tokens of 20 s, sign out and sign in again from the tray menu (device flow,
#      QML sign-in window; the devserver approves after 1 s): RSS after sign-in, then 60 s
#      idle in which the refresh timer fires every ~18 s: wake-ups against refreshes.
#
# Wake-ups are counted twice: returns from poll-family calls (strace -f on every thread) and
# voluntary context switches per thread (/proc, no tracer attached while counting).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"
idle_secs=${BENCH_IDLE_SECS:-60}

if [[ ${1:-} != --in-session ]]; then
    require xvfb-run=xvfb Xvfb=xvfb dbus-run-session=dbus dbus-send=dbus gdbus=libglib2.0-bin \
        gnome-keyring-daemon=gnome-keyring strace=strace python3=python3 curl=curl \
        cmake=cmake ninja=ninja-build
    bench_build ast astro-devserver
    bench_build astro-tray || die "astro-tray does not build"
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/astro-tray-bench.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT
    trap 'exit 130' INT TERM
    mkdir -p "$scratch/home" "$scratch/run"
    chmod 700 "$scratch/run"
    status=0
    env -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" BENCH_BUILD="$build" BENCH_SCRATCH="$scratch" \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        dbus-run-session -- bash "$0" --in-session || status=$?
    exit "$status"
fi

# ---- inside Xvfb and the private D-Bus session ----
build=$BENCH_BUILD
scratch=$BENCH_SCRATCH
helper_pids=()
devserver_pid=
tray_pid=
cleanup() {
    for pid in $tray_pid $devserver_pid "${helper_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

bus_true() {
    dbus-send --session --print-reply --reply-timeout=1000 "$@" 2>/dev/null | grep -q 'boolean true'
}

printf %s bench-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
wait_until 10 bus_true --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
    || die "the Secret Service did not come up"

tray_host=none
if command -v gtk-sni-tray-standalone >/dev/null 2>&1; then
    NO_AT_BRIDGE=1 gtk-sni-tray-standalone --watcher --top --end --size 24 \
        >"$scratch/sni.log" 2>&1 &
    helper_pids+=($!)
    wait_until 15 bus_true --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get string:org.kde.StatusNotifierWatcher \
        string:IsStatusNotifierHostRegistered || die "the tray host did not register"
    tray_host=gtk-sni-tray-standalone
else
    say "gtk-sni-tray-standalone missing (apt-get install haskell-gtk-sni-tray-utils):" \
        "no tray host; astro-tray falls back to its window"
fi
if command -v dunst >/dev/null 2>&1; then
    # A notification daemon of our own: otherwise D-Bus activation starts one mid-measurement.
    dunst -config /dev/null >"$scratch/dunst.log" 2>&1 &
    helper_pids+=($!)
fi

start_devserver --interval 1 --auto-approve-after 1
export ASTRO_HOME=$scratch/astro ASTRO_AUTH_URL=$url ASTRO_CLIENT_ID=client_bench \
    ASTRO_SERVER=$url BROWSER=true NO_COLOR=1
unset ASTRO_CREDENTIAL_STORE ASTRO_TOKEN ASTRO_PROFILE
timeout 30 "$build/bin/ast" login --no-browser >"$scratch/login.log" 2>&1 \
    || die "ast login failed: $(cat "$scratch/login.log")"

"$build/bin/astro-tray" >"$scratch/tray.log" 2>&1 &
tray_pid=$!

# rss: "VmRSS VmHWM RssAnon RssFile Threads" of the tray, in kB.
rss() {
    awk '/^(VmRSS|VmHWM|RssAnon|RssFile):/ { v[$1] = $2 } /^Threads:/ { t = $2 }
         END { printf "%d %d %d %d %d\n", v["VmRSS:"], v["VmHWM:"], v["RssAnon:"], v["RssFile:"], t }' \
        "/proc/$tray_pid/status"
}
report_rss() {
    local name=$1 rss hwm anon file threads
    read -r rss hwm anon file threads < <(rss)
    awk -v n="$name" -v r="$rss" -v h="$hwm" -v a="$anon" -v f="$file" -v t="$threads" 'BEGIN {
        printf "%-28s VmRSS %6.1f MB (anon %5.1f, file %5.1f)  VmHWM %6.1f MB  threads %d\n",
            n, r / 1024, a / 1024, f / 1024, h / 1024, t }'
}
# settle: until RSS has not moved by more than 64 kB for 2 s (at most 20 s).
settle() {
    local last=0 now stable=0 tries=0
    while ((stable < 4 && tries < 40)); do
        sleep 0.5
        now=$(rss | cut -d ' ' -f 1)
        if ((now - last < 64 && last - now < 64)); then stable=$((stable + 1)); else stable=0; fi
        last=$now
        tries=$((tries + 1))
    done
}

# The tray's StatusNotifierItem: its bus name and path (from the watcher) and menu path.
sni_service=
sni_path=
menu_path=
find_item() {
    local item
    item=$(gdbus call --session --dest org.kde.StatusNotifierWatcher \
        --object-path /StatusNotifierWatcher --method org.freedesktop.DBus.Properties.Get \
        org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems \
        | grep -o "'[^']*'" | head -n 1 | tr -d "'")
    [[ -n $item ]] || return 1
    sni_service=${item%%/*}
    sni_path=/StatusNotifierItem
    [[ $item != */* ]] || sni_path=/${item#*/}
}
# menu_item_id PREFIX < GetLayout output: id of the visible item whose label starts so.
menu_item_id() {
    python3 -c '
import re, sys
text, prefix = sys.stdin.read(), sys.argv[1]
for m in re.finditer(r"\((\d+), \{([^{}]*)\}", text):
    props = m.group(2)
    label = re.search(r"\x27label\x27: <\x27([^\x27]*)\x27>", props)
    hidden = re.search(r"\x27visible\x27: <false>", props)
    if label and not hidden and label.group(1).replace("&", "").startswith(prefix):
        print(m.group(1))
        break' "$1"
}
menu_layout() {
    gdbus call --session --dest "$sni_service" --object-path "$menu_path" \
        --method com.canonical.dbusmenu.GetLayout 0 '@i -1' '[]'
}
# click LABEL_PREFIX: a dbusmenu "clicked" event on the tray menu's visible item so labelled.
click() {
    local id
    id=$(menu_layout | menu_item_id "$1")
    [[ -n $id ]] || return 1
    gdbus call --session --dest "$sni_service" --object-path "$menu_path" \
        --method com.canonical.dbusmenu.Event "$id" clicked '<0>' 0 >/dev/null
}

if [[ $tray_host != none ]]; then
    wait_until 15 find_item || die "astro-tray registered no tray item: $(cat "$scratch/tray.log")"
    menu_path=$(gdbus call --session --dest "$sni_service" --object-path "$sni_path" \
        --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem Menu \
        | grep -o "'/[^']*'" | tr -d "'")
fi
settle

# idle NAME: wake-ups of every tray thread over idle_secs.
idle() {
    local name=$1 before after refreshes_before
    refreshes_before=$(devserver_stat refresh_requests)
    before=$(for t in /proc/$tray_pid/task/*; do
        echo "${t##*/} $(cat "$t/comm" | tr ' ' _) $(awk '/^voluntary_ctxt_switches/ { print $2 }' "$t/status")"
    done)
    sleep "$idle_secs"
    after=$(for t in /proc/$tray_pid/task/*; do
        echo "${t##*/} $(awk '/^voluntary_ctxt_switches/ { print $2 }' "$t/status")"
    done)
    local refreshes=$(($(devserver_stat refresh_requests) - refreshes_before))
    # The same window again under strace, for which call woke whom and when.
    timeout -s INT "$idle_secs" strace -f -qq -ttt \
        -e trace=poll,ppoll,epoll_wait,epoll_pwait,select,pselect6 -p "$tray_pid" \
        -o "$scratch/strace-$name.log" 2>/dev/null || true
    local refreshes_traced=$(($(devserver_stat refresh_requests) - refreshes_before - refreshes))
    python3 - "$name" "$idle_secs" "$refreshes" "$refreshes_traced" \
        "$scratch/strace-$name.log" "$before" "$after" <<'EOF'
import collections, re, sys
name, secs, refreshes, refreshes_traced, log, before, after = sys.argv[1:]
names = {}
start = {}
for line in before.splitlines():
    tid, comm, count = line.split()
    names[tid], start[tid] = comm, int(count)
switches = {}
for line in after.splitlines():
    tid, count = line.split()
    switches[tid] = int(count) - start.get(tid, 0)
calls = collections.Counter()
seconds = collections.defaultdict(set)
first = None
for line in open(log):
    m = re.match(r"(\d+)\s+(\d+\.\d+)\s+(?:<\.\.\. )?(\w+)(?: resumed>|\().*= \d+", line)
    if not m:
        continue
    tid, t, call = m.group(1), float(m.group(2)), m.group(3)
    first = t if first is None else first
    calls[(tid, call)] += 1
    seconds[tid].add(int(t - first))
print(f"\n[{name}] {secs} s idle; refresh requests: {refreshes} (untraced window), "
      f"{refreshes_traced} (traced window)")
print(f"  {'thread':<18} {'tid':>7} {'ctx switches':>12} {'poll-family returns (strace)':>30}")
for tid in sorted(set(names) | {t for t, _ in calls}, key=int):
    traced = {c: n for (t, c), n in calls.items() if t == tid}
    text = ", ".join(f"{c} {n}" for c, n in sorted(traced.items())) or "0"
    print(f"  {names.get(tid, '?'):<18} {tid:>7} {switches.get(tid, 0):>12} {text:>30}")
total = sum(calls.values())
print(f"  total: {sum(switches.values())} voluntary context switches, {total} poll-family returns "
      f"({total * 60 / float(secs):.1f} per minute)")
busy = sorted(set().union(*seconds.values())) if seconds else []
if busy:
    print(f"  seconds (from the first traced call) in which a thread woke: {busy}")
EOF
}

echo "astro-tray footprint: $(date -u +%Y-%m-%dT%H:%M:%SZ), load $(cut -d ' ' -f 1-3 /proc/loadavg)," \
    "tray host: $tray_host, $(nproc) cores"
report_rss "after start (signed in)"
idle "idle-1h-token"

# Short-lived access tokens from here on: the refresh timer fires every ~18 s.
curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"access_ttl": 20}' "$url/_dev/config"
if [[ $tray_host != none ]]; then
    authorizations=$(devserver_stat device_authorizations)
    wait_until 10 click "Sign out" || die "no visible 'Sign out' in the tray menu: $(menu_layout)"
    wait_until 10 bash -c '! "$0" token >/dev/null 2>&1' "$build/bin/ast" \
        || die "the tray did not sign out"
    wait_until 10 click "Sign in" || die "no visible 'Sign in' in the tray menu"
    wait_until 30 bash -c '"$0" token >/dev/null 2>&1' "$build/bin/ast" \
        || die "the tray did not sign in: $(cat "$scratch/tray.log")"
    (($(devserver_stat device_authorizations) > authorizations)) \
        || die "the sign-in did not go through the device flow"
    settle
    report_rss "after sign-in (tray menu)"
    idle "idle-20s-token"
else
    say "no tray host: sign-in through the menu skipped"
fi
report_rss "at the end"
