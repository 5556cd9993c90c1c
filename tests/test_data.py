"""The dataset loaders (helpers.data): good loads, and a clear error for every kind of bad file.

Every bad file is a temporary copy (pytest's tmp_path): the course's datasets/ is never touched.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import data, paths
from tests.support import fingerprint

APPREHENSIONS = "apprehensions_by_fiscal_year.csv"
MONTHLY = "monthly_apprehensions_fy2000_2019.csv"
SECTORS = "swb_apprehensions_by_sector_fy1960_2019.csv"
BARRIER = "border_barrier_miles_by_state_2018.csv"
LENGTH = "border_length_by_state.csv"
DEPLOYMENTS = "deployments_and_caravan_figures.csv"
CROSSCHECK = "apprehensions_crosscheck.csv"

LOADERS = {
    APPREHENSIONS: data.load_apprehensions,
    MONTHLY: data.load_monthly,
    SECTORS: data.load_sectors,
    BARRIER: data.load_barrier_miles,
    LENGTH: data.load_border_length,
    DEPLOYMENTS: data.load_deployments,
    CROSSCHECK: data.load_crosscheck,
    "sector_profiles_fy2018_2019.csv": data.load_sector_profiles,
    "agent_staffing_by_sector_fy1992_2019.csv": data.load_staffing,
    "swb_deaths_by_sector_fy1998_2019.csv": data.load_deaths,
}


def published_text(name: str) -> str:
    return (paths.DATASETS / name).read_text(encoding="utf-8")


def copy_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of datasets/<name> in tmp_path with one exact piece of text replaced."""
    text = published_text(name)
    assert text.count(old) == 1, f"the test's edit {old!r} must match exactly once in {name}"
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8", newline="")
    return path


def error_of(loader, path: Path) -> str:
    with pytest.raises(ValueError) as caught:
        loader(path)
    message = str(caught.value)
    assert str(path.parent) not in message, "an error message must not reveal a machine path"
    return message


def assert_says(message: str, *fragments: str) -> None:
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in: {message}"


# --------------------------------------------------------------------------- good loads


@pytest.fixture(scope="module")
def loaded() -> dict[str, pd.DataFrame]:
    return {name: loader() for name, loader in LOADERS.items()}


def test_every_published_dataset_loads_with_its_documented_columns(loaded):
    for name, frame in loaded.items():
        assert list(frame.columns) == data.SCHEMAS[name].names, name
        assert len(frame) > 0 and frame.index.equals(pd.RangeIndex(len(frame))), name


def test_years_are_int_and_counts_are_nullable_Int64(loaded):
    yearly = loaded[APPREHENSIONS]
    assert yearly["fiscal_year"].dtype == "int64"
    assert yearly["nationwide"].dtype == "Int64" and yearly["southwest_border"].dtype == "Int64"
    assert yearly.set_index("fiscal_year").loc[1925, "southwest_border"] is pd.NA  # blank: never filled in
    assert (loaded[SECTORS].drop(columns="fiscal_year").dtypes == "Int64").all()
    monthly = loaded[MONTHLY]
    assert monthly[["fiscal_year", "calendar_year", "month_number"]].dtypes.eq("int64").all()
    assert (
        monthly[["swb_apprehensions", "nationwide_apprehensions", "ohss_swb_encounters_rounded10"]]
        .dtypes.eq("Int64")
        .all()
    )
    assert loaded[LENGTH]["chosen"].dtype == bool
    assert pd.api.types.is_datetime64_any_dtype(loaded[DEPLOYMENTS]["date"])


def test_fy2017_values(loaded):
    fy2017 = loaded[APPREHENSIONS].set_index("fiscal_year").loc[2017]
    assert (fy2017["nationwide"], fy2017["southwest_border"], fy2017["measure"]) == (310531, 303916, "apprehensions")
    assert loaded[SECTORS].set_index("fiscal_year").loc[2017, "southwest_border_total"] == 303916


