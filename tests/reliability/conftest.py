"""Shared pieces of the reliability tests.

Every test here that runs a notebook does so in a fresh kernel (``tools.notebooks.run_in_memory``)
with a ``before`` cell that points ``helpers.paths`` at temporary copies. The course's own seeds/
and datasets/ are only ever read: the autouse fixture below hashes them around every test and
names the test that changed them (the root conftest.py checks the same once per run).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import paths
from tests.support import fingerprint


def _point_helpers_at(**where: Path) -> str:
    """A ``before`` cell that sets ``helpers.paths.ARTICLE``, ``DATASETS`` and/or ``OUTPUT``."""
    assert set(where) <= {"ARTICLE", "DATASETS", "OUTPUT"}, where
    lines = ["import pathlib, helpers.paths"]
    lines += [f"helpers.paths.{name} = pathlib.Path({str(path)!r})" for name, path in where.items()]
    return "\n".join(lines)


@pytest.fixture(autouse=True)
def inputs_stay_byte_identical():
    """Every reliability test leaves seeds/ and datasets/ exactly as they were, byte for byte."""
    before = fingerprint(paths.SEEDS, paths.DATASETS)
    yield
    after = fingerprint(paths.SEEDS, paths.DATASETS)
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert not changed, f"the test changed the course's inputs (read-only): {changed}"


@pytest.fixture(scope="session")
def inputs_fingerprint() -> Callable[[], dict[str, str]]:
    """``inputs_fingerprint()`` -> sha256 of every file in seeds/ and datasets/, for module-scoped runs."""
    return lambda: fingerprint(paths.SEEDS, paths.DATASETS)


@pytest.fixture(scope="session")
def point_helpers_at() -> Callable[..., str]:
    """``point_helpers_at(OUTPUT=tmp / "output")`` -> the ``before`` code for run_in_memory."""
    return _point_helpers_at
