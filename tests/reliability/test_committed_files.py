"""Committed files carry no secrets and nothing that identifies the machine they were made on.

tests/test_notebook_hygiene.py checks the notebooks for widget state and machine paths. This
adds, over every .ipynb, .md, .csv, .txt and .json file git tracks or would add (``git ls-files
--cached --others --exclude-standard``: new files are checked before their first commit):

- login tokens: a Jupyter ``?token=`` / ``&token=`` with a real value, ``token=`` or
  ``"token": "..."`` followed by hex, GitHub tokens, private keys, AWS keys, auth headers, xsrf cookies;
- the current user: the home folder, ``/home/<user>``, ``C:\\Users\\<user>``, ``user@host``, and
  the user and host names themselves where they are distinctive enough to search for;
- machine paths (tools.notebooks.MACHINE_PATH) in the files that are not notebooks.

Images stored in notebooks (base64 PNG/JPEG) are left out of the scan: random base64 matches
short names by chance, and a chart cannot leak a token.
"""

from __future__ import annotations

import getpass
import json
import re
import socket
import subprocess
from pathlib import Path

import pytest

from helpers import paths
from tools.notebooks import MACHINE_PATH

SCANNED = (".ipynb", ".md", ".csv", ".txt", ".json")
IMAGES = ("image/png", "image/jpeg", "image/gif", "image/webp")

#: A value that only stands for a token in documentation: TOKEN, <token>, {token}, $TOKEN, ..., xxx.
PLACEHOLDER = r"(?:[A-Z_]+\b|<[^>]*>|\{[^}]*\}|\$\w+|\.\.\.|x{3,}\b|YOUR[-_]\w+)"
TOKENS = {
    "a Jupyter token in a URL": re.compile(rf"[?&]token=(?!{PLACEHOLDER})[^\s&\"'<>)\]]+"),
    "a hex token": re.compile(r"token['\"]?\s*[:=]\s*['\"]?[0-9a-fA-F]{16,}"),
    "a GitHub token": re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
    "a private key": re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    "an AWS access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "an authorization header": re.compile(
        rf"Authorization:\s*(?:token|Bearer|Basic)\s+(?!{PLACEHOLDER})[A-Za-z0-9._~+/=-]{{8,}}", re.I
    ),
    "a Jupyter xsrf cookie": re.compile(rf"_xsrf=(?!{PLACEHOLDER})[^\s&;\"']{{8,}}"),
}

#: Account and host names too common to search for as words ("root" is in "the course root").
GENERIC_NAMES = {
    "root",
    "user",
    "admin",
    "jovyan",
    "runner",
    "ubuntu",
    "debian",
    "vagrant",
    "vscode",
    "codespace",
    "docker",
    "localhost",
    "build",
    "ci",
    "app",
    "home",
    "test",
}


def identity_patterns(user: str, home: str, host: str) -> dict[str, re.Pattern]:
    """What would identify this user or machine in a file."""
    found = {
        f"the home folder {home}": re.compile(rf"(?<![\w.]){re.escape(home)}(?![\w.-])"),
        f"/home/{user}": re.compile(rf"/home/{re.escape(user)}\b"),
        f"Users\\{user}": re.compile(rf"Users[\\/]+{re.escape(user)}\b", re.I),
        f"{user}@{host}": re.compile(rf"\b{re.escape(user)}@{re.escape(host)}\b", re.I),
    }
    if len(user) >= 3 and user.lower() not in GENERIC_NAMES:
        found[f"the user name {user!r}"] = re.compile(rf"\b{re.escape(user)}\b", re.I)
    if len(host) >= 4 and host.lower() not in GENERIC_NAMES:
        found[f"the host name {host!r}"] = re.compile(rf"\b{re.escape(host)}\b", re.I)
    return found


def this_machine() -> dict[str, re.Pattern]:
    home = str(Path.home())
    return identity_patterns(
        getpass.getuser(), home if home not in ("/", "") else "/nonexistent-home", socket.gethostname().split(".")[0]
    )


def without_images(text: str, name: str) -> str:
    """A notebook's JSON with base64 images removed; any other file as it is."""
    if not name.endswith(".ipynb"):
        return text
    nb = json.loads(text)
    for cell in nb.get("cells", []):
        for output in cell.get("outputs", []):
            for kind in IMAGES:
                output.get("data", {}).pop(kind, None)
        for attachment in cell.get("attachments", {}).values():
            for kind in IMAGES:
                attachment.pop(kind, None)
    return json.dumps(nb, indent=1, ensure_ascii=False)


