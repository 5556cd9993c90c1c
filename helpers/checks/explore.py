"""Self-checks for notebook 06 (explore the numbers).

Every right answer is computed here from the course's files (the sectors table, the yearly
table, the article and the chosen border lengths), never typed in; each common wrong answer
gets its own hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from helpers.article import extract_figures, load_article
from helpers.checks import kit
from helpers.checks.feedback import (
    NOT_ANSWERED,
    Feedback,
    hint,
    is_table,
    not_a_number,
    right,
    unanswered,
)
from helpers.data import chosen_border_lengths, load_apprehensions, load_monthly, load_sectors
from helpers.story import ARTICLE_YEAR, YEAR
from helpers.troops import guard_table

__all__ = ["check_texas_ahead_again", "check_gap_percent", "check_california_troops", "check_explorer_finding"]

#: Exercise 1: from this fiscal year on, the Arizona sectors were ahead of the Texas sectors for years.
ARIZONA_AHEAD_FROM = 2000
#: Exercise 2: the fiscal year that ended a month before the article ("this year").
FISCAL_YEAR = ARTICLE_YEAR


def _one_number(answer: object, *, name: str, what: str, pick: str, text: str | None = None) -> Feedback | None:
    """The opening of this lesson's three numeric exercises: a hint for a column or table (``pick`` says how to
    take one value), for text (``text``, else the course's policy: "Drop the quotes..."), and, through the kit,
    for ``...``, None, True/False or anything else that is not one number; None when the value may be judged."""
    if is_table(answer):
        return hint(f"That is a whole column or table (a pandas {type(answer).__name__}), not {what}. {pick}")
    if isinstance(answer, str):
        return hint(text) if text else not_a_number(answer)
    return kit.expect_kind(answer, "number", name=name, what=what)


def _near(tolerance: float, *targets: float):
    """A mistake detector for ``kit.expect_number``: the answer is within ``tolerance`` of one of ``targets``."""
    return lambda answer: any(abs(float(answer) - target) < tolerance for target in targets)


# --------------------------------------------------------------------------- exercise 1: Texas ahead again


def _groups():
    from helpers.explorer import SERIES

    sectors = load_sectors().set_index("fiscal_year")
    texas = sectors[list(SERIES["Texas sectors"].columns)].sum(axis=1)  # TEXAS_ONLY: lesson 04's definition
    arizona = sectors[list(SERIES["Arizona sectors"].columns)].sum(axis=1)
    return sectors, texas, arizona


def check_texas_ahead_again(answer: object) -> Feedback:
    """Exercise: the first fiscal year after FY2000 in which the Texas sectors had more apprehensions than Arizona's."""
    opening = _one_number(
        answer,
        name="texas_ahead_again",
        what="one year",
        pick="`.idxmax()` on the True/False column gives the first year that is True.",
        text=f'That is text ({answer!r}), not a number. Store the year as a number: no quotes and no "FY", just '
        "the digits, as `.idxmax()` gives it (best, store what your computation gives rather than typing it). "
        "Then this check can judge whether it is the right year.",
    )
    if opening:
        return opening
    sectors, texas, arizona = _groups()
    ahead = (texas > arizona).loc[ARIZONA_AHEAD_FROM:]
    expected = int(ahead.idxmax())
    rgv_ahead = (sectors["rio_grande_valley"] > sectors["tucson"]).loc[ARIZONA_AHEAD_FROM:]
    return kit.expect_number(
        answer,
        expected,
        name="texas_ahead_again",
        what="the first fiscal year from FY2000 on in which the Texas sectors were ahead",
        mistakes={
            "That is a number of apprehensions. Store the *year*: the index label, which `.idxmax()` gives.": _near(
                0.5, int(texas[expected]), int(arizona[expected])
            ),
            f"In FY{expected - 1} Arizona was still ahead (its last year in front). Look for the first year the "
            "Texas sectors had *more*.": expected - 1,
            "That is when Rio Grande Valley sector overtook Tucson sector. Compare the state groups: all Texas "
            "sectors added up against both Arizona sectors added up.": lambda v: (
                bool(rgv_ahead.any()) and float(v) == int(rgv_ahead.idxmax())
            ),
            f"The question starts in FY{ARIZONA_AHEAD_FROM}: select `.loc[{ARIZONA_AHEAD_FROM}:]` before looking "
            "for the first year the Texas sectors were ahead.": lambda v: float(v) < ARIZONA_AHEAD_FROM,
            f"In FY{ARIZONA_AHEAD_FROM} the Arizona sectors were ahead. `.idxmax()` on `texas > arizona` gives "
            "the first year that is True.": ARIZONA_AHEAD_FROM,
            "That is the last year of the table. `.idxmax()` on a True/False column gives the *first* True; "
            "check that you compared `texas > arizona`, not the other way round.": int(ahead.index.max()),
            "Not that year. Add up each state's sectors (`.sum(axis=1)`), compare them with `texas > arizona`, "
            f"keep FY{ARIZONA_AHEAD_FROM} on, and take the first year that is True (`.idxmax()`).": lambda v: True,
        },
        success=f"FY{expected}: the Texas sectors made {int(texas[expected]):,} apprehensions, the Arizona sectors "
        f"{int(arizona[expected]):,}. From FY{ARIZONA_AHEAD_FROM} to FY{expected - 1} Arizona had been ahead.",
    )


# --------------------------------------------------------------------------- exercise 2: 300,000 against the data


def article_crossings() -> int:
    """The article's "Around 300,000 people have crossed this year", read from its figures ledger."""
    ledger = extract_figures(load_article().text)
    rows = ledger[ledger["sentence"].str.contains("crossed this year", case=False)]
    return int(rows["value"].iloc[0])


def jan_to_sep(year: int = FISCAL_YEAR) -> int:
    """Southwest border apprehensions in January-September of calendar ``year``: lesson 03's second reading."""
    monthly = load_monthly()
    months = monthly[(monthly["calendar_year"] == year) & (monthly["month_number"] <= 9)]
    return int(months["swb_apprehensions"].sum())


def _yearly():
    return load_apprehensions().set_index("fiscal_year")


def check_gap_percent(answer: object) -> Feedback:
    """Exercise: how many percent the article's 300,000 is below FY2018's southwest border apprehensions (one decimal)."""
    opening = _one_number(
        answer,
        name="gap_pct",
        what="one number",
        pick=f'Pick FY{FISCAL_YEAR}\'s value with `.loc[{FISCAL_YEAR}, "southwest_border"]`.',
    )
    if opening:
        return opening
    claimed = article_crossings()
    yearly = _yearly()
    official = int(yearly.at[FISCAL_YEAR, "southwest_border"])
    exact = (official - claimed) / official * 100
    expected = round(exact, 1)
    nationwide = int(yearly.at[FISCAL_YEAR, "nationwide"])
    so_far = jan_to_sep()

    def size(answer) -> float:
        return abs(float(answer))

    def other_year(year: int):
        other = int(yearly.at[year, "southwest_border"])
        return lambda v: abs(size(v) - round(abs(other - claimed) / other * 100, 1)) < 0.05

    return kit.expect_number(
        answer,
        expected,
        name="gap_pct",
        what=f"how many percent {claimed:,} is below FY{FISCAL_YEAR}'s southwest border apprehensions",
        mistakes={
            'Right size, wrong sign: the question asks how many percent *below*, so "below" is the direction and '
            f"the number is positive here. Subtract the other way round: FY{FISCAL_YEAR}'s figure minus "
            f"{claimed:,}, divided by FY{FISCAL_YEAR}'s figure.": lambda v: (
                abs(size(v) - exact) < 0.05 and float(v) < 0
            ),
            "Close: round to one decimal place with `round(..., 1)`, as the exercise asks (the check takes the "
            "rounded number only).": lambda v: abs(size(v) - exact) < 0.5,
            "That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.": lambda v: (
                abs(size(v) - exact / 100) < 0.0005
            ),
            f"That is the difference in apprehensions ({official - claimed:,}). Divide it by FY{FISCAL_YEAR}'s "
            "count and multiply by 100.": lambda v: abs(size(v) - (official - claimed)) < 0.5,
            f"You divided by the article's {claimed:,}. The question is how far the claim is from the official "
            f"figure, so divide by FY{FISCAL_YEAR}'s {official:,}.": lambda v: (
                abs(size(v) - abs(official - claimed) / claimed * 100) < 0.05
            ),
            f"That is {claimed:,} as a percentage of {official:,}. The gap is 100 minus that.": lambda v: (
                abs(size(v) - claimed / official * 100) < 0.05
            ),
            "That uses the nationwide figure. The article is about the US-Mexico border: use `southwest_border`.": (
                lambda v: abs(size(v) - round(abs(nationwide - claimed) / nationwide * 100, 1)) < 0.05
            ),
            f'That is the January-September {FISCAL_YEAR} reading of "this year" (lesson 03). This exercise '
            f'takes the fiscal year, FY{FISCAL_YEAR}: `yearly.loc[{FISCAL_YEAR}, "southwest_border"]`.': lambda v: (
                abs(size(v) - round(abs(so_far - claimed) / so_far * 100, 1)) < 0.05
                or abs(size(v) - round(abs(so_far - claimed) / claimed * 100, 1)) < 0.05
            ),
            **{
                f'That uses FY{year}. "This year" in an article of October {FISCAL_YEAR} is FY{FISCAL_YEAR}, '
                f"which ended on 30 September {FISCAL_YEAR}.": other_year(year)
                for year in (FISCAL_YEAR - 1, FISCAL_YEAR + 1)
            },
            f"Not that. Take FY{FISCAL_YEAR}'s southwest border apprehensions, subtract {claimed:,}, divide by "
            f"FY{FISCAL_YEAR}'s figure, multiply by 100 and round to one decimal.": lambda v: True,
        },
        success=f"FY{FISCAL_YEAR} had {official:,} southwest border apprehensions: the article's {claimed:,} is "
        f"{expected}% lower. And apprehensions count arrest events, not people who crossed.",
    )


# --------------------------------------------------------------------------- exercise 3: troops for California


def _troops_and_lengths() -> tuple[dict[str, int], dict[str, int]]:
    table = guard_table()
    return dict(zip(table["state"], table["troops"].astype(int))), chosen_border_lengths()


def show_number(value: float) -> str:
    """A whole number as the course writes it (219, 1,145)."""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def check_california_troops(answer: object) -> Feedback:
    """Exercise: California's troops for as many troops per 100 miles of border as Arizona (a whole number)."""
    if is_table(answer) and len(answer) == 1:
        return hint(
            f"That is a pandas {type(answer).__name__} with one row, not one number: take the value out of it with "
            '`.iloc[0]` (the first and only value), or pick one cell directly: `table.set_index("state").loc['
            '"Arizona", "troops"]` gives one number.'
        )
    opening = _one_number(
        answer,
        name="california_troops",
        what="one number",
        pick='Compute one number of troops: pick single values with `table.set_index("state").loc["Arizona", "troops"]`.',
    )
    if opening:
        return opening
    troops, miles = _troops_and_lengths()
    arizona_ratio = troops["Arizona"] / miles["Arizona"] * 100
    exact = arizona_ratio * miles["California"] / 100
    expected = round(exact)
    from_rounded_rate = round(round(arizona_ratio, 1) * miles["California"] / 100)
    rounded_up = -(-exact // 1)
    slip = show_number(rounded_up) if rounded_up == from_rounded_rate else "That number"
    rate = (
        f"{troops['Arizona']:,} troops on Arizona's {miles['Arizona']:,} miles is {arizona_ratio:.1f} per 100 miles; "
        f"California's {miles['California']:,} miles at that rate need {exact:.2f}"
    )
    other_rates = {
        f"That is {state}'s rate. Use Arizona's troops and Arizona's miles.": _near(
            1, troops[state] / miles[state] * miles["California"]
        )
        for state in troops
        if state not in ("Arizona", "California")
    }
    return kit.expect_number(
        answer,
        expected,
        name="california_troops",
        what="California's troops at Arizona's rate per 100 miles of border, in whole troops",
        mistakes={
            f"{slip} comes from the `per_100_miles` column (already rounded to one decimal, which moves the "
            f"answer by one) or from rounding up. {rate}, and the nearest whole troop to that is {expected}. Compute "
            "from Arizona's `troops` and `border_miles` and California's `border_miles`, and round once, at the end, "
            "with `round(...)`.": lambda v: float(v) in (rounded_up, from_rounded_rate),
            "Close, but troops come whole: round to a whole number with `round(...)`.": _near(1, exact),
            "That is Arizona's troops per 100 miles. Multiply it by California's miles and divide by 100.": _near(
                0.1, arizona_ratio
            ),
            "That is California's troops in the article. The question is how many it would need for Arizona's "
            "rate.": troops["California"],
            "You swapped the two lengths: Arizona's troops divided by *Arizona's* miles, times *California's* "
            "miles.": _near(1, troops["Arizona"] / miles["California"] * miles["Arizona"]),
            **other_rates,
            "Not that. Arizona's troops / Arizona's miles gives troops per mile; multiply by California's miles and "
            "round.": lambda v: True,
        },
        success=f"{show_number(expected)} troops: {rate}, {expected} whole troops, not the article's "
        f"{troops['California']:,}.",
    )


# --------------------------------------------------------------------------- your turn: a finding from the explorer

_YEAR = YEAR  # the course's one year pattern (helpers.story)


def explorer_evidence(years) -> dict[str, float]:
    """Every value a finding about ``years`` may state, for every series of the explorer: each year's count,
    and between two years the change (times, and % up or down). (The check uses :func:`explorer_facts`.)"""
    return {fact.label: fact.value for fact in explorer_facts(years)}


#: Words that name each series of the explorer in a sentence (a finding must name its series).
def series_words(name: str) -> tuple[str, ...]:
    """The words that name series ``name`` in a sentence: "El Paso" for El Paso sector, "Texas" for the Texas sectors."""
    special = {
        "Southwest border": ("southwest", "south-west", "southwestern", "US-Mexico", "Mexico border"),
        "Nationwide": ("nationwide", "national", "nation", "country", "all sectors"),
        "Rio Grande Valley sector": ("Rio Grande Valley", "RGV"),
    }
    if name in special:
        return special[name]
    return (name.removesuffix(" sectors").removesuffix(" sector"),)


ENCOUNTER_WORDS = ("encounter", "encounters", "encountered")


@dataclass(frozen=True)
class SeriesFact(kit.Fact):
    """A fact with the explorer series it belongs to, so that each number is judged against the series named with it."""

    series: str | None = None


def explorer_facts(years) -> list[kit.Fact]:
    """The facts a finding about ``years`` may state, each with its subject: the series' name and the year(s);
    a figure of an encounter year (FY2020-FY2023), or a comparison across the break, also needs the word "encounters".
    Between two years: how many times as many, both ways ("5.5 times as many" and "0.18 times"), the change in %
    and the difference."""
    from helpers.explorer import SERIES, series_values

    years = sorted(set(years))
    #: the legal titles that define the measures ("Title 8 apprehensions", "Title 42 expulsions") are names, not figures
    facts: list[kit.Fact] = [kit.Fact(f"Title {n}", float(n), (("title",),)) for n in (8, 42)]
    for name in SERIES:
        values = series_values(name)
        counts, measure = values["count"], values["measure"]
        words = series_words(name)
        present = [y for y in years if y in counts.index]
        by_year = {}
        for year in present:
            about = (words, (str(year),)) + ((ENCOUNTER_WORDS,) if measure[year] == "encounters" else ())
            by_year[year] = SeriesFact(f"{name}: {measure[year]} in FY{year}", float(counts[year]), about, series=name)
            facts.append(by_year[year])
        for first in present:
            for last in present:
                if first < last and counts[first] and counts[last]:
                    about = (words, (str(first),), (str(last),))
                    if "encounters" in (measure[first], measure[last]):
                        about += (ENCOUNTER_WORDS,)
                    # kit.ratios: FY first / FY last and FY last / FY first, each needing both years
                    down, up = kit.ratios([by_year[first], by_year[last]])
                    ratio = counts[last] / counts[first]
                    facts += [
                        SeriesFact(
                            f"{name}: FY{last}'s count divided by FY{first}'s (times as many)",
                            up.value,
                            up.about,
                            series=name,
                        ),
                        SeriesFact(
                            f"{name}: FY{first}'s count divided by FY{last}'s (times as many)",
                            down.value,
                            down.about,
                            series=name,
                        ),
                        SeriesFact(
                            f"{name}: the change from FY{first} to FY{last}, in %",
                            abs(ratio - 1) * 100,
                            about,
                            series=name,
                        ),
                        SeriesFact(
                            f"{name}: the difference between FY{first}'s and FY{last}'s counts",
                            float(abs(counts[last] - counts[first])),
                            about,
                            series=name,
                        ),
                    ]
    return facts


#: Words that count people or crossings, and the rule that refuses them: one home, the check kit.
PEOPLE, _NEGATION = kit.PEOPLE, kit.NEGATION


_people_wording = kit.people_wording


def _series_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """Where the sentence names each series of the explorer: (start, end, series name), in order; a longer name
    ("Rio Grande Valley") wins over a shorter one inside it."""
    from helpers.explorer import SERIES

    found = []
    lowered = sentence.lower()
    for name in SERIES:
        for word in series_words(name):
            pattern = rf"(?:(?<=fy)|(?<![\w-])){re.escape(word.lower())}(?![\w])"
            found += [(m.start(), m.end(), name) for m in re.finditer(pattern, lowered)]
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    for mention in found:
        if kept and mention[0] < kept[-1][1]:
            continue  # inside a mention already kept
        kept.append(mention)
    return kept


_OWNER = re.compile(r"^(?:\s+(?:sector|sectors|border))?\s*['\u2019]s?\s+(?:[\w-]+\s+){0,2}$", re.I)
_SERIES_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:in|at|for|by)\s+(?:the\s+)?$", re.I)


def _series_phrase(name: str) -> str:
    """A series as a sentence names it: "the Texas sectors", "the southwest border", "El Paso sector"."""
    if name.endswith(" sectors"):
        return f"the {name}"
    return {"Southwest border": "the southwest border", "Nationwide": "the nationwide series"}.get(name, name)


def _tied_series(sentence: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The series a number belongs to: "X's N"; "N apprehensions in X"; else the series named nearest before it in
    its clause, then in the sentence; else the first named after it (the approach of lesson 07's check)."""
    return kit.owner_of(sentence, start, end, mentions, owner=_OWNER, after=_SERIES_AFTER)


def _series_problem(sentence: str, facts: list[kit.Fact]) -> Feedback | None:
    """Each number judged against the series named with it: a true figure of another series is refused."""
    from helpers.checks.feedback import _unit
    from helpers.checks.sources import _figures_of

    mentions = _series_mentions(sentence)
    for text, value, start, end in _figures_of(sentence):
        tolerance = _unit(text, value) / 2
        matching = [f for f in facts if abs(f.value - value) <= tolerance + 1e-9]
        tied = _tied_series(sentence, start, end, mentions)
        if not matching or tied is None:
            continue  # kit.expect_finding says what is wrong
        owned = [f for f in matching if not isinstance(f, SeriesFact) or f.series == tied]
        if owned:
            continue
        fact = min(matching, key=lambda f: abs(f.value - value))
        return hint(
            f"{text!r} is {fact.label}, but your sentence ties it to {_series_phrase(tied)}, the series named with it "
            f'(just before it, or as in "{series_words(tied)[0]}\'s {text}"). A true number of another series is '
            "still wrong there: give each series its own figure, and name each figure's series just before it."
        )
    return None


def _year_range_as_words(sentence: str) -> str:
    """ "FY2016-FY2019" or "2016-2019" read as "FY2016 to FY2019", so that each year counts as named."""
    return re.sub(r"\b((?:FY\s?)?(?:19|20)\d\d)\s*[-\u2013]\s*((?:FY\s?)?(?:19|20)\d\d)\b", r"\1 to \2", sentence)


def check_explorer_finding(sentence: object) -> Feedback:
    """Your turn: a one-sentence finding about one series of the explorer, with the years and the number(s).

    Every number must be one of the explorer's figures *with its subject*: the series named (El Paso, the Texas
    sectors, the southwest border...) and the year(s); a FY2020-FY2023 figure is a count of encounters, and a
    sentence that calls it apprehensions is refused.
    """
    from helpers.explorer import SERIES, encounter_years, year_span

    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return kit.expect_finding(sentence, [])
    first = min(year_span(name)[0] for name in SERIES)
    last = max(year_span(name)[1] for name in SERIES)
    years = [int(y) for y in _YEAR.findall(sentence) if first <= int(y) <= last]
    if not years:
        return hint(
            f'Name the fiscal year(s) your finding is about, as in "in FY2019" (the explorer covers '
            f"FY{first}-FY{last}): a number means little without its year."
        )
    facts = explorer_facts(years)
    named = [f for f in facts if kit._mentions(sentence, f.about[0])]
    if not named:
        return hint(
            'Name the series your numbers belong to, as the explorer\'s menu does: "El Paso sector", "the Texas '
            'sectors", "the southwest border", "nationwide"... A count means little without its place.'
        )
    word = _people_wording(sentence)
    if word:
        return hint(
            f'Your sentence says "{word}", but the explorer\'s figures count arrests (apprehensions, or encounters in '
            "FY2020-FY2023): events, not people, and not crossings. Someone caught three times counts three times, "
            'and people who crossed without being caught are not counted at all. Say what was counted: "N apprehensions" '
            '(or "N encounters"), not "N people crossed".'
        )
    break_first, break_last = encounter_years()
    in_break = sorted({y for y in years if break_first <= y <= break_last})
    lowered = sentence.lower()
    if in_break and "apprehen" in lowered and "encounter" not in lowered:
        return hint(
            f"FY{in_break[0]} is one of the encounter years (FY{break_first}-FY{break_last}): its figure counts "
            "Title 8 apprehensions *plus* Title 42 expulsions, so it is not a number of apprehensions. Call it "
            "encounters, and if you compare it with an apprehension year, say that the measure changed."
        )
    problem = _series_problem(_year_range_as_words(sentence), facts)
    if problem is not None:
        return problem
    return kit.expect_finding(
        _year_range_as_words(sentence),
        named,
        what=f"the explorer's series for FY{', FY'.join(str(y) for y in sorted(set(years)))}",
    )


# =========================================================================== type-along cells
# Each check below judges one typed cell's result before a later cell uses it. Expected values are
# computed from the course's files, with the same definitions as the lesson (kit: values, not representation).


#: The years and series `check_show` draws: other values than the widgets' start, so a `show` that ignores its
#: arguments (or reads the widgets) is caught.
SHOW_SERIES, SHOW_YEARS = "Arizona sectors", (1995, 2010)


def _sectors():
    return load_sectors().set_index("fiscal_year")


def _first_failure(*feedbacks: Feedback) -> Feedback | None:
    return next((f for f in feedbacks if not f.ok), None)


def _not_indexed_by_year(table) -> bool:
    return "fiscal_year" in getattr(table, "columns", []) and table.index.name != "fiscal_year"


def _years_lost(table) -> bool:
    """Rows numbered 0, 1, 2... with no fiscal_year column left: `.reset_index(drop=True)` dropped the years."""
    return "fiscal_year" not in table.columns and ARTICLE_YEAR not in set(table.index)


def check_explore_tables(yearly: object, sectors: object) -> Feedback:
    """Type-along, section 1: the yearly table and the sectors table, each indexed by fiscal year."""
    why = 'Index it by fiscal year with `.set_index("fiscal_year")`, so that `.loc[2016:2024]` picks years.'
    found = _first_failure(
        kit.expect_table(
            yearly,
            _yearly(),
            name="yearly",
            what="the yearly table (`data.load_apprehensions()`) indexed by fiscal year",
            columns=["nationwide", "southwest_border", "measure"],
            index=True,
            mistakes={
                f"`yearly` still has `fiscal_year` as a column. {why}": _not_indexed_by_year,
                f"`yearly`'s rows are numbered 0, 1, 2...: the fiscal years are gone. Load it again and {why[0].lower()}{why[1:]}": _years_lost,
                "`yearly` holds the sectors table. `yearly` is `data.load_apprehensions()`, `sectors` is "
                "`data.load_sectors()`.": lambda t: "southwest_border_total" in t.columns,
            },
        ),
        kit.expect_table(
            sectors,
            _sectors(),
            name="sectors",
            what="the sectors table (`data.load_sectors()`) indexed by fiscal year",
            columns=["southwest_border_total", *sorted(_sectors().columns.drop("southwest_border_total"))],
            index=True,
            mistakes={
                f"`sectors` still has `fiscal_year` as a column. {why}": _not_indexed_by_year,
                f"`sectors`' rows are numbered 0, 1, 2...: the fiscal years are gone. Load it again and {why[0].lower()}{why[1:]}": _years_lost,
                "`sectors` holds the yearly table. `sectors` is `data.load_sectors()`.": lambda t: (
                    "measure" in t.columns
                ),
            },
        ),
    )
    return found or right("`yearly` and `sectors` are both indexed by fiscal year: `.loc[first:last]` picks years.")


def state_sums() -> dict[str, object]:
    """Lesson 04's state groups of sectors, added up year by year (section 1)."""
    from helpers.checks.sectors import PARTLY_TEXAS, TEXAS_ONLY

    sectors = _sectors()
    return {
        "texas": sectors[list(TEXAS_ONLY)].sum(axis=1),
        "el_paso": sectors[list(PARTLY_TEXAS)].sum(axis=1),
        "arizona": sectors[["tucson", "yuma"]].sum(axis=1),
        "california": sectors[["san_diego", "el_centro"]].sum(axis=1),
    }


def check_state_sums(texas: object, el_paso: object, arizona: object, california: object) -> Feedback:
    """Type-along, section 1: each state group's sectors added up year by year, four Series indexed by fiscal year."""
    sums = state_sums()
    sectors = _sectors()
    down_the_columns = "That is one total per sector (added *down* the years). Use `.sum(axis=1)` to add *across*."
    answers = {"texas": texas, "el_paso": el_paso, "arizona": arizona, "california": california}
    mistakes = {
        "texas": {
            "`texas` includes El Paso sector. Lesson 04's Texas sectors are the four in `TEXAS_ONLY`; El Paso "
            "(`PARTLY_TEXAS`) is kept apart as `el_paso`.": sums["texas"] + sums["el_paso"],
        },
        "arizona": {"`arizona` is Tucson sector alone: add Yuma sector too.": sectors["tucson"]},
        "california": {"`california` is San Diego sector alone: add El Centro sector too.": sectors["san_diego"]},
    }
    for name, answer in answers.items():
        if isinstance(answer, pd.Series) and not set(answer.index) & set(sums[name].index):
            return hint(f"`{name}`: {down_the_columns}")
        found = kit.expect_series(
            answer,
            sums[name],
            name=name,
            what=f"the {name} sectors added up year by year (one total per fiscal year)",
            mistakes=mistakes.get(name),
        )
        if not found.ok:
            return found
    return right("`texas`, `el_paso`, `arizona` and `california` each hold one total per fiscal year.")


GROUP_COLUMNS = {"Texas (4 sectors)": "texas", "El Paso": "el_paso", "Arizona": "arizona", "California": "california"}


def expected_groups():
    sums = state_sums()
    return pd.DataFrame({column: sums[name] for column, name in GROUP_COLUMNS.items()})


def check_groups(groups: object) -> Feedback:
    """Type-along, section 1: one table of the four state groups, indexed by fiscal year, with the lesson's column names."""
    expected = expected_groups()
    return kit.expect_table(
        groups,
        expected,
        name="groups",
        what="the four groups side by side, one row per fiscal year",
        index=True,
        mistakes={
            "The rows of `groups` are not labelled by fiscal year. Build it from the four Series (they carry the "
            "years as their index) and keep that index.": lambda t: (
                len(t) == len(expected) and set(t.index) != set(expected.index)
            ),
            "`groups` has one row per group. Give `pd.DataFrame` a dict of the four Series (column name: Series), "
            "so that the fiscal years become the rows.": lambda t: len(t) == 4 and len(t.columns) != 4,
        },
        success="`groups` has the four groups as columns, one row per fiscal year.",
    )


def expected_shares():
    return expected_groups().div(_sectors()["southwest_border_total"], axis=0) * 100


def check_shares(shares: object) -> Feedback:
    """Type-along, section 1: each group's share (in %) of the southwest border total, year by year."""
    expected = expected_shares()
    groups = expected_groups()
    return kit.expect_table(
        shares,
        expected,
        name="shares",
        what="each group's share in % of the year's southwest border total",
        index=True,
        tolerance=0.05,
        mistakes={
            "Those are fractions (between 0 and 1). Multiply by 100 to get percentages.": expected / 100,
            "That divides each column by its own total over all the years. Divide each *row* by that year's total: "
            '`groups.div(sectors["southwest_border_total"], axis=0)`.': groups / groups.sum() * 100,
            "Without `axis=0`, `.div` lines the totals up with the *columns* (the groups), not with the rows "
            "(the years). Add `axis=0`.": lambda t: len(t.columns) > len(groups.columns) + 2,
            "Those are the counts of `groups`: divide them by the total and multiply by 100.": groups,
        },
        success="`shares` holds each group's share in % of the southwest border total, one row per fiscal year.",
    )


def break_parts() -> dict[str, object]:
    """The southwest border from FY2000 on, split at the series break (section 2)."""
    swb = _yearly().loc[2000:, ["southwest_border", "measure"]]
    during = swb[swb["measure"] == "encounters"]
    before = swb.loc[: during.index.min() - 1]
    after = swb.loc[during.index.max() + 1 :]
    return {
        "swb": swb,
        "during": during,
        "before": before,
        "after": after,
        "low": int(before["southwest_border"].idxmin()),
        "last": int(after.index.max()),
    }


def check_encounter_years(swb: object, during: object) -> Feedback:
    """Type-along, section 2: the southwest border from FY2000 on (swb), and its encounter years (during)."""
    parts = break_parts()
    columns = ["southwest_border", "measure"]
    found = kit.expect_table(
        swb,
        parts["swb"],
        name="swb",
        what="`southwest_border` and `measure` from FY2000 on",
        columns=columns,
        index=True,
        mistakes={
            "`swb` starts before FY2000: keep `.loc[2000:]`.": lambda t: t.index.min() < 2000,
        },
    )
    if not found.ok:
        return found
    return _first_failure(
        kit.expect_table(
            during,
            parts["during"],
            name="during",
            what='the rows of `swb` whose `measure` is "encounters"',
            columns=columns,
            index=True,
            mistakes={
                f"`during` runs on to FY{parts['swb'].index.max()}, which counts apprehensions again. Keep only the "
                'rows whose measure is "encounters".': parts["swb"].loc[parts["during"].index.min() :],
                '`during` keeps the apprehensions. Keep the rows whose measure is "encounters".': parts["swb"][
                    parts["swb"]["measure"] != "encounters"
                ],
            },
        )
    ) or right(
        f"`swb` runs FY2000-FY{parts['swb'].index.max()}; `during` holds the encounter years "
        f"FY{parts['during'].index.min()}-FY{parts['during'].index.max()}."
    )


def check_break_parts(before: object, after: object, low: object, last: object) -> Feedback:
    """Type-along, section 2: the apprehensions before and after the break, the lowest year before it and the last year."""
    parts = break_parts()
    columns = ["southwest_border", "measure"]
    found = _first_failure(
        kit.expect_table(
            before,
            parts["before"],
            name="before",
            what="the rows of `swb` before the first encounter year",
            columns=columns,
            index=True,
            mistakes={
                "`before` includes the first encounter year. Stop one year before it: "
                "`.loc[:during.index.min() - 1]`.": parts["swb"].loc[: parts["during"].index.min()],
            },
        ),
        kit.expect_table(
            after,
            parts["after"],
            name="after",
            what="the rows of `swb` after the last encounter year",
            columns=columns,
            index=True,
            mistakes={
                "`after` includes the last encounter year. Start one year after it: "
                "`.loc[during.index.max() + 1:]`.": parts["swb"].loc[parts["during"].index.max() :],
            },
        ),
        kit.expect_number(
            low,
            parts["low"],
            name="low",
            what="the fiscal year with the fewest apprehensions before the break",
            mistakes={
                "That is the lowest *count*. `low` is its year: `.idxmin()` gives the label, not the value.": int(
                    parts["before"]["southwest_border"].min()
                ),
                "That is the lowest year of the whole of `swb`, encounters included. Look in `before` only.": int(
                    parts["swb"]["southwest_border"].idxmin()
                ),
            },
        ),
        kit.expect_number(
            last,
            parts["last"],
            name="last",
            what="the last fiscal year of `after`",
            mistakes={
                "That is a count, not a year: take the largest label of `after.index`.": int(
                    parts["after"]["southwest_border"].iloc[-1]
                ),
            },
        ),
    )
    return found or right(
        f"Apprehensions up to FY{parts['before'].index.max()} (lowest FY{parts['low']}), encounters in "
        f"FY{parts['during'].index.min()}-FY{parts['during'].index.max()}, apprehensions again to FY{parts['last']}."
    )


def check_explorer_widgets(menu: object, years: object) -> Feedback:
    """Type-along, section 3: the series menu and the year slider, judged by their properties."""
    import ipywidgets as widgets

    from helpers.explorer import SERIES, year_span

    if unanswered(menu) or unanswered(years):
        return hint(NOT_ANSWERED)
    if not isinstance(menu, widgets.Dropdown):
        return hint(f"`menu` should be a menu, `widgets.Dropdown(...)`; it is {kit.kind(menu)}.")
    if list(menu.options) != list(SERIES):
        return hint(
            "`menu`'s options should be the explorer's series, in their order: `options=list(explorer.SERIES)`."
        )
    first_series = "Southwest border"
    if menu.value != first_series:
        return hint(f'`menu` should start on "{first_series}": `value="{first_series}"`.')
    if isinstance(years, widgets.IntSlider):
        return hint("`years` has one handle. A range needs two: `widgets.IntRangeSlider(...)`.")
    if not isinstance(years, widgets.IntRangeSlider):
        return hint(
            f"`years` should be a slider with two handles, `widgets.IntRangeSlider(...)`; it is {kit.kind(years)}."
        )
    first, last = year_span(first_series)
    if (years.min, years.max) != (first, last):
        return hint(
            f"`years` runs FY{years.min}-FY{years.max}; it should run from FY{first} to FY{last} "
            f"(`min={first}, max={last}`), the southwest border's years."
        )
    start = (2000, last)
    if tuple(years.value) != start:
        return hint(f"`years` should start on FY{start[0]}-FY{start[1]}: `value={start}`.")
    if years.continuous_update:
        return hint(
            "`years` redraws at every step of a drag. Add `continuous_update=False`, so that it redraws only "
            "when you let go."
        )
    return right(
        f'`menu` offers the {len(SERIES)} series, starting on "{first_series}"; `years` runs FY{first}-FY{last}, '
        f"starting on FY{start[0]}-FY{start[1]}, and redraws when you let go."
    )


def check_show(show: object) -> Feedback:
    """Type-along, section 3: show(series, years) displays the chart, then the readable table, for the values given."""
    from matplotlib.figure import Figure

    from helpers.explorer import explore_chart, explore_table, readable

    opening = kit.expect_kind(show, "function", name="show", what="`def show(series, years):`")
    if opening:
        return opening
    if not hasattr(show, "__globals__"):
        return hint(f"`show` should be a function you define (`def show(series, years):`); it is {kit.kind(show)}.")
    shown: list[object] = []
    namespace = show.__globals__
    missing = object()
    before = namespace.get("display", missing)
    namespace["display"] = lambda *objects, **options: shown.extend(objects)
    try:
        returned = show(SHOW_SERIES, SHOW_YEARS)
    except TypeError as error:
        return hint(
            f"Calling `show({SHOW_SERIES!r}, {SHOW_YEARS})` failed ({error}). It takes two values: `def show(series, years):`."
        )
    except Exception as error:  # noqa: BLE001  (the student's code may fail in any way)
        return hint(f"Calling `show({SHOW_SERIES!r}, {SHOW_YEARS})` failed with {type(error).__name__}: {error}.")
    finally:
        if before is missing:
            namespace.pop("display", None)
        else:
            namespace["display"] = before
    figures = [o for o in shown if isinstance(o, Figure)]
    tables = [o for o in shown if isinstance(o, pd.DataFrame)]
    call = f"`show({SHOW_SERIES!r}, {SHOW_YEARS})`"
    if not shown:
        if returned is not None:
            return hint(
                f"{call} returned something but displayed nothing. Inside a function only `display(...)` shows: "
                "display the chart, then the table."
            )
        return hint(f"{call} displayed nothing. Use `display(...)` for the chart and for the table.")
    if not figures:
        return hint(f"{call} did not display a chart: `display(explorer.explore_chart(series, years))`.")
    texts = [t.get_text() for t in explore_chart(SHOW_SERIES, SHOW_YEARS).texts]
    if [t.get_text() for t in figures[0].texts] != texts:
        return hint(
            f"{call} drew another chart than `explorer.explore_chart({SHOW_SERIES!r}, {SHOW_YEARS})`. Pass the "
            "function's own `series` and `years` on, not fixed values or the widgets' values."
        )
    if not tables:
        return hint(
            f"{call} showed the chart but no table: display `explorer.explore_table(series, years)` too, made readable."
        )
    raw = explore_table(SHOW_SERIES, SHOW_YEARS)
    expected = readable(raw)
    table = tables[0]
    if table.equals(raw):
        return hint("The table shows counts without thousands separators: display `explorer.readable(...)` of it.")
    if not (
        table.shape == expected.shape
        and table.astype(str).to_numpy().tolist() == expected.astype(str).to_numpy().tolist()
    ):
        return hint(
            f"{call} showed another table than `explorer.readable(explorer.explore_table({SHOW_SERIES!r}, {SHOW_YEARS}))`. "
            "Pass the function's own `series` and `years` on."
        )
    position = {id(o): i for i, o in reversed(list(enumerate(shown)))}
    if position[id(figures[0])] > position[id(table)]:
        return hint("Show the chart first, then the table.")
    return right(f"{call} displays the chart, then the readable table, for the values it is given.")


def check_jan_to_sep(jan_to_sep_total: object) -> Feedback:
    """Type-along, section 4: southwest border apprehensions in January-September 2018 (one number)."""
    monthly = load_monthly()
    in_2018 = monthly[monthly["calendar_year"] == FISCAL_YEAR]
    return kit.expect_number(
        jan_to_sep_total,
        jan_to_sep(),
        name="jan_to_sep",
        what=f"the southwest border apprehensions of January-September {FISCAL_YEAR}",
        mistakes={
            f"That is the whole calendar year {FISCAL_YEAR}. Keep the months up to September: "
            '`monthly["month_number"] <= 9`.': int(in_2018["swb_apprehensions"].sum()),
            "That stops in August: September is month 9, so keep `<= 9` (or `< 10`).": int(
                in_2018[in_2018["month_number"] <= 8]["swb_apprehensions"].sum()
            ),
            f"That is January-September of every year, not only {FISCAL_YEAR}. Add the condition "
            f'`monthly["calendar_year"] == {FISCAL_YEAR}`.': int(
                monthly[monthly["month_number"] <= 9]["swb_apprehensions"].sum()
            ),
        },
        success=f"January-September {FISCAL_YEAR}: {jan_to_sep():,} southwest border apprehensions.",
    )


__all__ += [
    "check_explore_tables",
    "check_state_sums",
    "check_groups",
    "check_shares",
    "check_encounter_years",
    "check_break_parts",
    "check_explorer_widgets",
    "check_show",
    "check_jan_to_sep",
]


# --------------------------------------------------------------------------- more type-along cells' checks
# (section 2's chart, section 3's wiring, section 4's "lowest since" and readings)


def check_break_chart(fig: object) -> Feedback:
    """Type-along, section 2: the southwest border chart with the break (two lines, dashed encounters, zero axis, source)."""
    found = kit.expect_chart(fig, name="fig", source=True)
    if not found.ok:
        return found
    ax = fig.axes[0]
    lines = [line for line in ax.lines if len(line.get_xdata()) > 1]
    parts = break_parts()
    if len(lines) < 2:
        return hint(
            f"`fig` has {len(lines)} line(s) of more than one point; draw `before` as a line and `during` as another, "
            'dashed (`linestyle="--"`).'
        )
    if not any(line.get_linestyle() in ("--", "-.", ":") for line in lines):
        return hint(
            'No line is dashed: draw `during` (the encounter years) with `linestyle="--"`, so that no reader '
            "takes encounters for apprehensions."
        )
    drawn = {round(float(x)) for line in ax.lines for x in line.get_xdata()} | {
        round(float(x)) for c in ax.collections if hasattr(c, "get_offsets") for x, _ in c.get_offsets()
    }
    missing = [y for y in parts["after"].index if y not in drawn]
    if missing:
        return hint(f'FY{missing[0]} (`after`) is not drawn: add it as dots, `ax.plot(after.index, ..., "o")`.')
    if ax.get_ylim()[0] != 0:
        return hint(
            "The value axis should start at zero (`ax.set_ylim(bottom=0)`), so that the line shows the counts at their true size."
        )
    low_x, high_x = sorted(ax.get_xlim())
    if high_x < parts["last"] + 0.5 or low_x > parts["swb"].index.min() - 0.5:
        return hint(
            f"The first or last dot sits on the edge of the plot (the x axis runs {low_x:.0f}-{high_x:.0f}), where it is "
            "half cut off. Give it room: `ax.set_xlim(swb.index.min() - 1, last + 1)`."
        )
    return right(
        "`fig` draws the apprehensions, the encounters dashed and the years after the break, from zero, with its source."
    )


def check_fit_years(fit_years: object, menu: object, years: object) -> Feedback:
    """Type-along, section 3: fit_years(change) sets the slider's ends to the series' years, and the menu calls it
    once for each change of its *value* (observe(..., names="value")), not for every trait."""
    import traitlets

    from helpers.explorer import year_span

    opening = kit.expect_kind(fit_years, "function", name="fit_years", what="`def fit_years(change):`")
    if opening:
        return opening
    notifiers = getattr(menu, "_trait_notifiers", {})

    def calls(name) -> int:
        return sum(getattr(h, "__name__", "") == "fit_years" for h in notifiers.get(name, {}).get("change", []))

    if calls(traitlets.All) or any(calls(name) for name in notifiers if name not in ("value", traitlets.All)):
        return hint(
            "`menu` calls `fit_years` for every change: of its index and its label too, not only its value, and "
            "that call fails (`KeyError: 'no series 1'`). Observe the value only: `menu.observe(fit_years, names=\"value\")`. "
            "Then re-run the widgets' cell (a new menu, with no old observers) and your cell once."
        )
    if calls("value") == 0:
        return hint('`menu` does not call `fit_years` yet. Wire it: `menu.observe(fit_years, names="value")`.')
    if calls("value") > 1:
        return hint(
            f"`menu` calls fit_years {calls('value')} times for each change, because the cell ran {calls('value')} "
            "times: each run adds one more observer. Re-run the widgets' cell (it makes a new menu), then this cell once."
        )
    saved = (years.min, years.max, tuple(years.value), menu.value)
    try:
        for series in ("Nationwide", "Southwest border"):
            change = traitlets.Bunch(name="value", old=menu.value, new=series, owner=menu, type="change")
            try:
                fit_years(change)
            except Exception as error:  # noqa: BLE001  (the student's function may fail in any way)
                return hint(
                    f"`fit_years` stopped with {type(error).__name__}: {error}. Fix it, run its cell, then this check."
                )
            if (years.min, years.max) != year_span(series):
                first, last = year_span(series)
                return hint(
                    f"After `fit_years` for {series!r}, `years` runs FY{years.min}-FY{years.max}; it should run "
                    f'FY{first}-FY{last}, the series\' first and last year (`explorer.year_span(change["new"])`).'
                )
    finally:
        years.min, years.max = min(years.min, saved[0]), max(years.max, saved[1])
        years.min, years.max = saved[0], saved[1]
        years.value = saved[2]
    return right(
        "`menu` calls `fit_years` once for each change of its value, and the slider follows the series' years "
        "(tried with Nationwide, then the southwest border)."
    )


def check_explorer_view(explorer_view: object, menu: object, years: object) -> Feedback:
    """Type-along, section 3: explorer_view wires show to the two widgets (widgets.interactive)."""
    import ipywidgets as widgets

    if unanswered(explorer_view):
        return hint(NOT_ANSWERED)
    if not isinstance(explorer_view, widgets.interactive):
        return hint(
            f"`explorer_view` should be `widgets.interactive(show, series=menu, years=years)`; it is {kit.kind(explorer_view)}."
        )
    wired = list(explorer_view.kwargs_widgets)
    if not any(w is menu for w in wired) or not any(w is years for w in wired):
        return hint(
            "`explorer_view` makes widgets of its own instead of using `menu` and `years`: pass them, "
            "`series=menu, years=years`, so that fit_years and your menu drive it."
        )
    return right("`explorer_view` calls `show` with the menu's series and the slider's years whenever one changes.")


SINCE_YEAR = 2011


def _swb_counts() -> pd.Series:
    return _yearly()["southwest_border"]


def check_lower(lower: object) -> Feedback:
    """Type-along, section 4: the counts of the years before 2011 that were lower than 2011's."""
    counts = _swb_counts()
    earlier = counts[counts.index < SINCE_YEAR]
    return kit.expect_series(
        lower,
        earlier[earlier < counts[SINCE_YEAR]],
        name="lower",
        what=f"the counts of the years before FY{SINCE_YEAR} that were lower than FY{SINCE_YEAR}'s",
        mistakes={
            f"`lower` holds years after FY{SINCE_YEAR} too: keep only the years before it, "
            f"`swb_counts.index < year`.": counts[counts < counts[SINCE_YEAR]],
            f"`lower` holds FY{SINCE_YEAR} itself: keep the years *before* it, and the counts *below* its count "
            "(`<`, not `<=`).": lambda s: SINCE_YEAR in set(s.index),
            f"`lower` holds the *higher* years: keep those whose count is below FY{SINCE_YEAR}'s, "
            "`swb_counts < swb_counts[year]`.": earlier[earlier > counts[SINCE_YEAR]],
        },
        success=f"`lower` holds the {len(earlier[earlier < counts[SINCE_YEAR]])} earlier years with fewer apprehensions; "
        f"the latest is FY{earlier[earlier < counts[SINCE_YEAR]].index.max()}.",
    )


def check_claim_since(since: object, lower: object = None) -> Feedback:
    """Type-along, section 4: ``lower`` (the earlier years with lower counts, when given), then what
    lowest_since(swb_counts, 2011) returns."""
    from helpers.story import lowest_since

    if lower is not None:
        found = check_lower(lower)
        if not found.ok:
            return found
    expected = lowest_since(_swb_counts(), SINCE_YEAR)
    return kit.expect_number(
        since,
        expected,
        name="since",
        what=f"the year FY{SINCE_YEAR} was the lowest since",
        mistakes={"That is the claim's year, not the data's: call `lowest_since(swb_counts, 2011)`.": 1970},
        success=f"`since` is {expected}: the same year as `lower.index.max()`, with lesson 03's definition.",
    )


def expected_readings() -> pd.DataFrame:
    counts = _swb_counts()
    table = pd.DataFrame(
        {"southwest_border": [counts[2018], jan_to_sep(), counts[2017]]},
        index=["FY2018", "calendar 2018, Jan-Sep", "FY2017"],
    )
    table["difference_%"] = ((table["southwest_border"] / article_crossings() - 1) * 100).round(1)
    return table


def check_year_readings(readings: object) -> Feedback:
    """Type-along, section 4: the three readings of "this year", indexed by their names, with difference_%."""
    expected = expected_readings()
    return kit.expect_table(
        readings,
        expected,
        name="readings",
        what='the three readings of "this year" (FY2018, calendar 2018 Jan-Sep, FY2017), each with its count '
        "and how far the article's figure is from it, in %",
        index=True,
        ordered=False,
        tolerance=0.05,
        mistakes={
            "`difference_%` is a fraction: multiply by 100 to get percent.": lambda t: kit.same_values(
                sorted(t["difference_%"]), sorted(expected["difference_%"] / 100), tolerance=0.001
            ),
            'The rows need their names as the index: `index=["FY2018", "calendar 2018, Jan-Sep", "FY2017"]`.': lambda t: (
                list(t.index) == list(range(len(t)))
            ),
        },
        success="`readings` sets the three readings side by side: only FY2018 is far from the article's figure.",
    )


__all__ += [
    "check_break_chart",
    "check_fit_years",
    "check_explorer_view",
    "check_lower",
    "check_claim_since",
    "check_year_readings",
]
