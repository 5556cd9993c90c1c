"""The self-checks of notebook 09 accept the right answers and give each common wrong one its own hint."""

import pandas as pd
import pytest

from helpers import checks
from helpers.checks import writeup

N = writeup.numbers()
SWB, LOW = N["swb"], N["low"]
SENTENCE = writeup.claim_sentences()[1]


EVIDENCE = [
    f"spring 2018: {N['spring'][2018]:,} arrests, {N['lower_springs']} earlier springs lower",
    f"FY2018: {SWB[2018]:,} arrests; arrests are not people",
    "over a million arrests in 3 of 5 early-2000s years; arrests are not people",
]


def verdict_table(verdicts, evidence=EVIDENCE):
    claims = writeup.claim_sentences()
    return pd.DataFrame({"claim": [claims[0], claims[1], claims[1]], "verdict": verdicts, "evidence": evidence})


def test_verdict_table():
    assert checks.check_verdict_table(verdict_table(writeup.expected_verdicts())).ok
    for evidence in (
        [f"{N['lower_springs']} earlier springs lower", f"FY2017 had {SWB[2017]:,}", "a million in 3 years"],
        [
            f"spring 2018 had {N['spring'][2018]:,}",
            f"Jan-Sep 2018: {N['jan_sep']:,}",
            f"years over a million: {[2000, 2001, 2004]}",
        ],
    ):
        assert checks.check_verdict_table(verdict_table(writeup.expected_verdicts(), evidence)).ok
    wrong = [
        (verdict_table(writeup.expected_verdicts(), ["e"] * 3), "gives no number"),
        (
            verdict_table(writeup.expected_verdicts(), [*EVIDENCE[:2], "arrests are not people, FY2000-FY2004"]),
            "'a million' claim",
        ),
        (verdict_table(writeup.expected_verdicts(), ["spring was higher", *EVIDENCE[1:]]), "'40-year' claim"),
        (verdict_table(["not supported", "supported", "partly supported"]), "cannot be checked"),
        (verdict_table(["cannot be checked", "cannot be checked", "cannot be checked"]), "not supported"),
        (verdict_table(["false", "cannot be checked", "cannot be checked"]), "vocabulary"),
        (verdict_table(writeup.expected_verdicts()).drop(columns="evidence"), "missing: evidence"),
        (verdict_table(writeup.expected_verdicts()).head(2), "3 crossing claims"),
    ]
    for table, expected in wrong:
        feedback = checks.check_verdict_table(table)
        assert not feedback.ok and expected in feedback.message, feedback.message


def good_piece():
    words = " ".join(["The figures are arrests."] * 60)
    return (
        f"# Fact-check\n\n**The claim.** ...\n\n**The verdict.** not supported\n\n**The evidence.** FY{LOW} had "
        f"{SWB[LOW]:,} apprehensions. {words}\n\n**What the data cannot say.** how many people crossed."
    )


def test_piece():
    assert checks.check_piece(good_piece()).ok
    wrong = [
        (good_piece().replace("**The verdict.**", "**Result.**"), "lacks: verdict"),
        ("Claim, verdict, evidence, what the data cannot say.", "words"),
        (good_piece().replace("had", "prove that there were", 1), "'prove'"),
        (good_piece().replace(f"{SWB[LOW]:,}", f"{SWB[LOW] + 45:,}"), "can't find"),
        (["a list"], "as text (a str)"),
        (good_piece().replace("\n\n", "\n"), "blank line"),
        (good_piece().replace("# Fact-check", "Fact-check"), "Markdown heading"),
        (good_piece().replace("# Fact-check", "## Fact-check"), "Markdown heading"),
    ]
    for piece, expected in wrong:
        feedback = checks.check_piece(piece)
        assert not feedback.ok and expected in feedback.message, feedback.message


def test_typed_number():
    typed = int(str(SWB[LOW])[:-2] + str(SWB[LOW])[-1] + str(SWB[LOW])[-2])
    assert f"{typed:,}" in writeup.draft_paragraph()
    assert checks.check_typed_number(typed).ok
    wrong = [
        (int(SWB[LOW]), "right figure"),
        (int(SWB[2018]), "matches the evidence"),
        (f"{typed:,}", "the commas"),
        (12345, "names"),
    ]
    for answer, expected in wrong:
        feedback = checks.check_typed_number(answer)
        assert not feedback.ok and expected in feedback.message, (answer, feedback.message)


