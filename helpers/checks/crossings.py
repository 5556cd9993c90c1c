"""Self-checks for notebook 03 (checking the crossing figures).

Every right answer is computed here from the course's datasets, never typed in, and each
common wrong answer (calendar instead of fiscal year, nationwide instead of southwest border,
off by one year, highest instead of lowest, a table instead of a value, encounters mixed with
apprehensions, "lower or equal" instead of strictly lower) gets its own hint.

``lowest_since`` here is the course's one definition of "the lowest since": the most recent
earlier year with a *strictly* lower count. Other code that needs it imports it from here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path, PurePath

import pandas as pd

from helpers import facts, paths
from helpers.article import extract_figures, load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, as_whole, hint, is_table, right, try_call, unanswered
from helpers.data import load_apprehensions, load_figure_annotations, load_monthly
from helpers.facts import SPRING  # the notebook's definition of spring: March, April, May

__all__ = [
    "check_raw_yearly",
    "check_swb",
    "check_lowest_since",
    "check_spring_totals",
    "check_lowest_month",
    "check_fy2011_low",
    "check_low_finding",
    "check_fact_check_file",
]

#: The article ran on 25 October 2018, three weeks after FY2018 ended: the notebook's ``article_year``.
ARTICLE_YEAR = 2018
#: The file lesson 03 first reads with plain pandas.
YEARLY_FILE = "apprehensions_by_fiscal_year.csv"
#: The verdict vocabulary of the fact-check table.
VERDICTS = ("supported", "partly supported", "not supported", "cannot be checked")

#: The fiscal year of exercise 1 (the one that ended a month before the article) and its neighbours.
FISCAL_YEAR = 2018
#: Exercise 2: the CRS fact sheet called FY2011 "a 41-year low".
CRS_YEAR, CRS_CLAIM = 2011, 41


def _yearly(column: str):
    """Apprehensions only (not the FY2020-FY2023 encounters), by fiscal year, blanks dropped."""
    yearly = load_apprehensions()
    yearly = yearly[yearly["measure"] == "apprehensions"]
    return yearly.set_index("fiscal_year")[column].dropna()


def _table_hint(answer: object, what: str) -> Feedback | None:
    if is_table(answer):
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not {what}. "
            "Pick one value out of it, for example with `.idxmin()` or `.loc[...]`."
        )
    return None


# --------------------------------------------------------------------------- type-along: the plain read_csv


def check_raw_yearly(table: object) -> Feedback:
    """Type-along: ``raw_yearly``, the yearly file read with plain ``pd.read_csv`` (no options needed)."""
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if isinstance(table, (str, PurePath)):
        return hint(
            "That is the file's path (or its name), not the table. Pass the path to `pd.read_csv(...)` "
            "and store the table it returns."
        )
    if not isinstance(table, pd.DataFrame):
        return hint(
            f"`raw_yearly` should be a table (a pandas DataFrame), but it is a {type(table).__name__}. "
            "Store what `pd.read_csv(...)` returns, before picking any column."
        )
    # The checked loader first: a damaged file stops here with its clear message, instead of a
    # confusing error some cells later. The answer itself is what plain read_csv gives.
    load_apprehensions()
    expected = pd.read_csv(paths.DATASETS / YEARLY_FILE)
    columns = [str(c) for c in table.columns]
    if "fiscal_year" not in columns and len(table) and "fiscal_year" in [str(v) for v in table.iloc[0]]:
        return hint(
            "The file's first line, the header with the column names, was read as a row of data. "
            "Leave out `header=None`: `pd.read_csv` reads the header by itself."
        )
    if (len(columns) == 1 and "," in columns[0]) or (";" in "".join(columns) and len(columns) < len(expected.columns)):
        return hint(
            "The columns were not split. The file is comma-separated, which is what `pd.read_csv` "
            "expects: leave out the `sep=` option."
        )
    if {"month", "swb_apprehensions"} <= set(columns) or "big_bend" in columns or "cbp_nationwide" in columns:
        return hint(f"That is another dataset. This cell reads `{YEARLY_FILE}` (one row per fiscal year).")
    if "fiscal_year" not in columns and table.index.name == "fiscal_year":
        return hint(
            "Keep `fiscal_year` as a column for now (leave out `index_col`): the next cells compare "
            "the plain table with the checked one column by column."
        )
    if columns != list(expected.columns):
        return hint(
            f"The columns should be those of the file: {', '.join(expected.columns)}. Read the whole "
            f'file with `pd.read_csv(paths.DATASETS / "{YEARLY_FILE}")`.'
        )
    if len(table) != len(expected):
        return hint(
            f"The file has {len(expected)} rows (FY{expected['fiscal_year'].min()}-"
            f"FY{expected['fiscal_year'].max()}), your table {len(table)}. Store the whole table; "
            "look at a part of it with `.tail()` in a separate line."
        )
    if str(table["nationwide"].dtype) == "Int64":
        return hint(
            "That table came from the course's checked loader (its counts are `Int64`). This cell is "
            "about plain pandas: read the file with `pd.read_csv(...)`; the loader comes next."
        )
    if not table.equals(expected):
        return hint(
            "The table's cells differ from the file's. Read it with `pd.read_csv(...)` and no other "
            "options, and do not change it afterwards."
        )
    return right(
        f"{len(table)} rows, FY{table['fiscal_year'].min()}-FY{table['fiscal_year'].max()}, "
        f"{len(table.columns)} columns, exactly as the file has them."
    )


# --------------------------------------------------------------------------- type-along: the boolean filter


def _swb_until_article():
    """The notebook's ``swb``: southwest border apprehensions (not encounters), FY1960 to the article's year."""
    return _yearly("southwest_border").loc[:ARTICLE_YEAR]


def check_swb(answer: object) -> Feedback:
    """Type-along: ``swb``, southwest border *apprehensions* by fiscal year, up to the article's year."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.DataFrame):
        return hint('That is a whole table. `swb` is one column of it: pick `["southwest_border"]`.')
    if not isinstance(answer, pd.Series):
        return hint(
            f"`swb` should be a pandas Series (one column, indexed by fiscal year), but it is a "
            f"{type(answer).__name__}."
        )
    expected = _swb_until_article()
    yearly = load_apprehensions()
    index = pd.Index(answer.index)
    if not index.isin(yearly["fiscal_year"]).all():
        return hint(
            "The row labels should be fiscal years. Make `fiscal_year` the index with "
            '`.set_index("fiscal_year")` before you pick the column.'
        )
    encounters = yearly.loc[yearly["measure"] == "encounters", "fiscal_year"]
    if index.isin(encounters).any():
        shown = ", ".join(f"FY{y}" for y in index[index.isin(encounters)])
        return hint(
            f"Your series still holds {shown}, which count *encounters* (with Title 42 expulsions), "
            'not apprehensions. Keep only the rows whose `measure` is "apprehensions".'
        )
    if (index > ARTICLE_YEAR).any():
        return hint(
            f"Your series goes past FY{ARTICLE_YEAR}, the year of the article. Cut it there with "
            "`.loc[:article_year]` on the fiscal-year index."
        )
    nationwide = _yearly("nationwide").loc[:ARTICLE_YEAR]
    if index.isin(nationwide.index).all() and answer.astype("Float64").equals(nationwide.loc[index].astype("Float64")):
        return hint(
            "Those are the *nationwide* apprehensions. The article is about the southwest border: use "
            "the `southwest_border` column."
        )
    if answer.isna().any() or index.min() < expected.index.min():
        return hint(
            f"Your series has blank (`<NA>`) years: the southwest border column starts in "
            f"FY{expected.index.min()}. Drop them with `.dropna()`."
        )
    if not index.equals(pd.Index(expected.index)) or not answer.astype("Float64").equals(expected.astype("Float64")):
        return hint(
            f"`swb` should hold southwest border apprehensions for every fiscal year from "
            f"FY{expected.index.min()} to FY{ARTICLE_YEAR}. Filter on `measure`, set the index, pick the "
            "column, cut at the article's year and drop the blanks."
        )
    return right(
        f"{len(expected)} fiscal years of southwest border apprehensions, FY{expected.index.min()}-"
        f"FY{ARTICLE_YEAR}: the encounters years are out, and so is every year after the article."
    )


