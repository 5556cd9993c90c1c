"""Right and wrong answers for checks.troops (see tests/variants/__init__.py)."""

import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article
from helpers.checks import troops as reference
from helpers.facts import SECTOR_STATES
from helpers.troops import TROOPS_IN_STATE, guard_sentence
from tests.variants import Args, Valid, Wrong  # noqa: F401

TOTAL_TOPICS = ["article_claim_national_guard_total", "national_guard_total"]
ONE_WORD_STATE = r"(?P<troops>\d{1,3}(?:,\d{3})*)\s+(?:soldiers\s+)?in\s+(?P<state>\w+)"
NO_SOLDIERS = r"(?P<troops>\d{1,3}(?:,\d{3})*)\s+in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"


# --------------------------------------------------------------------------- what the student has


def _ledger() -> pd.DataFrame:
    return extract_figures(load_article().text)


def _guard_rows() -> pd.DataFrame:
    ledger = _ledger()
    return ledger[ledger["sentence"].str.contains("national guard", case=False)]


def _troops() -> dict[str, int]:
    return reference.guard_by_state()


def _total() -> int:
    return int(_guard_rows()["value"].iloc[0])


def _extract(pattern: str, reset: bool = True) -> pd.DataFrame:
    table = pd.Series([guard_sentence()]).str.extractall(pattern)
    return table.reset_index(drop=True) if reset else table


def _guard() -> pd.DataFrame:
    raw = _extract(TROOPS_IN_STATE)
    guard = raw[["state"]].copy()
    guard["troops"] = raw["troops"].str.replace(",", "").astype(int)
    guard["share_pct"] = (guard["troops"] / _total() * 100).round(1)
    return guard


def _state_lengths() -> pd.DataFrame:
    lengths = data.load_border_length()
    return lengths[lengths["row_type"] == "state"]


def _states() -> pd.DataFrame:
    barrier = data.load_barrier_miles()
    return barrier[barrier["row_type"] == "state"]


def _chosen() -> pd.DataFrame:
    lengths = _state_lengths()
    return lengths.loc[lengths["chosen"], ["state", "length_miles"]]


def _guard_geo(rates: bool = True) -> pd.DataFrame:
    geo = _guard().merge(_chosen(), on="state", validate="one_to_one")
    geo = geo.merge(_states()[["state", "total_primary_miles"]], on="state", validate="one_to_one")
    if rates:
        geo["per_100_miles"] = (geo["troops"] / geo["length_miles"] * 100).round(1)
        geo["per_barrier_mile"] = (geo["troops"] / geo["total_primary_miles"]).round(1)
    return geo


def _share(troops: float, whole: float) -> float:
    return round(troops / whole * 100, 1)


def _deployments() -> pd.DataFrame:
    return data.load_deployments()


def _totals() -> pd.DataFrame:
    deployments = _deployments()
    return deployments[deployments["topic"].isin(TOTAL_TOPICS)]


def _article_day():
    totals = _totals()
    return totals.loc[totals["topic"] == TOTAL_TOPICS[0], "date"].iloc[0]


def _story() -> pd.DataFrame:
    return data.load_story_figures()


def _pentagon() -> pd.DataFrame:
    story = _story()
    return story[(story["subject"] == "National Guard") & (story["date"] < _article_day())]


def _deployed() -> pd.DataFrame:
    pentagon = _pentagon()
    return pentagon[pentagon["counts"] == "deployed"]


def _davis_said() -> str:
    return _deployed()["what_source_says"].iloc[0]


def _davis(pattern: str = reference.DAVIS_PATTERN, convert=int) -> pd.DataFrame:
    davis = pd.Series([_davis_said()]).str.extractall(pattern).reset_index(drop=True)
    if convert:
        davis["troops"] = davis["troops"].str.replace(",", "").astype(convert)
    return davis


def _profiles() -> pd.DataFrame:
    return data.load_sector_profiles()


def _fy2018() -> pd.DataFrame:
    profiles = _profiles()
    return profiles[profiles["fiscal_year"] == 2018]


