"""Checks of the final assignment (check a claim end to end), and the autograder's hidden variants.

The instructors' side (``grading/``), never in the student release: the final assignment is graded,
so its notebook in the release has no check cells, and the hidden variants try what the visible
checks do not (other fiscal years). The checks are built on the course's check kit
(``helpers.checks.kit``), and every expected value comes from the checked loader
``helpers.data.load_sectors`` (the sector table, verified against its checksum); nothing is typed.

The claim: in fiscal year 2018 the Border Patrol made more apprehensions in its Rio Grande Valley
sector alone than in the sectors along Arizona's whole border. Arizona's border is Tucson sector
and Yuma sector; Yuma also covers a strip of California, so Tucson + Yuma is the most Arizona can
have: if the Rio Grande Valley beats that, the claim holds however Yuma is split.
"""

from __future__ import annotations

import pandas as pd

from helpers import facts
from helpers.checks import kit
from helpers.checks.crossings import VERDICTS
from helpers.checks.feedback import Feedback, hint, right
from helpers.data import load_sectors

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
FILE = "swb_apprehensions_by_sector_fy1960_2019.csv"


def _by_year() -> pd.DataFrame:
    return load_sectors().set_index("fiscal_year")


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


def lead_since() -> int:
    """The first fiscal year of the Rio Grande Valley's unbroken lead over Tucson + Yuma, up to the table's last year."""
    table = _by_year()
    ahead = table[RGV] > table[list(ARIZONA)].sum(axis=1)
    behind = ahead.index[~ahead]
    return int(behind.max()) + 1 if len(behind) else int(table.index.min())


def check_claim_table(table: object) -> Feedback:
    """The sector table, loaded with pd.read_csv: every fiscal year, every sector (fiscal years as a
    column or as the row labels)."""
    expected = load_sectors()
    what = f"the whole of {FILE}"
    if isinstance(table, pd.DataFrame) and "fiscal_year" not in table.columns and table.index.name == "fiscal_year":
        table = table.reset_index()
    return kit.expect_table(
        table,
        expected,
        name="sectors",
        what=what,
        mistakes={
            "The table has the file's first rows only: `.head()` shows a few rows, but keep the whole table "
            "(`sectors = pd.read_csv(...)`) and show `.head()` or `.tail()` on its own line.": lambda t: (
                0 < len(t) < len(expected) and list(t["fiscal_year"]) == list(expected["fiscal_year"].head(len(t)))
            ),
        },
        success=f"{len(expected)} fiscal years, {len(expected.columns) - 2} sectors and the southwest border total.",
    )


def check_claim_rgv(answer: object) -> Feedback:
    """Rio Grande Valley sector apprehensions in FY2018."""
    table = _by_year()
    return kit.expect_number(
        answer,
        rgv_total(CLAIM_YEAR),
        name="rgv_2018",
        what=f"the Rio Grande Valley's count for FY{CLAIM_YEAR}",
        mistakes={
            f"That is another fiscal year's count: the claim is about FY{CLAIM_YEAR} "
            f"(`fiscal_year == {CLAIM_YEAR}`).": lambda v: (
                kit.same_number(v, rgv_total(CLAIM_YEAR - 1)) or kit.same_number(v, rgv_total(CLAIM_YEAR + 1))
            ),
            "That is the whole southwest border. Take the `rio_grande_valley` column.": int(
                table.loc[CLAIM_YEAR, "southwest_border_total"]
            ),
            "That is Tucson and Yuma, Arizona's border. This cell asks for the Rio Grande Valley: the "
            "`rio_grande_valley` column.": arizona_total(CLAIM_YEAR),
        },
        success="That is the Rio Grande Valley's count for the claim's year.",
    )


def _arizona_feedback(function: object, years) -> Feedback:
    table = _by_year()
    opening = kit.expect_kind(
        function,
        "function",
        name="arizona",
        what="`def arizona(table, year): ...`, so that the same code works for any year",
    )
    if opening:
        return opening
    full = load_sectors()
    return kit.expect_function(
        function,
        [((full, year), arizona_total(year)) for year in years],
        name="arizona",
        what="Tucson + Yuma of that fiscal year",
        mistakes={
            "Your function gave Tucson sector alone. Arizona's border has a second sector: Yuma (which also "
            "covers a strip of California). Add both.": lambda args, got: kit.same_number(
                got, table.loc[args[1], "tucson"]
            ),
            "El Centro sector is in California: leave it out.": lambda args, got: kit.same_number(
                got, table.loc[args[1], ["tucson", "yuma", "el_centro"]].sum()
            ),
            "Your function gives the same number whatever year it is given: use `year` to choose the row "
            '(`table["fiscal_year"] == year`).': lambda args, got: (
                args[1] != CLAIM_YEAR and kit.same_number(got, arizona_total(CLAIM_YEAR))
            ),
        },
        success="Your function adds Tucson and Yuma sectors for the year it is given.",
    )


def check_claim_arizona(function: object) -> Feedback:
    """The student's ``arizona(table, year)``: Tucson + Yuma apprehensions of one fiscal year (tried on FY2018)."""
    return _arizona_feedback(function, (CLAIM_YEAR,))