def test_rewrite():
    right = (
        f"According to US Customs and Border Protection, Border Patrol agents made {SWB[2018]:,} apprehensions at the "
        "southwest border in FY2018."
    )
    for sentence in (
        right,
        f"CBP figures show {SWB[2018]:,} apprehensions at the southwest border in fiscal year 2018.",
        f"Border agents made {SWB[2018]:,} arrests at the southwest border in FY2018, the agency said.",
        "In FY2018 (October 2017 to September 2018), Border Patrol agents made about 400,000 apprehensions at the "
        "southwest border, CBP reported.",
        f"According to CBP, agents made {SWB[2018]:,} apprehensions at the southwest border in FY2018; apprehensions "
        "count arrests, not people who crossed.",
        f"According to CBP, Border Patrol agents made {SWB[2018]:,} apprehensions at the US-Mexico border in fiscal "
        "year 2018, which is not how many crossed.",
        f"CBP figures show {SWB[2018]:,} apprehensions at the southwest border in FY 2018, not {SWB[2018]:,} crossings.",
    ):
        assert checks.check_rewrite(sentence).ok, (sentence, checks.check_rewrite(sentence).message)
    wrong = [
        (f"In FY2018, there were {SWB[2018]:,} apprehensions at the southwest border.", "Attribute"),
        (f"According to CBP, agents made {SWB[2018]:,} apprehensions in FY2017.", "needs '2018'"),
        (f"According to CBP, agents made {SWB[2018]:,} apprehensions at the southwest border.", "needs '2018'"),
        (
            f"According to CBP, {SWB[2018]:,} migrants were arrested in FY2018, so that many people crossed.",
            "not people",
        ),
        (
            f"According to CBP, agents made {SWB[2018]:,} arrests in FY2018, so that many people crossed.",
            "'people crossed'",
        ),
        (right.replace("Border Patrol agents made", "Border Patrol agents invented"), "still says 'invented'"),
        (writeup.overclaiming_sentence(), "still says"),
        (f"Border Patrol figures show {SWB[2018]:,} crossings in FY2018.", "apprehensions (arrests)"),
        (f"There were {SWB[2018]:,} arrests in FY2018.", "Attribute"),
        (right.replace(f"{SWB[2018]:,}", "396,597"), "can't find"),
        ("...", "Write your finding"),
        (right.replace("FY2018.", f"FY2018, so about {SWB[2018]:,} crossed illegally."), "how many crossed"),
        (right.replace("FY2018.", f"FY2018: illegal crossings reached {SWB[2018]:,}."), "how many crossed"),
        (f"According to CBP, {SWB[2018]:,} entered illegally at the southwest border in FY2018.", "how many crossed"),
        (right.replace("FY2018", "2018"), "write the year as FY2018"),
        (right.replace("in FY2018", "in the year to September 2018"), "write the year as FY2018"),
        (right.replace(" at the southwest border", ""), "southwest border"),
    ]
    for sentence, expected in wrong:
        feedback = checks.check_rewrite(sentence)
        assert not feedback.ok and expected in feedback.message, (sentence, feedback.message)


def request(body):
    return (
        f'Dear editor, your article says: "{SENTENCE}" {body} According to US Customs and Border Protection, '
        f"Border Patrol agents made {SWB[2018]:,} apprehensions in FY2018. Would you consider a correction? Thank you."
    )


JAN_SEP = N["jan_sep"]


def test_correction_request():
    for text in (
        request(""),
        request(
            f"The official figures count arrests, not people who crossed; “around 300,000” fits FY2017 "
            f"({SWB[2017]:,}) or January to September 2018 ({JAN_SEP:,})."
        ),
        f"Dear editor, on 25 October 2018 you wrote: “{SENTENCE}” CBP's published tables (https://www.cbp.gov/newsroom/stats) "
        f"count apprehensions, not people: {SWB[2018]:,} in FY2018 and {SWB[2017]:,} in FY2017. Could you say which "
        "year the sentence means, and that these are arrests? Thank you.",
    ):
        feedback = checks.check_correction_request(text)
        assert feedback.ok, (text, feedback.message)
    wrong = [
        (request("").replace(f'"{SENTENCE}"', "that about 300,000 crossed"), "Quote the whole sentence"),
        (request("").replace(SENTENCE, "Around 300,000 people have crossed this year"), "part of the sentence"),
        (request("").replace("in FY2018", "in FY2017"), "needs '2018'"),
        (request(f"The sentence fits FY2018 ({SWB[2017]:,}).").replace(" in FY2018", ""), "needs '2017'"),
        (request("This proves your reporter invented the figure."), "'proves'"),
        (request("Your reporter invented the figure."), "'invented'"),
        (
            f'Dear editor, your article says: "{SENTENCE}" According to CBP, {SWB[2018]:,} people crossed in FY2018, '
            "so your reporter got it wrong. Please fix it.",
            "accuses no one",
        ),
        (request("").replace(f"{SWB[2018]:,}", "369,579"), "Check the digits"),
        (
            request("")
            .replace("US Customs and Border Protection,", "the data,")
            .replace("Border Patrol agents", "agents"),
            "Name the source",
        ),
        (request("").replace(" Would you consider a correction? Thank you.", " Fix it."), "polite"),
        (request("").replace(f"{SWB[2018]:,}", "396,597"), "can't find"),
        (request("").replace("Dear editor,", "Dear editor,\n\n"), "one paragraph"),
    ]
    for text, expected in wrong:
        feedback = checks.check_correction_request(text)
        assert not feedback.ok and expected in feedback.message, (text, feedback.message)
    feedback = checks.check_correction_request(request("").replace(f"{SWB[2018]:,}", "369,579"))
    assert f"{SWB[2018]:,}" in feedback.message and f"{SWB[2012]:,}" not in feedback.message, feedback.message
    wrong = []
    for text, expected in wrong:
        feedback = checks.check_correction_request(text)
        assert not feedback.ok and expected in feedback.message, (text, feedback.message)


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "chart.png").write_bytes(b"png")
    alt = "Line chart: southwest border apprehensions by fiscal year, from 2000 to 2018, lowest in 2017."
    (tmp_path / writeup.PIECE_MD).write_text(f"# Piece\n\n![{alt}](chart.png)\n\nSource: CBP\n", encoding="utf-8")
    (tmp_path / writeup.PIECE_HTML).write_text(page(), encoding="utf-8")
    return tmp_path


