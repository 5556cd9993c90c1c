"""The self-checks of notebook 03 accept the right answers and give each common wrong one its own hint."""

import pandas as pd
import pytest

from helpers import checks, data, paths

MONTHLY = data.load_monthly()
YEARLY = data.load_apprehensions().set_index("fiscal_year")


def lowest_month(months, column="swb_apprehensions"):
    return months.loc[months[column].idxmin()]


FY2018 = MONTHLY[MONTHLY["fiscal_year"] == 2018]


def test_lowest_month_right_answers():
    row = lowest_month(FY2018)
    for answer in (row["month"], row["month"].lower(), f"{row['month']} {row['calendar_year']}", row["month"][:3]):
        assert checks.check_lowest_month(answer).ok, answer


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: lowest_month(MONTHLY[MONTHLY["calendar_year"] == 2018])["month"], "*calendar* year"),
        (lambda: FY2018.loc[FY2018["swb_apprehensions"].idxmax(), "month"], "*highest* month"),
        (lambda: lowest_month(MONTHLY[MONTHLY["fiscal_year"] == 2017])["month"], "one year off"),
        (lambda: f"{lowest_month(FY2018)['month']} {lowest_month(FY2018)['calendar_year'] + 1}", "is not in FY2018"),
        (lambda: int(lowest_month(FY2018)["swb_apprehensions"]), "number of apprehensions in the lowest month"),
        (lambda: int(lowest_month(FY2018)["month_number"]), "the month's number"),
        (lambda: FY2018[FY2018["swb_apprehensions"] == FY2018["swb_apprehensions"].min()], "table or a column"),
        (lambda: lowest_month(FY2018), "table or a column"),
        (lambda: "Smarch", "not the name of a month"),
        (lambda: "June", "another month of FY2018 had fewer"),
        (lambda: ["October"], "should be a month's name"),
    ],
    ids=[
        "unanswered",
        "calendar-year",
        "highest",
        "fy2017",
        "wrong-october",
        "count",
        "month-number",
        "dataframe",
        "row",
        "not-a-month",
        "other-month",
        "list",
    ],
)
def test_lowest_month_hints(make_answer, expected):
    feedback = checks.check_lowest_month(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def swb():
    years = YEARLY[YEARLY["measure"] == "apprehensions"]
    return years["southwest_border"].dropna().loc[:2018]


NATIONWIDE = YEARLY.loc[YEARLY["measure"] == "apprehensions", "nationwide"].dropna().loc[:2018]


def test_fy2011_low_is_computed_and_right_answers_are_accepted():
    counts = swb()
    lower = counts[(counts.index < 2011) & (counts < counts[2011])]
    expected = lower.index.max()
    assert expected == 1972  # the reference log: FY1972 (321,326) and FY1971 (263,991) were lower than FY2011
    for answer in (expected, int(expected), float(expected)):
        assert checks.check_fy2011_low(answer).ok, answer


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (1971, "one year off for the southwest border"),
        (321_326, "a count of apprehensions, not a year"),
        (327_577.0, "a count of apprehensions, not a year"),
        (99_999, "not a fiscal year"),
        (1970, "takes the fact sheet at its word"),
        (39, "a number of years"),
        (41, "a number of years"),
        (1960, "lowest of all the earlier years"),
        (2017, "*before* FY2011"),
        (2010, "had more apprehensions"),
        (1965, "not the most recent lower year"),
        (1930, "series starts in FY1960"),
        (1972.5, "whole number"),
        ("nineteen seventy-two", "not a number"),
        ("1972", "Drop the quotes"),
        ("FY1972", "the FY"),
        (pd.DataFrame({"fiscal_year": [1972]}), "table or a column"),
    ],
    ids=[
        "unanswered",
        "nationwide-and-off-by-one",
        "count-of-fy1972",
        "count-of-fy2011",
        "not-a-year",
        "crs-at-its-word",
        "years-39",
        "years-41",
        "idxmin",
        "after",
        "higher-year",
        "not-most-recent",
        "before-series",
        "fraction",
        "words",
        "text-year",
        "text-fy-year",
        "dataframe",
    ],
)
def test_fy2011_low_hints(answer, expected):
    feedback = checks.check_fy2011_low(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_nationwide_hint_targets_the_nationwide_answer():
    nationwide = YEARLY.loc[YEARLY["measure"] == "apprehensions", "nationwide"].dropna()
    lower = nationwide[(nationwide.index < 2011) & (nationwide < nationwide[2011])]
    message = checks.check_fy2011_low(lower.index.max()).message
    # the nationwide answer is one year off the southwest border's: the hint says both, and what to check
    assert "nationwide" in message and "one year off" in message and "strict `<`" in message


def test_the_count_of_the_latest_lower_year_is_not_taken_for_a_year():
    counts = swb()
    earlier_lower = counts[(counts.index < 2011) & (counts < counts[2011])]
    message = checks.check_fy2011_low(earlier_lower.max()).message
    assert "count of apprehensions" in message and "store the year" in message and "Only years" not in message


# --------------------------------------------------------------------------- type-along checks


RAW = pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")
APPREHENSIONS = YEARLY[YEARLY["measure"] == "apprehensions"]


def test_raw_yearly_right_answer():
    assert checks.check_raw_yearly(pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv")).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: "apprehensions_by_fiscal_year.csv", "not the table"),
        (lambda: paths.DATASETS / "apprehensions_by_fiscal_year.csv", "not the table"),
        (lambda: RAW.tail(), "Store the whole table"),
        (lambda: data.load_apprehensions(), "checked loader"),
        (lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", header=None), "header=None"),
        (lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", sep=";"), "sep="),
        (lambda: pd.read_csv(paths.DATASETS / "monthly_apprehensions_fy2000_2019.csv"), "another dataset"),
        (
            lambda: pd.read_csv(paths.DATASETS / "apprehensions_by_fiscal_year.csv", index_col="fiscal_year"),
            "index_col",
        ),
        (lambda: RAW["southwest_border"], "as a table (a DataFrame); it is a Series"),
    ],
    ids=["unanswered", "name", "path", "tail", "loader", "no-header", "sep", "monthly", "index-col", "column"],
)
def test_raw_yearly_hints(make_answer, expected):
    feedback = checks.check_raw_yearly(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_swb_right_answer_stops_at_the_article_year():
    expected = APPREHENSIONS.loc[:2018, "southwest_border"].dropna()
    assert expected.index.min() == 1960 and expected.index.max() == 2018
    assert checks.check_swb(expected).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: APPREHENSIONS["southwest_border"].dropna(), "goes past FY2018"),
        (lambda: YEARLY["southwest_border"].dropna(), "*encounters*"),
        (lambda: APPREHENSIONS.loc[:2018, "southwest_border"], "`.dropna()`"),
        (lambda: APPREHENSIONS.loc[:2018, "nationwide"].dropna(), "*nationwide*"),
        (lambda: APPREHENSIONS.reset_index(drop=True)["southwest_border"].dropna(), "set_index"),
        (lambda: APPREHENSIONS.loc[:2018], "whole table"),
        (lambda: 303916, "should be a pandas Series"),
    ],
    ids=["unanswered", "fy2019-and-fy2024", "encounters", "blanks", "nationwide", "no-index", "table", "number"],
)
def test_swb_hints(make_answer, expected):
    feedback = checks.check_swb(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def strict(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def or_equal(counts, year):
    lower = counts[(counts.index < year) & (counts <= counts[year])]
    return int(lower.index.max()) if len(lower) else None


def any_year(counts, year):
    lower = counts[counts < counts[year]]
    return int(lower.index.max()) if len(lower) else None


def lowest_of_all(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.idxmin()) if len(lower) else None


def never_none(counts, year):
    return int(counts[(counts.index < year) & (counts < counts[year])].index.max())


def years_back(counts, year):
    since = strict(counts, year)
    return None if since is None else year - since


def test_lowest_since_is_the_course_definition():
    from helpers.story import lowest_since

    assert lowest_since(pd.Series([5, 3, 4, 3], index=[2000, 2001, 2002, 2003]), 2003) is None  # strictly lower
    assert lowest_since(swb(), 2017) == 1971
    assert checks.check_lowest_since(strict).ok


@pytest.mark.parametrize(
    "answer, expected",
    [
        (..., "Replace the `...`"),
        (or_equal, "not `<=`"),
        (any_year, "*later* year"),
        (lowest_of_all, "most *recent* lower year"),
        (never_none, "Return `None`"),
        (years_back, "a number of years"),
        (1971, "without brackets"),
    ],
    ids=["unanswered", "or-equal", "any-year", "idxmin", "never-none", "years-back", "a-value"],
)
def test_lowest_since_hints(answer, expected):
    feedback = checks.check_lowest_since(answer)
    assert not feedback.ok and expected in feedback.message, feedback.message


SPRING = MONTHLY[MONTHLY["month_number"].isin([3, 4, 5])]


def test_spring_totals_right_answers():
    by_calendar = SPRING.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018]
    by_fiscal = SPRING.groupby("fiscal_year")["swb_apprehensions"].sum().loc[:2018]
    assert checks.check_spring_totals(by_calendar).ok and checks.check_spring_totals(by_fiscal).ok


@pytest.mark.parametrize(
    "make_answer, expected",
    [
        (lambda: ..., "Replace the `...`"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].sum(), "go past 2018"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].mean().loc[:2018], "`.mean()`"),
        (lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].count().loc[:2018], "`.count()`"),
        (lambda: SPRING.groupby("calendar_year")["nationwide_apprehensions"].sum().loc[:2018], "*nationwide*"),
        (lambda: MONTHLY.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018], "whole calendar years"),
        (lambda: SPRING.groupby("calendar_year").sum().loc[:2018], "table of several columns"),
        (
            lambda: (
                MONTHLY[MONTHLY["month_number"].isin([4, 5, 6])]
                .groupby("calendar_year")["swb_apprehensions"]
                .sum()
                .loc[:2018]
            ),
            "Not the spring totals",
        ),
    ],
    ids=["unanswered", "past-2018", "mean", "count", "nationwide", "whole-years", "table", "other-months"],
)
def test_spring_totals_hints(make_answer, expected):
    feedback = checks.check_spring_totals(make_answer())
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_low_finding_right_answers():
    counts = swb()
    example = (
        f"FY2017 had {counts[2017]:,} southwest border apprehensions (arrests, not people), "
        f"the fewest since FY1971: a {2017 - 1971}-year low."
    )
    springs = SPRING.groupby("calendar_year")["swb_apprehensions"].sum()
    other = (
        f"In spring 2018 the Border Patrol made {springs[2018]:,} arrests at the southwest border, "
        f"{springs[2018] / springs[2017]:.1f} times spring 2017."
    )
    for sentence in (
        example,
        other,
        f"FY2011 was a {2011 - 1972}-year low at the southwest border, with about {round(counts[2011], -3):,.0f} arrests.",
        f"In FY2015 the Border Patrol made {counts[2015]:,} apprehensions at the southwest border, the fewest "
        "since FY2011.",
        f"FY2015 had {NATIONWIDE[2015]:,} apprehensions nationwide, the fewest since FY1971: a {2015 - 1971}-year low.",
        f"Southwest border apprehensions fell from {counts[2016]:,} in FY2016 to {counts[2017]:,} in FY2017, "
        f"{(1 - counts[2017] / counts[2016]) * 100:.0f}% fewer.",
        f"FY2018's {counts[2018]:,} southwest border apprehensions were the most since FY2016.",
        f"The lowest since FY2011: {counts[2015]:,} southwest border apprehensions in FY2015.",
    ):
        assert checks.check_low_finding(sentence).ok, sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (..., "Write your finding"),
        ("...", "Write your finding"),
        ("Apprehensions fell a lot.", "Name the year"),
        ("FY2017 was the lowest year.", "has no number"),
        ("FY2017 was a 40-year low.", "can't find '40-year'"),
        ("FY2017 had 396,579 apprehensions.", "'396,579' is FY2018's southwest border count, not FY2017's"),
        ("FY1950 had 5 apprehensions.", "pick a year in that range"),
        (2017, "sentence of text"),
        # the novice's probes: the nationwide count as the southwest border's, a false "since", people
        (
            "In FY2015 the Border Patrol made 337,117 apprehensions at the southwest border",
            "'337,117' is FY2015's nationwide count, but your sentence says southwest border (FY2015 southwest "
            "border: 331,333)",
        ),
        (
            "In FY2015 the Border Patrol made 331,333 apprehensions at the southwest border, the fewest since FY2012.",
            "it was the lowest since FY2011. Test it with `lowest_since(swb, 2015)`",
        ),
        ("In FY2015, 331,333 people crossed the southwest border.", 'says "people", but apprehensions are arrests'),
        ("FY2015: the Border Patrol stopped 331,333 migrants at the southwest border.", "not people"),
        ("FY2015 saw 331,333 southwest border crossings.", "not crossings"),
        (
            "In FY2016 the Border Patrol made 331,333 apprehensions at the southwest border.",
            "is FY2015's southwest border count, not FY2016's (FY2016 had 408,870)",
        ),
        (
            "In FY2016 the Border Patrol made 337,117 apprehensions at the southwest border.",
            "neither the year nor the series",
        ),
        ("FY2015 had 331,333 apprehensions.", "needs 'southwest'"),
        (
            "FY2015 had 337,117 apprehensions nationwide, the fewest since FY2011.",
            "for nationwide apprehensions it was the lowest since FY1971",
        ),
        ("FY2018's 396,579 southwest border apprehensions were the most since FY2014.", "highest since FY2016"),
        ("FY2017 had 396,000 southwest border apprehensions.", "nearest southwest border figure there is 303,916"),
        (
            "In spring 2018 the Border Patrol made 112,000 arrests at the southwest border.",
            "not spring 2018's (spring 2018 had 115,972)",
        ),
    ],
    ids=[
        "unanswered",
        "placeholder",
        "no-year",
        "no-number",
        "article-at-its-word",
        "other-year-count",
        "outside",
        "number",
        "nationwide-as-southwest",
        "false-since",
        "people-crossed",
        "migrants",
        "crossings",
        "other-year-same-series",
        "other-year-other-series",
        "no-series",
        "since-on-the-series-named",
        "highest-since",
        "nearest-in-the-series-named",
        "other-spring",
    ],
)
def test_low_finding_hints(sentence, expected):
    feedback = checks.check_low_finding(sentence)
    assert not feedback.ok and expected in feedback.message, feedback.message


