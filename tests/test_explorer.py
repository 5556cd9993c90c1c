"""Lesson 06's interactive views, driven without a browser: the pure functions, then the widgets wired to them."""

import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text

from helpers import data, explorer, facts
from helpers.article import load_article
from helpers.checks import crossings
from helpers.checks.sectors import PARTLY_TEXAS, SECTOR_STATES, TEXAS_ONLY
from helpers.troops import guard_table, stated_total

YEARLY = data.load_apprehensions().set_index("fiscal_year")
SECTORS = data.load_sectors().set_index("fiscal_year")
ARTICLE_TROOPS = dict(zip(guard_table()["state"], guard_table()["troops"].astype(int)))


def texts(fig: Figure) -> str:
    """Every piece of text drawn on a figure (headline, subtitle, source, annotations, labels), one a line.

    The layout wraps long texts to the figure's width when it draws: a wrapped text is read as one line.
    """
    return "\n".join(" ".join(t.get_text().split()) for t in fig.findobj(lambda artist: hasattr(artist, "get_text")))


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --------------------------------------------------------------------------- the series


def test_the_menu_offers_nationwide_southwest_border_states_and_every_sector():
    names = list(explorer.SERIES)
    assert names[:5] == ["Southwest border", "Nationwide", "Texas sectors", "Arizona sectors", "California sectors"]
    sectors = {column for series in explorer.SERIES.values() if len(series.columns) == 1 for column in series.columns}
    assert set(data.SECTORS) <= sectors


def test_state_groups_are_the_sums_of_their_sectors_and_say_where_sectors_cross_state_lines():
    groups = {
        "Texas sectors": list(TEXAS_ONLY),
        "California sectors": ["san_diego", "el_centro"],
        "Arizona sectors": ["tucson", "yuma"],
    }
    for name, columns in groups.items():
        assert sorted(explorer.SERIES[name].columns) == sorted(columns)
        values = explorer.series_values(name)["count"]
        assert values.to_dict() == SECTORS[columns].sum(axis=1).astype(int).to_dict()
    assert (
        "New Mexico" in explorer.SERIES["Texas sectors"].note and "kept apart" in explorer.SERIES["Texas sectors"].note
    )
    assert not set(PARTLY_TEXAS) & set(explorer.SERIES["Texas sectors"].columns), (
        "lesson 04's definition: El Paso apart"
    )
    assert "California" in explorer.SERIES["Arizona sectors"].note
    assert "New Mexico" in explorer.SERIES["El Paso sector"].note


def test_sector_names_come_from_the_one_home_for_facts():
    sector_series = {s.columns[0]: name for name, s in explorer.SERIES.items() if name.endswith(" sector")}
    assert set(sector_series) == set(facts.SECTORS)
    for code, name in sector_series.items():
        assert name == f"{facts.SECTOR_NAMES[code]} sector"
    for code, former in facts.FORMER_NAMES.items():
        assert f"formerly {former}" in explorer.SERIES[f"{facts.SECTOR_NAMES[code]} sector"].note
    source = Path(explorer.__file__).read_text(encoding="utf-8")
    for name in (*facts.SECTOR_NAMES.values(), *facts.MONTHS):
        assert f'"{name}"' not in source, f"{name!r} is typed in explorer.py: import it from helpers.facts"
    assert list(explorer.agents_by_state().index) == list(facts.STATES), "the border states, from helpers.facts"


def test_series_keep_their_measure_and_their_own_years():
    swb = explorer.series_values("Southwest border")
    assert swb.loc[2019, "measure"] == "apprehensions" and swb.loc[2020, "measure"] == "encounters"
    assert swb.loc[2024, "measure"] == "apprehensions", "FY2024 counts Title 8 apprehensions only"
    assert explorer.encounter_years() == (2020, 2023)
    assert "no exact nationwide figure was found" in explorer.SERIES["Nationwide"].note
    assert explorer.year_span("Southwest border") == (1960, 2024)
    assert explorer.year_span("Nationwide") == (1925, 2019)
    assert explorer.year_span("Yuma sector") == (1960, 2019)
    assert swb.loc[2018, "count"] == YEARLY.loc[2018, "southwest_border"]


