"""Keep the lessons' times, the instructor guide, README's course map and the reference page in step with the notebooks.

    python -m tools.guide          # make guide

1. **Times.** Each lesson's time is computed from its cells by one documented model (``estimate``,
   explained in the guide's "How long each lesson takes") and written into the lesson's first cell
   ("**Time needed:** ...") and its metadata (``border_figures.minutes``).
2. **Guide and README.** Each lesson's section in instructors/guide.md carries its time and
   objectives between two markers, and README carries the course map, both copied from the
   lessons' first cells (helpers.course), so they cannot drift from what the notebooks promise.
3. **Reference page.** ``notebooks/reference.md``, the pandas, regex and matplotlib the course uses,
   is written from ``tools.idioms``: each idiom with a one-line example and the lesson that teaches it.
   Every lesson's first cell links it.

Tests fail when any of these is stale.
"""

from __future__ import annotations

import math
import re
import sys
from dataclasses import dataclass

import nbformat

from helpers import course, paths

GUIDE = paths.ROOT / "instructors" / "guide.md"


def objectives_block(lesson: course.Lesson) -> str:
    lines = [
        f"<!-- objectives {lesson.number}: made by `make guide` from the notebook -->",
        f"- **Time:** {lesson.time}",
        "- **Objectives:** students will be able to",
    ]
    lines += [f"  - {objective}" for objective in lesson.objectives]
    lines.append(f"<!-- end objectives {lesson.number} -->")
    return "\n".join(lines)


TIMES_START = "<!-- time model: made by `make guide` from tools/guide.py -->"
TIMES_END = "<!-- end time model -->"


def times_block() -> str:
    """The guide's paragraph on how lesson times are estimated, with the model's constants and the totals."""
    lessons = course.lesson_paths()
    estimates = [estimate(nbformat.read(p, as_version=4)) for p in lessons]
    comparison = [
        (p.name[:2], e.minutes, WALKTHROUGH_MINUTES[p.name[:2]])
        for p, e in zip(lessons, estimates)
        if p.name[:2] in WALKTHROUGH_MINUTES
    ]
    total = sum(e.minutes for e in estimates)
    reading = sum(_five(e.reading) for e in estimates)
    return "\n".join(
        [
            TIMES_START,
            "Each lesson's time is computed by `make guide` from the lesson's own cells, by one model:",
            f"reading its prose at {READING_WORDS_PER_MINUTE} words a minute; {GIVEN_CELL_MINUTES:g} minute per given",
            f"code cell and {CHECK_CELL_MINUTES:g} per check cell (read, run, look at the result);",
            f"{TYPED_CELL_MINUTES:g} minute per typed cell plus {TYPED_LINE_MINUTES:g} per line of code its worked answer has;",
            f"{EXERCISE_MINUTES:g} minutes per exercise, and {OPEN_ENDED_EXTRA_MINUTES:g} more for the open-ended one. The",
            "constants were calibrated on the walkthroughs of issue 20, in which fresh readers worked",
            "through each type-along edition in JupyterLab and estimated a novice's time for it. The model",
            "against those estimates, lesson by lesson:",
            "",
            *[
                f"- {number}: the model says {found} minutes; the walkthrough, about {seen} minutes"
                for number, found, seen in comparison
            ],
            "",
            "A class that types along with an instructor on screen usually goes faster; a student alone on",
            "a slow laptop, slower.",
            "",
            f"With the type-along editions the course takes about {total / 60:.0f} hours ({total} minutes); reading and",
            f"running the worked notebooks alone, about {reading / 60:.0f} hours ({reading} minutes).",
            TIMES_END,
        ]
    )


_PLAN_ROW = re.compile(r"^(\| \d+ \| )((?:\[[^\]]+\]\(\.\./notebooks/\d\d-[^)]+\)(?: \+ )?)+)( \| )[^|]*( \|.*)$", re.M)
_LINKED = re.compile(r"\(\.\./notebooks/(\d\d)-[^)]+\)")


def plan_minutes(text: str, minutes: dict[str, int]) -> str:
    """The session plan's rows with each lesson's minutes as the time model gives them (``30 + 80``)."""

    def row(match: re.Match) -> str:
        found = " + ".join(str(minutes[number]) for number in _LINKED.findall(match[2]) if number in minutes)
        return f"{match[1]}{match[2]}{match[3]}{found}{match[4]}"

    return _PLAN_ROW.sub(row, text)


