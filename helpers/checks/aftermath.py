"""Self-checks for notebook 08 (what happened next: the story's figures after 25 October 2018).

Every right answer is computed here from the course's datasets (``story_figures_after_2018.csv``,
``apprehensions_by_fiscal_year.csv``), never typed in. The common wrong answers this lesson is
about each get their own hint: an announced, forecast or suggested number taken for a deployed
one, a peak stated weeks later taken for a count on the day, a ratio turned upside down, and an
encounters year (Title 42 expulsions included) compared with apprehension years.

``highest_since`` is the mirror of lesson 03's ``lowest_since``: the most recent earlier year with
a *strictly* higher count.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.article import extract_figures, load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, as_whole, hint, not_a_number, right, try_call, unanswered
from helpers.data import load_apprehensions, load_encounters_by_title, load_story_figures

__all__ = [
    "check_story_troops",
    "check_highest_since",
    "check_peak_deployed",
    "check_caravan_ratio",
    "check_fy2024_since",
    "check_context_sentence",
]

#: The article ran on 25 October 2018 (seeds/README.md): the notebook's ``article_day``.
ARTICLE_DAY = "2018-10-25"
#: The year after the story (exercise 3's worked example) and the first year comparable again.
YEAR_AFTER, COMPARABLE_AGAIN = 2019, 2024
#: Exercise 2: the day two estimates of the caravan were made by two interested parties.
SAME_DAY = "2018-10-24"
ORGANIZERS, MEXICO = "organizers", "Mexican authorities"


def _yearly():
    return load_apprehensions().set_index("fiscal_year")


def apprehension_years():
    """Southwest border apprehensions (not the FY2020-FY2023 encounters), every year with a figure."""
    yearly = _yearly()
    return yearly.loc[yearly["measure"] == "apprehensions", "southwest_border"].dropna()


def highest_since(counts, year):
    """The most recent year before ``year`` with a strictly higher count (None if there is none)."""
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.index.max()) if len(higher) else None


# --------------------------------------------------------------------------- type-along: the troop rows


def check_story_troops(troops: object) -> Feedback:
    """Type-along: ``troops``, the rows of the story table about active-duty troops (every kind of figure)."""
    if unanswered(troops):
        return hint(NOT_ANSWERED)
    if not isinstance(troops, pd.DataFrame):
        return hint(
            f"`troops` should be a table (a DataFrame), but it is a {type(troops).__name__}. Filter the "
            "rows of `story` with a boolean condition and keep the whole rows."
        )
    story = load_story_figures()
    expected = story[story["subject"] == "active-duty troops"]
    if "subject" not in troops.columns:
        return hint("Keep all the columns for now (filter rows only); the next cell picks the columns to show.")
    subjects = set(troops["subject"])
    if subjects - {"active-duty troops"}:
        return hint(
            f"Your table still holds rows about {', '.join(sorted(subjects - {'active-duty troops'}))}. "
            'Keep only the rows whose `subject` is "active-duty troops".'
        )
    if "counts" in troops.columns and len(troops) < len(expected):
        kept = sorted(set(troops["counts"]))
        return hint(
            f"Your table keeps {len(troops)} of the {len(expected)} rows about active-duty troops (only: "
            f"{', '.join(kept)}). Keep every kind of figure: the point is to see them side by side."
        )
    if len(troops) != len(expected) or not troops.index.equals(expected.index):
        return hint(
            f"There are {len(expected)} rows about active-duty troops; your table has {len(troops)}. "
            "Filter `story` on `subject` alone, without sorting or dropping rows."
        )
    return right(
        f"{len(expected)} figures about active-duty troops, of {expected['counts'].nunique()} kinds: "
        f"{', '.join(sorted(expected['counts'].unique()))}."
    )


# --------------------------------------------------------------------------- type-along: highest_since


def check_highest_since(function: object) -> Feedback:
    """Type-along: the notebook's ``highest_since(counts, year)``, on the data and on small made-up series."""
    if unanswered(function):
        return hint(NOT_ANSWERED)
    if not callable(function):
        return hint("Pass the function itself, without brackets: `checks.check_highest_since(highest_since)`.")
    swb = apprehension_years()
    for year in (YEAR_AFTER, COMPARABLE_AGAIN, 2010):
        ok, got = try_call(function, swb, year)
        if not ok:
            return hint(
                f"`highest_since(swb, {year})` raised {type(got).__name__}: {got}. Run the cell that "
                "defines the function again, and check each line."
            )
        expected = highest_since(swb, year)
        if as_whole(got) == expected:
            continue
        if isinstance(got, (pd.Series, pd.DataFrame)):
            return hint(
                f"`highest_since(swb, {year})` returned a table. Return one year: the largest label of the "
                "higher years' index (`.index.max()`)."
            )
        lower = swb[(swb.index < year) & (swb < swb[year])]
        if len(lower) and as_whole(got) == int(lower.index.max()):
            return hint(
                f"For FY{year} your function returned FY{got}, a year with a *lower* count: that is "
                "`lowest_since`. Turn the comparison round: keep the years with a higher count (`>`)."
            )
        earlier = swb[(swb.index < year) & (swb > swb[year])]
        if len(earlier) and as_whole(got) == int(earlier.idxmax()):
            return hint(
                f"For FY{year} your function returned FY{got}, the highest of all the earlier years. "
                '"Highest since" wants the most *recent* higher year: the largest year label.'
            )
        if expected is not None and as_whole(got) == year - expected:
            return hint(
                "Your function returned a number of years. Return the year itself; the notebook subtracts afterwards."
            )
        return hint(
            f"`highest_since(swb, {year})` should be FY{expected}, your function gave {got!r}. Keep the "
            "years that are both earlier and higher, then take the latest of them."
        )
    tie = pd.Series([3, 5, 4, 5], index=[2000, 2001, 2002, 2003])
    ok, got = try_call(function, tie, 2003)
    if ok and as_whole(got) == 2001:
        return hint(
            "With counts 3, 5, 4, 5 your function says the last year was the highest since the second "
            "year, whose count is the *same*. Use strictly higher: `>`, not `>=`."
        )
    first = pd.Series([5, 3, 4], index=[2000, 2001, 2002])
    ok, got = try_call(function, first, 2000)
    if not ok:
        return hint(
            f"When no earlier year is higher, your function raised {type(got).__name__}. Return `None` "
            "when there are no higher years (`if len(higher) ...`)."
        )
    if got is not None:
        return hint(f"When no earlier year is higher your function returned {got!r}. Return `None` then.")
    return right(
        "Your `highest_since` gives the course's answer for every year tried: the most recent earlier "
        "year with a strictly higher count, or None when there is none."
    )


