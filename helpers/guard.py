"""Keep the self-checks honest in a live notebook.

Two things go wrong when a student works through a notebook, and neither is the student's answer:

* **A stale answer.** The exercise cell raised an error, so ``answer`` still holds an older value
  (or the ``...``), and the check would judge that. After a failed cell, every check says which
  cell failed, on which line, and judges nothing, until a cell other than a check runs cleanly.
* **A restarted kernel.** Running only a check cell after a restart raises a NameError traceback
  for ``answer``. Check cells start with ``from helpers import checks``, which installs a handler
  that turns that NameError into one plain line: run the cells above first.

Both work through IPython's own hooks (``post_run_cell`` and ``set_custom_exc``), installed once
per kernel by the first cell's ``helpers.ready()`` and by importing ``helpers.checks``. Outside
IPython (plain Python, pytest) nothing is installed and the checks judge what they are given.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable

RUN_ABOVE = "Run > Run All Above Selected Cell"
_CHECK_CALL = re.compile(r"\bchecks\.check_\w+\(")

#: The outcome of the most recent cell that was not a check cell: its error (or None) and its source.
_last: dict[str, object] = {"error": None, "source": ""}


def _shell():
    """The running IPython shell, or None. A kernel has imported IPython already; plain Python has not."""
    ipython = sys.modules.get("IPython")
    return ipython.get_ipython() if ipython is not None else None


def is_check_cell(source: str) -> bool:
    """True for a cell that runs a self-check (``checks.check_...(...)``)."""
    return bool(_CHECK_CALL.search(source or ""))


def _is_cell_file(name: str) -> bool:
    """True for the file name IPython gives the code of a notebook cell."""
    return "ipykernel_" in name or name.startswith(("<ipython-input", "<cell"))


def _after_cell(result) -> None:
    source = getattr(getattr(result, "info", None), "raw_cell", "") or ""
    if is_check_cell(source):
        return  # a check never clears or replaces the record of the cell it checks
    _last["error"] = result.error_before_exec or result.error_in_exec
    _last["source"] = source


def _cell_line(error: BaseException, source: str) -> tuple[int | None, str]:
    """The line of the cell where ``error`` happened, and its text."""
    if isinstance(error, SyntaxError) and error.lineno:
        return error.lineno, (error.text or "").strip()
    lines = source.splitlines()
    where = None
    tb = error.__traceback__
    cell_file = None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if cell_file is None and _is_cell_file(name):
            cell_file = name
        if name == cell_file:
            where = tb.tb_lineno
        tb = tb.tb_next
    if where is None or not 0 < where <= len(lines):
        return None, ""
    return where, lines[where - 1].strip()


def stale_answer():
    """A hint when the last cell the student ran (other than a check) raised an error; else None."""
    error = _last["error"]
    if error is None:
        return None
    from helpers.checks.feedback import hint  # here, so that installing the guard stays cheap

    line, text = _cell_line(error, str(_last["source"]))
    where = f" on line {line} (`{text}`)" if line else ""
    return hint(
        f"The cell you ran last failed with {type(error).__name__}{where}: {error}. "
        "Fix that cell and run it again; this check has not looked at your answer, which may "
        "still hold an older value."
    )


def _name_error(shell, etype, value, tb, tb_offset=None):
    """Show one plain line for a name missing in a check cell; the usual traceback anywhere else."""
    import linecache

    cell_file, frame_source, last = None, "", None
    walk = tb
    while walk is not None:
        name = walk.tb_frame.f_code.co_filename
        if cell_file is None and _is_cell_file(name):  # the cell's own source: the first frame compiled from a cell
            cell_file, frame_source = name, "".join(linecache.getlines(name))
        last, walk = name, walk.tb_next
    missing = getattr(value, "name", None)
    # Only a name missing in the check cell itself (`answer`, `checks`) means "run the cells above":
    # a NameError raised inside a function the cell calls is a bug there, and keeps its traceback.
    if not (is_check_cell(frame_source) and missing and last == cell_file):
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
        return None
    line = (
        f"`{missing}` is not defined yet: run the cells above first ({RUN_ABOVE}). "
        f"If you did, check that your exercise cell stores its result in `{missing}`."
    )
    show = getattr(shell, "_showtraceback", None)
    if show is not None:
        show(etype, value, [line])  # an error (Run All stops here) of one plain line, no traceback
    else:
        print(line)
    return None


def install() -> None:
    """Install both guards in the running IPython kernel, once; do nothing outside IPython."""
    shell = _shell()
    if shell is None or getattr(shell, "_border_figures_guard", False):
        return
    shell.events.register("post_run_cell", _after_cell)
    shell.set_custom_exc((NameError,), _name_error)
    shell._border_figures_guard = True


def guarded(check: Callable) -> Callable:
    """Wrap a ``check_*`` function so that it never judges a stale answer."""

    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        return stale_answer() or check(*args, **kwargs)

    return wrapper
