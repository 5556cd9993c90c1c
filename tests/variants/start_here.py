"""Right and wrong answers for checks.start_here (see tests/variants/__init__.py)."""

import os
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.article import load_article
from tests.variants import Args, Valid, Wrong  # noqa: F401

YEARLY = "apprehensions_by_fiscal_year.csv"


def _text() -> str:
    return paths.ARTICLE.read_text(encoding="utf-8")


def _first_line() -> str:
    with paths.ARTICLE.open(encoding="utf-8") as file:
        return file.readline()


def _yearly() -> pd.DataFrame:
    return pd.read_csv(paths.DATASETS / YEARLY)


def _rows(name: str) -> tuple[int, int]:
    table = pd.read_csv(paths.DATASETS / name)
    return len(table), len(table.columns)


def _first_years() -> tuple[int, int]:
    yearly = _yearly()
    return yearly["fiscal_year"].min(), yearly["fiscal_year"].max()


VARIANTS: dict[str, list] = {
    "check_headline": [
        Valid("splitlines", lambda: _text().splitlines()[0]),
        Valid("split-newline", lambda: _text().split("\n")[0]),
        Valid("partition", lambda: _text().partition("\n")[0]),
        Valid("readline-stripped", lambda: _first_line().strip()),
        Valid("article-title", lambda: load_article().title),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("whole-text", _text, "`.splitlines()`"),
        Wrong("list-of-lines", lambda: _text().splitlines(), "index it with `[0]`"),
        Wrong("readline-with-newline", _first_line, "`.strip()`"),
        Wrong("second-line", lambda: _text().splitlines()[2], "take `.splitlines()[0]`"),
        Wrong("split-at-full-stop", lambda: _text().split(".")[0], "not the first line"),
        Wrong("the-path", lambda: paths.ARTICLE, "`.read_text(encoding='utf-8')`"),
        Wrong("an-empty-line", lambda: _text().splitlines()[1], "empty line"),
    ],
    "check_dataset_count": [
        Valid("len-list-glob", lambda: len(list(paths.DATASETS.glob("*.csv")))),
        Valid("len-sorted-glob", lambda: len(sorted(paths.DATASETS.glob("*.csv")))),
        Valid("sum-generator", lambda: sum(1 for _ in paths.DATASETS.glob("*.csv"))),
        Valid("suffix-loop", lambda: len([p for p in paths.DATASETS.iterdir() if p.suffix == ".csv"])),
        Valid("os-listdir", lambda: len([n for n in os.listdir(paths.DATASETS) if n.endswith(".csv")])),
        Valid("a-float", lambda: float(len(list(paths.DATASETS.glob("*.csv"))))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("every-file", lambda: len(list(paths.DATASETS.iterdir())), "Count only the CSV files"),
        Wrong("the-generator", lambda: paths.DATASETS.glob("*.csv"), "`len(list(...))`"),
        Wrong("the-list", lambda: sorted(paths.DATASETS.glob("*.csv")), "`len(list(...))`"),
        Wrong("typed-text", lambda: str(len(list(paths.DATASETS.glob("*.csv")))), "compute it: `len(list("),
        Wrong("wrong-folder", lambda: len(list(Path(paths.DATASETS, "sources").glob("*.csv"))), "paths.DATASETS"),
        Wrong("json-not-csv", lambda: len(list(paths.DATASETS.glob("*.json"))) + 100, "not what the folder holds"),
    ],
    "check_article_loaded": [
        Valid("load-article", lambda: load_article()),
        Valid("module-attribute", lambda: __import__("helpers.article", fromlist=["x"]).load_article()),
        Valid("path-given", lambda: load_article(paths.ARTICLE)),
        Valid("path-as-text", lambda: load_article(str(paths.ARTICLE))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-function", lambda: load_article, "call it, with brackets"),
        Wrong("the-title", lambda: load_article().title, "only the headline"),
        Wrong("the-text", lambda: load_article().text, "as one string"),
        Wrong("the-file-read", _text, "as one string"),
        Wrong("the-paragraphs", lambda: load_article().paragraphs, "a list"),
    ],
    "check_yearly_file": [
        Valid("read-csv-path", lambda: pd.read_csv(paths.DATASETS / YEARLY)),
        Valid("read-csv-text", lambda: pd.read_csv(str(paths.DATASETS / YEARLY))),
        Valid("columns-reversed", lambda: _yearly()[list(reversed(_yearly().columns))]),
        Valid("checked-loader", lambda: __import__("helpers.data", fromlist=["x"]).load_apprehensions()),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("head", lambda: _yearly().head(), "first five rows"),
        Wrong("the-path", lambda: paths.DATASETS / YEARLY, "`pd.read_csv(...)`"),
        Wrong("the-name", lambda: YEARLY, "`pd.read_csv(...)`"),
        Wrong("index-col", lambda: pd.read_csv(paths.DATASETS / YEARLY, index_col="fiscal_year"), "row labels"),
        Wrong(
            "another-file",
            lambda: pd.read_csv(paths.DATASETS / "apprehensions_crosscheck.csv"),
            "another file",
        ),
    ],
    "check_rows_loaded": [
        Valid("len", lambda: len(_yearly())),
        Valid("shape", lambda: _yearly().shape[0]),
        Valid("len-index", lambda: len(_yearly().index)),
        Valid("count-column", lambda: _yearly()["fiscal_year"].count()),
        Valid("a-float", lambda: float(len(_yearly()))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("head", lambda: len(_yearly().head()), "first five rows"),
        Wrong("columns", lambda: len(_yearly().columns), "number of columns"),
        Wrong("lines-of-the-file", lambda: len((paths.DATASETS / YEARLY).read_text().splitlines()), "header"),
        Wrong("size", lambda: _yearly().size, "number of cells"),
        Wrong("the-table", _yearly, "whole table"),
        Wrong("typed-text", lambda: str(len(_yearly())), "compute it: `n_rows = len(yearly)`"),
    ],
    "check_dataset_finding": [
        Valid(
            "the-example",
            lambda: (
                f"The yearly apprehensions file has {len(_yearly())} rows, one for each fiscal year from "
                f"{_first_years()[0]} to {_first_years()[1]}."
            ),
        ),
        Valid(
            "monthly-rows-and-columns",
            lambda: "The monthly apprehensions file has {} rows, one for each month, and {} columns.".format(
                *_rows("monthly_apprehensions_fy2000_2019.csv")
            ),
        ),
        Valid(
            "deaths-by-subject",
            lambda: f"The southwest border deaths file has {_rows('swb_deaths_by_sector_fy1998_2019.csv')[0]} rows.",
        ),
        Valid(
            "by-file-name",
            lambda: (
                f"swb_apprehensions_by_sector_fy1960_2019.csv has "
                f"{_rows('swb_apprehensions_by_sector_fy1960_2019.csv')[0]:,} rows."
            ),
        ),
        Valid("the-folder", lambda: f"The datasets folder holds {len(list(paths.DATASETS.glob('*.csv')))} CSV files."),
        Wrong("unanswered", lambda: ..., "between the quotes"),
        Wrong(
            "another-files-count",
            lambda: f"The southwest border deaths file has {len(_yearly())} rows.",
            "swb_deaths_by_sector_fy1998_2019.csv",
        ),
        Wrong(
            "columns-as-rows",
            lambda: f"The sector profiles file has {_rows('sector_profiles_fy2018_2019.csv')[1]} rows.",
            "'columns'",
        ),
        Wrong("no-file-named", lambda: f"The file has {len(_yearly())} rows.", "Name the file"),
        Wrong("header-counted", lambda: f"The yearly file has {len(_yearly()) + 1} rows.", "can't find"),
        Wrong("a-number", lambda: len(_yearly()), "sentence of text"),
        Wrong("no-number", lambda: "The yearly file has a row for each fiscal year.", "no number"),
    ],
}
