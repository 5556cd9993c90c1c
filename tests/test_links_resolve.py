"""Every relative link in the README, the guides and the notebooks points at a file in the repo.

No network is needed: links to other sites are only checked for their form, and the launch
badges are checked against helpers.links, the one place they are made.
"""

import json
import re
from pathlib import Path

import pytest

from helpers import links, paths
from tools.notebooks import course_notebooks

MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
DOCUMENTS = sorted(
    p
    for p in [paths.ROOT / "README.md", *paths.ROOT.glob("*/README.md"), *paths.ROOT.glob("instructors/*.md")]
    if p.is_file()
)


def markdown_of(path: Path) -> str:
    if path.suffix == ".ipynb":
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return path.read_text(encoding="utf-8")


def relative_targets(path: Path):
    for target in MARKDOWN_LINK.findall(markdown_of(path)):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue
        yield target.split("#", 1)[0]


@pytest.mark.parametrize("path", DOCUMENTS + course_notebooks(), ids=lambda p: paths.relative(p))
def test_relative_links_resolve(path):
    missing = [t for t in relative_targets(path) if not (path.parent / t).exists()]
    assert missing == []


@pytest.mark.parametrize("path", course_notebooks(), ids=lambda p: paths.relative(p))
def test_notebook_starts_with_its_launch_badge(path):
    first = next(c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "markdown")
    assert links.launch_markdown(paths.relative(path)) in "".join(first["source"]), "run `make links`"
