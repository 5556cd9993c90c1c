"""Load the course's datasets as checked pandas DataFrames.

    from helpers import data
    yearly = data.load_apprehensions()          # one row per fiscal year, FY1925-2024
    monthly = data.load_monthly()               # one row per month, FY2000-2019

Every loader does the same three things:

1. **Checks the published file has not changed.** Without a ``path``, the loader reads
   ``datasets/<file>.csv`` and compares it with ``datasets/checksums.sha256``; an edited file
   is refused with the command that restores it. A file passed as ``path`` (your own copy,
   a file you made) skips this step.
2. **Reads every cell as text**, so a bad cell is reported exactly as written.
3. **Converts and validates** against the dataset's schema below: the columns it must have,
   what kind of value each holds, and the rules a row must follow (years in sequence, sectors
   adding to their total, twelve months per fiscal year, ...). Any problem raises a
   ``ValueError`` naming the file, the row (fiscal year or line) or column, and what was expected.

Counts come back as pandas' nullable ``Int64`` (``<NA>`` where no figure was published; never
filled in), years as plain ``int64``. ``datasets/README.md`` documents every column. Nothing here
ever writes to ``datasets/``.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import pandas as pd

from helpers import facts, paths

__all__ = [
    "DatasetError",
    "SCHEMAS",
    "load_apprehensions",
    "load_barrier_miles",
    "load_border_length",
    "chosen_border_lengths",
    "load_crosscheck",
    "load_deployments",
    "load_figure_annotations",
    "load_monthly",
    "load_sectors",
    "verify_published",
    "load_story_figures",
    "load_encounters_by_title",
]

CHECKSUMS = "checksums.sha256"
#: The course's fixed vocabulary lives in helpers.facts; these names stay here for older imports.
MONTHS, FISCAL_MONTHS, STATES, SECTORS = facts.MONTHS, facts.FISCAL_MONTHS, facts.STATES, facts.SECTORS
#: The source PDFs the CBP datasets are built from (datasets/sources/, listed in the checksums file too).
SOURCES = "sources"


class DatasetError(ValueError):
    """A dataset file is not what the course expects (the message says where and why)."""


# --------------------------------------------------------------------------- kinds of values


class _Bad(Exception):
    """One cell does not hold the kind of value its column needs (message: what was expected)."""


def _whole(text: str, *, signed: bool = False) -> int:
    if re.fullmatch(r"-\d+", text) and not signed:
        raise _Bad(f"expected a whole number of 0 or more (a count cannot be negative), got {text!r}")
    if not re.fullmatch(r"-?\d+" if signed else r"\d+", text):
        raise _Bad(f"expected a whole number, got {text!r}")
    return int(text)


def _year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text):
        raise _Bad(f"expected a year (four digits, like 2017), got {text!r}")
    return int(text)


def _date(text: str) -> dt.date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    raise _Bad(f"expected a date written YYYY-MM-DD, got {text!r}")


def _flag(text: str) -> bool:
    if text not in ("True", "False"):
        raise _Bad(f"expected True or False, got {text!r}")
    return text == "True"


@dataclass(frozen=True)
class Kind:
    """How to read one kind of cell: parse one text, then build the column's dtype."""

    describe: str  # for "expected ..." in messages about blank cells
    parse: Callable[[str], object]  # raises _Bad saying what was expected
    dtype: str  # the pandas dtype of the column


YEAR = Kind("a year", _year, "int64")
INTEGER = Kind("a whole number", lambda text: _whole(text, signed=True), "int64")
COUNT = Kind("a whole number", _whole, "Int64")  # nullable: blank -> <NA>
DIFFERENCE = Kind("a whole number", lambda text: _whole(text, signed=True), "Int64")
TEXT = Kind("some text", str, "str")  # blank -> NaN
FLAG = Kind("True or False", _flag, "bool")
DATE = Kind("a date (YYYY-MM-DD)", _date, "datetime64[s]")


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    blank: bool = False  # may the cell be blank (no published value)? Only for Int64/str kinds
    choices: tuple[str, ...] = ()  # for text: the only values allowed (blank aside)


@dataclass(frozen=True)
class Schema:
    """What one dataset file must hold."""

    filename: str
    columns: tuple[Column, ...]
    #: Columns that together identify a row: unique, and used to name a row in messages.
    key: tuple[str, ...] = ()
    #: Rules beyond single cells, each ``rule(frame, file)`` raising through ``file.fail``.
    rules: tuple[Callable[[pd.DataFrame, _File], None], ...] = ()

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]


# --------------------------------------------------------------------------- reading a file


