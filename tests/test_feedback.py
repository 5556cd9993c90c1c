"""The course-wide policies every check shares (helpers.checks.feedback)."""

import numpy as np
import pandas as pd
import pytest

from helpers.checks import feedback


@pytest.mark.parametrize("answer", [8, 8.5, np.int64(8), np.float64(24.4), -3])
def test_a_number_is_a_number(answer):
    assert feedback.not_a_number(answer) is None


@pytest.mark.parametrize(
    "answer, says",
    [
        ("8", "write `8`"),
        ("24.4%", "the % sign: write `24.4`"),
        ("1,234", "the commas: write `1234`"),
        ("FY2012", "the FY: write `2012`"),
        ("eight", "text ('eight'), not a number"),
        (True, "yes/no value"),
        (pd.Series([1, 2]), "whole table or column"),
        ([1, 2], "a list, not a number"),
        (..., "Replace the `...`"),
    ],
)
def test_anything_else_gets_a_hint_that_says_how_to_give_a_number(answer, says):
    hint = feedback.not_a_number(answer)
    assert hint is not None and not hint.ok and says in hint.message


EVIDENCE = {"Arizona sectors, FY2010 share (%)": 48.97, "FY2010 southwest border": 447_731, "spring ratio": 3.066}


@pytest.mark.parametrize(
    "sentence",
    [
        "In FY2010 the Arizona sectors still made 49% of the arrests.",
        "In FY2010 the Arizona sectors made 49.0% of about 450,000 arrests.",
        "Spring 2018 had 3.1 times as many arrests as spring 2017, in all four states.",
    ],
)
def test_a_finding_whose_numbers_match_the_data_passes(sentence):
    assert feedback.check_numbers_in_sentence(sentence, EVIDENCE).ok


@pytest.mark.parametrize(
    "sentence, says",
    [
        ("In FY2010 the Arizona sectors made 52% of the arrests.", "can't find '52%'"),
        ("In FY2010 the Arizona sectors made 48.9% of the arrests.", "can't find '48.9%'"),
        ("Arizona made most of the arrests in FY2010.", "no number yet"),
        ("...", "between the quotes"),
        (49, "sentence of text"),
    ],
)
def test_a_finding_with_a_wrong_or_missing_number_gets_a_hint(sentence, says):
    result = feedback.check_numbers_in_sentence(sentence, EVIDENCE)
    assert not result.ok and says in result.message


def test_dates_in_a_finding_say_when_and_are_not_matched():
    assert feedback.check_numbers_in_sentence("On 25 October 2018 Arizona still had 49% of arrests.", EVIDENCE).ok
