"""Right and wrong answers for checks.writeup (see tests/variants/__init__.py).

Every answer is built as lesson 09 builds it, from the course's loaders (``_lesson()`` runs the worked
notebook's cells); no expected number is typed in.
"""

from __future__ import annotations

import functools
import re
import shutil
from types import SimpleNamespace

import numpy as np
import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article
from helpers.checks import writeup
from tests.variants import Args, Valid, Wrong

ARTICLE_DAY = pd.Timestamp("2018-10-25")  # the notebook's own line: the day the article ran
YEAR = ARTICLE_DAY.year
DAYS_AFTER = (ARTICLE_DAY - pd.Timestamp(YEAR, 9, 30)).days  # FY2018 ended on 30 September


@functools.cache
def _lesson() -> SimpleNamespace:
    """The worked notebook's values, cell by cell."""
    ledger = extract_figures(load_article().text).merge(
        data.load_figure_annotations(), on=["text", "start"], how="left", validate="one_to_one"
    )
    figure = ledger.set_index("text")["value"]
    sentence_of = ledger.set_index("text")["sentence"]
    counts = ledger.set_index("text")["counts"]
    yearly = data.load_apprehensions()
    swb = yearly[yearly["measure"] == "apprehensions"].set_index("fiscal_year").loc[:YEAR, "southwest_border"].dropna()
    low = swb.loc[YEAR - 9 : YEAR].idxmin()
    since = swb[(swb.index < low) & (swb < swb[low])].index.max()
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin([3, 4, 5])].groupby("calendar_year")["swb_apprehensions"].sum()
    jan_sep = monthly.loc[
        (monthly["calendar_year"] == YEAR) & (monthly["month_number"] <= 9), "swb_apprehensions"
    ].sum()
    early_2000s = range(2000, 2005)
    earlier = spring.loc[: YEAR - 1]
    lower_years = list(earlier[earlier < spring[YEAR]].index)
    lower_springs = len(lower_years)
    over = [year for year in early_2000s if swb[year] > figure["a million"]]
    people = {text: "cannot be checked" for text in ["300,000", "a million"] if counts[text] == "people crossing"}
    fact_check = pd.DataFrame(
        {
            "claim": [sentence_of["40-year"], sentence_of["300,000"], sentence_of["a million"]],
            "verdict": [
                "not supported" if lower_springs > 0 else "cannot be checked",
                people["300,000"],
                people["a million"],
            ],
            "evidence": [
                f"spring {YEAR}: {spring[YEAR]:,} arrests, {lower_springs} earlier springs lower",
                f"FY{YEAR}: {swb[YEAR]:,} arrests; arrests are not people",
                f"over a million arrests in {len(over)} of {len(early_2000s)} early-2000s years; arrests are not people",
            ],
        }
    )
    title = (
        f"Fact-check: border arrests were no 40-year low in spring {YEAR}; how many people crossed cannot be checked"
    )
    claim_text = (
        f"**The claim.** An article of {ARTICLE_DAY:%d %B %Y} on the Pentagon's border deployment said: "
        f'"{sentence_of["40-year"]}" and "{sentence_of["300,000"]}" It named no source for either sentence.'
    )
    verdict_text = (
        f'**The verdict.** The "40-year low" this spring: {fact_check.at[0, "verdict"]}. '
        f'The "300,000" people and the "over a million" people a year: {fact_check.at[1, "verdict"]} '
        "with the course's data, because arrest counts cannot say how many people crossed, and the Department "
        "of Homeland Security's model-based estimates of successful unlawful entries are not among its datasets."
    )
    evidence_text = (
        f"**The evidence.** According to US Customs and Border Protection (CBP), Border Patrol agents made "
        f"{spring[YEAR]:,} apprehensions at the southwest border in spring {YEAR} (March to May), "
        f"{spring[YEAR] / spring[YEAR - 1]:.1f} times as many as in spring {YEAR - 1} ({spring[YEAR - 1]:,}); "
        f"{lower_springs} springs since 2000 were lower: {', '.join(str(year) for year in lower_years)}. "
        f"The low came a year earlier: FY{low} had {swb[low]:,} "
        f'apprehensions, the fewest since FY{since}. As arrests, "around 300,000" fits FY{YEAR - 1} ({swb[low]:,}) '
        f"or January to September {YEAR} ({jan_sep:,}), but not FY{YEAR}, which ended {DAYS_AFTER} days before the "
        f"article with {swb[YEAR]:,}. In FY2000-FY2004, apprehensions topped a million in {len(over)} of "
        f"{len(early_2000s)} years."
    )
    limits_text = (
        "**What the data cannot say.** Apprehensions count arrests, not people: someone caught twice counts twice, "
        "and those who crossed without being caught are not counted at all, so arrest counts cannot say how many "
        "people crossed. The Department of Homeland Security publishes model-based estimates of successful unlawful "
        "entries, but they are not among the course's datasets (not found in the sources checked), so the claims "
        "about people cannot be checked with the course's data. CBP's monthly figures start in "
        f"FY{monthly['fiscal_year'].min()}, so earlier springs are not in the sources checked, but the "
        f'{lower_springs} lower springs since then rule out a 40-year low for spring {YEAR}; a "40-year low" for a '
        f"whole year fits FY{low}, not FY{YEAR}."
    )
    piece = "\n\n".join([f"# {title}", claim_text, verdict_text, evidence_text, limits_text])
    evidence = {f"the article's {text!r}": value for text, value in zip(figure.index, figure)}
    evidence |= {
        "the article's day": ARTICLE_DAY.day,
        f"spring {YEAR}": spring[YEAR],
        f"spring {YEAR - 1}": spring[YEAR - 1],
        "spring ratio": spring[YEAR] / spring[YEAR - 1],
        "lower springs": lower_springs,
        f"FY{low}": swb[low],
        f"FY{YEAR}": swb[YEAR],
        f"Jan-Sep {YEAR}": jan_sep,
        "years over a million": len(over),
        "early-2000s years": len(early_2000s),
        "days from the end of the fiscal year to the article": DAYS_AFTER,
    }
    evidence |= {f"FY{year}": swb[year] for year in over}
    return SimpleNamespace(**locals())


def L() -> SimpleNamespace:
    return _lesson()


