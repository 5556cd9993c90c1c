"""Where the course's files live, found from this package's own location.

Every notebook imports its paths from here, so a notebook works from any working
directory: JupyterLab started in the course folder, a test runner started in
``notebooks/``, or a hub that cloned the course somewhere else.
"""

from __future__ import annotations

from pathlib import Path

#: The course folder: the one that holds ``helpers/``, ``seeds/`` and ``datasets/``.
ROOT = Path(__file__).resolve().parent.parent

#: The article and other primary sources. Read-only: nothing in the course writes here.
SEEDS = ROOT / "seeds"

#: The published datasets the lessons read. Read-only: nothing in the course writes here.
DATASETS = ROOT / "datasets"

#: The notebooks of the course.
NOTEBOOKS = ROOT / "notebooks"

#: Everything the course generates (tables, charts, the site). Git ignores it.
OUTPUT = ROOT / "output"

#: The article the whole course is built on.
ARTICLE = SEEDS / "article.txt"


def output_dir(*parts: str) -> Path:
    """Return ``output/<parts...>``, creating the folders if needed.

    Generated files go here and nowhere else, so re-running a notebook never
    touches the course's inputs. A clear error says what to do when the folder
    cannot be created (a read-only checkout, for example).
    """
    folder = OUTPUT.joinpath(*parts)
    if not folder.resolve().is_relative_to(OUTPUT.resolve()):
        raise ValueError(f"output_dir{parts!r} points outside output/: pass folder names only, e.g. output_dir('charts')")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        shown = "/".join(("output", *parts))
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise PermissionError(
                f"Cannot create the folder {shown}: {relative(blocker) if blocker != OUTPUT else 'output'} "
                "is a file, not a folder. Rename or delete that file, then run the cell again."
            ) from error
        raise PermissionError(
            f"Cannot create the folder {shown} ({error.strerror}). "
            "The course writes its results under output/: make that folder writable, "
            "or copy the course to a folder you own and open it from there."
        ) from error
    return folder


def relative(path: Path | str) -> str:
    """Show a path relative to the course folder, so output never reveals a machine's layout."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name if path.is_absolute() else path.as_posix()
