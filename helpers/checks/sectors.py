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
from helpers.checks import feedback, kit
from helpers.checks.feedback import Feedback, hint, is_table, right
from helpers.data import load_apprehensions, load_sectors
from helpers.facts import PARTLY_TEXAS, SECTOR_STATES, TEXAS_ONLY  # re-exported: notebooks 02 and 06 import them here
from helpers.story import ARTICLE_YEAR, YEAR

__all__ = [
    "check_ranked_shares",
    "check_top_sector",
    "check_texas_share",
    "check_states_pivot",
    "check_sector_year_finding",
    "check_sectors_table",
    "check_sector_shares",
    "check_long",
    "check_merged",
    "check_by_sector",
    "check_touching",
    "check_by_state",
    "check_state_shares",
    "check_troop_shares",
    "check_comparison",
    "check_leader_changes",
    "check_state_group_shares",
]

#: The fiscal year both exercises ask about: the last full year before the article.
FISCAL_YEAR = ARTICLE_YEAR
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
    table, sectors = _sectors()
    row = table.loc[FISCAL_YEAR, sectors]
    expected = row.idxmax()
    if is_table(answer):
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not a sector's name. On the "
            f"row for FY{FISCAL_YEAR} with the nine sector columns, `.idxmax()` gives the column with the most."
        )
    if not isinstance(answer, str | bool) and kit.KINDS["number"][0](answer):
        if kit.same_number(answer, row.max()):
            return hint(
                f"{kit.show(row.max())} is the number of apprehensions. Store the sector's *name*: "
                "`.idxmax()` gives it, where `.max()` gives the count."
            )
        if kit.same_number(answer, table.loc[FISCAL_YEAR, TOTAL]):
            return hint("That is the southwest border total, a number. Store the name of the busiest sector.")
        return hint('Store the sector\'s name (a string such as "tucson"), not a number.')
    opening = kit.expect_kind(answer, "text", name="answer", what='a sector\'s name, such as "tucson"')
    if opening:
        return opening
    column = _column(answer)
    mistakes = {
        "`southwest_border_total` is all nine sectors added up, not a sector. Leave it out: select only the "
        "nine sector columns before `.idxmax()`.": TOTAL,
        "That is a state. The question asks for a Border Patrol *sector*, one of the nine columns.": lambda a: (
            a in ("texas", "arizona", "california", "new_mexico")
        ),
        '`fiscal_year` is not a sector. Set it as the index (`.set_index("fiscal_year")`) before `.idxmax()`.': (
            "fiscal_year"
        ),
        f"{answer!r} is not one of the nine sectors: {', '.join(sectors)}.": lambda a: a not in sectors,
    }
    if column in sectors:
        count = kit.show(row[column])
        tops = table[sectors].idxmax(axis=1)
        years = tops.index[tops == column]
        when = (
            f"FY{years[0]}"
            if len(years) == 1
            else f"{len(years)} fiscal years between FY{years.min()} and FY{years.max()}"
            if len(years)
            else ""
        )
        mistakes[
            f"{_name(column)} had the *fewest* apprehensions in FY{FISCAL_YEAR} ({count}). Use `.idxmax()` for the most."
        ] = row.idxmin()
        mistakes[
            f"{_name(column)} was the busiest sector in {when}, but not in FY{FISCAL_YEAR}. Check that you picked "
            f"the row for FY{FISCAL_YEAR}."
        ] = lambda a: len(years) > 0
        mistakes[
            f"{_name(column)} had {count} apprehensions in FY{FISCAL_YEAR}: not the most. Compare all nine sectors "
            f"on the FY{FISCAL_YEAR} row with `.idxmax()`."
        ] = lambda a: True
    share = row[expected] / table.loc[FISCAL_YEAR, TOTAL] * 100
    return kit.expect_text(
        column,
        expected,
        name="answer",
        what=f"the sector with the most apprehensions in FY{FISCAL_YEAR}",
        mistakes=mistakes,
        success=f"{_name(expected)} sector had {kit.show(row[expected])} apprehensions in FY{FISCAL_YEAR}, "
        f"{share:.0f}% of the southwest border total.",
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
    if is_table(answer):
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not one percentage. Add the "
            "four Texas sectors up with `.sum()`, then divide by the total."
        )
    if isinstance(answer, str):
        return feedback.not_a_number(answer)  # the course's one policy for a number typed as text
    table, _ = _sectors()
    expected = _share(table, TEXAS_ONLY, FISCAL_YEAR)
    with_el_paso = _share(table, TEXAS_ONLY + PARTLY_TEXAS, FISCAL_YEAR)
    whole = round(expected)  # "55": the share rounded to a whole percent is right too

    def near(target: float, tolerance: float = 0.1):
        return lambda value: abs(float(value) - target) < tolerance

    mistakes = {
        f"That is a fraction of 1 ({expected / 100:.3f}). Multiply by 100 for a percentage.": near(
            expected / 100, 0.001
        ),
        "That is the number of apprehensions in the Texas sectors. Divide it by the southwest border "
        "total, and multiply by 100.": table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum(),
        "You counted El Paso sector as Texas. It also covers all of New Mexico, so the exercise keeps "
        "to the four sectors wholly in Texas: Big Bend, Del Rio, Laredo and Rio Grande Valley.": near(with_el_paso),
        "You divided by *nationwide* apprehensions. The share is of the southwest border: divide by "
        "`southwest_border_total`.": near(_share(table, TEXAS_ONLY, FISCAL_YEAR, _nationwide(FISCAL_YEAR))),
    }
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        mistakes[f"That is the share for FY{other}, one year off. Use the row for FY{FISCAL_YEAR}."] = near(
            _share(table, TEXAS_ONLY, other)
        )
    for sector in TEXAS_ONLY:
        mistakes[f"That is {_name(sector)} sector alone. Add up all four sectors wholly in Texas."] = near(
            _share(table, (sector,), FISCAL_YEAR)
        )
    mistakes[
        "A share of the total must lie between 0 and 100 percent. Divide the Texas sectors' sum by "
        "`southwest_border_total`, then multiply by 100."
    ] = lambda value: not 0 <= float(value) <= 100
    mistakes[
        f"That is not the share. Add up {', '.join(_name(s) for s in TEXAS_ONLY)} for FY{FISCAL_YEAR}, "
        "divide by that year's `southwest_border_total` and multiply by 100."
    ] = lambda value: True
    return kit.expect_number(
        answer,
        whole if kit.same_number(answer, whole) else expected,
        name="answer",
        what=f"the percentage of FY{FISCAL_YEAR}'s southwest border apprehensions made in the four all-Texas sectors",
        tolerance=0.1,
        mistakes=mistakes,
        success=f"{expected:.1f}% of FY{FISCAL_YEAR}'s southwest border apprehensions were made in the four "
        f"sectors wholly in Texas ({kit.show(table.loc[FISCAL_YEAR, list(TEXAS_ONLY)].sum())} of "
        f"{kit.show(table.loc[FISCAL_YEAR, TOTAL])}). With El Paso sector it would be {with_el_paso:.1f}%: the true "
        "Texas share lies between.",
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
    if isinstance(answer, pd.DataFrame) and len(answer.columns) != 1:
        return hint(
            f"That is a table. Take one row of `shares`, the one for FY{FISCAL_YEAR} (`.loc[{FISCAL_YEAR}]`), "
            "then sort it."
        )
    table, sectors = _sectors()
    expected = _shares(FISCAL_YEAR).sort_values(ascending=False)

    def like(values, tolerance: float = 0.05):
        return lambda a: _close(a.reindex(expected.index).astype(float), values.reindex(expected.index), tolerance)

    mistakes = {
        "`southwest_border_total` is in your ranking: it is the whole, not a sector. Rank the "
        "`shares` table, which holds only the nine sectors.": lambda a: TOTAL in a.index,
        f"`ranked` should hold the nine sectors ({', '.join(sectors)}), one value each. Start from "
        f"`shares.loc[{FISCAL_YEAR}]`.": lambda a: set(a.index) != set(sectors),
        "Those are counts of apprehensions, not shares. Sort the `shares` row instead (or divide "
        "by the total and multiply by 100 first).": like(table.loc[FISCAL_YEAR, sectors].astype(float)),
        "Those are fractions of 1. The `shares` table is in percent: multiply by 100.": like(expected / 100, 0.0005),
    }
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        mistakes[f"Those are the shares of FY{other}, one year off. Take the row for FY{FISCAL_YEAR}."] = like(
            _shares(other)
        )
    found = kit.expect_series(
        answer,
        expected,
        name="ranked",
        what=f"the nine sectors' shares of FY{FISCAL_YEAR}'s total, in %",
        tolerance=0.05,
        mistakes=mistakes,
    )
    if not found.ok:
        return found
    labels = list(answer.index)
    if labels == list(expected.index[::-1]):
        return hint(
            "Your ranking starts with the smallest share: `.sort_values()` sorts from small to large. "
            "Ask for the largest first with `ascending=False`."
        )
    if labels != list(expected.index):
        return hint("The values are right but not in order. Sort them with `.sort_values(ascending=False)`.")
    top, second = expected.index[0], expected.index[1]
    return right(
        f"In FY{FISCAL_YEAR} {_name(top)} sector made {expected[top]:.1f}% of the southwest border's "
        f"apprehensions, {expected[top] / expected[second]:.1f} times {_name(second)}, the next one."
    )


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
    opening = kit.expect_kind(
        answer,
        "table",
        name="by_states",
        what="a table of apprehensions, one row per fiscal year and one column per group of states (`.pivot_table(...)`)",
    )
    if opening:
        return opening
    if isinstance(answer.columns, pd.MultiIndex) and answer.columns.get_level_values(0).nunique() == 1:
        answer = answer.droplevel(0, axis=1)  # values=["apprehensions"] (a list) adds a header row: same table
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
            f"column per value of `states` ({kit.listing(expected.columns, limit=12)}). Pivot the merged table, "
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


_YEAR = YEAR  # the course's one year pattern (helpers.story)
#: Words that say what an apprehension count counts (a count must come with one of them).
COUNTED = ("arrest", "arrests", "arrested", "apprehension", "apprehensions", "apprehended")
#: Words for what apprehensions are not: people or crossings.
NOT_COUNTED = re.compile(
    r"\b(?:people|persons?|individuals|migrants|immigrants|aliens|crossers|crossings|crossing)\b", re.I
)
TIMES = ("times", "fold")
_RATIO = re.compile(r"^\s*(?:-\s*)?(?:times|fold|x)\b|^\s*\u00d7", re.I)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_RANKED = re.compile(
    r"\b(?:(\d)(?:st|nd|rd|th)|("
    + "|".join(_ORDINAL_WORDS)
    + r"))[\s-]+(?:most|busiest|largest|highest|biggest|place)\b"
    r"|\branked\s+(?:(\d)(?:st|nd|rd|th)?|(" + "|".join(_ORDINAL_WORDS) + r"))\b",
    re.I,
)
_TOP = re.compile(
    r"\b(?:the most|busiest|the largest|the highest|the biggest|the lead|led (?:all|every|the other)|"
    r"more (?:arrests |apprehensions )?than any)\b(?!\s+(?:\w+\s+)?(?:since|in \w+ years))",
    re.I,
)
_BOTTOM = re.compile(
    r"\b(?:the fewest|the least|the lowest|the smallest|quietest)\b(?!\s+(?:\w+\s+)?(?:since|in \w+ years))", re.I
)


def _sectors_named(sentence: str) -> list[str]:
    _, sectors = _sectors()
    text = sentence.lower().replace("-", " ")
    named = [column for column in sectors if _name(column).lower() in text]
    if re.search(r"\brgv\b", text) and "rio_grande_valley" not in named:
        named.append("rio_grande_valley")
    return named


def _words(sector: str) -> tuple[str, ...]:
    return (_name(sector), "RGV") if sector == "rio_grande_valley" else (_name(sector),)


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n if n < 20 else n % 10, 'th') }"