def page(title="Piece", doctype="<!doctype html>", charset='<meta charset="utf-8">'):
    return (
        f'{doctype}\n<html lang="en"><head>{charset}<title>{title}</title></head>\n<body>\n'
        '<h1>Piece</h1>\n<p><img src="chart.png" alt="x"></p>\n</body></html>\n'
    )


def test_writeup_files(folder):
    html = folder / writeup.PIECE_HTML
    for text in (page(), page(doctype="<!DOCTYPE html>", charset="<meta charset='UTF-8' />"), page(title=" Piece\n")):
        html.write_text(text, encoding="utf-8")
        assert checks.check_writeup_files(folder).ok, checks.check_writeup_files(folder).message
    for text, words in [
        ('<h1>Piece</h1>\n<p><img src="chart.png" alt="x"></p>\n', "<!doctype html>"),
        (page(charset=""), 'charset="utf-8"'),
        (page(title=""), "no <title>"),
        (page(title="fact-check.html"), "headline"),
    ]:
        html.write_text(text, encoding="utf-8")
        feedback = checks.check_writeup_files(folder)
        assert not feedback.ok and words in feedback.message, feedback.message
    html.write_text(page(), encoding="utf-8")
    (folder / writeup.PIECE_HTML).unlink()
    assert "no fact-check.html" in checks.check_writeup_files(folder).message
    md = folder / writeup.PIECE_MD
    md.write_text(md.read_text().replace("](chart.png)", "](../charts/chart.png)"))
    assert "beside the Markdown" in checks.check_writeup_files(folder).message
    md.write_text("# Piece\n\nno chart\n")
    assert "no chart" in checks.check_writeup_files(folder).message
    assert "should be the folder" in checks.check_writeup_files(42).message


# --------------------------------------------------------------------------- the type-along steps

import re  # noqa: E402

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from helpers import data, paths  # noqa: E402

YEARLY = data.load_apprehensions()
MONTHLY = data.load_monthly()
APPREHENSIONS = YEARLY[YEARLY["measure"] == "apprehensions"]


def _swb():
    return APPREHENSIONS.set_index("fiscal_year").loc[:2018, "southwest_border"].dropna()


def _spring(months=(3, 4, 5), by="calendar_year", how="sum"):
    return MONTHLY[MONTHLY["month_number"].isin(months)].groupby(by)["swb_apprehensions"].agg(how)


SPRING_ = _spring()
LOWER = writeup.numbers()["lower_springs"]
OVER = [2000, 2001, 2004]


def _over(test=lambda value: value > 1_000_000):
    return [year for year in range(2000, 2005) if test(_swb()[year])]


def test_swb_step():
    for answer in (
        _swb(),
        _swb().astype(float),
        APPREHENSIONS.query("fiscal_year <= 2018")
        .dropna(subset=["southwest_border"])
        .set_index("fiscal_year")["southwest_border"],
        _swb().sort_index(ascending=False).rename("swb"),
    ):
        assert checks.check_yearly_swb(answer).ok
    for answer, words in [
        (APPREHENSIONS.set_index("fiscal_year")["southwest_border"].dropna(), "goes past"),
        (APPREHENSIONS.set_index("fiscal_year").loc[:2018, "southwest_border"], "blanks"),
        (APPREHENSIONS.set_index("fiscal_year").loc[:2018, "nationwide"].dropna(), "*nationwide*"),
        (
            APPREHENSIONS[APPREHENSIONS["fiscal_year"] <= 2018]["southwest_border"].dropna().reset_index(drop=True),
            "labelled 0, 1, 2",
        ),
    ]:
        feedback = checks.check_yearly_swb(answer)
        assert not feedback.ok and words in feedback.message, feedback.message


