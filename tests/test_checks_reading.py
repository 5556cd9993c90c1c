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


# --------------------------------------------------------------------------- the typed cells' checks

import pandas as pd  # noqa: E402

from helpers import paths  # noqa: E402
from helpers.article import sentences  # noqa: E402

ARTICLE = load_article()
LEDGER = extract_figures(ARTICLE.text)
NOTES = data.load_figure_annotations()


def test_article_sentences_valid_ways():
    assert checks.check_article_sentences(sentences(ARTICLE.text)).ok
    assert checks.check_article_sentences(list(sentences(load_article().text))).ok
    assert checks.check_article_sentences(tuple(sentences(ARTICLE.text))).ok
    assert checks.check_article_sentences([*sentences(ARTICLE.text)]).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (ARTICLE.paragraphs, "holds the paragraphs"),
        (sentences(ARTICLE.title), "only the headline"),
        (ARTICLE.text.split(". "), "full stop"),
        (len(sentences(ARTICLE.text)), "should be a list"),
        (..., "Replace the `...`"),
    ],
    ids=["paragraphs", "headline", "split-at-stops", "a-count", "unanswered"],
)
def test_article_sentences_hints(answer, expected):
    feedback = checks.check_article_sentences(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_ledger_valid_ways():
    assert checks.check_ledger(extract_figures(ARTICLE.text)).ok
    assert checks.check_ledger(LEDGER[list(reversed(LEDGER.columns))]).ok, "column order does not matter"
    assert checks.check_ledger(LEDGER.set_index("start", drop=False)).ok, "row labels do not matter"
    assert checks.check_ledger(extract_figures(load_article().text).reset_index(drop=True)).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (extract_figures(ARTICLE.title), "only the headline"),
        (extract_figures("\n\n".join(ARTICLE.paragraphs)), "misses the headline"),
        (LEDGER[["text", "kind", "value", "paragraph", "start"]], "only some columns"),
        (extract_figures, "is a function"),
        (len(LEDGER), "should be a table"),
    ],
    ids=["headline", "paragraphs-joined", "some-columns", "function", "a-count"],
)
def test_ledger_hints(answer, expected):
    feedback = checks.check_ledger(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_notes_valid_ways():
    assert checks.check_notes(data.load_figure_annotations()).ok
    assert checks.check_notes(pd.read_csv(paths.DATASETS / "figure_annotations.csv")).ok
    assert checks.check_notes(NOTES[list(reversed(NOTES.columns))]).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (NOTES.head(3), "only the first rows"),
        (data.load_figure_annotations, "function itself"),
        (data.load_story_figures(), "needs the columns"),
        (..., "Replace the `...`"),
    ],
    ids=["head", "function", "another-file", "unanswered"],
)
def test_notes_hints(answer, expected):
    feedback = checks.check_notes(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_joined_valid_ways():
    keys = ["text", "start"]
    assert checks.check_joined(LEDGER.merge(NOTES, on=keys, how="left", validate="one_to_one", indicator=True)).ok
    assert checks.check_joined(pd.merge(LEDGER, NOTES, on=keys, how="left", indicator=True)).ok
    assert checks.check_joined(NOTES.merge(LEDGER, on=keys, how="right", indicator=True)).ok, "the other way round"
    assert checks.check_joined(LEDGER.merge(NOTES, on=["start", "text"], indicator=True)).ok, "keys in another order"


@pytest.mark.parametrize(
    "answer, expected",
    [
        (LEDGER.merge(NOTES, on="text", how="left", indicator=True), "`_x` and `_y`"),
        (LEDGER.merge(NOTES, on=["text", "start"], how="left"), "no `_merge` column"),
        (
            LEDGER.merge(NOTES, on=["text", "start"], how="left").merge(NOTES, on=["text", "start"], indicator=True),
            "`_x` and `_y`",
        ),
        (LEDGER, "needs the columns"),
        (..., "Replace the `...`"),
    ],
    ids=["text-only", "no-indicator", "merged-twice", "not-merged", "unanswered"],
)
def test_joined_hints(answer, expected):
    feedback = checks.check_joined(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


VERBS = r"\b(?:reported|said|says|told|tweeted|according to)\b"


@pytest.mark.parametrize(
    "pattern",
    [
        VERBS,
        re.compile(VERBS),
        r"\b(reported|said|says|told|tweeted|according to)\b",
        r"\breported\b|\bsaid\b|\bsays\b|\btold\b|\btweeted\b|\baccording to\b",
    ],
    ids=["non-capturing", "compiled", "capturing", "boundary-per-verb"],
)
def test_attribution_pattern_valid_ways(pattern):
    assert checks.check_attribution_pattern(pattern).ok


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"(?:reported|said|says|told|tweeted|according to)", "inside longer words"),
        (r"\breported|said|says|told|tweeted|according to\b", "inside longer words"),
        ("\b(?:reported|said|says|told|tweeted|according to)\b", "raw string"),
        (r"\b(?:reported|said|told|tweeted)\b", "does not find 'says', 'according to'"),
        (r"\b(?:reported|said|says", "cannot read that pattern"),
        (42, "written as text"),
    ],
    ids=["no-boundaries", "boundaries-on-the-ends-only", "not-raw", "missing-verbs", "syntax", "not-text"],
)
def test_attribution_pattern_hints(pattern, expected):
    feedback = checks.check_attribution_pattern(pattern)
    assert not feedback.ok and expected in feedback.message, feedback.message
