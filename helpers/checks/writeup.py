"""Self-checks for notebook 09 (write it up: the fact-check, the correction request, the chart).

The evidence a piece may quote is computed here from the course's datasets and the article, never
typed in: the checks find every figure in a student's text with the course's figure extractor and
match it against that evidence (the check kit's ``expect_finding``). The wording itself (fair,
clear, polite) is for a person to judge; what can be checked is checked: the numbers, the words
"arrests" and "apprehensions" instead of "people crossed", a named source, the quoted sentence.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article
from helpers.checks import kit
from helpers.checks.crossings import VERDICTS  # lesson 03's verdicts
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, not_a_number, right
from helpers.checks.kit import (
    Fact,
    expect_finding,
    expect_list,
    expect_number,
    expect_series,
    kind,
    listing,
    same_number,
    show,
)
from helpers.facts import SPRING
from helpers.story import ARTICLE_YEAR, lowest_since

__all__ = [
    "check_verdict_table",
    "check_piece",
    "check_typed_number",
    "check_rewrite",
    "check_correction_request",
    "check_writeup_files",
]

#: The notebook's definitions, said out loud there: spring is March-May (``helpers.facts.SPRING``), the
#: early 2000s FY2000-FY2004.
EARLY_2000S = range(2000, 2005)
#: Words that name the official source of the crossing figures.
SOURCES = ("customs and border protection", "cbp", "border patrol", "cbp.gov", "department of homeland security")
#: Words that overclaim: what the data cannot show (outside quotation marks).
OVERCLAIMS = re.compile(
    r"\bprov(?:e|es|ed|ing)\b|\bproof\b|does(?: not|n't) exist|\d[\d,.]*(?: million)? people (?:have )?crossed", re.I
)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")
#: Words that accuse or say more than a fact-check can: what the sources checked cannot show.
ACCUSING = re.compile(
    r"\bimpossible\b|\bwrong\b|\binvent(?:s|ed|ing)?\b|\bfabricat\w*|\bmade (?:it |them |this )?up\b|"
    r"\bli(?:e|es|ed|ar|ars|ying)\b|\bdishonest\b|\bmislead(?:s|ing)?\b|\bfake\b",
    re.I,
)
#: A number of people, migrants...: what apprehension counts are not (someone arrested twice counts twice).
_PEOPLE = r"(?:people|persons|migrants|immigrants|individuals|crossers)"
COUNTED_AS_PEOPLE = re.compile(rf"\d[\d,.]*(?: million)? {_PEOPLE}\b", re.I)
PEOPLE_CROSSED = re.compile(rf"\b{_PEOPLE}\b[^.;]{{0,40}}?\b(?:crossed|cross|entered|came)\b", re.I)
#: A denial just before a number: "not 396,579 people", "rather than about 396,579 migrants".
_DENIED_BEFORE = re.compile(
    r"\b(?:not|nor|never|rather than|instead of)\s+(?:(?:about|around|some|nearly|the)\s+)?$", re.I
)
_NEGATED = re.compile(r"\b(?:not|no|never|nor|cannot|can't|how many|rather than|instead of)\b", re.I)
#: Whose figures they are: a named source, or a phrase that attributes ("according to", "CBP said").
ATTRIBUTION = re.compile(
    r"according to|\b(?:said|says|say|reported|reports|published|publishes)\b|"
    r"\b(?:figures|data|statistics|numbers|tables?|counts?)\b (?:from|of|by|show|shows|showed|published)\b",
    re.I,
)


def overclaims(text: str) -> list[str]:
    """The overclaiming phrases in ``text``, leaving out what it quotes (a quoted claim is not the writer's)."""
    return [m.group(0) for m in OVERCLAIMS.finditer(_QUOTED.sub(" ", text))]


def accusations(text: str) -> list[str]:
    """The accusing or absolute words in ``text`` ("wrong", "invented", "impossible"), outside what it quotes."""
    return [m.group(0) for m in ACCUSING.finditer(_QUOTED.sub(" ", text))]


#: A number said to be how many crossed: "396,579 crossed", "about 396,579 illegal crossings", "crossings
#: reached 396,579". Up to two words between, none of them "apprehensions" or "arrests".
_BETWEEN = r"(?:(?!apprehen|arrest)[\w-]+\s+){0,2}?"
NUMBER_CROSSED = re.compile(
    rf"(?<![\w,.])(\d[\d,.]*(?: million)?)\s+{_BETWEEN}(?:have |had )?(?:crossed|crossings?|entered|entries)\b|"
    rf"\b(?:crossed|crossings|entered|entries)\b[\s:]+{_BETWEEN}(?:of |at |to |about |around )?(\d[\d,.]*)",
    re.I,
)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


def people_wording(text: str) -> str | None:
    """A phrase of ``text`` (outside quotations) that takes apprehensions for people, or None.

    "396,579 migrants", "so that many people crossed", "so about 396,579 crossed"; not "arrests, not
    people who crossed", "not how many crossed", "apprehensions, not 396,579 people"."""
    unquoted = _QUOTED.sub(" ", text)
    for counted in COUNTED_AS_PEOPLE.finditer(unquoted):
        # "..., not 396,579 people": a number of people denied is not one claimed
        if not _DENIED_BEFORE.search(unquoted[: counted.start()]):
            return counted.group(0)
    for clause in re.split(r"[.;]\s|[.;]$", unquoted):
        if _NEGATED.search(clause):
            continue
        crossed = PEOPLE_CROSSED.search(clause)
        if crossed:
            return crossed.group(0)
        for found in NUMBER_CROSSED.finditer(clause):
            number = found.group(1) or found.group(2)
            if not _A_YEAR.fullmatch(number.rstrip(".,")):
                return found.group(0)
    return None


def _says_too_much(text: str, *, overclaim, people, crossed=None) -> Feedback | None:
    """A hint for the first phrase of ``text`` that claims more than the figures show: an overclaiming or
    accusing word (``overclaim``), a number taken for how many crossed (``crossed``, else ``people``) or for
    people (``people``); each argument makes the check's own message from the phrase found. None if there is none."""
    found = overclaims(text) + accusations(text)
    if found:
        return hint(overclaim(found[0]))
    wording = people_wording(text)
    if wording and crossed and not re.search(_PEOPLE, wording, re.I):
        return hint(crossed(wording))
    if wording:
        return hint(people(wording))
    return None


def attributed(text: str) -> bool:
    """Whether ``text`` says whose figures it gives: a named source or an attributing phrase."""
    lower = _QUOTED.sub(" ", text).lower()
    return any(source in lower for source in SOURCES) or bool(ATTRIBUTION.search(lower))


#: A source's own figures: "CBP's figures", "Border Patrol statistics", "CBP data".
_SOURCE_FIGURES = re.compile(
    r"(?:customs and border protection|cbp|border patrol|homeland security)(?:'s|’s)?(?: \w+)?\s+"
    r"(?:figures|data|statistics|numbers|tables?|counts?|records)\b",
    re.I,
)


def attributed_to_source(text: str) -> bool:
    """Whether ``text`` (outside quotations) names the source *as the source*: "according to CBP", "CBP's
    figures", "CBP said", "figures from CBP"; not only "Border Patrol agents made ..." (who made the
    arrests, not whose count it is)."""
    lower = _QUOTED.sub(" ", text).lower()
    if not any(source in lower for source in SOURCES):
        return False
    return bool(
        re.search(r"according to|\b(?:said|says|reported|reports|published|publishes|show|shows|showed)\b", lower)
        or _SOURCE_FIGURES.search(lower)
        or re.search(r"\b(?:figures|data|statistics|numbers|tables?|counts?)\b (?:from|of|by)\b", lower)
    )


#: The files the export writes into output/writeup/.
PIECE_MD, PIECE_HTML = "fact-check.md", "fact-check.html"


# --------------------------------------------------------------------------- the numbers, from the data


def numbers() -> dict[str, object]:
    """The few numbers the piece rests on, computed as lesson 09 computes them."""
    yearly = data.load_apprehensions()
    apprehensions = yearly[yearly["measure"] == "apprehensions"].set_index("fiscal_year").loc[:ARTICLE_YEAR]
    swb = apprehensions["southwest_border"].dropna()
    low = int(swb.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR].idxmin())
    since = lowest_since(swb, low)
    monthly = data.load_monthly()
    spring = monthly[monthly["month_number"].isin(SPRING)].groupby("calendar_year")["swb_apprehensions"].sum()
    jan_sep = monthly[(monthly["calendar_year"] == ARTICLE_YEAR) & (monthly["month_number"] <= 9)]
    early = swb.loc[min(EARLY_2000S) : max(EARLY_2000S)]
    return {
        "swb": swb,
        "low": low,
        "since": since,
        "spring": spring.loc[:ARTICLE_YEAR],
        "jan_sep": int(jan_sep["swb_apprehensions"].sum()),
        "early": early,
        "lower_springs": int((spring.loc[: ARTICLE_YEAR - 1] < spring[ARTICLE_YEAR]).sum()),
    }


