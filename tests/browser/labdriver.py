"""Drive JupyterLab in a real browser: start a throwaway server, open a notebook, run it, read what it shows.

Used by the browser tests in this folder. The server is the course's own JupyterLab
(``sys.executable -m jupyter lab``) on 127.0.0.1, a free port and a random token, with its
home, config, data, runtime and settings folders in a temporary folder, so nothing of the
user's JupyterLab set-up is read or written. JupyterLab still finds the course's lab
extensions (the widget manager among them): they live in ``sys.prefix/share/jupyter``,
which is on Jupyter's data path whatever ``JUPYTER_DATA_DIR`` says.

The browser is Debian's Chromium driven by Python playwright (``executable_path=CHROMIUM``):
``playwright install`` is never needed and never run.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDGET_MANAGER = "@jupyter-widgets/jupyterlab-manager"
#: The news pop-up of JupyterLab: it covers the bottom-right corner and asks to fetch news.
ANNOUNCEMENTS = "@jupyterlab/apputils-extension:announcements"
#: Seconds to wait for a server, a notebook or a kernel (generous: CI machines can be slow).
TIMEOUT = 90

#: A widget's Python repr, which JupyterLab shows when the widget extension is missing: a widget class,
#: then keyword arguments or nothing (``IntSlider(value=2018, ...)``, ``Output()``), unlike matplotlib's
#: positional ``Text(0.5, 1.0, 'title')``.
WIDGET_AS_TEXT = re.compile(
    r"^\s*(?:interactive|VBox|HBox|Box|IntSlider|IntRangeSlider|FloatSlider|FloatRangeSlider|Dropdown|Combobox|"
    r"Button|Text|Textarea|HTML|Image|Output|Tab|Checkbox|ToggleButtons|RadioButtons|SelectionSlider)\((?:\w+=|\))"
)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_browser() -> None:
    """Skip (or, under CI=true, fail) with the install command when Chromium or playwright is missing."""
    missing = []
    if not CHROMIUM.is_file():
        missing.append(
            f"Chromium ({CHROMIUM}): install it with `sudo apt-get update && sudo apt-get install chromium` "
            "(Debian/Ubuntu; never `playwright install`)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright: run `make test` (it installs requirements/dev.txt)")
    if missing:
        message = "browser tests need " + " and ".join(missing)
        if in_ci():
            pytest.fail(message + " [CI=true: browser tests must run in CI]", pytrace=False)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a throwaway Jupyter: every per-user folder inside ``home``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "JPY_"))}
    folders = {
        "HOME": "home",
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "settings",
        "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
        "IPYTHONDIR": "ipython",
    }
    for variable, name in folders.items():
        (home / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / name)
    import matplotlib

    env["MPLCONFIGDIR"] = matplotlib.get_configdir()  # keep the font cache: rebuilding it costs seconds per kernel
    env["PYTHONUNBUFFERED"] = "1"
    return env


def write_lab_config(home: Path, disabled: tuple[str, ...] = ()) -> None:
    """Disable plugins (the announcements, plus ``disabled``), autosave, and windowed notebook rendering."""
    labconfig = home / "config" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    page_config = {"disabledExtensions": dict.fromkeys((ANNOUNCEMENTS, *disabled), True)}
    (labconfig / "page_config.json").write_text(json.dumps(page_config), encoding="utf-8")
    settings = {
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
        # every cell in the page, so a test can read the outputs of all of them
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }
    for name, values in settings.items():
        path = home / "settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), encoding="utf-8")


def http_status(url: str, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


class Server:
    """A JupyterLab server started from ``command`` in a throwaway home; stop() ends it (and only it)."""

    def __init__(self, command: list[str], *, cwd: Path, home: Path, port: int, token: str | None = None):
        self.home, self.port, self.token = home, port, token
        self.log_path = home / "server.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            env=isolated_env(home),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_until_up(self) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"JupyterLab exited with {self.process.returncode}:\n{self.log()[-3000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    if http_status(f"{self.url}/api/status") in (200, 403):
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"JupyterLab did not answer on port {self.port} within {TIMEOUT} s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)  # the server shuts its kernels down on SIGTERM
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def start_lab(root: Path, *, disabled: tuple[str, ...] = ()) -> Server:
    """The course's JupyterLab serving ``root`` on 127.0.0.1, a free port and a random token."""
    home = Path(tempfile.mkdtemp(prefix="border-figures-lab-"))
    write_lab_config(home, disabled)
    port, token = free_port(), secrets.token_hex(24)
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    server = Server(command, cwd=root, home=home, port=port, token=token)
    try:
        server.wait_until_up()
    except Exception:
        server.stop()
        raise
    return server


def remove_home(server: Server) -> None:
    shutil.rmtree(server.home, ignore_errors=True)


@contextmanager
def serving(root: Path, *, disabled: tuple[str, ...] = ()):
    """A JupyterLab (see start_lab) for the length of a ``with``; stopped and its home removed after."""
    server = start_lab(root, disabled=disabled)
    try:
        yield server
    finally:
        server.stop()
        remove_home(server)


@contextmanager
def new_page(browser):
    """A fresh browser tab in its own context, at a desktop size, with the tests' 30 s timeout."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(30_000)
    try:
        yield page
    finally:
        context.close()


# --------------------------------------------------------------------------- the browser side


def open_notebook(page, server: Server, path: str, *, wait: bool = True) -> None:
    """Open ``path`` (relative to the server's root); with ``wait``, wait for its cells and an idle kernel."""
    # a workspace of its own: JupyterLab would otherwise reopen the notebooks of earlier pages beside this one
    workspace = secrets.token_hex(6)
    page.goto(f"{server.url}/lab/workspaces/{workspace}/tree/{path}?reset&token={server.token}", wait_until="commit")
    if wait:
        wait_until_open(page)


def wait_until_open(page) -> None:
    """Wait for the notebook's cells and an idle kernel."""
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell", timeout=TIMEOUT * 1000)
    page.wait_for_selector(
        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status='idle']",
        timeout=TIMEOUT * 1000,
    )