def test_explore_table_shows_first_highest_lowest_and_last_within_the_years():
    table = explorer.explore_table("Southwest border", (2000, 2019))
    assert list(table.index) == ["first year", "highest", "lowest", "last year"]
    assert (
        table.loc["lowest", "fiscal_year"] == 2017
        and table.loc["lowest", "count"] == YEARLY.loc[2017, "southwest_border"]
    )
    assert table.loc["highest", "fiscal_year"] == 2000
    assert explorer.explore_table("Nationwide", (1990, 2024)).loc["last year", "fiscal_year"] == 2019, (
        "clipped to the data"
    )
    with pytest.raises(ValueError, match=r"FY1960-FY2019 only"):
        explorer.explore_table("Yuma sector", (2021, 2024))


def test_the_table_to_read_has_thousands_separators_and_the_table_to_compute_keeps_numbers():
    table = explorer.explore_table("Texas sectors", (2000, 2019))
    shown = explorer.readable(table)
    texas = SECTORS[list(TEXAS_ONLY)].sum(axis=1)
    assert shown.loc["highest", "count"] == f"{int(texas.loc[2000:2019].max()):,}"
    assert shown.loc["lowest", "count"] == "115,035"
    assert shown.loc["highest", "fiscal_year"] == 2019, "years keep no separator"
    assert "115,035" in shown.to_string() and "2,019" not in shown.to_string()
    assert table.loc["lowest", "count"] == 115_035, "explore_table itself stays numbers, to compute with"
    assert "444,419" in explorer.readable(explorer.explore_table("Texas sectors", (2019, 2019))).to_html()


# --------------------------------------------------------------------------- the chart


def test_the_chart_is_in_house_style_and_marks_the_fy2020_break():
    fig = explorer.explore_chart("Southwest border", (2000, 2024))
    drawn = texts(fig)
    assert "Southwest border: highest in FY2022 (encounters), lowest in FY2017" in drawn
    assert "FY2020-FY2023: encounters, not comparable" in drawn and "FY2020 on" not in drawn
    assert "FY2024 on: apprehensions again, comparable with the years before FY2020" in drawn
    assert "Source: US Customs and Border Protection" in drawn
    assert "lowest: FY2017, 303,916" in drawn
    styles = {
        line.get_linestyle() for line in fig.axes[0].get_lines() if not line.get_label().startswith("_annotation")
    }
    assert {"-", "--"} <= styles, "encounters are drawn differently from apprehensions"
    for line in fig.axes[0].get_lines():
        years = set(line.get_xdata())
        assert not ({2019, 2024} <= years or {2019, 2020} <= years or {2023, 2024} <= years), (
            "no line joins across the break"
        )


def test_a_chart_of_encounter_years_only_needs_no_comparable_again_note():
    drawn = texts(explorer.explore_chart("Southwest border", (2020, 2023)))
    assert "comparable again" not in drawn and "apprehensions again" not in drawn


def test_the_break_is_not_marked_when_the_years_stop_before_fy2020():
    drawn = texts(explorer.explore_chart("Southwest border", (2000, 2019)))
    assert "not comparable" not in drawn and "encounters" not in drawn


def test_a_range_without_figures_says_so_instead_of_failing():
    drawn = texts(explorer.explore_chart("California sectors", (2021, 2024)))
    assert "No figures for California sectors in FY2021-FY2024" in drawn and "FY1960-FY2019" in drawn


def test_a_one_year_range_gets_an_axis_around_that_year_and_a_headline_with_its_figure():
    fig = explorer.explore_chart("Southwest border", (2019, 2019))
    ax = fig.axes[0]
    assert ax.get_xlim() == (2018, 2020), "a year either side, not 1920-2120"
    assert list(ax.get_xticks()) == [2019]
    drawn = texts(fig)
    assert f"Southwest border: {YEARLY.loc[2019, 'southwest_border']:,} apprehensions in FY2019" in drawn
    assert "highest in" not in drawn and "lowest" not in drawn
    assert "fiscal year 2019 (October 2018 to September 2019)" in drawn