def evidence() -> dict[str, float]:
    """Every figure the fact-check, the request or a rewrite may state, each labelled, from the data."""
    n = numbers()
    swb, spring, low, since = n["swb"], n["spring"], n["low"], n["since"]
    found: dict[str, float] = {}
    for row in extract_figures(load_article().text).itertuples():
        if row.kind not in ("year", "date"):
            found[f"the article's {row.text!r}"] = float(row.value)
    for year in range(2000, ARTICLE_YEAR + 1):
        found[f"FY{year} southwest border apprehensions"] = float(swb[year])
        found[f"spring {year} southwest border apprehensions"] = float(spring[year])
    found[f"FY{low}: lowest since FY{since}, years"] = float(low - since)
    found[f"FY{since} southwest border apprehensions"] = float(swb[since])
    found[f"spring {ARTICLE_YEAR} / spring {ARTICLE_YEAR - 1}"] = float(spring[ARTICLE_YEAR]) / float(
        spring[ARTICLE_YEAR - 1]
    )
    found[f"FY{ARTICLE_YEAR} / FY{low}"] = float(swb[ARTICLE_YEAR]) / float(swb[low])
    found[f"FY{ARTICLE_YEAR} vs FY{low}, % higher"] = (float(swb[ARTICLE_YEAR]) / float(swb[low]) - 1) * 100
    found[f"FY2000 / FY{low}"] = float(swb[2000]) / float(swb[low])
    found[f"Jan-Sep {ARTICLE_YEAR} southwest border apprehensions"] = float(n["jan_sep"])
    found[f"springs since 2000 lower than spring {ARTICLE_YEAR}"] = float(n["lower_springs"])
    found["early 2000s years over a million"] = float((n["early"] > 1_000_000).sum())
    found["early 2000s years under a million"] = float((n["early"] <= 1_000_000).sum())
    story = data.load_story_figures()
    for row in story.itertuples():
        found[f"{row.subject}, {row.counts}, {row.date:%Y-%m-%d}, {row.who_said_it}"] = float(row.figure)
    pentagon = story[(story["subject"] == "National Guard") & (story["who_type"] == "US military")]
    first = pentagon["date"].min()
    article_day = story.loc[story["who_type"] == "the article", "date"].max()
    found["days from the Pentagon's Guard figures to the article"] = float((article_day - first).days)
    found["weeks from the Pentagon's Guard figures to the article"] = (article_day - first).days / 7
    fiscal_year_end = pd.Timestamp(ARTICLE_YEAR, 9, 30)  # fiscal years end on 30 September
    found[f"days from the end of FY{ARTICLE_YEAR} to the article"] = float((article_day - fiscal_year_end).days)
    # the figure extractor reads "25 October" as a figure (kind "date"): the article's day is evidence too
    found["the article's day of the month"] = float(article_day.day)
    return found


#: Words that say a figure counts troops (the story's National Guard and active-duty figures).
TROOP_WORDS = ("troops", "soldiers", "guard", "guardsmen", "military", "service members", "personnel", "active-duty")


def facts() -> list[Fact]:
    """The evidence as the check kit's facts: each yearly or seasonal figure needs its year beside it, and each
    troop figure the word troops (or soldiers, Guard...) and its status (expected, announced... or deployed)."""
    since = numbers()["since"]
    dated: dict[str, tuple] = {}
    for year in range(2000, ARTICLE_YEAR + 1):
        dated[f"FY{year} southwest border apprehensions"] = ((str(year),),)
        dated[f"spring {year} southwest border apprehensions"] = ((str(year),), ("spring", "march"))
    dated[f"FY{since} southwest border apprehensions"] = ((str(since),),)
    dated[f"Jan-Sep {ARTICLE_YEAR} southwest border apprehensions"] = ((str(ARTICLE_YEAR),), ("january", "jan"))
    # troop figures first, with their status: "800 troops were deployed" is the article's *expected* 800
    story = data.load_story_figures()
    troops = [
        Fact(
            f"{row.subject}, {row.counts}, {row.date:%Y-%m-%d}, {row.who_said_it}",
            float(row.figure),
            about=(TROOP_WORDS,),
            status="deployed" if "deployed" in row.counts else row.counts,
        )
        for row in story[story["subject"].isin(["National Guard", "active-duty troops"])].itertuples()
    ]
    return troops + [Fact(label, value, about=dated.get(label, ())) for label, value in evidence().items()]


def _years_named(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)]


def _clauses(text: str) -> list[str]:
    """``text`` cut where one statement ends and another begins (a sentence, ";", "but", "or", "while"),
    so that each number is judged with the year said next to it, not a year said elsewhere."""
    parts = re.split(r"(?<=[.!?])\s+|;|\n|\bbut\b|\bor\b|\bwhile\b|\bwhereas\b|\bthough\b", text)
    return [part for part in parts if part and part.strip()]


def check_figures(text: str, *, what: str = "the evidence") -> Feedback:
    """Every number of ``text`` is in the evidence, and each yearly figure is said with its own year.

    A figure that matches nothing gets a hint that prefers the figures of the year its clause names
    ("check the digits": 369,579 beside FY2018 is a slip of 396,579, not FY2012's 356,873)."""
    from helpers.checks.feedback import _unit

    known = facts()
    for clause in _clauses(text):
        figures = extract_figures(clause)
        counting_word = figures["text"].str.fullmatch(r"[^\d]+") & (figures["value"].astype(float) <= 10)
        figures = figures[~figures["kind"].isin(["year", "date"]) & ~counting_word]
        if figures.empty:
            continue
        for written, value in zip(figures["text"], figures["value"]):
            value = float(value)
            tolerance = _unit(written, value) / 2
            if any(abs(f.value - value) <= tolerance + 1e-9 for f in known):
                continue
            years = {str(y) for y in _years_named(clause)}
            same_year = [f for f in known if f.about and years & set(f.about[0])]
            if same_year:
                nearest = min(same_year, key=lambda f: abs(f.value - value))
                return hint(
                    f"I can't find {written!r} in {what}. Its sentence names {' and '.join(sorted(years))}: the figure "
                    f"there is {show(nearest.value)} ({nearest.label}). Check the digits, and insert the number "
                    "from its variable with an f-string rather than typing it."
                )
            return hint(
                f"I can't find {written!r} in {what}. Check the digits and say which year it is for; insert the "
                "number from its variable with an f-string rather than typing it."
            )
        checked = expect_finding(clause, known, what=what)
        if not checked.ok:
            return hint(
                checked.message
                + ' Put each number next to its own fiscal year: in the same clause, as in "FY2017 had ...".'
                if "does not say so" in checked.message
                else checked.message
            )
    return right(f"Every number matches {what}, each with its year.")


def expected_verdicts() -> list[str]:
    """The three verdicts, by lesson 03's rules: the spring claim on the numbers, the two 'people crossed' claims
    as 'cannot be checked' (arrests are not people)."""
    n = numbers()
    spring = "not supported" if n["lower_springs"] > 0 else "cannot be checked"
    return [spring, "cannot be checked", "cannot be checked"]


# --------------------------------------------------------------------------- type-along: the verdict table


