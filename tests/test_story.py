"""The story's own definitions (helpers/story.py): one home for the article's year and "since"."""

import pandas as pd
import pytest

from helpers import story
from helpers.data import load_apprehensions

COUNTS = pd.Series([5, 3, 4, 3, 6, 2], index=[2000, 2001, 2002, 2003, 2004, 2005])


@pytest.mark.parametrize(
    ("year", "lowest", "highest"),
    [(2003, None, 2002), (2002, 2001, 2000), (2004, 2003, None), (2005, None, 2004), (2000, None, None)],
)
def test_since_looks_back_for_a_strictly_lower_or_higher_year(year, lowest, highest):
    assert story.lowest_since(COUNTS, year) == lowest  # 2003 ties 2001's 3: a tie does not end the run
    assert story.highest_since(COUNTS, year) == highest
    assert story.since(COUNTS, year, than="lower") == lowest


def test_since_refuses_a_direction_it_does_not_know():
    with pytest.raises(ValueError, match='"lower" or "higher"'):
        story.since(COUNTS, 2003, than="smaller")


def test_the_course_answers_come_from_the_data():
    yearly = load_apprehensions()
    swb = yearly[yearly["measure"] == "apprehensions"].set_index("fiscal_year")["southwest_border"].dropna()
    assert story.lowest_since(swb.loc[: story.ARTICLE_YEAR], 2017) == 1971
    assert story.highest_since(swb, 2019) == 2007


def test_the_year_pattern_finds_years_not_parts_of_numbers():
    found = [m[1] for m in story.YEAR.finditer("FY2017 and fiscal year 2018, 12,018 and 2018.5, FY 1999")]
    assert found == ["2017", "2018", "1999"]


def test_checks_and_explorer_use_the_one_definition():
    from helpers import explorer
    from helpers.checks import aftermath, crossings, writeup

    assert crossings.lowest_since is story.lowest_since is writeup.lowest_since is explorer.lowest_since
    assert aftermath.highest_since is story.highest_since
