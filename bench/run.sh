#!/usr/bin/env bash
# bench/run.sh: times `ast token` and `ast whoami` against their floors and a peer, on this
# machine, in one run (method and latest figures: bench/README.md).
#
#   ast token (keyring)  vs  secret-tool lookup of a same-size entry, a bare QtKeychain read
#   ast token (file)     vs  cat credentials.json, a bare QCoreApplication print-line program
#   ast token            vs  gh auth token (plaintext hosts.yml, fake host, no network)
#   ast whoami           vs  curl of the same /v1/me on astro-devserver (loopback)
#
# Everything runs in a private D-Bus session with a private, unlocked gnome-keyring, a private
# HOME and a devserver on 127.0.0.1: the user's keyring, config and network are never touched.
# Installs nothing. Builds Release into build-bench (or BENCH_BUILD_DIR) when needed.
#
# Environment:
#   BENCH_RUNS=50 BENCH_WARMUP=5   hyperfine runs and warm-up runs per command
#   BENCH_MAX_LOAD=1.5             wait until the 1-minute load average is below this ...
#   BENCH_WAIT_QUIET=0             ... for at most this many seconds (0: do not wait)
#   BENCH_OUT=<build>/bench-results  where the hyperfine JSON and the report go
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

if [[ ${1:-} != --in-session ]]; then
    # Tools first, so that a missing one is reported before minutes of building.
    require hyperfine=hyperfine gh=gh secret-tool=libsecret-tools \
        gnome-keyring-daemon=gnome-keyring dbus-run-session=dbus dbus-send=dbus \
        python3=python3 cmake=cmake ninja=ninja-build curl=curl
    command -v strace >/dev/null 2>&1 \
        || say "strace missing (apt-get install strace): cannot prove gh stays offline"
    bench_build ast astro-devserver print_line keychain_read

    scratch=$(mktemp -d "${TMPDIR:-/tmp}/astro-bench.XXXXXX") # 0700
    trap 'rm -rf "$scratch"' EXIT
    trap 'exit 130' INT TERM
    out=${BENCH_OUT:-$build/bench-results}
    mkdir -p "$out" "$scratch/home" "$scratch/run"
    rm -f "$out"/{keyring,file,peer,whoami}.json "$out"/{machine,load,report}.txt
    chmod 700 "$scratch/run"
    status=0
    # A private HOME holds the keyring files; no DISPLAY, so a locked keyring fails instead
    # of opening a prompt.
    env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
        HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" \
        XDG_DATA_HOME="$scratch/home/.local/share" XDG_CONFIG_HOME="$scratch/home/.config" \
        XDG_CACHE_HOME="$scratch/home/.cache" \
        BENCH_BUILD="$build" BENCH_SCRATCH="$scratch" BENCH_OUT="$out" \
        dbus-run-session -- bash "$0" --in-session || status=$?
    exit "$status"
fi

# ---- inside the private D-Bus session ----
build=$BENCH_BUILD
scratch=$BENCH_SCRATCH
out=$BENCH_OUT
runs=${BENCH_RUNS:-50}
warmup=${BENCH_WARMUP:-5}
ast=$build/bin/ast
devserver_pid=
trap '[[ -z $devserver_pid ]] || kill "$devserver_pid" 2>/dev/null || true' EXIT

keyring_ready() {
    dbus-send --session --print-reply --reply-timeout=1000 --dest=org.freedesktop.DBus \
        /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
        2>/dev/null | grep -q 'boolean true' \
        && dbus-send --session --print-reply --reply-timeout=1000 \
            --dest=org.freedesktop.secrets /org/freedesktop/secrets/collection/login \
            org.freedesktop.DBus.Properties.Get \
            string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null \
        | grep -q 'boolean false'
}

# The password must be non-empty, else no login collection is created (docs/testing.md).
printf %s bench-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
wait_until 10 keyring_ready || die "the Secret Service did not come up unlocked within 10 s"

start_devserver --auto-approve-after 0 --interval 1

export ASTRO_HOME=$scratch/astro ASTRO_AUTH_URL=$url ASTRO_CLIENT_ID=client_bench NO_COLOR=1
unset ASTRO_TOKEN ASTRO_PROFILE ASTRO_SERVER ASTRO_CREDENTIAL_STORE

for store in keyring file; do
    ASTRO_CREDENTIAL_STORE=$store timeout 30 "$ast" login --no-browser --profile "$store" \
        --server "$url" >"$scratch/login-$store.log" 2>&1 \
        || die "ast login ($store) failed: $(cat "$scratch/login-$store.log")"
