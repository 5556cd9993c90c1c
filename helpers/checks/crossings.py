"""Self-checks for notebook 03 (checking the crossing figures).

Every right answer is computed here from the course's datasets, never typed in, and each
common wrong answer (calendar instead of fiscal year, nationwide instead of southwest border,
off by one year, highest instead of lowest, a table instead of a value, encounters mixed with
apprehensions, "lower or equal" instead of strictly lower) gets its own hint.

``lowest_since`` here is the course's one definition of "the lowest since": the most recent
earlier year with a *strictly* lower count. Other code that needs it imports it from here.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path, PurePath

import pandas as pd

from helpers import facts, paths
from helpers.article import extract_figures, load_article
from helpers.checks import feedback, kit
from helpers.checks.feedback import Feedback, hint, is_table, right, unanswered
from helpers.checks.kit import show
from helpers.data import load_apprehensions, load_figure_annotations, load_monthly
from helpers.facts import SPRING  # the notebook's definition of spring: March, April, May
from helpers.story import ARTICLE_YEAR, YEAR, highest_since, lowest_since

__all__ = [
    "check_raw_yearly",
    "check_swb",
    "check_lowest_since",
    "check_spring_totals",
    "check_lowest_month",
    "check_fy2011_low",
    "check_low_finding",
    "check_fact_check_file",
    "check_crossing",
    "check_yearly",
    "check_apprehension_rows",
    "check_apprehensions",
    "check_nationwide",
    "check_recent",
    "check_lowest_year",
    "check_since",
    "check_spring_months",
    "check_springs",
    "check_earlier",
    "check_lower_springs",
    "check_jan_to_sep_months",
    "check_readings",
    "check_decade",
    "check_early",
    "check_over_under",
    "check_verdict",
]

#: The article ran on 25 October 2018, 25 days after FY2018 ended (30 September): the notebook's ``article_year``.
#: The file lesson 03 first reads with plain pandas.
YEARLY_FILE = "apprehensions_by_fiscal_year.csv"
#: The verdict vocabulary of the fact-check table.
VERDICTS = ("supported", "partly supported", "not supported", "cannot be checked")

#: The fiscal year of exercise 1 (the one that ended a month before the article) and its neighbours.
FISCAL_YEAR = ARTICLE_YEAR
#: Exercise 2: the CRS fact sheet called FY2011 "a 41-year low".
CRS_YEAR, CRS_CLAIM = 2011, 41


def _yearly(column: str):
    """Apprehensions only (not the FY2020-FY2023 encounters), by fiscal year, blanks dropped."""
    yearly = load_apprehensions()
    yearly = yearly[yearly["measure"] == "apprehensions"]
    return yearly.set_index("fiscal_year")[column].dropna()


def _table_hint(answer: object, what: str) -> Feedback | None:
    if is_table(answer):
        return hint(
            f"That is a table or a column (a pandas {type(answer).__name__}), not {what}. "
            "Pick one value out of it, for example with `.idxmin()` or `.loc[...]`."
        )
    return None


# --------------------------------------------------------------------------- type-along: the plain read_csv


def _opening(answer: object, want: str, *, name: str, what: str, tip: str = "") -> Feedback | None:
    """The kit's opening (``kit.expect_kind``), with this lesson's tip for the slip when there is one."""
    opening = kit.expect_kind(answer, want, name=name, what=what)
    if opening is None or not tip or unanswered(answer):
        return opening
    return hint(f"{opening.message} {tip}")


def check_raw_yearly(table: object) -> Feedback:
    """Type-along: ``raw_yearly``, the yearly file read with plain ``pd.read_csv`` (no options needed)."""
    if isinstance(table, (str, PurePath)):
        return hint(
            "That is the file's path (or its name), not the table. Pass the path to `pd.read_csv(...)` "
            "and store the table it returns."
        )
    opening = _opening(
        table,
        "table",
        name="raw_yearly",
        what="the yearly file as `pd.read_csv(...)` returns it",
        tip="Store what `pd.read_csv(...)` returns, before picking any column.",
    )
    if opening:
        return opening
    # The checked loader first: a damaged file stops here with its clear message, instead of a
    # confusing error some cells later. The answer itself is what plain read_csv gives.
    load_apprehensions()
    expected = pd.read_csv(paths.DATASETS / YEARLY_FILE)
    first, last = expected["fiscal_year"].min(), expected["fiscal_year"].max()

    def names(answer) -> list[str]:
        return [str(c) for c in answer.columns]

    return kit.expect_table(
        table,
        expected,
        name="raw_yearly",
        what=f"the whole yearly file, FY{first}-FY{last}, as `pd.read_csv` reads it",
        mistakes={
            "The file's first line, the header with the column names, was read as a row of data. "
            "Leave out `header=None`: `pd.read_csv` reads the header by itself.": lambda a: (
                "fiscal_year" not in names(a) and len(a) > 0 and "fiscal_year" in [str(v) for v in a.iloc[0]]
            ),
            "The columns were not split. The file is comma-separated, which is what `pd.read_csv` "
            "expects: leave out the `sep=` option.": lambda a: (
                (len(a.columns) == 1 and "," in names(a)[0])
                or (";" in "".join(names(a)) and len(a.columns) < len(expected.columns))
            ),
            f"That is another dataset. This cell reads `{YEARLY_FILE}` (one row per fiscal year).": lambda a: (
                {"month", "swb_apprehensions"} <= set(names(a)) or bool({"big_bend", "cbp_nationwide"} & set(names(a)))
            ),
            "Keep `fiscal_year` as a column for now (leave out `index_col`): the next cells compare "
            "the plain table with the checked one column by column.": lambda a: (
                "fiscal_year" not in names(a) and a.index.name == "fiscal_year"
            ),
            f"The file has {len(expected)} rows (FY{first}-FY{last}); your table has fewer. Store the whole "
            "table; look at a part of it with `.tail()` in a separate line.": lambda a: (
                "fiscal_year" in names(a) and 0 < len(a) < len(expected)
            ),
            "That table came from the course's checked loader (its counts are `Int64`). This cell is "
            "about plain pandas: read the file with `pd.read_csv(...)`; the loader comes next.": lambda a: (
                str(a["nationwide"].dtype) == "Int64"
            ),
        },
        success=f"{len(expected)} rows, FY{first}-FY{last}, {len(expected.columns)} columns, exactly as the file "
        "has them.",
    )


# --------------------------------------------------------------------------- type-along: the boolean filter


def _swb_until_article():
    """The notebook's ``swb``: southwest border apprehensions (not encounters), FY1960 to the article's year."""
    return _yearly("southwest_border").loc[:ARTICLE_YEAR]


def check_swb(answer: object) -> Feedback:
    """Type-along: ``swb``, southwest border *apprehensions* by fiscal year, up to the article's year."""
    if isinstance(answer, pd.DataFrame) and len(answer.columns) > 1:
        return hint('That is a whole table. `swb` is one column of it: pick `["southwest_border"]`.')
    expected = _swb_until_article()
    yearly = load_apprehensions()
    encounters = yearly.loc[yearly["measure"] == "encounters", "fiscal_year"]
    nationwide = _yearly("nationwide").loc[:ARTICLE_YEAR]
    first = expected.index.min()
    return kit.expect_series(
        answer,
        expected,
        name="swb",
        what=f"southwest border apprehensions by fiscal year, FY{first}-FY{ARTICLE_YEAR} (indexed by fiscal year)",
        mistakes={
            "The row labels should be fiscal years. Make `fiscal_year` the index with "
            '`.set_index("fiscal_year")` before you pick the column.': lambda a: (
                not pd.Index(a.index).isin(yearly["fiscal_year"]).all()
            ),
            f"Your series still holds encounters years (FY{encounters.min()}-FY{encounters.max()} count *encounters*, "
            "with Title 42 expulsions), not apprehensions. Keep only the rows whose `measure` is "
            '"apprehensions".': lambda a: pd.Index(a.index).isin(encounters).any(),
            f"Your series goes past FY{ARTICLE_YEAR}, the year of the article. Cut it there with "
            "`.loc[:article_year]` on the fiscal-year index.": lambda a: (pd.Index(a.index) > ARTICLE_YEAR).any(),
            "Those are the *nationwide* apprehensions. The article is about the southwest border: use "
            "the `southwest_border` column.": lambda a: (
                len(a.dropna()) > 0
                and a.dropna().index.isin(nationwide.index).all()
                and kit.same_values(a.dropna(), nationwide.loc[a.dropna().index])
            ),
            f"Your series has blank (`<NA>`) years: the southwest border column starts in FY{first}. Drop them "
            "with `.dropna()`.": lambda a: a.isna().any() or pd.Index(a.index).min() < first,
            f"`swb` should hold southwest border apprehensions for every fiscal year from FY{first} to "
            f"FY{ARTICLE_YEAR}. Filter on `measure`, set the index, pick the column, cut at the article's year and "
            "drop the blanks.": lambda a: set(a.index) != set(expected.index),
        },
        success=f"{len(expected)} fiscal years of southwest border apprehensions, FY{first}-FY{ARTICLE_YEAR}: the "
        "encounters years are out, and so is every year after the article.",
    )


