"""The self-checks of notebook 07 recognise the common wrong answers (expected values from the datasets)."""

import pandas as pd
import pytest

from helpers import checks, facts
from helpers.checks.sources import NATIONWIDE_TOTAL, PROFILE_COLUMNS, SOUTHWEST_TOTAL, profile_2018
from helpers.data import load_deaths, load_staffing
from helpers.troops import stated_total

PROFILE = profile_2018()
SOUTHWEST = [facts.SECTOR_NAMES[c] for c in facts.SECTORS]
REGIONS = [facts.TOTAL_NAMES[c] for c in facts.TOTALS[:3]]
SWB_AGENTS = int(PROFILE.at[SOUTHWEST_TOTAL, "agents"])
NATIONWIDE = int(PROFILE.at[NATIONWIDE_TOTAL, "agents"])
GUARD = stated_total()


def student_table():
    """Page 1 as the lesson builds it: short column names, CBP's printed names, Int64 figures."""
    table = pd.DataFrame({"sector": PROFILE.index})
    for name, column in PROFILE_COLUMNS.items():
        table[name] = PROFILE[column].to_numpy()
    return table


def test_the_reference_values_are_the_pdfs():
    assert SWB_AGENTS == 16608 and NATIONWIDE == 19555  # SOURCES.md section 6
    assert len(PROFILE) == 24


# --------------------------------------------------------------------------- the cleaned table


def test_profile_table_right():
    result = checks.check_profile_table(student_table())
    assert result.ok and f"{SWB_AGENTS:,}" in result.message


def _text(table, column):
    table[column] = table[column].map(lambda v: "N/A" if pd.isna(v) else f"{v:,}")
    return table


@pytest.mark.parametrize(
    "spoil, words",
    [
        (lambda t: _text(t, "agents"), "thousands commas"),
        (lambda t: _text(t, "deaths").assign(deaths=lambda d: d["deaths"].str.replace(",", "")), '"N/A"'),
        (lambda t: t.assign(deaths=t["deaths"].fillna(0)), "not the same as 0"),
        (lambda t: t.assign(sector=t["sector"].replace({SOUTHWEST_TOTAL: SOUTHWEST_TOTAL + "**"})), "footnote marks"),
        (
            lambda t: t.assign(
                sector=t["sector"].replace({"Rio Grande Valley": "Rio Grande Valley (formerly McAllen)"})
            ),
            "formerly",
        ),
        (lambda t: t.iloc[:-1], "23 rows"),
        (lambda t: t.drop(columns="agents"), "no column 'agents'"),
        (lambda t: t.rename(columns={"agents": "apprehensions", "apprehensions": "agents"}), "PDF's order"),
    ],
)
def test_profile_table_hints(spoil, words):
    result = checks.check_profile_table(spoil(student_table()))
    assert not result.ok and words in result.message, result.message


def test_profile_table_refuses_what_is_not_a_table():
    assert "DataFrame" in checks.check_profile_table([1, 2]).message
    assert "Replace the `...`" in checks.check_profile_table(...).message


# --------------------------------------------------------------------------- exercise 1

BEYOND = NATIONWIDE - int(PROFILE.loc[REGIONS, "agents"].sum())


def test_beyond_regions_right():
    assert checks.check_beyond_regions(BEYOND).ok
    assert checks.check_beyond_regions(float(BEYOND)).ok


@pytest.mark.parametrize(
    "answer, words",
    [
        (-BEYOND, "sign"),
        (
            NATIONWIDE
            - int(
                PROFILE.loc[
                    [facts.SECTOR_NAMES[c] for c in facts.ALL_SECTORS if facts.SECTOR_NAMES[c] in PROFILE.index],
                    "agents",
                ].sum()
            ),
            "Special Operations Group counts as outside",
        ),
        (SWB_AGENTS - int(PROFILE.loc[SOUTHWEST, "agents"].sum()), "southwest border's gap"),
        (int(PROFILE.loc[REGIONS, "agents"].sum()), "added up"),
        (NATIONWIDE - SWB_AGENTS, "only the southwest"),
        (str(BEYOND), "not a number"),
        # nationwide minus every row of profile (sectors and totals, the Nationwide Total too, or without it)
        (NATIONWIDE - int(PROFILE["agents"].sum()), "every row"),
        (2 * NATIONWIDE - int(PROFILE["agents"].sum()), "every row"),
        # nationwide minus the nine southwest sectors
        (NATIONWIDE - int(PROFILE.loc[SOUTHWEST, "agents"].sum()), "nine southwest sectors only"),
        (12, "Not that"),
    ],
)
def test_beyond_regions_hints(answer, words):
    result = checks.check_beyond_regions(answer)
    assert not result.ok and words in result.message, result.message