def sector_facts(sectors, years) -> list:
    """The figures a finding about these sectors and fiscal years can state, each with its subject (Facts):
    counts (with "arrests" or "apprehensions"), shares (%), ranks, ratios between the named sectors or
    years ("times", with both subjects named), changes and the southwest border total."""
    from helpers.checks.kit import Fact

    table, _ = _sectors()
    years = sorted(y for y in set(years) if y in table.index)
    found = []
    for year in years:
        fy = (str(year),)
        found.append(
            Fact(
                f"the southwest border's total arrests in FY{year}",
                float(table.loc[year, TOTAL]),
                (("southwest", "total", "all sectors"), fy, COUNTED),
            )
        )
        shares, ranks = _shares(year), table.loc[year, list(facts_sectors())].rank(ascending=False, method="min")
        for sector in sectors:
            name, words = _name(sector), _words(sector)
            count, share = float(table.loc[year, sector]), float(shares[sector])
            found += [
                Fact(f"{name} sector's arrests in FY{year}", count, (words, fy, COUNTED)),
                Fact(f"{name} sector's share of the southwest border's arrests in FY{year}, in %", share, (words, fy)),
                Fact(f"{name} sector's rank in FY{year} (1 = most arrests)", float(ranks[sector]), (words, fy)),
            ]
            if share:
                found.append(
                    Fact(
                        f"{name} sector's arrests in FY{year} were one in every {kit_show(100 / share)}",
                        100 / share,
                        (words, fy, ("one in", "1 in")),
                    )
                )
            for other in sectors:
                if other != sector and table.loc[year, other]:
                    found.append(
                        Fact(
                            f"{name} sector's arrests in FY{year} divided by {_name(other)} sector's (times as many)",
                            count / float(table.loc[year, other]),
                            (words, _words(other), fy, TIMES),
                        )
                    )
    for sector in sectors:
        name, words = _name(sector), _words(sector)
        for first in years:
            for second in years:
                if first == second:
                    continue
                about = (words, (str(first),), (str(second),))
                a, b = float(table.loc[first, sector]), float(table.loc[second, sector])
                if b:
                    found.append(
                        Fact(
                            f"{name} sector's arrests in FY{first} divided by FY{second}'s (times as many)",
                            a / b,
                            (*about, TIMES),
                        )
                    )
                if first < second:
                    if a:
                        found.append(
                            Fact(
                                f"the change in {name} sector's arrests from FY{first} to FY{second}, in %",
                                abs(b / a - 1) * 100,
                                about,
                            )
                        )
                    found += [
                        Fact(
                            f"the difference between {name} sector's arrests in FY{first} and FY{second}",
                            abs(b - a),
                            (*about, COUNTED),
                        ),
                        Fact(
                            f"the change in {name} sector's share from FY{first} to FY{second}, in percentage points",
                            abs(float(_shares(second)[sector]) - float(_shares(first)[sector])),
                            about,
                        ),
                    ]
    return found