# --------------------------------------------------------------------------- type-along: the "lowest since" function


def check_lowest_since(function: object) -> Feedback:
    """Type-along: the notebook's ``lowest_since(counts, year)``, tested on the data and on small made-up series.

    Judged by the kit's ``expect_since``. The years tried: the low year of the ten recent ones, exercise 2's
    FY2011 (whose answer a hint never shows: the exercise asks for it), an older year and the second year of
    the series.
    """
    return kit.expect_since(
        function,
        name="lowest_since",
        compare="lowest",
        counts=_swb_until_article(),
        years=(int(_recent().idxmin()), CRS_YEAR, 1999, 1961),
        data="swb",
        hidden=(CRS_YEAR,),
    )


# --------------------------------------------------------------------------- type-along: spring totals (groupby)


def _spring_totals(column: str = "swb_apprehensions", months=SPRING, how: str = "sum"):
    monthly = load_monthly()
    spring = monthly[monthly["month_number"].isin(months)]
    return getattr(spring.groupby("calendar_year")[column], how)().loc[:ARTICLE_YEAR]


def check_spring_totals(answer: object) -> Feedback:
    """Type-along: ``spring_totals``, southwest border apprehensions of March-May, one total per year, to 2018."""
    if isinstance(answer, pd.DataFrame) and len(answer.columns) > 1:
        return hint(
            "That is a table of several columns. Pick the one column to add up, "
            '`["swb_apprehensions"]`, between `.groupby(...)` and `.sum()`.'
        )
    expected = _spring_totals()
    return kit.expect_series(
        answer,
        expected,
        name="spring_totals",
        what=f"the spring (March-May) southwest border apprehensions of each year to {ARTICLE_YEAR}",
        mistakes={
            f"Your totals go past {ARTICLE_YEAR}, the article's year. End them there with "
            "`.loc[:article_year]`.": lambda a: len(a) > 0 and max(a.index) > ARTICLE_YEAR,
            f"Every total is {len(SPRING)}: `.count()` counts the months. Use `.sum()` to add up the "
            "apprehensions.": lambda a: len(a) > 0 and set(a.unique()) == {len(SPRING)},
            "Those are averages per month (`.mean()`). A spring's total needs `.sum()`.": _spring_totals(how="mean"),
            "Those are *nationwide* apprehensions. The claim is about the southwest border: use "
            "`swb_apprehensions`.": _spring_totals("nationwide_apprehensions"),
            "Those are whole calendar years. Keep only the spring months first, with "
            '`monthly["month_number"].isin(SPRING)`, then group.': _spring_totals(months=range(1, 13)),
            f"Not the spring totals yet: keep March, April and May (`SPRING`), group by `calendar_year`, "
            f"add up `swb_apprehensions` and end at {ARTICLE_YEAR}.": lambda a: (
                set(a.index) == set(expected.index) and not kit.same_values(a.loc[list(expected.index)], expected)
            ),
        },
        success=f"{len(expected)} springs, {expected.index.min()}-{expected.index.max()}: spring "
        f"{ARTICLE_YEAR} had {int(expected[ARTICLE_YEAR]):,} southwest border apprehensions.",
    )


# --------------------------------------------------------------------------- exercise 1: the lowest month


def _lowest(months, column: str = "swb_apprehensions"):
    """The row of the month with the fewest apprehensions in ``months``."""
    return months.loc[months[column].idxmin()]


def _month_named(text: str) -> tuple[str | None, int | None]:
    """The month a text names ("Oct", "october 2017") and the year it gives, if any."""
    text = text.strip()
    named = next((m for m in facts.MONTHS if re.match(rf"{m[:3]}\w*\.?\b", text, re.I)), None)
    given_year = re.search(r"\b(\d{4})\b", text)
    return named, int(given_year[1]) if given_year else None


def _month_as_number(answer, lowest, highest) -> Feedback:
    """A number where the month's name was asked: the count, the month's number or the highest count."""
    value, count = float(answer), int(lowest["swb_apprehensions"])
    if value == count:
        return hint(
            f"{count:,} is the number of apprehensions in the lowest month. Store the month's *name*, "
            "from the `month` column of that row."
        )
    if value == int(lowest["month_number"]):
        return hint(f"{int(value)} is the month's number. Store its name instead, from the `month` column.")
    if value == int(highest["swb_apprehensions"]):
        return hint(
            "That is the count of the *highest* month, and a count, not a name. Use `.idxmin()` "
            "for the lowest, then read the `month` column."
        )
    return hint('Store the month\'s name (a string such as "March"), from the `month` column of the lowest row.')


def check_lowest_month(answer: object) -> Feedback:
    """Exercise: the month of fiscal year 2018 with the fewest southwest border apprehensions (its name).

    The month's name, in any case, may be short ("Oct", "Oct.") and may carry its calendar year.
    """
    found = _table_hint(answer, "a month's name")
    if found:
        return found
    monthly = load_monthly()
    fiscal = monthly[monthly["fiscal_year"] == FISCAL_YEAR]
    lowest = _lowest(fiscal)
    month, year, count = lowest["month"], int(lowest["calendar_year"]), int(lowest["swb_apprehensions"])
    highest = fiscal.loc[fiscal["swb_apprehensions"].idxmax()]
    if kit.KINDS["number"][0](answer) and not isinstance(answer, bool):
        return _month_as_number(answer, lowest, highest)

    def named(text: str) -> str | None:
        return _month_named(text)[0]

    calendar = _lowest(monthly[monthly["calendar_year"] == FISCAL_YEAR])["month"]
    mistakes = {
        'That is not the name of a month. Write it as the `month` column does, e.g. "March".': lambda a: (
            named(a) is None
        ),
        f"That {month} is not in FY{FISCAL_YEAR}, which runs from October {FISCAL_YEAR - 1} to September "
        f"{FISCAL_YEAR}. Which {month} is?": lambda a: named(a) == month and _month_named(a)[1] not in (None, year),
        "Almost: write the month's name as the `month` column does (its full name, or its first three "
        "letters).": lambda a: named(a) == month,
        f"That is the lowest month of *calendar* year {FISCAL_YEAR} (January to December). Fiscal year "
        f"{FISCAL_YEAR} runs from October {FISCAL_YEAR - 1} to September {FISCAL_YEAR}: filter on "
        "`fiscal_year`, not `calendar_year`.": lambda a: named(a) == calendar,
        f"{highest['month']} was the *highest* month of FY{FISCAL_YEAR} ({int(highest['swb_apprehensions']):,}). "
        "Use `.idxmin()` (or sort ascending) for the lowest.": lambda a: named(a) == highest["month"],
    }
    for other in (FISCAL_YEAR - 1, FISCAL_YEAR + 1):
        off = _lowest(monthly[monthly["fiscal_year"] == other])["month"]
        mistakes[
            f"{off} is the lowest month of FY{other}, one year off. Filter on "
            f'`monthly["fiscal_year"] == {FISCAL_YEAR}`.'
        ] = lambda a, off=off: named(a) == off
    mistakes[
        "That is the lowest month for nationwide apprehensions. The exercise asks about the southwest "
        "border: use the `swb_apprehensions` column."
    ] = lambda a: named(a) == _lowest(fiscal, "nationwide_apprehensions")["month"]
    for row in fiscal.itertuples():
        mistakes[
            f"{row.month} {row.calendar_year} had {row.swb_apprehensions:,}, but another month of FY{FISCAL_YEAR} "
            f"had fewer. Sort FY{FISCAL_YEAR}'s twelve months by `swb_apprehensions`."
        ] = lambda a, m=row.month: named(a) == m
    names = (month, month[:3], f"{month[:3]}.")
    return kit.expect_text(
        answer,
        [form for name in names for form in (name, f"{name} {year}", f"{name}, {year}")],
        name="answer",
        what=f"a month's name (the month of FY{FISCAL_YEAR} with the fewest southwest border apprehensions)",
        mistakes=mistakes,
        success=f"{month} {year} had the fewest southwest border apprehensions of FY{FISCAL_YEAR}: {count:,}. "
        f"Fiscal year {FISCAL_YEAR} started in October {FISCAL_YEAR - 1}.",
    )


