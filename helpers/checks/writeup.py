"""Self-checks for notebook 09 (write it up: the fact-check, the correction request, the chart).

The evidence a piece may quote is computed here from the course's datasets and the article, never
typed in: the checks find every figure in a student's text with the course's figure extractor and
match it against that evidence (``feedback.check_numbers_in_sentence``). The wording itself (fair,
clear, polite) is for a person to judge; what can be checked is checked: the numbers, the words
"arrests" and "apprehensions" instead of "people crossed", a named source, the quoted sentence.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePath

import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article
from helpers.checks import feedback
from helpers.checks.crossings import ARTICLE_YEAR, VERDICTS, lowest_since  # lesson 03's year, verdicts, definition
from helpers.checks.feedback import NOT_ANSWERED, Feedback, hint, not_a_number, right, unanswered
from helpers.facts import SPRING

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


def overclaims(text: str) -> list[str]:
    """The overclaiming phrases in ``text``, leaving out what it quotes (a quoted claim is not the writer's)."""
    return [m.group(0) for m in OVERCLAIMS.finditer(_QUOTED.sub(" ", text))]


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
    # the figure extractor reads "25 October" as a figure (kind "date"): the article's day is evidence too
    found["the article's day of the month"] = float(article_day.day)
    return found


def expected_verdicts() -> list[str]:
    """The three verdicts, by lesson 03's rules: the spring claim on the numbers, the two 'people crossed' claims
    as 'cannot be checked' (arrests are not people)."""
    n = numbers()
    spring = "not supported" if n["lower_springs"] > 0 else "cannot be checked"
    return [spring, "cannot be checked", "cannot be checked"]


# --------------------------------------------------------------------------- type-along: the verdict table


def check_verdict_table(table: object) -> Feedback:
    """Type-along: ``fact_check``, three claims with their verdicts and evidence, in the article's order."""
    if unanswered(table):
        return hint(NOT_ANSWERED)
    if not isinstance(table, pd.DataFrame):
        return hint(f"`fact_check` should be a table (a DataFrame), but it is a {type(table).__name__}.")
    missing = [c for c in ("claim", "verdict", "evidence") if c not in table.columns]
    if missing:
        return hint(f"The table needs the columns claim, verdict and evidence; missing: {', '.join(missing)}.")
    expected = expected_verdicts()
    if len(table) != len(expected):
        return hint(f"The article makes {len(expected)} crossing claims; your table has {len(table)} rows.")
    outside = sorted({v for v in table["verdict"] if v not in VERDICTS})
    if outside:
        return hint(f"{', '.join(map(repr, outside))} is not in the verdict vocabulary ({', '.join(VERDICTS)}).")
    got = list(table["verdict"])
    if got[1:] != expected[1:]:
        return hint(
            "The two claims about how many *people crossed* cannot be checked with arrest counts, however "
            'close the numbers: apprehensions are events, not people. Their verdict is "cannot be checked".'
        )
    if got[0] != expected[0]:
        return hint(
            "Spring 2018 was higher than earlier springs (`lower_springs` is not empty), so it cannot have "
            'been a 40-year low: the spring claim is "not supported".'
        )
    for text, row in zip(("40-year", "300,000", "a million"), table.itertuples()):
        if text not in str(row.claim):
            return hint(
                f"Row {row.Index} should quote the article's sentence with {text!r} in its `claim` column "
                "(from the ledger, not retyped)."
            )
    return right(
        "Three claims, each with its verdict from the fixed vocabulary and its evidence: lesson 03's "
        "verdict table, rebuilt from the data."
    )


# --------------------------------------------------------------------------- type-along: the piece


SECTIONS = ("claim", "verdict", "evidence", "cannot say")


def check_piece(piece: object) -> Feedback:
    """Type-along: ``piece``, the fact-check in Markdown: about 300 words, four parts, every number from the data."""
    if unanswered(piece):
        return hint(NOT_ANSWERED)
    if not isinstance(piece, str):
        return hint(
            f"`piece` should be text (a str), but it is a {type(piece).__name__}. Join the parts with "
            '`"\\n\\n".join(...)`.'
        )
    lower = piece.lower()
    missing = [s for s in SECTIONS if s not in lower]
    if missing:
        return hint(
            f"A fact-check desk's format has four parts: the claim, the verdict, the evidence and what the "
            f"data cannot say. Yours lacks: {', '.join(missing)}."
        )
    words = len(piece.split())
    if not 200 <= words <= 450:
        return hint(f"Your piece has {words} words; aim for about 300 (between 200 and 450).")
    overclaim = overclaims(piece)
    if overclaim:
        return hint(
            f"The piece says {overclaim[0]!r}: the data cannot show that. Write what the figures count "
            "(arrests, apprehensions) and where the sources stop."
        )
    checked = feedback.check_numbers_in_sentence(piece, evidence(), what="the evidence")
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
    problem = not_a_number(answer)
    if problem:
        return problem
    n = numbers()
    typed = _transposed(int(n["swb"][n["low"]]))
    value = float(answer)
    if value == typed:
        return right(
            f"{typed:,} is the typed figure: the data say {int(n['swb'][n['low']]):,}, two digits swapped. "
            "A number inserted with an f-string cannot slip like that."
        )
    if value == int(n["swb"][n["low"]]):
        return hint(
            "That is the right figure, from the data. The question asks for the figure the draft *typed*: "
            "the one in the paragraph that the check could not find."
        )

    figures = extract_figures(draft_paragraph())
    if value in {float(v) for v in figures["value"]}:
        return hint(
            "That figure of the draft matches the evidence. Run the check on the draft and read which figure it names."
        )
    return hint(
        "Run `checks.feedback.check_numbers_in_sentence(draft, evidence)` on the draft: it names the figure "
        "it cannot find. Give that figure as a number."
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
        return feedback.check_numbers_in_sentence(sentence, {})
    lower = sentence.lower()
    overclaim = overclaims(sentence)
    if overclaim:
        return hint(
            f"Your sentence still says {overclaim[0]!r}. Apprehensions are arrest events: they neither prove "
            "nor count how many people crossed."
        )
    if not re.search(r"apprehen|arrest", lower):
        return hint("Say what the figure counts: apprehensions (arrests), not people.")
    if not any(source in lower for source in SOURCES) and "according to" not in lower:
        return hint(
            'Attribute the figure: whose count is it? ("according to US Customs and Border Protection", '
            '"Border Patrol agents made ...").'
        )
    return feedback.check_numbers_in_sentence(sentence, evidence(), what="the evidence")


# --------------------------------------------------------------------------- exercise 3: the correction request


def claim_sentences() -> list[str]:
    """The article's two sentences with crossing claims, as the ledger holds them."""
    figures = extract_figures(load_article().text)
    wanted = figures[figures["text"].isin(["40-year", "300,000", "a million"])]
    return list(dict.fromkeys(wanted["sentence"]))


def _quotes_a_claim(text: str) -> bool:
    quoted = re.findall(r"[\"“]([^\"”]{20,})[\"”]", text)
    for sentence in claim_sentences():
        for part in quoted:
            core = part.strip().rstrip(".")
            if len(core.split()) >= 6 and core in sentence:
                return True
    return False


def check_correction_request(request: object) -> Feedback:
    """Exercise 3: one polite paragraph that quotes the article's sentence, states the problem and names a source."""
    if not isinstance(request, str) or request.strip() in {"", "..."}:
        return feedback.check_numbers_in_sentence(request, {})
    if re.search(r"\n\s*\n", request.strip()):
        return hint(
            "Keep the request to one paragraph: an editor should see the sentence, the problem and the "
            "source at a glance."
        )
    if not _quotes_a_claim(request):
        return hint(
            "Quote the article's sentence exactly, in quotation marks (at least six words of it, copied from "
            "the ledger, not retyped), so the editor can find it."
        )
    lower = request.lower()
    if not any(source in lower for source in SOURCES):
        return hint(
            "Name the source the editor can check: US Customs and Border Protection's (CBP) Border Patrol "
            "statistics, with the table or its web address."
        )
    if not re.search(r"\b(please|thank|grateful|would you|could you|kindly|appreciate)", lower):
        return hint(
            'Make it a request: a polite word ("please", "would you consider", "thank you") helps an editor act on it.'
        )
    checked = feedback.check_numbers_in_sentence(request, evidence(), what="the evidence")
    if not checked.ok:
        return checked
    return right(
        "One paragraph that quotes the sentence, names the source and states its numbers from the data. "
        "Compare its tone with the worked example: specific, polite, no accusation."
    )


# --------------------------------------------------------------------------- type-along: the export


def check_writeup_files(folder: object) -> Feedback:
    """Type-along: output/writeup/ holds the piece as Markdown and HTML, with the chart's PNG beside them."""
    if unanswered(folder):
        return hint(NOT_ANSWERED)
    if not isinstance(folder, (str, PurePath)):
        return hint(f"Pass the folder, `writeup_folder`, not a {type(folder).__name__}.")
    folder = Path(folder)
    md, html = folder / PIECE_MD, folder / PIECE_HTML
    if not md.is_file():
        return hint(f"There is no {PIECE_MD} in {paths.relative(folder)} yet. Run the cell that writes it.")
    text = md.read_text(encoding="utf-8")
    images = re.findall(r"!\[([^\]]*)\]\(([^)]+)\)", text)
    if not images:
        return hint("The Markdown has no chart: add it as `![alt text](file.png)`.")
    alt, target = images[0]
    if len(alt.split()) < 8:
        return hint(
            "The image's alt text is too short to describe the chart: use the `alt_text` that `describe` wrote."
        )
    if "/" in target or not (folder / target).is_file():
        return hint(
            f"The chart {target!r} should sit beside the Markdown, in the same folder: copy the PNG there and "
            "link it by its file name only."
        )
    if "source:" not in text.lower():
        return hint('A published chart carries a source line: add "Source: ..." under it.')
    if not html.is_file():
        return hint(f"There is no {PIECE_HTML} yet. Turn the Markdown into HTML and write it beside it.")
    if "<img" not in html.read_text(encoding="utf-8"):
        return hint("The HTML has no <img>: make it from the same Markdown, image included.")
    return right(
        f"{paths.relative(md)}, {PIECE_HTML} and {target} side by side: ready to paste into a CMS or a Google Doc."
    )
