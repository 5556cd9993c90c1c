"""Right and wrong answers for checks.sources (see tests/variants/__init__.py).

The answers are built the way lesson 07 builds them: read from CBP's PDF with pdfplumber, cleaned with the
lesson's functions, and compared with the course's datasets; no expected number is typed in.
"""

import atexit
import functools

import numpy as np
import pandas as pd
import pdfplumber

from helpers import data, facts, paths
from helpers.article import extract_figures, load_article
from helpers.story import ARTICLE_YEAR
from tests.variants import Args, Valid, Wrong

PROFILE_PDF = paths.DATASETS / "sources" / "u.s._border_patrol_fiscal_year_2018_sector_profile.pdf"
OTHER_PDF = paths.DATASETS / "sources" / "u.s._border_patrol_fiscal_year_2019_sector_profile_0.pdf"
NAMES = [
    "sector",
    "agents",
    "apprehensions",
    "other_than_mexican",
    "marijuana_pounds",
    "cocaine_pounds",
    "prosecutions",
    "assaults",
    "rescues",
    "deaths",
]
AGES = ["sector", "accompanied", "unaccompanied", "juveniles", "adults", "total"]
GENDER = ["sector", "female", "male", "total"]
SWB_TOTAL = facts.TOTAL_NAMES["southwest_border_total"]
NATIONWIDE_TOTAL = facts.TOTAL_NAMES["nationwide_total"]
SOUTHWEST_NAMES = [facts.SECTOR_NAMES[code] for code in facts.SECTORS]


#: Every PDF (and file) a variant opens stays open for its check, and is closed when the tests end.
_OPENED: list = []
atexit.register(lambda: [thing.close() for thing in reversed(_OPENED)])


def _open(source):
    """A PDF opened for a check, as the lesson's cell leaves it: open (closed at exit, never leaked)."""
    if isinstance(source, str) and source == "file":
        source = open(PROFILE_PDF, "rb")  # noqa: SIM115  (closed at exit)
        _OPENED.append(source)
    document = pdfplumber.open(source)
    _OPENED.append(document)
    return document


@functools.cache
def _pdf():
    """The profile, opened once for every variant (the lesson keeps it open to its end)."""
    return _open(PROFILE_PDF)


def _page(number):
    return _pdf().pages[number]


def _rows(number=0):
    return _page(number).extract_table()


def _header_at(rows):
    return next(number for number, row in enumerate(rows) if row[0] == "SECTOR")


# --------------------------------------------------------------------------- the lesson's functions, and slips


def figures_lesson(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA)).astype("Int64")


def figures_one_regex(column):
    text = column.str.replace(r"[*,\s]", "", regex=True)
    return pd.to_numeric(text.mask(text == "N/A")).astype("Int64")


def figures_plain_text(column):
    text = column.str.replace("*", "").str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace({"N/A": pd.NA})).astype("Int64")


def figures_loop(column):
    cleaned = []
    for cell in column:
        cell = cell.replace("*", "").replace(",", "").strip()
        cleaned.append(pd.NA if cell == "N/A" else int(cell))
    return pd.Series(cleaned, index=column.index, dtype="Int64")


def figures_no_regex(column):
    text = column.str.replace(r"\*+", "").str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA)).astype("Int64")


def figures_zero(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", "0")).astype("Int64")


def figures_coerce(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text, errors="coerce").astype("Int64")


def figures_float(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.replace("N/A", pd.NA))


def figures_str_replace_na(column):
    text = column.str.replace(r"\*+", "", regex=True).str.replace(",", "").str.strip()
    return pd.to_numeric(text.str.replace("N/A", pd.NA)).astype("Int64")


def figures_no_return(column):
    column.str.replace(r"\*+", "", regex=True)


def names_lesson(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True).str.strip()


def names_two_steps(column):
    return column.str.replace(r"\*+", "", regex=True).str.replace(r"\s*\(formerly.*\)", "", regex=True).str.strip()


def names_split(column):
    return column.str.split("(", regex=False).str[0].str.replace("*", "").str.strip()


def names_apply(column):
    return column.apply(lambda name: name.split("(")[0].replace("*", "").strip())


def names_no_regex(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "").str.strip()


def names_no_strip(column):
    return column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True)


def names_marks_only(column):
    return column.str.replace(r"\*+", "", regex=True).str.strip()


def names_no_return(column):
    column.str.replace(r"\*+|\(formerly [^)]*\)", "", regex=True).str.strip()


