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
from dataclasses import dataclass, replace

import pandas as pd

from helpers import facts
from helpers.article import extract_figures, load_article
from helpers.checks import kit
from helpers.checks.feedback import Feedback, hint, not_a_number, right, unanswered
from helpers.checks.kit import Fact, expect_number, expect_series, expect_table, same_values, show
from helpers.checks.kit import listing as kit_listing
from helpers.data import load_apprehensions, load_encounters_by_title, load_story_figures
from helpers.story import YEAR, highest_since

__all__ = [
    "check_story_troops",
    "check_caravan_rows",
    "check_known_on_the_day",
    "check_story_yearly",
    "check_highest_since",
    "check_apprehension_series",
    "check_since_2019",
    "check_title_42_share",
    "check_next_chart_frame",
    "check_next_chart",
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


def comparable_years():
    """The apprehension years with, for the Title 42 years, their Title 8 part (the chart's solid line and dots):
    the counts that compare across the break (FY2021 has no split, so no figure)."""
    title_8 = load_encounters_by_title().set_index("fiscal_year")["title_8_apprehensions"].dropna()
    return title_8.combine_first(apprehension_years())


def headline_since() -> tuple[int, int]:
    """The chart's headline, from the numbers: the comparable year with the most arrests after the article, and
    the year it was the most since (the notebook's ``peak`` and ``since_peak``)."""
    comparable = comparable_years()
    peak = int(comparable.loc[YEAR_AFTER:].idxmax())
    return peak, highest_since(comparable, peak)


# --------------------------------------------------------------------------- type-along: the troop rows


def check_story_troops(troops: object) -> Feedback:
    """Type-along: ``troops``, the rows of the story table about active-duty troops (every kind of figure).

    Judged by value (kit.expect_table): row labels (``reset_index``) and column order do not matter, and
    a table that keeps only the columns the next cell shows is accepted too.
    """
    opening = kit.expect_kind(troops, "table", name="troops", what="the story rows about active-duty troops")
    if opening:
        tip = " Filter the rows of `story` with a boolean condition and keep the whole rows."
        return opening if unanswered(troops) else hint(opening.message + tip)
    story = load_story_figures()
    expected = story[story["subject"] == "active-duty troops"]
    if "subject" in troops.columns and set(troops["subject"]) - {"active-duty troops"}:
        others = sorted(set(troops["subject"]) - {"active-duty troops"})
        return hint(
            f"Your table still holds rows about {kit_listing(others)}. "
            'Keep only the rows whose `subject` is "active-duty troops".'
        )
    if (
        "counts" in troops.columns
        and 0 < len(troops) < len(expected)
        and set(troops["counts"]) < set(expected["counts"])
    ):
        kept = sorted(set(troops["counts"]))
        return hint(
            f"Your table keeps {len(troops)} of the {len(expected)} rows about active-duty troops (only "
            f"{kit_listing(kept)}). Keep every kind of figure: the point is to see them side by side."
        )
    shown = [c for c in ("date", "figure", "counts", "who_said_it") if c in expected.columns]
    judged = expect_table(troops, expected, name="troops", what="the rows about active-duty troops", columns=shown)
    if not judged.ok:
        return judged
    return right(
        f"{len(expected)} figures about active-duty troops, of {expected['counts'].nunique()} kinds: "
        f"{', '.join(sorted(expected['counts'].unique()))}."
    )


# --------------------------------------------------------------------------- type-along: highest_since


def check_highest_since(function: object) -> Feedback:
    """Type-along: the notebook's ``highest_since(counts, year)``, on the data and on small made-up series.

    Judged by the kit's ``expect_since``, on years whose answers the lesson does not ask for, and on
    ``year_after`` and FY2024, whose answers a hint never shows (``since_2019`` and exercise 3 ask for them).
    """
    return kit.expect_since(
        function,
        name="highest_since",
        compare="highest",
        counts=apprehension_years(),
        years=(2016, 2010, YEAR_AFTER, COMPARABLE_AGAIN),
        data="swb",
        hidden=(YEAR_AFTER, COMPARABLE_AGAIN),
    )


# --------------------------------------------------------------------------- exercise 1: announced is not deployed


def _troops():
    story = load_story_figures()
    return story[story["subject"] == "active-duty troops"]


def peak_deployed() -> int:
    """The largest count of active-duty troops reported as deployed on the day it was counted."""
    troops = _troops()
    return int(troops.loc[troops["counts"] == "deployed", "figure"].max())


def _number_opening(answer: object) -> Feedback | None:
    """Text that reads as a number gets the course's one policy (``not_a_number``: which quotes, commas or FY
    to drop); every other answer goes to the kit."""
    return not_a_number(answer) if isinstance(answer, str) else None


def check_peak_deployed(answer: object) -> Feedback:
    """Exercise 1: the largest number of active-duty troops any source counted as deployed on its day."""
    opening = _number_opening(answer)
    if opening:
        return opening
    expected = peak_deployed()
    troops = _troops()
    kinds = troops.groupby("counts")["figure"].apply(lambda figures: {float(f) for f in figures})
    story = load_story_figures()
    guard = {float(f) for f in story.loc[story["subject"] == "National Guard", "figure"]}
    mistakes = {}
    for kind, figures in kinds.items():
        if kind == "peak deployed":
            message = (
                "That figure was stated weeks later as the deployment's *peak* (`counts` is \"peak "
                'deployed"), and two sources give two different peaks. Take the rows whose `counts` '
                'is exactly "deployed": counts made on the day.'
            )
        elif kind == "deployed":
            message = (
                "That was counted as deployed, but on another day a larger number was. Take the "
                'largest `figure` of the "deployed" rows (`.max()`).'
            )
        else:
            message = (
                f"That figure is *{kind}*, not deployed: a plan, a forecast or a number floated is not "
                'troops at the border. Keep the rows whose `counts` is "deployed".'
            )
        mistakes[message] = lambda a, figures=figures: float(a) in figures
    mistakes[
        "That is a National Guard figure. The question is about *active-duty* troops: filter on `subject` first."
    ] = lambda a: float(a) in guard
    mistakes[
        'That figure is not in the active-duty troop rows. Filter `troops` to `counts == "deployed"` '
        "and take the largest `figure`."
    ] = lambda a: True
    return kit.expect_number(
        answer,
        expected,
        name="answer",
        what="the largest number of active-duty troops counted as deployed on the day",
        mistakes=mistakes,
        success=f"{expected:,} active-duty troops: the largest number counted as *deployed* on the day it "
        "was counted. Every larger figure in the table was announced, suggested, forecast or "
        "stated afterwards as a peak.",
    )


# --------------------------------------------------------------------------- exercise 2: interested parties


def caravan_same_day():
    story = load_story_figures()
    day = story[(story["subject"] == "caravan") & (story["date"] == SAME_DAY)]
    return day.set_index("who_type")["figure"]


def check_caravan_ratio(answer: object) -> Feedback:
    """Exercise 2: how many times the organizers' estimate was the Mexican government's, on the same day."""
    opening = _number_opening(answer)
    if opening:
        return opening
    day = caravan_same_day()
    organizers, mexico = float(day[ORGANIZERS]), float(day[MEXICO])
    expected = organizers / mexico
    story = load_story_figures()
    others = {float(f) for f in story.loc[story["subject"] == "caravan", "figure"]}
    return kit.expect_number(
        answer,
        expected,
        name="answer",
        what="the organizers' estimate divided by the Mexican government's, on the same day",
        tolerance=0.05,
        mistakes={
            "That is the Mexican government's estimate divided by the organizers'. The question asks how "
            "many times the organizers' estimate was the Mexican government's: divide the organizers' figure by "
            "the Mexican government's (the organizers' figure first).": mexico / organizers,
            "That is the difference, in people. The question asks *how many times*: divide instead.": lambda a: (
                abs(float(a) - (organizers - mexico)) < 1
            ),
            "That looks like a percentage. Give the ratio itself (a number such as 1.5), not a %.": lambda a: (
                abs(float(a) - expected * 100) <= 5 or abs(float(a) - (expected - 1) * 100) <= 5
            ),
            f"One of your two estimates is from another day or another source. Keep the rows dated "
            f"{SAME_DAY} and compare the organizers' estimate with the Mexican government's.": lambda a: any(
                abs(float(a) - organizers / other) <= 0.05 or abs(float(a) - other / mexico) <= 0.05 for other in others
            ),
            f"Keep the caravan rows dated {SAME_DAY}, pick the organizers' and the Mexican government's "
            "figures (`who_type`), and divide the first by the second.": lambda a: True,
        },
        success=f"{expected:.2f} times: on the same day the organizers counted {organizers:,.0f} people and "
        f"the Mexican government {mexico:,.0f}. Neither was neutral: say who made each estimate.",
    )


# --------------------------------------------------------------------------- exercise 3: the break


def check_fy2024_since(answer: object) -> Feedback:
    """Exercise 3: FY2024 (Title 8 only) was the highest apprehension year since which fiscal year?"""
    opening = _number_opening(answer)
    if opening:
        return opening
    swb = apprehension_years()
    expected = highest_since(swb, COMPARABLE_AGAIN)
    yearly = _yearly()
    encounters = set(yearly.index[yearly["measure"] == "encounters"])

    def year_of(value) -> int | None:
        return int(value) if float(value).is_integer() else None

    return kit.expect_number(
        answer,
        expected,
        name="answer",
        what=f"the most recent year before FY{COMPARABLE_AGAIN} with more southwest border apprehensions",
        mistakes={
            "That year counts *encounters*, Title 42 expulsions included: not comparable with a Title 8 year. "
            f"Compare FY{COMPARABLE_AGAIN} with the apprehension years only (`measure`).": lambda a: (
                year_of(a) in encounters
            ),
            "That is a number of years. Give the fiscal year itself.": COMPARABLE_AGAIN - expected,
            f"That is FY{COMPARABLE_AGAIN} itself. The question asks for an *earlier* year: the most recent one "
            f"with more apprehensions than FY{COMPARABLE_AGAIN}.": COMPARABLE_AGAIN,
            f"Look back in time: only years before FY{COMPARABLE_AGAIN} count.": lambda a: (
                year_of(a) in swb.index and year_of(a) > COMPARABLE_AGAIN
            ),
            f"That year had fewer apprehensions than FY{COMPARABLE_AGAIN} ({swb[COMPARABLE_AGAIN]:,}). Keep only "
            "the earlier years with *more*.": lambda a: (
                year_of(a) in swb.index and swb[year_of(a)] <= swb[COMPARABLE_AGAIN]
            ),
            "That year had more apprehensions, but it is not the most recent such year. Use your "
            "`highest_since`.": lambda a: year_of(a) in swb.index,
            "Use your `highest_since` on the apprehension years (the FY2020-FY2023 encounters left out), "
            f"with FY{COMPARABLE_AGAIN} included.": lambda a: True,
        },
        success=f"FY{COMPARABLE_AGAIN} had the most southwest border apprehensions since FY{expected}, "
        f"comparing apprehensions with apprehensions: {COMPARABLE_AGAIN - expected} years.",
    )


# --------------------------------------------------------------------------- exercise 4: one more sentence


# Exercise 4's check is built on the kit's ``expect_finding``: each number must be a Fact of the story table or
# the crossing data, stated with its subject. Before the kit's judgement, the check reads each number's own
# clause, because a sentence can name the right party, month or year for the wrong number: whose estimate,
# which month's count, which fiscal year, which way round a ratio goes, and what kind of troop figure it is.

#: Who said it, in the words a sentence uses; one entry per kind of party (``who_type``, or a news outlet).
PARTY_WORDS = {
    "organizers": ("organizers", "organisers", "organizer", "Pueblo Sin Fronteras", "march's"),
    "Mexican authorities": (
        "Mexican government",
        "Mexican authorities",
        "Mexican officials",
        "Mexico's government",
        "government of Mexico",
        "Mexican",
        "Baja California",
        "Tijuana municipal",
    ),
    "UN agency": ("UN", "U.N.", "United Nations"),
    "aid agency": ("Red Cross", "IFRC", "Red Crescent", "aid agency"),
    "US military": (
        "Pentagon",
        "Northern Command",
        "NORTHCOM",
        "Defense",
        "DoD",
        "military",
        "O'Shaughnessy",
        "Manning",
        "Davis",
    ),
    "US president": ("president", "Trump"),
    "the article": ("article", "report", "story"),
    "Associated Press": ("Associated Press", "AP"),
    "NPR": ("NPR",),
    "New York Daily News": ("Daily News",),
    "Stars and Stripes": ("Stars and Stripes",),
    "USA Today / Arizona Republic": ("USA Today", "Arizona Republic"),
    "Arizona Republic": ("Arizona Republic",),
    "San Diego Union-Tribune": ("Union-Tribune",),
}
TOPIC_WORDS = {
    "active-duty troops": (
        "troops",
        "soldiers",
        "active-duty",
        "active duty",
        "personnel",
        "service members",
        "servicemembers",
        "forces",
    ),
    "National Guard": ("Guard", "guardsmen"),
    "caravan": ("caravan", "migrants", "people", "marchers"),
}
MONTHS = facts.MONTHS
#: Troop counts change from week to week: their month is part of the figure.
DATED = {"deployed"}
HEDGES = re.compile(
    r"\b(?:not|never|would|will|could|might|may|to be|expected|expect\w*|planned|plans?|suggested|suggest\w*|"
    r"announced|announc\w*|forecast\w*|anticipat\w*|up to|promised|ordered|order|authori[sz]ed|said he)\b",
    re.I,
)
AT_THE_BORDER = re.compile(
    r"\b(?:deployed|sent|arrived|stationed|on the ground|at the border|on the border|serving|in place|were there)\b",
    re.I,
)
APPREHENSION_WORDS = ("apprehensions", "apprehension", "apprehended", "arrests", "arrested")
ENCOUNTER_WORDS = ("encounters", "encounter", "encountered")
HIGHEST_SINCE = re.compile(
    r"\b(?:highest|most|largest|biggest|greatest|record)\b[^.;]*?\bsince\s+(?:FY\s?|fiscal year\s+|fiscal\s+)?((?:19|20)\d\d)",
    re.I,
)
_FY = YEAR  # the course's one year pattern (helpers.story)
_CLAUSE_BREAK = re.compile(
    r";|:|,\s|\s\u2014\s|\s-\s|\s(?:and|but|while|whereas|against|versus|vs\.?|compared with|than|then)\s"
    r"|(?<!\bup)\s(?=(?:to|from)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?\d)",
    re.I,
)


@dataclass(frozen=True)
class Claim:
    """A kit :class:`Fact` and what must stand next to its number: ``party`` (``who_type`` key of PARTY_WORDS),
    ``month``, ``year`` (a fiscal year), ``measure`` ("apprehensions" or "encounters"), and for a ratio
    ``over`` (the party or year that goes after "times")."""

    fact: Fact
    kind: str  # "count", "ratio", "percent", "days", "weeks", "years"
    topic: str | None = None
    party: str | None = None
    month: str | None = None
    year: int | None = None
    measure: str | None = None
    over: object = None


def _words(sentence: str, words) -> list[tuple[int, int]]:
    """Where any of ``words`` stands in ``sentence``: (start, end) pairs."""
    spots = []
    for word in words:
        for found in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w])", sentence, re.I if word != "AP" else 0):
            spots.append((found.start(), found.end()))
    return spots


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence) + 1]
    left = max(b for b in breaks if b <= start)
    right_end = min((m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= end), default=len(sentence))
    return left, right_end


