"""Self-checks for notebook 01 (reading the article as data)."""

from __future__ import annotations

import re

from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered

__all__ = ["check_digit_pattern", "check_troop_figures"]

#: The digit pattern the lesson builds: thousands groups first, then plain runs of digits.
DIGIT_NUMBERS = r"\d{1,3}(?:,\d{3})+|\d+"


def _article_text() -> str:
    from helpers.article import load_article

    return load_article().text


def check_digit_pattern(pattern: object) -> Feedback:
    """Exercise: a pattern that finds every number written in digits, keeping "1,145" whole."""
    if unanswered(pattern):
        return hint(NOT_ANSWERED)
    if isinstance(pattern, re.Pattern):
        pattern = pattern.pattern
    if not isinstance(pattern, str):
        return hint(f"`my_pattern` should be a string such as r\"\\d+\", but it is a {type(pattern).__name__}.")
    try:
        found = re.findall(pattern, _article_text())
    except re.error as error:
        return hint(f"Python cannot read that pattern ({error}). Check the brackets and backslashes; write it as a raw string, r\"...\".")
    if found and not all(isinstance(f, str) for f in found):
        return hint("Your pattern has capturing groups `( )`, so findall returns the groups, not whole matches. Use `(?: )` for grouping.")
    text = _article_text()
    expected = re.findall(DIGIT_NUMBERS, text)
    if found == expected:
        return right(f"Your pattern finds all {len(expected)} numbers written in digits, and keeps 1,145 and 2,200 whole.")
    if "145" in found and "1" in found:
        return hint("You counted 1,145 as two numbers, 1 and 145. Allow a comma followed by exactly three digits: `(?:,\\d{3})+`.")
    if any(f.endswith(",") or f.startswith(",") or ", " in f for f in found):
        return hint("Some matches include a comma that is not a thousands separator (as in \"Texas, 115\"). A thousands comma is always followed by exactly three digits.")
    if any(re.search(r"\D", f.replace(",", "")) for f in found):
        return hint("Some matches contain letters or spaces. Use `\\d` for digits and keep words out of this pattern.")
    missing = [e for e in expected if e not in found]
    if missing:
        return hint(f"Your pattern misses {', '.join(missing[:4])}. Does it allow numbers of one or two digits, and numbers without commas (`|\\d+`)?")
    return hint(f"Your pattern finds {len(found)} matches where the article has {len(expected)} numbers in digits. Print `re.findall(my_pattern, article.text)` and compare.")


def _annotated_ledger():
    from helpers.article import extract_figures
    from helpers.data import load_figure_annotations

    return extract_figures(_article_text()).merge(load_figure_annotations(), on=["text", "start"], how="left")


def check_troop_figures(count: object) -> Feedback:
    """Exercise: how many figures in the ledger count troops?"""
    if unanswered(count):
        return hint(NOT_ANSWERED)
    if is_table(count):
        return hint("That is a table or a column, not a number. Count its rows with `len(...)` or add up a True/False column with `.sum()`.")
    if isinstance(count, bool) or not isinstance(count, int) and not hasattr(count, "__index__"):
        return hint(f"`n_troop_figures` should be a whole number, but it is a {type(count).__name__}.")
    count = int(count)
    ledger = _annotated_ledger()
    troops = ledger[ledger["counts"] == "troops"]
    if count == len(troops):
        return right(f"{len(troops)} of the {len(ledger)} figures count troops: the active-duty 800 (twice) and the National Guard total with its four states.")
    if count == len(ledger):
        return hint("You counted every figure. Keep only the rows whose `counts` column is \"troops\".")
    if count == troops["text"].nunique():
        return hint("You counted distinct texts, but \"800\" appears twice (headline and first paragraph). Count rows, not unique values.")
    if count == int((ledger["kind"] == "number").sum()):
        return hint("You used the `kind` column: it says how a figure is written (a number, a year, a date). What a figure counts is in the `counts` column.")
    return hint("Not that many. Filter the ledger with `ledger[\"counts\"] == \"troops\"` and count the rows with `len(...)` or `.sum()`.")
