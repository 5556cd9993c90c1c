"""Suite-wide guard: the course's inputs are read-only.

Every test, and every notebook nbval runs, may read seeds/ and datasets/ but never change
them. The files are hashed when pytest starts and again when it ends; any difference fails
the run and names the file.
"""

import pytest

from helpers import paths
from tests.support import fingerprint

_before: dict[str, str] = {}


def _fingerprints() -> dict[str, str]:
    return fingerprint(paths.SEEDS, paths.DATASETS)


def pytest_sessionstart(session):
    _before.update(_fingerprints())


def pytest_sessionfinish(session, exitstatus):
    after = _fingerprints()
    changed = sorted(name for name in _before.keys() | after.keys() if _before.get(name) != after.get(name))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        message = "inputs changed during the test run (seeds/ and datasets/ are read-only): " + ", ".join(changed)
        if reporter:
            reporter.write_line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
