"""Self-checks for notebook 00 (start here)."""

from __future__ import annotations

from pathlib import Path, PurePath

import pandas as pd

from helpers import paths
from helpers.article import load_article
from helpers.checks import kit
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered
from helpers.checks.kit import Fact, _mentions, expect_finding, expect_table, kind

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
    if isinstance(headline, list | tuple):
        return hint("You have a list of lines. The headline is the first one: index it with `[0]`.")
    if isinstance(headline, PurePath):
        return hint(
            "`headline` is the file's path, not its text. Read it with `.read_text(encoding='utf-8')`, then take "
            "`.splitlines()[0]`."
        )
    return kit.expect_text(
        headline,
        expected,
        name="headline",
        what="the first line of `text` (the article's headline)",
        exact=True,
        mistakes={
            "That is the whole article. Split it into lines with `.splitlines()` and keep the first one.": (
                lambda answer: answer.strip() == text.strip()
            ),
            "That is an empty line. The headline is the first line of the file: `.splitlines()[0]`.": (
                lambda answer: answer.strip() == ""
            ),
            "That is not the first line of seeds/article.txt. Read the file with "
            "`paths.ARTICLE.read_text(encoding='utf-8')` and take `.splitlines()[0]`.": (
                lambda answer: answer.strip() != expected
            ),
        },
        success=f"The headline is: {expected!r}",
    )


def check_dataset_count(count: object) -> Feedback:
    """Exercise: count the CSV files in datasets/."""
    csvs = sorted(paths.DATASETS.glob("*.csv"))
    everything = [p for p in paths.DATASETS.iterdir() if p.is_file()]
    entries = len(list(paths.DATASETS.iterdir()))  # files and folders (sources/): `iterdir()` counted as it is
    if isinstance(count, list | tuple) or hasattr(count, "__next__"):
        return hint("You have the files themselves, not how many there are. Wrap them in `len(list(...))`.")
    if isinstance(count, str):
        return hint(
            f"`n_datasets` is text ({count!r}), not a number, and the course never types a number by hand: "
            'compute it: `len(list(paths.DATASETS.glob("*.csv")))`, with no quotes.'
        )
    shown = kit.show(count) if kit.same_number(count, count) else ""
    return kit.expect_number(
        count,
        len(csvs),
        name="n_datasets",
        what="the number of CSV files in datasets/",
        mistakes={
            f"`n_datasets` should be a whole number (a count of files), but it is {shown}.": (
                lambda answer: float(answer) != int(answer)
            ),
            "You counted every file of datasets/ (and its `sources` folder), README.md and checksums.sha256 among "
            "them. Count only the CSV files: "
            "`.glob('*.csv')`.": lambda answer: answer in (len(everything), entries),
            "Zero files: did you look in `paths.DATASETS`? A relative path like `Path('datasets')` depends on where "
            "the notebook runs.": 0,
            f"{shown} is not what the folder holds. List them first with `sorted(paths.DATASETS.glob('*.csv'))`, "
            "then take `len(...)`.": lambda answer: True,
        },
        success=f"The course ships {len(csvs)} datasets as CSV files; datasets/README.md describes each one.",
    )


def _yearly():
    return pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")


def check_article_loaded(article: object) -> Feedback:
    """Typed cell (lessons 00 and 01): ``article = load_article()``, the article with its title, paragraphs and text."""
    if unanswered(article):  # no kind of the kit fits an Article: the opening is this check's own
        return hint(NOT_ANSWERED)
    expected = load_article()
    if callable(article) and getattr(article, "__name__", "") == "load_article":
        return hint("`article` is the function itself, not the article: call it, with brackets, `load_article()`.")
    if isinstance(article, str):
        return kit.expect_text(
            article,
            [],
            name="article",
            what="what `load_article()` gives back",
            exact=True,
            mistakes={
                "`article` holds only the headline. Store the whole article, `article = load_article()`, "
                "and show the headline on its own line with `article.title`.": expected.title,
                "`article` is the article's text as one string. Later cells need its parts too "
                "(`.title`, `.paragraphs`, `.text`): store what `load_article()` gives back.": (
                    lambda answer: (
                        answer.strip() in (expected.text.strip(), paths.ARTICLE.read_text(encoding="utf-8").strip())
                    )
                ),
                f"`article` is text ({article[:40]!r}...); store what `load_article()` gives back.": (
                    lambda answer: True
                ),
            },
        )
    if isinstance(article, list):
        return hint(
            "`article` is a list (the paragraphs?). Store the whole article, `article = load_article()`: "
            "its paragraphs are then `article.paragraphs`."
        )
    if not all(hasattr(article, part) for part in ("title", "paragraphs", "text")):
        return hint(f"`article` should be what `load_article()` gives back, but it is {kind(article)}.")
    for part in ("title", "text"):
        judged = kit.expect_text(
            getattr(article, part), getattr(expected, part), name=f"article.{part}", what="", exact=True
        )
        if not judged.ok:
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
    if isinstance(n_rows, list | tuple):
        return hint("That is a list, not a number: `len(...)` of the table gives its number of rows.")
    if isinstance(n_rows, str):
        return hint(
            f"`n_rows` is text ({n_rows!r}), not a number, and the course never types a number by hand: "
            "compute it: `n_rows = len(yearly)`, with no quotes."
        )
    if is_table(n_rows):
        return hint(
            f"`n_rows` is the whole table ({kind(n_rows)}), not its number of rows: count them with `len(...)` "
            "of the table."
        )
    yearly = _yearly()
    first, last = yearly["fiscal_year"].min(), yearly["fiscal_year"].max()
    shown = len(yearly.head())
    return kit.expect_number(
        n_rows,
        len(yearly),
        name="n_rows",
        what="the number of rows of the yearly file",
        mistakes={
            f"{shown} is the number of rows `.head()` shows: `.head()` keeps only the first five rows. "
            "Count the whole table, `len(yearly)`.": shown if len(yearly) != shown else None,
            "That is the number of columns. `len(table)` counts the rows.": len(yearly.columns),
            "One too many: the first line of the file is the header (the column names), not a row of data. Count "
            "the rows of the table pandas made, with `len(...)`.": len(yearly) + 1,
            "That is the number of cells (rows times columns). `len(table)` counts only the rows.": yearly.size,
            "That is not the number of rows of the yearly file. Load it with `pd.read_csv(...)` and take `len(...)` "
            "of the table.": lambda answer: True,
        },
        success=f"{len(yearly)} rows: one for each fiscal year from {first} to {last}.",
    )


