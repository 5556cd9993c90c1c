"""Self-checks for notebook 07 (where the numbers come from: tables out of CBP's PDFs).

The right answers are computed from the course's datasets built from the same PDFs
(``sector_profiles_fy2018_2019.csv``, ``agent_staffing_by_sector_fy1992_2019.csv``,
``swb_deaths_by_sector_fy1998_2019.csv``, through ``helpers.data``) and from the article (the
Guard total and the 800 troops), never typed. Each common wrong answer gets its own hint: text
instead of a number, a difference taken the wrong way round, the nine sectors instead of the
printed total, the nationwide agents instead of the southwest border's, the 800 instead of the
Guard, a fraction instead of a percentage, page 2's mismatches instead of page 3's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import PurePath

import numpy as np
import pandas as pd
import pdfplumber

from helpers import data, facts
from helpers.article import extract_figures, load_article
from helpers.checks import feedback, kit
from helpers.checks.feedback import NOT_ANSWERED, Feedback, _unit, as_number, hint, right, unanswered
from helpers.checks.kit import (
    NOT_A_FIGURE,
    Fact,
    _mentions,
    clause_of,
    expect_finding,
    expect_kind,
    expect_list,
    expect_number,
    expect_series,
    expect_table,
    kind,
    owner_of,
    same_values,
    show,
)
from helpers.data import load_deaths, load_sector_profiles, load_staffing
from helpers.story import ARTICLE_YEAR  # the edition of the sector profile the lesson reads
from helpers.troops import stated_total

__all__ = [
    "check_profile_pdf",
    "check_first_page",
    "check_words",
    "check_header_row",
    "check_raw_table",
    "check_figures",
    "check_sector_names",
    "check_profile_table",
    "check_southwest",
    "check_read_table",
    "check_ages",
    "check_per_agent",
    "check_staffing",
    "check_staffing_growth",
    "check_beyond_regions",
    "check_gender_mismatches",
    "check_guard_share",
    "check_sources_finding",
    "check_tucson_row",
    "check_adding_up",
    "check_compared",
]

SOUTHWEST_TOTAL = facts.TOTAL_NAMES["southwest_border_total"]
NATIONWIDE_TOTAL = facts.TOTAL_NAMES["nationwide_total"]
#: The lesson's short column names -> the course dataset's column names.
PROFILE_COLUMNS = {
    "agents": "agents",
    "apprehensions": "apprehensions",
    "other_than_mexican": "other_than_mexican_apprehensions",
    "marijuana_pounds": "marijuana_pounds",
    "cocaine_pounds": "cocaine_pounds",
    "prosecutions": "accepted_prosecutions",
    "assaults": "assaults",
    "rescues": "rescues",
    "deaths": "deaths",
}


def profile_2018() -> pd.DataFrame:
    """The FY2018 sector profile as the course's dataset holds it, indexed by the name CBP prints."""
    table = load_sector_profiles()
    return table[table["fiscal_year"] == ARTICLE_YEAR].set_index("sector_name")


def _agents(table: pd.DataFrame, rows) -> int:
    return int(table.loc[rows, "agents"].sum()) if isinstance(rows, list) else int(table.loc[rows, "agents"])


def _southwest_names() -> list[str]:
    return [facts.SECTOR_NAMES[code] for code in facts.SECTORS]


def _region_names() -> list[str]:
    return [facts.TOTAL_NAMES[code] for code in facts.TOTALS[:3]]


def _near(value: float, target: float, tolerance: float = 0.5) -> bool:
    return abs(value - target) <= tolerance + 1e-9


def _near_any(*targets: float, tolerance: float = 0.5):
    """A mistake detector for ``expect_number``: the answer is within ``tolerance`` of one of ``targets``."""
    return lambda answer: any(_near(float(answer), target, tolerance) for target in targets)


# --------------------------------------------------------------------------- the cleaned page 1 table


def check_profile_table(table: object) -> Feedback:
    """Typed cell: page 1 of the FY2018 profile, extracted and cleaned (names, commas, N/A, footnote marks)."""
    opening = expect_kind(table, "table", name="profile", what="page 1 of the profile, cleaned")
    if opening:
        return (
            opening
            if unanswered(table)
            else hint(f"{opening.message} Build it with `pd.DataFrame({{...}})` from the columns of `raw`.")
        )
    expected = profile_2018()
    missing = [name for name in ("sector", "agents", "apprehensions", "deaths") if name not in table.columns]
    if missing:
        return hint(
            f"The table has no column {missing[0]!r}. Name the columns with the list `names` "
            "(sector, agents, apprehensions, ..., deaths), in the PDF's order."
        )
    sectors = table["sector"].astype(str)
    if sectors.str.contains("SECTOR|statistics", regex=True).any():
        return hint(
            "A row holds the header or the footnotes, not a sector. Take the rows *below* the header row "
            "(`header_at + 1`), and drop the footnote row, which has missing cells, with `.dropna()`."
        )
    if sectors.str.contains(r"\*").any():
        return hint(
            f"Some names still carry footnote marks, e.g. {sectors[sectors.str.contains(r'[*]')].iloc[0]!r}. "
            "Remove one or more `*` with the regex `\\*+` (`str.replace(..., regex=True)`)."
        )
    if sectors.str.contains("formerly").any():
        return hint(
            f"Some names still carry CBP's note, e.g. {sectors[sectors.str.contains('formerly')].iloc[0]!r}. "
            'Remove "(formerly ...)" with a regex, then `.str.strip()` the spaces left behind.'
        )
    if sectors.ne(sectors.str.strip()).any():
        return hint("Some names have spaces at the start or end: finish the names with `.str.strip()`.")
    for name in ("agents", "apprehensions", "deaths"):
        column = table[name]
        if not pd.api.types.is_numeric_dtype(column):
            text = column.astype(str)
            if text.str.contains(",").any():
                return hint(
                    f"The {name} column is still text with thousands commas (e.g. {text[text.str.contains(',')].iloc[0]!r}). "
                    "Remove the commas, then convert to numbers."
                )
            if text.str.contains("N/A").any():
                return hint(
                    f'The {name} column still holds the text "N/A". Replace exactly "N/A" with `pd.NA` '
                    '(a missing value) before `pd.to_numeric`, then `.astype("Int64")`.'
                )
            return hint(f'The {name} column is still text. Convert it with `pd.to_numeric`, then `.astype("Int64")`.')
    if len(table) != len(expected) or sorted(sectors) != sorted(expected.index):
        absent = [name for name in expected.index if name not in set(sectors)]
        extra = [name for name in sectors if name not in expected.index]
        detail = f"missing {absent[0]!r}" if absent else f"an unexpected row {extra[0]!r}" if extra else "a row twice"
        return hint(
            f"The table has {len(table)} rows; page 1 has {len(expected)} (sectors and total rows): {detail}. "
            "Take every row below the header, and drop only the footnote row."
        )
    mine = table.set_index("sector")
    northern_deaths = mine.loc[[facts.SECTOR_NAMES[c] for c in facts.REGION_SECTORS["northern"]], "deaths"]
    if northern_deaths.notna().any():
        return hint(
            'The northern sectors\' deaths should be missing values: CBP prints "N/A" (not tracked), which is '
            'not the same as 0 deaths. Replace exactly "N/A" with `pd.NA`, not with 0.'
        )
    for name, column in PROFILE_COLUMNS.items():
        if name not in mine.columns:
            continue
        for row in expected.index:
            want, got = expected.at[row, column], mine.at[row, name]
            if pd.isna(want) != pd.isna(got) or (not pd.isna(want) and float(got) != float(want)):
                return hint(
                    f"{row}, {name}: your table has {got}, the PDF prints {want}. Are the column names in the "
                    "PDF's order, and did the cleaning keep every digit?"
                )
    return expect_table(
        table,
        _student_profile(expected),
        name="profile",
        what="page 1 of the profile, cleaned",
        ordered=False,
        success=f"{len(table)} rows, cleaned: the southwest border's {_agents(expected, SOUTHWEST_TOTAL):,} agents and "
        f"{int(expected.at[SOUTHWEST_TOTAL, 'apprehensions']):,} apprehensions are whole numbers now, "
        "and the northern and coastal deaths are missing (CBP does not track them), not 0.",
    )


def _student_profile(expected: pd.DataFrame) -> pd.DataFrame:
    """The course's FY2018 profile with the lesson's column names: what `profile` holds once cleaned."""
    table = pd.DataFrame({"sector": expected.index})
    for name, column in PROFILE_COLUMNS.items():
        table[name] = expected[column].to_numpy()
    return table


