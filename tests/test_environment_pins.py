"""The locked environments: two full locks (course, development) and the files generated from the course lock.

requirements/course.txt and requirements/dev.txt are compiled by `make lock` (tools/lock.py) from
requirements/*.in; requirements.txt (hubs, pip) and environment.yml (Binder, conda) are generated
from the course lock. These tests need no network and no particular installed environment.
"""

import re

import pytest
import yaml
from packaging.utils import canonicalize_name

from helpers import paths
from helpers.environment import PYTHON_PIN, read_pins
from tools import lock

ENVIRONMENT = paths.ROOT / "environment.yml"
# What only developers need: it must stay out of what students, Binder and hubs install.
DEVELOPMENT_ONLY = ["playwright", "hypothesis", "pytest", "pytest-xdist", "execnet", "nbval", "ruff", "uv"]


def conda_pins(text: str) -> tuple[str | None, dict[str, str]]:
    """Return (python version, {package: version}) from an environment.yml's text."""
    spec = yaml.safe_load(text)
    python = None
    pins: dict[str, str] = {}
    for entry in spec["dependencies"]:
        if isinstance(entry, dict):
            for line in entry.get("pip", []):
                requirement = line.split(";", 1)[0]
                name, _, version = requirement.partition("==")
                pins[canonicalize_name(name.strip())] = version.strip()
        elif entry.startswith("python="):
            python = entry.split("=", 1)[1]
    return python, pins


def lock_pins(path=lock.COURSE_LOCK) -> dict[str, str]:
    return {canonicalize_name(pin.name): pin.version for pin in lock.read_lock(path)}


def differences(locked: dict[str, str], env_pins: dict[str, str]) -> list[str]:
    """Every disagreement between the course lock and environment.yml, as readable lines."""
    lines = []
    for name in sorted(locked.keys() | env_pins.keys()):
        a, b = locked.get(name), env_pins.get(name)
        if a != b:
            lines.append(f"{name}: the course lock has {a or 'nothing'}, environment.yml has {b or 'nothing'}")
    return lines


def test_generated_files_are_what_the_course_lock_generates():
    """requirements.txt and environment.yml are written by `make lock`; edited by hand or left behind, they fail here."""
    assert lock.stale() == [], "run `make lock` (tools/lock.py)"


def test_pip_and_conda_pins_agree_with_the_course_lock():
    _, env_pins = conda_pins(ENVIRONMENT.read_text())
    assert differences(lock_pins(), env_pins) == []
    pip_pins = {canonicalize_name(p.name): p.version for p in lock.read_lock(lock.PIP_REQUIREMENTS)}
    assert pip_pins == lock_pins()


def test_a_changed_pin_is_caught():
    text = ENVIRONMENT.read_text().replace("pandas==3.1.1", "pandas==3.0.0")
    assert text != ENVIRONMENT.read_text(), "the test edits a pin that must exist"
    _, env_pins = conda_pins(text)
    assert differences(lock_pins(), env_pins) == ["pandas: the course lock has 3.1.1, environment.yml has 3.0.0"]
    assert text != lock.render_environment(lock.read_lock(lock.COURSE_LOCK))


def test_a_missing_package_is_caught():
    _, env_pins = conda_pins(ENVIRONMENT.read_text())
    env_pins.pop("nbformat")
    assert differences(lock_pins(), env_pins) == ["nbformat: the course lock has 5.11.1, environment.yml has nothing"]


@pytest.mark.parametrize(
    ("source", "locked"), [(lock.COURSE_IN, lock.COURSE_LOCK), (lock.DEV_IN, lock.DEV_LOCK)], ids=["course", "dev"]
)
def test_every_top_level_pin_is_in_its_lock(source, locked):
    wanted = {canonicalize_name(name): version for name, version in lock.read_inputs(source).items()}
    have = lock_pins(locked)
    assert {name: (version, have.get(name)) for name, version in wanted.items() if have.get(name) != version} == {}


@pytest.mark.parametrize("locked", [lock.COURSE_LOCK, lock.DEV_LOCK], ids=["course", "dev"])
def test_every_locked_package_is_pinned_exactly_with_hashes(locked):
    pins = lock.read_lock(locked)
    assert len(pins) > 50, "a full lock: every package beneath the top-level ones too"
    assert [pin.name for pin in pins if not pin.hashes] == []
    assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for pin in pins for h in pin.hashes)


