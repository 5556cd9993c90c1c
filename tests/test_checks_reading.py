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
        (r"\d{3}", "misses 7 numbers of the article: 7,000, 6, 40"),
        (r"(\d+)(,\d{3})?", "capturing groups"),
        (r"\d+(,\d{3})*", "capturing group `( )`"),
        (r"\d{1,3}(,\d{3})+|\d+", "non-capturing"),
        (r"\d{1,3}(?:,\d{3}", "cannot read that pattern"),
        (42, "as text (a str)"),
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
    assert checks.check_annotated_ledger(joined.drop("_merge", axis=1)).ok
    assert checks.check_annotated_ledger(joined[[c for c in joined.columns if c != "_merge"]]).ok
    assert checks.check_annotated_ledger(joined.loc[:, joined.columns != "_merge"].reset_index(drop=True)).ok
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


def test_annotated_ledger_refuses_the_merge_indicator():
    """`annotated = joined` (never dropped) would carry `_merge` into output/figures_ledger.csv."""
    ledger, notes = ledger_and_notes()
    joined = ledger.merge(notes, on=["text", "start"], how="left", validate="one_to_one", indicator=True)
    feedback = checks.check_annotated_ledger(joined)
    assert not feedback.ok and "still has the `_merge` column" in feedback.message
    assert 'columns=["_merge"]' in feedback.message
    inplace = checks.check_annotated_ledger(None)
    assert not inplace.ok and "inplace=True" in inplace.message, "drop(..., inplace=True) gives back None"
    too_much = checks.check_annotated_ledger(joined.drop(columns=["_merge", "about"]))
    assert not too_much.ok and "`about`" in too_much.message
    assert "it is an int" in checks.check_annotated_ledger(13).message