VERDICTS = pd.DataFrame(
    {
        "claim": ["a", "b", "c"],
        "verdict": ["not supported", "cannot be checked", "cannot be checked"],
        "evidence": ["40-year: x 1", "300,000: y 2", "a million: z 3"],
    }
)


@pytest.fixture(autouse=False)
def output_here(tmp_path, monkeypatch):
    """The course's output folder, for the file checks, in the test's own folder."""
    monkeypatch.setattr(paths, "OUTPUT", tmp_path)
    return tmp_path


def write(tmp_path, **options):
    path = tmp_path / "fact_check.csv"
    VERDICTS.to_csv(path, **{"lineterminator": "\n", **options})
    return path


def test_fact_check_file_right_answer(tmp_path, output_here):
    assert checks.check_fact_check_file(write(tmp_path, index=False)).ok
    assert checks.check_fact_check_file(str(write(tmp_path, index=False))).ok  # a path as text


def test_fact_check_file_refuses_windows_line_endings_and_a_file_outside_output(tmp_path, output_here):
    crlf = checks.check_fact_check_file(write(tmp_path, index=False, lineterminator="\r\n"))
    assert not crlf.ok and "Windows line endings" in crlf.message, crlf.message
    beside = tmp_path.parent / "fact_check.csv"
    VERDICTS.to_csv(beside, index=False, lineterminator="\n")
    outside = checks.check_fact_check_file(beside)
    assert not outside.ok and "output folder" in outside.message, outside.message


