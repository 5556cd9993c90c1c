"""Self-checks for notebook 01 (reading the article as data)."""

from __future__ import annotations

import re

from helpers.article import extract_figures, load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered
from helpers.data import load_figure_annotations

__all__ = ["check_digit_pattern", "check_annotated_ledger", "check_troop_figures", "check_ledger_finding"]

#: The digit pattern the lesson builds: thousands groups first, then plain runs of digits.
DIGIT_NUMBERS = r"\d{1,3}(?:,\d{3})+|\d+"


def _article_text() -> str:
    return load_article().text


def check_digit_pattern(pattern: object) -> Feedback:
    """Exercise: a pattern that finds every number written in digits, keeping "1,145" whole."""
    if unanswered(pattern):
        return hint(NOT_ANSWERED)
    if isinstance(pattern, re.Pattern):
        pattern = pattern.pattern
    if not isinstance(pattern, str):
        return hint(f'`my_pattern` should be a string such as r"\\d+", but it is a {type(pattern).__name__}.')
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        return hint(
            f'Python cannot read that pattern ({error}). Check the brackets and backslashes; write it as a raw string, r"...".'
        )
    if compiled.groups:
        groups = "a capturing group" if compiled.groups == 1 else f"{compiled.groups} capturing groups"
        sample = [f for f in compiled.findall(_article_text()) if f and f != ("",) * compiled.groups][:3]
        shown = ", ".join(repr(f) for f in sample) + ", ..." if sample else "empty strings"
        return hint(
            f"Your pattern has {groups} `( )`. When a pattern has groups, `re.findall` returns what the groups "
            f"matched (here {shown}), not the whole numbers. Keep the brackets but make "
            "them non-capturing: put `?:` right after the opening bracket."
        )
    found = compiled.findall(_article_text())
    text = _article_text()
    expected = re.findall(DIGIT_NUMBERS, text)
    if found == expected:
        return right(
            f"Your pattern finds all {len(expected)} numbers written in digits, and keeps 1,145 and 2,200 whole."
        )
    if "145" in found and "1" in found:
        return hint(
            "You counted 1,145 as two numbers, 1 and 145. Allow a comma followed by exactly three digits: `(?:,\\d{3})+`."
        )
    if any(f.endswith(",") or f.startswith(",") or ", " in f for f in found):
        return hint(
            'Some matches include a comma that is not a thousands separator (as in "Texas, 115"). A thousands comma is always followed by exactly three digits.'
        )
    if any(re.search(r"\D", f.replace(",", "")) for f in found):
        return hint("Some matches contain letters or spaces. Use `\\d` for digits and keep words out of this pattern.")
    missing = [e for e in expected if e not in found]
    if missing:
        return hint(
            f"Your pattern misses {', '.join(missing[:4])}. Does it allow numbers of one or two digits, and numbers without commas (`|\\d+`)?"
        )
    return hint(
        f"Your pattern finds {len(found)} matches where the article has {len(expected)} numbers in digits. Print `re.findall(my_pattern, article.text)` and compare."
    )


def _annotated_ledger():
    return extract_figures(_article_text()).merge(load_figure_annotations(), on=["text", "start"], how="left")