def _sector_agents() -> pd.DataFrame:
    fy2018 = _fy2018()
    table = fy2018.loc[fy2018["sector"].isin(list(SECTOR_STATES)), ["sector", "agents"]].copy()
    table["states"] = table["sector"].map(SECTOR_STATES)
    return table


def _touching() -> pd.DataFrame:
    table = _sector_agents()
    return table.assign(state=table["states"].str.split(", ")).explode("state")


def _robust(way: str = "lesson") -> pd.DataFrame:
    lengths = _state_lengths()
    if way == "pivot":
        ranges = lengths.pivot_table(index="state", values="length_miles", aggfunc=["min", "max"])
        ranges.columns = ["min", "max"]
        ranges = ranges.reset_index()
    else:
        ranges = lengths.groupby("state")["length_miles"].agg(["min", "max"]).reset_index()
    robust = _guard().merge(ranges, on="state", validate="one_to_one")
    robust["per_100_low"] = robust["troops"] / robust["max"] * 100
    robust["per_100_high"] = robust["troops"] / robust["min"] * 100
    if way != "unrounded":
        robust[["per_100_low", "per_100_high"]] = robust[["per_100_low", "per_100_high"]].round(1)
    if way == "sorted":
        robust = robust.sort_values("per_100_low", ascending=False)
    return robust


def _saved(tmp_path, monkeypatch, table: pd.DataFrame, name: str = "guard_troops_by_state.csv", **to_csv):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    path = paths.output_dir() / name
    table.to_csv(path, **({"index": False} | to_csv))
    return path


def _california() -> pd.Series:
    return _guard_geo().set_index("state").loc["California"]


# --------------------------------------------------------------------------- the variants


