"""Self-checks for notebook 03 (checking the crossing figures).

Every right answer is computed here from the course's datasets, never typed in, and each
common wrong answer (calendar instead of fiscal year, nationwide instead of southwest border,
off by one year, highest instead of lowest, a table instead of a value) gets its own hint.
"""

from __future__ import annotations

import re

from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered

__all__ = ["check_lowest_month", "check_fy2011_low"]

#: The fiscal year of exercise 1 (the one that ended a month before the article) and its neighbours.
FISCAL_YEAR = 2018
#: Exercise 2: the CRS fact sheet called FY2011 "a 41-year low".
CRS_YEAR, CRS_CLAIM = 2011, 41

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _monthly():
    from helpers.data import load_monthly

    return load_monthly()


def _yearly(column: str):
    from helpers.data import load_apprehensions

    yearly = load_apprehensions()
    yearly = yearly[yearly["measure"] == "apprehensions"]
    return yearly.set_index("fiscal_year")[column].dropna()


def _table_hint(answer: object, what: str) -> Feedback | None:
    if is_table(answer):
        return hint(f"That is a table or a column (a pandas {type(answer).__name__}), not {what}. "
                    "Pick one value out of it, for example with `.idxmin()` or `.loc[...]`.")
    return None


# --------------------------------------------------------------------------- exercise 1: the lowest month


def _lowest(months, column: str = "swb_apprehensions"):
    """The row of the month with the fewest apprehensions in ``months``."""
    return months.loc[months[column].idxmin()]


