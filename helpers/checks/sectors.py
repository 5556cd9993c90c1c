"""Self-checks for notebook 04 (where crossings happen: Border Patrol sectors).

The right answers are computed from ``swb_apprehensions_by_sector_fy1960_2019.csv``; each common
wrong answer (the total column, the lowest sector, another year, nationwide as denominator, a
fraction instead of a percentage, El Paso counted as Texas) gets its own hint.
"""

from __future__ import annotations

import re

from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered

__all__ = ["check_top_sector", "check_texas_share"]

#: The fiscal year both exercises ask about: the last full year before the article.
FISCAL_YEAR = 2018
#: The four sectors whose stretch of border lies wholly in Texas (a definition: see notebook 04).
TEXAS_ONLY = ("big_bend", "del_rio", "laredo", "rio_grande_valley")
#: El Paso sector covers New Mexico *and* far-west Texas: the ambiguous one.
PARTLY_TEXAS = ("el_paso",)
TOTAL = "southwest_border_total"


def _sectors():
    from helpers.data import SECTORS, load_sectors

    return load_sectors().set_index("fiscal_year"), list(SECTORS)


def _name(column: str) -> str:
    return column.replace("_", " ").title()


def _column(text: str) -> str:
    """'Rio Grande Valley', 'rio-grande valley', 'RGV' -> 'rio_grande_valley'."""
    text = re.sub(r"[\s\-]+", "_", text.strip().lower())
    return {"rgv": "rio_grande_valley"}.get(text, text)


# --------------------------------------------------------------------------- exercise 1: the busiest sector


