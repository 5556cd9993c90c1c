"""The first cell of every notebook: finds the helpers where they are not installed (nbgitpuller)."""

import shutil
import subprocess
import sys
import sysconfig

from helpers import paths
from tools.notebooks import SETUP_CELL

PROBE = SETUP_CELL + "\nprint('helpers from', helpers.paths.ROOT)"


def run_cell(cwd, with_packages=True):
    """Run the set-up cell in a fresh Python where helpers is NOT installed.

    -S skips site-packages and its .pth files (the editable install of helpers); the
    course's packages are put back through PYTHONPATH unless with_packages is False.
    """
    env = {"PATH": "/usr/bin:/bin"}
    if with_packages:
        env["PYTHONPATH"] = sysconfig.get_paths()["purelib"]
    return subprocess.run([sys.executable, "-S", "-c", PROBE], cwd=cwd, env=env, capture_output=True, text=True)


def copy_course(tmp_path):
    course = tmp_path / "pulled-course"
    shutil.copytree(paths.ROOT / "helpers", course / "helpers", ignore=shutil.ignore_patterns("__pycache__"))
    (course / "notebooks" / "solutions").mkdir(parents=True)
    return course


def test_cell_finds_the_course_folder_from_notebooks(tmp_path):
    course = copy_course(tmp_path)
    result = run_cell(course / "notebooks")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"helpers from {course}"


def test_cell_finds_the_course_folder_from_solutions(tmp_path):
    course = copy_course(tmp_path)
    result = run_cell(course / "notebooks" / "solutions")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"helpers from {course}"


def test_cell_outside_the_course_says_where_to_open_it(tmp_path):
    result = run_cell(tmp_path)
    assert result.returncode != 0
    assert "Open this notebook from inside the course folder" in result.stderr


def test_cell_without_the_packages_says_what_to_run(tmp_path):
    course = copy_course(tmp_path)
    result = run_cell(course / "notebooks", with_packages=False)
    assert result.returncode != 0
    assert "lacks the course's packages: pandas, matplotlib, ipywidgets" in result.stderr
    assert "make lab" in result.stderr
