#!/usr/bin/python3
"""astro-tray's windows as a screen reader sees them: through AT-SPI (pyatspi, as Orca), with
the real tray, devserver and tray host of with-desktop.sh.

    tst_accessibility.py BUILD_DIR [--platform xcb|wayland]

Sign-in window: its name, the code (spelt out in the name, as text in the Text interface),
the QR code, the countdown, "Copy code" / "Open browser" / "Cancel" as push buttons whose
AT-SPI actions work, and the state text after approval; Cancel by doAction closes it.
Account window: the account line, the buttons and controls, "Sign out" and "Close" by
doAction. Then the sign-in window again, closed by "Cancel" through doAction. Then "Sign in
without a code" by doAction: "Finish signing in in your browser", "Open browser again"
focused, Cancel closes the loopback listener; and once more, approved by headless Chromium on
the devserver's authorize page (approve_in_chromium.py), which the listener sends back.
With --platform wayland (tst_wayland) the windows run on a headless weston instead."""

import json
import os
import socket
import subprocess
import sys
import tempfile
import urllib.parse

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import astrodesk as desk  # noqa: E402

build = os.path.abspath(sys.argv[1])
platform = sys.argv[sys.argv.index("--platform") + 1] if "--platform" in sys.argv else "xcb"
failures = 0


