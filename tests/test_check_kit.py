"""The check kit (helpers/checks/kit.py): values judged, not representation; one message policy."""

import numpy as np
import pandas as pd
import pytest

from helpers.checks import kit

TROOPS = pd.DataFrame({"state": ["Texas", "New Mexico", "Arizona", "California"], "troops": [1145, 115, 580, 360]})
SWB = pd.Series([303916, 396579], index=[2017, 2018], name="southwest_border")


@pytest.mark.parametrize(
    "answer",
    [
        TROOPS.copy(),
        TROOPS.reset_index(drop=True).set_axis([10, 11, 12, 13]),  # other index labels
        TROOPS[["troops", "state"]],  # columns in another order
        TROOPS.astype({"troops": float}),  # an equal float
        TROOPS.assign(share=TROOPS["troops"] / 2200),  # an extra column
    ],
)
def test_a_table_is_judged_by_its_values(answer):
    assert kit.expect_table(answer, TROOPS, name="guard", what="the Guard table").ok


def test_unordered_tables_match_whatever_the_order_and_number_type():
    shuffled = TROOPS.iloc[[2, 0, 3, 1]].astype({"troops": float})
    assert kit.expect_table(shuffled, TROOPS, name="guard", what="the Guard table", ordered=False).ok
    assert not kit.expect_table(shuffled, TROOPS, name="guard", what="the Guard table").ok


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (TROOPS.iloc[:0], "keeps 0 rows; the Guard table has 4"),
        (TROOPS[["state"]], "needs the column `troops`; it has `state`"),
        (TROOPS.assign(troops=TROOPS["troops"] + 1), "its `troops` column"),
        (TROOPS.iloc[::-1], "another order"),
        (3, "but it is an int"),
    ],
)
def test_wrong_tables_get_a_hint_that_never_contradicts_itself(answer, said):
    feedback = kit.expect_table(answer, TROOPS, name="guard", what="the Guard table")
    assert not feedback.ok and said in feedback.message, feedback.message


@pytest.mark.parametrize("answer", [SWB, SWB.rename("x"), SWB.astype(float), SWB.iloc[::-1], SWB.to_frame()])
def test_a_series_is_judged_by_labels_and_values_not_name_or_order(answer):
    assert kit.expect_series(answer, SWB, name="swb", what="the southwest border").ok


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (SWB.reset_index(drop=True), "has the labels `0` and `1`"),
        (SWB * 2, "not the right values for `2017` and `2018` (for `2017`: 607,832, expected 303,916)"),
        (SWB.iloc[:1], "has 1 value; the southwest border has 2"),
        (pd.DataFrame({"a": [1, 2], "b": [3, 4]}), "a table with the columns `a` and `b`"),
    ],
)
def test_wrong_series_get_plain_hints(answer, said):
    feedback = kit.expect_series(answer, SWB, name="swb", what="the southwest border")
    assert not feedback.ok and said in feedback.message, feedback.message


@pytest.mark.parametrize("answer", [1171400, 1171400.0, np.int64(1171400), np.float64(1171400.0)])
def test_a_number_is_a_number_whatever_its_type(answer):
    assert kit.expect_number(answer, 1171400, name="n", what="FY2000's count").ok


def test_numbers_are_written_as_the_course_writes_them():
    feedback = kit.expect_number(1171401.5, 1171400, name="n", what="FY2000's count")
    assert "1,171,401.5" in feedback.message and "e+06" not in feedback.message
    assert kit.show(2018) == "2018" and kit.show(303916) == "303,916" and kit.show(3.0714) == "3.071"


def test_a_known_mistake_gets_its_own_message():
    feedback = kit.expect_number(12195, 37390, name="spring", what="March 2018", mistakes={"That is March 2017.": 12195})
    assert feedback.message == "That is March 2017."
    by_rule = kit.expect_number(-5, 37390, name="spring", what="March 2018", mistakes={"A count is never negative.": lambda a: a < 0})
    assert by_rule.message == "A count is never negative."


@pytest.mark.parametrize(("value", "said"), [(3, "an int"), ("x", "text (a str)"), (None, "nothing (None)"), (pd.DataFrame({"a": [1]}), "a DataFrame with 1 column")])
def test_types_are_named_with_their_article(value, said):
    assert kit.kind(value) == said


def test_a_list_of_strings_is_asked_for_by_its_items():
    feedback = kit.expect_list([2000, 2001], ["2000", "2001"], name="over", what="the years over a million", item=str)
    assert not feedback.ok and "should be text (str): 2000 is an int" in feedback.message
    assert kit.expect_list(["2001", "2000"], ["2000", "2001"], name="over", what="x", item=str, ordered=False).ok