def test_yearly_low_step():
    low, since = N["low"], N["since"]
    for a, b in (
        (low, since),
        (float(low), float(since)),
        (_swb().loc[2009:2018].idxmin(), _swb()[_swb() < _swb()[low]].index.max()),
    ):
        assert checks.check_yearly_low(a, b).ok
    for (a, b), words in [
        ((int(SWB[low]), since), "number of apprehensions"),
        ((int(_swb().idxmin()), since), "lowest year of all"),
        ((int(_swb().loc[2009:2018].idxmax()), since), "*highest*"),
        ((low, int(_swb()[(_swb().index < low) & (_swb() < _swb()[low])].index.min())), "*earliest*"),
        ((low, low), "`low` itself"),
    ]:
        feedback = checks.check_yearly_low(a, b)
        assert not feedback.ok and words in feedback.message, feedback.message


def test_spring_step():
    for answer in (
        SPRING_,
        SPRING_.astype(float),
        MONTHLY[MONTHLY["month"].isin(MONTHLY.loc[MONTHLY["month_number"].isin([3, 4, 5]), "month"].unique())]
        .groupby("calendar_year")["swb_apprehensions"]
        .sum(),
        MONTHLY.query("month_number >= 3 and month_number <= 5").pivot_table(
            index="calendar_year", values="swb_apprehensions", aggfunc="sum"
        ),
    ):
        assert checks.check_spring(answer).ok
    for answer, words in [
        (_spring(how="mean"), "averages"),
        (_spring(range(1, 13)), "whole years"),
        (SPRING_.loc[2018], "pandas Series"),
        (..., "Replace the `...`"),
    ]:
        feedback = checks.check_spring(answer)
        assert not feedback.ok and words in feedback.message, feedback.message


def test_jan_sep_step():
    year = MONTHLY[MONTHLY["calendar_year"] == 2018]
    for answer in (
        N["jan_sep"],
        float(N["jan_sep"]),
        year.loc[year["month_number"] <= 9, "swb_apprehensions"].sum(),
        sum(MONTHLY.query("calendar_year == 2018 and month_number < 10")["swb_apprehensions"]),
    ):
        assert checks.check_jan_sep(answer).ok
    for answer, words in [
        (year["swb_apprehensions"].sum(), "whole calendar year"),
        (SWB[2018], "FY2018"),
        (year.loc[year["month_number"] < 9, "swb_apprehensions"].sum(), "stops in August"),
        (year.loc[year["month_number"] <= 9, "swb_apprehensions"], "not one number"),
    ]:
        feedback = checks.check_jan_sep(answer)
        assert not feedback.ok and words in feedback.message, feedback.message


def test_springs_and_years_step():
    earlier = SPRING_.loc[:2017]
    for a, b in (
        (LOWER, OVER),
        (float(LOWER), tuple(OVER)),
        (len(earlier[earlier < SPRING_[2018]]), [y for y in range(2000, 2005) if _swb().loc[y] > 1e6]),
        (int((earlier < SPRING_[2018]).sum()), pd.Series(OVER)),
    ):
        assert checks.check_springs_and_years(a, b).ok
    for (a, b), words in [
        ((int((earlier > SPRING_[2018]).sum()), OVER), "*more*"),
        ((len(earlier), OVER), "every spring"),
        ((LOWER, _over(lambda v: v <= 1_000_000)), "*under*"),
        ((LOWER, [int(_swb()[y]) for y in OVER]), "numbers of apprehensions"),
        ((earlier[earlier < SPRING_[2018]], OVER), "in lesson 03"),
    ]:
        feedback = checks.check_springs_and_years(a, b)
        assert not feedback.ok and words in feedback.message, feedback.message


CLAIMS = writeup.claim_sentences()
TITLE = "Fact-check: the article's crossing figures are not supported or cannot be checked"
CLAIM = f'**The claim.** An article of 25 October 2018 said: "{CLAIMS[0]}" and "{CLAIMS[1]}" It named no source.'
VERDICT = "**The verdict.** The spring low: not supported. The people crossing: cannot be checked."


