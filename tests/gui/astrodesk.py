"""Helpers for tests and benchmarks that drive the real astro-tray from outside, as a desktop
does: a devserver, a fake browser, the tray's StatusNotifierItem and dbusmenu over the session
bus, and its windows through AT-SPI (the interface Orca uses). Run inside with-desktop.sh.
Every wait polls a condition against a deadline; nothing sleeps a fixed time."""

import os
import re
import subprocess
import tempfile
import time

from gi.repository import Gio, GLib

BUS = Gio.bus_get_sync(Gio.BusType.SESSION, None)


def wait_for(what, condition, timeout=20.0, interval=0.02):
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for " + what)
        time.sleep(interval)


def call(dest, path, interface, method, args=None, reply=None):
    return BUS.call_sync(dest, path, interface, method, args, reply,
                         Gio.DBusCallFlags.NONE, 5000, None).unpack()


def enable_accessibility():
    """What Orca does at start: tell applications on the bus that a screen reader listens,
    so that Qt switches its AT-SPI bridge on."""
    for prop in ("IsEnabled", "ScreenReaderEnabled"):
        call("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
             GLib.Variant("(ssv)", ("org.a11y.Status", prop, GLib.Variant("b", True))))


class DevServer:
    def __init__(self, build):
        self.process = subprocess.Popen(
            [os.path.join(build, "bin", "astro-devserver"), "--port", "0", "--quiet",
             "--interval", "1", "--expires-in", "900"],
            stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (\S+)", line)
        if not match:
            raise AssertionError("astro-devserver did not start: " + line)
        self.url = match.group(1).rstrip("/")

    def post(self, path, data):
        subprocess.run(["curl", "-s", "-o", "/dev/null", "-d", data, self.url + path],
                       check=True)

    def stop(self):
        self.process.terminate()
        self.process.wait()


class Tray:
    """astro-tray in a fresh ASTRO_HOME, with a browser that only writes down the URLs."""

    def __init__(self, build, server, extra_env=None, home=None):
        self.work = tempfile.mkdtemp(prefix="astro-tray-")
        self.opened = os.path.join(self.work, "opened.txt")
        bindir = os.path.join(self.work, "bin")
        os.makedirs(bindir)
        with open(os.path.join(bindir, "xdg-open"), "w") as f:
            f.write('#!/bin/sh\nprintf "%%s\\n" "$1" >> "%s"\n' % self.opened)
        os.chmod(os.path.join(bindir, "xdg-open"), 0o755)
        env = dict(os.environ)
        env.update({
            "ASTRO_HOME": home or os.path.join(self.work, "astro"),
            "XDG_CONFIG_HOME": os.path.join(self.work, "config"),
            "ASTRO_AUTH_URL": server.url, "ASTRO_SERVER": server.url,
            "ASTRO_CLIENT_ID": "client_dev", "ASTRO_CREDENTIAL_STORE": "file",
            "PATH": bindir + ":" + env["PATH"],
        })
        env.pop("ASTRO_PROFILE", None)
        env.update(extra_env or {})
        self.env = env
        self.log = open(os.path.join(self.work, "tray.log"), "w+")
        self.started = time.monotonic()
        self.process = subprocess.Popen([os.path.join(build, "bin", "astro-tray")], env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)

    def item(self):
        """The bus name of this tray's StatusNotifierItem, once registered with the host."""
        names = call("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                     "org.freedesktop.DBus.Properties", "Get",
                     GLib.Variant("(ss)", ("org.kde.StatusNotifierWatcher",
                                           "RegisteredStatusNotifierItems")))[0]
        for name in names:
            service = name.split("/")[0]
            pid = call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                       "GetConnectionUnixProcessID", GLib.Variant("(s)", (service,)))[0]
            if pid == self.process.pid:
                return service
        return None

    def menu(self):
        service = wait_for("the tray item", self.item)
        layout = call(service, "/MenuBar", "com.canonical.dbusmenu", "GetLayout",
                      GLib.Variant("(iias)", (0, -1, [])))[1]
        items = {}

        def walk(node):
            ident, props, children = node
            if "label" in props:
                items[props["label"]] = (ident, props)
            for child in children:
                walk(child)
        walk(layout)
        return service, items

    def click(self, label):
        service, items = self.menu()
        if label not in items:
            raise AssertionError("no menu entry %r in %s" % (label, sorted(items)))
        call(service, "/MenuBar", "com.canonical.dbusmenu", "Event",
             GLib.Variant("(isvu)", (items[label][0], "clicked", GLib.Variant("i", 0), 0)))

    def opened_urls(self):
        try:
            with open(self.opened) as f:
                return f.read().split()
        except FileNotFoundError:
            return []

    def output(self):
        self.log.flush()
        self.log.seek(0)
        return self.log.read()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


# ---- AT-SPI -----------------------------------------------------------------------------

def pyatspi():
    import pyatspi as module
    return module


def application(pid):
    desktop = pyatspi().Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def frame(pid, title):
    app = application(pid)
    if app is None:
        return None
    for child in app:
        try:
            if child is not None and child.name == title and child.getState().contains(
                    pyatspi().STATE_SHOWING):
                return child
        except Exception:
            continue
    return None


def descendants(root):
    """Every accessible below root, depth first (skipping what has gone away meanwhile)."""
    out = []

    def walk(node):
        try:
            count = node.childCount
        except Exception:
            return
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is None:
                continue
            out.append(child)
            walk(child)
    walk(root)
    return out


def find(root, role=None, name=None, name_prefix=None):
    for node in descendants(root):
        try:
            if role is not None and node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if name_prefix is not None and not node.name.startswith(name_prefix):
                continue
            return node
        except Exception:
            continue
    return None


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def press(node):
    """AT-SPI doAction on the node's first action ("Press" for a button)."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if not names:
        raise AssertionError("%s has no actions" % node.name)
    index = names.index("Press") if "Press" in names else 0
    if not action.doAction(index):
        raise AssertionError("doAction(%s) on %s failed" % (names[index], node.name))