def _nearest(sentence: str, start: int, end: int, vocabulary: dict, *, side: str | None = None):
    """The key of ``vocabulary`` whose words stand nearest the number at start:end: in its clause if any does,
    else anywhere in the sentence; ``side`` "before" or "after" looks on one side only."""
    left, right_end = _clause(sentence, start, end)
    spots = []
    for key, words in vocabulary.items():
        for a, b in _words(sentence, words):
            if (side == "before" and b > start) or (side == "after" and a < end):
                continue
            distance = start - b if b <= start else a - end
            spots.append((not (left <= a and b <= right_end), distance, key))
    return min(spots)[2] if spots else None


def _clean(text: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", str(text)).strip()


def _party_of(row) -> str:
    for outlet in ("Associated Press", "NPR", "New York Daily News", "Stars and Stripes", "San Diego Union-Tribune"):
        if outlet in row.who_said_it or (row.who_type == "news organization" and outlet in row.source_name):
            return outlet
    if row.who_type == "news organization":
        return "USA Today / Arizona Republic"
    return row.who_type


def context_claims() -> list[Claim]:
    """Every figure a sentence of context can state, from the course's files: the story table's figures (each
    with who gave it, its kind and, for troop counts, its month), the caravan ratio of 24 October, the crossing
    counts with their measure, the Title 8 / Title 42 split, ratios of comparable years, and figures' ages."""
    claims: list[Claim] = []
    story = load_story_figures()
    day = pd.Timestamp(ARTICLE_DAY)
    for row in story[story["subject"] != "southwest border crossings"].itertuples():
        party = _party_of(row)
        label = f"{_clean(row.who_said_it)}'s {row.counts} figure of {row.date:%-d %B %Y} ({_clean(row.unit)})"
        peak = row.counts == "peak deployed"
        about = [TOPIC_WORDS[row.subject]]
        if peak:
            about.append(("peak", "at its height", "at most", "highest", "largest"))
        else:
            about.append(PARTY_WORDS[party])
        month = f"{row.date:%B}" if row.counts in DATED and row.subject == "active-duty troops" else None
        if month:
            about.append((month, month[:3] + "."))
        status = row.counts if row.counts in {"expected", "announced", "suggested", "forecast", "authorized"} else None
        claims.append(
            Claim(
                Fact(label, float(row.figure), tuple(about), status),
                "count",
                row.subject,
                None if peak else party,
                month,
            )
        )
        days = (day - row.date).days
        if days:
            when = "before" if days > 0 else "after"
            claims.append(
                Claim(Fact(f"the days between {label} and the article ({when})", abs(days), (("days",),)), "days")
            )
            claims.append(
                Claim(Fact(f"the weeks between {label} and the article", abs(days) / 7, (("weeks",),)), "weeks")
            )
    same_day = caravan_same_day()
    for top, bottom in ((ORGANIZERS, MEXICO), (MEXICO, ORGANIZERS)):
        names = {ORGANIZERS: "the organizers'", MEXICO: "the Mexican government's"}
        claims.append(
            Claim(
                Fact(
                    f"{names[top]} estimate of 24 October 2018 divided by {names[bottom]}",
                    float(same_day[top] / same_day[bottom]),
                    (PARTY_WORDS[top], PARTY_WORDS[bottom]),
                ),
                "ratio",
                "caravan",
                top,
                over=bottom,
            )
        )

    yearly = _yearly()
    swb = apprehension_years()
    counts = yearly["southwest_border"].dropna()
    for year in counts.index[counts.index >= 2000]:
        measure = yearly.loc[year, "measure"]
        words = APPREHENSION_WORDS if measure == "apprehensions" else ENCOUNTER_WORDS
        claims.append(
            Claim(
                Fact(f"FY{year}'s southwest border {measure}", float(counts[year]), ((f"FY{year}", str(year)), words)),
                "count",
                year=int(year),
                measure=measure,
            )
        )
        if year in swb.index and year >= 2017:
            since = highest_since(swb, year)
            if since is not None:
                claims.append(
                    Claim(Fact(f"the years from FY{since} to FY{year}", float(year - since), (("years",),)), "years")
                )
    titles = load_encounters_by_title().set_index("fiscal_year")
    for year, row in titles.dropna().iterrows():
        years = (f"FY{year}", str(year))
        if year != COMPARABLE_AGAIN:
            claims.append(
                Claim(
                    Fact(f"FY{year}'s Title 8 apprehensions", float(row.title_8_apprehensions), (years, ("Title 8",))),
                    "count",
                    year=int(year),
                    measure="title 8",
                )
            )
            claims.append(
                Claim(
                    Fact(
                        f"FY{year}'s Title 42 expulsions",
                        float(row.title_42_expulsions),
                        (years, ("Title 42", "expulsions", "expelled")),
                    ),
                    "count",
                    year=int(year),
                    measure="title 42",
                )
            )
        claims.append(
            Claim(
                Fact(
                    f"FY{year}'s Title 42 share of encounters, in %",
                    100 * float(row.title_42_expulsions) / float(row.total_encounters),
                    (years, ("Title 42", "expulsions", "expelled")),
                ),
                "percent",
                year=int(year),
            )
        )
    comparable = {int(y): float(swb[y]) for y in swb.index if y >= 2017}
    comparable_t8 = {int(y): float(v) for y, v in titles["title_8_apprehensions"].dropna().items()}
    for top, top_value in {**comparable, **comparable_t8}.items():
        for bottom, bottom_value in comparable.items():
            if top == bottom:
                continue
            ratio = top_value / bottom_value
            part = "Title 8 " if top not in comparable else ""
            groups = ((f"FY{top}", str(top)), (f"FY{bottom}", str(bottom))) + ((("Title 8",),) if part else ())
            claims.append(
                Claim(
                    Fact(f"FY{top}'s {part}apprehensions divided by FY{bottom}'s", ratio, groups),
                    "ratio",
                    year=top,
                    over=bottom,
                )
            )
            claims.append(
                Claim(
                    Fact(f"the % change from FY{bottom} to FY{top}", abs(ratio - 1) * 100, groups), "percent", year=top
                )
            )
    for row in extract_figures(load_article().text).itertuples():
        if row.kind not in ("year", "date") and not any(abs(c.fact.value - float(row.value)) < 0.5 for c in claims):
            claims.append(
                Claim(
                    Fact(f"the article's {row.text!r}", float(row.value), (PARTY_WORDS["the article"],)),
                    "percent" if row.kind == "percent" else "count",
                )
            )
    return claims


def _kind_of(sentence: str, text: str, end: int) -> str:
    after = sentence[end : end + 12].lower()
    if text.endswith("%") or after.lstrip().startswith(("percent", "per cent")):
        return "percent"
    for kind in ("times", "days", "weeks", "years"):
        if after.lstrip().startswith(kind[:-1]):
            return "ratio" if kind == "times" else kind
    return "count"


def _problem(claim: Claim, sentence: str, text: str, start: int, end: int) -> str | None:
    """What is wrong with stating ``claim`` at start:end of the sentence (None when it is stated right)."""
    fact = claim.fact
    if fact.status and _words(sentence, TOPIC_WORDS["active-duty troops"]):
        left, right_end = _clause(sentence, start, end)
        clause = sentence[left:right_end]
        if AT_THE_BORDER.search(clause) and not HEDGES.search(clause):
            return (
                f'{text!r} is {fact.label}: those troops were {fact.status}, not deployed. Say so ("{fact.status}"): '
                "announced is not deployed, and the number at the border was smaller, and known only later."
            )
    if claim.measure == "encounters":
        found = _nearest(
            sentence,
            start,
            end,
            {"apprehensions": APPREHENSION_WORDS, "encounters": ENCOUNTER_WORDS, "title 8": ("Title 8",)},
        )
        if found == "apprehensions":
            return (
                f"{text!r} is {fact.label}: FY2020-FY2023 count *encounters*, Title 42 expulsions included, not "
                "apprehensions. Call them encounters, or give the Title 8 apprehensions of that year."
            )
    missing = next((group for group in fact.about if not _words(sentence, group)), None)
    if missing:
        return (
            f"{text!r} is {fact.label}, but your sentence does not say so: it needs "
            f"{' or '.join(repr(w) for w in missing[:3])}. A number is only right with what it counts, who gave it "
            "and when."
        )
    if claim.kind == "ratio":
        parties = PARTY_WORDS if claim.topic == "caravan" else {y: (f"FY{y}", str(y)) for y in range(1990, 2030)}
        before = _nearest(sentence, start, end, parties, side="before")
        after = _nearest(sentence, start, end, parties, side="after")
        if before == claim.over and (after == claim.party or after is None):
            top = {ORGANIZERS: "the organizers' estimate", MEXICO: "the Mexican government's estimate"}.get(
                claim.party, f"FY{claim.year}"
            )
            bottom = {ORGANIZERS: "the organizers'", MEXICO: "the Mexican government's"}.get(
                claim.over, f"FY{claim.over}"
            )
            return (
                f'{text!r} is {fact.label}, but your sentence says it the other way round. Write "{top} was '
                f'{text} times {bottom}" (the first figure divided by the second), or divide the other way.'
            )
        return None
    if claim.party is not None and claim.topic is not None:
        rivals = {
            _party_of(r): PARTY_WORDS[_party_of(r)]
            for r in load_story_figures().itertuples()
            if r.subject == claim.topic
        }
        found = _nearest(sentence, start, end, rivals)
        if found is not None and found != claim.party and not set(PARTY_WORDS[found]) & set(PARTY_WORDS[claim.party]):
            return (
                f"{text!r} is {fact.label}, not a figure of the {found}: say who gave each number, next to it. "
                "Estimates depend on who makes them."
            )
    if claim.month is not None:
        found = _nearest(sentence, start, end, {m: (m, m[:3] + ".") for m in MONTHS})
        if found is not None and found != claim.month:
            return (
                f"{text!r} is {fact.label}: a count of {claim.month}, not of {found}. Troop counts changed from "
                "week to week: give each count with its own date."
            )
    if claim.year is not None and claim.kind == "count":
        found = _nearest(sentence, start, end, {y: (f"FY{y}", str(y)) for y in range(1990, 2030)})
        if found is not None and found != claim.year:
            return f"{text!r} is {fact.label}, not FY{found}'s. Put each count next to its own fiscal year."
    return None


def _highest_since_problem(sentence: str) -> str | None:
    swb = apprehension_years()
    yearly = _yearly()
    for claim in HIGHEST_SINCE.finditer(sentence):
        since = int(claim.group(1))
        years = [(m.start(), int(m.group(1))) for m in _FY.finditer(sentence[: claim.start()])]
        if not years:
            continue
        year = years[-1][1]
        if year in yearly.index and yearly.loc[year, "measure"] == "encounters":
            return (
                f'FY{year} counts encounters (Title 42 expulsions included): a "highest since" about it compares '
                "two measures. Compare apprehension years only."
            )
        if year not in swb.index:
            continue
        right_year = highest_since(swb, year)
        if right_year != since:
            return (
                f"FY{year} was not the highest since FY{since}: ask your `highest_since(swb, {year})`, and copy "
                "the year it gives."
            )
    return None


def check_context_sentence(sentence: object) -> Feedback:
    """Exercise 4 (open-ended): one sentence of context for a rewrite. Each number must be a figure of the story
    table or the crossing data, next to who gave it, its month (troop counts), its fiscal year and measure, the
    right way round (ratios) and as the kind of figure it was (suggested, forecast, announced or deployed)."""
    from helpers.checks.feedback import _unit
    from helpers.checks.kit import expect_finding

    what = "the story table and the crossing data"
    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, [], what=what)
    why = r"\b(because|since|as|after|when|while|but|although|later|then|by|until|before|so)\b"
    if not re.search(why, sentence, re.I):
        return hint(
            'Your sentence gives numbers but not the *why*: say what changed, or when ("later", '
            '"by December", "because ...").'
        )
    problem = _highest_since_problem(sentence)
    if problem:
        return hint(problem)
    claims = context_claims()
    figures = extract_figures(sentence)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    title = [bool(re.search(r"Title\s*$", sentence[: int(start)], re.I)) for start in figures["start"]]
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word & ~pd.Series(title, index=figures.index)]
    used: list[Fact] = []
    for row in figures.itertuples():
        value, tolerance = float(row.value), _unit(row.text, float(row.value)) / 2
        kind = _kind_of(sentence, row.text, row.end)
        matching = [c for c in claims if abs(c.fact.value - value) <= tolerance + 1e-9]
        if kind in ("ratio", "percent", "days", "weeks", "years"):
            matching = [c for c in matching if c.kind == kind] or matching
        if not matching:
            same_kind = [c for c in claims if c.kind == kind] or claims
            said = [c for c in same_kind if all(_words(sentence, group) for group in c.fact.about)]
            same_kind = said or same_kind
            nearest = min(same_kind, key=lambda c: abs(c.fact.value - value))
            return hint(
                f"I can't find {row.text!r} in {what}. The nearest {kind if kind != 'count' else 'figure'} there is "
                f"{show(nearest.fact.value)} ({nearest.fact.label}). Check who gave it, when, and your rounding, and "
                "copy the number from an output rather than typing it."
            )
        problems = [_problem(c, sentence, row.text, row.start, row.end) for c in matching]
        if all(problems):  # the most telling: a claim whose words are all there, stated wrong
            return hint(sorted(problems, key=lambda p: "does not say so" in p)[0])
        used.append(next(c.fact for c, p in zip(matching, problems) if p is None))
    # the kit reads "Title 42" as a number: name the two orders in Roman numerals for it
    roman = {"8": "VIII", "42": "XLII"}

    def orders(text: str) -> str:
        return re.sub(r"\b(Title)\s*(8|42)\b", lambda m: f"{m.group(1)} {roman[m.group(2)]}", text, flags=re.I)

    used = [replace(f, about=tuple(tuple(orders(w) for w in group) for group in f.about)) for f in used]
    return expect_finding(orders(sentence), used, what=what)