# --------------------------------------------------------------------------- exercise 2: FY2011, a 41-year low?


def check_fy2011_low(answer: object) -> Feedback:
    """Exercise: the most recent fiscal year before FY2011 with fewer southwest border apprehensions."""
    found = _table_hint(answer, "a year") or (feedback.not_a_number(answer) if isinstance(answer, str) else None)
    if found:
        return found
    swb = _yearly("southwest_border")
    expected = lowest_since(swb, CRS_YEAR)
    earlier_lower = swb[(swb.index < CRS_YEAR) & (swb < swb[CRS_YEAR])]
    nationwide = _yearly("nationwide")
    nationwide_answer = lowest_since(nationwide, CRS_YEAR)
    counts = set(swb.astype(int)) | set(nationwide.astype(int))

    def year_of(value) -> int | None:
        return int(value) if float(value).is_integer() else None

    return kit.expect_number(
        answer,
        expected,
        name="answer",
        what=f"the most recent fiscal year before FY{CRS_YEAR} with fewer southwest border apprehensions",
        mistakes={
            "A fiscal year is a whole number, such as 1999.": lambda a: year_of(a) is None,
            "That is a count of apprehensions, not a year: store the year. `.max()` of the filtered Series gives "
            "its largest *count*; the years are its labels, so take the latest of them with `.index.max()`.": (
                lambda a: year_of(a) in counts and year_of(a) > 3000
            ),
            "That is not a fiscal year. Store the year itself, a number such as 1999.": lambda a: year_of(a) > 3000,
            f"{nationwide_answer} is one year off for the southwest border (and it is the answer for the "
            "nationwide series). Check that you filtered `swb` (not `nationwide`), kept the years before "
            f"{CRS_YEAR} with a count strictly lower than `fy2011` (a strict `<`), and took the latest of those "
            "years.": lambda a: abs(nationwide_answer - expected) == 1 and year_of(a) == nationwide_answer,
            f"FY{nationwide_answer} is the answer for *nationwide* apprehensions. The fact sheet is about the "
            "southwest border: use the `southwest_border` column.": nationwide_answer,
            f"{CRS_YEAR} - {CRS_CLAIM} = {CRS_YEAR - CRS_CLAIM} takes the fact sheet at its word. Test it instead: "
            f"which earlier years had fewer apprehensions than FY{CRS_YEAR}, and which of them is the most "
            "recent?": CRS_YEAR - CRS_CLAIM,
            "That is a number of years. Store the fiscal year itself, such as 1999.": lambda a: (
                year_of(a) in (CRS_YEAR - expected, CRS_CLAIM)
            ),
            f"FY{int(earlier_lower.idxmin())} is the lowest of all the earlier years. You want the most *recent* "
            "year that was lower: take `.max()` of the years, not `.idxmin()` of the counts.": int(
                earlier_lower.idxmin()
            ),
            f'Only years *before* FY{CRS_YEAR} count: "the lowest since" looks back in time.': lambda a: (
                year_of(a) >= CRS_YEAR
            ),
            f"The southwest border series starts in FY{swb.index.min()}: that year is not in it.": lambda a: (
                year_of(a) not in swb.index
            ),
            f"That year had more apprehensions than FY{CRS_YEAR} ({swb[CRS_YEAR]:,}). Keep only the earlier "
            "years with *fewer*.": lambda a: swb[year_of(a)] >= swb[CRS_YEAR],
            f"That year was lower than FY{CRS_YEAR}, but it is not the most recent lower year: a later year "
            "was lower too. Take the latest of the lower years.": lambda a: True,
        },
        success=f"FY{expected} ({swb[expected]:,}) is the last year with fewer apprehensions than FY{CRS_YEAR} "
        f"({swb[CRS_YEAR]:,}): FY{CRS_YEAR} was the lowest since FY{expected}, a {CRS_YEAR - expected}-year "
        f"low, not a {CRS_CLAIM}-year one.",
    )


# --------------------------------------------------------------------------- exercise 3: your finding


_YEAR = YEAR  # the course's one year pattern (helpers.story)

#: The words that name each series; a number is right only with its series (and its year).
SERIES_WORDS = {
    "southwest border": ("southwest", "south-west", "southwestern", "southern border", "us-mexico", "mexico"),
    "nationwide": ("nationwide", "national", "nation", "all borders", "every border", "whole country", "country"),
}
LOW_WORDS = ("low", "lowest", "fewest", "least", "smallest", "lower")
HIGH_WORDS = ("high", "highest", "most", "largest", "peak", "higher")
SPRING_WORDS = ("spring", "march", "mar-may", "march-may", "march to may")
#: Words that count people or crossings, and the rule that refuses them: one home, the check kit.
PEOPLE, _NEGATION = kit.PEOPLE, kit.NEGATION
_SINCE = re.compile(
    rf"\b({'|'.join(LOW_WORDS + HIGH_WORDS)})\b[^.;]{{0,60}}?\bsince\s+(?:FY\s?)?((?:19|20)\d\d)\b", re.I
)


def _named_series(sentence: str) -> list[str]:
    from helpers.checks.kit import _mentions

    return [name for name, words in SERIES_WORDS.items() if _mentions(sentence, words)]


def _series_data() -> dict[str, pd.Series]:
    return {"southwest border": _swb_until_article(), "nationwide": _yearly("nationwide").loc[:ARTICLE_YEAR]}


def low_facts(years) -> list:
    """Every figure a finding about these years can state, each with its series, year and direction.

    For each year and series (southwest border, nationwide): its fiscal-year apprehensions, and how many
    years it was the lowest (``lowest_since``) or highest (``highest_since``) for ("a 46-year low"); its
    spring (March-May) southwest border total. For each pair of years: the ratio of their counts and the %
    difference, for both series' fiscal years and for springs.
    """
    from helpers.checks.kit import Fact

    springs = _spring_totals()
    facts = []
    for year in years:
        when = (str(year),)
        for name, series in _series_data().items():
            where = SERIES_WORDS[name]
            if year not in series.index:
                continue
            facts.append(Fact(f"FY{year}'s {name} apprehensions", float(series[year]), (where, when)))
            for words, since_of, kind_ in ((LOW_WORDS, lowest_since, "low"), (HIGH_WORDS, highest_since, "high")):
                since = since_of(series, year)
                if since is not None:
                    facts.append(
                        Fact(
                            f"FY{year} as a {name} {kind_}: {year - since} years (since FY{since})",
                            year - since,
                            (where, when, words),
                        )
                    )
        if year in springs.index:
            facts.append(
                Fact(
                    f"spring (Mar-May) {year}'s southwest border apprehensions",
                    float(springs[year]),
                    (SERIES_WORDS["southwest border"], SPRING_WORDS, when),
                )
            )
    pairs = [(a, b) for a in years for b in years if a != b]
    for first, second in pairs:
        for label, series, words in (
            ("FY{} / FY{} southwest border", _series_data()["southwest border"], SERIES_WORDS["southwest border"]),
            ("FY{} / FY{} nationwide", _series_data()["nationwide"], SERIES_WORDS["nationwide"]),
            ("spring {} / spring {} southwest border", springs, SPRING_WORDS),
        ):
            if first in series.index and second in series.index:
                ratio = float(series[first]) / float(series[second])
                facts.append(Fact(label.format(first, second), ratio, (words,)))
                facts.append(Fact(label.format(first, second) + ", % difference", abs(ratio - 1) * 100, (words,)))
    return facts