def test_the_development_lock_holds_the_course_lock_unchanged():
    """`make test` tests exactly what students run: every course package at its course version (and marker)."""
    dev = {(canonicalize_name(p.name), p.marker): p.version for p in lock.read_lock(lock.DEV_LOCK)}
    course = {(canonicalize_name(p.name), p.marker): p.version for p in lock.read_lock(lock.COURSE_LOCK)}
    assert {key: (version, dev.get(key)) for key, version in course.items() if dev.get(key) != version} == {}


def test_development_tools_stay_out_of_the_course_set():
    course, dev = lock_pins(lock.COURSE_LOCK), lock_pins(lock.DEV_LOCK)
    assert [name for name in DEVELOPMENT_ONLY if name in course] == []
    assert [name for name in DEVELOPMENT_ONLY if name not in dev] == []


def test_what_the_code_imports_is_a_top_level_pin():
    """tools/site.py imports mistune and nbconvert, this test yaml; the PDF lesson needs pdfplumber."""
    course = {canonicalize_name(name) for name in lock.read_inputs(lock.COURSE_IN)}
    dev = {canonicalize_name(name) for name in lock.read_inputs(lock.DEV_IN)}
    assert "pdfplumber" in course
    assert {"mistune", "nbconvert", "pyyaml"} <= dev


def test_a_lock_line_that_is_not_an_exact_pin_is_refused(tmp_path):
    loose = tmp_path / "course.txt"
    loose.write_text("pandas>=3 \\\n    --hash=sha256:" + "0" * 64 + "\n")
    with pytest.raises(ValueError, match=r"line 1: expected an exact pin like 'pandas==3.1.1'"):
        lock.read_lock(loose)


def test_markers_and_hashes_are_read(tmp_path):
    text = (
        "appnope==1.0.0 ; sys_platform == 'darwin' \\\n    --hash=sha256:"
        + "a" * 64
        + " \\\n    --hash=sha256:"
        + "b" * 64
        + "\n    # via ipykernel\nnumpy==2.4.6 \\\n    --hash=sha256:"
        + "c" * 64
        + "\n"
    )
    (tmp_path / "lock.txt").write_text(text)
    appnope, numpy = lock.read_lock(tmp_path / "lock.txt")
    assert appnope.requirement == "appnope==1.0.0 ; sys_platform == 'darwin'" and len(appnope.hashes) == 2
    assert numpy.requirement == "numpy==2.4.6" and numpy.marker == ""


def test_environment_yml_reads_markers_as_yaml():
    """A marked pin is quoted in environment.yml, and reads back as the same requirement line."""
    pins = [lock.Pin("appnope", "1.0.0", "sys_platform == 'darwin'"), lock.Pin("numpy", "2.4.6")]
    spec = yaml.safe_load(lock.render_environment(pins, python="3.11"))
    assert spec["dependencies"][-1] == {"pip": ["appnope==1.0.0 ; sys_platform == 'darwin'", "numpy==2.4.6"]}


def test_every_requirement_is_pinned_exactly(tmp_path):
    loose = tmp_path / "requirements.txt"
    loose.write_text("pandas>=3\n")
    with pytest.raises(ValueError, match=r"line 1: expected an exact pin like 'pandas==3.1.1', got 'pandas>=3'"):
        read_pins(loose)


def test_python_version_agrees_with_the_self_check_and_the_lock():
    python, _ = conda_pins(ENVIRONMENT.read_text())
    assert python == f"{PYTHON_PIN[0]}.{PYTHON_PIN[1]}" == lock.python_floor()


def test_environment_yml_has_no_local_entries():
    """A local entry (-e ., -r file) makes Binder rebuild the whole environment on every commit."""
    local = re.compile(r"^\s*-\s*(-e\s|-r\s|\.\s*$|file:)", re.M)
    assert not local.search(ENVIRONMENT.read_text())


def test_postbuild_installs_the_helpers_and_stops_on_error():
    lines = (paths.ROOT / "postBuild").read_text().splitlines()
    assert lines[0].startswith("#!")
    assert "set -e" in lines
    assert "python -m pip install --no-deps -e ." in lines
