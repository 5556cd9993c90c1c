"""Time every notebook against the floor, ``import helpers``, and the whole test suite.

``make bench`` runs this. On this machine, in one run:

- the FLOOR: a notebook that only runs the set-up cell and imports pandas, matplotlib.pyplot and
  ipywidgets, executed the way ``tools.notebooks`` executes (nbclient, a fresh ``python3``
  kernel started in notebooks/): no notebook can cost less;
- every course notebook (lessons and solutions) the same way, ``--runs`` times each (3 by
  default; the runs are interleaved with the floor's so that a busy moment hits all alike), and
  its median's ratio to the floor's median. Target: at most 1.5x the floor. Cell timings come
  from nbclient (``record_timing=True``): for a notebook over target, the slowest cells are shown;
- ``import helpers`` in fresh interpreters: alone, and on top of pandas + matplotlib.pyplot
  (target: under 50 ms beyond them), with each helpers module's own cost on top of them;
- the whole test suite, ``python -m pytest`` run once as a subprocess (skip with ``--no-suite``);
- SET-UP from nothing, as a newcomer meets it (skip with ``--no-setup``): a copy of the course
  (the files git sees, uncommitted changes included) in a temporary folder, empty uv and pip
  caches, no uv on PATH, this machine's own Python; then ``make lab`` until JupyterLab answers
  (the course set), and, in a second copy, the install ``make test`` does (the development set).
  Both with uv (what the Makefile does) and with pip (``INSTALLER=pip``, the old way and the
  fallback), in the same run; and the installed size of each environment.

Everything is printed and written to ``output/bench.json``. A benchmark reports, it is not a
test: it exits 0 whatever the numbers, and 1 only when a measurement itself failed (a notebook
that raised, an import that failed). The notebooks write their usual files to output/, as they do
in JupyterLab.

    python -m tools.bench               # everything (a few minutes)
    python -m tools.bench --runs 5 --no-suite
    python -m tools.bench --setup-only --setup-runs 3
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pkgutil
import platform
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
from nbclient.exceptions import CellExecutionError

from helpers import paths
from tools.nbclient_fix import CourseNotebookClient as NotebookClient
from tools.notebooks import CELL_TIMEOUT, KERNEL, SETUP_CELL, course_notebooks

NOTEBOOK_TARGET = 1.5  # a notebook may take at most this many times the floor
IMPORT_TARGET_MS = 50.0  # import helpers, beyond pandas + matplotlib
FLOOR_IMPORTS = "import pandas as pd\nimport matplotlib.pyplot as plt\nimport ipywidgets as widgets"
SLOWEST_CELLS = 5


# --------------------------------------------------------------------------- notebooks


def floor_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(SETUP_CELL), nbformat.v4.new_code_cell(FLOOR_IMPORTS)]
    )
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


def _seconds(execution: dict, start: str, end: str) -> float | None:
    try:
        return (dt.datetime.fromisoformat(execution[end]) - dt.datetime.fromisoformat(execution[start])).total_seconds()
    except (KeyError, TypeError, ValueError):
        return None


def time_notebook(nb: nbformat.NotebookNode, folder: Path) -> dict:
    """Execute ``nb`` in a fresh kernel started in ``folder``; wall time and each code cell's time."""
    started = time.perf_counter()
    client = NotebookClient(
        nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT, record_timing=True, resources={"metadata": {"path": str(folder)}}
    )
    client.execute()
    total = time.perf_counter() - started
    cells = []
    for index, cell in enumerate(c for c in nb.cells if c.cell_type == "code"):
        seconds = _seconds(cell.metadata.get("execution", {}), "iopub.status.busy", "iopub.status.idle")
        cells.append(
            {
                "cell": index + 1,
                "seconds": seconds,
                "does": _does(cell),
                "source": cell.source.splitlines()[0][:70] if cell.source else "",
            }
        )
    return {"seconds": total, "cells": cells}


def _does(cell: nbformat.NotebookNode) -> str:
    """What a code cell spends its time on, as far as it shows: figures drawn, files saved, imports."""
    what = []
    figures = sum("image/png" in output.get("data", {}) for output in cell.get("outputs", []))
    if figures:
        what.append(f"shows {figures} figure{'s' * (figures > 1)}")
    saves = sum(cell.source.count(call) for call in ("save_chart(", "savefig(", ".to_csv("))
    if saves:
        what.append(f"saves {saves}x (save_chart/savefig/to_csv)")
    if any(line.startswith(("import ", "from ")) for line in cell.source.splitlines()):
        what.append("imports")
    return ", ".join(what)