def facts_sectors() -> list[str]:
    return list(facts.SECTORS)


def kit_show(value) -> str:
    from helpers.checks.kit import show

    return show(value)


def _year_range_as_words(sentence: str) -> str:
    """ "FY2010-FY2018" or "2010-2018" read as "FY2010 to FY2018", so that each year counts as named."""
    return re.sub(r"\b((?:FY\s?)?(?:19|20)\d\d)\s*[-\u2013]\s*((?:FY\s?)?(?:19|20)\d\d)\b", r"\1 to \2", sentence)


def _rank_problem(sentence: str, sectors: list[str], years: list[int]) -> Feedback | None:
    """A rank the sentence states ("the busiest", "the 3rd most", "the fewest") that none of its sectors had."""
    table, nine = _sectors()
    ranks = {y: table.loc[y, nine].rank(ascending=False, method="min") for y in years}
    stated = None
    match = _RANKED.search(sentence)
    if match:
        digit = match.group(1) or match.group(3)
        word = (match.group(2) or match.group(4) or "").lower()
        stated = int(digit) if digit else _ORDINAL_WORDS.index(word) + 1
    elif _TOP.search(sentence):
        stated = 1
    elif _BOTTOM.search(sentence):
        stated = len(nine)
    if stated is None or any(ranks[y][s] == stated for y in years for s in sectors):
        return None
    year, sector = years[0], sectors[0]
    top = ranks[year].idxmin()
    said = {1: "the most arrests", len(nine): "the fewest arrests"}.get(stated, f"the {_ordinal(stated)} most arrests")
    busiest = (
        "the most of all" if top == sector else f"{_name(top)} sector made the most ({kit_show(table.loc[year, top])})"
    )
    return hint(
        f"Your sentence says {_name(sector)} sector made {said} in FY{year}, but it ranked "
        f"{_ordinal(int(ranks[year][sector]))} of the nine sectors that year ({kit_show(table.loc[year, sector])} "
        f"arrests; {busiest}). Check the ranking with `sort_values(ascending=False)` on that year's row."
    )


