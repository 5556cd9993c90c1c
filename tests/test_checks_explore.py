"""The self-checks of notebook 06 accept the right answers and recognise the common wrong ones."""

import numpy as np
import pandas as pd
import pytest

from helpers import checks, data
from helpers.checks import explore
from helpers.checks.sectors import TEXAS_ONLY
from helpers.troops import guard_table

SECTORS = data.load_sectors().set_index("fiscal_year")
YEARLY = data.load_apprehensions().set_index("fiscal_year")
TEXAS = SECTORS[list(TEXAS_ONLY)].sum(axis=1)  # lesson 04's four sectors wholly in Texas
ARIZONA = SECTORS[["tucson", "yuma"]].sum(axis=1)
FIRST_AHEAD = int((TEXAS > ARIZONA).loc[2000:].idxmax())

SWB_2018 = int(YEARLY.at[2018, "southwest_border"])
CLAIM = explore.article_crossings()
GAP = (SWB_2018 - CLAIM) / SWB_2018 * 100

GUARD = dict(zip(guard_table()["state"], guard_table()["troops"]))
_CHOSEN = data.load_border_length().query("chosen and row_type == 'state'")
LENGTHS = dict(zip(_CHOSEN["state"], _CHOSEN["length_miles"].astype(int)))
RATE = GUARD["Arizona"] / LENGTHS["Arizona"] * 100
CALIFORNIA = RATE * LENGTHS["California"] / 100


def test_every_check_is_exported_by_the_package():
    for name in explore.__all__:
        reached = getattr(checks, name)
        assert getattr(reached, "__wrapped__", reached) is getattr(explore, name)  # the package guards every check


def test_the_reference_answers_come_from_the_data():
    assert FIRST_AHEAD == 2012
    assert CLAIM == 300_000, "the article's figure is read from its ledger"
    assert round(GAP, 1) == 24.4
    assert round(CALIFORNIA) == 219


