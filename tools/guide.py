"""Keep the instructor guide's objectives, and README's course map, in step with the notebooks.

    python -m tools.guide          # make guide

Each lesson's section in instructors/guide.md carries its objectives between two markers,
copied from the lesson's first cell (helpers.course), so the guide cannot drift from what
the notebooks promise. A test fails when they differ.
"""

from __future__ import annotations

import re
import sys

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


def refreshed(text: str) -> str:
    """The guide's text with every lesson's objectives block written (or rewritten) under its heading."""
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


def main() -> int:
    for path, refresh in ((GUIDE, refreshed), (README, readme_refreshed)):
        text = path.read_text(encoding="utf-8")
        new = refresh(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            print(f"updated {paths.relative(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
