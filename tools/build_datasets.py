"""Build the course's datasets/ from CBP's PDFs and the verified reference material (maintainers only).

    python -m tools.build_datasets                      # reads datasets/sources (with its reference/), writes datasets/
    python -m tools.build_datasets --out /tmp/check     # build somewhere else to compare

This is the only program allowed to write to datasets/. Notebooks and loaders only read it.

Where each dataset comes from:

* **From CBP's PDFs in ``datasets/sources/``, read with ``helpers.cbp_pdfs``** (the PDFs are the
  course's own copies, listed with their sha256 in ``datasets/checksums.sha256``):
  every figure of CBP's statistics tables: ``apprehensions_by_fiscal_year.csv`` (nationwide
  FY1925-2019, southwest border FY1960-2019), ``swb_apprehensions_by_sector_fy1960_2019.csv``,
  the CBP columns of ``monthly_apprehensions_fy2000_2019.csv``, ``sector_profiles_fy2018_2019.csv``,
  ``agent_staffing_by_sector_fy1992_2019.csv`` and ``swb_deaths_by_sector_fy1998_2019.csv``.
  The FY2018 editions of the apprehension and deaths tables are read too, and must agree with
  the FY2019 editions for every year they share.
* **From the reference CSVs** (``datasets/sources/reference/``, the project's verified reference
  material with its research log ``SOURCES.md``, copied into the course; read, never changed):
  what no PDF holds: southwest border FY2020-2024 (press release and encounter download) and the
  Title 8/Title 42 split that decides the ``measure`` column, the OHSS column of the monthly file,
  ``apprehensions_crosscheck.csv``, ``border_barrier_miles_by_state_2018.csv``,
  ``border_length_by_state.csv`` and ``deployments_and_caravan_figures.csv``.
  Where a reference CSV holds the same CBP figures as a PDF, they must be equal (a cross-check).
  ``figure_annotations.csv`` is written by the course authors, not built here.

For every dataset it:

* copies each number exactly (the PDFs' figures as whole numbers, the reference CSVs' text as
  written), so a published figure can never be altered on the way;
* runs the checks across sources (the PDFs' own sums, PDF vs reference, months vs years) and
  validates the bytes it is about to write with the dataset's schema in ``helpers.data`` (the
  same rules the loaders apply), and refuses to write anything when one fails. A failing check
  means a source changed: investigate, never "fix" a number here to make a total add up;
* writes UTF-8 CSVs with ``\\n`` line endings, byte-identical on every run.

At the end it recomputes ``datasets/checksums.sha256`` (``sha256sum`` format, sorted by file
name) over every ``*.csv`` in the folder, including files it does not build itself, and every
file under ``sources/`` (the PDFs and the reference material).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from helpers import cbp_pdfs, data, facts, paths

CHECKSUMS = "checksums.sha256"

SOURCES = paths.DATASETS / data.SOURCES
#: The verified reference material and its research log (SOURCES.md), inside the course, so that a
#: fresh clone can rebuild and check every dataset. The PDFs it shares with ``datasets/sources/``
#: are kept once, there.
REFERENCE = SOURCES / "reference"
MONTHS, FISCAL_MONTHS, STATES, STATE_CODES, SECTORS = (
    facts.MONTHS,
    facts.FISCAL_MONTHS,
    facts.STATES,
    facts.STATE_CODES,
    facts.SECTORS,
)

#: CBP's PDFs, by what they hold: the edition the datasets are built from, then the earlier edition it is checked against.
PDF_SECTORS = (
    "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_2019_0.pdf",
    "bp_southwest_border_sector_apps_fy1960_fy2018.pdf",
)
PDF_NATIONWIDE = ("u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf", "bp_total_apps_fy1925_fy2018.pdf")
PDF_MONTHLY = (
    "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf",
    "bp_total_monthly_apps_sector_area_fy2018.pdf",
)
PDF_DEATHS = (
    "u.s._border_patrol_fiscal_year_southwest_border_sector_deaths_fy_1998_fy_2019_0.pdf",
    "bp_southwest_border_sector_deaths_fy1998_fy2018.pdf",
)
#: The staffing edition the dataset is built from; the FY2018 edition (staffing_fy1992_fy2018.pdf) revises
#: FY2012-2015 and does not add up in places, so it is kept for the readers' tests and the lesson, not compared.
PDF_STAFFING = "u.s._border_patrol_fiscal_year_staffing_statistics_fy_1992_fy_2019_0.pdf"
PDF_PROFILES = (
    "u.s._border_patrol_fiscal_year_2018_sector_profile.pdf",
    "u.s._border_patrol_fiscal_year_2019_sector_profile_0.pdf",
)

WHOLE = re.compile(r"\d+")

Row = dict[str, str]


class BuildError(Exception):
    """The reference material is not what this builder was written for: nothing was written."""


# --------------------------------------------------------------------------- reading


def read_reference(reference: Path, name: str, columns: Iterable[str]) -> list[Row]:
    """Read ``reference/name`` as text rows, insisting on exactly the expected header."""
    path = reference / name
    if not path.is_file():
        raise BuildError(f"the reference file {name} is missing from {reference.name}/")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        header = next(reader, [])
        rows = [record for record in reader if record]
    if header != list(columns):
        raise BuildError(f"{name}: expected the columns {list(columns)}, found {header}")
    for number, record in enumerate(rows, start=2):
        if len(record) != len(header):
            raise BuildError(f"{name}, record {number}: {len(record)} fields, expected {len(header)}")
    return [dict(zip(header, record, strict=True)) for record in rows]


def number(row: Row, column: str, name: str, pattern: re.Pattern[str] = WHOLE) -> int | None:
    """The integer in a cell (None when blank); the text itself is what gets written."""
    text = row[column]
    if text == "":
        return None
    if not pattern.fullmatch(text):
        raise BuildError(f"{name}: column {column!r} holds {text!r}, not a whole number")
    return int(text)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise BuildError(message)


def extract_lines(reference: Path, name: str) -> list[str]:
    """The text extract of a CBP PDF (made with pdfplumber, stored beside the PDF)."""
    path = reference / "cbp-source-pdfs" / name
    if not path.is_file():
        raise BuildError(f"the CBP text extract cbp-source-pdfs/{name} is missing from the reference")
    return path.read_text(encoding="utf-8").splitlines()


# --------------------------------------------------------------------------- datasets


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: list[Row]


#: Source codes of apprehensions_by_fiscal_year.csv (datasets/README.md explains each).
SOURCE_NATIONWIDE = "cbp_nationwide_fy1925_2019"
SOURCE_SECTORS = "cbp_swb_sectors_fy1960_2019"
SWB_SOURCES = {2020: "cbp_fy2020_press_release", 2021: "cbp_report_via_breitbart"}
SOURCE_ENCOUNTER_DOWNLOAD = "cbp_swb_encounters_download"
LAST_APPREHENSIONS_YEAR = 2019  # the last year of CBP's apprehensions tables; later years come from encounter data
#: Title 8 apprehensions and Title 42 expulsions by fiscal year, FY2020-2024 (decides the `measure` column).
BY_TITLE = "swb_usbp_encounters_by_title_fy2020_2024.csv"


#: Tables already read, by (reader, sha256 of the PDF's bytes): pdfplumber is slow, and tests build several times.
_READ: dict[tuple[str, str], object] = {}


@dataclass
class Inputs:
    """Where the sources are; each PDF is read once per content (``helpers.cbp_pdfs`` is slow)."""

    reference: Path
    sources: Path

    def _cached(self, key: str, name: str, read: Callable[[Path], object]):
        path = self.sources / name
        if not path.is_file():
            raise BuildError(f"the CBP PDF {name} is missing from {paths.relative(self.sources)}/")
        digest = data.sha256(path.read_bytes())
        if (key, digest) not in _READ:
            try:
                _READ[key, digest] = read(path)
            except cbp_pdfs.CbpPdfError as error:
                raise BuildError(str(error)) from error
        return _READ[key, digest].copy()

    def pdf(self, reader: Callable, name: str):
        """Read ``sources/name`` with a ``helpers.cbp_pdfs`` reader; its own checks must pass (no mismatch allowed)."""
        return self._cached(reader.__name__, name, reader)

    def profile(self, name: str):
        """A sector profile, read with its mismatches recorded (CBP's FY2018 profile does not add up)."""
        return self._cached("profile", name, lambda path: cbp_pdfs.read_sector_profile(path, on_mismatch="record"))


def annual(reference: Path) -> list[Row]:
    name = "apprehensions_by_fiscal_year.csv"
    rows = read_reference(reference, name, ["fiscal_year", "nationwide", "southwest_border"])
    years = [number(row, "fiscal_year", name) for row in rows]
    require(years == list(range(1925, 2025)), f"{name}: expected one row per fiscal year 1925-2024")
    return rows


def same_editions(inputs: Inputs, reader: Callable, editions: tuple[str, str], key: list[str]) -> None:
    """The earlier edition of a CBP table agrees with the newer one for every row they share."""
    newer, older = (inputs.pdf(reader, name) for name in editions)
    merged = older.merge(newer, on=key, how="left", suffixes=("_older", "_newer"), indicator=True)
    require((merged["_merge"] == "both").all(), f"{editions[1]} has rows that {editions[0]} lacks")
    value = next(
        column
        for column in older.columns
        if column not in key and older[column].dtype == "Int64" and column not in ("yearly_total",)
    )
    differ = merged[merged[f"{value}_older"].ne(merged[f"{value}_newer"]).fillna(False)]
    require(differ.empty, f"{editions[1]} and {editions[0]} differ: {differ.head(3).to_dict('records')}")


def pdf_annual(inputs: Inputs) -> dict[int, dict[str, int]]:
    """Nationwide (FY1925-2019) and southwest border (FY1960-2019) totals from CBP's PDFs."""
    nationwide = inputs.pdf(cbp_pdfs.read_nationwide_apprehensions, PDF_NATIONWIDE[0])
    sectors = inputs.pdf(cbp_pdfs.read_sector_apprehensions, PDF_SECTORS[0])
    totals = sectors[sectors["sector"] == "southwest_border_total"]
    years: dict[int, dict[str, int]] = {}
    for year, count in zip(nationwide["fiscal_year"], nationwide["apprehensions"]):
        years.setdefault(int(year), {})["nationwide"] = int(count)
    for year, count in zip(totals["fiscal_year"], totals["apprehensions"]):
        years.setdefault(int(year), {})["southwest_border"] = int(count)
    require(
        sorted(years) == list(range(1925, LAST_APPREHENSIONS_YEAR + 1)),
        f"the CBP PDFs cover FY{min(years)}-{max(years)}, expected FY1925-{LAST_APPREHENSIONS_YEAR}",
    )
    return years


def title_42_years(reference: Path, totals: dict[int, str]) -> set[int]:
    """The fiscal years whose southwest border count includes Title 42 expulsions (FY2020-FY2023).

    Read from the reference split: a year counts Title 42 expulsions unless its split says 0. FY2021
    has no split in the material, but the order was in force all year, so it counts them too. The
    split's totals must be the yearly table's southwest border figures.
    """
    rows = read_reference(
        reference,
        BY_TITLE,
        ["fiscal_year", "title_8_apprehensions", "title_42_expulsions", "total_encounters", "source"],
    )
    years = set()
    for row in rows:
        year = number(row, "fiscal_year", BY_TITLE)
        require(
            row["total_encounters"] == totals.get(year),
            f"{BY_TITLE}: FY{year} total {row['total_encounters']} is not the yearly table's {totals.get(year)}",
        )
        title_8, title_42 = number(row, "title_8_apprehensions", BY_TITLE), number(row, "title_42_expulsions", BY_TITLE)
        if title_8 is not None and title_42 is not None:
            require(
                title_8 + title_42 == number(row, "total_encounters", BY_TITLE),
                f"{BY_TITLE}: FY{year} Title 8 + Title 42 is not the total",
            )
        if title_42 != 0:
            years.add(year)
    require(
        sorted({number(r, "fiscal_year", BY_TITLE) for r in rows}) == list(range(LAST_APPREHENSIONS_YEAR + 1, 2025)),
        f"{BY_TITLE}: expected one row per fiscal year {LAST_APPREHENSIONS_YEAR + 1}-2024",
    )
    return years


def build_apprehensions(inputs: Inputs) -> Table:
    rows = []
    reference = annual(inputs.reference)
    from_pdfs = pdf_annual(inputs)
    same_editions(inputs, cbp_pdfs.read_nationwide_apprehensions, PDF_NATIONWIDE, ["fiscal_year"])
    title_42 = title_42_years(inputs.reference, {int(row["fiscal_year"]): row["southwest_border"] for row in reference})
    for row in reference:
        year = int(row["fiscal_year"])
        cbp = from_pdfs.get(year, {})
        nationwide = str(cbp["nationwide"]) if "nationwide" in cbp else row["nationwide"]
        if year <= LAST_APPREHENSIONS_YEAR:
            southwest, swb_source = (str(cbp["southwest_border"]) if "southwest_border" in cbp else ""), SOURCE_SECTORS
            require(
                row["nationwide"] == nationwide and row["southwest_border"] == southwest,
                f"apprehensions_by_fiscal_year.csv: FY{year} in the reference ({row['nationwide']}, {row['southwest_border']}) "
                f"differs from CBP's PDFs ({nationwide}, {southwest})",
            )
        else:
            southwest, swb_source = row["southwest_border"], SWB_SOURCES.get(year, SOURCE_ENCOUNTER_DOWNLOAD)
            require(
                row["nationwide"] == "" and southwest != "",
                f"apprehensions_by_fiscal_year.csv: FY{year}: expected "
                "a southwest border figure and no nationwide figure (none found for FY2020+)",
            )
        rows.append(
            {
                "fiscal_year": row["fiscal_year"],
                "nationwide": nationwide,
                "southwest_border": southwest,
                # encounters = Title 8 apprehensions + Title 42 expulsions (FY2020-FY2023); FY2024 is Title 8 only
                "measure": "encounters" if year in title_42 else "apprehensions",
                "nationwide_source": SOURCE_NATIONWIDE if nationwide else "",
                "southwest_border_source": swb_source if southwest else "",
            }
        )
    return Table(
        ("fiscal_year", "nationwide", "southwest_border", "measure", "nationwide_source", "southwest_border_source"),
        rows,
    )


def build_monthly(inputs: Inputs) -> Table:
    name = "swb_monthly_fy2000_2019.csv"
    rows = read_reference(
        inputs.reference,
        name,
        [
            "fiscal_year",
            "month",
            "calendar_year",
            "swb_usbp_apprehensions",
            "nationwide_usbp_apprehensions",
            "ohss_swb_encounters_rounded10",
        ],
    )
    monthly = inputs.pdf(cbp_pdfs.read_monthly_apprehensions, PDF_MONTHLY[0])
    same_editions(inputs, cbp_pdfs.read_monthly_apprehensions, PDF_MONTHLY, ["fiscal_year", "sector", "month"])
    totals = pdf_annual(inputs)
    swb = monthly[monthly["sector"] == "southwest_border_total"].reset_index(drop=True)
    national = monthly[monthly["sector"] == "nationwide_total"].reset_index(drop=True)
    pdf_months = list(zip(swb["fiscal_year"], swb["month"]))
    require(
        pdf_months == [(year, month) for year in range(2000, 2020) for month in FISCAL_MONTHS],
        f"{PDF_MONTHLY[0]}: expected the months October-September of FY2000-2019, in order",
    )
    require(
        [(number(row, "fiscal_year", name), row["month"]) for row in rows] == pdf_months,
        f"{name}: expected the months of the CBP PDF, in order",
    )
    out = []
    for index, row in enumerate(rows):
        year, month = int(swb.at[index, "fiscal_year"]), swb.at[index, "month"]
        southwest, nationwide = str(int(swb.at[index, "apprehensions"])), str(int(national.at[index, "apprehensions"]))
        require(
            (row["swb_usbp_apprehensions"], row["nationwide_usbp_apprehensions"]) == (southwest, nationwide),
            f"{name}: FY{year} {month}: the reference differs from CBP's monthly PDF ({southwest}, {nationwide})",
        )
        out.append(
            {
                "fiscal_year": str(year),
                "calendar_year": str(int(swb.at[index, "calendar_year"])),
                "month_number": str(int(swb.at[index, "month_number"])),
                "month": month,
                "swb_apprehensions": southwest,
                "nationwide_apprehensions": nationwide,
                "ohss_swb_encounters_rounded10": row["ohss_swb_encounters_rounded10"],
            }
        )
    for year in range(2000, 2020):
        months = [row for row in out if int(row["fiscal_year"]) == year]
        for monthly_column, yearly in (
            ("swb_apprehensions", "southwest_border"),
            ("nationwide_apprehensions", "nationwide"),
        ):
            added = sum(int(row[monthly_column]) for row in months)
            require(
                added == totals[year][yearly],
                f"{name}: FY{year} months add to {added} but the annual {yearly} is {totals[year][yearly]}",
            )
    return Table(tuple(out[0]), out)


def wide_by_sector(frame, value: str) -> list[Row]:
    """A long CBP table (fiscal year x sector) as one row per fiscal year, the nine sectors then the total."""
    wide = frame.pivot(index="fiscal_year", columns="sector", values=value)
    return [
        {
            "fiscal_year": str(year),
            **{column: str(int(wide.at[year, column])) for column in (*SECTORS, "southwest_border_total")},
        }
        for year in wide.index
    ]


def build_sectors(inputs: Inputs) -> Table:
    name = "swb_apprehensions_by_sector_fy1960_2019.csv"
    columns = ("fiscal_year", *SECTORS, "southwest_border_total")
    reference = read_reference(inputs.reference, name, columns)
    same_editions(inputs, cbp_pdfs.read_sector_apprehensions, PDF_SECTORS, ["fiscal_year", "sector"])
    rows = wide_by_sector(inputs.pdf(cbp_pdfs.read_sector_apprehensions, PDF_SECTORS[0]), "apprehensions")
    require(rows == reference, f"{name}: the reference differs from CBP's PDF {PDF_SECTORS[0]}")
    return Table(columns, rows)


def build_deaths(inputs: Inputs) -> Table:
    same_editions(inputs, cbp_pdfs.read_deaths, PDF_DEATHS, ["fiscal_year", "sector"])
    rows = wide_by_sector(inputs.pdf(cbp_pdfs.read_deaths, PDF_DEATHS[0]), "deaths")
    return Table(("fiscal_year", *SECTORS, "southwest_border_total"), rows)


def _cells(frame, columns: Iterable[str]) -> list[Row]:
    """Rows of text cells: whole numbers as digits, <NA> (CBP's N/A) as a blank cell."""
    import pandas as pd

    return [
        {column: "" if pd.isna(value) else str(value) for column, value in zip(columns, record)}
        for record in frame[list(columns)].astype(object).itertuples(index=False)
    ]


def build_staffing(inputs: Inputs) -> Table:
    staffing = inputs.pdf(cbp_pdfs.read_staffing, PDF_STAFFING)
    columns = ("fiscal_year", "sector", "sector_name", "region", "row_type", "agents")
    return Table(columns, _cells(staffing, columns))


def build_profiles(inputs: Inputs) -> Table:
    import pandas as pd

    frames = [inputs.profile(name) for name in PDF_PROFILES]
    both = pd.concat(frames, ignore_index=True)
    columns = ("fiscal_year", "sector", "sector_name", "region", "row_type", *data.PROFILE_COUNTS)
    return Table(columns, _cells(both, columns))


BARRIER_EXTRACTS = (
    "fy18_border_patrol_barrier_totals_v3.txt",
    "u.s._border_patrol_mileage_of_pedestrian_and_vehicle_barrier_by_state_0.txt",
)
BARRIER_TOTAL = "Southwest Border"


def build_barrier_miles(inputs: Inputs) -> Table:
    reference = inputs.reference
    name = "border_barrier_miles_by_state_2018.csv"
    miles = (
        "pedestrian_primary_miles",
        "vehicle_primary_miles",
        "total_primary_miles",
        "pedestrian_secondary_miles",
        "pedestrian_tertiary_miles",
    )
    rows = read_reference(reference, name, ["state", *miles, "as_of"])
    require(
        [row["state"] for row in rows] == [*STATES, BARRIER_TOTAL],
        f"{name}: expected the four states then {BARRIER_TOTAL!r}",
    )
    for extract in BARRIER_EXTRACTS:
        found = {}
        for line in extract_lines(reference, extract):
            match = re.fullmatch(r"([A-Za-z ]+?) (\d+) (\d+) (\d+) (\d+) (\d+)", line)
            if match:
                found[match[1]] = list(match.groups()[1:])
        for row in rows:
            require(
                found.get(row["state"]) == [row[column] for column in miles],
                f"{name}: {row['state']} differs from {extract}",
            )
    out = []
    for row in rows:  # pedestrian + vehicle = total primary is the schema's rule (helpers.data)
        require(row["as_of"] == "2018-10-04", f"{name}: {row['state']}: as_of {row['as_of']!r}, expected 2018-10-04")
        out.append(
            {
                "state": row["state"],
                "row_type": "published total" if row["state"] == BARRIER_TOTAL else "state",
                **{column: row[column] for column in miles},
                "as_of": row["as_of"],
            }
        )
    return Table(tuple(out[0]), out)


BORDER_TOTAL = "US-Mexico border"
#: One value per state (and one for the whole border) for calculations:
#: (state as in the reference, length, start of the source URL) -> why this one.
CHOSEN_LENGTHS = {
    (
        "Texas",
        "1254",
        "http://www.cpa.state.tx.us/",
    ): "State government report (Texas Comptroller), the most official source found; the Texas Tribune "
    "uses the same 1,254. Other published values: 1,248 (Border Legislative Conference), 1,241 (USA Today); "
    "1,255 is the Rio Grande segment (USAFacts).",
    (
        "New Mexico",
        "180",
        "https://www.abqjournal.com/",
    ): 'Two independent news sources give 180 (Albuquerque Journal 2005; USA Today 2018, "almost 180"); '
    "only the Border Legislative Conference gives 190.",
    (
        "Arizona",
        "370",
        "http://www.kabc.com/",
    ): "Article citing CBP; CBP's own barrier mileage in the same article adds to 370.4 (computed), and 370 is "
    "in the middle of the published values (350-378). Approximate.",
    (
        "California",
        "140",
        "http://business-newsc.win/",
    ): 'The only news source found (USA Today 2018, "a little more than 140"); the other 140 is a low-quality '
    "trivia page. The weakest-sourced state: approximate, probably a little low.",
    (
        "TOTAL",
        "1954",
        "https://www.azcentral.com/",
    ): "IBWC, the boundary commission that measures the border, as quoted by the Arizona Republic: 1,954 miles "
    "excluding 18 + 12 miles of maritime boundary. The chosen state values add to 1,944 (computed), not 1,954: "
    "they come from different sources.",
}


def build_border_length(inputs: Inputs) -> Table:
    reference = inputs.reference
    name = "border_length_by_state.csv"
    rows = read_reference(
        reference,
        name,
        ["state", "length_miles", "qualifier", "source_name", "source_url", "source_quality", "what_source_says"],
    )
    out, used = [], set()
    for row in rows:
        require(row["state"] in (*STATES, "TOTAL"), f"{name}: unexpected state {row['state']!r}")
        number(row, "length_miles", name)
        reason = next(
            (
                why
                for (state, length, url), why in CHOSEN_LENGTHS.items()
                if (state, length) == (row["state"], row["length_miles"]) and row["source_url"].startswith(url)
            ),
            "",
        )
        if reason:
            require(reason not in used, f"{name}: two rows match the chosen value for {row['state']}")
            used.add(reason)
        total = row["state"] == "TOTAL"
        out.append(
            {
                "state": BORDER_TOTAL if total else row["state"],
                "row_type": "published total" if total else "state",
                "length_miles": row["length_miles"],
                "qualifier": row["qualifier"],
                "chosen": "True" if reason else "False",
                "choice_reason": reason,
                "source_name": row["source_name"],
                "source_url": row["source_url"],
                "source_quality": row["source_quality"],
                "what_source_says": row["what_source_says"],
            }
        )
    require(len(used) == len(CHOSEN_LENGTHS), f"{name}: a chosen value was not found; update CHOSEN_LENGTHS")
    return Table(tuple(out[0]), out)


def build_deployments(inputs: Inputs) -> Table:
    reference = inputs.reference
    name = "deployments_and_caravan_figures.csv"
    rows = read_reference(
        reference, name, ["topic", "date", "figure", "unit", "what_source_says", "source_name", "source_url"]
    )
    out = []
    for row in rows:
        topic, _, code = row["topic"].rpartition("_")
        if code not in STATE_CODES:  # only a state suffix moves to its own column
            topic, code = row["topic"], ""
        require(
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]) is not None, f"{name}: {row['topic']}: date {row['date']!r}"
        )
        require(number(row, "figure", name) is not None, f"{name}: {row['topic']}: figure is blank")
        out.append(
            {
                "topic": topic,
                "state": STATE_CODES.get(code, ""),
                "date": row["date"],
                "figure": row["figure"],
                "unit": row["unit"],
                "what_source_says": row["what_source_says"],
                "source_name": row["source_name"],
                "source_url": row["source_url"],
            }
        )
    return Table(tuple(out[0]), out)