def test_the_fy2020_series_break_is_marked_in_the_data(loaded):
    yearly = loaded[APPREHENSIONS].set_index("fiscal_year")
    assert set(yearly.loc[:2019, "measure"]) == {"apprehensions"}
    assert set(yearly.loc[2020:2023, "measure"]) == {"encounters"}  # Title 42 years
    assert yearly.loc[2024, "measure"] == "apprehensions"  # Title 8 only again
    assert yearly.loc[2020, "southwest_border"] == 400651
    assert yearly.loc[2020:, "nationwide"].isna().all()  # no exact CBP figure: left blank


def test_monthly_rows_run_from_october_1999_in_order(loaded):
    monthly = loaded[MONTHLY]
    first, last = monthly.iloc[0], monthly.iloc[-1]
    assert (first["fiscal_year"], first["calendar_year"], first["month_number"], first["month"]) == (
        2000,
        1999,
        10,
        "October",
    )
    assert (last["fiscal_year"], last["calendar_year"], last["month"]) == (2019, 2019, "September")
    assert len(monthly) == 240


def test_one_chosen_border_length_per_state(loaded):
    chosen = loaded[LENGTH].query("chosen").set_index("state")["length_miles"]
    assert chosen.to_dict() == {
        "Texas": 1254,
        "New Mexico": 180,
        "Arizona": 370,
        "California": 140,
        "US-Mexico border": 1954,
    }


def test_a_copy_with_windows_line_endings_and_a_bom_loads(tmp_path):
    path = tmp_path / "copy.csv"
    path.write_bytes(b"\xef\xbb\xbf" + published_text(SECTORS).replace("\n", "\r\n").encode())
    assert data.load_sectors(path).equals(data.load_sectors())


def test_loading_leaves_datasets_byte_identical():
    before = fingerprint(paths.DATASETS)
    for loader in LOADERS.values():
        loader()
    data.verify_published()
    assert fingerprint(paths.DATASETS) == before


# --------------------------------------------------------------------------- bad files: one clear error each

