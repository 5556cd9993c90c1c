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

import re

import pandas as pd

from helpers import facts
from helpers.article import extract_figures, load_article
from helpers.checks import feedback
from helpers.checks.feedback import NOT_ANSWERED, Feedback, as_number, hint, right, unanswered
from helpers.data import load_deaths, load_sector_profiles, load_staffing
from helpers.troops import stated_total

__all__ = [
    "check_profile_table",
    "check_beyond_regions",
    "check_gender_mismatches",
    "check_guard_share",
    "check_sources_finding",
]

#: The edition of the sector profile the lesson reads.
FISCAL_YEAR = 2018
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
    return table[table["fiscal_year"] == FISCAL_YEAR].set_index("sector_name")


def _agents(table: pd.DataFrame, rows) -> int:
    return int(table.loc[rows, "agents"].sum()) if isinstance(rows, list) else int(table.loc[rows, "agents"])


def _southwest_names() -> list[str]:
    return [facts.SECTOR_NAMES[code] for code in facts.SECTORS]


def _region_names() -> list[str]:
    return [facts.TOTAL_NAMES[code] for code in facts.TOTALS[:3]]


def _near(value: float, target: float, tolerance: float = 0.5) -> bool:
    return abs(value - target) <= tolerance + 1e-9


# --------------------------------------------------------------------------- the cleaned page 1 table


