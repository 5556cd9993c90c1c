"""The course checks its own prose the way it teaches students to check an article.

Every figure in the course's own text (the Markdown cells of every lesson and solution, the
instructor guide, README.md and datasets/README.md) is found with the course's figure extractor,
``helpers.article.extract_figures``, and must be traceable to one of:

* **the article** (a figure the extractor finds in ``seeds/article.txt``);
* **a dataset**: a value in one of ``datasets/*.csv``, quoted exactly;
* **a computation**: a number the notebook prints, in one of its stored outputs (for a notebook's
  own text, that notebook's outputs; for the guides and READMEs, any lesson's), at the precision
  the prose writes it ("49.0%" is traced by an output of 48.97);
* **the registry** ``tests/prose_figures.csv``: the few figures quoted from reports, each with
  its source.

Some figures are not claims about the story, and pass by rule rather than by registry:

* kinds ``year`` and ``date`` (the extractor's ``kind`` column): years and days of the month are
  when things happened, and the data carry them as labels, not as figures;
* a number that names a part of the course or a document ("lesson 03", "cell 20", "Exercise 2",
  "page 2", "paragraph 5", "Title 42", "Python 3.11");
* a duration or a size of the software ("45 minutes", "1.4 s", "690 MB", "1300 px"), which are
  measurements of the course, not of the border: the lesson's "**Time needed:**" line, the guide's
  "**Time:**" lines and the "minutes" column of its session plans;
* code (inline or in blocks), link targets and ISO dates ("2019-12-27"): they are not prose;
* a whole number up to ten, which counts things in the prose ("three claims", "two sectors").

    python -m tools.prose_figures          # list every figure that is not traced, with its sentence
"""

from __future__ import annotations

import csv
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from helpers import paths
from helpers.article import extract_figures

REGISTRY = paths.ROOT / "tests" / "prose_figures.csv"
PASS_KINDS = {"year", "date"}
#: A figure right after one of these words names a part of something, not a quantity.
REFERENCE_WORDS = {
    "lesson",
    "lessons",
    "notebook",
    "notebooks",
    "cell",
    "cells",
    "exercise",
    "exercises",
    "section",
    "sections",
    "step",
    "steps",
    "page",
    "pages",
    "paragraph",
    "paragraphs",
    "point",
    "points",
    "prompt",
    "prompts",
    "part",
    "chapter",
    "issue",
    "issues",
    "title",
    "python",
    "version",
    "jupyterlab",
    "ipywidgets",
    "pandas",
    "matplotlib",
    "numpy",
    "nbformat",
    "question",
    "questions",
    "session",
    "sessions",
    "day",
    "week",
    "stop",
    "figure",
    "table",
    "chart",
    "sector",
    "line",
    "lines",
    "row",
    "column",
    "no",
}
#: A figure right before one of these words is a measurement of the software or of time.
UNIT_WORDS = {
    "minute",
    "minutes",
    "min",
    "hour",
    "hours",
    "h",
    "second",
    "seconds",
    "s",
    "ms",
    "mb",
    "gb",
    "kb",
    "mib",
    "gib",
    "px",
    "dpi",
    "pt",
    "cores",
    "core",
    "workers",
    "worker",
    "tests",
    "test",
    "x",
    "kernel",
}
_NUMBER_IN_OUTPUT = re.compile(r"(?<![\w.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])-?\d+(?:\.\d+)?")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_TAG = re.compile(r"<[^>]+>")
_CODE_BLOCK = re.compile(r"```.*?```", re.S)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_TIME_LINE = re.compile(r"^(?:- )?\*\*Time(?: needed)?:\*\*.*$", re.M)
_DURATION_HEADER = re.compile(r"\b(minutes|time)\b", re.I)


def _without_duration_columns(text: str) -> str:
    """Markdown tables with their "minutes" or "time" columns emptied: a session plan's durations."""
    lines, out, blank = text.split("\n"), [], set()
    for i, line in enumerate(lines):
        if not line.lstrip().startswith("|"):
            blank = set()
        elif i + 1 < len(lines) and re.fullmatch(r"\s*\|[\s:|-]+\|?\s*", lines[i + 1]):  # a header row
            blank = {j for j, cell in enumerate(line.split("|")) if _DURATION_HEADER.search(cell)}
        elif blank:
            cells = line.split("|")
            line = "|".join("" if j in blank else cell for j, cell in enumerate(cells))
        out.append(line)
    return "\n".join(out)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s\u00a0]*$")
_WORD_AFTER = re.compile(r"^[\s\u00a0-]*([A-Za-z]+)")


@dataclass(frozen=True)
class Untraced:
    """A figure of the course's prose that nothing traces."""

    where: str  # file, and cell number for notebooks
    text: str  # the figure as written
    sentence: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r} in: {self.sentence.strip()}"


