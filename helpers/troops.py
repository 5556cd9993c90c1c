"""The article's National Guard table, parsed from its sentence: what lesson 02 teaches, reusable.

Lesson 02 builds this table step by step; later lessons (charts, the explorer) and the
self-checks need the same table without repeating the lesson, so the parsing lives here.
Everything is read from the article's text: change the text and the table changes.
"""

from __future__ import annotations

import pandas as pd

from helpers.article import extract_figures, load_article

#: "1,145 soldiers in Texas", "115 in New Mexico": a number, maybe "soldiers", "in", a state name.
TROOPS_IN_STATE = r"(?P<troops>\d{1,3}(?:,\d{3})*)\s+(?:soldiers\s+)?in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"


def guard_figures() -> pd.DataFrame:
    """The ledger rows of the sentence about the National Guard (its total first, then the states)."""
    ledger = extract_figures(load_article().text)
    return ledger[ledger["sentence"].str.contains("national guard", case=False)]


def guard_sentence() -> str:
    """The article's sentence that splits the National Guard troops by state."""
    return guard_figures()["sentence"].iloc[0]


def stated_total() -> int:
    """The total the sentence states ("There are 2,200 national guard troops ...")."""
    return int(guard_figures()["value"].iloc[0])


def guard_table() -> pd.DataFrame:
    """One row per state: ``state`` and ``troops`` (int), in the article's order."""
    table = pd.Series([guard_sentence()]).str.extractall(TROOPS_IN_STATE).reset_index(drop=True)
    table["troops"] = table["troops"].str.replace(",", "").astype(int)
    return table[["state", "troops"]]
