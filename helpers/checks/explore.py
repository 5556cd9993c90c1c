"""Self-checks for notebook 06 (explore the numbers).

Every right answer is computed here from the course's files (the sectors table, the yearly
table, the article and the chosen border lengths), never typed in; each common wrong answer
gets its own hint.
"""

from __future__ import annotations

import re

from helpers.article import extract_figures, load_article
from helpers.checks.feedback import (
    NOT_ANSWERED,
    Feedback,
    check_numbers_in_sentence,
    hint,
    is_table,
    not_a_number,
    right,
    unanswered,
)
from helpers.data import chosen_border_lengths, load_apprehensions, load_monthly, load_sectors
from helpers.troops import guard_table

__all__ = ["check_texas_ahead_again", "check_gap_percent", "check_california_troops", "check_explorer_finding"]

#: Exercise 1: from this fiscal year on, the Arizona sectors were ahead of the Texas sectors for years.
ARIZONA_AHEAD_FROM = 2000
#: Exercise 2: the fiscal year that ended a month before the article ("this year").
FISCAL_YEAR = 2018


def _table_hint(answer: object, what: str, how: str) -> Feedback | None:
    if is_table(answer):
        return hint(f"That is a whole column or table (a pandas {type(answer).__name__}), not {what}. {how}")
    return None


# --------------------------------------------------------------------------- exercise 1: Texas ahead again


def _groups():
    from helpers.explorer import SERIES

    sectors = load_sectors().set_index("fiscal_year")
    texas = sectors[list(SERIES["Texas sectors"].columns)].sum(axis=1)  # TEXAS_ONLY: lesson 04's definition
    arizona = sectors[list(SERIES["Arizona sectors"].columns)].sum(axis=1)
    return sectors, texas, arizona


