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
        (r"\d+(,\d{3})*", "capturing group `( )`"),
        (r"\d{1,3}(,\d{3})+|\d+", "non-capturing"),
        (r"\d{1,3}(?:,\d{3}", "cannot read that pattern"),
        (42, "should be a string"),
    ],
    ids=[
        "unanswered",
        "digits-only",
        "spaces",
        "three-digits",
        "groups",
        "one-group",
        "one-group-alternatives",
        "syntax-error",
        "not-a-string",
    ],
)
def test_digit_pattern_hints(pattern, expected):
    feedback = checks.check_digit_pattern(pattern)
    assert not feedback.ok and expected in feedback.message


def test_a_capturing_group_is_named_as_such_not_as_a_comma_problem():
    message = checks.check_digit_pattern(r"\d+(,\d{3})*").message
    assert "',145'" in message or "',000'" in message, "the hint shows what findall returned"
    assert "?:" in message and "comma that is not a thousands separator" not in message
    assert r"\d+(?:,\d{3})*" not in message, "the hint must not give the whole pattern"


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
    assert (
        "distinct texts"
        in checks.check_troop_figures(ledger.loc[ledger["counts"] == "troops", "text"].nunique()).message
    )
    assert "`kind` column" in checks.check_troop_figures(int((ledger["kind"] == "number").sum())).message
    assert "table or a column" in checks.check_troop_figures(ledger[ledger["counts"] == "troops"]).message
    assert "not a number" in checks.check_troop_figures(str(int(right))).message, (
        "a count given as text gets the numbers hint"
    )
    assert "write `" in checks.check_troop_figures(str(int(right))).message
    assert "Replace the `...`" in checks.check_troop_figures(...).message


def test_every_figure_of_the_article_has_exactly_one_note():
    """A change to the extractor or the article cannot leave a note on the wrong figure."""
    figures = extract_figures(load_article().text)[["text", "start"]]
    notes = data.load_figure_annotations()[["text", "start"]].astype({"start": "int64"})
    merged = figures.merge(notes, how="outer", indicator=True)
    assert merged["_merge"].eq("both").all(), merged[merged["_merge"] != "both"]


def ledger_and_notes():
    return extract_figures(load_article().text), data.load_figure_annotations()


def test_annotated_ledger_right_and_idempotent():
    ledger, notes = ledger_and_notes()
    joined = ledger.merge(notes, on=["text", "start"], how="left", validate="one_to_one", indicator=True)
    annotated = joined.drop(columns="_merge")
    assert checks.check_annotated_ledger(annotated).ok
    assert checks.check_annotated_ledger(joined).ok, "the indicator column may still be there"
    again = ledger.merge(notes, on=["text", "start"], how="left", validate="one_to_one", indicator=True).drop(
        columns="_merge"
    )
    assert again.equals(annotated), "the lesson's cell gives the same table when run twice"


def test_annotated_ledger_hints():
    ledger, notes = ledger_and_notes()
    once = ledger.merge(notes, on=["text", "start"], how="left")
    twice = once.merge(notes, on=["text", "start"], how="left")
    assert (
        "`_x` and `_y`" in checks.check_annotated_ledger(twice).message
        and "new name" in checks.check_annotated_ledger(twice).message
    )
    on_text = ledger.merge(notes.drop(columns="start"), on="text", how="left")
    assert "appears twice" in checks.check_annotated_ledger(on_text).message
    assert "not joined yet" in checks.check_annotated_ledger(ledger).message
    assert "lost their row" in checks.check_annotated_ledger(once.iloc[:-1]).message
    shuffled = ledger.assign(**{c: notes[c].iloc[::-1].to_numpy() for c in ("counts", "attributed_to", "about")})
    assert "wrong figures" in checks.check_annotated_ledger(shuffled).message
    assert "should be a table" in checks.check_annotated_ledger("ledger").message
    assert "Replace the `...`" in checks.check_annotated_ledger(...).message


def test_ledger_finding():
    ledger = annotated()
    attributed = ledger["attributed_to"].value_counts().drop("the article itself")
    example = f"Only {attributed.sum()} of the article's {len(ledger)} figures is attributed to a source."
    assert checks.check_ledger_finding(example).ok
    n_dates = int((ledger["counts"] == "date").sum())
    assert checks.check_ledger_finding(f"{n_dates} of the figures are dates.").ok
    assert "can't find '14'" in checks.check_ledger_finding(f"The article has {len(ledger) + 1} figures.").message
    assert "can't find '3'" in checks.check_ledger_finding("Only 3 figures are attributed.").message
    assert "no number" in checks.check_ledger_finding("Few figures are attributed.").message
