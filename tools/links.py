"""Write the "launch this notebook" badges (Binder, Colab) at the top of every notebook, from helpers.links,
and the set-up cell, which names the repository Colab clones.

    python -m tools.links          # make links

The badge's address comes from pyproject.toml ([tool.border-figures]) through
helpers.links, so a fork changes one setting and runs this, instead of editing every
notebook. Only the first Markdown cell's badge line changes; outputs are untouched.
"""

from __future__ import annotations

import sys

import nbformat

from helpers import links, paths
from tools.notebooks import course_notebooks, setup_cell


def with_launch_line(source: str, notebook: str) -> str:
    """The first cell's text with its badge line replaced, or inserted after the title."""
    line = links.launch_markdown(notebook)
    lines = source.splitlines()
    for i, existing in enumerate(lines):
        if existing.startswith(f"[![{links.LAUNCH_TEXT}]"):
            lines[i] = line
            return "\n".join(lines)
    title = next((i for i, existing in enumerate(lines) if existing.startswith("# ")), -1)
    lines[title + 1 : title + 1] = ["", line]
    return "\n".join(lines)


def update(path) -> bool:
    """Refresh one notebook's badges and its set-up cell (which names the repository); True if it changed."""
    nb = nbformat.read(path, as_version=4)
    first = next(cell for cell in nb.cells if cell.cell_type == "markdown")
    setup = next(cell for cell in nb.cells if cell.cell_type == "code")
    badges, cell = with_launch_line(first.source, paths.relative(path)), setup_cell()
    if badges == first.source and setup.source == cell:
        return False
    first.source, setup.source = badges, cell
    nbformat.write(nb, path)
    return True


def main() -> int:
    for path in course_notebooks():
        if update(path):
            print(f"updated {paths.relative(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