# --------------------------------------------------------------------------- exercise 1: beyond the regions


def check_beyond_regions(answer: object) -> Feedback:
    """Exercise: nationwide agents minus the three border regions' totals (agents outside the sectors)."""
    if isinstance(answer, str):  # the course's policy for a number typed as text: "Drop the quotes..."
        return feedback.not_a_number(answer)
    table = profile_2018()
    nationwide = _agents(table, NATIONWIDE_TOTAL)
    regions = _agents(table, _region_names())
    expected = nationwide - regions
    sectors = [facts.SECTOR_NAMES[c] for c in facts.ALL_SECTORS if facts.SECTOR_NAMES[c] in table.index]
    every_row = _agents(table, list(table.index))
    return expect_number(
        answer,
        expected,
        name="beyond_regions",
        what="the Nationwide Total's agents beyond the three border regions' totals",
        tolerance=0.5,
        mistakes={
            "The sign is wrong: subtract the regions' agents from the nationwide total, not the other way "
            "round.": _near_any(-expected),
            "That is the three regions' agents added up. Now subtract that sum from the nationwide total.": _near_any(
                regions
            ),
            "That is the nationwide total itself. Subtract the three regions' agents from it.": _near_any(nationwide),
            "You subtracted the sectors' agents, so the Special Operations Group counts as outside the "
            'regions. Use the three region total rows (names ending in "Sectors Total"), as the first line '
            "does.": _near_any(nationwide - _agents(table, sectors)),
            "That is the southwest border's gap (the Special Operations Group). The exercise asks about the "
            "nationwide total: nationwide agents minus the three region totals.": _near_any(
                _agents(table, SOUTHWEST_TOTAL) - _agents(table, _southwest_names())
            ),
            "You subtracted only the southwest border. Subtract all three regions' totals: coastal, northern "
            "and southwest (`region_totals`).": _near_any(nationwide - _agents(table, SOUTHWEST_TOTAL)),
            "You subtracted every row of `profile`: the sectors *and* the total rows, so each agent is taken away "
            "twice or three times (a sector, its region's total, the Nationwide Total). Subtract only the three "
            'rows of `region_totals`: `region_totals["agents"].sum()`.': _near_any(
                nationwide - every_row, 2 * nationwide - every_row
            ),
            "You subtracted the nine southwest sectors only. The exercise asks about all three border regions: "
            "subtract the agents of `region_totals` (the coastal, northern and southwest totals) added up.": _near_any(
                nationwide - _agents(table, _southwest_names())
            ),
            "Not that. Take the Nationwide Total row's agents, and subtract the agents of `region_totals` added up "
            "(`.sum()`).": lambda value: True,
        },
        success=f"{nationwide:,} nationwide minus {regions:,} in the three border regions: {expected:,} agents "
        "outside the sectors (footnote ***: all on-board Border Patrol agents in CBP). The total is right "
        "as CBP defines it; a story quoting it should say so.",
    )


# --------------------------------------------------------------------------- exercise 2: page 3's mismatches


def _gender_mismatches(table: pd.DataFrame) -> list[str]:
    differs = (table["female"] + table["male"]).ne(table["total_by_gender"]).fillna(False)
    return table.index[differs.astype(bool)].tolist()


def _age_mismatches(table: pd.DataFrame) -> list[str]:
    differs = (table["total_juveniles"] + table["total_adults"]).ne(table["total_by_age"]).fillna(False)
    return table.index[differs.astype(bool)].tolist()


def _items(answer: object) -> list | None:
    """The items of a list-like answer (a list, tuple, set, Series, Index or array), else None."""
    if isinstance(answer, list | tuple | set | pd.Series | pd.Index | np.ndarray | pd.api.extensions.ExtensionArray):
        return list(answer)
    return None


def _plain_name(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name).strip().lower()


def check_gender_mismatches(answer: object) -> Feedback:
    """Exercise: the sectors whose female + male do not make the printed total on page 3 (a list of names).
    Capitals, spaces and the order of the names never decide."""
    name, what = "gender_mismatches", "the sectors whose female + male do not make the printed total on page 3"
    table = profile_2018()
    expected = _gender_mismatches(table)
    if isinstance(answer, pd.DataFrame):
        return hint('That is a table. Take its sector column as a list: `table.loc[condition, "sector"].tolist()`.')
    if isinstance(answer, str):
        return hint(
            f'That is one name, as text. Store a list of every name, e.g. `["{expected[0]}", ...]`, computed '
            "with `.tolist()`."
            if len(expected) > 1
            else "Store a list of names, computed with `.tolist()`."
        )
    items = _items(answer)
    if items is None:
        if as_number(answer) is not None:
            if as_number(answer) == len(expected):
                return hint(
                    f"{int(as_number(answer))} is how many rows; store their *names*, as a list (`.tolist()` on the "
                    "sector column)."
                )
            return hint("Store the names of the sectors, as a list, not a number.")
        return expect_kind(answer, "list", name=name, what=what) or hint(f"`{name}` should be a list of names.")
    if items and all(isinstance(i, int | np.integer) and not isinstance(i, bool) for i in items):
        return hint(
            f"`{name}` is a list of row numbers ({', '.join(str(i) for i in items[:4])}): the rows' "
            "labels, not their names. Take the names from the sector column: "
            '`gender.loc[condition, "sector"].tolist()`.'
        )
    if not all(isinstance(i, str) for i in items):
        return expect_list(items, expected, name=name, what=what, ordered=False, item=str)
    # the names as the table prints them (capitals and spaces do not decide), each once
    printed = {_plain_name(n): n for n in table.index}
    names = list(dict.fromkeys(printed.get(_plain_name(i), i) for i in items))
    unknown = [i for i in names if i not in set(table.index)]
    wanted, others = set(expected), set(table.index) - set(expected)
    return expect_list(
        names,
        expected,
        name=name,
        what=what,
        ordered=False,
        item=str,
        mistakes={
            f"These are the {len(others)} rows where female + male *does* make the total: the opposite of "
            "the question. Keep the rows where they are not equal: `!=` instead of `==`.": lambda v: set(v) == others,
            "That looks like page 2's list (juveniles + adults). Compare female + male with the total on "
            "page 3, the `gender` table.": lambda v: set(v) == set(_age_mismatches(table)) != wanted,
            f"{(unknown or [''])[0]!r} is not a row of page 3. Take the names from the table's sector column, "
            "as the table prints them.": lambda v: bool(unknown),
            "The list is empty. Keep the rows where female + male is not equal (`!=`) to the total.": lambda v: not v,
            f"Only {len(set(names))} of the {len(wanted)}. A swap makes *both* rows wrong: keep every row "
            "where female + male differs from the total.": lambda v: set(v) < wanted,
            'Not those. Keep the rows where `gender["female"] + gender["male"]` is not equal to '
            '`gender["total"]`, and take their sector names.': lambda v: set(v) != wanted,
        },
        success=f"{' and '.join(expected)}: female + male make page 1's totals, but page 3 prints the two totals "
        "the other way round. CBP's error, reported, not corrected.",
    )


# --------------------------------------------------------------------------- exercise 3: the Guard's share


def _article_figures() -> tuple[int, int]:
    """(the Guard total, the active-duty troops) as the article states them, from the ledger."""
    ledger = extract_figures(load_article().text)
    guard = ledger["sentence"].str.contains("national guard", case=False)
    active = ledger.loc[ledger["sentence"].str.contains("troops") & ~guard, "value"].iloc[0]
    return stated_total(), int(active)


def check_guard_share(answer: object) -> Feedback:
    """Exercise: the article's 2,200 Guard troops as a percentage of the southwest border's agents (one decimal)."""
    if isinstance(answer, str):  # the course's policy for a number typed as text: "Drop the quotes..."
        return feedback.not_a_number(answer)
    table = profile_2018()
    guard, active = _article_figures()
    agents = _agents(table, SOUTHWEST_TOTAL)
    exact = guard / agents * 100
    return expect_number(
        answer,
        exact,
        name="guard_share",
        what="the Guard's troops as a percentage of the southwest border's agents",
        tolerance=0.05,
        mistakes={
            "That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.": _near_any(
                exact / 100, tolerance=0.0005
            ),
            "Close: round to one decimal place with `round(..., 1)`, not to a whole number.": round(exact),
            "You divided by the nationwide agents. The Guard served at the southwest border: divide by the "
            "Southwest Border Sectors Total (`swb_agents`).": _near_any(
                guard / _agents(table, NATIONWIDE_TOTAL) * 100, tolerance=0.05
            ),
            "You divided by the nine sectors added up, which leaves out the Special Operations Group. Use the "
            "printed Southwest Border Sectors Total (`swb_agents`), as the cell above did for the 800.": _near_any(
                guard / _agents(table, _southwest_names()) * 100, tolerance=0.05
            ),
            f"That is the {active:,} active-duty troops' percentage (the cell above). Now the Guard's total, "
            "`guard_total`.": _near_any(active / agents * 100, tolerance=0.05),
            "That is the Guard's share of agents and troops together, another question. Divide by the agents "
            "alone: by what percentage would the troops *add* to them?": _near_any(
                guard / (agents + guard) * 100, tolerance=0.05
            ),
            "Upside down: divide the troops by the agents, then multiply by 100.": _near_any(
                agents / guard, agents / guard * 100, tolerance=0.05
            ),
            "Not that. Divide `guard_total` by `swb_agents`, multiply by 100, and round to one decimal.": lambda value: (
                True
            ),
        },
        success=f"{guard:,} Guard troops beside {agents:,} agents: {exact:.1f}%, about {exact:.0f}%. A reader gets "
        "the scale; say too that the troops did not do the agents' work.",
    )


