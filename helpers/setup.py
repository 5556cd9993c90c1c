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
        from google.colab import output

        output.enable_custom_widget_manager()
    from helpers import guard

    guard.install()  # before the first exercise runs: checks never judge a stale answer
