"""Pieces several test files share: input fingerprints, the approved baseline images, a private assignments folder.

Import them as ``from tests.support import ...`` (pyproject's ``pythonpath = ["."]`` puts the
course folder on the path). Hashing uses ``helpers.data.sha256``, the course's one fingerprint.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pytest

from helpers import data, paths

__all__ = [
    "BASELINES",
    "TOLERANCE",
    "UPDATE_BASELINES",
    "assignments_written_to",
    "check_against_baseline",
    "fingerprint",
    "sha256_of",
]


def sha256_of(path: Path) -> str:
    """The sha256 of one file's bytes (hex)."""
    return data.sha256(Path(path).read_bytes())


def fingerprint(*folders: Path) -> dict[str, str]:
    """sha256 of every file under the folders (``__pycache__`` left out), keyed by ``folder/relative/path``."""
    found = {}
    for folder in map(Path, folders):
        for file in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            found[file.relative_to(folder.parent).as_posix()] = sha256_of(file)
    return found


# --------------------------------------------------------------------------- approved baseline images

#: The approved PNGs the image-regression tests compare with (tests/test_charts.py, tests/test_lesson_charts.py).
BASELINES = paths.ROOT / "tests" / "baseline_images"
#: With BORDER_FIGURES_UPDATE_BASELINES=1 the regression tests write the baselines and skip instead of comparing.
UPDATE_BASELINES = os.environ.get("BORDER_FIGURES_UPDATE_BASELINES") == "1"
#: RMS of pixel differences (0-255): passes identical renders, fails any visible change.
TOLERANCE = 2


def check_against_baseline(actual: Path, name: str) -> None:
    """Compare the PNG ``actual`` with ``tests/baseline_images/<name>.png`` (matplotlib's ``compare_images``).

    With ``BORDER_FIGURES_UPDATE_BASELINES=1`` it approves ``actual`` instead: copies it there and skips.
    """
    from matplotlib.testing.compare import compare_images

    expected = BASELINES / f"{name}.png"
    if UPDATE_BASELINES:
        BASELINES.mkdir(exist_ok=True)
        shutil.copyfile(actual, expected)
        pytest.skip(f"baseline written: {paths.relative(expected)}")
    assert expected.exists(), f"missing {paths.relative(expected)}: run with BORDER_FIGURES_UPDATE_BASELINES=1"
    difference = compare_images(str(expected), str(actual), tol=TOLERANCE)
    assert difference is None, difference


@contextlib.contextmanager
def assignments_written_to(out: Path):
    """Point ``make assignments`` and ``make grade`` at ``out`` instead of the course's output/ for a test."""
    from tools import assignments, grade

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(assignments, "OUT", out)
        mp.setattr(assignments, "RELEASE", out / "release")
        mp.setattr(assignments, "AUTOGRADER", out / "autograder")
        mp.setattr(grade, "AUTOGRADER", out / "autograder")
        yield