BAD_EDITS = [
    pytest.param(
        APPREHENSIONS,
        "fiscal_year,nationwide,",
        "fiscal_year,national,",
        [f"{APPREHENSIONS} has no column 'nationwide'; expected columns: fiscal_year, nationwide, southwest_border"],
        id="missing-column",
    ),
    pytest.param(
        APPREHENSIONS,
        "2003,931557,",
        "2003,abc,",
        ["row for fiscal year 2003, column 'nationwide': expected a whole number, got 'abc' (line 80)"],
        id="non-numeric-count",
    ),
    pytest.param(
        APPREHENSIONS,
        "2003,931557,",
        "2003,931 557,",
        ["row for fiscal year 2003, column 'nationwide': expected a whole number, got '931 557'"],
        id="count-with-a-space",
    ),
    pytest.param(
        APPREHENSIONS,
        "2003,931557,",
        "2003,-931557,",
        [
            "row for fiscal year 2003, column 'nationwide': expected a whole number of 0 or more (a count cannot be negative), got '-931557'"
        ],
        id="negative-count",
    ),
    pytest.param(
        APPREHENSIONS,
        "\n2004,",
        "\n2003,",
        ["fiscal year 2003 appears more than once (lines 80 and 81); expected one row per fiscal year"],
        id="duplicated-year",
    ),
    pytest.param(
        APPREHENSIONS,
        "2003,931557,905065,apprehensions,cbp_nationwide_fy1925_2019,cbp_swb_sectors_fy1960_2019\n",
        "",
        [
            "fiscal year 2003 is missing: the rows jump from 2002 to 2004 at line 80",
            "expected one row for every fiscal year from 1925 to 2024",
        ],
        id="missing-year",
    ),
    pytest.param(
        APPREHENSIONS,
        "\n2003,",
        "\n20x3,",
        ["line 80, column 'fiscal_year': expected a year (four digits, like 2017), got '20x3'"],
        id="bad-year",
    ),
    pytest.param(
        APPREHENSIONS,
        "2020,,400651,encounters",
        "2020,,400651,arrests",
        ["row for fiscal year 2020, column 'measure': expected one of 'apprehensions', 'encounters', got 'arrests'"],
        id="unknown-measure",
    ),
    pytest.param(
        APPREHENSIONS,
        "2020,,400651,encounters,,cbp_fy2020_press_release",
        "2020,,400651,encounters,,",
        [
            "row for fiscal year 2020, column 'southwest_border_source': southwest_border has a value, so expected a source code"
        ],
        id="value-without-source",
    ),
    pytest.param(
        SECTORS,
        "1999,14952,",
        "1999,14953,",
        ["fiscal year 1999: the nine sectors add to 1537001 but southwest_border_total says 1537000 (line 41)"],
        id="sectors-do-not-add-up",
    ),
    pytest.param(
        MONTHLY,
        "2005,2005,3,March,",
        "2005,2005,3,Marc,",
        ["line 67, column 'month': expected one of 'January', 'February'", "got 'Marc'"],
        id="misspelt-month",
    ),
    pytest.param(
        MONTHLY,
        "2005,2005,3,March,143048,144444,143040\n",
        "",
        ["fiscal year 2005 has 11 months", "missing: March; expected 12 months, October to September"],
        id="monthly-gap",
    ),
    pytest.param(
        MONTHLY,
        "2005,2005,3,March,143048,",
        "2005,2005,3,March,,",
        ["row for fiscal year 2005, March, column 'swb_apprehensions': expected a whole number, got a blank cell"],
        id="blank-count",
    ),
    pytest.param(
        MONTHLY,
        "2005,2005,3,March,",
        "2005,2004,3,March,",
        ["row for fiscal year 2005, March, column 'calendar_year': expected 2005"],
        id="wrong-calendar-year",
    ),
    pytest.param(
        MONTHLY,
        "2005,2005,3,March,",
        "2005,2005,4,March,",
        ["row for fiscal year 2005, March, column 'month_number': expected 3 for March, got 4"],
        id="wrong-month-number",
    ),
    pytest.param(
        BARRIER,
        "Arizona,state,124,183,307,",
        "Arizona,state,124,183,300,",
        [
            "state Arizona: pedestrian_primary_miles and vehicle_primary_miles add to 307 but total_primary_miles says 300 (line 3)"
        ],
        id="barrier-row-does-not-add-up",
    ),
    pytest.param(
        BARRIER,
        "Southwest Border,published total,",
        "Southwest Border,state,",
        ["has 0 rows with row_type 'published total'; expected exactly one"],
        id="barrier-total-row-unmarked",
    ),
    pytest.param(
        BARRIER,
        "2018-10-04\nArizona",
        "2018-13-04\nArizona",
        ["row for state California, column 'as_of': expected a date written YYYY-MM-DD, got '2018-13-04' (line 2)"],
        id="impossible-date",
    ),
    pytest.param(
        LENGTH,
        'Arizona,state,375,"""about""",False',
        'Arizona,state,375,"""about""",True',
        ["Arizona has 2 rows with chosen = True (lines 10, 11); expected exactly one"],
        id="two-chosen-lengths",
    ),
    pytest.param(
        DEPLOYMENTS,
        "national_guard_pledge,Texas,",
        "national_guard_pledge,Tejas,",
        ["line 6, column 'state': expected one of 'California', 'Arizona', 'New Mexico', 'Texas', got 'Tejas'"],
        id="unknown-state",
    ),
    pytest.param(
        CROSSCHECK,
        "2000,1676438,1643679,1590310,1566420,-86128,",
        "2000,1676438,1643679,1590310,1566420,-86127,",
        [
            "row for fiscal year 2000, column 'diff_nationwide_ohss_minus_cbp': expected ohss_nationwide_rounded10 - cbp_nationwide = -86128, got -86127"
        ],
        id="wrong-difference",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "expected"), BAD_EDITS)
def test_a_bad_copy_gets_an_error_naming_file_row_column_and_expectation(tmp_path, name, old, new, expected):
    message = error_of(LOADERS[name], copy_with(tmp_path, name, old, new))
    assert message.startswith(name), message  # a file outside the course is named by its file name
    assert_says(message, *expected)


def test_a_truncated_file_names_the_cut_line(tmp_path):
    text = published_text(SECTORS)
    path = tmp_path / SECTORS
    path.write_text(text[: text.rindex(",", 0, -20)], encoding="utf-8")  # the last row, cut mid-row
    assert_says(
        error_of(data.load_sectors, path),
        f"{SECTORS}: line 61 has ",
        "fields but the header has 11 (the file looks cut short)",
    )