def _ratio_problem(sentence: str, facts_list) -> Feedback | None:
    """A number followed by "times" that is not a ratio of the sectors or years the sentence names."""
    from helpers.article import extract_figures
    from helpers.checks.feedback import _unit
    from helpers.checks.kit import _mentions

    figures = extract_figures(sentence)
    ratios = [f for f in facts_list if TIMES in f.about and all(_mentions(sentence, g) for g in f.about)]
    for text, value, end in zip(figures["text"], figures["value"], figures["end"]):
        if not _RATIO.match(sentence[int(end) :]):
            continue
        value, tolerance = float(value), _unit(text, float(value)) / 2
        if any(abs(f.value - value) <= tolerance + 1e-9 for f in ratios):
            continue
        if not ratios:
            return hint(
                f"{text!r} times: as many as what? A ratio compares two sectors in the same fiscal year, or one "
                "sector in two fiscal years; name both in your sentence, and divide one count by the other."
            )
        nearest = min(ratios, key=lambda f: abs(f.value - value))
        return hint(
            f"{text!r} times is not a ratio of the sectors and years your sentence names: {nearest.label} is "
            f"{kit_show(nearest.value)}. Divide the two counts, and copy the result from your computation."
        )
    return None


def _counted_as_people(sentence: str) -> Feedback | None:
    """A number that counts people or crossings: apprehensions are neither."""
    from helpers.article import extract_figures

    figures = extract_figures(sentence)
    figures = figures[~figures["kind"].isin(["year", "date"])]
    for text, end in zip(figures["text"], figures["end"]):
        after = sentence[int(end) : int(end) + 60].split()[:4]
        for word in after:
            word = word.strip(".,;:()").lower()
            if word in COUNTED:
                break
            if NOT_COUNTED.fullmatch(word):
                return hint(
                    f"{text!r} {word}: the table counts *arrests* (apprehensions), not {word}. One person can be "
                    "arrested several times in a year, and a crossing that nobody caught is not counted at all. "
                    f'Write "{text} arrests" or "{text} apprehensions".'
                )
    if NOT_COUNTED.search(sentence) and not re.search(r"arrest|apprehen", sentence, re.I):
        word = NOT_COUNTED.search(sentence).group(0)
        return hint(
            f"Your sentence counts {word!r}, but the table counts *arrests* (apprehensions): not people (one "
            "person can be arrested several times) and not crossings. Say what was counted: arrests."
        )
    return None