def test_ledger_finding():
    ledger = annotated()
    attributed = ledger["attributed_to"].value_counts().drop("the article itself")
    example = f"Only {attributed.sum()} of the article's {len(ledger)} figures is attributed to a source."
    assert checks.check_ledger_finding(example).ok
    n_dates = int((ledger["counts"] == "date").sum())
    assert checks.check_ledger_finding(f"{n_dates} of the figures are dates.").ok
    assert "can't find '14'" in checks.check_ledger_finding(f"The article has {len(ledger) + 1} figures.").message
    assert "can't find '3'" in checks.check_ledger_finding("Only 3 figures are attributed.").message
    assert checks.check_ledger_finding("Two of the figures are dates.").ok, "a number in words is read and checked"
    assert "no number" in checks.check_ledger_finding("Few figures are attributed.").message
    assert checks.check_ledger_finding(
        f"The article's largest figure is {ledger.loc[ledger['value'].idxmax(), 'text']}."
    ).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (7, "`finding` is a number, 7, not a sentence"),
        (7.0, "`finding` is a number, 7, not a sentence"),
        ("7", "only a number"),
        ([7], "this is a list"),
    ],
    ids=["an-int", "a-float", "a-number-as-text", "a-list"],
)
def test_ledger_finding_says_a_number_is_not_a_sentence(answer, expected):
    feedback = checks.check_ledger_finding(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message
    assert "a int" not in feedback.message


def test_the_nearest_value_hint_speaks_of_the_ledger_not_of_years_and_places():
    ledger = annotated()
    message = checks.check_ledger_finding(f"The article has {len(ledger) + 1} figures.").message
    assert f"nearest number there is {len(ledger)}" in message and "len(annotated)" in message
    assert "year" not in message and "place" not in message


def test_digit_pattern_with_the_alternatives_in_the_wrong_order():
    feedback = checks.check_digit_pattern(r"\d+|\d{1,3}(?:,\d{3})+")
    assert not feedback.ok and "order of the alternatives matters" in feedback.message
    assert "longer alternative" in feedback.message and "Allow a comma" not in feedback.message
    star = checks.check_digit_pattern(r"\d{1,3}(?:,\d{3})*|\d+").message
    assert "2000 whole" in star and "cuts it into 200, 0" in star and "`+`" in star


def test_digit_pattern_with_two_groups_names_the_tuples():
    message = checks.check_digit_pattern(r"(\d+)(,\d{3})?").message
    assert "tuple" in message and "('1', ',145')" in message


def test_digit_pattern_thousands_only_lists_every_missed_number():
    message = checks.check_digit_pattern(r"\d{1,3}(?:,\d{3})+").message
    assert "misses 8 numbers" in message and "800 (twice), 6, 40, 2000, 115, 580 and 360" in message
    assert "one or two digits" not in message and "|\\d+" in message


def test_digit_pattern_valid_ways():
    for pattern in (
        r"\d{1,3}(?:,\d{3})+|\d+",
        r"\d+,\d{3}|\d+",
        r"\d+(?:,\d{3})*",
        re.compile(r"\d{1,3}(?:,\d{3})+|\d+"),
    ):
        assert checks.check_digit_pattern(pattern).ok, pattern


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


def test_ledger_file_valid_ways(tmp_path):
    annotated = LEDGER.merge(NOTES, on=["text", "start"], how="left", validate="one_to_one", indicator=True).drop(
        columns="_merge"
    )
    path = paths.output_dir() / "figures_ledger.csv"
    annotated.to_csv(path, index=False)
    assert checks.check_ledger_file(path).ok
    assert checks.check_ledger_file(str(path)).ok, "the path as text"
    annotated[list(reversed(annotated.columns))].to_csv(path, index=False, lineterminator="\r\n")
    assert checks.check_ledger_file(path).ok, "columns in another order, Windows line endings"
    annotated.set_index("text").to_csv(path)
    assert checks.check_ledger_file(path).ok, "a meaningful column as the index is written back as that column"
    annotated.to_csv(path, index=False)


@pytest.mark.parametrize(
    "write, expected",
    [
        (lambda table, path: table.assign(_merge="both").to_csv(path, index=False), "`_merge` column"),
        (lambda table, path: table.to_csv(path), "row numbers"),
        (lambda table, path: table.iloc[:-1].to_csv(path, index=False), "keeps 12 rows"),
        (lambda table, path: LEDGER.to_csv(path, index=False), "needs the columns `counts`"),
    ],
    ids=["merge-indicator", "index", "rows-lost", "not-annotated"],
)
def test_ledger_file_hints(write, expected):
    annotated = LEDGER.merge(NOTES, on=["text", "start"], how="left")
    path = paths.output_dir() / "figures_ledger.csv"
    try:
        write(annotated, path)
        feedback = checks.check_ledger_file(path)
        assert not feedback.ok and expected in feedback.message, feedback.message
    finally:
        annotated.to_csv(path, index=False)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (paths.ROOT / "figures_ledger.csv", "no file"),
        ("figures_ledger.csv", "no file"),
        (len(LEDGER), "should be the file's path"),
        (..., "Replace the `...`"),
    ],
    ids=["outside-output", "bare-name", "a-count", "unanswered"],
)
def test_ledger_file_other_hints(answer, expected):
    feedback = checks.check_ledger_file(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_ledger_file_with_another_name_or_outside_the_output_folder(tmp_path):
    table = LEDGER.merge(NOTES, on=["text", "start"], how="left")
    other = paths.output_dir() / "ledger.csv"
    try:
        table.to_csv(other, index=False)
        assert "`figures_ledger.csv`" in checks.check_ledger_file(other).message
    finally:
        other.unlink()
    outside = tmp_path / "figures_ledger.csv"
    table.to_csv(outside, index=False)
    assert "not in the course's output folder" in checks.check_ledger_file(outside).message


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
        (42, "as text (a str)"),
    ],
    ids=["no-boundaries", "boundaries-on-the-ends-only", "not-raw", "missing-verbs", "syntax", "not-text"],
)
def test_attribution_pattern_hints(pattern, expected):
    feedback = checks.check_attribution_pattern(pattern)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_troop_figures_says_too_few_or_too_many():
    ledger = annotated()
    right = int((ledger["counts"] == "troops").sum())
    assert "Too few" in checks.check_troop_figures(right - 2).message
    assert "Too many" in checks.check_troop_figures(right + 1).message
    zero = checks.check_troop_figures(0).message
    assert not checks.check_troop_figures(0).ok and "spelling" in zero and '"Troops"' in zero
    assert zero == checks.check_troop_figures(int((ledger["counts"] == "Troops").sum())).message


def finding_counts():
    ledger = annotated()
    return {
        "total": len(ledger),
        "troops": int((ledger["counts"] == "troops").sum()),
        "dates": int((ledger["counts"] == "date").sum()),
        "paragraph 5": int((ledger["paragraph"] == 5).sum()),
        "unattributed": int((ledger["attributed_to"] == "the article itself").sum()),
        "attributed": int((ledger["attributed_to"] != "the article itself").sum()),
    }


WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()


@pytest.mark.parametrize(
    "template",
    [
        "{troops} of the article's {total} figures count troops.",
        "{words_troops} of the article's {total} figures count troops.",
        "The article has {total} figures, and {troops} count troops.",
        "{paragraph 5} figures stand in paragraph 5.",
        "{paragraph 5} figures stand in the fifth paragraph.",
        "Only {attributed} of the article's {total} figures is attributed to a source.",
        "{unattributed} of the {total} figures are stated by the article itself, with no source.",
        "{dates} of the figures are dates.",
        "The ledger has {troops} troop figures.",
    ],
)
def test_ledger_finding_accepts_each_count_with_its_subject(template):
    counts = finding_counts()
    sentence = template.format(**counts, words_troops=WORDS[counts["troops"]].capitalize())
    feedback = checks.check_ledger_finding(sentence)
    assert feedback.ok and "with the subject your sentence names" in feedback.message, (sentence, feedback.message)


@pytest.mark.parametrize(
    "template, expected",
    [
        # 12 is a count of the ledger, but not of all its figures
        ("The article has {unattributed} figures.", "not the number of all the figures"),
        # the number of paragraphs with a figure, or a figure's own value ("November 6"), not paragraph 5's count
        ("{wrong_paragraph} figures stand in paragraph 5.", 'annotated["paragraph"] == 5'),
        # paragraph 5's count, but the sentence is about troops
        ("{paragraph 5} of the article's {total} figures count troops.", 'annotated["counts"] == "troops"'),
        # the number of dates, but the sentence is about attribution
        ("Only {dates} of the article's {total} figures are attributed to a source.", "attributed_to"),
        # a number in words is checked too
        (
            "{words_wrong} of the article's {total} figures count troops.",
            "as the number of figures whose `counts` is 'troops'",
        ),
        # the hint follows the subject the sentence names (dates), not another count of the same value (troops)
        ("{troops} of the figures are dates.", 'annotated["counts"] == "date"'),
        # the total, stated as a part
        ("{total} figures count troops.", 'annotated["counts"] == "troops"'),
    ],
)
def test_ledger_finding_refuses_a_count_of_something_else(template, expected):
    counts = finding_counts()
    sentence = template.format(
        **counts,
        wrong_paragraph=counts["paragraph 5"] + 2,
        words_wrong=WORDS[counts["troops"] + 1].capitalize(),
    )
    feedback = checks.check_ledger_finding(sentence)
    assert not feedback.ok and expected in feedback.message, (sentence, feedback.message)


def test_a_figures_own_value_is_right_but_has_no_subject():
    feedback = checks.check_ledger_finding("The article's largest figure is a million.")
    assert feedback.ok and "with the subject" not in feedback.message


def attributed_figures_of(table, pattern=r"\b(?:reported|said|says|told|tweeted|according to)\b"):
    return table[table["sentence"].str.contains(pattern)]


@pytest.mark.parametrize(
    "make",
    [
        lambda t: attributed_figures_of(t),
        lambda t: attributed_figures_of(t)[["text", "counts", "sentence"]],
        lambda t: attributed_figures_of(t).reset_index(drop=True),
        lambda t: t[t["sentence"].apply(lambda s: re.search(r"\b(?:reported|said|told)\b", s) is not None)],
        lambda t: t.query("sentence.str.contains(@p)", engine="python", local_dict={"p": "reported"}),
    ],
    ids=["mask", "columns", "reset-index", "apply-re-search", "query"],
)
def test_attributed_figures_valid(make):
    assert checks.check_attributed_figures(make(annotated())).ok


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda t: attributed_figures_of(t, "attribution"), 'str.contains("attribution")'),
        (lambda t: t["sentence"].str.contains(r"\b(?:reported|said)\b"), "column of True/False"),
        (lambda t: t, "keeps every figure"),
        (lambda t: attributed_figures_of(t, "Texas"), "Check the condition"),
    ],
    ids=["variable-name-in-quotes", "the-mask-itself", "no-filter", "another-pattern"],
)
def test_attributed_figures_wrong(make, expected):
    feedback = checks.check_attributed_figures(make(annotated()))
    assert not feedback.ok and expected in feedback.message, feedback.message