# --------------------------------------------------------------------------- type-along: the "lowest since" function


def check_lowest_since(function: object) -> Feedback:
    """Type-along: the notebook's ``lowest_since(counts, year)``, tested on the data and on small made-up series."""
    if unanswered(function):
        return hint(NOT_ANSWERED)
    if not callable(function):
        return hint("Pass the function itself, without brackets: `checks.check_lowest_since(lowest_since)`.")
    swb = _swb_until_article()
    for year in (2017, 2011, 1999, 1961):
        ok, got = try_call(function, swb, year)
        if not ok:
            return hint(
                f"`lowest_since(swb, {year})` raised {type(got).__name__}: {got}. Run the cell that "
                "defines the function again, and check each line."
            )
        expected = lowest_since(swb, year)
        if as_whole(got) == expected:
            continue
        if isinstance(got, (pd.Series, pd.DataFrame)):
            return hint(
                f"`lowest_since(swb, {year})` returned a table. Return one year: the largest label "
                "of the lower years' index (`.index.max()`)."
            )
        earlier = swb[(swb.index < year) & (swb < swb[year])]
        if len(earlier) and as_whole(got) == int(earlier.idxmin()):
            return hint(
                f"For FY{year} your function returned FY{as_whole(got)}, the lowest of all the earlier "
                'years. "Lowest since" wants the most *recent* lower year: the largest year label.'
            )
        if expected is not None and as_whole(got) == year - expected:
            return hint(
                "Your function returned a number of years. Return the year itself; the notebook subtracts afterwards."
            )
        if as_whole(got) is not None and isinstance(as_whole(got), int) and as_whole(got) > year:
            return hint(
                f"For FY{year} your function returned FY{as_whole(got)}, a *later* year. Keep only the "
                "years before `year` (`counts.index < year`) as well as the lower counts."
            )
        return hint(
            f"`lowest_since(swb, {year})` should be FY{expected}, your function gave {got!r}. Keep the "
            "years that are both earlier and lower, then take the latest of them."
        )
    # made-up series: a tie, a later lower year, and no lower year at all
    tie = pd.Series([5, 3, 4, 3], index=[2000, 2001, 2002, 2003])
    ok, got = try_call(function, tie, 2003)
    if ok and as_whole(got) == 2001:
        return hint(
            "With counts 5, 3, 4, 3 your function says the last year was the lowest since the second "
            "year, whose count is the *same*. The course's definition is strictly lower: use `<`, not `<=`."
        )
    first = pd.Series([3, 5, 4], index=[2000, 2001, 2002])
    ok, got = try_call(function, first, 2000)
    if not ok:
        return hint(
            f"When no earlier year is lower (the first year of a series), your function raised "
            f"{type(got).__name__}. Return `None` when there are no lower years (`if len(lower) ...`)."
        )
    if got is not None:
        return hint(
            f"When no earlier year is lower your function returned {got!r}. Return `None` then, so that "
            'no one prints "lowest since" a year that is not lower.'
        )
    return right(
        "Your `lowest_since` gives the course's answer for every year tried: the most recent earlier "
        "year with a strictly lower count, or None when there is none."
    )


