#!/bin/sh
# scripts/screenshots.sh [BUILD_DIR]
#
# Regenerates docs/screenshots/*.png from the real programs in a throwaway desktop
# (tests/gui/with-desktop.sh: Xvfb, the gtk-sni-tray host, dunst):
#   tray-menu.png       the tray icon's menu, opened by a right click on the icon
#   sign-in-window.png  the sign-in window showing a code and its QR code
#   account-window.png  the account window of a signed-in profile
#   notification.png    the desktop notification after a sign-in (dunst)
#   account-window-dark.png, sign-in-window-dark.png   the same with ASTRO_THEME=dark
#   sign-in-window-200.png  the sign-in window at QT_SCALE_FACTOR=2 (icons and text crisp)
# Needs the build (astro-tray, ast, astro-devserver), xdotool, ImageMagick and python3.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)

if [ "${ASTRO_SCREENSHOTS_INSIDE:-}" != 1 ]; then
    export ASTRO_SCREENSHOTS_INSIDE=1
    # Tall enough for the sign-in window at 200 % (920x1380 pixels); the tray bar is on top.
    export ASTRO_DESKTOP_SCREEN=1280x1600x24
    exec sh "$here/tests/gui/with-desktop.sh" sh "$0" "$build"
fi

out=$here/docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
pids=""
cleanup() {
    for pid in $pids; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

wait_for() { # DESCRIPTION COMMAND...: polls every 100 ms for up to 30 s
    what=$1; shift
    i=0
    until "$@" >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -le 300 ] || { echo "screenshots.sh: timed out waiting for $what" >&2; exit 1; }
        sleep 0.1
    done
}

# A calm backdrop instead of Xvfb's black root window.
convert -size 1280x1600 gradient:'#dfe3ee'-'#b9c0d4' "$work/backdrop.png"
display -window root "$work/backdrop.png" &
sleep 0.5

"$build/bin/astro-devserver" --port 0 --quiet --interval 5 --expires-in 900 >"$work/devserver.out" 2>&1 &
pids="$pids $!"
wait_for "astro-devserver" grep -q "listening on" "$work/devserver.out"
server=$(sed -n 's/.*listening on //p' "$work/devserver.out")

mkdir -p "$work/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$1" >> "%s/opened.txt"\n' "$work" >"$work/bin/xdg-open"
chmod +x "$work/bin/xdg-open"
export ASTRO_HOME="$work/astro" XDG_CONFIG_HOME="$work/config" ASTRO_AUTH_URL="$server" \
    ASTRO_SERVER="$server" ASTRO_CLIENT_ID=client_dev ASTRO_CREDENTIAL_STORE=file \
    PATH="$work/bin:$PATH" QT_QPA_PLATFORM=xcb
unset ASTRO_PROFILE

dev_config() { curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d "$1" "$server/_dev/config"; }

"$build/bin/astro-tray" >"$work/tray.log" 2>&1 &
tray=$!
pids="$pids $tray"

item() { # the bus name of astro-tray's StatusNotifierItem
    for name in $(gdbus call --session --dest org.kde.StatusNotifierWatcher \
            --object-path /StatusNotifierWatcher --method org.freedesktop.DBus.Properties.Get \
            org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems | grep -o ':[0-9.]*'); do
        pid=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
            --method org.freedesktop.DBus.GetConnectionUnixProcessID "$name" | grep -o '[0-9]*' | tail -n 1)
        [ "$pid" = "$tray" ] && { echo "$name"; return 0; }
    done
    return 1
}
wait_for "the tray item" item
service=$(item)

