"""The environment self-check of notebook 00: is this machine ready for the course?

It compares what is installed with the pins in ``requirements.txt`` (the same pins
as ``environment.yml``), checks that widgets can render in JupyterLab, and that the
course's files are where the notebooks expect them. It reports; it never installs.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from helpers import paths

REQUIREMENTS = paths.ROOT / "requirements.txt"
PYTHON_PIN = (3, 11)
WIDGET_EXTENSION = "@jupyter-widgets/jupyterlab-manager"

_PIN_LINE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Check:
    """One line of the self-check: what was looked at, what was expected, what was found."""

    check: str
    expected: str
    found: str
    ok: bool


def canonical(name: str) -> str:
    """Package names compare equal however they are spelled (PEP 503: ``jupyterlab_widgets`` == ``jupyterlab-widgets``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(path: Path = REQUIREMENTS) -> dict[str, str]:
    """Read ``name==version`` lines from a pip requirements file into ``{canonical name: version}``."""
    pins: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.split("#", 1)[0].strip()
        if not stripped:
            continue
        match = _PIN_LINE.match(stripped)
        if not match:
            raise ValueError(f"{paths.relative(path)} line {number}: expected an exact pin like 'pandas==3.1.1', got {line.strip()!r}")
        pins[canonical(match.group(1))] = match.group(2)
    return pins


def installed_version(name: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def widget_extension_dirs() -> list[Path]:
    """Folders where JupyterLab looks for prebuilt extensions (those of this Python first)."""
    try:
        from jupyter_core.paths import jupyter_path
    except ImportError:
        return [Path(sys.prefix) / "share" / "jupyter" / "labextensions"]
    return [Path(p) for p in jupyter_path("labextensions")]


def check_python() -> Check:
    found = ".".join(map(str, sys.version_info[:3]))
    return Check("Python", f"{PYTHON_PIN[0]}.{PYTHON_PIN[1]}.x", found, sys.version_info[:2] == PYTHON_PIN)


def check_packages(pins: dict[str, str]) -> list[Check]:
    checks = []
    for name, pinned in pins.items():
        found = installed_version(name)
        checks.append(Check(name, pinned, found or "not installed", found == pinned))
    return checks


def check_widgets() -> Check:
    """Widgets render in JupyterLab only when the lab extension from jupyterlab_widgets is present."""
    found_in = [d for d in widget_extension_dirs() if (d / WIDGET_EXTENSION / "package.json").is_file()]
    has_python_side = installed_version("ipywidgets") is not None
    ok = bool(found_in) and has_python_side
    if ok:
        found = "ipywidgets and the JupyterLab widget extension are installed"
    elif has_python_side:
        found = "the JupyterLab widget extension is missing: install jupyterlab_widgets"
    else:
        found = "ipywidgets is not installed"
    return Check("widgets can render", "ipywidgets + jupyterlab_widgets", found, ok)


def check_course_files() -> list[Check]:
    checks = [
        Check("the article", "seeds/article.txt", "found" if paths.ARTICLE.is_file() else "missing", paths.ARTICLE.is_file()),
        Check("the datasets", "datasets/", "found" if paths.DATASETS.is_dir() else "missing", paths.DATASETS.is_dir()),
    ]
    try:
        writable = os.access(paths.output_dir(), os.W_OK)
    except PermissionError:
        writable = False
    checks.append(Check("somewhere to write", "output/ writable", "writable" if writable else "not writable", writable))
    return checks


def check_environment():
    """Run every check and return them as a pandas DataFrame, one row per check."""
    import pandas as pd

    checks = [check_python(), *check_packages(read_pins()), check_widgets(), *check_course_files()]
    table = pd.DataFrame([vars(c) for c in checks])
    table["ok"] = table["ok"].map({True: "ok", False: "PROBLEM"})
    return table.rename(columns={"ok": "status"})


def summary(table) -> str:
    """One sentence for the notebook: all good, or what to do next."""
    problems = table[table["status"] != "ok"]
    if problems.empty:
        return f"All {len(table)} checks passed: this machine is ready for the course."
    names = ", ".join(problems["check"])
    return (
        f"{len(problems)} of {len(table)} checks need attention ({names}). "
        "Outputs may differ slightly from the stored ones; to match them exactly, run `make lab` "
        "from the course folder, which installs the pinned versions into .venv."
    )
