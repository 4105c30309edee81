#!/bin/sh
# with-desktop.sh COMMAND [ARGS...]
#
# Runs COMMAND inside a throwaway desktop: Xvfb (1280x800, or ASTRO_DESKTOP_SCREEN), a private D-Bus session bus, a
# real StatusNotifierItem host + watcher (gtk-sni-tray-standalone), a real notification
# daemon (dunst, config tests/gui/dunstrc), an unlocked gnome-keyring when installed, and a
# dbus-monitor that logs every Notify call. HOME and XDG_RUNTIME_DIR are private and fresh.
#
# COMMAND sees:
#   ASTRO_DESKTOP_DIR   the session's scratch directory (logs of the helpers)
#   ASTRO_NOTIFY_LOG    dbus-monitor's log of org.freedesktop.Notifications.Notify calls
# Everything started here is stopped when COMMAND ends; its exit code is returned.
set -eu

if [ "${1:-}" != "--inside-session" ]; then
    [ $# -ge 1 ] || { echo "usage: with-desktop.sh COMMAND [ARGS...]" >&2; exit 2; }
    for tool in xvfb-run dbus-run-session dunst gtk-sni-tray-standalone dbus-monitor dbus-send; do
        command -v "$tool" >/dev/null 2>&1 || { echo "with-desktop.sh: $tool is missing" >&2; exit 1; }
    done
    dir=$(mktemp -d "${TMPDIR:-/tmp}/astro-desktop.XXXXXX")
    mkdir -p "$dir/home" "$dir/runtime"
    chmod 700 "$dir/runtime"
    status=0
    HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" ASTRO_DESKTOP_DIR="$dir" \
        xvfb-run -a -s "-screen 0 ${ASTRO_DESKTOP_SCREEN:-1280x800x24} -nolisten tcp" \
        dbus-run-session -- sh "$0" --inside-session "$@" || status=$?
    if [ "$status" -ne 0 ] && [ -n "${ASTRO_DESKTOP_KEEP_LOGS:-}" ]; then
        echo "with-desktop.sh: logs kept in $dir" >&2
    else
        rm -rf "$dir"
    fi
    exit "$status"
fi
shift

here=$(cd "$(dirname "$0")" && pwd)
dir=$ASTRO_DESKTOP_DIR
export ASTRO_NOTIFY_LOG="$dir/notify.log"
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# wait_for DESCRIPTION COMMAND...: polls every 50 ms, gives up after 60 s (a loaded CI machine
# can take well over 15 s to start the Haskell tray host).
wait_for() {
    what=$1; shift
    i=0
    until "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        if [ $i -gt 1200 ]; then echo "with-desktop.sh: timed out waiting for $what" >&2; return 1; fi
        sleep 0.05
    done
}
bus_true() { # dbus-send ARGS...: the reply is "boolean true"
    dbus-send --session --print-reply "$@" 2>/dev/null | grep -q 'boolean true'
}

if command -v gnome-keyring-daemon >/dev/null 2>&1; then
    # A non-empty password, or no login collection is created (docs/testing.md).
    printf 'astro-gui-tests' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
fi
dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" \
    >"$ASTRO_NOTIFY_LOG" 2>&1 &
pids="$pids $!"
dunst -config "$here/dunstrc" >"$dir/dunst.log" 2>&1 &
pids="$pids $!"
host_registered() {
    bus_true --dest=org.kde.StatusNotifierWatcher /StatusNotifierWatcher \
        org.freedesktop.DBus.Properties.Get \
        string:org.kde.StatusNotifierWatcher string:IsStatusNotifierHostRegistered
}
# gtk-sni-tray-standalone now and then dies at start ("Pattern match failure" after an
# UnknownObject reply from its own watcher, a race inside it): start it again, up to 3 times.
sni_host_up() { # true once registered; restarts a host that died; false while it starts
    host_registered && return 0
    if [ -z "${sni_pid:-}" ] || ! kill -0 "$sni_pid" 2>/dev/null; then
        sni_starts=$((${sni_starts:-0} + 1))
        [ "$sni_starts" -le 3 ] || { echo "with-desktop.sh: the tray host keeps dying" >&2; exit 1; }
        NO_AT_BRIDGE=1 gtk-sni-tray-standalone --watcher --top --end --size 24 \
            >>"$dir/sni.log" 2>&1 &
        sni_pid=$!
        pids="$pids $sni_pid"
    fi
    return 1
}
# Not through wait_for: sni_host_up must run in this shell to keep sni_pid and pids.
i=0
until sni_host_up; do
    i=$((i + 1))
    if [ $i -gt 1200 ]; then echo "with-desktop.sh: timed out waiting for the StatusNotifierItem host" >&2; exit 1; fi
    sleep 0.05
done
wait_for "the notification daemon" bus_true --dest=org.freedesktop.DBus / \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications
wait_for "dbus-monitor" test -s "$ASTRO_NOTIFY_LOG"

status=0
"$@" || status=$?
exit "$status"