def refreshed(text: str) -> str:
    """The guide's text with the time model, the session plan's minutes and every lesson's objectives block."""
    minutes = {p.name[:2]: estimate(nbformat.read(p, as_version=4)).minutes for p in course.lesson_paths()}
    text = plan_minutes(text, minutes)
    start, end = text.find(TIMES_START), text.find(TIMES_END)
    if start < 0 or end < start:
        raise SystemExit(f"{paths.relative(GUIDE)}: the time model belongs between {TIMES_START!r} and {TIMES_END!r}")
    text = text[:start] + times_block() + text[end + len(TIMES_END) :]
    for lesson in course.course_map():
        block = objectives_block(lesson)
        existing = re.compile(rf"<!-- objectives {lesson.number}:.*?<!-- end objectives {lesson.number} -->", re.S)
        if existing.search(text):
            text = existing.sub(lambda _, block=block: block, text)
            continue
        heading = re.compile(rf"^### {lesson.number} [^\n]*\n", re.M)
        match = heading.search(text)
        if match is None:
            raise SystemExit(f"{paths.relative(GUIDE)}: no '### {lesson.number} ...' section for {lesson.path}")
        text = text[: match.end()] + "\n" + block + "\n" + text[match.end() :]
    return text


README = paths.ROOT / "README.md"
MAP_START = "<!-- course map: made by `make guide` from the notebooks -->"
MAP_END = "<!-- end course map -->"


def readme_refreshed(text: str) -> str:
    """README's text with its course map (between the two markers) made from the lessons' first cells."""
    start, end = text.find(MAP_START), text.find(MAP_END)
    if start < 0 or end < start:
        raise SystemExit(f"README.md: the course map belongs between {MAP_START!r} and {MAP_END!r}")
    return text[: start + len(MAP_START)] + "\n" + course.course_map_markdown(link_from="") + "\n" + text[end:]


# --------------------------------------------------------------------------- the time model

#: Words a student reads per minute in a lesson's prose (an adult's usual reading speed for instructions).
READING_WORDS_PER_MINUTE = 200
#: Minutes to read, run and look at the result of a given code cell, and of a check cell.
GIVEN_CELL_MINUTES = 0.5
CHECK_CELL_MINUTES = 0.25
#: Minutes per typed cell (reading the prompt, running, fixing a first mistake), plus per line of code
#: the worked answer has (a prompt asks for one step, so a cell is short).
TYPED_CELL_MINUTES = 0.5
TYPED_LINE_MINUTES = 0.6
#: Minutes per exercise, and more for the open-ended one ("your turn": thinking and writing, not only coding).
EXERCISE_MINUTES = 8.0
OPEN_ENDED_EXTRA_MINUTES = 10.0

#: What the fresh readers of issue 20's walkthroughs estimated a novice needs for each type-along
#: edition (the middle of the range each gave, after the prompts were fixed), to check the model by.
WALKTHROUGH_MINUTES = {
    "00": 30,
    "01": 80,
    "02": 125,
    "03": 110,
    "04": 90,
    "05": 115,
    "06": 100,
    "07": 120,
    "08": 100,
    "09": 135,
}

_URL = re.compile(r"\(https?://[^)]*\)|<https?://[^>]*>")
_EXERCISE = re.compile(r"^#+ Exercise[^\n]*", re.M)
_TIME_LINE = re.compile(r"\*\*Time needed:\*\*[^\n]*")


@dataclass(frozen=True)
class Estimate:
    reading: float  # prose, given cells and checks
    typing: float  # typed cells
    exercises: float

    @property
    def minutes(self) -> int:
        return _five(self.reading) + _five(self.typing + self.exercises)

    def sentence(self) -> str:
        read, rest = _five(self.reading), _five(self.typing + self.exercises)
        return (
            f"about {self.minutes} minutes (about {read} to read and run the given cells, {rest} to type the "
            "marked cells and do the exercises; see the instructor guide for how this is estimated)"
        )


def _five(minutes: float) -> int:
    return max(5, int(5 * math.ceil(minutes / 5)))


