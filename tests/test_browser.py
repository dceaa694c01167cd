"""The HTML report in headless Chromium: charts render, no console errors, no network requests.

Chromium is driven over the DevTools protocol through a pipe (``--remote-debugging-pipe``: JSON
messages separated by NUL bytes on file descriptors 3 and 4), so no websocket library is needed.
The detectors are checked on a page built to fail (a remote image and a script error) so the test
can fail when the report misbehaves. Skipped when no chromium binary is found (CI: apt-get install
chromium).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]
TIMEOUT = 60.0
LOCAL_SCHEMES = ("file:", "data:", "about:")

CHART_PROBE = """JSON.stringify(Array.from(document.querySelectorAll('svg.chart')).map(function (svg) {
  var box = svg.getBoundingClientRect();
  var shapes = Array.from(svg.querySelectorAll('rect.bar, rect.cell, circle.point')).filter(function (s) {
    var b = s.getBoundingClientRect(); return b.width > 0 && b.height > 0; });
  return {width: box.width, height: box.height, shapes: shapes.length};
}))"""


def chromium_binary() -> str | None:
    """The Chromium executable on PATH, if any."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class DevTools:
    """A minimal DevTools-protocol client over Chromium's pipe."""

    def __init__(self, process: subprocess.Popen[bytes], send_fd: int, receive_fd: int) -> None:
        self.process = process
        self.send_fd = send_fd
        self.receive_fd = receive_fd
        self.buffer = b""
        self.events: list[dict[str, Any]] = []
        self.next_id = 0

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send one command and wait for its result (events that arrive meanwhile are kept)."""
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.send_fd, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))
            self.events.append(reply)

    def wait_for(self, method: str) -> dict[str, Any]:
        """Wait for an event of the given method (or return one already received)."""
        for event in self.events:
            if event.get("method") == method:
                return event
        while True:
            event = self._receive()
            self.events.append(event)
            if event.get("method") == method:
                return event

    def drain(self, seconds: float) -> None:
        """Collect events for a while (late console messages, late requests)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            ready, _, _ = select.select([self.receive_fd], [], [], max(0.0, end - time.monotonic()))
            if not ready:
                break
            self.events.append(self._receive())

    def _receive(self) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while b"\0" not in self.buffer:
            remaining = deadline - time.monotonic()
            ready, _, _ = select.select([self.receive_fd], [], [], max(0.0, remaining))
            if not ready:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self.receive_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return dict(json.loads(message))


def _high_fd(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


@contextmanager
def devtools(binary: str, width: int = 1200, height: int = 1000) -> Iterator[DevTools]:
    """Start headless Chromium with a fresh profile and yield a DevTools client; always stop it."""
    commands_read, commands_write = (_high_fd(fd) for fd in os.pipe())
    replies_read, replies_write = (_high_fd(fd) for fd in os.pipe())

    def connect_pipe() -> None:  # in the child: the browser reads fd 3 and writes fd 4
        os.dup2(commands_read, 3)
        os.dup2(replies_write, 4)

    with tempfile.TemporaryDirectory(prefix="splw-chromium-") as profile:
        process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=connect_pipe,
            close_fds=False,
        )
        os.close(commands_read)
        os.close(replies_write)
        client = DevTools(process, commands_write, replies_read)
        try:
            yield client
        finally:
            with suppress(RuntimeError, TimeoutError, OSError):
                client.call("Browser.close")
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            os.close(commands_write)
            os.close(replies_read)


def inspect_page(path: Path, screenshots: Path | None = None, width: int = 1200) -> dict[str, Any]:
    """Open ``path`` in headless Chromium and report console errors, requests and the charts drawn.

    Returns ``errors`` (console errors, uncaught exceptions, error log entries), ``requests`` (URLs that
    are not file:, data: or about:), ``charts`` (size and drawn shapes of each svg.chart) and
    ``height`` (of the page). With ``screenshots`` set, saves the page as 1000-pixel-high PNG slices.
    """
    binary = chromium_binary()
    assert binary is not None
    with devtools(binary, width=width) as browser:
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            browser.call(f"{domain}.enable", session=session)
        browser.call("Page.navigate", {"url": path.resolve().as_uri()}, session=session)
        browser.wait_for("Page.loadEventFired")
        browser.drain(1.0)
        probe = browser.call(
            "Runtime.evaluate", {"expression": CHART_PROBE, "returnByValue": True}, session=session
        )
        charts = json.loads(probe["result"]["value"])
        height = browser.call(
            "Runtime.evaluate",
            {"expression": "document.documentElement.scrollHeight", "returnByValue": True},
            session=session,
        )["result"]["value"]
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            for number, top in enumerate(range(0, int(height), 1000)):
                shot = browser.call(
                    "Page.captureScreenshot",
                    {
                        "format": "png",
                        "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": top, "width": width, "height": min(1000, height - top), "scale": 1},
                    },
                    session=session,
                )
                (screenshots / f"report_{number:02d}.png").write_bytes(base64.b64decode(shot["data"]))
        browser.drain(0.5)
    errors: list[str] = []
    requests: list[str] = []
    for event in browser.events:
        method = event.get("method")
        params = event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"]))
        elif method == "Runtime.exceptionThrown":
            errors.append(str(params["exceptionDetails"].get("exception", {}).get("description", params)))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            errors.append(str(params["entry"].get("text")))
        elif method == "Network.requestWillBeSent":
            url = str(params["request"]["url"])
            if not url.startswith(LOCAL_SCHEMES):
                requests.append(url)
    return {"errors": errors, "requests": requests, "charts": charts, "height": height}


needs_chromium = pytest.mark.skipif(chromium_binary() is None, reason="no chromium binary on PATH")


@needs_chromium
def test_the_detectors_catch_a_script_error_and_a_remote_request(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(
        "<!DOCTYPE html><html><body><img src='http://192.0.2.1/pixel.png'>"
        "<script>undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    seen = inspect_page(page)
    assert any("undefinedFunction" in error for error in seen["errors"])
    assert any(url.startswith("http://192.0.2.1") for url in seen["requests"])


@needs_chromium
def test_the_report_renders_its_charts_offline_without_console_errors(tmp_path: Path) -> None:
    from tables_fixtures import write_example_report

    report = write_example_report(tmp_path, waves=True)
    seen = inspect_page(report)
    assert seen["errors"] == []
    assert seen["requests"] == []
    # theme chart, heat map, wave chart and one chart per closed question, each drawn with visible shapes
    assert len(seen["charts"]) >= 5
    for chart in seen["charts"]:
        assert chart["width"] > 300 and chart["height"] > 20
        assert chart["shapes"] > 0
