"""The server `make lab` starts listens on 127.0.0.1 only and refuses every request without its token.

The test runs the exact command line of the Makefile's lab target (read with `make -n lab`),
adding only a free port and --no-browser, in a throwaway Jupyter home.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from labdriver import TIMEOUT, Server, free_port, http_status

from helpers import paths


def lab_command() -> list[str]:
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "lab"], cwd=paths.ROOT, capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in reversed(dry_run.splitlines()) if re.search(r"\bjupyter lab\b", line))
    command = shlex.split(line)
    if "/" in command[0] and not Path(command[0]).is_absolute():
        command[0] = str(paths.ROOT / command[0])
    return command


def outward_address() -> str | None:
    """This machine's address on its network, if it has one besides loopback (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.254.254.254", 1))
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


@pytest.fixture(scope="module")
def make_lab():
    home = Path(tempfile.mkdtemp(prefix="border-figures-make-lab-"))
    port = free_port()
    command = [*lab_command(), f"--port={port}", "--ServerApp.port_retries=0", "--no-browser"]
    server = Server(command, cwd=paths.ROOT, home=home, port=port)
    try:
        server.wait_until_up()
        deadline = time.monotonic() + TIMEOUT
        while not list((home / "runtime").glob("jpserver-*.json")) and time.monotonic() < deadline:
            time.sleep(0.2)
        info = json.loads(next((home / "runtime").glob("jpserver-*.json")).read_text())
        server.token = info["token"]
        yield server, info
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def test_the_makefile_lab_command_is_what_is_run():
    command = lab_command()
    assert command[1] == "lab" and "--ServerApp.ip=127.0.0.1" in command
    assert command[-1] == "notebooks/00-start-here.ipynb"


def test_make_lab_binds_localhost_only(make_lab):
    server, info = make_lab
    assert info["hostname"] == "127.0.0.1" and info["port"] == server.port
    address = outward_address()
    if address:  # the same port on the machine's network address must not answer
        with socket.socket() as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, server.port)) != 0, f"the server also answers on {address}"


def test_make_lab_requires_its_token(make_lab):
    server, _ = make_lab
    assert len(server.token) >= 32, "a random token, not an empty or short one"
    contents = f"{server.url}/api/contents"
    assert http_status(contents) == 403
    assert http_status(contents, {"Authorization": "token wrong-token"}) == 403
    assert http_status(contents, {"Authorization": f"token {server.token}"}) == 200
    assert http_status(f"{contents}?token={server.token}") == 200
    assert (
        http_status(
            f"{server.url}/api/contents/notebooks/00-start-here.ipynb", {"Authorization": f"token {server.token}"}
        )
        == 200
    ), "it serves the course folder"