def check(condition, message):
    global failures
    print(("PASS " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures += 1


def start_weston():
    """A headless Wayland compositor on a private socket; returns (process, env)."""
    socket = "astro-wayland-%d" % os.getpid()
    path = os.path.join(os.environ["XDG_RUNTIME_DIR"], socket)
    log = open(os.path.join(os.environ.get("ASTRO_DESKTOP_DIR", "/tmp"), "weston.log"), "w")
    weston = subprocess.Popen(["weston", "--backend=headless-backend.so", "--socket=" + socket,
                               "--idle-time=0", "--width=1280", "--height=800"],
                              stdout=log, stderr=subprocess.STDOUT)
    desk.wait_for("weston's socket", lambda: os.path.exists(path))
    # Qt 6.4's Wayland input context dereferences the seat's input device whenever a text
    # item asks for the input direction, and a headless weston has no seat: astro-tray would
    # crash on its first window (a desktop session always has a seat). Any other input
    # context avoids it; "compose" is Qt's own.
    return weston, {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": socket,
                    "QT_IM_MODULE": "compose"}


pa = desk.pyatspi()
desk.enable_accessibility()
server = desk.DevServer(build)
weston = None
extra = {"QT_QPA_PLATFORM": "xcb"}
if platform == "wayland":
    weston, extra = start_weston()
tray = desk.Tray(build, server, extra)
try:
    desk.wait_for("the tray icon", tray.item)
    check(True, "the tray's StatusNotifierItem is registered with the host (%s)" % platform)
    if platform == "wayland":
        with open("/proc/%d/maps" % tray.process.pid) as maps:
            check("libQt6WaylandClient" in maps.read(), "astro-tray runs as a Wayland client")

    # ---- The sign-in window ----------------------------------------------------------------
    tray.click("Sign in…")
    window = desk.wait_for("the sign-in window", lambda: desk.frame(tray.process.pid,
                                                                    "Sign in to Astro"))
    check(window.getRole() in (pa.ROLE_FRAME, pa.ROLE_WINDOW), "the window is a frame")
    url = desk.wait_for("the browser to open", lambda: tray.opened_urls())[0]
    code = url.split("user_code=")[1]
    spelt = ", ".join(" ".join(group) for group in code.split("-"))
    code_node = desk.wait_for("the code", lambda: desk.find(window, name_prefix="Your code: "))
    check(code_node.name == "Your code: " + spelt,
          "the code is read character by character: %r" % code_node.name)
    check(desk.text_of(code_node) == code, "the code as text: %r" % desk.text_of(code_node))
    check(code_node.getRole() in (pa.ROLE_LABEL, pa.ROLE_STATIC, pa.ROLE_TEXT, pa.ROLE_ENTRY),
          "the code is text: %s" % code_node.getRoleName())
    qr = desk.find(window, name="QR code of the sign-in link")
    check(qr is not None and qr.getRole() in (pa.ROLE_IMAGE, pa.ROLE_ICON),
          "the QR code is an image named for what it is")
    countdown = desk.find(window, name_prefix="The code expires in ")
    check(countdown is not None, "the countdown has words: %r" % (countdown and countdown.name))
    status = desk.find(window, name_prefix="Waiting for you to approve")
    check(status is not None, "the status line is readable")

    buttons = {}
    for label in ("Copy code", "Open browser", "Cancel"):
        node = desk.find(window, name=label)
        buttons[label] = node
        check(node is not None and node.getRole() == pa.ROLE_PUSH_BUTTON,
              "%r is a push button" % label)
    focused = [n for n in desk.descendants(window) if n.getState().contains(pa.STATE_FOCUSED)]
    check([n.name for n in focused] == ["Open browser"],
          "focus starts on Open browser: %r" % [n.name for n in focused])

    desk.press(buttons["Open browser"])
    desk.wait_for("the browser to open again", lambda: len(tray.opened_urls()) == 2)
    check(True, "doAction on Open browser opens the browser")
    desk.press(buttons["Copy code"])
    desk.wait_for("Copy code to confirm", lambda: desk.find(
        window, role=pa.ROLE_PUSH_BUTTON, name="Copy code").description
        == "The code is on the clipboard.")
    check(True, "doAction on Copy code copies (the button says so in its description)")

    server.post("/_dev/approve", "user_code=" + code)
    done = desk.wait_for("the state after approval",
                         lambda: desk.find(window, name_prefix="Signed in as "))
    check(done.name == "Signed in as Ada Lovelace." or done.name.startswith("Signed in as "),
          "the state after approval: %r" % done.name)
    told = desk.find(window, role=pa.ROLE_NOTIFICATION, name_prefix="Signed in as ")
    check(told is not None, "the change is announced by a notification: %r"
          % (told and told.name))
    check(len(tray.opened_urls()) == 2, "one doAction, one browser: %r" % tray.opened_urls())
    desk.wait_for("the window to close by itself",
                  lambda: desk.frame(tray.process.pid, "Sign in to Astro") is None)
    check(True, "the sign-in window closes after success")

    # ---- The account window --------------------------------------------------------
    tray.click("Open Astro…")
    account = desk.wait_for("the account window",
                            lambda: desk.frame(tray.process.pid, "Astro"))
    line = desk.wait_for("the account line", lambda: desk.find(account,
                                                               name_prefix="Ada"))
    check(line.name.endswith(", Signed in"), "the account line: %r" % line.name)
    for label in ("Copy access token", "Sign out", "Quit Astro", "Close"):
        node = desk.find(account, name=label)
        check(node is not None and node.getRole() == pa.ROLE_PUSH_BUTTON,
              "%r is a push button" % label)
    check(desk.find(account, role=pa.ROLE_COMBO_BOX, name="Profile") is not None,
          "the profile chooser is a combo box named Profile")
    check(desk.find(account, role=pa.ROLE_CHECK_BOX, name="Start Astro at login")
          is not None, "start at login is a check box")
    focused = [n.name for n in desk.descendants(account)
               if n.getState().contains(pa.STATE_FOCUSED)]
    check(focused == ["Copy access token"], "focus starts on the primary: %r" % focused)

    desk.press(desk.find(account, role=pa.ROLE_PUSH_BUTTON, name="Sign out"))
    line = desk.wait_for("the signed-out state", lambda: desk.find(
        account, name="Not signed in, Signed out"))
    check(True, "doAction on Sign out: the account line says %r" % line.name)
    check(desk.find(account, role=pa.ROLE_PUSH_BUTTON, name="Sign in…") is not None,
          "the primary button now offers Sign in…")
    desk.press(desk.find(account, role=pa.ROLE_PUSH_BUTTON, name="Close"))
    desk.wait_for("the account window to close",
                  lambda: desk.frame(tray.process.pid, "Astro") is None)
    check(True, "doAction on Close closes the account window")

    # ---- The sign-in window once more, closed by Cancel ------------------------------
    tray.click("Sign in…")
    window = desk.wait_for("the sign-in window again",
                           lambda: desk.frame(tray.process.pid, "Sign in to Astro"))
    cancel = desk.wait_for("Cancel", lambda: desk.find(window, role=pa.ROLE_PUSH_BUTTON,
                                                       name="Cancel"))
    desk.wait_for("a code", lambda: desk.find(window, name_prefix="Your code: "))
    desk.press(cancel)
    desk.wait_for("the window to close",
                  lambda: desk.frame(tray.process.pid, "Sign in to Astro") is None)
    check(True, "doAction on Cancel closes the sign-in window")

    # ---- Sign in without a code: the browser panel, then Cancel while it waits --------
    def start_without_code():
        before = len(tray.opened_urls())
        tray.click("Sign in…")
        window = desk.wait_for("the sign-in window",
                               lambda: desk.frame(tray.process.pid, "Sign in to Astro"))
        button = desk.wait_for("Sign in without a code", lambda: desk.find(
            window, role=pa.ROLE_PUSH_BUTTON, name="Sign in without a code"))
        desk.press(button)
        url = desk.wait_for("the authorize page to open", lambda: [
            u for u in tray.opened_urls()[before:] if "/user_management/authorize?" in u])[0]
        return window, url

    window, url = start_without_code()
    heading = desk.wait_for("the browser panel", lambda: desk.find(
        window, name="Finish signing in in your browser"))
    check(heading is not None, "the window says: Finish signing in in your browser")
    link = desk.find(window, name_prefix="Sign-in link: ")
    check(link is not None and link.name == "Sign-in link: " + url,
          "the link is readable, as opened: %r" % (link and link.name))
    again = desk.find(window, role=pa.ROLE_PUSH_BUTTON, name="Open browser again")
    check(again is not None, "'Open browser again' is a push button")
    focused = desk.wait_for("the focus on Open browser again", lambda: [
        n.name for n in desk.descendants(window) if n.getState().contains(pa.STATE_FOCUSED)
        and n.name == "Open browser again"])
    check(focused == ["Open browser again"], "focus moves to Open browser again")
    check(desk.find(window, name_prefix="Waiting for the browser to come back") is not None,
          "the status line says it waits for the browser")
    check(desk.find(window, name_prefix="5 min") is not None
          or desk.find(window, name_prefix="4 min") is not None,
          "the time left has words")
    redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
    port = urllib.parse.urlsplit(redirect).port
    desk.press(desk.find(window, role=pa.ROLE_PUSH_BUTTON, name="Cancel"))
    desk.wait_for("the window to close",
                  lambda: desk.frame(tray.process.pid, "Sign in to Astro") is None)

    def listener_closed():
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return False
        except ConnectionRefusedError:
            return True
    desk.wait_for("the listener to close", listener_closed)
    check(True, "Cancel closes the sign-in window and the loopback listener (port %d)" % port)

    # ---- Sign in without a code, approved in Chromium ----------------------------------
    window, url = start_without_code()
    result = os.path.join(tempfile.mkdtemp(prefix="astro-a11y-"), "approval.json")
    helper = os.path.join(os.path.dirname(os.path.abspath(__file__)), "approve_in_chromium.py")
    subprocess.run([sys.executable, helper, url, result], timeout=120)
    with open(result) as f:
        approval = json.load(f)
    check(approval["error"] is None and "You can close this tab" in (approval["verdict"] or ""),
          "Chromium approved on the authorize page and came back: %r" % approval)
    done = desk.wait_for("the state after the browser came back",
                         lambda: desk.find(window, name_prefix="Signed in as "))
    check(True, "signed in without a code: %r" % done.name)
except AssertionError as error:
    check(False, str(error))
finally:
    alive = tray.process.poll() is None
    tray.stop()
    server.stop()
    if weston:
        weston.terminate()
        weston.wait()
    if failures:
        print(tray.output())
check(alive, "astro-tray was still running at the end")
print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)