def check_verdict_table(table: object) -> Feedback:
    """Type-along: ``fact_check``, three claims with their verdicts and evidence, in the article's order."""
    opening = kit.expect_kind(table, "table", name="fact_check", what="the verdict table")
    if opening:
        if isinstance(table, dict | list):
            return hint(opening.message + " Make the table of it with `pd.DataFrame(...)`.")
        return opening
    missing = [c for c in ("claim", "verdict", "evidence") if c not in table.columns]
    if missing:
        return hint(f"The table needs the columns claim, verdict and evidence; missing: {', '.join(missing)}.")
    expected = expected_verdicts()
    if len(table) != len(expected):
        return hint(f"The article makes {len(expected)} crossing claims; your table has {len(table)} rows.")
    claims = [str(claim) for claim in table["claim"]]
    texts = ("40-year", "300,000", "a million")
    for row, (text, claim) in enumerate(zip(texts, claims)):
        if text not in claim:
            if any(text in other for other in claims):
                return hint(
                    f"Row {row} should be the {text!r} claim: put the rows in the article's order, "
                    f"{', '.join(repr(t) for t in texts)}, so that each verdict stands beside its claim."
                )
            return hint(
                f"Row {row} should quote the article's sentence with {text!r} in its `claim` column "
                "(from the ledger, not retyped)."
            )
    # the vocabulary's words, whatever their case or spaces: "Not supported" is "not supported"
    verdicts = [" ".join(str(v).split()).casefold() for v in table["verdict"]]
    outside = sorted({v for v in verdicts if v not in VERDICTS})
    checked = kit.expect_list(
        verdicts,
        expected,
        name='fact_check["verdict"]',
        what="the three claims' verdicts, in the article's order",
        mistakes={
            f"{', '.join(map(repr, outside))} is not in the verdict vocabulary ({', '.join(VERDICTS)}).": lambda a: (
                bool(outside)
            ),
            "The two claims about how many *people crossed* cannot be checked with arrest counts, however "
            'close the numbers: apprehensions are events, not people. Their verdict is "cannot be checked".': lambda a: (
                a[1:] != expected[1:]
            ),
            "Spring 2018 was higher than earlier springs (`lower_springs` is not empty), so it cannot have "
            'been a 40-year low: the spring claim is "not supported".': lambda a: a[0] != expected[0],
        },
    )
    if not checked.ok:
        return checked
    for text, row in zip(texts, table.itertuples()):
        found = extract_figures(str(row.evidence))
        if found[found["kind"] != "year"].empty:
            return hint(
                f"The evidence of the {text!r} claim ({str(row.evidence)!r}) gives no number: the evidence is what "
                "the data show, so write it with the figures, inserted in an f-string (for example "
                '`f"FY{article_year}: {swb[article_year]:,} arrests; arrests are not people"`).'
            )
    return right(
        "Three claims, each with its verdict from the fixed vocabulary and its evidence: lesson 03's "
        "verdict table, rebuilt from the data."
    )


# --------------------------------------------------------------------------- type-along: the piece


SECTIONS = ("claim", "verdict", "evidence", "cannot say")
#: How a section may be named, where its label can be written more than one way.
SECTION_WORDS = {"cannot say": r"(?:cannot|can't|can not|can’t) say"}


def _expect_text(value: object, name: str, what: str, *, join: bool = False) -> Feedback | None:
    """The opening of a check on a text the student wrote: still ``...`` (the cells start as ``"..."``),
    or not text; with ``join``, a list of parts gets "join them"."""
    if isinstance(value, str) and value.strip() in {"", "..."}:
        return hint(NOT_ANSWERED)
    if join and isinstance(value, list | tuple):
        return hint(
            f"`{name}` should be {what}, as text (a str); it is {kind(value)} of parts. Join the parts with "
            '`"\\n\\n".join(...)`.'
        )
    return kit.expect_kind(value, "text", name=name, what=what)


def check_piece(piece: object) -> Feedback:
    """Type-along: ``piece``, the fact-check in Markdown: about 300 words, four parts, every number from the data."""
    opening = _expect_text(piece, "piece", "the fact-check in Markdown", join=True)
    if opening:
        return opening
    lower = piece.lower()
    missing = [s for s in SECTIONS if not re.search(SECTION_WORDS.get(s, re.escape(s)), lower)]
    if missing:
        return hint(
            f"A fact-check desk's format has four parts: the claim, the verdict, the evidence and what the "
            f"data cannot say. Yours lacks: {', '.join(missing)}."
        )
    words = len(piece.split())
    if not 200 <= words <= 450:
        return hint(f"Your piece has {words} words; aim for about 300 (between 200 and 450).")
    if not piece.lstrip().startswith("# "):
        first = piece.strip().splitlines()[0][:60] if piece.strip() else ""
        return hint(
            f"`piece` should start with its headline as a Markdown heading, `# ` then the title (it starts "
            f'{first!r}): put `f"# {{title}}"` first in the list you join, so the headline shows as a heading.'
        )
    overclaim = overclaims(piece)
    if overclaim:
        return hint(
            f"The piece says {overclaim[0]!r}: the data cannot show that. Write what the figures count "
            "(arrests, apprehensions) and where the sources stop."
        )
    if len([part for part in re.split(r"\n\s*\n", piece) if part.strip()]) < 5:
        return hint(
            'Join the heading and the four parts with a blank line, `"\\n\\n".join([...])`: in Markdown and '
            'HTML a single `"\\n"` does not start a new paragraph, so the parts would run into one.'
        )
    checked = check_figures(piece)
    if not checked.ok:
        return checked
    return right(
        f"{words} words in four parts, and every number in it matches the evidence: it was inserted "
        "from the data, not typed."
    )


# --------------------------------------------------------------------------- exercise 1: the typed number


def _transposed(number: int) -> int:
    """The number with its last two digits swapped: the commonest typing slip (303,916 -> 303,961)."""
    text = str(number)
    return int(text[:-2] + text[-1] + text[-2])


def draft_paragraph() -> str:
    """A colleague's draft: every number from the data but one, which was typed (and slipped)."""
    n = numbers()
    swb, spring, low, since = n["swb"], n["spring"], n["low"], n["since"]
    return (
        f"Border Patrol agents made {_transposed(int(swb[low])):,} apprehensions at the southwest border in "
        f"FY{low}, the fewest since FY{since}. In the spring of {ARTICLE_YEAR} (March to May) they made "
        f"{int(spring[ARTICLE_YEAR]):,}, about {float(spring[ARTICLE_YEAR]) / float(spring[ARTICLE_YEAR - 1]):.1f} "
        f"times as many as a year earlier, and FY{ARTICLE_YEAR} ended with {int(swb[ARTICLE_YEAR]):,}."
    )


def check_typed_number(answer: object) -> Feedback:
    """Exercise 1: the one figure of ``draft_paragraph()`` that matches no evidence, as a number."""
    if isinstance(answer, str):
        return not_a_number(answer)  # the course's one policy for a number typed as text: "drop the commas"
    n = numbers()
    data_says = int(n["swb"][n["low"]])
    typed = _transposed(data_says)
    figures = extract_figures(draft_paragraph())
    matching = {float(v) for v in figures.loc[~figures["kind"].isin(["year", "date"]), "value"]} - {float(typed)}
    return expect_number(
        answer,
        typed,
        name="answer",
        what="the draft's typed figure",
        mistakes={
            "That is the right figure, from the data. The question asks for the figure the draft *typed*: "
            "the one in the paragraph that the check could not find.": data_says,
            "That figure of the draft matches the evidence. Run the check on the draft and read which figure it "
            "names.": lambda a: float(a) in matching,
            "Run `checks.check_draft(draft, evidence)` on the draft: it names the figure it cannot find. Give that "
            "figure as a number.": lambda a: True,
        },
        success=f"{typed:,} is the typed figure: the data say {data_says:,}, two digits swapped. "
        "A number inserted with an f-string cannot slip like that.",
    )


# --------------------------------------------------------------------------- exercise 2: the overclaiming sentence


def overclaiming_sentence() -> str:
    """The sentence to rewrite: right number, wrong claim (people, proof)."""
    swb = numbers()["swb"]
    return (
        f"Official figures prove that {int(swb[ARTICLE_YEAR]):,} people crossed the southwest border illegally "
        f"in FY{ARTICLE_YEAR}."
    )


def check_rewrite(sentence: object) -> Feedback:
    """Exercise 2 (open-ended): the overclaiming sentence rewritten: arrests, attributed, no proof, numbers right."""
    if not isinstance(sentence, str) or sentence.strip() in {"", "..."}:
        return expect_finding(sentence, ())  # the kit's opening for a finding: "write it between the quotes"
    lower = sentence.lower()
    problem = _says_too_much(
        sentence,
        overclaim=lambda found: (
            f"Your sentence still says {found!r}. Apprehensions are arrest events: they neither prove "
            "nor count how many people crossed."
        ),
        crossed=lambda found: (
            f"Your sentence says {found!r}: that is how many crossed, which arrest counts cannot say. The number "
            "counts apprehensions (arrests): someone caught twice counts twice, and those never caught are not "
            'counted. Say only what was counted, or say it is *not* how many crossed ("..., not how many crossed").'
        ),
        people=lambda found: (
            f"Your sentence says {found!r}: apprehensions count arrest events, not people (someone caught twice "
            'counts twice, and those never caught are not counted). Write "... apprehensions" or "... arrests".'
        ),
    )
    if problem:
        return problem
    if not re.search(r"apprehen|arrest", lower):
        return hint("Say what the figure counts: apprehensions (arrests), not people.")
    if not attributed(sentence):
        return hint(
            'Attribute the figure: whose count is it? ("according to US Customs and Border Protection", '
            '"CBP figures show ...", "Border Patrol agents made ...").'
        )
    checked = check_figures(sentence)
    if not checked.ok:
        return checked
    bare = _fiscal_year_unsaid(sentence)
    if bare:
        return hint(
            f"{bare!r} is a fiscal-year figure, but its clause gives the year without saying it is a fiscal year. "
            f"CBP's yearly figures run October to September: write the year as FY{ARTICLE_YEAR} (or \"fiscal year "
            f'{ARTICLE_YEAR}"), beside its number, so a reader does not take it for the calendar year.'
        )
    if not re.search(
        r"south[- ]?west(?:ern)? border|southern border|u\.?s\.?[- ]mexic|mexican border|mexico border|border with mexico",
        lower,
    ):
        return hint(
            "Say where: the figure counts apprehensions at the *southwest border* (the US-Mexico border), not "
            'the whole country. Add "at the southwest border".'
        )
    return right(
        "Arrests, attributed, and every number with its fiscal year. Now compare your wording with the worked "
        "solution: does it say what is counted, by whom, where and when, and nothing more?"
    )


