"""The idioms the course teaches, how to recognise each in code, and in which order the lessons teach them.

Each lesson declares in its notebook metadata (``metadata["border_figures"]["introduces"]``) the
idioms it introduces. An idiom counts as taught in a lesson where a *given* cell (a code cell the
student does not type, or a fenced ``python`` block in a Markdown cell) shows it. A typed cell may
need only idioms that are prerequisites (basic Python, ``PREREQUISITES``), introduced by an earlier
lesson, or introduced by its own lesson *and* shown in a given cell above it.

``tests/test_concept_order.py`` checks that order; ``make guide`` writes the reference page
(``notebooks/reference.md``) from ``IDIOMS``: each idiom with a one-line example and the lesson
that teaches it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass

from tools.type_along_contract import parse

#: What the course assumes a student knows before lesson 00 (README: "You need basic Python").
PREREQUISITES = (
    "variables, numbers and strings; arithmetic; comparisons (==, <, >=) and `and`, `or`, `not`; "
    "lists, dicts, indexing and slicing (`x[0]`, `text[:70]`, `d['key']`); `for` loops and `if`; defining and calling "
    "functions, with `return`; `import`; `print`; f-strings with plain `{name}` placeholders"
)


@dataclass(frozen=True)
class Idiom:
    key: str
    group: str  # Python, pandas, regular expressions, matplotlib, widgets
    name: str
    example: str  # one line, shown on the reference page
    uses: Callable[[ast.AST], bool]


def _attr(node: ast.AST, *names: str) -> bool:
    return isinstance(node, ast.Attribute) and node.attr in names


def _call(node: ast.AST, *names: str) -> bool:
    return isinstance(node, ast.Call) and (
        _attr(node.func, *names) or (isinstance(node.func, ast.Name) and node.func.id in names)
    )


def _keyword(node: ast.AST, name: str, value=None) -> bool:
    if not isinstance(node, ast.Call):
        return False
    for keyword in node.keywords:
        if keyword.arg == name and (
            value is None or (isinstance(keyword.value, ast.Constant) and keyword.value.value == value)
        ):
            return True
    return False


def _has_compare(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Compare) or _call(n, "isin", "between", "contains") for n in ast.walk(node))


def _combined_conditions(node: ast.AST) -> bool:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitAnd | ast.BitOr):
        return _has_compare(node.left) or _has_compare(node.right)
    return isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert) and _has_compare(node.operand)


def _boolean_filter(node: ast.AST) -> bool:
    """``table[condition]`` or ``table.loc[condition]``: a comparison inside the brackets."""
    if not isinstance(node, ast.Subscript):
        return False
    inner = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) and node.slice.elts else node.slice
    return isinstance(inner, ast.Compare | ast.BinOp | ast.UnaryOp | ast.Call) and _has_compare(inner)


def _column_list(node: ast.AST) -> bool:
    if not isinstance(node, ast.Subscript):
        return False
    inner = node.slice.elts[-1] if isinstance(node.slice, ast.Tuple) and node.slice.elts else node.slice
    return isinstance(inner, ast.List)


def _loc_slice(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Subscript) and _attr(node.value, "loc")):
        return False
    inner = node.slice.elts[0] if isinstance(node.slice, ast.Tuple) and node.slice.elts else node.slice
    return isinstance(inner, ast.Slice)


def _format_spec(node: ast.AST) -> bool:
    return isinstance(node, ast.FormattedValue) and node.format_spec is not None


def _regex_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
    )


def _named_group(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and "(?P<" in node.value


def _str_method(node: ast.AST, *names: str) -> bool:
    return isinstance(node, ast.Call) and _attr(node.func, *names) and _attr(node.func.value, "str")


IDIOMS: dict[str, Idiom] = {
    i.key: i
    for i in [
        # Python beyond the prerequisites
        Idiom("fstring-format", "Python", "f-string number formats", 'f"{count:,}"  f"{share:.1%}"', _format_spec),
        Idiom(
            "comprehension",
            "Python",
            "list comprehension",
            "[year for year in years if year > 2000]",
            lambda n: isinstance(n, ast.ListComp | ast.DictComp | ast.SetComp | ast.GeneratorExp),
        ),
        Idiom(
            "lambda",
            "Python",
            "lambda (a one-line function)",
            "lambda row: row.share * 100",
            lambda n: isinstance(n, ast.Lambda),
        ),
        Idiom(
            "with",
            "Python",
            "`with` blocks",
            "with pdfplumber.open(path) as pdf: ...",
            lambda n: isinstance(n, ast.With),
        ),
        Idiom(
            "next-match",
            "Python",
            "the first item that matches (next with a generator)",
            'next(i for i, row in enumerate(rows) if row[0] == "Tucson")',
            lambda n: isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "next",
        ),
        Idiom(
            "try-except",
            "Python",
            "try / except",
            "try: ... except ValueError as error: ...",
            lambda n: isinstance(n, ast.Try),
        ),
        Idiom(
            "write-text",
            "Python",
            "write a text file",
            'path.write_text(text, encoding="utf-8")',
            lambda n: _call(n, "write_text"),
        ),
        # pandas: tables in and out
        Idiom(
            "read_csv",
            "pandas",
            "read a CSV file",
            'pd.read_csv(paths.DATASETS / "file.csv")',
            lambda n: _call(n, "read_csv"),
        ),
        Idiom(
            "dataframe",
            "pandas",
            "make a table",
            'pd.DataFrame({"state": states, "troops": troops})',
            lambda n: _call(n, "DataFrame"),
        ),
        Idiom("to_csv", "pandas", "save a table", "table.to_csv(path, index=False)", lambda n: _call(n, "to_csv")),
        Idiom("select-columns", "pandas", "pick columns", 'table[["state", "troops"]]', _column_list),
        Idiom(
            "drop-columns",
            "pandas",
            "drop a column",
            'table.drop(columns=["_merge"])',
            lambda n: _call(n, "drop") and _keyword(n, "columns"),
        ),
        Idiom(
            "boolean-filter", "pandas", "keep rows with a condition", 'table[table["troops"] > 100]', _boolean_filter
        ),
        Idiom(
            "combine-conditions",
            "pandas",
            "combine conditions: & (and), | (or), ~ (not), each in parentheses",
            'table[(table["year"] >= 2000) & (table["region"] == "southwest")]',
            _combined_conditions,
        ),
        Idiom(
            "isin",
            "pandas",
            "keep rows whose value is in a list",
            'table[table["month"].isin([3, 4, 5])]',
            lambda n: _call(n, "isin"),
        ),
        Idiom(
            "loc",
            "pandas",
            "rows and columns by label with .loc",
            'table.loc[2018, "southwest_border"]',
            lambda n: isinstance(n, ast.Subscript) and _attr(n.value, "loc"),
        ),
        Idiom("loc-slice", "pandas", "a range of labels with .loc", "series.loc[2009:2018]", _loc_slice),
        Idiom("iloc", "pandas", "rows by position with .iloc", "table.iloc[0]", lambda n: _attr(n, "iloc")),
        Idiom(
            "set_index",
            "pandas",
            "make a column the index",
            'table.set_index("fiscal_year")',
            lambda n: _call(n, "set_index", "reset_index"),
        ),
        Idiom(
            "sort_values",
            "pandas",
            "sort rows",
            'table.sort_values("troops")',
            lambda n: _call(n, "sort_values", "sort_index"),
        ),
        Idiom(
            "sort-descending",
            "pandas",
            "sort largest first",
            'table.sort_values("troops", ascending=False)',
            lambda n: _keyword(n, "ascending"),
        ),
        Idiom(
            "nlargest",
            "pandas",
            "the largest rows",
            'table.nlargest(3, "troops")',
            lambda n: _call(n, "nlargest", "nsmallest"),
        ),
        Idiom(
            "idxmin-idxmax",
            "pandas",
            "the label of the smallest or largest value",
            "series.idxmin()",
            lambda n: _call(n, "idxmin", "idxmax"),
        ),
        Idiom(
            "groupby",
            "pandas",
            "add up by group",
            'table.groupby("state")["troops"].sum()',
            lambda n: _call(n, "groupby"),
        ),
        Idiom(
            "agg",
            "pandas",
            "several summaries at once",
            'table.groupby("state").agg(total=("troops", "sum"))',
            lambda n: _call(n, "agg", "aggregate"),
        ),
        Idiom(
            "pivot_table",
            "pandas",
            "one row per year, one column per group",
            'table.pivot_table(index="year", columns="state", values="n", aggfunc="sum")',
            lambda n: _call(n, "pivot_table", "pivot", "unstack"),
        ),
        Idiom(
            "merge",
            "pandas",
            "join two tables on a column",
            'a.merge(b, on="sector", how="left")',
            lambda n: _call(n, "merge"),
        ),
        Idiom(
            "merge-validate",
            "pandas",
            "a join that checks its keys",
            'a.merge(b, on="sector", validate="one_to_one")',
            lambda n: _call(n, "merge") and _keyword(n, "validate"),
        ),
        Idiom("concat", "pandas", "stack tables", "pd.concat([a, b])", lambda n: _call(n, "concat")),
        Idiom(
            "dropna",
            "pandas",
            "drop or fill blanks",
            "series.dropna()",
            lambda n: _call(n, "dropna", "fillna", "isna", "notna"),
        ),
        Idiom(
            "assign-column",
            "pandas",
            "a new column from others",
            'table["share"] = table["troops"] / total',
            lambda n: (
                isinstance(n, ast.Assign)
                and any(
                    isinstance(t, ast.Subscript)
                    and isinstance(t.slice, ast.Constant)
                    and isinstance(t.slice.value, str)
                    for t in n.targets
                )
            ),
        ),
        Idiom(
            "astype",
            "pandas",
            "change a column's type",
            'table["troops"].astype(int)',
            lambda n: _call(n, "astype", "to_numeric"),
        ),
        Idiom(
            "value_counts",
            "pandas",
            "count each value",
            'table["counts"].value_counts()',
            lambda n: _call(n, "value_counts"),
        ),
        Idiom(
            "apply",
            "pandas",
            "apply a function to each value or row",
            "table.apply(describe, axis=1)",
            lambda n: _call(n, "apply", "map"),
        ),
        Idiom("round", "pandas", "round at the end", "share.round(1)", lambda n: _call(n, "round")),
        Idiom(
            "str-accessor",
            "pandas",
            "text methods on a column",
            'table["name"].str.lower()',
            lambda n: _attr(n, "str") and not _call(n),
        ),
        Idiom(
            "str-replace-regex",
            "pandas",
            "replace a pattern in a text column (regex=True)",
            'col.str.replace(r"[^0-9]", "", regex=True)',
            lambda n: _str_method(n, "replace") and _keyword(n, "regex", True),
        ),
        Idiom(
            "str-extract",
            "pandas",
            "pull matches out of a text column",
            'col.str.extractall(r"(?P<troops>[\\d,]+) in (?P<state>[A-Z]\\w+)")',
            lambda n: _str_method(n, "extract", "extractall", "findall"),
        ),
        Idiom(
            "str-contains",
            "pandas",
            "rows whose text matches",
            'col.str.contains(r"\\bGuard\\b")',
            lambda n: _str_method(n, "contains", "match", "fullmatch"),
        ),
        # regular expressions
        Idiom(
            "re-findall",
            "regular expressions",
            "every match in a text",
            're.findall(r"\\d+", text)',
            lambda n: _regex_call(n) and _attr(n.func, "findall", "finditer"),
        ),
        Idiom(
            "re-search",
            "regular expressions",
            "the first match",
            're.search(r"\\d+ troops", text)',
            lambda n: _regex_call(n) and _attr(n.func, "search", "match", "fullmatch"),
        ),
        Idiom(
            "match-group",
            "regular expressions",
            "the text a group of a match holds",
            'match = re.search(r"(?P<troops>\\d+) troops", text); match.group("troops")',
            lambda n: (
                _call(n, "group", "groups", "groupdict")
                or (isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and "match" in n.value.id)
            ),
        ),
        Idiom(
            "re-sub",
            "regular expressions",
            "replace what a pattern matches",
            're.sub(r"\\s+", " ", text)',
            lambda n: _regex_call(n) and _attr(n.func, "sub"),
        ),
        Idiom(
            "named-groups",
            "regular expressions",
            "named groups",
            'r"(?P<troops>\\d+) in (?P<state>\\w+)"',
            _named_group,
        ),
        # matplotlib
        Idiom(
            "subplots",
            "matplotlib",
            "an empty figure and its axes",
            "fig, ax = plt.subplots(figsize=(8, 4))",
            lambda n: _call(n, "subplots"),
        ),
        Idiom(
            "ax-plot",
            "matplotlib",
            "a line or bars",
            "ax.plot(years, counts)  ax.barh(states, troops)",
            lambda n: _call(n, "plot", "bar", "barh", "scatter"),
        ),
        Idiom(
            "ax-labels",
            "matplotlib",
            "title and axis labels",
            'ax.set_title("...")  ax.set_xlabel("...")',
            lambda n: _call(n, "set_title", "set_xlabel", "set_ylabel"),
        ),
        Idiom(
            "annotate",
            "matplotlib",
            "a label on a point",
            'ax.annotate("FY2017", xy=(2017, 303916))',
            lambda n: _call(n, "annotate", "text"),
        ),
        Idiom(
            "axvspan",
            "matplotlib",
            "shade a period",
            "ax.axvspan(2020, 2023, alpha=0.2)",
            lambda n: _call(n, "axvspan", "axhline", "axvline"),
        ),
        Idiom(
            "axis-format",
            "matplotlib",
            "thousands separators on an axis",
            'ax.yaxis.set_major_formatter("{x:,.0f}")',
            lambda n: _call(n, "set_major_formatter", "set_minor_formatter"),
        ),
        Idiom(
            "savefig",
            "matplotlib",
            "save a chart",
            'fig.savefig(path, dpi=200, bbox_inches="tight")',
            lambda n: _call(n, "savefig"),
        ),
        # widgets
        Idiom(
            "widgets",
            "widgets",
            "a slider or a menu",
            'widgets.IntSlider(min=2000, max=2018)  widgets.Dropdown(options=["a", "b"])',
            lambda n: _attr(n, "Dropdown", "IntSlider", "IntRangeSlider", "Text", "Button"),
        ),
        Idiom(
            "interactive",
            "widgets",
            "wire widgets to a function",
            "widgets.interactive(show, series=menu, years=slider)",
            lambda n: _call(n, "interactive", "interact", "observe"),
        ),
    ]
}

_FENCE = re.compile(r"```(?:python|py)?\s*\n(.*?)```", re.S)


def used(source: str) -> set[str]:
    """The idioms a piece of code uses."""
    tree = parse(source)
    if tree is None:
        return set()
    return {key for node in ast.walk(tree) for key, idiom in IDIOMS.items() if idiom.uses(node)}


def shown_in_markdown(text: str) -> set[str]:
    """The idioms shown in a Markdown cell's fenced code blocks, and in its inline `code` spans."""
    found: set[str] = set()
    for block in _FENCE.findall(text):
        found |= used(block)
    for span in re.findall(r"`([^`\n]+)`", text):
        found |= used(span)
    return found