def run_once(path: Path | None) -> dict:
    """One timed run of a course notebook, or of the floor when ``path`` is None."""
    nb = floor_notebook() if path is None else nbformat.read(path, as_version=4)
    return time_notebook(nb, paths.NOTEBOOKS if path is None else path.parent)


def summarise(name: str, runs: list[dict], floor: float | None) -> dict:
    times = [run["seconds"] for run in runs]
    median = statistics.median(times)
    by_cell: dict[int, list[float]] = {}
    for run in runs:
        for cell in run["cells"]:
            if cell["seconds"] is not None:
                by_cell.setdefault(cell["cell"], []).append(cell["seconds"])
    first = {cell["cell"]: cell for cell in runs[0]["cells"]}
    cells = [
        {
            "cell": n,
            "median_seconds": round(statistics.median(s), 3),
            "does": first[n]["does"],
            "source": first[n]["source"],
        }
        for n, s in by_cell.items()
    ]
    in_cells = sum(cell["median_seconds"] for cell in cells)
    result = {
        "notebook": name,
        "runs_seconds": [round(t, 3) for t in times],
        "median_seconds": round(median, 3),
        "cells_seconds": round(in_cells, 3),
        "kernel_overhead_seconds": round(median - in_cells, 3),
        "slowest_cells": sorted(cells, key=lambda c: -c["median_seconds"])[:SLOWEST_CELLS],
    }
    if floor:
        result["ratio_to_floor"] = round(median / floor, 2)
        result["within_target"] = median / floor <= NOTEBOOK_TARGET
    return result


def bench_notebooks(runs: int) -> tuple[dict | None, list[dict], list[dict]]:
    """(floor, notebooks, failures): every notebook ``runs`` times, interleaved with the floor."""
    targets: list[tuple[str, Path | None]] = [("floor", None)] + [(paths.relative(nb), nb) for nb in course_notebooks()]
    timings: dict[str, list[dict]] = {name: [] for name, _ in targets}
    failures: list[dict] = []
    failed: set[str] = set()
    print("warming up (one untimed floor run) ...", flush=True)
    run_once(None)
    for round_number in range(1, runs + 1):
        for name, path in targets:
            if name in failed:
                continue
            try:
                timings[name].append(run_once(path))
            except (CellExecutionError, RuntimeError, TimeoutError) as error:
                failed.add(name)
                reason = (
                    f"{type(error).__name__}: {getattr(error, 'ename', '')} {getattr(error, 'evalue', error)}".strip()
                )
                failures.append({"notebook": name, "error": reason[:500]})
                print(f"  {name}: FAILED ({reason[:200]})", flush=True)
                continue
            print(f"  run {round_number}/{runs}  {timings[name][-1]['seconds']:6.2f} s  {name}", flush=True)
    floor = summarise("floor", timings["floor"], None) if timings["floor"] else None
    floor_seconds = floor["median_seconds"] if floor else None
    notebooks = [
        summarise(name, timings[name], floor_seconds) for name, _ in targets[1:] if timings[name] and name not in failed
    ]
    return floor, notebooks, failures


# --------------------------------------------------------------------------- import helpers

IMPORT_PROBE = r"""
import importlib, json, sys, time
measured = {}
def timed(name, statement):
    started = time.perf_counter()
    exec(statement, {})
    measured[name] = (time.perf_counter() - started) * 1000
if sys.argv[1] == "alone":
    timed("helpers", "import helpers")
else:
    timed("pandas + matplotlib", "import pandas, matplotlib, matplotlib.pyplot")
    timed("helpers", "import helpers")
    for module in sys.argv[2:]:
        timed(module, f"import {module}")
print(json.dumps(measured))
"""


def helpers_modules() -> list[str]:
    import helpers

    return sorted(f"helpers.{m.name}" for m in pkgutil.walk_packages(helpers.__path__) if "." not in m.name)