def check_top_sector(answer: object) -> Feedback:
    """Exercise: the sector with the most apprehensions in FY2018 (its column name)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if is_table(answer):
        return hint(f"That is a table or a column (a pandas {type(answer).__name__}), not a sector's name. On the "
                    f"row for FY{FISCAL_YEAR} with the nine sector columns, `.idxmax()` gives the column with the most.")
    table, sectors = _sectors()
    row = table.loc[FISCAL_YEAR, sectors]
    expected = row.idxmax()
    if isinstance(answer, bool) or not isinstance(answer, (str, int, float)) and not hasattr(answer, "__index__"):
        return hint(f"`answer` should be a sector's name such as \"tucson\", but it is a {type(answer).__name__}.")
    if not isinstance(answer, str):
        if float(answer) == row.max():
            return hint(f"{int(row.max()):,} is the number of apprehensions. Store the sector's *name*: "
                        "`.idxmax()` gives it, where `.max()` gives the count.")
        if float(answer) == table.loc[FISCAL_YEAR, TOTAL]:
            return hint("That is the southwest border total, a number. Store the name of the busiest sector.")
        return hint("Store the sector's name (a string such as \"tucson\"), not a number.")
    column = _column(answer)
    if column == expected:
        share = row[expected] / table.loc[FISCAL_YEAR, TOTAL] * 100
        return right(f"{_name(expected)} sector had {row[expected]:,} apprehensions in FY{FISCAL_YEAR}, "
                     f"{share:.0f}% of the southwest border total.")
    if column == TOTAL:
        return hint("`southwest_border_total` is all nine sectors added up, not a sector. Leave it out: "
                    "select only the nine sector columns before `.idxmax()`.")
    if column in ("texas", "arizona", "california", "new_mexico"):
        return hint("That is a state. The question asks for a Border Patrol *sector*, one of the nine columns.")
    if column == "fiscal_year":
        return hint("`fiscal_year` is not a sector. Set it as the index (`.set_index(\"fiscal_year\")`) before `.idxmax()`.")
    if column not in sectors:
        return hint(f"{answer!r} is not one of the nine sectors: {', '.join(sectors)}.")
    if column == row.idxmin():
        return hint(f"{_name(column)} had the *fewest* apprehensions in FY{FISCAL_YEAR} ({row[column]:,}). "
                    "Use `.idxmax()` for the most.")
    tops = table[sectors].idxmax(axis=1)
    years = tops.index[tops == column]
    if len(years):
        when = f"FY{years[0]}" if len(years) == 1 else f"{len(years)} fiscal years between FY{years.min()} and FY{years.max()}"
        return hint(f"{_name(column)} was the busiest sector in {when}, but not in FY{FISCAL_YEAR}. Check that you "
                    f"picked the row for FY{FISCAL_YEAR}.")
    return hint(f"{_name(column)} had {row[column]:,} apprehensions in FY{FISCAL_YEAR}: not the most. Compare all "
                f"nine sectors on the FY{FISCAL_YEAR} row with `.idxmax()`.")


# --------------------------------------------------------------------------- exercise 2: Texas' share


def _share(table, sectors, year: int, denominator: float | None = None) -> float:
    total = table.loc[year, TOTAL] if denominator is None else denominator
    return float(table.loc[year, list(sectors)].sum() / total * 100)


def _nationwide(year: int) -> int:
    from helpers.data import load_apprehensions

    yearly = load_apprehensions().set_index("fiscal_year")
    return int(yearly.loc[year, "nationwide"])


def check_texas_share(answer: object) -> Feedback:
    """Exercise: the percentage of FY2018 southwest border apprehensions made in the four all-Texas sectors."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if is_table(answer):
        return hint(f"That is a table or a column (a pandas {type(answer).__name__}), not one percentage. Add the "
                    "four Texas sectors up with `.sum()`, then divide by the total.")
    if isinstance(answer, bool) or not isinstance(answer, (int, float)) and not hasattr(answer, "__float__"):
        return hint(f"`answer` should be a number, the percentage (such as 42.5), but it is a {type(answer).__name__}.")
    value = float(answer)
    table, _ = _sectors()
    expected = _share(table, TEXAS_ONLY, FISCAL_YEAR)

    def near(target: float, tolerance: float = 0.1) -> bool:
        return abs(value - target) < tolerance

    if near(expected) or value == round(expected):
        return right(f"{expected:.1f}% of FY{FISCAL_YEAR}'s southwest border apprehensions were made in the four "
                     f"sectors wholly in Texas ({int(table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum()):,} of "
                     f"{int(table.loc[FISCAL_YEAR, TOTAL]):,}). With El Paso sector it would be "
                     f"{_share(table, TEXAS_ONLY + PARTLY_TEXAS, FISCAL_YEAR):.1f}%: the true Texas share lies between.")
    if near(expected / 100, 0.001):
        return hint(f"{value:.3f} is a fraction of 1. Multiply by 100 for a percentage.")
    if value == table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum():
        return hint("That is the number of apprehensions in the Texas sectors. Divide it by the southwest border "
                    "total, and multiply by 100.")
    if near(_share(table, TEXAS_ONLY + PARTLY_TEXAS, FISCAL_YEAR)):
        return hint("You counted El Paso sector as Texas. It also covers all of New Mexico, so the exercise keeps "
                    "to the four sectors wholly in Texas: Big Bend, Del Rio, Laredo and Rio Grande Valley.")
    if near(_share(table, TEXAS_ONLY, FISCAL_YEAR, _nationwide(FISCAL_YEAR))):
        return hint("You divided by *nationwide* apprehensions. The share is of the southwest border: divide by "
                    "`southwest_border_total`.")
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        if near(_share(table, TEXAS_ONLY, other)):
            return hint(f"That is the share for FY{other}, one year off. Use the row for FY{FISCAL_YEAR}.")
    for sector in TEXAS_ONLY:
        if near(_share(table, (sector,), FISCAL_YEAR)):
            return hint(f"That is {_name(sector)} sector alone. Add up all four sectors wholly in Texas.")
    if not 0 <= value <= 100:
        return hint("A share of the total must lie between 0 and 100 percent. Divide the Texas sectors' sum by "
                    "`southwest_border_total`, then multiply by 100.")
    return hint(f"{value:g} is not the share. Add up {', '.join(_name(s) for s in TEXAS_ONLY)} for FY{FISCAL_YEAR}, "
                "divide by that year's `southwest_border_total` and multiply by 100.")