# --------------------------------------------------------------------------- type-along: rows, series and the chart


def _story_rows(condition_of) -> pd.DataFrame:
    story = load_story_figures()
    return story[condition_of(story)]


def _only_some_columns(expected: pd.DataFrame):
    return lambda answer: (
        0 < len(answer.columns) < len(expected.columns) and set(answer.columns) < set(expected.columns)
    )


def check_caravan_rows(caravan: object) -> Feedback:
    """Type-along: ``caravan``, the rows of the story table whose subject is "caravan" (all columns)."""
    expected = _story_rows(lambda story: story["subject"] == "caravan")
    return expect_table(
        caravan,
        expected,
        name="caravan",
        what='the story rows whose subject is "caravan"',
        mistakes={
            "`caravan` keeps only some columns. Keep whole rows (filter rows only), and pick the columns to "
            "show on a line of their own: the next cells need `date` and `who_type`.": _only_some_columns(expected),
            '`caravan` has no rows: the subject is written in lower case, exactly "caravan".': (
                lambda answer: len(answer) == 0
            ),
            "`caravan` holds rows about another subject. Compare the `subject` column of `story` (not of "
            '`troops`) with "caravan".': (
                lambda answer: "subject" in answer.columns and set(answer["subject"]) - {"caravan"} != set()
            ),
        },
        success=f"`caravan` holds the {len(expected)} estimates of the caravan's size, of every date.",
    )