def bench_import(repeats: int = 5) -> dict:
    """``import helpers`` in fresh interpreters: alone, and beyond pandas + matplotlib.pyplot."""
    env = {**os.environ, "MPLBACKEND": "Agg"}  # no GUI back end probing in a plain interpreter
    modules = helpers_modules()

    def probe(*args: str) -> dict:
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE, *args],
            cwd=paths.ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)

    alone = [probe("alone")["helpers"] for _ in range(repeats)]
    beyond = [probe("beyond") for _ in range(repeats)]
    # Each helpers module's own cost, on top of pandas + matplotlib and of the modules before it:
    # measured one module per interpreter so that shared imports are not credited to the first.
    own = {}
    for module in modules:
        own[module] = round(statistics.median(probe("beyond", module)[module] for _ in range(3)), 1)
    importtime = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import helpers"],
        cwd=paths.ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    # -X importtime prints each module after the modules it imported, indented by depth: the
    # subtree of `import helpers` is the lines between the previous top-level import and "helpers".
    pulled, subtree = [], []
    for line in importtime.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        subtree.append((int(parts[1]), name.strip()))
        if name.startswith(" ") and not name.startswith("  "):  # one space: a top-level import
            if name.strip() == "helpers":
                pulled = subtree
            subtree = []
    heavy = [
        name for name in ("pandas", "numpy", "matplotlib", "ipywidgets", "IPython") if any(p[1] == name for p in pulled)
    ]
    beyond_ms = statistics.median(b["helpers"] for b in beyond)
    return {
        "helpers_alone_ms": round(statistics.median(alone), 1),
        "pandas_matplotlib_ms": round(statistics.median(b["pandas + matplotlib"] for b in beyond), 1),
        "helpers_beyond_pandas_matplotlib_ms": round(beyond_ms, 1),
        "target_ms": IMPORT_TARGET_MS,
        "within_target": beyond_ms < IMPORT_TARGET_MS,
        "heavy_packages_imported_by_import_helpers": heavy,
        "each_module_beyond_pandas_matplotlib_ms": own,
        "importtime_top": [{"module": name, "cumulative_us": us} for us, name in sorted(pulled, reverse=True)[:8]],
    }


# --------------------------------------------------------------------------- the suite


def bench_suite(extra: list[str], timeout: float) -> dict:
    """``python -m pytest`` over everything, once, as ``make test`` runs it (failing tests are reported, not fatal)."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra]
    shown = " ".join(["python", *command[1:]])
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=paths.ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {
            "command": shown,
            "seconds": None,
            "exit_code": None,
            "summary": f"stopped after {timeout:.0f} s (--suite-timeout)",
        }
    seconds = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return {
        "command": shown,
        "seconds": round(seconds, 1),
        "exit_code": done.returncode,
        "summary": lines[-1] if lines else done.stderr.strip()[-300:],
    }


# --------------------------------------------------------------------------- set-up from nothing

SETUP_TARGET_SECONDS = 15.0  # cold `make lab` until JupyterLab answers
SETUP_TIMEOUT = 900.0
INSTALLERS = ("uv", "pip")


def copy_course(dest: Path) -> None:
    """The course as git sees it (tracked and untracked files, not the ignored ones), uncommitted changes included."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=paths.ROOT,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, listed):
        source = paths.ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)


