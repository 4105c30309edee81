#!/usr/bin/env bash
# bench/tray-startup.sh [BUILD_DIR]: the start-up the user feels, on a real (headless)
# desktop (tests/gui/with-desktop.sh: Xvfb, the gtk-sni-tray-standalone tray host, dunst):
#
#   start -> icon    from starting astro-tray to its StatusNotifierItem registered with the
#                    tray host (the watcher's StatusNotifierItemRegistered signal)
#   click -> code    from the "Sign in…" dbusmenu click to the first frame of the sign-in
#                    window that shows the code (the window logs it)
#
# Medians of BENCH_RUNS (10) cold and warm runs; method and figures: bench/README.md.
# Without BUILD_DIR it builds Release into build-bench (or BENCH_BUILD_DIR).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

require xvfb-run=xvfb dbus-run-session=dbus gtk-sni-tray-standalone=haskell-gtk-sni-tray-utils \
    dunst=dunst xdotool=xdotool curl=curl
[[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c 'import gi' 2>/dev/null \
    || die "needs Debian's python3 with gi (apt-get install python3-gi)"
if [[ $# -ge 1 ]]; then
    build=$(cd "$1" && pwd)
else
    bench_build astro-tray astro-devserver
fi
say "build: $build ($(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt"))"
wait_quiet
exec sh "$bench_root/tests/gui/with-desktop.sh" /usr/bin/python3 "$here/tray_startup.py" "$build"