def test_claim_parts_step():
    for parts in (
        (TITLE, CLAIM, VERDICT),
        ("Not supported, or cannot be checked: the article's crossing figures", CLAIM, VERDICT.upper().lower()),
        (
            TITLE,
            f"The claim: on October 25, 2018, without a source, it said “{CLAIMS[0]}” and “{CLAIMS[1]}”",
            "Verdicts: not supported (spring); cannot be checked (people).",
        ),
        (
            TITLE,
            f'**The claim.** The article (2018-10-25) did not name a source for "{CLAIMS[0]}" or "{CLAIMS[1]}"',
            VERDICT,
        ),
        (
            TITLE,
            CLAIM,
            '**The verdict.** The "40-year low" this spring: not supported. The "300,000" people and the "over a '
            "million\" people a year: cannot be checked with the course's data, because arrest counts cannot say how "
            "many people crossed.",
        ),
        (
            TITLE,
            CLAIM,
            "**The verdict.** The 40-year low is not supported, and the 300,000 cannot be checked; nor can the "
            "million a year: cannot be checked.",
        ),
    ):
        assert checks.check_claim_parts(*parts).ok
    for parts, words in [
        (("Fact-check: the article's figures", CLAIM, VERDICT), "name the verdict"),
        ((TITLE, "The claim: border crossings were at a 40-year low.", VERDICT), "quote the article's sentence"),
        ((TITLE, CLAIM, "The verdict: not supported."), "cannot be checked"),
        (
            (TITLE, CLAIM, "**The verdict.** 40-year: cannot be checked; 300,000: not supported; million: supported"),
            "gives the '40-year' claim the verdict 'cannot be checked'",
        ),
        (
            (TITLE, CLAIM, "**The verdict.** 40-year: not supported; 300,000: cannot be checked; million: supported"),
            "gives the 'a million' claim the verdict 'supported'",
        ),
        ((TITLE, CLAIM, VERDICT.replace("The spring low: not supported", "The spring low: false")), "'false'"),
        (("Fact-check: false, not supported or cannot be checked", CLAIM, VERDICT), "'false'"),
        (
            (TITLE, CLAIM, "**The verdict.** Not supported and cannot be checked, for the three claims."),
            "name each claim beside its verdict",
        ),
        ((TITLE, CLAIM, 7), "as text (a str)"),
        ((TITLE, CLAIM.replace("An article of 25 October 2018 said", "An article said"), VERDICT), "say when"),
        ((TITLE, CLAIM.replace(" It named no source.", ""), VERDICT), "named no source"),
        ((TITLE, CLAIM.replace("**The claim.** ", ""), VERDICT), "'**The claim.**'"),
    ]:
        feedback = checks.check_claim_parts(*parts)
        assert not feedback.ok and words in feedback.message, feedback.message


def _evidence_text(source="According to US Customs and Border Protection (CBP), ", low=None):
    low_figure = SWB[LOW] if low is None else low
    return (
        f"**The evidence.** {source}Border Patrol agents made {N['spring'][2018]:,} apprehensions in spring 2018. "
        f"FY{LOW} had {low_figure:,} apprehensions. January to September 2018: {N['jan_sep']:,}. "
        f'"Around 300,000" fits FY2017 ({SWB[2017]:,}) but not FY2018, which ended with {SWB[2018]:,}.'
    )


def test_evidence_text_step():
    for answer in (
        _evidence_text(),
        _evidence_text("CBP's figures: "),
        _evidence_text().replace("apprehensions in spring", "arrests in spring"),
        _evidence_text(source="Figures from CBP show that "),
        _evidence_text(source="") + " These are CBP's published figures.",
    ):
        assert checks.check_evidence_text(answer).ok, checks.check_evidence_text(answer).message
    for answer, words in [
        (
            _evidence_text()
            .replace("Border Patrol agents made", "agents made")
            .replace("According to US Customs and Border Protection (CBP), ", "Officials say "),
            "Attribute",
        ),
        (_evidence_text(source=""), "Attribute"),
        (_evidence_text(source='"According to CBP" is missing: '), "Attribute"),
        (_evidence_text(low=303961), "303,916"),
        (_evidence_text() + " This proves that 396,579 people crossed.", "the data cannot show"),
        (_evidence_text().replace("apprehensions", "crossings"), "what the figures count"),
        (_evidence_text().replace("fits FY2017", "fits FY2018").replace("not FY2018", "not FY2017"), "needs '2017'"),
        (_evidence_text().replace("**The evidence.** ", ""), "label"),
        (_evidence_text().replace(f"with {SWB[2018]:,}.", f"with {SWB[2018]:,} migrants."), "not people"),
    ]:
        feedback = checks.check_evidence_text(answer)
        assert not feedback.ok and words in feedback.message, feedback.message


PATTERNS = [r"\bprov(?:e|es|ed)\b", r"does(?: not|n't) exist", r"\d[\d,]* people (?:have )?crossed"]


def flag_comprehension(text):
    unquoted = re.sub(r'"[^"]*"', " ", text)
    return [found for pattern in PATTERNS for found in re.findall(pattern, unquoted, re.IGNORECASE)]


def flag_loop(text):
    found = []
    for pattern in PATTERNS:
        found += re.findall(pattern, re.sub(r'".*?"', "", text), flags=re.I)
    return found