click_menu() { # LABEL: click the menu entry with this label, as a tray host would
    id=$(gdbus call --session --dest "$service" --object-path /MenuBar \
            --method com.canonical.dbusmenu.GetLayout -- 0 -1 '[]' |
        LABEL="$1" python3 -c 'import os, re, sys
q = chr(39)
m = re.search(r"\((\d+), \{[^}]*" + q + "label" + q + ": <" + q + re.escape(os.environ["LABEL"]) + q + ">",
              sys.stdin.read())
print(m.group(1) if m else "")')
    [ -n "$id" ] || { echo "screenshots.sh: no menu entry '$1'" >&2; exit 1; }
    gdbus call --session --dest "$service" --object-path /MenuBar \
        --method com.canonical.dbusmenu.Event -- "$id" clicked '<0>' 0 >/dev/null
}
window_id() { xdotool search --onlyvisible --name "^$1\$" | head -n 1; }

# 1. The sign-in window, waiting for approval: code, QR code, countdown.
click_menu "Sign in…"
wait_for "the sign-in window" window_id "Sign in to Astro"
wait_for "the browser to be opened" test -s "$work/opened.txt"
sleep 2 # let the countdown tick and the QR code settle; a screenshot has no condition to wait on
import -window "$(window_id 'Sign in to Astro')" "$out/sign-in-window.png"

# Approve it, as the browser would, and let the window say so and close.
code=$(sed -n 's/.*user_code=//p' "$work/opened.txt" | head -n 1)
curl -s -o /dev/null -d "user_code=$code" "$server/_dev/approve"
wait_for "the sign-in to finish" grep -q '"email"' "$ASTRO_HOME/credentials.json"
wait_for "the notification" sh -c "dunstctl count displayed | grep -qv '^0\$'"
sleep 1 # dunst draws it after it counts it
import -window root "$work/root.png"
convert "$work/root.png" -gravity SouthEast -crop 420x150+0+0 +repage "$out/notification.png"

# 2. A second profile, signed in with `ast`, so the menu has something to switch to.
dev_config '{"auto_approve_after": 0}'
BROWSER=true "$build/bin/ast" --profile work login >/dev/null 2>&1
wait_for "the sign-in window to close" sh -c "! xdotool search --onlyvisible --name '^Sign in to Astro\$'"

# 3. The tray menu: right click on the icon in the tray bar (the host draws the dbusmenu).
bar=$(xdotool search --onlyvisible --class gtk-sni-tray 2>/dev/null | head -n 1 || true)
if [ -n "$bar" ]; then
    eval "$(xdotool getwindowgeometry --shell "$bar")"
    xdotool mousemove $((X + WIDTH - 14)) $((Y + HEIGHT / 2)) click 3
else
    xdotool mousemove 1266 12 click 3 # the bar is at the top, our icon at its end
fi
sleep 1.5 # the host builds the menu from D-Bus; nothing to poll from here
# Hover "Switch profile" (third row of the menu, which the host opens under the icon) so
# that the profiles show too.
xdotool mousemove 1060 91
sleep 1
import -window root "$work/root.png"
convert "$work/root.png" -crop 720x290+560+0 +repage "$out/tray-menu.png"
xdotool key Escape

# 4. The account window.
click_menu "Open Astro…"
wait_for "the account window" window_id "Astro"
sleep 1
import -window "$(window_id 'Astro')" "$out/account-window.png"

# 5. Dark, then 200 %: a new tray each time (one per ASTRO_HOME; the old one goes first).
restart_tray() { # VAR=VALUE...: the environment the new tray gets
    kill "$tray"
    while kill -0 "$tray" 2>/dev/null; do sleep 0.1; done
    env "$@" "$build/bin/astro-tray" >>"$work/tray.log" 2>&1 &
    tray=$!
    pids="$pids $tray"
    wait_for "the tray item" item
    service=$(item)
}
sign_in_window() { # FILE: opens the sign-in window of the signed-out default profile
    : >"$work/opened.txt"
    click_menu "Sign in…"
    wait_for "the sign-in window" window_id "Sign in to Astro"
    wait_for "the code" test -s "$work/opened.txt" # the browser opens once the code is there
    sleep 2 # as above: the countdown ticks, the QR code settles
    import -window "$(window_id 'Sign in to Astro')" "$1"
}
dev_config '{"auto_approve_after": null}' # the codes below wait for approval, as in 1.
restart_tray ASTRO_THEME=dark
click_menu "Open Astro…"
wait_for "the account window" window_id "Astro"
sleep 1
import -window "$(window_id 'Astro')" "$out/account-window-dark.png"
"$build/bin/ast" logout >/dev/null 2>&1
sign_in_window "$out/sign-in-window-dark.png"

restart_tray QT_SCALE_FACTOR=2
sign_in_window "$out/sign-in-window-200.png"

echo "screenshots written to $out"