def estimate(nb: nbformat.NotebookNode) -> Estimate:
    """A lesson's time by the course's model (the constants above), from its cells."""
    from tools.notebooks import is_type_along, split_typed

    words = exercises = open_ended = 0
    reading = typing = 0.0
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            prose = "\n".join(
                line for line in cell.source.splitlines() if not line.startswith(("**Time needed:**", "**Reference:**"))
            )  # the lines make guide writes do not count, so that the estimate does not change itself
            words += len(re.findall(r"\w+", _URL.sub("", prose)))
            for heading in _EXERCISE.findall(cell.source):
                exercises += 1
                open_ended += "your turn" in heading.lower()
        elif cell.cell_type == "code" and is_type_along(cell):
            code = [
                line
                for line in split_typed(cell.source)[2].splitlines()
                if line.strip() and not line.strip().startswith("#")
            ]
            typing += TYPED_CELL_MINUTES + TYPED_LINE_MINUTES * len(code)
        elif cell.cell_type == "code":
            reading += CHECK_CELL_MINUTES if "checks.check_" in cell.source else GIVEN_CELL_MINUTES
    reading += words / READING_WORDS_PER_MINUTE
    return Estimate(reading, typing, exercises * EXERCISE_MINUTES + open_ended * OPEN_ENDED_EXTRA_MINUTES)


REFERENCE_LINK = (
    "**Reference:** [the pandas, regex and matplotlib this course uses](reference.md), each with a "
    "one-line example and the lesson that teaches it."
)


def lesson_refreshed(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A lesson with its computed time in its first cell and metadata, and the reference page linked."""
    first = next(c for c in nb.cells if c.cell_type == "markdown")
    found = estimate(nb)
    first.source = _TIME_LINE.sub(lambda _: f"**Time needed:** {found.sentence()}", first.source)
    if REFERENCE_LINK not in first.source:
        first.source = _TIME_LINE.sub(lambda m: m[0] + "\n\n" + REFERENCE_LINK, first.source, count=1)
    meta = nb.metadata.setdefault("border_figures", {})
    meta["minutes"] = found.minutes
    return nb


# --------------------------------------------------------------------------- the reference page

REFERENCE = paths.NOTEBOOKS / "reference.md"


def reference_page() -> str:
    from tools import idioms

    teaches = {}
    for path in course.lesson_paths():
        for key in idioms.introduced(nbformat.read(path, as_version=4)):
            teaches.setdefault(key, path)
    lines = [
        "# The pandas, regex and matplotlib this course uses",
        "",
        "<!-- made by `make guide` from tools/idioms.py and the lessons' metadata: do not edit by hand -->",
        "",
        "Each idiom with a one-line example and the lesson that first shows it. The checks' hints name",
        'these entries ("see the reference: combining conditions").',
        "",
        f"**Assumed before lesson 00 (basic Python):** {idioms.PREREQUISITES}.",
    ]
    groups: dict[str, list] = {}
    for idiom in idioms.IDIOMS.values():
        groups.setdefault(idiom.group, []).append(idiom)
    for group, members in groups.items():
        lines += ["", f"## {group}", "", "| idiom | example | taught in |", "|---|---|---|"]
        for idiom in members:
            lesson = teaches.get(idiom.key)
            where = f"[{lesson.stem[:2]}]({lesson.name})" if lesson else "an alternative no lesson needs"
            name, example = (text.replace("|", "\\|") for text in (idiom.name, idiom.example))
            lines.append(f"| {name} | `{example}` | {where} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    for lesson in course.lesson_paths():
        nb = nbformat.read(lesson, as_version=4)
        before = nbformat.writes(nb)
        if nbformat.writes(lesson_refreshed(nb)) != before:
            nbformat.write(nb, lesson)
            print(f"updated {paths.relative(lesson)} (time, reference link)")
    text = reference_page()
    if not REFERENCE.is_file() or REFERENCE.read_text(encoding="utf-8") != text:
        REFERENCE.write_text(text, encoding="utf-8")
        print(f"updated {paths.relative(REFERENCE)}")
    for path, refresh in ((GUIDE, refreshed), (README, readme_refreshed)):
        text = path.read_text(encoding="utf-8")
        new = refresh(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated {paths.relative(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