# --------------------------------------------------------------------------- exercise 2


def test_gender_mismatches_right():
    assert checks.check_gender_mismatches(["Havre", "Houlton"]).ok
    assert checks.check_gender_mismatches(pd.Series(["Houlton", "Havre"])).ok
    # capitals do not matter (the prompt says so)
    assert checks.check_gender_mismatches(["havre", "houlton"]).ok


def _gender():
    return pd.DataFrame(
        {
            "sector": PROFILE.index,
            "female": PROFILE["female"].to_numpy(),
            "male": PROFILE["male"].to_numpy(),
            "total": PROFILE["total_by_gender"].to_numpy(),
        }
    )


def test_gender_mismatches_walkthrough_hints():
    gender = _gender()
    adds_up = gender["female"] + gender["male"] == gender["total"]
    # == instead of !=: the 22 rows that do add up
    result = checks.check_gender_mismatches(gender.loc[adds_up, "sector"].tolist())
    assert not result.ok and "`!=` instead of `==`" in result.message and "page 2" not in result.message
    # the rows' labels instead of their names
    result = checks.check_gender_mismatches(gender[~adds_up].index.tolist())
    assert not result.ok and "a list of row numbers" in result.message, result.message
    assert "but it is a list" not in result.message


@pytest.mark.parametrize(
    "answer, words",
    [
        (["Havre"], "Only 1 of the 2"),
        ("Havre", "one name"),
        (2, "how many rows"),
        (["Havre", "Houlton", *SOUTHWEST], "page 2's list"),
        (["Havre", "Sector 9"], "not a row of page 3"),
        ([], "empty"),
        (["Miami", "Ramey"], "Not those"),
        (pd.DataFrame({"sector": ["Havre", "Houlton"]}), "a table"),
    ],
)
def test_gender_mismatches_hints(answer, words):
    result = checks.check_gender_mismatches(answer)
    assert not result.ok and words in result.message, result.message


# --------------------------------------------------------------------------- exercise 3


def test_guard_share_right():
    assert checks.check_guard_share(round(GUARD / SWB_AGENTS * 100, 1)).ok
    assert checks.check_guard_share(GUARD / SWB_AGENTS * 100).ok


@pytest.mark.parametrize(
    "answer, words",
    [
        (round(GUARD / SWB_AGENTS, 3), "fraction"),
        (round(GUARD / NATIONWIDE * 100, 1), "nationwide agents"),
        (round(GUARD / int(PROFILE.loc[SOUTHWEST, "agents"].sum()) * 100, 1), "nine sectors"),
        (round(800 / SWB_AGENTS * 100, 1), "active-duty"),
        (round(GUARD / (SWB_AGENTS + GUARD) * 100, 1), "together"),
        (round(SWB_AGENTS / GUARD, 1), "Upside down"),
        (f"{GUARD / SWB_AGENTS * 100:.1f}%", "not a number"),
        (round(GUARD / SWB_AGENTS * 100), "one decimal"),
        (50.0, "Not that"),
    ],
)
def test_guard_share_hints(answer, words):
    result = checks.check_guard_share(answer)
    assert not result.ok and words in result.message, result.message


# --------------------------------------------------------------------------- exercise 4


FINDING_STAFFING = load_staffing().pivot(index="fiscal_year", columns="sector", values="agents")
FINDING_DEATHS = load_deaths().set_index("fiscal_year")