def check_sector_year_finding(sentence: object) -> Feedback:
    """Exercise 3 (open-ended): one sentence about one sector in one fiscal year, with its number(s).

    Every number must be one of that sector's and year's figures *with its subject* (kit.expect_finding):
    a count with "arrests"/"apprehensions" (never "people" or "crossings"), a share, a rank that is the
    sector's rank, a ratio ("N times") of the sectors or years the sentence names. The year must be a
    fiscal year ("FY2010", "fiscal year 2010"), as the table counts.
    """
    from helpers.checks.kit import expect_finding

    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, [])
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
    if not re.search(r"\bFY|\bfiscal\b", sentence, re.I):
        year = years[0]
        return hint(
            f'Write the year as a fiscal year: "FY{year}" or "fiscal year {year}". The table counts fiscal '
            f'years (FY{year} ran from October {year - 1} to September {year}); "in {year}" reads as the '
            "calendar year, which the table does not count."
        )
    years = [y for y in years if y in table.index]
    problem = _counted_as_people(sentence) or _rank_problem(sentence, named, years)
    if problem:
        return problem
    text = _year_range_as_words(sentence)
    found = sector_facts(named, years)
    problem = _ratio_problem(text, found)
    if problem:
        return problem
    return expect_finding(
        text,
        found,
        what=f"the figures for {', '.join(_name(s) + ' sector' for s in named)} in "
        f"{', '.join(f'FY{y}' for y in years)}",
    )


# --------------------------------------------------------------------------- type-along: grouped shares (sum axis=1)


def _expected_group_shares() -> pd.DataFrame:
    by_states = _by_states()
    return by_states.div(by_states.sum(axis=1), axis=0).astype(float) * 100


def check_state_group_shares(state_group_shares: object) -> Feedback:
    """Type-along: ``state_group_shares``, each group of states' share of its fiscal year's apprehensions (%)."""
    from helpers.checks.kit import expect_table

    expected = _expected_group_shares()
    by_states = _by_states()

    def all_blank(a) -> bool:
        return bool(a.isna().all().all())

    return expect_table(
        _aligned(state_group_shares, expected),
        expected,
        name="state_group_shares",
        what="each group of states' share of its fiscal year's apprehensions, in %",
        index=True,
        tolerance=0.051,
        mistakes={
            "`state_group_shares` is all blanks (<NA>): the totals you divided by did not line up with the rows. "
            "Divide by each row's sum, `by_states.sum(axis=1)` (a plain `.sum()` adds up each *column*), and "
            "pass `axis=0` to `.div` so that each fiscal year's row is divided by its own total.": all_blank,
            "Each *column* adds up to 100: you divided by the column sums (`by_states.sum()`), so these are each "
            "year's share of a group's all-years total. Divide by each row's sum, `by_states.sum(axis=1)`, with "
            "`.div(..., axis=0)`.": lambda a: _frame_close(
                a, by_states.div(by_states.sum(axis=0), axis=1).astype(float) * 100
            ),
            "Those are fractions of 1 (0.41 instead of 41). Multiply by 100 for percentages.": lambda a: _frame_close(
                a, expected / 100
            ),
            "Those are the counts of `by_states`, not shares. Divide them by each row's sum, "
            "`by_states.div(by_states.sum(axis=1), axis=0)`, and multiply by 100.": lambda a: _frame_close(
                a, by_states.astype(float)
            ),
        },
        success="Each fiscal year's row adds up to 100%: the groups of states' shares of that year's apprehensions.",
    )


# --------------------------------------------------------------------------- type-along: each step of the lesson
# These judge the lesson's typed cells with the check kit (values, not representation). Expected values
# come from the course's files (``load_sectors``, ``helpers.facts``, ``helpers.troops``), never typed in.

from helpers.checks.kit import expect_series, expect_table  # noqa: E402

#: The lesson's ``first_year``: the start of the period its chart shows.
FIRST_YEAR = 1990
_STATE_COLUMNS = ["at_least", "at_most"]


def _is_frame(answer) -> bool:
    return isinstance(answer, pd.DataFrame)


def _aligned(answer, expected):
    """The answer's rows in the expected order, when it has the same row labels: row order never decides."""
    if (
        isinstance(answer, pd.DataFrame)
        and not answer.index.has_duplicates
        and set(answer.index) == set(expected.index)
    ):
        return answer.loc[list(expected.index)]
    return answer


def _sorted(answer, keys):
    """The answer sorted by its key columns (when it has them), so that row order never decides."""
    if isinstance(answer, pd.DataFrame) and all(k in answer.columns for k in keys):
        try:
            return answer.sort_values(keys).reset_index(drop=True)
        except TypeError:
            return answer
    return answer


def _expected_shares() -> pd.DataFrame:
    table, sectors = _sectors()
    return table[sectors].astype(float).div(table[TOTAL].astype(float), axis=0) * 100


def _expected_long() -> pd.DataFrame:
    table, sectors = _sectors()
    return table[sectors].reset_index().melt(id_vars="fiscal_year", var_name="column", value_name="apprehensions")


def _expected_merged() -> pd.DataFrame:
    merged = _expected_long()
    merged["sector"] = merged["column"].map(_name)
    merged["states"] = merged["column"].map(SECTOR_STATES)
    merged["n_states"] = merged["states"].str.split(", ").str.len()
    return merged


def _expected_by_sector(year: int = FISCAL_YEAR) -> pd.DataFrame:
    merged = _expected_merged()
    return merged[merged["fiscal_year"] == year]


