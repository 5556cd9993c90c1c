"""Build the course's datasets/ from the verified reference material (maintainers only).

    python -m tools.build_datasets                      # reads ../shared/reference, writes datasets/
    python -m tools.build_datasets --out /tmp/check     # build somewhere else to compare

This is the only program allowed to write to datasets/. Notebooks and loaders only read it.
The reference material (``shared/reference`` beside the course folder: CSVs, the research log
SOURCES.md and the original CBP PDFs with text extracts) is read, never changed.

What it does, for every dataset:

* reads the reference CSV as text and copies each number exactly as written (no arithmetic,
  no float round-trip), so a published figure can never be altered on the way;
* reshapes it into the course's documented columns (datasets/README.md);
* runs the checks the reference README promises (sectors add to the total, months add to
  the year, the CBP text extracts agree with the CSVs, ...) and refuses to write anything
  when one fails. A failing check means the reference changed: investigate, never "fix" a
  number here to make a total add up;
* writes UTF-8 CSVs with ``\\n`` line endings, byte-identical on every run.

At the end it recomputes ``datasets/checksums.sha256`` (``sha256sum`` format, sorted by file
name) over every ``*.csv`` in the folder, including files it does not build itself.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from helpers import paths

#: The reference material, beside the course folder (also in CI: ``<clone>/../shared/reference``).
REFERENCE = paths.ROOT.parent / "shared" / "reference"
CHECKSUMS = "checksums.sha256"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: A fiscal year runs October to September.
FISCAL_MONTHS = MONTHS[9:] + MONTHS[:9]
STATES = ("California", "Arizona", "New Mexico", "Texas")
STATE_CODES = {"CA": "California", "AZ": "Arizona", "NM": "New Mexico", "TX": "Texas"}
SECTORS = ("big_bend", "del_rio", "el_centro", "el_paso", "laredo", "rio_grande_valley",
           "san_diego", "tucson", "yuma")

WHOLE = re.compile(r"\d+")
SIGNED = re.compile(r"-?\d+")

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


def annual(reference: Path) -> list[Row]:
    name = "apprehensions_by_fiscal_year.csv"
    rows = read_reference(reference, name, ["fiscal_year", "nationwide", "southwest_border"])
    years = [number(row, "fiscal_year", name) for row in rows]
    require(years == list(range(1925, 2025)), f"{name}: expected one row per fiscal year 1925-2024")
    for year, row in zip(years, rows):
        national, border = number(row, "nationwide", name), number(row, "southwest_border", name)
        require((national is not None) == (1925 <= year <= 2019), f"{name}: FY{year} nationwide should be {'filled' if year <= 2019 else 'blank'}")
        require((border is not None) == (year >= 1960), f"{name}: FY{year} southwest_border should be {'filled' if year >= 1960 else 'blank'}")
    return rows


def title_42_years(reference: Path, totals: dict[int, str]) -> set[int]:
    """The fiscal years whose southwest border count includes Title 42 expulsions (FY2020-FY2023).

    Read from the reference split: a year counts Title 42 expulsions unless its split says 0. FY2021
    has no split in the material, but the order was in force all year, so it counts them too. The
    split's totals must be the yearly table's southwest border figures.
    """
    rows = read_reference(reference, BY_TITLE, ["fiscal_year", "title_8_apprehensions", "title_42_expulsions", "total_encounters", "source"])
    years = set()
    for row in rows:
        year = number(row, "fiscal_year", BY_TITLE)
        require(row["total_encounters"] == totals.get(year), f"{BY_TITLE}: FY{year} total {row['total_encounters']} is not the yearly table's {totals.get(year)}")
        title_8, title_42 = number(row, "title_8_apprehensions", BY_TITLE), number(row, "title_42_expulsions", BY_TITLE)
        if title_8 is not None and title_42 is not None:
            require(title_8 + title_42 == number(row, "total_encounters", BY_TITLE), f"{BY_TITLE}: FY{year} Title 8 + Title 42 is not the total")
        if title_42 != 0:
            years.add(year)
    require(sorted({number(r, "fiscal_year", BY_TITLE) for r in rows}) == list(range(LAST_APPREHENSIONS_YEAR + 1, 2025)),
            f"{BY_TITLE}: expected one row per fiscal year {LAST_APPREHENSIONS_YEAR + 1}-2024")
    return years


def build_apprehensions(reference: Path) -> Table:
    rows = []
    yearly = annual(reference)
    title_42 = title_42_years(reference, {int(row["fiscal_year"]): row["southwest_border"] for row in yearly})
    for row in yearly:
        year = int(row["fiscal_year"])
        if year <= LAST_APPREHENSIONS_YEAR:
            swb_source = SOURCE_SECTORS
        else:
            swb_source = SWB_SOURCES.get(year, SOURCE_ENCOUNTER_DOWNLOAD)
        rows.append({
            "fiscal_year": row["fiscal_year"],
            "nationwide": row["nationwide"],
            "southwest_border": row["southwest_border"],
            # encounters = Title 8 apprehensions + Title 42 expulsions (FY2020-FY2023); FY2024 is Title 8 only
            "measure": "encounters" if year in title_42 else "apprehensions",
            "nationwide_source": SOURCE_NATIONWIDE if row["nationwide"] else "",
            "southwest_border_source": swb_source if row["southwest_border"] else "",
        })
    return Table(("fiscal_year", "nationwide", "southwest_border", "measure",
                  "nationwide_source", "southwest_border_source"), rows)


def build_monthly(reference: Path) -> Table:
    name = "swb_monthly_fy2000_2019.csv"
    rows = read_reference(reference, name, ["fiscal_year", "month", "calendar_year", "swb_usbp_apprehensions",
                                            "nationwide_usbp_apprehensions", "ohss_swb_encounters_rounded10"])
    totals = {int(row["fiscal_year"]): row for row in annual(reference)}
    expected = [(year, month) for year in range(2000, 2020) for month in FISCAL_MONTHS]
    found = [(number(row, "fiscal_year", name), row["month"]) for row in rows]
    require(found == expected, f"{name}: expected the months October-September of FY2000-2019, in order")
    out = []
    for row in rows:
        year, month_number = int(row["fiscal_year"]), MONTHS.index(row["month"]) + 1
        calendar_year = year - 1 if month_number >= 10 else year
        require(number(row, "calendar_year", name) == calendar_year, f"{name}: FY{year} {row['month']}: calendar_year should be {calendar_year}")
        for column in ("swb_usbp_apprehensions", "nationwide_usbp_apprehensions", "ohss_swb_encounters_rounded10"):
            require(number(row, column, name) is not None, f"{name}: FY{year} {row['month']}: {column} is blank")
        out.append({
            "fiscal_year": row["fiscal_year"],
            "calendar_year": row["calendar_year"],
            "month_number": str(month_number),
            "month": row["month"],
            "swb_apprehensions": row["swb_usbp_apprehensions"],
            "nationwide_apprehensions": row["nationwide_usbp_apprehensions"],
            "ohss_swb_encounters_rounded10": row["ohss_swb_encounters_rounded10"],
        })
    for year in range(2000, 2020):
        months = [row for row in out if int(row["fiscal_year"]) == year]
        for monthly, yearly in (("swb_apprehensions", "southwest_border"), ("nationwide_apprehensions", "nationwide")):
            added = sum(int(row[monthly]) for row in months)
            require(added == int(totals[year][yearly]),
                    f"{name}: FY{year} months add to {added} but the annual {yearly} is {totals[year][yearly]}")
    return Table(tuple(out[0]), out)


SECTOR_EXTRACT = "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_2019_0.txt"


def build_sectors(reference: Path) -> Table:
    name = "swb_apprehensions_by_sector_fy1960_2019.csv"
    columns = ("fiscal_year", *SECTORS, "southwest_border_total")
    rows = read_reference(reference, name, columns)
    require([number(row, "fiscal_year", name) for row in rows] == list(range(1960, 2020)),
            f"{name}: expected one row per fiscal year 1960-2019")
    totals = {int(row["fiscal_year"]): row["southwest_border"] for row in annual(reference)}
    extract = {}
    for line in extract_lines(reference, SECTOR_EXTRACT):
        if re.fullmatch(r"\d{4}( [\d,]+){10}", line):
            year, *values = line.split()
            extract[year] = [value.replace(",", "") for value in values]
    for row in rows:
        year = row["fiscal_year"]
        values = [number(row, column, name) for column in columns[1:]]
        require(None not in values, f"{name}: FY{year} has a blank cell")
        require(sum(values[:-1]) == values[-1], f"{name}: FY{year}: the nine sectors add to {sum(values[:-1])}, not {values[-1]}")
        require(row["southwest_border_total"] == totals[int(year)], f"{name}: FY{year} total differs from the annual file")
        require(extract.get(year) == [row[column] for column in columns[1:]], f"{name}: FY{year} differs from the CBP text extract")
    require(len(extract) == len(rows), f"{SECTOR_EXTRACT}: has {len(extract)} years, the CSV {len(rows)}")
    return Table(columns, rows)


BARRIER_EXTRACTS = ("fy18_border_patrol_barrier_totals_v3.txt",
                    "u.s._border_patrol_mileage_of_pedestrian_and_vehicle_barrier_by_state_0.txt")
BARRIER_TOTAL = "Southwest Border"


def build_barrier_miles(reference: Path) -> Table:
    name = "border_barrier_miles_by_state_2018.csv"
    miles = ("pedestrian_primary_miles", "vehicle_primary_miles", "total_primary_miles",
             "pedestrian_secondary_miles", "pedestrian_tertiary_miles")
    rows = read_reference(reference, name, ["state", *miles, "as_of"])
    require([row["state"] for row in rows] == [*STATES, BARRIER_TOTAL], f"{name}: expected the four states then {BARRIER_TOTAL!r}")
    for extract in BARRIER_EXTRACTS:
        found = {}
        for line in extract_lines(reference, extract):
            match = re.fullmatch(r"([A-Za-z ]+?) (\d+) (\d+) (\d+) (\d+) (\d+)", line)
            if match:
                found[match[1]] = list(match.groups()[1:])
        for row in rows:
            require(found.get(row["state"]) == [row[column] for column in miles], f"{name}: {row['state']} differs from {extract}")
    out = []
    for row in rows:
        values = [number(row, column, name) for column in miles]
        require(values[0] + values[1] == values[2], f"{name}: {row['state']}: pedestrian + vehicle != total primary")
        require(row["as_of"] == "2018-10-04", f"{name}: {row['state']}: as_of {row['as_of']!r}, expected 2018-10-04")
        out.append({"state": row["state"], "row_type": "published total" if row["state"] == BARRIER_TOTAL else "state",
                    **{column: row[column] for column in miles}, "as_of": row["as_of"]})
    return Table(tuple(out[0]), out)


BORDER_TOTAL = "US-Mexico border"
#: One value per state (and one for the whole border) for calculations:
#: (state as in the reference, length, start of the source URL) -> why this one.
CHOSEN_LENGTHS = {
    ("Texas", "1254", "http://www.cpa.state.tx.us/"):
        "State government report (Texas Comptroller), the most official source found; the Texas Tribune "
        "uses the same 1,254. Other published values: 1,248 (Border Legislative Conference), 1,241 (USA Today); "
        "1,255 is the Rio Grande segment (USAFacts).",
    ("New Mexico", "180", "https://www.abqjournal.com/"):
        "Two independent news sources give 180 (Albuquerque Journal 2005; USA Today 2018, \"almost 180\"); "
        "only the Border Legislative Conference gives 190.",
    ("Arizona", "370", "http://www.kabc.com/"):
        "Article citing CBP; CBP's own barrier mileage in the same article adds to 370.4 (computed), and 370 is "
        "in the middle of the published values (350-378). Approximate.",
    ("California", "140", "http://business-newsc.win/"):
        "The only news source found (USA Today 2018, \"a little more than 140\"); the other 140 is a low-quality "
        "trivia page. The weakest-sourced state: approximate, probably a little low.",
    ("TOTAL", "1954", "https://www.azcentral.com/"):
        "IBWC, the boundary commission that measures the border, as quoted by the Arizona Republic: 1,954 miles "
        "excluding 18 + 12 miles of maritime boundary. The chosen state values add to 1,944 (computed), not 1,954: "
        "they come from different sources.",
}


def build_border_length(reference: Path) -> Table:
    name = "border_length_by_state.csv"
    rows = read_reference(reference, name, ["state", "length_miles", "qualifier", "source_name", "source_url",
                                            "source_quality", "what_source_says"])
    out, used = [], set()
    for row in rows:
        require(row["state"] in (*STATES, "TOTAL"), f"{name}: unexpected state {row['state']!r}")
        number(row, "length_miles", name)
        reason = next((why for (state, length, url), why in CHOSEN_LENGTHS.items()
                       if (state, length) == (row["state"], row["length_miles"]) and row["source_url"].startswith(url)), "")
        if reason:
            require(reason not in used, f"{name}: two rows match the chosen value for {row['state']}")
            used.add(reason)
        total = row["state"] == "TOTAL"
        out.append({
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
        })
    require(len(used) == len(CHOSEN_LENGTHS), f"{name}: a chosen value was not found; update CHOSEN_LENGTHS")
    return Table(tuple(out[0]), out)


def build_deployments(reference: Path) -> Table:
    name = "deployments_and_caravan_figures.csv"
    rows = read_reference(reference, name, ["topic", "date", "figure", "unit", "what_source_says", "source_name", "source_url"])
    out = []
    for row in rows:
        topic, _, code = row["topic"].rpartition("_")
        if code not in STATE_CODES:  # only a state suffix moves to its own column
            topic, code = row["topic"], ""
        require(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["date"]) is not None, f"{name}: {row['topic']}: date {row['date']!r}")
        require(number(row, "figure", name) is not None, f"{name}: {row['topic']}: figure is blank")
        out.append({"topic": topic, "state": STATE_CODES.get(code, ""), "date": row["date"], "figure": row["figure"],
                    "unit": row["unit"], "what_source_says": row["what_source_says"],
                    "source_name": row["source_name"], "source_url": row["source_url"]})
    return Table(tuple(out[0]), out)


def build_crosscheck(reference: Path) -> Table:
    name = "apprehensions_crosscheck.csv"
    columns = ("fiscal_year", "cbp_nationwide", "cbp_southwest_border", "ohss_nationwide_rounded10",
               "ohss_southwest_rounded10", "diff_nationwide_ohss_minus_cbp", "diff_swb_ohss_minus_cbp",
               "dhs_yearbook_t33_all_dhs_apprehensions", "diff_dhs_t33_minus_cbp_nationwide")
    rows = read_reference(reference, name, columns)
    totals = {row["fiscal_year"]: row for row in annual(reference)}
    require([row["fiscal_year"] for row in rows] == list(totals), f"{name}: expected the years of the annual file")
    differences = (("diff_nationwide_ohss_minus_cbp", "ohss_nationwide_rounded10", "cbp_nationwide"),
                   ("diff_swb_ohss_minus_cbp", "ohss_southwest_rounded10", "cbp_southwest_border"),
                   ("diff_dhs_t33_minus_cbp_nationwide", "dhs_yearbook_t33_all_dhs_apprehensions", "cbp_nationwide"))
    for row in rows:
        year = row["fiscal_year"]
        require((row["cbp_nationwide"], row["cbp_southwest_border"]) == (totals[year]["nationwide"], totals[year]["southwest_border"]),
                f"{name}: FY{year}: the CBP columns differ from the annual file")
        for result, minuend, subtrahend in differences:
            a, b = number(row, minuend, name), number(row, subtrahend, name)
            expected = None if a is None or b is None else a - b
            require(number(row, result, name, SIGNED) == expected, f"{name}: FY{year}: {result} is not {minuend} - {subtrahend}")
    return Table(columns, rows)


#: Every file this script builds, and how.
BUILDERS: dict[str, Callable[[Path], Table]] = {
    "apprehensions_by_fiscal_year.csv": build_apprehensions,
    "monthly_apprehensions_fy2000_2019.csv": build_monthly,
    "swb_apprehensions_by_sector_fy1960_2019.csv": build_sectors,
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


def checksums_bytes(folder: Path) -> bytes:
    """``sha256sum`` lines for every CSV in the folder, sorted by file name."""
    lines = [f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.name}\n"
             for path in sorted(folder.glob("*.csv"), key=lambda p: p.name)]
    return "".join(lines).encode("utf-8")


def build(reference: Path = REFERENCE, out: Path = paths.DATASETS) -> dict[str, bool]:
    """Build every dataset into ``out``; return {file name: whether it changed}.

    Everything is built and checked in memory first, so a failing check writes nothing.
    """
    if not reference.is_dir():
        shown = "../shared/reference" if reference == REFERENCE else paths.relative(reference)
        raise BuildError(f"no reference material at {shown}: expected the folder shared/reference beside the course folder, "
                         "or pass --reference")
    built = {name: csv_bytes(builder(reference)) for name, builder in BUILDERS.items()}
    out.mkdir(parents=True, exist_ok=True)
    changed = {name: write_if_changed(out / name, data) for name, data in built.items()}
    changed[CHECKSUMS] = write_if_changed(out / CHECKSUMS, checksums_bytes(out))
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE, help="the reference folder (default: ../shared/reference)")
    parser.add_argument("--out", type=Path, default=paths.DATASETS, help="where to write (default: datasets/)")
    arguments = parser.parse_args(argv)
    try:
        changed = build(arguments.reference, arguments.out)
    except BuildError as error:
        print(f"build_datasets: nothing written: {error}", file=sys.stderr)
        return 1
    for name, was_changed in changed.items():
        print(f"{'updated  ' if was_changed else 'unchanged'} {paths.relative(arguments.out / name)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