# --------------------------------------------------------------------------- swb, low and since


def _apprehensions() -> pd.DataFrame:
    yearly = data.load_apprehensions()
    return yearly[yearly["measure"] == "apprehensions"]


SWB = [
    Valid("mask, set_index, .loc and dropna", lambda: L().swb),
    Valid(
        "query, then the column, as floats",
        lambda: (
            data.load_apprehensions()
            .query("measure == 'apprehensions' and fiscal_year <= 2018")
            .set_index("fiscal_year")["southwest_border"]
            .dropna()
            .astype(float)
        ),
    ),
    Valid(
        "pivot_table (a one-column table), newest first",
        lambda: (
            data.load_apprehensions()
            .pivot_table(index="fiscal_year", columns="measure", values="southwest_border")[["apprehensions"]]
            .dropna()
            .loc[:YEAR]
            .sort_index(ascending=False)
        ),
    ),
    Valid(
        "dropna on the rows first, renamed",
        lambda: (
            _apprehensions()
            .dropna(subset=["southwest_border"])
            .loc[lambda t: t["fiscal_year"] <= YEAR]
            .set_index("fiscal_year")["southwest_border"]
            .rename("swb")
        ),
    ),
    Wrong(
        "the years after the article kept",
        lambda: _apprehensions().set_index("fiscal_year")["southwest_border"].dropna(),
        "goes past",
    ),
    Wrong(
        "blanks kept", lambda: _apprehensions().set_index("fiscal_year").loc[:YEAR, "southwest_border"], "`.dropna()`"
    ),
    Wrong(
        "the nationwide column",
        lambda: _apprehensions().set_index("fiscal_year").loc[:YEAR, "nationwide"].dropna(),
        "*nationwide*",
    ),
    Wrong(
        "no fiscal_year index",
        lambda: (
            _apprehensions()[_apprehensions()["fiscal_year"] <= YEAR]["southwest_border"]
            .dropna()
            .reset_index(drop=True)
        ),
        '.set_index("fiscal_year")',
    ),
    Wrong("stops a year early", lambda: L().swb.loc[: YEAR - 1], "includes its end"),
    Wrong(
        "the whole table, not the column",
        lambda: _apprehensions().set_index("fiscal_year").loc[:YEAR].dropna(subset=["southwest_border"]),
        "Pick it with",
    ),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


def _earlier(low):
    swb = L().swb
    return swb[(swb.index < low) & (swb < swb[low])]


LOW = [
    Valid("idxmin and a mask (NumPy ints)", lambda: Args(L().low, L().since)),
    Valid("floats", lambda: Args(float(L().low), float(L().since))),
    Valid(
        "sort_values and a loop",
        lambda: Args(
            L().swb.loc[YEAR - 9 : YEAR].sort_values().index[0],
            max(year for year in L().swb.index if year < L().low and L().swb[year] < L().swb[L().low]),
        ),
    ),
    Valid(
        "nsmallest, and the last of the lower years",
        lambda: Args(int(L().swb.loc[YEAR - 9 :].nsmallest(1).index[0]), int(_earlier(L().low).index[-1])),
    ),
    Wrong(
        "the count, not the year (.min())",
        lambda: Args(L().swb.loc[YEAR - 9 : YEAR].min(), L().since),
        "`.idxmin()` gives the year",
    ),
    Wrong("the lowest of all years", lambda: Args(L().swb.idxmin(), L().since), "lowest year of all"),
    Wrong("the highest of the ten", lambda: Args(L().swb.loc[YEAR - 9 : YEAR].idxmax(), L().since), "*highest*"),
    Wrong("since: the earliest lower year", lambda: Args(L().low, _earlier(L().low).index.min()), "*earliest*"),
    Wrong("since: low itself", lambda: Args(L().low, L().low), "`low` itself"),
    Wrong("since: the count of that year", lambda: Args(L().low, L().swb[L().since]), "not the year"),
    Wrong("low as text", lambda: Args(f"FY{L().low}", L().since), "quotes"),
]


# --------------------------------------------------------------------------- spring, jan_sep, lower_springs, over


def _monthly() -> pd.DataFrame:
    return data.load_monthly()


def _spring(months=(3, 4, 5), by="calendar_year", how="sum"):
    monthly = _monthly()
    return monthly[monthly["month_number"].isin(months)].groupby(by)["swb_apprehensions"].agg(how)


SPRING = [
    Valid("isin, groupby, sum", lambda: L().spring),
    Valid(
        "between and a pivot_table",
        lambda: _monthly()[_monthly()["month_number"].between(3, 5)].pivot_table(
            index="calendar_year", values="swb_apprehensions", aggfunc="sum"
        ),
    ),
    Valid(
        "query, then groupby on a one-column table",
        lambda: _monthly().query("month_number in [3, 4, 5]").groupby("calendar_year")[["swb_apprehensions"]].sum(),
    ),
    Valid(
        "floats, reset and set again",
        lambda: L().spring.astype(float).reset_index().set_index("calendar_year")["swb_apprehensions"],
    ),
    Wrong("averages", lambda: _spring(how="mean"), "`.sum()`"),
    Wrong("whole years", lambda: _spring(range(1, 13)), "SPRING months"),
    Wrong("summer, not spring", lambda: _spring((6, 7, 8)), "not the right values"),
    Wrong(
        "every column summed",
        lambda: _monthly()[_monthly()["month_number"].isin([3, 4, 5])].groupby("calendar_year").sum(),
        "Pick it with",
    ),
    Wrong("only spring 2018", lambda: L().spring.loc[YEAR], "pandas Series"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


def _year_rows():
    monthly = _monthly()
    return monthly[monthly["calendar_year"] == YEAR]


JAN_SEP = [
    Valid("mask with .loc and sum (a NumPy int)", lambda: L().jan_sep),
    Valid(
        "query and Python's sum",
        lambda: sum(_monthly().query("calendar_year == 2018 and month_number < 10")["swb_apprehensions"]),
    ),
    Valid(
        "between, as a float",
        lambda: float(_year_rows().loc[_year_rows()["month_number"].between(1, 9), "swb_apprehensions"].sum()),
    ),
    Valid(
        "an int of the groupby",
        lambda: int(
            _monthly()[_monthly()["month_number"] <= 9].groupby("calendar_year")["swb_apprehensions"].sum()[YEAR]
        ),
    ),
    Wrong("the whole calendar year", lambda: _year_rows()["swb_apprehensions"].sum(), "`month_number <= 9`"),
    Wrong("the fiscal year", lambda: L().swb[YEAR], "keep calendar year"),
    Wrong(
        "stops in August (< 9)",
        lambda: _year_rows().loc[_year_rows()["month_number"] < 9, "swb_apprehensions"].sum(),
        "`<= 9`",
    ),
    Wrong(
        "the column, not its sum",
        lambda: _year_rows().loc[_year_rows()["month_number"] <= 9, "swb_apprehensions"],
        "Pick the one value",
    ),
    Wrong("typed, as text", lambda: f"{int(L().jan_sep):,}", "quotes"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


def _earlier_springs():
    return L().spring.loc[: YEAR - 1]


def _early():
    return L().swb.loc[2000:2004]


SPRINGS_AND_YEARS = [
    Valid("the notebook's int and list", lambda: Args(L().lower_springs, L().over)),
    Valid("the notebook's int and lists", lambda: Args(L().lower_springs, L().over, L().lower_years)),
    Valid(
        "lower_years as an Index",
        lambda: Args(L().lower_springs, L().over, _earlier_springs()[_earlier_springs() < L().spring[YEAR]].index),
    ),
    Wrong(
        "lower_years: the higher springs",
        lambda: Args(
            L().lower_springs, L().over, list(_earlier_springs()[_earlier_springs() > L().spring[YEAR]].index)
        ),
        "*more* apprehensions",
    ),
    Wrong(
        "lower_years: a Series of counts",
        lambda: Args(L().lower_springs, L().over, _earlier_springs()[_earlier_springs() < L().spring[YEAR]]),
        "the years are its labels",
    ),
    Valid(
        "len of the lower springs, a tuple",
        lambda: Args(len(_earlier_springs()[_earlier_springs() < L().spring[YEAR]]), tuple(L().over)),
    ),
    Valid(
        "a NumPy sum and an Index",
        lambda: Args((_earlier_springs() < L().spring[YEAR]).sum(), _early()[_early() > 1_000_000].index),
    ),
    Valid("a float and a loop", lambda: Args(float(L().lower_springs), _over_loop())),
    Wrong(
        "counts the higher springs",
        lambda: Args(int((_earlier_springs() > L().spring[YEAR]).sum()), L().over),
        "*more*",
    ),
    Wrong("counts every spring", lambda: Args(len(_earlier_springs()), L().over), "every spring"),
    Wrong(
        "the lower springs themselves (lesson 03)",
        lambda: Args(_earlier_springs()[_earlier_springs() < L().spring[YEAR]], L().over),
        "in lesson 03",
    ),
    Wrong(
        "years under a million", lambda: Args(L().lower_springs, list(_early()[_early() <= 1_000_000].index)), "*under*"
    ),
    Wrong(
        "the counts, not the years",
        lambda: Args(L().lower_springs, [int(L().swb[y]) for y in L().over]),
        "numbers of apprehensions",
    ),
    Wrong("a Series of counts", lambda: Args(L().lower_springs, _early()[_early() > 1_000_000]), "its labels"),
    Wrong(
        "range one year too long",
        lambda: Args(L().lower_springs, [y for y in range(2000, 2006) if L().swb[y] > 1e6]),
        "EARLY_2000S",
    ),
]


def _over_loop():
    over = []
    for year in range(2000, 2005):
        if L().swb[year] > 1_000_000:
            over.append(year)
    return over


# --------------------------------------------------------------------------- the verdict table


def _table(**changes) -> pd.DataFrame:
    table = L().fact_check.copy()
    for column, values in changes.items():
        table[column] = values
    return table


VERDICT_TABLE = [
    Valid("the notebook's DataFrame of columns", lambda: L().fact_check),
    Valid(
        "rows as dicts, columns in another order",
        lambda: pd.DataFrame(
            [
                {"verdict": v, "evidence": e, "claim": c}
                for c, v, e in zip(L().fact_check["claim"], L().fact_check["verdict"], L().fact_check["evidence"])
            ]
        ),
    ),
    Valid(
        "indexed by the claim's figure, with a text column",
        lambda: L().fact_check.assign(text=["40-year", "300,000", "a million"]).set_index("text", drop=False),
    ),
    Valid(
        "verdicts capitalised, other evidence",
        lambda: _table(
            verdict=[v.capitalize() for v in L().fact_check["verdict"]],
            evidence=[
                f"{L().lower_springs} earlier springs lower",
                f"Jan-Sep {YEAR}: {L().jan_sep:,}",
                f"years over a million: {L().over}",
            ],
        ),
    ),
    Wrong("everything cannot be checked", lambda: _table(verdict=["cannot be checked"] * 3), "not supported"),
    Wrong(
        "the people claims supported",
        lambda: _table(verdict=["not supported", "supported", "partly supported"]),
        "cannot be checked",
    ),
    Wrong(
        "a verdict outside the vocabulary",
        lambda: _table(verdict=["false", "cannot be checked", "cannot be checked"]),
        "vocabulary",
    ),
    Wrong("no evidence column", lambda: L().fact_check.drop(columns="evidence"), "missing: evidence"),
    Wrong("two rows", lambda: L().fact_check.head(2), "3 crossing claims"),
    Wrong("evidence without numbers", lambda: _table(evidence=["arrests are not people"] * 3), "gives no number"),
    Wrong("rows in another order", lambda: L().fact_check.iloc[[1, 2, 0]], "article's order"),
    Wrong("a dict, not a table", lambda: L().fact_check.to_dict("list"), "`pd.DataFrame(...)`"),
]


# --------------------------------------------------------------------------- the parts and the piece


def _claims():
    return writeup.claim_sentences()


CLAIM_PARTS = [
    Valid("the notebook's three f-strings", lambda: Args(L().title, L().claim_text, L().verdict_text)),
    Valid(
        "other words, curly quotes, the US date",
        lambda: Args(
            "Not supported, or cannot be checked: the article's crossing figures",
            f"The claim: on {ARTICLE_DAY:%B} {ARTICLE_DAY.day}, {YEAR}, without a source, it said “{_claims()[0]}” and “{_claims()[1]}”",
            "Verdicts: not supported (spring); cannot be checked (people).",
        ),
    ),
    Valid(
        "an ISO date, one verdict sentence a claim",
        lambda: Args(
            L().title,
            f'**The claim.** The article ({ARTICLE_DAY:%Y-%m-%d}) did not name a source for "{_claims()[0]}" or "{_claims()[1]}"',
            f"**The verdict.** The 40-year low is {L().fact_check.at[0, 'verdict']}, and the 300,000 "
            f"{L().fact_check.at[1, 'verdict']}; nor can the million a year: {L().fact_check.at[2, 'verdict']}.",
        ),
    ),
    Wrong(
        "a headline without a verdict",
        lambda: Args("Fact-check: the article's figures", L().claim_text, L().verdict_text),
        "name the verdict",
    ),
    Wrong(
        "the claim retyped",
        lambda: Args(L().title, "**The claim.** Border crossings were at a 40-year low.", L().verdict_text),
        "quote the article's sentence",
    ),
    Wrong(
        "verdicts swapped",
        lambda: Args(
            L().title,
            L().claim_text,
            "**The verdict.** 40-year: cannot be checked; 300,000: not supported; million: cannot be checked",
        ),
        "fact_check.at[0",
    ),
    Wrong(
        "another desk's verdict",
        lambda: Args(L().title, L().claim_text, L().verdict_text.replace(": not supported", ": false")),
        "'false'",
    ),
    Wrong(
        "no date",
        lambda: Args(L().title, L().claim_text.replace(f"of {ARTICLE_DAY:%d %B %Y} ", ""), L().verdict_text),
        "say when",
    ),
    Wrong(
        "no word on the missing source",
        lambda: Args(
            L().title, L().claim_text.replace(" It named no source for either sentence.", ""), L().verdict_text
        ),
        "named no source",
    ),
    Wrong("a number for a part", lambda: Args(L().title, L().claim_text, 7), "as text (a str); it is an int"),
]


def _evidence_text(source="According to US Customs and Border Protection (CBP), ", low=None):
    swb, spring = L().swb, L().spring
    figure = swb[L().low] if low is None else low
    return (
        f"**The evidence.** {source}Border Patrol agents made {spring[YEAR]:,} apprehensions in spring {YEAR}. "
        f"FY{L().low} had {figure:,} apprehensions. January to September {YEAR}: {L().jan_sep:,}. "
        f'"Around 300,000" fits FY{YEAR - 1} ({swb[YEAR - 1]:,}) but not FY{YEAR}, which ended with {swb[YEAR]:,}.'
    )


EVIDENCE_TEXT = [
    Valid(
        "with the troops expected, as the article said",
        lambda: (
            L().evidence_text + f" The article said {L().figure['800'].iloc[0]:,.0f} active-duty troops were expected."
        ),
    ),
    Wrong(
        "the article's expected troops said deployed",
        lambda: L().evidence_text + f" Meanwhile {L().figure['800'].iloc[0]:,.0f} troops were deployed at the border.",
        "expected, not deployed",
    ),
    Valid("the notebook's", lambda: L().evidence_text),
    Valid(
        "CBP's figures, arrests",
        lambda: _evidence_text("CBP's figures: ").replace("apprehensions in spring", "arrests in spring"),
    ),
    Valid("figures from CBP show", lambda: _evidence_text("Figures from CBP show that ")),
    Valid("the source named at the end", lambda: _evidence_text("") + " These are CBP's published figures."),
    Wrong("not attributed", lambda: _evidence_text(""), "Attribute"),
    Wrong(
        "a typed figure, digits swapped",
        lambda: _evidence_text(low=int(str(int(L().swb[L().low]))[:-2] + str(int(L().swb[L().low]))[::-1][:2])),
        "Check the digits",
    ),
    Wrong(
        "proves",
        lambda: _evidence_text() + f" This proves that {L().swb[YEAR]:,} people crossed.",
        "the data cannot show",
    ),
    Wrong(
        "crossings, not apprehensions",
        lambda: _evidence_text().replace("apprehensions", "crossings"),
        "what the figures count",
    ),
    Wrong(
        "a figure beside the wrong year",
        lambda: (
            _evidence_text()
            .replace(f"fits FY{YEAR - 1}", f"fits FY{YEAR}")
            .replace(f"not FY{YEAR}", f"not FY{YEAR - 1}")
        ),
        f"needs '{YEAR - 1}'",
    ),
    Wrong(
        "migrants",
        lambda: _evidence_text().replace(f"with {L().swb[YEAR]:,}.", f"with {L().swb[YEAR]:,} migrants."),
        "not people",
    ),
    Wrong("no label", lambda: _evidence_text().replace("**The evidence.** ", ""), "label"),
]


LIMITS = (
    "**What the data cannot say.** Apprehensions count arrests, not people: someone caught twice counts twice. "
    "The monthly figures start in FY2000, so a 40-year low for a season was not found in the sources checked."
)


def _piece_with(limits, sep="\n\n"):
    return "\n\n".join([f"# {L().title}", L().claim_text, L().verdict_text, L().evidence_text, limits]).replace(
        "\n\n", sep
    )


LIMITS_AND_PIECE = [
    Valid("the notebook's", lambda: Args(L().limits_text, L().piece)),
    Valid("not found in the sources checked", lambda: Args(LIMITS, _piece_with(LIMITS))),
    Valid("cannot be confirmed, the sources we checked", lambda: Args(_LIMITS_3, _piece_with(_LIMITS_3))),
    Wrong(
        "impossible, wrong",
        lambda: Args(
            "**What the data cannot say.** A 40-year low for spring is impossible: the article is wrong.", L().piece
        ),
        "'impossible'",
    ),
    Wrong("invented", lambda: Args(LIMITS + " The reporter invented it.", L().piece), "'invented'"),
    Wrong(
        "not hedged",
        lambda: Args(LIMITS.replace("was not found in the sources checked", "did not happen"), L().piece),
        "not found in the sources checked",
    ),
    Wrong(
        "arrests are not people unsaid",
        lambda: Args(
            LIMITS.replace("Apprehensions count arrests, not people: someone caught twice counts twice. ", ""),
            L().piece,
        ),
        "not people",
    ),
    Wrong("parts joined with one newline", lambda: Args(LIMITS, _piece_with(LIMITS, sep="\n")), "blank line"),
    Wrong("unanswered", lambda: Args(..., L().piece), "Replace the `...`"),
]

_LIMITS_3 = (
    "**What the data cannot say.** The figures count apprehensions, which are arrests, not people; the sources we "
    "checked start in FY2000, so a 40-year seasonal low cannot be confirmed."
)


def _short_piece():
    words = " ".join(["The figures are arrests."] * 60)
    low = L().low
    return (
        f"# Fact-check\n\n**The claim.** ...\n\n**The verdict.** not supported\n\n**The evidence.** FY{low} had "
        f"{L().swb[low]:,} apprehensions. {words}\n\n**What the data cannot say.** how many people crossed."
    )


PIECE = [
    Valid("the notebook's join", lambda: L().piece),
    Valid(
        "one f-string with blank lines, a final newline",
        lambda: (
            f"# {L().title}\n\n{L().claim_text}\n\n{L().verdict_text}\n\n{L().evidence_text}\n\n{L().limits_text}\n"
        ),
    ),
    Valid("Windows line endings", lambda: L().piece.replace("\n", "\r\n")),
    Valid("a short piece with the four labels", _short_piece),
    Valid("can't say", lambda: L().piece.replace("cannot say", "can't say")),
    Wrong("a part missing", lambda: L().piece.replace("**The verdict.**", "**Result.**"), "lacks: verdict"),
    Wrong("too short", lambda: "# T\n\nClaim, verdict, evidence, what the data cannot say.", "words"),
    Wrong("proves", lambda: _short_piece().replace("had", "prove that there were", 1), "'prove'"),
    Wrong(
        "a typed figure",
        lambda: _short_piece().replace(f"{L().swb[L().low]:,}", f"{L().swb[L().low] + 45:,}"),
        "can't find",
    ),
    Wrong(
        "the parts as a list",
        lambda: [f"# {L().title}", L().claim_text, L().verdict_text, L().evidence_text, L().limits_text],
        '"\\n\\n".join',
    ),
    Wrong("one newline between parts", lambda: L().piece.replace("\n\n", "\n"), "blank line"),
    Wrong("no heading", lambda: L().piece.removeprefix("# "), "Markdown heading"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]

SHOW_PIECE = [
    Valid("the notebook's", lambda: L().piece),
    Valid("a final newline", lambda: L().piece + "\n"),
    Valid("a short piece", _short_piece),
    Wrong("no heading", lambda: L().piece.replace(f"# {L().title}", L().title), "Markdown heading"),
    Wrong("one newline between parts", lambda: L().piece.replace("\n\n", "\n"), "blank line"),
    Wrong("a typed figure", lambda: L().piece.replace(f"{L().jan_sep:,}", "313,110"), "can't find"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


# --------------------------------------------------------------------------- evidence and the read-back


def _figure():
    return L().figure


def _evidence(**article):
    base = {k: v for k, v in L().evidence.items() if not k.startswith("the article's '")}
    found = (
        article.get("article")
        if "article" in article
        else {f"the article's {t!r}": v for t, v in zip(_figure().index, _figure())}
    )
    return found | base


EVIDENCE = [
    Valid("the notebook's dict", lambda: L().evidence),
    Valid(
        "a loop, keyed by the figure's text, floats",
        lambda: {
            **{str(i): float(v) for i, v in enumerate(_figure())},
            **{k: float(v) for k, v in _evidence(article={}).items()},
        },
    ),
    Valid(
        "dict(zip(...)) of the ledger's rows",
        lambda: _evidence(
            article=dict(zip(L().ledger["text"] + " @" + L().ledger["start"].astype(str), L().ledger["value"]))
        ),
    ),
    Wrong(
        "looked up by label (a Series for '800')",
        lambda: _evidence(article={t: _figure()[t] for t in _figure().index}),
        "zip(figure.index, figure)",
    ),
    Wrong("jan_sep missing", lambda: {k: v for k, v in L().evidence.items() if k != f"Jan-Sep {YEAR}"}, "jan_sep"),
    Wrong(
        # days_after is 25 too (30 September to 25 October): without both, 25 is missing
        "the article's day missing",
        lambda: {
            k: v
            for k, v in L().evidence.items()
            if k not in {"the article's day", "days from the end of the fiscal year to the article"}
        },
        "article_day's day",
    ),
    Wrong("a value as text", lambda: L().evidence | {f"FY{YEAR}": f"{L().swb[YEAR]:,}"}, "as a number"),
    Wrong("a list of values", lambda: list(L().evidence.values()), "as a dict"),
    Wrong("empty", lambda: dict.fromkeys([]), "is empty"),
]


def _draft_evidence():
    swb, spring = L().swb, L().spring
    return {f"FY{year}": swb[year] for year in swb.loc[2000:].index} | {
        f"Jan-Sep {YEAR}": L().jan_sep,
        "spring 2018": spring[YEAR],
        "spring ratio": spring[YEAR] / spring[YEAR - 1],
    }


DRAFT = [
    Valid("the notebook's piece and evidence", lambda: Args(L().piece, L().evidence)),
    Valid(
        "one sentence, floats",
        lambda: Args(f"FY{YEAR} had {L().swb[YEAR]:,} apprehensions.", {k: float(v) for k, v in L().evidence.items()}),
    ),
    Valid(
        "a rounded figure",
        lambda: Args(f"FY{YEAR} had about {round(L().swb[YEAR], -3):,.0f} apprehensions.", _draft_evidence()),
    ),
    Wrong(
        "the draft's typed figure",
        lambda: Args(writeup.draft_paragraph(), _draft_evidence()),
        f"{int(writeup.draft_paragraph().split()[4].replace(',', '')):,}",
    ),
    Wrong(
        "evidence looked up by label",
        lambda: Args(L().piece, _evidence(article={t: _figure()[t] for t in _figure().index})),
        "zip(figure.index, figure)",
    ),
    Wrong("a text without numbers", lambda: Args("# Fact-check\n\nNo numbers.", L().evidence), "no number"),
    Wrong("evidence as a list", lambda: Args(L().piece, list(L().evidence.values())), "as a dict"),
    Wrong("the evidence first, the text second", lambda: Args(L().evidence, L().piece), "as a dict"),
]


def _typed():
    found = extract_figures(writeup.draft_paragraph())
    evidence = _draft_evidence()
    return found.loc[~found["value"].isin(list(evidence.values())) & (found["kind"] != "year"), "value"].iloc[0]


TYPED_NUMBER = [
    Valid("an int (the solution's)", lambda: int(_typed())),
    Valid("the extractor's value as it comes", _typed),
    Valid("a float", lambda: float(_typed())),
    Valid("a NumPy int", lambda: np.int64(int(_typed()))),
    Wrong("the right figure, from the data", lambda: int(L().swb[L().low]), "right figure"),
    Wrong("another figure of the draft", lambda: int(L().swb[YEAR]), "matches the evidence"),
    Wrong("typed with commas, as text", lambda: f"{int(_typed()):,}", "the commas"),
    Wrong("the year of the typed figure", lambda: int(L().low), "names"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


# --------------------------------------------------------------------------- the rewrite and the request


def _right_rewrite():
    return (
        f"According to US Customs and Border Protection, Border Patrol agents made {L().swb[YEAR]:,} apprehensions at "
        f"the southwest border in FY{YEAR}."
    )


REWRITE = [
    Valid(
        "not that many people, at the southern border",
        lambda: (
            f"According to CBP, Border Patrol agents made {L().swb[YEAR]:,} apprehensions at the southern border in "
            f"FY{YEAR}, not {L().swb[YEAR]:,} people."
        ),
    ),
    Valid(
        "the solution's",
        lambda: (
            f"According to US Customs and Border Protection, Border Patrol agents made {L().swb[YEAR]:,} apprehensions "
            f"at the southwest border in FY{YEAR} (October {YEAR - 1} to September {YEAR}); apprehensions count arrests, "
            "not people."
        ),
    ),
    Valid(
        "CBP figures show, fiscal year",
        lambda: f"CBP figures show {L().swb[YEAR]:,} apprehensions at the southwest border in fiscal year {YEAR}.",
    ),
    Valid(
        "arrests, the agency said",
        lambda: f"Border agents made {L().swb[YEAR]:,} arrests at the southwest border in FY{YEAR}, the agency said.",
    ),
    Valid(
        "rounded, CBP reported",
        lambda: (
            f"In FY{YEAR} (October {YEAR - 1} to September {YEAR}), Border Patrol agents made about "
            f"{round(L().swb[YEAR], -5):,.0f} apprehensions at the southwest border, CBP reported."
        ),
    ),
    Valid(
        "US-Mexico border, not how many crossed",
        lambda: (
            f"According to CBP, Border Patrol agents made {L().swb[YEAR]:,} apprehensions at the US-Mexico border in "
            f"fiscal year {YEAR}, which is not how many crossed."
        ),
    ),
    Wrong(
        "not attributed",
        lambda: f"In FY{YEAR}, there were {L().swb[YEAR]:,} apprehensions at the southwest border.",
        "Attribute",
    ),
    Wrong(
        "the wrong year",
        lambda: (
            f"According to CBP, agents made {L().swb[YEAR]:,} apprehensions at the southwest border in FY{YEAR - 1}."
        ),
        f"needs '{YEAR}'",
    ),
    Wrong(
        "migrants, people crossed",
        lambda: f"According to CBP, {L().swb[YEAR]:,} migrants were arrested in FY{YEAR}, so that many people crossed.",
        "not people",
    ),
    Wrong("still proves", writeup.overclaiming_sentence, "still says"),
    Wrong(
        "crossings",
        lambda: f"Border Patrol figures show {L().swb[YEAR]:,} crossings in FY{YEAR}.",
        "apprehensions (arrests)",
    ),
    Wrong("a typed figure", lambda: _right_rewrite().replace(f"{L().swb[YEAR]:,}", "396,597"), "can't find"),
    Wrong("a calendar year", lambda: _right_rewrite().replace(f"FY{YEAR}", str(YEAR)), f"write the year as FY{YEAR}"),
    Wrong("nowhere", lambda: _right_rewrite().replace(" at the southwest border", ""), "southwest border"),
    Wrong("unanswered", lambda: "...", "Write your finding"),
]


def _request(body=""):
    return (
        f'Dear editor, your article says: "{writeup.claim_sentences()[1]}" {body} According to US Customs and Border '
        f"Protection, Border Patrol agents made {L().swb[YEAR]:,} apprehensions in FY{YEAR}. Would you consider a "
        "correction? Thank you."
    )


REQUEST = [
    Valid(
        "the solution's",
        lambda: (
            f'Dear editor, your article of {ARTICLE_DAY:%d %B %Y} says: "{L().sentence_of["300,000"]}" The official figures '
            f"count arrests, not people who crossed. According to US Customs and Border Protection, Border Patrol agents made "
            f"{L().swb[YEAR]:,} apprehensions at the southwest border in FY{YEAR}, which ended in September; "
            f'"around 300,000" fits FY{YEAR - 1} ({L().swb[YEAR - 1]:,}) or January to September {YEAR} '
            f"({L().jan_sep:,}). Would you consider correcting the sentence to say which year and that these are arrests? "
            "CBP's tables are at https://www.cbp.gov/newsroom/stats. Thank you."
        ),
    ),
    Valid(
        "short, with its numbers",
        lambda: _request(
            f"The official figures count arrests, not people who crossed; “around 300,000” fits FY{YEAR - 1} "
            f"({L().swb[YEAR - 1]:,}) or January to September {YEAR} ({L().jan_sep:,})."
        ),
    ),
    Valid(
        "curly quotes, CBP's tables, could you",
        lambda: (
            f"Dear editor, on {ARTICLE_DAY:%d %B %Y} you wrote: “{writeup.claim_sentences()[1]}” CBP's published tables "
            f"(https://www.cbp.gov/newsroom/stats) count apprehensions, not people: {L().swb[YEAR]:,} in FY{YEAR} and "
            f"{L().swb[YEAR - 1]:,} in FY{YEAR - 1}. Could you say which year the sentence means, and that these are arrests? "
            "Thank you."
        ),
    ),
    Wrong(
        "the sentence paraphrased",
        lambda: _request().replace(f'"{writeup.claim_sentences()[1]}"', "that about 300,000 crossed"),
        "Quote the whole sentence",
    ),
    Wrong(
        "a figure beside the wrong year",
        lambda: _request().replace(f"in FY{YEAR}", f"in FY{YEAR - 1}"),
        f"needs '{YEAR}'",
    ),
    Wrong("accusing", lambda: _request("Your reporter invented the figure."), "'invented'"),
    Wrong("digits swapped", lambda: _request().replace(f"{L().swb[YEAR]:,}", "369,579"), "Check the digits"),
    Wrong(
        "no source named",
        lambda: (
            _request()
            .replace("US Customs and Border Protection,", "the data,")
            .replace("Border Patrol agents", "agents")
        ),
        "Name the source",
    ),
    Wrong(
        "not polite", lambda: _request().replace(" Would you consider a correction? Thank you.", " Fix it."), "polite"
    ),
    Wrong("two paragraphs", lambda: _request().replace("Dear editor,", "Dear editor,\n\n"), "one paragraph"),
    Wrong("unanswered", lambda: "...", "Write your finding"),
]


# --------------------------------------------------------------------------- flag


PATTERNS = [r"\bprov(?:e|es|ed)\b", r"does(?: not|n't) exist", r"\d[\d,]* people (?:have )?crossed"]


def _flag_comprehension(text):
    unquoted = re.sub(r'"[^"]*"', " ", text)
    return [found for pattern in PATTERNS for found in re.findall(pattern, unquoted, re.IGNORECASE)]


def _flag_loop(text):
    found = []
    for pattern in PATTERNS:
        found += re.findall(pattern, re.sub(r'".*?"', "", text), flags=re.I)
    return found


def _flag_finditer(text):
    text = re.compile(r'"[^"]+"').sub("", text)
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, re.IGNORECASE)]


def _flag_extend(text):
    found = []
    text = re.sub('"[^"]*"', "", text)
    for pattern in PATTERNS:
        found.extend(re.findall(pattern, text, re.IGNORECASE))
    return found


def _flag_greedy(text):
    unquoted = re.sub(r'".*"', " ", text)
    return [found for pattern in PATTERNS for found in re.findall(pattern, unquoted, re.IGNORECASE)]


FLAG = [
    Valid("a list comprehension", lambda: _flag_comprehension),
    Valid("a loop with +=, lazy .*?", lambda: _flag_loop),
    Valid("finditer, compiled", lambda: _flag_finditer),
    Valid("extend", lambda: _flag_extend),
    Wrong(
        "quotes not removed",
        lambda: lambda text: [f for p in PATTERNS for f in re.findall(p, text, re.IGNORECASE)],
        "quotes",
    ),
    Wrong(
        "a list of lists",
        lambda: lambda text: [re.findall(p, re.sub(r'"[^"]*"', " ", text), re.I) for p in PATTERNS],
        "one list",
    ),
    Wrong("prints instead of returning", lambda: lambda text: print(text), "does your function `return`"),
    Wrong(
        "the result, not the function",
        lambda: _flag_comprehension(writeup.overclaiming_sentence()),
        "should be a function",
    ),
    Wrong(
        "case-sensitive",
        lambda: lambda text: [f for p in PATTERNS for f in re.findall(p, re.sub(r'"[^"]*"', " ", text))],
        "re.IGNORECASE",
    ),
    Wrong("greedy quotation", lambda: _flag_greedy, '"[^"]*"'),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


# --------------------------------------------------------------------------- the chart


def _chart(line="plot", notes=((-10, 60), (8, 30)), source=True, title=True, values=None, ticks="locator", commas=True):
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    from helpers.charts import annotate_point, headline, house_style, source_line

    lesson = L()
    chart_data = lesson.swb.loc[2000:].rename("southwest_border").reset_index()
    with house_style():
        fig, ax = plt.subplots(figsize=(8, 5))
        if line == "plot":
            ax.plot(
                chart_data["fiscal_year"],
                chart_data["southwest_border"].to_numpy(dtype=float) if values is None else values,
            )
        elif line == "series":
            ax.plot(lesson.swb.loc[2000:].astype(float))
        elif line == "pandas":
            chart_data.astype(float).plot(x="fiscal_year", y="southwest_border", ax=ax, legend=False)
        if ticks == "locator":
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        elif ticks == "set":
            ax.set_xticks(range(2000, YEAR + 1, 2))
        if commas:
            ax.yaxis.set_major_formatter("{x:,.0f}")
        low, swb = lesson.low, lesson.swb
        for (year, text), (dx, dy) in zip(
            [(low, f"FY{low}: {swb[low]:,},\nfewest since FY{lesson.since}"), (YEAR, f"FY{YEAR}:\n{swb[YEAR]:,}")],
            notes,
        ):
            annotate_point(ax, year, swb[year], text, dx=dx, dy=dy)
        if title:
            headline(fig, f"Border arrests fell to the fewest since FY{lesson.since}", "US Border Patrol apprehensions")
        if source:
            source_line(fig, "US Customs and Border Protection")
        plt.close(fig)
    return fig


CHART = [
    Valid("the notebook's", _chart),
    Valid("set_xticks every two years", lambda: _chart(ticks="set")),
    Valid("the Series plotted directly", lambda: _chart(line="series")),
    Valid("pandas' plot", lambda: _chart(line="pandas")),
    Valid("ints", lambda: _chart(values=list(L().swb.loc[2000:].astype(int)))),
    Wrong("no line", lambda: _chart(line=None), "no line"),
    Wrong(
        "the springs, not the years", lambda: _chart(values=list(L().spring.loc[2000:YEAR].astype(float))), "no line"
    ),
    Wrong("one note", lambda: _chart(notes=((-10, 60),)), "Mark two points"),
    Wrong("half-year ticks", lambda: _chart(ticks=None), "MaxNLocator(integer=True)"),
    Wrong("no thousands separators", lambda: _chart(commas=False), "thousands separators"),
    Wrong("notes overlapping", lambda: _chart(notes=((0, 0), (0, 0))), "overlap"),
    Wrong("no source line", lambda: _chart(source=False), "no source line"),
    Wrong("no headline", lambda: _chart(title=False), "headline"),
    Wrong("the axes, not the figure", lambda: _chart().axes[0], "should be the figure"),
]


# --------------------------------------------------------------------------- the files


def _export(
    tmp_path,
    monkeypatch,
    *,
    link=None,
    alt=None,
    credit="Source: US Customs and Border Protection.",
    copy=True,
    written=None,
    page=None,
):
    """The lesson's export cells, into a temporary output folder."""
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    folder = paths.output_dir("writeup")
    png = tmp_path / "charts" / "write-it-up.png"
    png.parent.mkdir(exist_ok=True)
    png.write_bytes(b"png")
    if copy:
        shutil.copy(png, folder)
    alt = alt or "Line chart: southwest border apprehensions by fiscal year, from 2000 to 2018, lowest in 2017."
    text = "\n\n".join([L().piece, f"![{alt}]({link or png.name})", "*caption*", credit]) + "\n"
    (folder / "fact-check.md").write_text(text if written is None else written, encoding="utf-8")
    title = L().title
    body = '<h1>x</h1>\n<p><img src="write-it-up.png" alt="x"></p>\n'
    if page is None:
        page = f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n{body}</body></html>\n'
    (folder / "fact-check.html").write_text(page.replace("{title}", title).replace("{body}", body), encoding="utf-8")
    return folder, text


MARKDOWN_FILE = [
    Valid("the folder from output_dir", lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch))),
    Valid(
        "the folder as text",
        lambda tmp_path, monkeypatch: Args(str(_export(tmp_path, monkeypatch)[0]), _export(tmp_path, monkeypatch)[1]),
    ),
    Valid(
        "the file written with open()", lambda tmp_path, monkeypatch: Args(*_written_with_open(tmp_path, monkeypatch))
    ),
    Wrong(
        "linked in another folder",
        lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch, link="../charts/write-it-up.png")),
        "beside the Markdown",
    ),
    Wrong(
        "the PNG not copied",
        lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch, copy=False)),
        "shutil.copy",
    ),
    Wrong(
        "an older file",
        lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch, written="old text")),
        "does not hold",
    ),
    Wrong(
        "alt text too short",
        lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch, alt="chart")),
        "too short",
    ),
    Wrong(
        "no source line",
        lambda tmp_path, monkeypatch: Args(*_export(tmp_path, monkeypatch, credit="CBP")),
        "source line",
    ),
    Wrong(
        "the output folder itself",
        lambda tmp_path, monkeypatch: Args(_export(tmp_path, monkeypatch)[0].parent, "text"),
        "output/writeup",
    ),
]