def _expected_by_state(year: int = FISCAL_YEAR) -> pd.DataFrame:
    rows = _expected_by_sector(year)
    states = sorted({s for text in SECTOR_STATES.values() for s in text.split(", ")})
    at_most = {
        s: int(rows.loc[rows["states"].str.split(", ").map(lambda x, s=s: s in x), "apprehensions"].sum())
        for s in states
    }
    at_least = {s: int(rows.loc[rows["states"] == s, "apprehensions"].sum()) for s in states}
    return pd.DataFrame({"at_least": at_least, "at_most": at_most}).rename_axis("state")


def _expected_state_shares(year: int = FISCAL_YEAR) -> pd.DataFrame:
    table, _ = _sectors()
    return (_expected_by_state(year) / float(table.loc[year, TOTAL]) * 100).add_suffix("_%")


def _expected_troops() -> pd.DataFrame:
    from helpers.troops import guard_table

    troops = guard_table()
    troops["troops_%"] = troops["troops"] / troops["troops"].sum() * 100
    return troops


def _expected_comparison() -> pd.DataFrame:
    comparison = _expected_troops().set_index("state").join(_expected_state_shares().round(1))
    comparison["within_range"] = (
        comparison["troops_%"].round(1).between(comparison["at_least_%"], comparison["at_most_%"])
    )
    return comparison


def _expected_changes(first: int = FIRST_YEAR) -> pd.Series:
    leader = _expected_shares().loc[first:].idxmax(axis=1)
    return leader[leader != leader.shift()]


def check_sectors_table(sectors: object) -> Feedback:
    """Type-along: ``sectors``, the sector table with ``fiscal_year`` as its row label."""
    table, _ = _sectors()
    return expect_table(
        _aligned(sectors, table),
        table,
        name="sectors",
        what="the sector table with one row per fiscal year, labelled by fiscal_year",
        index=True,
        mistakes={
            "`fiscal_year` is still an ordinary column, and the rows are labelled 0, 1, 2... Make it the row "
            'label with `.set_index("fiscal_year")`, so that `sectors.loc[2018]` finds FY2018.': lambda a: (
                "fiscal_year" in a.columns and a.index.name != "fiscal_year"
            ),
            "`sectors` holds only some of the years. Keep the whole table in `sectors`, and show FY2014-FY2018 "
            "on its own line below (`sectors.loc[2014:2018]`).": lambda a: 0 < len(a) < len(table),
        },
        success=f"{len(table)} fiscal years, FY{table.index.min()}-FY{table.index.max()}, labelled by fiscal_year.",
    )


def check_sector_shares(shares: object) -> Feedback:
    """Type-along: ``shares``, each sector's percentage of the southwest border total, every year."""
    expected = _expected_shares()
    return expect_table(
        _aligned(shares, expected),
        expected,
        name="shares",
        what="the nine sectors' shares of each year's total, in %",
        index=True,
        tolerance=1e-6,
        mistakes={
            "`shares` is one row or one column (a Series): keep the whole table, one row per fiscal year and one "
            "column per sector, and show the years you want on a line of their own "
            "(`shares.loc[[1990, 2000]]`).": lambda a: len(a.columns) == 1,
            "`shares` still has the `southwest_border_total` column: that is the whole, not a sector. Divide "
            "only the nine sector columns, `sectors[list(data.SECTORS)]`.": lambda a: TOTAL in a.columns,
            "Those are fractions of 1 (0.41 instead of 41). Multiply by 100 for percentages.": lambda a: _frame_close(
                a, expected / 100
            ),
            "Those are the counts, not shares. Divide them by `southwest_border_total` with `.div(..., axis=0)` "
            "and multiply by 100.": lambda a: _frame_close(a, _sectors()[0][list(expected.columns)]),
        },
        success="Nine sectors' shares (%) of each year's total: each row adds up to 100.",
    )


def check_long(long: object) -> Feedback:
    """Type-along: ``long``, one row per fiscal year and sector (columns fiscal_year, column, apprehensions)."""
    expected = _expected_long()
    expected = _sorted(expected, ["fiscal_year", "column"])
    return expect_table(
        _sorted(long, ["fiscal_year", "column"]),
        expected,
        name="long",
        what="one row per fiscal year and sector (fiscal_year, column, apprehensions)",
        mistakes={
            "`long` has pandas' default names `variable` and `value`. Name them with "
            '`var_name="column"` and `value_name="apprehensions"`: the next cells use those names.': lambda a: (
                {
                    "variable",
                    "value",
                }
                <= set(a.columns)
            ),
            "`long` has `southwest_border_total` among its sectors: it is the total, not a sector. Melt only "
            "the nine sector columns.": lambda a: (a["column"] == TOTAL).any(),
            "`long` has no `fiscal_year` column, or it was melted too. Bring it back as a column with "
            '`.reset_index()` first, and keep it with `id_vars="fiscal_year"`.': lambda a: (
                "fiscal_year" not in a.columns or (a["column"] == "fiscal_year").any()
            ),
        },
        success=f"{len(expected)} rows: {expected['fiscal_year'].nunique()} fiscal years times 9 sectors.",
    )


