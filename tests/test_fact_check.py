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
        assert sum(row["evidence"].startswith(f"{text}:") for row in rows) == 1, f"no evidence line starts with {text!r}"


def test_evidence_is_one_line_with_numbers(rows):
    for row in rows:
        assert "\n" not in row["evidence"] and any(ch.isdigit() for ch in row["evidence"]), row["evidence"]
