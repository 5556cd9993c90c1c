"""The self-checks of notebook 02 recognise the common wrong answers."""

import pandas as pd
import pytest

from helpers import checks, data, paths
from helpers.checks.troops import guard_by_state
from helpers.troops import TROOPS_IN_STATE, guard_sentence

TROOPS = guard_by_state()
TOTAL = sum(TROOPS.values())


def test_the_reference_table_is_parsed_from_the_article():
    assert list(TROOPS) == ["Texas", "New Mexico", "Arizona", "California"]
    assert TROOPS["Texas"] == 1145


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (TROOPS["Arizona"] / TOTAL, "fraction"),
        (round(TROOPS["Arizona"] / TOTAL * 100), "round to one decimal"),
        (round(TROOPS["Arizona"] / (TOTAL - TROOPS["Arizona"]) * 100, 1), "other states"),
        (round(TROOPS["Arizona"] / 800 * 100, 1), "active-duty"),
        (TROOPS["Arizona"], "Arizona's number of troops"),
        ("26.4%", "not a number"),
        (str(round(TROOPS["Arizona"] / TOTAL * 100, 1)), "not a number"),
        (12.0, "Divide Arizona's troops by the total"),
    ],
    ids=[
        "unanswered",
        "fraction",
        "rounded-to-whole",
        "others",
        "active-duty",
        "count",
        "text",
        "right-as-text",
        "other",
    ],
)
def test_arizona_share_hints(answer, expected):
    feedback = checks.check_arizona_share(answer)
    assert not feedback.ok and expected in feedback.message


def test_arizona_share_right():
    right = checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL * 100, 1))
    assert right.ok and "According to the article" in right.message, "the split is attributed, even in a check"
    unrounded = checks.check_arizona_share(TROOPS["Arizona"] / TOTAL * 100)
    assert unrounded.ok, "more decimals are fine"
    assert "round(x, 1)" in unrounded.message, "but the check says plainly that the prompt asks for one decimal"
    assert "round(x, 1)" not in right.message
    assert checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL, 3) * 100).ok, (
        "a float's last digit changes nothing"
    )


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        ("Texas", "has the most troops"),
        ("New Mexico", "fewest troops per 100 miles"),
        ("Nevada", "not one of the four border states"),
        (3, "a state's name"),
    ],
)
def test_most_per_100_miles_hints(answer, expected):
    feedback = checks.check_most_troops_per_100_miles(answer)
    assert not feedback.ok and expected in feedback.message


def test_most_per_100_miles_right_whatever_the_case():
    assert checks.check_most_troops_per_100_miles("California").ok
    assert "article's split" in checks.check_most_troops_per_100_miles("California").message
    assert checks.check_most_troops_per_100_miles(" california ").ok


def extract(pattern, reset=True):
    table = pd.Series([guard_sentence()]).str.extractall(pattern)
    return table.reset_index(drop=True) if reset else table


def test_guard_extract_right():
    assert checks.check_guard_extract(extract(TROOPS_IN_STATE)).ok
    converted = extract(TROOPS_IN_STATE).assign(troops=lambda t: t["troops"].str.replace(",", "").astype(int))
    assert checks.check_guard_extract(converted).ok, "numbers already converted are fine"


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"(\d[\d,]*) in (\w+)", "name each group"),
        (r"(?P<troops>\d{1,3}(?:,\d{3})*)\s+in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", "Texas is missing"),
        (r"(?P<troops>\d{1,3}(?:,\d{3})*)\s+(?:soldiers\s+)?in\s+(?P<state>\w+)", 'came out as "New"'),
        (r"(?P<troops>\d+)\s+(?:soldiers\s+)?in\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", "cut short (Texas: 145)"),
    ],
    ids=["unnamed-groups", "no-soldiers", "one-word-state", "no-thousands"],
)
def test_guard_extract_hints(pattern, expected):
    feedback = checks.check_guard_extract(extract(pattern))
    assert not feedback.ok and expected in feedback.message


def test_guard_extract_other_hints():
    assert "reset_index(drop=True)" in checks.check_guard_extract(extract(TROOPS_IN_STATE, reset=False)).message
    assert "That is text" in checks.check_guard_extract(TROOPS_IN_STATE).message
    assert "Replace the `...`" in checks.check_guard_extract(...).message