@pytest.mark.parametrize(
    "options, expected",
    [
        ({}, "index=False"),
        ({"index": False, "header": False}, "no header line"),
        ({"index": False, "sep": ";"}, "separated by `;`"),
        ({"index": False, "columns": ["claim", "verdict"]}, "The header should be"),
    ],
    ids=["with-index", "no-header", "semicolons", "two-columns"],
)
def test_fact_check_file_hints(tmp_path, output_here, options, expected):
    feedback = checks.check_fact_check_file(write(tmp_path, **options))
    assert not feedback.ok and expected in feedback.message, feedback.message


def test_fact_check_file_other_hints(tmp_path, output_here):
    assert "no file at" in checks.check_fact_check_file(tmp_path / "nothing.csv").message.lower()
    assert "Replace the `...`" in checks.check_fact_check_file(...).message
    assert "Pass the file's path" in checks.check_fact_check_file(VERDICTS).message
    short = tmp_path / "short.csv"
    VERDICTS.head(2).to_csv(short, index=False)
    assert "one verdict each" in checks.check_fact_check_file(short).message
    odd = tmp_path / "odd.csv"
    VERDICTS.assign(verdict=["true", "false", "mostly true"]).to_csv(odd, index=False)
    assert "verdict vocabulary" in checks.check_fact_check_file(odd).message


