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


def test_saved_guard_table_right(tmp_path, guard_geo):
    path = tmp_path / "guard_troops_by_state.csv"
    guard_geo.to_csv(path, index=False)
    assert checks.check_saved_guard_table(path).ok
    assert checks.check_saved_guard_table(str(path)).ok, "a path given as text is fine"


def test_saved_guard_table_hints(tmp_path, guard_geo):
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
