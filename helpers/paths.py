"""Where the course's files live, found from this package's own location.

Every notebook imports its paths from here, so a notebook works from any working
directory: JupyterLab started in the course folder, a test runner started in
``notebooks/``, or a hub that cloned the course somewhere else.
"""

from __future__ import annotations

import os
import tempfile
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


#: Where generated files go when output/ cannot be written (a read-only course folder, as on some
#: hubs): this folder in the user's home, or in the system's temporary folder when home is not writable.
FALLBACK_NAME = "border-figures-output"

_announced: set[Path] = set()


def _writable(folder: Path) -> bool:
    """Can a file be created in ``folder`` (creating the folder first if needed)?"""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


def fallback_candidates() -> list[Path]:
    """Where output goes when the course's output/ cannot be written, in order of preference."""
    candidates = []
    try:
        home = Path.home()
    except (KeyError, RuntimeError):  # no home directory known for this user
        home = None
    if home is not None and home.is_dir() and not home.resolve().is_relative_to(ROOT):
        candidates.append(home / FALLBACK_NAME)
    user = os.environ.get("USER") or os.environ.get("USERNAME") or str(getattr(os, "getuid", lambda: "user")())
    candidates.append(Path(tempfile.gettempdir()) / f"{FALLBACK_NAME}-{user}")
    return candidates


def shown(folder: Path | str) -> str:
    """A folder as a person would type it: ``output/charts``, ``~/border-figures-output``, or its full path
    when it is neither in the course nor in the home folder (the system's temporary folder)."""
    folder = Path(folder)
    resolved = folder.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    try:
        return "~/" + resolved.relative_to(Path.home().resolve()).as_posix()
    except (ValueError, KeyError, RuntimeError):
        return resolved.as_posix()


def output_root() -> Path:
    """The folder generated files go to: ``output/``, or a writable stand-in when it cannot be written.

    The stand-in (see ``fallback_candidates``) is announced once, in plain words, the first time it is used.
    """
    if _writable(OUTPUT) or _blocked_by_a_file(OUTPUT):
        return OUTPUT
    for candidate in fallback_candidates():
        if _writable(candidate):
            if candidate not in _announced:
                _announced.add(candidate)
                print(
                    f"Note: the course folder's output/ cannot be written here (read-only), so files are saved "
                    f"in {shown(candidate)}/ instead."
                )
            return candidate
    raise PermissionError(
        "Cannot save: the course's output/ folder is read-only here, and neither your home folder nor the "
        "system's temporary folder can be written. Copy the course to a folder you own and open it from there."
    )


def in_output(path: Path | str) -> bool:
    """Is ``path`` inside output/ (or inside the stand-in folder used when output/ is read-only)?"""
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(root.resolve()) for root in (OUTPUT, *fallback_candidates()))


def _blocked_by_a_file(folder: Path) -> Path | None:
    return next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)


def output_dir(*parts: str) -> Path:
    """Return ``output/<parts...>``, creating the folders if needed.

    Generated files go here and nowhere else, so re-running a notebook never touches the
    course's inputs. When output/ is read-only (a course folder a hub shares read-only), the
    folder is made under a writable stand-in instead (``output_root``), and a note says where.
    A clear error says what to do when no folder can be created.
    """
    base = output_root()
    folder = base.joinpath(*parts)
    if not folder.resolve().is_relative_to(base.resolve()):
        raise ValueError(
            f"output_dir{parts!r} points outside output/: pass folder names only, e.g. output_dir('charts')"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        where = "/".join(("output", *parts)) if base == OUTPUT else shown(folder)
        blocker = _blocked_by_a_file(folder)
        if blocker is not None:
            raise PermissionError(
                f"Cannot create the folder {where}: {relative(blocker) if blocker != OUTPUT else 'output'} "
                "is a file, not a folder. Rename or delete that file, then run the cell again."
            ) from error
        raise PermissionError(
            f"Cannot create the folder {where} ({error.strerror}). "
            "The course writes its results under output/: make that folder writable, "
            "or copy the course to a folder you own and open it from there."
        ) from error
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PermissionError(
            f"Cannot write in the folder {'/'.join(('output', *parts)) if base == OUTPUT else shown(folder)} (read-only). "
            "Make it writable, or delete it so that the course can create it again."
        )
    return folder


def relative(path: Path | str) -> str:
    """Show a path relative to the course folder, so output never reveals a machine's layout."""
    path = Path(path)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        pass
    if path.is_absolute() and any(path.resolve().is_relative_to(c.resolve()) for c in fallback_candidates()):
        return shown(path)  # the stand-in for a read-only output/: say where the file really is
    return path.name if path.is_absolute() else path.as_posix()
