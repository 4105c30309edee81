#!/bin/sh
# Usage: with-keyring.sh COMMAND [ARG...]
# Runs COMMAND inside its own D-Bus session with a freshly created, unlocked gnome-keyring
# (Secret Service only) in a throw-away HOME, so tests never see the user's keyring and
# never share one with a concurrent run. Fails (exit 1) if the Secret Service does not answer.
set -eu

scratch=$(mktemp -d) # mode 0700
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM

# gnome-keyring keeps login.keyring in $XDG_DATA_HOME/keyrings: keep that in the scratch dir.
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
mkdir -m 700 "$HOME" "$XDG_RUNTIME_DIR"
# With a display, a locked keyring would open a prompt window and hang instead of failing.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

status=0
dbus-run-session -- sh -c '
    # The password must be non-empty, else no login collection is created.
    printf %s astro-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null

    # Ready when the daemon owns org.freedesktop.secrets (asking the bus first, so that no
    # second daemon gets activated) and its login collection says it is unlocked (10 s).
    ready() {
        dbus-send --session --print-reply --reply-timeout=1000 --dest=org.freedesktop.DBus \
                /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
                string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" \
        && dbus-send --session --print-reply --reply-timeout=1000 \
                --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
                org.freedesktop.DBus.Properties.Get \
                string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null \
                | grep -q "boolean false"
    }
    tries=0
    until ready; do
        tries=$((tries + 1))
        if [ "$tries" -ge 100 ]; then
            echo "with-keyring.sh: the Secret Service did not come up unlocked within 10 s" >&2
            exit 1
        fi
        sleep 0.1
    done
    exec "$@"
' sh "$@" || status=$?
exit "$status"