def low_evidence(years) -> dict[str, float]:
    """The values of :func:`low_facts`, by label (for tools that only need the numbers)."""
    return {fact.label: fact.value for fact in low_facts(years)}


_people_wording = kit.people_wording


def _since_claims(sentence: str, years: list[int]) -> Feedback | None:
    """Test each "lowest / highest since FYxxxx" against the course's lowest_since / highest_since."""

    named = _named_series(sentence)
    spring = any(word in sentence.lower() for word in ("spring", "march")) and "fy" not in sentence.lower()
    if spring:
        tested = {"spring southwest border": _spring_totals()}
    else:
        data = _series_data()
        tested = {name: data[name] for name in (named or data)}
    for match in _SINCE.finditer(sentence):
        low = match.group(1).lower() in LOW_WORDS
        claimed = int(match.group(2))
        before = [int(m.group(1)) for m in _YEAR.finditer(sentence[: match.start()]) if int(m.group(1)) > claimed]
        after = [int(m.group(1)) for m in _YEAR.finditer(sentence[match.end() :]) if int(m.group(1)) > claimed]
        subjects = list(reversed(before)) + after
        if not subjects:
            return hint(
                f'Your sentence says "since {claimed}", but not which later year was the '
                f"{'lowest' if low else 'highest'}: name it (a fiscal year such as FY2017)."
            )
        since_of = lowest_since if low else highest_since
        results = {}
        for name, series in tested.items():
            for year in subjects:
                if year in series.index:
                    since = since_of(series, year)
                    if since == claimed or (since is None and claimed <= series.index.min()):
                        break
                    results.setdefault(name, (year, since))
            else:
                continue
            break
        else:
            if not results:
                return None
            name, (year, since) = next(iter(results.items()))
            word, function = ("lowest", "lowest_since") if low else ("highest", "highest_since")
            label = "spring " if name.startswith("spring") else "FY"
            variable = {"southwest border": "swb", "nationwide": "nationwide"}.get(name, "spring_totals")
            if since is None:
                truth = f"it was the {word} of the whole series, which starts in {int(tested[name].index.min())}"
            else:
                truth = f"it was the {word} since {label}{since}"
            return hint(
                f"Your sentence says {label}{year} was the {word} since {label}{claimed}, but for {name} "
                f"apprehensions {truth}. Test it with `{function}({variable}, {year})` before you write it."
            )
    return None


def _where_else(value: float, text: str, sentence: str, years: list[int]) -> Feedback | None:
    """A count that is not a fact of the years and series named: say whose count it is, and what the
    year and series the sentence names had instead (never a figure of the other series as if it were)."""
    from helpers.checks.feedback import _unit
    from helpers.checks.kit import _mentions

    if value < 1000:
        return None
    tolerance = _unit(text, value) / 2 + 1e-9
    named = _named_series(sentence)
    spring_named = _mentions(sentence, SPRING_WORDS)
    sources = [("FY", name, series) for name, series in _series_data().items()]
    sources.append(("spring", "southwest border", _spring_totals()))
    hits = [
        (kind_, name, series, int(year))
        for kind_, name, series in sources
        for year, count in series.items()
        if abs(float(count) - value) <= tolerance
    ]
    # a rounded count of neither the series nor a year the sentence names is a coincidence, not a clue
    if tolerance > 1:
        hits = [h for h in hits if h[1] in named or not named or h[3] in years]
    if not hits:
        return None
    # the series the sentence names first, then the years it names, then the kind (spring or fiscal year)
    hits.sort(key=lambda h: (h[1] not in named, h[3] not in years, (h[0] == "spring") != spring_named))
    kind_, name, series, year = hits[0]

    def when(y):
        return f"FY{y}" if kind_ == "FY" else f"spring {y}"

    whose = f"{when(year)}'s {name} {'count' if kind_ == 'FY' else 'total (Mar-May)'}"
    if year in years and (name in named or not named):
        return None  # the right figure: the kit says which words the sentence still needs
    if year in years:
        other = named[0]
        same = _series_data()[other] if kind_ == "FY" else series
        instead = f" ({when(year)} {other}: {int(same[year]):,})" if year in same.index else ""
        return hint(
            f"{text!r} is {whose}, but your sentence says {other}{instead}. The two series count different "
            "borders: keep each number with its own series."
        )
    at = sentence.find(text)
    mentions: dict[int, int] = {}
    for m in _YEAR.finditer(sentence):
        mentions[int(m.group(1))] = min(abs(m.start() - at), mentions.get(int(m.group(1)), len(sentence)))
    asked = sorted((y for y in years if y in series.index and y != year), key=lambda y: mentions.get(y, 0))
    if not asked:
        return hint(f"{text!r} is {whose}: name that year in your sentence, or use the figure of the year you name.")
    if name in named or not named:
        return hint(
            f"{text!r} is {whose}, not {when(asked[0])}'s ({when(asked[0])} had {int(series[asked[0]]):,}). Check "
            "the year in your sentence against the row you copied the number from."
        )
    return hint(
        f"{text!r} is {whose}: neither the year nor the series your sentence names ({named[0]}). Take the "
        f"number from the {named[0]} row of the year you write about."
    )


def check_low_finding(sentence: object) -> Feedback:
    """Exercise 3 (open-ended): a one-sentence finding about a fiscal year or spring, with its number(s).

    Every number must be a figure of the years the sentence names, stated with its series (southwest
    border or nationwide), its year and, for "an N-year low", its direction; every "lowest / highest
    since FYxxxx" is tested with the course's ``lowest_since`` / ``highest_since``; and apprehensions
    are never called people or crossings.
    """
    from helpers.checks.feedback import _unit
    from helpers.checks.kit import _mentions, expect_finding

    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, [])
    years = sorted({int(y) for y in _YEAR.findall(sentence)})
    if not years:
        return hint(
            "Name the year your finding is about (a fiscal year such as FY2017, or a spring such as "
            "'spring 2018'), so that its numbers can be checked against that year."
        )
    swb = _swb_until_article()
    outside = [y for y in years if y not in swb.index]
    if outside and len(outside) == len(years):
        return hint(
            f"The southwest border series of this lesson runs from FY{swb.index.min()} to "
            f"FY{ARTICLE_YEAR} (monthly data from 2000): pick a year in that range."
        )
    word = _people_wording(sentence)
    if word:
        return hint(
            f'Your sentence says "{word}", but apprehensions are arrests: not people, and not crossings. '
            "Someone caught three times counts three times, and people who were never caught are not "
            'counted at all. Say what was counted: "apprehensions" or "arrests" (for example "the Border '
            'Patrol made N apprehensions at the southwest border in FY2015").'
        )
    wrong_since = _since_claims(sentence, years)
    if wrong_since:
        return wrong_since
    facts = low_facts(years)
    what = f"the figures for {', '.join(map(str, years))}"
    figures = extract_figures(sentence)
    counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
    figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
    named = _named_series(sentence)
    for text, value in zip(figures["text"], figures["value"]):
        value = float(value)
        tolerance = _unit(text, value) / 2 + 1e-9
        if any(abs(f.value - value) <= tolerance and all(_mentions(sentence, g) for g in f.about) for f in facts):
            continue
        elsewhere = _where_else(value, text, sentence, years)
        if elsewhere:
            return elsewhere
        if not any(abs(f.value - value) <= tolerance for f in facts):
            # the nearest value of the series the sentence names, never of the other one
            pool = [f for f in facts if not named or any(n in f.label for n in named)] or facts
            nearest = min(pool, key=lambda f: abs(f.value - value))
            return hint(
                f"I can't find {text!r} in {what}. The nearest {'figure' if not named else named[0] + ' figure'} "
                f"there is {show(nearest.value)} ({nearest.label}). Check the year, the series and your rounding, "
                "and take the number from your computation rather than typing it."
            )
    return expect_finding(sentence, facts, what=what)