# --------------------------------------------------------------------------- one-step type-along checks (kit)
#
# Each check: at least three valid ways of writing the answer pass, and the real mistakes get a
# "Not yet." with a hint of their own.

from helpers.article import extract_figures, load_article  # noqa: E402

ARTICLE_YEAR = 2018
LEDGER = extract_figures(load_article().text).merge(
    data.load_figure_annotations(), on=["text", "start"], how="left", validate="one_to_one"
)
CROSSING = LEDGER[LEDGER["counts"].isin(["people crossing", "duration"])]
FIGURE = CROSSING.set_index("text")["value"]
LOADED = data.load_apprehensions()
ROWS = LOADED[LOADED["measure"] == "apprehensions"]
APPR = ROWS.set_index("fiscal_year").loc[:ARTICLE_YEAR]
SWB = APPR["southwest_border"].dropna()
NATIONWIDE = APPR["nationwide"].dropna()
RECENT = SWB.loc[2009:2018]
SPRING_ROWS = MONTHLY[MONTHLY["month_number"].isin([3, 4, 5])]
TOTALS = SPRING_ROWS.groupby("calendar_year")["swb_apprehensions"].sum().loc[:ARTICLE_YEAR]
EARLIER = TOTALS.loc[:2017]
JAN_TO_SEP = MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] <= 9)]