@dataclass
class _File:
    """A file being loaded: its name as shown in messages, and each row's line number."""

    shown: str
    schema: Schema
    lines: list[int] = field(default_factory=list)
    raw: list[dict[str, str]] = field(default_factory=list)

    def name(self, index: int) -> str:
        """Name a row by its key, as a person would: 'fiscal year 2003', 'fiscal year 2003, March'.

        Empty when a key cell is itself unreadable (the row is then named by its line).
        """
        columns = {column.name: column for column in self.schema.columns}
        key = [columns[name] for name in self.schema.key]
        values = [(column.name, self.raw[index].get(column.name, "")) for column in key]
        if not key or not all(_readable(column, value) for column, (_, value) in zip(key, values)):
            return ""
        return ", ".join(value if name == "month" else f"{name.replace('_', ' ')} {value}" for name, value in values)

    def row(self, index: int) -> str:
        """'row for fiscal year 2003', or 'line 81' for a row without a readable key."""
        name = self.name(index)
        return f"row for {name}" if name else f"line {self.lines[index]}"

    def fail(self, problem: str, index: int | None = None) -> NoReturn:
        """Raise the error, naming the file first and ending with the row's line number."""
        line = f" (line {self.lines[index]})" if index is not None and self.name(index) else ""
        joined = " " if problem.startswith(("has ", "is ")) else ": "  # "x.csv has no column ..."
        raise DatasetError(f"{self.shown}{joined}{problem}{line}")


def _readable(column: Column, text: str) -> bool:
    try:
        column.kind.parse(text)
    except _Bad:
        return False
    return text != "" and (not column.choices or text in column.choices)


