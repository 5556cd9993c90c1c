"""The self-checks of notebook 00 give a specific hint for each common mistake."""

import re

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
        (42, "as text (a str)"),
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
    assert (
        "not a number" in checks.check_dataset_count("7").message
        and "compute it: `len(list(" in checks.check_dataset_count("7").message
    ), "text is answered with how to compute the count, never with the number to type"
    assert "not a number" in checks.check_dataset_count(str(len(csvs))).message, (
        "the right count as text is not accepted"
    )
    assert "whole number" in checks.check_dataset_count(len(csvs) + 0.5).message
    assert checks.check_dataset_count(float(len(csvs))).ok
    assert "Replace the `...`" in checks.check_dataset_count(...).message
    assert "is not what the folder holds" in checks.check_dataset_count(len(csvs) + 100).message


def test_headline_check_reports_a_damaged_article_clearly(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "ARTICLE", tmp_path / "article.txt")
    with pytest.raises(FileNotFoundError, match=re.escape("git -c core.autocrlf=false checkout -- seeds/article.txt")):
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


def yearly():
    import pandas as pd

    return pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")


def test_rows_loaded():
    table = yearly()
    right = checks.check_rows_loaded(len(table))
    assert right.ok and str(len(table)) in right.message and str(table["fiscal_year"].min()) in right.message
    assert "number of columns" in checks.check_rows_loaded(len(table.columns)).message
    assert "header" in checks.check_rows_loaded(len(table) + 1).message
    assert "number of cells" in checks.check_rows_loaded(table.size).message
    text = checks.check_rows_loaded(str(len(table))).message
    assert "not a number" in text and "compute it: `n_rows = len(yearly)`" in text and "Drop the quotes" not in text
    assert "first five rows" in checks.check_rows_loaded(len(table.head())).message
    assert "whole table" in checks.check_rows_loaded(table).message
    assert "Replace the `...`" in checks.check_rows_loaded(...).message
    assert "not the number of rows" in checks.check_rows_loaded(len(table) - 7).message


def test_rows_loaded_accepts_the_count_however_it_is_computed():
    table = yearly()
    for answer in [len(table), table.shape[0], len(table.index), float(len(table)), table["fiscal_year"].count()]:
        assert checks.check_rows_loaded(answer).ok, answer


def _rows_and_columns(name):
    import pandas as pd

    table = pd.read_csv(paths.DATASETS / name)
    return len(table), len(table.columns)


def test_dataset_finding():
    table = yearly()
    first, last = table["fiscal_year"].min(), table["fiscal_year"].max()
    example = f"The yearly apprehensions file has {len(table)} rows, one for each fiscal year from {first} to {last}."
    assert checks.check_dataset_finding(example).ok
    n_monthly, _monthly_columns = _rows_and_columns("monthly_apprehensions_fy2000_2019.csv")
    monthly = f"The monthly file has {n_monthly:,} rows, one per month."
    assert checks.check_dataset_finding(monthly).ok
    wrong_count = f"The yearly apprehensions file has {len(table) + 1} rows."
    assert f"can't find '{len(table) + 1}'" in checks.check_dataset_finding(wrong_count).message
    assert "can't find '99,999'" in checks.check_dataset_finding("The monthly file has 99,999 rows.").message
    assert "no number" in checks.check_dataset_finding("The yearly file has rows for each fiscal year.").message
    assert "between the quotes" in checks.check_dataset_finding(...).message


def test_dataset_finding_accepts_each_file_named_its_own_way():
    deaths_rows, _ = _rows_and_columns("swb_deaths_by_sector_fy1998_2019.csv")
    sector_rows, _ = _rows_and_columns("swb_apprehensions_by_sector_fy1960_2019.csv")
    profile_rows, profile_columns = _rows_and_columns("sector_profiles_fy2018_2019.csv")
    n_monthly, monthly_columns = _rows_and_columns("monthly_apprehensions_fy2000_2019.csv")
    n_csvs = len(list(paths.DATASETS.glob("*.csv")))
    for sentence in [
        f"The southwest border deaths file has {deaths_rows} rows, one per fiscal year.",  # by its subject
        f"swb_apprehensions_by_sector_fy1960_2019.csv has {sector_rows} rows.",  # by its file name
        f"The sector file has {sector_rows} rows, one per fiscal year.",  # by a weaker word
        f"The sector profiles file has {profile_rows} rows and {profile_columns} columns.",  # rows and columns
        f"The monthly file has {n_monthly} months, in {monthly_columns} columns.",  # rows counted as months
        f"The datasets folder holds {n_csvs} CSV files.",  # the folder, not one file
    ]:
        feedback = checks.check_dataset_finding(sentence)
        assert feedback.ok, (sentence, feedback.message)