# --------------------------------------------------------------------------- exercise 1: announced is not deployed


def _troops():
    story = load_story_figures()
    return story[story["subject"] == "active-duty troops"]


def peak_deployed() -> int:
    """The largest count of active-duty troops reported as deployed on the day it was counted."""
    troops = _troops()
    return int(troops.loc[troops["counts"] == "deployed", "figure"].max())


def check_peak_deployed(answer: object) -> Feedback:
    """Exercise 1: the largest number of active-duty troops any source counted as deployed on its day."""
    problem = not_a_number(answer)
    if problem:
        return problem
    expected = peak_deployed()
    value = float(answer)
    if value == expected:
        return right(
            f"{expected:,} active-duty troops: the largest number counted as *deployed* on the day it "
            "was counted. Every larger figure in the table was announced, suggested, forecast or "
            "stated afterwards as a peak."
        )
    troops = _troops()
    kinds = troops.groupby("counts")["figure"].apply(lambda figures: {float(f) for f in figures})
    for kind, figures in kinds.items():
        if value in figures:
            if kind == "peak deployed":
                return hint(
                    "That figure was stated weeks later as the deployment's *peak* (`counts` is \"peak "
                    'deployed"), and two sources give two different peaks. Take the rows whose `counts` '
                    'is exactly "deployed": counts made on the day.'
                )
            if kind == "deployed":
                return hint(
                    "That was counted as deployed, but on another day a larger number was. Take the "
                    'largest `figure` of the "deployed" rows (`.max()`).'
                )
            return hint(
                f"That figure is *{kind}*, not deployed: a plan, a forecast or a number floated is not "
                'troops at the border. Keep the rows whose `counts` is "deployed".'
            )
    story = load_story_figures()
    if value in {float(f) for f in story.loc[story["subject"] == "National Guard", "figure"]}:
        return hint(
            "That is a National Guard figure. The question is about *active-duty* troops: filter on `subject` first."
        )
    return hint(
        'That figure is not in the active-duty troop rows. Filter `troops` to `counts == "deployed"` '
        "and take the largest `figure`."
    )