def _fiscal_year_unsaid(text: str) -> str | None:
    """A figure of ``text`` that is a fiscal year's count, in a clause that never writes "FY" or "fiscal year"."""
    from helpers.checks.feedback import _unit

    swb = numbers()["swb"]
    yearly = [float(swb[year]) for year in range(2000, ARTICLE_YEAR + 1)]
    for clause in _clauses(text):
        if re.search(r"\bFY\s?(?:19|20)\d\d|fiscal year", clause, re.I):
            continue
        figures = extract_figures(clause)
        figures = figures[~figures["kind"].isin(["year", "date"])]
        for written, value in zip(figures["text"], figures["value"]):
            value = float(value)
            if any(abs(v - value) <= _unit(written, value) / 2 + 1e-9 for v in yearly):
                return written
    return None


# --------------------------------------------------------------------------- exercise 3: the correction request


def claim_sentences() -> list[str]:
    """The article's two sentences with crossing claims, as the ledger holds them."""
    figures = extract_figures(load_article().text)
    wanted = figures[figures["text"].isin(["40-year", "300,000", "a million"])]
    return list(dict.fromkeys(wanted["sentence"]))


def _quotes_part_of_a_claim(text: str) -> bool:
    quoted = re.findall(r"[\"“]([^\"”]{20,})[\"”]", text)
    return any(
        len(part.split()) >= 4 and any(part.strip().rstrip(".").lower() in s.lower() for s in claim_sentences())
        for part in quoted
    )


def check_correction_request(request: object) -> Feedback:
    """Exercise 3: one polite paragraph that quotes the article's sentence, states the problem and names a source."""
    if not isinstance(request, str) or request.strip() in {"", "..."}:
        return expect_finding(request, ())  # the kit's opening for a finding: "write it between the quotes"
    if re.search(r"\n\s*\n", request.strip()):
        return hint(
            "Keep the request to one paragraph: an editor should see the sentence, the problem and the "
            "source at a glance."
        )
    sentence = claim_sentences()[1]
    if sentence.strip() not in request:
        partly = _quotes_part_of_a_claim(request)
        return hint(
            ("You quote part of the sentence, or retype it. " if partly else "")
            + "Quote the whole sentence exactly, in quotation marks, inserted from `sentence_of['300,000']` "
            "with an f-string (not retyped), so the editor can find it and see the exact words."
        )
    lower = request.lower()
    if not any(source in lower for source in SOURCES):
        return hint(
            "Name the source the editor can check: US Customs and Border Protection's (CBP) Border Patrol "
            "statistics, with the table or its web address."
        )
    problem = _says_too_much(
        request,
        overclaim=lambda found: (
            f"The request says {found!r}: a correction request accuses no one and claims no more than the "
            "figures show (the reporter may have had a source you did not find). State what the official figures "
            "count and show, and ask."
        ),
        people=lambda found: (
            f"The request says {found!r}: the official figures count apprehensions (arrest events), not people. "
            'Write "... apprehensions" or "... arrests", as the worked example does.'
        ),
    )
    if problem:
        return problem
    if not re.search(r"apprehen|arrest", lower):
        return hint("Say what the official figures count: apprehensions (arrests), not people who crossed.")
    if not re.search(r"\b(please|thank|grateful|would you|could you|kindly|appreciate)", lower):
        return hint(
            'Make it a request: a polite word ("please", "would you consider", "thank you") helps an editor act on it.'
        )
    checked = check_figures(request)
    if not checked.ok:
        return checked
    return right(
        "One paragraph that quotes the sentence, names the source and states its numbers from the data, each "
        "with its year. Compare its tone with the worked example: specific, polite, no accusation."
    )


# --------------------------------------------------------------------------- type-along: the export


def check_writeup_files(folder: object) -> Feedback:
    """Type-along: output/writeup/ holds the piece as Markdown and HTML, with the chart's PNG beside them."""
    opening = kit.expect_kind(folder, "path", name="writeup_folder", what="the folder the piece was written into")
    if opening:
        return opening
    folder = Path(folder)
    md, html = folder / PIECE_MD, folder / PIECE_HTML
    if not md.is_file():
        return hint(f"There is no {PIECE_MD} in {paths.relative(folder)} yet. Run the cell that writes it.")
    text = md.read_text(encoding="utf-8")
    checked = kit.expect_file(
        md, name=PIECE_MD, folder=folder, suffix=".md", content=lambda _: _markdown_problem(folder, text)
    )
    if not checked.ok:
        return checked
    if not html.is_file():
        return hint(f"There is no {PIECE_HTML} yet. Turn the Markdown into HTML and write it beside it.")
    checked = kit.expect_file(
        html,
        name=PIECE_HTML,
        folder=folder,
        suffix=".html",
        content=lambda path: _page_problem(path.read_text(encoding="utf-8"), text),
    )
    if not checked.ok:
        return checked
    target = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", text)[0][1]
    return right(
        f"{paths.relative(md)}, {PIECE_HTML} and {target} side by side: ready to paste into a CMS or a Google Doc."
    )


def _markdown_problem(folder: Path, text: str) -> str | None:
    """What the Markdown of the piece lacks for its chart: the image, beside it, with alt text and a source line."""
    images = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", text)
    if not images:
        return "The Markdown has no chart: add it as `![alt_text](file name)`."
    alt, target = images[0]
    if "/" in target or "\\" in target or not (folder / target).is_file():
        return (
            f"The chart {target!r} should sit beside the Markdown, in the same folder: copy the PNG into the folder "
            "(`shutil.copy`) and link it by its file name only (`.name`)."
        )
    if len(alt.split()) < 8:
        return "The image's alt text is too short to describe the chart: use `alt_text`, which `describe` wrote."
    if "source:" not in text.lower():
        return 'A published chart carries a source line: add `credit` ("Source: ...") under the chart.'
    return None


def _page_problem(page: str, markdown: str) -> str | None:
    """What a complete HTML page lacks (doctype, charset, a title from the headline), or None."""
    import html as html_lib

    wrap = (
        "`mistune.html` gives only the body's fragment: wrap it in a page, "
        '`f\'<!doctype html>\\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
        "\\n<body>\\n{body}</body></html>\\n'`."
    )
    if "<img" not in page:
        return f"{PIECE_HTML} has no <img>: make it from the same Markdown, image included."
    if not re.match(r"\s*<!doctype html>", page, re.I):
        return f"{PIECE_HTML} does not start with `<!doctype html>`, so a browser may not read it as a page. {wrap}"
    if not re.search(r"<meta\s+charset=[\"']?utf-8[\"']?\s*/?>", page, re.I):
        return (
            f'{PIECE_HTML} has no `<meta charset="utf-8">` in its head: without it a browser may garble the '
            f"quotation marks and dashes. {wrap}"
        )
    found = re.search(r"<title>(.*?)</title>", page, re.I | re.S)
    if not found or not found.group(1).strip():
        return f"{PIECE_HTML} has no <title> (the name in the browser tab and in search results). {wrap}"
    heading = re.search(r"^#\s+(.+)$", markdown, re.M)
    shown = " ".join(html_lib.unescape(found.group(1)).split())
    if heading and " ".join(heading.group(1).split()) not in shown:
        return (
            f"The page's <title> is {shown!r}; it should be the piece's headline, `title` ({heading.group(1).strip()!r}), "
            "so the browser tab and search results show it."
        )
    return None


# --------------------------------------------------------------------------- type-along: each step of the lesson
# These judge the lesson's typed cells with the check kit (values, not representation). Expected values
# come from ``numbers()`` and ``evidence()``, computed from the course's files, never typed in.

__all__ += [
    "check_yearly_swb",
    "check_yearly_low",
    "check_spring",
    "check_jan_sep",
    "check_springs_and_years",
    "check_claim_parts",
    "check_evidence_text",
    "check_limits_and_piece",
    "check_evidence",
    "check_and_show_piece",
    "check_draft",
    "check_flag",
    "check_writeup_chart",
    "check_markdown_file",
]


