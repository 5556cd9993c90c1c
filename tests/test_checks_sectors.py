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
    tucson, san_diego = SECTORS.loc[2000, "tucson"], SECTORS.loc[2000, "san_diego"]
    for sentence in (
        example,
        change,
        f"RGV made {SHARES.loc[2014, 'rio_grande_valley']:.1f}% of arrests in FY2014.",
        # a count with "apprehensions", a share, and "the most" (Tucson was the busiest sector in FY2000)
        f"In fiscal year 2000 Tucson sector made the most apprehensions, {tucson:,}, or "
        f"{SHARES.loc[2000, 'tucson']:.0f}% of the southwest border's.",
        # a ratio of the two sectors named, rounded as written
        f"Tucson sector made {tucson / san_diego:.1f} times as many arrests as San Diego sector in FY2000.",
        # a ratio of one sector in two years, and "about" a rounded count
        f"Tucson sector made about {round(tucson, -3):,} arrests in FY 2000, "
        f"{tucson / SECTORS.loc[2018, 'tucson']:.0f} times as many as in FY2018.",
        # an ordinal rank that is right
        f"In FY2000 San Diego sector made the {int(SECTORS.loc[2000, list(data.SECTORS)].rank(ascending=False)['san_diego'])}"
        f"rd most arrests: {san_diego:,}.",
        # "the most since": not a rank among the sectors
        f"El Paso sector made {SECTORS.loc[2019, 'el_paso']:,} arrests in FY2019, the most since FY2006.",
    ):
        feedback = checks.check_sector_year_finding(sentence)
        assert feedback.ok, (sentence, feedback.message)