def check_known_on_the_day(on_the_day: object) -> Feedback:
    """Type-along: ``on_the_day``, the story rows dated up to the article's day (that day included)."""
    day = pd.Timestamp(ARTICLE_DAY)
    expected = _story_rows(lambda story: story["date"] <= day)
    story = load_story_figures()
    return expect_table(
        on_the_day,
        expected,
        name="on_the_day",
        what="the story rows dated up to the article's day",
        mistakes={
            "`on_the_day` leaves out the rows of the article's day itself: what was said on 25 October was "
            "known that day. Use `<=`, not `<`.": story[story["date"] < day],
            "`on_the_day` holds what was said *after* the article. Keep the dates up to `article_day`: `<=`.": (
                lambda answer: (
                    len(answer) > 0
                    and "date" in answer.columns
                    and answer["date"].min() >= day
                    and len(answer) != len(expected)
                )
            ),
            "`on_the_day` keeps only some columns. Keep whole rows; show the columns on a line of their own.": (
                _only_some_columns(expected)
            ),
        },
        success=f"`on_the_day` holds the {len(expected)} figures published by {day:%d %B %Y}, that day included.",
    )


def check_story_yearly(yearly: object, article_year: object) -> Feedback:
    """Type-along: ``yearly`` (the yearly apprehensions table) and ``article_year`` (the article's year, an int)."""
    expected = load_apprehensions()
    table = expect_table(
        yearly,
        expected,
        name="yearly",
        what="the yearly apprehensions table, one row per fiscal year",
        mistakes={
            "`yearly` holds only some years. Store the whole table that `data.load_apprehensions()` gives back; "
            "the next cell keeps the years it needs.": lambda answer: 0 < len(answer) < len(expected),
            "`yearly` has `fiscal_year` as its row labels. Keep it as a column, as the loader gives it: "
            'later cells filter on `yearly["fiscal_year"]`.': (
                lambda answer: "fiscal_year" not in answer.columns and answer.index.name == "fiscal_year"
            ),
        },
    )
    if not table.ok:
        return table
    if isinstance(article_year, pd.Timestamp):
        return hint("`article_year` is the whole date. Take its year with `.year`: `article_day.year`.")
    year = expect_number(
        article_year,
        pd.Timestamp(ARTICLE_DAY).year,
        name="article_year",
        what="the year of `article_day`",
        mistakes={"`article_year` is the year after the article. Take `article_day.year` itself.": YEAR_AFTER},
    )
    if not year.ok:
        return year
    return right(f"`yearly` has all {len(expected)} fiscal years, and `article_year` is {int(article_year)}.")


