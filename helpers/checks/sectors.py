"""Self-checks for notebook 04 (where crossings happen: Border Patrol sectors).

The right answers are computed from ``swb_apprehensions_by_sector_fy1960_2019.csv``; each common
wrong answer (the total column, the lowest sector, another year, nationwide as denominator, a
fraction instead of a percentage, El Paso counted as Texas, ascending instead of descending, a
mean instead of a sum) gets its own hint.

``SECTOR_STATES``, ``TEXAS_ONLY`` and ``PARTLY_TEXAS`` (the course's one definition of "the Texas
sectors") live in ``helpers.facts``; they are importable from here too, as the lessons import them.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers import facts
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, is_table, right, unanswered
from helpers.data import load_apprehensions, load_sectors
from helpers.facts import PARTLY_TEXAS, SECTOR_STATES, TEXAS_ONLY  # re-exported: notebooks 02 and 06 import them here

__all__ = [
    "check_ranked_shares",
    "check_top_sector",
    "check_texas_share",
    "check_states_pivot",
    "check_sector_year_finding",
]

#: The fiscal year both exercises ask about: the last full year before the article.
FISCAL_YEAR = 2018
TOTAL = "southwest_border_total"


def _sectors():
    return load_sectors().set_index("fiscal_year"), list(facts.SECTORS)


def _name(column: str) -> str:
    return facts.SECTOR_NAMES.get(column, column.replace("_", " ").title())


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
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not a sector's name. On the "
            f"row for FY{FISCAL_YEAR} with the nine sector columns, `.idxmax()` gives the column with the most."
        )
    table, sectors = _sectors()
    row = table.loc[FISCAL_YEAR, sectors]
    expected = row.idxmax()
    if isinstance(answer, bool) or (not isinstance(answer, (str, int, float)) and not hasattr(answer, "__index__")):
        return hint(f'`answer` should be a sector\'s name such as "tucson", but it is a {type(answer).__name__}.')
    if not isinstance(answer, str):
        if float(answer) == row.max():
            return hint(
                f"{int(row.max()):,} is the number of apprehensions. Store the sector's *name*: "
                "`.idxmax()` gives it, where `.max()` gives the count."
            )
        if float(answer) == table.loc[FISCAL_YEAR, TOTAL]:
            return hint("That is the southwest border total, a number. Store the name of the busiest sector.")
        return hint('Store the sector\'s name (a string such as "tucson"), not a number.')
    column = _column(answer)
    if column == expected:
        share = row[expected] / table.loc[FISCAL_YEAR, TOTAL] * 100
        return right(
            f"{_name(expected)} sector had {row[expected]:,} apprehensions in FY{FISCAL_YEAR}, "
            f"{share:.0f}% of the southwest border total."
        )
    if column == TOTAL:
        return hint(
            "`southwest_border_total` is all nine sectors added up, not a sector. Leave it out: "
            "select only the nine sector columns before `.idxmax()`."
        )
    if column in ("texas", "arizona", "california", "new_mexico"):
        return hint("That is a state. The question asks for a Border Patrol *sector*, one of the nine columns.")
    if column == "fiscal_year":
        return hint(
            '`fiscal_year` is not a sector. Set it as the index (`.set_index("fiscal_year")`) before `.idxmax()`.'
        )
    if column not in sectors:
        return hint(f"{answer!r} is not one of the nine sectors: {', '.join(sectors)}.")
    if column == row.idxmin():
        return hint(
            f"{_name(column)} had the *fewest* apprehensions in FY{FISCAL_YEAR} ({row[column]:,}). "
            "Use `.idxmax()` for the most."
        )
    tops = table[sectors].idxmax(axis=1)
    years = tops.index[tops == column]
    if len(years):
        when = (
            f"FY{years[0]}"
            if len(years) == 1
            else f"{len(years)} fiscal years between FY{years.min()} and FY{years.max()}"
        )
        return hint(
            f"{_name(column)} was the busiest sector in {when}, but not in FY{FISCAL_YEAR}. Check that you "
            f"picked the row for FY{FISCAL_YEAR}."
        )
    return hint(
        f"{_name(column)} had {row[column]:,} apprehensions in FY{FISCAL_YEAR}: not the most. Compare all "
        f"nine sectors on the FY{FISCAL_YEAR} row with `.idxmax()`."
    )


# --------------------------------------------------------------------------- exercise 2: Texas' share


def _share(table, sectors, year: int, denominator: float | None = None) -> float:
    total = table.loc[year, TOTAL] if denominator is None else denominator
    return float(table.loc[year, list(sectors)].sum() / total * 100)


def _nationwide(year: int) -> int:
    yearly = load_apprehensions().set_index("fiscal_year")
    return int(yearly.loc[year, "nationwide"])


def check_texas_share(answer: object) -> Feedback:
    """Exercise: the percentage of FY2018 southwest border apprehensions made in the four all-Texas sectors."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if is_table(answer):
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not one percentage. Add the "
            "four Texas sectors up with `.sum()`, then divide by the total."
        )
    problem = feedback.not_a_number(answer)
    if problem:
        return problem
    value = float(answer)
    table, _ = _sectors()
    expected = _share(table, TEXAS_ONLY, FISCAL_YEAR)

    def near(target: float, tolerance: float = 0.1) -> bool:
        return abs(value - target) < tolerance

    if near(expected) or value == round(expected):
        return right(
            f"{expected:.1f}% of FY{FISCAL_YEAR}'s southwest border apprehensions were made in the four "
            f"sectors wholly in Texas ({int(table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum()):,} of "
            f"{int(table.loc[FISCAL_YEAR, TOTAL]):,}). With El Paso sector it would be "
            f"{_share(table, TEXAS_ONLY + PARTLY_TEXAS, FISCAL_YEAR):.1f}%: the true Texas share lies between."
        )
    if near(expected / 100, 0.001):
        return hint(f"{value:.3f} is a fraction of 1. Multiply by 100 for a percentage.")
    if value == table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum():
        return hint(
            "That is the number of apprehensions in the Texas sectors. Divide it by the southwest border "
            "total, and multiply by 100."
        )
    if near(_share(table, TEXAS_ONLY + PARTLY_TEXAS, FISCAL_YEAR)):
        return hint(
            "You counted El Paso sector as Texas. It also covers all of New Mexico, so the exercise keeps "
            "to the four sectors wholly in Texas: Big Bend, Del Rio, Laredo and Rio Grande Valley."
        )
    if near(_share(table, TEXAS_ONLY, FISCAL_YEAR, _nationwide(FISCAL_YEAR))):
        return hint(
            "You divided by *nationwide* apprehensions. The share is of the southwest border: divide by "
            "`southwest_border_total`."
        )
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        if near(_share(table, TEXAS_ONLY, other)):
            return hint(f"That is the share for FY{other}, one year off. Use the row for FY{FISCAL_YEAR}.")
    for sector in TEXAS_ONLY:
        if near(_share(table, (sector,), FISCAL_YEAR)):
            return hint(f"That is {_name(sector)} sector alone. Add up all four sectors wholly in Texas.")
    if not 0 <= value <= 100:
        return hint(
            "A share of the total must lie between 0 and 100 percent. Divide the Texas sectors' sum by "
            "`southwest_border_total`, then multiply by 100."
        )
    return hint(
        f"{value:g} is not the share. Add up {', '.join(_name(s) for s in TEXAS_ONLY)} for FY{FISCAL_YEAR}, "
        "divide by that year's `southwest_border_total` and multiply by 100."
    )


