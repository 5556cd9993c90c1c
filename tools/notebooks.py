"""Execute the course notebooks the one way their stored outputs are made.

``make notebooks`` runs this: every notebook is executed top to bottom in a fresh
kernel from its own folder (as nbval and JupyterLab do), then cleaned of what must
never be committed: widget state, widget views that cannot render without it,
timing metadata. A notebook whose outputs reveal a machine path is refused.

    python -m tools.notebooks                      # every notebook
    python -m tools.notebooks notebooks/00-start-here.ipynb
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from helpers import paths

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
KERNEL = "python3"
CELL_TIMEOUT = 300
#: Absolute paths of the kinds that appear on Linux, macOS and Windows machines.
#: The first code cell of every notebook: finds the helpers even where they are not installed
#: (a hub that pulled the course with nbgitpuller), and says what to run when packages are missing.
SETUP_CELL = """\
# Set-up: load the course's helpers (where they are not installed, find the course folder).
import sys
from pathlib import Path

try:
    import helpers
except ModuleNotFoundError:
    course = next((p for p in [Path.cwd(), *Path.cwd().parents] if (p / "helpers" / "paths.py").is_file()), None)
    if course is None:
        raise ModuleNotFoundError("Open this notebook from inside the course folder (the one with helpers/).") from None
    sys.path.insert(0, str(course))
    import helpers

helpers.ready()"""

MACHINE_PATH = re.compile(r"(/root/|/home/[A-Za-z]|/tmp/|/Users/|/work/|[A-Z]:\\\\Users)")


def course_notebooks() -> list[Path]:
    """Every notebook of the course, lessons first, then their worked solutions."""
    found = sorted(paths.NOTEBOOKS.glob("*.ipynb")) + sorted(paths.NOTEBOOKS.glob("solutions/*.ipynb"))
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
    NotebookClient(nb, kernel_name=KERNEL, timeout=CELL_TIMEOUT, resources={"metadata": {"path": str(folder)}}).execute()
    return nb


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
        raise SystemExit(f"{paths.relative(path)}: outputs reveal machine paths {found}; print paths with helpers.paths.relative() instead")
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all)")
    args = parser.parse_args(argv)
    targets = args.notebooks or course_notebooks()
    for path in targets:
        seconds = execute(path.resolve())
        print(f"executed {paths.relative(path)} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