# --------------------------------------------------------------------------- type-along: writing the file (to_csv)


def _crossing_claims() -> int:
    """How many crossing figures the article has (one verdict row each): from the ledger and its notes."""
    ledger = extract_figures(load_article().text).merge(load_figure_annotations(), on=["text", "start"])
    return int(ledger["counts"].isin(["people crossing", "duration"]).sum())


def check_fact_check_file(path: object) -> Feedback:
    """Type-along: the verdict table written to ``output/fact_check.csv`` with ``to_csv``: header, no index."""
    from helpers.checks.kit import expect_file

    opening = _opening(
        path, "path", name="fact_check_file", what="the file you wrote", tip="Pass the file's path, `fact_check_file`."
    )
    if opening:
        return opening
    path = Path(path)
    if not path.is_file():
        return hint(f"There is no file at {paths.relative(path)} yet. Run your `to_csv` cell first.")
    placed = expect_file(path, name="fact_check_file", folder=paths.output_dir(), suffix=".csv", line_endings="\n")
    if not placed.ok:
        return placed
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(text.splitlines()))
    if not rows:
        return hint("The file is empty. Write the `verdicts` table into it with `verdicts.to_csv(...)`.")
    header = rows[0]
    if len(header) == 1 and ";" in header[0]:
        return hint("The values are separated by `;`. Leave out `sep=`: a .csv file is comma-separated.")
    if header[:1] == [""] or header[:1] == ["Unnamed: 0"]:
        return hint(
            "The first column holds pandas' row numbers (0, 1, 2), which mean nothing to an editor. "
            "Write the file again with `index=False`."
        )
    if header != ["claim", "verdict", "evidence"]:
        if len(header) == 3 and header[1] in VERDICTS:
            return hint(
                "The file has no header line: its first line is already a claim. Leave out "
                "`header=False`, so that the column names come first."
            )
        return hint(
            f"The header should be claim,verdict,evidence; the file's is {','.join(header)}. Write the "
            "`verdicts` table itself, with its three columns."
        )
    claims = rows[1:]
    expected = _crossing_claims()
    if len(claims) != expected:
        return hint(
            f"The file has {len(claims)} rows below the header; the article has {expected} crossing "
            "figures, one verdict each. Write the whole `verdicts` table."
        )
    outside = sorted({row[1] for row in claims if len(row) > 1 and row[1] not in VERDICTS})
    if outside:
        return hint(f"{', '.join(map(repr, outside))} is not in the verdict vocabulary ({', '.join(VERDICTS)}).")
    return right(
        f"{paths.relative(path)} holds a header and {len(claims)} claims, each with its verdict and "
        "evidence: a file any spreadsheet or newsroom database can read."
    )


# =========================================================================== type-along: one step, one check
#
# The checks below judge the results of lesson 03's one-step typed cells with the check kit
# (helpers/checks/kit.py): values, not representation. Each expected value is computed here from the
# course's files, the way the worked notebook computes it.


#: The three readings of "this year" (section 5), as the notebook labels them.
READING_LABELS = (f"FY{ARTICLE_YEAR}", f"calendar {ARTICLE_YEAR}, Jan-Sep", f"FY{ARTICLE_YEAR - 1}")
#: "Around" means within 10% (the notebook's AROUND), and the early 2000s are FY2000-FY2004 (EARLY_2000S).
AROUND = 0.10
EARLY_2000S = range(2000, 2005)
DECADE = (2000, 2006)


def _ledger() -> pd.DataFrame:
    return extract_figures(load_article().text).merge(
        load_figure_annotations(), on=["text", "start"], how="left", validate="one_to_one"
    )


def _crossing() -> pd.DataFrame:
    ledger = _ledger()
    return ledger[ledger["counts"].isin(["people crossing", "duration"])]


def _figure(text: str) -> int:
    return int(_crossing().set_index("text").loc[text, "value"])


def _rows(table: object) -> int | None:
    return len(table) if isinstance(table, pd.DataFrame) else None


def check_crossing(crossing: object) -> Feedback:
    """Type-along: ``crossing``, the ledger's rows whose ``counts`` is "people crossing" or "duration", every column kept."""
    ledger, expected = _ledger(), _crossing()
    if isinstance(crossing, pd.DataFrame) and "sentence" not in crossing.columns and "text" in crossing.columns:
        return hint(
            "`crossing` lost the ledger's other columns (the next cell reads its `sentence` column). Keep "
            "every column in `crossing`; pick the five columns only on the line that shows them."
        )
    only = {kind: ledger[ledger["counts"] == kind] for kind in ("people crossing", "duration")}
    return kit.expect_table(
        crossing,
        expected,
        name="crossing",
        what="the ledger's crossing figures (counts: people crossing or duration)",
        columns=["text", "value", "counts", "sentence"],
        ordered=False,
        mistakes={
            'Only the "people crossing" rows: the "40-year" of a low counts a *duration*. Keep both kinds, '
            '`.isin(["people crossing", "duration"])`.': lambda a: (
                _rows(a) == len(only["people crossing"]) and set(a["counts"]) == {"people crossing"}
            ),
            'Only the "duration" row: keep the "people crossing" rows too, with '
            '`.isin(["people crossing", "duration"])`.': lambda a: (
                _rows(a) == len(only["duration"]) and set(a["counts"]) == {"duration"}
            ),
            "That is the whole ledger. Keep only the rows whose `counts` is in the list: "
            '`ledger[ledger["counts"].isin([...])]`.': lambda a: _rows(a) == len(ledger),
        },
        success=f"{len(expected)} crossing figures: {', '.join(expected['text'])}, each with its sentence.",
    )


def check_yearly(yearly: object) -> Feedback:
    """Type-along: ``yearly``, the yearly file as the checked loader returns it (whole numbers, ``<NA>`` blanks)."""
    if callable(yearly) and not isinstance(yearly, pd.DataFrame):
        return hint("That is the loader itself. Call it, with brackets: `data.load_apprehensions()`.")
    expected = load_apprehensions()
    if (
        isinstance(yearly, pd.DataFrame)
        and "nationwide" in yearly.columns
        and str(yearly["nationwide"].dtype) != "Int64"
    ):
        return hint(
            "That table has decimal counts, as plain `pd.read_csv` gives them. Load it with the course's "
            "checked loader instead: `yearly = data.load_apprehensions()`."
        )
    return kit.expect_table(
        yearly,
        expected,
        name="yearly",
        what="the whole yearly file, as `data.load_apprehensions()` returns it",
        mistakes={
            "Store the whole table in `yearly`; show a part of it with `.tail()` on a line of its own.": lambda a: (
                0 < _rows(a) < len(expected)
            ),
            "Keep `fiscal_year` as a column for now: a later cell makes it the index.": lambda a: (
                "fiscal_year" not in a.columns and a.index.name == "fiscal_year"
            ),
        },
        success=f"the checked table: {len(expected)} fiscal years, counts as whole numbers (Int64).",
    )


def _apprehension_rows() -> pd.DataFrame:
    yearly = load_apprehensions()
    return yearly[yearly["measure"] == "apprehensions"]