def _spring_by_year(months=SPRING, how: str = "sum") -> pd.Series:
    monthly = data.load_monthly()
    rows = monthly[monthly["month_number"].isin(months)]
    return rows.groupby("calendar_year")["swb_apprehensions"].agg(how)


def check_yearly_swb(swb: object) -> Feedback:
    """Type-along: ``swb``, southwest border apprehensions by fiscal year up to the article's year."""
    expected = numbers()["swb"]
    yearly = data.load_apprehensions()
    return expect_series(
        swb,
        expected,
        name="swb",
        what=f"southwest border apprehensions by fiscal year, FY{expected.index.min()}-FY{ARTICLE_YEAR}",
        mistakes={
            f"`swb` goes past FY{ARTICLE_YEAR}: keep the years up to `article_year` (`.loc[:article_year, ...]`); "
            "the article could not know later years.": lambda a: max(a.index) > ARTICLE_YEAR,
            "`swb` has blanks (NaN): the years before the southwest border was counted. Drop them with "
            "`.dropna()`.": lambda a: a.isna().any(),
            "`swb` holds the *nationwide* column: take `southwest_border`.": lambda a: _values_match(
                a, yearly[yearly["measure"] == "apprehensions"].set_index("fiscal_year")["nationwide"]
            ),
            '`swb` is labelled 0, 1, 2...: make `fiscal_year` the row label with `.set_index("fiscal_year")` '
            "before picking the column, so that `swb[2017]` is FY2017.": lambda a: 0 in set(a.index),
            f"`swb` stops before FY{ARTICLE_YEAR}: keep the years up to and including `article_year` "
            "(`.loc[:article_year, ...]` includes its end).": lambda a: max(a.index) < ARTICLE_YEAR,
        },
        success=f"{len(expected)} fiscal years of southwest border apprehensions, up to FY{ARTICLE_YEAR}.",
    )


def _values_match(answer: pd.Series, other: pd.Series) -> bool:
    other = other.reindex(answer.index)
    return bool(other.notna().all() and (answer.astype(float) == other.astype(float)).all())


def check_yearly_low(low: object, since: object) -> Feedback:
    """Type-along: ``low``, the fiscal year of the fewest apprehensions in the ten years to the article's year,
    and ``since``, the latest earlier year with fewer."""
    n = numbers()
    swb = n["swb"]
    checked = expect_number(
        low,
        n["low"],
        name="low",
        what=f"the fiscal year with the fewest apprehensions in FY{ARTICLE_YEAR - 9}-FY{ARTICLE_YEAR}",
        mistakes={
            "That is the number of apprehensions, not the year: `.idxmin()` gives the year (the label), "
            "where `.min()` gives the count.": float(swb[n["low"]]),
            "That is the lowest year of all, not of the ten years to `article_year`: take "
            "`swb.loc[article_year - 9:article_year]` first.": float(swb.idxmin()),
            "That is the *highest* of the ten years: use `.idxmin()` for the lowest.": float(
                swb.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR].idxmax()
            ),
        },
    )
    if not checked.ok:
        return checked
    earlier = swb[(swb.index < n["low"]) & (swb < swb[n["low"]])]
    return expect_number(
        since,
        n["since"],
        name="since",
        what=f"the latest fiscal year before FY{n['low']} with fewer apprehensions",
        mistakes={
            "That is the *earliest* year with fewer apprehensions: take the most recent one, `.index.max()`.": float(
                earlier.index.min()
            ),
            "That is the number of apprehensions of that year, not the year: take the label (`.index.max()`).": float(
                swb[n["since"]]
            ),
            "`since` is `low` itself: keep only the years *before* `low` (`swb.index < low`).": float(n["low"]),
        },
        success=f"FY{n['low']}: {int(swb[n['low']]):,} apprehensions, the fewest since FY{n['since']}.",
    )


def check_spring(spring: object) -> Feedback:
    """Type-along: ``spring``, southwest border apprehensions of March-May, by calendar year."""
    expected = _spring_by_year()
    return expect_series(
        spring,
        expected,
        name="spring",
        what="each calendar year's March-May southwest border apprehensions",
        mistakes={
            "Those are averages: add the three months up with `.sum()`.": lambda a: _values_match(
                a, _spring_by_year(how="mean")
            ),
            'Those are whole years: keep only the SPRING months first (`monthly["month_number"].isin(SPRING)`).': lambda a: (
                _values_match(a, _spring_by_year(range(1, 13)))
            ),
        },
        success=f"Spring {ARTICLE_YEAR}: {int(expected[ARTICLE_YEAR]):,} southwest border apprehensions.",
    )


def check_jan_sep(jan_sep: object) -> Feedback:
    """Type-along: ``jan_sep``, southwest border apprehensions of January-September of the article's year."""
    n = numbers()
    monthly = data.load_monthly()
    year = monthly[monthly["calendar_year"] == ARTICLE_YEAR]
    return expect_number(
        jan_sep,
        n["jan_sep"],
        name="jan_sep",
        what=f"the southwest border apprehensions of January-September {ARTICLE_YEAR}",
        mistakes={
            f"That is the whole calendar year {ARTICLE_YEAR}: keep the months up to 9 (September), "
            "`month_number <= 9`.": float(year["swb_apprehensions"].sum()),
            f"That is FY{ARTICLE_YEAR} (October to September): keep calendar year {ARTICLE_YEAR}, January "
            "to September.": float(n["swb"][ARTICLE_YEAR]),
            "That stops in August: keep September too (`<= 9`, not `< 9`).": float(
                year.loc[year["month_number"] < 9, "swb_apprehensions"].sum()
            ),
        },
        success=f"January-September {ARTICLE_YEAR}: {n['jan_sep']:,} apprehensions.",
    )


def check_springs_and_years(lower_springs: object, over: object, lower_years: object = None) -> Feedback:
    """Type-along: ``lower_springs``, how many springs before the article's were lower, ``over``, the
    early-2000s fiscal years with more than a million apprehensions, and (if given) ``lower_years``, the
    years of those lower springs."""
    n = numbers()
    spring = _spring_by_year()
    earlier = spring.loc[: ARTICLE_YEAR - 1]
    if isinstance(lower_springs, pd.Series | pd.DataFrame):
        return hint(
            "`lower_springs` is a Series: in lesson 03 it held the lower springs themselves; here it is *how many* "
            "there are, one whole number. Count the True values of the comparison with `int((...).sum())`, or "
            "take `len(...)` of the lower springs."
        )
    checked = expect_number(
        lower_springs,
        n["lower_springs"],
        name="lower_springs",
        what=f"how many springs before {ARTICLE_YEAR} had fewer apprehensions than spring {ARTICLE_YEAR}",
        mistakes={
            "That counts the springs with *more* apprehensions: count those lower (`<`).": float(
                (earlier > spring[ARTICLE_YEAR]).sum()
            ),
            "That counts every spring: compare each with `spring[article_year]` and count the True values "
            "(`.sum()`).": float(len(earlier)),
        },
    )
    if not checked.ok:
        return checked
    lower = [int(y) for y in earlier.index[earlier < spring[ARTICLE_YEAR]]]
    if lower_years is not None:
        if isinstance(lower_years, pd.Series) and same_values_list(lower_years, earlier[lower]):
            return hint(
                "`lower_years` is a Series of the lower springs' apprehensions: the years are its labels. Keep "
                "them, as a list: `list(...index)` of that Series."
            )
        checked = expect_list(
            lower_years,
            lower,
            name="lower_years",
            what=f"the years before {ARTICLE_YEAR} whose spring had fewer apprehensions than spring {ARTICLE_YEAR}",
            mistakes={
                "Those are the springs with *more* apprehensions: keep those lower (`<`).": [
                    int(y) for y in earlier.index[earlier > spring[ARTICLE_YEAR]]
                ],
                "Those are the numbers of apprehensions; list the *years* (the index, not the values).": [
                    int(earlier[y]) for y in lower
                ],
            },
        )
        if not checked.ok:
            return checked
    early = n["early"]
    expected = [int(y) for y in early.index[early > 1_000_000]]
    if isinstance(over, pd.Series) and len(over) == len(expected) and same_values_list(over, early[expected]):
        return hint(
            "`over` is a Series of the apprehensions themselves: its values are the counts, and the years are its "
            "labels. Keep the labels, as a list: `list(...index)` of that Series, or loop over EARLY_2000S and "
            "keep each `year` whose `swb[year]` is over the million."
        )
    return expect_list(
        over,
        expected,
        name="over",
        what="the early-2000s fiscal years with over a million apprehensions",
        mistakes={
            "Those are the years *under* a million: keep those over it (`>`).": [
                int(y) for y in early.index[early <= 1_000_000]
            ],
            f"`over` has years outside the early 2000s, FY{min(EARLY_2000S)}-FY{max(EARLY_2000S)}: loop over "
            f"`EARLY_2000S`, which is `range({min(EARLY_2000S)}, {max(EARLY_2000S) + 1})` (a range leaves out its "
            "end).": lambda a: all(1900 < float(y) < 2100 for y in a) and any(int(y) not in EARLY_2000S for y in a),
            "Those are the numbers of apprehensions; list the *years* (`year`, not `swb[year]`).": [
                int(early[y]) for y in expected
            ],
        },
        success=(
            f"{len(lower)} earlier springs were lower than spring {ARTICLE_YEAR}: {lower}. "
            if lower_years is not None
            else ""
        )
        + f"{len(expected)} of the {len(early)} early-2000s years topped a million: {expected}.",
    )


