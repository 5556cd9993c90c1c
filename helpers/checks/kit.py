"""The check kit: one way to judge a number, a list, a Series or a table, with one message policy.

Checks judge **values, not representation**: index labels (unless they carry meaning, such as fiscal
years), int against float of an equal value, a Series' name and the order of columns never decide a
verdict. Messages say what is wrong, why it matters and what to try, in plain words; numbers are
shown as the course writes them (1,171,400, never 1.1714e+06); a type is named with its article
("an int", "a DataFrame").

``expect_number``, ``expect_list``, ``expect_series``, ``expect_table``, ``expect_function``,
``expect_file``, ``expect_chart`` and ``expect_finding`` each return a
:class:`~helpers.checks.feedback.Feedback`. ``mistakes`` maps a
message to a known wrong answer (a value, or a callable that says whether an answer is that
mistake): when the answer matches one, the check gives that message instead of a general hint.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePath

import pandas as pd

from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, right, unanswered

Mistakes = Mapping[str, object] | None


# --------------------------------------------------------------------------- words


def show(value: object) -> str:
    """A value as the course writes it: 1,171,400; 24.4; 3.07; FY-free years stay 2018."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) < 1e15):
        number = int(value)
        return str(number) if 1000 <= number <= 2100 else f"{number:,}"
    if isinstance(value, float):
        if math.isnan(value):
            return "a blank (NaN)"
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.1f}"
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return show(value.item())
    return repr(value)


def kind(value: object) -> str:
    """What a value is, with its article: "an int", "a DataFrame", "text (a str)", "nothing (None)"."""
    if value is None:
        return "nothing (None)"
    if isinstance(value, str):
        return "text (a str)"
    if isinstance(value, pd.DataFrame):
        return f"a DataFrame with {len(value.columns)} column{'s' if len(value.columns) != 1 else ''}"
    name = type(value).__name__
    return ("an " if name[:1].lower() in "aeiou" else "a ") + name


def listing(items: Iterable[object], *, limit: int = 8) -> str:
    """A readable list of items: "Tucson", "Yuma" and 3 more. Never an empty string."""
    items = [str(i) for i in items]
    if not items:
        return "none"
    shown = [f"`{i}`" for i in items[:limit]]
    more = len(items) - len(shown)
    if more:
        return ", ".join(shown) + f" and {more} more"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


# --------------------------------------------------------------------------- comparing values


def _number(value: object) -> float | None:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def same_number(a: object, b: object, *, tolerance: float = 0.0) -> bool:
    x, y = _number(a), _number(b)
    if x is None or y is None:
        return False
    return abs(x - y) <= tolerance + 1e-9 * max(1.0, abs(y))


def same_values(a: Iterable[object], b: Iterable[object], *, tolerance: float = 0.0) -> bool:
    """Whether two sequences hold equal values in order: numbers by value (2017 == 2017.0), text as text, blanks as blanks."""
    a, b = list(a), list(b)
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if pd.isna(x) if not isinstance(x, list | tuple) else False:
            if not (pd.isna(y) if not isinstance(y, list | tuple) else False):
                return False
        elif _number(x) is not None and _number(y) is not None:
            if not same_number(x, y, tolerance=tolerance):
                return False
        elif x != y:
            return False
    return True


def _matches(answer: object, wrong: object, compare: Callable[[object, object], bool]) -> bool:
    if callable(wrong):
        try:
            return bool(wrong(answer))
        except Exception:  # noqa: BLE001  (a mistake detector never breaks a check)
            return False
    try:
        return compare(answer, wrong)
    except Exception:  # noqa: BLE001
        return False


def _known_mistake(answer: object, mistakes: Mistakes, compare) -> Feedback | None:
    for message, wrong in (mistakes or {}).items():
        if _matches(answer, wrong, compare):
            return hint(message)
    return None


# --------------------------------------------------------------------------- the expectations


#: What ``expect_kind`` can ask for: a test of the value, and how the course names that kind.
KINDS: dict[str, tuple[Callable[[object], bool], str]] = {
    "number": (lambda v: _number(v) is not None and getattr(v, "ndim", 0) == 0, "a number"),
    "text": (lambda v: isinstance(v, str), "text (a str)"),
    "list": (lambda v: isinstance(v, list | tuple), "a list"),
    "dict": (lambda v: isinstance(v, Mapping), "a dict"),
    "function": (callable, "a function"),
    "series": (lambda v: isinstance(v, pd.Series), "a pandas Series (one column)"),
    "table": (lambda v: isinstance(v, pd.DataFrame), "a table (a DataFrame)"),
    "path": (lambda v: isinstance(v, str | PurePath), "a file's path (a Path, or text)"),
    "figure": (
        lambda v: type(v).__name__ in ("Figure", "SubFigure"),
        "a figure (the `fig` of `fig, ax = plt.subplots()`)",
    ),
    "axes": (lambda v: hasattr(v, "get_xlim"), "axes (the `ax` of `fig, ax = plt.subplots()`)"),
}