def lesson_notebooks() -> list[Path]:
    return sorted(paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")) + sorted(paths.NOTEBOOKS.glob("solutions/*.ipynb"))


def documents() -> list[Path]:
    return [paths.ROOT / "README.md", paths.DATASETS / "README.md", paths.ROOT / "instructors" / "guide.md"]


def _prose(text: str) -> str:
    """Markdown as a reader reads it: no link targets, HTML tags, code or ISO dates; no time budget line."""
    for pattern, replace in (
        (_CODE_BLOCK, " "),
        (_INLINE_CODE, "code"),
        (_LINK_TARGET, "]"),
        (_HTML_TAG, " "),
        (_ISO_DATE, "a date"),
        (_TIME_LINE, ""),
    ):
        text = pattern.sub(replace, text)
    return _without_duration_columns(text)


def numbers_in(text: str) -> set[float]:
    """Every number printed in ``text`` ("1,145", "24.4", "-3"), as floats."""
    return {float(m.group().replace(",", "")) for m in _NUMBER_IN_OUTPUT.finditer(text)}


def output_numbers(nb_path: Path) -> set[float]:
    """Every number in a notebook's stored text outputs (what the notebook computed)."""
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    found: set[float] = set()
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            texts = [out.get("text", "")] + [
                out.get("data", {}).get(m, "") for m in ("text/plain", "text/html", "text/markdown")
            ]
            for text in texts:
                found |= numbers_in("".join(text) if isinstance(text, list) else text)
    return found


def dataset_numbers() -> set[float]:
    found: set[float] = set()
    for path in sorted(paths.DATASETS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    if re.fullmatch(r"-?\d+(?:\.\d+)?", cell.strip()):
                        found.add(float(cell))
    return found


def article_numbers() -> set[float]:
    text = paths.ARTICLE.read_text(encoding="utf-8")
    return {float(v) for v in extract_figures(text)["value"]} | numbers_in(text)


def registry_numbers() -> set[float]:
    with REGISTRY.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if not row.get("source", "").strip():
            raise ValueError(f"{paths.relative(REGISTRY)}: the figure {row.get('text')!r} needs its source")
    return {float(row["value"]) for row in rows}


def _unit(text: str, value: float) -> float:
    from helpers.checks.feedback import _unit

    return _unit(text, value)


def passes_by_rule(text: str, kind: str, value: float, before: str, after: str) -> bool:
    if kind in PASS_KINDS:
        return True
    word_before = _WORD_BEFORE.search(before)
    if word_before and word_before[1].lower() in REFERENCE_WORDS:
        return True
    word_after = _WORD_AFTER.match(after)
    if word_after and word_after[1].lower() in UNIT_WORDS:
        return True
    if re.search(r"-(minute|hour|day|week|year)\b", text + after[:8], re.I) and kind == "number" and value <= 120:
        return True  # "a 90-minute session", "a 46-year low" is a duration (its number is checked elsewhere)
    return kind == "number" and float(value).is_integer() and 0 <= value <= 10


def traced(text: str, kind: str, value: float, exact: set[float], computed: set[float]) -> bool:
    """Exact for dataset values; at the written precision for what the article, outputs and registry hold."""
    value = float(value)
    if kind != "percent" and value in exact:
        return True
    half = _unit(text, value) / 2 + 1e-9
    return any(abs(value - c) <= half for c in computed)


class Pools:
    """What can trace a figure: dataset values (exactly), and the article, registry and outputs (as written)."""

    def __init__(self, notebooks: list[Path]):
        self.exact = dataset_numbers()
        self.shared = article_numbers() | registry_numbers()
        self.outputs = {nb: output_numbers(nb) for nb in notebooks}
        self.every_output = set().union(*self.outputs.values()) if self.outputs else set()


def untraced_in(where: str, text: str, exact: set[float], computed: set[float]) -> list[Untraced]:
    """The figures of one Markdown text that neither rule, dataset nor ``computed`` traces."""
    prose = _prose(text)
    found = []
    for row in extract_figures(prose).itertuples():
        before, after = prose[max(0, row.start - 30) : row.start], prose[row.end : row.end + 12]
        if passes_by_rule(row.text, row.kind, row.value, before, after):
            continue
        if not traced(row.text, row.kind, row.value, exact, computed):
            found.append(Untraced(where, row.text, row.sentence))
    return found


def untraced_figures(notebooks: list[Path] | None = None, docs: list[Path] | None = None) -> list[Untraced]:
    """Every untraced figure in the Markdown cells of ``notebooks`` and in the Markdown files ``docs``."""
    notebooks = lesson_notebooks() if notebooks is None else notebooks
    docs = documents() if docs is None else docs
    pools = Pools(notebooks)
    found: list[Untraced] = []
    for nb_path in notebooks:
        cells = json.loads(nb_path.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells):
            if cell["cell_type"] == "markdown":
                found += untraced_in(
                    f"{paths.relative(nb_path)} cell {index}",
                    "".join(cell["source"]),
                    pools.exact,
                    pools.shared | pools.outputs[nb_path],
                )
    for doc in docs:
        found += untraced_in(
            paths.relative(doc), doc.read_text(encoding="utf-8"), pools.exact, pools.shared | pools.every_output
        )
    return found


def main() -> int:
    found = untraced_figures()
    for item in found:
        print(item)
    print(f"{len(found)} figure(s) in the course's prose that nothing traces")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