def check_troop_figures(count: object) -> Feedback:
    """Exercise: how many figures in the ledger count troops?"""
    if unanswered(count):
        return hint(NOT_ANSWERED)
    if is_table(count):
        return hint(
            "That is a table or a column, not a number. Count its rows with `len(...)` or add up a True/False column with `.sum()`."
        )
    problem = feedback.not_a_number(count)
    if problem is not None:
        return problem
    value = feedback.as_number(count)
    if value != int(value):
        return hint(f"`n_troop_figures` should be a whole number (a count of figures), but it is {value}.")
    count = int(value)
    ledger = _annotated_ledger()
    troops = ledger[ledger["counts"] == "troops"]
    if count == len(troops):
        return right(
            f"{len(troops)} of the {len(ledger)} figures count troops: the active-duty 800 (twice) and the National Guard total with its four states."
        )
    if count == len(ledger):
        return hint('You counted every figure. Keep only the rows whose `counts` column is "troops".')
    if count == troops["text"].nunique():
        return hint(
            'You counted distinct texts, but "800" appears twice (headline and first paragraph). Count rows, not unique values.'
        )
    if count == int((ledger["kind"] == "number").sum()):
        return hint(
            "You used the `kind` column: it says how a figure is written (a number, a year, a date). What a figure counts is in the `counts` column."
        )
    return hint(
        'Not that many. Compare the `counts` column of `annotated` with "troops", then count the Trues with `.sum()` (or the rows it keeps with `len(...)`).'
    )


def check_annotated_ledger(table: object) -> Feedback:
    """Typed cell: the ledger merged with datasets/figure_annotations.csv on text and start."""
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if not hasattr(table, "columns") or not hasattr(table, "merge"):
        return hint(
            f"`annotated` should be a table (a DataFrame), the result of `merge`, but it is a {type(table).__name__}."
        )
    expected = _annotated_ledger()
    columns = [str(c) for c in table.columns]
    doubled = [c for c in columns if c.endswith(("_x", "_y"))]
    if doubled:
        return hint(
            f"Your table has columns {', '.join(doubled[:4])}: pandas adds `_x` and `_y` when both tables have a "
            "column of the same name. That happens when the table you merge already has the notes (a merge run "
            "twice into the same variable). Merge the plain `ledger` from `extract_figures` with `notes`, and store "
            "the result under a new name."
        )
    missing = [c for c in ("counts", "attributed_to", "about") if c not in columns]
    if missing:
        return hint(
            f"Your table has no {', '.join(f'`{c}`' for c in missing)} column: the notes are not joined yet. "
            "Use `merge` with the notes table."
        )
    if len(table) > len(expected):
        return hint(
            f'Your table has {len(table)} rows, the ledger only {len(expected)}. "800" appears twice in the article: '
            "joined on `text` alone, each 800 finds both notes. Join on the text **and** the position, `start`."
        )
    if len(table) < len(expected):
        return hint(
            f"Your table has {len(table)} rows, the ledger {len(expected)}: some figures lost their row. "
            'Keep every figure of the ledger (`how="left"`) and join on both `text` and `start`.'
        )
    if table["counts"].isna().any():
        return hint(
            "Some figures have no note (`counts` is empty). Join on both `text` and `start`, and check `_merge`."
        )
    mine = table[["text", "counts", "attributed_to"]].astype(str).reset_index(drop=True)
    if not mine.equals(expected[["text", "counts", "attributed_to"]].astype(str).reset_index(drop=True)):
        return hint(
            "The notes landed on the wrong figures. Join on the key columns `text` and `start`, not on the row number."
        )
    return right(f"All {len(expected)} figures have their own note, and no figure gained or lost a row.")


def ledger_evidence() -> dict[str, float]:
    """What a finding about the figures ledger can state: counts by column, and each figure's value."""
    ledger = _annotated_ledger()
    evidence: dict[str, float] = {
        "figures in the ledger": len(ledger),
        "paragraphs with a figure": ledger["paragraph"].nunique(),
    }
    for column in ("counts", "kind", "attributed_to", "paragraph"):
        for key, n in ledger[column].value_counts().items():
            evidence[f"figures with {column} = {key}"] = int(n)
    for text, value in zip(ledger["text"], ledger["value"]):
        evidence[f"the figure {text!r}"] = float(value)

    evidence["paragraphs (headline excluded)"] = len(load_article().paragraphs)
    return evidence


def check_ledger_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about the figures ledger, with a number computed from it."""
    return feedback.check_numbers_in_sentence(sentence, ledger_evidence(), what="the figures ledger")