# --------------------------------------------------------------------------- exercise 4: a finding

#: The words that name each place a finding may be about (a number is right only with its place).
PLACE_WORDS = {
    **{code: (facts.SECTOR_NAMES[code],) for code in facts.SECTORS},
    "rio_grande_valley": ("Rio Grande Valley", "RGV"),
    "southwest_border_total": (
        "southwest",
        "south-west",
        "southwestern",
        "US-Mexico",
        "Mexico border",
        "southern border",
    ),
    "nationwide_total": ("nationwide", "national total", "all sectors", "whole country", "across the country"),
}
AGENT_WORDS = ("agent", "agents", "staffing", "staffed")
APPREHENSION_WORDS = ("apprehension", "apprehensions", "apprehended", "arrest", "arrests", "arrested")
DEATH_WORDS = ("death", "deaths", "died", "dead")
PER_AGENT_WORDS = ("per agent", "each agent", "every agent", "per Border Patrol agent")
TROOP_WORDS = ("troops", "troop", "soldiers", "active-duty", "active duty")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _place_name(code: str) -> str:
    return f"{facts.SECTOR_NAMES[code]} sector" if code in facts.SECTOR_NAMES else facts.TOTAL_NAMES[code]


def _years(year: int) -> tuple[str, ...]:
    return (str(year), f"FY{year % 100:02d}")


@dataclass(frozen=True)
class PlaceFact(Fact):
    """A fact with what it belongs to: ``place`` (a code, or None for the article's troops), ``measure``
    ("agents", "apprehensions", "deaths", "per_agent") and ``year``, so that a number is judged against the
    place named with it, and "the most" against the ranking of its measure; ``troops``: whose share it is."""

    place: str | None = None
    measure: str | None = None
    year: int | None = None
    troops: str | None = None


def _series_facts(
    code: str, series: pd.Series, measure: str, words: tuple, where: str, years: list[int], key: str
) -> list[Fact]:
    """Each year's count of one place, and between two years the sentence names: times as many, % change, difference."""
    place = PLACE_WORDS[code]
    found = [
        PlaceFact(
            f"{_place_name(code)}'s {measure} in FY{year} ({where})",
            float(value),
            (place, _years(year), words),
            place=code,
            measure=key,
            year=int(year),
        )
        for year, value in series.dropna().items()
    ]
    present = [year for year in years if year in series.dropna().index]
    for first in present:
        for last in present:
            if first < last and series[first]:
                about = (place, _years(first), _years(last), words)
                ratio = float(series[last] / series[first])
                between = f"{_place_name(code)}'s {measure}, FY{first} to FY{last}"
                found += [
                    PlaceFact(f"{between}: how many times as many", ratio, about, place=code),
                    PlaceFact(f"{between}: the change in %", abs(ratio - 1) * 100, about, place=code),
                    PlaceFact(
                        f"{between}: the difference", float(abs(series[last] - series[first])), about, place=code
                    ),
                ]
    return found


def _general_facts() -> list[Fact]:
    """The article's troops, their shares of the southwest border's agents, and the number of sectors."""
    table = profile_2018()
    guard, active = _article_figures()
    swb = _agents(table, SOUTHWEST_TOTAL)
    return [
        PlaceFact("the article's National Guard total", float(guard), (("guard",),)),
        PlaceFact("the article's active-duty troops, announced", float(active), (TROOP_WORDS,), status="announced"),
        PlaceFact(
            f"the article's {active:,} active-duty troops as % of the southwest border's agents",
            active / swb * 100,
            (TROOP_WORDS, AGENT_WORDS),
            troops="active",
        ),
        PlaceFact(
            f"the article's {guard:,} National Guard troops as % of the southwest border's agents",
            guard / swb * 100,
            (("guard",), AGENT_WORDS),
            troops="guard",
        ),
        PlaceFact("the number of southwest border sectors", float(len(facts.SECTORS)), (("sectors",),)),
    ]


def _place_facts(code: str, years: list[int]) -> list[Fact]:
    """What a finding may state about one place (a code), each number with its subject."""
    table = profile_2018()
    swb = _agents(table, SOUTHWEST_TOTAL)
    year = _years(ARTICLE_YEAR)
    staffing = load_staffing().pivot(index="fiscal_year", columns="sector", values="agents")
    deaths = load_deaths().set_index("fiscal_year")
    place, row = PLACE_WORDS[code], facts.SECTOR_NAMES.get(code) or facts.TOTAL_NAMES[code]
    name = _place_name(code)
    found: list[Fact] = []
    profile_facts = [
        ("agents on 30 September 2018", "agents", AGENT_WORDS),
        ("apprehensions in FY2018", "apprehensions", APPREHENSION_WORDS),
        ("deaths recorded in FY2018", "deaths", DEATH_WORDS),
    ]
    for label, column, words in profile_facts:
        if not pd.isna(table.at[row, column]):
            found.append(
                PlaceFact(
                    f"{name}'s {label} (sector profile)",
                    float(table.at[row, column]),
                    (place, year, words),
                    place=code,
                    measure=column,
                    year=ARTICLE_YEAR,
                )
            )
    per_agent = float(table.at[row, "apprehensions"] / table.at[row, "agents"])
    found.append(
        PlaceFact(
            f"{name}'s FY2018 apprehensions per agent",
            per_agent,
            (place, year, PER_AGENT_WORDS),
            place=code,
            measure="per_agent",
            year=ARTICLE_YEAR,
        )
    )
    if code == "southwest_border_total":
        nine = _agents(table, _southwest_names())
        found += [
            PlaceFact(
                "the southwest total's agents in none of the nine sectors (the Special Operations Group)",
                float(swb - nine),
                (place, year, ("special operations", "none of", "not in", "outside")),
                place=code,
            ),
            PlaceFact(
                f"the nine southwest sectors' agents added up, without the Special Operations Group (the printed "
                f"southwest border total, {swb:,}, includes it)",
                float(nine),
                (place, year, ("nine",), AGENT_WORDS),
                place=code,
            ),
        ]
    found += _series_facts(code, staffing[code], "agents on board", AGENT_WORDS, "staffing", years, "agents")
    if code in deaths.columns:
        found += _series_facts(code, deaths[code], "deaths recorded", DEATH_WORDS, "deaths", years, "deaths")
    return found


def sources_facts(places: list[str], years: list[int]) -> list[Fact]:
    """What a finding about ``places`` (codes) and ``years`` may state, each number with its subject (place, fiscal
    year, measure): the figures the lesson shows (the FY2018 profile's agents, apprehensions, deaths and apprehensions
    per agent; agents on board by year; deaths recorded by year; the article's troops beside the agents)."""
    found = _general_facts()
    for code in places:
        found += _place_facts(code, years)
    return found


def _figures_of(sentence: str) -> list[tuple[str, float, int, int]]:
    """The numbers of a sentence as the kit reads them (text, value, start, end): years, dates, small counts in
    words and "Title 42" left out."""
    readable = NOT_A_FIGURE.sub(lambda m: "Title " + "#" * len(m[1]), sentence)
    figures = extract_figures(readable)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
    return [
        (text, float(value), int(start), int(end))
        for text, value, start, end in zip(figures["text"], figures["value"], figures["start"], figures["end"])
    ]


def _shown(value: float) -> str:
    """A figure as the lesson's tables show it: whole numbers with commas, others to one decimal (34.6)."""
    return show(value) if float(value).is_integer() else f"{value:,.1f}"