def check_apprehension_rows(apprehension_rows: object) -> Feedback:
    """Type-along: ``apprehension_rows``, the rows of ``yearly`` whose measure is "apprehensions"."""
    yearly = load_apprehensions()
    expected = _apprehension_rows()
    encounters = yearly[yearly["measure"] == "encounters"]
    return kit.expect_table(
        apprehension_rows,
        expected,
        name="apprehension_rows",
        what='the rows of `yearly` whose `measure` is "apprehensions"',
        columns=list(yearly.columns),
        mistakes={
            'Those are the *encounters* rows. Keep the rows whose measure is "apprehensions" (`==`, not `!=`).': lambda a: (
                len(a) == len(encounters)
            ),
            'That is every row of `yearly`: the condition `yearly["measure"] == "apprehensions"` goes inside '
            "the brackets, `yearly[...]`.": lambda a: len(a) == len(yearly),
            'No row is left. Check the spelling: the measure is written "apprehensions", all lower case.': lambda a: (
                len(a) == 0
            ),
        },
        success=f"{len(expected)} years of apprehensions; the {len(encounters)} encounters years are out.",
    )


def _apprehensions() -> pd.DataFrame:
    return _apprehension_rows().set_index("fiscal_year").loc[:ARTICLE_YEAR]


def check_apprehensions(apprehensions: object) -> Feedback:
    """Type-along: ``apprehensions``, the apprehension rows indexed by fiscal year, up to the article's year."""
    expected = _apprehensions()
    if isinstance(apprehensions, pd.DataFrame):
        if "fiscal_year" in apprehensions.columns:
            return hint(
                "`fiscal_year` is still a column, so `.loc[:article_year]` cut at row number 2018, not at "
                'FY2018. Make it the index first: `apprehension_rows.set_index("fiscal_year")`, then `.loc`.'
            )
        if len(apprehensions) and max(apprehensions.index) > ARTICLE_YEAR:
            return hint(
                f"Your table goes past FY{ARTICLE_YEAR}, the article's year. Keep the years up to it with "
                "`.loc[:article_year]` after `set_index`."
            )
        if len(apprehensions) and min(apprehensions.index) > expected.index.min():
            return hint(
                f"Your table starts in FY{min(apprehensions.index)}; keep every year from the first one: "
                "`.loc[:article_year]`, with nothing before the colon."
            )
    return kit.expect_table(
        apprehensions,
        expected,
        name="apprehensions",
        what=f"the apprehension rows indexed by fiscal year, FY{expected.index.min()}-FY{ARTICLE_YEAR}",
        columns=["southwest_border", "nationwide", "measure"],
        index=True,
        success=f"{len(expected)} fiscal years, FY{expected.index.min()}-FY{ARTICLE_YEAR}, indexed by fiscal year.",
    )


def check_nationwide(nationwide: object) -> Feedback:
    """Type-along: ``nationwide``, nationwide apprehensions by fiscal year up to the article's year, blanks dropped."""
    expected = _yearly("nationwide").loc[:ARTICLE_YEAR]
    if isinstance(nationwide, pd.Series) and len(nationwide) and max(nationwide.index) > ARTICLE_YEAR:
        return hint(
            f"`nationwide` goes past FY{ARTICLE_YEAR}, the article's year. Take the column from "
            "`apprehensions`, which stops there."
        )
    return kit.expect_series(
        nationwide,
        expected,
        name="nationwide",
        what=f"nationwide apprehensions by fiscal year, FY{expected.index.min()}-FY{ARTICLE_YEAR}",
        mistakes={
            "Your series still has blank (`<NA>`) years. Drop them with `.dropna()`.": lambda a: a.isna().any(),
            "Those are the *southwest border* counts (that is `swb`). Take the `nationwide` column.": lambda a: (
                kit.same_values(a, _swb_until_article())
            ),
        },
        success=f"{len(expected)} fiscal years of nationwide apprehensions, FY{expected.index.min()}-FY{ARTICLE_YEAR}.",
    )


def _recent() -> pd.Series:
    return _swb_until_article().loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR]


def check_recent(recent: object) -> Feedback:
    """Type-along: ``recent``, the ten fiscal years of ``swb`` up to the article's year."""
    swb = _swb_until_article()
    expected = _recent()
    return kit.expect_series(
        recent,
        expected,
        name="recent",
        what=f"the ten fiscal years FY{ARTICLE_YEAR - 9}-FY{ARTICLE_YEAR} of `swb`",
        mistakes={
            f"Eleven years: `.loc` keeps *both* ends, so `.loc[article_year - 10:article_year]` starts at "
            f"FY{ARTICLE_YEAR - 10}. Start at `article_year - 9`.": lambda a: len(a) == 11,
            f"Nine years: `.loc` keeps both ends, so start at `article_year - 9` to get FY{ARTICLE_YEAR - 9} "
            f"to FY{ARTICLE_YEAR}.": lambda a: len(a) == 9,
            "Those are nationwide counts. Take the ten years from `swb`.": lambda a: kit.same_values(
                a, _yearly("nationwide").loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR]
            ),
            "That is the whole series. Keep only the last ten years with `.loc[first:last]`.": lambda a: (
                len(a) == len(swb)
            ),
        },
        success=f"FY{ARTICLE_YEAR - 9}-FY{ARTICLE_YEAR}, ten fiscal years.",
    )


def check_lowest_year(lowest_year: object) -> Feedback:
    """Type-along: ``lowest_year``, the fiscal year with the fewest apprehensions among ``recent``."""
    recent = _recent()
    expected = int(recent.idxmin())
    return kit.expect_number(
        lowest_year,
        expected,
        name="lowest_year",
        what=f"the year with the fewest apprehensions of FY{ARTICLE_YEAR - 9}-FY{ARTICLE_YEAR}",
        mistakes={
            f"{int(recent.min()):,} is the lowest *count*. Store its *year*: `.idxmin()` gives the label "
            "(the fiscal year), `.min()` the value.": int(recent.min()),
            "That is the year with the *most* apprehensions (`.idxmax()`). Use `.idxmin()` for the fewest.": int(
                recent.idxmax()
            ),
            "That is the lowest year of the whole series since FY1960. Take `.idxmin()` of `recent`, the ten "
            "years.": int(_swb_until_article().idxmin()),
        },
        success=f"FY{expected}: {int(recent[expected]):,} apprehensions, the fewest of the ten years.",
    )


def check_since(since: object) -> Feedback:
    """Type-along: ``since``, ``lowest_since(swb, lowest_year)``: the last fiscal year lower than the low year."""
    swb = _swb_until_article()
    low = int(_recent().idxmin())
    expected = lowest_since(swb, low)
    if since is None:
        return hint(
            "`since` is None: your call found no earlier lower year. Call it on the whole series, "
            "`lowest_since(swb, lowest_year)`, not on `recent`."
        )
    return kit.expect_number(
        since,
        expected,
        name="since",
        what=f"the most recent year before FY{low} with fewer apprehensions",
        mistakes={
            "That is a number of years. Store the year `lowest_since` returns; the notebook subtracts afterwards.": low
            - expected,
            "That is the low year itself. Pass it to the function: `lowest_since(swb, lowest_year)`.": low,
        },
        success=f"FY{expected} ({int(swb[expected]):,}): FY{low} was the lowest since FY{expected}.",
    )


def _spring() -> pd.DataFrame:
    monthly = load_monthly()
    return monthly[monthly["month_number"].isin(SPRING)]


def check_spring_months(spring: object) -> Feedback:
    """Type-along: ``spring``, the rows of ``monthly`` for March, April and May (every year, every column)."""
    monthly = load_monthly()
    expected = _spring()
    return kit.expect_table(
        spring,
        expected,
        name="spring",
        what="every March, April and May of `monthly`",
        columns=list(monthly.columns),
        ordered=False,
        mistakes={
            "That is every month. Keep the rows whose `month_number` is in `SPRING`: "
            '`monthly[monthly["month_number"].isin(SPRING)]`.': lambda a: len(a) == len(monthly),
            "Only one month a year is left. `SPRING` is a list of three months: test it with `.isin(SPRING)`, "
            "not `==`.": lambda a: a["month_number"].nunique() == 1,
            "Those are the other months of the year. Keep the rows that *are* in `SPRING` (no `~`).": lambda a: (
                len(a) == len(monthly) - len(expected)
            ),
        },
        success=f"{len(expected)} spring months: March, April and May of every year in the table.",
    )