def not_yet(feedback, expected):
    assert not feedback.ok and expected in feedback.message, feedback.message


VALID = {
    "crossing": [
        lambda: CROSSING,
        lambda: LEDGER.query('counts in ["people crossing", "duration"]'),
        lambda: LEDGER[(LEDGER["counts"] == "people crossing") | (LEDGER["counts"] == "duration")].reset_index(
            drop=True
        ),
        lambda: CROSSING[list(reversed(CROSSING.columns))].iloc[::-1],
    ],
    "yearly": [
        lambda: data.load_apprehensions(),
        lambda: data.load_apprehensions()[list(reversed(LOADED.columns))],
        lambda: data.load_apprehensions(paths.DATASETS / "apprehensions_by_fiscal_year.csv"),
    ],
    "apprehension_rows": [
        lambda: ROWS,
        lambda: LOADED.query('measure == "apprehensions"'),
        lambda: LOADED[LOADED["measure"] != "encounters"].reset_index(drop=True),
        lambda: LOADED.loc[LOADED["measure"].isin(["apprehensions"])],
    ],
    "apprehensions": [
        lambda: APPR,
        lambda: ROWS.set_index("fiscal_year")[lambda t: t.index <= ARTICLE_YEAR],
        lambda: ROWS[ROWS["fiscal_year"] <= ARTICLE_YEAR].set_index("fiscal_year"),
        lambda: ROWS.set_index("fiscal_year").loc[1925:2018, ["southwest_border", "nationwide", "measure"]],
    ],
    "nationwide": [
        lambda: NATIONWIDE,
        lambda: APPR.loc[APPR["nationwide"].notna(), "nationwide"],
        lambda: APPR["nationwide"].dropna().astype(float),
        lambda: APPR.dropna(subset=["nationwide"])["nationwide"].rename("n"),
    ],
    "recent": [
        lambda: SWB.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR],
        lambda: SWB.tail(10),
        lambda: SWB.iloc[-10:],
        lambda: SWB[SWB.index > ARTICLE_YEAR - 10].astype(float),
    ],
}


@pytest.mark.parametrize(
    "name, make",
    [(name, make) for name, makers in VALID.items() for make in makers],
    ids=[f"{name}-{i}" for name, makers in VALID.items() for i in range(len(makers))],
)
def test_one_step_checks_accept_valid_answers(name, make):
    feedback = getattr(checks, f"check_{name}")(make())
    assert feedback.ok, feedback.message


