"""The self-checks of notebook 02 recognise the common wrong answers."""

import pytest

from helpers import checks
from helpers.checks.troops import guard_by_state

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
        ("26.4%", "should be one number"),
        (12.0, "Divide Arizona's troops by the total"),
    ],
    ids=["unanswered", "fraction", "rounded-to-whole", "others", "active-duty", "count", "text", "other"],
)
def test_arizona_share_hints(answer, expected):
    feedback = checks.check_arizona_share(answer)
    assert not feedback.ok and expected in feedback.message


def test_arizona_share_right():
    assert checks.check_arizona_share(round(TROOPS["Arizona"] / TOTAL * 100, 1)).ok
    assert checks.check_arizona_share(TROOPS["Arizona"] / TOTAL * 100).ok, "more decimals are fine"


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
    assert checks.check_most_troops_per_100_miles(" california ").ok