# --------------------------------------------------------------------------- exercise 2: interested parties


def caravan_same_day():
    story = load_story_figures()
    day = story[(story["subject"] == "caravan") & (story["date"] == SAME_DAY)]
    return day.set_index("who_type")["figure"]


def check_caravan_ratio(answer: object) -> Feedback:
    """Exercise 2: how many times the Mexican government's estimate the organizers' was, on the same day."""
    problem = not_a_number(answer)
    if problem:
        return problem
    day = caravan_same_day()
    organizers, mexico = float(day[ORGANIZERS]), float(day[MEXICO])
    expected = organizers / mexico
    value = float(answer)
    if abs(value - expected) <= 0.05:
        return right(
            f"{expected:.2f} times: on the same day the organizers counted {organizers:,.0f} people and "
            f"the Mexican government {mexico:,.0f}. Neither was neutral: say who made each estimate."
        )
    if abs(value - mexico / organizers) <= 0.01:
        return hint(
            "That is the Mexican estimate divided by the organizers': the ratio upside down. Divide the "
            "organizers' figure by the Mexican government's."
        )
    if abs(value - (organizers - mexico)) < 1:
        return hint("That is the difference, in people. The question asks *how many times*: divide instead.")
    if abs(value - expected * 100) <= 5 or abs(value - (expected - 1) * 100) <= 5:
        return hint("That looks like a percentage. Give the ratio itself (a number such as 1.5), not a %.")
    story = load_story_figures()
    caravan = story[story["subject"] == "caravan"]
    others = {float(f) for f in caravan["figure"]}
    if any(abs(value - organizers / other) <= 0.05 or abs(value - other / mexico) <= 0.05 for other in others):
        return hint(
            f"One of your two estimates is from another day or another source. Keep the rows dated "
            f"{SAME_DAY} and compare the organizers' estimate with the Mexican government's."
        )
    return hint(
        f"Keep the caravan rows dated {SAME_DAY}, pick the organizers' and the Mexican government's "
        "figures (`who_type`), and divide the first by the second."
    )


# --------------------------------------------------------------------------- exercise 3: the break


def check_fy2024_since(answer: object) -> Feedback:
    """Exercise 3: FY2024 (Title 8 only) was the highest apprehension year since which fiscal year?"""
    problem = not_a_number(answer)
    if problem:
        return problem
    swb = apprehension_years()
    expected = highest_since(swb, COMPARABLE_AGAIN)
    value = float(answer)
    if value == expected:
        return right(
            f"FY{COMPARABLE_AGAIN} had the most southwest border apprehensions since FY{expected}, "
            f"comparing apprehensions with apprehensions: {COMPARABLE_AGAIN - expected} years."
        )
    yearly = _yearly()
    encounters = yearly.index[yearly["measure"] == "encounters"]
    if value in encounters:
        return hint(
            f"FY{value:.0f} counts *encounters*, Title 42 expulsions included: not comparable with a "
            "Title 8 year. Compare FY2024 with the apprehension years only (`measure`)."
        )
    if expected is not None and value == COMPARABLE_AGAIN - expected:
        return hint("That is a number of years. Give the fiscal year itself.")
    if value.is_integer() and int(value) in swb.index:
        year = int(value)
        if year > COMPARABLE_AGAIN:
            return hint("Look back in time: only years before FY2024 count.")
        if swb[year] <= swb[COMPARABLE_AGAIN]:
            return hint(
                f"FY{year} had fewer apprehensions ({swb[year]:,}) than FY{COMPARABLE_AGAIN}. Keep only "
                "the earlier years with *more*."
            )
        return hint(
            f"FY{year} had more apprehensions, but it is not the most recent such year. Use your `highest_since`."
        )
    return hint(
        "Use your `highest_since` on the apprehension years (the FY2020-FY2023 encounters left out), "
        "with FY2024 included."
    )