def _place_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """Where the sentence names each place: (start, end, code), in order."""
    found = []
    for code, words in PLACE_WORDS.items():
        for word in words:
            pattern = rf"(?:(?<=fy)|(?<![\w-])){re.escape(word.lower())}(?![\w])"
            found += [(m.start(), m.end(), code) for m in re.finditer(pattern, sentence.lower())]
    return sorted(found)


_OWNER = re.compile(r"^(?:\s+(?:sector|sectors|border))?\s*['’]s\s+(?:[\w-]+\s+){0,2}$")
_PLACE_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,4}?(?:in|at|for)\s+(?:the\s+)?$", re.I)


def _tied_place(sentence: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The place a number belongs to: "X's N"; "N agents in X"; else the place named nearest before it in its
    clause, then in the sentence; else the first named after it."""
    return owner_of(sentence, start, end, mentions, owner=_OWNER, after=_PLACE_AFTER)


_GUARD_WORDS = re.compile(r"\bguard\b", re.I)
_ACTIVE_WORDS = re.compile(r"\bactive[- ]duty\b", re.I)


def _tied_troops(sentence: str, start: int, figures: list[tuple[str, float, int, int]]) -> str | None:
    """Whose share a percentage is: the troop figure named nearest before it (in its clause first), else after."""
    guard, active = _article_figures()
    marks = [(m.start(), "guard") for m in _GUARD_WORDS.finditer(sentence)]
    marks += [(m.start(), "active") for m in _ACTIVE_WORDS.finditer(sentence)]
    marks += [(s, "guard") for _, v, s, _ in figures if v == guard]
    marks += [(s, "active") for _, v, s, _ in figures if v == active]
    marks.sort()
    clause = clause_of(sentence, start)
    clause_start = sentence.find(clause) if clause else start
    for pool in ([m for m in marks if clause_start <= m[0] < start], [m for m in marks if m[0] < start]):
        if pool:
            return pool[-1][1]
    later = [m for m in marks if m[0] > start]
    return later[0][1] if later else None


SUPERLATIVE = re.compile(r"\bthe\s+(most|fewest|least|largest|smallest|highest|lowest|greatest)\b", re.I)
_SUPERLATIVE_MEASURES = [
    ("per_agent", r"per\s+(?:border\s+patrol\s+)?agent|each\s+agent|every\s+agent"),
    ("apprehensions", r"apprehensions?|arrests?"),
    ("agents", r"agents?|staff(?:ing)?"),
    ("deaths", r"deaths?"),
]
MEASURE_NAMES = {
    "agents": "agents",
    "apprehensions": "apprehensions",
    "per_agent": "apprehensions per agent",
    "deaths": "deaths recorded",
}


def _ranking(measure: str, year: int) -> pd.Series | None:
    """The nine southwest sectors' values of one measure in one fiscal year (indexed by code), or None."""
    codes = list(facts.SECTORS)
    if measure == "agents":
        staffing = load_staffing().pivot(index="fiscal_year", columns="sector", values="agents")
        return staffing.loc[year, codes].astype(float) if year in staffing.index else None
    if measure == "deaths":
        deaths = load_deaths().set_index("fiscal_year")
        return deaths.loc[year, codes].astype(float) if year in deaths.index else None
    profiles = load_sector_profiles()
    rows = profiles[profiles["fiscal_year"] == year].set_index("sector")
    if rows.empty or not set(codes) <= set(rows.index):
        return None
    rows = rows.loc[codes]
    if measure == "apprehensions":
        return rows["apprehensions"].astype(float)
    return (rows["apprehensions"] / rows["agents"]).astype(float)


def _superlative_problem(sentence: str, judged: list[tuple[int, PlaceFact]], mentions) -> Feedback | None:
    """ "X had the most agents": is X first (or last) of the nine southwest sectors in that measure and year?"""
    sectors = set(facts.SECTORS)
    for match in SUPERLATIVE.finditer(sentence):
        rest = sentence[match.end() :]
        measure = None
        for key, pattern in _SUPERLATIVE_MEASURES:
            if re.match(rf"^\s+(?:[\w-]+\s+){{0,3}}?(?:{pattern})\b", rest, re.I):
                measure = key
                break
        if measure is None and not re.match(r"^\s*(?:(?:of|in|among)\b|[,.;:]|$)", rest, re.I):
            continue  # "the most recent year": not a ranking
        nearest = min(judged, key=lambda j: abs(j[0] - match.start()), default=None)
        fact = nearest[1] if nearest else None
        measure = measure or (fact.measure if fact else None)
        if measure is None:
            continue
        year = fact.year if fact is not None and fact.year and fact.measure == measure else ARTICLE_YEAR
        named = [m[2] for m in mentions if m[1] <= match.start() and m[2] in sectors]
        subject = named[-1] if named else (fact.place if fact is not None else None)
        if subject not in sectors:
            continue
        ranking = _ranking(measure, year)
        if ranking is None or ranking.isna().any():
            continue
        word = match.group(1).lower()
        top = ranking.idxmax() if word in {"most", "largest", "highest", "greatest"} else ranking.idxmin()
        if ranking[subject] == ranking[top]:
            continue
        what = MEASURE_NAMES[measure]
        return hint(
            f"Your sentence says {_place_name(subject)} had the {word} {what} in FY{year}, but "
            f"{_place_name(top)} had the {word}: {_shown(ranking[top])}; {_place_name(subject)} had "
            f'{_shown(ranking[subject])}. Before you write "the {word}", sort the nine southwest sectors by '
            "that measure and look at the first row."
        )
    return None


def check_sources_finding(sentence: object) -> Feedback:
    """Your turn: one sentence with a number from the PDFs (agents, apprehensions, per agent, staffing or deaths).

    Every number must be one the lesson shows *with its subject*: the place (a southwest sector, the southwest
    border, nationwide), the fiscal year(s), and what is counted (agents, apprehensions, deaths). So "Tucson
    sector had 300 agents in 2018" is refused: 300 is Tucson's agents in FY1992. Each number is judged against
    the place named with it ("X's N", "N in X", else the place named nearest before it), so two sectors' figures
    swapped are refused; a share of the agents against the troop figure named with it; and "the most" or "the
    fewest" against the ranking of the nine southwest sectors.
    """
    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, [])
    places = [code for code, words in PLACE_WORDS.items() if _mentions(sentence, words)]
    if not places:
        return hint(
            'Name the place your numbers belong to: a sector ("Tucson sector", "Rio Grande Valley sector") or '
            '"the southwest border". A count means little without its place.'
        )
    years = sorted({int(y) for y in _YEAR_IN_TEXT.findall(sentence)})
    found = sources_facts(places, years)
    what = "the lesson's figures for " + ", ".join(_place_name(code) for code in places)
    mentions = _place_mentions(sentence)
    figures = _figures_of(sentence)
    judged: list[tuple[int, PlaceFact]] = []
    for text, value, start, end in figures:
        tolerance = _unit(text, value) / 2
        tied = _tied_place(sentence, start, end, mentions)
        matching = [f for f in found if abs(f.value - value) <= tolerance + 1e-9]
        said = [f for f in found if all(_mentions(sentence, group) for group in f.about)]
        if not matching:
            pool = [f for f in said if f.place in (tied, None)] or said or found
            nearest = min(pool, key=lambda f: abs(f.value - value))
            return hint(
                f"I can't find {text!r} in {what}. The figure your sentence describes (its place, year and what "
                f"it counts) is {_shown(nearest.value)}: {nearest.label}. Check for a typo and your rounding, and "
                "take the number from your computation rather than typing it."
            )
        here = [f for f in matching if f.place in (tied, None)] if tied else matching
        if not here:
            fact = min(matching, key=lambda f: abs(f.value - value))
            return hint(
                f"{text!r} is {fact.label}, but your sentence ties it to {_place_name(tied)}, the place named "
                f"with it. A true number of another place is still wrong there: give each place its own figure "
                f'("{facts.SECTOR_NAMES.get(fact.place, "X")} sector\'s {text}").'
            )
        shares = [f for f in here if f.troops]
        if shares and len(shares) == len(here):
            troops = _tied_troops(sentence, start, figures)
            if troops and not any(f.troops == troops for f in shares):
                other = next(f for f in _general_facts() if f.troops == troops)
                return hint(
                    f"{text!r} is {shares[0].label}, but your sentence ties it to the "
                    f"{'National Guard' if troops == 'guard' else 'active-duty'} troops: their share is "
                    f"{_shown(round(other.value, 1))}%. A percentage belongs to the troop figure named with it."
                )
        if not any(f in said for f in here):
            fact = min(here, key=lambda f: abs(f.value - value))
            missing = next(group for group in fact.about if not _mentions(sentence, group))
            return hint(
                f"{text!r} is {fact.label}, but your sentence does not say so: it needs "
                f"{' or '.join(repr(w) for w in missing[:3])}. A number is only right with what it counts, where "
                "and when."
            )
        judged.append((start, min((f for f in here if f in said), key=lambda f: abs(f.value - value))))
    problem = _superlative_problem(sentence, judged, mentions)
    if problem is not None:
        return problem
    return expect_finding(sentence, found, what=what)