# --------------------------------------------------------------------------- type-along: spring totals (groupby)


def _spring_totals(column: str = "swb_apprehensions", months=SPRING, how: str = "sum"):
    monthly = load_monthly()
    spring = monthly[monthly["month_number"].isin(months)]
    return getattr(spring.groupby("calendar_year")[column], how)().loc[:ARTICLE_YEAR]


def _same_values(answer, expected) -> bool:
    try:
        return (
            len(answer) == len(expected)
            and list(answer.index) == list(expected.index)
            and ((answer.astype(float) - expected.astype(float)).abs() < 1e-6).all()
        )
    except (TypeError, ValueError):
        return False


def check_spring_totals(answer: object) -> Feedback:
    """Type-along: ``spring_totals``, southwest border apprehensions of March-May, one total per year, to 2018."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.DataFrame):
        return hint(
            "That is a table of several columns. Pick the one column to add up, "
            '`["swb_apprehensions"]`, between `.groupby(...)` and `.sum()`.'
        )
    if not isinstance(answer, pd.Series):
        return hint(
            f"`spring_totals` should be a pandas Series (one total per year), but it is a {type(answer).__name__}."
        )
    expected = _spring_totals()
    if len(answer) and max(answer.index) > ARTICLE_YEAR:
        return hint(
            f"Your totals go past {ARTICLE_YEAR}, the article's year. End them there with `.loc[:article_year]`."
        )
    if _same_values(answer, expected):
        return right(
            f"{len(expected)} springs, {expected.index.min()}-{expected.index.max()}: spring "
            f"{ARTICLE_YEAR} had {int(expected[ARTICLE_YEAR]):,} southwest border apprehensions."
        )
    if set(answer.unique()) == {len(SPRING)}:
        return hint("Every total is 3: `.count()` counts the months. Use `.sum()` to add up the apprehensions.")
    if _same_values(answer, _spring_totals(how="mean")):
        return hint("Those are averages per month (`.mean()`). A spring's total needs `.sum()`.")
    if _same_values(answer, _spring_totals("nationwide_apprehensions")):
        return hint(
            "Those are *nationwide* apprehensions. The claim is about the southwest border: use `swb_apprehensions`."
        )
    if _same_values(answer, _spring_totals(months=range(1, 13))):
        return hint(
            "Those are whole calendar years. Keep only the spring months first, with "
            '`monthly["month_number"].isin(SPRING)`, then group.'
        )
    return hint(
        f"Not the spring totals yet: keep March, April and May (`SPRING`), group by `calendar_year`, "
        f"add up `swb_apprehensions` and end at {ARTICLE_YEAR}."
    )


# --------------------------------------------------------------------------- exercise 1: the lowest month


def _lowest(months, column: str = "swb_apprehensions"):
    """The row of the month with the fewest apprehensions in ``months``."""
    return months.loc[months[column].idxmin()]


def check_lowest_month(answer: object) -> Feedback:
    """Exercise: the month of fiscal year 2018 with the fewest southwest border apprehensions (its name)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "a month's name")
    if found:
        return found
    monthly = load_monthly()
    fiscal = monthly[monthly["fiscal_year"] == FISCAL_YEAR]
    lowest = _lowest(fiscal)
    month, year, count = lowest["month"], int(lowest["calendar_year"]), int(lowest["swb_apprehensions"])
    highest = fiscal.loc[fiscal["swb_apprehensions"].idxmax()]
    if isinstance(answer, bool) or (not isinstance(answer, (str, int, float)) and not hasattr(answer, "__index__")):
        return hint(f'`answer` should be a month\'s name such as "March", but it is a {type(answer).__name__}.')
    if not isinstance(answer, str):
        value = float(answer)
        if value == count:
            return hint(
                f"{count:,} is the number of apprehensions in the lowest month. Store the month's *name*, "
                "from the `month` column of that row."
            )
        if value == int(lowest["month_number"]):
            return hint(f"{int(value)} is the month's number. Store its name instead, from the `month` column.")
        if value == int(highest["swb_apprehensions"]):
            return hint(
                "That is the count of the *highest* month, and a count, not a name. Use `.idxmin()` "
                "for the lowest, then read the `month` column."
            )
        return hint('Store the month\'s name (a string such as "March"), from the `month` column of the lowest row.')
    text = answer.strip()
    named = next((m for m in facts.MONTHS if re.match(rf"{m[:3]}\w*\.?\b", text, re.I)), None)
    given_year = re.search(r"\b(\d{4})\b", text)
    if named is None:
        return hint(f'{text!r} is not the name of a month. Write it as the `month` column does, e.g. "March".')
    if named == month and (given_year is None or int(given_year[1]) == year):
        return right(
            f"{month} {year} had the fewest southwest border apprehensions of FY{FISCAL_YEAR}: {count:,}. "
            f"Fiscal year {FISCAL_YEAR} started in October {FISCAL_YEAR - 1}."
        )
    if named == month and given_year:
        return hint(
            f"{month} {given_year[1]} is not in FY{FISCAL_YEAR}, which runs from October {FISCAL_YEAR - 1} "
            f"to September {FISCAL_YEAR}. Which {month} is?"
        )
    calendar = monthly[monthly["calendar_year"] == FISCAL_YEAR]
    if named == _lowest(calendar)["month"]:
        return hint(
            f"That is the lowest month of *calendar* year {FISCAL_YEAR} (January to December). Fiscal year "
            f"{FISCAL_YEAR} runs from October {FISCAL_YEAR - 1} to September {FISCAL_YEAR}: filter on "
            "`fiscal_year`, not `calendar_year`."
        )
    if named == highest["month"]:
        return hint(
            f"{named} was the *highest* month of FY{FISCAL_YEAR} ({int(highest['swb_apprehensions']):,}). "
            "Use `.idxmin()` (or sort ascending) for the lowest."
        )
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        if named == _lowest(monthly[monthly["fiscal_year"] == other])["month"]:
            return hint(
                f"{named} is the lowest month of FY{other}, one year off. Filter on "
                f'`monthly["fiscal_year"] == {FISCAL_YEAR}`.'
            )
    if named == _lowest(fiscal, "nationwide_apprehensions")["month"]:
        return hint(
            "That is the lowest month for nationwide apprehensions. The exercise asks about the southwest "
            "border: use the `swb_apprehensions` column."
        )
    row = fiscal[fiscal["month"] == named].iloc[0]
    return hint(
        f"{named} {int(row['calendar_year'])} had {int(row['swb_apprehensions']):,}, but another month of "
        f"FY{FISCAL_YEAR} had fewer. Sort FY{FISCAL_YEAR}'s twelve months by `swb_apprehensions`."
    )


