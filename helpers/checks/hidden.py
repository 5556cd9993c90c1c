"""Checks of the final assignment (check a claim end to end), and the autograder's hidden variants.

Not part of the student release (``tools/assignments.py`` leaves this module out): the final
assignment is graded, so its notebook in the release has no check cells, and the hidden variants
try what the visible checks do not (another fiscal year). Every expected value is computed from
``datasets/swb_apprehensions_by_sector_fy1960_2019.csv``; nothing is typed.

The claim: in fiscal year 2018 the Border Patrol made more apprehensions in its Rio Grande Valley
sector alone than in the sectors along Arizona's whole border. Arizona's border is Tucson sector
and Yuma sector; Yuma also covers a strip of California, so Tucson + Yuma is the most Arizona can
have: if the Rio Grande Valley beats that, the claim holds however Yuma is split.
"""

from __future__ import annotations

import pandas as pd

from helpers import facts, paths
from helpers.checks import feedback
from helpers.checks.crossings import VERDICTS
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, right, unanswered

__all__ = [
    "check_claim_table",
    "check_claim_rgv",
    "check_claim_arizona",
    "check_claim_ratio",
    "check_claim_years",
    "check_claim_verdict",
    "check_claim_write_up",
    "HIDDEN_VARIANTS",
]

CLAIM_YEAR = 2018
RGV = "rio_grande_valley"
#: The sectors along Arizona's border (``helpers.facts.SECTOR_STATES``): Yuma and Tucson.
ARIZONA = tuple(code for code, states in facts.SECTOR_STATES.items() if "Arizona" in states)


def _table():
    return pd.read_csv(paths.DATASETS / "swb_apprehensions_by_sector_fy1960_2019.csv")


def _by_year():
    return _table().set_index("fiscal_year")


def arizona_total(year: int) -> int:
    """Tucson + Yuma sector apprehensions in one fiscal year: the most Arizona's border can have had."""
    row = _by_year().loc[year]
    return int(sum(row[s] for s in ARIZONA))


def rgv_total(year: int) -> int:
    return int(_by_year().loc[year, RGV])


def years_ahead() -> int:
    """In how many fiscal years the Rio Grande Valley made more apprehensions than Tucson + Yuma."""
    table = _by_year()
    return int((table[RGV] > table[list(ARIZONA)].sum(axis=1)).sum())


def _number(answer) -> tuple[Feedback | None, float | None]:
    problem = feedback.not_a_number(answer)
    if problem is not None:
        return problem, None
    return None, feedback.as_number(answer)


def check_claim_table(table: object) -> Feedback:
    """The sector table, loaded with pd.read_csv: every fiscal year, every sector."""
    expected = _table()
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if not isinstance(table, pd.DataFrame):
        return hint(
            f"`sectors` should be a table (a pandas DataFrame from `pd.read_csv`), not a {type(table).__name__}."
        )
    if "fiscal_year" not in table.columns and table.index.name == "fiscal_year":
        table = table.reset_index()
    if list(table.columns) != list(expected.columns):
        return hint(
            "The columns are not the file's: load swb_apprehensions_by_sector_fy1960_2019.csv from "
            "`paths.DATASETS`, without selecting columns yet."
        )
    if len(table) != len(expected):
        return hint(f"The table has {len(table)} rows; the file has one per fiscal year. Load the whole file.")
    return right(f"{len(expected)} fiscal years, {len(expected.columns) - 2} sectors and the southwest border total.")


def check_claim_rgv(answer: object) -> Feedback:
    """Rio Grande Valley sector apprehensions in FY2018."""
    problem, value = _number(answer)
    if problem is not None:
        return problem
    table = _by_year()
    if value == rgv_total(CLAIM_YEAR):
        return right("That is the Rio Grande Valley's count for the claim's year.")
    if value in {rgv_total(y) for y in (CLAIM_YEAR - 1, CLAIM_YEAR + 1)}:
        return hint("That is another fiscal year's count: the claim is about FY2018 (`fiscal_year == 2018`).")
    if value == int(table.loc[CLAIM_YEAR, "southwest_border_total"]):
        return hint("That is the whole southwest border. Take the `rio_grande_valley` column.")
    return hint(
        "Not the Rio Grande Valley's FY2018 count: select the row of fiscal year 2018 and the "
        "`rio_grande_valley` column."
    )