def check_springs(this_spring: object, last_spring: object) -> Feedback:
    """Type-along: ``this_spring`` and ``last_spring``, the spring totals of the article's year and the year before."""
    totals = _spring_totals()
    this, last = int(totals[ARTICLE_YEAR]), int(totals[ARTICLE_YEAR - 1])
    first = kit.expect_number(
        this_spring,
        this,
        name="this_spring",
        what=f"spring {ARTICLE_YEAR}'s total",
        mistakes={
            f"That is spring {ARTICLE_YEAR - 1}'s total: `this_spring` is spring `article_year`, "
            "`spring_totals[article_year]`.": last
        },
    )
    if not first.ok:
        return first
    second = kit.expect_number(
        last_spring,
        last,
        name="last_spring",
        what=f"spring {ARTICLE_YEAR - 1}'s total",
        mistakes={
            f"That is spring {ARTICLE_YEAR} again. The spring before is `spring_totals[article_year - 1]`.": this,
            f"That is spring {ARTICLE_YEAR - 2}'s total: one year too far back. Use `article_year - 1`.": int(
                totals[ARTICLE_YEAR - 2]
            ),
        },
    )
    if not second.ok:
        return second
    return right(f"spring {ARTICLE_YEAR}: {this:,}; spring {ARTICLE_YEAR - 1}: {last:,}.")


def _earlier() -> pd.Series:
    return _spring_totals().loc[: ARTICLE_YEAR - 1]


def check_earlier(earlier: object) -> Feedback:
    """Type-along: ``earlier``, the spring totals of the years before the article's."""
    totals, expected = _spring_totals(), _earlier()
    return kit.expect_series(
        earlier,
        expected,
        name="earlier",
        what=f"the spring totals {expected.index.min()}-{ARTICLE_YEAR - 1}",
        mistakes={
            f"Spring {ARTICLE_YEAR} is still in: `.loc` keeps both ends, so stop at `article_year - 1`.": lambda a: (
                len(a) == len(totals)
            ),
            f"Spring {ARTICLE_YEAR - 1} is missing: `.loc` keeps both ends, so `.loc[:article_year - 1]` "
            "already includes it.": lambda a: len(a) == len(totals) - 2 and max(a.index) == ARTICLE_YEAR - 2,
        },
        success=f"{len(expected)} springs, {expected.index.min()}-{ARTICLE_YEAR - 1}.",
    )


def check_lower_springs(lower_springs: object) -> Feedback:
    """Type-along: ``lower_springs``, the earlier springs with fewer apprehensions than the article's spring."""
    earlier, this = _earlier(), _spring_totals()[ARTICLE_YEAR]
    expected = earlier[earlier < this]
    if isinstance(lower_springs, int | float) and not isinstance(lower_springs, bool):
        return hint(
            "That is a number. Keep the springs themselves, a Series, with a boolean filter: "
            "`earlier[earlier < this_spring]`; a later cell counts them."
        )
    return kit.expect_series(
        lower_springs,
        expected,
        name="lower_springs",
        what=f"the springs before {ARTICLE_YEAR} with fewer apprehensions than spring {ARTICLE_YEAR}",
        mistakes={
            f"Those are the springs with *more* apprehensions than spring {ARTICLE_YEAR}. Use `<`.": lambda a: (
                kit.same_values(a, earlier[earlier > this])
            ),
            "Those are True/False values for every spring. Put the condition inside the brackets: "
            "`earlier[earlier < this_spring]`.": lambda a: (
                len(a) == len(earlier) and str(a.dtype) in ("bool", "boolean")
            ),
        },
        success=f"{len(expected)} earlier springs were lower: {', '.join(map(str, expected.index))}.",
    )


def _jan_to_sep() -> pd.DataFrame:
    monthly = load_monthly()
    return monthly[(monthly["calendar_year"] == ARTICLE_YEAR) & (monthly["month_number"] <= 9)]


def check_jan_to_sep_months(jan_to_sep: object) -> Feedback:
    """Type-along: ``jan_to_sep``, the months January to September of the article's calendar year."""
    monthly = load_monthly()
    expected = _jan_to_sep()
    return kit.expect_table(
        jan_to_sep,
        expected,
        name="jan_to_sep",
        what=f"the nine months January-September {ARTICLE_YEAR}",
        columns=list(monthly.columns),
        ordered=False,
        mistakes={
            f"Those are the months of *fiscal* year {ARTICLE_YEAR} (October {ARTICLE_YEAR - 1} to September "
            f"{ARTICLE_YEAR}). Filter on `calendar_year`.": lambda a: (
                set(a["fiscal_year"]) == {ARTICLE_YEAR} and len(a) == 12
            ),
            f"That is the whole calendar year {ARTICLE_YEAR}. Add the second condition, `month_number` up "
            "to 9, with `&`.": lambda a: set(a["calendar_year"]) == {ARTICLE_YEAR} and len(a) == 12,
            "September is missing: use `<= 9`, not `< 9`.": lambda a: len(a) == 8,
        },
        success=f"January to September {ARTICLE_YEAR}: nine months.",
    )


def _readings() -> pd.DataFrame:
    swb = _swb_until_article()
    around = _figure("300,000")
    counts = [int(swb[ARTICLE_YEAR]), int(_jan_to_sep()["swb_apprehensions"].sum()), int(swb[ARTICLE_YEAR - 1])]
    table = pd.DataFrame({"this year means": list(READING_LABELS), "southwest_border": counts})
    table["difference_%"] = ((table["southwest_border"] / around - 1) * 100).round(1)
    table["fits"] = table["difference_%"].abs() <= AROUND * 100
    return table


def check_readings(readings: object) -> Feedback:
    """Type-along: ``readings``, the three readings of "this year" with their counts; then (when there)
    the ``difference_%`` column (in %, to one decimal) and the ``fits`` column (within AROUND)."""
    expected = _readings()
    base = kit.expect_table(
        readings,
        expected,
        name="readings",
        what='the three readings of "this year" and their southwest border counts',
        columns=["this year means", "southwest_border"]
        if isinstance(readings, pd.DataFrame)
        and "this year means" in readings.columns
        and list(readings["this year means"]) == list(READING_LABELS)
        else ["southwest_border"],
        mistakes={
            "The calendar reading adds up *every* month of the article's year. Add up `jan_to_sep`'s "
            "`swb_apprehensions` only.": lambda a: (
                "southwest_border" in a.columns
                and len(a) == 3
                and kit.same_number(a["southwest_border"].iloc[1], _swb_until_article()[ARTICLE_YEAR - 1]) is False
                and kit.same_number(
                    a["southwest_border"].iloc[1],
                    load_monthly().query("calendar_year == @ARTICLE_YEAR")["swb_apprehensions"].sum(),
                )
            ),
        },
    )
    if not base.ok:
        return base
    if list(readings["this year means"]) != list(READING_LABELS):
        return hint(
            f"The labels of `this year means` should be {', '.join(map(repr, READING_LABELS))}, in that "
            "order (write them with f-strings from `article_year`): a later cell looks readings up by them."
        )
    done = "the three readings and their counts"
    if "difference_%" in readings.columns:
        column = readings["difference_%"]
        wrong = kit.expect_series(
            column,
            expected["difference_%"],
            name='readings["difference_%"]',
            what="how far each count is from the article's 300,000, in %",
            by=None,
            tolerance=0.051,
            mistakes={
                "Those are fractions (0.3 for 30%). Multiply by 100 to get a percentage.": lambda a: kit.same_values(
                    a * 100, expected["difference_%"], tolerance=0.051
                ),
                "The sign is the wrong way round: take the count divided by `around`, minus 1, so that a count "
                "above 300,000 gives a positive difference.": lambda a: kit.same_values(
                    -a, expected["difference_%"], tolerance=0.051
                ),
            },
        )
        if not wrong.ok:
            return wrong
        done += ", and how far each is from 300,000"
    if "fits" in readings.columns:
        wrong = kit.expect_series(
            readings["fits"],
            expected["fits"],
            name='readings["fits"]',
            what="whether each count is within AROUND of 300,000",
            by=None,
            mistakes={
                "No reading fits: `difference_%` is in %, and AROUND is a fraction (0.10). Compare with "
                "`AROUND * 100`.": lambda a: not a.any() and expected["fits"].any(),
                "Take the size of the difference, either way, with `.abs()`.": lambda a: (
                    kit.same_values(a, expected["difference_%"] <= AROUND * 100)
                    and not kit.same_values(a, expected["fits"])
                ),
            },
        )
        if not wrong.ok:
            return wrong
        done += "; fits says which are within 10%"
    return right(f"`readings` holds {done}.")


