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
        (TROOPS.iloc[:0], "keeps 0 rows; it should have 4 (the Guard table)"),
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
        (SWB.iloc[:1], "has 1 value; it should have 2 (the southwest border)"),
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
    feedback = kit.expect_number(
        12195, 37390, name="spring", what="March 2018", mistakes={"That is March 2017.": 12195}
    )
    assert feedback.message == "That is March 2017."
    by_rule = kit.expect_number(
        -5, 37390, name="spring", what="March 2018", mistakes={"A count is never negative.": lambda a: a < 0}
    )
    assert by_rule.message == "A count is never negative."


@pytest.mark.parametrize(
    ("value", "said"),
    [
        (3, "an int"),
        ("x", "text (a str)"),
        (None, "nothing (None)"),
        (pd.DataFrame({"a": [1]}), "a DataFrame with 1 column"),
    ],
)
def test_types_are_named_with_their_article(value, said):
    assert kit.kind(value) == said


def test_a_list_of_strings_is_asked_for_by_its_items():
    feedback = kit.expect_list([2000, 2001], ["2000", "2001"], name="over", what="the years over a million", item=str)
    assert not feedback.ok and "should be text (str): 2000 is an int" in feedback.message
    assert kit.expect_list(["2001", "2000"], ["2000", "2001"], name="over", what="x", item=str, ordered=False).ok


FACTS = [
    kit.Fact("Tucson's FY2018 apprehensions", 52172, (("Tucson",), ("2018",))),
    kit.Fact("San Diego's FY2018 apprehensions", 38591, (("San Diego",), ("2018",))),
    kit.Fact("the southwest border's FY2018 apprehensions", 396579, (("southwest",), ("2018",))),
    kit.Fact("the nationwide FY2018 apprehensions", 404142, (("nationwide", "whole border", "all borders"),)),
    kit.Fact("the troops the president suggested", 15000, (("troops",),), status="suggested"),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tucson sector made 52,172 apprehensions in FY2018.",
        "In fiscal year 2018 the Tucson sector had about 52,000 apprehensions.",
        "San Diego: 38,591 apprehensions (FY2018).",
        "Nationwide, the Border Patrol made 404,142 apprehensions.",
        "The president suggested that up to 15,000 troops could go to the border.",
    ],
)
def test_a_finding_with_its_numbers_and_subjects_passes(sentence):
    assert kit.expect_finding(sentence, FACTS).ok


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Tucson had 38,591 apprehensions in FY2018.", "is San Diego's FY2018 apprehensions"),
        ("The southwest border saw 404,142 apprehensions in FY2018.", "is the nationwide FY2018 apprehensions"),
        ("15,000 troops were deployed to the border.", "were suggested, not deployed"),
        ("Tucson had 1,171,400 apprehensions in 2018.", "nearest value there is 404,142"),
        ("Tucson was busy.", "has no number yet"),
    ],
)
def test_a_finding_with_a_number_on_the_wrong_subject_gets_a_hint(sentence, said):
    feedback = kit.expect_finding(sentence, FACTS)
    assert not feedback.ok and said in feedback.message, feedback.message


def test_a_file_is_judged_by_place_format_line_endings_and_blank_pictures(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = tmp_path / "output"
    out.mkdir()
    good = out / "table.csv"
    good.write_bytes(b"a,b\n1,2\n")
    assert kit.expect_file(good, name="path", folder=out, suffix=".csv", line_endings="\n").ok
    assert kit.expect_file(str(good), name="path", folder=out, suffix=".csv").ok  # a string path is a path
    beside = tmp_path / "table.csv"
    beside.write_bytes(b"a,b\n1,2\n")
    assert (
        "not in the course's output folder" in kit.expect_file(beside, name="path", folder=out, suffix=".csv").message
    )
    crlf = out / "crlf.csv"
    crlf.write_bytes(b"a,b\r\n1,2\r\n")
    assert (
        "Windows line endings"
        in kit.expect_file(crlf, name="path", folder=out, suffix=".csv", line_endings="\n").message
    )
    fig, ax = plt.subplots()
    ax.bar([1, 2], [3, 4])
    fig.savefig(out / "chart.png")
    assert kit.expect_file(out / "chart.png", name="path", folder=out, suffix=".png").ok
    blank = plt.figure()
    blank.savefig(out / "blank.png")
    assert "blank picture" in kit.expect_file(out / "blank.png", name="path", folder=out, suffix=".png").message
    plt.close("all")


def test_a_chart_is_judged_by_its_marks_and_labels():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    assert "is empty" in kit.expect_chart(fig, name="fig").message
    ax.barh(["a", "b"], [1, 2])
    assert kit.expect_chart(fig, name="fig", marks={"bars": 2}).ok
    assert "no title" in kit.expect_chart(fig, name="fig", title=True).message
    ax.set_title("A title")
    fig.text(0.01, 0.01, "Source: CBP")
    assert kit.expect_chart(fig, name="fig", marks={"bars": 2}, title=True, source=True).ok
    assert "has 2 bars; the chart needs 4" in kit.expect_chart(fig, name="fig", marks={"bars": 4}).message
    assert "but it is an Axes" in kit.expect_chart(ax, name="fig").message
    plt.close("all")


def test_a_function_is_tried_on_each_case():
    def right(x):
        return x * 2

    cases = [((1,), 2), ((3,), 6)]
    assert kit.expect_function(right, cases, name="double", what="doubling").ok
    assert (
        "gave 4; doubling gives 6"
        in kit.expect_function(lambda x: x + 1, cases, name="double", what="doubling").message
    )
    assert (
        "does your function `return`"
        in kit.expect_function(lambda x: None, cases, name="double", what="doubling").message
    )
    assert (
        "stopped with ZeroDivisionError"
        in kit.expect_function(lambda x: 1 / 0, cases, name="double", what="doubling").message
    )
    assert "should be a function" in kit.expect_function(3, cases, name="double", what="doubling").message


def test_status_is_judged_in_the_numbers_own_clause_and_titles_are_not_figures():
    said = kit.expect_finding("The president announced a plan; 15,000 troops were at the border by November.", FACTS)
    assert not said.ok and "suggested, not deployed" in said.message, said.message
    hedged = kit.expect_finding("Up to 15,000 troops could be sent to the border, the president suggested.", FACTS)
    assert hedged.ok, hedged.message
    title = [kit.Fact("FY2024's Title 8 apprehensions", 1530523, (("Title 8",),))]
    assert kit.expect_finding("Under Title 8, FY2024 had 1,530,523 apprehensions.", title).ok


def test_ratios_read_both_ways_and_need_both_subjects():
    years = [
        kit.Fact("FY2000's Arizona count", 725093, (("2000",), ("Arizona",))),
        kit.Fact("FY2019's Arizona count", 131759, (("2019",), ("Arizona",))),
    ]
    facts = years + kit.ratios(years)
    assert kit.expect_finding(
        "The Arizona sectors made 5.5 times as many apprehensions in FY2000 as in FY2019.", facts
    ).ok
    assert kit.expect_finding("In FY2019 the Arizona sectors made 0.18 times their FY2000 count.", facts).ok
    assert not kit.expect_finding("The Arizona sectors made 5.5 times as many in FY2000.", facts).ok