def flag_compiled(text):
    text = re.compile(r'"[^"]+"').sub("", text)
    return [m.group(0) for p in PATTERNS for m in re.finditer(p, text, re.IGNORECASE)]


def test_flag_step():
    for flag in (flag_comprehension, flag_loop, flag_compiled):
        assert checks.check_flag(flag).ok
    for flag, words in [
        (lambda text: [f for p in PATTERNS for f in re.findall(p, text, re.IGNORECASE)], "quotes"),
        (lambda text: [], "finds nothing"),
        (lambda text: [re.findall(p, re.sub(r'"[^"]*"', " ", text), re.I) for p in PATTERNS], "one list"),
        (lambda text: print(text), "does your function `return`"),
        (flag_comprehension(writeup.overclaiming_sentence()), "should be a function"),
        (lambda text: re.findall(PATTERNS[0], text, re.I), "both"),
        (lambda text: [f for p in PATTERNS for f in re.findall(p, re.sub(r'"[^"]*"', " ", text))], "re.IGNORECASE"),
    ]:
        feedback = checks.check_flag(flag)
        assert not feedback.ok and words in feedback.message, feedback.message


def _chart(line=True, notes=2, source=True, title=True, values=None, ticks="locator", commas=True, dy=24):
    from matplotlib.ticker import MaxNLocator

    from helpers.charts import annotate_point, headline, source_line

    swb = SWB.loc[2000:]
    fig, ax = plt.subplots()
    if line:
        ax.plot(list(swb.index), list(swb.astype(float)) if values is None else values)
    if ticks == "locator":
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    elif ticks == "set":
        ax.set_xticks(range(2000, 2019, 3))
    if commas:
        ax.yaxis.set_major_formatter("{x:,.0f}")
    for year in [LOW, 2018][:notes]:
        annotate_point(ax, year, SWB[year], f"FY{year}", dy=dy)
    if title:
        headline(fig, "Border arrests fell", "US Border Patrol apprehensions")
    if source:
        source_line(fig, "US Customs and Border Protection")
    plt.close(fig)
    return fig


def test_writeup_chart_step():
    for fig in (
        _chart(),
        _chart(values=list(SWB.loc[2000:].astype(int))),
        _chart(values=SWB.loc[2000:].to_numpy(dtype=float)),
        _chart(ticks="set"),
    ):
        assert checks.check_writeup_chart(fig).ok, checks.check_writeup_chart(fig).message
    for fig, words in [
        (_chart(line=False), "no line"),
        (_chart(values=list(N["spring"].loc[2000:2018].astype(float))), "no line"),
        (_chart(notes=1), "Mark two points"),
        (_chart(ticks=None), "ticks between years (2002.5)"),
        (_chart(commas=False), "thousands separators"),
        (_chart(dy=-20), "sits on the year labels"),
        (_chart(source=False), "no source line"),
        (_chart(title=False), "headline"),
        (plt.subplots()[1], "should be the figure"),
    ]:
        feedback = checks.check_writeup_chart(fig)
        assert not feedback.ok and words in feedback.message, feedback.message


def _export(
    tmp_path,
    *,
    link="chart.png",
    alt="a line chart of southwest border apprehensions from 2000 to 2018",
    credit="Source: US Customs and Border Protection.",
    copy=True,
    written=None,
):
    folder = tmp_path / "writeup"
    folder.mkdir(exist_ok=True)
    if copy:
        (folder / "chart.png").write_bytes(b"png")
    text = "\n\n".join(["# Fact-check\n\nThe piece.", f"![{alt}]({link})", "*caption*", credit]) + "\n"
    (folder / writeup.PIECE_MD).write_text(text if written is None else written, encoding="utf-8")
    return folder, text


def test_markdown_file_step(tmp_path):
    folder, text = _export(tmp_path)
    for answer in ((folder, text), (str(folder), text), (paths.relative(folder) if False else folder.resolve(), text)):
        assert checks.check_markdown_file(*answer).ok
    for (folder, text), words in [
        (
            _export(tmp_path / "a", link="output/charts/chart.png") if (tmp_path / "a").mkdir() is None else None,
            "beside the Markdown",
        ),
        (_export(tmp_path / "b", copy=False) if (tmp_path / "b").mkdir() is None else None, "beside the Markdown"),
        (_export(tmp_path / "c", written="old text") if (tmp_path / "c").mkdir() is None else None, "does not hold"),
        (_export(tmp_path / "d", alt="chart") if (tmp_path / "d").mkdir() is None else None, "too short"),
        (_export(tmp_path / "e", credit="CBP") if (tmp_path / "e").mkdir() is None else None, "source line"),
    ]:
        feedback = checks.check_markdown_file(folder, text)
        assert not feedback.ok and words in feedback.message, feedback.message
    feedback = checks.check_markdown_file(tmp_path, "text")
    assert not feedback.ok and "output/writeup" in feedback.message