def check_profile_table(table: object) -> Feedback:
    """Typed cell: page 1 of the FY2018 profile, extracted and cleaned (names, commas, N/A, footnote marks)."""
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if not isinstance(table, pd.DataFrame):
        return hint(
            f"`profile` should be a table (a pandas DataFrame), but it is a {type(table).__name__}. "
            "Build it with `pd.DataFrame({...})` from the columns of `raw`."
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
    return right(
        f"{len(table)} rows, cleaned: the southwest border's {_agents(expected, SOUTHWEST_TOTAL):,} agents and "
        f"{int(expected.at[SOUTHWEST_TOTAL, 'apprehensions']):,} apprehensions are whole numbers now, "
        "and the northern and coastal deaths are missing (CBP does not track them), not 0."
    )


# --------------------------------------------------------------------------- exercise 1: beyond the regions


def check_beyond_regions(answer: object) -> Feedback:
    """Exercise: nationwide agents minus the three border regions' totals (agents outside the sectors)."""
    problem = feedback.not_a_number(answer)
    if problem is not None:
        return problem
    value = as_number(answer)
    table = profile_2018()
    nationwide = _agents(table, NATIONWIDE_TOTAL)
    regions = _agents(table, _region_names())
    expected = nationwide - regions
    if _near(value, expected):
        return right(
            f"{nationwide:,} nationwide minus {regions:,} in the three border regions: {expected:,} agents "
            "outside the sectors (footnote ***: all on-board Border Patrol agents in CBP). The total is right "
            "as CBP defines it; a story quoting it should say so."
        )
    if _near(value, -expected):
        return hint(
            "The sign is wrong: subtract the regions' agents from the nationwide total, not the other way round."
        )
    if _near(value, regions):
        return hint("That is the three regions' agents added up. Now subtract that sum from the nationwide total.")
    if _near(value, nationwide):
        return hint("That is the nationwide total itself. Subtract the three regions' agents from it.")
    sectors = [facts.SECTOR_NAMES[c] for c in facts.ALL_SECTORS if facts.SECTOR_NAMES[c] in table.index]
    if _near(value, nationwide - _agents(table, sectors)):
        return hint(
            "You subtracted the sectors' agents, so the Special Operations Group counts as outside the "
            'regions. Use the three region total rows (names ending in "Sectors Total"), as the first line does.'
        )
    swb_gap = _agents(table, SOUTHWEST_TOTAL) - _agents(table, _southwest_names())
    if _near(value, swb_gap):
        return hint(
            "That is the southwest border's gap (the Special Operations Group). The exercise asks about the "
            "nationwide total: nationwide agents minus the three region totals."
        )
    if _near(value, nationwide - _agents(table, SOUTHWEST_TOTAL)):
        return hint(
            "You subtracted only the southwest border. Subtract all three regions' totals: coastal, northern "
            "and southwest (`region_totals`)."
        )
    return hint(
        "Not that. Take the Nationwide Total row's agents, and subtract the agents of `region_totals` added up "
        "(`.sum()`)."
    )


# --------------------------------------------------------------------------- exercise 2: page 3's mismatches


def _gender_mismatches(table: pd.DataFrame) -> list[str]:
    differs = (table["female"] + table["male"]).ne(table["total_by_gender"]).fillna(False)
    return table.index[differs.astype(bool)].tolist()


def _age_mismatches(table: pd.DataFrame) -> list[str]:
    differs = (table["total_juveniles"] + table["total_adults"]).ne(table["total_by_age"]).fillna(False)
    return table.index[differs.astype(bool)].tolist()


def _as_names(answer: object) -> list[str] | None:
    if isinstance(answer, (pd.Series, pd.Index)):
        answer = answer.tolist()
    if isinstance(answer, (list, tuple, set)) and all(isinstance(item, str) for item in answer):
        return [re.sub(r"[\s_]+", " ", item).strip().lower() for item in answer]
    return None


def check_gender_mismatches(answer: object) -> Feedback:
    """Exercise: the sectors whose female + male do not make the printed total on page 3 (a list of names)."""
    if unanswered(answer):
        return hint(NOT_ANSWERED)
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
    number = None if isinstance(answer, (list, tuple, set, pd.Series, pd.Index)) else as_number(answer)
    if number is not None:
        if number == len(expected):
            return hint(
                f"{int(number)} is how many rows; store their *names*, as a list (`.tolist()` on the sector column)."
            )
        return hint("Store the names of the sectors, as a list, not a number.")
    names = _as_names(answer)
    if names is None:
        return hint(
            f"`gender_mismatches` should be a list of sector names (text), but it is a {type(answer).__name__}."
        )
    wanted = [name.lower() for name in expected]
    if sorted(set(names)) == sorted(wanted):
        return right(
            f"{' and '.join(expected)}: female + male make page 1's totals, but page 3 prints the two totals "
            "the other way round. CBP's error, reported, not corrected."
        )
    if set(names) >= {n.lower() for n in _age_mismatches(table)} - set(wanted) and len(names) > len(wanted):
        return hint(
            "That looks like page 2's list (juveniles + adults). Compare female + male with the total on "
            "page 3, the `gender` table."
        )
    unknown = [name for name in names if name not in {n.lower() for n in table.index}]
    if unknown:
        return hint(
            f"{unknown[0]!r} is not a row of page 3. Take the names from the table's sector column, "
            "as the table prints them."
        )
    if not names:
        return hint("The list is empty. Keep the rows where female + male is not equal (`!=`) to the total.")
    if set(names) < set(wanted):
        return hint(
            f"Only {len(set(names))} of the {len(wanted)}. A swap makes *both* rows wrong: keep every row "
            "where female + male differs from the total."
        )
    return hint(
        'Not those. Keep the rows where `gender["female"] + gender["male"]` is not equal to '
        '`gender["total"]`, and take their sector names.'
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
    problem = feedback.not_a_number(answer)
    if problem is not None:
        return problem
    value = as_number(answer)
    table = profile_2018()
    guard, active = _article_figures()
    agents = _agents(table, SOUTHWEST_TOTAL)
    exact = guard / agents * 100
    if _near(value, exact, 0.05):
        return right(
            f"{guard:,} Guard troops beside {agents:,} agents: {exact:.1f}%, about {exact:.0f}%. A reader gets "
            "the scale; say too that the troops did not do the agents' work."
        )
    if _near(value, exact / 100, 0.0005):
        return hint("That is a fraction (between 0 and 1). Multiply by 100 to get a percentage.")
    if value == round(exact):
        return hint("Close: round to one decimal place with `round(..., 1)`, not to a whole number.")
    if _near(value, guard / _agents(table, NATIONWIDE_TOTAL) * 100, 0.05):
        return hint(
            "You divided by the nationwide agents. The Guard served at the southwest border: divide by the "
            "Southwest Border Sectors Total (`swb_agents`)."
        )
    if _near(value, guard / _agents(table, _southwest_names()) * 100, 0.05):
        return hint(
            "You divided by the nine sectors added up, which leaves out the Special Operations Group. Use the "
            "printed Southwest Border Sectors Total (`swb_agents`), as the cell above did for the 800."
        )
    if _near(value, active / agents * 100, 0.05):
        return hint(
            f"That is the {active:,} active-duty troops' percentage (the cell above). Now the Guard's total, "
            "`guard_total`."
        )
    if _near(value, guard / (agents + guard) * 100, 0.05):
        return hint(
            "That is the Guard's share of agents and troops together, another question. Divide by the agents "
            "alone: by what percentage would the troops *add* to them?"
        )
    if _near(value, agents / guard, 0.05) or _near(value, agents / guard * 100, 0.05):
        return hint("Upside down: divide the troops by the agents, then multiply by 100.")
    return hint("Not that. Divide `guard_total` by `swb_agents`, multiply by 100, and round to one decimal.")


# --------------------------------------------------------------------------- exercise 4: a finding


def sources_evidence() -> dict[str, float]:
    """What a finding from the PDFs can state: FY2018 profile figures, staffing by year, deaths by year, and ratios."""
    table = profile_2018()
    guard, active = _article_figures()
    swb = _agents(table, SOUTHWEST_TOTAL)
    evidence: dict[str, float] = {
        "the article's Guard total": guard,
        "the article's active-duty troops": active,
        "the number of southwest border sectors": len(facts.SECTORS),
        f"FY{FISCAL_YEAR} {SOUTHWEST_TOTAL}: the Guard as % of agents": guard / swb * 100,
        f"FY{FISCAL_YEAR} {SOUTHWEST_TOTAL}: the 800 as % of agents": active / swb * 100,
    }
    rows = [*_southwest_names(), SOUTHWEST_TOTAL, NATIONWIDE_TOTAL]
    for row in rows:
        for column in ("agents", "apprehensions", "deaths", "rescues"):
            value = table.at[row, column]
            if not pd.isna(value):
                evidence[f"FY{FISCAL_YEAR} {row}: {column}"] = float(value)
        evidence[f"FY{FISCAL_YEAR} {row}: apprehensions per agent"] = (
            table.at[row, "apprehensions"] / table.at[row, "agents"]
        )
        evidence[f"FY{FISCAL_YEAR} {row}: agents per 1,000 apprehensions"] = (
            table.at[row, "agents"] / table.at[row, "apprehensions"] * 1000
        )
    staffing = load_staffing().pivot(index="fiscal_year", columns="sector", values="agents")
    for code in (*facts.SECTORS, "southwest_border_total", "nationwide_total"):
        series = staffing[code].dropna().astype(float)
        name = facts.SECTOR_NAMES.get(code) or facts.TOTAL_NAMES[code]
        for year, agents in series.items():
            evidence[f"FY{year} {name}: agents on board"] = agents
        first = series.index[0]
        for year in series.index[1:]:
            evidence[f"{name}: FY{year} agents / FY{first}"] = series[year] / series[first]
            evidence[f"{name}: change FY{first}-FY{year}, %"] = (series[year] / series[first] - 1) * 100
            evidence[f"{name}: change FY{first}-FY{year}, agents"] = series[year] - series[first]
        peak = series.idxmax()
        evidence[f"{name}: change FY{peak} (peak)-FY2018, agents"] = series[2018] - series[peak]
        evidence[f"{name}: change FY{peak} (peak)-FY2018, %"] = (series[2018] / series[peak] - 1) * 100
    deaths = load_deaths().set_index("fiscal_year")
    for column in deaths.columns:
        name = facts.SECTOR_NAMES.get(column) or facts.TOTAL_NAMES.get(column, column)
        for year, count in deaths[column].dropna().items():
            evidence[f"FY{year} {name}: deaths recorded"] = float(count)
    return evidence


def check_sources_finding(sentence: object) -> Feedback:
    """Your turn: one sentence with a number from the PDFs (agents, apprehensions, staffing or deaths)."""
    return feedback.check_numbers_in_sentence(
        sentence, sources_evidence(), what="CBP's tables (profile, staffing, deaths)"
    )