@pytest.mark.parametrize("answer", [FIRST_AHEAD, np.int64(FIRST_AHEAD), float(FIRST_AHEAD)])
def test_texas_ahead_again_accepts_the_year(answer):
    feedback = checks.check_texas_ahead_again(answer)
    assert feedback.ok, feedback
    assert f"FY{FIRST_AHEAD}" in feedback.message


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (None, "Replace the `...`"),
        (TEXAS > ARIZONA, "True/False column"),
        (pd.DataFrame({"a": [1]}), "whole column or table"),
        (int(TEXAS[FIRST_AHEAD]), "number of apprehensions"),
        (FIRST_AHEAD - 1, "still ahead"),
        (int((SECTORS["rio_grande_valley"] > SECTORS["tucson"]).loc[2000:].idxmax()), "Rio Grande Valley"),
        (1999, "starts in FY2000"),
        (2000, "the Arizona sectors were ahead"),
        (2019, "last year of the table"),
        (True, "yes/no value"),
        ("Texas", "That is text"),
        (str(FIRST_AHEAD), f"write `{FIRST_AHEAD}`"),
        (f"FY{FIRST_AHEAD}", "Drop the quotes and the FY"),
        (2015, "Add up each state's sectors"),
    ],
    ids=[
        "unanswered",
        "none",
        "series",
        "frame",
        "count",
        "year-before",
        "sectors-not-states",
        "too-early",
        "start-year",
        "last-year",
        "bool",
        "text",
        "year-as-text",
        "fy-as-text",
        "other",
    ],
)
def test_texas_ahead_again_hints(answer, expected):
    feedback = checks.check_texas_ahead_again(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


@pytest.mark.parametrize("answer", [round(GAP, 1), -round(GAP, 1), np.float64(round(GAP, 1))])
def test_gap_percent_accepts_either_sign(answer):
    feedback = checks.check_gap_percent(answer)
    assert feedback.ok, feedback
    assert f"{SWB_2018:,}" in feedback.message


NATIONWIDE_2018 = int(YEARLY.at[2018, "nationwide"])
SWB_2017 = int(YEARLY.at[2017, "southwest_border"])
_MONTHLY = data.load_monthly()
JAN_SEP = int(
    _MONTHLY[(_MONTHLY["calendar_year"] == 2018) & (_MONTHLY["month_number"] <= 9)]["swb_apprehensions"].sum()
)


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (YEARLY["southwest_border"], "whole column or table"),
        (round(GAP), "round to one decimal"),
        (GAP / 100, "fraction"),
        (SWB_2018 - CLAIM, "difference in apprehensions"),
        (round((SWB_2018 - CLAIM) / CLAIM * 100, 1), "divided by the article's"),
        (round(CLAIM / SWB_2018 * 100, 1), "100 minus"),
        (round((NATIONWIDE_2018 - CLAIM) / NATIONWIDE_2018 * 100, 1), "nationwide"),
        (round((SWB_2017 - CLAIM) / SWB_2017 * 100, 1), "That uses FY2017"),
        ("a lot", "That is text"),
        (f"{round(GAP, 1)}%", "Drop the quotes and the % sign"),
        (str(round(GAP, 1)), "not a number"),
        (round((JAN_SEP - CLAIM) / CLAIM * 100, 1), "January-September 2018 reading"),
        (round((JAN_SEP - CLAIM) / JAN_SEP * 100, 1), "January-September 2018 reading"),
        (50.0, "subtract 300,000"),
    ],
    ids=[
        "unanswered",
        "column",
        "rounded-to-whole",
        "fraction",
        "count",
        "wrong-base",
        "ratio",
        "nationwide",
        "fy2017",
        "text",
        "percent-as-text",
        "number-as-text",
        "jan-sep",
        "jan-sep-other-base",
        "other",
    ],
)
def test_gap_percent_hints(answer, expected):
    feedback = checks.check_gap_percent(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


@pytest.mark.parametrize("answer", [round(CALIFORNIA), np.int64(round(CALIFORNIA)), -(-CALIFORNIA // 1)])
def test_california_troops_accepts_whole_troops(answer):
    feedback = checks.check_california_troops(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (pd.Series([1, 2]), "whole column or table"),
        (CALIFORNIA, "troops come whole"),
        (round(RATE, 1), "Arizona's troops per 100 miles"),
        (GUARD["California"], "California's troops in the article"),
        (round(GUARD["Arizona"] / LENGTHS["California"] * LENGTHS["Arizona"]), "swapped"),
        (round(GUARD["Texas"] / LENGTHS["Texas"] * LENGTHS["California"]), "Texas's rate"),
        ("many", "That is text"),
        (str(round(CALIFORNIA)), f"write `{round(CALIFORNIA)}`"),
        (1000, "Not that"),
    ],
    ids=[
        "unanswered",
        "series",
        "not-whole",
        "rate",
        "article",
        "swapped",
        "texas-rate",
        "text",
        "number-as-text",
        "other",
    ],
)
def test_california_troops_hints(answer, expected):
    feedback = checks.check_california_troops(answer)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message


# --------------------------------------------------------------------------- your turn: a finding from the explorer


def test_explorer_finding_accepts_numbers_from_the_series():
    from helpers import explorer

    el_paso = explorer.series_values("El Paso sector")["count"]
    sentence = (
        f"El Paso sector made {el_paso[2019]:,} apprehensions in FY2019, "
        f"{el_paso[2019] / el_paso[2018]:.1f} times as many as in FY2018 ({el_paso[2018]:,})."
    )
    assert checks.check_explorer_finding(sentence).ok
    assert checks.check_explorer_finding(
        f"In FY2024 the southwest border had about {YEARLY.at[2024, 'southwest_border'] // 10_000 * 10_000:,} apprehensions."
    ).ok


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("Tucson sector made 52,000 apprehensions.", "Name the fiscal year"),
        ("In FY2018 Tucson sector made 152,172 apprehensions.", "can't find '152,172'"),
        ("In FY2018 Tucson sector was busy.", "no number yet"),
        (["a", "list"], "not a list"),
    ],
    ids=["unanswered", "no-year", "wrong-number", "no-number", "not-text"],
)
def test_explorer_finding_hints(sentence, expected):
    feedback = checks.check_explorer_finding(sentence)
    assert not feedback.ok
    assert expected in feedback.message, feedback.message