def test_finding_right():
    rgv = PROFILE.loc["Rio Grande Valley"]
    tucson = FINDING_STAFFING["tucson"]
    swb_deaths = FINDING_DEATHS.loc[2018, "southwest_border_total"]
    for sentence in [
        # the lesson's example: profile figures, and a ratio rounded
        f"On 30 September 2018, Rio Grande Valley sector had {rgv['agents']:,} Border Patrol agents, who made "
        f"{rgv['apprehensions']:,} apprehensions in FY2018: {rgv['apprehensions'] / rgv['agents']:.0f} per agent.",
        # growth across years, "about", a year in another style
        f"The southwest border had {SWB_AGENTS:,} agents in 2018, about 4.7 times as many as in 1992.",
        # two years of one sector, both named
        f"Tucson sector had {tucson[2018]:,} Border Patrol agents at the end of FY2018, up from {tucson[1992]:,} in "
        f"FY1992: {tucson[2018] / tucson[1992]:.1f} times as many.",
        # deaths, with an abbreviation and FY18
        f"The Border Patrol recorded {swb_deaths:,} deaths in the southwest border sectors in FY18, "
        f"{FINDING_DEATHS.loc[2018, 'rio_grande_valley']} of them in RGV.",
        # the article's troops beside the agents
        f"The 800 troops would add {800 / SWB_AGENTS * 100:.1f}% to the {SWB_AGENTS:,} Border Patrol agents at the "
        "southwest border on 30 September 2018.",
        # a change in %, rounded
        f"Tucson sector's agents grew by {round((tucson[2018] / tucson[1992] - 1) * 100):,}% from FY1992 to FY2018.",
        # two sectors, each with its own figure: "X's N", and "N in X"
        f"On 30 September 2018, Tucson sector had {tucson[2018]:,} Border Patrol agents, more than Rio Grande Valley "
        f"sector's {rgv['agents']:,}.",
        f"In FY2018, {rgv['agents']:,} agents worked in Rio Grande Valley sector, compared with {tucson[2018]:,} in "
        "Tucson sector.",
        f"Rio Grande Valley had {rgv['agents']:,} of the southwest border's {SWB_AGENTS:,} agents in FY2018.",
        # each share with its own troops
        f"The 800 active-duty troops would add {800 / SWB_AGENTS * 100:.1f}% to the {SWB_AGENTS:,} agents at the "
        f"southwest border in FY2018, the {GUARD:,} National Guard troops {GUARD / SWB_AGENTS * 100:.1f}%.",
        # a true superlative, and a superlative of another measure than the number's
        f"Tucson sector had the most agents, {tucson[2018]:,}, on 30 September 2018.",
        f"Rio Grande Valley sector, with the most apprehensions, had {rgv['agents']:,} agents in FY2018.",
        f"In FY2018, Big Bend sector had the fewest agents, {PROFILE.at['Big Bend', 'agents']:,}.",
        # the nine sectors added up, said so
        f"The nine southwest border sectors had {int(PROFILE.loc[SOUTHWEST, 'agents'].sum()):,} Border Patrol "
        "agents on 30 September 2018.",
    ]:
        result = checks.check_sources_finding(sentence)
        assert result.ok, (sentence, result.message)


@pytest.mark.parametrize(
    "sentence, words",
    [
        (..., "Write your finding"),
        ("Tucson had many agents.", "no number"),
        # the walkthrough's: Tucson's FY1992 figure stated as its 2018 one
        ("Tucson sector had 300 Border Patrol agents on 30 September 2018.", "FY1992"),
        # a typo: the hint names the figure the sentence describes, not a derived one
        (
            "Tucson sector had 3,618 Border Patrol agents on 30 September 2018.",
            "3,681: Tucson sector's agents on 30 September 2018",
        ),
        # no year
        ("Tucson sector had 3,681 Border Patrol agents.", "'2018'"),
        # the right number, the wrong measure
        ("Tucson sector made 3,681 apprehensions in FY2018.", "'agents'"),
        # the right number, the wrong sector
        ("Yuma sector had 3,681 Border Patrol agents in FY2018.", "can't find"),
        # no place
        ("There were 3,681 agents in 2018.", "Name the place"),
        # another year's deaths
        ("Tucson sector recorded 58 deaths in FY2017.", "'2018'"),
        # announced is not deployed
        (f"The 800 troops were deployed beside the southwest border's {SWB_AGENTS:,} agents in 2018.", "announced"),
        (f"Tucson sector had {SWB_AGENTS + 1:,} agents in FY2018.", "can't find"),
        # the second walkthrough's: two sectors' figures swapped
        (
            f"On 30 September 2018, Tucson sector had {PROFILE.at['Rio Grande Valley', 'agents']:,} Border Patrol "
            f"agents, fewer than Rio Grande Valley sector's {PROFILE.at['Tucson', 'agents']:,}.",
            "ties it to Tucson sector",
        ),
        (
            f"In FY2018, {PROFILE.at['Tucson', 'agents']:,} agents worked in Rio Grande Valley sector, compared "
            f"with {PROFILE.at['Rio Grande Valley', 'agents']:,} in Tucson sector.",
            "ties it to Rio Grande Valley sector",
        ),
        # the 800's share given to the Guard, and the other way round
        (
            f"The {GUARD:,} National Guard troops would add {800 / SWB_AGENTS * 100:.1f}% to the southwest "
            f"border's {SWB_AGENTS:,} agents in FY2018.",
            f"their share is {GUARD / SWB_AGENTS * 100:.1f}%",
        ),
        (
            f"The 800 troops would add {GUARD / SWB_AGENTS * 100:.1f}% to the southwest border's {SWB_AGENTS:,} "
            "agents in FY2018.",
            f"their share is {800 / SWB_AGENTS * 100:.1f}%",
        ),
        # a false superlative, with a true figure
        (
            f"Rio Grande Valley sector had the most agents, {PROFILE.at['Rio Grande Valley', 'agents']:,}, on 30 "
            "September 2018.",
            f"Tucson sector had the most: {PROFILE.at['Tucson', 'agents']:,}",
        ),
        (
            f"On 30 September 2018, Tucson sector had {PROFILE.at['Tucson', 'agents']:,} Border Patrol agents, who "
            f"made {PROFILE.at['Tucson', 'apprehensions']:,} apprehensions in FY2018: "
            f"{PROFILE.at['Tucson', 'apprehensions'] / PROFILE.at['Tucson', 'agents']:.0f} per agent, the most of "
            "the nine southwest border sectors.",
            "Rio Grande Valley sector had the most",
        ),
        # the nine sectors' sum called the southwest border's: the hint says what it is
        (
            f"The southwest border had {int(PROFILE.loc[SOUTHWEST, 'agents'].sum()):,} Border Patrol agents on 30 "
            "September 2018.",
            "without the Special Operations Group",
        ),
        # hints show figures as the lesson's tables do: one decimal
        (
            "El Centro sector made 34.7 apprehensions per agent in FY2018.",
            f"is {PROFILE.at['El Centro', 'apprehensions'] / PROFILE.at['El Centro', 'agents']:.1f}: El Centro",
        ),
    ],
)
def test_finding_hints(sentence, words):
    result = checks.check_sources_finding(sentence)
    assert not result.ok and words in result.message, result.message