@pytest.fixture
def guard_geo():
    from helpers.checks.troops import expected_guard_geo

    return expected_guard_geo()


def test_saved_guard_table_right(tmp_path, guard_geo, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    path = paths.output_dir() / "guard_troops_by_state.csv"
    guard_geo.to_csv(path, index=False)
    assert checks.check_saved_guard_table(path).ok
    assert checks.check_saved_guard_table(str(path)).ok, "a path given as text is fine"


def test_saved_guard_table_hints(tmp_path, guard_geo, monkeypatch):
    outside = tmp_path / "guard_troops_by_state.csv"
    guard_geo.to_csv(outside, index=False)
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    assert "paths.output_dir()" in checks.check_saved_guard_table(outside).message, "saved outside the output folder"
    tmp_path = paths.output_dir()
    with_index = tmp_path / "with_index.csv"
    guard_geo.to_csv(with_index)
    assert "index=False" in checks.check_saved_guard_table(with_index).message
    troops_only = tmp_path / "troops_only.csv"
    guard_geo[["state", "troops", "share_pct"]].to_csv(troops_only, index=False)
    assert "`guard_geo`" in checks.check_saved_guard_table(troops_only).message
    edited = tmp_path / "edited.csv"
    guard_geo.assign(troops=guard_geo["troops"] + 1).to_csv(edited, index=False)
    assert "differ from the article's" in checks.check_saved_guard_table(edited).message
    assert "no file" in checks.check_saved_guard_table(tmp_path / "missing.csv").message
    assert "the table itself" in checks.check_saved_guard_table(guard_geo).message
    assert "Replace the `...`" in checks.check_saved_guard_table(...).message


def test_the_lesson_saves_where_the_check_reads(guard_geo):
    """Lesson 02 writes output/guard_troops_by_state.csv; the check compares it with the reference table."""
    assert list(guard_geo.columns) == [
        "state",
        "troops",
        "share_pct",
        "length_miles",
        "total_primary_miles",
        "per_100_miles",
        "per_barrier_mile",
    ]
    assert paths.output_dir().name == "output"


def test_troops_finding(guard_geo):
    row = guard_geo.set_index("state").loc["California"]
    example = (
        f"According to the article, California had {int(row['troops'])} of the {TOTAL:,} National Guard troops, "
        f"about {row['per_100_miles']:.0f} for every 100 miles of its border, the most of the four states."
    )
    assert checks.check_troops_finding(example).ok
    unattributed = example.replace("According to the article, California", "California")
    message = checks.check_troops_finding(unattributed).message
    assert "according to the article" in message and str(int(row["troops"])) in message
    assert checks.check_troops_finding(f"The article counted {TOTAL:,} Guard troops; NPR said about 2,100.").ok, (
        "the total and other outlets' figures need no attribution to the split"
    )
    wrong = f"According to the article, California had {int(row['troops']) + 7} Guard troops."
    assert "can't find" in checks.check_troops_finding(wrong).message
    share = f"According to the article, Arizona had {TROOPS['Arizona'] / TOTAL * 100 + 5:.1f}% of the Guard troops."
    assert "can't find" in checks.check_troops_finding(share).message
    assert "no number" in checks.check_troops_finding("According to the article, Texas had the most troops.").message


def test_troops_finding_may_name_the_pentagon_spokesperson_who_gave_the_split_first(guard_geo):
    """The article's split is a Pentagon spokesperson's of 31 August 2018 (story_figures_after_2018.csv), repeated without
    a source or a date: a finding may attribute it to either, but must attribute it to one of them."""
    from helpers.checks.troops import pentagon_guard, troops_evidence

    pentagon, age_days = pentagon_guard()
    deployed = pentagon.loc[pentagon["counts"] == "deployed"].iloc[0]
    assert deployed["figure"] == TOTAL and all(
        f"{state} {troops:,}" in deployed["unit"] for state, troops in TROOPS.items()
    )
    deployments = data.load_deployments()
    article = deployments.loc[deployments["source_name"].str.startswith("Article under study"), "date"]
    assert set(article) == {article.iloc[0]} and age_days == (article.iloc[0] - deployed["date"]).days
    row = guard_geo.set_index("state").loc["California"]
    example = (
        f"According to a Pentagon spokesperson in {deployed['date']:%B %Y}, California had {int(row['troops'])} of "
        f"about {TOTAL:,} National Guard troops on the border, about {row['per_100_miles']:.0f} for every 100 miles."
    )
    assert checks.check_troops_finding(example).ok
    assert checks.check_troops_finding(
        f"According to the article, whose figures were {age_days} days old, Texas had {TROOPS['Texas']:,} Guard troops."
    ).ok, "the age is evidence too"
    unattributed = example.replace(
        f"According to a Pentagon spokesperson in {deployed['date']:%B %Y}, California", "California"
    )
    message = checks.check_troops_finding(unattributed).message
    assert "without a source or a date" in message and "according to a Pentagon spokesperson" in message
    wrong_source = example.replace("a Pentagon spokesperson", "NPR")
    message = checks.check_troops_finding(wrong_source).message
    assert not checks.check_troops_finding(wrong_source).ok and "Name one of them" in message
    evidence, _ = troops_evidence()
    off_by_some = next(
        n for n in range(age_days + 1, age_days + 60) if all(abs(n - v) > 0.5 for v in evidence.values())
    )
    assert (
        "can't find"
        in checks.check_troops_finding(f"According to the article, the figures were {off_by_some} days old.").message
    )


# --------------------------------------------------------------------------- the typed cells' checks
# Each: at least three valid ways of writing the answer pass; the real mistakes get a "Not yet" and their hint.

from helpers.article import extract_figures, load_article  # noqa: E402
from helpers.checks import troops as reference  # noqa: E402
from helpers.facts import SECTOR_STATES  # noqa: E402

LEDGER = extract_figures(load_article().text)
GUARD_ROWS = LEDGER[LEDGER["sentence"].str.contains("national guard", case=False)]
BARRIER = data.load_barrier_miles()
LENGTHS = data.load_border_length()
DEPLOYMENTS = data.load_deployments()
STORY = data.load_story_figures()
PROFILES = data.load_sector_profiles()
TOTAL_TOPICS = ["article_claim_national_guard_total", "national_guard_total"]


def guard_raw():
    return extract(TROOPS_IN_STATE)


def ok(feedback):
    assert feedback.ok, feedback.message


def not_yet(feedback, expected):
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_article_ledger():
    ok(checks.check_article_ledger(LEDGER))
    ok(checks.check_article_ledger(extract_figures(load_article().text).reset_index(drop=True)))
    ok(checks.check_article_ledger(LEDGER[list(reversed(LEDGER.columns))]))
    not_yet(checks.check_article_ledger(LEDGER.head()), "`.head()`")
    not_yet(checks.check_article_ledger(GUARD_ROWS), "only the 5 Guard figures")
    not_yet(checks.check_article_ledger(load_article().text), "text")
    not_yet(checks.check_article_ledger(...), "Replace the `...`")


def test_guard_rows():
    ok(checks.check_guard_rows(GUARD_ROWS))
    ok(checks.check_guard_rows(LEDGER.loc[LEDGER["sentence"].str.lower().str.contains("national guard")]))
    ok(checks.check_guard_rows(LEDGER.query("sentence.str.contains('national guard', case=False)", engine="python")))
    ok(checks.check_guard_rows(GUARD_ROWS.reset_index(drop=True)))
    not_yet(checks.check_guard_rows(LEDGER["sentence"].str.contains("national guard", case=False)), "True and False")
    not_yet(checks.check_guard_rows(LEDGER[LEDGER["text"].str.contains("national guard", case=False)]), "empty")
    not_yet(checks.check_guard_rows(GUARD_ROWS[["text", "value"]]), "needs its `sentence`")


def test_guard_sentence():
    sentence = guard_sentence()
    ok(checks.check_guard_sentence(GUARD_ROWS["sentence"].iloc[0]))
    ok(checks.check_guard_sentence(GUARD_ROWS.iloc[0]["sentence"]))
    ok(checks.check_guard_sentence(GUARD_ROWS.loc[GUARD_ROWS.index[0], "sentence"]))
    not_yet(checks.check_guard_sentence(GUARD_ROWS["sentence"]), "`.iloc[0]`")
    not_yet(checks.check_guard_sentence(GUARD_ROWS["text"].iloc[0]), "take the `sentence` column")
    not_yet(checks.check_guard_sentence(GUARD_ROWS.iloc[0]), "one text")
    not_yet(checks.check_guard_sentence(sentence[:40]), "only part")


def test_guard_table():
    raw = guard_raw()
    right = raw[["state"]].copy()
    right["troops"] = raw["troops"].str.replace(",", "").astype(int)
    ok(checks.check_guard_table(right))
    ok(checks.check_guard_table(raw.assign(troops=pd.to_numeric(raw["troops"].str.replace(",", "")))))
    ok(checks.check_guard_table(pd.DataFrame({"troops": right["troops"].astype(float), "state": right["state"]})))
    not_yet(checks.check_guard_table(raw), 'still text ("1,145")')
    not_yet(checks.check_guard_table(raw.assign(troops=raw["troops"].str.replace(",", ""))), "`.astype(int)`")
    not_yet(checks.check_guard_table(raw[["state"]]), "needs the column `troops`")


def test_stated_total():
    ok(checks.check_stated_total(GUARD_ROWS["value"].iloc[0]))
    ok(checks.check_stated_total(int(GUARD_ROWS.iloc[0]["value"])))
    ok(checks.check_stated_total(float(GUARD_ROWS["value"].max())))
    not_yet(checks.check_stated_total(LEDGER["value"].iloc[0]), "headline")
    not_yet(checks.check_stated_total(TROOPS["Texas"]), "first state's troops")
    not_yet(checks.check_stated_total(GUARD_ROWS["text"].iloc[0]), "is text")
    not_yet(checks.check_stated_total(GUARD_ROWS["value"]), "not one number")


def test_barrier_states():
    ok(checks.check_barrier_states(BARRIER[BARRIER["row_type"] == "state"]))
    ok(checks.check_barrier_states(BARRIER.query("row_type == 'state'").reset_index(drop=True)))
    ok(checks.check_barrier_states(BARRIER[BARRIER["row_type"] != "published total"].sort_values("state")))
    not_yet(checks.check_barrier_states(BARRIER), "still has the published total")
    not_yet(checks.check_barrier_states(BARRIER[BARRIER["row_type"] == "published total"]), "holds the published total")
    not_yet(checks.check_barrier_states(BARRIER[BARRIER["row_type"] == "State"]), "small letters")


def test_state_lengths():
    ok(checks.check_state_lengths(LENGTHS[LENGTHS["row_type"] == "state"]))
    ok(checks.check_state_lengths(LENGTHS.loc[LENGTHS["row_type"].isin(["state"])]))
    ok(checks.check_state_lengths(LENGTHS[LENGTHS["row_type"] != "published total"].reset_index(drop=True)))
    not_yet(checks.check_state_lengths(LENGTHS), "whole border")
    not_yet(
        checks.check_state_lengths(LENGTHS[(LENGTHS["row_type"] == "state") & LENGTHS["chosen"]]), "only the chosen"
    )
    not_yet(checks.check_state_lengths(LENGTHS[LENGTHS["row_type"] == "states"]), "empty")


def _guard():
    table = reference.guard_table()
    table["share_pct"] = (table["troops"] / TOTAL * 100).round(1)
    return table


def test_guard_geo():
    guard = _guard()
    state_lengths = LENGTHS[LENGTHS["row_type"] == "state"]
    states = BARRIER[BARRIER["row_type"] == "state"]
    chosen = state_lengths.loc[state_lengths["chosen"], ["state", "length_miles"]]
    right = guard.merge(chosen, on="state").merge(states[["state", "total_primary_miles"]], on="state")
    ok(checks.check_guard_geo(right))
    ok(checks.check_guard_geo(guard.merge(states, on="state").merge(chosen, on="state", how="left")))
    ok(
        checks.check_guard_geo(
            guard.set_index("state")
            .join(chosen.set_index("state"))
            .join(states.set_index("state")["total_primary_miles"])
            .reset_index()
        )
    )
    not_yet(checks.check_guard_geo(right.merge(chosen, on="state")), "`_x` and `_y`")
    not_yet(
        checks.check_guard_geo(
            guard.merge(state_lengths[["state", "length_miles"]], on="state").merge(
                states[["state", "total_primary_miles"]], on="state"
            )
        ),
        "every published length",
    )
    not_yet(checks.check_guard_geo(guard.merge(chosen, on="state")), "not yet CBP's barrier miles")


def test_guard_totals():
    ok(checks.check_guard_totals(DEPLOYMENTS[DEPLOYMENTS["topic"].isin(TOTAL_TOPICS)]))
    ok(
        checks.check_guard_totals(
            DEPLOYMENTS[(DEPLOYMENTS["topic"] == TOTAL_TOPICS[0]) | (DEPLOYMENTS["topic"] == TOTAL_TOPICS[1])]
        )
    )
    ok(checks.check_guard_totals(DEPLOYMENTS.query("topic in @TOTAL_TOPICS").reset_index(drop=True)))
    not_yet(
        checks.check_guard_totals(
            DEPLOYMENTS[DEPLOYMENTS["topic"].isin(TOTAL_TOPICS)][["date", "figure", "unit", "source_name"]]
        ),
        "`topic` too",
    )
    not_yet(checks.check_guard_totals(DEPLOYMENTS[DEPLOYMENTS["topic"] == "national_guard_total"]), "one topic only")
    not_yet(
        checks.check_guard_totals(DEPLOYMENTS[DEPLOYMENTS["topic"].str.contains("national_guard")]),
        "other Guard figures",
    )
    not_yet(checks.check_guard_totals(DEPLOYMENTS[DEPLOYMENTS["topic"].isin(["national guard total"])]), "spelling")


def test_article_day():
    totals = DEPLOYMENTS[DEPLOYMENTS["topic"].isin(TOTAL_TOPICS)]
    day = totals.loc[totals["topic"] == TOTAL_TOPICS[0], "date"].iloc[0]
    ok(checks.check_article_day(day))
    ok(checks.check_article_day(totals[totals["topic"] == TOTAL_TOPICS[0]]["date"].iloc[0].to_pydatetime()))
    ok(checks.check_article_day(totals.set_index("topic").loc[TOTAL_TOPICS[0], "date"]))
    not_yet(checks.check_article_day(totals.loc[totals["topic"] == TOTAL_TOPICS[0], "date"]), "not one date")
    not_yet(checks.check_article_day(totals["date"].iloc[-1]), "not the date of the article's row")
    not_yet(checks.check_article_day(f"{day:%Y-%m-%d}"), "is text")


def test_pentagon_rows():
    day = reference._article_day()
    right = STORY[(STORY["subject"] == "National Guard") & (STORY["date"] < day)]
    ok(checks.check_pentagon_rows(right))
    ok(checks.check_pentagon_rows(STORY.query("subject == 'National Guard' and date < @day")))
    ok(
        checks.check_pentagon_rows(
            STORY[STORY["date"] < day].loc[lambda t: t["subject"] == "National Guard"].reset_index()
        )
    )
    not_yet(checks.check_pentagon_rows(STORY[STORY["subject"] == "National Guard"]), "the second condition")
    not_yet(checks.check_pentagon_rows(STORY[(STORY["subject"] == "National Guard") & (STORY["date"] <= day)]), "`<=`")
    not_yet(checks.check_pentagon_rows(STORY[STORY["date"] < day]), "other subjects")
    not_yet(checks.check_pentagon_rows(right[["date", "counts", "figure"]]), "`what_source_says` too")


def test_davis_said():
    pentagon, _ = reference.pentagon_guard()
    deployed = pentagon[pentagon["counts"] == "deployed"]
    ok(checks.check_davis_said(deployed["what_source_says"].iloc[0]))
    ok(checks.check_davis_said(pentagon.loc[pentagon["counts"] == "deployed", "what_source_says"].iloc[0]))
    ok(checks.check_davis_said(deployed.iloc[0]["what_source_says"] + " "))
    not_yet(checks.check_davis_said(pentagon["what_source_says"].iloc[0]), "*authorized*")
    not_yet(checks.check_davis_said(deployed["what_source_says"].iloc[-1]), "later deployed row")
    not_yet(checks.check_davis_said(deployed["what_source_says"]), "`.iloc[0]`")


def davis_from(pattern, convert=True):
    table = pd.Series([reference._davis_said()]).str.extractall(pattern).reset_index(drop=True)
    if convert:
        table["troops"] = table["troops"].str.replace(",", "").astype(int)
    return table


def test_davis_table():
    ok(checks.check_davis_table(davis_from(reference.DAVIS_PATTERN)))
    ok(checks.check_davis_table(davis_from(r"(?P<troops>[\d,]*\d),? (?:are )?in (?P<state>New Mexico|[A-Z]\w+)")))
    ok(
        checks.check_davis_table(
            pd.Series([reference._davis_said()])
            .str.extractall(reference.DAVIS_PATTERN)
            .assign(troops=lambda t: t["troops"].str.replace(",", "").astype(float))
        )
    )
    not_yet(checks.check_davis_table(davis_from(reference.DAVIS_PATTERN, convert=False)), 'still text ("1,145")')
    not_yet(checks.check_davis_table(davis_from(TROOPS_IN_STATE)), "misses states")
    not_yet(checks.check_davis_table(davis_from(r"(?P<troops>\d+) soldiers in (?P<state>\w+)")), "empty")


def test_by_davis():
    guard, davis = _guard(), davis_from(reference.DAVIS_PATTERN)
    ok(checks.check_by_davis(guard[["state", "troops"]].merge(davis, on="state", suffixes=("_article", "_davis"))))
    ok(checks.check_by_davis(guard.merge(davis, on="state", suffixes=("_article", "_davis"), how="left")))
    ok(
        checks.check_by_davis(
            davis.merge(guard, on="state", suffixes=("_davis", "_article")).set_index("state").reset_index()
        )
    )
    not_yet(checks.check_by_davis(guard.merge(davis, on="state")), "`troops_x`")
    not_yet(
        checks.check_by_davis(
            guard.merge(davis_from(reference.DAVIS_PATTERN, convert=False), on="state", suffixes=("_article", "_davis"))
        ),
        "still text",
    )
    not_yet(
        checks.check_by_davis(guard.merge(davis_from(TROOPS_IN_STATE), on="state", suffixes=("_article", "_davis"))),
        "fewer rows",
    )


def test_fy2018_profiles():
    ok(checks.check_fy2018_profiles(PROFILES[PROFILES["fiscal_year"] == 2018]))
    ok(checks.check_fy2018_profiles(PROFILES.query("fiscal_year == 2018").reset_index(drop=True)))
    ok(checks.check_fy2018_profiles(PROFILES[PROFILES["fiscal_year"] < 2019].sort_values("agents")))
    not_yet(checks.check_fy2018_profiles(PROFILES[PROFILES["fiscal_year"] == 2019]), "FY2019's rows")
    not_yet(checks.check_fy2018_profiles(PROFILES), "every fiscal year")
    not_yet(checks.check_fy2018_profiles(PROFILES[PROFILES["fiscal_year"].astype(str) == "FY2018"]), "without quotes")


def test_sector_agents():
    fy2018 = PROFILES[PROFILES["fiscal_year"] == 2018]
    right = fy2018.loc[fy2018["sector"].isin(list(SECTOR_STATES)), ["sector", "agents"]]
    ok(checks.check_sector_agents(right.assign(states=right["sector"].map(SECTOR_STATES))))
    ok(
        checks.check_sector_agents(
            fy2018[fy2018["sector"].isin(SECTOR_STATES.keys())].assign(
                states=lambda t: t["sector"].apply(SECTOR_STATES.get)
            )
        )
    )
    ok(
        checks.check_sector_agents(
            pd.DataFrame(
                [
                    {"states": SECTOR_STATES[s], "sector": s, "agents": a}
                    for s, a in zip(fy2018["sector"], fy2018["agents"])
                    if s in SECTOR_STATES
                ]
            )
        )
    )
    not_yet(
        checks.check_sector_agents(fy2018[fy2018["sector"].isin(list(SECTOR_STATES.values()))].assign(states="")),
        "*keys*",
    )
    not_yet(checks.check_sector_agents(fy2018.assign(states=fy2018["sector"].map(SECTOR_STATES))), "more rows")
    not_yet(checks.check_sector_agents(right.assign(states=right["agents"].map(SECTOR_STATES))), "blanks")


def _sector_agents():
    return reference.expected_sector_agents()


def test_agents_at_least():
    table = _sector_agents()
    ok(checks.check_agents_at_least(table.groupby("states")["agents"].sum().rename("agents_at_least")))
    ok(
        checks.check_agents_at_least(
            table.pivot_table(index="states", values="agents", aggfunc="sum").rename(
                columns={"agents": "agents_at_least"}
            )["agents_at_least"]
        )
    )
    ok(
        checks.check_agents_at_least(
            table.groupby("states").agg(agents_at_least=("agents", "sum"))["agents_at_least"].sort_values()
        )
    )
    not_yet(checks.check_agents_at_least(table.groupby("sector")["agents"].sum()), "not by `sector`")
    not_yet(checks.check_agents_at_least(table.groupby("states")["agents"].count()), "not `.count()`")
    not_yet(checks.check_agents_at_least(table.groupby("states")["agents"].sum()), '`.rename("agents_at_least")`')


def test_agents_at_most():
    table = _sector_agents()
    touching = table.assign(state=table["states"].str.split(", ")).explode("state")
    ok(checks.check_agents_at_most(touching.groupby("state")["agents"].sum().rename("agents_at_most")))
    ok(
        checks.check_agents_at_most(
            pd.Series(
                {
                    s: sum(a for a, st in zip(table["agents"], table["states"]) if s in st.split(", "))
                    for s in ["Texas", "New Mexico", "Arizona", "California"]
                },
                name="agents_at_most",
            )
        )
    )
    ok(checks.check_agents_at_most(touching.groupby("state").agg(agents_at_most=("agents", "sum"))))
    not_yet(checks.check_agents_at_most(table.groupby("states")["agents"].sum().rename("agents_at_most")), "explode")
    not_yet(checks.check_agents_at_most(touching.groupby("state")["agents"].count()), "not `.count()`")
    not_yet(checks.check_agents_at_most(touching.groupby("state")["agents"].sum()), '`.rename("agents_at_most")`')


# --------------------------------------------------------------------------- Exercise 3: each state's figures about that state


@pytest.mark.parametrize(
    "sentence",
    [
        f"According to the article, Arizona had {TROOPS['Arizona']} of the {TOTAL:,} Guard troops.",
        f"A Pentagon spokesperson said in August 2018 that Texas had {TROOPS['Texas']:,} of about {TOTAL:,} Guard troops.",
        f"New Mexico had {TROOPS['New Mexico']} National Guard troops on the border, as reported by the article.",
        f"California had {TROOPS['California']} Guard troops, a Pentagon spokesperson told The Daily Caller in August 2018.",
        f"According to the article, Arizona had {TROOPS['Arizona'] / TOTAL * 100:.1f}% of the Guard troops.",
    ],
    ids=["according-to", "spokesperson-said", "reported-by", "told", "share"],
)
def test_troops_finding_accepts_any_attribution(sentence):
    feedback = checks.check_troops_finding(sentence)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            f"According to the article, Texas had {TROOPS['Arizona']} of the {TOTAL:,} Guard troops.",
            "it needs 'Arizona'",
        ),
        (
            f"According to the article, California had {TROOPS['Arizona'] / TOTAL * 100:.1f}% of the Guard troops.",
            "it needs 'Arizona'",
        ),
        (f"Texas had {TROOPS['Texas']:,} Guard troops.", "Attribute it"),
        (f"According to NPR, Texas had {TROOPS['Texas']:,} Guard troops.", "Name one of them"),
        ("According to the Pentagon, 4,000 Guard troops were deployed.", "authorized, not deployed"),
    ],
    ids=[
        "arizona-figure-for-texas",
        "arizona-share-for-california",
        "unattributed",
        "wrong-source",
        "authorized-not-deployed",
    ],
)
def test_troops_finding_refuses_figures_without_their_state(sentence, expected):
    feedback = checks.check_troops_finding(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- section 5: robust


def _robust(way="lesson"):
    from helpers.checks.troops import _state_lengths

    guard = pd.DataFrame({"state": list(TROOPS), "troops": list(TROOPS.values())})
    lengths = _state_lengths()
    if way == "pivot":
        ranges = lengths.pivot_table(index="state", values="length_miles", aggfunc=["min", "max"])
        ranges.columns = ["min", "max"]
        ranges = ranges.reset_index()
    else:
        ranges = lengths.groupby("state")["length_miles"].agg(["min", "max"]).reset_index()
    robust = guard.merge(ranges, on="state")
    robust["per_100_low"] = robust["troops"] / robust["max"] * 100
    robust["per_100_high"] = robust["troops"] / robust["min"] * 100
    if way != "unrounded":
        robust[["per_100_low", "per_100_high"]] = robust[["per_100_low", "per_100_high"]].round(1)
    if way == "sorted":
        robust = robust.sort_values("per_100_low", ascending=False)
    return robust


@pytest.mark.parametrize("way", ["lesson", "pivot", "unrounded", "sorted"])
def test_robust_accepts(way):
    assert checks.check_robust(_robust(way)).ok


def test_robust_hints():
    swapped = _robust().rename(columns={"per_100_low": "per_100_high", "per_100_high": "per_100_low"})
    assert "swapped" in checks.check_robust(swapped).message
    no_state = _robust().set_index("state")
    assert "reset_index" in checks.check_robust(no_state).message
    per_mile = _robust()
    per_mile["per_100_low"] = per_mile["per_100_low"] / 100
    assert "per_100_low" in checks.check_robust(per_mile).message and not checks.check_robust(per_mile).ok
    assert "Replace the `...`" in checks.check_robust(...).message


# --------------------------------------------------------------------------- Exercise 3: each number with what it counts
# (a second novice's walk: numbers matched to a state but not to what they count were accepted)


@pytest.mark.parametrize(
    "sentence",
    [
        f"The article counted {TOTAL:,} National Guard troops on the border; NPR, the same day, about 2,100.",
        f"According to the article, Arizona had {TROOPS['Arizona']} National Guard troops, "
        f"{TROOPS['Arizona'] / TOTAL * 100:.1f}% of the total.",
        f"According to the article, Arizona had {TROOPS['Arizona'] / TOTAL * 100:.0f}% of the Guard troops.",
        f"According to the article, Arizona had about {TROOPS['Arizona'] / 370 * 100:.0f} troops per 100 miles of border.",
        f"Per 100 miles of border, according to the article, California had {TROOPS['California'] / 140 * 100:.0f} troops.",
        f"According to the article, Arizona had {TROOPS['Arizona'] / 307:.1f} troops per mile of barrier.",
        f"Of the {TOTAL:,} Guard troops, according to the article, {TROOPS['Arizona']} were in Arizona.",
        f"According to the article, Arizona had {TROOPS['Arizona']} Guard troops, and Arizona's sectors had at least "
        "3,681 Border Patrol agents.",
        "Arizona's sectors had at most 4,525 Border Patrol agents, beside 580 Guard troops in Arizona according to the article.",
    ],
    ids=[
        "npr-same-day",
        "count-and-share",
        "whole-percent",
        "per-100",
        "rate-words-first",
        "per-barrier",
        "of-the-total",
        "agents-at-least",
        "agents-at-most",
    ],
)
def test_troops_finding_accepts_numbers_with_what_they_count(sentence):
    from helpers.checks.troops import expected_agents_at_least, expected_agents_at_most

    assert expected_agents_at_least()["Arizona"] == 3681 and expected_agents_at_most()["Arizona"] == 4525
    ok(checks.check_troops_finding(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("According to the article, Arizona had 4,000 National Guard troops.", "not Arizona's"),
        ("According to the article, Arizona had 3,000 National Guard troops.", "can't find '3,000' counted as troops"),
        (
            f"According to the article, Arizona had {TROOPS['Arizona']} troops for every 100 miles of its border.",
            "counted as troops per 100 miles",
        ),
        (
            "According to the article, Arizona had 157 troops per mile of barrier.",
            "counted as troops per mile of barrier",
        ),
        ("According to the article, Arizona had 300 troops for every 100 miles of its border.", "can't find '300'"),
        ("According to the article, Arizona had 30%.", "within half a point"),
        ("According to the article, Arizona had 3,681 Border Patrol agents.", "'at least'"),
        ("According to the article, Arizona had 370 troops.", "chosen border length"),
    ],
    ids=[
        "national-ceiling",
        "caravan-size",
        "count-as-rate",
        "rate-as-barrier",
        "round-rate",
        "round-percent",
        "agents-without-at-least",
        "miles-as-troops",
    ],
)
def test_troops_finding_refuses_numbers_without_what_they_count(sentence, expected):
    not_yet(checks.check_troops_finding(sentence), expected)


def test_arizona_share_rounded_too_early():
    not_yet(checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL, 1)), "rounded too early")
    not_yet(checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL, 2)), "Multiply by 100 first")
    not_yet(checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL, 1) * 100), "round at the end")


def test_most_per_100_miles_row_number_and_barrier():
    import numpy as np

    feedback = checks.check_most_troops_per_100_miles(np.int64(3))
    not_yet(feedback, "it is an int (3)")
    assert 'set_index("state")' in feedback.message and "row numbers" in feedback.message
    not_yet(checks.check_most_troops_per_100_miles("Texas"), "per 100 miles of *border*")