def build_crosscheck(inputs: Inputs) -> Table:
    reference = inputs.reference
    name = "apprehensions_crosscheck.csv"
    columns = (
        "fiscal_year",
        "cbp_nationwide",
        "cbp_southwest_border",
        "ohss_nationwide_rounded10",
        "ohss_southwest_rounded10",
        "diff_nationwide_ohss_minus_cbp",
        "diff_swb_ohss_minus_cbp",
        "dhs_yearbook_t33_all_dhs_apprehensions",
        "diff_dhs_t33_minus_cbp_nationwide",
    )
    rows = read_reference(reference, name, columns)
    totals = {row["fiscal_year"]: row for row in annual(reference)}
    require([row["fiscal_year"] for row in rows] == list(totals), f"{name}: expected the years of the annual file")
    for row in rows:
        year = row["fiscal_year"]
        require(
            (row["cbp_nationwide"], row["cbp_southwest_border"])
            == (totals[year]["nationwide"], totals[year]["southwest_border"]),
            f"{name}: FY{year}: the CBP columns differ from the annual file",
        )
    # the differences (OHSS - CBP, Yearbook - CBP) are checked by the schema's rules in helpers.data
    return Table(columns, rows)


#: Every file this script builds, and how.
BUILDERS: dict[str, Callable[[Inputs], Table]] = {
    "apprehensions_by_fiscal_year.csv": build_apprehensions,
    "monthly_apprehensions_fy2000_2019.csv": build_monthly,
    "swb_apprehensions_by_sector_fy1960_2019.csv": build_sectors,
    "sector_profiles_fy2018_2019.csv": build_profiles,
    "agent_staffing_by_sector_fy1992_2019.csv": build_staffing,
    "swb_deaths_by_sector_fy1998_2019.csv": build_deaths,
    "border_barrier_miles_by_state_2018.csv": build_barrier_miles,
    "border_length_by_state.csv": build_border_length,
    "deployments_and_caravan_figures.csv": build_deployments,
    "apprehensions_crosscheck.csv": build_crosscheck,
}


