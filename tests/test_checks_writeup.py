"""The self-checks of notebook 09 accept the right answers and give each common wrong one its own hint."""

import pandas as pd
import pytest

from helpers import checks
from helpers.checks import writeup

N = writeup.numbers()
SWB, LOW = N["swb"], N["low"]
SENTENCE = writeup.claim_sentences()[1]


def verdict_table(verdicts):
    claims = writeup.claim_sentences()
    return pd.DataFrame({"claim": [claims[0], claims[1], claims[1]], "verdict": verdicts, "evidence": ["e"] * 3})


def test_verdict_table():
    assert checks.check_verdict_table(verdict_table(writeup.expected_verdicts())).ok
    wrong = [
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
        (["a list"], "should be text"),
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
    assert checks.check_rewrite(right).ok
    wrong = [
        (writeup.overclaiming_sentence(), "still says"),
        (f"Border Patrol figures show {SWB[2018]:,} crossings in FY2018.", "apprehensions (arrests)"),
        (f"There were {SWB[2018]:,} arrests in FY2018.", "Attribute"),
        (right.replace(f"{SWB[2018]:,}", "396,597"), "can't find"),
        ("...", "Write your finding"),
    ]
    for sentence, expected in wrong:
        feedback = checks.check_rewrite(sentence)
        assert not feedback.ok and expected in feedback.message, (sentence, feedback.message)


def request(body):
    return (
        f'Dear editor, your article says: "{SENTENCE}" {body} According to US Customs and Border Protection, '
        f"Border Patrol agents made {SWB[2018]:,} apprehensions in FY2018. Would you consider a correction? Thank you."
    )


def test_correction_request():
    assert checks.check_correction_request(request("")).ok
    wrong = [
        (request("").replace(f'"{SENTENCE}"', "that about 300,000 crossed"), "Quote the article's sentence"),
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


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "chart.png").write_bytes(b"png")
    alt = "Line chart: southwest border apprehensions by fiscal year, from 2000 to 2018, lowest in 2017."
    (tmp_path / writeup.PIECE_MD).write_text(f"# Piece\n\n![{alt}](chart.png)\n\nSource: CBP\n", encoding="utf-8")
    (tmp_path / writeup.PIECE_HTML).write_text('<p><img src="chart.png" alt="x"></p>', encoding="utf-8")
    return tmp_path


def test_writeup_files(folder):
    assert checks.check_writeup_files(folder).ok
    (folder / writeup.PIECE_HTML).unlink()
    assert "no fact-check.html" in checks.check_writeup_files(folder).message
    md = folder / writeup.PIECE_MD
    md.write_text(md.read_text().replace("](chart.png)", "](../charts/chart.png)"))
    assert "beside the Markdown" in checks.check_writeup_files(folder).message
    md.write_text("# Piece\n\nno chart\n")
    assert "no chart" in checks.check_writeup_files(folder).message
    assert "Pass the folder" in checks.check_writeup_files(42).message