def _written_with_open(tmp_path, monkeypatch):
    folder, text = _export(tmp_path, monkeypatch)
    with open(folder / "fact-check.md", "w", encoding="utf-8", newline="\n") as file:
        file.write(text)
    return folder, text


WRITEUP_FILES = [
    Valid("the folder, a Path", lambda tmp_path, monkeypatch: _export(tmp_path, monkeypatch)[0]),
    Valid(
        "the folder as text, DOCTYPE in capitals",
        lambda tmp_path, monkeypatch: str(
            _export(
                tmp_path,
                monkeypatch,
                page="<!DOCTYPE html>\n<html><head><meta charset='UTF-8' /><title>{title}</title></head><body>{body}</body></html>",
            )[0]
        ),
    ),
    Valid(
        "a title over two lines",
        lambda tmp_path, monkeypatch: _export(
            tmp_path,
            monkeypatch,
            page='<!doctype html>\n<html><head>\n<meta charset="utf-8">\n<title>\n{title}\n</title></head><body>{body}</body></html>',
        )[0],
    ),
    Wrong(
        "only the body's fragment",
        lambda tmp_path, monkeypatch: _export(tmp_path, monkeypatch, page="{body}")[0],
        "<!doctype html>",
    ),
    Wrong(
        "no charset",
        lambda tmp_path, monkeypatch: _export(
            tmp_path,
            monkeypatch,
            page="<!doctype html>\n<html><head><title>{title}</title></head><body>{body}</body></html>",
        )[0],
        'charset="utf-8"',
    ),
    Wrong(
        "the file name as title",
        lambda tmp_path, monkeypatch: _export(
            tmp_path,
            monkeypatch,
            page='<!doctype html>\n<html><head><meta charset="utf-8"><title>fact-check.html</title></head><body>{body}</body></html>',
        )[0],
        "headline",
    ),
    Wrong(
        "the chart linked elsewhere",
        lambda tmp_path, monkeypatch: _export(tmp_path, monkeypatch, link="../charts/write-it-up.png")[0],
        "beside the Markdown",
    ),
    Wrong("a number, not the folder", lambda: 42, "should be the folder"),
    Wrong("unanswered", lambda: ..., "Replace the `...`"),
]


def _no_html(tmp_path, monkeypatch):
    folder, _ = _export(tmp_path, monkeypatch)
    (folder / "fact-check.html").unlink()
    return folder


WRITEUP_FILES.append(Wrong("no HTML yet", _no_html, "no fact-check.html"))


VARIANTS: dict[str, list] = {
    "check_verdict_table": VERDICT_TABLE,
    "check_piece": PIECE,
    "check_typed_number": TYPED_NUMBER,
    "check_rewrite": REWRITE,
    "check_correction_request": REQUEST,
    "check_writeup_files": WRITEUP_FILES,
    "check_yearly_swb": SWB,
    "check_yearly_low": LOW,
    "check_spring": SPRING,
    "check_jan_sep": JAN_SEP,
    "check_springs_and_years": SPRINGS_AND_YEARS,
    "check_claim_parts": CLAIM_PARTS,
    "check_evidence_text": EVIDENCE_TEXT,
    "check_limits_and_piece": LIMITS_AND_PIECE,
    "check_evidence": EVIDENCE,
    "check_and_show_piece": SHOW_PIECE,
    "check_draft": DRAFT,
    "check_flag": FLAG,
    "check_writeup_chart": CHART,
    "check_markdown_file": MARKDOWN_FILE,
}
