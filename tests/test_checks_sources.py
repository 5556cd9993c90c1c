"""The self-checks of notebook 07 recognise the common wrong answers (expected values from the datasets)."""

import pandas as pd
import pytest

from helpers import checks, facts
from helpers.checks.sources import NATIONWIDE_TOTAL, PROFILE_COLUMNS, SOUTHWEST_TOTAL, profile_2018
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


def test_finding_right():
    rgv = PROFILE.loc["Rio Grande Valley"]
    sentence = (
        f"On 30 September 2018, Rio Grande Valley sector had {rgv['agents']:,} Border Patrol agents, who made "
        f"{rgv['apprehensions']:,} apprehensions in FY2018: {rgv['apprehensions'] / rgv['agents']:.0f} per agent."
    )
    assert checks.check_sources_finding(sentence).ok
    assert checks.check_sources_finding(
        f"The southwest border had {SWB_AGENTS:,} agents in 2018, about 4.7 times as many as in 1992."
    ).ok


@pytest.mark.parametrize(
    "sentence, words",
    [
        (..., "Write your finding"),
        ("Tucson had many agents.", "no number"),
        (f"Tucson sector had {SWB_AGENTS + 1:,} agents in FY2018.", "can't find"),
    ],
)
def test_finding_hints(sentence, words):
    result = checks.check_sources_finding(sentence)
    assert not result.ok and words in result.message, result.message