# --------------------------------------------------------------------------- the typed cells, step by step
#
# The right answers come from the PDF itself (read here with pdfplumber, the way the lesson reads it)
# and from the course's datasets built from it; never typed in.

#: The PDF the lesson opens, in ``datasets/sources/``.
PROFILE_PDF = "u.s._border_patrol_fiscal_year_2018_sector_profile.pdf"
#: The lesson's ten column names for page 1, in the PDF's order.
PAGE_1_NAMES = ["sector", *PROFILE_COLUMNS]
#: Page 2's names (the lesson's) -> the course dataset's columns.
AGES_COLUMNS = {
    "accompanied": "accompanied_juveniles",
    "unaccompanied": "unaccompanied_juveniles",
    "juveniles": "total_juveniles",
    "adults": "total_adults",
    "total": "total_by_age",
}
REGEX_HINT = (
    "`.str.replace` looks for its pattern as plain text unless you add `regex=True`: without it, "
    '`.str.replace(r"\\*+", "")` looks for the three characters `\\*+` themselves, finds none, and '
    'changes nothing. Write `.str.replace(r"\\*+", "", regex=True)`.'
)


@functools.cache
def _pdf_page(number: int) -> tuple[str, tuple, tuple]:
    """(text, table rows, words) of one page of the FY2018 profile PDF, as pdfplumber reads them."""
    with pdfplumber.open(data.source_pdf(PROFILE_PDF)) as document:
        page = document.pages[number]
        rows = tuple(tuple(row) for row in page.extract_table())
        words = tuple((w["text"], w["x0"], w["top"]) for w in page.extract_words())
        return page.extract_text(), rows, words


def _rows(number: int) -> list[list]:
    return [list(row) for row in _pdf_page(number)[1]]


def _header_at(rows: list[list]) -> int:
    return next(number for number, row in enumerate(rows) if row[0] == "SECTOR")


def _raw_page_1() -> pd.DataFrame:
    rows = _rows(0)
    return pd.DataFrame(rows[_header_at(rows) + 1 :], columns=PAGE_1_NAMES).dropna().reset_index(drop=True)


def _text_of(page: object) -> str | None:
    ok, text = feedback.try_call(lambda: page.extract_text())
    return text if ok and isinstance(text, str) else None


def check_profile_pdf(pdf: object) -> Feedback:
    """Typed cell: the FY2018 Sector Profile, opened with pdfplumber (not its path, not another PDF)."""
    if unanswered(pdf):
        return hint(NOT_ANSWERED)
    if isinstance(pdf, str | PurePath):
        return hint("`pdf` is the file's path, not the opened PDF. Open it: `pdf = pdfplumber.open(profile_pdf)`.")
    if isinstance(pdf, list):
        return hint("`pdf` is a list (of pages?). Store the opened PDF itself: `pdf = pdfplumber.open(profile_pdf)`.")
    if not hasattr(pdf, "pages"):
        return hint(f"`pdf` should be a PDF opened with `pdfplumber.open(...)`, but it is {kind(pdf)}.")
    ok, pages = feedback.try_call(lambda: list(pdf.pages))
    text = _text_of(pages[0]) if ok and pages else None
    if text is None:
        return hint(
            "pdfplumber cannot read `pdf` any more: it has been closed (a `with` block closes it at its end). "
            "Open it without `with`: `pdf = pdfplumber.open(profile_pdf)`; the lesson closes it at the end."
        )
    first_line = text.splitlines()[0] if text.strip() else ""
    return kit.expect_text(
        text,
        _pdf_page(0)[0],
        name="pdf.pages[0].extract_text()",
        what=f"the first page of CBP's Sector Profile, FY{ARTICLE_YEAR}",
        exact=True,
        mistakes={
            f"That is another PDF (its first line: {first_line!r}). Open the FY{ARTICLE_YEAR} Sector Profile, "
            f'"{PROFILE_PDF}", in the sources folder of `paths.DATASETS`.': lambda other: True,
        },
        success=f"`pdf` is CBP's Sector Profile, Fiscal Year {ARTICLE_YEAR}, opened: {len(pages)} pages.",
    )


def check_first_page(page1: object) -> Feedback:
    """Typed cell: the first page of the profile, as a pdfplumber page (not the list, not its picture)."""
    if unanswered(page1):
        return hint(NOT_ANSWERED)
    if isinstance(page1, list):
        return hint("`page1` is the list of all the pages. Take the first one: `pdf.pages[0]`.")
    if hasattr(page1, "original") and hasattr(page1, "page"):
        return hint(
            "`page1` is the page's picture (what `to_image` returns). Store the page itself, "
            "`page1 = pdf.pages[0]`, and show `page1.to_image(resolution=50)` without storing it."
        )
    if not hasattr(page1, "extract_words"):
        return hint(f"`page1` should be a page of `pdf` (`pdf.pages[0]`), but it is {kind(page1)}.")
    text = _text_of(page1) or ""
    number = getattr(page1, "page_number", None)
    return kit.expect_text(
        text,
        _pdf_page(0)[0],
        name="page1.extract_text()",
        what="page 1 of the profile",
        exact=True,
        mistakes={
            f"`page1` is page {number} of the PDF. Python counts from 0: the first page is `pdf.pages[0]`.": lambda t: (
                any(t == _pdf_page(n)[0] for n in (1, 2))
            ),
            "`page1` is not the first page of the profile. Take `pdf.pages[0]` of the `pdf` you opened above.": (
                lambda t: True
            ),
        },
        success="`page1` is page 1 of the profile: the main table, one row per sector.",
    )


def check_words(words: object) -> Feedback:
    """Typed cell: page 1's words as a DataFrame (text, x0, top: one row per word)."""
    if isinstance(words, list):
        return hint(
            "`words` is still a list (of dicts, one per word). Make a table of it: `pd.DataFrame(page1.extract_words())`."
        )
    if isinstance(words, str):
        return hint(
            "`words` is the page's text as one string (`extract_text`). Use `extract_words()`: each word with "
            "its position, and make a DataFrame of it."
        )
    expected = pd.DataFrame(list(_pdf_page(0)[2]), columns=["text", "x0", "top"])
    other_pages = {n: pd.DataFrame(list(_pdf_page(n)[2]), columns=["text", "x0", "top"]) for n in (1, 2)}
    return expect_table(
        words,
        expected,
        name="words",
        what="the words of page 1 (one row per word, with its text, x0 and top)",
        tolerance=1e-6,
        mistakes={
            "These are the words of another page. Take them from `page1`, the first page: "
            "`page1.extract_words()`.": lambda table: any(
                len(table) == len(other) and list(table["text"]) == list(other["text"])
                for other in other_pages.values()
            ),
        },
        success=f"{len(expected)} words, each with its text and position: a table you can filter.",
    )


def check_header_row(rows: object, header_at: object) -> Feedback:
    """Typed cell: page 1's table as a list of rows (extract_table), and the number of its header row."""
    opening = expect_kind(rows, "list", name="rows", what="the list of rows that `page1.extract_table()` returns")
    if opening:
        return opening
    expected = _rows(0)
    if len(rows) == 1 and rows[0] == expected:
        return hint(
            "`rows` is a list of tables (`extract_tables`, with an s), holding one table. Use `extract_table()`: "
            "the table itself, as a list of rows."
        )
    verdict = expect_list(
        [list(row) if isinstance(row, list | tuple) else row for row in rows],
        expected,
        name="rows",
        what="page 1's table, row by row",
        mistakes={
            "`rows` is the table of another page. Extract it from `page1`.": lambda r: r in (_rows(1), _rows(2)),
            "`rows` is not page 1's table. Write `rows = page1.extract_table()`.": lambda r: r != expected,
        },
    )
    if not verdict.ok:
        return verdict
    at = _header_at(expected)
    if isinstance(header_at, list | tuple):
        if list(header_at) == expected[at]:
            return hint(
                "`header_at` is the header row itself. Store its *number* (its position in `rows`): "
                '`next(number for number, row in enumerate(rows) if row[0] == "SECTOR")`.'
            )
        return hint(f"`header_at` should be a whole number (a row's position), but it is {kind(header_at)}.")
    if not unanswered(header_at) and (isinstance(header_at, bool) or not isinstance(header_at, int | np.integer)):
        return hint(
            f"`header_at` should be a whole number (an int: the next cell uses it in `rows[header_at + 1:]`), "
            f"but it is {kind(header_at)}."
        )
    return expect_number(
        header_at,
        at,
        name="header_at",
        what='the number of the row that holds "SECTOR"',
        mistakes={
            'That is the first row *below* the header. `header_at` is the number of the row that holds "SECTOR".': at
            + 1,
            f'Row {header_at} is not the header. Find the row whose first cell (`row[0]`) is "SECTOR", with '
            "`next(...)` over `enumerate(rows)`.": lambda other: True,
        },
        success=f"The header is row {at} of {len(expected)} (row 0 holds the table's empty top line).",
    )


