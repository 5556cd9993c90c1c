"""The check kit: one way to judge a number, a list, a Series or a table, with one message policy.

Checks judge **values, not representation**: index labels (unless they carry meaning, such as fiscal
years), int against float of an equal value, a Series' name and the order of columns never decide a
verdict. Messages say what is wrong, why it matters and what to try, in plain words; numbers are
shown as the course writes them (1,171,400, never 1.1714e+06); a type is named with its article
("an int", "a DataFrame").

Each ``expect_*`` returns a :class:`~helpers.checks.feedback.Feedback`. ``mistakes`` maps a
message to a known wrong answer (a value, or a callable that says whether an answer is that
mistake): when the answer matches one, the check gives that message instead of a general hint.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

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


def expect_number(
    answer: object,
    expected: float,
    *,
    name: str,
    what: str,
    tolerance: float = 0.0,
    mistakes: Mistakes = None,
    success: str | None = None,
) -> Feedback:
    """One number: ``name`` should be ``what`` (``expected``, within ``tolerance``)."""
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
        return hint(f"`{name}` has {len(values)} item{'s' if len(values) != 1 else ''}; {what} has {len(expected)}.")
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
        return hint(f"`{name}` has {len(answer)} value{'s' if len(answer) != 1 else ''}; {what} has {len(expected)}.")
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
            f"`{name}` {verb} {len(answer)} row{'s' if len(answer) != 1 else ''}; {what} has {len(expected)}. "
            "Check the condition that chooses the rows."
        )
    if ordered and _same_table(answer, expected, wanted, index, False, tolerance):
        return hint(f"`{name}` holds the right rows in another order. Sort it as the prompt says.")
    for column in wanted:
        a, e = _rows(answer, index, ordered, wanted)[column], _rows(expected, index, ordered, wanted)[column]
        if not same_values(a, e, tolerance=tolerance):
            return hint(f"`{name}` has the right number of rows, but its `{column}` column does not hold what {what} needs.")
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
