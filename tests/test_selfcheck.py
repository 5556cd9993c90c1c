import sys
from pathlib import Path

import pytest

from helpers import environment, paths

# The drift check below means something only in the environment `make test` builds from the lock.
IN_COURSE_VENV = Path(sys.prefix).resolve() == (paths.ROOT / ".venv").resolve()


def test_the_self_check_has_a_row_for_every_pin():
    table = environment.check_environment()
    assert list(table.columns) == ["check", "expected", "found", "status"]
    assert set(environment.read_pins()) <= set(table["check"])
    assert set(table["status"]) <= {"ok", "PROBLEM"}


@pytest.mark.skipif(
    not IN_COURSE_VENV, reason=f"checks the course's .venv (`make test` builds it from the lock), not {sys.prefix}"
)
def test_the_pinned_environment_passes_every_check():
    """Fails when the course's .venv drifts from the pins the stored outputs were made with."""
    table = environment.check_environment()
    assert table.loc[table["status"] != "ok", ["check", "found"]].values.tolist() == []
    assert environment.summary(table).startswith(f"All {len(table)} checks passed")


def test_a_version_older_than_the_oldest_supported_is_a_problem():
    check = environment.check_package("pandas", "3.1.1", "2.1.4")
    assert not check.ok and "older than 2.2" in check.found


@pytest.mark.parametrize(
    "name, found", [("pandas", "2.2.3"), ("pandas", "3.2.0"), ("matplotlib", "3.8.4"), ("jupyterlab", "4.2.0")]
)
def test_other_versions_that_run_every_lesson_are_fine_and_say_outputs_may_differ(name, found):
    check = environment.check_package(name, "9.9.9", found)
    assert check.ok and environment.MAY_DIFFER in check.found


def test_a_missing_package_is_a_problem_only_when_a_lesson_needs_it():
    assert not environment.check_package("pdfplumber", "0.11.10", None).ok
    assert not environment.check_package("pandas", "3.1.1", None).ok
    frontend = environment.check_package("jupyterlab", "4.6.6", None)  # Colab and hubs bring their own
    assert frontend.ok and "run without it" in frontend.found


@pytest.mark.parametrize("version", [(3, 12, 1), (3, 13, 0)])
def test_newer_pythons_run_every_lesson(version):
    check = environment.check_python(version)
    assert check.ok and environment.MAY_DIFFER in check.found


def test_an_older_python_is_a_problem():
    check = environment.check_python((3, 10, 12))
    assert not check.ok and "too old" in check.found


def test_test_only_tools_are_not_in_the_self_check():
    names = set(environment.check_environment()["check"])
    assert not names & {"pytest", "hypothesis", "playwright", "pytest-xdist", "nbval", "ruff"}


def test_the_summary_says_plainly_when_outputs_may_differ(monkeypatch):
    python = environment.check_python((3, 13, 0))
    monkeypatch.setattr(environment, "check_python", lambda: python)
    table = environment.check_environment()
    table["status"] = "ok"
    text = environment.summary(table)
    assert text.startswith(f"All {len(table)} checks passed") and "Python" in text
    assert environment.MAY_DIFFER in text


def test_missing_widget_extension_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(environment, "widget_extension_dirs", lambda: [tmp_path])
    check = environment.check_widgets()
    assert not check.ok and "install jupyterlab_widgets" in check.found


def test_widget_extension_found_where_jupyterlab_looks(tmp_path, monkeypatch):
    package = tmp_path / "@jupyter-widgets" / "jupyterlab-manager" / "package.json"
    package.parent.mkdir(parents=True)
    package.write_text("{}")
    monkeypatch.setattr(environment, "widget_extension_dirs", lambda: [tmp_path])
    assert environment.check_widgets().ok


def test_summary_names_the_problems(monkeypatch):
    python = environment.check_python((3, 9, 1))
    monkeypatch.setattr(environment, "check_python", lambda: python)
    table = environment.check_environment()
    table.loc[table["check"] != "Python", "status"] = (
        "ok"  # whatever this Python has installed: only Python is wrong here
    )
    text = environment.summary(table)
    assert text.startswith("1 of ") and "(Python)" in text and "make lab" in text


def test_pin_names_are_read_however_spelled(tmp_path):
    pins = tmp_path / "course.in"
    pins.write_text("JupyterLab_Widgets==3.0.17\n")
    assert environment.read_pins(pins) == {"jupyterlab-widgets": "3.0.17"}


# --------------------------------------------------------------------------- damaged inputs (issue 16)

import shutil  # noqa: E402

import pytest  # noqa: E402

from helpers import paths  # noqa: E402


@pytest.fixture
def inputs_copy(tmp_path, monkeypatch):
    """seeds/ and datasets/ copied to tmp_path, with helpers.paths pointed at the copies."""
    seeds, datasets = tmp_path / "seeds", tmp_path / "datasets"
    shutil.copytree(paths.SEEDS, seeds)
    shutil.copytree(paths.DATASETS, datasets)
    monkeypatch.setattr(paths, "SEEDS", seeds)
    monkeypatch.setattr(paths, "ARTICLE", seeds / "article.txt")
    monkeypatch.setattr(paths, "DATASETS", datasets)
    return tmp_path


def by_check(name):
    return next(c for c in environment.check_course_files() if c.check == name)


def test_inputs_as_published_pass(inputs_copy):
    assert by_check("the article").ok and by_check("the datasets").ok


def test_an_edited_dataset_is_a_problem_with_a_fix_that_works_on_windows(inputs_copy):
    path = inputs_copy / "datasets" / "apprehensions_by_fiscal_year.csv"
    path.write_bytes(path.read_bytes().replace(b"\n2003,931557,", b"\n2003,931558,"))
    check = by_check("the datasets")
    assert not check.ok
    assert "apprehensions_by_fiscal_year.csv has changed since it was published" in check.found
    assert "git -c core.autocrlf=false checkout -- datasets/apprehensions_by_fiscal_year.csv" in check.found
    table = environment.check_environment()
    assert "the datasets" in environment.summary(table)


def test_an_edited_article_is_a_problem(inputs_copy):
    article = inputs_copy / "seeds" / "article.txt"
    article.write_bytes(article.read_bytes().replace(b"800", b"900", 1))
    check = by_check("the article")
    assert not check.ok and "changed since it was published" in check.found
    assert "git -c core.autocrlf=false checkout -- seeds/article.txt" in check.found


def test_a_missing_article_is_a_problem(inputs_copy):
    (inputs_copy / "seeds" / "article.txt").unlink()
    assert not by_check("the article").ok


@pytest.mark.parametrize(
    "resave",
    [lambda b: b.replace(b"\n", b"\r\n"), lambda b: b"\xef\xbb\xbf" + b.replace(b"\n", b"\r\n")],
    ids=["crlf", "bom-and-crlf"],
)
def test_inputs_resaved_with_windows_line_endings_still_pass_they_read_as_published(resave, inputs_copy):
    for path in [inputs_copy / "seeds" / "article.txt", *(inputs_copy / "datasets").glob("*.csv")]:
        path.write_bytes(resave(path.read_bytes()))
    assert by_check("the article").ok and "read as published" in by_check("the article").found
    assert by_check("the datasets").ok