def findings(text: str, patterns: dict[str, re.Pattern]) -> list[str]:
    found = []
    for what, pattern in patterns.items():
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{what} at line {line}: {match.group(0)[:60]!r}")
    return found


def committed_files() -> list[Path]:
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=paths.ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the committed files cannot be listed")
    files = sorted({paths.ROOT / name for name in listed.split("\0") if name.endswith(SCANNED)})
    return [file for file in files if file.is_file()]


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    found = {
        paths.relative(file): without_images(file.read_text(encoding="utf-8", errors="replace"), file.name)
        for file in committed_files()
    }
    assert "README.md" in found and any(name.endswith(".ipynb") for name in found), sorted(found)
    return found


def test_no_committed_file_holds_a_token_or_key(files):
    leaks = {name: findings(text, TOKENS) for name, text in files.items()}
    leaks = {name: found for name, found in leaks.items() if found}
    assert not leaks, f"tokens or keys in committed files (remove them, then revoke them): {leaks}"


def test_no_committed_file_names_this_user_or_machine(files):
    patterns = this_machine()
    leaks = {name: found for name, text in files.items() if (found := findings(text, patterns))}
    assert not leaks, f"committed files identify this user or machine: {leaks}"


def test_no_committed_text_file_holds_a_machine_path(files):
    """Notebooks are checked by tests/test_notebook_hygiene.py; the Markdown, CSV, text and JSON files here."""
    leaks = {
        name: sorted({m.group(0) for m in MACHINE_PATH.finditer(text)})
        for name, text in files.items()
        if not name.endswith(".ipynb")
    }
    leaks = {name: found for name, found in leaks.items() if found}
    assert not leaks, f"absolute machine paths in committed files (write paths relative to the course folder): {leaks}"


# --------------------------------------------------------------------------- the scanners can fail


def test_the_token_scan_finds_real_tokens_and_passes_placeholders():
    hexed = "0123456789abcdef" * 3
    leaky = [
        f"http://127.0.0.1:8888/lab?token={hexed}",
        f"http://localhost:8888/lab/tree/notebooks/00-start-here.ipynb?kernel=python3&token={hexed[:20]}",
        f"jupyter lab --ServerApp.token={hexed}",
        f'{{"token": "{hexed}"}}',
        "ghp_" + "A1b2C3d4E5" * 4,
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "AKIA" + "ABCDEFGHIJ234567",
        "Authorization: token " + hexed,
        "Cookie: _xsrf=2|" + hexed,
    ]
    for line in leaky:
        assert findings(line, TOKENS), f"missed: {line}"
    documented = [
        "Open /lab/tree/NOTEBOOK?token=TOKEN in the browser",
        "http://127.0.0.1:8888/lab?token=<token>",
        "http://127.0.0.1:8888/lab?token=...",
        "--ServerApp.token=TOKEN (a login token is printed in the terminal)",
        "https://hub.example.org/hub/user-redirect/git-pull?repo=x&branch=main&urlpath=lab",
        "`make lab` serves JupyterLab on 127.0.0.1 only, with a login token",
    ]
    for line in documented:
        assert not findings(line, TOKENS), f"false alarm: {line}"


def test_the_identity_scan_finds_home_folders_and_names():
    patterns = identity_patterns("ana", "/home/ana", "ana-laptop")
    for line in [
        "saved to /home/ana/course/output",
        "ana@ana-laptop:~$ make lab",
        r"C:\Users\ana\course",
        "run by ana",
        "host ana-laptop.local",
    ]:
        assert findings(line, patterns), f"missed: {line}"
    generic = identity_patterns("root", "/root", "vm")
    assert findings("open /root/course/notebooks", generic) and findings("root@vm:/# make test", generic)
    for line in ["the course root holds helpers/", "ROOT = Path(__file__)", "--allow-root", "a VM or a hub", "/rootfs"]:
        assert not findings(line, generic), f"false alarm: {line}"


def test_images_are_left_out_of_the_scan_and_text_outputs_are_not():
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "source": "",
                "metadata": {},
                "outputs": [
                    {
                        "output_type": "display_data",
                        "metadata": {},
                        "data": {"image/png": "iVBORvmroot", "text/plain": "<Figure /home/ana>"},
                    }
                ],
            }
        ]
    }
    kept = without_images(json.dumps(nb), "x.ipynb")
    assert "iVBOR" not in kept and "/home/ana" in kept
