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


# --------------------------------------------------------------------------- ordinary editions, on synthetic pages
# Small Sector Profiles written with matplotlib's PDF backend in tmp_path: two sectors per region, laid out like
# CBP's (title, stacked column headers, label on the left, figures right-aligned), varied the way older editions are.

PROFILE_SECTORS = {
    "coastal_border_total": ("miami", "new_orleans"),
    "northern_border_total": ("blaine", "buffalo"),
    "southwest_border_total": ("big_bend", "del_rio"),
}
PROFILE_ORDER = [code for total, parts in PROFILE_SECTORS.items() for code in (*parts, total)] + ["nationwide_total"]
TOTAL_LABELS = {
    "coastal_border_total": "Coastal Border Sectors Total",
    "northern_border_total": "Northern Border Sectors Total",
    "southwest_border_total": "Southwest Border Sectors Total",
    "nationwide_total": "Nationwide Total",
}
PAGES = {
    1: (
        "Sector Profile - Fiscal Year 2013 (Oct. 1st through Sept. 30th)",
        {
            "agents": ["Agent", "Staffing*"],
            "apprehensions": ["Apprehensions"],
            "other_than_mexican_apprehensions": ["Other Than", "Mexican", "Apprehensions"],
            "marijuana_pounds": ["Marijuana", "(pounds)"],
            "cocaine_pounds": ["Cocaine", "(pounds)"],
            "accepted_prosecutions": ["Accepted", "Prosecutions"],
            "assaults": ["Assaults"],
            "rescues": ["Rescues"],
            "deaths": ["Deaths"],
        },
    ),
    2: (
        "Juvenile (0-17 Years Old) and Adult Apprehensions - Fiscal Year 2013",
        {
            "accompanied_juveniles": ["Accompanied", "Juveniles"],
            "unaccompanied_juveniles": ["Unaccompanied", "Juveniles"],
            "total_juveniles": ["Total", "Juveniles"],
            "total_adults": ["Total", "Adults"],
            "total_by_age": ["Total", "Apprehensions"],
        },
    ),
    3: (
        "Apprehensions by Gender - Fiscal Year 2013",
        {"female": ["Female"], "male": ["Male"], "total_by_gender": ["Total", "Apprehensions"]},
    ),
}
SEIZURES = {
    "Apprehensions": "apprehensions",
    "Other Than Mexican Apprehensions": "other_than_mexican_apprehensions",
    "Marijuana (pounds)": "marijuana_pounds",
    "Cocaine (pounds)": "cocaine_pounds",
}
REGION_HEADERS = {
    "coastal_border_total": "Coastal Border Sectors",
    "northern_border_total": "Northern Border Sectors",
    "southwest_border_total": "Southwest Border Sectors",
    "nationwide_total": "Nationwide Total",
}


def profile_figures() -> dict[str, dict[str, int]]:
    """Every figure of a small profile whose parts all add up: {row code: {column: value}}."""
    figures = {}
    sectors = [code for parts in PROFILE_SECTORS.values() for code in parts]
    for k, code in enumerate(sectors, start=1):
        apprehensions, accompanied, unaccompanied, female = 1000 * k + 234, 10 * k + 1, 20 * k + 2, 300 * k + 4
        figures[code] = {
            "agents": 100 * k + 11,
            "apprehensions": apprehensions,
            "other_than_mexican_apprehensions": 500 * k + 7,
            "marijuana_pounds": 2000 * k + 13,
            "cocaine_pounds": 30 * k + 1,
            "accepted_prosecutions": 40 * k + 3,
            "assaults": k,
            "rescues": 2 * k,
            "deaths": k + 1,
            "accompanied_juveniles": accompanied,
            "unaccompanied_juveniles": unaccompanied,
            "total_juveniles": accompanied + unaccompanied,
            "total_adults": apprehensions - accompanied - unaccompanied,
            "total_by_age": apprehensions,
            "female": female,
            "male": apprehensions - female,
            "total_by_gender": apprehensions,
        }
    for total, parts in [*PROFILE_SECTORS.items(), ("nationwide_total", tuple(PROFILE_SECTORS))]:
        figures[total] = {column: sum(figures[part][column] for part in parts) for column in figures[parts[0]]}
    return figures