def check_claim_parts(title: object, claim_text: object, verdict_text: object) -> Feedback:
    """Type-along: the headline, the claim (the article's two sentences quoted) and the verdicts."""
    for value, name, what in (
        (title, "title", "the headline"),
        (claim_text, "claim_text", "the claim part of the piece"),
        (verdict_text, "verdict_text", "the verdict part of the piece"),
    ):
        problem = _expect_text(value, name, what)
        if problem:
            return problem
    if not any(v in title.lower() for v in VERDICTS):
        return hint(
            "The headline should state the finding and name the verdict, in the vocabulary's words "
            f"({', '.join(VERDICTS)}): for example, no 40-year low this spring, and how many crossed cannot be checked."
        )
    for sentence in claim_sentences():
        if sentence.strip() not in claim_text:
            return hint(
                f"`claim_text` should quote the article's sentence {sentence!r} exactly: insert it from "
                "`sentence_of`, not retyped."
            )
    for text, name, label in (
        (claim_text, "claim_text", "**The claim.**"),
        (verdict_text, "verdict_text", "**The verdict.**"),
    ):
        if label.strip("*.").split()[-1] not in _QUOTED.sub(" ", text).lower():
            return hint(
                f"Start `{name}` with its label, {label!r}: the piece's four parts are the claim, the verdict, the "
                "evidence and what the data cannot say, each named so a reader can follow."
            )
    unquoted = _QUOTED.sub(" ", claim_text)
    if not _says_when(unquoted):
        return hint(
            "`claim_text` should say when the claim was made: the article's date, inserted with "
            "`{article_day:%d %B %Y}` (25 October 2018 style) in the f-string."
        )
    if not re.search(
        r"\bno (?:source|sources)\b|named no\b|(?:not|n't|never) (?:name|cite|give|say|attribute)\w*|without (?:a |any )?"
        r"source|unsourced|no source was|did not say where",
        unquoted,
        re.I,
    ):
        return hint(
            '`claim_text` should also say that the article named no source for these sentences ("It named no '
            'source for either sentence."): a reader needs to know there was nothing to check them against.'
        )
    outside = _verdicts_outside_vocabulary(title) + _verdicts_outside_vocabulary(verdict_text)
    if outside:
        return hint(
            f"{outside[0]!r} is not in the verdict vocabulary: the piece uses lesson 03's four words only "
            f"({', '.join(repr(v) for v in VERDICTS)}), so that a reader can compare fact-checks. Take the verdicts "
            "from `fact_check`."
        )
    missing = [v for v in dict.fromkeys(expected_verdicts()) if v not in verdict_text.lower()]
    if missing:
        return hint(f"`verdict_text` should give each verdict from `fact_check`; it lacks {missing[0]!r}.")
    mismatch = _verdict_per_claim(verdict_text)
    if mismatch:
        return hint(mismatch)
    overclaim = overclaims(title + " " + verdict_text)
    if overclaim:
        return hint(f"{overclaim[0]!r} says more than the data can: say what the figures count.")
    checked = check_figures(f"{title}\n{claim_text}\n{verdict_text}")
    if not checked.ok:
        return checked
    return right(
        "The headline names a verdict, the claim quotes the article with its date and says it named no source, "
        "the verdicts come from the table."
    )


#: Verdict words of other desks, or plain judgements, that are not lesson 03's vocabulary.
_OTHER_VERDICTS = re.compile(
    r"\b(?:false|true|mostly true|half[- ]true|misleading|unsupported|unproven|unverifiable|uncheckable|"
    r"incorrect|inaccurate|debunked|disproven|can't be checked|could not be checked|cannot be verified)\b",
    re.I,
)
_VERDICT_WORDS = re.compile(r"partly supported|not supported|cannot be checked|supported", re.I)
#: How a clause names each claim: its figure, or its subject ("spring" for the low, "people" for both crossings).
_CLAIM_NAMES = {
    "40-year": r"40[- ]?year|forty|\bspring\b",
    "300,000": r"300,?000|\bthis year\b",
    "a million": r"\bmillion\b|early 2000s|early-2000s",
}


def _verdicts_outside_vocabulary(text: str) -> list[str]:
    return [m.group(0) for m in _OTHER_VERDICTS.finditer(_QUOTED.sub(" ", text))]


def _verdict_per_claim(verdict_text: str) -> str | None:
    """A hint when a claim of ``verdict_text`` is given a verdict other than ``fact_check``'s, or none.

    Each clause (a sentence, or a part cut by ";") is read on its own: a claim named in it gets the
    verdict word of that clause nearest to where the claim is named."""
    expected = dict(zip(_CLAIM_NAMES, expected_verdicts()))
    given: dict[str, set[str]] = {claim: set() for claim in expected}
    for clause in re.split(r"(?<=[.!?])\s+|;|\n", verdict_text):
        verdicts = [(m.start(), m.end(), m.group(0).lower()) for m in _VERDICT_WORDS.finditer(clause)]
        if not verdicts:
            continue
        named = [
            (claim, m.start(), m.end())
            for claim, pattern in _CLAIM_NAMES.items()
            for m in re.finditer(pattern, clause, re.I)
        ]
        if not any(claim != "40-year" for claim, _, _ in named):
            named += [
                (claim, m.start(), m.end())
                for claim in ("300,000", "a million")
                for m in re.finditer(r"\bpeople\b|\bcross(?:ed|ing|ings)\b", clause, re.I)
            ]
        for claim, start, end in named:
            nearest = min(verdicts, key=lambda v: max(v[0] - end, start - v[1], 0))
            given[claim].add(nearest[2])
    for claim, verdict in expected.items():
        others = sorted(given[claim] - {verdict})
        if others:
            return (
                f"`verdict_text` gives the {claim!r} claim the verdict {others[0]!r}, but `fact_check` says "
                f"{verdict!r}. Insert each claim's verdict from its row of `fact_check` (for example "
                f'`fact_check.at[0, "verdict"]`), in the sentence that names the claim.'
            )
        if not given[claim]:
            return (
                f"`verdict_text` should name each claim beside its verdict, in the same sentence: I can't find the "
                f'{claim!r} claim with a verdict (name it by its figure, as in \'The "{claim}" claim: '
                f"{verdict}.')."
            )
    return None


def _says_when(text: str) -> bool:
    """Whether ``text`` gives the article's date: "25 October 2018", "October 25, 2018", "2018-10-25", "25 Oct"."""
    day = _article_day()
    month = f"{day:%B}".lower()
    lower = text.lower()
    return bool(
        f"{day:%Y-%m-%d}" in lower
        or re.search(rf"\b{day.day}(?:st|nd|rd|th)?\s+(?:of\s+)?{month[:3]}", lower)
        or re.search(rf"\b{month[:3]}\w*\.?\s+{day.day}\b", lower)
    )


def _article_day() -> pd.Timestamp:
    story = data.load_story_figures()
    return story.loc[story["who_type"] == "the article", "date"].max()


def check_evidence_text(evidence_text: object) -> Feedback:
    """Type-along: ``evidence_text``, the evidence: attributed, in apprehensions, every number from the data
    and said with its own fiscal year."""
    problem = _expect_text(evidence_text, "evidence_text", "the evidence part of the piece")
    if problem:
        return problem
    lower = evidence_text.lower()
    if "evidence" not in _QUOTED.sub(" ", lower):
        return hint(
            "Start `evidence_text` with its label, '**The evidence.**', as the claim and the verdict have theirs."
        )
    if not attributed_to_source(evidence_text):
        return hint(
            "Attribute the figures: say whose they are, not only who made the arrests. Start with "
            '"According to US Customs and Border Protection (CBP), ..." (or "CBP\'s figures show ...").'
        )
    if not re.search(r"apprehen|arrest", lower):
        return hint("Say what the figures count: apprehensions (arrests), not people.")
    problem = _says_too_much(
        evidence_text,
        overclaim=lambda found: (
            f"The evidence says {found!r}: the data cannot show that. Say what the figures count "
            "(apprehensions, which are arrests) and what they show, and no more."
        ),
        people=lambda found: (
            f"The evidence says {found!r}: the figures count apprehensions (arrest events), not people. "
            'Write "... apprehensions".'
        ),
    )
    if problem:
        return problem
    n = numbers()
    wanted = {
        f"spring {ARTICLE_YEAR}": int(n["spring"][ARTICLE_YEAR]),
        f"FY{n['low']}": int(n["swb"][n["low"]]),
        f"January to September {ARTICLE_YEAR}": n["jan_sep"],
        f"FY{ARTICLE_YEAR}": int(n["swb"][ARTICLE_YEAR]),
    }
    for what, value in wanted.items():
        if f"{value:,}" not in evidence_text:
            return hint(f"The evidence should give {what} ({value:,}), inserted with `{{...:,}}` in an f-string.")
    return check_figures(evidence_text)


