"""The course map, read from the notebooks themselves.

Each lesson's first cell states its title, the time it needs and what it teaches. Reading
the map from there (instead of keeping a second list) means notebook 00, the README check
and the course site can never disagree with the lessons.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from helpers import paths

_TIME = re.compile(r"\*\*Time needed:\*\*\s*(?P<time>[^\n]+)")
_OBJECTIVES_HEADING = re.compile(r"\*\*What you will learn\*\*|^#+\s*What you will learn", re.M)


@dataclass(frozen=True)
class Lesson:
    """One notebook of the course as the course map shows it."""

    path: str  # relative to the course root, e.g. "notebooks/01-reading-the-article.ipynb"
    title: str
    time: str
    objectives: tuple[str, ...]

    @property
    def number(self) -> str:
        return Path(self.path).name.split("-", 1)[0]


def lesson_paths() -> list[Path]:
    """The lesson notebooks in course order (numbered files directly under notebooks/)."""
    return sorted(p for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))


def read_lesson(path: Path) -> Lesson:
    """Read title, time and objectives from a notebook's first Markdown cell."""
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    first = next((c for c in cells if c["cell_type"] == "markdown"), None)
    where = paths.relative(path)
    if first is None:
        raise ValueError(f"{where}: has no Markdown cell; a lesson starts with its title, time and objectives")
    text = "".join(first["source"])
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
    time = _TIME.search(text)
    heading = _OBJECTIVES_HEADING.search(text)
    if not (title and time and heading):
        raise ValueError(
            f"{where}: the first cell needs a '# Title' line, a '**Time needed:** ...' line and a "
            "'**What you will learn**' list"
        )
    objectives = []
    for line in text[heading.end() :].splitlines():
        if line.startswith(("- ", "* ")):
            objectives.append(line[2:].strip())
        elif objectives and not line.strip():
            break
    return Lesson(where, title, time.group("time").strip(), tuple(objectives))


def course_map() -> list[Lesson]:
    """Every lesson, in order."""
    return [read_lesson(p) for p in lesson_paths()]


def course_map_markdown(link_from: str = "notebooks") -> str:
    """The course map as a Markdown table with links relative to ``link_from`` (a folder under the root)."""
    rows = ["| # | Notebook | Time | You will learn to |", "|---|---|---|---|"]
    for lesson in course_map():
        target = Path(lesson.path).relative_to(link_from) if link_from else Path(lesson.path)
        learn = "; ".join(lesson.objectives)
        rows.append(f"| {lesson.number} | [{lesson.title}]({target.as_posix()}) | {lesson.time} | {learn} |")
    return "\n".join(rows)