def check_merged(merged: object) -> Feedback:
    """Type-along: ``merged``, ``long`` with each sector's mapping row beside it."""
    expected = _expected_merged()
    expected = _sorted(expected, ["fiscal_year", "column"])
    return expect_table(
        _sorted(merged, ["fiscal_year", "column"]),
        expected,
        name="merged",
        what="every row of `long` with its sector's name, states and n_states",
        columns=["fiscal_year", "column", "apprehensions", "sector", "states", "n_states"],
        mistakes={
            "Some rows of `merged` have no states: the two tables did not match on `column`. Merge on "
            '`on="column"`, the column both tables have.': lambda a: a["states"].isna().any(),
            "`merged` has more rows than `long`: a sector matched more than once. Keep "
            '`validate="many_to_one"` and merge `sector_states` as it is.': lambda a: len(a) > len(expected),
            '`merged` has fewer rows than `long`. Keep every row of `long` (`how="left"`), and merge the '
            "whole of `long`, not a part.": lambda a: len(a) < len(expected),
        },
        success=f"{len(expected)} rows, each with its sector's states.",
    )


def check_by_sector(by_sector: object) -> Feedback:
    """Type-along: ``by_sector``, the rows of ``merged`` for fiscal year ``year`` (2018)."""
    expected = _expected_by_sector()
    expected = _sorted(expected, ["column"])
    return expect_table(
        _sorted(by_sector, ["column"]),
        expected,
        name="by_sector",
        what=f"the nine rows of `merged` for FY{FISCAL_YEAR}",
        columns=["fiscal_year", "column", "apprehensions", "states", "n_states"],
        mistakes={
            f'`by_sector` holds another year. Compare `merged["fiscal_year"]` with `year` ({FISCAL_YEAR}).': lambda a: (
                len(a) == 9 and (a["fiscal_year"] != FISCAL_YEAR).all()
            ),
            "`by_sector` holds every year: the filter did not keep only the rows where `fiscal_year` equals "
            '`year`. Write the condition inside the brackets: `merged[merged["fiscal_year"] == year]`.': lambda a: (
                len(a) > 9
            ),
            "`by_sector` lost the columns the next cells need (`states`, `n_states`, `apprehensions`). Keep "
            "all of `merged`'s columns in `by_sector`; pick columns only to show them.": lambda a: (
                not {
                    "states",
                    "n_states",
                    "apprehensions",
                }
                <= set(a.columns)
            ),
        },
        success=f"The nine sectors' rows for FY{FISCAL_YEAR}.",
    )


def check_by_state(by_state: object) -> Feedback:
    """Type-along: ``by_state``, FY2018 apprehensions by state: at_least (sectors wholly in it) and at_most."""
    expected = _expected_by_state()
    return expect_table(
        _aligned(by_state, expected),
        expected,
        name="by_state",
        what="at least and at most the FY2018 apprehensions of each state",
        index=True,
        mistakes={
            "New Mexico has a blank (NaN) in `at_least`: no sector lies wholly in it. Fill it with 0 "
            "(`.fillna(0)`).": lambda a: a["at_least"].isna().any(),
            "`at_least` and `at_most` are the same: `at_least` should count only the sectors with one state "
            "(`n_states == 1`).": lambda a: (a["at_least"] == a["at_most"]).all(),
            "`at_least` and `at_most` are swapped: the sectors wholly in a state give the smaller number.": lambda a: (
                a["at_least"] > a["at_most"]
            ).any(),
            "The row labels should be the four states (Arizona, California, New Mexico, Texas), one each: "
            "split `states` and `.explode` before grouping by `state`.": lambda a: len(a) != len(expected),
        },
        success="At least and at most, for each of the four states: the doubt about El Paso and Yuma kept as a range.",
    )


def check_touching(touching: object) -> Feedback:
    """Type-along: ``touching``, one row per FY2018 sector and state it touches (a ``state`` column)."""
    rows = _expected_by_sector()
    expected = rows.assign(state=rows["states"].str.split(", ")).explode("state")
    expected = _sorted(expected, ["column", "state"])
    return expect_table(
        _sorted(touching, ["column", "state"]),
        expected,
        name="touching",
        what=f"one row per FY{FISCAL_YEAR} sector and state it touches",
        columns=["column", "state", "apprehensions", "n_states"],
        mistakes={
            "The `state` column holds lists such as ['New Mexico', 'Texas']: `.explode(\"state\")` makes one "
            "row for each.": lambda a: a["state"].map(lambda v: isinstance(v, list)).any(),
            "`touching` has every year: start from `by_sector`, the FY2018 rows.": lambda a: len(a) > 2 * len(expected),
            "`touching` has one row per sector: El Paso and Yuma should appear twice, once per state. Split "
            '`states` with `.str.split(", ")` and `.explode("state")`.': lambda a: len(a) == len(rows),
        },
        success=f"{len(expected)} rows: El Paso and Yuma appear once for each of their two states.",
    )


