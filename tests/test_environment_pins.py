"""requirements.txt (used by make) and environment.yml (used by Binder and conda) pin the same versions."""

import re

import pytest
import yaml

from helpers import paths
from helpers.selfcheck import PYTHON_PIN, canonical, read_pins

ENVIRONMENT = paths.ROOT / "environment.yml"


def conda_pins(text: str) -> tuple[str | None, dict[str, str]]:
    """Return (python version, {package: version}) from an environment.yml's text."""
    spec = yaml.safe_load(text)
    python = None
    pins: dict[str, str] = {}
    for entry in spec["dependencies"]:
        if isinstance(entry, dict):
            for line in entry.get("pip", []):
                name, _, version = line.partition("==")
                pins[canonical(name.strip())] = version.strip()
        elif entry.startswith("python="):
            python = entry.split("=", 1)[1]
    return python, pins


def differences(pip_pins: dict[str, str], env_pins: dict[str, str]) -> list[str]:
    """Every disagreement between two pin sets, as readable lines."""
    lines = []
    for name in sorted(pip_pins.keys() | env_pins.keys()):
        a, b = pip_pins.get(name), env_pins.get(name)
        if a != b:
            lines.append(f"{name}: requirements.txt has {a or 'nothing'}, environment.yml has {b or 'nothing'}")
    return lines


def test_pip_and_conda_pins_agree():
    _, env_pins = conda_pins(ENVIRONMENT.read_text())
    assert differences(read_pins(), env_pins) == []


def test_a_changed_pin_is_caught():
    text = ENVIRONMENT.read_text().replace("pandas==3.1.1", "pandas==3.0.0")
    assert text != ENVIRONMENT.read_text(), "the test edits a pin that must exist"
    _, env_pins = conda_pins(text)
    assert differences(read_pins(), env_pins) == ["pandas: requirements.txt has 3.1.1, environment.yml has 3.0.0"]


def test_a_missing_package_is_caught():
    _, env_pins = conda_pins(ENVIRONMENT.read_text())
    env_pins.pop("nbval")
    assert differences(read_pins(), env_pins) == ["nbval: requirements.txt has 0.11.0, environment.yml has nothing"]


def test_every_requirement_is_pinned_exactly(tmp_path):
    loose = tmp_path / "requirements.txt"
    loose.write_text("pandas>=3\n")
    with pytest.raises(ValueError, match=r"line 1: expected an exact pin like 'pandas==3.1.1', got 'pandas>=3'"):
        read_pins(loose)


def test_python_version_agrees_with_the_self_check():
    python, _ = conda_pins(ENVIRONMENT.read_text())
    assert python == f"{PYTHON_PIN[0]}.{PYTHON_PIN[1]}"


def test_environment_yml_has_no_local_entries():
    """A local entry (-e ., -r file) makes Binder rebuild the whole environment on every commit."""
    local = re.compile(r"^\s*-\s*(-e\s|-r\s|\.\s*$|file:)", re.M)
    assert not local.search(ENVIRONMENT.read_text())


def test_postbuild_installs_the_helpers_and_stops_on_error():
    lines = (paths.ROOT / "postBuild").read_text().splitlines()
    assert lines[0].startswith("#!")
    assert "set -e" in lines
    assert "python -m pip install --no-deps -e ." in lines