def check_raw_table(raw: object) -> Feedback:
    """Typed cell: the rows below the header, named with ``names``, the footnote row dropped (still text)."""
    if unanswered(raw):
        return hint(NOT_ANSWERED)
    expected = _raw_page_1()
    if isinstance(raw, pd.DataFrame) and "sector" in raw.columns:
        first = raw["sector"].astype(str)
        if first.eq("SECTOR").any():
            return hint(
                '`raw` holds the header row too (its sector cell is "SECTOR"). Start *below* it: '
                "`rows[header_at + 1:]`."
            )
        if len(raw) == len(expected) + 1 and raw.isna().any(axis=None):
            return hint(
                "`raw` keeps the footnote row at the end (it has `None` in every figure cell). Drop it with "
                "`.dropna()`."
            )
    return expect_table(
        raw,
        expected,
        name="raw",
        what="the rows below the header, with the ten names, the footnote row dropped",
        success=f"{len(expected)} rows (sectors and totals) and the ten columns, still as the PDF prints them.",
    )


def _figures_call(figures, column: pd.Series):
    ok, result = feedback.try_call(figures, column)
    if not ok:
        error = str(result)
        if "repl must be a string" in error:
            return hint(
                f"`figures` stopped with an error: {type(result).__name__}: {error}. `.str.replace` changes text "
                "inside each cell, and its new text must be text, so it cannot put `pd.NA` there. To turn a whole cell "
                'that is exactly "N/A" into a missing value, use `.replace` without `.str`: '
                '`column.replace("N/A", pd.NA)`.'
            )
        if "*" in error:
            return hint(
                f"`figures` stopped with an error: {error}. The footnote marks are still there, so the text is "
                f'not exactly "N/A" and cannot be a number. {REGEX_HINT}'
            )
        if "," in error:
            return hint(
                f'`figures` stopped with an error: {error}. Remove the thousands commas: `.str.replace(",", "")`.'
            )
        return hint(
            f'`figures` stopped with an error: {type(result).__name__}: {error}. Run it on `raw["deaths"]` to see where.'
        )
    if result is None:
        return hint("`figures` returns nothing. End it with `return ...`: the cleaned column.")
    if not isinstance(result, pd.Series):
        return hint(f"`figures(column)` should return a column (a Series), but it returns {kind(result)}.")
    return result


def check_figures(figures: object) -> Feedback:
    """Typed cell: figures(column) cleans a column of page 1 (marks, commas, exactly "N/A") to Int64."""
    opening = expect_kind(
        figures,
        "function",
        name="figures",
        what="a function that cleans a column of figures (`def figures(column): ...`)",
    )
    if opening:
        return opening
    raw, table = _raw_page_1(), profile_2018()
    names = sector_names_reference(raw["sector"])
    for name, column in PROFILE_COLUMNS.items():
        result = _figures_call(figures, raw[name])
        if isinstance(result, Feedback):
            return result
        expected = table.loc[names, column].reset_index(drop=True)
        values = result.reset_index(drop=True)
        if not pd.api.types.is_numeric_dtype(values):
            if values.astype(str).str.contains(r"\*", regex=True).any():
                return hint(
                    f"`figures` leaves the footnote marks in ({values[values.astype(str).str.contains('[*]')].iloc[0]!r}). {REGEX_HINT}"
                )
            return hint('`figures` returns text. Convert it at the end: `pd.to_numeric(...)`, then `.astype("Int64")`.')
        if expected.isna().any() and values[expected.isna()].eq(0).any():
            return hint(
                '`figures` turns "N/A" into 0. CBP prints "N/A" where it tracks nothing (footnote ****): that is '
                'a missing value, not 0 deaths. Replace exactly "N/A" with `pd.NA`.'
            )
        if not expect_series(values, expected, name=f"figures(raw[{name!r}])", what="the PDF's figures", by=None).ok:
            return hint(
                f"`figures(raw[{name!r}])` does not give the PDF's figures. Remove the marks and commas, strip the "
                "spaces, then convert; keep every digit."
            )
        if not pd.api.types.is_integer_dtype(values):
            return hint(
                f'Right figures, but as {values.dtype} numbers. Finish with `.astype("Int64")`: whole numbers '
                "(16608, not 16608.0) that still allow missing values."
            )
    ok, probe = feedback.try_call(figures, pd.Series(["12a4"]))
    if ok and isinstance(probe, pd.Series) and probe.isna().all():
        return hint(
            '`figures` turns a cell it cannot read into a missing value without a word (`errors="coerce"`?). '
            'A figure misread from the PDF would silently vanish. Replace exactly "N/A" with `pd.NA`, and let '
            "anything else raise an error."
        )
    return right(
        '`figures` cleans every figure column of page 1: marks and commas gone, "N/A" a missing value, whole numbers.'
    )


def sector_names_reference(column: pd.Series) -> list[str]:
    """The lesson's cleaning of the sector names (the names the course's dataset holds)."""
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True).str.strip().tolist()


def check_sector_names(sector_names: object) -> Feedback:
    """Typed cell: sector_names(column) removes footnote marks and "(formerly ...)" notes, then strips spaces."""
    opening = expect_kind(
        sector_names,
        "function",
        name="sector_names",
        what="a function that cleans the names (`def sector_names(column): ...`)",
    )
    if opening:
        return opening
    raw = _raw_page_1()
    expected = list(profile_2018().index)
    ok, result = feedback.try_call(sector_names, raw["sector"])
    if not ok:
        return hint(f"`sector_names` stopped with an error: {type(result).__name__}: {result}.")
    if result is None:
        return hint("`sector_names` returns nothing. End it with `return ...`: the cleaned column.")
    if not isinstance(result, pd.Series):
        return hint(f"`sector_names(column)` should return a column (a Series), but it returns {kind(result)}.")
    names = result.astype(str)
    if names.str.contains(r"\*", regex=True).any():
        return hint(
            f"Some names keep their footnote marks, e.g. {names[names.str.contains('[*]')].iloc[0]!r}. {REGEX_HINT}"
        )
    if names.str.contains("formerly").any():
        return hint(
            f"A name keeps CBP's note, e.g. {names[names.str.contains('formerly')].iloc[0]!r}. Remove it with the regex "
            "`\\(formerly [^)]*\\)` (and `regex=True`)."
        )
    if names.ne(names.str.strip()).any():
        return hint("Some names keep spaces at the start or end: finish with `.str.strip()`.")
    return expect_list(
        list(names),
        expected,
        name='sector_names(raw["sector"])',
        what="the names CBP prints",
        ordered=False,
        mistakes={
            "`sector_names` does not give the names CBP prints. Remove only the marks and the notes.": lambda n: (
                sorted(n) != sorted(expected)
            ),
        },
        success="`sector_names` gives the sectors' names as CBP prints them, without marks or notes.",
    )


def check_southwest(southwest_names: object, southwest: object) -> Feedback:
    """Typed cell: the nine southwest sectors' printed names (a list), and profile's rows for them."""
    expected_names = _southwest_names()
    verdict = expect_list(
        southwest_names,
        expected_names,
        name="southwest_names",
        what="the printed names of the nine southwest sectors",
        ordered=False,
        item=str,
        mistakes={
            "These are the sector codes (`facts.SECTORS`), not the names CBP prints. Take each code's name: "
            "`facts.SECTOR_NAMES[code]`.": list(facts.SECTORS),
        },
    )
    if not verdict.ok:
        return verdict
    table = profile_2018()
    expected = pd.DataFrame(
        {"sector": expected_names, **{c: table.loc[expected_names, c].to_numpy() for c in ("agents", "apprehensions")}}
    )
    return expect_table(
        southwest,
        expected,
        name="southwest",
        what="profile's rows for the nine southwest sectors",
        ordered=False,
        mistakes={
            "`southwest` keeps a total row too. Keep exactly the rows whose sector is in `southwest_names` "
            "(`.isin(southwest_names)`).": lambda t: t["sector"].astype(str).str.contains("Total").any(),
            "`southwest` has no rows. Keep profile's rows whose sector `.isin(southwest_names)`.": lambda t: (
                len(t) == 0
            ),
        },
        success="`southwest` holds the nine southwest sectors, each with its agents and apprehensions.",
    )


