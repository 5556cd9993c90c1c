"""Execute the course notebooks the one way their stored outputs are made, and write the type-along editions.

``make notebooks`` runs this: every notebook is executed top to bottom in a fresh
kernel from its own folder (as nbval and JupyterLab do), then cleaned of what must
never be committed: widget state, widget views that cannot render without it,
timing metadata. A notebook whose outputs reveal a machine path is refused.

Each lesson then gets its **type-along edition** in ``notebooks/type-along/``, generated
from the worked notebook, never edited by hand: the same cells in the same order, but
every code cell tagged ``type-along`` is cut down to its leading comment (the prompt:
what to write, in words) with no output, and the outputs of check cells are cleared, so
nothing judges work the student has not done yet. Links are rewritten to work from the
edition's folder.

    python -m tools.notebooks                      # every notebook, then every edition
    python -m tools.notebooks notebooks/00-start-here.ipynb
    python -m tools.notebooks --editions           # only rewrite the editions (no execution)
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
import time
from pathlib import Path

import nbformat

from helpers import paths
from tools.nbclient_fix import CourseNotebookClient as NotebookClient

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNEL = "python3"
CELL_TIMEOUT = 300
#: Absolute paths of the kinds that appear on Linux, macOS and Windows machines.
#: The first code cell of every notebook. It finds the helpers even where they are not installed
#: (a hub that pulled the course with nbgitpuller); on Colab, where only the notebook arrives, it
#: clones the course into the runtime once (repository and branch from [tool.border-figures],
#: overridable with BORDER_FIGURES_REPOSITORY and BORDER_FIGURES_BRANCH, for tests and mirrors);
#: and `helpers.ready()` says what to run when packages are missing.
SETUP_TEMPLATE = """\
# Set-up: load the course's helpers. Where they are not installed, find the course folder;
# on Google Colab, fetch the course into this runtime first (once; it takes a few seconds).
import os
import subprocess
import sys
from pathlib import Path

try:
    import helpers
except ModuleNotFoundError:
    course = next((p for p in [Path.cwd(), *Path.cwd().parents] if (p / "helpers" / "paths.py").is_file()), None)
    try:
        import google.colab  # noqa: F401  (importable only on Colab)
    except ImportError:
        if course is None:
            raise ModuleNotFoundError("Open this notebook from inside the course folder (the one with helpers/).") from None
    if course is None:
        course = Path.cwd() / "{name}"
        if not (course / "helpers" / "paths.py").is_file():
            repository = os.environ.get("BORDER_FIGURES_REPOSITORY", "{repository}")
            branch = os.environ.get("BORDER_FIGURES_BRANCH", "{branch}")
            subprocess.run(["git", "clone", "--quiet", "--depth", "1", "--branch", branch, repository, str(course)], check=True)
    sys.path.insert(0, str(course))
    import helpers

helpers.ready()"""


def setup_cell() -> str:
    """The set-up cell, with the course's repository and branch from pyproject.toml."""
    from helpers import links

    settings = links.settings()
    return SETUP_TEMPLATE.format(name=links.repo_name(), repository=settings["repository"], branch=settings["branch"])


SETUP_CELL = setup_cell()

MACHINE_PATH = re.compile(r"(/root/|/home/[A-Za-z]|/tmp/|/Users/|/work/|[A-Z]:\\\\Users)")


#: Where the type-along editions live, and the cell tag that marks a cell for the student to write.
TYPE_ALONG = paths.NOTEBOOKS / "type-along"
TAG = "type-along"
_LINK = re.compile(r"(\]\()([^)\s]+)(\))")
_LESSON_FILE = re.compile(r"^\d\d-[^/]+\.ipynb(#.*)?$")
_CHECK_CALL = re.compile(r"\bchecks\.check_\w+\(")


