"""Right and wrong answers for checks.crossings (see tests/variants/__init__.py).

Each answer is built as lesson 03 builds it (notebooks/03-crossing-figures.ipynb), from the course's
loaders; no expected number is typed in.
"""

import csv
import os

import pandas as pd

from helpers import data, paths
from helpers.article import extract_figures, load_article
from helpers.story import ARTICLE_YEAR
from tests.variants import Args, Valid, Wrong

FILE = "apprehensions_by_fiscal_year.csv"
RAW = pd.read_csv(paths.DATASETS / FILE)
LEDGER = extract_figures(load_article().text).merge(
    data.load_figure_annotations(), on=["text", "start"], how="left", validate="one_to_one"
)
CROSSING = LEDGER[LEDGER["counts"].isin(["people crossing", "duration"])]
FIGURE = CROSSING.set_index("text")["value"]
YEARLY = data.load_apprehensions()
ROWS = YEARLY[YEARLY["measure"] == "apprehensions"]
APPR = ROWS.set_index("fiscal_year").loc[:ARTICLE_YEAR]
SWB = APPR["southwest_border"].dropna()
NATIONWIDE = APPR["nationwide"].dropna()
RECENT = SWB.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR]
LOWEST_YEAR = int(RECENT.idxmin())
MONTHLY = data.load_monthly()
SPRING_MONTHS = [3, 4, 5]
SPRING = MONTHLY[MONTHLY["month_number"].isin(SPRING_MONTHS)]
TOTALS = SPRING.groupby("calendar_year")["swb_apprehensions"].sum().loc[:ARTICLE_YEAR]
THIS, LAST = TOTALS[ARTICLE_YEAR], TOTALS[ARTICLE_YEAR - 1]
EARLIER = TOTALS.loc[: ARTICLE_YEAR - 1]
FISCAL = MONTHLY[MONTHLY["fiscal_year"] == ARTICLE_YEAR]
JAN_TO_SEP = MONTHLY[(MONTHLY["calendar_year"] == ARTICLE_YEAR) & (MONTHLY["month_number"] <= 9)]
AROUND = 0.10
EARLY_2000S = range(2000, 2005)


def lowest_since(counts, year):
    lower = counts[(counts.index < year) & (counts < counts[year])]
    return int(lower.index.max()) if len(lower) else None


def lowest_since_loop(counts, year):
    found = None
    for label, count in counts.items():
        if label < year and count < counts[year]:
            found = label
    return found


def lowest_since_loc(counts, year):
    before = counts.loc[: year - 1]
    lower = before[before < counts[year]]
    return float(lower.index[-1]) if len(lower) else None


def lowest_since_query(counts, year):
    table = counts.rename("count").reset_index()
    table.columns = ["year", "count"]
    lower = table.query("year < @year and count < @counts[@year]")
    return lower["year"].max() if not lower.empty else None


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
    since = lowest_since(counts, year)
    return None if since is None else year - since


def the_lower_years(counts, year):
    return counts[(counts.index < year) & (counts < counts[year])]


def highest_since(counts, year):
    higher = counts[(counts.index < year) & (counts > counts[year])]
    return int(higher.index.max()) if len(higher) else None


def lowest_month(months, column="swb_apprehensions"):
    return months.loc[months[column].idxmin()]


FY2011 = SWB[2011]
FY2011_LOWER = SWB[(SWB.index < 2011) & (SWB < FY2011)]
NATIONWIDE_LOWER = NATIONWIDE[(NATIONWIDE.index < 2011) & (NATIONWIDE < NATIONWIDE[2011])]


def fy2011_by_loop():
    answer = None
    for year, count in SWB.items():
        if year < 2011 and count < FY2011:
            answer = year
    return answer


# --------------------------------------------------------------------------- the finding

EXAMPLE = (
    f"FY{LOWEST_YEAR} had {SWB[LOWEST_YEAR]:,} southwest border apprehensions (arrests, not people), "
    f"the fewest since FY{lowest_since(SWB, LOWEST_YEAR)}: a {LOWEST_YEAR - lowest_since(SWB, LOWEST_YEAR)}-year low."
)

# --------------------------------------------------------------------------- the file


