"""Self-checks for notebook 00 (start here)."""

from __future__ import annotations

import pandas as pd

from helpers import paths
from helpers.article import load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, right, unanswered

__all__ = ["check_headline", "check_dataset_count", "check_rows_loaded", "check_dataset_finding"]


def check_headline(headline: object) -> Feedback:
    """Exercise: read the article's headline (its first line) from seeds/article.txt."""
    article = load_article()
    text, expected = article.text, article.title
    if unanswered(headline):
        return hint(NOT_ANSWERED)
    if isinstance(headline, (list, tuple)):
        return hint("You have a list of lines. The headline is the first one: index it with `[0]`.")
    if not isinstance(headline, str):
        return hint(
            f"`headline` should be text (a str), but it is a {type(headline).__name__}. Did you call `.read_text()` on the path?"
        )
    if headline == text or headline.strip() == text.strip():
        return hint("That is the whole article. Split it into lines with `.splitlines()` and keep the first one.")
    if headline.strip() == expected and headline != expected:
        return hint("Almost: your headline has spaces or a line break at an end. Use `.strip()` to remove them.")
    if headline.strip() == "":
        return hint("That is an empty line. The headline is the first line of the file: `.splitlines()[0]`.")
    if headline != expected:
        return hint(
            "That is not the first line of seeds/article.txt. Read the file with `paths.ARTICLE.read_text(encoding='utf-8')` and take `.splitlines()[0]`."
        )
    return right(f"The headline is: {expected!r}")


def check_dataset_count(count: object) -> Feedback:
    """Exercise: count the CSV files in datasets/."""
    csvs = sorted(paths.DATASETS.glob("*.csv"))
    everything = [p for p in paths.DATASETS.iterdir() if p.is_file()]
    if unanswered(count):
        return hint(NOT_ANSWERED)
    if isinstance(count, (list, tuple)) or hasattr(count, "__next__"):
        return hint("You have the files themselves, not how many there are. Wrap them in `len(list(...))`.")
    problem = feedback.not_a_number(count)
    if problem is not None:
        return problem
    value = feedback.as_number(count)
    if value != int(value):
        return hint(f"`n_datasets` should be a whole number (a count of files), but it is {value}.")
    count = int(value)
    if count == len(csvs):
        return right(f"The course ships {len(csvs)} datasets as CSV files; datasets/README.md describes each one.")
    if count == len(everything):
        return hint(
            "You counted every file, including README.md and checksums.sha256. Count only the CSV files: `.glob('*.csv')`."
        )
    if count == 0:
        return hint(
            "Zero files: did you look in `paths.DATASETS`? A relative path like `Path('datasets')` depends on where the notebook runs."
        )
    return hint(
        f"{count} is not what the folder holds. List them first with `sorted(paths.DATASETS.glob('*.csv'))`, then take `len(...)`."
    )


def _yearly():
    return pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")


def check_rows_loaded(n_rows: object) -> Feedback:
    """Typed cell: the number of rows of datasets/apprehensions_by_fiscal_year.csv, counted with len()."""
    if isinstance(n_rows, (list, tuple)):
        return hint("That is a list, not a number: `len(...)` of the table gives its number of rows.")
    problem = feedback.not_a_number(n_rows)
    if problem is not None:
        return problem
    yearly = _yearly()
    value = feedback.as_number(n_rows)
    if value == len(yearly):
        first, last = yearly["fiscal_year"].min(), yearly["fiscal_year"].max()
        return right(f"{len(yearly)} rows: one for each fiscal year from {first} to {last}.")
    if value == len(yearly.columns):
        return hint("That is the number of columns. `len(table)` counts the rows.")
    if value == len(yearly) + 1:
        return hint(
            "One too many: the first line of the file is the header (the column names), not a row of data. Count the rows of the table pandas made, with `len(...)`."
        )
    if value == yearly.size:
        return hint("That is the number of cells (rows times columns). `len(table)` counts only the rows.")
    return hint(
        "That is not the number of rows of the yearly file. Load it with `pd.read_csv(...)` and take `len(...)` of the table."
    )


def dataset_evidence() -> dict[str, float]:
    """What a finding about the datasets can state: each file's rows and columns, and how many files there are."""
    csvs = sorted(paths.DATASETS.glob("*.csv"))
    evidence: dict[str, float] = {"number of CSV files in datasets/": len(csvs), 'one (as in "one row per year")': 1}
    for csv in csvs:
        table = pd.read_csv(csv)
        evidence[f"{csv.name}: rows"] = len(table)
        evidence[f"{csv.name}: columns"] = len(table.columns)
    return evidence


def check_dataset_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about a dataset of your choice, with its number of rows (or columns)."""
    return feedback.check_numbers_in_sentence(
        sentence, dataset_evidence(), what="the datasets (rows and columns of each file)"
    )
