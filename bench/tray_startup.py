"""Run by bench/tray-startup.sh inside with-desktop.sh. Prints one line per run and the
medians. Clocks: Python's time.monotonic() and astro-tray's %{time boot} are both
CLOCK_MONOTONIC, so the tray's own log line can end an interval the script started."""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "gui"))
import astrodesk as desk  # noqa: E402
from gi.repository import GLib  # noqa: E402

build = sys.argv[1]
runs = int(os.environ.get("BENCH_RUNS", "10"))
extra_env = {
    "QT_QPA_PLATFORM": "xcb",
    "QT_LOGGING_RULES": "astro.tray.windows.info=true",
    "QT_MESSAGE_PATTERN": "%{time boot} [%{category}] %{message}",
}
if os.environ.get("BENCH_QML_NO_CACHE"):  # for comparison: QML compiled at run time
    extra_env["QML_DISABLE_DISK_CACHE"] = "1"


def registered_after(tray):
    """Waits for the watcher's StatusNotifierItemRegistered from this tray's process."""
    seen = []

    def on_signal(_connection, _sender, _path, _interface, _signal, parameters):
        service = parameters.unpack()[0].split("/")[0]
        pid = desk.call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                        "GetConnectionUnixProcessID", GLib.Variant("(s)", (service,)))[0]
        if pid == tray.process.pid:
            seen.append(time.monotonic())
    return seen, on_signal


def start_to_icon(server, cache):
    seen = []
    handler = {}
    tray = None

    def on_signal(*args):
        handler["f"](*args)
    subscription = desk.BUS.signal_subscribe(
        "org.kde.StatusNotifierWatcher", "org.kde.StatusNotifierWatcher",
        "StatusNotifierItemRegistered", "/StatusNotifierWatcher", None, 0, on_signal)
    try:
        env = dict(extra_env, XDG_CACHE_HOME=cache)
        tray = desk.Tray(build, server, env)
        seen, handler["f"] = registered_after(tray)
        context = GLib.MainContext.default()
        deadline = time.monotonic() + 30
        while not seen:
            if time.monotonic() > deadline:
                raise AssertionError("no icon registered: " + tray.output())
            context.iteration(True)
    finally:
        desk.BUS.signal_unsubscribe(subscription)
    return tray, (seen[0] - tray.started) * 1000


def shown_times(tray):
    return [float(m.group(1)) for m in re.finditer(
        r"^\s*(\d+\.\d+) \[astro\.tray\.windows\] sign-in window shown with the code",
        tray.output(), re.M)]


def window_visible():
    return subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Sign in to Astro$"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


def click_to_code(tray, server):
    """One sign-in from the menu: the time to the code on screen, then approve, let the
    window close itself, and sign out again for the next round."""
    before = len(shown_times(tray))
    opened = len(tray.opened_urls())
    desk.wait_for("Sign in… enabled", lambda: tray.menu()[1]["Sign in…"][1].get("enabled", True))
    clicked = time.monotonic()
    tray.click("Sign in…")
    desk.wait_for("the code on screen", lambda: len(shown_times(tray)) > before, interval=0.01)
    elapsed = (shown_times(tray)[-1] - clicked) * 1000
    url = desk.wait_for("the browser", lambda: tray.opened_urls()[opened:])[0]
    server.post("/_dev/approve", "user_code=" + url.split("user_code=")[1])
    desk.wait_for("the window to close", lambda: not window_visible())
    tray.click("Sign out")
    return elapsed


server = desk.DevServer(build)
results = {"start->icon cold": [], "start->icon warm": [],
           "click->code cold": [], "click->code warm": []}
warm_cache = tempfile.mkdtemp(prefix="astro-bench-cache-")
try:
    for i in range(runs):
        for kind in ("cold", "warm"):
            # cold: a new process with an empty cache directory, its first sign-in window;
            # warm: a new process with the previous run's caches; the click is its second
            # sign-in (the libraries, fonts and pixmaps already in memory).
            cache = tempfile.mkdtemp(prefix="astro-bench-cache-") if kind == "cold" else warm_cache
            tray, icon_ms = start_to_icon(server, cache)
            try:
                first = click_to_code(tray, server)
                if kind == "warm":
                    first = click_to_code(tray, server)
            finally:
                tray.stop()
                if kind == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
            results["start->icon " + kind].append(icon_ms)
            results["click->code " + kind].append(first)
            print("run %2d %s: start->icon %.0f ms, click->code %.0f ms" % (i + 1, kind, icon_ms,
                                                                          first), flush=True)
finally:
    server.stop()
    shutil.rmtree(warm_cache, ignore_errors=True)

print("\nmedians of %d runs (load %s):" % (runs, open("/proc/loadavg").read().split()[0]))
for name, values in results.items():
    print("  %-17s %6.0f ms   (min %.0f, max %.0f)" % (name, statistics.median(values),
                                                       min(values), max(values)))
