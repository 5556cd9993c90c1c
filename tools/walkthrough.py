"""Work through a notebook as a student would, in a real JupyterLab in headless Chromium, from the shell.

    python -m tools.walkthrough start FOLDER NOTEBOOK [--port-file P]  # NOTEBOOK is relative to FOLDER
    python -m tools.walkthrough list                # every cell: index, type, tags, source, outputs
    python -m tools.walkthrough show N [M]          # cell N, or cells N to M (both included)
    python -m tools.walkthrough run N [--code "x = 1" | --code-file F] [--timeout 120]   # F may be -
    python -m tools.walkthrough run-all-to N        # run code cells 0 .. N-1 in order, one line each
    python -m tools.walkthrough restart | interrupt | save | stop

Cells count from 0, as in the .ipynb file. `start` spawns a detached daemon (JupyterLab on 127.0.0.1
with a random token, Chromium driven by playwright), waits until the notebook is open with an idle
kernel, writes its port to FOLDER/.walkthrough/state.json (or --port-file) and returns. Every other
command takes --state FOLDER-or-state-file (default: $WALKTHROUGH_STATE, else the current folder).
`run` puts the code into the cell through JupyterLab's notebook model, runs it with 'notebook:run-cell'
and prints its outputs as text; exit status 1 means the command failed or timed out (an error raised
by the cell is printed, with status 0). `stop` saves, then closes Chromium and JupyterLab. Logs: log.txt
(the daemon) and lab.log (JupyterLab) in FOLDER/.walkthrough/. Run it with the course's .venv python; a
copy of the course in FOLDER gets its own helpers/ on the kernel's PYTHONPATH (not the venv's install).
"""

from __future__ import annotations

import argparse
import ctypes
import http.server
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip
ANNOUNCEMENTS = "@jupyterlab/apputils-extension:announcements"  # JupyterLab's news pop-up
WIDGET = "application/vnd.jupyter.widget-view+json"
OPEN_TIMEOUT = 180  # seconds for JupyterLab, Chromium, the notebook and its kernel to be ready
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1 must not go to a proxy


class Failure(Exception):
    """A command that could not do its job: the client prints the message and exits with 1."""


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)  # the daemon's stdout is log.txt


