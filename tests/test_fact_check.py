"""Notebook 03's verdict table, as stored in the committed notebook: fixed vocabulary, the article's own sentences.

The notebook writes output/fact_check.csv and prints the file in the cell tagged ``fact-check-file``;
nbval re-runs the notebook and compares that output, so checking the stored output checks the file.
"""

import csv
import io

import nbformat
import pytest

from helpers import data, paths
from helpers.article import extract_figures, load_article, sentences

NOTEBOOK = paths.NOTEBOOKS / "03-crossing-figures.ipynb"
VERDICTS = {"supported", "partly supported", "not supported", "cannot be checked"}
TAG = "fact-check-file"


@pytest.fixture(scope="module")
def rows():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    tagged = [c for c in nb.cells if c.cell_type == "code" and TAG in c.metadata.get("tags", [])]
    assert len(tagged) == 1, f"notebook 03 needs exactly one code cell tagged {TAG!r}"
    text = "".join(o.text for o in tagged[0].outputs if o.output_type == "stream" and o.name == "stdout")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == ["claim", "verdict", "evidence"]
    return list(reader)


def test_the_notebook_writes_the_file_under_output():
    source = "\n".join(c.source for c in nbformat.read(NOTEBOOK, as_version=4).cells if c.cell_type == "code")
    assert 'paths.output_dir() / "fact_check.csv"' in source


def test_every_verdict_is_from_the_vocabulary(rows):
    assert rows, "the verdict table is empty"
    assert {row["verdict"] for row in rows} <= VERDICTS


def test_every_claim_is_a_sentence_of_the_article(rows):
    article_sentences = set(sentences(load_article().text))
    for row in rows:
        assert row["claim"] in article_sentences, row["claim"]


def test_every_crossing_claim_of_the_ledger_is_checked(rows):
    ledger = extract_figures(load_article().text).merge(data.load_figure_annotations(), on=["text", "start"])
    crossing = ledger[ledger["counts"].isin(["people crossing", "duration"])]
    assert set(crossing["sentence"]) == {row["claim"] for row in rows}
    assert len(rows) == len(crossing), "one row per crossing figure"
    for text in crossing["text"]:
        assert sum(row["evidence"].startswith(f"{text}:") for row in rows) == 1, (
            f"no evidence line starts with {text!r}"
        )


def crossing_figures():
    ledger = extract_figures(load_article().text).merge(data.load_figure_annotations(), on=["text", "start"])
    return ledger[ledger["counts"].isin(["people crossing", "duration"])]


def row_for(rows, text):
    return next(row for row in rows if row["evidence"].startswith(f"{text}:"))


def test_claims_about_people_crossing_cannot_be_checked_with_arrest_counts(rows):
    """Apprehensions are arrest events: they cannot show how many *people crossed*, above or below a figure.

    Under a million apprehensions in FY2002-03 does not show under a million crossed (got-aways are not
    counted), and over a million does not show a million people (repeat arrests), so such a claim is
    "cannot be checked" as worded; the evidence line still gives the arrest counts and says what they count.
    """
    people = crossing_figures()
    people = people[people["counts"] == "people crossing"]
    assert len(people) == 2
    for text in people["text"]:
        row = row_for(rows, text)
        assert row["verdict"] == "cannot be checked", (text, row["verdict"])
        assert "arrests, not people" in row["evidence"], row["evidence"]


def test_the_spring_low_is_judged_on_the_monthly_data(rows):
    """A "low" compares years; spring 2018 had more apprehensions than some earlier springs, so it is not supported."""
    monthly = data.load_monthly()
    springs = monthly[monthly["month_number"].isin([3, 4, 5])].groupby("calendar_year")["swb_apprehensions"].sum()
    earlier_lower = springs.loc[:2017][springs.loc[:2017] < springs[2018]]
    duration = crossing_figures()
    (text,) = duration.loc[duration["counts"] == "duration", "text"]
    row = row_for(rows, text)
    assert len(earlier_lower) > 0 and row["verdict"] == "not supported"
    assert f"{springs[2018]:,}" in row["evidence"] and f"{len(earlier_lower)} springs" in row["evidence"]


def test_the_million_evidence_keeps_its_computed_counts(rows):
    yearly = data.load_apprehensions().set_index("fiscal_year")
    evidence = row_for(rows, "a million")["evidence"]
    for year in range(2000, 2005):
        count = yearly.loc[year, "southwest_border"]
        assert f"FY{year}" in evidence
        if count < 1_000_000:
            assert f"FY{year} ({count:,})" in evidence


def test_evidence_is_one_line_with_numbers(rows):
    for row in rows:
        assert "\n" not in row["evidence"] and any(ch.isdigit() for ch in row["evidence"]), row["evidence"]