def write_pdf(path, pages):
    """A PDF of landscape letter pages, each a list of (x, top, text, alignment) in points from the top left."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    with plt.rc_context({"pdf.fonttype": 3}), PdfPages(path) as pdf:
        for words in pages:
            figure = plt.figure(figsize=(11, 8.5))
            for x, top, text, align in words:
                figure.text(x / 792, 1 - top / 612, text, ha=align, va="top", fontsize=7)
            pdf.savefig(figure)
            plt.close(figure)
    return path


def table_page(title, headers, rows, right_edges):
    """A page of a CBP table: headers are each column's lines (stacked, bottom-aligned), rows (label, texts)."""
    words = [(396, 30, "United States Border Patrol", "center"), (396, 60, title, "center")]
    for right, lines in zip(right_edges, headers):
        words += [(right - 12, 126 - 9 * i, line, "center") for i, line in enumerate(reversed(lines))]
    for i, (label, texts) in enumerate(rows):
        top = 146 + 16 * i
        words.append((30, top, label, "left"))
        words += [(right, top, text, "right") for right, text in zip(right_edges, texts)]
    return words


def write_profile(path, figures, *, printed=None, orders=None, labels=None, regions=tuple(REGION_HEADERS)):
    """A four-page synthetic Sector Profile of ``figures``.

    ``printed``: {(page, row, column): text} printed instead of a figure (page 4's rows are measures, its
    columns total codes); ``orders``: {page: row codes top to bottom}; ``labels``: {(page, code): label};
    ``regions``: page 4's columns, left to right, with ``labels[(4, code)]`` as their headers.
    """
    printed, orders, labels = printed or {}, orders or {}, labels or {}

    def text(page, row, column, value):
        return printed.get((page, row, column), f"{value:,}")

    def label(page, code):
        return labels.get((page, code)) or TOTAL_LABELS.get(code) or facts.SECTOR_NAMES[code]

    pages = []
    for page, (title, columns) in PAGES.items():
        rows = [
            (label(page, code), [text(page, code, column, figures[code][column]) for column in columns])
            for code in orders.get(page, PROFILE_ORDER)
        ]
        gap = 560 / len(columns)
        pages.append(table_page(title, list(columns.values()), rows, [230 + gap * j for j in range(len(columns))]))
    rows = [
        (measure, [text(4, measure, code, figures[code][column]) for code in regions])
        for measure, column in SEIZURES.items()
    ]
    headers = [[labels.get((4, code), REGION_HEADERS[code])] for code in regions]
    page4 = table_page(
        "Apprehensions / Seizure Statistics - Fiscal Year 2013", headers, rows, [330 + 120 * j for j in range(4)]
    )
    pages.append([*page4, (22, 126, "Apprehension/Seizure Type", "left")])
    return write_pdf(path, pages)


def test_rounding_in_pounds_is_recorded_not_raised(tmp_path):
    # FY2013 and FY2017: a cocaine total 1 lb off its sectors' sum; CBP rounds weights to whole pounds
    figures = profile_figures()
    for total in ("southwest_border_total", "nationwide_total"):
        figures[total]["cocaine_pounds"] += 1  # off its two sectors (southwest), but the regions still add up
    sectors = figures["big_bend"]["cocaine_pounds"] + figures["del_rio"]["cocaine_pounds"]
    marijuana = {code: figures[code]["marijuana_pounds"] for code in TOTAL_LABELS}
    printed = {  # page 4: two regions' marijuana 1 lb under page 1's, so 2 lb short of the nationwide total
        (4, "Marijuana (pounds)", code): f"{marijuana[code] - 1:,}"
        for code in ("coastal_border_total", "southwest_border_total")
    }
    path = write_profile(tmp_path / "profile.pdf", figures, printed=printed)
    profile = cbp_pdfs.read_sector_profile(path)  # no MismatchError by default
    found = mismatches(profile)
    assert found.drop(columns="check").values.tolist() == [
        [1, "Southwest Border Sectors Total", "cocaine_pounds", sectors + 1, sectors]
    ]
    assert found.loc[0, "check"] == "the sectors above it added (rounding: within 2)"
    assert profile.set_index("sector").at["southwest_border_total", "cocaine_pounds"] == sectors + 1  # as printed
    found = mismatches(cbp_pdfs.read_profile_seizures(path))
    assert found[["row", "column", "printed", "computed"]].values.tolist() == [
        ["Marijuana (pounds)", "nationwide", marijuana["nationwide_total"], marijuana["nationwide_total"] - 2],
        ["Marijuana (pounds)", "coastal", marijuana["coastal_border_total"] - 1, marijuana["coastal_border_total"]],
        [
            "Marijuana (pounds)",
            "southwest",
            marijuana["southwest_border_total"] - 1,
            marijuana["southwest_border_total"],
        ],
    ]
    assert found["check"].str.contains("rounding").all()