# --------------------------------------------------------------------------- the typed cells, step by step

import pdfplumber  # noqa: E402

from helpers import data  # noqa: E402
from helpers.checks.sources import PAGE_1_NAMES, PROFILE_PDF  # noqa: E402

PDF_PATH = data.source_pdf(PROFILE_PDF)


@pytest.fixture(scope="module")
def pdf():
    document = pdfplumber.open(PDF_PATH)
    yield document
    document.close()


def _not_yet(result, words):
    assert not result.ok and words in result.message, result.message


# the PDF, its first page, its words


def test_profile_pdf_right_however_it_is_opened():
    for source in (PDF_PATH, str(PDF_PATH)):
        with pdfplumber.open(source) as document:
            assert checks.check_profile_pdf(document).ok
    with open(PDF_PATH, "rb") as file, pdfplumber.open(file) as document:
        assert checks.check_profile_pdf(document).ok


def test_profile_pdf_hints(pdf):
    _not_yet(checks.check_profile_pdf(PDF_PATH), "path")
    _not_yet(checks.check_profile_pdf(str(PDF_PATH)), "path")
    _not_yet(checks.check_profile_pdf(list(pdf.pages)), "list")
    with pdfplumber.open(data.source_pdf("u.s._border_patrol_fiscal_year_2019_sector_profile_0.pdf")) as other:
        _not_yet(checks.check_profile_pdf(other), "another PDF")
    with pdfplumber.open(PDF_PATH) as closed:
        pass
    _not_yet(checks.check_profile_pdf(closed), "closed")
    _not_yet(checks.check_profile_pdf(...), "Replace the `...`")


def test_first_page_right(pdf):
    for page in (pdf.pages[0], pdf.pages[-4], next(iter(pdf.pages))):
        assert checks.check_first_page(page).ok


def test_first_page_hints(pdf):
    _not_yet(checks.check_first_page(pdf.pages[1]), "counts from 0")
    _not_yet(checks.check_first_page(list(pdf.pages)), "list of all the pages")
    _not_yet(checks.check_first_page(pdf.pages[0].to_image(resolution=20)), "picture")
    _not_yet(checks.check_first_page(pdf), "should be a page")


def test_words_right(pdf):
    page1 = pdf.pages[0]
    for words in (
        pd.DataFrame(page1.extract_words()),
        pd.DataFrame.from_records(page1.extract_words()),
        pd.DataFrame(page1.extract_words())[["top", "x0", "text"]],
    ):
        assert checks.check_words(words).ok


def test_words_hints(pdf):
    _not_yet(checks.check_words(pdf.pages[0].extract_words()), "still a list")
    _not_yet(checks.check_words(pdf.pages[0].extract_text()), "extract_words")
    _not_yet(checks.check_words(pd.DataFrame(pdf.pages[1].extract_words())), "another page")
    _not_yet(checks.check_words(pd.DataFrame(pdf.pages[0].extract_words()).head()), "keeps 5 rows")


# the table's rows and its header