def check_texas_ahead_again(answer: object) -> Feedback:
    """Exercise: the first fiscal year after FY2000 in which the Texas sectors had more apprehensions than Arizona's."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "one year", "`.idxmax()` on the True/False column gives the first year that is True.")
    if found:
        return found
    found = not_a_number(answer)
    if found:
        return found
    value = float(answer)
    sectors, texas, arizona = _groups()
    ahead = (texas > arizona).loc[ARIZONA_AHEAD_FROM:]
    expected = int(ahead.idxmax())
    if value == expected:
        return right(
            f"FY{expected}: the Texas sectors made {int(texas[expected]):,} apprehensions, the Arizona sectors "
            f"{int(arizona[expected]):,}. From FY{ARIZONA_AHEAD_FROM} to FY{expected - 1} Arizona had been ahead."
        )
    if value in (int(texas[expected]), int(arizona[expected])):
        return hint("That is a number of apprehensions. Store the *year*: the index label, which `.idxmax()` gives.")
    if value == expected - 1:
        return hint(
            f"In FY{expected - 1} Arizona was still ahead (its last year in front). Look for the first year the "
            "Texas sectors had *more*."
        )
    rgv_ahead = (sectors["rio_grande_valley"] > sectors["tucson"]).loc[ARIZONA_AHEAD_FROM:]
    if rgv_ahead.any() and value == int(rgv_ahead.idxmax()):
        return hint(
            "That is when Rio Grande Valley sector overtook Tucson sector. Compare the state groups: all Texas "
            "sectors added up against both Arizona sectors added up."
        )
    if value < ARIZONA_AHEAD_FROM:
        return hint(
            f"The question starts in FY{ARIZONA_AHEAD_FROM}: select `.loc[{ARIZONA_AHEAD_FROM}:]` before looking "
            "for the first year the Texas sectors were ahead."
        )
    if value == ARIZONA_AHEAD_FROM:
        return hint(
            f"In FY{ARIZONA_AHEAD_FROM} the Arizona sectors were ahead. `.idxmax()` on `texas > arizona` gives "
            "the first year that is True."
        )
    if value == int(ahead.index.max()):
        return hint(
            "That is the last year of the table. `.idxmax()` on a True/False column gives the *first* True; "
            "check that you compared `texas > arizona`, not the other way round."
        )
    return hint(
        "Not that year. Add up each state's sectors (`.sum(axis=1)`), compare them with `texas > arizona`, "
        f"keep FY{ARIZONA_AHEAD_FROM} on, and take the first year that is True (`.idxmax()`)."
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
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "one number", 'Pick FY2018\'s value with `.loc[2018, "southwest_border"]`.')
    if found:
        return found
    found = not_a_number(answer)
    if found:
        return found
    value = float(answer)
    claimed = article_crossings()
    yearly = _yearly()
    official = int(yearly.at[FISCAL_YEAR, "southwest_border"])
    exact = (official - claimed) / official * 100
    expected = round(exact, 1)
    size = abs(value)
    if abs(size - expected) < 0.05:
        return right(
            f"FY{FISCAL_YEAR} had {official:,} southwest border apprehensions: the article's {claimed:,} is "
            f"{expected}% lower. And apprehensions count arrest events, not people who crossed."
        )
    if abs(size - exact) < 0.5:
        return hint("Close: round to one decimal place with `round(..., 1)`.")
    if abs(size - exact / 100) < 0.0005:
        return hint("That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.")
    if abs(size - (official - claimed)) < 0.5:
        return hint(
            f"That is the difference in apprehensions ({official - claimed:,}). Divide it by FY{FISCAL_YEAR}'s "
            "count and multiply by 100."
        )
    if abs(size - abs(official - claimed) / claimed * 100) < 0.05:
        return hint(
            f"You divided by the article's {claimed:,}. The question is how far the claim is from the official "
            f"figure, so divide by FY{FISCAL_YEAR}'s {official:,}."
        )
    if abs(size - claimed / official * 100) < 0.05:
        return hint(f"That is {claimed:,} as a percentage of {official:,}. The gap is 100 minus that.")
    nationwide = int(yearly.at[FISCAL_YEAR, "nationwide"])
    if abs(size - round(abs(nationwide - claimed) / nationwide * 100, 1)) < 0.05:
        return hint(
            "That uses the nationwide figure. The article is about the US-Mexico border: use `southwest_border`."
        )
    so_far = jan_to_sep()
    if (
        abs(size - round(abs(so_far - claimed) / so_far * 100, 1)) < 0.05
        or abs(size - round(abs(so_far - claimed) / claimed * 100, 1)) < 0.05
    ):
        return hint(
            f'That is the January-September {FISCAL_YEAR} reading of "this year" (lesson 03). This exercise '
            f'takes the fiscal year, FY{FISCAL_YEAR}: `yearly.loc[{FISCAL_YEAR}, "southwest_border"]`.'
        )
    for year in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        other = int(yearly.at[year, "southwest_border"])
        if abs(size - round(abs(other - claimed) / other * 100, 1)) < 0.05:
            return hint(
                f'That uses FY{year}. "This year" in an article of October {FISCAL_YEAR} is FY{FISCAL_YEAR}, '
                f"which ended on 30 September {FISCAL_YEAR}."
            )
    return hint(
        f"Not that. Take FY{FISCAL_YEAR}'s southwest border apprehensions, subtract {claimed:,}, divide by "
        f"FY{FISCAL_YEAR}'s figure, multiply by 100 and round to one decimal."
    )


# --------------------------------------------------------------------------- exercise 3: troops for California


def _troops_and_lengths() -> tuple[dict[str, int], dict[str, int]]:
    table = guard_table()
    return dict(zip(table["state"], table["troops"].astype(int))), chosen_border_lengths()


def check_california_troops(answer: object) -> Feedback:
    """Exercise: California's troops for as many troops per 100 miles of border as Arizona (a whole number)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "one number", "Compute one number of troops.")
    if found:
        return found
    found = not_a_number(answer)
    if found:
        return found
    value = float(answer)
    troops, miles = _troops_and_lengths()
    arizona_ratio = troops["Arizona"] / miles["Arizona"] * 100
    exact = arizona_ratio * miles["California"] / 100
    if value == round(exact) or value == -(-exact // 1):
        return right(
            f"{round(exact)} troops: {troops['Arizona']:,} troops on Arizona's {miles['Arizona']:,} miles is "
            f"{arizona_ratio:.1f} per 100 miles; California's {miles['California']:,} miles at that rate need "
            f"about {round(exact)}, not the article's {troops['California']:,}."
        )
    if abs(value - exact) < 1:
        return hint("Close, but troops come whole: round to a whole number with `round(...)`.")
    if abs(value - arizona_ratio) < 0.1:
        return hint("That is Arizona's troops per 100 miles. Multiply it by California's miles and divide by 100.")
    if value == troops["California"]:
        return hint(
            "That is California's troops in the article. The question is how many it would need for Arizona's rate."
        )
    if abs(value - troops["Arizona"] / miles["California"] * miles["Arizona"]) < 1:
        return hint(
            "You swapped the two lengths: Arizona's troops divided by *Arizona's* miles, times *California's* miles."
        )
    for state in troops:
        if state not in ("Arizona", "California"):
            other = troops[state] / miles[state] * miles["California"]
            if abs(value - other) < 1:
                return hint(f"That is {state}'s rate. Use Arizona's troops and Arizona's miles.")
    return hint(
        "Not that. Arizona's troops / Arizona's miles gives troops per mile; multiply by California's miles and round."
    )


# --------------------------------------------------------------------------- your turn: a finding from the explorer

_YEAR = re.compile(r"\b(?:FY\s?)?((?:19|20)\d\d)\b", re.I)


def explorer_evidence(years) -> dict[str, float]:
    """Every value a finding about ``years`` may state, for every series of the explorer: each year's count,
    and between two years the change (times, and % up or down)."""
    from helpers.explorer import SERIES, series_values

    years = sorted(set(years))
    evidence: dict[str, float] = {}
    for name in SERIES:
        counts = series_values(name)["count"]
        present = [y for y in years if y in counts.index]
        for year in present:
            evidence[f"{name}, FY{year}"] = float(counts[year])
        for first in present:
            for last in present:
                if first < last and counts[first]:
                    evidence[f"{name}, FY{last} / FY{first} (times)"] = counts[last] / counts[first]
                    evidence[f"{name}, FY{first} to FY{last} change %"] = abs(counts[last] / counts[first] - 1) * 100
    return evidence


def check_explorer_finding(sentence: object) -> Feedback:
    """Your turn: a one-sentence finding about one series of the explorer, with the years and the number(s)."""
    from helpers.explorer import SERIES, year_span

    if not isinstance(sentence, str):
        return check_numbers_in_sentence(sentence, {})
    first = min(year_span(name)[0] for name in SERIES)
    last = max(year_span(name)[1] for name in SERIES)
    years = [int(y) for y in _YEAR.findall(sentence) if first <= int(y) <= last]
    if not years:
        return hint(
            f'Name the fiscal year(s) your finding is about, as in "in FY2019" (the explorer covers '
            f"FY{first}-FY{last}): a number means little without its year."
        )
    return check_numbers_in_sentence(
        sentence,
        explorer_evidence(years),
        what=f"the explorer's series for FY{', FY'.join(str(y) for y in sorted(set(years)))}",
    )