def read_table_lesson(page, names):
    rows = page.extract_table()
    header_at = next(number for number, row in enumerate(rows) if row[0] == "SECTOR")
    raw = pd.DataFrame(rows[header_at + 1 :], columns=names).dropna()
    table = pd.DataFrame({names[0]: names_lesson(raw[names[0]])})
    for name in names[1:]:
        table[name] = figures_lesson(raw[name])
    return table


def read_table_copy(page, names):
    rows = page.extract_table()
    at = [row[0] for row in rows].index("SECTOR")
    table = pd.DataFrame(rows[at + 1 :], columns=names).dropna().reset_index(drop=True)
    for i, name in enumerate(names):
        table[name] = names_lesson(table[name]) if i == 0 else figures_lesson(table[name])
    return table


def read_table_dict(page, names):
    rows = [row for row in page.extract_table() if None not in row]
    at = next(i for i, row in enumerate(rows) if row[0] == "SECTOR")
    raw = pd.DataFrame(rows[at + 1 :], columns=names)
    return pd.DataFrame({name: (names_lesson if name == names[0] else figures_lesson)(raw[name]) for name in names})


def read_table_apply(page, names):
    rows = page.extract_table()
    at = _header_at(rows)
    raw = pd.DataFrame(rows[at + 1 :], columns=names).dropna()
    return raw.apply(lambda column: names_lesson(column) if column.name == names[0] else figures_lesson(column))


def read_table_global_page(page, names):
    return read_table_lesson(_page(0), names)  # page 1, whatever page it gets


def read_table_global_names(page, names):
    return read_table_lesson(page, NAMES)


def read_table_no_return(page, names):
    read_table_lesson(page, names)


def read_table_no_cleaning(page, names):
    rows = page.extract_table()
    at = [row[0] for row in rows].index("SECTOR")
    return pd.DataFrame(rows[at + 1 :], columns=names).dropna()


# --------------------------------------------------------------------------- the lesson's tables


def _raw():
    rows = _rows()
    return pd.DataFrame(rows[_header_at(rows) + 1 :], columns=NAMES).dropna()


def _profile():
    raw = _raw()
    profile = pd.DataFrame({"sector": names_lesson(raw["sector"])})
    for name in NAMES[1:]:
        profile[name] = figures_lesson(raw[name])
    return profile


def _southwest():
    profile = _profile()
    return profile[profile["sector"].isin(SOUTHWEST_NAMES)].copy()


def _region_totals():
    profile = _profile()
    return profile[profile["sector"].str.endswith("Sectors Total")]


def _nationwide_agents():
    return _profile().set_index("sector").loc[NATIONWIDE_TOTAL, "agents"]


def _swb_agents():
    return _profile().set_index("sector").loc[SWB_TOTAL, "agents"]


def _gender():
    return read_table_lesson(_page(2), GENDER)


def _ledger_figures():
    ledger = extract_figures(load_article().text)
    guard_sentence = ledger["sentence"].str.contains("national guard", case=False)
    guard_total = ledger.loc[guard_sentence, "value"].iloc[0]
    active = ledger.loc[ledger["sentence"].str.contains("troops", case=False) & ~guard_sentence, "value"].iloc[0]
    return guard_total, active


def _per_agent(order="lesson", rounded=True):
    southwest = _southwest()
    ratio = southwest["apprehensions"] / southwest["agents"]
    table = southwest[["sector", "agents", "apprehensions"]].assign(
        apprehensions_per_agent=ratio.round(1) if rounded else ratio
    )
    if order == "lesson":
        return table.sort_values("apprehensions_per_agent", ascending=False)
    if order == "nlargest":
        return table.nlargest(len(table), "apprehensions_per_agent")
    if order == "ascending":
        return table.sort_values("apprehensions_per_agent")
    if order == "upside-down":
        table["apprehensions_per_agent"] = (southwest["agents"] / southwest["apprehensions"]).round(1)
        return table.sort_values("apprehensions_per_agent", ascending=False)
    return table


def _adding_up(way="lesson"):
    profile = _profile()
    southwest = _southwest()
    printed = profile.set_index("sector").loc[SWB_TOTAL, ["agents", "apprehensions"]]
    nine = southwest[["agents", "apprehensions"]].sum()
    if way == "columns":
        table = pd.DataFrame({"printed total": printed.astype(float), "nine sectors": nine})
        table["difference"] = table["printed total"] - table["nine sectors"]
        return table
    if way == "rows":
        return pd.DataFrame(
            [[nine[c], printed[c], printed[c] - nine[c]] for c in ["apprehensions", "agents"]],
            index=["apprehensions", "agents"],
            columns=["nine sectors", "printed total", "difference"],
        )
    difference = nine - printed if way == "reversed" else printed - nine
    table = pd.DataFrame({"nine sectors": nine, "printed total": printed, "difference": difference})
    if way == "transposed":
        return table.T
    if way == "no-difference":
        return table.drop(columns="difference")
    return table