def check_apprehension_series(swb: object) -> Feedback:
    """Type-along: ``swb``, southwest border apprehensions by fiscal year (no encounter years, no blanks)."""
    expected = apprehension_years()
    yearly = _yearly()
    every_year = yearly["southwest_border"].dropna()
    return expect_series(
        swb,
        expected,
        name="swb",
        what="the southwest border apprehensions, indexed by fiscal year",
        mistakes={
            "`swb` still holds FY2020-FY2023, the encounter years (Title 42 expulsions included). Keep the rows "
            'whose `measure` is "apprehensions" first.': every_year,
            "`swb` has blanks (NaN) for the years before the southwest border was counted apart. Drop them "
            "with `.dropna()`.": lambda answer: answer.isna().any(),
            '`swb` is labelled 0, 1, 2...: make `fiscal_year` the index (`.set_index("fiscal_year")`) before '
            "taking the column, so that `swb[2019]` means FY2019.": (
                lambda answer: len(answer) == len(expected) and 2019 not in set(answer.index)
            ),
            "`swb` holds the nationwide figures. Take the `southwest_border` column.": (
                yearly.loc[yearly["measure"] == "apprehensions", "nationwide"].dropna()
            ),
        },
        success=f"`swb` holds {len(expected)} years of apprehensions, FY{expected.index.min()} to "
        f"FY{expected.index.max()}, without the encounter years.",
    )