#: The commonest slips, each turned into what to do: a value of this kind where the prompt wants another.
_SLIPS: tuple[tuple[Callable[[object], bool], str, str], ...] = (
    (
        lambda v: isinstance(v, pd.DataFrame | pd.Series),
        "number",
        "Pick the one value you need (for example with `.loc[...]`, `.sum()` or `.idxmax()`).",
    ),
    (lambda v: isinstance(v, str), "number", "Leave out the quotes, and compute it instead of typing it."),
    (lambda v: isinstance(v, list | tuple), "text", "Pick one item with `[0]`."),
    (lambda v: isinstance(v, bool), "number", "A yes/no value is not a count: store the number itself."),
    (lambda v: callable(v) and not isinstance(v, type), "text", "That is the function itself: call it, with brackets."),
    (
        lambda v: callable(v) and not isinstance(v, type),
        "table",
        "That is the function itself: call it, with brackets.",
    ),
    (
        lambda v: hasattr(v, "__next__"),
        "list",
        "That is a generator, which gives its items once: wrap it in `list(...)`.",
    ),
    (
        lambda v: isinstance(v, str | PurePath),
        "table",
        "That is the file's path: give it to `pd.read_csv(...)` (or the lesson's loader) to get the table.",
    ),
    (lambda v: hasattr(v, "get_xlim"), "figure", "That is the axes: pass the figure, `fig`."),
    (lambda v: type(v).__name__ in ("Figure", "SubFigure"), "axes", "That is the figure: pass its axes, `ax`."),
)


def expect_kind(answer: object, want: str, *, name: str, what: str) -> Feedback | None:
    """The opening every check shares: a hint when ``answer`` is still ``...``/None or not of the
    ``want`` kind (see ``KINDS``); None when the check may go on to judge its value."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    test, noun = KINDS[want]
    if isinstance(answer, bool) and want == "number":
        return hint(f"`{name}` is {answer}, a yes/no value; it should be {what}, as a number: store the number itself.")
    if test(answer):
        return None
    tip = next((tip for slip, wanted, tip in _SLIPS if wanted == want and slip(answer)), "")
    return hint(f"`{name}` should be {what}, as {noun}; it is {kind(answer)}. {tip}".rstrip())


def _plain(text: str, case: bool) -> str:
    text = " ".join(text.split())
    return text if case else text.casefold()


def expect_text(
    answer: object,
    expected: str | Iterable[str],
    *,
    name: str,
    what: str,
    case: bool = False,
    exact: bool = False,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A piece of text (a name, a headline, a label): one of ``expected``. Spaces at the ends and
    runs of spaces never decide, nor does case unless ``case``; with ``exact`` only the very text
    passes, and text that is right but for spaces at the ends gets "use `.strip()`"."""
    opening = expect_kind(answer, "text", name=name, what=what)
    if opening:
        return opening
    accepted = [expected] if isinstance(expected, str) else list(expected)
    if exact and answer in accepted:
        return right(success or f"`{name}` is {answer!r}: {what}.")
    plain = _plain(answer, case)
    if not exact and any(plain == _plain(e, case) for e in accepted):
        return right(success or f"`{name}` is {answer!r}: {what}.")
    found = _known_mistake(answer, mistakes, lambda a, w: _plain(a, case) == _plain(str(w), case))
    if found:
        return found
    if exact and any(answer.strip() == e for e in accepted):
        return hint(f"Almost: `{name}` has spaces or a line break at an end. Use `.strip()` to remove them.")
    if not answer.strip():
        return hint(f"`{name}` is empty text; it should be {what}.")
    return hint(f"`{name}` is {answer[:60]!r}, but {what} is something else. Read the prompt again, step by step.")


