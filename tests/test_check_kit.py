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


# --- "lowest since" / "highest since"

#: FY2014 (400): the last lower year is 2012 (the lowest, 2010), the last higher 2013 (the highest, 2011);
#: a later year, 2016, is lower too.
COUNTS = pd.Series([300, 500, 350, 450, 400, 600, 320], index=range(2010, 2017))


def latest_lower(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def latest_higher_loop(counts, year):
    found = None
    for label, count in counts.items():
        if label < year and count > counts[year]:
            found = label
    return found


def since(function, compare, **options):
    return kit.expect_since(
        function, name=f"{compare}_since", compare=compare, counts=COUNTS, years=(2014, 2012), data="swb", **options
    )


@pytest.mark.parametrize(
    "compare, function",
    [
        ("lowest", latest_lower),
        ("lowest", lambda c, y: float(latest_lower(c, y)) if latest_lower(c, y) is not None else None),
        ("lowest", lambda c, y: next((i for i in reversed(c.index) if i < y and c[i] < c[y]), None)),
        ("highest", latest_higher_loop),
        ("highest", lambda c, y: (lambda h: np.int64(h.index.max()) if len(h) else None)(c.loc[: y - 1][c > c[y]])),
    ],
    ids=["pandas", "float", "generator", "loop", "numpy-int"],
)
def test_since_accepts_the_function_however_it_is_written(compare, function):
    feedback = since(function, compare)
    assert feedback.ok, feedback.message
    assert f"strictly {'lower' if compare == 'lowest' else 'higher'}" in feedback.message


def _or_equal(counts, year):
    lower = counts[(counts.index < year) & (counts <= counts[year])]
    return int(lower.index.max()) if len(lower) else None


def _no_none(counts, year):
    return int(counts[(counts.index < year) & (counts < counts[year])].index.max())


def _lowest_of_all(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.idxmin()) if len(lower) else None


@pytest.mark.parametrize(
    "compare, function, says",
    [
        ("lowest", ..., "Replace the `...`"),
        ("lowest", 2013, "without brackets"),
        ("lowest", _or_equal, "use `<`, not `<=`"),
        ("lowest", _no_none, "Return `None` when there are no lower years"),
        ("lowest", lambda c, y: latest_lower(c, y) if len(c) > 3 else 1999, "returned a year. Return `None` then"),
        ("lowest", lambda c, y: latest_lower(c, y) if len(c) != 4 else 1999, "should return `None` there"),
        ("lowest", _lowest_of_all, "most *recent* lower year"),
        ("lowest", lambda c, y: y - latest_lower(c, y) if latest_lower(c, y) else None, "a number of years"),
        ("lowest", lambda c, y: c[c < c[y]], "returned a table"),
        (
            "lowest",
            lambda c, y: (lambda lower: int(lower.index.max()) if len(lower) else None)(c[c < c[y]]),
            "*later* year",
        ),
        ("lowest", latest_higher_loop, "a year with a *higher* count: that is `highest_since`"),
        ("highest", latest_lower, "a year with a *lower* count: that is `lowest_since`"),
        (
            "highest",
            lambda c, y: latest_higher_loop(c, y) if y != 2014 else 2010,
            "`highest_since(swb, 2014)` should be FY2013",
        ),
        ("lowest", lambda c, y: 1 / 0, "stopped with ZeroDivisionError"),
    ],
    ids=[
        "unanswered",
        "a-value",
        "or-equal",
        "no-none",
        "a-year-where-none",
        "a-year-on-a-tie",
        "extreme",
        "gap",
        "table",
        "later",
        "other-comparison",
        "other-comparison-highest",
        "other-year",
        "error",
    ],
)
def test_since_names_each_mistake(compare, function, says):
    feedback = since(function, compare)
    assert not feedback.ok and says in feedback.message, feedback.message


def test_since_never_shows_the_answer_of_a_hidden_year():
    def wrong_on_2014(counts, year):
        return 2011 if year == 2014 else latest_lower(counts, year)

    shown = since(wrong_on_2014, "lowest")
    assert "should be FY2012" in shown.message
    hidden = since(wrong_on_2014, "lowest", hidden=(2014,))
    assert not hidden.ok and "2012" not in hidden.message and "most recent earlier year" in hidden.message


def test_since_takes_the_lessons_own_hints_first_and_its_truth_from_the_story():
    from helpers.story import highest_since, lowest_since

    assert lowest_since(COUNTS, 2014) == 2012 and highest_since(COUNTS, 2014) == 2013
    own = {"The lesson's own hint.": lambda arguments, result: result == 2013}
    assert since(latest_higher_loop, "lowest", mistakes=own).message == "The lesson's own hint."
    assert since(latest_lower, "lowest", success="Well done.").message == "Well done."
    with pytest.raises(ValueError, match="lowest"):
        since(latest_lower, "lower")
