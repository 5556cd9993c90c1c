"""Keep the self-checks honest in a live notebook.

Two things go wrong when a student works through a notebook, and neither is the student's answer:

* **A stale answer.** The exercise cell raised an error, so ``answer`` still holds an older value
  (or the ``...``), and the check would judge that. After a failed cell, every check says which
  cell failed, on which line, and judges nothing, until a cell other than a check runs cleanly.
* **A restarted kernel.** Running only a check cell after a restart raises a NameError traceback
  for ``answer``. Check cells start with ``from helpers import checks``, which installs a handler
  that turns that NameError into one plain line: run the cells above first.

A third helps with any cell: **pandas' errors in the course's words.** After the usual traceback,
the commonest errors get one plain line that says what to try (``explain``): the ambiguous truth
value of a Series (combine conditions with ``&`` and ``|``, each in parentheses), a missing column
(the columns the table has), a name an earlier cell defines (the cell that defines it, by its first
line), a string that cannot be read as a number. Checks give the same words after a failed cell.

All work through IPython's own hooks (``post_run_cell`` and ``set_custom_exc``), installed once
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


REFERENCE = "the course's reference page (notebooks/reference.md)"


def _table_in(error: BaseException):
    """The pandas table whose column lookup raised ``error`` (found in the traceback's frames), or None."""
    tb = error.__traceback__
    found = None
    while tb is not None:
        candidate = tb.tb_frame.f_locals.get("self")
        if type(candidate).__name__ in ("DataFrame", "Series") and hasattr(
            candidate, "columns" if type(candidate).__name__ == "DataFrame" else "index"
        ):
            found = candidate
        tb = tb.tb_next
    return found


def _defined_by(name: str) -> str | None:
    """The first line of the cell of the running notebook that defines ``name``, where it can be found."""
    import ast
    import json
    import os
    from pathlib import Path

    shell = _shell()
    session = (shell.user_ns.get("__session__") if shell is not None else None) or os.environ.get("JPY_SESSION_NAME")
    if not session or not str(session).endswith(".ipynb"):
        return None
    try:
        cells = json.loads(Path(session).read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError):
        return None
    for cell in cells:
        source = "".join(cell.get("source", "")) if cell.get("cell_type") == "code" else ""
        try:
            tree = ast.parse(re.sub(r"^\s*[%!].*$", "", source, flags=re.M))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            bound = (
                (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and node.id == name)
                or (isinstance(node, ast.FunctionDef) and node.name == name)
                or (
                    isinstance(node, ast.Import | ast.ImportFrom)
                    and any((a.asname or a.name).split(".")[0] == name for a in node.names)
                )
            )
            if bound:
                return source.strip().splitlines()[0][:80]
    return None


def explain(error: BaseException) -> str | None:
    """One plain line for the errors novices meet most, saying what to try; None for any other error."""
    message = str(error)
    if isinstance(error, ValueError) and "truth value of a" in message and "ambiguous" in message:
        return (
            "Python's `and`, `or` and `not` cannot combine conditions on whole columns. Use `&` (and), `|` (or) "
            'and `~` (not), with each condition in parentheses: `table[(table["a"] > 1) & (table["b"] == 2)]` '
            f"(see {REFERENCE}: combine conditions)."
        )
    if isinstance(error, KeyError):
        table = _table_in(error)
        label = error.args[0] if error.args else None
        if "not found in axis" in message:
            return (
                "`.drop(...)` looks in the rows unless you tell it otherwise: to drop a column, write "
                '`table.drop(columns=["name"])`.'
            )
        if table is not None and hasattr(table, "columns") and isinstance(label, str) and label not in table.columns:
            columns = ", ".join(f"`{c}`" for c in list(table.columns)[:20])
            return (
                f"There is no column `{label}` in that table. Its columns are: {columns}. "
                "Check the spelling, and the capitals."
            )
    if isinstance(error, NameError) and getattr(error, "name", None):
        name = error.name
        where = _defined_by(name)
        if where:
            return (
                f"`{name}` is made by the cell that starts `{where}`: run that cell (and the cells above it) "
                f"first, or {RUN_ABOVE}."
            )
        return f"`{name}` is not defined: check its spelling, or run the cells above first ({RUN_ABOVE})."
    if isinstance(error, TypeError) and "has no len()" in message:
        return (
            "Some things give their items one at a time and cannot be counted with `len` directly (a generator, "
            "such as `folder.glob(...)`): put `list(...)` around it first, `len(list(...))`."
        )
    if isinstance(error, ValueError) and ("Unable to parse string" in message or "could not convert string" in message):
        return (
            'Some text in that column is not a plain number (a comma, a footnote mark, "N/A"...). Clean it '
            'first, for example with `.str.replace(r"[^0-9]", "", regex=True)`, and remember `regex=True` '
            f"(see {REFERENCE})."
        )
    if type(error).__name__ == "ConversionError" and "axis units" in message:
        return (
            "Matplotlib expected positions on the axis (numbers) and got text. To write names under bars drawn at "
            "positions `x`, give the positions first, then the names: `ax.set_xticks(x, names)`."
        )
    return None


def _explained(shell, etype, value, tb, tb_offset=None):
    """The usual traceback, then one plain line that explains the error (when ``explain`` knows it)."""
    if isinstance(value, NameError):
        return _name_error(shell, etype, value, tb, tb_offset)
    shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
    line = explain(value)
    if line:
        print(f"What this means: {line}")
    return None


def stale_answer():
    """A hint when the last cell the student ran (other than a check) raised an error; else None."""
    error = _last["error"]
    if error is None:
        return None
    from helpers.checks.feedback import hint  # here, so that installing the guard stays cheap

    line, text = _cell_line(error, str(_last["source"]))
    where = f" on line {line} (`{text}`)" if line else ""
    meaning = explain(error)
    return hint(
        f"The cell you ran last failed with {type(error).__name__}{where}: {str(error).rstrip('.')}. "
        + (f"{meaning} " if meaning else "")
        + "Fix that cell and run it again; this check has not looked at your answer, which may "
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
        meaning = explain(value) if last == cell_file else None
        if meaning:
            print(f"What this means: {meaning}")
        return None
    stale = stale_answer()
    if stale is not None:  # the cell that should have made the name failed: say that, not "run the cells above"
        line = stale.message.replace(
            "this check has not looked at your answer, which may still hold an older value", f"`{missing}` was not made"
        )
    else:
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
    shell.set_custom_exc((NameError, KeyError, ValueError, TypeError), _explained)
    shell._border_figures_guard = True


def guarded(check: Callable) -> Callable:
    """Wrap a ``check_*`` function so that it never judges a stale answer."""

    @functools.wraps(check)
    def wrapper(*args, **kwargs):
        return stale_answer() or check(*args, **kwargs)

    return wrapper