def _decade() -> pd.DataFrame:
    first, last = DECADE
    swb, nationwide = _swb_until_article(), _yearly("nationwide")
    table = pd.DataFrame({"southwest_border": swb.loc[first:last], "nationwide": nationwide.loc[first:last]})
    table["early_2000s"] = table.index.isin(EARLY_2000S)
    table["over_a_million"] = table["southwest_border"] > _figure("a million")
    return table


def check_decade(decade: object) -> Feedback:
    """Type-along: ``decade``, swb and nationwide for FY2000-FY2006 indexed by fiscal year; then (when there)
    the ``early_2000s`` and ``over_a_million`` columns."""
    expected = _decade()
    base = kit.expect_table(
        decade,
        expected,
        name="decade",
        what="FY2000-FY2006 with their southwest border and nationwide counts, indexed by fiscal year",
        columns=["southwest_border", "nationwide"],
        index=True,
        mistakes={
            "The row labels should be the fiscal years, as in `swb`: build the columns from `.loc` slices of "
            "`swb` and `nationwide`, and do not reset the index.": lambda a: (
                len(a) == len(expected) and list(a.index) != list(expected.index)
            ),
            "The two columns are swapped: `southwest_border` takes `swb`, `nationwide` takes `nationwide`.": lambda a: (
                kit.same_values(a["southwest_border"], expected["nationwide"])
            ),
        },
    )
    if not base.ok:
        return base
    done = "FY2000-FY2006, both series"
    for column, words, mistakes in (
        (
            "early_2000s",
            "whether each year is in EARLY_2000S",
            {
                "That is True for every year: test each year of the index, `decade.index.isin(EARLY_2000S)`.": lambda a: (
                    a.all()
                )
            },
        ),
        (
            "over_a_million",
            "whether the southwest border count is above the article's million",
            {
                "That says which years are *under* a million. Use `>`.": lambda a: kit.same_values(
                    ~a.astype(bool), expected["over_a_million"]
                ),
            },
        ),
    ):
        if column in decade.columns:
            wrong = kit.expect_series(
                decade[column], expected[column], name=f'decade["{column}"]', what=words, mistakes=mistakes
            )
            if not wrong.ok:
                return wrong
            done += f", {column}"
    return right(f"`decade` holds {done}.")


def check_early(early: object) -> Feedback:
    """Type-along: ``early``, the rows of ``decade`` in the early 2000s (FY2000-FY2004)."""
    decade = _decade()
    expected = decade[decade["early_2000s"]]
    return kit.expect_table(
        early,
        expected,
        name="early",
        what="the early-2000s rows of `decade`",
        columns=["southwest_border", "nationwide", "over_a_million"],
        index=True,
        mistakes={
            "Those are the years over a million. Filter on the `early_2000s` column.": lambda a: (
                len(a) == int(decade["over_a_million"].sum()) and a["over_a_million"].all()
            ),
            'That is every row of `decade`: put `decade["early_2000s"]` inside the brackets.': lambda a: (
                len(a) == len(decade)
            ),
        },
        success=f"FY{min(EARLY_2000S)}-FY{max(EARLY_2000S)}, the early 2000s as the lesson defines them.",
    )


def _over_under() -> tuple[list[str], list[str]]:
    decade = _decade()
    early = decade[decade["early_2000s"]]
    over = [f"FY{year}" for year in early.index[early["over_a_million"]]]
    under = [
        f"FY{year} ({int(count):,})" for year, count in early.loc[~early["over_a_million"], "southwest_border"].items()
    ]
    return over, under


def check_over_under(over: object, under: object) -> Feedback:
    """Type-along: ``over`` and ``under``, lists of strings: "FY2000" for each early-2000s year over a million,
    and "FY2002 (929,809)" (the year and its count) for each year under."""
    expected_over, expected_under = _over_under()
    decade = _decade()
    years_over = [int(y[2:]) for y in expected_over]
    under_years = [int(u[2:6]) for u in expected_under]
    first = kit.expect_list(
        over,
        expected_over,
        name="over",
        what='the early-2000s years over a million, written like "FY2000"',
        item=str,
        mistakes={
            'Write each year with FY in front, as text: `f"FY{year}"`.': [str(y) for y in years_over],
            "Those are the years *under* a million. Put the years whose `over_a_million` is True in `over`.": lambda a: (
                [str(v)[:6] for v in a] == [f"FY{y}" for y in under_years]
            ),
        },
    )
    if not first.ok:
        return first
    counts = [int(decade.loc[y, "southwest_border"]) for y in under_years]
    second = kit.expect_list(
        under,
        expected_under,
        name="under",
        what='the early-2000s years under a million, each with its count, written like "FY2002 (929,809)"',
        item=str,
        mistakes={
            'Add each year\'s count in brackets after it, with thousands separators: `f"FY{year} ({count:,})"`.': [
                f"FY{y}" for y in under_years
            ],
            "Write the count with thousands separators, `{count:,}`.": [
                f"FY{y} ({c})" for y, c in zip(under_years, counts)
            ],
        },
    )
    if not second.ok:
        return second
    return right(f"over a million: {', '.join(expected_over)}; under: {' and '.join(expected_under)}.")


def expected_verdict(text: str) -> str:
    """The verdict the lesson's rules give the claim with this figure ("40-year", "300,000", "a million")."""
    if text == "40-year":
        earlier, this = _earlier(), _spring_totals()[ARTICLE_YEAR]
        return "not supported" if len(earlier[earlier < this]) > 0 else "cannot be checked"
    crossing = _crossing().set_index("text")
    if crossing.loc[text, "counts"] == "people crossing":
        return "cannot be checked"
    if text == "300,000":
        fits = _readings().set_index("this year means")["fits"]
        return "supported" if fits[f"FY{ARTICLE_YEAR}"] else "partly supported" if fits.any() else "not supported"
    over = _decade().query("early_2000s")["over_a_million"]
    return "supported" if over.all() else "partly supported" if over.any() else "not supported"


def check_verdict(verdict: object, figure: str) -> Feedback:
    """Type-along: a verdict (``spring_verdict``, ``year_verdict``, ``million_verdict``) by the lesson's rules."""
    names = {"40-year": "spring_verdict", "300,000": "year_verdict", "a million": "million_verdict"}
    name = names.get(figure, "the verdict")
    opening = kit.expect_kind(verdict, "text", name=name, what="one of the VERDICTS")
    if opening:
        return opening
    if verdict not in VERDICTS:
        return hint(
            f"{verdict!r} is not in the vocabulary. Write one of {', '.join(map(repr, VERDICTS))}, exactly "
            "(copy it from VERDICTS)."
        )
    expected = expected_verdict(figure)
    if figure == "40-year":
        wrong = (
            "Earlier springs were lower than this spring (`lower_springs` is not empty), so it was no low "
            'at all: "not supported". Test `len(lower_springs) > 0`.'
        )
    elif expected == "cannot be checked":
        wrong = (
            f"The ledger says the {figure!r} figure counts *people crossing* (`people[{figure!r}]` is True), "
            "and arrest counts cannot say how many people crossed (DHS's model-based estimates of successful "
            'entries are not among the course\'s datasets): test that first, and answer "cannot be checked" '
            "whatever the arrest counts show."
        )
    else:
        wrong = f"By the rule in the prompt, `{name}` is another verdict. Read the rule again, condition by condition."
    return kit.expect_text(
        verdict,
        expected,
        name=name,
        what="the verdict the rule gives",
        exact=True,
        mistakes={wrong: lambda answer: True},
        success=f"`{name}` is {expected!r}, by the rule written above.",
    )