# --------------------------------------------------------------------------- type-along: the ranking (sort_values)


def _shares(year: int):
    """Each sector's share of the year's southwest border total, in percent (floats)."""
    table, sectors = _sectors()
    return table.loc[year, sectors].astype(float) / float(table.loc[year, TOTAL]) * 100


def _close(answer, expected, tolerance: float = 0.05) -> bool:
    try:
        return list(answer.index) == list(expected.index) and bool(
            ((answer.astype(float) - expected.astype(float)).abs() <= tolerance).all()
        )
    except (TypeError, ValueError):
        return False


def check_ranked_shares(answer: object) -> Feedback:
    """Type-along: ``ranked``, the nine sectors' FY2018 shares (%), largest first."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if isinstance(answer, pd.DataFrame):
        return hint(
            f"That is a table. Take one row of `shares`, the one for FY{FISCAL_YEAR} (`.loc[{FISCAL_YEAR}]`), "
            "then sort it."
        )
    if not isinstance(answer, pd.Series):
        return hint(
            f"`ranked` should be a pandas Series (nine sectors and their shares), but it is a {type(answer).__name__}."
        )
    table, sectors = _sectors()
    expected = _shares(FISCAL_YEAR).sort_values(ascending=False)
    if TOTAL in answer.index:
        return hint(
            "`southwest_border_total` is in your ranking: it is the whole, not a sector. Rank the "
            "`shares` table, which holds only the nine sectors."
        )
    if set(answer.index) != set(sectors):
        return hint(
            f"`ranked` should hold the nine sectors ({', '.join(sectors)}), one value each. Start from "
            f"`shares.loc[{FISCAL_YEAR}]`."
        )
    if _close(answer, expected):
        top, second = expected.index[0], expected.index[1]
        return right(
            f"In FY{FISCAL_YEAR} {_name(top)} sector made {expected[top]:.1f}% of the southwest border's "
            f"apprehensions, {expected[top] / expected[second]:.1f} times {_name(second)}, the next one."
        )
    if _close(answer, expected.iloc[::-1]):
        return hint(
            "Your ranking starts with the smallest share: `.sort_values()` sorts from small to large. "
            "Ask for the largest first with `ascending=False`."
        )
    ordered = answer.reindex(expected.index)
    if _close(ordered, table.loc[FISCAL_YEAR, list(expected.index)]):
        return hint(
            "Those are counts of apprehensions, not shares. Sort the `shares` row instead (or divide "
            "by the total and multiply by 100 first)."
        )
    if _close(ordered, expected / 100, 0.0005):
        return hint("Those are fractions of 1. The `shares` table is in percent: multiply by 100.")
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        if _close(ordered, _shares(other).reindex(expected.index)):
            return hint(f"Those are the shares of FY{other}, one year off. Take the row for FY{FISCAL_YEAR}.")
    if _close(ordered, expected):
        return hint("The values are right but not in order. Sort them with `.sort_values(ascending=False)`.")
    return hint(f"Not the FY{FISCAL_YEAR} shares yet: take `shares.loc[{FISCAL_YEAR}]` and sort it, largest first.")


# --------------------------------------------------------------------------- type-along: states by year (pivot_table)


def _by_states(how: str = "sum"):
    table, sectors = _sectors()
    groups = SECTOR_STATES
    assert sorted(groups) == sorted(sectors), "the mapping must cover the nine sectors"
    long = table[sectors].reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions")
    long["states"] = long["column"].map(groups)
    return long.pivot_table(index="fiscal_year", columns="states", values="apprehensions", aggfunc=how)


def _frame_close(answer, expected) -> bool:
    try:
        answer = answer.reindex(index=expected.index, columns=expected.columns)
        return bool(((answer.astype(float) - expected.astype(float)).abs() <= 1e-6).all().all())
    except (TypeError, ValueError):
        return False


def check_states_pivot(answer: object) -> Feedback:
    """Type-along: ``by_states``, apprehensions by fiscal year (rows) and the states a sector covers (columns)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if not isinstance(answer, pd.DataFrame):
        return hint(
            f"`by_states` should be a table (a pandas DataFrame) from `.pivot_table(...)`, but it is a "
            f"{type(answer).__name__}."
        )
    expected = _by_states()
    _, sectors = _sectors()
    rows, columns = {str(v) for v in answer.index}, {str(c) for c in answer.columns}
    wanted_rows, wanted_columns = {str(v) for v in expected.index}, {str(c) for c in expected.columns}
    if rows == wanted_columns and columns <= wanted_rows:
        return hint(
            "Rows and columns are swapped: the fiscal years go down the side (`index=`), the states "
            "across the top (`columns=`)."
        )
    if columns >= set(sectors):
        return hint(
            "The columns are the nine sectors again. Spread the table by the `states` column instead, "
            "so that sectors covering the same state(s) are added together."
        )
    if rows != wanted_rows or columns != wanted_columns:
        return hint(
            f"Expected one row per fiscal year (FY{expected.index.min()}-FY{expected.index.max()}) and one "
            f"column per value of `states` ({', '.join(expected.columns)}). Pivot the merged table, "
            "with `fiscal_year` as the index and `states` as the columns."
        )
    if _frame_close(answer, expected):
        texas = expected.loc[FISCAL_YEAR, "Texas"]
        return right(
            f"{len(expected)} fiscal years by {len(expected.columns)} groups of states. In FY{FISCAL_YEAR} "
            f"the four sectors wholly in Texas made {int(texas):,} apprehensions."
        )
    if _frame_close(answer, _by_states("mean")):
        return hint(
            "Those are averages: `pivot_table` takes the *mean* unless told otherwise. Add the sectors "
            'up with `aggfunc="sum"`.'
        )
    if _frame_close(answer, _by_states("count")):
        return hint(
            "Those count the sectors in each group. Add up their apprehensions with "
            '`aggfunc="sum"` and `values="apprehensions"`.'
        )
    return hint('The shape is right but not the numbers: `values="apprehensions"`, `aggfunc="sum"`.')