def test_header_row_right(pdf):
    rows = pdf.pages[0].extract_table()
    by_next = next(number for number, row in enumerate(rows) if row[0] == "SECTOR")
    by_index = [row[0] for row in rows].index("SECTOR")
    by_loop = None
    for number, row in enumerate(rows):
        if row[0] == "SECTOR" and by_loop is None:
            by_loop = number
    for header_at in (by_next, by_index, by_loop):
        assert checks.check_header_row(rows, header_at).ok


def test_header_row_hints(pdf):
    rows = pdf.pages[0].extract_table()
    at = [row[0] for row in rows].index("SECTOR")
    _not_yet(checks.check_header_row(rows, rows[at]), "header row itself")
    _not_yet(checks.check_header_row(rows, at + 1), "below")
    _not_yet(checks.check_header_row(rows, 0), "is not the header")
    _not_yet(checks.check_header_row(rows, float(at)), "whole number")
    _not_yet(checks.check_header_row(pdf.pages[0].extract_tables(), at), "extract_tables")
    _not_yet(checks.check_header_row(pdf.pages[1].extract_table(), at), "another page")


def _rows_at(pdf):
    rows = pdf.pages[0].extract_table()
    return rows, [row[0] for row in rows].index("SECTOR")


def test_raw_table_right(pdf):
    rows, at = _rows_at(pdf)
    for raw in (
        pd.DataFrame(rows[at + 1 :], columns=PAGE_1_NAMES).dropna(),
        pd.DataFrame(rows[at + 1 :], columns=PAGE_1_NAMES).dropna(how="any").reset_index(drop=True),
        pd.DataFrame(rows[at + 1 : -1], columns=PAGE_1_NAMES),
    ):
        assert checks.check_raw_table(raw).ok


def test_raw_table_hints(pdf):
    rows, at = _rows_at(pdf)
    _not_yet(checks.check_raw_table(pd.DataFrame(rows[at + 1 :], columns=PAGE_1_NAMES)), "dropna")
    _not_yet(checks.check_raw_table(pd.DataFrame(rows[at:], columns=PAGE_1_NAMES).dropna()), "header row too")
    _not_yet(checks.check_raw_table(pd.DataFrame(rows[at + 1 :]).dropna()), "needs the columns")
    _not_yet(checks.check_raw_table(rows), "should be a table")


# the cleaning functions


def figures_lesson(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA)).astype("Int64")


def figures_one_regex(column):
    text = column.str.replace(r"[*,\s]", "", regex=True)
    return pd.to_numeric(text.mask(text == "N/A")).astype("Int64")


def figures_plain_text(column):
    text = column.str.replace("*", "").str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace({"N/A": pd.NA})).astype("Int64")


def figures_no_regex(column):
    text = column.str.replace(r"\*+", "").str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA)).astype("Int64")


def figures_zero(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", "0")).astype("Int64")


def figures_coerce(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text, errors="coerce").astype("Int64")


def figures_float(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA))


def figures_str_replace_na(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.str.replace("N/A", pd.NA)).astype("Int64")


def figures_no_return(column):
    column.str.replace(r"\*+", "", regex=True)


@pytest.mark.parametrize("figures", [figures_lesson, figures_one_regex, figures_plain_text])
def test_figures_right(figures):
    assert checks.check_figures(figures).ok


@pytest.mark.parametrize(
    "figures, words",
    [
        (figures_no_regex, "regex=True"),
        (figures_zero, "not 0 deaths"),
        (figures_coerce, "coerce"),
        (figures_float, "Int64"),
        (figures_no_return, "returns nothing"),
        (figures_str_replace_na, 'column.replace("N/A", pd.NA)'),
        ("figures", "should be a function"),
    ],
)
def test_figures_hints(figures, words):
    _not_yet(checks.check_figures(figures), words)


def names_lesson(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True).str.strip()


def names_two_steps(column):
    return column.str.replace(r"\*+", "", regex=True).str.replace(r"\s*\(formerly.*\)", "", regex=True).str.strip()


def names_split(column):
    return column.str.split("(", regex=False).str[0].str.replace("*", "").str.strip()


def names_no_regex(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "").str.strip()


def names_no_strip(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True)


def names_marks_only(column):
    return column.str.replace(r"\*+", "", regex=True).str.strip()


@pytest.mark.parametrize("sector_names", [names_lesson, names_two_steps, names_split])
def test_sector_names_right(sector_names):
    assert checks.check_sector_names(sector_names).ok


@pytest.mark.parametrize(
    "sector_names, words",
    [(names_no_regex, "regex=True"), (names_no_strip, "strip"), (names_marks_only, "formerly"), (None, "Replace")],
)
def test_sector_names_hints(sector_names, words):
    _not_yet(checks.check_sector_names(sector_names), words)


