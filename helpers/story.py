"""The story's own definitions, in one place below the checks and the explorer.

- ``ARTICLE_YEAR``: the article ran on 25 October 2018, 25 days after FY2018 ended (30 September), in the first month of FY2019.
- ``since(counts, year, than=...)``: the most recent year before ``year`` whose count was strictly
  lower (``than="lower"``) or strictly higher (``than="higher"``), or None. ``lowest_since`` and
  ``highest_since`` are its two readings: lesson 03 writes the first, lesson 08 the second, and a
  year with exactly the same count never ends the run.
- ``YEAR``: the course's one pattern for a fiscal or calendar year written in a sentence
  ("2018", "FY2018", "FY 2018"), not part of a longer number ("12,018", "2018.5").

The checks (``helpers.checks``) and the explorer (``helpers.explorer``) import these; nothing here
imports them.
"""

from __future__ import annotations

import re

ARTICLE_YEAR = 2018

#: A year in a sentence: group 1 is the four digits.
YEAR = re.compile(r"(?<![\d,.])(?:FY\s?|fiscal year\s+)?((?:19|20)\d\d)(?![\d%]|[,.]\d)", re.I)


def since(counts, year: int, *, than: str = "lower") -> int | None:
    """The most recent year before ``year`` with a strictly lower (or higher) count; None if there is none."""
    if than not in ("lower", "higher"):
        raise ValueError(f'than must be "lower" or "higher", not {than!r}')
    earlier = counts[counts.index < year]
    beyond = earlier[earlier < counts[year]] if than == "lower" else earlier[earlier > counts[year]]
    return int(beyond.index.max()) if len(beyond) else None


def lowest_since(counts, year: int) -> int | None:
    """The most recent year before ``year`` with a lower count (None if there is none): lesson 03's function."""
    return since(counts, year, than="lower")


def highest_since(counts, year: int) -> int | None:
    """The most recent year before ``year`` with a higher count (None if there is none): lesson 08's function."""
    return since(counts, year, than="higher")