# --------------------------------------------------------------------------- exercise 3: your finding


_YEAR = re.compile(r"(?<![\d,.])(?:FY\s?)?((?:19|20)\d\d)(?!\d|,\d)", re.I)


def _sectors_named(sentence: str) -> list[str]:
    _, sectors = _sectors()
    text = sentence.lower().replace("-", " ")
    named = [column for column in sectors if _name(column).lower() in text]
    if re.search(r"\brgv\b", text) and "rio_grande_valley" not in named:
        named.append("rio_grande_valley")
    return named


def sector_evidence(sectors, years) -> dict[str, float]:
    """The figures a finding about these sectors and years can state: counts, shares (%), totals, changes."""
    table, _ = _sectors()
    evidence: dict[str, float] = {}
    years = [y for y in years if y in table.index]
    for year in years:
        evidence[f"FY{year} southwest border total"] = float(table.loc[year, TOTAL])
        ranked = _shares(year).rank(ascending=False)
        for sector in sectors:
            count, share = float(table.loc[year, sector]), float(_shares(year)[sector])
            evidence[f"{_name(sector)}, FY{year} apprehensions"] = count
            evidence[f"{_name(sector)}, FY{year} share %"] = share
            evidence[f"{_name(sector)}, FY{year} rank"] = float(ranked[sector])
            evidence[f"{_name(sector)}, FY{year}: one in ..."] = 100 / share if share else 0.0
    for sector in sectors:
        for first in years:
            for second in years:
                if first != second:
                    a, b = float(table.loc[first, sector]), float(table.loc[second, sector])
                    if b:
                        evidence[f"{_name(sector)}, FY{first} / FY{second}"] = a / b
                        evidence[f"{_name(sector)}, FY{first} vs FY{second}, % change"] = abs(a / b - 1) * 100
                    evidence[f"{_name(sector)}, FY{first} - FY{second}, share points"] = abs(
                        float(_shares(first)[sector]) - float(_shares(second)[sector])
                    )
    return evidence


def check_sector_year_finding(sentence: object) -> Feedback:
    """Exercise 3 (open-ended): one sentence about one sector in one fiscal year, with its number(s)."""
    if isinstance(sentence, str) and sentence.strip() not in {"", "..."}:
        table, _ = _sectors()
        named = _sectors_named(sentence)
        years = sorted({int(y) for y in _YEAR.findall(sentence)})
        if not named:
            return hint(
                'Name the sector your finding is about, as the table does (e.g. "Tucson" or '
                '"Rio Grande Valley"), so that its numbers can be checked.'
            )
        if not years:
            return hint(
                "Name the fiscal year your finding is about (e.g. FY2018), so that its numbers can be "
                "checked against that year's row."
            )
        if not any(y in table.index for y in years):
            return hint(
                f"The sector table runs from FY{table.index.min()} to FY{table.index.max()}: pick a year in that range."
            )
        return feedback.check_numbers_in_sentence(
            sentence,
            sector_evidence(named, years),
            what=f"the figures for {', '.join(_name(s) for s in named)} in {', '.join(f'FY{y}' for y in years)}",
        )
    return feedback.check_numbers_in_sentence(sentence, {})
