"""Right and wrong answers for checks.sectors (see tests/variants/__init__.py).

Every answer is built with the course's loaders, the way lesson 04 builds it; no expected number is typed in.
"""

import pandas as pd

import helpers.troops
from helpers import data
from helpers.facts import SECTOR_NAMES, SECTOR_STATES
from tests.variants import Args, Valid, Wrong  # noqa: F401

NINE = list(data.SECTORS)
TEXAS_ONLY = ["big_bend", "del_rio", "laredo", "rio_grande_valley"]


def _sectors():
    return data.load_sectors().set_index("fiscal_year")


def _row(year=2018):
    return _sectors().loc[year]


def _total(year=2018):
    return _sectors().loc[year, "southwest_border_total"]


def _shares():
    sectors = _sectors()
    return sectors[NINE].div(sectors["southwest_border_total"], axis=0).astype(float) * 100


def _long():
    return _sectors()[NINE].reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions")


def _mapping():
    """The lesson's sector_states table, typed as the lesson types it (names and states from helpers.facts)."""
    table = pd.DataFrame(
        {
            "column": list(SECTOR_STATES),
            "sector": [SECTOR_NAMES[c] for c in SECTOR_STATES],
            "states": list(SECTOR_STATES.values()),
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
    return (_by_state() / _total() * 100).add_suffix("_%")


def _troops():
    troops = helpers.troops.guard_table()
    troops["troops_%"] = troops["troops"] / troops["troops"].sum() * 100
    return troops


def _comparison():
    comparison = _troops().set_index("state").join(_state_shares())
    comparison["within_range"] = comparison["troops_%"].between(comparison["at_least_%"], comparison["at_most_%"])
    return comparison


def _by_states(**options):
    return _merged().pivot_table(
        **{"index": "fiscal_year", "columns": "states", "values": "apprehensions", "aggfunc": "sum", **options}
    )


def _leader(start=1990):
    return _shares().loc[start:].idxmax(axis=1)


def _changes(start=1990):
    leader = _leader(start)
    return leader[leader != leader.shift()]


def _texas_share(columns=TEXAS_ONLY, year=2018, denominator=None):
    total = _total(year) if denominator is None else denominator
    return _sectors().loc[year, columns].sum() / total * 100


def _name(column):
    return column.replace("_", " ").title()


def _finding_tucson_2000():
    sectors, shares = _sectors(), _shares()
    return sectors.loc[2000, "tucson"], sectors.loc[2000, "san_diego"], shares


VARIANTS: dict[str, list] = {
    "check_sectors_table": [
        Valid("set_index", lambda: data.load_sectors().set_index("fiscal_year")),
        Valid("set_index-a-list", lambda: data.load_sectors().set_index(["fiscal_year"])),
        Valid("newest-first", lambda: data.load_sectors().set_index("fiscal_year").sort_index(ascending=False)),
        Valid("as-floats", lambda: data.load_sectors().set_index("fiscal_year").astype(float)),
        Valid(
            "columns-in-another-order",
            lambda: data.load_sectors().set_index("fiscal_year")[list(reversed(data.load_sectors().columns[1:]))],
        ),
        Valid("drop-false-keeps-the-column", lambda: data.load_sectors().set_index("fiscal_year", drop=False)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-index", lambda: data.load_sectors(), "set_index"),
        Wrong("stored-the-slice", lambda: data.load_sectors().set_index("fiscal_year").loc[2014:2018], "whole table"),
        Wrong("the-yearly-table", lambda: data.load_apprehensions().set_index("fiscal_year"), "needs the column"),
        Wrong("a-series", lambda: data.load_sectors().set_index("fiscal_year")["tucson"], "needs the column"),
    ],
    "check_sector_shares": [
        Valid("div-axis-0", _shares),
        Valid(
            "mul-100",
            lambda: (
                _sectors()[NINE].astype(float).div(_sectors()["southwest_border_total"].astype(float), axis=0).mul(100)
            ),
        ),
        Valid(
            "a-dict-of-columns",
            lambda: pd.DataFrame({c: _sectors()[c] / _sectors()["southwest_border_total"] * 100 for c in NINE}),
        ),
        Valid("columns-reversed", lambda: _shares()[list(reversed(NINE))]),
        Valid("apply-row-by-row", lambda: _sectors()[NINE].apply(lambda row: row / row.sum() * 100, axis=1)),
        Wrong("fractions", lambda: _shares() / 100, "Multiply by 100"),
        Wrong(
            "with-the-total",
            lambda: _sectors().div(_sectors()["southwest_border_total"], axis=0).astype(float) * 100,
            "only the nine sector columns",
        ),
        Wrong("counts", lambda: _sectors()[NINE].astype(float), "Divide them by `southwest_border_total`"),
        Wrong("one-year", lambda: _shares().loc[2018], "row"),
    ],
    "check_ranked_shares": [
        Valid("sort_values", lambda: _shares().loc[2018].sort_values(ascending=False)),
        Valid("nlargest", lambda: _shares().loc[2018].nlargest(9)),
        Valid("sorted-then-reversed", lambda: _shares().loc[2018].sort_values()[::-1]),
        Valid("rounded", lambda: _shares().loc[2018].sort_values(ascending=False).round(1)),
        Valid(
            "from-the-counts",
            lambda: (_row()[NINE] / _total() * 100).sort_values(ascending=False),
        ),
        Valid("one-column-table", lambda: _shares().loc[[2018]].T.sort_values(2018, ascending=False)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("ascending", lambda: _shares().loc[2018].sort_values(), "ascending=False"),
        Wrong("not-sorted", lambda: _shares().loc[2018], "sort_values(ascending=False)"),
        Wrong("counts", lambda: _row()[NINE].sort_values(ascending=False), "counts of apprehensions"),
        Wrong("with-the-total", lambda: _row().sort_values(ascending=False), "southwest_border_total"),
        Wrong("fractions", lambda: (_shares().loc[2018] / 100).sort_values(ascending=False), "fractions of 1"),
        Wrong("fy2017", lambda: _shares().loc[2017].sort_values(ascending=False), "FY2017, one year off"),
        Wrong("whole-table", lambda: _shares(), "one row of `shares`"),
    ],
    "check_top_sector": [
        Valid("idxmax", lambda: _row()[NINE].idxmax()),
        Valid("drop-the-total", lambda: _row().drop("southwest_border_total").idxmax()),
        Valid("sorted-first", lambda: _row()[NINE].sort_values(ascending=False).index[0]),
        Valid("nlargest", lambda: _row()[NINE].nlargest(1).index[0]),
        Valid("in-words", lambda: _name(_row()[NINE].idxmax())),
        Valid("upper-case", lambda: _row()[NINE].idxmax().upper()),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("with-the-total", lambda: _row().idxmax(), "all nine sectors added up"),
        Wrong("idxmin", lambda: _row()[NINE].idxmin(), "Use `.idxmax()`"),
        Wrong("max-not-idxmax", lambda: _row()[NINE].max(), "`.idxmax()` gives it"),
        Wrong("fy2000", lambda: _sectors().loc[2000, NINE].idxmax(), "picked the row for FY2018"),
        Wrong("every-year", lambda: _sectors()[NINE].idxmax(axis=1), "table or a column"),
        Wrong("a-state", lambda: "Texas", "That is a state"),
        Wrong("the-index", lambda: "fiscal_year", "set_index"),
        Wrong("ascending-first", lambda: _row()[NINE].sort_values().index[0], "Use `.idxmax()`"),
    ],
    "check_texas_share": [
        Valid("sum-over-total", lambda: _texas_share()),
        Valid("float", lambda: float(_texas_share())),
        Valid("rounded-one-decimal", lambda: round(float(_texas_share()), 1)),
        Valid("rounded-whole", lambda: round(float(_texas_share()))),
        Valid(
            "added-one-by-one",
            lambda: sum(_row()[c] for c in TEXAS_ONLY) * 100 / _row()["southwest_border_total"],
        ),
        Valid("mask-on-the-row", lambda: _row()[_row().index.isin(TEXAS_ONLY)].sum() / _total() * 100),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fraction", lambda: _texas_share() / 100, "Multiply by 100"),
        Wrong("with-el-paso", lambda: _texas_share([*TEXAS_ONLY, "el_paso"]), "counted El Paso sector as Texas"),
        Wrong(
            "nationwide",
            lambda: _texas_share(
                denominator=data.load_apprehensions().set_index("fiscal_year").loc[2018, "nationwide"]
            ),
            "divide by `southwest_border_total`",
        ),
        Wrong("fy2017", lambda: _texas_share(year=2017), "Use the row for FY2018"),
        Wrong("rgv-only", lambda: _texas_share(["rio_grande_valley"]), "Add up all four"),
        Wrong("the-count", lambda: int(_row()[TEXAS_ONLY].sum()), "Divide it by the southwest border total"),
        Wrong("a-column", lambda: _row()[TEXAS_ONLY] / _total() * 100, ".sum()"),
        Wrong("text", lambda: f"{_texas_share():.0f}%", "Drop the quotes and the % sign"),
    ],
    "check_states_pivot": [
        Valid("pivot_table", lambda: _by_states()),
        Valid("groupby-unstack", lambda: _merged().groupby(["fiscal_year", "states"])["apprehensions"].sum().unstack()),
        Valid("values-as-a-list", lambda: _by_states(values=["apprehensions"])),
        Valid(
            "pd.pivot_table",
            lambda: pd.pivot_table(
                _merged(), index="fiscal_year", columns="states", values="apprehensions", aggfunc="sum"
            ),
        ),
        Valid("columns-reversed-as-floats", lambda: _by_states().iloc[:, ::-1].astype(float)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("mean", lambda: _by_states(aggfunc="mean"), 'aggfunc="sum"'),
        Wrong("count", lambda: _by_states(aggfunc="count"), 'aggfunc="sum"'),
        Wrong("transposed", lambda: _by_states().T, "swapped"),
        Wrong("by-sector", lambda: _by_states(columns="column"), "Spread the table by the `states` column"),
        Wrong("one-column", lambda: _by_states()["Texas"], "pivot_table"),
        Wrong("some-years", lambda: _by_states().loc[2000:], "one row per fiscal year"),
    ],
    "check_sector_year_finding": [
        Valid(
            "the-example",
            lambda: (
                f"In FY2018 the Border Patrol's Rio Grande Valley sector made {_row()['rio_grande_valley']:,} arrests, "
                f"{_shares().loc[2018, 'rio_grande_valley']:.0f}% of all southwest border apprehensions."
            ),
        ),
        Valid(
            "a-change",
            lambda: (
                f"Tucson sector's share fell from {_shares().loc[2010, 'tucson']:.1f}% in FY2010 to "
                f"{_shares().loc[2018, 'tucson']:.1f}% in FY2018."
            ),
        ),
        Valid(
            "rgv-abbreviated", lambda: f"RGV made {_shares().loc[2014, 'rio_grande_valley']:.1f}% of arrests in FY2014."
        ),
        Valid(
            "a-ratio-of-two-sectors",
            lambda: (
                f"Tucson sector made {_finding_tucson_2000()[0] / _finding_tucson_2000()[1]:.1f} times as many arrests "
                "as San Diego sector in FY2000."
            ),
        ),
        Valid(
            "fiscal-year-in-words",
            lambda: (
                f"In fiscal year 2000 Tucson sector made the most apprehensions, {_finding_tucson_2000()[0]:,}, or "
                f"{_shares().loc[2000, 'tucson']:.0f}% of the southwest border's."
            ),
        ),
        Valid(
            "the-solution",
            lambda: (
                f"Tucson sector's share of southwest border apprehensions fell from {_shares().loc[2010, 'tucson']:.0f}% "
                f"in FY2010 to {_shares().loc[2018, 'tucson']:.0f}% in FY2018, as the Rio Grande Valley took the lead."
            ),
        ),
        Wrong("unanswered", lambda: "...", "Write your finding"),
        Wrong("no-sector", lambda: "In FY2018 the busiest sector made 41% of arrests.", "Name the sector"),
        Wrong(
            "no-year",
            lambda: f"Tucson made {_shares().loc[2018, 'tucson']:.0f}% of arrests.",
            "Name the fiscal year",
        ),
        Wrong(
            "calendar-year",
            lambda: f"In 2000 Tucson sector made {_finding_tucson_2000()[0]:,} arrests.",
            "as a fiscal year",
        ),
        Wrong(
            "people",
            lambda: f"In FY2000 Tucson sector caught {_finding_tucson_2000()[0]:,} people crossing the border.",
            "not people",
        ),
        Wrong(
            "another-years-share",
            lambda: f"Tucson made {_shares().loc[2010, 'tucson']:.0f}% of arrests in FY2018.",
            "can't find",
        ),
        Wrong(
            "another-sectors-count",
            lambda: f"Laredo made {_row()['tucson']:,} arrests in FY2018.",
            "can't find",
        ),
        Wrong(
            "false-busiest",
            lambda: "El Centro sector made the most arrests of any sector in FY2000.",
            "Check the ranking",
        ),
        Wrong(
            "wrong-ratio",
            lambda: "Tucson sector made 3 times as many arrests as San Diego in FY2000.",
            "Divide the two counts",
        ),
        Wrong("not-text", lambda: int(_row()["tucson"]), "sentence of text"),
    ],
    "check_long": [
        Valid("melt", _long),
        Valid("sorted-by-year", lambda: _long().sort_values(["fiscal_year", "column"])),
        Valid(
            "pd.melt-columns-reordered",
            lambda: pd.melt(
                _sectors()[NINE].reset_index(), id_vars=["fiscal_year"], var_name="column", value_name="apprehensions"
            )[["apprehensions", "column", "fiscal_year"]],
        ),
        Valid("as-floats", lambda: _long().astype({"apprehensions": float})),
        Valid(
            "stack",
            lambda: (
                _sectors()[NINE].stack().rename("apprehensions").rename_axis(["fiscal_year", "column"]).reset_index()
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("default-names", lambda: _sectors()[NINE].reset_index().melt(id_vars="fiscal_year"), "var_name"),
        Wrong(
            "with-the-total",
            lambda: _sectors().reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions"),
            "Melt only the nine sector columns",
        ),
        Wrong(
            "no-reset_index",
            lambda: _sectors()[NINE].melt(var_name="column", value_name="apprehensions"),
            ".reset_index()",
        ),
        Wrong(
            "fiscal-year-melted-too",
            lambda: _sectors()[NINE].reset_index().melt(var_name="column", value_name="apprehensions"),
            'id_vars="fiscal_year"',
        ),
    ],
    "check_merged": [
        Valid("left-merge", _merged),
        Valid("merged-the-other-way", lambda: _mapping().merge(_long(), on="column")),
        Valid("pd.merge-inner", lambda: pd.merge(_long(), _mapping(), on="column", how="inner")),
        Valid("without-ambiguity", lambda: _merged().drop(columns="ambiguity")),
        Valid(
            "join-on-the-index",
            lambda: _long().join(_mapping().set_index("column"), on="column"),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "merged-on-names",
            lambda: _long().merge(_mapping().assign(column=lambda t: t["sector"]), on="column", how="left"),
            'on="column"',
        ),
        Wrong(
            "the-mapping-twice",
            lambda: _long().merge(pd.concat([_mapping(), _mapping()]), on="column", how="left"),
            'validate="many_to_one"',
        ),
        Wrong("a-part-of-long", lambda: _long().head(100).merge(_mapping(), on="column"), 'how="left"'),
        Wrong("not-merged", lambda: _long(), "needs the columns"),
    ],
    "check_by_sector": [
        Valid("mask", _by_sector),
        Valid("query", lambda: _merged().query("fiscal_year == 2018")),
        Valid("loc-reset_index", lambda: _merged().loc[_merged()["fiscal_year"] == 2018].reset_index(drop=True)),
        Valid(
            "isin-sorted",
            lambda: _merged()[_merged()["fiscal_year"].isin([2018])].sort_values("apprehensions"),
        ),
        Valid("groupby-get_group", lambda: _merged().groupby("fiscal_year").get_group(2018)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fy2017", lambda: _by_sector(2017), "holds another year"),
        Wrong("from-2018-on", lambda: _merged()[_merged()["fiscal_year"] >= 2018], "Write the condition"),
        Wrong(
            "only-three-columns", lambda: _by_sector()[["sector", "apprehensions"]], "Keep all of `merged`'s columns"
        ),
        Wrong("the-mask-itself", lambda: _merged()["fiscal_year"] == 2018, "Write the condition inside the brackets"),
    ],
    "check_touching": [
        Valid("assign-explode", _touching),
        Valid("reset_index", lambda: _touching().reset_index(drop=True)),
        Valid(
            "explode-ignore_index",
            lambda: (
                _by_sector().assign(state=lambda t: t["states"].str.split(", ")).explode("state", ignore_index=True)
            ),
        ),
        Valid("sorted-by-state", lambda: _touching().sort_values("state")),
        Valid(
            "column-then-explode",
            lambda: (
                _by_sector().copy().assign(state=_by_sector()["states"].str.split(",\\s*", regex=True)).explode("state")
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("not-exploded", lambda: _by_sector().assign(state=_by_sector()["states"].str.split(", ")), ".explode"),
        Wrong(
            "every-year",
            lambda: _merged().assign(state=_merged()["states"].str.split(", ")).explode("state"),
            "start from `by_sector`",
        ),
        Wrong("not-split", lambda: _by_sector().assign(state=_by_sector()["states"]), '.str.split(", ")'),
        Wrong("no-state-column", lambda: _by_sector(), '.explode("state")'),
    ],
    "check_by_state": [
        Valid("groupby-sum", _by_state),
        Valid("as-floats", lambda: _by_state().astype(float)),
        Valid("rows-reversed", lambda: _by_state().iloc[::-1]),
        Valid("columns-swapped", lambda: _by_state()[["at_most", "at_least"]]),
        Valid(
            "where-then-groupby",
            lambda: (
                _touching()
                .assign(only=lambda t: t["apprehensions"].where(t["n_states"] == 1, 0))
                .groupby("state")[["only", "apprehensions"]]
                .sum()
                .set_axis(["at_least", "at_most"], axis=1)
            ),
        ),
        Valid(
            "pivot_table",
            lambda: pd.DataFrame(
                {
                    "at_least": _touching()
                    .query("n_states == 1")
                    .pivot_table(index="state", values="apprehensions", aggfunc="sum")["apprehensions"],
                    "at_most": _touching().pivot_table(index="state", values="apprehensions", aggfunc="sum")[
                        "apprehensions"
                    ],
                }
            ).fillna(0),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "no-fillna",
            lambda: pd.DataFrame(
                {
                    "at_least": _touching()[_touching()["n_states"] == 1].groupby("state")["apprehensions"].sum(),
                    "at_most": _touching().groupby("state")["apprehensions"].sum(),
                }
            ),
            ".fillna(0)",
        ),
        Wrong(
            "both-at-most",
            lambda: pd.DataFrame({"at_least": _by_state()["at_most"], "at_most": _by_state()["at_most"]}),
            "n_states == 1",
        ),
        Wrong(
            "swapped",
            lambda: pd.DataFrame({"at_least": _by_state()["at_most"], "at_most": _by_state()["at_least"]}),
            "smaller number",
        ),
        Wrong(
            "grouped-by-states",
            lambda: _by_sector().groupby("states")["apprehensions"].sum().to_frame("at_most").assign(at_least=0),
            ".explode",
        ),
    ],
    "check_state_shares": [
        Valid("divide", _state_shares),
        Valid("rounded", lambda: _state_shares().round(1)),
        Valid("div-mul-reversed", lambda: _by_state().div(_total()).mul(100).round(2).add_suffix("_%").iloc[::-1]),
        Valid("rename", lambda: (_by_state() * 100 / float(_total())).rename(columns=lambda c: c + "_%")),
        Valid(
            "total-from-the-sectors",
            lambda: (_by_state() / _sectors().loc[2018, NINE].sum() * 100).add_suffix("_%"),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fractions", lambda: (_by_state() / _total()).add_suffix("_%"), "Multiply by 100"),
        Wrong("no-suffix", lambda: (_by_state() / _total() * 100).round(1), '.add_suffix("_%")'),
        Wrong("two-rows", lambda: _state_shares().head(2), "one number"),
        Wrong(
            "fy2017-total",
            lambda: (_by_state() / _total(2017) * 100).add_suffix("_%"),
            "at_least_%",
        ),
    ],
    "check_troop_shares": [
        Valid("column", _troops),
        Valid(
            "assign",
            lambda: helpers.troops.guard_table().assign(
                **{"troops_%": lambda t: t["troops"] / t["troops"].sum() * 100}
            ),
        ),
        Valid("indexed-by-state", lambda: _troops().set_index("state")),
        Valid("rows-reversed-rounded", lambda: _troops().iloc[::-1].round(1)),
        Valid("the-column-alone", lambda: _troops().set_index("state")["troops_%"]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "fractions",
            lambda: helpers.troops.guard_table().assign(**{"troops_%": lambda t: t["troops"] / t["troops"].sum()}),
            "Multiply by 100",
        ),
        Wrong(
            "counts",
            lambda: helpers.troops.guard_table().assign(**{"troops_%": lambda t: t["troops"]}),
            "Divide each by the sum",
        ),
        Wrong("no-column", lambda: helpers.troops.guard_table(), 'troops["troops_%"] = ...'),
        Wrong(
            "share-of-the-largest",
            lambda: helpers.troops.guard_table().assign(
                **{"troops_%": lambda t: t["troops"] / t["troops"].max() * 100}
            ),
            "troops_%",
        ),
    ],
    "check_comparison": [
        Valid("join", _comparison),
        Valid("sorted", lambda: _comparison().sort_index()),
        Valid(
            "joined-the-other-way",
            lambda: (
                _state_shares()
                .join(_troops().set_index("state"), how="inner")
                .assign(within_range=lambda t: (t["troops_%"] >= t["at_least_%"]) & (t["troops_%"] <= t["at_most_%"]))
            ),
        ),
        Valid(
            "merge-right_index",
            lambda: (
                _troops()
                .merge(_state_shares(), left_on="state", right_index=True)
                .set_index("state")
                .assign(within_range=lambda t: t["troops_%"].between(t["at_least_%"], t["at_most_%"]))
            ),
        ),
        Valid(
            "rounded-first",
            lambda: (
                _troops()
                .round(1)
                .set_index("state")
                .join(_state_shares().round(1))
                .assign(within_range=lambda t: t["troops_%"].between(t["at_least_%"], t["at_most_%"]))
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "not-indexed-by-state",
            lambda: _troops().join(_state_shares()).set_index("state").assign(within_range=False),
            "Set the index of `troops` to `state`",
        ),
        Wrong(
            "opposite", lambda: _comparison().assign(within_range=~_comparison()["within_range"]), ".between(low, high)"
        ),
        Wrong("text", lambda: _comparison().assign(within_range="yes"), "True or False"),
        Wrong("no-within_range", lambda: _troops().set_index("state").join(_state_shares()), "within_range"),
    ],
    "check_leader_changes": [
        Valid("shift", _changes),
        Valid("newest-first", lambda: _changes().sort_index(ascending=False)),
        Valid(
            "ne-shift-named",
            lambda: _shares().loc[1990:].idxmax(axis=1).loc[lambda s: s.ne(s.shift())].rename("leader"),
        ),
        Valid("a-dict", lambda: pd.Series(dict(_changes().items()))),
        Valid(
            "a-loop",
            lambda: pd.Series(
                {
                    year: sector
                    for (year, sector), before in zip(_leader().items(), [None, *_leader()[:-1]])
                    if sector != before
                }
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("every-year", lambda: _leader(), "leader[leader != leader.shift()]"),
        Wrong("from-1960", lambda: _changes(1960), "shares.loc[first_year:]"),
        Wrong("last-years", lambda: _leader()[_leader() != _leader().shift(-1)], "not `.shift(-1)`"),
    ],
    "check_state_group_shares": [
        Valid("div-axis-0", lambda: _by_states().div(_by_states().sum(axis=1), axis=0).astype(float) * 100),
        Valid("rounded", lambda: _by_states().div(_by_states().sum(axis=1), axis=0).mul(100).round(1)),
        Valid("transposed-twice", lambda: (_by_states().T / _by_states().sum(axis=1) * 100).T),
        Valid("apply-rows-reversed", lambda: _by_states().apply(lambda row: row / row.sum() * 100, axis=1).iloc[::-1]),
        Valid(
            "divided-by-the-total-column",
            lambda: _by_states().div(_sectors()["southwest_border_total"], axis=0) * 100,
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("column-sums-axis-0", lambda: _by_states().div(_by_states().sum(), axis=0) * 100, "all blanks"),
        Wrong("plain-division", lambda: _by_states() / _by_states().sum(axis=1) * 100, "all blanks"),
        Wrong("column-sums", lambda: _by_states() / _by_states().sum() * 100, "by_states.sum(axis=1)"),
        Wrong("fractions", lambda: _by_states().div(_by_states().sum(axis=1), axis=0), "Multiply by 100"),
        Wrong("counts", lambda: _by_states().astype(float), "not shares"),
    ],
}