def test_dataset_finding_takes_the_count_of_the_file_it_names_only():
    yearly_rows = len(yearly())
    deaths_rows, _ = _rows_and_columns("swb_deaths_by_sector_fy1998_2019.csv")
    _profile_rows, profile_columns = _rows_and_columns("sector_profiles_fy2018_2019.csv")
    assert yearly_rows != deaths_rows
    # another file's count: refused, and the nearest value is from the file the sentence names
    other = checks.check_dataset_finding(f"The southwest border deaths file has {yearly_rows} rows.")
    assert not other.ok and "swb_deaths_by_sector_fy1998_2019.csv" in other.message
    assert "apprehensions_by_fiscal_year" not in other.message and f"is {deaths_rows} " in other.message
    # the columns given as rows
    columns = checks.check_dataset_finding(f"The sector profiles file has {profile_columns} rows.")
    assert not columns.ok and "number of columns" in columns.message and "'columns'" in columns.message
    # no file named
    unnamed = checks.check_dataset_finding(f"The file has {yearly_rows} rows.")
    assert not unnamed.ok and "which file" in unnamed.message
    # a number as a finding
    assert "sentence of text" in checks.check_dataset_finding(yearly_rows).message


def test_every_dataset_has_words_that_name_it():
    from helpers.checks.start_here import FILE_WORDS, files_named

    for csv in paths.DATASETS.glob("*.csv"):
        assert csv.name in FILE_WORDS, f"{csv.name}: add the words a sentence names it by to FILE_WORDS"
        for word in FILE_WORDS[csv.name]["strong"]:
            assert files_named(f"The {word} file has 3 rows.") == [csv], (csv.name, word)


# --------------------------------------------------------------------------- Step 5: the typed cells


def test_article_loaded_accepts_the_article_however_it_is_loaded():
    from helpers import article as article_module
    from helpers.article import load_article

    assert checks.check_article_loaded(load_article()).ok
    assert checks.check_article_loaded(article_module.load_article()).ok
    assert checks.check_article_loaded(load_article(paths.ARTICLE)).ok


@pytest.mark.parametrize(
    "wrong, expected",
    [
        ("function", "call it, with brackets"),
        ("title", "only the headline"),
        ("text", "as one string"),
        ("paragraphs", "a list"),
        (..., "Replace the `...`"),
    ],
)
def test_article_loaded_hints(wrong, expected):
    from helpers.article import load_article

    article = load_article()
    answer = {"function": load_article, "title": article.title, "text": TEXT, "paragraphs": article.paragraphs}.get(
        wrong, wrong
    )
    feedback = checks.check_article_loaded(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_yearly_file_accepts_the_table_however_it_is_read():
    import pandas as pd

    from helpers import data

    path = paths.DATASETS / "apprehensions_by_fiscal_year.csv"
    table = pd.read_csv(path)
    assert checks.check_yearly_file(table).ok
    assert checks.check_yearly_file(pd.read_csv(str(path))).ok
    assert checks.check_yearly_file(table[list(reversed(table.columns))]).ok, "column order does not matter"
    assert checks.check_yearly_file(data.load_apprehensions()).ok, "the checked loader gives the same values"


def test_yearly_file_hints():
    import pandas as pd

    path = paths.DATASETS / "apprehensions_by_fiscal_year.csv"
    assert "first five rows" in checks.check_yearly_file(pd.read_csv(path).head()).message
    assert "path" in checks.check_yearly_file(path).message
    assert "path" in checks.check_yearly_file("apprehensions_by_fiscal_year.csv").message
    assert "row labels" in checks.check_yearly_file(pd.read_csv(path, index_col="fiscal_year")).message
    other = pd.read_csv(paths.DATASETS / "border_length_by_state.csv")
    assert not checks.check_yearly_file(other).ok
    assert "Replace the `...`" in checks.check_yearly_file(...).message