TUCSON_2000 = SECTORS.loc[2000, "tucson"]


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
        # what the novice's walk found accepted
        (f"In FY2000 Tucson sector caught {TUCSON_2000:,} people crossing the border.", "not people"),
        (f"In 2000 Tucson sector made {TUCSON_2000:,} arrests.", "as a fiscal year"),
        ("El Centro sector made the most arrests of any sector in FY2000.", "Tucson sector made the most"),
        (f"Tucson sector made the 3rd most arrests in FY2000, {TUCSON_2000:,}.", "ranked 1st"),
        ("Tucson sector made 3 times as many arrests as San Diego in FY2000.", "4.063"),
        # more of the same kinds
        (f"Tucson sector apprehended {TUCSON_2000:,} migrants in FY2000.", "not migrants"),
        (f"Tucson sector made {TUCSON_2000:,} in FY2000.", "does not say so"),
        ("Tucson sector made 4 times as many arrests in FY2000.", "as many as what"),
        ("Tucson sector made 47% of arrests in FY2000.", "The nearest value there is 37.5 (Tucson sector's share"),
    ],
    ids=[
        "unanswered",
        "no-sector",
        "no-year",
        "outside",
        "other-year-share",
        "other-sector-count",
        "no-number",
        "people",
        "calendar-year",
        "false-busiest",
        "false-rank",
        "wrong-ratio",
        "migrants",
        "no-measure",
        "ratio-of-nothing",
        "nearest-as-the-course-writes",
    ],
)
def test_sector_year_finding_hints(sentence, expected):
    feedback = checks.check_sector_year_finding(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_sector_year_finding_hints_write_numbers_as_the_course_does():
    feedback = checks.check_sector_year_finding("Tucson sector made 47% of arrests in FY2000.")
    assert "47.395" not in feedback.message and "one in ..." not in feedback.message, feedback.message


# --------------------------------------------------------------------------- the type-along steps

import pandas as pd  # noqa: E402

import helpers.troops  # noqa: E402
from helpers.checks import sectors as sector_checks  # noqa: E402

NINE = list(data.SECTORS)


def _shares():
    return SECTORS[NINE].div(SECTORS["southwest_border_total"], axis=0).astype(float) * 100


def _long():
    return SECTORS[NINE].reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions")


def _mapping():
    states = sector_checks.SECTOR_STATES
    table = pd.DataFrame(
        {
            "column": list(states),
            "sector": [sector_checks._name(c) for c in states],
            "states": list(states.values()),
            "ambiguity": "",
        }
    )
    table["n_states"] = table["states"].str.split(", ").str.len()
    return table


def _merged():
    return _long().merge(_mapping(), on="column", how="left", validate="many_to_one")


def _by_sector(year=2018):
    merged = _merged()
    return merged[merged["fiscal_year"] == year]


def _touching():
    rows = _by_sector()
    return rows.assign(state=rows["states"].str.split(", ")).explode("state")


def _by_state():
    touching = _touching()
    at_most = touching.groupby("state")["apprehensions"].sum()
    at_least = touching[touching["n_states"] == 1].groupby("state")["apprehensions"].sum()
    return pd.DataFrame({"at_least": at_least, "at_most": at_most}).fillna(0).astype(int)


def _state_shares():
    return (_by_state() / TOTAL * 100).round(1).add_suffix("_%")


def _troops():
    troops = helpers.troops.guard_table()
    troops["troops_%"] = (troops["troops"] / troops["troops"].sum() * 100).round(1)
    return troops


def _comparison():
    comparison = _troops().set_index("state").join(_state_shares())
    comparison["within_range"] = comparison["troops_%"].between(comparison["at_least_%"], comparison["at_most_%"])
    return comparison


def _by_states():
    return _merged().pivot_table(index="fiscal_year", columns="states", values="apprehensions", aggfunc="sum")


def _leader(start=1990):
    return _shares().loc[start:].idxmax(axis=1)


def _changes(start=1990):
    leader = _leader(start)
    return leader[leader != leader.shift()]


STEPS = {
    "check_sectors_table": (
        [
            lambda: data.load_sectors().set_index("fiscal_year"),
            lambda: data.load_sectors().set_index("fiscal_year").astype(float),
            lambda: data.load_sectors().set_index("fiscal_year").iloc[::-1],
            lambda: data.load_sectors().set_index("fiscal_year")[list(reversed(data.load_sectors().columns[1:]))],
        ],
        [
            (lambda: data.load_sectors(), "ordinary column"),
            (lambda: data.load_sectors().set_index("fiscal_year").loc[2014:2018], "only some of the years"),
            (lambda: ..., "Replace the `...`"),
        ],
    ),
    "check_sector_shares": (
        [
            _shares,
            lambda: SECTORS[NINE].astype(float).div(SECTORS["southwest_border_total"].astype(float), axis=0).mul(100),
            lambda: pd.DataFrame({c: SECTORS[c] / SECTORS["southwest_border_total"] * 100 for c in NINE}).astype(float),
            lambda: _shares()[list(reversed(NINE))],
        ],
        [
            (lambda: _shares() / 100, "fractions of 1"),
            (
                lambda: SECTORS.div(SECTORS["southwest_border_total"], axis=0).astype(float) * 100,
                "southwest_border_total",
            ),
            (lambda: SECTORS[NINE].astype(float), "counts, not shares"),
        ],
    ),
    "check_long": (
        [
            _long,
            lambda: _long().sort_values(["fiscal_year", "column"]),
            lambda: pd.melt(
                SECTORS[NINE].reset_index(), id_vars=["fiscal_year"], var_name="column", value_name="apprehensions"
            )[["apprehensions", "column", "fiscal_year"]],
            lambda: _long().astype({"apprehensions": float}),
        ],
        [
            (lambda: SECTORS[NINE].reset_index().melt(id_vars="fiscal_year"), "`variable` and `value`"),
            (
                lambda: SECTORS.reset_index().melt(
                    id_vars="fiscal_year", var_name="column", value_name="apprehensions"
                ),
                "southwest_border_total",
            ),
            (lambda: SECTORS[NINE].melt(var_name="column", value_name="apprehensions"), "no `fiscal_year` column"),
        ],
    ),
    "check_merged": (
        [
            _merged,
            lambda: _mapping().merge(_long(), on="column"),
            lambda: pd.merge(_long(), _mapping(), on="column", how="inner"),
            lambda: _merged().drop(columns="ambiguity"),
        ],
        [
            (
                lambda: _long().merge(_mapping().assign(column=lambda t: t["sector"]), on="column", how="left"),
                "no states",
            ),
            (lambda: _long().merge(pd.concat([_mapping(), _mapping()]), on="column", how="left"), "more rows"),
            (lambda: _long().head(100).merge(_mapping(), on="column"), "fewer rows"),
        ],
    ),
    "check_by_sector": (
        [
            _by_sector,
            lambda: _merged().query("fiscal_year == 2018"),
            lambda: _merged().loc[_merged()["fiscal_year"] == 2018].reset_index(drop=True),
            lambda: _merged()[_merged()["fiscal_year"].isin([2018])].sort_values("apprehensions"),
        ],
        [
            (lambda: _by_sector(2017), "another year"),
            (lambda: _merged()[_merged()["fiscal_year"] >= 2018], "holds every year"),
            (lambda: _by_sector()[["sector", "apprehensions"]], "lost the columns"),
        ],
    ),
    "check_touching": (
        [
            _touching,
            lambda: _touching().reset_index(drop=True),
            lambda: (
                _by_sector().assign(state=lambda t: t["states"].str.split(", ")).explode("state", ignore_index=True)
            ),
            lambda: _touching().sort_values("state"),
        ],
        [
            (lambda: _by_sector().assign(state=_by_sector()["states"].str.split(", ")), "holds lists"),
            (lambda: _merged().assign(state=_merged()["states"].str.split(", ")).explode("state"), "every year"),
            (lambda: _by_sector().assign(state=_by_sector()["states"]), "one row per sector"),
        ],
    ),
    "check_by_state": (
        [
            _by_state,
            lambda: _by_state().astype(float),
            lambda: _by_state().iloc[::-1],
            lambda: _by_state()[["at_most", "at_least"]],
            lambda: (
                _touching()
                .assign(only=lambda t: t["apprehensions"].where(t["n_states"] == 1, 0))
                .groupby("state")[["only", "apprehensions"]]
                .sum()
                .set_axis(["at_least", "at_most"], axis=1)
            ),
        ],
        [
            (
                lambda: pd.DataFrame(
                    {
                        "at_least": _touching()[_touching()["n_states"] == 1].groupby("state")["apprehensions"].sum(),
                        "at_most": _touching().groupby("state")["apprehensions"].sum(),
                    }
                ),
                "blank (NaN)",
            ),
            (lambda: pd.DataFrame({"at_least": _by_state()["at_most"], "at_most": _by_state()["at_most"]}), "the same"),
            (lambda: pd.DataFrame({"at_least": _by_state()["at_most"], "at_most": _by_state()["at_least"]}), "swapped"),
            (
                lambda: _by_sector().groupby("states")["apprehensions"].sum().to_frame("at_most").assign(at_least=0),
                "four states",
            ),
        ],
    ),
    "check_state_shares": (
        [
            _state_shares,
            lambda: (_by_state() / TOTAL * 100).add_suffix("_%"),
            lambda: _by_state().div(TOTAL).mul(100).round(2).add_suffix("_%").iloc[::-1],
            lambda: (_by_state() * 100 / float(TOTAL)).round(1).rename(columns=lambda c: c + "_%"),
        ],
        [
            (lambda: (_by_state() / TOTAL).add_suffix("_%"), "fractions of 1"),
            (lambda: (_by_state() / TOTAL * 100).round(1), "_%"),
            (lambda: _state_shares().head(2), "one number"),
        ],
    ),
    "check_troop_shares": (
        [
            _troops,
            lambda: helpers.troops.guard_table().assign(
                **{"troops_%": lambda t: t["troops"] / t["troops"].sum() * 100}
            ),
            lambda: _troops().set_index("state"),
            lambda: _troops().iloc[::-1],
        ],
        [
            (
                lambda: helpers.troops.guard_table().assign(**{"troops_%": lambda t: t["troops"] / t["troops"].sum()}),
                "fractions of 1",
            ),
            (lambda: helpers.troops.guard_table().assign(**{"troops_%": lambda t: t["troops"]}), "troop counts"),
            (lambda: helpers.troops.guard_table(), "no column `troops_%`"),
        ],
    ),
    "check_comparison": (
        [
            _comparison,
            lambda: _comparison().sort_index(),
            lambda: (
                _state_shares()
                .join(_troops().set_index("state"), how="inner")
                .assign(within_range=lambda t: (t["troops_%"] >= t["at_least_%"]) & (t["troops_%"] <= t["at_most_%"]))
            ),
            lambda: (
                _troops()
                .merge(_state_shares(), left_on="state", right_index=True)
                .set_index("state")
                .assign(within_range=lambda t: t["troops_%"].between(t["at_least_%"], t["at_most_%"]))
            ),
        ],
        [
            (lambda: _troops().join(_state_shares()).set_index("state").assign(within_range=False), "did not line up"),
            (lambda: _comparison().assign(within_range=~_comparison()["within_range"]), "opposite"),
            (lambda: _comparison().assign(within_range="yes"), "True or False"),
        ],
    ),
    "check_state_group_shares": (
        [
            lambda: _by_states().div(_by_states().sum(axis=1), axis=0).astype(float) * 100,
            lambda: _by_states().div(_by_states().sum(axis=1), axis=0).mul(100).round(1),
            lambda: (_by_states().T / _by_states().sum(axis=1) * 100).T,
            lambda: _by_states().apply(lambda row: row / row.sum() * 100, axis=1).iloc[::-1],
        ],
        [
            (lambda: _by_states().div(_by_states().sum(), axis=0) * 100, "all blanks"),
            (lambda: _by_states() / _by_states().sum(axis=1) * 100, "all blanks"),
            (lambda: _by_states() / _by_states().sum() * 100, "Each *column* adds up to 100"),
            (lambda: _by_states().div(_by_states().sum(axis=1), axis=0), "fractions of 1"),
        ],
    ),
    "check_leader_changes": (
        [
            _changes,
            lambda: _changes().sort_index(ascending=False),
            lambda: _shares().loc[1990:].idxmax(axis=1).loc[lambda s: s.ne(s.shift())].rename("leader"),
            lambda: pd.Series(dict(_changes().items())),
        ],
        [
            (lambda: _leader(), "every year"),
            (lambda: _changes(1960), "starts before FY1990"),
            (lambda: _leader()[_leader() != _leader().shift(-1)], "*last* year"),
        ],
    ),
}


@pytest.mark.parametrize(
    "check, make_answer",
    [(check, answer) for check, (valid, _) in STEPS.items() for answer in valid],
)
def test_type_along_steps_accept_valid_answers(check, make_answer):
    feedback = getattr(checks, check)(make_answer())
    assert feedback.ok, feedback.message


@pytest.mark.parametrize(
    "check, make_answer, expected",
    [(check, answer, words) for check, (_, wrong) in STEPS.items() for answer, words in wrong],
)
def test_type_along_steps_hint_at_each_mistake(check, make_answer, expected):
    feedback = getattr(checks, check)(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_a_pivot_with_values_as_a_list_is_the_same_table_and_group_names_stay_readable():
    """pivot_table(values=["apprehensions"]) adds a header row but holds the same table; a wrong shape lists the
    groups so that names with a comma ("Arizona, California") stay apart."""
    import pandas as pd

    from helpers.checks import sectors

    expected = sectors._by_states()
    wide = expected.copy()
    wide.columns = pd.MultiIndex.from_product([["apprehensions"], expected.columns])
    assert checks.check_states_pivot(wide).ok
    message = checks.check_states_pivot(expected.iloc[:, :2]).message
    assert "`Arizona, California`" in message, message