def check_since_2019(since_2019: object) -> Feedback:
    """Type-along: ``since_2019 = highest_since(swb, year_after)``, a fiscal year."""
    swb = apprehension_years()
    expected = highest_since(swb, YEAR_AFTER)
    if since_2019 is None:
        return hint(
            "`since_2019` is None: your `highest_since` found no earlier higher year. Give it `swb` (the "
            "apprehension years) and `year_after`, and run its check cell again."
        )
    return expect_number(
        since_2019,
        expected,
        name="since_2019",
        what=f"the most recent year before FY{YEAR_AFTER} with more apprehensions",
        mistakes={
            "That is a number of years. `since_2019` is the year itself: `highest_since(swb, year_after)`.": (
                YEAR_AFTER - expected
            ),
            "That is a count of apprehensions, not a year. `highest_since` returns the year.": swb[expected],
            f"That is the answer for FY{YEAR_AFTER - 1}, the article's year. Ask about `year_after`.": (
                highest_since(swb, YEAR_AFTER - 1)
            ),
        },
        success=f"FY{YEAR_AFTER} was the highest since FY{expected}.",
    )


def check_title_42_share(titles: object) -> Feedback:
    """Type-along: ``titles`` with a column ``title_42_share_%``: Title 42 expulsions as a % of all encounters."""
    split = load_encounters_by_title()
    share = split["title_42_expulsions"] / split["total_encounters"] * 100
    expected = split.assign(**{"title_42_share_%": share.round(1)})[["fiscal_year", "title_42_share_%"]]
    column = "title_42_share_%"
    first = float(share.dropna().iloc[0])
    return expect_table(
        titles,
        expected,
        name="titles",
        what="each year's Title 42 share of encounters, in %",
        tolerance=0.05,
        mistakes={
            f"`{column}` holds fractions: multiply by 100: a share in % is {first:.1f}, not {first / 100:.3f}.": (
                lambda answer: (
                    answer[column].dropna().abs().max() <= 1
                    and same_values(answer[column], share / 100, tolerance=0.051)
                )
            ),
            f"`{column}` divides by the Title 8 apprehensions. The share of all encounters divides by "
            "`total_encounters`.": (
                lambda answer: same_values(
                    answer[column], split["title_42_expulsions"] / split["title_8_apprehensions"] * 100, tolerance=0.05
                )
            ),
            f"`{column}` is the Title 8 share. The question is about Title 42 expulsions.": (
                lambda answer: same_values(
                    answer[column], split["title_8_apprehensions"] / split["total_encounters"] * 100, tolerance=0.05
                )
            ),
            "`titles` has lost its `source` column: keep the whole table in `titles` (each year's figures "
            "need their source), and leave the source out only of what you show, on a line of its own.": (
                lambda answer: "source" not in answer.columns
            ),
        },
        success="`titles` has each year's Title 42 share of encounters, in %; FY2021's stays blank, as its split is.",
    )