# the southwest rows


def profile_table():
    return student_table()


def test_southwest_right():
    profile = profile_table()
    names = [facts.SECTOR_NAMES[code] for code in facts.SECTORS]
    assert checks.check_southwest(names, profile[profile["sector"].isin(names)]).ok
    assert checks.check_southwest(sorted(names), profile.query("sector in @names").reset_index(drop=True)).ok
    assert checks.check_southwest(
        tuple(names), profile.loc[profile["sector"].isin(names), ["sector", "agents", "apprehensions"]]
    ).ok


def test_southwest_hints():
    profile = profile_table()
    names = [facts.SECTOR_NAMES[code] for code in facts.SECTORS]
    _not_yet(checks.check_southwest(list(facts.SECTORS), profile.iloc[:0]), "sector codes")
    _not_yet(checks.check_southwest(facts.SECTOR_NAMES, profile), "should be a list")
    _not_yet(checks.check_southwest(names, profile[profile["sector"].isin([*names, SOUTHWEST_TOTAL])]), "total row")
    _not_yet(checks.check_southwest(names, profile[profile["sector"].isin(facts.SECTORS)]), "no rows")


# read_table and page 2


def read_table_lesson(page, names):
    rows = page.extract_table()
    header_at = next(number for number, row in enumerate(rows) if row[0] == "SECTOR")
    raw = pd.DataFrame(rows[header_at + 1 :], columns=names).dropna()
    table = pd.DataFrame({names[0]: names_lesson(raw[names[0]])})
    for name in names[1:]:
        table[name] = figures_lesson(raw[name])
    return table


def read_table_copy(page, names):
    rows = page.extract_table()
    at = [row[0] for row in rows].index("SECTOR")
    table = pd.DataFrame(rows[at + 1 :], columns=names).dropna().reset_index(drop=True)
    for i, name in enumerate(names):
        table[name] = names_lesson(table[name]) if i == 0 else figures_lesson(table[name])
    return table


def read_table_dict(page, names):
    rows = [row for row in page.extract_table() if None not in row]
    at = next(i for i, row in enumerate(rows) if row[0] == "SECTOR")
    raw = pd.DataFrame(rows[at + 1 :], columns=names)
    return pd.DataFrame({name: (names_lesson if name == names[0] else figures_lesson)(raw[name]) for name in names})


def read_table_global_page(page, names):
    with pdfplumber.open(PDF_PATH) as document:  # page 1, whatever page it gets
        return read_table_lesson(document.pages[0], names)


def read_table_global_names(page, names):
    return read_table_lesson(page, PAGE_1_NAMES)


def read_table_no_return(page, names):
    read_table_lesson(page, names)


def read_table_no_cleaning(page, names):
    rows = page.extract_table()
    at = [row[0] for row in rows].index("SECTOR")
    return pd.DataFrame(rows[at + 1 :], columns=names).dropna()


@pytest.mark.parametrize("read_table", [read_table_lesson, read_table_copy, read_table_dict])
def test_read_table_right(read_table):
    assert checks.check_read_table(read_table).ok


@pytest.mark.parametrize(
    "read_table, words",
    [
        (read_table_global_page, "whatever page"),
        (read_table_global_names, "parameter `names`"),
        (read_table_no_return, "returns nothing"),
        (read_table_no_cleaning, "For page 1"),
    ],
)
def test_read_table_hints(read_table, words):
    _not_yet(checks.check_read_table(read_table), words)


AGES = ["sector", "accompanied", "unaccompanied", "juveniles", "adults", "total"]


def test_ages_right(pdf):
    ages = read_table_lesson(pdf.pages[1], AGES)
    assert checks.check_ages(ages).ok
    assert checks.check_ages(read_table_copy(pdf.pages[1], AGES)[AGES[::-1]]).ok
    assert checks.check_ages(ages.sort_values("sector")).ok
    with_gaps = ages.assign(juveniles_gap=ages["accompanied"] + ages["unaccompanied"] - ages["juveniles"])
    assert checks.check_ages(with_gaps).ok


def test_ages_hints(pdf):
    swapped = ["sector", "accompanied", "unaccompanied", "adults", "juveniles", "total"]
    _not_yet(checks.check_ages(read_table_lesson(pdf.pages[1], swapped)), "PDF's order")
    _not_yet(checks.check_ages(read_table_no_cleaning(pdf.pages[1], AGES)), "still text")
    _not_yet(checks.check_ages(read_table_lesson(pdf.pages[0], PAGE_1_NAMES)), "needs the columns")
    _not_yet(checks.check_ages(read_table_lesson(pdf.pages[1], AGES).iloc[:-2]), "22 rows")