STAFFING = data.load_staffing()
SWB_STAFFING = STAFFING[STAFFING["sector"] == "southwest_border_total"].set_index("fiscal_year")["agents"]
COURSE = data.load_sector_profiles()
COURSE_2018 = COURSE.query("fiscal_year == 2018")
KEYS = {"left_on": "sector", "right_on": "sector_name"}

# --------------------------------------------------------------------------- Exercise 4: findings

FINDING_STAFFING = STAFFING.pivot(index="fiscal_year", columns="sector", values="agents")
FINDING_DEATHS = data.load_deaths().set_index("fiscal_year")
PROFILE_2018 = COURSE_2018.set_index("sector_name")


def _rgv():
    return PROFILE_2018.loc["Rio Grande Valley"]


VARIANTS: dict[str, list] = {
    # ----------------------------------------------------------------------- the PDF, its page, its words
    "check_profile_pdf": [
        Valid("path", lambda: _open(PROFILE_PDF)),
        Valid("text-path", lambda: _open(str(PROFILE_PDF))),
        Valid("open-file", lambda: _open("file")),
        Valid("data-source_pdf", lambda: _open(data.source_pdf(PROFILE_PDF.name))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("the-path", lambda: PROFILE_PDF, "Open it: `pdf = pdfplumber.open(profile_pdf)`"),
        Wrong("the-pages", lambda: list(_pdf().pages), "Store the opened PDF itself"),
        Wrong("another-pdf", lambda: _open(OTHER_PDF), "Open the FY2018 Sector Profile"),
        Wrong("closed-by-with", lambda: _closed(), "Open it without `with`"),
    ],
    "check_first_page": [
        Valid("pages-0", lambda: _pdf().pages[0]),
        Valid("negative-index", lambda: _pdf().pages[-len(_pdf().pages)]),
        Valid("next-iter", lambda: next(iter(_pdf().pages))),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("page-1-counted-from-1", lambda: _pdf().pages[1], "Python counts from 0"),
        Wrong("all-pages", lambda: _pdf().pages, "Take the first one: `pdf.pages[0]`"),
        Wrong("the-picture", lambda: _pdf().pages[0].to_image(resolution=20), "Store the page itself"),
        Wrong("the-pdf", lambda: _pdf(), "`pdf.pages[0]`"),
    ],
    "check_words": [
        Valid("dataframe", lambda: pd.DataFrame(_page(0).extract_words())),
        Valid("from-records", lambda: pd.DataFrame.from_records(_page(0).extract_words())),
        Valid("three-columns-reordered", lambda: pd.DataFrame(_page(0).extract_words())[["top", "x0", "text"]]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("still-a-list", lambda: _page(0).extract_words(), "`pd.DataFrame(page1.extract_words())`"),
        Wrong("the-text", lambda: _page(0).extract_text(), "Use `extract_words()`"),
        Wrong("another-page", lambda: pd.DataFrame(_page(1).extract_words()), "Take them from `page1`"),
        Wrong("only-the-head", lambda: pd.DataFrame(_page(0).extract_words()).head(), "keeps 5 rows"),
    ],
    # ----------------------------------------------------------------------- rows, header, Tucson, raw
    "check_header_row": [
        Valid("next-enumerate", lambda: Args(_rows(), _header_at(_rows()))),
        Valid("list-index", lambda: Args(_rows(), [row[0] for row in _rows()].index("SECTOR"))),
        Valid("loop-with-break", lambda: Args(_rows(), _header_by_loop(_rows()))),
        Valid("numpy-int", lambda: Args(_rows(), np.int64(_header_at(_rows())))),
        Wrong("unanswered", lambda: Args(_rows(), ...), "Replace the `...`"),
        Wrong("the-row-itself", lambda: Args(_rows(), _rows()[_header_at(_rows())]), "Store its *number*"),
        Wrong("the-row-below", lambda: Args(_rows(), _header_at(_rows()) + 1), 'the row that holds "SECTOR"'),
        Wrong("row-0", lambda: Args(_rows(), 0), 'whose first cell (`row[0]`) is "SECTOR"'),
        Wrong("extract_tables", lambda: Args(_page(0).extract_tables(), _header_at(_rows())), "Use `extract_table()`"),
        Wrong("another-page", lambda: Args(_page(1).extract_table(), _header_at(_rows())), "Extract it from `page1`"),
    ],
    "check_tucson_row": [
        Valid("next", lambda: next(row for row in _rows() if row[0] == "Tucson")),
        Valid("loop-with-break", lambda: _tucson_by_loop()),
        Valid("tuple", lambda: tuple(_rows()[[r[0] for r in _rows()].index("Tucson")])),
        Valid("list-comprehension-first", lambda: [row for row in _rows() if row[0] == "Tucson"][0]),  # noqa: RUF015  (a student's way of writing it)
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("next-enumerate", lambda: next(enumerate(_rows())), "Search the rows themselves"),
        Wrong("by-position", lambda: _rows()[-4], 'Take the row whose first cell is "Tucson"'),
        Wrong("its-position", lambda: [r[0] for r in _rows()].index("Tucson"), "Store the row itself"),
        Wrong("one-cell", lambda: "Tucson", "Store the whole row"),
    ],
    "check_raw_table": [
        Valid("lesson", lambda: _raw()),
        Valid(
            "dropna-any-reset",
            lambda: (
                pd.DataFrame(_rows()[_header_at(_rows()) + 1 :], columns=NAMES).dropna(how="any").reset_index(drop=True)
            ),
        ),
        Valid("slice-off-the-footnote", lambda: pd.DataFrame(_rows()[_header_at(_rows()) + 1 : -1], columns=NAMES)),
        Valid("columns-set-after", lambda: _raw_columns_set_after()),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("footnote-kept", lambda: pd.DataFrame(_rows()[_header_at(_rows()) + 1 :], columns=NAMES), "`.dropna()`"),
        Wrong(
            "header-kept",
            lambda: pd.DataFrame(_rows()[_header_at(_rows()) :], columns=NAMES).dropna(),
            "`rows[header_at + 1:]`",
        ),
        Wrong("no-names", lambda: pd.DataFrame(_rows()[_header_at(_rows()) + 1 :]).dropna(), "needs the columns"),
        Wrong("the-rows-list", lambda: _rows(), "should be a table"),
    ],
    # ----------------------------------------------------------------------- cleaning
    "check_figures": [
        Valid("lesson", lambda: figures_lesson),
        Valid("one-regex-and-mask", lambda: figures_one_regex),
        Valid("plain-text-replace", lambda: figures_plain_text),
        Valid("loop", lambda: figures_loop),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-regex", lambda: figures_no_regex, "regex=True"),
        Wrong("na-as-zero", lambda: figures_zero, 'Replace exactly "N/A" with `pd.NA`'),
        Wrong("coerce", lambda: figures_coerce, "let anything else raise an error"),
        Wrong("floats", lambda: figures_float, '`.astype("Int64")`'),
        Wrong("no-return", lambda: figures_no_return, "End it with `return ...`"),
        Wrong("str-replace-na", lambda: figures_str_replace_na, 'column.replace("N/A", pd.NA)'),
    ],
    "check_sector_names": [
        Valid("lesson", lambda: names_lesson),
        Valid("two-steps", lambda: names_two_steps),
        Valid("split", lambda: names_split),
        Valid("apply", lambda: names_apply),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("no-regex", lambda: names_no_regex, "regex=True"),
        Wrong("no-strip", lambda: names_no_strip, "`.str.strip()`"),
        Wrong("marks-only", lambda: names_marks_only, "`\\(formerly [^)]*\\)`"),
        Wrong("no-return", lambda: names_no_return, "End it with `return ...`"),
    ],
    "check_profile_table": [
        Valid("lesson", lambda: _profile()),
        Valid(
            "apply-on-raw", lambda: _raw().apply(lambda c: names_lesson(c) if c.name == "sector" else figures_lesson(c))
        ),
        Valid(
            "dict-comprehension-reset",
            lambda: pd.DataFrame(
                {name: (names_lesson if name == "sector" else figures_lesson)(_raw()[name]) for name in NAMES}
            ).reset_index(drop=True),
        ),
        Valid("columns-in-another-order", lambda: _profile()[NAMES[::-1]]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("figures-still-text", lambda: _raw().assign(sector=names_lesson(_raw()["sector"])), "thousands commas"),
        Wrong("na-as-zero", lambda: _profile().assign(deaths=lambda t: t["deaths"].fillna(0)), "not with 0"),
        Wrong(
            "names-with-marks",
            lambda: _profile().assign(sector=_raw()["sector"].str.strip()),
            "footnote marks",
        ),
        Wrong("footnote-row-dropped-too-much", lambda: _profile().iloc[:-1], "Take every row below the header"),
        Wrong(
            "columns-swapped",
            lambda: _profile().rename(columns={"agents": "apprehensions", "apprehensions": "agents"}),
            "PDF's order",
        ),
    ],
    "check_southwest": [
        Valid("lesson", lambda: Args(SOUTHWEST_NAMES, _southwest())),
        Valid(
            "sorted-names-and-query",
            lambda: Args(
                sorted(SOUTHWEST_NAMES), _profile().query("sector in @SOUTHWEST_NAMES").reset_index(drop=True)
            ),
        ),
        Valid(
            "tuple-and-loc",
            lambda: Args(
                tuple(SOUTHWEST_NAMES),
                _profile().loc[_profile()["sector"].isin(SOUTHWEST_NAMES), ["sector", "agents", "apprehensions"]],
            ),
        ),
        Valid(
            "map-and-merge",
            lambda: Args(
                list(map(facts.SECTOR_NAMES.get, facts.SECTORS)),
                _profile().merge(pd.DataFrame({"sector": SOUTHWEST_NAMES})),
            ),
        ),
        Wrong("unanswered", lambda: Args(..., _southwest()), "Replace the `...`"),
        Wrong("codes", lambda: Args(list(facts.SECTORS), _southwest()), "`facts.SECTOR_NAMES[code]`"),
        Wrong("the-dict", lambda: Args(facts.SECTOR_NAMES, _southwest()), "should be a list"),
        Wrong(
            "with-the-total-row",
            lambda: Args(SOUTHWEST_NAMES, _profile()[_profile()["sector"].isin([*SOUTHWEST_NAMES, SWB_TOTAL])]),
            "(`.isin(southwest_names)`)",
        ),
        Wrong(
            "codes-in-isin",
            lambda: Args(SOUTHWEST_NAMES, _profile()[_profile()["sector"].isin(facts.SECTORS)]),
            "Keep profile's rows whose sector",
        ),
    ],
    "check_adding_up": [
        Valid("lesson", lambda: _adding_up()),
        Valid("floats-other-column-order", lambda: _adding_up("columns")),
        Valid("rows-in-another-order", lambda: _adding_up("rows")),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("reversed", lambda: _adding_up("reversed"), "take the printed total minus the nine sectors"),
        Wrong("transposed", lambda: _adding_up("transposed"), "The prompt wants them as its rows"),
        Wrong("no-difference", lambda: _adding_up("no-difference"), "`difference`"),
    ],
    # ----------------------------------------------------------------------- read_table, pages 2 and 3
    "check_read_table": [
        Valid("lesson", lambda: read_table_lesson),
        Valid("copy-and-loop", lambda: read_table_copy),
        Valid("dict-comprehension", lambda: read_table_dict),
        Valid("apply", lambda: read_table_apply),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("page-1-always", lambda: read_table_global_page, "use its parameter"),
        Wrong("global-names", lambda: read_table_global_names, "parameter `names`"),
        Wrong("no-return", lambda: read_table_no_return, "End it with `return table`"),
        Wrong("no-cleaning", lambda: read_table_no_cleaning, "For page 1"),
    ],
    "check_ages": [
        Valid("lesson", lambda: read_table_lesson(_page(1), AGES)),
        Valid("other-column-order", lambda: read_table_copy(_page(1), AGES)[AGES[::-1]]),
        Valid("sorted", lambda: read_table_lesson(_page(1), AGES).sort_values("sector")),
        Valid(
            "with-the-gaps",
            lambda: read_table_lesson(_page(1), AGES).assign(
                juveniles_gap=lambda t: t["accompanied"] + t["unaccompanied"] - t["juveniles"]
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "names-in-another-order",
            lambda: read_table_lesson(
                _page(1), ["sector", "accompanied", "unaccompanied", "adults", "juveniles", "total"]
            ),
            "PDF's order",
        ),
        Wrong("not-cleaned", lambda: read_table_no_cleaning(_page(1), AGES), "Read the page with your `read_table`"),
        Wrong("page-1", lambda: read_table_lesson(_page(0), NAMES), "needs the columns"),
        Wrong("rows-lost", lambda: read_table_lesson(_page(1), AGES).iloc[:-2], "Check the condition"),
    ],
    "check_per_agent": [
        Valid("lesson", lambda: _per_agent()),
        Valid("unrounded-reset", lambda: _per_agent(rounded=False).reset_index(drop=True)),
        Valid("nlargest", lambda: _per_agent("nlargest")),
        Valid(
            "all-columns-of-southwest",
            lambda: (
                _southwest()
                .assign(apprehensions_per_agent=lambda t: (t["apprehensions"] / t["agents"]).round(1))
                .sort_values("apprehensions_per_agent", ascending=False)
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("ascending", lambda: _per_agent("ascending"), "ascending=False"),
        Wrong("not-sorted", lambda: _per_agent("none"), "Sort it by `apprehensions_per_agent`"),
        Wrong("upside-down", lambda: _per_agent("upside-down"), "Divide apprehensions by agents"),
        Wrong("sector-as-index", lambda: _per_agent().set_index("sector"), "add `.reset_index()`"),
    ],
    # ----------------------------------------------------------------------- staffing
    "check_staffing": [
        Valid("mask-set_index", lambda: Args(STAFFING, SWB_STAFFING)),
        Valid(
            "query",
            lambda: Args(
                STAFFING, STAFFING.query("sector == 'southwest_border_total'").set_index("fiscal_year")["agents"]
            ),
        ),
        Valid(
            "pivot",
            lambda: Args(
                STAFFING,
                STAFFING.pivot(index="fiscal_year", columns="sector", values="agents")["southwest_border_total"],
            ),
        ),
        Valid("floats", lambda: Args(STAFFING, SWB_STAFFING.astype(float))),
        Wrong("unanswered", lambda: Args(STAFFING, ...), "Replace the `...`"),
        Wrong(
            "nationwide",
            lambda: Args(
                STAFFING, STAFFING[STAFFING["sector"] == "nationwide_total"].set_index("fiscal_year")["agents"]
            ),
            '"southwest_border_total"',
        ),
        Wrong(
            "row-numbers", lambda: Args(STAFFING, SWB_STAFFING.reset_index(drop=True)), '`.set_index("fiscal_year")`'
        ),
        Wrong(
            "staffing-cut",
            lambda: Args(STAFFING[STAFFING["sector"] == "southwest_border_total"], SWB_STAFFING),
            "Keep `staffing` whole",
        ),
        Wrong(
            "the-rows-not-the-column",
            lambda: Args(STAFFING, STAFFING[STAFFING["sector"] == "southwest_border_total"]),
            'Pick it with `["column name"]`',
        ),
    ],
    "check_staffing_growth": [
        Valid(
            "lesson",
            lambda: Args(SWB_STAFFING.index[0], SWB_STAFFING[ARTICLE_YEAR] / SWB_STAFFING[SWB_STAFFING.index[0]]),
        ),
        Valid(
            "min-and-iloc-rounded",
            lambda: Args(
                int(SWB_STAFFING.index.min()), round(SWB_STAFFING.loc[ARTICLE_YEAR] / SWB_STAFFING.iloc[0], 1)
            ),
        ),
        Valid(
            "sorted-and-floats",
            lambda: Args(
                sorted(SWB_STAFFING.index)[0],
                float(SWB_STAFFING[ARTICLE_YEAR]) / float(SWB_STAFFING[SWB_STAFFING.index[0]]),
            ),
        ),
        Wrong("unanswered", lambda: Args(..., 1.0), "Replace the `...`"),
        Wrong("agents-not-year", lambda: Args(int(SWB_STAFFING.iloc[0]), 1.0), "the first year's agents"),
        Wrong("position", lambda: Args(0, 1.0), "That is a position"),
        Wrong("decimal-year", lambda: Args(float(SWB_STAFFING.index[0]), 1.0), "a whole number"),
        Wrong(
            "upside-down",
            lambda: Args(SWB_STAFFING.index[0], SWB_STAFFING[SWB_STAFFING.index[0]] / SWB_STAFFING[ARTICLE_YEAR]),
            "Upside down",
        ),
        Wrong(
            "percent-change",
            lambda: Args(SWB_STAFFING.index[0], (SWB_STAFFING[ARTICLE_YEAR] / SWB_STAFFING.iloc[0] - 1) * 100),
            "without subtracting 1",
        ),
        Wrong(
            "the-peak",
            lambda: Args(SWB_STAFFING.index[0], SWB_STAFFING.max() / SWB_STAFFING.iloc[0]),
            "`swb_staffing[2018]`",
        ),
    ],
    "check_compared": [
        Valid(
            "lesson", lambda: _profile().merge(COURSE_2018, **KEYS, validate="one_to_one", suffixes=("_pdf", "_course"))
        ),
        Valid(
            "pd-merge-left", lambda: pd.merge(_profile(), COURSE_2018, **KEYS, how="left", suffixes=("_pdf", "_course"))
        ),
        Valid(
            "mask-and-sorted",
            lambda: (
                _profile()
                .merge(COURSE[COURSE["fiscal_year"] == 2018], **KEYS, suffixes=("_pdf", "_course"))
                .sort_values("agents_pdf")
            ),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "course-on-the-left",
            lambda: COURSE_2018.merge(
                _profile(), left_on="sector_name", right_on="sector", suffixes=("_pdf", "_course")
            ),
            "Put profile on the left",
        ),
        Wrong("no-suffixes", lambda: _profile().merge(COURSE_2018, **KEYS), 'pass `suffixes=("_pdf", "_course")`'),
        Wrong(
            "suffixes-swapped",
            lambda: _profile().merge(COURSE_2018, **KEYS, suffixes=("_course", "_pdf")),
            "The first suffix goes to the left table",
        ),
        Wrong(
            "fy2019",
            lambda: _profile().merge(COURSE.query("fiscal_year == 2019"), **KEYS, suffixes=("_pdf", "_course")),
            "keep the rows of fiscal_year 2018",
        ),
        Wrong(
            "on-sector",
            lambda: _profile().merge(COURSE_2018, on="sector", suffixes=("_pdf", "_course")),
            'right_on="sector_name"',
        ),
        Wrong(
            "both-years",
            lambda: _profile().merge(COURSE, **KEYS, suffixes=("_pdf", "_course")),
            "keep only FY2018",
        ),
    ],
    # ----------------------------------------------------------------------- the exercises
    "check_beyond_regions": [
        Valid("lesson", lambda: _nationwide_agents() - _region_totals()["agents"].sum()),
        Valid(
            "mask-and-item",
            lambda: (
                _profile().loc[_profile()["sector"] == NATIONWIDE_TOTAL, "agents"].item()
                - _profile().query("sector.str.endswith('Sectors Total')", engine="python")["agents"].sum()
            ),
        ),
        Valid("float", lambda: float(_nationwide_agents()) - float(_region_totals()["agents"].sum())),
        Valid(
            "loop",
            lambda: _nationwide_agents() - sum(int(agents) for agents in _region_totals()["agents"]),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("wrong-sign", lambda: _region_totals()["agents"].sum() - _nationwide_agents(), "The sign is wrong"),
        Wrong(
            "only-the-southwest",
            lambda: _nationwide_agents() - _swb_agents(),
            "Subtract all three regions' totals",
        ),
        Wrong(
            "every-row",
            lambda: _nationwide_agents() - _profile()["agents"].sum(),
            '`region_totals["agents"].sum()`',
        ),
        Wrong(
            "the-nine-sectors",
            lambda: _nationwide_agents() - _southwest()["agents"].sum(),
            "subtract the agents of `region_totals`",
        ),
        Wrong("text", lambda: str(_nationwide_agents() - _region_totals()["agents"].sum()), "Drop the quotes"),
        Wrong("the-regions-sum", lambda: _region_totals()["agents"].sum(), "Now subtract that sum"),
    ],
    "check_gender_mismatches": [
        Valid(
            "lesson-tolist",
            lambda: _gender().loc[_gender()["female"] + _gender()["male"] != _gender()["total"], "sector"].tolist(),
        ),
        Valid("query-series", lambda: _gender().query("female + male != total")["sector"]),
        Valid(
            "loop",
            lambda: [row.sector for row in _gender().itertuples() if row.female + row.male != row.total],
        ),
        Valid(
            "ne-values-array",
            lambda: _gender()[(_gender()["female"] + _gender()["male"]).ne(_gender()["total"])]["sector"].values,
        ),
        Valid("lower-case", lambda: [name.lower() for name in _gender().query("female + male != total")["sector"]]),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong(
            "equal-not-unequal",
            lambda: _gender().loc[_gender()["female"] + _gender()["male"] == _gender()["total"], "sector"].tolist(),
            "`!=` instead of `==`",
        ),
        Wrong(
            "row-labels",
            lambda: _gender()[_gender()["female"] + _gender()["male"] != _gender()["total"]].index.tolist(),
            "Take the names from the sector column",
        ),
        Wrong(
            "how-many",
            lambda: int((_gender()["female"] + _gender()["male"] != _gender()["total"]).sum()),
            "store their *names*",
        ),
        Wrong(
            "the-table",
            lambda: _gender()[_gender()["female"] + _gender()["male"] != _gender()["total"]],
            '`table.loc[condition, "sector"].tolist()`',
        ),
        Wrong("page-2s-list", lambda: _page_2_mismatches(), "Compare female + male with the total on page 3"),
    ],
    "check_guard_share": [
        Valid("lesson", lambda: round(_ledger_figures()[0] / _swb_agents() * 100, 1)),
        Valid("unrounded", lambda: _ledger_figures()[0] / _swb_agents() * 100),
        Valid("hundred-times-first", lambda: round(100 * _ledger_figures()[0] / _swb_agents(), 1)),
        Valid(
            "stated_total-and-numpy",
            lambda: np.round(__import__("helpers.troops").troops.stated_total() / float(_swb_agents()) * 100, 1),
        ),
        Wrong("unanswered", lambda: ..., "Replace the `...`"),
        Wrong("fraction", lambda: round(_ledger_figures()[0] / _swb_agents(), 3), "Multiply by 100"),
        Wrong("the-800", lambda: round(_ledger_figures()[1] / _swb_agents() * 100, 1), "Now the Guard's total"),
        Wrong(
            "nationwide",
            lambda: round(_ledger_figures()[0] / _nationwide_agents() * 100, 1),
            "divide by the Southwest Border Sectors Total",
        ),
        Wrong("upside-down", lambda: round(_swb_agents() / _ledger_figures()[0], 1), "divide the troops by the agents"),
        Wrong("whole-number", lambda: round(_ledger_figures()[0] / _swb_agents() * 100), "round(..., 1)"),
        Wrong("text", lambda: f"{_ledger_figures()[0] / _swb_agents() * 100:.1f}%", "Drop the quotes"),
    ],
    "check_sources_finding": [
        Valid(
            "lesson-example",
            lambda: (
                f"On 30 September 2018, Rio Grande Valley sector had {_rgv()['agents']:,} Border Patrol agents, "
                f"who made {_rgv()['apprehensions']:,} apprehensions in FY2018: "
                f"{_rgv()['apprehensions'] / _rgv()['agents']:.0f} per agent."
            ),
        ),
        Valid(
            "growth-about",
            lambda: (
                f"The southwest border had {_swb_agents():,} agents in 2018, about "
                f"{SWB_STAFFING[2018] / SWB_STAFFING[1992]:.1f} times as many as in 1992."
            ),
        ),
        Valid(
            "deaths-fy18-rgv",
            lambda: (
                f"The Border Patrol recorded {FINDING_DEATHS.loc[2018, 'southwest_border_total']:,} deaths in the "
                f"southwest border sectors in FY18, {FINDING_DEATHS.loc[2018, 'rio_grande_valley']} of them in RGV."
            ),
        ),
        Valid(
            "n-in-x-two-sectors",
            lambda: (
                f"In FY2018, {_rgv()['agents']:,} agents worked in Rio Grande Valley sector, compared with "
                f"{FINDING_STAFFING.loc[2018, 'tucson']:,} in Tucson sector."
            ),
        ),
        Valid(
            "percent-change",
            lambda: (
                f"Tucson sector's agents grew by "
                f"{round((FINDING_STAFFING.loc[2018, 'tucson'] / FINDING_STAFFING.loc[1992, 'tucson'] - 1) * 100):,}% "
                "from FY1992 to FY2018."
            ),
        ),
        Wrong("unanswered", lambda: ..., "Write your finding"),
        Wrong(
            "another-years-figure",
            lambda: (
                f"Tucson sector had {FINDING_STAFFING.loc[1992, 'tucson']:,} Border Patrol agents on 30 September 2018."
            ),
            "FY1992",
        ),
        Wrong(
            "no-year",
            lambda: f"Tucson sector had {FINDING_STAFFING.loc[2018, 'tucson']:,} Border Patrol agents.",
            "'2018'",
        ),
        Wrong(
            "no-place", lambda: f"There were {FINDING_STAFFING.loc[2018, 'tucson']:,} agents in 2018.", "Name the place"
        ),
        Wrong(
            "swapped-sectors",
            lambda: (
                f"On 30 September 2018, Tucson sector had {_rgv()['agents']:,} Border Patrol agents, fewer than "
                f"Rio Grande Valley sector's {FINDING_STAFFING.loc[2018, 'tucson']:,}."
            ),
            "give each place its own figure",
        ),
        Wrong(
            "false-superlative",
            lambda: f"Rio Grande Valley sector had the most agents, {_rgv()['agents']:,}, on 30 September 2018.",
            "sort the nine southwest sectors",
        ),
        Wrong(
            "announced-as-deployed",
            lambda: (
                f"The {_ledger_figures()[1]} troops were deployed beside the southwest border's {_swb_agents():,} "
                "agents in 2018."
            ),
            "Announced is not deployed",
        ),
    ],
}


def _closed():
    with pdfplumber.open(PROFILE_PDF) as document:
        pass
    return document


def _header_by_loop(rows):
    for number, row in enumerate(rows):
        if row[0] == "SECTOR":
            return number
    return None


def _tucson_by_loop():
    for row in _rows():
        if row[0] == "Tucson":
            break
    return row


def _raw_columns_set_after():
    rows = _rows()
    raw = pd.DataFrame(rows[_header_at(rows) + 1 :]).dropna()
    raw.columns = NAMES
    return raw


def _page_2_mismatches():
    ages = read_table_lesson(_page(1), AGES)
    return ages.loc[ages["juveniles"] + ages["adults"] != ages["total"], "sector"].tolist()
