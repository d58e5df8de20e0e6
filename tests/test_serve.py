"""`mkcourse serve` rebuilds when curriculum/, translations/ or docs/ change."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from conftest import MKCOURSE


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, marker: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    last = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                last = response.read().decode("utf-8")
            if marker in last:
                return last
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{marker!r} did not appear at {url}")


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_serve_reloads_on_every_watched_folder(sample: Path):
    (sample / "docs").mkdir(exist_ok=True)
    (sample / "docs" / "notes.md").write_text("# Notes\n\nFIRSTNOTE\n", encoding="utf-8")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(MKCOURSE), "serve", "--root", str(sample), "-a", f"127.0.0.1:{port}"],
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_for(f"{base}/modules/03-payment/index.html", "SAMPLEWORDPAYMENT")
        _edit(sample / "curriculum" / "modules" / "03-payment" / "index.md",
              "SAMPLEWORDPAYMENT", "EDITEDPAYMENT")
        _wait_for(f"{base}/modules/03-payment/index.html", "EDITEDPAYMENT")
        _edit(sample / "translations" / "ko" / "modules" / "01-welcome" / "index.md",
              "SAMPLEWORDKOWELCOME", "EDITEDKOWELCOME")
        _wait_for(f"{base}/ko/modules/01-welcome/index.html", "EDITEDKOWELCOME")
        _edit(sample / "docs" / "notes.md", "FIRSTNOTE", "EDITEDNOTE")
        _wait_for(f"{base}/handbook/notes.html", "EDITEDNOTE")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