@pytest.mark.parametrize(
    "name, make, expected",
    [
        ("crossing", lambda: LEDGER[LEDGER["counts"] == "people crossing"], "*duration*"),
        ("crossing", lambda: LEDGER[LEDGER["counts"] == "duration"], 'Only the "duration" row'),
        ("crossing", lambda: LEDGER, "whole ledger"),
        ("crossing", lambda: CROSSING[["text", "value", "counts", "attributed_to", "about"]], "`sentence` column"),
        ("yearly", lambda: RAW, "plain `pd.read_csv`"),
        ("yearly", lambda: data.load_apprehensions, "Call it, with brackets"),
        ("yearly", lambda: LOADED.tail(), "Store the whole table"),
        ("yearly", lambda: LOADED.set_index("fiscal_year"), "Keep `fiscal_year` as a column"),
        ("apprehension_rows", lambda: LOADED[LOADED["measure"] == "encounters"], "*encounters* rows"),
        ("apprehension_rows", lambda: LOADED, "inside the brackets"),
        ("apprehension_rows", lambda: LOADED[LOADED["measure"] == "Apprehensions"], "spelling"),
        ("apprehensions", lambda: ROWS.loc[:ARTICLE_YEAR], "still a column"),
        ("apprehensions", lambda: ROWS.set_index("fiscal_year"), "goes past FY2018"),
        (
            "apprehensions",
            lambda: ROWS.set_index("fiscal_year").loc[1960:ARTICLE_YEAR],
            "keep every year from the first",
        ),
        ("nationwide", lambda: ROWS.set_index("fiscal_year")["nationwide"], "goes past FY2018"),
        ("nationwide", lambda: SWB, "*southwest border*"),
        ("nationwide", lambda: NATIONWIDE.loc[1960:], "has 59 values"),
        ("nationwide", lambda: APPR, "Pick it with"),
        ("recent", lambda: SWB.loc[ARTICLE_YEAR - 10 : ARTICLE_YEAR], "Eleven years"),
        ("recent", lambda: SWB.loc[ARTICLE_YEAR - 8 : ARTICLE_YEAR], "Nine years"),
        ("recent", lambda: NATIONWIDE.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR], "nationwide counts"),
        ("recent", lambda: SWB, "whole series"),
    ],
)
def test_one_step_checks_hint_at_each_mistake(name, make, expected):
    not_yet(getattr(checks, f"check_{name}")(make()), expected)


def test_lowest_year():
    for answer in (RECENT.idxmin(), int(RECENT.idxmin()), float(RECENT.idxmin()), RECENT.sort_values().index[0]):
        assert checks.check_lowest_year(answer).ok, answer
    not_yet(checks.check_lowest_year(RECENT.min()), "lowest *count*")
    not_yet(checks.check_lowest_year(RECENT.idxmax()), "*most* apprehensions")
    not_yet(checks.check_lowest_year(SWB.idxmin()), "whole series since FY1960")
    not_yet(checks.check_lowest_year("FY2017"), "is text")
    not_yet(checks.check_lowest_year(RECENT[RECENT == RECENT.min()]), "not one number")


def test_since():
    for answer in (strict(SWB, 2017), float(strict(SWB, 2017)), SWB[(SWB.index < 2017) & (SWB < SWB[2017])].index[-1]):
        assert checks.check_since(answer).ok, answer
    not_yet(checks.check_since(2017 - strict(SWB, 2017)), "number of years")
    not_yet(checks.check_since(2017), "low year itself")
    not_yet(checks.check_since(strict(RECENT, 2017)), "`lowest_since(swb, lowest_year)`")
    not_yet(checks.check_since(SWB.idxmin()), "something else")


def test_spring_months():
    for answer in (
        SPRING_ROWS,
        MONTHLY.query("month_number in [3, 4, 5]"),
        MONTHLY[(MONTHLY["month_number"] >= 3) & (MONTHLY["month_number"] <= 5)].reset_index(drop=True),
        MONTHLY[MONTHLY["month"].isin(["March", "April", "May"])].sort_values(["month_number", "calendar_year"]),
    ):
        assert checks.check_spring_months(answer).ok
    not_yet(checks.check_spring_months(MONTHLY), "every month")
    not_yet(checks.check_spring_months(MONTHLY[MONTHLY["month_number"] == 3]), "`.isin(SPRING)`")
    not_yet(checks.check_spring_months(MONTHLY[~MONTHLY["month_number"].isin([3, 4, 5])]), "other months")
    not_yet(checks.check_spring_months(MONTHLY[MONTHLY["month_number"].isin([4, 5, 6])]), "does not hold")


def test_springs():
    this, last = TOTALS[2018], TOTALS[2017]
    for pair in ((this, last), (int(this), int(last)), (float(this), float(last)), (TOTALS.loc[2018], TOTALS.iloc[-2])):
        assert checks.check_springs(*pair).ok, pair
    not_yet(checks.check_springs(last, this), "spring 2017's total")
    not_yet(checks.check_springs(this, this), "spring 2018 again")
    not_yet(checks.check_springs(this, TOTALS[2016]), "one year too far back")
    not_yet(checks.check_springs(TOTALS.loc[[2018]], last), "not one number")


def test_earlier():
    for answer in (EARLIER, TOTALS[TOTALS.index < 2018], TOTALS.iloc[:-1], TOTALS.drop(2018).astype(float)):
        assert checks.check_earlier(answer).ok
    not_yet(checks.check_earlier(TOTALS), "still in")
    not_yet(checks.check_earlier(TOTALS.loc[:2016]), "already includes it")
    not_yet(checks.check_earlier(TOTALS.loc[2001:2017]), "has 17 values")