#: How a sentence names each CSV file of datasets/: ``strong`` words name it alone; ``weak`` words
#: ("sector", "caravan") name it only when no file's strong word is in the sentence. A file's own name
#: (with or without ``.csv``) always names it. ``unit``: what one row is, which a sentence may count
#: instead of "rows" ("240 months").
FILE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "apprehensions_by_fiscal_year.csv": {"strong": ("yearly", "annual"), "unit": ("years", "fiscal years")},
    "monthly_apprehensions_fy2000_2019.csv": {"strong": ("monthly",), "weak": ("month", "months"), "unit": ("months",)},
    "swb_apprehensions_by_sector_fy1960_2019.csv": {
        "strong": ("sector apprehensions", "apprehensions by sector"),
        "weak": ("sector", "sectors"),
        "unit": ("years", "fiscal years"),
    },
    "border_barrier_miles_by_state_2018.csv": {"strong": ("barrier", "barriers", "fence", "fencing")},
    "border_length_by_state.csv": {"strong": ("length", "lengths")},
    "deployments_and_caravan_figures.csv": {
        "strong": ("deployment", "deployments"),
        "weak": ("caravan", "troops", "troop"),
        "unit": ("figures",),
    },
    "story_figures_after_2018.csv": {
        "strong": ("story figures", "after 2018", "after the article"),
        "weak": ("story",),
        "unit": ("figures",),
    },
    "swb_encounters_by_title_fy2020_2024.csv": {
        "strong": ("encounters", "title 42", "title 8", "by title", "expulsions"),
        "unit": ("years", "fiscal years"),
    },
    "apprehensions_crosscheck.csv": {
        "strong": ("crosscheck", "cross-check", "cross check"),
        "unit": ("years", "fiscal years"),
    },
    "figure_annotations.csv": {"strong": ("annotations", "annotation"), "unit": ("figures",)},
    "sector_profiles_fy2018_2019.csv": {"strong": ("profiles", "profile")},
    "agent_staffing_by_sector_fy1992_2019.csv": {"strong": ("staffing", "agents", "agent")},
    "swb_deaths_by_sector_fy1998_2019.csv": {"strong": ("deaths", "death", "died")},
}
ROW_WORDS = ("row", "rows", "records", "entries", "lines")
COLUMN_WORDS = ("column", "columns", "fields")


def _file_words(csv: Path, strength: str) -> tuple[str, ...]:
    words = FILE_WORDS.get(csv.name, {}).get(strength, ())
    return (csv.stem, *words) if strength == "strong" else words


def files_named(sentence: str) -> list[Path]:
    """The CSV files of datasets/ that a sentence names, by their name or their subject's words."""
    csvs = sorted(paths.DATASETS.glob("*.csv"))
    for strength in ("strong", "weak"):
        named = [csv for csv in csvs if any(_mentions(sentence, (w,)) for w in _file_words(csv, strength))]
        if named:
            return named
    return []


def dataset_facts(csv: Path) -> list[Fact]:
    """What a finding about one file can state: its number of rows and of columns, each with its subject."""
    table = pd.read_csv(csv)
    about = _file_words(csv, "strong") + _file_words(csv, "weak")
    unit = FILE_WORDS.get(csv.name, {}).get("unit", ())
    return [
        Fact(f"the number of rows of {csv.name}", len(table), about=(about, ROW_WORDS + unit)),
        Fact(f"the number of columns of {csv.name}", len(table.columns), about=(about, COLUMN_WORDS)),
    ]


def check_dataset_finding(sentence: object) -> Feedback:
    """Your turn: one sentence about a dataset of your choice, with its number of rows (or columns).

    Each number must be a count of the file the sentence names ("the monthly file", "the deaths file",
    or its file name), not of any file: 100 rows is right for the yearly file and wrong for the deaths file.
    """
    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, [])
    named = files_named(sentence)
    if not named:
        csvs = sorted(paths.DATASETS.glob("*.csv"))
        count = Fact(
            "the number of CSV files in datasets/", len(csvs), about=(("files", "csv files", "csvs", "datasets"),)
        )
        judged = expect_finding(sentence, [count], what="the number of CSV files")
        if judged.ok:
            return judged
        return hint(
            "Your sentence does not say which file it is about, so its number cannot be checked. Name the file, "
            'by its name (`monthly_apprehensions_fy2000_2019.csv`) or by what it holds ("the monthly file", '
            '"the deaths file"), as the example answer does.'
        )
    facts = [fact for csv in named for fact in dataset_facts(csv)]
    names = ", ".join(csv.name for csv in named)
    what = f"{names} (the file your sentence names)" if len(named) == 1 else f"the files your sentence names ({names})"
    return expect_finding(sentence, facts, what=what)