def test_one_encounter_year_is_named_once_and_a_range_clipped_to_one_year_is_one_year():
    drawn = texts(explorer.explore_chart("Southwest border", (2021, 2021)))
    assert f"Southwest border: {YEARLY.loc[2021, 'southwest_border']:,} encounters in FY2021" in drawn
    assert "FY2021-FY2021" not in drawn and "Source:" in drawn
    fig = explorer.explore_chart("Yuma sector", (2019, 2024))  # the sectors stop in FY2019
    assert fig.axes[0].get_xlim() == (2018, 2020)
    assert f"Yuma sector: {SECTORS.loc[2019, 'yuma']:,} apprehensions in FY2019" in texts(fig)


def test_two_years_keep_the_highest_and_lowest_headline():
    drawn = texts(explorer.explore_chart("Southwest border", (2018, 2019)))
    assert "Southwest border: highest in FY2019, lowest in FY2018" in drawn


def _note_and_lines(fig):
    """The "lowest" note's text box, and every line of the chart sampled densely, in display pixels."""
    fig.draw_without_rendering()
    ax = fig.axes[0]
    note = next(t for t in ax.texts if t.get_text().startswith("lowest:"))
    note.get_window_extent()  # places the annotation for this layout
    box = Text.get_window_extent(note)  # the text alone, without its leader line
    samples = []
    for line in ax.get_lines():
        if line.get_label().startswith("_annotation"):
            continue
        xs, ys = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
        for i in range(len(xs)):
            for t in np.linspace(0, 1, 50 if i + 1 < len(xs) else 1):
                j = min(i + 1, len(xs) - 1)
                samples.append((xs[i] + t * (xs[j] - xs[i]), ys[i] + t * (ys[j] - ys[i])))
    return ax, box, ax.transData.transform(np.array(samples))


@pytest.mark.parametrize(
    "series, years",
    [
        ("Southwest border", (2000, 2024)),
        ("Texas sectors", (2000, 2019)),
        ("Arizona sectors", (1990, 2019)),
        ("Nationwide", (1925, 2019)),
        ("Yuma sector", (1960, 2019)),
        ("Southwest border", (1960, 2024)),
        ("El Paso sector", (2015, 2019)),
        ("Rio Grande Valley sector", (2000, 2019)),
        ("Southwest border", (2018, 2019)),
    ],
)
def test_the_lowest_note_sits_clear_of_the_line_inside_the_plot(series, years):
    ax, box, points = _note_and_lines(explorer.explore_chart(series, years))
    inside = [(x, y) for x, y in points if box.x0 <= x <= box.x1 and box.y0 <= y <= box.y1]
    assert not inside, f"the line runs through the note at {len(inside)} points"
    frame = ax.get_window_extent()
    assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1


def test_the_lowest_note_of_fy2000_2024_no_longer_crosses_the_line():
    """The case the newcomer saw: the southwest border since FY2000, lowest FY2017."""
    ax, box, _ = _note_and_lines(explorer.explore_chart("Southwest border", (2000, 2024)))
    low = ax.transData.transform((2017, YEARLY.loc[2017, "southwest_border"]))
    assert box.y1 < low[1] or box.y0 > low[1], "the note is wholly above or wholly below the lowest point"


def test_charts_leave_no_pyplot_figure_open():
    before = plt.get_fignums()
    explorer.explore_chart("Texas sectors", (1990, 2019))
    explorer.explore_chart("Southwest border", (1960, 2024))
    assert plt.get_fignums() == before


# --------------------------------------------------------------------------- claims


