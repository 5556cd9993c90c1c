"""Right and wrong answers for checks.reading (see tests/variants/__init__.py)."""

import re

import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article, sentences
from tests.variants import Args, Valid, Wrong  # noqa: F401

KEYS = ["text", "start"]
VERBS = r"\b(?:reported|said|says|told|tweeted|according to)\b"


def _article():
    return load_article()


def _ledger() -> pd.DataFrame:
    return extract_figures(load_article().text)


def _notes() -> pd.DataFrame:
    return data.load_figure_annotations()


def _joined() -> pd.DataFrame:
    return _ledger().merge(_notes(), on=KEYS, how="left", validate="one_to_one", indicator=True)


def _annotated() -> pd.DataFrame:
    return _joined().drop(columns=["_merge"])


def _troops(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["counts"] == "troops"]


def _attributed(table: pd.DataFrame, pattern: str = VERBS) -> pd.DataFrame:
    return table[table["sentence"].str.contains(pattern)]


def _output(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    return paths.output_dir()


def _saved(tmp_path, monkeypatch, write, name="figures_ledger.csv"):
    path = _output(tmp_path, monkeypatch) / name
    write(_annotated(), path)
    return path


def _count(key: str) -> int:
    table = _annotated()
    column, value = key.split("=")
    return int((table[column].astype(str) == value).sum())


WORDS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()


VARIANTS: dict[str, list] = {
    "check_article_sentences": [
        Valid("sentences", lambda: sentences(_article().text)),
        Valid("a-tuple", lambda: tuple(sentences(_article().text))),
        Valid("a-copy", lambda: list(sentences(_article().text))),
        Valid("from-the-file", lambda: sentences(paths.ARTICLE.read_text(encoding="utf-8"))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("paragraphs", lambda: _article().paragraphs, "holds the paragraphs"),
        Wrong("headline-only", lambda: sentences(_article().title), "only the headline"),
        Wrong("split-at-stops", lambda: _article().text.split(". "), "full stop"),
        Wrong("a-count", lambda: len(sentences(_article().text)), "should be a list"),
        Wrong("first-paragraph", lambda: sentences(_article().paragraphs[0]), "it should have"),
    ],
    "check_ledger": [
        Valid("extract", _ledger),
        Valid("columns-reversed", lambda: _ledger()[list(reversed(_ledger().columns))]),
        Valid("other-row-labels", lambda: _ledger().set_index("start", drop=False)),
        Valid("from-the-file", lambda: extract_figures(paths.ARTICLE.read_text(encoding="utf-8"))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("headline-only", lambda: extract_figures(_article().title), "only the headline"),
        Wrong("paragraphs-joined", lambda: extract_figures("\n\n".join(_article().paragraphs)), "misses the headline"),
        Wrong("some-columns", lambda: _ledger()[["text", "kind", "value", "paragraph", "start"]], "only some columns"),
        Wrong("the-function", lambda: extract_figures, "is a function"),
        Wrong("a-count", lambda: len(_ledger()), "should be a table"),
    ],
    "check_digit_pattern": [
        Valid("lesson", lambda: r"\d{1,3}(?:,\d{3})+|\d+"),
        Valid("comma-once", lambda: r"\d+,\d{3}|\d+"),
        Valid("star", lambda: r"\d+(?:,\d{3})*"),
        Valid("compiled", lambda: re.compile(r"\d{1,3}(?:,\d{3})+|\d+")),
        Valid("character-class", lambda: r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+"),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("digits-only", lambda: r"\d+", "You counted 1,145 as two numbers"),
        Wrong("three-digits", lambda: r"\d{3}", "one or two digits"),
        Wrong("a-group", lambda: r"\d+(,\d{3})*", "`?:`"),
        Wrong("wrong-order", lambda: r"\d+|\d{1,3}(?:,\d{3})+", "longer alternative"),
        Wrong("star-first", lambda: r"\d{1,3}(?:,\d{3})*|\d+", "`+`"),
        Wrong("thousands-only", lambda: r"\d{1,3}(?:,\d{3})+", "`|\\d+`"),
        Wrong("spaces", lambda: r"\d[\d,]*\s?", "letters or spaces"),
        Wrong("syntax-error", lambda: r"\d{1,3}(?:,\d{3}", "Check the brackets"),
        Wrong("a-number", lambda: 42, "as text (a str)"),
        Wrong("the-numbers-found", lambda: re.findall(r"\d+", load_article().text), "Store the pattern itself"),
    ],
    "check_notes": [
        Valid("loader", _notes),
        Valid("read-csv", lambda: pd.read_csv(paths.DATASETS / "figure_annotations.csv")),
        Valid("columns-reversed", lambda: _notes()[list(reversed(_notes().columns))]),
        Valid("read-csv-text-path", lambda: pd.read_csv(str(paths.DATASETS / "figure_annotations.csv"))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("head", lambda: _notes().head(3), "only the first rows"),
        Wrong("the-function", lambda: data.load_figure_annotations, "Call it, with brackets"),
        Wrong("another-file", lambda: data.load_story_figures(), "needs the columns"),
        Wrong("the-path", lambda: paths.DATASETS / "figure_annotations.csv", "should be a table"),
    ],
    "check_joined": [
        Valid("lesson", _joined),
        Valid("pd-merge", lambda: pd.merge(_ledger(), _notes(), on=KEYS, how="left", indicator=True)),
        Valid("the-other-way-round", lambda: _notes().merge(_ledger(), on=KEYS, how="right", indicator=True)),
        Valid("keys-in-another-order", lambda: _ledger().merge(_notes(), on=["start", "text"], indicator=True)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("on-text-only", lambda: _ledger().merge(_notes(), on="text", how="left", indicator=True), "`_x`"),
        Wrong("no-indicator", lambda: _ledger().merge(_notes(), on=KEYS, how="left"), "indicator=True"),
        Wrong(
            "merged-twice",
            lambda: _ledger().merge(_notes(), on=KEYS, how="left").merge(_notes(), on=KEYS, indicator=True),
            "merge the plain `ledger`",
        ),
        Wrong("not-merged", _ledger, "needs the columns"),
    ],
    "check_annotated_ledger": [
        Valid("drop-columns", _annotated),
        Valid("drop-axis", lambda: _joined().drop("_merge", axis=1)),
        Valid("keep-the-others", lambda: _joined()[[c for c in _joined().columns if c != "_merge"]]),
        Valid("loc-mask", lambda: _joined().loc[:, _joined().columns != "_merge"].reset_index(drop=True)),
        Valid("sorted-by-value", lambda: _annotated().sort_values("value")),
        Valid("merge-without-indicator", lambda: _ledger().merge(_notes(), on=KEYS, how="left")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("inplace", lambda: None, "inplace=True"),
        Wrong("merge-still-there", _joined, 'columns=["_merge"]'),
        Wrong(
            "merged-twice",
            lambda: _ledger().merge(_notes(), on=KEYS, how="left").merge(_notes(), on=KEYS, how="left"),
            "new name",
        ),
        Wrong("on-text", lambda: _ledger().merge(_notes().drop(columns="start"), on="text", how="left"), "**and**"),
        Wrong("not-merged", _ledger, "Use `merge` with the notes table"),
        Wrong("a-row-lost", lambda: _annotated().iloc[:-1], "lost their row"),
        Wrong(
            "notes-by-row-number",
            lambda: _ledger().assign(
                **{c: _notes()[c].iloc[::-1].to_numpy() for c in ("counts", "attributed_to", "about")}
            ),
            "not on the row number",
        ),
        Wrong("a-column-too-many-dropped", lambda: _joined().drop(columns=["_merge", "about"]), "`about`"),
    ],
    "check_attribution_pattern": [
        Valid("non-capturing", lambda: VERBS),
        Valid("compiled", lambda: re.compile(VERBS)),
        Valid("capturing", lambda: r"\b(reported|said|says|told|tweeted|according to)\b"),
        Valid("boundary-per-verb", lambda: r"\breported\b|\bsaid\b|\bsays\b|\btold\b|\btweeted\b|\baccording to\b"),
        Valid("another-order", lambda: r"\b(?:according to|tweeted|told|says|said|reported)\b"),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-boundaries", lambda: r"(?:reported|said|says|told|tweeted|according to)", "word boundary"),
        Wrong("boundaries-on-the-ends", lambda: r"\breported|said|says|told|tweeted|according to\b", "one group"),
        Wrong("no-boundary-after", lambda: r"\b(?:reported|said|says|told|tweeted|according to)", "'reportedly'"),
        Wrong("not-raw", lambda: "\b(?:reported|said|says|told|tweeted|according to)\b", "raw string"),
        Wrong("missing-verbs", lambda: r"\b(?:reported|said|told|tweeted)\b", "List every verb"),
        Wrong("syntax", lambda: r"\b(?:reported|said|says", "Check the brackets"),
        Wrong("a-list", lambda: ["reported", "said", "says", "told", "tweeted", "according to"], "in one pattern"),
    ],
    "check_troop_figures": [
        Valid("sum-of-mask", lambda: (_annotated()["counts"] == "troops").sum()),
        Valid("len-of-rows", lambda: len(_troops(_annotated()))),
        Valid("value-counts", lambda: _annotated()["counts"].value_counts()["troops"]),
        Valid("query", lambda: len(_annotated().query("counts == 'troops'"))),
        Valid("a-float", lambda: float((_annotated()["counts"] == "troops").sum())),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("every-figure", lambda: len(_annotated()), 'Keep only the rows whose `counts` column is "troops"'),
        Wrong("distinct-texts", lambda: _troops(_annotated())["text"].nunique(), "Count rows, not unique values"),
        Wrong("kind-column", lambda: int((_annotated()["kind"] == "number").sum()), "`counts` column"),
        Wrong("the-rows", lambda: _troops(_annotated()), "`len(...)`"),
        Wrong("capital-t", lambda: int((_annotated()["counts"] == "Troops").sum()), "spelling"),
        Wrong("typed-text", lambda: str(_count("counts=troops")), "write `"),
        Wrong("mask-itself", lambda: _annotated()["counts"] == "troops", "`.sum()`"),
    ],
    "check_attributed_figures": [
        Valid("mask", lambda: _attributed(_annotated())),
        Valid("shown-columns", lambda: _attributed(_annotated())[["text", "counts", "sentence"]]),
        Valid("reset-index", lambda: _attributed(_annotated()).reset_index(drop=True)),
        Valid(
            "apply-re-search",
            lambda: _annotated()[_annotated()["sentence"].apply(lambda s: re.search(VERBS, s) is not None)],
        ),
        Valid("query", lambda: _annotated().query("sentence.str.contains(@VERBS)", engine="python")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("name-in-quotes", lambda: _attributed(_annotated(), "attribution"), "without quotes"),
        Wrong("the-mask", lambda: _annotated()["sentence"].str.contains(VERBS), "Put it inside the brackets"),
        Wrong("no-filter", _annotated, "keeps every figure"),
        Wrong("another-pattern", lambda: _attributed(_annotated(), "Texas"), "Check the condition"),
    ],
    "check_ledger_file": [
        Valid(
            "lesson", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, lambda t, p: t.to_csv(p, index=False))
        ),
        Valid(
            "path-as-text",
            lambda tmp_path, monkeypatch: str(_saved(tmp_path, monkeypatch, lambda t, p: t.to_csv(p, index=False))),
        ),
        Valid(
            "columns-reversed-crlf",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path,
                monkeypatch,
                lambda t, p: t[list(reversed(t.columns))].to_csv(p, index=False, lineterminator="\r\n"),
            ),
        ),
        Valid(
            "text-as-index",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, lambda t, p: t.set_index("text").to_csv(p)),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "merge-indicator",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path, monkeypatch, lambda t, p: t.assign(_merge="both").to_csv(p, index=False)
            ),
            "Save `annotated`, the table without `_merge`",
        ),
        Wrong(
            "row-numbers",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, lambda t, p: t.to_csv(p)),
            "index=False",
        ),
        Wrong(
            "rows-lost",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path, monkeypatch, lambda t, p: t.iloc[:-1].to_csv(p, index=False)
            ),
            "keeps 12 rows",
        ),
        Wrong(
            "not-annotated",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, lambda t, p: _ledger().to_csv(p, index=False)),
            "needs the columns `counts`",
        ),
        Wrong(
            "another-name",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path, monkeypatch, lambda t, p: t.to_csv(p, index=False), name="ledger.csv"
            ),
            "Use that name",
        ),
        Wrong(
            "outside-the-output-folder",
            lambda tmp_path, monkeypatch: (
                _output(tmp_path, monkeypatch),
                _annotated().to_csv(tmp_path / "figures_ledger.csv", index=False),
                tmp_path / "figures_ledger.csv",
            )[-1],
            "paths.output_dir()",
        ),
        Wrong("bare-name", lambda tmp_path, monkeypatch: "figures_ledger.csv", "Run the cell that writes it"),
    ],
    "check_ledger_finding": [
        Valid(
            "the-example",
            lambda: (
                f"Only {len(_annotated()) - _count('attributed_to=the article itself')} of the article's "
                f"{len(_annotated())} figures is attributed to a source."
            ),
        ),
        Valid("dates", lambda: f"{_count('counts=date')} of the figures are dates."),
        Valid(
            "troops-in-words",
            lambda: (
                f"{WORDS[_count('counts=troops')].capitalize()} of the article's {len(_annotated())} figures "
                "count troops."
            ),
        ),
        Valid("fifth-paragraph", lambda: f"{_count('paragraph=5')} figures stand in the fifth paragraph."),
        Valid(
            "largest-figure",
            lambda: f"The article's largest figure is {_annotated().loc[_annotated()['value'].idxmax(), 'text']}.",
        ),
        Wrong("unanswered", lambda: ..., "between the quotes"),
        Wrong("one-too-many", lambda: f"The article has {len(_annotated()) + 1} figures.", "len(annotated)"),
        Wrong(
            "a-part-as-the-total",
            lambda: f"The article has {_count('attributed_to=the article itself')} figures.",
            "not the number of all the figures",
        ),
        Wrong(
            "troops-count-for-dates",
            lambda: f"{_count('counts=troops')} of the figures are dates.",
            'annotated["counts"] == "date"',
        ),
        Wrong("a-number", lambda: _count("counts=troops"), "not a sentence"),
        Wrong("no-number", lambda: "Few figures are attributed.", "no number"),
    ],
}