@pytest.mark.parametrize(
    "total, column, off",
    [
        ("northern_border_total", "agents", 1),  # agents add up exactly (southwest and nationwide: "at most")
        ("southwest_border_total", "accepted_prosecutions", 1),  # arrests too
        ("southwest_border_total", "cocaine_pounds", 3),  # 3 lb off two sectors is more than rounding
    ],
)
def test_counts_still_add_up_exactly_and_weights_within_rounding(tmp_path, total, column, off):
    figures = profile_figures()
    figures["coastal_border_total"]["marijuana_pounds"] += 1  # rounding, checked first: not what raises
    figures["nationwide_total"]["marijuana_pounds"] += 1
    figures[total][column] += off
    figures["nationwide_total"][column] += off
    path = write_profile(tmp_path / "profile.pdf", figures)
    with pytest.raises(cbp_pdfs.MismatchError) as caught:
        cbp_pdfs.read_sector_profile(path)
    assert f"row {TOTAL_LABELS[total]!r}, column {column!r}" in str(caught.value), str(caught.value)
    assert len(caught.value.mismatches) == 2  # the rounding is listed too


def test_footnote_marks_glued_to_figures_are_read(tmp_path):
    # an older edition prints "17,026**": the figure with its footnote marks glued on
    figures = profile_figures()
    marked = {
        ("southwest_border_total", "agents"): "{:,}**",
        ("nationwide_total", "agents"): "{:,}***",
        ("coastal_border_total", "apprehensions"): "†{:,}",
        ("northern_border_total", "marijuana_pounds"): "{:,}¹",
        ("nationwide_total", "deaths"): "{:,}‡",
    }
    printed = {(1, code, column): mark.format(figures[code][column]) for (code, column), mark in marked.items()}
    path = write_profile(tmp_path / "profile.pdf", figures, printed=printed)
    profile = cbp_pdfs.read_sector_profile(path)
    assert profile["sector"].tolist() == PROFILE_ORDER  # the region totals are found
    assert mismatches(profile).empty
    table = profile.set_index("sector")
    for code, column in marked:
        assert table.at[code, column] == figures[code][column]
    # the mark stays on the word; a plain digit glued on is ambiguous (17,026 with note 1, or a misprint)
    word = cbp_pdfs.Word("17,026**", 0, 1, 0, 1)
    assert word.is_value and word.mark == "**"
    assert cbp_pdfs.Word("17,026¹", 0, 1, 0, 1).mark == "¹"
    assert not cbp_pdfs.Word("17,0261", 0, 1, 0, 1).is_value


def test_region_totals_are_matched_by_label_not_position(tmp_path):
    figures = profile_figures()
    sectors = [code for parts in PROFILE_SECTORS.values() for code in parts]
    orders = {
        2: [*sectors, *TOTAL_LABELS],  # every sector first, the totals at the bottom
        3: ["nationwide_total", *[code for total, parts in PROFILE_SECTORS.items() for code in (total, *parts)]],
    }
    labels = {
        (2, "southwest_border_total"): "Southwest Border Sectors",
        (2, "coastal_border_total"): "Coastal Border Total",
        (3, "southwest_border_total"): "Southwest Border Total",
        (4, "southwest_border_total"): "Southwest Border Total",
        (4, "coastal_border_total"): "Coastal Border Total",
    }
    regions = ("nationwide_total", "southwest_border_total", "coastal_border_total", "northern_border_total")
    path = write_profile(tmp_path / "profile.pdf", figures, orders=orders, labels=labels, regions=regions)
    profile = cbp_pdfs.read_sector_profile(path)
    assert mismatches(profile).empty
    assert profile["sector"].tolist() == PROFILE_ORDER and profile["fiscal_year"].eq(2013).all()  # page 1's order
    for column in (*PAGES[1][1], *PAGES[2][1], *PAGES[3][1]):
        assert profile[column].tolist() == [figures[code][column] for code in PROFILE_ORDER], column
    seizures = cbp_pdfs.read_profile_seizures(path)
    assert mismatches(seizures).empty
    cocaine = seizures[seizures["measure"] == "Cocaine (pounds)"].set_index("region")["value"]
    assert cocaine.to_dict() == {
        region: figures[code]["cocaine_pounds"]
        for region, code in zip(("nationwide", "southwest", "coastal", "northern"), regions)
    }
