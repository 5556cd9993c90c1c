"""The self-checks of notebook 00 give a specific hint for each common mistake."""

import pytest

from helpers import checks, paths

TEXT = paths.ARTICLE.read_text(encoding="utf-8")
HEADLINE = TEXT.splitlines()[0]


def test_right_headline():
    feedback = checks.check_headline(HEADLINE)
    assert feedback.ok and HEADLINE in feedback.message and repr(feedback).startswith("Right!")


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (TEXT, "whole article"),
        (TEXT.splitlines(), "index it with `[0]`"),
        (HEADLINE + "\n", "`.strip()`"),
        ("", "empty line"),
        (42, "should be text"),
        (TEXT.splitlines()[2], "not the first line"),
    ],
    ids=["unanswered", "whole-text", "list-of-lines", "trailing-newline", "empty", "number", "another-line"],
)
def test_headline_hints(answer, expected):
    feedback = checks.check_headline(answer)
    assert not feedback.ok and expected in feedback.message
    assert repr(feedback).startswith("Not yet.")


def test_dataset_count():
    csvs = list(paths.DATASETS.glob("*.csv"))
    everything = [p for p in paths.DATASETS.iterdir() if p.is_file()]
    assert len(everything) > len(csvs), "datasets/ holds its README next to the data"
    assert checks.check_dataset_count(len(csvs)).ok
    assert "only the CSV files" in checks.check_dataset_count(len(everything)).message
    assert "`len(list(...))`" in checks.check_dataset_count(paths.DATASETS.glob("*.csv")).message
    assert "whole number" in checks.check_dataset_count("7").message
    assert "Replace the `...`" in checks.check_dataset_count(...).message
    assert "is not what the folder holds" in checks.check_dataset_count(len(csvs) + 100).message


def test_headline_check_reports_a_damaged_article_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "ARTICLE", tmp_path / "article.txt")
    with pytest.raises(FileNotFoundError, match="git checkout seeds/article.txt"):
        checks.check_headline("anything")
    (tmp_path / "article.txt").write_bytes(b"")
    with pytest.raises(ValueError, match="empty"):
        checks.check_headline("anything")


def test_feedback_helpers_read_numbers_and_spot_tables():
    import pandas as pd

    from helpers.checks.feedback import as_number, is_table

    assert as_number(3) == 3.0 and as_number(True) is None and as_number(pd.Series([1])) is None
    assert as_number("24.4%") is None and as_number("24.4%", from_text=True) == 24.4
    assert as_number("FY2012", from_text=True) == 2012.0 and as_number("1,234", from_text=True) == 1234.0
    assert is_table(pd.DataFrame({"a": [1]})) and not is_table(pd.Series([1]).sum())