def _figure(fig: object) -> Feedback | None:
    """The opening of the chart checks: ``fig`` is one Figure (not its axes, not the pair) with one axes."""
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    if unanswered(fig):
        return kit.expect_chart(fig, name="fig")
    if isinstance(fig, Axes):
        return hint("That is the axes, `ax`. Pass the whole figure, `fig`: the headline and source go on it.")
    if isinstance(fig, tuple):
        return hint("That is the pair (figure, axes). Unpack it: `fig, ax = plt.subplots(...)`.")
    if not isinstance(fig, Figure):
        return hint(f"`fig` should be the Figure from `fig, ax = plt.subplots(...)`, but it is {kit.kind(fig)}.")
    if len(fig.axes) != 1:
        return hint(f"`fig` has {len(fig.axes)} axes; this chart needs one: `plt.subplots(figsize=(8, 5))`.")
    return None


def check_next_chart_frame(fig: object, ax: object = None) -> Feedback:
    """Type-along: ``fig, ax = plt.subplots(figsize=(8, 5))`` in house style: one empty axes, 8 x 5 inches.

    (The kit's ``expect_chart`` wants something drawn; an empty frame is this cell's right answer, so its
    size is judged with the kit's ``same_number``.)
    """
    problem = _figure(fig)
    if problem:
        return problem
    if ax is not None and ax is not fig.axes[0]:
        return hint(
            "`ax` is not the axes of `fig`: make both in one line, `fig, ax = plt.subplots(...)`, so that what "
            "you draw on `ax` shows in `fig`."
        )
    width, height = fig.get_size_inches()
    if not (kit.same_number(width, 8, tolerance=0.05) and kit.same_number(height, 5, tolerance=0.05)):
        return hint(f"`fig` is {width:g} x {height:g} inches; ask for 8 x 5: `plt.subplots(figsize=(8, 5))`.")
    return right("`fig` and `ax` are ready: one empty chart, 8 x 5 inches. The next cells draw on `ax`.")