def test_lower_springs():
    this = TOTALS[2018]
    for answer in (EARLIER[EARLIER < this], TOTALS[TOTALS < this], EARLIER.loc[EARLIER < this].astype(float)):
        assert checks.check_lower_springs(answer).ok
    not_yet(checks.check_lower_springs(EARLIER[EARLIER > this]), "*more* apprehensions")
    not_yet(checks.check_lower_springs(EARLIER < this), "True/False values")
    not_yet(checks.check_lower_springs(len(EARLIER[EARLIER < this])), "That is a number")


def test_jan_to_sep_months():
    for answer in (
        JAN_TO_SEP,
        MONTHLY.query("calendar_year == 2018 and month_number <= 9"),
        MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] < 10)].reset_index(drop=True),
        MONTHLY[(MONTHLY["fiscal_year"] == 2018) & (MONTHLY["calendar_year"] == 2018)],
    ):
        assert checks.check_jan_to_sep_months(answer).ok
    not_yet(checks.check_jan_to_sep_months(MONTHLY[MONTHLY["fiscal_year"] == 2018]), "*fiscal* year")
    not_yet(checks.check_jan_to_sep_months(MONTHLY[MONTHLY["calendar_year"] == 2018]), "whole calendar year")
    not_yet(
        checks.check_jan_to_sep_months(MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] < 9)]),
        "`<= 9`",
    )


LABELS = ["FY2018", "calendar 2018, Jan-Sep", "FY2017"]
COUNTS = [SWB[2018], JAN_TO_SEP["swb_apprehensions"].sum(), SWB[2017]]
AROUND_300K = FIGURE["300,000"]


def readings(difference=None, fits=None, counts=COUNTS, labels=LABELS):
    table = pd.DataFrame({"this year means": labels, "southwest_border": counts})
    if difference is not None:
        table["difference_%"] = difference(table["southwest_border"])
    if fits is not None:
        table["fits"] = fits(table["difference_%"])
    return table


def right_difference(counts):
    return ((counts / AROUND_300K - 1) * 100).round(1)


def test_readings_valid():
    answers = [
        readings(),
        readings(counts=[float(c) for c in COUNTS]),
        pd.DataFrame({"southwest_border": COUNTS, "this year means": LABELS}),
        readings(right_difference),
        readings(lambda c: (c - AROUND_300K) / AROUND_300K * 100),  # not rounded: within the tolerance
        readings(lambda c: (100 * c / AROUND_300K - 100).round(1)),
        readings(right_difference, lambda d: d.abs() <= 10),
        readings(right_difference, lambda d: (d >= -10) & (d <= 10)),
        readings(right_difference, lambda d: d.abs() / 100 <= 0.10),
    ]
    for answer in answers:
        assert checks.check_readings(answer).ok, checks.check_readings(answer).message


def test_readings_hints():
    not_yet(checks.check_readings(readings(labels=["2018", "calendar 2018", "2017"])), "a later cell looks readings up")
    calendar = MONTHLY[MONTHLY["calendar_year"] == 2018]["swb_apprehensions"].sum()
    not_yet(checks.check_readings(readings(counts=[SWB[2018], calendar, SWB[2017]])), "*every* month")
    not_yet(checks.check_readings(readings(lambda c: c / AROUND_300K - 1)), "fractions")
    not_yet(checks.check_readings(readings(lambda c: -right_difference(c))), "wrong way round")
    not_yet(checks.check_readings(readings(right_difference, lambda d: d.abs() <= 0.10)), "`AROUND * 100`")
    not_yet(checks.check_readings(COUNTS), "should be a table")


DECADE = pd.DataFrame({"southwest_border": SWB.loc[2000:2006], "nationwide": NATIONWIDE.loc[2000:2006]})