def expect_number(
    answer: object,
    expected: float,
    *,
    name: str,
    what: str,
    tolerance: float = 0.0,
    whole: bool = False,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """One number: ``name`` should be ``what`` (``expected``, within ``tolerance``). ``whole``: a count
    or a year, so a number with a fraction gets "should be a whole number" (2017.0 is whole).

    Known ``mistakes`` are tried after the right answer here and in ``expect_text``, and before it in
    ``expect_list``, ``expect_series`` and ``expect_table``, whose comparison is lenient (a table may
    be right in the columns compared and still carry a wrong extra one, such as a total row's column)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, str):
        return hint(
            f"`{name}` is text ({answer!r}); it should be a number. Leave out the quotes, and compute it "
            "instead of typing it."
        )
    if getattr(answer, "ndim", 0) > 0:
        return hint(
            f"`{name}` is {kind(answer)}, not one number. Pick the one value you need (for example with "
            "`.loc[...]` or `.sum()`)."
        )
    if _number(answer) is None:
        return hint(f"`{name}` should be a number ({what}), but it is {kind(answer)}.")
    if whole and not float(_number(answer)).is_integer():
        return hint(f"`{name}` should be a whole number ({what}), but it is {show(answer)}.")
    if same_number(answer, expected, tolerance=tolerance):
        return right(success or f"`{name}` is {show(answer)}: {what}.")
    found = _known_mistake(answer, mistakes, lambda a, w: same_number(a, w, tolerance=tolerance))
    if found:
        return found
    return hint(f"`{name}` is {show(answer)}, but {what} is something else. Read the prompt again, step by step.")


def expect_list(
    answer: object,
    expected: list,
    *,
    name: str,
    what: str,
    ordered: bool = True,
    item: type | None = None,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A list of values (``item`` names the type each value must have, when a later cell needs it)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, str) or not isinstance(answer, list | tuple | pd.Series | pd.Index):
        return hint(f"`{name}` should be a list ({what}), but it is {kind(answer)}.")
    values = list(answer)
    found = _known_mistake(values, mistakes, lambda a, w: same_values(a, w))
    if found:
        return found
    if item is not None:
        wrong = [v for v in values if not isinstance(v, item)]
        if wrong:
            noun = {str: "text (str)", int: "a whole number (int)"}.get(item, item.__name__)
            return hint(
                f"Each item of `{name}` should be {noun}: {show(wrong[0])} is {kind(wrong[0])}. "
                + ("Put each in quotes, or convert them with `str(...)`." if item is str else "")
            )
    if len(values) != len(expected):
        return hint(
            f"`{name}` has {len(values)} item{'s' if len(values) != 1 else ''}; it should have {len(expected)} ({what})."
        )
    if same_values(values, expected) or (
        not ordered and same_values(sorted(map(str, values)), sorted(map(str, expected)))
    ):
        return right(success or f"`{name}` holds {what}.")
    if not ordered or sorted(map(str, values)) != sorted(map(str, expected)):
        missing = [e for e in expected if not any(same_values([v], [e]) for v in values)]
        return hint(f"`{name}` should hold {what}; it misses {listing(missing)}.")
    return hint(f"`{name}` holds the right items in another order: {what}.")


def expect_series(
    answer: object,
    expected: pd.Series,
    *,
    name: str,
    what: str,
    by: str | None = "index",
    tolerance: float = 0.0,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A column of values. ``by="index"``: its labels matter (fiscal years, sectors), in any order;
    ``by=None``: only the values in order matter. The Series' name never does; a one-column
    DataFrame is taken as its column."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.DataFrame) and len(answer.columns) == 1:
        answer = answer.iloc[:, 0]
    if isinstance(answer, pd.DataFrame):
        return hint(
            f"`{name}` is a table with the columns {listing(answer.columns)}; it should be one column "
            f'({what}). Pick it with `["column name"]`.'
        )
    if not isinstance(answer, pd.Series):
        return hint(f"`{name}` should be a pandas Series ({what}), but it is {kind(answer)}.")
    found = _known_mistake(answer, mistakes, lambda a, w: _same_series(a, w, by, tolerance))
    if found:
        return found
    if _same_series(answer, expected, by, tolerance):
        return right(success or f"`{name}` holds {what}.")
    if len(answer) != len(expected):
        return hint(
            f"`{name}` has {len(answer)} value{'s' if len(answer) != 1 else ''}; it should have {len(expected)} ({what})."
        )
    if by == "index":
        extra = [i for i in answer.index if i not in set(expected.index)]
        if extra:
            return hint(f"`{name}` has the labels {listing(extra)}, which {what} does not have.")
        wrong = [i for i in expected.index if not same_values([answer.get(i)], [expected[i]], tolerance=tolerance)]
        return hint(
            f"`{name}` has the right labels, but not the right values for {listing(wrong, limit=4)} "
            f"(for `{wrong[0]}`: {show(answer.get(wrong[0]))}, expected {show(expected[wrong[0]])})."
        )
    return hint(f"`{name}` has the right length, but not the values of {what}.")


def _same_series(answer: pd.Series, expected: pd.Series, by: str | None, tolerance: float) -> bool:
    if len(answer) != len(expected):
        return False
    if by == "index":
        if set(answer.index) != set(expected.index) or answer.index.has_duplicates:
            return False
        return same_values(answer.loc[list(expected.index)], expected, tolerance=tolerance)
    return same_values(answer, expected, tolerance=tolerance)


def expect_table(
    answer: object,
    expected: pd.DataFrame,
    *,
    name: str,
    what: str,
    columns: Iterable[str] | None = None,
    index: bool = False,
    ordered: bool = True,
    tolerance: float = 0.0,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A table. ``columns``: the columns that must be there and are compared (default: all of
    ``expected``'s); other columns are allowed and their order never matters. ``index``: whether the
    row labels matter (otherwise ``.reset_index(drop=True)`` changes nothing). ``ordered``: whether
    the row order matters."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.Series):
        answer = answer.to_frame()
    if not isinstance(answer, pd.DataFrame):
        return hint(f"`{name}` should be a table (a DataFrame: {what}), but it is {kind(answer)}.")
    found = _known_mistake(answer, mistakes, lambda a, w: _same_table(a, w, list(w.columns), index, ordered, tolerance))
    if found:
        return found
    wanted = list(columns) if columns is not None else list(expected.columns)
    missing = [c for c in wanted if c not in answer.columns]
    if missing:
        return hint(
            f"`{name}` needs the column{'s' if len(missing) > 1 else ''} {listing(missing)}; it has "
            f"{listing(answer.columns)}."
        )
    if _same_table(answer, expected, wanted, index, ordered, tolerance):
        return right(success or f"`{name}` holds {what}.")
    if len(answer) != len(expected):
        verb = "keeps" if len(answer) < len(expected) else "has"
        return hint(
            f"`{name}` {verb} {len(answer)} row{'s' if len(answer) != 1 else ''}; it should have {len(expected)} ({what}). "
            "Check the condition that chooses the rows."
        )
    if ordered and _same_table(answer, expected, wanted, index, False, tolerance):
        return hint(f"`{name}` holds the right rows in another order. Sort it as the prompt says.")
    for column in wanted:
        a, e = _rows(answer, index, ordered, wanted)[column], _rows(expected, index, ordered, wanted)[column]
        if not same_values(a, e, tolerance=tolerance):
            return hint(
                f"`{name}` has the right number of rows, but its `{column}` column does not hold what {what} needs."
            )
    return hint(f"`{name}` has the right rows and values, but not the right row labels.")


def _rows(table: pd.DataFrame, index: bool, ordered: bool, columns: list[str]) -> pd.DataFrame:
    rows = table[columns]
    rows = rows.reset_index() if index else rows.reset_index(drop=True)
    if not ordered:
        key = rows.apply(lambda column: column.map(_sort_key))
        rows = rows.iloc[key.apply(tuple, axis=1).argsort(kind="stable").to_numpy()].reset_index(drop=True)
    return rows


def _sort_key(value: object) -> str:
    """A key that sorts equal values together whatever their type: 1145 and 1145.0 alike."""
    number = _number(value)
    if number is not None:
        return f"0{number:030.6f}"
    return "2" if value is None or (not isinstance(value, list | tuple) and pd.isna(value)) else f"1{value}"


def _same_table(answer, expected, columns, index, ordered, tolerance) -> bool:
    if len(answer) != len(expected) or any(c not in answer.columns for c in columns):
        return False
    a, e = _rows(answer, index, ordered, columns), _rows(expected, index, ordered, columns)
    return all(same_values(a[c], e[c], tolerance=tolerance) for c in a.columns if c in e.columns) and (
        not index or same_values(a.iloc[:, 0], e.iloc[:, 0])
    )


def expect_function(
    function: object,
    cases: list[tuple[tuple, object]],
    *,
    name: str,
    what: str,
    compare: Callable[[object, object], bool] | None = None,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A function the student wrote, tried on ``cases`` (arguments, expected result) in turn.

    ``mistakes`` maps a message to a predicate on (arguments, result): a known wrong behaviour.
    """
    from helpers.checks.feedback import try_call

    if unanswered(function):
        return hint(NOT_ANSWERED)
    if not callable(function):
        return hint(f"`{name}` should be a function (`def {name}(...):`), but it is {kind(function)}.")
    same = compare or (lambda a, b: (a is None and b is None) or same_values([a], [b]))
    for arguments, expected in cases:
        ran, result = try_call(function, *arguments)
        shown = ", ".join(show(a) if not hasattr(a, "ndim") else "the data" for a in arguments)
        if not ran:
            return hint(
                f"`{name}({shown})` stopped with {type(result).__name__}: {result}. Fix the function, run its cell, then this check."
            )
        if result is None and expected is not None:
            return hint(f"`{name}({shown})` gave nothing (None): does your function `return` its result?")
        if same(result, expected):
            continue
        for message, wrong in (mistakes or {}).items():
            try:
                if wrong(arguments, result):
                    return hint(message)
            except Exception:  # noqa: BLE001
                pass
        return hint(f"`{name}({shown})` gave {show(result)}; {what} gives {show(expected)} there.")
    return right(success or f"`{name}` gives the right answer for every case tried: {what}.")


def expect_file(
    path: object,
    *,
    name: str,
    folder,
    suffix: str,
    line_endings: str | None = None,
    content: Callable[[object], str | None] | None = None,
    success: str | None = None,
) -> Feedback:
    """A file the student wrote: inside ``folder`` (the course's output folder), with ``suffix``,
    the line endings asked for (``"\\n"``), and ``content`` (a function of the path that returns a
    hint, or None when the content is right). A PNG must not be blank."""
    from pathlib import Path

    if unanswered(path):
        return hint(NOT_ANSWERED)
    if not isinstance(path, str | Path):
        return hint(f"`{name}` should be the file's path (a Path, or text), but it is {kind(path)}.")
    path = Path(path)
    if not path.is_file():
        from helpers.paths import relative

        return hint(f"There is no file at `{relative(path)}` yet. Run the cell that writes it, then this check.")
    if path.suffix.lower() != suffix:
        return hint(f"`{path.name}` should end in `{suffix}`: the file name says what kind of file it is.")
    try:
        inside = path.resolve().is_relative_to(Path(folder).resolve())
    except OSError:
        inside = False
    if not inside:
        return hint(
            f"`{path.name}` was saved in `{path.parent}`, not in the course's output folder. Build the path with "
            '`paths.output_dir() / "name"`, so that every file you make is in one place (and the course\'s own '
            "files are never touched)."
        )
    raw = path.read_bytes()
    if line_endings == "\n" and b"\r\n" in raw:
        return hint(
            f'`{path.name}` has Windows line endings (\\r\\n). Pass `lineterminator="\\n"` (to_csv) or '
            '`newline="\\n"` (open), as the prompt says, so the file is the same on every computer.'
        )
    if suffix == ".png" and blank_png(path):
        return hint(
            f"`{path.name}` is a blank picture. Save the figure before `plt.show()` (which closes it), or save "
            "the figure object itself: `fig.savefig(path)`."
        )
    problem = content(path) if content else None
    if problem:
        return hint(problem)
    return right(success or f"`{path.name}` is saved where it belongs, and holds what it should.")


def blank_png(path) -> bool:
    """Whether a PNG shows nothing: every pixel the same colour."""
    import matplotlib.image

    try:
        pixels = matplotlib.image.imread(str(path))
    except (OSError, ValueError, SyntaxError):
        return False
    return (
        bool(pixels.size)
        and float(pixels.reshape(-1, pixels.shape[-1] if pixels.ndim == 3 else 1).std(axis=0).max()) == 0.0
    )


def expect_chart(
    fig: object,
    *,
    name: str,
    marks: Mapping[str, int] | None = None,
    title: bool = False,
    axis_labels: bool = False,
    source: bool = False,
    success: str | None = None,
) -> Feedback:
    """A matplotlib figure: not blank, with the expected number of ``marks`` (``bars``, ``lines``,
    ``points``), and a title, axis labels or a source line (text at the figure's foot) when asked."""
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure

    if unanswered(fig):
        return hint(NOT_ANSWERED)
    if not isinstance(fig, Figure):
        return hint(f"`{name}` should be the figure (the `fig` of `fig, ax = plt.subplots()`), but it is {kind(fig)}.")
    axes = [ax for ax in fig.axes if ax.get_visible()]
    counts = {
        "bars": sum(len(c) for ax in axes for c in ax.containers if isinstance(c, BarContainer)),
        "lines": sum(len([line for line in ax.lines if len(line.get_xdata()) > 1]) for ax in axes),
        "points": sum(sum(len(c.get_offsets()) for c in ax.collections if hasattr(c, "get_offsets")) for ax in axes),
    }
    if not axes or not any(counts.values()):
        return hint(
            f"`{name}` is empty: nothing is drawn on it yet. Draw on its axes (`ax.barh(...)`, `ax.plot(...)`)."
        )
    for mark, wanted in (marks or {}).items():
        if counts.get(mark, 0) != wanted:
            return hint(f"`{name}` has {counts.get(mark, 0)} {mark}; the chart needs {wanted}.")
    texts = [t.get_text() for ax in axes for t in (ax.title, ax._left_title, ax._right_title)]
    # the house style's headline is figure text above the axes (helpers.charts.headline)
    texts += [t.get_text() for t in fig.texts if t.get_position()[1] >= 0.8]
    if title and not any(t.strip() for t in [*texts, fig._suptitle.get_text() if fig._suptitle else ""]):
        return hint(f"`{name}` has no title yet: a chart says what it shows (`ax.set_title(...)`).")
    if axis_labels and not all(ax.get_xlabel().strip() or ax.get_ylabel().strip() for ax in axes):
        return hint(f"`{name}` needs axis labels that say what is counted (`ax.set_xlabel(...)`).")
    if source and not any("source" in t.get_text().lower() for t in fig.texts):
        return hint(f'`{name}` needs a source line at its foot: `fig.text(0.01, 0.01, "Source: ...")`.')
    return right(success or f"`{name}` draws what it should.")


# --------------------------------------------------------------------------- findings


@dataclass(frozen=True)
class Fact:
    """One number a finding may state, with what it is about.

    ``about``: groups of words; the sentence must use one word of each group (a place, a year, a
    measure), so that a number is right only with its subject. ``status``: for counts of troops,
    whether the figure was "expected", "announced", "suggested" or "deployed".
    """

    label: str
    value: float
    about: tuple[tuple[str, ...], ...] = ()
    status: str | None = None


#: Words that say troops were deployed (there), not only expected, announced or suggested.
DEPLOYED = re.compile(
    r"\b(?:deployed|sent|arrived|stationed|on the ground|at the border|on the border|were there)\b", re.I
)
HEDGED = re.compile(
    r"\b(?:not|never|would|will|could|might|to be|to send|expected|planned|suggested|announced|forecast|"
    r"ordered|authori[sz]ed|up to|as many as)\b",
    re.I,
)
#: Where one clause of a sentence ends: status words are judged within the clause of their number.
CLAUSE = re.compile(r"[;:]|,\s+(?:but|while|whereas|though|although|and then)\b|\.\s|\bbut\b", re.I)
#: Orders and titles named by a number that is not a figure: "Title 42", "Title 8".
NOT_A_FIGURE = re.compile(r"\bTitle\s+(\d+)\b")


def clause_of(sentence: str, start: int) -> str:
    """The clause of ``sentence`` that holds the character at ``start``."""
    begin = 0
    for match in CLAUSE.finditer(sentence):
        if match.start() >= start:
            return sentence[begin : match.start()]
        begin = match.end()
    return sentence[begin:]


def _mentions(sentence: str, group: tuple[str, ...]) -> bool:
    lowered = sentence.lower()
    return any(re.search(rf"(?:(?<=fy)|(?<![\w-])){re.escape(word.lower())}(?![\w])", lowered) for word in group)


def expect_finding(sentence: object, facts: Iterable[Fact], *, what: str = "the data") -> Feedback:
    """An open-ended finding: every number in it is one of ``facts``, stated with its subject and status.

    Numbers are found with the course's figure extractor; years, dates and small counts in words are
    left out. A number matches a fact at the precision it is written with ("about 450,000" matches
    447,731). The wording is for a person to judge.
    """
    from helpers.article import extract_figures
    from helpers.checks.feedback import _unit

    facts = list(facts)
    if unanswered(sentence) or (isinstance(sentence, str) and sentence.strip() in {"", "..."}):
        return hint("Write your finding as one sentence between the quotes, run the cell, then this check.")
    if not isinstance(sentence, str):
        return hint(f"A finding is a sentence of text (in quotes), but this is {kind(sentence)}.")
    # "Title 42" names an order, not a figure: blank its number out (same length, so positions hold)
    readable = NOT_A_FIGURE.sub(lambda m: "Title " + "#" * len(m[1]), sentence)
    figures = extract_figures(readable)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
    if figures.empty:
        return hint("Your sentence has no number yet: a finding states its number (a count, a share, a ratio).")
    for text, value, start in zip(figures["text"], figures["value"], figures["start"]):
        value = float(value)
        tolerance = _unit(text, value) / 2
        matching = [f for f in facts if abs(f.value - value) <= tolerance + 1e-9]
        if not matching:
            nearest = min(facts, key=lambda f: abs(f.value - value)) if facts else None
            near = f" The nearest value there is {show(nearest.value)} ({nearest.label})." if nearest else ""
            return hint(
                f"I can't find {text!r} in {what}.{near} Check that it is the number your sentence says it is "
                "(what, where, when) and how you rounded it, and take it from your computation rather than typing it."
            )
        with_subject = [f for f in matching if all(_mentions(sentence, group) for group in f.about)]
        if not with_subject:
            fact = matching[0]
            missing = next(group for group in fact.about if not _mentions(sentence, group))
            return hint(
                f"{text!r} is {fact.label}, but your sentence does not say so: it needs "
                f"{' or '.join(repr(w) for w in missing[:3])}. A number is only right with what it counts, "
                "where and when."
            )
        fact = with_subject[0]
        clause = clause_of(sentence, int(start))
        if fact.status and fact.status != "deployed" and DEPLOYED.search(clause) and not HEDGED.search(clause):
            return hint(
                f'{text!r} troops were {fact.status}, not deployed: say so ("{fact.status}"). Announced is not '
                "deployed: the number at the border was smaller, and known only later."
            )
    found = ", ".join(repr(t) for t in figures["text"])
    return right(
        f"Every number in your sentence ({found}) matches {what}, with its subject. Now compare your wording "
        "with the example answer: does it say what is counted, where and when?"
    )


def ratios(facts: Iterable[Fact], *, unit: str = "times") -> list[Fact]:
    """Facts for "N times": every pair of ``facts`` divided both ways, each about both subjects.

    A sentence may say "FY2000 had 5.5 times as many as FY2019" or "FY2019 had 0.18 times FY2000's":
    both directions are true, and each needs both subjects named. Pass facts of one measure only
    (counts of the same thing), so that no ratio mixes measures.
    """
    facts = list(facts)
    found = []
    for top in facts:
        for bottom in facts:
            if top is bottom or not bottom.value:
                continue
            groups = tuple(dict.fromkeys(top.about + bottom.about))
            found.append(Fact(f"{top.label} divided by {bottom.label} ({unit})", top.value / bottom.value, groups))
    return found


#: Words that count people or crossings: an apprehension (or encounter) count is neither.
PEOPLE = re.compile(
    r"\b(?:people|persons?|individuals|migrants|immigrants|crossers|crossed|crossings?|got across)\b", re.I
)
#: A negation and the words after it, up to the next punctuation: "arrests, not people who crossed".
NEGATION = re.compile(r"\b(?:not|rather than|instead of|nor|never|no)\b[^,;:.()]*", re.I)


def people_wording(sentence: str) -> str | None:
    """The first word of ``sentence`` that counts people or crossings, outside a negation; None if there is none."""
    negated = [m.span() for m in NEGATION.finditer(sentence)]
    for match in PEOPLE.finditer(sentence):
        if not any(start <= match.start() < end for start, end in negated):
            return match.group(0)
    return None


def owner_of(sentence: str, start: int, end: int, mentions, *, owner: re.Pattern, after: re.Pattern) -> str | None:
    """Whose a number is, among ``mentions`` (start, end, name) of the subjects a sentence names.

    "X's N" (``owner`` matches the text between X and N), then "N ... in X" (``after`` matches the text
    between N and X), then the subject named nearest before the number in its clause, then in the
    sentence, then the first named after it.
    """
    before = [m for m in mentions if m[1] <= start]
    later = [m for m in mentions if m[0] >= end]
    for m in reversed(before):
        if owner.match(sentence[m[1] : start]):
            return m[2]
    for m in later:
        if after.match(sentence[end : m[0]]):
            return m[2]
    clause = clause_of(sentence, start)
    clause_start = sentence.find(clause) if clause else start
    in_clause = [m for m in before if m[0] >= clause_start]
    if in_clause:
        return in_clause[-1][2]
    if before:
        return before[-1][2]
    return later[0][2] if later else None


# --- "lowest since" / "highest since"


class _Stopped:
    """What a student's function gave when it stopped with an error where no earlier year qualifies."""

    def __init__(self, error: Exception):
        self.error = error


def _one_number(value: object) -> float | None:
    return _number(value) if getattr(value, "ndim", 0) == 0 else None


def expect_since(
    function: object,
    *,
    name: str,
    compare: str,
    counts: pd.Series,
    years: Iterable[int],
    data: str = "counts",
    hidden: Iterable[int] = (),
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """A student's ``name(counts, year)``: "the lowest since" (``compare="lowest"``: the most recent earlier
    year with a strictly lower count) or "the highest since" (``"highest"``: strictly higher), None when no
    earlier year is. The truth is :func:`helpers.story.lowest_since` / ``highest_since``.

    Tried on ``counts`` (called ``data`` in the notebook) for each of ``years``, then on two made-up series:
    a tie (a year with the same count never ends the run) and a first year (no earlier year at all). A hint
    never shows the answer for a year of ``hidden`` (one a later cell or exercise asks for). ``mistakes``
    (message: predicate on (arguments, result), as for :func:`expect_function`) come before the kit's own
    hints: a table returned, the other comparison, the most extreme year instead of the most recent, a
    number of years, a later year, ``<=`` for ``<``, and no ``None`` (or an error) when no year qualifies.
    """
    from helpers.story import since

    if compare not in ("lowest", "highest"):
        raise ValueError(f'compare must be "lowest" or "highest", not {compare!r}')
    if unanswered(function):
        return hint(NOT_ANSWERED)
    if not callable(function):
        return hint(
            f"`{name}` should be the function itself, but it is {kind(function)}. Pass it without brackets: "
            f"`{name}`, not `{name}(...)`."
        )
    than, other = ("lower", "higher") if compare == "lowest" else ("higher", "lower")
    sign = "<" if compare == "lowest" else ">"
    other_name = "highest_since" if compare == "lowest" else "lowest_since"
    made_up = [5, 3, 4, 3] if compare == "lowest" else [3, 5, 4, 5]
    tie = pd.Series(made_up, index=[2000, 2001, 2002, 2003])
    first = pd.Series(made_up[:3], index=[2000, 2001, 2002])
    years, hidden = [int(y) for y in years], {int(y) for y in hidden}
    truth = {year: since(counts, year, than=than) for year in years}
    cases = [((counts, year), truth[year]) for year in years] + [((tie, 2003), None), ((first, 2000), None)]

    def tried(series, year):  # an error where no year qualifies is a mistake with its own hint
        try:
            return function(series, year)
        except Exception as error:
            if since(series, year, than=than) is None:
                return _Stopped(error)
            raise

    def on_data(arguments, year=None) -> bool:
        return arguments[0] is counts and (year is None or arguments[1] == year)

    def same_year(result, expected) -> bool:
        if result is None or expected is None:
            return result is None and expected is None
        return same_number(_one_number(result), expected)

    words = {"compare": compare, "than": than, "sign": sign}
    found: dict[str, Callable] = {
        f"When no earlier year is {than} (the first year of a series, or a tie), your function stops with an "
        f"error. Return `None` when there are no {than} years (`if len(...) ...`), so that no one prints "
        f'"{compare} since" a year that is not {than}.': lambda a, r: isinstance(r, _Stopped),
        f"`{name}` returned a table. Return one year: the largest label of the {than} years' index "
        "(`.index.max()`).": lambda a, r: isinstance(r, pd.Series | pd.DataFrame),
        "With counts {counts} your function says the last year was the {compare} since the second year, whose "
        "count is the *same*. The course's definition is strictly {than}: use `{sign}`, not `{sign}=`.".format(
            counts=", ".join(map(str, made_up)), **words
        ): lambda a, r: a[0] is tie and same_year(r, 2001),
        "With counts {counts} no earlier year is {than} than the last one (the second year's count is the "
        "same), so your function should return `None` there.".format(
            counts=", ".join(map(str, made_up)), **words
        ): lambda a, r: a[0] is tie,
        f"When no earlier year is {than} your function returned a year. Return `None` then, so that no one "
        f'prints "{compare} since" a year that is not {than}.': lambda a, r: a[0] is first,
    }
    for year in years:
        expected = truth[year]
        flipped = since(counts, year, than=other)
        if flipped is not None and flipped != expected:
            found[
                f"For FY{year} your function returned FY{flipped}, a year with a *{other}* count: that is "
                f"`{other_name}`. Turn the comparison round: keep the years with a {than} count (`{sign}`)."
            ] = lambda a, r, y=year, f=flipped: on_data(a, y) and same_year(r, f)
        beyond = (counts < counts[year]) if than == "lower" else (counts > counts[year])
        earlier = counts[(counts.index < year) & beyond]
        extreme = int(earlier.idxmin() if than == "lower" else earlier.idxmax()) if len(earlier) else None
        if extreme is not None and extreme != expected:
            found[
                f"For FY{year} your function returned FY{extreme}, the {compare} of all the earlier years. "
                f'"{compare.capitalize()} since" wants the most *recent* {than} year: the largest year label.'
            ] = lambda a, r, y=year, e=extreme: on_data(a, y) and same_year(r, e)
    found["Your function returned a number of years. Return the year itself; the notebook subtracts afterwards."] = (
        lambda a, r: on_data(a) and truth[a[1]] is not None and same_year(r, a[1] - truth[a[1]])
    )
    found[
        f"Your function returned a *later* year. Keep only the years before `year` (`counts.index < year`) "
        f"as well as the {than} counts."
    ] = lambda a, r: on_data(a) and (_one_number(r) or 0) > a[1]
    for year in years:
        if year in hidden:
            message = (
                f"For FY{year} your function does not give the most recent earlier year with a {than} count. "
                f"Keep the years that are both earlier and {than}, then take the latest of them."
            )
        else:
            should = f"FY{truth[year]}" if truth[year] is not None else f"None (no earlier year is {than})"
            message = (
                f"`{name}({data}, {year})` should be {should}, but your function gives something else. Keep the "
                f"years that are both earlier and {than}, then take the latest of them."
            )
        found[message] = lambda a, r, y=year: on_data(a, y)
    return expect_function(
        tried,
        cases,
        name=name,
        what=f"the course's `{compare}_since`",
        compare=same_year,
        mistakes={**(mistakes or {}), **found},
        success=success
        or (
            f"Your `{name}` gives the course's answer for every year tried: the most recent earlier year with a "
            f"strictly {than} count, or None when there is none."
        ),
    )