_ALL_RAN = """() => {
    const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell')];
    const indicator = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
    if (!cells.length || !indicator || indicator.dataset.status !== 'idle') return false;
    const prompts = cells.map(cell => (cell.querySelector('.jp-InputPrompt') || {}).textContent || '');
    if (prompts.some(prompt => prompt.includes('*'))) return false;
    // Run All stops at the first error: the cells after it are left unrun
    if (document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) [data-mime-type="application/vnd.jupyter.stderr"]')) return true;
    return cells.every((cell, index) => {
        const source = cell.querySelector('.cm-content');
        return (source && !source.textContent.trim()) || /\\[\\d+\\]/.test(prompts[index]);
    });
}"""


_PROMPTS = "() => [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')].map(p => p.textContent)"


def menu(page, top: str, item: str) -> None:
    """Click a menu bar item, then one of its entries (once it is enabled)."""
    page.click(f".lm-MenuBar-itemLabel:text-is('{top}')")
    entry = page.locator(f".lm-Menu-item:not(.lm-mod-disabled) .lm-Menu-itemLabel:text-is('{item}')")
    entry.wait_for(timeout=TIMEOUT * 1000)
    entry.click()


def start_running_all_cells(page) -> None:
    """Clear the stored outputs, then Run > Run All Cells, as a reader would (and do not wait).

    Clearing first matters: the stored notebook already shows outputs and numbered prompts, so
    only a cleared notebook shows which outputs (and prompts) come from this run.
    """
    page.click(
        ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell .jp-InputArea-prompt"
    )  # focus first: avoids a flaky menu
    menu(page, "Edit", "Clear Outputs of All Cells")
    page.wait_for_function(f"() => ({_PROMPTS})().every(p => !/\\d|\\*/.test(p))", timeout=TIMEOUT * 1000)
    menu(page, "Run", "Run All Cells")


def wait_until_all_ran(page) -> None:
    """Wait until every code cell has run (or Run All stopped at an error) and the kernel is idle."""
    page.wait_for_function(_ALL_RAN, timeout=TIMEOUT * 1000, polling=250)


def run_all_cells(page) -> None:
    start_running_all_cells(page)
    wait_until_all_ran(page)


_CURRENT_TAB = ".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel"


def open_in_app(page, path: str) -> None:
    """Open another notebook in the JupyterLab already loaded in ``page`` (File > Open from Path...).

    Much faster than loading the page again: JupyterLab's start-up costs seconds, a notebook tab does not.
    """
    menu(page, "File", "Open from Path…")
    field = page.locator(".jp-Dialog input")
    field.fill(path)
    field.press("Enter")
    page.locator(_CURRENT_TAB, has_text=path.rsplit("/", 1)[-1]).wait_for(timeout=TIMEOUT * 1000)
    wait_until_open(page)


def run_notebooks(page, server: Server, notebooks: list[str], *, loaded: bool = False) -> dict[str, list[str]]:
    """Run each notebook in turn in one JupyterLab page; return the problems each showed (see ``problems``).

    With ``loaded``, JupyterLab is already open in ``page`` (from an earlier call) and is reused.
    The last notebook stays open (and current) in ``page``. A notebook that cannot be opened or
    run to the end is reported as a problem of its own; the others still run.
    """
    from playwright.sync_api import Error as PlaywrightError

    found = {}
    fresh = not loaded  # load the page (again): at the start, and after a notebook went wrong
    for path in notebooks:
        try:
            if fresh:
                open_notebook(page, server, path)
            else:
                open_in_app(page, path)
            fresh = False
            run_all_cells(page)
            found[path] = problems(page)
        except PlaywrightError as error:
            found[path] = [f"{path} did not run to the end: {str(error).splitlines()[0]}"]
            fresh = True
    return found


_PROBLEMS = """() => {
    const found = [];
    const cells = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell')];
    cells.forEach((cell, index) => {
        const where = `code cell ${index + 1}`;
        cell.querySelectorAll('[data-mime-type="application/vnd.jupyter.stderr"]').forEach(
            output => found.push(`${where}: error or warning output: ${output.textContent.trim().slice(0, 300)}`));
        cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="text/plain"]').forEach(
            output => found.push(`${where}: text: ${output.textContent.trim().slice(0, 300)}`));
        const outputs = cell.querySelector('.jp-Cell-outputArea');
        if (outputs && outputs.textContent.includes('Error displaying widget'))
            found.push(`${where}: Error displaying widget`);
    });
    return found;
}"""


def problems(page) -> list[str]:
    """What a reader would see go wrong in the open notebook: errors and widgets that did not render.

    Returns one line per problem: error output (tracebacks and warnings), "Error displaying widget",
    and any widget shown as its text repr (``IntRangeSlider(...)``), which is what a missing or
    disabled widget extension looks like.
    """
    found = []
    for line in page.evaluate(_PROBLEMS):
        where, kind, text = line.split(": ", 2) if line.count(": ") >= 2 else (line, "", "")
        if kind == "text":
            if WIDGET_AS_TEXT.match(text):
                found.append(f"{where}: a widget shown as text, not rendered: {text[:120]}")
        else:
            found.append(line)
    return found