def check_limits_and_piece(limits_text: object, piece: object) -> Feedback:
    """Type-along: ``limits_text``, what the data cannot say, hedged as the lesson teaches; then ``piece``."""
    problem = _expect_text(limits_text, "limits_text", "what the data cannot say, the last part of the piece")
    if problem:
        return problem
    strong = accusations(limits_text) + overclaims(limits_text)
    if strong:
        return hint(
            f"`limits_text` says {strong[0]!r}: that claims more than the sources can show. Say where the sources "
            "stop, not what the world holds: arrest counts cannot say how many people crossed, and the estimates "
            "of how many did are *not found in the sources checked*."
        )
    if not re.search(
        r"sources? (?:we |I )?checked|not found|neither (?:be )?confirmed nor|could not (?:be )?(?:confirm|verif|check|find)"
        r"|cannot (?:be )?(?:confirm|verif|check)|can't (?:be )?(?:confirm|verif|check)|not (?:be )?(?:confirmed|verified)",
        limits_text,
        re.I,
    ):
        return hint(
            'Hedge where the sources stop, in the lesson\'s words: "not found in the sources checked". The Department '
            "of Homeland Security's model-based estimates of successful unlawful entries are not among the course's "
            f"datasets, and the monthly figures start in FY{int(data.load_monthly()['fiscal_year'].min())}."
        )
    if not (
        re.search(r"apprehen|arrest", limits_text, re.I) and re.search(r"\bpeople\b|\bpersons?\b", limits_text, re.I)
    ):
        return hint("`limits_text` should say that the figures count arrests (apprehensions), not people.")
    if "cannot say" not in limits_text.lower():
        return hint("Start `limits_text` with its label, '**What the data cannot say.**'.")
    return check_piece(piece)


def check_and_show_piece(piece: object) -> Feedback:
    """Show ``piece`` rendered (Markdown), once it passes ``check_piece``: a reader's view of the student's own text."""
    checked = check_piece(piece)
    if not checked.ok:
        return checked
    return right("Your piece, as a reader will see it:\n\n---\n\n" + piece.strip() + "\n\n---")


def check_flag(flag: object) -> Feedback:
    """Type-along: ``flag(text)``, the overclaiming phrases of a text, leaving out what it quotes.

    It is tried on five texts, each with what a right ``flag`` finds there: the overclaiming sentence (both
    phrases), the sentence quoted (nothing), a clean sentence (nothing), an overclaim between two quotations
    (its two phrases: a greedy ``".*"`` wipes them) and an overclaim in capitals (its two phrases)."""
    sentence = overclaiming_sentence()
    crossed = f"{numbers()['swb'][ARTICLE_YEAR]:,}"
    quoted = f'The article said: "{sentence}"'
    clean = f"According to CBP, Border Patrol agents made {crossed} apprehensions."
    between = (
        f'The article said "{sentence}" Officials say the figures prove {crossed} people crossed. The editor said '
        '"prove nothing".'
    )
    capitals = f"These Figures PROVE that {crossed} People crossed."

    def both(found) -> bool:
        words = [str(f).lower() for f in found]
        return any("prove" in w for w in words) and any("crossed" in w for w in words)

    def strings(found) -> bool:
        return isinstance(found, list) and all(isinstance(f, str) for f in found)

    cases = [
        ((sentence,), lambda found: strings(found) and both(found)),
        ((quoted,), lambda found: found == []),
        ((clean,), lambda found: found == []),
        ((between,), lambda found: strings(found) and len(found) == 2 and both(found)),
        ((capitals,), lambda found: strings(found) and len(found) == 2),
    ]
    on = {
        text: (lambda arguments, text=text: arguments[0] == text)
        for text in (sentence, quoted, clean, between, capitals)
    }
    checked = kit.expect_function(
        flag,
        cases,
        name="flag",
        what="the overclaiming phrases outside quotations",
        compare=lambda found, wanted: wanted(found),
        mistakes={
            "`flag` should return a list of the phrases found: `return [...]`.": lambda a, found: (
                not isinstance(found, list)
            ),
            "`flag` returns a list of lists. Return one list of the phrases found (strings): collect them all in one "
            "list comprehension, or `+=` each `re.findall(...)` onto one list.": lambda a, found: not strings(found),
            f"`flag` finds nothing in {sentence!r}. Run `re.findall(pattern, text, re.IGNORECASE)` for each pattern "
            "in OVERCLAIMING, and collect what it finds.": lambda a, found: on[sentence](a) and not found,
            f"`flag` should find both 'prove' and '... people crossed' in {sentence!r}.": lambda a, found: on[sentence](
                a
            ),
            "`flag` still flags what a text quotes: remove the quoted parts first, "
            '`re.sub(r\'"[^"]*"\', " ", text)`, then search.': lambda a, found: on[quoted](a),
            "`flag` flags a sentence with no overclaiming. Search only the OVERCLAIMING patterns.": lambda a, found: on[
                clean
            ](a),
            "`flag` finds nothing in a text with two quotations and an overclaim between them "
            '(`\'The article said "..." Officials say the figures prove 396,579 people crossed. The editor said "..."\'`). '
            '`.*` is greedy: `".*"` runs from the first quotation mark to the *last*, and wipes everything between '
            'two quotations. Use `"[^"]*"` (a quotation mark, anything but a quotation mark, a quotation mark).': lambda a, found: (
                on[between](a) and not found
            ),
            "In a text with two quotations and one overclaiming sentence between them, `flag` should find the two "
            "phrases outside the quotations ('prove' and '... people crossed'), and nothing inside them. Remove each "
            'quotation with `"[^"]*"`.': lambda a, found: on[between](a),
            "In 'These Figures PROVE that ... People crossed.', `flag` misses what is in capitals: an overclaim in "
            "capitals is still an overclaim. Pass `re.IGNORECASE` to `re.findall` (`re.findall(pattern, text, "
            "re.IGNORECASE)`), so that 'Prove', 'PROVE' and 'prove' all match.": lambda a, found: on[capitals](a),
        },
    )
    if not checked.ok:
        return checked
    return right(f"`flag` finds {flag(sentence)} in the overclaiming sentence, and nothing in what a text quotes.")


def _evidence_problem(evidence: object, name: str = "evidence") -> Feedback | None:
    """A plain hint when ``evidence`` is not a dict of one number per label (a Series, text, a list)."""
    opening = kit.expect_kind(evidence, "dict", name=name, what="the values the piece may state, `{label: value, ...}`")
    if opening:
        return opening
    if not evidence:
        return hint(f"`{name}` is empty: add each value the piece may state, with a label.")
    article = extract_figures(load_article().text)
    for label, value in evidence.items():
        if getattr(value, "ndim", 0) > 0:
            repeated = [t for t in article["text"][article["text"].duplicated()] if t in str(label)]
            why = (
                f"the article writes {repeated[0]!r} more than once, so `figure[{repeated[0]!r}]` gives every match. "
                if repeated
                else ""
            )
            return hint(
                f"`{name}[{label!r}]` is {kind(value)} of {len(value)} values, not one number: {why}"
                "Labels can repeat in `figure`, so loop over its pairs, which gives one value at a time: "
                "`for text, value in zip(figure.index, figure):`."
            )
        opening = kit.expect_kind(value, "number", name=f"{name}[{label!r}]", what="the value of its label")
        if opening:
            return opening
    return None


