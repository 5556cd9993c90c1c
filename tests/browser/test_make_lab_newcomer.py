"""What a newcomer meets when `make lab` starts JupyterLab (issue 16, section 5).

- The address the server prints (the one to copy when no browser opens by itself) and ``/`` open
  notebook 00, not the Launcher.
- ``border_figures_helpers.egg-info`` (left by the editable install) is not in the file browser.
- JupyterLab's "Jupyter news" pop-up is switched off, in .venv's own configuration: the Jupyter home
  here is a throwaway folder, so the setting cannot come from a user's home.

The server runs the exact command of the Makefile's lab target (``make -n lab``), plus a free port
and --no-browser; the target's other steps (the news setting) run first, as `make lab` runs them.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest
from labdriver import Server, free_port, http_status

from helpers import paths

START = "notebooks/00-start-here.ipynb"
ANNOUNCEMENTS = "@jupyterlab/apputils-extension:announcements"


def make_lab_steps() -> tuple[list[str], list[str]]:
    """(the other commands `make lab` would run now, the jupyter lab command)."""
    dry_run = subprocess.run(
        ["make", "--no-print-directory", "-n", "lab"], cwd=paths.ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    index = max(i for i, line in enumerate(dry_run) if re.search(r"\bjupyter lab\b", line))
    command = shlex.split(dry_run[index])
    if "/" in command[0] and not Path(command[0]).is_absolute():
        command[0] = str(paths.ROOT / command[0])
    return dry_run[:index], command


@pytest.fixture(scope="module")
def lab():
    before, command = make_lab_steps()
    if any("install" in line for line in before):
        pytest.skip("the course environment is not installed: `make lab` would install it first")
    # the news setting: run the lab target's own rule for it (it writes into .venv only)
    subprocess.run(
        ["make", "--no-print-directory", "-s", ".venv/etc/jupyter/labconfig/page_config.json"],
        cwd=paths.ROOT,
        check=True,
        capture_output=True,
    )
    home = Path(tempfile.mkdtemp(prefix="border-figures-newcomer-"))
    port = free_port()
    server = Server(
        [*command, f"--port={port}", "--ServerApp.port_retries=0", "--no-browser"], cwd=paths.ROOT, home=home, port=port
    )
    try:
        server.wait_until_up()
        info = json.loads(next((home / "runtime").glob("jpserver-*.json")).read_text())
        server.token = info["token"]
        yield server
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def test_the_printed_address_and_the_root_open_notebook_00(lab):
    printed = re.findall(r"http://127\.0\.0\.1:\d+/\S*", lab.log())
    assert printed and all(f"/lab/tree/{START}" in url for url in printed), printed
    request = urllib.request.Request(f"{lab.url}/?token={lab.token}")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        urllib.request.build_opener(NoRedirect).open(request, timeout=10)
        location = ""
    except urllib.error.HTTPError as redirect:
        location = redirect.headers.get("Location", "")
    assert f"/lab/tree/{START}" in location, location


def test_the_egg_info_folder_is_not_in_the_file_browser(lab):
    names = [
        item["name"]
        for item in json.loads(urllib.request.urlopen(f"{lab.url}/api/contents?token={lab.token}", timeout=10).read())[
            "content"
        ]
    ]
    assert "notebooks" in names and "helpers" in names
    if not list(paths.ROOT.glob("*.egg-info")):
        pytest.skip("no .egg-info folder in the course folder to hide")
    assert not [name for name in names if name.endswith(".egg-info")], names


def test_the_news_pop_up_is_switched_off(lab):
    page = urllib.request.urlopen(f"{lab.url}/lab/tree/{START}?token={lab.token}", timeout=30).read().decode()
    config = json.loads(
        re.search(r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', page, re.S)[1]
    )
    assert ANNOUNCEMENTS in config.get("disabledExtensions", []), config.get("disabledExtensions")
    assert http_status(f"{lab.url}/api/contents?token={lab.token}") == 200