def test_decade():
    with_early = DECADE.assign(early_2000s=DECADE.index.isin(range(2000, 2005)))
    full = with_early.assign(over_a_million=with_early["southwest_border"] > FIGURE["a million"])
    for answer in (
        DECADE,
        pd.DataFrame({"nationwide": NATIONWIDE.loc[2000:2006], "southwest_border": SWB.loc[2000:2006]}),
        APPR.loc[2000:2006, ["southwest_border", "nationwide"]],
        with_early,
        DECADE.assign(early_2000s=[year < 2005 for year in DECADE.index]),
        full,
        with_early.assign(over_a_million=with_early["southwest_border"] >= 1_000_000),
    ):
        assert checks.check_decade(answer).ok, checks.check_decade(answer).message
    not_yet(checks.check_decade(DECADE.loc[2000:2005]), "keeps 6 rows")
    not_yet(
        checks.check_decade(
            DECADE.rename(columns={"southwest_border": "nationwide", "nationwide": "southwest_border"})
        ),
        "swapped",
    )
    not_yet(checks.check_decade(DECADE.assign(early_2000s=True)), "True for every year")
    not_yet(
        checks.check_decade(with_early.assign(over_a_million=with_early["southwest_border"] > FIGURE["300,000"])),
        "not the right values",
    )
    not_yet(
        checks.check_decade(with_early.assign(over_a_million=with_early["southwest_border"] < 1_000_000)),
        "*under* a million",
    )
    not_yet(checks.check_decade(DECADE.reset_index()), "row labels")


FULL_DECADE = DECADE.assign(
    early_2000s=DECADE.index.isin(range(2000, 2005)), over_a_million=DECADE["southwest_border"] > FIGURE["a million"]
)
EARLY = FULL_DECADE[FULL_DECADE["early_2000s"]]


def test_early():
    for answer in (
        EARLY,
        FULL_DECADE.loc[2000:2004],
        FULL_DECADE.query("early_2000s"),
        FULL_DECADE[FULL_DECADE.index < 2005],
    ):
        assert checks.check_early(answer).ok
    not_yet(checks.check_early(FULL_DECADE[FULL_DECADE["over_a_million"]]), "years over a million")
    not_yet(checks.check_early(FULL_DECADE), "every row of `decade`")
    not_yet(checks.check_early(FULL_DECADE.loc[2000:2003]), "keeps 4 rows")


OVER = [f"FY{y}" for y in EARLY.index[EARLY["over_a_million"]]]
UNDER_ROWS = EARLY.loc[~EARLY["over_a_million"], "southwest_border"]
UNDER = [f"FY{y} ({c:,})" for y, c in UNDER_ROWS.items()]


def test_over_under_valid():
    loop_over, loop_under = [], []
    for year in EARLY.index:
        if EARLY.loc[year, "over_a_million"]:
            loop_over.append("FY" + str(year))
        else:
            loop_under.append(f"FY{year} ({int(EARLY.loc[year, 'southwest_border']):,})")
    for over, under in ((OVER, UNDER), (loop_over, loop_under), (tuple(OVER), tuple(UNDER))):
        assert checks.check_over_under(over, under).ok


def test_over_under_hints():
    # the novice's lists of ints, which made the evidence cell's ", ".join raise a TypeError
    not_yet(checks.check_over_under(list(EARLY.index[EARLY["over_a_million"]]), UNDER), "should be text (str)")
    not_yet(checks.check_over_under([str(y)[2:] for y in OVER], UNDER), "FY in front")
    not_yet(checks.check_over_under([u[:6] for u in UNDER], UNDER), "*under* a million")
    not_yet(checks.check_over_under(OVER, [u[:6] for u in UNDER]), "count in brackets")
    not_yet(checks.check_over_under(OVER, [f"FY{y} ({c})" for y, c in UNDER_ROWS.items()]), "thousands separators")
    not_yet(checks.check_over_under(OVER, list(UNDER_ROWS)), "should be text (str)")
    not_yet(checks.check_over_under(", ".join(OVER), UNDER), "should be a list")


@pytest.mark.parametrize(
    "verdict, figure",
    [("not supported", "40-year"), ("cannot be checked", "300,000"), ("cannot be checked", "a million")],
)
def test_verdict_valid(verdict, figure):
    for answer in (verdict, verdict.strip(), "".join(verdict)):
        assert checks.check_verdict(answer, figure).ok


@pytest.mark.parametrize(
    "answer, figure, expected",
    [
        ("cannot be checked", "40-year", "not supported"),
        ("supported", "300,000", "*people crossing*"),
        ("partly supported", "a million", "*people crossing*"),
        ("Not supported", "40-year", "not in the vocabulary"),
        ("false", "a million", "not in the vocabulary"),
        (False, "300,000", "as text (a str); it is a bool"),
        (..., "40-year", "Replace the `...`"),
    ],
)
def test_verdict_hints(answer, figure, expected):
    not_yet(checks.check_verdict(answer, figure), expected)
