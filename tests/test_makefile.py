"""The two README commands do all set-up, each installs the set it needs, and a second run skips the install.

Each test runs `make -n` (prints the commands, runs none) in a throwaway copy of the Makefile and
the locks, with a stand-in .venv where a test needs one: the results do not depend on whether,
or how, the course's own .venv was built.
"""

import os
import shutil
import subprocess
import time

import pytest

from helpers import paths
from tools import lock


@pytest.fixture
def course(tmp_path):
    """The files make reads, copied; no .venv yet."""
    for name in ["Makefile", "pyproject.toml"]:
        shutil.copy2(paths.ROOT / name, tmp_path / name)
    shutil.copytree(paths.ROOT / "requirements", tmp_path / "requirements")
    return tmp_path


def installed(course, *sets):
    """A stand-in .venv whose install stamps for ``sets`` are newer than every file they depend on."""
    (course / ".venv" / "bin").mkdir(parents=True)
    python = course / ".venv" / "bin" / "python"
    python.write_text("#!/bin/sh\n")
    python.chmod(0o755)
    past = time.time() - 3600
    for path in [course / "pyproject.toml", *(course / "requirements").iterdir(), python]:
        os.utime(path, (past, past))
    for name in sets:
        (course / ".venv" / f".installed-{name}").touch()
    return course


def dry_run(course, *arguments):
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", *arguments], cwd=course, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_installed_environment_is_not_installed_again(course):
    commands = dry_run(installed(course, "course", "dev"), "test")
    assert "install" not in commands and "-m venv" not in commands
    assert "-m pytest" in commands


def test_lab_installs_only_the_course_set(course):
    commands = dry_run(course, "lab")
    assert "-m venv --without-pip .venv" in commands
    assert "-r requirements/course.txt" in commands and "requirements/dev.txt" not in commands
    assert "uv pip install" in commands, "uv first"
    assert "ensurepip" in commands and "pip install -r requirements/course.txt" in commands, "pip when uv cannot be had"


def test_test_installs_the_development_set(course):
    commands = dry_run(course, "test")
    assert "-r requirements/dev.txt" in commands and "-e ." in commands
    assert "-r requirements/course.txt" not in commands, "the development set holds the course set"


def test_lab_after_test_installs_nothing(course):
    """Installing the development set marks the course set installed too (it holds it)."""
    assert "touch .venv/.installed-dev .venv/.installed-course" in dry_run(course, "test")
    assert "install" not in dry_run(installed(course, "course", "dev"), "lab")


@pytest.mark.parametrize(
    ("changed", "target", "lock_file"),
    [
        ("requirements/dev.txt", "test", "requirements/dev.txt"),
        ("requirements/course.txt", "lab", "requirements/course.txt"),
        ("requirements/course.txt", "test", "requirements/dev.txt"),
        ("pyproject.toml", "lab", "requirements/course.txt"),
    ],
)
def test_a_changed_lock_triggers_a_reinstall(course, changed, target, lock_file):
    commands = dry_run(installed(course, "course", "dev"), "-W", changed, target)
    assert f"install -r {lock_file}" in commands and "-e ." in commands
    assert "-m venv" not in commands, "the environment is kept"


def test_pip_can_be_forced(course):
    commands = dry_run(course, "lab", "INSTALLER=pip")
    assert '[ "pip" != pip ]' in commands


def test_the_bootstrapped_uv_is_the_one_the_development_lock_pins(course):
    printed = subprocess.run(
        ["make", "--no-print-directory", "-s", "--eval", "show-uv: ; @echo $(UV_VERSION)", "show-uv"],
        cwd=course,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert printed == lock.read_inputs(lock.DEV_IN)["uv"]
    assert printed in {pin.version for pin in lock.read_lock(lock.DEV_LOCK) if pin.name == "uv"}


def test_lab_binds_localhost_with_token_auth_and_opens_start_here(course):
    command = dry_run(installed(course, "course"), "lab")
    assert "--ServerApp.ip=127.0.0.1" in command
    assert "token=''" not in command and 'token=""' not in command and "--ServerApp.token" not in command
    assert command.rstrip().endswith("notebooks/00-start-here.ipynb")


def test_readme_quickstart_is_what_ci_runs():
    readme = (paths.ROOT / "README.md").read_text()
    assert "make lab" in readme and "make test" in readme
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text()


def test_help_lists_every_target(course):
    listed = subprocess.run(["make", "--no-print-directory", "help"], cwd=course, capture_output=True, text=True).stdout
    for target in ["lab", "test", "notebooks", "lock", "bench"]:
        assert f"  {target} " in listed
