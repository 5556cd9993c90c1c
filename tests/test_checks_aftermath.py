"""The self-checks of notebook 08 accept the right answers and give each common wrong one its own hint."""

import pytest

from helpers import checks, data
from helpers.checks import aftermath

STORY = data.load_story_figures()
YEARLY = data.load_apprehensions().set_index("fiscal_year")
TROOPS = STORY[STORY["subject"] == "active-duty troops"]


def figure_of(counts, subject="active-duty troops"):
    rows = STORY[(STORY["subject"] == subject) & (STORY["counts"] == counts)]
    return int(rows["figure"].max())


def test_every_story_row_has_a_date_a_kind_and_a_source_url():
    assert STORY["date"].notna().all() and STORY["counts"].notna().all()
    assert STORY["source_url"].str.match(r"https?://").all()


def test_the_loader_refuses_a_row_without_a_source_url(tmp_path):
    text = (data.paths.DATASETS / "story_figures_after_2018.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[1] = lines[1].rsplit(",", 1)[0] + ","
    copy = tmp_path / "story.csv"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="source_url"):
        data.load_story_figures(copy)


def test_story_troops():
    assert checks.check_story_troops(TROOPS).ok
    wrong = [
        (STORY, "Keep only the rows"),
        (TROOPS[TROOPS["counts"] == "deployed"], "Keep every kind"),
        (TROOPS["figure"], "should be a table"),
        (..., "Replace the `...`"),
    ]
    for answer, expected in wrong:
        feedback = checks.check_story_troops(answer)
        assert not feedback.ok and expected in feedback.message, feedback.message


def highest(counts, year):
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.index.max()) if len(higher) else None


def test_highest_since_right_and_wrong_functions():
    assert checks.check_highest_since(highest).ok

    def lowest(counts, year):
        lower = counts[(counts.index < year) & (counts < counts[year])]
        return int(lower.index.max()) if len(lower) else None

    def highest_of_all(counts, year):
        higher = counts[(counts.index < year) & (counts > counts[year])]
        return int(higher.idxmax()) if len(higher) else None

    def at_least(counts, year):
        higher = counts[(counts.index < year) & (counts >= counts[year])]
        return int(higher.index.max()) if len(higher) else None

    def raises_when_none(counts, year):
        return int(counts[(counts.index < year) & (counts > counts[year])].index.max())

    for function, expected in [
        (lowest, "*lower* count"),
        (highest_of_all, "most *recent*"),
        (at_least, "strictly higher"),
        (raises_when_none, "Return `None`"),
        (highest(YEARLY["southwest_border"].dropna(), 2019), "without brackets"),
    ]:
        feedback = checks.check_highest_since(function)
        assert not feedback.ok and expected in feedback.message, (function, feedback.message)


def test_peak_deployed():
    expected = figure_of("deployed")
    assert checks.check_peak_deployed(expected).ok and checks.check_peak_deployed(float(expected)).ok
    wrong = [
        (figure_of("forecast"), "*forecast*, not deployed"),
        (figure_of("announced"), "*announced*"),
        (figure_of("suggested"), "*suggested*"),
        (figure_of("peak deployed"), "*peak*"),
        (int(TROOPS.loc[TROOPS["counts"] == "deployed", "figure"].min()), "another day"),
        (figure_of("deployed", "National Guard"), "National Guard figure"),
        (str(expected), "Drop the quotes"),
        (f"{expected:,}", "the commas"),
    ]
    for answer, expected_hint in wrong:
        feedback = checks.check_peak_deployed(answer)
        assert not feedback.ok and expected_hint in feedback.message, (answer, feedback.message)


def test_caravan_ratio():
    day = aftermath.caravan_same_day()
    organizers, mexico = float(day["organizers"]), float(day["Mexican authorities"])
    for answer in (organizers / mexico, round(organizers / mexico, 2), round(organizers / mexico, 1)):
        assert checks.check_caravan_ratio(answer).ok, answer
    un = float(STORY.loc[STORY["who_type"] == "UN agency", "figure"].iloc[0])
    wrong = [
        (mexico / organizers, "upside down"),
        (organizers - mexico, "the difference"),
        (organizers / mexico * 100, "percentage"),
        (organizers / un, "another day or another source"),
        ("2.75", "quotes"),
    ]
    for answer, expected in wrong:
        feedback = checks.check_caravan_ratio(answer)
        assert not feedback.ok and expected in feedback.message, (answer, feedback.message)


def test_fy2024_since():
    swb = YEARLY.loc[YEARLY["measure"] == "apprehensions", "southwest_border"].dropna()
    expected = highest(swb, 2024)
    assert checks.check_fy2024_since(expected).ok
    every_year = YEARLY["southwest_border"].dropna()
    wrong = [
        (highest(every_year, 2024), "*encounters*"),
        (2024 - expected, "number of years"),
        (2019, "fewer apprehensions"),
        (1986, "not the most recent"),
        ("FY2000", "the FY"),
    ]
    for answer, hint_text in wrong:
        feedback = checks.check_fy2024_since(answer)
        assert not feedback.ok and hint_text in feedback.message, (answer, feedback.message)


def test_context_sentence():
    swb = YEARLY.loc[YEARLY["measure"] == "apprehensions", "southwest_border"].dropna()
    right = (
        f"Four days later the Pentagon announced {figure_of('announced'):,} troops, and FY2019 had "
        f"{swb[2019]:,} apprehensions, the most since FY{highest(swb, 2019)}."
    )
    assert checks.check_context_sentence(right).ok
    typed = right.replace(f"{swb[2019]:,}", f"{swb[2019] + 90:,}")
    feedback = checks.check_context_sentence(typed)
    assert not feedback.ok and "can't find" in feedback.message
    feedback = checks.check_context_sentence(f"The Pentagon announced {figure_of('announced'):,} troops.")
    assert not feedback.ok and "*why*" in feedback.message
    assert "Write your finding" in checks.check_context_sentence("...").message


def test_a_context_sentence_may_give_a_figures_age_in_days():
    from helpers.checks import aftermath

    ok = aftermath.check_context_sentence(
        "The Guard figures it quotes were the Pentagon's of 31 August, 55 days earlier, because none newer was given."
    )
    assert ok.ok, ok.message
    wrong = aftermath.check_context_sentence(
        "The Guard figures it quotes were the Pentagon's of 31 August, 56 days earlier, because none newer was given."
    )
    assert not wrong.ok and "'56'" in wrong.message