def verdicts():
    return pd.DataFrame(
        {
            "claim": list(CROSSING.set_index("text").loc[["40-year", "300,000", "a million"], "sentence"]),
            "verdict": ["not supported", "cannot be checked", "cannot be checked"],
            "evidence": ["40-year: x", "300,000: y", "a million: z"],
        }
    )


def written(tmp_path, monkeypatch, *, as_text=False, **options):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    path = paths.output_dir() / "fact_check.csv"
    verdicts().to_csv(path, **{"index": False, "lineterminator": "\n", **options})
    return str(path) if as_text else path


def written_with_csv_module(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    path = paths.output_dir() / "fact_check.csv"
    table = verdicts()
    with open(path, "w", newline="\n", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(table.itertuples(index=False))
    return path


def written_outside(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    paths.output_dir()
    path = tmp_path / "fact_check.csv"
    verdicts().to_csv(path, index=False, lineterminator="\n")
    return path


# --------------------------------------------------------------------------- the readings, the decade

READING_LABELS = [f"FY{ARTICLE_YEAR}", f"calendar {ARTICLE_YEAR}, Jan-Sep", f"FY{ARTICLE_YEAR - 1}"]
READING_COUNTS = [SWB[ARTICLE_YEAR], JAN_TO_SEP["swb_apprehensions"].sum(), SWB[ARTICLE_YEAR - 1]]
AROUND_300K = FIGURE["300,000"]


def readings(difference=None, fits=None, counts=READING_COUNTS, labels=READING_LABELS):
    table = pd.DataFrame({"this year means": labels, "southwest_border": counts})
    if difference is not None:
        table["difference_%"] = difference(table["southwest_border"])
    if fits is not None:
        table["fits"] = fits(table["difference_%"])
    return table


def difference(counts):
    return ((counts / AROUND_300K - 1) * 100).round(1)


DECADE = pd.DataFrame({"southwest_border": SWB.loc[2000:2006], "nationwide": NATIONWIDE.loc[2000:2006]})
WITH_EARLY = DECADE.assign(early_2000s=DECADE.index.isin(EARLY_2000S))
FULL_DECADE = WITH_EARLY.assign(over_a_million=WITH_EARLY["southwest_border"] > FIGURE["a million"])
EARLY = FULL_DECADE[FULL_DECADE["early_2000s"]]
OVER = [f"FY{year}" for year in EARLY.index if EARLY.loc[year, "over_a_million"]]
UNDER_ROWS = EARLY.loc[~EARLY["over_a_million"], "southwest_border"]
UNDER = [f"FY{year} ({count:,})" for year, count in UNDER_ROWS.items()]


def over_under_by_loop():
    over, under = [], []
    for year, row in EARLY.iterrows():
        if row["over_a_million"]:
            over.append("FY" + str(year))
        else:
            under.append("FY{} ({:,})".format(year, int(row["southwest_border"])))
    return Args(over, under)


VARIANTS: dict[str, list] = {
    "check_raw_yearly": [
        Valid("path-joined-with-slash", lambda: pd.read_csv(paths.DATASETS / FILE)),
        Valid("path-as-text", lambda: pd.read_csv(os.path.join(str(paths.DATASETS), FILE))),
        Valid("joinpath-and-encoding", lambda: pd.read_csv(paths.DATASETS.joinpath(FILE), encoding="utf-8")),
        Valid("columns-reordered", lambda: pd.read_csv(paths.DATASETS / FILE).iloc[:, ::-1]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-name", lambda: FILE, "not the table"),
        Wrong("the-path", lambda: paths.DATASETS / FILE, "not the table"),
        Wrong("tail-stored", lambda: pd.read_csv(paths.DATASETS / FILE).tail(), "Store the whole table"),
        Wrong("checked-loader", lambda: data.load_apprehensions(), "checked loader"),
        Wrong("header-none", lambda: pd.read_csv(paths.DATASETS / FILE, header=None), "header=None"),
        Wrong("semicolon", lambda: pd.read_csv(paths.DATASETS / FILE, sep=";"), "leave out the `sep=`"),
        Wrong(
            "monthly-file",
            lambda: pd.read_csv(paths.DATASETS / "monthly_apprehensions_fy2000_2019.csv"),
            "another dataset",
        ),
        Wrong("index-col", lambda: pd.read_csv(paths.DATASETS / FILE, index_col="fiscal_year"), "index_col"),
        Wrong("one-column", lambda: RAW["southwest_border"], "Store what `pd.read_csv(...)` returns"),
    ],
    "check_swb": [
        Valid("notebook", lambda: APPR["southwest_border"].dropna()),
        Valid(
            "query-then-loc",
            lambda: (
                YEARLY.query('measure == "apprehensions"')
                .set_index("fiscal_year")
                .loc[:2018, "southwest_border"]
                .dropna()
            ),
        ),
        Valid(
            "mask-on-year-float",
            lambda: (
                ROWS[ROWS["fiscal_year"] <= ARTICLE_YEAR]
                .dropna(subset=["southwest_border"])
                .set_index("fiscal_year")["southwest_border"]
                .astype(float)
            ),
        ),
        Valid(
            "from-read-csv",
            lambda: (
                RAW[RAW["measure"] == "apprehensions"]
                .set_index("fiscal_year")["southwest_border"]
                .loc[:ARTICLE_YEAR]
                .dropna()
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("not-cut", lambda: ROWS.set_index("fiscal_year")["southwest_border"].dropna(), "goes past FY2018"),
        Wrong("encounters-kept", lambda: YEARLY.set_index("fiscal_year")["southwest_border"].dropna(), "*encounters*"),
        Wrong("blanks", lambda: APPR["southwest_border"], "`.dropna()`"),
        Wrong("nationwide", lambda: APPR["nationwide"].dropna(), "*nationwide*"),
        Wrong("no-index", lambda: ROWS.reset_index(drop=True)["southwest_border"].dropna(), "set_index"),
        Wrong("whole-table", lambda: APPR, "whole table"),
        Wrong("a-number", lambda: SWB[2017], "should be a pandas Series"),
    ],
    "check_lowest_since": [
        Valid("mask", lambda: lowest_since),
        Valid("loop", lambda: lowest_since_loop),
        Valid("loc-slice-float", lambda: lowest_since_loc),
        Valid("query", lambda: lowest_since_query),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("or-equal", lambda: or_equal, "not `<=`"),
        Wrong("any-year", lambda: any_year, "*later* year"),
        Wrong("idxmin", lambda: lowest_of_all, "most *recent* lower year"),
        Wrong("never-none", lambda: never_none, "Return `None`"),
        Wrong("years-back", lambda: years_back, "a number of years"),
        Wrong("called", lambda: lowest_since(SWB, LOWEST_YEAR), "without brackets"),
        Wrong("the-rows", lambda: the_lower_years, "returned a table"),
        Wrong("higher", lambda: highest_since, "Turn the comparison round"),
    ],
    "check_spring_totals": [
        Valid("groupby-calendar", lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018]),
        Valid("groupby-fiscal", lambda: SPRING.groupby("fiscal_year")["swb_apprehensions"].sum().loc[:2018]),
        Valid(
            "pivot-table",
            lambda: SPRING.pivot_table(index="calendar_year", values="swb_apprehensions", aggfunc="sum").loc[:2018],
        ),
        Valid(
            "query-float",
            lambda: (
                MONTHLY.query("month_number in [3, 4, 5] and calendar_year <= 2018")
                .groupby("calendar_year")["swb_apprehensions"]
                .sum()
                .astype(float)
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("past-2018", lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].sum(), "go past 2018"),
        Wrong("mean", lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].mean().loc[:2018], "`.mean()`"),
        Wrong("count", lambda: SPRING.groupby("calendar_year")["swb_apprehensions"].count().loc[:2018], "`.count()`"),
        Wrong(
            "nationwide",
            lambda: SPRING.groupby("calendar_year")["nationwide_apprehensions"].sum().loc[:2018],
            "*nationwide*",
        ),
        Wrong(
            "whole-years",
            lambda: MONTHLY.groupby("calendar_year")["swb_apprehensions"].sum().loc[:2018],
            "whole calendar years",
        ),
        Wrong(
            "every-column",
            lambda: SPRING.groupby("calendar_year").sum().loc[:2018],
            "table of several columns",
        ),
        Wrong(
            "april-to-june",
            lambda: (
                MONTHLY[MONTHLY["month_number"].isin([4, 5, 6])]
                .groupby("calendar_year")["swb_apprehensions"]
                .sum()
                .loc[:2018]
            ),
            "keep March, April and May",
        ),
    ],
    "check_lowest_month": [
        Valid("idxmin-loc", lambda: lowest_month(FISCAL)["month"]),
        Valid("sort-values", lambda: FISCAL.sort_values("swb_apprehensions").iloc[0]["month"]),
        Valid("nsmallest-lower", lambda: FISCAL.nsmallest(1, "swb_apprehensions")["month"].iloc[0].lower()),
        Valid(
            "short-with-year",
            lambda: f"{lowest_month(FISCAL)['month'][:3]} {lowest_month(FISCAL)['calendar_year']}",
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "calendar-year",
            lambda: lowest_month(MONTHLY[MONTHLY["calendar_year"] == 2018])["month"],
            "filter on `fiscal_year`, not `calendar_year`",
        ),
        Wrong("highest", lambda: FISCAL.loc[FISCAL["swb_apprehensions"].idxmax(), "month"], "*highest* month"),
        Wrong("fy2017", lambda: lowest_month(MONTHLY[MONTHLY["fiscal_year"] == 2017])["month"], "one year off"),
        Wrong(
            "a-year-late",
            lambda: f"{lowest_month(FISCAL)['month']} {lowest_month(FISCAL)['calendar_year'] + 1}",
            "is not in FY2018",
        ),
        Wrong("the-count", lambda: lowest_month(FISCAL)["swb_apprehensions"], "Store the month's *name*"),
        Wrong("month-number", lambda: lowest_month(FISCAL)["month_number"], "the month's number"),
        Wrong("the-row", lambda: lowest_month(FISCAL), "table or a column"),
        Wrong("a-list", lambda: [lowest_month(FISCAL)["month"]], "Pick one item with `[0]`"),
        Wrong(
            "lowest-of-spring",
            lambda: lowest_month(SPRING[SPRING["fiscal_year"] == ARTICLE_YEAR])["month"],
            "another month of FY2018 had fewer",
        ),
    ],
    "check_fy2011_low": [
        Valid("mask-index-max", lambda: FY2011_LOWER.index.max()),
        Valid("loop", fy2011_by_loop),
        Valid("float", lambda: float(SWB.loc[:2010][lambda s: s < FY2011].index[-1])),
        Valid("students-function", lambda: lowest_since(SWB, 2011)),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("nationwide", lambda: NATIONWIDE_LOWER.index.max(), "answer for the nationwide series"),
        Wrong("the-count", lambda: FY2011_LOWER.max(), "a count of apprehensions, not a year"),
        Wrong("idxmin", lambda: FY2011_LOWER.idxmin(), "lowest of all the earlier years"),
        Wrong("at-its-word", lambda: 2011 - 41, "takes the fact sheet at its word"),
        Wrong("years-between", lambda: 2011 - FY2011_LOWER.index.max(), "a number of years"),
        Wrong("text", lambda: str(FY2011_LOWER.index.max()), "Drop the quotes"),
        Wrong("or-equal-later-year", lambda: SWB[(SWB.index < 2011) & (SWB > FY2011)].index.max(), "had more"),
    ],
    "check_low_finding": [
        Valid("example", lambda: EXAMPLE),
        Valid(
            "spring",
            lambda: (
                f"In spring 2018 the Border Patrol made {THIS:,} arrests at the southwest border, "
                f"{THIS / LAST:.1f} times spring 2017."
            ),
        ),
        Valid(
            "rounded",
            lambda: (
                f"FY2011 was a {2011 - lowest_since(SWB, 2011)}-year low at the southwest border, with about "
                f"{round(SWB[2011], -3):,.0f} arrests."
            ),
        ),
        Valid(
            "nationwide",
            lambda: (
                f"FY2015 had {NATIONWIDE[2015]:,} apprehensions nationwide, the fewest since "
                f"FY{lowest_since(NATIONWIDE, 2015)}."
            ),
        ),
        Wrong("unanswered", lambda: "...", "Write your finding"),
        Wrong("no-year", lambda: "Apprehensions fell a lot.", "Name the year"),
        Wrong("at-its-word", lambda: f"FY{LOWEST_YEAR} was a 40-year low.", "can't find '40-year'"),
        Wrong(
            "people",
            lambda: f"In FY2015, {SWB[2015]:,} people crossed the southwest border.",
            "apprehensions are arrests",
        ),
        Wrong(
            "false-since",
            lambda: (
                f"In FY2015 the Border Patrol made {SWB[2015]:,} apprehensions at the southwest border, "
                "the fewest since FY2012."
            ),
            "Test it with `lowest_since(swb, 2015)`",
        ),
        Wrong(
            "other-series",
            lambda: f"In FY2015 the Border Patrol made {NATIONWIDE[2015]:,} apprehensions at the southwest border.",
            "keep each number with its own series",
        ),
        Wrong("no-series", lambda: f"FY2015 had {SWB[2015]:,} apprehensions.", "needs 'southwest'"),
    ],
    "check_fact_check_file": [
        Valid("path", lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch)),
        Valid("path-as-text", lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch, as_text=True)),
        Valid("csv-module", written_with_csv_module),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("with-index", lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch, index=True), "index=False"),
        Wrong(
            "no-header", lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch, header=False), "no header line"
        ),
        Wrong("semicolons", lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch, sep=";"), "separated by `;`"),
        Wrong(
            "windows-line-endings",
            lambda tmp_path, monkeypatch: written(tmp_path, monkeypatch, lineterminator="\r\n"),
            'lineterminator="\\n"',
        ),
        Wrong("outside-output", written_outside, "output folder"),
        Wrong("the-table", lambda: verdicts(), "Pass the file's path"),
    ],
    "check_crossing": [
        Valid("isin", lambda: CROSSING),
        Valid("query", lambda: LEDGER.query('counts in ["people crossing", "duration"]')),
        Valid(
            "or-reset-index",
            lambda: LEDGER[(LEDGER["counts"] == "people crossing") | (LEDGER["counts"] == "duration")].reset_index(
                drop=True
            ),
        ),
        Valid("reordered", lambda: CROSSING[list(reversed(CROSSING.columns))].iloc[::-1]),
        Wrong("people-only", lambda: LEDGER[LEDGER["counts"] == "people crossing"], "*duration*"),
        Wrong("duration-only", lambda: LEDGER[LEDGER["counts"] == "duration"], 'Only the "duration" row'),
        Wrong("whole-ledger", lambda: LEDGER, "whole ledger"),
        Wrong(
            "shown-columns-only",
            lambda: CROSSING[["text", "value", "counts", "attributed_to", "about"]],
            "`sentence` column",
        ),
    ],
    "check_yearly": [
        Valid("loader", lambda: data.load_apprehensions()),
        Valid("reordered", lambda: data.load_apprehensions()[list(reversed(YEARLY.columns))]),
        Valid("loader-with-path", lambda: data.load_apprehensions(paths.DATASETS / FILE)),
        Wrong("read-csv", lambda: RAW, "plain `pd.read_csv`"),
        Wrong("the-loader-itself", lambda: data.load_apprehensions, "Call it, with brackets"),
        Wrong("tail", lambda: YEARLY.tail(), "Store the whole table"),
        Wrong("indexed", lambda: YEARLY.set_index("fiscal_year"), "Keep `fiscal_year` as a column"),
    ],
    "check_apprehension_rows": [
        Valid("mask", lambda: ROWS),
        Valid("query", lambda: YEARLY.query('measure == "apprehensions"')),
        Valid("not-encounters", lambda: YEARLY[YEARLY["measure"] != "encounters"].reset_index(drop=True)),
        Valid("isin", lambda: YEARLY.loc[YEARLY["measure"].isin(["apprehensions"])]),
        Wrong("encounters", lambda: YEARLY[YEARLY["measure"] == "encounters"], "*encounters* rows"),
        Wrong("every-row", lambda: YEARLY, "inside the brackets"),
        Wrong("capital", lambda: YEARLY[YEARLY["measure"] == "Apprehensions"], "spelling"),
    ],
    "check_apprehensions": [
        Valid("notebook", lambda: APPR),
        Valid("lambda-filter", lambda: ROWS.set_index("fiscal_year")[lambda t: t.index <= ARTICLE_YEAR]),
        Valid("filter-then-index", lambda: ROWS[ROWS["fiscal_year"] <= ARTICLE_YEAR].set_index("fiscal_year")),
        Valid(
            "loc-columns",
            lambda: ROWS.set_index("fiscal_year").loc[:ARTICLE_YEAR, ["southwest_border", "nationwide", "measure"]],
        ),
        Wrong("no-index", lambda: ROWS.loc[:ARTICLE_YEAR], "still a column"),
        Wrong("not-cut", lambda: ROWS.set_index("fiscal_year"), "goes past FY2018"),
        Wrong("from-1960", lambda: ROWS.set_index("fiscal_year").loc[1960:ARTICLE_YEAR], "keep every year"),
    ],
    "check_nationwide": [
        Valid("notebook", lambda: NATIONWIDE),
        Valid("notna-loc", lambda: APPR.loc[APPR["nationwide"].notna(), "nationwide"]),
        Valid("float", lambda: APPR["nationwide"].dropna().astype(float)),
        Valid("dropna-subset-renamed", lambda: APPR.dropna(subset=["nationwide"])["nationwide"].rename("n")),
        Wrong("not-cut", lambda: ROWS.set_index("fiscal_year")["nationwide"], "goes past FY2018"),
        Wrong("southwest", lambda: SWB, "*southwest border*"),
        Wrong("from-1960", lambda: NATIONWIDE.loc[1960:], "it should have"),
        Wrong("whole-table", lambda: APPR, "Pick it with"),
    ],
    "check_recent": [
        Valid("loc", lambda: SWB.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR]),
        Valid("tail", lambda: SWB.tail(10)),
        Valid("iloc", lambda: SWB.iloc[-10:]),
        Valid("mask-float", lambda: SWB[SWB.index > ARTICLE_YEAR - 10].astype(float)),
        Wrong("eleven", lambda: SWB.loc[ARTICLE_YEAR - 10 : ARTICLE_YEAR], "Eleven years"),
        Wrong("nine", lambda: SWB.loc[ARTICLE_YEAR - 8 : ARTICLE_YEAR], "Nine years"),
        Wrong("nationwide", lambda: NATIONWIDE.loc[ARTICLE_YEAR - 9 : ARTICLE_YEAR], "nationwide counts"),
        Wrong("whole", lambda: SWB, "whole series"),
    ],
    "check_lowest_year": [
        Valid("idxmin", lambda: RECENT.idxmin()),
        Valid("float", lambda: float(RECENT.idxmin())),
        Valid("sort-values", lambda: RECENT.sort_values().index[0]),
        Valid("nsmallest", lambda: RECENT.nsmallest(1).index[0]),
        Wrong("min", lambda: RECENT.min(), "lowest *count*"),
        Wrong("idxmax", lambda: RECENT.idxmax(), "*most* apprehensions"),
        Wrong("whole-series", lambda: SWB.idxmin(), "whole series since FY1960"),
        Wrong("text", lambda: f"FY{RECENT.idxmin()}", "is text"),
        Wrong("a-row", lambda: RECENT[RECENT == RECENT.min()], "not one number"),
    ],
    "check_since": [
        Valid("function", lambda: lowest_since(SWB, LOWEST_YEAR)),
        Valid("float", lambda: float(lowest_since(SWB, LOWEST_YEAR))),
        Valid("last-label", lambda: SWB[(SWB.index < LOWEST_YEAR) & (SWB < SWB[LOWEST_YEAR])].index[-1]),
        Wrong("gap", lambda: LOWEST_YEAR - lowest_since(SWB, LOWEST_YEAR), "number of years"),
        Wrong("low-year", lambda: LOWEST_YEAR, "low year itself"),
        Wrong("on-recent", lambda: lowest_since(RECENT, LOWEST_YEAR), "`lowest_since(swb, lowest_year)`"),
        Wrong("lowest-of-all", lambda: SWB.idxmin(), "something else"),
    ],
    "check_spring_months": [
        Valid("isin", lambda: SPRING),
        Valid("query", lambda: MONTHLY.query("month_number in [3, 4, 5]")),
        Valid(
            "between-reset",
            lambda: MONTHLY[(MONTHLY["month_number"] >= 3) & (MONTHLY["month_number"] <= 5)].reset_index(drop=True),
        ),
        Valid(
            "by-name-sorted",
            lambda: MONTHLY[MONTHLY["month"].isin(["March", "April", "May"])].sort_values(
                ["month_number", "calendar_year"]
            ),
        ),
        Wrong("every-month", lambda: MONTHLY, "every month"),
        Wrong("equals", lambda: MONTHLY[MONTHLY["month_number"] == 3], "`.isin(SPRING)`"),
        Wrong("negated", lambda: MONTHLY[~MONTHLY["month_number"].isin(SPRING_MONTHS)], "other months"),
        Wrong("april-to-june", lambda: MONTHLY[MONTHLY["month_number"].isin([4, 5, 6])], "does not hold"),
    ],
    "check_springs": [
        Valid("notebook", lambda: Args(THIS, LAST)),
        Valid("ints", lambda: Args(int(THIS), int(LAST))),
        Valid("floats", lambda: Args(float(THIS), float(LAST))),
        Valid("loc-iloc", lambda: Args(TOTALS.loc[ARTICLE_YEAR], TOTALS.iloc[-2])),
        Wrong("swapped", lambda: Args(LAST, THIS), "spring 2017's total"),
        Wrong("same-twice", lambda: Args(THIS, THIS), "spring 2018 again"),
        Wrong("two-back", lambda: Args(THIS, TOTALS[ARTICLE_YEAR - 2]), "one year too far back"),
        Wrong("a-row", lambda: Args(TOTALS.loc[[ARTICLE_YEAR]], LAST), "not one number"),
    ],
    "check_earlier": [
        Valid("loc", lambda: EARLIER),
        Valid("mask", lambda: TOTALS[TOTALS.index < ARTICLE_YEAR]),
        Valid("iloc", lambda: TOTALS.iloc[:-1]),
        Valid("drop-float", lambda: TOTALS.drop(ARTICLE_YEAR).astype(float)),
        Wrong("all", lambda: TOTALS, "still in"),
        Wrong("one-too-few", lambda: TOTALS.loc[: ARTICLE_YEAR - 2], "already includes it"),
        Wrong("from-2001", lambda: TOTALS.loc[2001 : ARTICLE_YEAR - 1], "has 17 values"),
    ],
    "check_lower_springs": [
        Valid("mask", lambda: EARLIER[EARLIER < THIS]),
        Valid("all-totals", lambda: TOTALS[TOTALS < THIS]),
        Valid("loc-float", lambda: EARLIER.loc[EARLIER < THIS].astype(float)),
        Valid("query", lambda: EARLIER.rename("n").to_frame().query("n < @THIS")["n"]),
        Wrong("more", lambda: EARLIER[EARLIER > THIS], "*more* apprehensions"),
        Wrong("booleans", lambda: EARLIER < THIS, "True/False values"),
        Wrong("count", lambda: len(EARLIER[EARLIER < THIS]), "That is a number"),
    ],
    "check_jan_to_sep_months": [
        Valid("mask", lambda: JAN_TO_SEP),
        Valid("query", lambda: MONTHLY.query("calendar_year == 2018 and month_number <= 9")),
        Valid(
            "less-than-ten-reset",
            lambda: MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] < 10)].reset_index(drop=True),
        ),
        Valid(
            "fiscal-and-calendar",
            lambda: MONTHLY[(MONTHLY["fiscal_year"] == 2018) & (MONTHLY["calendar_year"] == 2018)],
        ),
        Wrong("fiscal", lambda: MONTHLY[MONTHLY["fiscal_year"] == 2018], "*fiscal* year"),
        Wrong("whole-year", lambda: MONTHLY[MONTHLY["calendar_year"] == 2018], "whole calendar year"),
        Wrong(
            "no-september",
            lambda: MONTHLY[(MONTHLY["calendar_year"] == 2018) & (MONTHLY["month_number"] < 9)],
            "`<= 9`",
        ),
    ],
    "check_readings": [
        Valid("counts", lambda: readings()),
        Valid("float-counts", lambda: readings(counts=[float(c) for c in READING_COUNTS])),
        Valid(
            "columns-swapped",
            lambda: pd.DataFrame({"southwest_border": READING_COUNTS, "this year means": READING_LABELS}),
        ),
        Valid("difference-unrounded", lambda: readings(lambda c: (c - AROUND_300K) / AROUND_300K * 100)),
        Valid("fits", lambda: readings(difference, lambda d: d.abs() <= AROUND * 100)),
        Valid("fits-between", lambda: readings(difference, lambda d: (d >= -10) & (d <= 10))),
        Wrong("labels", lambda: readings(labels=["2018", "calendar 2018", "2017"]), "a later cell looks readings up"),
        Wrong(
            "whole-calendar-year",
            lambda: readings(
                counts=[
                    SWB[2018],
                    MONTHLY[MONTHLY["calendar_year"] == 2018]["swb_apprehensions"].sum(),
                    SWB[2017],
                ]
            ),
            "*every* month",
        ),
        Wrong("fractions", lambda: readings(lambda c: c / AROUND_300K - 1), "fractions"),
        Wrong("sign", lambda: readings(lambda c: -difference(c)), "wrong way round"),
        Wrong("around-as-fraction", lambda: readings(difference, lambda d: d.abs() <= AROUND), "`AROUND * 100`"),
        Wrong("a-list", lambda: READING_COUNTS, "should be a table"),
    ],
    "check_decade": [
        Valid("notebook", lambda: DECADE),
        Valid(
            "columns-swapped",
            lambda: pd.DataFrame({"nationwide": NATIONWIDE.loc[2000:2006], "southwest_border": SWB.loc[2000:2006]}),
        ),
        Valid("loc", lambda: APPR.loc[2000:2006, ["southwest_border", "nationwide"]]),
        Valid("early-by-list", lambda: DECADE.assign(early_2000s=[year < 2005 for year in DECADE.index])),
        Valid("full", lambda: FULL_DECADE),
        Wrong("one-year-short", lambda: DECADE.loc[2000:2005], "keeps 6 rows"),
        Wrong(
            "swapped",
            lambda: DECADE.rename(columns={"southwest_border": "nationwide", "nationwide": "southwest_border"}),
            "swapped",
        ),
        Wrong("early-everywhere", lambda: DECADE.assign(early_2000s=True), "True for every year"),
        Wrong(
            "under",
            lambda: WITH_EARLY.assign(over_a_million=WITH_EARLY["southwest_border"] < 1_000_000),
            "*under* a million",
        ),
        Wrong("reset", lambda: DECADE.reset_index(), "row labels"),
    ],
    "check_early": [
        Valid("mask", lambda: EARLY),
        Valid("loc", lambda: FULL_DECADE.loc[2000:2004]),
        Valid("query", lambda: FULL_DECADE.query("early_2000s")),
        Valid("index", lambda: FULL_DECADE[FULL_DECADE.index < 2005]),
        Wrong("over-a-million", lambda: FULL_DECADE[FULL_DECADE["over_a_million"]], "years over a million"),
        Wrong("every-row", lambda: FULL_DECADE, "every row of `decade`"),
        Wrong("one-short", lambda: FULL_DECADE.loc[2000:2003], "keeps 4 rows"),
    ],
    "check_over_under": [
        Valid("comprehensions", lambda: Args(OVER, UNDER)),
        Valid("loop", over_under_by_loop),
        Valid("tuples", lambda: Args(tuple(OVER), tuple(UNDER))),
        Wrong("ints", lambda: Args(list(EARLY.index[EARLY["over_a_million"]]), UNDER), "should be text (str)"),
        Wrong("no-fy", lambda: Args([y[2:] for y in OVER], UNDER), "FY in front"),
        Wrong("no-count", lambda: Args(OVER, [u[:6] for u in UNDER]), "count in brackets"),
        Wrong("no-separators", lambda: Args(OVER, [f"FY{y} ({c})" for y, c in UNDER_ROWS.items()]), "thousands"),
        Wrong("joined", lambda: Args(", ".join(OVER), UNDER), "should be a list"),
    ],
    "check_verdict": [
        Valid("spring", lambda: Args("not supported", "40-year")),
        Valid("year", lambda: Args("cannot be checked", "300,000")),
        Valid("million", lambda: Args("cannot be checked", "a million")),
        Valid("from-vocabulary", lambda: Args(["supported", "partly supported", "not supported"][2], "40-year")),
        Wrong("spring-unchecked", lambda: Args("cannot be checked", "40-year"), '"not supported"'),
        Wrong("year-supported", lambda: Args("supported", "300,000"), "*people crossing*"),
        Wrong("capital", lambda: Args("Not supported", "40-year"), "not in the vocabulary"),
        Wrong("a-bool", lambda: Args(False, "300,000"), "as text (a str)"),
        Wrong("unanswered", lambda: Args(..., "40-year"), "Replace the `...`"),
    ],
}