def _read_text_table(data: bytes, file: _File, schema: Schema) -> list[list[str]]:
    """Split the bytes into records of text, with their line numbers; refuse what is not a table."""
    expected = ", ".join(schema.names)
    if not data.strip():
        file.fail(f"is empty; expected a header line with the columns: {expected}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        file.fail(f"byte {error.start} is not UTF-8 text; save the file as UTF-8 CSV")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, lines = [], []
    try:
        for record in reader:
            if record:  # blank lines are skipped, as pandas does
                records.append(record)
                lines.append(reader.line_num)
    except csv.Error as error:
        file.fail(
            f"line {reader.line_num} cannot be read as CSV ({error}); the file may be cut short or a quote is missing"
        )
    header = records[0]
    for name in schema.names:
        if name not in header:
            file.fail(f"has no column {name!r}; expected columns: {expected}")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        file.fail(f"the column {repeated[0]!r} appears more than once in the header")
    if len(records) == 1:
        file.fail(f"has a header but no rows of data (expected rows under: {expected})")
    for number, (record, line) in enumerate(zip(records, lines)):
        if len(record) != len(header):
            cut = " (the file looks cut short)" if number == len(records) - 1 and not text.endswith("\n") else ""
            file.fail(
                f"line {line} has {len(record)} fields but the header has {len(header)}{cut}; "
                f"expected one value per column: {', '.join(header)}"
            )
    file.lines = lines[1:]
    file.raw = [dict(zip(header, record)) for record in records[1:]]
    return records


def _convert(frame: pd.DataFrame, file: _File, schema: Schema) -> pd.DataFrame:
    """Turn each column of text into its kind, naming the first cell that does not fit.

    Columns the schema does not know (a student's own additions) are kept, as text, after the others.
    """
    typed = {}
    for column in schema.columns:
        values = []
        for index, text in enumerate(frame[column.name]):
            try:
                if text == "":
                    if not column.blank:
                        raise _Bad(f"expected {column.kind.describe}, got a blank cell")
                    values.append(None)
                    continue
                if column.choices and text not in column.choices:
                    raise _Bad(f"expected one of {', '.join(map(repr, column.choices))}, got {text!r}")
                values.append(column.kind.parse(text))
            except _Bad as problem:
                file.fail(f"{file.row(index)}, column {column.name!r}: {problem}", index)
        typed[column.name] = pd.Series(values, dtype=column.kind.dtype)
    extra = {name: frame[name] for name in frame.columns if name not in typed}
    return pd.DataFrame({**typed, **extra})


def _check_key(frame: pd.DataFrame, file: _File, schema: Schema) -> None:
    """No two rows may share the key (e.g. one row per fiscal year)."""
    if not schema.key:
        return
    repeated = frame.duplicated(list(schema.key), keep=False)
    if repeated.any():
        first, second = [int(index) for index in frame.index[repeated][:2]]
        file.fail(
            f"{file.name(first)} appears more than once (lines {file.lines[first]} and {file.lines[second]}); "
            f"expected one row per {' and '.join(name.replace('_', ' ') for name in schema.key)}"
        )


def _parse(data: bytes, shown: str, schema: Schema) -> pd.DataFrame:
    file = _File(shown, schema)
    records = _read_text_table(data, file, schema)
    text = pd.DataFrame(records[1:], columns=records[0], dtype="str")
    frame = _convert(text, file, schema)
    _check_key(frame, file, schema)
    for rule in schema.rules:
        rule(frame, file)
    return frame


# --------------------------------------------------------------------------- rules shared by datasets


def consecutive_fiscal_years(frame: pd.DataFrame, file: _File) -> None:
    """Fiscal years in order, none missing between the first and the last."""
    years = frame["fiscal_year"].tolist()
    for index in range(1, len(years)):
        before, year = years[index - 1], years[index]
        if year < before:
            file.fail(
                f"fiscal year {year} (line {file.lines[index]}) comes after {before}; expected the fiscal years in order"
            )
        if year > before + 1:
            missing = f"{before + 1}" if year == before + 2 else f"{before + 1}-{year - 1}"
            file.fail(
                f"fiscal year {missing} is missing: the rows jump from {before} to {year} at line {file.lines[index]}; "
                f"expected one row for every fiscal year from {years[0]} to {years[-1]}"
            )


def adds_up(parts: tuple[str, ...], total: str, describe: str) -> Callable[[pd.DataFrame, _File], None]:
    """A rule: in every row, the ``parts`` add up to the published ``total`` (blank rows aside)."""

    def rule(frame: pd.DataFrame, file: _File) -> None:
        added = frame[list(parts)].sum(axis=1, skipna=False)
        for index in frame.index[(added != frame[total]).fillna(False)]:
            file.fail(
                f"{file.name(index)}: {describe} add to {added[index]} but {total} says {frame.at[index, total]}", index
            )

    return rule


def difference(result: str, minuend: str, subtrahend: str) -> Callable[[pd.DataFrame, _File], None]:
    """A rule: a computed column equals ``minuend - subtrahend`` (blank when either is blank)."""

    def rule(frame: pd.DataFrame, file: _File) -> None:
        expected = frame[minuend] - frame[subtrahend]
        wrong = (expected.isna() != frame[result].isna()) | (expected != frame[result]).fillna(False)
        for index in frame.index[wrong]:
            file.fail(
                f"{file.row(index)}, column {result!r}: expected {minuend} - {subtrahend} = "
                f"{'blank' if pd.isna(expected[index]) else expected[index]}, got {frame.at[index, result]}",
                index,
            )

    return rule


def sourced(value: str, source: str) -> Callable[[pd.DataFrame, _File], None]:
    """A rule: a value has a source code exactly when it is not blank."""

    def rule(frame: pd.DataFrame, file: _File) -> None:
        for index in frame.index[frame[value].isna() != frame[source].isna()]:
            has = "has a value" if pd.notna(frame.at[index, value]) else "is blank"
            file.fail(
                f"{file.row(index)}, column {source!r}: {value} {has}, so expected "
                f"{'a source code' if pd.notna(frame.at[index, value]) else 'no source code'}",
                index,
            )

    return rule


def twelve_months_each_year(frame: pd.DataFrame, file: _File) -> None:
    """Each fiscal year: the months October to September, in order, with matching numbers."""
    for year, months in frame.groupby("fiscal_year", sort=False):
        names = months["month"].tolist()
        if sorted(names, key=FISCAL_MONTHS.index) != list(FISCAL_MONTHS):
            missing = [month for month in FISCAL_MONTHS if month not in names]
            file.fail(
                f"fiscal year {year} has {len(names)} months (lines {file.lines[months.index[0]]}-{file.lines[months.index[-1]]}); "
                f"missing: {', '.join(missing)}; expected 12 months, October to September"
            )
        if names != list(FISCAL_MONTHS):
            file.fail(
                f"fiscal year {year}: the months are not in order (lines {file.lines[months.index[0]]}-"
                f"{file.lines[months.index[-1]]}); expected October, November, ... September"
            )
    for index, row in frame.iterrows():
        number = MONTHS.index(row["month"]) + 1
        calendar = row["fiscal_year"] - 1 if number >= 10 else row["fiscal_year"]
        if row["month_number"] != number:
            file.fail(
                f"{file.row(index)}, column 'month_number': expected {number} for {row['month']}, got {row['month_number']}",
                index,
            )
        if row["calendar_year"] != calendar:
            file.fail(
                f"{file.row(index)}, column 'calendar_year': expected {calendar} (October-December of a fiscal "
                f"year fall in the calendar year before it), got {row['calendar_year']}",
                index,
            )


def one_chosen_per_state(frame: pd.DataFrame, file: _File) -> None:
    """Exactly one row per state (and for the whole border) is the value chosen for calculations."""
    for state, rows in frame.groupby("state", sort=False):
        chosen = rows.index[rows["chosen"]].tolist()
        if len(chosen) != 1:
            where = f" (lines {', '.join(str(file.lines[index]) for index in chosen)})" if chosen else ""
            file.fail(f"{state} has {len(chosen)} rows with chosen = True{where}; expected exactly one")


def one_published_total(frame: pd.DataFrame, file: _File) -> None:
    count = int((frame["row_type"] == "published total").sum())
    if count != 1:
        file.fail(f"has {count} rows with row_type 'published total'; expected exactly one")


def sector_rows(frame: pd.DataFrame, file: _File) -> None:
    """Long tables by sector: each code has CBP's name, its region and its kind of row."""
    for index, row in frame.iterrows():
        code = row["sector"]
        name = facts.SECTOR_NAMES.get(code) or facts.TOTAL_NAMES[code]
        region = facts.SECTOR_REGION.get(code) or facts.TOTAL_REGION[code]
        kind = (
            "sector"
            if code in facts.SECTOR_REGION
            else ("nationwide total" if code == "nationwide_total" else "region total")
        )
        for column, expected in (("sector_name", name), ("region", region), ("row_type", kind)):
            if row[column] != expected:
                file.fail(
                    f"{file.row(index)}, column {column!r}: expected {expected!r} for {code}, got {row[column]!r}",
                    index,
                )


def sectors_add_to_region_totals(column: str, regions: tuple[str, ...]) -> Callable[[pd.DataFrame, _File], None]:
    """A rule for long tables: each year, the sectors of each region in ``regions`` add up to its total row."""

    def rule(frame: pd.DataFrame, file: _File) -> None:
        for region in regions:
            total = facts.TOTALS[facts.REGIONS.index(region)]
            sectors = frame[frame["region"] == region]
            added = sectors[sectors["row_type"] == "sector"].groupby("fiscal_year")[column].sum()
            printed = sectors[sectors["sector"] == total].set_index("fiscal_year")[column]
            for year in printed.index[(printed != added.reindex(printed.index)).fillna(False)]:
                index = int(sectors.index[(sectors["sector"] == total) & (sectors["fiscal_year"] == year)][0])
                file.fail(
                    f"fiscal year {year}: the {region} sectors' {column} add to {added[year]} but the "
                    f"{facts.TOTAL_NAMES[total]} row says {printed[year]}",
                    index,
                )

    return rule


# --------------------------------------------------------------------------- the datasets


def _counts(*names: str, blank: bool = False) -> tuple[Column, ...]:
    return tuple(Column(name, COUNT, blank=blank) for name in names)


MILES = (
    "pedestrian_primary_miles",
    "vehicle_primary_miles",
    "total_primary_miles",
    "pedestrian_secondary_miles",
    "pedestrian_tertiary_miles",
)
ROW_TYPES = ("state", "published total")
#: What a figure of the article counts, and who the article says it comes from (figure_annotations.csv).
COUNTS = ("troops", "migrants", "people crossing", "date", "duration")
ATTRIBUTIONS = ("the article itself", "unnamed reports", "a named source")
SECTOR_CODES = (*facts.ALL_SECTORS, *facts.TOTALS)
ROW_KINDS = ("sector", "region total", "nationwide total")
REGION_NAMES = (*facts.REGIONS, "nationwide")
PROFILE_COUNTS = (
    "agents",
    "apprehensions",
    "other_than_mexican_apprehensions",
    "marijuana_pounds",
    "cocaine_pounds",
    "accepted_prosecutions",
    "assaults",
    "rescues",
    "deaths",
    "accompanied_juveniles",
    "unaccompanied_juveniles",
    "total_juveniles",
    "total_adults",
    "total_by_age",
    "female",
    "male",
    "total_by_gender",
)
_SECTOR_KEY = (
    Column("fiscal_year", YEAR),
    Column("sector", TEXT, choices=SECTOR_CODES),
    Column("sector_name", TEXT),
    Column("region", TEXT, choices=REGION_NAMES),
    Column("row_type", TEXT, choices=ROW_KINDS),
)

#: The story's figures after 25 October 2018 (story_figures_after_2018.csv): what each figure is
#: about, what kind of figure it is, how the source qualified it and who said it.
STORY_SUBJECTS = ("active-duty troops", "National Guard", "caravan", "southwest border crossings")
STORY_COUNTS = (
    "expected",
    "announced",
    "suggested",
    "forecast",
    "authorized",
    "deployed",
    "peak deployed",
    "estimated",
    "published",
)
STORY_QUALIFIERS = ("about", "more than", "nearly", "up to", "at least")
STORY_SPEAKERS = (
    "the article",
    "US military",
    "US president",
    "US government agency",
    "Mexican authorities",
    "UN agency",
    "aid agency",
    "organizers",
    "news organization",
    "think tank",
    "congressional research",
)


def sourced_by_url(frame: pd.DataFrame, file: _File) -> None:
    """Every figure carries a web address for its source (http:// or https://)."""
    for index, url in frame["source_url"].items():
        if not re.fullmatch(r"https?://\S+", str(url)):
            file.fail(
                f"{file.row(index)}, column 'source_url': expected a web address starting with http:// or "
                f"https://, got {url!r}; a figure with no source stays out of the table",
                index,
            )


def fiscal_year_only_for_crossings(frame: pd.DataFrame, file: _File) -> None:
    """Crossing figures name their fiscal year; troop and caravan figures do not have one."""
    crossings = frame["subject"] == "southwest border crossings"
    for index in frame.index[crossings & frame["fiscal_year"].isna()]:
        file.fail(f"{file.row(index)}, column 'fiscal_year': a crossing figure needs the fiscal year it counts", index)
    for index in frame.index[~crossings & frame["fiscal_year"].notna()]:
        file.fail(
            f"{file.row(index)}, column 'fiscal_year': only crossing figures have a fiscal year; leave it blank", index
        )


SCHEMAS: dict[str, Schema] = {
    schema.filename: schema
    for schema in (
        Schema(
            "apprehensions_by_fiscal_year.csv",
            (
                Column("fiscal_year", YEAR),
                *_counts("nationwide", "southwest_border", blank=True),
                Column("measure", TEXT, choices=("apprehensions", "encounters")),
                Column("nationwide_source", TEXT, blank=True),
                Column("southwest_border_source", TEXT, blank=True),
            ),
            key=("fiscal_year",),
            rules=(
                consecutive_fiscal_years,
                sourced("nationwide", "nationwide_source"),
                sourced("southwest_border", "southwest_border_source"),
            ),
        ),
        Schema(
            "monthly_apprehensions_fy2000_2019.csv",
            (
                Column("fiscal_year", YEAR),
                Column("calendar_year", YEAR),
                Column("month_number", INTEGER),
                Column("month", TEXT, choices=MONTHS),
                *_counts("swb_apprehensions", "nationwide_apprehensions"),
                *_counts("ohss_swb_encounters_rounded10", blank=True),
            ),
            key=("fiscal_year", "month"),
            rules=(consecutive_fiscal_years, twelve_months_each_year),
        ),
        Schema(
            "swb_apprehensions_by_sector_fy1960_2019.csv",
            (Column("fiscal_year", YEAR), *_counts(*SECTORS, "southwest_border_total")),
            key=("fiscal_year",),
            rules=(consecutive_fiscal_years, adds_up(SECTORS, "southwest_border_total", "the nine sectors")),
        ),
        Schema(
            "sector_profiles_fy2018_2019.csv",
            (*_SECTOR_KEY, *_counts(*PROFILE_COUNTS, blank=True)),
            key=("fiscal_year", "sector"),
            rules=(sector_rows,),  # no adding-up rules: CBP's FY2018 profile does not add up (datasets/README.md)
        ),
        Schema(
            "agent_staffing_by_sector_fy1992_2019.csv",
            (*_SECTOR_KEY, Column("agents", COUNT, blank=True)),
            key=("fiscal_year", "sector"),
            rules=(sector_rows, sectors_add_to_region_totals("agents", ("coastal", "northern"))),
        ),
        Schema(
            "swb_deaths_by_sector_fy1998_2019.csv",
            (Column("fiscal_year", YEAR), *_counts(*SECTORS, "southwest_border_total")),
            key=("fiscal_year",),
            rules=(consecutive_fiscal_years, adds_up(SECTORS, "southwest_border_total", "the nine sectors")),
        ),
        Schema(
            "border_barrier_miles_by_state_2018.csv",
            (
                Column("state", TEXT),
                Column("row_type", TEXT, choices=ROW_TYPES),
                *_counts(*MILES),
                Column("as_of", DATE),
            ),
            key=("state",),
            rules=(
                one_published_total,
                adds_up(
                    ("pedestrian_primary_miles", "vehicle_primary_miles"),
                    "total_primary_miles",
                    "pedestrian_primary_miles and vehicle_primary_miles",
                ),
            ),
        ),
        Schema(
            "border_length_by_state.csv",
            (
                Column("state", TEXT),
                Column("row_type", TEXT, choices=ROW_TYPES),
                Column("length_miles", COUNT),
                Column("qualifier", TEXT),
                Column("chosen", FLAG),
                Column("choice_reason", TEXT, blank=True),
                Column("source_name", TEXT),
                Column("source_url", TEXT),
                Column("source_quality", TEXT),
                Column("what_source_says", TEXT),
            ),
            rules=(one_chosen_per_state,),
        ),
        Schema(
            "deployments_and_caravan_figures.csv",
            (
                Column("topic", TEXT),
                Column("state", TEXT, blank=True, choices=STATES),
                Column("date", DATE),
                Column("figure", COUNT),
                Column("unit", TEXT),
                Column("what_source_says", TEXT),
                Column("source_name", TEXT),
                Column("source_url", TEXT),
            ),
        ),
        Schema(
            "figure_annotations.csv",
            (
                Column("text", TEXT),
                Column("start", COUNT),
                Column("counts", TEXT, choices=COUNTS),
                Column("attributed_to", TEXT, choices=ATTRIBUTIONS),
                Column("about", TEXT),
            ),
            key=("text", "start"),
        ),
        Schema(
            "story_figures_after_2018.csv",
            (
                Column("date", DATE),
                Column("subject", TEXT, choices=STORY_SUBJECTS),
                Column("counts", TEXT, choices=STORY_COUNTS),
                Column("figure", COUNT),
                Column("qualifier", TEXT, blank=True, choices=STORY_QUALIFIERS),
                Column("unit", TEXT),
                Column("fiscal_year", COUNT, blank=True),
                Column("who_said_it", TEXT),
                Column("who_type", TEXT, choices=STORY_SPEAKERS),
                Column("what_source_says", TEXT),
                Column("source_name", TEXT),
                Column("publisher", TEXT),
                Column("source_url", TEXT),
            ),
            rules=(sourced_by_url, fiscal_year_only_for_crossings),
        ),
        Schema(
            "swb_encounters_by_title_fy2020_2024.csv",
            (
                Column("fiscal_year", YEAR),
                *_counts("title_8_apprehensions", "title_42_expulsions", blank=True),
                Column("total_encounters", COUNT),
                Column("source", TEXT),
            ),
            key=("fiscal_year",),
            rules=(
                consecutive_fiscal_years,
                adds_up(
                    ("title_8_apprehensions", "title_42_expulsions"),
                    "total_encounters",
                    "title_8_apprehensions and title_42_expulsions",
                ),
            ),
        ),
        Schema(
            "apprehensions_crosscheck.csv",
            (
                Column("fiscal_year", YEAR),
                *_counts(
                    "cbp_nationwide",
                    "cbp_southwest_border",
                    "ohss_nationwide_rounded10",
                    "ohss_southwest_rounded10",
                    blank=True,
                ),
                Column("diff_nationwide_ohss_minus_cbp", DIFFERENCE, blank=True),
                Column("diff_swb_ohss_minus_cbp", DIFFERENCE, blank=True),
                Column("dhs_yearbook_t33_all_dhs_apprehensions", COUNT, blank=True),
                Column("diff_dhs_t33_minus_cbp_nationwide", DIFFERENCE, blank=True),
            ),
            key=("fiscal_year",),
            rules=(
                consecutive_fiscal_years,
                difference("diff_nationwide_ohss_minus_cbp", "ohss_nationwide_rounded10", "cbp_nationwide"),
                difference("diff_swb_ohss_minus_cbp", "ohss_southwest_rounded10", "cbp_southwest_border"),
                difference(
                    "diff_dhs_t33_minus_cbp_nationwide", "dhs_yearbook_t33_all_dhs_apprehensions", "cbp_nationwide"
                ),
            ),
        ),
    )
}


# --------------------------------------------------------------------------- published files and checksums


def validate(content: bytes, filename: str) -> pd.DataFrame:
    """Parse a dataset's bytes with its schema (as the loaders do); raise DatasetError naming the problem.

    Used by ``tools.build_datasets`` to check what it is about to write.
    """
    return _parse(content, _published(filename), SCHEMAS[filename])


def _published(filename: str) -> str:
    return f"datasets/{filename}"


#: The git command that restores published files byte for byte. A plain `git checkout FILE` is not
#: enough on Windows: with core.autocrlf=true (Git for Windows' default) it writes CRLF line
#: endings again; -c core.autocrlf=false turns that off for this one command.
RESTORE_COMMAND = "git -c core.autocrlf=false checkout --"


def restore_advice(*published: str) -> str:
    """How to get published files back, exactly as published (works on Windows too)."""
    return (
        f"restore {'it' if len(published) == 1 else 'them'} with `{RESTORE_COMMAND} {' '.join(published)}` "
        "(in a terminal, in the course folder), or download the course again"
    )


def _restore(filename: str) -> str:
    return restore_advice(_published(filename))


def as_published_bytes(data: bytes) -> bytes:
    """The bytes with a UTF-8 BOM and Windows (CRLF) or old Mac (CR) line endings undone.

    Editors and Git on Windows re-save text that way without changing a character of it;
    the course's files are published with LF line endings and no BOM.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def sha256(content: bytes) -> str:
    """The sha256 of ``content`` in hex, as a ``checksums.sha256`` file lists it: the course's one fingerprint
    (the loaders, the self-check, the dataset builder and the tests all use this one)."""
    return hashlib.sha256(content).hexdigest()


def _line_endings_only(data: bytes, expected: str) -> bool:
    return sha256(as_published_bytes(data)) == expected


def read_checksums(path: Path, shown: str) -> dict[str, str]:
    """Read a ``checksums.sha256`` file (``sha256sum`` format) into {file name: hex digest}.

    ``shown`` names the file in the error a damaged line raises (``datasets/checksums.sha256``).
    """
    listed = {}
    for line_number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line)
        if not match:
            raise DatasetError(
                f"{shown}, line {line_number}: expected '<sha256>  <file name>', got {line!r}; {restore_advice(shown)}"
            )
        listed[match[2]] = match[1]
    return listed


def _checksums(folder: Path) -> dict[str, str]:
    """Read ``datasets/checksums.sha256`` into {file name: hex digest}."""
    path = folder / CHECKSUMS
    if not path.is_file():
        raise FileNotFoundError(
            f"{_published(CHECKSUMS)} is missing, so the datasets cannot be checked: {_restore(CHECKSUMS)}"
        )
    return read_checksums(path, _published(CHECKSUMS))


def _published_bytes(filename: str) -> bytes:
    """The bytes of ``datasets/<filename>``, refused unless they match ``checksums.sha256``."""
    folder = paths.DATASETS
    path = folder / filename
    if not path.is_file():
        raise FileNotFoundError(f"{_published(filename)} is missing: {_restore(filename)}")
    data = path.read_bytes()
    listed = _checksums(folder)
    if filename not in listed:
        raise DatasetError(
            f"{_published(filename)} is not listed in {_published(CHECKSUMS)}, so it cannot be checked; "
            f"{restore_advice(_published(filename), _published(CHECKSUMS))}"
        )
    if sha256(data) != listed[filename]:
        if _line_endings_only(data, listed[filename]):
            # Re-saved with Windows line endings or a BOM (Git's core.autocrlf, an editor): the same
            # characters as published, so the same table. Read it as published.
            return as_published_bytes(data)
        raise DatasetError(f"{_published(filename)} has changed since it was published: {_restore(filename)}")
    return data


def source_pdf(filename: str) -> Path:
    """The path of one of CBP's PDFs in ``datasets/sources/``, after checking it against ``checksums.sha256``.

    For ``helpers.cbp_pdfs`` and for opening a PDF in a lesson: ``cbp_pdfs.read_staffing(data.source_pdf(name))``.
    """
    name = f"{SOURCES}/{filename}"
    _published_bytes(name)
    return paths.DATASETS / name


def verify_published() -> list[str]:
    """Check every file listed in ``datasets/checksums.sha256``; return their names.

    Raises the same errors as the loaders when a file is missing or has changed.
    """
    names = sorted(_checksums(paths.DATASETS))
    for name in names:
        _published_bytes(name)
    return names


def _load(filename: str, path: Path | str | None) -> pd.DataFrame:
    schema = SCHEMAS[filename]
    if path is None:
        return _parse(_published_bytes(filename), _published(filename), schema)
    path = Path(path)
    shown = paths.relative(path)
    if not path.is_file():
        raise FileNotFoundError(
            f"No file at {shown}: check the name and folder, or leave out `path` "
            f"to load the course's own {_published(filename)}"
        )
    return _parse(path.read_bytes(), shown, schema)


# --------------------------------------------------------------------------- the loaders


def load_apprehensions(path: Path | str | None = None) -> pd.DataFrame:
    """US Border Patrol apprehensions by fiscal year (``apprehensions_by_fiscal_year.csv``).

    Columns: fiscal_year, nationwide (FY1925-2019), southwest_border (FY1960-2024), measure
    ("encounters" for FY2020-FY2023, the Title 42 years: Title 8 apprehensions plus Title 42
    expulsions, the series break; "apprehensions" for every other year, FY2024 included), and a
    source code for each count. Blank where no figure was found.
    """
    return _load("apprehensions_by_fiscal_year.csv", path)


def load_monthly(path: Path | str | None = None) -> pd.DataFrame:
    """Monthly apprehensions FY2000-2019, October 1999 first (``monthly_apprehensions_fy2000_2019.csv``).

    Columns: fiscal_year, calendar_year, month_number (1-12), month, swb_apprehensions,
    nationwide_apprehensions, ohss_swb_encounters_rounded10 (the DHS statistics office's figure,
    rounded to 10: a cross-check).
    """
    return _load("monthly_apprehensions_fy2000_2019.csv", path)


def load_sectors(path: Path | str | None = None) -> pd.DataFrame:
    """Southwest border apprehensions by Border Patrol sector, FY1960-2019.

    One row per fiscal year: the nine sectors and CBP's published southwest_border_total
    (checked: the sectors add up to it).
    """
    return _load("swb_apprehensions_by_sector_fy1960_2019.csv", path)


def load_sector_profiles(path: Path | str | None = None) -> pd.DataFrame:
    """CBP's Sector Profiles for FY2018 and FY2019, one row per fiscal year and sector or total row.

    From the PDFs in ``datasets/sources/`` (pages 1-3): agents on board on 30 September,
    apprehensions, seizures, rescues, deaths, juveniles and adults, female and male. Figures are
    as printed, including CBP's inconsistencies (FY2018: juveniles + adults do not make the total
    in the nine southwest sectors; Havre's and Houlton's totals swapped on page 3): see
    datasets/README.md. Blank (<NA>) where CBP prints N/A.
    """
    return _load("sector_profiles_fy2018_2019.csv", path)


def load_staffing(path: Path | str | None = None) -> pd.DataFrame:
    """Border Patrol agents on board by fiscal year and sector, FY1992-2019, with region and nationwide totals.

    The southwest total includes the Special Operations Group from FY2010 (not a sector), and the
    nationwide total every agent in CBP, so neither is the sum of the rows above it.
    """
    return _load("agent_staffing_by_sector_fy1992_2019.csv", path)


def load_deaths(path: Path | str | None = None) -> pd.DataFrame:
    """Deaths of migrants recorded by the Border Patrol in the southwest border sectors, FY1998-2019.

    CBP: the data "may be subject to change based on new discoveries of remains and possible dates
    of death as determined by a medical examiner".
    """
    return _load("swb_deaths_by_sector_fy1998_2019.csv", path)


def load_barrier_miles(path: Path | str | None = None) -> pd.DataFrame:
    """Miles of border barrier by state as of 4 October 2018, plus CBP's published total row.

    Filter ``row_type == "state"`` before adding states up: CBP's "Southwest Border" row is
    published, "approximate due to rounding", and is not the sum of the states.
    """
    return _load("border_barrier_miles_by_state_2018.csv", path)


def load_border_length(path: Path | str | None = None) -> pd.DataFrame:
    """Published lengths of the US-Mexico border by state, several per state, with sources.

    ``chosen`` marks the one value per state (and one total) the course uses for calculations;
    ``choice_reason`` says why.
    """
    return _load("border_length_by_state.csv", path)


def chosen_border_lengths() -> dict[str, int]:
    """The one border length per state the course calculates with (``chosen``), as {state: miles}."""
    lengths = load_border_length()
    chosen = lengths[lengths["chosen"] & (lengths["row_type"] == "state")]
    return dict(zip(chosen["state"], chosen["length_miles"].astype(int)))


def load_deployments(path: Path | str | None = None) -> pd.DataFrame:
    """National Guard, active-duty troop and caravan-size figures reported in 2018, one per source."""
    return _load("deployments_and_caravan_figures.csv", path)


def load_figure_annotations(path: Path | str | None = None) -> pd.DataFrame:
    """What each figure of the article counts and who it is attributed to, keyed by its text and start offset.

    Written by the course authors, one row per figure that ``helpers.article.extract_figures``
    finds. Keying by text *and* position keeps the notes on the right figure when the same text
    ("800") appears twice, and shows up any figure that moved if the article changed.
    """
    return _load("figure_annotations.csv", path)


def load_crosscheck(path: Path | str | None = None) -> pd.DataFrame:
    """CBP's yearly figures beside the DHS statistics office's and the DHS Yearbook's, with differences."""
    return _load("apprehensions_crosscheck.csv", path)


def load_story_figures(path: Path | str | None = None) -> pd.DataFrame:
    """How the story's figures changed after 25 October 2018 (``story_figures_after_2018.csv``).

    One row per figure from one source on one date: troops (expected, announced, suggested,
    forecast, deployed, ...), the National Guard, caravan size estimates and the crossing figures
    published for FY2019-FY2024. Every row has its date, what it counts (``counts``), who said it
    (``who_said_it``, ``who_type``), a quote, the page it was read on (``source_name``), the organization
    that published it (``publisher``) and the source's URL: the loader refuses a row without them.
    ``qualifier`` keeps the source's "about", "more than", "up to" apart from the figure.
    """
    return _load("story_figures_after_2018.csv", path)


def load_encounters_by_title(path: Path | str | None = None) -> pd.DataFrame:
    """Border Patrol southwest border encounters FY2020-FY2024 split into Title 8 apprehensions and
    Title 42 expulsions (``swb_encounters_by_title_fy2020_2024.csv``; the FY2021 split was not found).
    """
    return _load("swb_encounters_by_title_fy2020_2024.csv", path)