# --------------------------------------------------------------------------- JupyterLab (as tests/browser/labdriver.py)


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a throwaway Jupyter: every per-user folder inside ``home``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "JPY_"))}
    for variable, name in [("HOME", "home"), ("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                           ("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTERLAB_SETTINGS_DIR", "settings"),
                           ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"), ("IPYTHONDIR", "ipython")]:  # fmt: skip
        (home / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / name)
    # keep matplotlib's font cache: rebuilding it costs seconds per kernel
    env["MPLCONFIGDIR"] = os.environ.get("MPLCONFIGDIR") or str(Path.home() / ".config" / "matplotlib")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def write_lab_config(home: Path) -> None:
    """No news pop-up, no autosave, and every cell in the page (no windowed rendering)."""
    labconfig = home / "config" / "labconfig"
    labconfig.mkdir(parents=True, exist_ok=True)
    (labconfig / "page_config.json").write_text(json.dumps({"disabledExtensions": {ANNOUNCEMENTS: True}}))
    settings = {
        "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }
    for name, values in settings.items():
        (home / "settings" / name).parent.mkdir(parents=True, exist_ok=True)
        (home / "settings" / name).write_text(json.dumps(values))


def die_with_parent() -> None:
    """In JupyterLab's process: get SIGTERM (and so shut the kernels down) if the daemon dies."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- the browser side

# Every snippet runs with `a` (its arguments), `app`, `panel` (the notebook's tab) and `nb` (its cells).
PRELUDE = """const app = window.jupyterapp;
const panel = app && [...app.shell.widgets('main')].find(w => w.context && w.context.path === a.path);
if (!panel) throw new Error('the notebook ' + a.path + ' is not open in JupyterLab');
const nb = panel.content;
const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
const launch = (promise) => {  // start a long task; wait_for() polls window.__wt.done
  if (window.__wt && window.__wt.cleanup) window.__wt.cleanup();
  const wt = window.__wt = {done: false, error: null, statuses: [], cleanup: null};
  if (kernel) {
    const seen = (_, status) => wt.statuses.push(status);
    kernel.statusChanged.connect(seen);
    wt.cleanup = () => kernel.statusChanged.disconnect(seen);
  }
  promise().then(() => { wt.done = true; }, e => { wt.done = true; wt.error = String(e && e.message || e); });
};
"""
CELLS = """return nb.widgets.map(cell => ({json: cell.model.toJSON(),
  dom: [...cell.node.querySelectorAll('.jp-OutputArea-child .jp-OutputArea-output')].map(o => o.innerText)}));"""
IDLE = "return !!kernel && kernel.status === 'idle';"
RUN = """const cell = nb.widgets[a.index];
if (!cell) throw new Error(`there is no cell ${a.index}: the cells are 0 to ${nb.widgets.length - 1}`);
if (cell.model.type !== 'code') throw new Error(`cell ${a.index} is a ${cell.model.type} cell: nothing to run`);
if (!kernel) throw new Error('the notebook has no kernel: try restart');
if (a.source !== null) cell.model.sharedModel.setSource(a.source);
app.shell.activateById(panel.id);
nb.deselectAll(); nb.activeCellIndex = a.index; nb.mode = 'command';
launch(() => app.commands.execute('notebook:run-cell'));
return true;"""
RAN = """const model = nb.widgets[a.index].model, wt = window.__wt;
return wt.done && !!kernel && kernel.status === 'idle'
  && (wt.statuses.includes('busy') || model.executionCount === null);"""
RESTART = """const s = panel.sessionContext;
launch(() => kernel ? s.restartKernel() : s.changeKernel({name: 'python3'}));"""
DONE = "return window.__wt.done && (!a.idle || (!!kernel && kernel.status === 'idle'));"


class Walkthrough:
    """The daemon: one JupyterLab, one Chromium page, one notebook; each method answers one command."""

    def __init__(self, folder: Path, notebook: str):
        self.folder, self.notebook = folder, notebook
        self.home = Path(tempfile.mkdtemp(prefix="walkthrough-"))
        self.lab = self.playwright = self.browser = self.page = None

    def open(self) -> int:
        write_lab_config(self.home)
        port, token = free_port(), secrets.token_hex(24)
        command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
                   "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
                   f"--ServerApp.root_dir={self.folder}", "--LabApp.expose_app_in_browser=True", "--allow-root"]  # fmt: skip
        env = isolated_env(self.home)
        # the course's own helpers (a copy of the course in FOLDER), not the ones the venv has installed
        here = (self.folder / self.notebook).parent.resolve()
        for course in [here, *here.parents]:
            if course.is_relative_to(self.folder) and (course / "helpers" / "__init__.py").is_file():
                env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(course), env.get("PYTHONPATH")]))
                log(f"the kernel imports helpers from {course}")
                break
        lab_log = (self.folder / ".walkthrough" / "lab.log").open("ab")
        self.lab = subprocess.Popen(command, cwd=self.folder, env=env, stdin=subprocess.DEVNULL,
                                    stdout=lab_log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent)  # fmt: skip
        log(f"JupyterLab pid {self.lab.pid} on port {port}")
        deadline = time.monotonic() + OPEN_TIMEOUT
        while True:
            if self.lab.poll() is not None:
                raise Failure(f"JupyterLab exited with {self.lab.returncode}: see lab.log")
            try:
                NO_PROXY.open(f"http://127.0.0.1:{port}/api/status", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break  # it answers (403 without the token): it is up
            except OSError:
                if time.monotonic() > deadline:
                    raise Failure("JupyterLab did not answer in time: see lab.log") from None
                time.sleep(0.2)
        log("JupyterLab answers; opening the notebook in Chromium")
        from playwright.sync_api import sync_playwright

        self.playwright = sync_playwright().start()
        self.browser = self.playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        self.page = self.browser.new_context(viewport={"width": 1280, "height": 1000}).new_page()
        self.page.on("console", lambda m: m.type == "error" and log(f"browser console: {m.text[:300]}"))
        self.page.on("dialog", lambda dialog: dialog.dismiss())  # alert() or "leave this page?"
        workspace = secrets.token_hex(6)  # a workspace of its own, so no other notebook is reopened beside this one
        path = urllib.parse.quote(self.notebook)
        url = f"http://127.0.0.1:{port}/lab/workspaces/{workspace}/tree/{path}?reset&token={token}"
        self.page.goto(url, wait_until="commit")
        if not self.wait_for("return panel.context.isReady && nb.widgets.length > 0;", OPEN_TIMEOUT):
            raise Failure(f"{self.notebook} did not open within {OPEN_TIMEOUT} s")
        log("notebook open; waiting for an idle kernel")
        if not self.wait_for(IDLE, OPEN_TIMEOUT):
            raise Failure(f"the kernel of {self.notebook} was not idle within {OPEN_TIMEOUT} s")
        return len(self.js(CELLS))

    def close(self) -> None:
        """Close Chromium, then JupyterLab (which shuts its kernels down on SIGTERM); forget the home folder."""
        for step in (lambda: self.browser and self.browser.close(), lambda: self.playwright and self.playwright.stop()):
            try:
                step()
            except Exception as error:  # noqa: BLE001 - closing goes on whatever went wrong
                log(f"while closing the browser: {error}")
        if self.lab and self.lab.poll() is None:
            self.lab.send_signal(signal.SIGTERM)
            try:
                self.lab.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.lab.kill()
                self.lab.wait()
        shutil.rmtree(self.home, ignore_errors=True)
        log("closed")

    # ------------------------------------------------------------------ helpers

    def js(self, body: str, **args):
        from playwright.sync_api import Error

        try:
            return self.page.evaluate(f"async (a) => {{ {PRELUDE}\n{body} }}", {"path": self.notebook, **args})
        except Error as error:  # the first line, without playwright's "Page.evaluate: Error: "
            raise Failure(re.sub(r"^(\w+\.\w+: )?(Error: )?", "", str(error).splitlines()[0])) from None

    def wait_for(self, body: str, timeout: float, **args) -> bool:
        """Poll ``body`` until it returns true (False after ``timeout`` s), answering dialogs on the way."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.answer_dialogs()
            try:
                if self.js(body, **args):
                    return True
            except Exception as error:  # noqa: BLE001 - JupyterLab may still be loading: poll again
                if "is not open" not in str(error) and "jupyterapp" not in str(error):
                    log(f"while waiting: {str(error).splitlines()[0]}")
            time.sleep(0.2)
        return False

    def answer_dialogs(self, prefer: tuple[str, ...] = ()) -> None:
        """Pick Python 3 in a "Select Kernel" dialog, click a ``prefer`` button if there is one, else dismiss."""
        for _ in range(5):
            dialog = self.page.locator(".jp-Dialog").first
            if not dialog.count():
                return
            title = dialog.locator(".jp-Dialog-header").inner_text(timeout=5000).strip()
            select = dialog.locator("select")
            options = select.first.locator("option").evaluate_all(
                "os => os.map(o => [o.value, o.textContent])") if select.count() else []  # fmt: skip
            python = [value for value, text in options if "python3" in value or "Python 3" in text]
            buttons = [dialog.locator(".jp-Dialog-button", has_text=label) for label in prefer]
            buttons = [button for button in buttons if button.count()]
            if python:
                select.first.select_option(python[0])
                dialog.locator(".jp-Dialog-button.jp-mod-accept").first.click()
                log(f"dialog {title!r}: chose {python[0]}")
            elif buttons:
                buttons[0].first.click()
                log(f"dialog {title!r}: clicked {buttons[0].first.inner_text()!r}")
            else:
                reject = dialog.locator(".jp-Dialog-button.jp-mod-reject")
                reject.first.click() if reject.count() else self.page.keyboard.press("Escape")
                log(f"dialog {title!r}: dismissed")
            time.sleep(0.3)

    def cells(self) -> list[dict]:
        return self.js(CELLS)

    # ------------------------------------------------------------------ commands

    def show(self, first: int, last: int | None = None) -> str:
        cells = self.cells()
        last = first if last is None else last
        if not (0 <= first <= last < len(cells)):
            raise Failure(f"no such cells: the notebook has cells 0 to {len(cells) - 1}")
        return "\n\n".join(format_cell(index, cells[index]) for index in range(first, last + 1))

    def list(self) -> str:
        return self.show(0, len(self.cells()) - 1)

    def run(self, index: int, source: str | None = None, timeout: float = 120, brief: bool = False) -> str:
        started = time.monotonic()
        self.answer_dialogs()
        self.js(RUN, index=index, source=source)
        if not self.wait_for(RAN, timeout, index=index):
            message = f"[{index}] TIMED OUT after {timeout:g} s: the cell is still running (see `interrupt`)"
            raise Failure(message + ("" if brief else "\n" + format_outputs(self.cells()[index])))
        if self.js("return window.__wt.error;"):
            log(f"run-cell reported: {self.js('return window.__wt.error;')}")
        cell = self.cells()[index]
        if any(WIDGET in out.get("data", {}) for out in cell["json"].get("outputs", [])):  # let widgets render
            for _ in range(25):
                if "Loading widget" not in "".join(cell["dom"]):
                    break
                time.sleep(0.2)
                cell = self.cells()[index]
        seconds = time.monotonic() - started
        count = cell["json"].get("execution_count")
        if brief:
            errors = [f"{o['ename']}: {o['evalue']}" for o in cell["json"]["outputs"] if o["output_type"] == "error"]
            state = errors[0].splitlines()[0] if errors else "ok" if count is not None else "did not run"
            state = state if source_of(cell).strip() else "empty"
            return f"[{index}] {state}  ({seconds:.1f} s)"
        head = f"[{index}] In [{count if count is not None else ' '}]  ({seconds:.1f} s)"
        if count is None and source_of(cell).strip():
            head += "  (no execution count: did the kernel die or restart?)"
        return head + "\n" + format_outputs(cell)

    def run_all_to(self, stop: int, timeout: float = 120) -> str:
        cells = self.cells()
        lines = []
        for index in range(min(stop, len(cells))):
            if cells[index]["json"]["cell_type"] == "code":
                try:
                    lines.append(self.run(index, timeout=timeout, brief=True))
                except Failure as failure:
                    raise Failure("\n".join([*lines, str(failure)])) from None
        return "\n".join(lines) or "(no code cells before that one)"

    def restart(self) -> str:
        self.js(RESTART)
        if not self.wait_for(DONE, OPEN_TIMEOUT, idle=True):
            raise Failure(f"the kernel was not back and idle within {OPEN_TIMEOUT} s")
        return "kernel restarted and idle (outputs are kept as they were; variables are gone)"

    def interrupt(self) -> str:
        self.js("launch(() => kernel.interrupt()); return true;")
        return "interrupted" if self.wait_for(DONE, 30, idle=True) else "interrupt sent; the kernel is still busy"

    def save(self) -> str:
        self.js("app.shell.activateById(panel.id); launch(() => app.commands.execute('docmanager:save')); return 1;")
        deadline = time.monotonic() + 60
        while not self.js("return window.__wt.done;") and time.monotonic() < deadline:
            self.answer_dialogs(prefer=("Overwrite",))  # "File Changed" on disk: the student's version wins
            time.sleep(0.2)
        if self.js("return panel.context.model.dirty;"):
            raise Failure(f"{self.notebook} was NOT saved: {self.js('return window.__wt.error;') or 'still dirty'}")
        return f"saved {self.notebook}"


# --------------------------------------------------------------------------- what the student sees, as text


def text_of(value) -> str:
    return "".join(value) if isinstance(value, list) else value or ""


def source_of(cell: dict) -> str:
    return text_of(cell["json"].get("source"))


def line_up(text: str) -> str:
    """A table's text as the browser gives it (cells separated by tabs), in aligned columns."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in text.splitlines()]
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(map(len, rows), default=0))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)


def format_output(output: dict, shown: str) -> str:
    kind = output["output_type"]
    if kind == "stream":
        text = text_of(output.get("text")).rstrip("\n")
        return text if output.get("name") == "stdout" else "[stderr]\n" + text
    if kind == "error":
        traceback = ANSI.sub("", "\n".join(output.get("traceback", []))).rstrip()
        last = f"{output['ename']}: {output['evalue']}"
        return traceback if last.splitlines()[0] in traceback else f"{traceback}\n{last}".strip()
    data = output.get("data", {})
    plain = text_of(data.get("text/plain"))
    if WIDGET in data:
        return "[widget] " + (" ".join(shown.split()) or "(nothing shown)")
    if "text/markdown" in data:
        return text_of(data["text/markdown"]).rstrip()
    if "text/html" in data:  # as the page shows it
        if not shown.strip() and plain and not plain.startswith("<"):
            return plain
        return line_up(shown.strip("\n") or re.sub(r"<[^>]+>", "", text_of(data["text/html"])).strip())
    if any(mime.startswith("image/") for mime in data):
        return "[image]"
    return plain or "[" + ", ".join(data) + "]"


def format_outputs(cell: dict) -> str:
    outputs = cell["json"].get("outputs", [])
    shown = cell["dom"] + [""] * len(outputs)
    return "\n".join(format_output(output, text) for output, text in zip(outputs, shown)) or "(no output)"


def format_cell(index: int, cell: dict) -> str:
    data = cell["json"]
    head = f"=== [{index}] {data['cell_type']}"
    if tags := data.get("metadata", {}).get("tags"):
        head += " · tags: " + ", ".join(tags)
    if data["cell_type"] == "code":
        count = data.get("execution_count")
        head += f" · In [{count if count is not None else ' '}]"
    text = f"{head} ===\n{source_of(cell)}"
    if data.get("outputs"):
        text += "\n--- output ---\n" + format_outputs(cell)
    return text


# --------------------------------------------------------------------------- the daemon and its clients


def daemon(folder: Path, notebook: str, state_path: Path) -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    walkthrough, secret, stopping = Walkthrough(folder, notebook), secrets.token_hex(16), []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            if self.headers.get("X-Walkthrough") != secret:
                return self.send_error(403)
            request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            log(f"command: {request}")
            command, args = request.pop("command"), request
            try:
                if command == "stop":
                    stopping.append(True)
                    try:
                        text = walkthrough.save() + "; stopping"
                    except Exception as error:  # noqa: BLE001 - stop all the same, and say so
                        text = f"{error}; stopping all the same"
                else:
                    text = getattr(walkthrough, command.replace("-", "_"))(**args)
                answer = {"ok": True, "text": text}
            except Failure as failure:
                answer = {"ok": False, "text": str(failure)}
            except Exception as error:  # noqa: BLE001 - tell the client, keep serving
                answer = {"ok": False, "text": f"{type(error).__name__}: {str(error).strip()[:2000]}"}
            body = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # quiet: the daemon logs each command itself
            pass

    try:
        cells = walkthrough.open()
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        state = {"pid": os.getpid(), "port": server.server_address[1], "secret": secret, "cells": cells,
                 "folder": str(folder), "notebook": notebook, "lab_pid": walkthrough.lab.pid}  # fmt: skip
        state_path.with_suffix(".tmp").write_text(json.dumps(state))
        state_path.with_suffix(".tmp").replace(state_path)  # whole, or not there: `start` polls for it
        log(f"ready: daemon pid {state['pid']} on port {state['port']}, {cells} cells")
        while not stopping:
            server.handle_request()
        server.server_close()
    finally:
        walkthrough.close()
        if state_path.is_file() and json.loads(state_path.read_text()).get("pid") == os.getpid():
            state_path.unlink()


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"  # a zombie is gone
    except (OSError, IndexError):
        return False


def start(folder: Path, notebook: str, port_file: str | None) -> int:
    if Path(notebook).is_absolute() and Path(notebook).resolve().is_relative_to(folder):
        notebook = str(Path(notebook).resolve().relative_to(folder))
    if not (folder / notebook).is_file():
        sys.exit(f"no notebook {folder / notebook}")
    (folder / ".walkthrough").mkdir(exist_ok=True)
    state_path = Path(port_file).resolve() if port_file else folder / ".walkthrough" / "state.json"
    if state_path.is_file() and alive(json.loads(state_path.read_text())["pid"]):
        sys.exit(f"a walkthrough is already running here ({state_path}): stop it first")
    state_path.unlink(missing_ok=True)
    started = time.monotonic()
    with (folder / ".walkthrough" / "log.txt").open("ab") as log_file:
        child = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "_daemon", str(folder), notebook,
                                  str(state_path)], cwd=folder, stdin=subprocess.DEVNULL, stdout=log_file,
                                 stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    while time.monotonic() - started < OPEN_TIMEOUT + 60:
        if state_path.is_file() and (state := json.loads(state_path.read_text()))["pid"] == child.pid:
            print(f"ready in {time.monotonic() - started:.1f} s: {notebook} has {state['cells']} cells (0 to "
                  f"{state['cells'] - 1}); state file: {state_path}")  # fmt: skip
            return 0
        if child.poll() is not None:
            tail = (folder / ".walkthrough" / "log.txt").read_text(errors="replace")[-3000:]
            print(f"the walkthrough did not start (exit {child.returncode}); the end of its log:\n{tail}")
            return 1
        time.sleep(0.25)
    child.terminate()
    print("the walkthrough was not ready in time; see .walkthrough/log.txt")
    return 1


def client(state_arg: str | None, payload: dict, timeout: float) -> int:
    state_path = Path(state_arg or os.environ.get("WALKTHROUGH_STATE") or ".").resolve()
    if state_path.is_dir():
        state_path = state_path / ".walkthrough" / "state.json"
    if not state_path.is_file():
        sys.exit(f"no walkthrough state at {state_path}: `start` one, or pass --state FOLDER (or the state file)")
    state = json.loads(state_path.read_text())
    request = urllib.request.Request(f"http://127.0.0.1:{state['port']}/", data=json.dumps(payload).encode(),
                                     headers={"X-Walkthrough": state["secret"]})  # fmt: skip
    try:
        with NO_PROXY.open(request, timeout=timeout) as response:
            answer = json.loads(response.read())
    except OSError as error:
        sys.exit(f"the walkthrough daemon (pid {state['pid']}) did not answer: {error}; see .walkthrough/log.txt")
    print(answer["text"])
    if payload["command"] == "stop":
        deadline = time.monotonic() + 60
        while (alive(state["pid"]) or alive(state["lab_pid"])) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [name for name in ("pid", "lab_pid") if alive(state[name])]
        print(f"still running: {left}" if left else "stopped: Chromium, JupyterLab and its kernel are closed")
    return 0 if answer["ok"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.walkthrough", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--state", help="the walkthrough's FOLDER or state file (default: $WALKTHROUGH_STATE or .)")
    commands = parser.add_subparsers(dest="command", required=True)
    begin = commands.add_parser("start", help="start JupyterLab and Chromium on NOTEBOOK (relative to FOLDER)")
    begin.add_argument("folder", type=Path)
    begin.add_argument("notebook")
    begin.add_argument("--port-file", help="where to write the state (default FOLDER/.walkthrough/state.json)")
    commands.add_parser("list", parents=[common], help="every cell with its source and outputs")
    show = commands.add_parser("show", parents=[common], help="cell N, or cells N to M")
    show.add_argument("first", type=int)
    show.add_argument("last", type=int, nargs="?")
    run = commands.add_parser("run", parents=[common], help="(replace the code of and) run code cell N")
    run.add_argument("index", type=int)
    code = run.add_mutually_exclusive_group()
    code.add_argument("--code", help="the cell's new source")
    code.add_argument("--code-file", help="a file holding the cell's new source (- for standard input)")
    run.add_argument("--timeout", type=float, default=120)
    run_all = commands.add_parser("run-all-to", parents=[common], help="run the code cells 0 .. N-1")
    run_all.add_argument("stop", type=int)
    run_all.add_argument("--timeout", type=float, default=120, help="seconds per cell")
    for name in ("restart", "interrupt", "save", "stop"):
        commands.add_parser(name, parents=[common])
    daemon_args = commands.add_parser("_daemon")  # what `start` spawns
    for name in ("folder", "notebook", "state_path"):
        daemon_args.add_argument(name)
    args = parser.parse_args(argv)

    if args.command == "_daemon":
        daemon(Path(args.folder), args.notebook, Path(args.state_path))
        return 0
    if args.command == "start":
        return start(args.folder.resolve(), args.notebook, args.port_file)
    payload = {"command": args.command}
    if args.command == "show":
        payload.update(first=args.first, last=args.last)
    elif args.command == "run":
        source = args.code
        if args.code_file:
            source = sys.stdin.read() if args.code_file == "-" else Path(args.code_file).read_text(encoding="utf-8")
        payload.update(index=args.index, source=source, timeout=args.timeout)
    elif args.command == "run-all-to":
        payload.update(stop=args.stop, timeout=args.timeout)
    per_cell = getattr(args, "timeout", 120)
    return client(args.state, payload, timeout=per_cell * (max(args.stop, 1) if args.command == "run-all-to" else 1)
                  + OPEN_TIMEOUT)  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