def check_read_table(read_table: object) -> Feedback:
    """Typed cell: read_table(page, names) reads and cleans any of the profile's three pages."""
    opening = kit.expect_kind(read_table, "function", name="read_table", what="`def read_table(page, names): ...`")
    if opening:
        return opening
    gender_names = ["sector", "female", "male", "total"]
    with pdfplumber.open(data.source_pdf(PROFILE_PDF)) as document:
        ok, first = feedback.try_call(read_table, document.pages[0], PAGE_1_NAMES)
        ok3, third = feedback.try_call(read_table, document.pages[2], gender_names)
    for ok_, result in ((ok, first), (ok3, third)):
        if not ok_:
            counts = re.search(r"(\d+) columns passed, passed data had (\d+) columns", str(result))
            if counts and int(counts[1]) == len(PAGE_1_NAMES):
                return hint(
                    f"`read_table` stopped with an error: {result}. Inside the function, name the columns with its "
                    "parameter `names`, not the `names` list of page 1."
                )
            if counts and int(counts[2]) == len(PAGE_1_NAMES):
                return hint(
                    f"`read_table` stopped with an error: {result}. It reads page 1 whatever page it gets: inside "
                    "the function, use its parameter `page` (`page.extract_table()`), not `rows` or `page1` from "
                    "the cells above."
                )
            return hint(f"`read_table` stopped with an error: {type(result).__name__}: {result}.")
        if result is None:
            return hint("`read_table` returns nothing. End it with `return table`.")
    verdict = check_profile_table(first)
    if not verdict.ok:
        return hint(f"For page 1, `read_table` gives a table that is not right yet. {verdict.message}")
    if isinstance(third, pd.DataFrame) and (len(third.columns) != len(gender_names) or third.equals(first)):
        return hint(
            "`read_table` gives page 1 whatever page it gets. Inside the function, use its parameters: "
            "`page.extract_table()`, not `rows` or `page1` from the cells above."
        )
    table = profile_2018()
    expected = pd.DataFrame(
        {
            "sector": table.index,
            "female": table["female"].to_numpy(),
            "male": table["male"].to_numpy(),
            "total": table["total_by_gender"].to_numpy(),
        }
    )
    verdict = expect_table(third, expected, name="read_table(pdf.pages[2], ...)", what="page 3, cleaned", ordered=False)
    if not verdict.ok:
        return verdict
    return right("`read_table` reads page 1 and page 3 right: one function for every page of the profile.")


def check_ages(ages: object) -> Feedback:
    """Typed cell: page 2 read with read_table and the names sector, accompanied, ..., total."""
    if unanswered(ages):
        return hint(NOT_ANSWERED)
    table = profile_2018()
    expected = pd.DataFrame({"sector": table.index, **{n: table[c].to_numpy() for n, c in AGES_COLUMNS.items()}})
    if isinstance(ages, pd.DataFrame) and all(n in ages.columns for n in expected.columns):
        if not all(pd.api.types.is_numeric_dtype(ages[n]) for n in AGES_COLUMNS):
            return hint(
                "The figures of `ages` are still text. Read the page with your `read_table`, which cleans them."
            )
        swapped = [n for n in AGES_COLUMNS if not same_values(sorted(ages[n].dropna()), sorted(expected[n].dropna()))]
        if swapped and len(ages) == len(expected):
            return hint(
                f"The column {swapped[0]!r} does not hold its figures: name the columns in the PDF's order, "
                "sector, accompanied, unaccompanied, juveniles, adults, total."
            )
    return expect_table(
        ages,
        expected,
        name="ages",
        what="page 2 (juveniles and adults), cleaned",
        ordered=False,
        success=f"`ages` is page 2, cleaned: {len(expected)} rows, with the juveniles and adults as CBP prints them.",
    )


def _per_agent_expected() -> pd.DataFrame:
    table = profile_2018().loc[_southwest_names()]
    expected = pd.DataFrame(
        {
            "sector": table.index,
            "agents": table["agents"].to_numpy(),
            "apprehensions": table["apprehensions"].to_numpy(),
        }
    )
    expected["apprehensions_per_agent"] = (expected["apprehensions"] / expected["agents"]).astype(float).round(1)
    return expected.sort_values("apprehensions_per_agent", ascending=False).reset_index(drop=True)


def check_per_agent(per_agent: object) -> Feedback:
    """Typed cell: apprehensions per agent in the nine southwest sectors, largest first."""
    if unanswered(per_agent):
        return hint(NOT_ANSWERED)
    expected = _per_agent_expected()
    if isinstance(per_agent, pd.DataFrame) and "sector" not in per_agent.columns and per_agent.index.name == "sector":
        return hint(
            "`per_agent` has the sectors as its index. Keep `sector` as a column (the example below reads "
            '`per_agent.iloc[0]["sector"]`): leave out `set_index`, or add `.reset_index()`.'
        )

    def ascending(table: pd.DataFrame) -> bool:
        ratios = table["apprehensions_per_agent"].astype(float)
        return len(table) == len(expected) and ratios.is_monotonic_increasing and not ratios.is_monotonic_decreasing

    def upside_down(table: pd.DataFrame) -> bool:
        ratios = table["apprehensions_per_agent"].astype(float)
        return ratios.max() < 1

    return expect_table(
        per_agent,
        expected,
        name="per_agent",
        what="the nine southwest sectors, apprehensions per agent, largest first",
        tolerance=0.05,
        mistakes={
            "`per_agent` is sorted smallest first. `sort_values` sorts upward unless you add `ascending=False`; "
            "the example below reads the first row as the sector with the most per agent.": ascending,
            "`per_agent` holds the right rows, but not sorted. Sort it by `apprehensions_per_agent`, largest "
            'first: `.sort_values("apprehensions_per_agent", ascending=False)`.': lambda t: (
                sorted(t["sector"]) == sorted(expected["sector"])
                and not t["apprehensions_per_agent"].astype(float).is_monotonic_decreasing
                and t["apprehensions_per_agent"].astype(float).max() >= 1
            ),
            "The ratio is upside down (agents per apprehension). Divide apprehensions by agents.": upside_down,
        },
        success=f"{expected.at[0, 'sector']} first, with {expected.at[0, 'apprehensions_per_agent']} apprehensions per agent.",
    )


def _swb_staffing() -> pd.Series:
    staffing = load_staffing()
    return staffing[staffing["sector"] == "southwest_border_total"].set_index("fiscal_year")["agents"]


def check_staffing(staffing: object, swb_staffing: object) -> Feedback:
    """Typed cell: the staffing dataset (every sector and year), and the southwest total's agents by fiscal year."""
    opening = kit.expect_kind(staffing, "table", name="staffing", what="the table `data.load_staffing()` returns")
    if opening or unanswered(swb_staffing):
        return opening or hint(NOT_ANSWERED)
    full = load_staffing()
    if len(staffing) != len(full):
        return hint(
            f"`staffing` has {len(staffing)} rows; the dataset has {len(full)}. Keep `staffing` whole (every sector "
            "and year: Exercise 4 uses it), and put the southwest rows in `swb_staffing`."
        )
    expected = _swb_staffing()
    totals = {code: full[full["sector"] == code].set_index("fiscal_year")["agents"] for code in ("nationwide_total",)}
    return expect_series(
        swb_staffing,
        expected,
        name="swb_staffing",
        what="the southwest border's agents, indexed by fiscal year",
        mistakes={
            'That is the nationwide total. Keep the rows whose sector is "southwest_border_total".': totals[
                "nationwide_total"
            ],
            'The values are right, but the index holds row numbers, not fiscal years. Use `.set_index("fiscal_year")` '
            'before you pick `["agents"]`.': lambda s: same_values(s, expected) and 1992 not in set(s.index),
        },
        success=f"{len(expected)} fiscal years of southwest border agents, FY{expected.index[0]} to FY{expected.index[-1]}.",
    )