@pytest.mark.parametrize(
    "text, expected",
    [
        ("FY2011 was the lowest since 1970", explorer.Claim("lowest since", 2011, since=1970)),
        ("fy2011 is the lowest since FY 1972.", explorer.Claim("lowest since", 2011, since=1972)),
        ("FY2011 was a 41-year low", explorer.Claim("year low", 2011, since=1970)),
        ("300,000 people crossed in 2018", explorer.Claim("crossed", 2018, number=300_000)),
        (
            "Around 300,000 people have crossed in FY2018",
            explorer.Claim("crossed", 2018, number=300_000, qualifier="around"),
        ),
        (
            "over a million crossed the border in 2000",
            explorer.Claim("crossed", 2000, number=1_000_000, qualifier="over"),
        ),
        ("1.2 million migrants crossed in 2000", explorer.Claim("crossed", 2000, number=1_200_000)),
        ("Border crossings were at a 40-year low", None),
        ("", None),
    ],
)
def test_claims_are_read_with_the_patterns(text, expected):
    assert explorer.parse_claim(text) == expected


def test_a_41_year_low_for_fy2011_is_computed_as_39_years():
    answer = explorer.check_claim("FY2011 was the lowest since 1970")
    assert "lowest since FY1972" in answer and "39-year low" in answer and "not since FY1970" in answer
    assert "FY1972: 321,326" in answer and "FY2011: 327,577" in answer, "the evidence is shown"
    assert explorer.check_claim("FY2011 was the lowest since 1972").splitlines()[1].startswith("Right")
    assert "undersells" in explorer.check_claim("FY2011 was the lowest since 1990")


def test_the_lowest_since_is_lesson_03s_definition_and_depends_on_the_series():
    assert explorer.lowest_since is crossings.lowest_since, "one definition of 'lowest since' in the course"
    swb, nationwide = (explorer.series_values(name)["count"] for name in ("Southwest border", "Nationwide"))
    assert crossings.lowest_since(swb, 2011) == 1972
    assert crossings.lowest_since(nationwide, 2011) == 1971
    assert crossings.lowest_since(swb, 1960) is None
    tied = pd.Series([2, 3, 7, 3], index=[2000, 2001, 2002, 2003])
    assert crossings.lowest_since(tied, 2003) == 2000, "strictly lower: a tie does not count"
    assert "lowest in the whole series" in explorer.check_claim("FY1960 was the lowest since 1950")


def test_300000_crossed_in_2018_meets_the_official_count_and_the_people_caveat():
    answer = explorer.check_claim("300,000 people crossed in 2018")
    assert "FY2018 had 396,579 southwest border apprehensions" in answer
    assert "24.4% lower" in answer
    assert "reads 2018 as fiscal year 2018" in answer and "lesson 03" in answer, "says which reading it takes"
    assert "events, not people" in answer
    assert 'So "over 1,000,000" holds' in explorer.check_claim("over a million people crossed in 2000")


def test_claims_across_the_break_carry_a_warning():
    assert "encounters (Title 8 apprehensions plus Title 42" in explorer.check_claim("FY2020 was the lowest since 2017")
    assert "FY2020-FY2023 figures are encounters" in explorer.check_claim("FY2021 was the lowest since 2019")
    assert "comparable with the years before FY2020" in explorer.check_claim("1,500,000 crossed in 2024")
    assert "Careful" not in explorer.check_claim("300,000 people crossed in 2018")


@pytest.mark.parametrize("text", ["Crossings fell by half", "the caravan has 7,000 people", "FY2011 was lowish"])
def test_unknown_forms_list_the_forms_that_are_understood(text):
    answer = explorer.check_claim(text)
    assert answer.startswith(f"I cannot read {text!r}")
    for form, example in explorer.CLAIM_FORMS:
        assert form in answer and example in answer


def test_years_without_figures_are_named():
    assert "no nationwide figure for FY2022" in explorer.check_claim("500,000 crossed in 2022", "Nationwide")


def test_every_example_claim_is_understood():
    for claim in explorer.EXAMPLE_CLAIMS:
        assert explorer.parse_claim(claim) is not None, claim