done

# Each profile really is where its name says.
credentials=$ASTRO_HOME/credentials.json
keyring_token=$("$ast" token --profile keyring)
file_token=$("$ast" token --profile file)
keyring_entry=$(secret-tool lookup server astro-ai user astro-ai/keyring)
[[ $keyring_entry == *"$keyring_token"* ]] || die "ast's keyring entry does not hold its token"
grep -qF "$keyring_token" "$credentials" && die "the keyring profile's token is in the file"
grep -qF "$file_token" "$credentials" || die "the file profile's token is not in the file"

# secret-tool's own entry, as many bytes as ast's.
same_size=$(head -c "${#keyring_entry}" /dev/zero | tr '\0' x)
printf %s "$same_size" | secret-tool store --label=astro-bench server astro-bench user same-size
[[ $(secret-tool lookup server astro-bench user same-size) == "$same_size" ]] \
    || die "secret-tool store/lookup round trip failed"

# gh with a plaintext token for a host that does not exist.
gh_host=github.example.invalid
gh_token=gho_bench$(head -c 27 /dev/zero | tr '\0' 0)
export GH_CONFIG_DIR=$scratch/gh GH_NO_UPDATE_NOTIFIER=1 GH_PROMPT_DISABLED=1
unset GH_TOKEN GITHUB_TOKEN GH_ENTERPRISE_TOKEN GITHUB_ENTERPRISE_TOKEN GH_HOST
mkdir -p "$GH_CONFIG_DIR"
printf '%s:\n    oauth_token: %s\n    user: bench\n    git_protocol: https\n' \
    "$gh_host" "$gh_token" >"$GH_CONFIG_DIR/hosts.yml"
chmod 600 "$GH_CONFIG_DIR/hosts.yml"
[[ $(gh auth token --hostname "$gh_host") == "$gh_token" ]] || die "gh auth token failed"
if command -v strace >/dev/null 2>&1; then
    strace -f -qq -e trace=connect -o "$scratch/gh.strace" gh auth token --hostname "$gh_host" >/dev/null
    ! grep -E 'AF_INET6?' "$scratch/gh.strace" >&2 || die "gh auth token opened a network connection"
    say "gh auth token prints the token and connects to no network address (strace)"
fi

# Wait for a quiet machine (bounded), then record the load around every group.
wait_quiet
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "cpu: $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1) x $(nproc)"
    echo "kernel: $(uname -r)"
    echo "ast: $("$ast" --version)"
    echo "hyperfine: $(hyperfine --version)"
    echo "gh: $(gh --version | head -n 1)"
    echo "runs: $runs, warmup: $warmup"
} >"$out/machine.txt"
: >"$out/load.txt"

# group NAME (-n LABEL COMMAND)...: one hyperfine run, its JSON in $out/NAME.json.
group() {
    local name=$1
    shift
    echo "$name before: $(cat /proc/loadavg)" >>"$out/load.txt"
    hyperfine -N --style basic --warmup "$warmup" --runs "$runs" \
        --export-json "$out/$name.json" "$@"
    echo "$name after: $(cat /proc/loadavg)" >>"$out/load.txt"
}

group keyring \
    -n "ast token (keyring)" "$ast token --profile keyring" \
    -n "secret-tool lookup" "secret-tool lookup server astro-bench user same-size" \
    -n "keychain_read (bare QtKeychain)" \
    "$build/bench/bin/keychain_read astro-ai astro-ai/keyring"

group file \
    -n "ast token (file)" "$ast token --profile file" \
    -n "cat credentials.json" "cat $credentials" \
    -n "print_line (bare QCoreApplication)" "$build/bench/bin/print_line"

group peer \
    -n "ast token (file)" "$ast token --profile file" \
    -n "ast token (keyring)" "$ast token --profile keyring" \
    -n "gh auth token" "gh auth token --hostname $gh_host"

printf 'Authorization: Bearer %s\n' "$file_token" >"$scratch/curl-header"
group whoami \
    -n "ast whoami (file)" "$ast whoami --profile file" \
    -n "ast whoami (keyring)" "$ast whoami --profile keyring" \
    -n "curl /v1/me" "curl -sf -o /dev/null -H @$scratch/curl-header $url/v1/me"

# No refresh may have happened during the runs: each would have cost a round trip.
refreshes=$(devserver_stat refresh_requests)
echo "refresh requests during the run: $refreshes" >>"$out/load.txt"

python3 "$here/report.py" "$out" | tee "$out/report.txt"