def cold_env(scratch: Path) -> dict[str, str]:
    """This machine's environment with empty package caches, no uv on PATH, no active venv, a throwaway Jupyter home."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("JUPYTER", "JPY_", "UV_", "VIRTUAL_ENV", "CONDA_PREFIX"))
    }
    env["PATH"] = os.pathsep.join(
        d
        for d in env.get("PATH", "").split(os.pathsep)
        if d and not (Path(d) / "uv").exists() and Path(d).resolve() != Path(sys.prefix, "bin").resolve()
    )
    env["UV_CACHE_DIR"], env["PIP_CACHE_DIR"] = str(scratch / "uv-cache"), str(scratch / "pip-cache")
    for variable, name in {
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "settings",
        "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
        "IPYTHONDIR": "ipython",
        "MPLCONFIGDIR": "mpl",
    }.items():
        env[variable] = str(scratch / "jupyter" / name)
    return env


def installed_megabytes(venv: Path) -> float:
    """Disk used by an environment (as du counts it, each file once), without the installer fetched into it."""
    seen, total = set(), 0
    for folder, dirs, files in os.walk(venv):
        if Path(folder) == venv:
            dirs[:] = [d for d in dirs if d != "uv"]
        for name in files:
            info = os.lstat(os.path.join(folder, name))
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                total += info.st_blocks * 512
    return round(total / 1e6, 1)


def base_python() -> str:
    """The Python a newcomer has: this one's base interpreter, not the course's .venv."""
    return getattr(sys, "_base_executable", None) or shutil.which("python3") or sys.executable


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(process: subprocess.Popen) -> None:
    """End the process group started for one measurement (make, JupyterLab and its kernels), and only it."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def time_cold_lab(installer: str) -> dict:
    """`make lab` in a fresh copy with empty caches: seconds until the install is done and until JupyterLab answers."""
    scratch = Path(tempfile.mkdtemp(prefix="border-figures-setup-"))
    course = scratch / "course"
    try:
        copy_course(course)
        port, token = _free_port(), secrets.token_hex(16)
        env = {**cold_env(scratch), "JUPYTER_TOKEN": token}
        lab_args = f"--no-browser --port={port} --ServerApp.port_retries=0"
        command = [
            "make",
            "--no-print-directory",
            "lab",
            f"PYTHON={base_python()}",
            f"INSTALLER={installer}",
            f"LAB_ARGS={lab_args}",
        ]
        log = (scratch / "make.log").open("wb")
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=course,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        installed = answered = None
        url = f"http://127.0.0.1:{port}/lab?token={token}"
        try:
            while time.perf_counter() - started < SETUP_TIMEOUT and process.poll() is None:
                if installed is None and (course / ".venv" / ".installed-course").exists():
                    installed = time.perf_counter() - started
                if installed is not None and _answers(url):
                    answered = time.perf_counter() - started
                    break
                time.sleep(0.1)
        finally:
            _stop(process)
            log.close()
        if answered is None:
            tail = (scratch / "make.log").read_text(errors="replace")[-1500:]
            return {"installer": installer, "error": f"JupyterLab did not answer (exit {process.returncode}): {tail}"}
        return {
            "installer": installer,
            "install_seconds": round(installed, 1),
            "answers_seconds": round(answered, 1),
            "course_env_mb": installed_megabytes(course / ".venv"),
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def time_cold_dev(installer: str) -> dict:
    """The install `make test` does, in a fresh copy with empty caches (the tests themselves are not run)."""
    scratch = Path(tempfile.mkdtemp(prefix="border-figures-setup-"))
    course = scratch / "course"
    try:
        copy_course(course)
        started = time.perf_counter()
        done = subprocess.run(
            [
                "make",
                "--no-print-directory",
                ".venv/.installed-dev",
                f"PYTHON={base_python()}",
                f"INSTALLER={installer}",
            ],
            cwd=course,
            env=cold_env(scratch),
            capture_output=True,
            text=True,
            timeout=SETUP_TIMEOUT,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            return {"installer": installer, "error": (done.stdout + done.stderr)[-1500:]}
        return {
            "installer": installer,
            "install_seconds": round(seconds, 1),
            "dev_env_mb": installed_megabytes(course / ".venv"),
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _spread(values: list[float]) -> str:
    if not values:
        return "not measured"
    return (
        f"{values[0]:.1f} s"
        if len(values) == 1
        else f"{min(values):.1f}-{max(values):.1f} s (median {statistics.median(values):.1f})"
    )


def bench_setup(runs: int) -> dict:
    """Cold set-up with uv and with pip, ``runs`` times each, interleaved so that a busy moment hits both alike."""
    lab: dict[str, list[dict]] = {name: [] for name in INSTALLERS}
    dev: dict[str, list[dict]] = {name: [] for name in INSTALLERS}
    for round_number in range(1, runs + 1):
        for installer in INSTALLERS:
            for kind, measure, store in (("make lab", time_cold_lab, lab), ("make test's install", time_cold_dev, dev)):
                result = measure(installer)
                store[installer].append(result)
                shown = result.get("answers_seconds", result.get("install_seconds"))
                print(
                    f"  run {round_number}/{runs}  {installer:>3}  {kind}: "
                    + (f"{shown:.1f} s" if "error" not in result else f"FAILED {result['error'][-300:]}"),
                    flush=True,
                )
    summary: dict = {
        "runs": runs,
        "target_make_lab_answers_seconds": SETUP_TARGET_SECONDS,
        "make_lab": {},
        "make_test_install": {},
    }
    for installer in INSTALLERS:
        ok_lab = [r for r in lab[installer] if "error" not in r]
        ok_dev = [r for r in dev[installer] if "error" not in r]
        summary["make_lab"][installer] = {
            "answers_seconds": [r["answers_seconds"] for r in ok_lab],
            "install_seconds": [r["install_seconds"] for r in ok_lab],
            "failures": [r["error"] for r in lab[installer] if "error" in r],
        }
        summary["make_test_install"][installer] = {
            "install_seconds": [r["install_seconds"] for r in ok_dev],
            "failures": [r["error"] for r in dev[installer] if "error" in r],
        }
        sizes_course = [r["course_env_mb"] for r in ok_lab]
        sizes_dev = [r["dev_env_mb"] for r in ok_dev]
        if installer == "uv":
            summary["course_env_mb"] = max(sizes_course) if sizes_course else None
            summary["dev_env_mb"] = max(sizes_dev) if sizes_dev else None
    uv_lab = summary["make_lab"]["uv"]["answers_seconds"]
    summary["within_target"] = bool(uv_lab) and statistics.median(uv_lab) < SETUP_TARGET_SECONDS
    return summary


def print_setup(summary: dict) -> None:
    print()
    print(f"{'cold set-up (empty caches)':<34}  {'uv (make)':<34}  pip (INSTALLER=pip)")
    rows = [
        ("make lab: JupyterLab answers", "make_lab", "answers_seconds"),
        ("make lab: install done", "make_lab", "install_seconds"),
        ("make test: install done", "make_test_install", "install_seconds"),
    ]
    for label, group, key in rows:
        print(f"{label:<34}  {_spread(summary[group]['uv'][key]):<34}  {_spread(summary[group]['pip'][key])}")
    print(f"installed size: course set {summary['course_env_mb']} MB, development set {summary['dev_env_mb']} MB")
    uv_lab = summary["make_lab"]["uv"]["answers_seconds"]
    if uv_lab:
        print(
            f"target: cold `make lab` answers in under {SETUP_TARGET_SECONDS:.0f} s: "
            f"{'within' if summary['within_target'] else 'OVER'} (median {statistics.median(uv_lab):.1f} s)"
        )


# --------------------------------------------------------------------------- report


def print_table(floor: dict | None, notebooks: list[dict], failures: list[dict]) -> None:
    width = max([len(n["notebook"]) for n in notebooks] + [44])
    print()
    print(f"{'notebook':<{width}}  {'median':>7}  {'ratio':>6}  {'cells':>6}  {'kernel':>6}  runs (s)")
    if floor:
        runs = " ".join(f"{t:.2f}" for t in floor["runs_seconds"])
        print(
            f"{'FLOOR (set-up + pandas, pyplot, ipywidgets)':<{width}}  {floor['median_seconds']:6.2f}s  {'1.00x':>6}  "
            f"{floor['cells_seconds']:5.2f}s  {floor['kernel_overhead_seconds']:5.2f}s  {runs}"
        )
    for n in notebooks:
        runs = " ".join(f"{t:.2f}" for t in n["runs_seconds"])
        mark = "  within" if n.get("within_target", True) else "  OVER"
        print(
            f"{n['notebook']:<{width}}  {n['median_seconds']:6.2f}s  {n.get('ratio_to_floor', 0):5.2f}x  "
            f"{n['cells_seconds']:5.2f}s  {n['kernel_overhead_seconds']:5.2f}s  {runs}{mark}"
        )
    for f in failures:
        print(f"{f['notebook']:<{width}}  FAILED: {f['error'][:120]}")
    print("(median: wall time from kernel start to shutdown; cells: the code cells' own time; kernel: the rest)")


def bench_code(args: argparse.Namespace, report: dict) -> bool:
    """import helpers, every notebook against the floor, and the suite, into ``report``; True when a measurement failed."""
    failed = False
    print("\nimport helpers (fresh interpreters) ...", flush=True)
    try:
        report["import_helpers"] = imports = bench_import()
        print(
            f"  import helpers alone: {imports['helpers_alone_ms']:.1f} ms; after pandas + matplotlib.pyplot "
            f"({imports['pandas_matplotlib_ms']:.0f} ms): {imports['helpers_beyond_pandas_matplotlib_ms']:.1f} ms more "
            f"(target < {IMPORT_TARGET_MS:.0f} ms: {'within' if imports['within_target'] else 'OVER'})"
        )
        if imports["heavy_packages_imported_by_import_helpers"]:
            print(
                f"  import helpers pulls in {imports['heavy_packages_imported_by_import_helpers']}: keep helpers/__init__.py cheap"
            )
        costly = {m: ms for m, ms in imports["each_module_beyond_pandas_matplotlib_ms"].items() if ms >= 5}
        print(f"  helpers modules costing 5 ms or more beyond pandas + matplotlib: {costly or 'none'}")
    except (subprocess.CalledProcessError, ValueError) as error:
        failed = True
        report["import_helpers"] = {"error": str(error)}
        print(f"  FAILED: {error}")

    print("\nnotebooks (fresh kernel each, nbclient, as tools.notebooks runs them) ...", flush=True)
    floor, notebooks, failures = bench_notebooks(args.runs)
    failed = failed or bool(failures) or floor is None
    report["floor"] = floor
    report["notebooks"] = notebooks
    report["failed_notebooks"] = failures
    print_table(floor, notebooks, failures)

    over = [n for n in notebooks if not n.get("within_target", True)]
    within = [n for n in notebooks if n.get("within_target", False)]
    print(
        f"\nwithin target (<= {NOTEBOOK_TARGET}x the floor): {len(within)} of {len(notebooks)}: {', '.join(n['notebook'] for n in within) or 'none'}"
    )
    print(f"OVER target: {', '.join(n['notebook'] for n in over) if over else 'none'}")
    for n in over:
        print(
            f"\n  {n['notebook']}: {n['median_seconds']:.2f} s = {n['ratio_to_floor']:.2f}x the floor; slowest cells:"
        )
        for cell in n["slowest_cells"]:
            does = f"  [{cell['does']}]" if cell["does"] else ""
            print(f"    cell {cell['cell']:>2}  {cell['median_seconds']:5.2f} s  {cell['source']}{does}")

    if not args.no_suite:
        print("\nthe whole suite: python -m pytest, run once ...", flush=True)
        report["suite"] = suite = bench_suite(args.suite_args.split(), args.suite_timeout)
        took = f"{suite['seconds']:.1f} s" if suite["seconds"] is not None else "not measured"
        print(f"  {took}, exit code {suite['exit_code']}: {suite['summary']}")
    else:
        report["suite"] = None
    return failed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per notebook (median is reported; default 3)")
    parser.add_argument("--no-suite", action="store_true", help="do not time the whole test suite")
    parser.add_argument(
        "--suite-args", default="", help="extra pytest arguments for the suite timing, e.g. '-n 2 --dist loadfile'"
    )
    parser.add_argument(
        "--suite-timeout",
        type=float,
        default=1800,
        help="give up timing the suite after this many seconds (default 1800)",
    )
    parser.add_argument("--no-setup", action="store_true", help="do not time set-up from nothing (uv and pip)")
    parser.add_argument("--setup-only", action="store_true", help="time set-up from nothing and nothing else")
    parser.add_argument("--setup-runs", type=int, default=1, help="cold set-ups per installer (default 1)")
    parser.add_argument("--no-grading", action="store_true", help="do not time grading 30 submissions of one lesson")
    args = parser.parse_args(argv)

    load_before = os.getloadavg()
    print(
        f"bench: {os.cpu_count()} cores, load average {load_before[0]:.2f}; {args.runs} runs per notebook", flush=True
    )
    report: dict = {
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(terse=True),
            "load_average_before": [round(x, 2) for x in load_before],
        },
        "targets": {
            "notebook_max_ratio_to_floor": NOTEBOOK_TARGET,
            "import_helpers_beyond_pandas_matplotlib_ms": IMPORT_TARGET_MS,
        },
        "runs_per_notebook": args.runs,
    }
    failed = False

    if not args.setup_only:
        failed = bench_code(args, report)

    if not args.no_setup:
        print(
            f"\nset-up from nothing: a fresh copy, empty caches, no uv on PATH; uv, then pip; {args.setup_runs} run(s) each ...",
            flush=True,
        )
        report["setup"] = setup = bench_setup(args.setup_runs)
        print_setup(setup)
        failed = failed or any(
            setup[group][name]["failures"] for group in ("make_lab", "make_test_install") for name in INSTALLERS
        )
    else:
        report["setup"] = None

    if not (args.no_grading or args.setup_only):
        from tools import grade

        print("\ngrading: 30 complete submissions of lesson 00, one after another (make grade) ...", flush=True)
        report["grading"] = grading = grade.bench()
        print(f"  {grading}")
    else:
        report["grading"] = None

    report["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if max(load_before[0], os.getloadavg()[0]) > 0.5 * (os.cpu_count() or 1):
        print("\nnote: the machine was busy with other work during the run; times may be high (compare ratios)")
    target = paths.output_dir() / "bench.json"
    if args.setup_only and target.is_file():  # keep the last full run's other figures
        report = {
            **json.loads(target.read_text(encoding="utf-8")),
            "setup": report["setup"],
            "setup_when": report["when"],
        }
    target.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {paths.relative(target)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