# --------------------------------------------------------------------------- troops


def test_troop_table_computes_shares_and_troops_per_100_miles_from_the_chosen_lengths():
    table = explorer.troop_table(ARTICLE_TROOPS).set_index("state")
    assert table["share_pct"].sum() == pytest.approx(100, abs=0.2)
    assert table.loc["Arizona", "share_pct"] == round(ARTICLE_TROOPS["Arizona"] / sum(ARTICLE_TROOPS.values()) * 100, 1)
    lengths = data.load_border_length().query("chosen and row_type == 'state'").set_index("state")["length_miles"]
    for state, troops in ARTICLE_TROOPS.items():
        assert table.loc[state, "per_100_miles"] == round(troops / lengths[state] * 100, 1)
    with pytest.raises(KeyError, match="no border length for Nevada"):
        explorer.troop_table({"Nevada": 10})


def test_troop_summary_compares_with_the_article_and_handles_zero():
    assert explorer.troop_summary(ARTICLE_TROOPS, 2200).startswith("2,200 troops in all (the article says 2,200)")
    assert "California" in explorer.troop_summary(ARTICLE_TROOPS)
    assert explorer.troop_summary(dict.fromkeys(ARTICLE_TROOPS, 0)).startswith("0 troops in all")


PROFILE_2018 = data.load_sector_profiles().query("fiscal_year == 2018").set_index("sector")


def test_agents_by_state_are_ranges_from_the_fy2018_profile_and_lesson_04s_sector_states():
    agents = explorer.agents_by_state()
    assert explorer.AGENTS_YEAR == 2018
    sectors = pd.DataFrame(
        {
            "agents": PROFILE_2018.loc[list(SECTOR_STATES), "agents"].astype(int),
            "state": pd.Series(SECTOR_STATES).str.split(", "),
        }
    )
    touching = sectors.explode("state").groupby("state")["agents"].sum()
    wholly = sectors[sectors["state"].str.len() == 1].explode("state").groupby("state")["agents"].sum()
    for state in facts.STATES:
        assert agents.loc[state, "agents_at_most"] == touching[state]
        assert agents.loc[state, "agents_at_least"] == wholly.get(state, 0)
        assert agents.loc[state, "agents_at_least"] <= agents.loc[state, "agents_at_most"]
    assert agents.loc["New Mexico", "agents_at_least"] == 0, "no sector lies wholly in New Mexico"
    assert (
        agents.loc["Texas", "agents_at_most"] - agents.loc["Texas", "agents_at_least"]
        == PROFILE_2018.loc["el_paso", "agents"]
    )
    assert (
        agents.loc["California", "agents_at_most"] - agents.loc["California", "agents_at_least"]
        == PROFILE_2018.loc["yuma", "agents"]
    )


def test_the_southwest_total_includes_the_special_operations_group():
    total = explorer.southwest_agents()
    assert total == PROFILE_2018.loc["southwest_border_total", "agents"] == 16_608
    assert explorer.sector_agents() == PROFILE_2018.loc[list(facts.SECTORS), "agents"].sum() < total


def test_troop_table_puts_the_agents_beside_the_troops_by_state():
    table = explorer.troop_table(ARTICLE_TROOPS).set_index("state")
    agents = explorer.agents_by_state()
    for state in ARTICLE_TROOPS:
        assert table.loc[state, "agents_at_least"] == agents.loc[state, "agents_at_least"]
        assert table.loc[state, "agents_at_most"] == agents.loc[state, "agents_at_most"]
    shown = explorer.readable(explorer.troop_table(ARTICLE_TROOPS)).set_index("state")
    assert shown.loc["Texas", "troops"] == f"{ARTICLE_TROOPS['Texas']:,}" == "1,145"
    assert shown.loc["Texas", "agents_at_most"] == f"{agents.loc['Texas', 'agents_at_most']:,}"