def check_staffing_growth(first_year: object, growth: object) -> Feedback:
    """Typed cell: the first fiscal year of swb_staffing, and FY2018's agents divided by that year's."""
    series = _swb_staffing()
    first = int(series.index[0])
    if isinstance(first_year, float) and not unanswered(first_year):
        return hint("`first_year` is a decimal number. Take the label itself, a whole number: `swb_staffing.index[0]`.")
    verdict = expect_number(
        first_year,
        first,
        name="first_year",
        what="the first fiscal year of `swb_staffing`",
        mistakes={
            "That is the first year's agents, not the year. Take the first label of the index: "
            "`swb_staffing.index[0]`.": int(series.iloc[0]),
            "That is a position, not a year. Take the first label of the index: `swb_staffing.index[0]`.": 0,
        },
    )
    if not verdict.ok:
        return verdict
    ratio = series[ARTICLE_YEAR] / series[first]
    return expect_number(
        growth,
        ratio,
        name="growth",
        what=f"FY{ARTICLE_YEAR}'s agents divided by FY{first}'s",
        tolerance=0.05,
        mistakes={
            "Upside down: divide FY2018's agents by first_year's, not the other way round.": series[first]
            / series[ARTICLE_YEAR],
            "That is the change in percent. The prompt asks how many times as many: divide, without "
            "subtracting 1 or multiplying by 100.": (ratio - 1) * 100,
            "That is the difference in agents. Divide instead: FY2018's agents / first_year's.": series[ARTICLE_YEAR]
            - series[first],
            "That uses the most agents (FY2013's), not FY2018's: `swb_staffing[2018]`.": series.max() / series[first],
        },
        success=f"FY{first} to FY{ARTICLE_YEAR}: {ratio:.1f} times as many southwest border agents.",
    )


def check_tucson_row(tucson_row: object) -> Feedback:
    """Typed cell: the row of page 1's table whose first cell is "Tucson" (a list of cell texts)."""
    if unanswered(tucson_row):
        return hint(NOT_ANSWERED)
    rows = _rows(0)
    expected = next(row for row in rows if row[0] == "Tucson")
    if isinstance(tucson_row, bool | int | np.integer):
        return hint(
            f"`tucson_row` is a number ({tucson_row}): a row's position. Store the row itself, the list of its "
            'cells: `next(row for row in rows if row[0] == "Tucson")`.'
        )
    if isinstance(tucson_row, str):
        return hint(
            f"`tucson_row` is text ({tucson_row!r}), one cell. Store the whole row, the list of its cells: "
            '`next(row for row in rows if row[0] == "Tucson")`.'
        )
    if isinstance(tucson_row, tuple) and len(tucson_row) == 2 and isinstance(tucson_row[1], list):
        return hint(
            "`tucson_row` is a pair (a number and a row), what `enumerate` gives. `next(enumerate(rows))` is not a "
            "search: it returns the first pair. Search the rows themselves: "
            '`next(row for row in rows if row[0] == "Tucson")`.'
        )
    if isinstance(tucson_row, list | tuple) and list(tucson_row) in rows and list(tucson_row) != expected:
        first = tucson_row[0] if tucson_row and tucson_row[0] else ""
        which = "the footnotes' row" if not first or "\n" in first else f"the row of {first!r}"
        return hint(
            f'`tucson_row` is {which}, not Tucson\'s. Take the row whose first cell is "Tucson" '
            '(`row[0] == "Tucson"`), not a row counted by its position.'
        )
    return expect_list(
        tucson_row,
        expected,
        name="tucson_row",
        what="Tucson's row of page 1 (its cells as the PDF prints them)",
        success=f"`tucson_row` is Tucson's row: {expected[1]} agents and {expected[2]} apprehensions, still as text.",
    )


def _adding_up_expected() -> pd.DataFrame:
    table = profile_2018()
    columns = ["agents", "apprehensions"]
    nine = table.loc[_southwest_names(), columns].sum()
    printed = table.loc[SOUTHWEST_TOTAL, columns]
    return pd.DataFrame({"nine sectors": nine, "printed total": printed, "difference": printed - nine}, index=columns)


def check_adding_up(adding_up: object) -> Feedback:
    """Typed cell: the nine sectors' sums beside the printed Southwest Border Sectors Total, and the difference
    (printed total minus the nine sectors), indexed by agents and apprehensions."""
    if unanswered(adding_up):
        return hint(NOT_ANSWERED)
    expected = _adding_up_expected()
    if isinstance(adding_up, pd.DataFrame) and "agents" in adding_up.columns and "agents" not in adding_up.index:
        return hint(
            "`adding_up` has agents and apprehensions as its columns. The prompt wants them as its rows, and "
            "nine sectors, printed total and difference as the columns: build it from the two sums (each a Series "
            'indexed by agents and apprehensions), `pd.DataFrame({"nine sectors": ..., "printed total": ..., '
            '"difference": ...})`.'
        )

    def reversed_difference(table: pd.DataFrame) -> bool:
        return same_values(table.loc[expected.index, "difference"], -expected["difference"]) and bool(
            expected["difference"].ne(0).any()
        )

    return expect_table(
        adding_up,
        expected,
        name="adding_up",
        what="the nine sectors' sums, the printed total and the difference, for agents and apprehensions",
        index=True,
        ordered=False,
        mistakes={
            "The difference is the wrong way round: take the printed total minus the nine sectors, so that a "
            "printed total larger than its parts gives a positive difference.": reversed_difference,
        },
        success=(
            f"The printed total holds {int(expected.at['agents', 'difference'])} more agents than the nine sectors; "
            "the apprehensions add up exactly."
        ),
    )


#: The columns of ``compared`` the lesson compares, and the suffixes of each table.
COMPARED = ["agents", "apprehensions", "deaths"]


def check_compared(compared: object) -> Feedback:
    """Typed cell: profile (left) merged with the course's FY2018 profiles (right), sector with sector_name,
    one-to-one, suffixes "_pdf" (profile's columns) and "_course"."""
    opening = kit.expect_kind(compared, "table", name="compared", what="the merged table")
    if opening:
        return opening
    if "agents_x" in compared.columns:
        return hint(
            '`compared` has the columns `agents_x` and `agents_y`: pass `suffixes=("_pdf", "_course")`, so that each '
            "column says where it comes from (the first suffix goes to the left table, `profile`)."
        )
    if "agents_pdf" not in compared.columns:
        return hint(
            f"`compared` needs the columns `agents_pdf` and `agents_course`; it has {', '.join(map(str, compared.columns[:6]))}... "
            'Merge with `suffixes=("_pdf", "_course")`.'
        )
    table = profile_2018()
    codes = set(table["sector"])
    if "fiscal_year" in compared.columns and len(compared) and compared["fiscal_year"].ne(ARTICLE_YEAR).all():
        return hint(
            f"`compared` holds only FY{int(compared['fiscal_year'].iloc[0])} rows: keep the rows of fiscal_year "
            f"{ARTICLE_YEAR} in `course_2018` (`== {ARTICLE_YEAR}`), the year of the PDF you read."
        )
    if "fiscal_year" in compared.columns and compared["fiscal_year"].ne(ARTICLE_YEAR).any():
        return hint("`compared` holds rows of FY2019 too: keep only FY2018 in `course_2018` before you merge.")
    if len(compared) == 0:
        return hint(
            "`compared` has no rows: no sector found its match. profile's `sector` holds the printed names "
            '("Tucson"), course_2018\'s `sector` holds codes ("tucson"): match `left_on="sector"` with '
            '`right_on="sector_name"`.'
        )
    if (
        "sector_pdf" in compared.columns
        and compared["sector_pdf"].isin(codes).all()
        and compared.columns[0] == "sector_course"
    ):
        return hint(
            "`compared` has the suffixes swapped: `_pdf` went to the course's columns and `_course` to the PDF's. "
            'The first suffix goes to the left table, `profile`: pass `suffixes=("_pdf", "_course")`, in that order.'
        )
    if "sector_pdf" in compared.columns and compared["sector_pdf"].isin(codes).all():
        return hint(
            "`compared` has course_2018 on the left: its `_pdf` columns hold the course's figures and `_course` "
            "the PDF's, the wrong way round. Put profile on the left: `profile.merge(course_2018, "
            'left_on="sector", right_on="sector_name", ...)`; the first suffix, "_pdf", goes to the left table.'
        )
    expected = pd.DataFrame({"sector_name": table.index})
    for name in COMPARED:
        expected[f"{name}_pdf"] = table[name].to_numpy()
        expected[f"{name}_course"] = table[name].to_numpy()
    return expect_table(
        compared,
        expected,
        name="compared",
        what="every row of profile beside the course's FY2018 row for the same sector",
        ordered=False,
        success=f"`compared` pairs each of the {len(expected)} rows of profile with the course's row for its sector.",
    )
