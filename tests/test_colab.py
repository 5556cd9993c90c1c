"""Colab, by simulation: only the notebook arrives, so the set-up cell fetches the course itself.

The simulation: a fresh Python where the helpers are not installed (``-S`` skips the editable
install), a working folder outside the course, a stub ``google.colab`` module, and the
repository pointed at a local clone through BORDER_FIGURES_REPOSITORY, as a mirror would.
"""

import subprocess
import sys
import sysconfig
import time

import pytest

from helpers import paths
from tools.notebooks import setup_cell

PROBE = "\nfrom helpers import data\nprint('helpers from', helpers.paths.ROOT)\nprint('rows', len(data.load_apprehensions()))"


@pytest.fixture
def colab(tmp_path):
    """A stub google.colab whose widget-manager switch leaves a mark, and an empty /content."""
    stub = tmp_path / "stub" / "google" / "colab"
    stub.mkdir(parents=True)
    (stub.parent / "__init__.py").write_text("")
    (stub / "__init__.py").write_text("from . import output\n")
    (stub / "output.py").write_text(
        "import os\n\ndef enable_custom_widget_manager():\n"
        "    open(os.environ['COLAB_STUB_LOG'], 'a').write('custom widget manager on\\n')\n"
    )
    content = tmp_path / "content"
    content.mkdir()
    return tmp_path


def branch():
    name = subprocess.run(
        ["git", "rev-parse", "--abbrev-ref", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True
    ).stdout.strip()
    if name in ("", "HEAD"):
        pytest.skip("the course checkout is not on a branch, so there is nothing to clone by name")
    return name


def run_cell(home, repository):
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": f"{sysconfig.get_paths()['purelib']}:{home / 'stub'}",
        "BORDER_FIGURES_REPOSITORY": repository,
        "BORDER_FIGURES_BRANCH": branch(),
        "COLAB_STUB_LOG": str(home / "colab.log"),
        "HOME": str(home),
    }
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-S", "-c", setup_cell() + PROBE],
        cwd=home / "content",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, time.perf_counter() - started


def test_on_colab_the_cell_clones_the_course_once_and_carries_on(colab):
    result, _ = run_cell(colab, paths.ROOT.as_uri())
    assert result.returncode == 0, result.stderr
    clone = colab / "content" / "border-figures"
    assert f"helpers from {clone}" in result.stdout
    assert "rows 100" in result.stdout, "the datasets of the clone load and pass their checksums"
    assert (colab / "colab.log").read_text() == "custom widget manager on\n"

    # Run it again, as after a runtime restart: no second clone (a bad repository would fail).
    again, seconds = run_cell(colab, str(colab / "no-such-repository"))
    assert again.returncode == 0, again.stderr
    assert f"helpers from {clone}" in again.stdout
    assert seconds < 30


def test_off_colab_outside_the_course_the_cell_still_says_where_to_open_it(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    result = subprocess.run(
        [sys.executable, "-S", "-c", setup_cell()], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "Open this notebook from inside the course folder" in result.stderr
    assert not (tmp_path / "border-figures").exists()


def test_a_failed_clone_says_so_and_leaves_no_course_behind(colab):
    result, _ = run_cell(colab, str(colab / "no-such-repository"))
    assert result.returncode != 0
    assert "git" in result.stderr and "clone" in result.stderr
    assert not (colab / "content" / "border-figures" / "helpers").exists()