def course_notebooks() -> list[Path]:
    """Every notebook of the course: lessons first, then their worked solutions, then the assignments."""
    found = (
        sorted(paths.NOTEBOOKS.glob("*.ipynb"))
        + sorted(paths.NOTEBOOKS.glob("solutions/*.ipynb"))
        + sorted(paths.NOTEBOOKS.glob("assignments/*.ipynb"))
    )
    return [nb for nb in found if ".ipynb_checkpoints" not in nb.parts]


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop widget state and views (they show "model not found" once reopened) and run metadata."""
    nb.metadata.pop("widgets", None)
    nb.metadata["kernelspec"] = {"name": KERNEL, "display_name": "Python 3 (ipykernel)", "language": "python"}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
    return nb


def machine_paths(nb: nbformat.NotebookNode) -> list[str]:
    """Return the absolute machine paths found anywhere in a notebook (there should be none)."""
    return sorted({m.group(0) for m in MACHINE_PATH.finditer(nbformat.writes(nb))})


def run_in_memory(path: Path, before: str = "", after: str = "", cwd: Path | None = None) -> nbformat.NotebookNode:
    """Execute a notebook without saving it, with extra code run after the set-up cell and at the end.

    Tests use this to run a lesson on altered inputs (``before`` can point ``helpers.paths``
    elsewhere) and read what it computed (``after`` can print a result). The kernel starts in
    the notebook's own folder, as in JupyterLab and nbval, unless ``cwd`` names another one.
    """
    nb = nbformat.read(path, as_version=4)
    first_code = next(i for i, cell in enumerate(nb.cells) if cell.cell_type == "code")
    if before:
        nb.cells.insert(first_code + 1, nbformat.v4.new_code_cell(before))
    if after:
        nb.cells.append(nbformat.v4.new_code_cell(after))
    folder = path.parent if cwd is None else cwd
    NotebookClient(
        nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT, resources={"metadata": {"path": str(folder)}}
    ).execute()
    return nb


def is_type_along(cell) -> bool:
    return cell.cell_type == "code" and TAG in cell.metadata.get("tags", [])


def split_typed(source: str) -> tuple[str, str, str]:
    """A type-along cell's three parts: (given, prompt, code).

    The prompt is the cell's first block of ``#`` comment lines: what the student is asked to write.
    Code above it is *given*: it stays visible in the edition (the helpers' imports a cell uses, a
    definition such as ``AROUND = 0.10``). Code below it is the student's, blanked in the edition.
    """
    lines = source.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("#")), len(lines))
    end = start
    while end < len(lines) and lines[end].lstrip().startswith("#"):
        end += 1
    return "\n".join(lines[:start]), "\n".join(lines[start:end]), "\n".join(lines[end:])


def prompt(source: str) -> str:
    """What the type-along edition keeps of a typed cell: its given code, if any, and its prompt."""
    given, words, _ = split_typed(source)
    return "\n".join(part for part in (given, words) if part)


def _relink(target: str, name: str) -> str:
    """A link of a worked notebook in notebooks/, as seen from notebooks/type-along/."""
    if target.startswith(("http://", "https://")):
        # the launch badges (Binder, Colab) open the edition itself
        return target.replace(f"/notebooks/{name}", f"/notebooks/type-along/{name}")
    if target.startswith(("#", "mailto:", "/")) or _LESSON_FILE.match(target):
        return target  # anchors, and the next lesson's edition, which sits beside this one
    return "../" + target


def type_along_edition(worked: nbformat.NotebookNode, name: str) -> nbformat.NotebookNode:
    """The type-along edition of a worked lesson notebook (``name`` is its file name)."""
    nb = copy.deepcopy(worked)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = _LINK.sub(lambda m: m[1] + _relink(m[2], name) + m[3], cell.source)
        elif is_type_along(cell):
            cell.source = prompt(cell.source)
            cell.outputs = []
            cell.execution_count = None
        elif cell.cell_type == "code" and _CHECK_CALL.search(cell.source):
            cell.outputs = []
    title = next(c for c in nb.cells if c.cell_type == "markdown")
    title.source += (
        f"\n\n> ✏️ **Type-along edition.** The code cells that start with a comment and nothing else are "
        f"yours to write: read the comment, write the code, run the cell. The worked form, with every "
        f"result, is [{name}](../{name})."
    )
    return nb


def edition_path(lesson: Path) -> Path:
    return TYPE_ALONG / lesson.name


def write_edition(lesson: Path) -> Path:
    """Write (or rewrite) the type-along edition of one lesson from its worked notebook."""
    lesson = Path(lesson)
    edition = type_along_edition(nbformat.read(lesson, as_version=4), lesson.name)
    nbformat.validate(edition)
    target = edition_path(lesson)
    target.parent.mkdir(exist_ok=True)
    nbformat.write(edition, target)
    return target


def is_lesson(path: Path) -> bool:
    return Path(path).resolve().parent == paths.NOTEBOOKS.resolve() and bool(_LESSON_FILE.match(Path(path).name))


def execute(path: Path) -> float:
    """Execute one notebook in place from a fresh kernel; return the seconds it took."""
    nb = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    client = NotebookClient(
        nb,
        kernel_name=KERNEL,
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    client.execute()
    seconds = time.perf_counter() - started
    clean(nb)
    found = machine_paths(nb)
    if found:
        raise SystemExit(
            f"{paths.relative(path)}: outputs reveal machine paths {found}; print paths with helpers.paths.relative() instead"
        )
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all)")
    parser.add_argument(
        "--editions", action="store_true", help="only rewrite the type-along editions, executing nothing"
    )
    args = parser.parse_args(argv)
    targets = [p.resolve() for p in args.notebooks] or course_notebooks()
    if not args.editions:
        for path in targets:
            seconds = execute(path)
            print(f"executed {paths.relative(path)} in {seconds:.1f} s")
    for path in targets:
        if is_lesson(path):
            print(f"wrote    {paths.relative(write_edition(path))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
