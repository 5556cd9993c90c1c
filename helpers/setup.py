"""The check behind every notebook's first cell: are the course's packages here?

A notebook opened before the environment is installed should say what to run,
not fail three cells later with a bare ``ModuleNotFoundError``.
"""

from __future__ import annotations

import importlib.util

#: Packages every lesson imports. Checked without importing them (fast).
LESSON_PACKAGES = ("pandas", "matplotlib", "ipywidgets")

HOW_TO_INSTALL = (
    "In a terminal, in the course folder, run `make lab` (it installs everything into .venv and "
    "opens JupyterLab), or install the pinned packages into this kernel's Python with "
    "`python -m pip install -r requirements.txt -e .`. Then restart the kernel."
)


def ready() -> None:
    """Raise a clear error, naming the fix, when a package the lessons need is missing."""
    missing = [name for name in LESSON_PACKAGES if importlib.util.find_spec(name) is None]
    if missing:
        raise ModuleNotFoundError(
            f"This kernel's Python lacks the course's packages: {', '.join(missing)}. {HOW_TO_INSTALL}"
        )
    from helpers import guard

    guard.install()  # before the first exercise runs: checks never judge a stale answer
