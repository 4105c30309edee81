#!/usr/bin/env python3
"""Plays the user in the browser: opens a verification URL in headless Chromium, reads the
code the page shows, clicks the page's own Approve button and waits for its verdict.
For the sign-in without a code it opens the devserver's authorize page instead
(/user_management/authorize: no code, button#approve), clicks Approve, follows the redirect
back to the app's loopback listener and takes that page's text as the verdict.

Why the DevTools protocol over a pipe (--remote-debugging-pipe): it drives the real page
(the devserver's /device form, its prefilled input#user_code and button#approve) without
a WebSocket library, a debugging port or any timing guess: every step waits for a condition
in the page. Stdlib only.

usage: approve_in_chromium.py URL RESULT_JSON [approve|deny]
RESULT_JSON receives {"url", "prefilled", "verdict", "landed", "error"} ("prefilled" is
null and "landed" the listener's URL for the authorize page); exit code 0 on a verdict.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 30


class Browser:
    def __init__(self, profile_dir):
        to_child_r, self.to_child_w = os.pipe()
        self.from_child_r, from_child_w = os.pipe()
        binary = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--remote-debugging-pipe",
                "--user-data-dir=" + profile_dir, "about:blank"]

        def wire_fds():  # Chromium reads commands on fd 3 and writes replies on fd 4
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self.process = subprocess.Popen(args, preexec_fn=wire_fds, pass_fds=(3, 4),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child_w, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self.next_id:
                    if "error" in reply:
                        raise RuntimeError(f"{method}: {reply['error']}")
                    return reply.get("result", {})
            chunk = os.read(self.from_child_r, 65536)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        raise RuntimeError(f"{method}: no reply")

    def evaluate(self, session, expression):
        result = self.send("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True}, session)
        return result.get("result", {}).get("value")

    def wait_for(self, session, expression):
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(session, expression)
            except RuntimeError:
                value = None  # the page is navigating; its context is being replaced
            if value:
                return value
            time.sleep(0.05)
        raise RuntimeError("timed out waiting for: " + expression)

    def close(self):
        try:
            self.send("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main():
    url, result_path = sys.argv[1], sys.argv[2]
    decision = sys.argv[3] if len(sys.argv) > 3 else "approve"
    outcome = {"url": url, "prefilled": None, "verdict": None, "landed": None, "error": None}
    authorize = "/user_management/authorize?" in url
    profile_dir = tempfile.mkdtemp(prefix="astro-chromium-")
    browser = Browser(profile_dir)
    try:
        target = browser.send("Target.createTarget", {"url": url})["targetId"]
        session = browser.send("Target.attachToTarget",
                               {"targetId": target, "flatten": True})["sessionId"]
        if authorize:
            # The approval page names where the code will go; after the click the browser
            # follows the 302 to that loopback URL, whose page is the verdict.
            redirect = browser.wait_for(
                session, "document.readyState === 'complete' && "
                         "document.getElementById('redirect_uri') && "
                         "document.getElementById('redirect_uri').textContent")
            browser.evaluate(session, f"document.getElementById('{decision}').click(), true")
            outcome["verdict"] = browser.wait_for(
                session, f"location.href.startsWith({json.dumps(redirect)}) && "
                         "document.readyState === 'complete' && document.body && "
                         "document.body.innerText")
            outcome["landed"] = browser.evaluate(session, "location.href")
        else:
            browser.wait_for(session, "document.readyState === 'complete' && "
                                      "!!document.getElementById('user_code')")
            outcome["prefilled"] = browser.evaluate(
                session, "document.getElementById('user_code').value")
            browser.evaluate(session, f"document.getElementById('{decision}').click(), true")
            outcome["verdict"] = browser.wait_for(
                session, "document.getElementById('result') && "
                         "document.getElementById('result').textContent")
    except Exception as error:  # reported to the test through the result file
        outcome["error"] = str(error)
    finally:
        browser.close()
        shutil.rmtree(profile_dir, ignore_errors=True)
    with open(result_path + ".tmp", "w") as out:
        json.dump(outcome, out)
    os.replace(result_path + ".tmp", result_path)  # the test never sees half a file
    return 0 if outcome["verdict"] else 1


if __name__ == "__main__":
    sys.exit(main())