def check_lowest_month(answer: object) -> Feedback:
    """Exercise: the month of fiscal year 2018 with the fewest southwest border apprehensions (its name)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "a month's name")
    if found:
        return found
    monthly = _monthly()
    fiscal = monthly[monthly["fiscal_year"] == FISCAL_YEAR]
    lowest = _lowest(fiscal)
    month, year, count = lowest["month"], int(lowest["calendar_year"]), int(lowest["swb_apprehensions"])
    highest = fiscal.loc[fiscal["swb_apprehensions"].idxmax()]
    if isinstance(answer, bool) or not isinstance(answer, (str, int, float)) and not hasattr(answer, "__index__"):
        return hint(f"`answer` should be a month's name such as \"March\", but it is a {type(answer).__name__}.")
    if not isinstance(answer, str):
        value = float(answer)
        if value == count:
            return hint(f"{count:,} is the number of apprehensions in the lowest month. Store the month's *name*, "
                        "from the `month` column of that row.")
        if value == int(lowest["month_number"]):
            return hint(f"{int(value)} is the month's number. Store its name instead, from the `month` column.")
        if value == int(highest["swb_apprehensions"]):
            return hint("That is the count of the *highest* month, and a count, not a name. Use `.idxmin()` "
                        "for the lowest, then read the `month` column.")
        return hint("Store the month's name (a string such as \"March\"), from the `month` column of the lowest row.")
    text = answer.strip()
    named = next((m for m in _MONTHS if re.match(rf"{m[:3]}\w*\.?\b", text, re.I)), None)
    given_year = re.search(r"\b(\d{4})\b", text)
    if named is None:
        return hint(f"{text!r} is not the name of a month. Write it as the `month` column does, e.g. \"March\".")
    if named == month and (given_year is None or int(given_year[1]) == year):
        return right(f"{month} {year} had the fewest southwest border apprehensions of FY{FISCAL_YEAR}: {count:,}. "
                     f"Fiscal year {FISCAL_YEAR} started in October {FISCAL_YEAR - 1}.")
    if named == month and given_year:
        return hint(f"{month} {given_year[1]} is not in FY{FISCAL_YEAR}, which runs from October {FISCAL_YEAR - 1} "
                    f"to September {FISCAL_YEAR}. Which {month} is?")
    calendar = monthly[monthly["calendar_year"] == FISCAL_YEAR]
    if named == _lowest(calendar)["month"]:
        return hint(f"That is the lowest month of *calendar* year {FISCAL_YEAR} (January to December). Fiscal year "
                    f"{FISCAL_YEAR} runs from October {FISCAL_YEAR - 1} to September {FISCAL_YEAR}: filter on "
                    "`fiscal_year`, not `calendar_year`.")
    if named == highest["month"]:
        return hint(f"{named} was the *highest* month of FY{FISCAL_YEAR} ({int(highest['swb_apprehensions']):,}). "
                    "Use `.idxmin()` (or sort ascending) for the lowest.")
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        if named == _lowest(monthly[monthly["fiscal_year"] == other])["month"]:
            return hint(f"{named} is the lowest month of FY{other}, one year off. Filter on "
                        f"`monthly[\"fiscal_year\"] == {FISCAL_YEAR}`.")
    if named == _lowest(fiscal, "nationwide_apprehensions")["month"]:
        return hint("That is the lowest month for nationwide apprehensions. The exercise asks about the southwest "
                    "border: use the `swb_apprehensions` column.")
    row = fiscal[fiscal["month"] == named].iloc[0]
    return hint(f"{named} {int(row['calendar_year'])} had {int(row['swb_apprehensions']):,}, but another month of "
                f"FY{FISCAL_YEAR} had fewer. Sort FY{FISCAL_YEAR}'s twelve months by `swb_apprehensions`.")


# --------------------------------------------------------------------------- exercise 2: FY2011, a 41-year low?


def lowest_since(counts, year: int) -> int | None:
    """The most recent year before ``year`` with a lower count (None if there is none): the notebook's function."""
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def check_fy2011_low(answer: object) -> Feedback:
    """Exercise: the most recent fiscal year before FY2011 with fewer southwest border apprehensions."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    found = _table_hint(answer, "a year")
    if found:
        return found
    if isinstance(answer, str) and re.fullmatch(r"\s*(FY)?\s*\d{4}\s*", answer, re.I):
        answer = int(re.search(r"\d{4}", answer)[0])
    if isinstance(answer, bool) or not isinstance(answer, (int, float)) and not hasattr(answer, "__index__"):
        return hint(f"`answer` should be a fiscal year, a number such as 1999, but it is a {type(answer).__name__}.")
    if float(answer) != int(answer):
        return hint("A fiscal year is a whole number, such as 1999.")
    year = int(answer)
    swb = _yearly("southwest_border")
    expected = lowest_since(swb, CRS_YEAR)
    earlier_lower = swb[(swb.index < CRS_YEAR) & (swb < swb[CRS_YEAR])]
    if year == expected:
        return right(f"FY{expected} ({swb[expected]:,}) is the last year with fewer apprehensions than FY{CRS_YEAR} "
                     f"({swb[CRS_YEAR]:,}): FY{CRS_YEAR} was the lowest since FY{expected}, a {CRS_YEAR - expected}-year "
                     f"low, not a {CRS_CLAIM}-year one.")
    nationwide_answer = lowest_since(_yearly("nationwide"), CRS_YEAR)
    if year == nationwide_answer:
        return hint(f"FY{year} is the answer for *nationwide* apprehensions. The fact sheet is about the southwest "
                    "border: use the `southwest_border` column.")
    if year == CRS_YEAR - CRS_CLAIM:
        return hint(f"{CRS_YEAR} - {CRS_CLAIM} = {year} takes the fact sheet at its word. Test it instead: which "
                    f"earlier years had fewer apprehensions than FY{CRS_YEAR}, and which of them is the most recent?")
    if year in (CRS_YEAR - expected, CRS_CLAIM):
        return hint("That is a number of years. Store the fiscal year itself, such as 1999.")
    if year == int(earlier_lower.idxmin()):
        return hint(f"FY{year} is the lowest of all the earlier years. You want the most *recent* year that was "
                    "lower: take `.max()` of the years, not `.idxmin()` of the counts.")
    if year >= CRS_YEAR:
        return hint(f"Only years *before* FY{CRS_YEAR} count: \"the lowest since\" looks back in time.")
    if year not in swb.index:
        return hint(f"The southwest border series starts in FY{swb.index.min()}; FY{year} is not in it.")
    if swb[year] >= swb[CRS_YEAR]:
        return hint(f"FY{year} had more apprehensions ({swb[year]:,}) than FY{CRS_YEAR} ({swb[CRS_YEAR]:,}). Keep "
                    f"only the earlier years with *fewer*.")
    return hint(f"FY{year} was lower than FY{CRS_YEAR}, but it is not the most recent lower year: a later year "
                "was lower too. Take the latest of the lower years.")