def _plotted(ax, linestyle=None, marker=None) -> list[list[float]]:
    lines = []
    for line in ax.get_lines():
        if linestyle is not None and line.get_linestyle() != linestyle:
            continue
        if marker is not None and line.get_marker() in (None, "None", ""):
            continue
        lines.append([float(y) for y in line.get_ydata()])
    return lines


def check_next_chart(fig: object) -> Feedback:
    """Type-along: the whole chart: the apprehension line, the dashed encounters, the Title 8 dots, the shaded
    Title 42 years, a headline and a source line."""
    problem = _figure(fig)
    if problem:
        return problem
    ax = fig.axes[0]
    swb = apprehension_years()
    yearly = _yearly()
    solid = [float(v) for v in swb.loc[2000:YEAR_AFTER]]
    encounters = [float(v) for v in yearly.loc[yearly["measure"] == "encounters", "southwest_border"]]
    title_8 = [float(v) for v in load_encounters_by_title().set_index("fiscal_year")["title_8_apprehensions"].dropna()]
    if not ax.get_lines():
        return hint("There is no line yet: draw `swb` from FY2000 to `year_after` with `ax.plot(...)`.")
    if not any(kit.same_values(values, solid) for values in _plotted(ax, "-")):
        if any(same_values(values, [float(v) for v in swb.loc[2000:]]) for values in _plotted(ax)):
            return hint(
                "Your solid line runs to FY2024 across the break. Draw the apprehensions only up to `year_after`: "
                "`swb.loc[2000:year_after]`."
            )
        return hint("The solid line should be `swb.loc[2000:year_after]`, the apprehensions FY2000-FY2019.")
    if not any(same_values(values, encounters) for values in _plotted(ax, "--")):
        return hint('Draw `encounters` as a dashed line: `ax.plot(..., linestyle="--")`.')
    if not any(same_values(values, title_8) for values in _plotted(ax, marker=True)):
        return hint('Draw `title_8` as dots, with no line: the format string `"o"` in `ax.plot(..., "o")`.')
    if not ax.patches:
        return hint("Shade the Title 42 years with `shade_span(ax, ...)`, so that no reader compares across the break.")
    bold = [t.get_text() for t in fig.texts if t.get_text().strip() and t.get_fontweight() in ("bold", 700)]
    if not bold:
        return hint("The chart has no headline yet: `headline(fig, title, subtitle)` puts the finding at the top.")
    peak, since = headline_since()
    if f"FY{since}" not in bold[0]:
        stale = f"FY{highest_since(swb, YEAR_AFTER)}"
        if stale in bold[0]:
            return hint(
                f'Your headline gives {stale}, FY{YEAR_AFTER}\'s "highest since". The chart runs to FY{peak}, whose '
                f"{comparable_years()[peak]:,} Title 8 apprehensions were the most since FY{since}: use `title`, "
                "written from the numbers above."
            )
        return hint("Use the headline written from the numbers above, `title`: `headline(fig, title, ...)`.")
    if not any(t.get_text().startswith("Source") for t in fig.texts):
        return hint("Say where the numbers come from: `source_line(fig, ...)` at the bottom of the figure.")
    return kit.expect_chart(
        fig,
        name="fig",
        source=True,
        success="The chart shows the break: apprehensions to FY2019 (solid), the encounter years dashed and shaded, "
        "the Title 8 part as dots, with a headline and a source line.",
    )
