"""Is this machine ready for the course? The first cell's check, and notebook 00's self-check.

Two checks, for two moments:

- ``ready()`` runs in every notebook's first cell (as ``helpers.ready()``): are the packages every
  lesson imports there? A notebook opened before the environment is installed should say what to
  run, not fail three cells later with a bare ``ModuleNotFoundError``. On Colab it also switches on
  Colab's widget manager. It is fast: it looks packages up without importing them. ``import helpers``
  imports this module, so it imports at the top only light standard-library modules and
  ``helpers.paths`` and ``helpers.guard``: ``import helpers`` works before anything is installed and
  takes milliseconds. The self-check imports what it needs (``importlib.metadata``, ``packaging``,
  pandas, ``helpers.data``) in the functions that use it.

- ``check_environment()`` and ``summary()`` are notebook 00's self-check table. It compares what is
  installed with the course's pins (``requirements/course.in``, the top-level packages of the course
  lock), checks that widgets can render in JupyterLab, and that the course's files are where the
  notebooks expect them. It reports; it never installs.

  What is a PROBLEM is what breaks a lesson: a package a lesson imports that is missing, or older
  than the oldest version every lesson is tested on (``OLDEST_SUPPORTED``, run in CI by
  ``tools/oldest_stack.py``), or a Python older than 3.11. A newer Python or other versions than the
  pins are fine: every lesson runs, and the row says that outputs may differ slightly from the stored
  ones. Test-only tools (pytest, hypothesis, playwright) are not the course's business here: they are
  in the development set, not in the course's pins.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers import guard, paths

__all__ = [
    "LESSON_PACKAGES",
    "HOW_TO_INSTALL",
    "on_colab",
    "ready",
    "REQUIREMENTS",
    "PYTHON_PIN",
    "OLDEST_SUPPORTED",
    "NEEDED_BY_LESSONS",
    "MAY_DIFFER",
    "Check",
    "read_pins",
    "installed_version",
    "check_python",
    "check_package",
    "check_packages",
    "check_widgets",
    "check_article",
    "check_datasets",
    "check_course_files",
    "check_environment",
    "summary",
]


# --------------------------------------------------------------------------- the first cell: ready()

#: Packages every lesson imports. Checked without importing them (fast).
LESSON_PACKAGES = ("pandas", "matplotlib", "ipywidgets")

HOW_TO_INSTALL = (
    "In a terminal, in the course folder, run `make lab` (it installs everything into .venv and "
    "opens JupyterLab), or install the pinned packages into this kernel's Python with "
    "`python -m pip install -r requirements.txt -e .`. Then restart the kernel."
)


def on_colab() -> bool:
    """True in a Google Colab runtime (where ``google.colab`` can be imported)."""
    try:
        return importlib.util.find_spec("google.colab") is not None
    except ModuleNotFoundError:  # no ``google`` package at all
        return False


def ready() -> None:
    """Raise a clear error, naming the fix, when a package the lessons need is missing.

    On Colab, also switch on Colab's custom widget manager, which ipywidgets 8 needs there
    (without it the explorer's menu and slider would show as text).
    """
    missing = [name for name in LESSON_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        raise ModuleNotFoundError(
            f"This kernel's Python lacks the course's packages: {', '.join(missing)}. {HOW_TO_INSTALL}"
        )
    if on_colab():
        from google.colab import output  # importable only on Colab

        output.enable_custom_widget_manager()
    guard.install()  # before the first exercise runs: checks never judge a stale answer


# --------------------------------------------------------------------------- notebook 00: the self-check table

REQUIREMENTS = paths.ROOT / "requirements" / "course.in"
#: The Python the stored outputs were made with, and the oldest one the course runs on.
PYTHON_PIN = (3, 11)
#: The oldest release of each lesson package that every lesson is tested on (tools/oldest_stack.py).
OLDEST_SUPPORTED = {"pandas": "2.2", "numpy": "1.26", "matplotlib": "3.8", "ipywidgets": "7.7", "pdfplumber": "0.11"}
#: Packages the lessons import: without one of them a lesson stops. (JupyterLab and the other
#: pins serve the notebook's frontend, which Colab or a hub may provide in its own way.)
NEEDED_BY_LESSONS = ("ipykernel", "pandas", "numpy", "matplotlib", "ipywidgets", "pdfplumber")
MAY_DIFFER = "outputs may differ slightly from the stored ones"
WIDGET_EXTENSION = "@jupyter-widgets/jupyterlab-manager"

_PIN_LINE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Check:
    """One line of the self-check: what was looked at, what was expected, what was found."""

    check: str
    expected: str
    found: str
    ok: bool


def read_pins(path: Path = REQUIREMENTS) -> dict[str, str]:
    """Read ``name==version`` lines from a pip requirements file into ``{canonical name: version}``."""
    from packaging.utils import canonicalize_name

    pins: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.split("#", 1)[0].strip()
        if not stripped:
            continue
        match = _PIN_LINE.match(stripped)
        if not match:
            raise ValueError(
                f"{paths.relative(path)} line {number}: expected an exact pin like 'pandas==3.1.1', got {line.strip()!r}"
            )
        pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def installed_version(name: str) -> str | None:
    """The installed version of a distribution, or None when it is not installed."""
    from importlib import metadata

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


def check_python(version: tuple[int, ...] | None = None) -> Check:
    """Python 3.11 made the stored outputs; newer ones run every lesson too."""
    version = tuple(version or sys.version_info[:3])
    found = ".".join(map(str, version))
    expected = f"{PYTHON_PIN[0]}.{PYTHON_PIN[1]} or newer"
    if version[:2] < PYTHON_PIN:
        return Check(
            "Python",
            expected,
            f"{found}: too old for the course (it needs {PYTHON_PIN[0]}.{PYTHON_PIN[1]} or newer)",
            False,
        )
    if version[:2] != PYTHON_PIN:
        return Check("Python", expected, f"{found}: runs every lesson; {MAY_DIFFER}", True)
    return Check("Python", expected, found, True)


def _older(found: str, oldest: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(found) < Version(oldest)
    except InvalidVersion:
        return False


def check_package(name: str, pinned: str, found: str | None) -> Check:
    """One pinned package: a PROBLEM only when a lesson would break."""
    from packaging.utils import canonicalize_name

    name = canonicalize_name(name)
    needed = name in NEEDED_BY_LESSONS
    if found is None:
        if needed:
            return Check(name, pinned, "not installed: a lesson needs it", False)
        return Check(name, pinned, "not installed here (the lessons run without it)", True)
    if found == pinned:
        return Check(name, pinned, found, True)
    oldest = OLDEST_SUPPORTED.get(name)
    if oldest and _older(found, oldest):
        return Check(name, pinned, f"{found}: older than {oldest}, the oldest version the lessons run on", False)
    return Check(name, pinned, f"{found}: every lesson runs; {MAY_DIFFER}", True)


def check_packages(pins: dict[str, str]) -> list[Check]:
    return [check_package(name, pinned, installed_version(name)) for name, pinned in pins.items()]


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


def check_article() -> Check:
    """The article is there and reads exactly as published (checked against seeds/checksums.sha256)."""
    from helpers import data

    expected = "seeds/article.txt, as published"
    if not paths.ARTICLE.is_file():
        return Check("the article", expected, f"missing: {data.restore_advice('seeds/article.txt')}", False)
    try:
        listed = data.read_checksums(paths.SEEDS / "checksums.sha256", "seeds/checksums.sha256")["article.txt"]
    except (OSError, KeyError, ValueError):
        return Check(
            "the article",
            expected,
            f"seeds/checksums.sha256 is missing or damaged: {data.restore_advice('seeds/checksums.sha256')}",
            False,
        )
    raw = paths.ARTICLE.read_bytes()
    if data.sha256(raw) == listed:
        return Check("the article", expected, "as published", True)
    if data.sha256(data.as_published_bytes(raw)) == listed:
        return Check(
            "the article",
            expected,
            "as published (re-saved with Windows line endings or a BOM; read as published)",
            True,
        )
    return Check(
        "the article", expected, f"changed since it was published: {data.restore_advice('seeds/article.txt')}", False
    )


def check_datasets() -> Check:
    """Every file listed in datasets/checksums.sha256 is there and as published (what every loader checks)."""
    from helpers import data

    expected = "datasets/, as published"
    if not paths.DATASETS.is_dir():
        return Check("the datasets", expected, f"missing: {data.restore_advice('datasets/')}", False)
    try:
        names = data.verify_published()
    except (OSError, ValueError) as error:  # DatasetError is a ValueError; its message names the file and the fix
        return Check("the datasets", expected, str(error), False)
    return Check("the datasets", expected, f"all {len(names)} files as published", True)


def check_course_files() -> list[Check]:
    checks = [check_article(), check_datasets()]
    try:
        root = paths.output_root()
        writable = os.access(paths.output_dir(), os.W_OK)
    except PermissionError:
        root, writable = paths.OUTPUT, False
    if not writable:
        found = "not writable"
    elif root == paths.OUTPUT:
        found = "writable"
    else:
        found = f"output/ is read-only here: files go to {paths.shown(root)}/ instead"
    checks.append(Check("somewhere to write", "output/ writable", found, writable))
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
        differ = table["found"].str.contains(MAY_DIFFER, regex=False)
        if differ.any():
            return (
                f"All {len(table)} checks passed: this machine is ready for the course. "
                f"{', '.join(table.loc[differ, 'check'])} differ from the pinned versions: every lesson runs, "
                f"but {MAY_DIFFER}."
            )
        return f"All {len(table)} checks passed: this machine is ready for the course."
    names = ", ".join(problems["check"])
    return (
        f"{len(problems)} of {len(table)} checks need attention ({names}). "
        "Outputs may differ slightly from the stored ones; to match them exactly, run `make lab` "
        "from the course folder, which installs the pinned versions into .venv."
    )