def test_writeup_chart_in_house_style_refuses_a_note_on_the_year_labels():
    from matplotlib.ticker import MaxNLocator

    from helpers.charts import annotate_point, headline, house_style, source_line

    def lesson_chart(dx, dy):
        with house_style():
            fig, ax = plt.subplots(figsize=(8, 5))
            ax.plot(list(SWB.loc[2000:].index), list(SWB.loc[2000:].astype(float)))
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_formatter("{x:,.0f}")
            annotate_point(ax, LOW, SWB[LOW], f"FY{LOW}: {SWB[LOW]:,},\nfewest since FY1971", dx=dx, dy=dy)
            annotate_point(ax, 2018, SWB[2018], f"FY2018:\n{SWB[2018]:,}", dx=8, dy=30)
            headline(fig, "Border arrests fell", "US Border Patrol apprehensions")
            source_line(fig, "US Customs and Border Protection")
            plt.close(fig)
        return fig

    assert checks.check_writeup_chart(lesson_chart(-10, 60)).ok
    feedback = checks.check_writeup_chart(lesson_chart(-12, -4))
    assert not feedback.ok and "sits on the year labels" in feedback.message, feedback.message


def flag_greedy(text):
    unquoted = re.sub(r'".*"', " ", text)
    return [found for pattern in PATTERNS for found in re.findall(pattern, unquoted, re.IGNORECASE)]


def test_flag_refuses_a_greedy_quotation_pattern():
    feedback = checks.check_flag(flag_greedy)
    assert not feedback.ok and "greedy" in feedback.message and '"[^"]*"' in feedback.message, feedback.message


LIMITS = (
    "**What the data cannot say.** Apprehensions count arrests, not people: someone caught twice counts twice. "
    "The monthly figures start in FY2000, so a 40-year low for a season was not found in the sources checked."
)


def piece_with(limits, sep="\n\n"):
    return good_piece().replace("**What the data cannot say.** how many people crossed.", limits).replace("\n\n", sep)


def test_limits_and_piece_step():
    for limits in (
        LIMITS,
        LIMITS.replace("was not found in the sources checked", "could be neither confirmed nor ruled out"),
        "**What the data cannot say.** The figures count apprehensions, which are arrests, not people; the sources we "
        "checked start in FY2000, so a 40-year seasonal low cannot be confirmed.",
    ):
        feedback = checks.check_limits_and_piece(limits, piece_with(limits))
        assert feedback.ok, (limits, feedback.message)
    for limits, piece, words in [
        (
            "**What the data cannot say.** A 40-year low for spring is impossible: the article is wrong.",
            None,
            "'impossible'",
        ),
        (LIMITS + " The reporter invented it.", None, "'invented'"),
        (LIMITS + " This proves the claim false.", None, "'proves'"),
        (
            LIMITS.replace("was not found in the sources checked", "did not happen"),
            None,
            "not found in the sources checked",
        ),
        (
            LIMITS.replace("Apprehensions count arrests, not people: someone caught twice counts twice. ", ""),
            None,
            "not people",
        ),
        (LIMITS, piece_with(LIMITS, sep="\n"), "blank line"),
        (..., None, "Replace the `...`"),
    ]:
        feedback = checks.check_limits_and_piece(limits, piece if piece is not None else piece_with(LIMITS))
        assert not feedback.ok and words in feedback.message, (limits, feedback.message)


FIGURE = writeup.extract_figures(writeup.load_article().text).set_index("text")["value"]


def evidence_dict(article=None):
    spring, swb = N["spring"], N["swb"]
    found = article if article is not None else {f"the article's {t!r}": v for t, v in zip(FIGURE.index, FIGURE)}
    return (
        found
        | {
            "day": 25,
            "spring 2018": spring[2018],
            "spring 2017": spring[2017],
            "ratio": spring[2018] / spring[2017],
            "lower": N["lower_springs"],
            "FY2017": swb[LOW],
            "FY2018": swb[2018],
            "Jan-Sep": N["jan_sep"],
            "over": 3,
            "early": 5,
        }
        | {f"FY{year}": swb[year] for year in (2000, 2001, 2004)}
    )