def check_state_shares(state_shares: object) -> Feedback:
    """Type-along: ``state_shares``, ``by_state`` as % of FY2018's total, columns at_least_% and at_most_%."""
    expected = _expected_state_shares()
    return expect_table(
        _aligned(state_shares, expected),
        expected,
        name="state_shares",
        what=f"each state's range as % of FY{FISCAL_YEAR}'s southwest border total",
        index=True,
        tolerance=0.051,
        mistakes={
            "Those are fractions of 1. Multiply by 100 for percentages.": lambda a: _frame_close(
                a.set_axis(list(expected.columns), axis=1).astype(float).round(3), (expected / 100).round(3)
            ),
            'The columns need "_%" at the end of their names (`at_least_%`, `at_most_%`): '
            '`.add_suffix("_%")` adds it. The comparison below uses those names.': lambda a: (
                set(_STATE_COLUMNS) <= set(a.columns)
            ),
            'Those are not shares of FY2018\'s total: divide by `sectors.loc[year, "southwest_border_total"]`, '
            "one number, not a column.": lambda a: len(a) != len(expected),
        },
        success=f"Texas: {expected.loc['Texas', 'at_least_%']:.1f}-{expected.loc['Texas', 'at_most_%']:.1f}% of "
        f"FY{FISCAL_YEAR}'s southwest border apprehensions.",
    )


def check_troop_shares(troops: object) -> Feedback:
    """Type-along: the ``troops_%`` column of ``troops``, each state's share of the troops in %."""
    if isinstance(troops, pd.DataFrame) and "troops_%" not in troops.columns:
        return hint('`troops` has no column `troops_%` yet: add it with `troops["troops_%"] = ...`.')
    expected = _expected_troops()
    if isinstance(troops, pd.DataFrame) and "state" in troops.columns:
        troops = troops.set_index("state")
    column = troops["troops_%"] if isinstance(troops, pd.DataFrame) else troops
    return expect_series(
        column,
        expected.set_index("state")["troops_%"],
        name="troops_%",
        what="each state's share of the troops, in %",
        tolerance=0.051,
        mistakes={
            "Those are fractions of 1. Multiply by 100 for percentages.": lambda a: _close(
                a.astype(float).round(3), (expected.set_index("state")["troops_%"] / 100).round(3)
            ),
            'Those are the troop counts. Divide each by the sum of the column, `troops["troops"].sum()`, and '
            "multiply by 100.": lambda a: _close(a.astype(float), expected.set_index("state")["troops"].astype(float)),
        },
        success="The four states' shares of the troops add up to 100%.",
    )


def check_comparison(comparison: object) -> Feedback:
    """Type-along: ``comparison``, troops and state shares side by side, indexed by state, with within_range."""
    expected = _expected_comparison()
    return expect_table(
        _aligned(comparison, expected),
        expected,
        name="comparison",
        what="the troops of each state beside its range of apprehensions (%), with within_range",
        columns=["troops", "troops_%", "at_least_%", "at_most_%", "within_range"],
        index=True,
        tolerance=0.051,
        mistakes={
            "`comparison` has blanks (NaN) in `at_least_%` or `at_most_%`: the tables did not line up by state. "
            'Set the index of `troops` to `state` (`.set_index("state")`) before `.join`.': lambda a: (
                a[["at_least_%", "at_most_%"]].isna().any().any()
            ),
            "`within_range` is the opposite of what it should be: it is True where `troops_%` lies *between* "
            "`at_least_%` and `at_most_%` (`.between(low, high)`).": lambda a: (
                a["within_range"].reindex(expected.index) == ~expected["within_range"]
            ).all(),
            "`within_range` should be True or False for each state, from "
            '`comparison["troops_%"].between(comparison["at_least_%"], comparison["at_most_%"])`.': lambda a: (
                a["within_range"].dtype != bool
            ),
        },
        success="Four states: their share of the troops beside their range of apprehensions.",
    )


def check_leader_changes(changes: object) -> Feedback:
    """Type-along: ``changes``, the years from ``first_year`` (1990) in which the leading sector changed."""
    expected = _expected_changes()
    leader = _expected_shares().loc[FIRST_YEAR:].idxmax(axis=1)
    return expect_series(
        changes,
        expected,
        name="changes",
        what=f"the years from FY{FIRST_YEAR} in which the sector with the largest share changed",
        mistakes={
            "`changes` still has every year: keep only those where `leader` differs from the year before "
            "(`leader[leader != leader.shift()]`).": lambda a: len(a) == len(leader),
            f"`changes` starts before FY{FIRST_YEAR}: take the rows from `first_year` on (`shares.loc[first_year:]`).": lambda a: (
                min(a.index) < FIRST_YEAR
            ),
            "`changes` gives each leader's *last* year, not its first: compare with `.shift()` (the year before), "
            "not `.shift(-1)`.": lambda a: sorted(a.index) == sorted(leader[leader != leader.shift(-1)].index),
        },
        success=", then ".join(f"{_name(c)} from FY{y}" for y, c in expected.items()) + ".",
    )
