#!/usr/bin/env bash
# The offline demo (README): build, start astro-devserver, sign in with `ast login`, approve
# on the devserver's verification page as a user would, then `ast whoami`. Uses a scratch
# ASTRO_HOME, so your real ~/.astro is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${ASTRO_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)" --target ast astro-devserver >/dev/null
bin=$PWD/$build/bin

work=$(mktemp -d)
trap 'kill "${server_pid:-}" "${login_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export ASTRO_HOME=$work/astro ASTRO_CLIENT_ID=client_demo NO_COLOR=1
unset ASTRO_TOKEN ASTRO_PROFILE

"$bin/astro-devserver" --port 0 --interval 1 --quiet >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
    url=$(sed -n 's/^astro-devserver listening on //p' "$work/server.out")
    [[ -n $url ]] && break
    sleep 0.1
done
[[ -n ${url:-} ]] || { echo "demo: astro-devserver did not start" >&2; cat "$work/server.err" >&2; exit 1; }
export ASTRO_AUTH_URL=$url
echo "\$ astro-devserver --port 0   # listening on $url"

echo "\$ ast --server $url login --no-browser"
: >"$work/login.err"
"$bin/ast" --server "$url" login --no-browser 2> >(tee "$work/login.err" >&2) &
login_pid=$!
for _ in $(seq 100); do
    code=$(grep -o '[B-DF-HJ-NP-TV-Z]\{4\}-[B-DF-HJ-NP-TV-Z]\{4\}' "$work/login.err" | head -n1 || true)
    [[ -n $code ]] && break
    sleep 0.1
done
[[ -n ${code:-} ]] || { echo "demo: no user code was shown" >&2; exit 1; }

echo "(approving code $code on $url/device, as you would in the browser)"
curl -fsS -o /dev/null --data-urlencode "user_code=$code" -d action=approve "$url/device"
wait "$login_pid"
login_pid=

echo "\$ ast whoami"
"$bin/ast" whoami
