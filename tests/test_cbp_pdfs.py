"""The CBP PDF readers (helpers.cbp_pdfs): every page of every PDF in datasets/sources, both editions,
the checks that find CBP's own inconsistencies, and a clear error for damaged input.

pdfplumber is slow (about 15 s for all twelve PDFs), so each PDF is parsed once per session (``parsed``).
Damaged files are made in tmp_path; datasets/ is never touched.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import cbp_pdfs, data, facts, paths

SOURCES = paths.DATASETS / data.SOURCES
PROFILE_2018 = "u.s._border_patrol_fiscal_year_2018_sector_profile.pdf"
PROFILE_2019 = "u.s._border_patrol_fiscal_year_2019_sector_profile_0.pdf"
SECTORS = (
    "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_2019_0.pdf",
    "bp_southwest_border_sector_apps_fy1960_fy2018.pdf",
)
NATIONWIDE = ("u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf", "bp_total_apps_fy1925_fy2018.pdf")
MONTHLY = (
    "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf",
    "bp_total_monthly_apps_sector_area_fy2018.pdf",
)
DEATHS = (
    "u.s._border_patrol_fiscal_year_southwest_border_sector_deaths_fy_1998_fy_2019_0.pdf",
    "bp_southwest_border_sector_deaths_fy1998_fy2018.pdf",
)
STAFFING = ("u.s._border_patrol_fiscal_year_staffing_statistics_fy_1992_fy_2019_0.pdf", "staffing_fy1992_fy2018.pdf")

#: Every PDF on hand, with the reader for it: (reader, file, last fiscal year, rows expected).
READS = [
    (cbp_pdfs.read_sector_profile, PROFILE_2018, 2018, 24),
    (cbp_pdfs.read_sector_profile, PROFILE_2019, 2019, 24),
    (cbp_pdfs.read_profile_seizures, PROFILE_2018, 2018, 18 * 4),
    (cbp_pdfs.read_profile_seizures, PROFILE_2019, 2019, 18 * 4),
    (cbp_pdfs.read_sector_apprehensions, SECTORS[0], 2019, 60 * 10),
    (cbp_pdfs.read_sector_apprehensions, SECTORS[1], 2018, 59 * 10),
    (cbp_pdfs.read_nationwide_apprehensions, NATIONWIDE[0], 2019, 95),
    (cbp_pdfs.read_nationwide_apprehensions, NATIONWIDE[1], 2018, 94),
    (cbp_pdfs.read_monthly_apprehensions, MONTHLY[0], 2019, 20 * 12 * 25 - 12),  # Livermore is not on the FY2019 page
    (cbp_pdfs.read_monthly_apprehensions, MONTHLY[1], 2018, 19 * 12 * 25),
    (cbp_pdfs.read_deaths, DEATHS[0], 2019, 22 * 10),
    (cbp_pdfs.read_deaths, DEATHS[1], 2018, 21 * 10),
    (cbp_pdfs.read_staffing, STAFFING[0], 2019, 28 * 25),
    (cbp_pdfs.read_staffing, STAFFING[1], 2018, 27 * 25),
]


@pytest.fixture(scope="session")
def parsed():
    """Each (reader, file) parsed once, mismatches recorded."""
    cache: dict[tuple, pd.DataFrame] = {}

    def get(reader, name):
        if (reader, name) not in cache:
            cache[reader, name] = reader(SOURCES / name, on_mismatch="record")
        return cache[reader, name]

    return get


def mismatches(frame):
    return cbp_pdfs.mismatches(frame)


# --------------------------------------------------------------------------- every page of every PDF


def test_every_source_pdf_has_a_reader_here():
    assert sorted({name for _, name, _, _ in READS}) == sorted(path.name for path in SOURCES.glob("*.pdf"))


@pytest.mark.parametrize("reader, name, last, rows", READS, ids=[f"{r.__name__}-{n[:40]}" for r, n, _, _ in READS])
def test_every_reader_reads_every_pdf_on_hand(parsed, reader, name, last, rows):
    frame = parsed(reader, name)
    assert len(frame) == rows
    assert frame["fiscal_year"].max() == last and frame["fiscal_year"].dtype == "int64"
    assert frame.attrs["source"] == name
    counts = [column for column in frame.columns if str(frame[column].dtype) == "Int64"]
    assert counts, "figures come back as nullable Int64"
    if "sector" in frame.columns:
        assert set(frame["sector"]) <= set(facts.ALL_SECTORS) | set(facts.TOTALS)


def test_the_two_editions_agree_where_they_overlap(parsed):
    for reader, (newer, older), key in (
        (cbp_pdfs.read_sector_apprehensions, SECTORS, ["fiscal_year", "sector"]),
        (cbp_pdfs.read_nationwide_apprehensions, NATIONWIDE, ["fiscal_year"]),
        (cbp_pdfs.read_monthly_apprehensions, MONTHLY, ["fiscal_year", "sector", "month"]),
        (cbp_pdfs.read_deaths, DEATHS, ["fiscal_year", "sector"]),
    ):
        old = parsed(reader, older)
        new = parsed(reader, newer).merge(old[key], on=key)
        pd.testing.assert_frame_equal(
            new.reset_index(drop=True), old.reset_index(drop=True), check_like=True, obj=older
        )


def test_wrapped_sector_names_are_read_in_both_monthly_layouts(parsed):
    # FY2019 edition, FY2000-2018 pages: "Big Bend" above the figures, "(formerly Marfa)" below;
    # FY2018 edition: "Big Bend" above, "(formerly Marfa)" on the figures' line; FY2019 page: one line
    for name in MONTHLY:
        monthly = parsed(cbp_pdfs.read_monthly_apprehensions, name)
        big_bend = monthly[(monthly["sector"] == "big_bend") & (monthly["fiscal_year"] == 2018)]
        assert big_bend["apprehensions"].sum() == big_bend["yearly_total"].iloc[0] == 8045
        assert big_bend["month"].tolist() == list(facts.FISCAL_MONTHS)


def test_figures_are_cleaned_as_printed(parsed):
    profile = parsed(cbp_pdfs.read_sector_profile, PROFILE_2018).set_index("sector")
    assert profile.at["rio_grande_valley", "sector_name"] == "Rio Grande Valley"  # "(formerly McAllen)" dropped
    assert profile.at["southwest_border_total", "agents"] == 16608  # "Total**" footnote mark dropped
    assert profile.at["havre", "deaths"] is pd.NA and profile.at["coastal_border_total", "rescues"] is pd.NA  # N/A
    assert profile.at["big_bend", "total_adults"] == 2377  # printed without a separator
    staffing = parsed(cbp_pdfs.read_staffing, STAFFING[1])
    livermore = staffing[staffing["sector"] == "livermore"].set_index("fiscal_year")["agents"]
    assert livermore[2004] == 5 and livermore.loc[2005:].isna().all()  # "-" after it closed
    seizures = parsed(cbp_pdfs.read_profile_seizures, PROFILE_2018)
    assert seizures.query("measure == 'Currency (value)' and region == 'nationwide'")["value"].tolist() == [7176142]


def test_the_readers_agree_with_the_published_datasets(parsed):
    sectors = parsed(cbp_pdfs.read_sector_apprehensions, SECTORS[0]).pivot(
        index="fiscal_year", columns="sector", values="apprehensions"
    )
    published = data.load_sectors().set_index("fiscal_year")
    assert (sectors[published.columns] == published).all().all()
    deaths = parsed(cbp_pdfs.read_deaths, DEATHS[0]).pivot(index="fiscal_year", columns="sector", values="deaths")
    assert (deaths[published.columns] == data.load_deaths().set_index("fiscal_year")).all().all()


# --------------------------------------------------------------------------- the checks find CBP's inconsistencies


def test_the_fy2018_profile_does_not_add_up_and_says_where(parsed):
    with pytest.raises(cbp_pdfs.MismatchError) as caught:
        cbp_pdfs.read_sector_profile(SOURCES / PROFILE_2018)
    message = str(caught.value)
    for fragment in (PROFILE_2018, "page 2", "row 'Havre'", "the PDF prints 2 but", 'on_mismatch="record"'):
        assert fragment in message, message
    assert len(caught.value.mismatches) == len(mismatches(parsed(cbp_pdfs.read_sector_profile, PROFILE_2018)))


def test_page_2_juveniles_and_adults_miss_the_total_in_all_nine_southwest_sectors(parsed):
    found = mismatches(parsed(cbp_pdfs.read_sector_profile, PROFILE_2018))
    age = found[(found["page"] == 2) & (found["check"] == "total juveniles + total adults")]
    southwest = [facts.SECTOR_NAMES[code] for code in facts.SECTORS]
    assert set(southwest) <= set(age["row"])
    assert age.set_index("row").loc["Big Bend", ["printed", "computed"]].tolist() == [8045, 1388 + 2377]
    # ... while the Southwest Border total row itself adds up: only its sectors' adults do not
    assert "Southwest Border Sectors Total" not in set(age["row"])
    adults = found[(found["column"] == "total_adults")]
    assert adults[["row", "printed"]].values.tolist() == [["Southwest Border Sectors Total", 289333]]


def test_page_3_havre_and_houlton_totals_are_swapped(parsed):
    found = mismatches(parsed(cbp_pdfs.read_sector_profile, PROFILE_2018))
    gender = found[(found["page"] == 3) & (found["check"] == "female + male")].set_index("row")
    assert gender.loc["Havre", ["printed", "computed"]].tolist() == [52, 47]
    assert gender.loc["Houlton", ["printed", "computed"]].tolist() == [47, 52]


def test_the_fy2019_profile_and_staffing_add_up(parsed):
    assert mismatches(parsed(cbp_pdfs.read_sector_profile, PROFILE_2019)).empty
    assert mismatches(parsed(cbp_pdfs.read_staffing, STAFFING[0])).empty


def test_southwest_agents_include_the_special_operations_group_from_fy2010(parsed):
    staffing = parsed(cbp_pdfs.read_staffing, STAFFING[0])
    wide = staffing[staffing["region"] == "southwest"].pivot(index="fiscal_year", columns="sector", values="agents")
    unassigned = wide["southwest_border_total"] - wide[list(facts.SECTORS)].sum(axis=1)
    assert (unassigned.loc[:2009] == 0).all() and (unassigned.loc[2010:] > 0).all()
    assert wide.at[1992, "southwest_border_total"] == 3555 and wide.at[2018, "southwest_border_total"] == 16608


def test_the_fy2018_staffing_edition_contradicts_itself(parsed):
    found = mismatches(parsed(cbp_pdfs.read_staffing, STAFFING[1]))
    assert "the year is printed twice" in found.loc[0, "check"]
    assert {(row, printed, computed) for row, printed, computed in found[["row", "printed", "computed"]].values} >= {
        ("FY 2012 Southwest Border Sectors Total", 18516, 18546),
        ("FY 2018 Northern Border Sectors Total", 2097, 2059),
    }


def test_recorded_mismatches_survive_concat_and_merge(parsed):
    profile = parsed(cbp_pdfs.read_sector_profile, PROFILE_2018)
    both = pd.concat([profile, parsed(cbp_pdfs.read_sector_profile, PROFILE_2019)])
    assert len(both) == 48
    assert profile.merge(profile[["sector", "fiscal_year"]]).shape == profile.shape


def test_an_unknown_on_mismatch_value_is_refused():
    with pytest.raises(ValueError, match="on_mismatch must be one of"):
        cbp_pdfs.read_deaths(SOURCES / DEATHS[0], on_mismatch="ignore")


# --------------------------------------------------------------------------- damaged input


def test_a_file_that_is_not_a_pdf(tmp_path):
    path = tmp_path / "profile.pdf"
    path.write_text("fiscal_year,agents\n2018,16608\n", encoding="utf-8")
    with pytest.raises(
        cbp_pdfs.CbpPdfError,
        match=r"profile\.pdf is not a PDF \(a PDF starts with '%PDF-'; this file starts with 'fiscal_year",
    ):
        cbp_pdfs.read_sector_profile(path)


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_a_truncated_pdf(tmp_path, keep):
    source = (SOURCES / DEATHS[0]).read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(source[: int(len(source) * keep)])
    with pytest.raises(cbp_pdfs.CbpPdfError, match=r"cut\.pdf cannot be read as a PDF .*truncated or damaged"):
        cbp_pdfs.read_deaths(path)


@pytest.mark.parametrize(
    "reader, name",
    [
        (cbp_pdfs.read_deaths, SECTORS[0]),
        (cbp_pdfs.read_staffing, PROFILE_2019),
        (cbp_pdfs.read_sector_profile, MONTHLY[1]),
    ],
)
def test_a_pdf_of_another_table(reader, name):
    with pytest.raises(
        cbp_pdfs.CbpPdfError, match=rf"{name.replace('.', '[.]')} is not CBP's .* table: its first page begins"
    ):
        reader(SOURCES / name)


def test_an_image_only_page(tmp_path):
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    import numpy as np

    figure = plt.figure(figsize=(4, 3))
    figure.figimage(np.random.default_rng(0).random((60, 80)))  # pixels only, no text
    path = tmp_path / "scan.pdf"
    figure.savefig(path, format="pdf")
    plt.close(figure)
    with pytest.raises(cbp_pdfs.CbpPdfError, match=r"scan\.pdf, page 1 holds no text, only an image"):
        cbp_pdfs.read_sector_profile(path)


def test_a_missing_file():
    with pytest.raises(FileNotFoundError):
        cbp_pdfs.read_deaths(SOURCES / "no-such-table.pdf")