def is_setup(source: str) -> bool:
    """The set-up cell every notebook starts with: plumbing, not an example of anything."""
    return "helpers.ready()" in source


def introduced(nb) -> list[str]:
    """The idioms a lesson notebook declares it introduces (``metadata.border_figures.introduces``)."""
    return list(nb.metadata.get("border_figures", {}).get("introduces", []))


def order_findings(lessons) -> list[str]:
    """Every typed cell that needs an idiom the course has not taught by then, as readable lines.

    Also: a lesson that declares an idiom it never shows in a given cell, an idiom declared twice,
    and a declared key that is not in ``IDIOMS``.
    """
    import nbformat

    from tools.notebooks import is_type_along, split_typed

    findings = []
    taught_before: dict[str, str] = {}  # idiom -> the lesson that introduced it
    for path in lessons:
        nb = nbformat.read(path, as_version=4)
        lesson = path.stem
        declared = introduced(nb)
        for key in declared:
            if key not in IDIOMS:
                findings.append(f"{lesson}: declares an unknown idiom {key!r} (tools/idioms.py lists them)")
            elif key in taught_before:
                findings.append(f"{lesson}: declares {key!r}, which {taught_before[key]} introduces already")
        shown: set[str] = set()
        for i, cell in enumerate(nb.cells):
            if cell.cell_type == "markdown":
                shown |= shown_in_markdown(cell.source)
                continue
            if cell.cell_type != "code":
                continue
            if not is_type_along(cell):
                if not is_setup(cell.source):
                    shown |= used(cell.source)
                continue
            given, words, code = split_typed(cell.source)
            shown |= used(given)
            for key in sorted(used(code)):
                if key in taught_before:
                    continue
                first = words.splitlines()[0][:60] if words else ""
                if key not in declared:
                    findings.append(
                        f"{lesson} cell {i}: needs {key!r} ({IDIOMS[key].name}), which no lesson up to here "
                        f"introduces ({first})"
                    )
                elif key not in shown:
                    findings.append(
                        f"{lesson} cell {i}: needs {key!r} ({IDIOMS[key].name}) before a given example shows "
                        f"it ({first})"
                    )
        for key in declared:
            if key in IDIOMS and key not in shown:
                findings.append(f"{lesson}: declares {key!r} but no given cell or example shows it")
            taught_before.setdefault(key, lesson)
    return findings


def main() -> int:
    from helpers import course

    findings = order_findings(course.lesson_paths())
    for line in findings:
        print(line)
    print(f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