# apprehensions per agent


def southwest_rows():
    profile = profile_table()
    return profile[profile["sector"].isin(SOUTHWEST)]


def test_per_agent_right():
    southwest = southwest_rows()
    ratio = (southwest["apprehensions"] / southwest["agents"]).round(1)
    lesson = southwest[["sector", "agents", "apprehensions"]].assign(apprehensions_per_agent=ratio)
    assert checks.check_per_agent(lesson.sort_values("apprehensions_per_agent", ascending=False)).ok
    table = southwest[["sector", "agents", "apprehensions"]].copy()
    table["apprehensions_per_agent"] = table["apprehensions"] / table["agents"]  # not rounded
    assert checks.check_per_agent(
        table.sort_values("apprehensions_per_agent", ascending=False).reset_index(drop=True)
    ).ok
    assert checks.check_per_agent(lesson.nlargest(9, "apprehensions_per_agent")).ok
    assert checks.check_per_agent(
        southwest.assign(apprehensions_per_agent=ratio).sort_values("apprehensions_per_agent", ascending=False)
    ).ok


def test_per_agent_hints():
    southwest = southwest_rows()
    ratio = (southwest["apprehensions"] / southwest["agents"]).round(1)
    lesson = southwest[["sector", "agents", "apprehensions"]].assign(apprehensions_per_agent=ratio)
    _not_yet(checks.check_per_agent(lesson.sort_values("apprehensions_per_agent")), "ascending=False")
    _not_yet(checks.check_per_agent(lesson), "not sorted")
    upside = lesson.assign(apprehensions_per_agent=(southwest["agents"] / southwest["apprehensions"]).round(1))
    _not_yet(checks.check_per_agent(upside.sort_values("apprehensions_per_agent", ascending=False)), "upside down")
    _not_yet(
        checks.check_per_agent(lesson.sort_values("apprehensions_per_agent", ascending=False).set_index("sector")),
        "as its index",
    )


# the staffing series and its growth

STAFFING = data.load_staffing()
SWB = STAFFING[STAFFING["sector"] == "southwest_border_total"].set_index("fiscal_year")["agents"]


def test_staffing_right():
    assert checks.check_staffing(STAFFING, SWB).ok
    assert checks.check_staffing(
        STAFFING, STAFFING.query("sector == 'southwest_border_total'").set_index("fiscal_year")["agents"]
    ).ok
    assert checks.check_staffing(
        STAFFING, STAFFING.pivot(index="fiscal_year", columns="sector", values="agents")["southwest_border_total"]
    ).ok
    assert checks.check_staffing(STAFFING, SWB.astype(float)).ok


def test_staffing_hints():
    nationwide = STAFFING[STAFFING["sector"] == "nationwide_total"].set_index("fiscal_year")["agents"]
    _not_yet(checks.check_staffing(STAFFING, nationwide), "nationwide total")
    _not_yet(checks.check_staffing(STAFFING, SWB.reset_index(drop=True)), "row numbers")
    _not_yet(
        checks.check_staffing(STAFFING[STAFFING["sector"] == "southwest_border_total"], SWB), "Keep `staffing` whole"
    )
    _not_yet(
        checks.check_staffing(STAFFING, STAFFING[STAFFING["sector"] == "southwest_border_total"]),
        "table with the columns",
    )


def test_staffing_growth_right():
    first = SWB.index[0]
    assert checks.check_staffing_growth(first, SWB[2018] / SWB[first]).ok
    assert checks.check_staffing_growth(int(SWB.index.min()), round(SWB.loc[2018] / SWB.iloc[0], 1)).ok
    assert checks.check_staffing_growth(sorted(SWB.index)[0], float(SWB[2018]) / float(SWB[first])).ok


@pytest.mark.parametrize(
    "first_year, growth, words",
    [
        (int(SWB.iloc[0]), 4.7, "first year's agents"),
        (0, 4.7, "a position"),
        (float(SWB.index[0]), 4.7, "decimal"),
        (SWB.index[0], SWB[SWB.index[0]] / SWB[2018], "Upside down"),
        (SWB.index[0], (SWB[2018] / SWB[SWB.index[0]] - 1) * 100, "change in percent"),
        (SWB.index[0], SWB[2018] - SWB[SWB.index[0]], "difference"),
        (SWB.index[0], SWB.max() / SWB[SWB.index[0]], "most agents"),
    ],
)
def test_staffing_growth_hints(first_year, growth, words):
    _not_yet(checks.check_staffing_growth(first_year, growth), words)


