"""Fixtures of the browser tests: one Chromium per session, one JupyterLab per test module, a fresh page per test.

The servers serve a *copy* of the notebooks (made once per session), so running cells in the
browser can never change a committed notebook, whatever happens to a test.
"""

from __future__ import annotations

import os
import shutil

import pytest
from labdriver import CHROMIUM, CHROMIUM_ARGS, new_page, require_browser, serving

from helpers import paths


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    require_browser()
    from playwright.sync_api import sync_playwright

    home = tmp_path_factory.mktemp("chromium-home")  # Chromium's own files (crash reports) stay out of the real home
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, env={**os.environ, "HOME": str(home)}
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def course_copy(tmp_path_factory):
    """The course's notebooks, copied to a throwaway folder (the helpers find the datasets from their own location)."""
    root = tmp_path_factory.mktemp("course")
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return root


@pytest.fixture
def page(browser):
    with new_page(browser) as tab:
        yield tab


@pytest.fixture(scope="module")
def lab(browser, course_copy):
    """JupyterLab as the course sets it up, serving the course copy: one server per test module."""
    with serving(course_copy) as server:
        yield server