def test_troop_context_gives_the_troops_as_a_share_of_the_agents_and_says_they_do_different_work():
    context = explorer.troop_context(ARTICLE_TROOPS)
    total, agents = sum(ARTICLE_TROOPS.values()), PROFILE_2018.loc["southwest_border_total", "agents"]
    assert f"{agents:,} agents were on board at the southwest border on 30 September 2018" in context
    assert f"{total:,} troops: {total / agents * 100:.1f}% as many as the agents" in context
    assert "2,200 troops: 13.2% as many" in context
    assert explorer.headline_troops() == 800
    assert f"headline 800 troops: {800 / agents * 100:.1f}% as many" in context
    assert "Special Operations Group" in context and "not a sector" in context
    assert "New Mexico" in context and "range" in context and "at least" in context and "at most" in context
    assert "different work" in context
    article = " ".join(load_article().text.split())
    assert explorer.TROOPS_DO in article and explorer.AGENTS_DO in article, "the article's own words"
    assert "0 troops: 0.0% as many" in explorer.troop_context(dict.fromkeys(ARTICLE_TROOPS, 0))


# --------------------------------------------------------------------------- the widgets, driven by setting values


def test_the_claim_checker_answers_picked_and_typed_claims():
    box = explorer.claim_checker()
    assert "understands three forms" in plain(box.answer.value)
    assert set(explorer.EXAMPLE_CLAIMS) <= set(box.claim.options)
    box.claim.value = "FY2011 was the lowest since 1970"
    assert "lowest since FY1972" in plain(box.answer.value)
    box.series.value = "Nationwide"
    assert "lowest since FY1971" in plain(box.answer.value)
    box.claim.value = "300,000 people crossed in 2018"
    box.series.value = "Southwest border"
    box.answer.value = ""
    box.check.click()
    assert "396,579" in plain(box.answer.value)


def test_the_claim_checker_escapes_what_is_typed():
    box = explorer.claim_checker(claim="<script>alert(1)</script>")
    assert "<script>" not in box.answer.value and "&lt;script&gt;" in box.answer.value


def test_the_troop_calculator_starts_from_the_article_and_follows_the_sliders():
    box = explorer.troop_calculator()
    assert {state: slider.value for state, slider in box.sliders.items()} == ARTICLE_TROOPS
    assert f"the article says {stated_total():,}" in plain(box.summary.value)
    box.sliders["California"].value = 0
    shown = plain(box.table.value)
    assert "California 0 0.0" in shown
    total = sum(ARTICLE_TROOPS.values()) - ARTICLE_TROOPS["California"]
    assert f"{total:,} troops in all" in plain(box.summary.value)
    assert f"Arizona {ARTICLE_TROOPS['Arizona']} {ARTICLE_TROOPS['Arizona'] / total * 100:.1f}" in shown
    assert "Most troops per 100 miles of border: Arizona" in plain(box.summary.value)
    agents = explorer.southwest_agents()
    assert f"{total:,} troops: {total / agents * 100:.1f}% as many as the agents" in plain(box.agents.value)
    assert f"Texas {ARTICLE_TROOPS['Texas']:,}" in shown, "thousands separators in the table"
    state_agents = explorer.agents_by_state().loc["Texas"]
    assert f"{state_agents['agents_at_least']:,} {state_agents['agents_at_most']:,}" in shown, "agents beside troops"
    assert box.agents in box.children


def test_the_troop_calculator_takes_other_start_values():
    box = explorer.troop_calculator({"Texas": 100, "Arizona": 100})
    assert list(box.sliders) == ["Texas", "Arizona"]
    assert "50.0" in plain(box.table.value)
    assert isinstance(explorer.troop_table({"Texas": 100}), pd.DataFrame)


def test_the_claim_answer_and_the_troop_context_are_told_apart_on_the_page():
    """The browser test finds the claim checker's answer by its class: the troop calculator must not share it."""
    box = explorer.troop_calculator()
    assert "border-figures-troop-context" in box.agents.value
    assert "border-figures-claim" not in box.agents.value