# Tucson's row, the sums beside the printed total, the merge with the course's dataset


def test_tucson_row_right(pdf):
    rows = pdf.pages[0].extract_table()
    assert checks.check_tucson_row(next(row for row in rows if row[0] == "Tucson")).ok
    for row in rows:  # a loop with break
        if row[0] == "Tucson":
            break
    assert checks.check_tucson_row(row).ok
    assert checks.check_tucson_row(tuple(rows[[r[0] for r in rows].index("Tucson")])).ok


def test_tucson_row_hints(pdf):
    rows = pdf.pages[0].extract_table()
    at = [r[0] for r in rows].index("Tucson")
    _not_yet(checks.check_tucson_row(next(enumerate(rows))), "not a search")
    _not_yet(checks.check_tucson_row(rows[-4]), "the row of 'Yuma'")
    _not_yet(checks.check_tucson_row(rows[-1]), "footnotes' row")
    _not_yet(checks.check_tucson_row(at), "a row's position")
    _not_yet(checks.check_tucson_row("Tucson"), "one cell")


def _adding_up(difference=lambda printed, nine: printed - nine):
    profile = profile_table()
    printed = profile.set_index("sector").loc[SOUTHWEST_TOTAL, ["agents", "apprehensions"]]
    nine = profile[profile["sector"].isin(SOUTHWEST)][["agents", "apprehensions"]].sum()
    return pd.DataFrame({"nine sectors": nine, "printed total": printed, "difference": difference(printed, nine)})


def test_adding_up_right():
    assert checks.check_adding_up(_adding_up()).ok
    profile = profile_table()
    printed = profile[profile["sector"] == SOUTHWEST_TOTAL][["agents", "apprehensions"]].iloc[0]
    nine = profile.loc[profile["sector"].isin(SOUTHWEST), ["agents", "apprehensions"]].sum()
    table = pd.DataFrame({"printed total": printed.astype(float), "nine sectors": nine})
    table["difference"] = table["printed total"] - table["nine sectors"]
    assert checks.check_adding_up(table).ok  # floats, columns in another order
    assert checks.check_adding_up(_adding_up().loc[["apprehensions", "agents"]]).ok  # rows in another order


def test_adding_up_hints():
    _not_yet(checks.check_adding_up(_adding_up(lambda printed, nine: nine - printed)), "wrong way round")
    _not_yet(checks.check_adding_up(_adding_up().T), "as its rows")
    _not_yet(checks.check_adding_up(_adding_up().drop(columns="difference")), "difference")
    _not_yet(checks.check_adding_up(_adding_up().rename(index={"agents": 0, "apprehensions": 1})), "adding_up")


COURSE_2018 = data.load_sector_profiles().query("fiscal_year == 2018")


def test_compared_right():
    profile = profile_table()
    keys = {"left_on": "sector", "right_on": "sector_name"}
    lesson = profile.merge(COURSE_2018, **keys, validate="one_to_one", suffixes=("_pdf", "_course"))
    assert checks.check_compared(lesson).ok
    assert checks.check_compared(pd.merge(profile, COURSE_2018, **keys, how="left", suffixes=("_pdf", "_course"))).ok
    course = data.load_sector_profiles()
    assert checks.check_compared(
        profile.merge(course[course["fiscal_year"] == 2018], **keys, suffixes=("_pdf", "_course")).sort_values(
            "agents_pdf"
        )
    ).ok


def test_compared_hints():
    profile = profile_table()
    _not_yet(
        checks.check_compared(
            COURSE_2018.merge(profile, left_on="sector_name", right_on="sector", suffixes=("_pdf", "_course"))
        ),
        "on the left",
    )
    _not_yet(checks.check_compared(profile.merge(COURSE_2018, left_on="sector", right_on="sector_name")), "suffixes")
    _not_yet(
        checks.check_compared(
            profile.merge(COURSE_2018, left_on="sector", right_on="sector_name", suffixes=("_course", "_pdf"))
        ),
        "suffixes swapped",
    )
    course_2019 = data.load_sector_profiles().query("fiscal_year == 2019")
    _not_yet(
        checks.check_compared(
            profile.merge(course_2019, left_on="sector", right_on="sector_name", suffixes=("_pdf", "_course"))
        ),
        "only FY2019",
    )
    _not_yet(checks.check_compared(profile.merge(COURSE_2018, on="sector", suffixes=("_pdf", "_course"))), "no rows")
    course = data.load_sector_profiles()
    _not_yet(
        checks.check_compared(
            profile.merge(course, left_on="sector", right_on="sector_name", suffixes=("_pdf", "_course"))
        ),
        "FY2019",
    )
