"""The self-checks of notebook 01 recognise the common wrong answers."""

import re

import pytest

from helpers import checks, data
from helpers.article import extract_figures, load_article


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (..., "Replace the `...`"),
        (r"\d+", "You counted 1,145 as two numbers"),
        (r"\d[\d,]*\s?", "letters or spaces"),
        (r"\d{3}", "misses 7,000"),
        (r"(\d+)(,\d{3})?", "capturing groups"),
        (r"\d{1,3}(?:,\d{3}", "cannot read that pattern"),
        (42, "should be a string"),
    ],
    ids=["unanswered", "digits-only", "spaces", "three-digits", "groups", "syntax-error", "not-a-string"],
)
def test_digit_pattern_hints(pattern, expected):
    feedback = checks.check_digit_pattern(pattern)
    assert not feedback.ok and expected in feedback.message


def test_digit_pattern_right_as_string_or_compiled():
    assert checks.check_digit_pattern(r"\d{1,3}(?:,\d{3})+|\d+").ok
    assert checks.check_digit_pattern(re.compile(r"\d{1,3}(?:,\d{3})+|\d+")).ok


def annotated():
    return extract_figures(load_article().text).merge(data.load_figure_annotations(), on=["text", "start"])


def test_troop_figures():
    ledger = annotated()
    right = (ledger["counts"] == "troops").sum()
    assert checks.check_troop_figures(right).ok
    assert checks.check_troop_figures(int(right)).ok
    assert "every figure" in checks.check_troop_figures(len(ledger)).message
    assert "distinct texts" in checks.check_troop_figures(ledger.loc[ledger["counts"] == "troops", "text"].nunique()).message
    assert "`kind` column" in checks.check_troop_figures(int((ledger["kind"] == "number").sum())).message
    assert "table or a column" in checks.check_troop_figures(ledger[ledger["counts"] == "troops"]).message
    assert "Replace the `...`" in checks.check_troop_figures(...).message


def test_every_figure_of_the_article_has_exactly_one_note():
    """A change to the extractor or the article cannot leave a note on the wrong figure."""
    figures = extract_figures(load_article().text)[["text", "start"]]
    notes = data.load_figure_annotations()[["text", "start"]].astype({"start": "int64"})
    merged = figures.merge(notes, how="outer", indicator=True)
    assert merged["_merge"].eq("both").all(), merged[merged["_merge"] != "both"]
