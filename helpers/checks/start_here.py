"""Self-checks for notebook 00 (start here)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.article import load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, right, unanswered
from helpers.checks.kit import expect_table, kind

__all__ = [
    "check_headline",
    "check_dataset_count",
    "check_article_loaded",
    "check_yearly_file",
    "check_rows_loaded",
    "check_dataset_finding",
]


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


def check_article_loaded(article: object) -> Feedback:
    """Typed cell (lessons 00 and 01): ``article = load_article()``, the article with its title, paragraphs and text."""
    if unanswered(article):
        return hint(NOT_ANSWERED)
    expected = load_article()
    if callable(article) and getattr(article, "__name__", "") == "load_article":
        return hint("`article` is the function itself, not the article: call it, with brackets, `load_article()`.")
    if isinstance(article, str):
        if article == expected.title:
            return hint(
                "`article` holds only the headline. Store the whole article, `article = load_article()`, "
                "and show the headline on its own line with `article.title`."
            )
        if article.strip() in (expected.text.strip(), paths.ARTICLE.read_text(encoding="utf-8").strip()):
            return hint(
                "`article` is the article's text as one string. Later cells need its parts too "
                "(`.title`, `.paragraphs`, `.text`): store what `load_article()` gives back."
            )
        return hint(f"`article` is text ({article[:40]!r}...); store what `load_article()` gives back.")
    if isinstance(article, list):
        return hint(
            "`article` is a list (the paragraphs?). Store the whole article, `article = load_article()`: "
            "its paragraphs are then `article.paragraphs`."
        )
    if not all(hasattr(article, part) for part in ("title", "paragraphs", "text")):
        return hint(f"`article` should be what `load_article()` gives back, but it is {kind(article)}.")
    if article.text != expected.text or article.title != expected.title:
        return hint("That is not seeds/article.txt as published. Call `load_article()` with no argument.")
    return right(f"`article` is the article: its headline, {len(expected.paragraphs)} paragraphs and its full text.")


def check_yearly_file(yearly: object) -> Feedback:
    """Typed cell: ``yearly``, datasets/apprehensions_by_fiscal_year.csv read with pd.read_csv (a DataFrame)."""
    if isinstance(yearly, (str, Path)):
        return hint(
            "`yearly` is the file's path (or name), not its table. Give the path to `pd.read_csv(...)`: "
            "it reads the file and gives back the table."
        )
    expected = _yearly()
    other_files = {
        f"`yearly` holds {csv.name}, another file. Read apprehensions_by_fiscal_year.csv.": (
            lambda answer, table=table: len(answer) == len(table) and list(answer.columns) == list(table.columns)
        )
        for csv in sorted(paths.DATASETS.glob("*.csv"))
        if csv.name != "apprehensions_by_fiscal_year.csv"
        for table in [pd.read_csv(csv)]
    }
    return expect_table(
        yearly,
        expected,
        name="yearly",
        what="the yearly file, one row per fiscal year",
        mistakes={
            "`yearly` holds only the first five rows: `.head()` shows them, but the table is the whole file. "
            "Store `pd.read_csv(...)` in `yearly`, then show `yearly.head()` on its own line.": (
                lambda answer: len(answer) == 5 and len(expected) > 5
            ),
            "`yearly` has `fiscal_year` as its row labels, not as a column. Read the file with plain "
            "`pd.read_csv(path)`: later cells use the `fiscal_year` column.": (
                lambda answer: "fiscal_year" not in answer.columns and answer.index.name == "fiscal_year"
            ),
            **other_files,
        },
        success=f"`yearly` is the whole file: {len(expected)} rows and the columns {', '.join(expected.columns[:3])}, ...",
    )


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
