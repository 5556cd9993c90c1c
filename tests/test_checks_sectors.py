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
    ids=["unanswered", "total-column", "lowest", "fy2000", "fy1990", "count", "series", "state", "index",
         "unknown", "other-sector"],
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
        (lambda: share(TEXAS_ONLY + ["el_paso"]), "counted El Paso sector as Texas"),
        (lambda: share(TEXAS_ONLY, denominator=data.load_apprehensions().set_index("fiscal_year").loc[2018, "nationwide"]),
         "*nationwide*"),
        (lambda: share(TEXAS_ONLY, year=2017), "FY2017, one year off"),
        (lambda: share(TEXAS_ONLY, year=2019), "FY2019, one year off"),
        (lambda: share(["rio_grande_valley"]), "Rio Grande Valley sector alone"),
        (lambda: int(SECTORS.loc[2018, TEXAS_ONLY].sum()), "number of apprehensions in the Texas sectors"),
        (lambda: SECTORS.loc[2018, TEXAS_ONLY] / TOTAL * 100, "table or a column"),
        (lambda: "55%", "should be a number"),
        (lambda: 30.0, "is not the share"),
    ],
    ids=["unanswered", "fraction", "with-el-paso", "nationwide", "fy2017", "fy2019", "rgv-only", "count", "series",
         "string", "other"],
)
def test_texas_share_hints(make_answer, expected):
    feedback = checks.check_texas_share(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message
