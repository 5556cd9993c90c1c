"""Right and wrong answers for the final assignment's checks, grading.hidden (see tests/variants/__init__.py).

Each answer is built the way the assignment's notebook builds it, from the sector CSV.
"""

from pathlib import Path

import pandas as pd

from helpers import data, paths
from tests.variants import Valid, Wrong

CSV = paths.DATASETS / "swb_apprehensions_by_sector_fy1960_2019.csv"


def sectors() -> pd.DataFrame:
    return pd.read_csv(CSV)


def rgv(year=2018) -> int:
    table = sectors()
    return int(table.loc[table["fiscal_year"] == year, "rio_grande_valley"].iloc[0])


def az_row(table, year):
    row = table.loc[table["fiscal_year"] == year].iloc[0]
    return int(row["tucson"] + row["yuma"])


def az_indexed(table, year):
    return table.set_index("fiscal_year").loc[year, ["tucson", "yuma"]].sum()


def az_query(table, year):
    picked = table.query("fiscal_year == @year")
    return float(picked["tucson"].iloc[0]) + float(picked["yuma"].iloc[0])


def az_loop(table, year):
    for _, row in table.iterrows():
        if row["fiscal_year"] == year:
            return row["tucson"] + row["yuma"]
    return None


def tucson_only(table, year):
    return int(table.loc[table["fiscal_year"] == year, "tucson"].iloc[0])


def with_el_centro(table, year):
    row = table.loc[table["fiscal_year"] == year].iloc[0]
    return int(row["tucson"] + row["yuma"] + row["el_centro"])


def always_2018(table, year):
    return az_row(table, 2018)


def no_return(table, year):
    az_row(table, year)


def ahead(table) -> pd.Series:
    return table["rio_grande_valley"] > table["tucson"] + table["yuma"]


SOLUTION = (
    "The claim is supported. In FY2018 the Border Patrol made {rgv:,} apprehensions in its Rio Grande Valley sector, "
    "{ratio:.1f} times the {az:,} of Tucson and Yuma sectors together, which cover Arizona's border. "
    "The Rio Grande Valley was ahead in {years} of the {n} fiscal years of the file."
)


def write_up(template=SOLUTION, **changes) -> str:
    table = sectors()
    values = {
        "rgv": rgv(),
        "az": az_row(table, 2018),
        "ratio": rgv() / az_row(table, 2018),
        "years": int(ahead(table).sum()),
        "n": len(table),
        "since": int(table.loc[~ahead(table), "fiscal_year"].max()) + 1,
        "last": int(table["fiscal_year"].max()),
    } | changes
    return template.format(**values)