# --------------------------------------------------------------------------- writing


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=table.columns, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    writer.writerows(table.rows)
    return buffer.getvalue().encode("utf-8")


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically (never a half-written file); leave an identical file untouched."""
    if path.is_file() and path.read_bytes() == data:
        return False
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
    return True


def source_files(sources: Path) -> list[Path]:
    """Every file under ``sources/``: CBP's PDFs and the reference material (CSVs, extracts, research log)."""
    return sorted(p for p in sources.rglob("*") if p.is_file() and not p.name.startswith("."))


def checksums_bytes(folder: Path) -> bytes:
    """``sha256sum`` lines for every CSV in the folder and every file under its ``sources/``, sorted by path."""
    files = [*folder.glob("*.csv"), *source_files(folder / data.SOURCES)]
    lines = [
        f"{data.sha256(path.read_bytes())}  {path.relative_to(folder).as_posix()}\n"
        for path in sorted(files, key=lambda p: p.relative_to(folder).as_posix())
    ]
    return "".join(lines).encode("utf-8")


def validated(name: str, content: bytes) -> bytes:
    """The bytes, after parsing them with the dataset's schema exactly as the loaders will."""
    try:
        data.validate(content, name)
    except data.DatasetError as error:
        raise BuildError(f"the built {error}") from error
    return content


