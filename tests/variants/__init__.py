"""Answers the checks are tried on: for every check, ways of writing a right answer and real wrong ones.

One module per lesson's checks module (``tests/variants/troops.py`` for ``helpers/checks/troops.py``),
each with ``VARIANTS``: a dict from a check's name to a list of :class:`Valid` and :class:`Wrong`.

- A :class:`Valid` is a right answer written another way: another idiom (``query`` against a mask,
  ``.loc`` against ``[]``, ``groupby`` against ``pivot_table``, ``nlargest`` against ``sort_values``,
  ``pd.merge(a, b)`` against ``a.merge(b)``, a text path against a ``Path``), or another
  representation of the same value (a float of an equal int, reset row labels, other column order).
  The check must say Right.
- A :class:`Wrong` is a mistake a novice really makes. The check must say Not yet, and its message
  must contain ``says``: the part of the hint that tells what to try.

``make`` builds the answer. It may ask for pytest's ``tmp_path`` and ``monkeypatch`` by naming
them as parameters; it returns the one answer, or :class:`Args` when the check takes several.
``tests/test_check_variants.py`` runs them all and holds every check to three of each;
``python -m tests.variants`` prints the counts by lesson.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

#: The lessons' checks modules, in lesson order.
LESSONS = {
    "00": "start_here",
    "01": "reading",
    "02": "troops",
    "03": "crossings",
    "04": "sectors",
    "05": "charting",
    "06": "explore",
    "07": "sources",
    "08": "aftermath",
    "09": "writeup",
}

#: Where each variants module's checks live: the lessons' modules, and the final assignment's
#: checks on the instructors' side (``grading/hidden.py``).
CHECKS = {module: f"helpers.checks.{module}" for module in LESSONS.values()} | {"hidden": "grading.hidden"}
#: The rows of the counts table: lesson -> variants module.
ROWS = LESSONS | {"final": "hidden"}


@dataclass(frozen=True)
class Args:
    """Several arguments for one check call: ``Args(chart, path)``, ``Args(table, name="x")``."""

    args: tuple
    kwargs: dict = field(default_factory=dict)

    def __init__(self, *args, **kwargs):
        object.__setattr__(self, "args", args)
        object.__setattr__(self, "kwargs", kwargs)


@dataclass(frozen=True)
class Valid:
    label: str
    make: Callable


@dataclass(frozen=True)
class Wrong:
    label: str
    make: Callable
    says: str