def test_a_file_cut_inside_a_quoted_text_names_the_line(tmp_path):
    text = published_text(DEPLOYMENTS)
    path = tmp_path / DEPLOYMENTS
    path.write_text(text[: text.rindex('"', 0, -60)], encoding="utf-8")
    assert_says(error_of(data.load_deployments, path), f"{DEPLOYMENTS}: line 21 cannot be read as CSV", "cut short")


def test_an_extra_field_names_the_line(tmp_path):
    path = copy_with(tmp_path, SECTORS, "\n1999,14952,", "\n1999,0,14952,")
    assert_says(error_of(data.load_sectors, path), "line 41 has 12 fields but the header has 11")


@pytest.mark.parametrize("content", ["", "\n\n"], ids=["zero-bytes", "blank-lines"])
def test_an_empty_file(tmp_path, content):
    path = tmp_path / MONTHLY
    path.write_text(content, encoding="utf-8")
    assert_says(
        error_of(data.load_monthly, path),
        f"{MONTHLY} is empty; expected a header line with the columns: fiscal_year, calendar_year",
    )


def test_a_header_without_rows(tmp_path):
    path = tmp_path / APPREHENSIONS
    path.write_text(published_text(APPREHENSIONS).splitlines()[0] + "\n", encoding="utf-8")
    assert_says(error_of(data.load_apprehensions, path), f"{APPREHENSIONS} has a header but no rows of data")


def test_a_file_that_is_not_utf8(tmp_path):
    path = tmp_path / LENGTH
    path.write_bytes(published_text(LENGTH).replace("Juarez", "Juárez").encode("latin-1"))
    assert_says(error_of(data.load_border_length, path), f"{LENGTH}: byte", "is not UTF-8 text")


def test_a_missing_file_passed_by_path(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        data.load_apprehensions(tmp_path / "nowhere.csv")
    assert_says(str(caught.value), "No file at nowhere.csv", "leave out `path`", f"datasets/{APPREHENSIONS}")
    assert str(tmp_path) not in str(caught.value)


def test_a_path_inside_the_course_is_shown_relative_to_it():
    with pytest.raises(FileNotFoundError, match=re.escape("No file at output/no-such-file.csv")):
        data.load_sectors(paths.ROOT / "output" / "no-such-file.csv")


# --------------------------------------------------------------------------- the published files: checksums


@pytest.fixture
def datasets_copy(tmp_path, monkeypatch) -> Path:
    """A copy of datasets/ that the loaders read instead of the real one."""
    folder = tmp_path / "datasets"
    shutil.copytree(paths.DATASETS, folder)
    monkeypatch.setattr(paths, "DATASETS", folder)
    return folder


def test_the_copy_loads_like_the_original(datasets_copy):
    assert data.load_sectors().equals(data.load_sectors(datasets_copy / SECTORS))


def test_one_changed_byte_is_refused_with_the_restore_command(datasets_copy):
    path = datasets_copy / APPREHENSIONS
    content = bytearray(path.read_bytes())
    content[content.index(b"2017,310531,") + 5] = ord("4")  # one byte: FY2017 nationwide 310531 -> 410531
    path.write_bytes(bytes(content))
    by_path = data.load_apprehensions(path)  # a file passed by path is checked for its schema only
    assert by_path.set_index("fiscal_year").loc[2017, "nationwide"] == 410531
    with pytest.raises(
        ValueError,
        match=re.escape(
            f"datasets/{APPREHENSIONS} has changed since it was published: restore it with `git -c core.autocrlf=false checkout -- datasets/{APPREHENSIONS}`"
        ),
    ):
        data.load_apprehensions()
    with pytest.raises(ValueError, match="has changed since it was published"):
        data.verify_published()


@pytest.mark.parametrize(
    "resave",
    [
        lambda data: data.replace(b"\n", b"\r\n"),  # Git for Windows' core.autocrlf=true, or an editor
        lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),
    ],
    ids=["crlf", "bom-and-crlf"],
)
def test_a_published_file_resaved_with_windows_line_endings_still_loads_as_published(resave, datasets_copy):
    path = datasets_copy / APPREHENSIONS
    original = data.load_apprehensions()
    path.write_bytes(resave(path.read_bytes()))
    assert data.load_apprehensions().equals(original)
    assert APPREHENSIONS in data.verify_published()