def _arizona_feedback(function: object, years) -> Feedback:
    if unanswered(function):
        return hint(NOT_ANSWERED)
    if not callable(function):
        return hint(
            "`arizona` should be a function (`def arizona(table, year): ...`), so that the same code "
            "works for any year."
        )
    table = _by_year()
    for year in years:
        ok, got = feedback.try_call(function, _table(), year)
        if not ok:
            return hint(f"`arizona(sectors, {year})` raised {type(got).__name__}: {got}.")
        problem, value = _number(got)
        if problem is not None:
            return hint(f"`arizona(sectors, {year})` should return one number. {problem.message}")
        if value == arizona_total(year):
            continue
        if value == int(table.loc[year, "tucson"]):
            return hint(
                f"For FY{year} your function gave Tucson sector alone. Arizona's border has a second "
                "sector: Yuma (which also covers a strip of California). Add both."
            )
        if value == int(table.loc[year, "tucson"] + table.loc[year, "yuma"] + table.loc[year, "el_centro"]):
            return hint("El Centro sector is in California: leave it out.")
        return hint(
            f"`arizona(sectors, {year})` gave {got!r}: add the `tucson` and `yuma` columns of that fiscal year's row."
        )
    return right("Your function adds Tucson and Yuma sectors for the year it is given.")


def check_claim_arizona(function: object) -> Feedback:
    """The student's ``arizona(table, year)``: Tucson + Yuma apprehensions of one fiscal year (tried on FY2018)."""
    return _arizona_feedback(function, (CLAIM_YEAR,))


def check_claim_ratio(answer: object) -> Feedback:
    """How many times Arizona's count the Rio Grande Valley made in FY2018."""
    problem, value = _number(answer)
    if problem is not None:
        return problem
    expected = rgv_total(CLAIM_YEAR) / arizona_total(CLAIM_YEAR)
    if abs(value - expected) <= 0.005:
        return right(f"The Rio Grande Valley made {expected:.2f} times as many apprehensions as Arizona's border.")
    if expected and abs(value - 1 / expected) <= 0.005:
        return hint("Upside down: divide the Rio Grande Valley's count by Arizona's.")
    return hint("Divide the Rio Grande Valley's FY2018 count by what `arizona(sectors, 2018)` returns.")


def check_claim_years(answer: object) -> Feedback:
    """In how many fiscal years (FY1960-FY2019) the Rio Grande Valley beat Tucson + Yuma."""
    problem, value = _number(answer)
    if problem is not None:
        return problem
    expected = years_ahead()
    table = _by_year()
    if value == expected:
        return right(f"{expected} of the {len(table)} fiscal years.")
    if value == len(table) - expected:
        return hint(
            "That counts the years Arizona was ahead (or level). Count the years the Rio Grande Valley made *more*."
        )
    if value == int((table[RGV] > table["tucson"]).sum()):
        return hint("That compares with Tucson alone: add Yuma to Arizona's count first.")
    return hint(
        "Compare the `rio_grande_valley` column with Tucson + Yuma for every year (one comparison gives "
        "a column of True/False), then add up the True values with `.sum()`."
    )


def check_claim_verdict(answer: object) -> Feedback:
    """One of the four verdicts of lesson 03; the data support the claim."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
    if not isinstance(answer, str) or answer.strip().lower() not in VERDICTS:
        return hint(f"Give one of the four verdicts, as text: {', '.join(repr(v) for v in VERDICTS)}.")
    expected = "supported" if rgv_total(CLAIM_YEAR) > arizona_total(CLAIM_YEAR) else "not supported"
    if answer.strip().lower() == expected:
        return right("The verdict follows from your numbers.")
    return hint("Compare your two FY2018 numbers again: does the evidence say what the claim says?")


def write_up_evidence() -> dict[str, float]:
    table = _by_year()
    year = CLAIM_YEAR
    evidence = {
        "Rio Grande Valley, FY2018": rgv_total(year),
        "Tucson + Yuma, FY2018": arizona_total(year),
        "Tucson, FY2018": float(table.loc[year, "tucson"]),
        "Yuma, FY2018": float(table.loc[year, "yuma"]),
        "ratio": rgv_total(year) / arizona_total(year),
        "years ahead": years_ahead(),
        "fiscal years in the table": len(table),
        "southwest border, FY2018": float(table.loc[year, "southwest_border_total"]),
        "Rio Grande Valley share %": rgv_total(year) / float(table.loc[year, "southwest_border_total"]) * 100,
        "difference": rgv_total(year) - arizona_total(year),
        "two (sectors)": 2,
        "one": 1,
    }
    return {label: float(value) for label, value in evidence.items()}


def check_claim_write_up(text: object) -> Feedback:
    """The numbers of the write-up (its reasoning and wording are for a person to grade)."""
    return feedback.check_numbers_in_sentence(text, write_up_evidence(), what="the sector data")


# --------------------------------------------------------------------------- hidden variants


def hidden_claim_arizona(function: object) -> Feedback:
    """Hidden: the same function on years the visible check does not try."""
    return _arizona_feedback(function, (1990, 2000, 2012, 2019))


#: check name -> a hidden variant taking the same arguments (the autograder's hidden test case).
HIDDEN_VARIANTS = {"check_claim_arizona": hidden_claim_arizona}