def test_evidence_step():
    loop = {}
    for text, value in zip(FIGURE.index, FIGURE):
        loop[text] = value
    for answer in (
        evidence_dict(),
        evidence_dict(loop),
        {label: float(value) for label, value in evidence_dict().items()},
        evidence_dict({f"{i}: {t}": v for i, (t, v) in enumerate(FIGURE.items())}),
    ):
        feedback = checks.check_evidence(answer)
        assert feedback.ok, feedback.message
    by_index = {}
    for text in FIGURE.index:
        by_index[text] = FIGURE[text]
    for answer, words in [
        (evidence_dict(by_index), "zip(figure.index, figure)"),
        (evidence_dict(by_index), "'800' more than once"),
        ({k: v for k, v in evidence_dict().items() if k != "Jan-Sep"}, "jan_sep"),
        ({k: v for k, v in evidence_dict().items() if k != "day"}, "article_day's day"),
        (evidence_dict() | {"FY2018": f"{SWB[2018]:,}"}, "as a number"),
        ({k: v for k, v in evidence_dict().items() if k != "FY2004"}, "FY2004"),
        (list(evidence_dict().values()), "as a dict"),
    ]:
        feedback = checks.check_evidence(answer)
        assert not feedback.ok and words in feedback.message, (words, feedback.message)


def test_draft_read_back():
    draft = writeup.draft_paragraph()
    assert "303,961" in checks.check_draft(draft, evidence_dict()).message
    by_index = {text: FIGURE[text] for text in FIGURE.index}
    feedback = checks.check_draft(draft, evidence_dict(by_index))
    assert not feedback.ok and "zip(figure.index, figure)" in feedback.message, feedback.message
    assert checks.check_draft(f"FY2018 had {SWB[2018]:,} apprehensions.", evidence_dict()).ok


def test_writeup_chart_refuses_overlapping_notes():
    from matplotlib.ticker import MaxNLocator

    from helpers.charts import annotate_point, headline, house_style, source_line

    def lesson_chart(low_at, year_at):
        with house_style():
            fig, ax = plt.subplots(figsize=(8, 5))
            ax.plot(list(SWB.loc[2000:].index), list(SWB.loc[2000:].astype(float)))
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.yaxis.set_major_formatter("{x:,.0f}")
            annotate_point(ax, LOW, SWB[LOW], f"FY{LOW}: {SWB[LOW]:,},\nfewest since FY1971", **low_at)
            annotate_point(ax, 2018, SWB[2018], f"FY2018:\n{SWB[2018]:,}", **year_at)
            headline(fig, "Border arrests fell", "US Border Patrol apprehensions")
            source_line(fig, "US Customs and Border Protection")
            plt.close(fig)
        return fig

    for low_at, year_at in (
        ({"dx": -10, "dy": 60}, {"dx": 8, "dy": 30}),
        ({"dx": -10, "dy": 60}, {}),
        ({"dx": -10, "dy": 50}, {"dx": 10, "dy": 20}),
    ):
        feedback = checks.check_writeup_chart(lesson_chart(low_at, year_at))
        assert feedback.ok, (low_at, year_at, feedback.message)
    for low_at, year_at in (({}, {}), ({}, {"dx": 8, "dy": 30}), ({"dx": 20, "dy": 30}, {"dx": 5, "dy": 20})):
        feedback = checks.check_writeup_chart(lesson_chart(low_at, year_at))
        assert not feedback.ok and "overlap" in feedback.message and "dx=-10, dy=60" in feedback.message, (
            low_at,
            year_at,
            feedback.message,
        )


def test_draft_message_speaks_of_the_piece():
    piece = (
        f"# Fact-check\n\nFY2018 had {SWB[2018]:,} apprehensions, {N['spring'][2018] / N['spring'][2017]:.1f} times."
    )
    feedback = checks.check_draft(piece, evidence_dict())
    assert feedback.ok and "your piece" in feedback.message, feedback.message
    assert "example answer" not in feedback.message and "sentence" not in feedback.message
    feedback = checks.check_draft("# Fact-check\n\nNo numbers.", evidence_dict())
    assert not feedback.ok and "example answer" not in feedback.message, feedback.message


def test_over_given_as_a_series_of_apprehensions():
    early = _swb().loc[2000:2004]
    for over in (early[early > 1_000_000].index, list(early[early > 1_000_000].index), pd.Series(OVER)):
        assert checks.check_springs_and_years(LOWER, over).ok
    for over, words in [
        (early[early > 1_000_000], "its labels"),
        ([int(v) for v in early[early > 1_000_000]], "numbers of apprehensions"),
        (early[early <= 1_000_000].index, "*under*"),
    ]:
        feedback = checks.check_springs_and_years(LOWER, over)
        assert not feedback.ok and words in feedback.message, feedback.message
    assert "list comprehension" not in checks.check_springs_and_years(LOWER, early[early > 1_000_000]).message


def test_and_show_piece():
    shown = checks.check_and_show_piece(good_piece())
    assert shown.ok and "# Fact-check" in shown.message and "# Fact-check" in shown._repr_markdown_()
    for piece, words in [
        (good_piece().replace("# Fact-check", "Fact-check"), "Markdown heading"),
        (..., "Replace the `...`"),
        (good_piece().replace("\n\n", "\n"), "blank line"),
    ]:
        feedback = checks.check_and_show_piece(piece)
        assert not feedback.ok and words in feedback.message, feedback.message