def test_the_restore_command_works_under_git_autocrlf():
    """`git checkout FILE` would write CRLF again on Windows; the advice turns autocrlf off for that command."""
    assert data.restore_advice("datasets/x.csv").startswith(
        "restore it with `git -c core.autocrlf=false checkout -- datasets/x.csv`"
    )


def test_a_file_missing_from_the_checksums_is_refused(datasets_copy):
    listing = datasets_copy / "checksums.sha256"
    listing.write_text("".join(line for line in listing.read_text().splitlines(True) if MONTHLY not in line))
    with pytest.raises(ValueError, match=re.escape(f"datasets/{MONTHLY} is not listed in datasets/checksums.sha256")):
        data.load_monthly()


def test_a_missing_checksums_file_is_refused(datasets_copy):
    (datasets_copy / "checksums.sha256").unlink()
    with pytest.raises(
        FileNotFoundError,
        match=re.escape("datasets/checksums.sha256 is missing")
        + ".*git -c core.autocrlf=false checkout -- datasets/checksums.sha256",
    ):
        data.load_apprehensions()


def test_a_damaged_checksums_file_names_its_line(datasets_copy):
    listing = datasets_copy / "checksums.sha256"
    bad_line = len(listing.read_text().splitlines()) + 1
    listing.write_text(listing.read_text() + "not a checksum line\n")
    with pytest.raises(
        ValueError, match=rf"datasets/checksums.sha256, line {bad_line}: expected '<sha256>  <file name>'"
    ):
        data.load_apprehensions()


def test_a_missing_published_file_names_the_fix(datasets_copy):
    (datasets_copy / BARRIER).unlink()
    with pytest.raises(
        FileNotFoundError,
        match=re.escape(
            f"datasets/{BARRIER} is missing: restore it with `git -c core.autocrlf=false checkout -- datasets/{BARRIER}`"
        ),
    ):
        data.load_barrier_miles()


def test_chosen_border_lengths_give_one_value_per_state():
    lengths = data.chosen_border_lengths()
    assert set(lengths) == {"California", "Arizona", "New Mexico", "Texas"}
    assert lengths["Texas"] == 1254 and all(isinstance(v, int) for v in lengths.values())


# --------------------------------------------------------------------------- the datasets built from CBP's PDFs


@pytest.mark.parametrize(
    "name, old, new, expected",
    [
        (
            "agent_staffing_by_sector_fy1992_2019.csv",
            "2018,miami,Miami,coastal,sector,125",
            "2018,miami,Miami,coastal,sector,126",
            "fiscal year 2018: the coastal sectors' agents add to 249 but the Coastal Border Sectors Total row says 248",
        ),
        (
            "agent_staffing_by_sector_fy1992_2019.csv",
            "2018,miami,Miami,coastal,sector,125",
            "2018,miami,Miami,northern,sector,125",
            "column 'region': expected 'coastal' for miami, got 'northern'",
        ),
        (
            "sector_profiles_fy2018_2019.csv",
            "2019,ramey,Ramey,",
            "2019,rameyy,Ramey,",
            "column 'sector': expected one of",
        ),
        ("swb_deaths_by_sector_fy1998_2019.csv", "2019,3,38,", "2019,3,-38,", "a count cannot be negative"),
    ],
)
def test_a_bad_copy_of_a_pdf_dataset_is_refused(tmp_path, name, old, new, expected):
    assert_says(error_of(LOADERS[name], copy_with(tmp_path, name, old, new)), name, expected)


def test_the_pdf_datasets_load_with_blank_where_cbp_prints_na(loaded):
    profile = loaded["sector_profiles_fy2018_2019.csv"]
    not_tracked = (profile["fiscal_year"] == 2018) & profile["region"].isin(["coastal", "northern"])
    assert profile["agents"].dtype == "Int64" and profile["rescues"].isna().equals(not_tracked)  # CBP's N/A
    staffing = loaded["agent_staffing_by_sector_fy1992_2019.csv"]
    assert staffing.loc[staffing["sector"] == "livermore", "agents"].isna().sum() == 2019 - 2004