VARIANTS: dict[str, list] = {
    "check_article_ledger": [
        Valid("extract", _ledger),
        Valid("reset-index", lambda: _ledger().reset_index(drop=True)),
        Valid("columns-reversed", lambda: _ledger()[list(reversed(_ledger().columns))]),
        Valid("from-the-file", lambda: extract_figures(paths.ARTICLE.read_text(encoding="utf-8"))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("head", lambda: _ledger().head(), "`ledger.head()` on a line of its own"),
        Wrong("guard-rows-already", _guard_rows, "the next cell picks the Guard rows"),
        Wrong("the-text", lambda: load_article().text, "should be a table"),
        Wrong("headline-only", lambda: extract_figures(load_article().title), "Check the condition"),
    ],
    "check_guard_rows": [
        Valid("mask", _guard_rows),
        Valid("lower-loc", lambda: _ledger().loc[_ledger()["sentence"].str.lower().str.contains("national guard")]),
        Valid(
            "query",
            lambda: _ledger().query("sentence.str.contains('national guard', case=False)", engine="python"),
        ),
        Valid("reset-index", lambda: _guard_rows().reset_index(drop=True)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "the-mask", lambda: _ledger()["sentence"].str.contains("national guard", case=False), "`ledger[condition]`"
        ),
        Wrong(
            "text-column",
            lambda: _ledger()[_ledger()["text"].str.contains("national guard", case=False)],
            "Search the `sentence` column",
        ),
        Wrong("shown-columns", lambda: _guard_rows()[["text", "value"]], "needs its `sentence`"),
        Wrong(
            "capitals-matter",
            lambda: _ledger()[_ledger()["sentence"].str.contains("National Guard")],
            "`case=False`",
        ),
    ],
    "check_guard_sentence": [
        Valid("iloc", lambda: _guard_rows()["sentence"].iloc[0]),
        Valid("row-then-column", lambda: _guard_rows().iloc[0]["sentence"]),
        Valid("loc-label", lambda: _guard_rows().loc[_guard_rows().index[0], "sentence"]),
        Valid("values", lambda: _guard_rows()["sentence"].to_numpy()[0]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-column", lambda: _guard_rows()["sentence"], "`.iloc[0]`"),
        Wrong("a-figure", lambda: _guard_rows()["text"].iloc[0], "take the `sentence` column"),
        Wrong("the-row", lambda: _guard_rows().iloc[0], "one text"),
        Wrong("retyped-part", lambda: guard_sentence()[:40], "only part"),
        Wrong("the-headline", lambda: _ledger()["sentence"].iloc[0], "compare with the table above"),
    ],
    "check_guard_extract": [
        Valid("lesson", lambda: _extract(TROOPS_IN_STATE)),
        Valid(
            "already-converted",
            lambda: _extract(TROOPS_IN_STATE).assign(troops=lambda t: t["troops"].str.replace(",", "").astype(int)),
        ),
        Valid(
            "alternation-of-states",
            lambda: _extract(r"(?P<troops>[\d,]*\d)\s+(?:soldiers\s+)?in\s+(?P<state>New Mexico|[A-Z]\w+)"),
        ),
        Valid("columns-reversed", lambda: _extract(TROOPS_IN_STATE)[["state", "troops"]]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("unnamed-groups", lambda: _extract(r"(\d[\d,]*) in (\w+)"), "name each group"),
        Wrong("no-soldiers", lambda: _extract(NO_SOLDIERS), "Texas is missing"),
        Wrong("one-word-state", lambda: _extract(ONE_WORD_STATE), 'came out as "New"'),
        Wrong(
            "no-thousands",
            lambda: _extract(r"(?P<troops>\d+)\s+(?:soldiers\s+)?in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"),
            "cut short (Texas: 145)",
        ),
        Wrong("index-kept", lambda: _extract(TROOPS_IN_STATE, reset=False), "reset_index(drop=True)"),
        Wrong("the-pattern", lambda: TROOPS_IN_STATE, "Pass the table"),
    ],
    "check_guard_table": [
        Valid("lesson", lambda: _guard()[["state", "troops"]]),
        Valid(
            "to-numeric",
            lambda: _extract(TROOPS_IN_STATE).assign(troops=lambda t: pd.to_numeric(t["troops"].str.replace(",", ""))),
        ),
        Valid(
            "float-other-order",
            lambda: pd.DataFrame({"troops": _guard()["troops"].astype(float), "state": _guard()["state"]}),
        ),
        Valid("from-a-dict", lambda: pd.DataFrame({"state": list(_troops()), "troops": list(_troops().values())})),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("still-text", lambda: _extract(TROOPS_IN_STATE), 'still text ("1,145")'),
        Wrong(
            "commas-gone-still-text",
            lambda: _extract(TROOPS_IN_STATE).assign(troops=lambda t: t["troops"].str.replace(",", "")),
            "`.astype(int)`",
        ),
        Wrong("no-troops", lambda: _extract(TROOPS_IN_STATE)[["state"]], "needs the column `troops`"),
        Wrong(
            "one-state-lost",
            lambda: _guard()[["state", "troops"]].iloc[1:],
            "Check the condition",
        ),
    ],
    "check_stated_total": [
        Valid("iloc", lambda: _guard_rows()["value"].iloc[0]),
        Valid("row-then-column-int", lambda: int(_guard_rows().iloc[0]["value"])),
        Valid("max-float", lambda: float(_guard_rows()["value"].max())),
        Valid("loc-label", lambda: _guard_rows().loc[_guard_rows().index[0], "value"]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("ledger-first", lambda: _ledger()["value"].iloc[0], "not of `ledger`"),
        Wrong("first-state", lambda: _troops()["Texas"], "`.iloc[0]`"),
        Wrong("the-text", lambda: _guard_rows()["text"].iloc[0], "Leave out the quotes"),
        Wrong("the-column", lambda: _guard_rows()["value"], "not one number"),
        Wrong("last-row", lambda: _guard_rows()["value"].iloc[-1], "something else"),
    ],
    "check_barrier_states": [
        Valid("mask", _states),
        Valid("query-reset", lambda: data.load_barrier_miles().query("row_type == 'state'").reset_index(drop=True)),
        Valid(
            "not-the-total-sorted",
            lambda: data.load_barrier_miles()[data.load_barrier_miles()["row_type"] != "published total"].sort_values(
                "state"
            ),
        ),
        Valid("isin", lambda: data.load_barrier_miles().loc[data.load_barrier_miles()["row_type"].isin(["state"])]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-filter", lambda: data.load_barrier_miles(), "still has the published total"),
        Wrong(
            "the-total",
            lambda: data.load_barrier_miles()[data.load_barrier_miles()["row_type"] == "published total"],
            "holds the published total",
        ),
        Wrong(
            "capital-s",
            lambda: data.load_barrier_miles()[data.load_barrier_miles()["row_type"] == "State"],
            "small letters",
        ),
        Wrong("the-mask", lambda: data.load_barrier_miles()["row_type"] == "state", "`barrier[condition]`"),
    ],
    "check_state_lengths": [
        Valid("mask", _state_lengths),
        Valid("isin", lambda: data.load_border_length().loc[data.load_border_length()["row_type"].isin(["state"])]),
        Valid(
            "not-the-total-reset",
            lambda: data.load_border_length()[data.load_border_length()["row_type"] != "published total"].reset_index(
                drop=True
            ),
        ),
        Valid("query", lambda: data.load_border_length().query("row_type == 'state'")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-filter", lambda: data.load_border_length(), "whole border"),
        Wrong("the-mask", lambda: data.load_border_length()["row_type"] == "state", "`lengths[condition]`"),
        Wrong("only-chosen", lambda: _state_lengths()[_state_lengths()["chosen"]], "only the chosen"),
        Wrong(
            "typo",
            lambda: data.load_border_length()[data.load_border_length()["row_type"] == "states"],
            "empty",
        ),
    ],
    "check_guard_geo": [
        Valid("lesson", lambda: _guard_geo(rates=False)),
        Valid(
            "other-order-left",
            lambda: _guard().merge(_states(), on="state").merge(_chosen(), on="state", how="left"),
        ),
        Valid(
            "join",
            lambda: (
                _guard()
                .set_index("state")
                .join(_chosen().set_index("state"))
                .join(_states().set_index("state")["total_primary_miles"])
                .reset_index()
            ),
        ),
        Valid(
            "pd-merge",
            lambda: pd.merge(
                pd.merge(_guard(), _chosen(), on="state"), _states()[["state", "total_primary_miles"]], on="state"
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("merged-twice", lambda: _guard_geo(rates=False).merge(_chosen(), on="state"), "`_x` and `_y`"),
        Wrong(
            "every-length",
            lambda: (
                _guard()
                .merge(_state_lengths()[["state", "length_miles"]], on="state")
                .merge(_states()[["state", "total_primary_miles"]], on="state")
            ),
            "every published length",
        ),
        Wrong("no-barrier", lambda: _guard().merge(_chosen(), on="state"), "not yet CBP's barrier miles"),
    ],
    "check_robust": [
        Valid("lesson", lambda: _robust()),
        Valid("pivot", lambda: _robust("pivot")),
        Valid("unrounded", lambda: _robust("unrounded")),
        Valid("sorted", lambda: _robust("sorted")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "swapped",
            lambda: _robust().rename(columns={"per_100_low": "per_100_high", "per_100_high": "per_100_low"}),
            "swapped",
        ),
        Wrong("state-as-index", lambda: _robust().set_index("state"), "reset_index"),
        Wrong(
            "per-mile",
            lambda: _robust().assign(per_100_low=lambda t: t["per_100_low"] / 100),
            "`per_100_low` column",
        ),
    ],
    "check_arizona_share": [
        Valid("lesson", lambda: _share(_troops()["Arizona"], _total())),
        Valid(
            "set-index",
            lambda: round(_guard().set_index("state")["troops"]["Arizona"] / _total() * 100, 1),
        ),
        Valid("unrounded", lambda: _troops()["Arizona"] / _total() * 100),
        Valid("share-column", lambda: _guard().loc[_guard()["state"] == "Arizona", "share_pct"].iloc[0]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fraction", lambda: _troops()["Arizona"] / _total(), "Multiply by 100"),
        Wrong("rounded-to-whole", lambda: round(_troops()["Arizona"] / _total() * 100), "round to one decimal"),
        Wrong("rounded-too-early", lambda: round(_troops()["Arizona"] / _total(), 1) * 100, "round at the end"),
        Wrong(
            "others",
            lambda: _share(_troops()["Arizona"], _total() - _troops()["Arizona"]),
            "all states together",
        ),
        Wrong(
            "active-duty",
            lambda: _share(_troops()["Arizona"], _ledger()["value"].iloc[0]),
            "Divide by the Guard total",
        ),
        Wrong("the-count", lambda: _troops()["Arizona"], "Divide it by the total"),
        Wrong("text", lambda: f"{_share(_troops()['Arizona'], _total())}%", "not a number"),
        Wrong(
            "the-row",
            lambda: _guard().loc[_guard()["state"] == "Arizona", "share_pct"],
            "one value",
        ),
    ],
    "check_most_troops_per_100_miles": [
        Valid("idxmax", lambda: _guard_geo().set_index("state")["per_100_miles"].idxmax()),
        Valid("sort-values", lambda: _guard_geo().sort_values("per_100_miles", ascending=False)["state"].iloc[0]),
        Valid("nlargest", lambda: _guard_geo().nlargest(1, "per_100_miles")["state"].iloc[0]),
        Valid("loc-idxmax", lambda: _guard_geo().loc[_guard_geo()["per_100_miles"].idxmax(), "state"]),
        Valid("lower-case-spaces", lambda: " " + _guard_geo().set_index("state")["per_100_miles"].idxmax().lower()),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("row-number", lambda: _guard_geo()["per_100_miles"].idxmax(), 'set_index("state")'),
        Wrong("most-troops", lambda: _guard_geo().set_index("state")["troops"].idxmax(), "per 100 miles of *border*"),
        Wrong(
            "fewest",
            lambda: _guard_geo().set_index("state")["per_100_miles"].idxmin(),
            "you want the most",
        ),
        Wrong("not-a-border-state", lambda: "Nevada", "not one of the four border states"),
        Wrong("the-row", lambda: _guard_geo().nlargest(1, "per_100_miles"), "`.idxmax()`"),
    ],
    "check_guard_totals": [
        Valid("isin", _totals),
        Valid(
            "or",
            lambda: _deployments()[
                (_deployments()["topic"] == TOTAL_TOPICS[0]) | (_deployments()["topic"] == TOTAL_TOPICS[1])
            ],
        ),
        Valid("query-reset", lambda: _deployments().query("topic in @TOTAL_TOPICS").reset_index(drop=True)),
        Valid("sorted-by-figure", lambda: _totals().sort_values("figure")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("shown-columns", lambda: _totals()[["date", "figure", "unit", "source_name"]], "`topic` too"),
        Wrong("one-topic", lambda: _deployments()[_deployments()["topic"] == "national_guard_total"], "one topic only"),
        Wrong(
            "contains",
            lambda: _deployments()[_deployments()["topic"].str.contains("national_guard")],
            "other Guard figures",
        ),
        Wrong(
            "spelling",
            lambda: _deployments()[_deployments()["topic"].isin(["national guard total"])],
            "spelling",
        ),
    ],
    "check_article_day": [
        Valid("loc-iloc", _article_day),
        Valid(
            "pydatetime",
            lambda: _totals()[_totals()["topic"] == TOTAL_TOPICS[0]]["date"].iloc[0].to_pydatetime(),
        ),
        Valid("set-index", lambda: _totals().set_index("topic").loc[TOTAL_TOPICS[0], "date"]),
        Valid("a-date", lambda: _article_day().date()),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-column", lambda: _totals().loc[_totals()["topic"] == TOTAL_TOPICS[0], "date"], "`.iloc[0]`"),
        Wrong(
            "another-row",
            lambda: _totals()["date"].iloc[-1] + pd.Timedelta(days=1),
            "article_claim_national_guard_total",
        ),
        Wrong("text", lambda: f"{_article_day():%Y-%m-%d}", "take the date from `totals`"),
        Wrong("the-figure", lambda: _totals()["figure"].iloc[0], "should be a date"),
    ],
    "check_pentagon_rows": [
        Valid("mask", _pentagon),
        Valid(
            "query",
            lambda: _story().query("subject == 'National Guard' and date < @day", local_dict={"day": _article_day()}),
        ),
        Valid(
            "two-steps-reset",
            lambda: (
                _story()[_story()["date"] < _article_day()]
                .loc[lambda t: t["subject"] == "National Guard"]
                .reset_index()
            ),
        ),
        Valid(
            "string-date",
            lambda: _story()[
                (_story()["subject"] == "National Guard") & (_story()["date"] < f"{_article_day():%Y-%m-%d}")
            ],
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-date", lambda: _story()[_story()["subject"] == "National Guard"], "the second condition"),
        Wrong(
            "on-or-before",
            lambda: _story()[(_story()["subject"] == "National Guard") & (_story()["date"] <= _article_day())],
            "`<=`",
        ),
        Wrong("no-subject", lambda: _story()[_story()["date"] < _article_day()], "other subjects"),
        Wrong("shown-columns", lambda: _pentagon()[["date", "counts", "figure"]], "`what_source_says` too"),
    ],
    "check_davis_said": [
        Valid("loc-iloc", _davis_said),
        Valid("two-steps", lambda: _pentagon().loc[_pentagon()["counts"] == "deployed", "what_source_says"].iloc[0]),
        Valid("trailing-space", lambda: _deployed().iloc[0]["what_source_says"] + " "),
        Valid("query", lambda: _pentagon().query("counts == 'deployed'")["what_source_says"].iloc[0]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("authorized-row", lambda: _pentagon()["what_source_says"].iloc[0], "*authorized*"),
        Wrong("last-deployed", lambda: _deployed()["what_source_says"].iloc[-1], "later deployed row"),
        Wrong("the-column", lambda: _deployed()["what_source_says"], "`.iloc[0]`"),
        Wrong("who-said-it", lambda: _deployed()["who_said_it"].iloc[0], "compare with the table above"),
    ],
    "check_davis_table": [
        Valid("lesson", lambda: _davis()),
        Valid(
            "alternation-of-states",
            lambda: _davis(r"(?P<troops>[\d,]*\d),? (?:are )?in (?P<state>New Mexico|[A-Z]\w+)"),
        ),
        Valid(
            "float-index-kept",
            lambda: (
                pd.Series([_davis_said()])
                .str.extractall(reference.DAVIS_PATTERN)
                .assign(troops=lambda t: t["troops"].str.replace(",", "").astype(float))
            ),
        ),
        Valid(
            "to-numeric",
            lambda: _davis(convert=None).assign(troops=lambda t: pd.to_numeric(t["troops"].str.replace(",", ""))),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("still-text", lambda: _davis(convert=None), 'still text ("1,145")'),
        Wrong("article-pattern", lambda: _davis(TROOPS_IN_STATE), "misses states"),
        Wrong("no-phrase", lambda: _davis(r"(?P<troops>\d+) soldiers in (?P<state>\w+)"), "empty"),
    ],
    "check_by_davis": [
        Valid(
            "lesson",
            lambda: _guard()[["state", "troops"]].merge(_davis(), on="state", suffixes=("_article", "_davis")),
        ),
        Valid("left", lambda: _guard().merge(_davis(), on="state", suffixes=("_article", "_davis"), how="left")),
        Valid(
            "the-other-way-round",
            lambda: (
                _davis().merge(_guard(), on="state", suffixes=("_davis", "_article")).set_index("state").reset_index()
            ),
        ),
        Valid(
            "pd-merge-float",
            lambda: pd.merge(_guard(), _davis(convert=float), on="state", suffixes=("_article", "_davis")),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-suffixes", lambda: _guard().merge(_davis(), on="state"), "`troops_x`"),
        Wrong(
            "still-text",
            lambda: _guard().merge(_davis(convert=None), on="state", suffixes=("_article", "_davis")),
            "still text",
        ),
        Wrong(
            "states-missing",
            lambda: _guard().merge(_davis(TROOPS_IN_STATE), on="state", suffixes=("_article", "_davis")),
            "fewer rows",
        ),
    ],
    "check_fy2018_profiles": [
        Valid("mask", _fy2018),
        Valid("query-reset", lambda: _profiles().query("fiscal_year == 2018").reset_index(drop=True)),
        Valid("before-2019-sorted", lambda: _profiles()[_profiles()["fiscal_year"] < 2019].sort_values("agents")),
        Valid("isin", lambda: _profiles()[_profiles()["fiscal_year"].isin([2018])]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fy2019", lambda: _profiles()[_profiles()["fiscal_year"] == 2019], "FY2019's rows"),
        Wrong("no-filter", _profiles, "every fiscal year"),
        Wrong(
            "text-year",
            lambda: _profiles()[_profiles()["fiscal_year"].astype(str) == "FY2018"],
            "without quotes",
        ),
        Wrong("shown-columns", lambda: _fy2018()[["sector", "fiscal_year"]], "Keep all the columns"),
    ],
    "check_sector_agents": [
        Valid("lesson", _sector_agents),
        Valid(
            "keys-apply",
            lambda: _fy2018()[_fy2018()["sector"].isin(SECTOR_STATES.keys())].assign(
                states=lambda t: t["sector"].apply(SECTOR_STATES.get)
            ),
        ),
        Valid(
            "loop",
            lambda: pd.DataFrame(
                [
                    {"states": SECTOR_STATES[s], "sector": s, "agents": a}
                    for s, a in zip(_fy2018()["sector"], _fy2018()["agents"])
                    if s in SECTOR_STATES
                ]
            ),
        ),
        Valid(
            "merge",
            lambda: _fy2018()[["sector", "agents"]].merge(
                pd.DataFrame({"sector": list(SECTOR_STATES), "states": list(SECTOR_STATES.values())}), on="sector"
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "values-not-keys",
            lambda: _fy2018()[_fy2018()["sector"].isin(list(SECTOR_STATES.values()))].assign(states=""),
            "*keys*",
        ),
        Wrong("every-sector", lambda: _fy2018().assign(states=_fy2018()["sector"].map(SECTOR_STATES)), "more rows"),
        Wrong(
            "mapped-the-wrong-column",
            lambda: _sector_agents().assign(states=_sector_agents()["agents"].map(SECTOR_STATES)),
            "blanks",
        ),
    ],
    "check_agents_at_least": [
        Valid("groupby", lambda: _sector_agents().groupby("states")["agents"].sum().rename("agents_at_least")),
        Valid(
            "pivot-table",
            lambda: (
                _sector_agents()
                .pivot_table(index="states", values="agents", aggfunc="sum")
                .rename(columns={"agents": "agents_at_least"})["agents_at_least"]
            ),
        ),
        Valid(
            "named-agg-sorted",
            lambda: (
                _sector_agents()
                .groupby("states")
                .agg(agents_at_least=("agents", "sum"))["agents_at_least"]
                .sort_values()
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("by-sector", lambda: _sector_agents().groupby("sector")["agents"].sum(), "not by `sector`"),
        Wrong("count", lambda: _sector_agents().groupby("states")["agents"].count(), "not `.count()`"),
        Wrong("unnamed", lambda: _sector_agents().groupby("states")["agents"].sum(), '`.rename("agents_at_least")`'),
    ],
    "check_agents_at_most": [
        Valid("explode", lambda: _touching().groupby("state")["agents"].sum().rename("agents_at_most")),
        Valid(
            "loop",
            lambda: pd.Series(
                {
                    s: sum(
                        a
                        for a, st in zip(_sector_agents()["agents"], _sector_agents()["states"])
                        if s in st.split(", ")
                    )
                    for s in _troops()
                },
                name="agents_at_most",
            ),
        ),
        Valid("named-agg-frame", lambda: _touching().groupby("state").agg(agents_at_most=("agents", "sum"))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "not-exploded",
            lambda: _sector_agents().groupby("states")["agents"].sum().rename("agents_at_most"),
            "explode",
        ),
        Wrong("count", lambda: _touching().groupby("state")["agents"].count(), "not `.count()`"),
        Wrong("unnamed", lambda: _touching().groupby("state")["agents"].sum(), '`.rename("agents_at_most")`'),
    ],
    "check_saved_guard_table": [
        Valid("lesson", lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, _guard_geo())),
        Valid("path-as-text", lambda tmp_path, monkeypatch: str(_saved(tmp_path, monkeypatch, _guard_geo()))),
        Valid(
            "columns-reversed",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path, monkeypatch, _guard_geo()[list(reversed(_guard_geo().columns))]
            ),
        ),
        Valid(
            "sorted-unrounded",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path,
                monkeypatch,
                _guard_geo().assign(per_100_miles=lambda t: t["troops"] / t["length_miles"] * 100).sort_values("state"),
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "row-numbers",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, _guard_geo(), index=True),
            "index=False",
        ),
        Wrong(
            "before-the-ratios",
            lambda tmp_path, monkeypatch: _saved(tmp_path, monkeypatch, _guard()),
            "`guard_geo`",
        ),
        Wrong(
            "edited",
            lambda tmp_path, monkeypatch: _saved(
                tmp_path, monkeypatch, _guard_geo().assign(troops=lambda t: t["troops"] + 1)
            ),
            "differ from the article's",
        ),
        Wrong("no-file", lambda tmp_path: tmp_path / "missing.csv", "Run the cell"),
        Wrong("the-table", lambda: _guard_geo(), "the table itself"),
        Wrong(
            "outside-output",
            lambda tmp_path, monkeypatch: (
                _saved(tmp_path, monkeypatch, _guard_geo()),
                _guard_geo().to_csv(tmp_path / "guard_troops_by_state.csv", index=False),
                tmp_path / "guard_troops_by_state.csv",
            )[-1],
            "paths.output_dir()",
        ),
    ],
    "check_troops_finding": [
        Valid(
            "the-example",
            lambda: (
                f"According to a Pentagon spokesperson in {_deployed()['date'].iloc[0]:%B %Y}, California had "
                f"{int(_california()['troops']):,} of about {_total():,} National Guard troops on the border, about "
                f"{_california()['per_100_miles']:.0f} for every 100 miles of its border, the most of the four states."
            ),
        ),
        Valid(
            "npr-same-day",
            lambda: (
                f"The article counted {_total():,} National Guard troops on the border; NPR, the same day, about "
                f"{_totals().loc[_totals()['topic'] == TOTAL_TOPICS[1], 'figure'].iloc[0]:,}."
            ),
        ),
        Valid(
            "share",
            lambda: (
                f"According to the article, Arizona had {_troops()['Arizona'] / _total() * 100:.1f}% of the "
                "Guard troops."
            ),
        ),
        Valid(
            "reported-by",
            lambda: (
                f"New Mexico had {_troops()['New Mexico']} National Guard troops on the border, as reported by "
                "the article."
            ),
        ),
        Wrong("unanswered", lambda: ..., "between the quotes"),
        Wrong(
            "another-states-figure",
            lambda: f"According to the article, Texas had {_troops()['Arizona']} of the {_total():,} Guard troops.",
            "it needs 'Arizona'",
        ),
        Wrong("unattributed", lambda: f"Texas had {_troops()['Texas']:,} Guard troops.", "Attribute it"),
        Wrong(
            "wrong-source",
            lambda: f"According to NPR, Texas had {_troops()['Texas']:,} Guard troops.",
            "Name one of them",
        ),
        Wrong(
            "count-as-rate",
            lambda: (
                f"According to the article, Arizona had {_troops()['Arizona']} troops for every 100 miles of its "
                "border."
            ),
            "counted as troops per 100 miles",
        ),
        Wrong(
            "typo",
            lambda: f"According to the article, California had {_troops()['California'] + 7} Guard troops.",
            "can't find",
        ),
    ],
}
