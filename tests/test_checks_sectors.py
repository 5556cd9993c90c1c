"""The self-checks of notebook 04 accept the right answers and give each common wrong one its own hint."""

import pytest

from helpers import checks, data

SECTORS = data.load_sectors().set_index("fiscal_year")
ROW = SECTORS.loc[2018, list(data.SECTORS)]
TOTAL = SECTORS.loc[2018, "southwest_border_total"]
TEXAS_ONLY = ["big_bend", "del_rio", "laredo", "rio_grande_valley"]


def share(columns, year=2018, denominator=None):
    total = SECTORS.loc[year, "southwest_border_total"] if denominator is None else denominator
    return SECTORS.loc[year, columns].sum() / total * 100


def test_top_sector_right_answers():
    top = ROW.idxmax()
    for answer in (top, top.replace("_", " ").title(), top.upper(), top.replace("_", "-")):
        assert checks.check_top_sector(answer).ok, answer


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: SECTORS.loc[2018].idxmax(), "all nine sectors added up"),
        (lambda: ROW.idxmin(), "*fewest*"),
        (lambda: SECTORS.loc[2000, list(data.SECTORS)].idxmax(), "busiest sector in"),
        (lambda: SECTORS.loc[1990, list(data.SECTORS)].idxmax(), "busiest sector in"),
        (lambda: int(ROW.max()), "number of apprehensions"),
        (lambda: ROW, "table or a column"),
        (lambda: "Texas", "That is a state"),
        (lambda: "fiscal_year", "not a sector"),
        (lambda: "nogales", "not one of the nine sectors"),
        (lambda: "laredo", "not the most"),
    ],
    ids=[
        "unanswered",
        "total-column",
        "lowest",
        "fy2000",
        "fy1990",
        "count",
        "series",
        "state",
        "index",
        "unknown",
        "other-sector",
    ],
)
def test_top_sector_hints(make_answer, expected):
    feedback = checks.check_top_sector(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_texas_share_right_answers():
    expected = share(TEXAS_ONLY)
    for answer in (expected, float(expected), round(float(expected), 1), round(float(expected))):
        assert checks.check_texas_share(answer).ok, answer


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: share(TEXAS_ONLY) / 100, "fraction of 1"),
        (lambda: share([*TEXAS_ONLY, "el_paso"]), "counted El Paso sector as Texas"),
        (
            lambda: share(
                TEXAS_ONLY, denominator=data.load_apprehensions().set_index("fiscal_year").loc[2018, "nationwide"]
            ),
            "*nationwide*",
        ),
        (lambda: share(TEXAS_ONLY, year=2017), "FY2017, one year off"),
        (lambda: share(TEXAS_ONLY, year=2019), "FY2019, one year off"),
        (lambda: share(["rio_grande_valley"]), "Rio Grande Valley sector alone"),
        (lambda: int(SECTORS.loc[2018, TEXAS_ONLY].sum()), "number of apprehensions in the Texas sectors"),
        (lambda: SECTORS.loc[2018, TEXAS_ONLY] / TOTAL * 100, "table or a column"),
        (lambda: "55%", "Drop the quotes and the % sign"),
        (lambda: "55.2", "not a number"),
        (lambda: 30.0, "is not the share"),
    ],
    ids=[
        "unanswered",
        "fraction",
        "with-el-paso",
        "nationwide",
        "fy2017",
        "fy2019",
        "rgv-only",
        "count",
        "series",
        "string",
        "text-number",
        "other",
    ],
)
def test_texas_share_hints(make_answer, expected):
    feedback = checks.check_texas_share(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- the one sector-to-state definition

import nbformat  # noqa: E402
import pandas as pd  # noqa: E402

from helpers import paths  # noqa: E402
from helpers.checks import sectors as sector_checks  # noqa: E402


def test_texas_sectors_have_one_definition_and_the_notebook_types_the_same_table():
    assert sector_checks.TEXAS_ONLY == tuple(TEXAS_ONLY)
    assert sector_checks.PARTLY_TEXAS == ("el_paso",)
    nb = nbformat.read(paths.NOTEBOOKS / "04-where-crossings-happen.ipynb", as_version=4)
    (cell,) = [c for c in nb.cells if c.cell_type == "code" and "sector_states = pd.DataFrame(" in c.source]
    scope = {"pd": pd}
    exec(cell.source, scope)  # the notebook's typed table, run as the notebook runs it
    typed = dict(zip(scope["sector_states"]["column"], scope["sector_states"]["states"]))
    assert typed == sector_checks.SECTOR_STATES


# --------------------------------------------------------------------------- type-along: ranking

SHARES = SECTORS[list(data.SECTORS)].div(SECTORS["southwest_border_total"], axis=0).astype(float) * 100


def test_ranked_shares_right_answers():
    ranked = SHARES.loc[2018].sort_values(ascending=False)
    assert checks.check_ranked_shares(ranked).ok and checks.check_ranked_shares(ranked.round(1)).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: SHARES.loc[2018].sort_values(), "ascending=False"),
        (lambda: SHARES.loc[2018], "not in order"),
        (lambda: ROW.sort_values(ascending=False), "counts of apprehensions"),
        (lambda: SECTORS.loc[2018].sort_values(ascending=False), "southwest_border_total"),
        (lambda: (SHARES.loc[2018] / 100).sort_values(ascending=False), "fractions of 1"),
        (lambda: SHARES.loc[2017].sort_values(ascending=False), "FY2017, one year off"),
        (lambda: SHARES, "That is a table"),
        (lambda: 40.9, "should be a pandas Series"),
    ],
    ids=["unanswered", "ascending", "unsorted", "counts", "with-total", "fractions", "fy2017", "table", "number"],
)
def test_ranked_shares_hints(make_answer, expected):
    feedback = checks.check_ranked_shares(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- type-along: pivot_table

LONG = (
    SECTORS[list(data.SECTORS)].reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions")
)
MERGED = LONG.merge(
    pd.DataFrame({"column": list(sector_checks.SECTOR_STATES), "states": list(sector_checks.SECTOR_STATES.values())}),
    on="column",
)


def pivot(**options):
    return MERGED.pivot_table(**{"index": "fiscal_year", "columns": "states", "values": "apprehensions", **options})


def test_states_pivot_right_answer():
    table = pivot(aggfunc="sum")
    assert table.loc[2018, "Texas"] == SECTORS.loc[2018, TEXAS_ONLY].sum()
    assert checks.check_states_pivot(table).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: pivot(), "*mean*"),
        (lambda: pivot(aggfunc="count"), "count the sectors"),
        (lambda: pivot(aggfunc="sum").T, "swapped"),
        (lambda: pivot(aggfunc="sum", columns="column"), "nine sectors again"),
        (lambda: pivot(aggfunc="max"), "not the numbers"),
        (lambda: pivot(aggfunc="sum")["Texas"], "should be a table"),
        (lambda: pivot(aggfunc="sum").loc[2000:], "one row per fiscal year"),
    ],
    ids=["unanswered", "mean", "count", "transposed", "sectors", "max", "column", "some-years"],
)
def test_states_pivot_hints(make_answer, expected):
    feedback = checks.check_states_pivot(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- exercise 3: your finding


def test_sector_year_finding_right_answers():
    example = (
        f"In FY2018 the Border Patrol's Rio Grande Valley sector made {ROW['rio_grande_valley']:,} arrests, "
        f"{SHARES.loc[2018, 'rio_grande_valley']:.0f}% of all southwest border apprehensions."
    )
    change = (
        f"Tucson sector's share fell from {SHARES.loc[2010, 'tucson']:.1f}% in FY2010 to "
        f"{SHARES.loc[2018, 'tucson']:.1f}% in FY2018."
    )
    for sentence in (example, change, f"RGV made {SHARES.loc[2014, 'rio_grande_valley']:.1f}% of arrests in FY2014."):
        assert checks.check_sector_year_finding(sentence).ok, sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("In FY2018 the busiest sector made 41% of arrests.", "Name the sector"),
        ("Tucson made 13% of arrests.", "Name the fiscal year"),
        ("Tucson made 13% of arrests in FY1950.", "pick a year in that range"),
        ("Tucson made 47% of arrests in FY2018.", "can't find '47%'"),
        (f"Laredo made {ROW['tucson']:,} arrests in FY2018.", "can't find"),
        ("Tucson was the busiest sector in FY2010.", "has no number"),
    ],
    ids=["unanswered", "no-sector", "no-year", "outside", "other-year-share", "other-sector-count", "no-number"],
)
def test_sector_year_finding_hints(sentence, expected):
    feedback = checks.check_sector_year_finding(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message