def check_claim_ratio(answer: object) -> Feedback:
    """How many times Arizona's count the Rio Grande Valley made in FY2018."""
    expected = rgv_total(CLAIM_YEAR) / arizona_total(CLAIM_YEAR)
    return kit.expect_number(
        answer,
        expected,
        name="ratio",
        what="the Rio Grande Valley's FY2018 count divided by Arizona's",
        tolerance=0.005,
        mistakes={
            "Upside down: divide the Rio Grande Valley's count by Arizona's.": lambda v: abs(v - 1 / expected) <= 0.005,
            "That is a percentage: the ratio is the plain division, without `* 100`.": lambda v: (
                abs(v - expected * 100) <= 0.5
            ),
            "That is the difference between the two counts: divide them instead (`rgv_2018 / arizona_2018`).": (
                rgv_total(CLAIM_YEAR) - arizona_total(CLAIM_YEAR)
            ),
        },
        success=f"The Rio Grande Valley made {expected:.2f} times as many apprehensions as Arizona's border.",
    )


def check_claim_years(answer: object) -> Feedback:
    """In how many fiscal years (FY1960-FY2019) the Rio Grande Valley beat Tucson + Yuma."""
    expected = years_ahead()
    table = _by_year()
    return kit.expect_number(
        answer,
        expected,
        name="years_ahead",
        what="the number of fiscal years in which the Rio Grande Valley made more apprehensions than Tucson + Yuma",
        mistakes={
            "That counts the years Arizona was ahead (or level). Count the years the Rio Grande Valley made "
            "*more*.": len(table) - expected,
            "That compares with Tucson alone: add Yuma to Arizona's count first.": int(
                (table[RGV] > table["tucson"]).sum()
            ),
            "That is how many fiscal years the table has: compare the two columns first (one comparison gives a "
            "column of True/False), then add up the True values with `.sum()`.": len(table),
        },
        success=f"{expected} of the {len(table)} fiscal years.",
    )


def check_claim_verdict(answer: object) -> Feedback:
    """One of the four verdicts of lesson 03; the data support the claim."""
    expected = "supported" if rgv_total(CLAIM_YEAR) > arizona_total(CLAIM_YEAR) else "not supported"
    opening = kit.expect_kind(answer, "text", name="verdict", what=f"one of the four verdicts: {kit.listing(VERDICTS)}")
    if opening:
        return opening
    if answer.strip().lower() not in VERDICTS:
        return hint(f"Give one of the four verdicts, as text: {', '.join(repr(v) for v in VERDICTS)}.")
    if answer.strip().lower() != expected:
        return hint("Compare your two FY2018 numbers again: does the evidence say what the claim says?")
    return right("The verdict follows from your numbers.")


def write_up_facts() -> list[kit.Fact]:
    """The numbers a write-up may state, each with the words that say what it is about."""
    table = _by_year()
    year = CLAIM_YEAR
    rgv, arizona = ("Rio Grande",), ("Tucson", "Yuma", "Arizona")
    counts = [
        kit.Fact("Rio Grande Valley, FY2018", rgv_total(year), (rgv,)),
        kit.Fact("Tucson + Yuma, FY2018", arizona_total(year), (arizona,)),
        kit.Fact("Tucson, FY2018", float(table.loc[year, "tucson"]), (("Tucson",),)),
        kit.Fact("Yuma, FY2018", float(table.loc[year, "yuma"]), (("Yuma",),)),
    ]
    swb = float(table.loc[year, "southwest_border_total"])
    return [
        *counts,
        kit.Fact("the Rio Grande Valley's count over Arizona's (times)", rgv_total(year) / arizona_total(year), (rgv,)),
        kit.Fact("Arizona's count over the Rio Grande Valley's", arizona_total(year) / rgv_total(year), (arizona,)),
        kit.Fact("fiscal years the Rio Grande Valley was ahead", years_ahead(), (("year", "years"),)),
        kit.Fact("fiscal years in the table", len(table), (("year", "years"),)),
        kit.Fact(
            "fiscal years in a row the Rio Grande Valley was ahead, to the table's last",
            int(table.index.max()) - lead_since() + 1,
            (("year", "years"),),
        ),
        kit.Fact(
            f"fiscal years in a row the Rio Grande Valley was ahead, to FY{year}",
            year - lead_since() + 1,
            (("year", "years"),),
        ),
        kit.Fact("southwest border, FY2018", swb, (("southwest", "whole border", "all sectors"),)),
        kit.Fact("the Rio Grande Valley's share of the southwest border, %", rgv_total(year) / swb * 100, (rgv,)),
        kit.Fact("the Rio Grande Valley's lead over Tucson + Yuma", rgv_total(year) - arizona_total(year), (rgv,)),
        kit.Fact("two sectors", 2, (("sector", "sectors"),)),
    ]


def check_claim_write_up(text: object) -> Feedback:
    """The numbers of the write-up, each with its subject (its reasoning and wording are for a person to grade)."""
    return kit.expect_finding(text, write_up_facts(), what="the sector data")


# --------------------------------------------------------------------------- hidden variants


def hidden_claim_arizona(function: object) -> Feedback:
    """Hidden: the same function on years the visible check does not try."""
    return _arizona_feedback(function, (1990, 2000, 2012, 2019))


#: check name -> a hidden variant taking the same arguments (the autograder's hidden test case).
HIDDEN_VARIANTS = {"check_claim_arizona": hidden_claim_arizona}