VARIANTS = {
    "check_claim_table": [
        Valid("read_csv-path", sectors),
        Valid("read_csv-text-path", lambda: pd.read_csv(str(CSV))),
        Valid("checked-loader", data.load_sectors),
        Valid("fiscal-year-as-index", lambda: pd.read_csv(Path(CSV), index_col="fiscal_year")),
        Valid("columns-reordered", lambda: sectors()[list(reversed(sectors().columns))]),
        Wrong("head-only", lambda: sectors().head(), "first rows only"),
        Wrong("one-column", lambda: sectors()["rio_grande_valley"], "needs the columns"),
        Wrong("one-year", lambda: sectors().query("fiscal_year == 2018"), "it should have 60"),
        Wrong("the-path", lambda: CSV, "should be a table"),
    ],
    "check_claim_rgv": [
        Valid("mask-iloc", rgv),
        Valid("set-index-loc", lambda: sectors().set_index("fiscal_year").loc[2018, "rio_grande_valley"]),
        Valid("query-float", lambda: float(sectors().query("fiscal_year == 2018")["rio_grande_valley"].iloc[0])),
        Valid("item", lambda: sectors()[sectors()["fiscal_year"] == 2018]["rio_grande_valley"].item()),
        Wrong("year-before", lambda: rgv(2017), "another fiscal year"),
        Wrong(
            "whole-border",
            lambda: sectors().set_index("fiscal_year").loc[2018, "southwest_border_total"],
            "whole southwest border",
        ),
        Wrong("arizona", lambda: az_row(sectors(), 2018), "This cell asks for the Rio Grande Valley"),
        Wrong("as-text", lambda: f"{rgv():,}", "is text"),
        Wrong("the-column", lambda: sectors()["rio_grande_valley"], "not one number"),
    ],
    "check_claim_arizona": [
        Valid("row-mask", lambda: az_row),
        Valid("set-index-sum", lambda: az_indexed),
        Valid("query", lambda: az_query),
        Valid("loop", lambda: az_loop),
        Wrong("tucson-only", lambda: tucson_only, "Add both"),
        Wrong("el-centro", lambda: with_el_centro, "El Centro"),
        Wrong("no-return", lambda: no_return, "`return`"),
        Wrong("the-number", lambda: az_row(sectors(), 2018), "should be"),
    ],
    "check_claim_ratio": [
        Valid("plain", lambda: rgv() / az_row(sectors(), 2018)),
        Valid("rounded", lambda: round(rgv() / az_row(sectors(), 2018), 2)),
        Valid(
            "from-table", lambda: sectors().set_index("fiscal_year").eval("rio_grande_valley / (tucson + yuma)")[2018]
        ),
        Wrong("upside-down", lambda: az_row(sectors(), 2018) / rgv(), "Upside down"),
        Wrong("percent", lambda: rgv() / az_row(sectors(), 2018) * 100, "percentage"),
        Wrong("difference", lambda: rgv() - az_row(sectors(), 2018), "difference"),
        Wrong("rounded-to-whole", lambda: round(rgv() / az_row(sectors(), 2018)), "something else"),
    ],
    "check_claim_years": [
        Valid("sum-of-comparison", lambda: int(ahead(sectors()).sum())),
        Valid("len-of-filter", lambda: len(sectors()[ahead(sectors())])),
        Valid("query-count", lambda: sectors().query("rio_grande_valley > tucson + yuma").shape[0]),
        Valid(
            "loop", lambda: sum(1 for _, r in sectors().iterrows() if r["rio_grande_valley"] > r["tucson"] + r["yuma"])
        ),
        Wrong("arizona-ahead", lambda: int((~ahead(sectors())).sum()), "Arizona was ahead"),
        Wrong("tucson-only", lambda: int((sectors()["rio_grande_valley"] > sectors()["tucson"]).sum()), "Tucson alone"),
        Wrong("all-years", lambda: len(sectors()), "how many fiscal years the table has"),
        Wrong("the-mask", lambda: ahead(sectors()), "not one number"),
    ],
    "check_claim_verdict": [
        Valid("plain", lambda: "supported"),
        Valid("capital", lambda: "Supported"),
        Valid("spaces", lambda: " supported\n"),
        Wrong("not-supported", lambda: "not supported", "Compare your two FY2018 numbers"),
        Wrong("partly", lambda: "partly supported", "Compare your two FY2018 numbers"),
        Wrong("yes", lambda: "yes", "one of the four verdicts"),
        Wrong("true", lambda: True, "should be"),
    ],
    "check_claim_write_up": [
        Valid("solution", write_up),
        Valid(
            "reworded",
            lambda: write_up(
                "The Rio Grande Valley sector alone made {rgv:,} apprehensions in fiscal year 2018, against {az:,} "
                "for Tucson and Yuma, Arizona's two sectors: about {ratio:.1f} times as many. It led in {years} of "
                "the {n} years."
            ),
        ),
        Valid(
            "the-lead",
            lambda: write_up(
                SOLUTION
                + " It has been ahead every fiscal year since FY{since}: {streak} years in a row, to FY{last}.",
                streak=int(sectors()["fiscal_year"].max()) - int(sectors().loc[~ahead(sectors()), "fiscal_year"].max()),
            ),
        ),
        Valid(
            "rounded",
            lambda: write_up(
                "In FY2018 the Rio Grande Valley made about {r}, more than twice the roughly {a} of Tucson and Yuma.",
                r=f"{round(rgv(), -3):,}",
                a=f"{round(az_row(sectors(), 2018), -3):,}",
            ),
        ),
        Wrong("typed-wrong", lambda: write_up(rgv=126_262), "I can't find"),
        Wrong(
            "ratio-unnamed",
            lambda: write_up(
                "The claim holds: {ratio:.1f} times as many in {n} years.",
            ),
            "does not say so",
        ),
        Wrong("other-year", lambda: write_up(rgv=rgv(2017)), "I can't find"),
        Wrong("empty", lambda: "", "Write your finding"),
    ],
}