# --------------------------------------------------------------------------- exercise 4: one more sentence


_YEAR = re.compile(r"(?<![\d,.])(?:FY\s?)?((?:19|20)\d\d)(?!\d|,\d)", re.I)


def context_evidence() -> dict[str, float]:
    """Every figure a sentence of context about what happened next can state, computed from the data.

    The story table's figures (each labelled with its date and source), the article's own figures,
    southwest border counts for FY2017-FY2024 with their "highest since" spans, the Title 42 shares,
    and ratios and % changes between those years.
    """
    story = load_story_figures()
    evidence: dict[str, float] = {}
    for row in story.itertuples():
        evidence[f"{row.subject}, {row.counts}, {row.date:%Y-%m-%d}, {row.who_said_it}"] = float(row.figure)
        evidence[f"the day of the month of {row.date:%d %B %Y}"] = float(row.date.day)  # "by 21 December"
        days = abs((row.date - pd.Timestamp(ARTICLE_DAY)).days)  # "the Pentagon's figures of 55 days earlier"
        evidence[f"days between {row.date:%d %B %Y} and the article"] = float(days)
    for row in extract_figures(load_article().text).itertuples():
        if row.kind not in ("year", "date"):
            evidence[f"the article's {row.text!r}"] = float(row.value)
    yearly = _yearly()["southwest_border"].dropna()
    apprehensions = apprehension_years()
    years = [y for y in yearly.index if y >= 2017]
    measure = _yearly()["measure"]
    for year in years:
        evidence[f"FY{year} southwest border ({measure[year]})"] = float(yearly[year])
        if year in apprehensions.index:
            since = highest_since(apprehensions, year)
            if since is not None:
                evidence[f"FY{year}: highest since FY{since}, {year - since} years"] = float(year - since)
    for first in years:
        for second in years:
            if first != second:
                ratio = float(yearly[first]) / float(yearly[second])
                evidence[f"FY{first} / FY{second}"] = ratio
                evidence[f"FY{first} vs FY{second}, % change"] = abs(ratio - 1) * 100

    titles = load_encounters_by_title().dropna()
    for row in titles.itertuples():
        evidence[f"FY{row.fiscal_year} Title 8 apprehensions"] = float(row.title_8_apprehensions)
        evidence[f"FY{row.fiscal_year} Title 42 expulsions"] = float(row.title_42_expulsions)
        evidence[f"FY{row.fiscal_year} Title 42 share %"] = (
            100 * float(row.title_42_expulsions) / float(row.total_encounters)
        )
    return evidence


def check_context_sentence(sentence: object) -> Feedback:
    """Exercise 4 (open-ended): one sentence of context for a rewrite, each number matching the data."""
    why = r"\b(because|since|as|after|when|while|but|although|later|then|by)\b"
    if isinstance(sentence, str) and sentence.strip() not in {"", "..."} and not re.search(why, sentence, re.I):
        return hint(
            'Your sentence gives numbers but not the *why*: say what changed, or when ("later", '
            '"by December", "because ...").'
        )
    return feedback.check_numbers_in_sentence(
        sentence, context_evidence() if isinstance(sentence, str) else {}, what="the story table and the crossing data"
    )