# --------------------------------------------------------------------------- exercise 2: FY2011, a 41-year low?


def lowest_since(counts, year: int) -> int | None:
    """The most recent year before ``year`` with a lower count (None if there is none): the notebook's function."""
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def check_fy2011_low(answer: object) -> Feedback:
    """Exercise: the most recent fiscal year before FY2011 with fewer southwest border apprehensions."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "a year") or feedback.not_a_number(answer)
    if found:
        return found
    if float(answer) != int(answer):
        return hint("A fiscal year is a whole number, such as 1999.")
    year = int(answer)
    swb = _yearly("southwest_border")
    expected = lowest_since(swb, CRS_YEAR)
    earlier_lower = swb[(swb.index < CRS_YEAR) & (swb < swb[CRS_YEAR])]
    if year == expected:
        return right(
            f"FY{expected} ({swb[expected]:,}) is the last year with fewer apprehensions than FY{CRS_YEAR} "
            f"({swb[CRS_YEAR]:,}): FY{CRS_YEAR} was the lowest since FY{expected}, a {CRS_YEAR - expected}-year "
            f"low, not a {CRS_CLAIM}-year one."
        )
    nationwide_answer = lowest_since(_yearly("nationwide"), CRS_YEAR)
    if year == nationwide_answer:
        return hint(
            f"FY{year} is the answer for *nationwide* apprehensions. The fact sheet is about the southwest "
            "border: use the `southwest_border` column."
        )
    if year == CRS_YEAR - CRS_CLAIM:
        return hint(
            f"{CRS_YEAR} - {CRS_CLAIM} = {year} takes the fact sheet at its word. Test it instead: which "
            f"earlier years had fewer apprehensions than FY{CRS_YEAR}, and which of them is the most recent?"
        )
    if year in (CRS_YEAR - expected, CRS_CLAIM):
        return hint("That is a number of years. Store the fiscal year itself, such as 1999.")
    if year == int(earlier_lower.idxmin()):
        return hint(
            f"FY{year} is the lowest of all the earlier years. You want the most *recent* year that was "
            "lower: take `.max()` of the years, not `.idxmin()` of the counts."
        )
    if year >= CRS_YEAR:
        return hint(f'Only years *before* FY{CRS_YEAR} count: "the lowest since" looks back in time.')
    if year not in swb.index:
        return hint(f"The southwest border series starts in FY{swb.index.min()}; FY{year} is not in it.")
    if swb[year] >= swb[CRS_YEAR]:
        return hint(
            f"FY{year} had more apprehensions ({swb[year]:,}) than FY{CRS_YEAR} ({swb[CRS_YEAR]:,}). Keep "
            f"only the earlier years with *fewer*."
        )
    return hint(
        f"FY{year} was lower than FY{CRS_YEAR}, but it is not the most recent lower year: a later year "
        "was lower too. Take the latest of the lower years."
    )


# --------------------------------------------------------------------------- exercise 3: your finding


_YEAR = re.compile(r"(?<![\d,.])(?:FY\s?)?((?:19|20)\d\d)(?!\d|,\d)", re.I)


def low_evidence(years) -> dict[str, float]:
    """Every figure a finding about these years can state, computed from the data (up to the article's year).

    For each year: its fiscal-year southwest border and nationwide apprehensions, how many years it was
    the lowest for ("a 46-year low": the year minus ``lowest_since``), and its spring (March-May) total.
    For each pair of years: the ratio of their counts and the % difference, for fiscal years and springs.
    """
    swb, nationwide = _swb_until_article(), _yearly("nationwide").loc[:ARTICLE_YEAR]
    springs = _spring_totals()
    evidence: dict[str, float] = {}
    for year in years:
        for name, series in (("southwest border", swb), ("nationwide", nationwide)):
            if year in series.index:
                evidence[f"FY{year} {name} apprehensions"] = float(series[year])
                since = lowest_since(series, year)
                if since is not None:
                    evidence[f"FY{year} {name}: lowest for {year - since} years (since FY{since})"] = year - since
        if year in springs.index:
            evidence[f"spring {year} southwest border apprehensions (Mar-May)"] = float(springs[year])
    for first in years:
        for second in years:
            for name, series in (("FY", swb), ("spring ", springs)):
                if first != second and first in series.index and second in series.index:
                    ratio = float(series[first]) / float(series[second])
                    evidence[f"{name}{first} / {name}{second}"] = ratio
                    evidence[f"{name}{first} vs {name}{second}, % difference"] = abs(ratio - 1) * 100
    return evidence


def check_low_finding(sentence: object) -> Feedback:
    """Exercise 3 (open-ended): a one-sentence finding about one fiscal year or spring, with its number(s)."""
    if isinstance(sentence, str) and sentence.strip() not in {"", "..."}:
        years = sorted({int(y) for y in _YEAR.findall(sentence)})
        if not years:
            return hint(
                "Name the year your finding is about (a fiscal year such as FY2017, or a spring such as "
                "'spring 2018'), so that its numbers can be checked against that year."
            )
        swb = _swb_until_article()
        outside = [y for y in years if y not in swb.index]
        if outside and len(outside) == len(years):
            return hint(
                f"The southwest border series of this lesson runs from FY{swb.index.min()} to "
                f"FY{ARTICLE_YEAR} (monthly data from 2000): pick a year in that range."
            )
        return feedback.check_numbers_in_sentence(
            sentence, low_evidence(years), what=f"the figures for {', '.join(map(str, years))}"
        )
    return feedback.check_numbers_in_sentence(sentence, {})


# --------------------------------------------------------------------------- type-along: writing the file (to_csv)


def _crossing_claims() -> int:
    """How many crossing figures the article has (one verdict row each): from the ledger and its notes."""
    ledger = extract_figures(load_article().text).merge(load_figure_annotations(), on=["text", "start"])
    return int(ledger["counts"].isin(["people crossing", "duration"]).sum())


def check_fact_check_file(path: object) -> Feedback:
    """Type-along: the verdict table written to ``output/fact_check.csv`` with ``to_csv``: header, no index."""
    if unanswered(path):
        return hint(NOT_ANSWERED)
    if not isinstance(path, (str, PurePath)):
        return hint(f"Pass the file's path, `fact_check_file`, not a {type(path).__name__}.")
    path = Path(path)
    if not path.is_file():
        return hint(f"There is no file at {paths.relative(path)} yet. Run your `to_csv` cell first.")
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        return hint("The file is empty. Write the `verdicts` table into it with `verdicts.to_csv(...)`.")
    header = rows[0]
    if len(header) == 1 and ";" in header[0]:
        return hint("The values are separated by `;`. Leave out `sep=`: a .csv file is comma-separated.")
    if header[:1] == [""] or header[:1] == ["Unnamed: 0"]:
        return hint(
            "The first column holds pandas' row numbers (0, 1, 2), which mean nothing to an editor. "
            "Write the file again with `index=False`."
        )
    if header != ["claim", "verdict", "evidence"]:
        if len(header) == 3 and header[1] in VERDICTS:
            return hint(
                "The file has no header line: its first line is already a claim. Leave out "
                "`header=False`, so that the column names come first."
            )
        return hint(
            f"The header should be claim,verdict,evidence; the file's is {','.join(header)}. Write the "
            "`verdicts` table itself, with its three columns."
        )
    claims = rows[1:]
    expected = _crossing_claims()
    if len(claims) != expected:
        return hint(
            f"The file has {len(claims)} rows below the header; the article has {expected} crossing "
            "figures, one verdict each. Write the whole `verdicts` table."
        )
    outside = sorted({row[1] for row in claims if len(row) > 1 and row[1] not in VERDICTS})
    if outside:
        return hint(f"{', '.join(map(repr, outside))} is not in the verdict vocabulary ({', '.join(VERDICTS)}).")
    return right(
        f"{paths.relative(path)} holds a header and {len(claims)} claims, each with its verdict and "
        "evidence: a file any spreadsheet or newsroom database can read."
    )