def check_evidence(evidence: object) -> Feedback:
    """Type-along: ``evidence``, a dict {label: number}: every value the piece states, one number each."""
    problem = _evidence_problem(evidence)
    if problem:
        return problem
    n = numbers()
    spring, swb = n["spring"], n["swb"]
    article = extract_figures(load_article().text)
    wanted = {f"the article's {t!r}": float(v) for t, v in zip(article["text"], article["value"])}
    wanted |= {
        f"spring {ARTICLE_YEAR}": float(spring[ARTICLE_YEAR]),
        f"spring {ARTICLE_YEAR - 1}": float(spring[ARTICLE_YEAR - 1]),
        "the ratio of the two springs": float(spring[ARTICLE_YEAR]) / float(spring[ARTICLE_YEAR - 1]),
        "lower_springs": float(n["lower_springs"]),
        f"swb[low] (FY{n['low']})": float(swb[n["low"]]),
        f"swb[article_year] (FY{ARTICLE_YEAR})": float(swb[ARTICLE_YEAR]),
        "jan_sep": float(n["jan_sep"]),
        "len(over)": float((n["early"] > 1_000_000).sum()),
        "len(EARLY_2000S)": float(len(n["early"])),
        "article_day's day": float(_article_day().day),
        "days_after": float((_article_day() - pd.Timestamp(ARTICLE_YEAR, 9, 30)).days),
    }
    early = n["early"]
    wanted |= {f"swb of FY{year} (a year of `over`)": float(count) for year, count in early[early > 1_000_000].items()}
    values = [float(v) for v in evidence.values()]
    missing = [what for what, value in wanted.items() if not any(same_number(v, value) for v in values)]
    if missing:
        return hint(
            f"`evidence` has no value for {listing(missing, limit=3)}. Add each as `evidence[label] = value`: the "
            "read-back below can only match a figure of the piece with a value that is in `evidence`."
        )
    return right(f"`evidence` holds {len(evidence)} labelled numbers, one for each value the piece may state.")


def check_draft(text: object, evidence: object) -> Feedback:
    """Read a draft back: every figure of ``text`` (found by the course's extractor) matches a value of ``evidence``."""
    problem = _evidence_problem(evidence)
    if problem:
        return problem
    facts = [Fact(str(label), float(value)) for label, value in evidence.items()]
    checked = expect_finding(text, facts, what="the evidence")
    if not checked.ok:
        return hint(checked.message.replace("Your sentence", "Your text").replace("your sentence", "your text"))
    found = extract_figures(text)
    counting_word = found["text"].str.fullmatch(r"[^\d]+") & (found["value"].astype(float) <= 10)
    found = found[~found["kind"].isin(["year", "date"]) & ~counting_word]
    return right(
        f"Every number in your piece matches a value of `evidence` ({len(found)} figures: "
        f"{listing(dict.fromkeys(found['text']), limit=8)}): none was typed or edited by hand."
    )


def check_writeup_chart(fig: object) -> Feedback:
    """Type-along: ``fig``, the chart: a line of southwest border apprehensions, two notes, a headline, a source."""
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation

    if not isinstance(fig, Figure):
        return kit.expect_chart(fig, name="fig")  # the kit's opening: unanswered, or not a figure
    if not fig.axes:
        return hint("`fig` has no axes: make it with `fig, ax = plt.subplots(figsize=(8, 5))`.")
    swb = numbers()["swb"].loc[2000:]
    ax = fig.axes[0]
    lines = [line for line in ax.get_lines() if len(line.get_ydata()) == len(swb)]
    if not any(same_values_list(line.get_ydata(), swb) for line in lines):
        return hint(
            "The chart has no line of `chart_data`'s southwest_border by fiscal_year: "
            '`ax.plot(chart_data["fiscal_year"], chart_data["southwest_border"])`.'
        )
    low, high = sorted(ax.get_xlim())
    ticks = [t for t in ax.get_xticks() if low - 1e-9 <= t <= high + 1e-9]
    fractional = [t for t in ticks if abs(t - round(t)) > 1e-9]
    if fractional:
        return hint(
            f"The year axis has ticks between years ({float(fractional[0]):g}): a fiscal year is a whole "
            "number. Ask for whole-number ticks: `ax.xaxis.set_major_locator(MaxNLocator(integer=True))`, or "
            "`ax.set_xticks(range(2000, article_year + 1, 2))`."
        )
    with contextlib.suppress(Exception):  # a drawing problem never breaks the check
        _drawn(fig)
    shown = [t.get_text() for t in ax.get_yticklabels() if t.get_text()] + [ax.yaxis.get_offset_text().get_text()]
    if any(re.fullmatch(r"-?\d{4,}(?:\.0)?", t.replace("\u2212", "-")) or "e" in t.lower() for t in shown):
        return hint(
            "The numbers on the y axis have no thousands separators (or are in 1e6 notation): format them with "
            '`ax.yaxis.set_major_formatter("{x:,.0f}")`, so 400,000 reads at a glance.'
        )
    notes = [child for child in ax.get_children() if isinstance(child, Annotation)]
    if len(notes) < 2:
        return hint(f"Mark two points with `annotate_point`: the low and the article's year (it has {len(notes)}).")
    crowded = _note_on_tick_labels(fig, ax, notes)
    if crowded:
        return hint(
            f"The note {crowded!r} sits on the year labels under the axis, so neither can be read. Move it with "
            "`annotate_point`'s `dx` and `dy` (points: a positive `dy` puts it above the point), for example "
            "`dx=-10, dy=60`."
        )
    overlapping = _overlapping_notes(fig, notes)
    if overlapping:
        first, second = overlapping
        return hint(
            f"The notes {first!r} and {second!r} overlap, so neither can be read. Move them apart with "
            "`annotate_point`'s `dx` and `dy` (in points: a negative `dx` puts a note left of its point, a larger "
            "`dy` higher), for example `dx=-10, dy=60` for the low and `dx=8, dy=30` for the article's year."
        )
    texts = [t.get_text() for t in fig.texts]
    if not any(t.lower().startswith("source") for t in texts):
        return hint('The chart has no source line: `source_line(fig, ...)` with `credit` without its "Source: ".')
    if len([t for t in texts if not t.lower().startswith(("source", "chart:"))]) < 2:
        return hint("Give the chart its headline and subtitle: `headline(fig, chart_title, caption)`.")
    return right("A line of the data, the low and the article's year marked, a headline, a caption and a source line.")


def _drawn(fig):
    """Lay ``fig`` out (tick labels, text sizes) and return its renderer; a closed figure gets a drawing canvas."""
    if not hasattr(fig.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(fig)
    fig.canvas.draw()
    return fig.canvas.get_renderer()


def _note_on_tick_labels(fig, ax, notes) -> str | None:
    """The text of a note that overlaps a tick label of the x axis, or None."""
    try:
        renderer = _drawn(fig)
        labels = [t.get_window_extent(renderer) for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        for note in notes:
            box = note.get_window_extent(renderer)
            if any(box.overlaps(label) for label in labels):
                return note.get_text().replace("\n", " ")
    except Exception:  # noqa: BLE001  (a drawing problem never breaks the check)
        return None
    return None


def _overlapping_notes(fig, notes) -> tuple[str, str] | None:
    """The texts of two notes whose boxes overlap once drawn, or None."""
    from matplotlib.text import Text

    try:
        renderer = _drawn(fig)
        boxes = [(note.get_text().replace("\n", " "), Text.get_window_extent(note, renderer)) for note in notes]
    except Exception:  # noqa: BLE001  (a drawing problem never breaks the check)
        return None
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1 :]:
            if a.overlaps(b):
                return first, second
    return None


def same_values_list(values, series) -> bool:
    try:
        return all(abs(float(a) - float(b)) < 1e-6 for a, b in zip(values, series, strict=True))
    except (TypeError, ValueError):
        return False


def check_markdown_file(folder: object, markdown_text: object) -> Feedback:
    """Type-along: ``markdown_text`` written to output/writeup/fact-check.md, with the chart's PNG beside it."""
    opening = _expect_text(markdown_text, "markdown_text", "the piece with its chart, in Markdown")
    if opening:
        return opening
    opening = kit.expect_kind(
        folder, "path", name="writeup_folder", what='the folder\'s path, from `paths.output_dir("writeup")`'
    )
    if opening:
        return opening
    folder = Path(folder)
    if folder.name != "writeup":
        return hint('Make the folder with `paths.output_dir("writeup")`: it should be output/writeup.')
    md = folder / PIECE_MD
    if not md.is_file():
        return hint(f"There is no {PIECE_MD} in {paths.relative(folder)} yet: write `markdown_text` to it.")

    def content(path: Path) -> str | None:
        if path.read_text(encoding="utf-8") != markdown_text:
            return f'{PIECE_MD} does not hold `markdown_text`: write it with `.write_text(markdown_text, encoding="utf-8")`.'
        if not markdown_text.lstrip().startswith("# "):
            return "`markdown_text` should start with the piece, its headline first (`# ...`)."
        return _markdown_problem(folder, markdown_text)

    checked = kit.expect_file(md, name=PIECE_MD, folder=folder, suffix=".md", content=content)
    if not checked.ok:
        return checked
    return right(f"{paths.relative(md)}: the piece, the chart beside it with its alt text, caption and source.")