def build(reference: Path = REFERENCE, out: Path = paths.DATASETS, sources: Path = SOURCES) -> dict[str, bool]:
    """Build every dataset into ``out``; return {file name: whether it changed}.

    CBP's figures come from the PDFs in ``sources`` (the course's ``datasets/sources/``); the PDFs are
    copied into ``out/sources/`` when ``out`` is another folder, so that its checksums list them.
    Everything is built and checked in memory first, so a failing check writes nothing.
    """
    if not reference.is_dir():
        raise BuildError(
            f"no reference material at {paths.relative(reference)}: expected datasets/sources/reference "
            "(restore it with `git checkout -- datasets/sources`), or pass --reference"
        )
    inputs = Inputs(reference, sources)
    built = {name: validated(name, csv_bytes(builder(inputs))) for name, builder in BUILDERS.items()}
    out.mkdir(parents=True, exist_ok=True)
    changed = {name: write_if_changed(out / name, content) for name, content in built.items()}
    if (out / data.SOURCES).resolve() != sources.resolve():
        for source in source_files(sources):
            relative = source.relative_to(sources)
            (out / data.SOURCES / relative).parent.mkdir(parents=True, exist_ok=True)
            changed[f"{data.SOURCES}/{relative.as_posix()}"] = write_if_changed(
                out / data.SOURCES / relative, source.read_bytes()
            )
    changed[CHECKSUMS] = write_if_changed(out / CHECKSUMS, checksums_bytes(out))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--reference", type=Path, default=REFERENCE, help="the reference folder (default: datasets/sources/reference)"
    )
    parser.add_argument("--out", type=Path, default=paths.DATASETS, help="where to write (default: datasets/)")
    parser.add_argument("--sources", type=Path, default=SOURCES, help="CBP's PDFs (default: datasets/sources/)")
    arguments = parser.parse_args(argv)
    try:
        changed = build(arguments.reference, arguments.out, arguments.sources)
    except BuildError as error:
        print(f"build_datasets: nothing written: {error}", file=sys.stderr)
        return 1
    for name, was_changed in changed.items():
        print(f"{'updated  ' if was_changed else 'unchanged'} {paths.relative(arguments.out / name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
