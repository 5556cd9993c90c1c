from pathlib import Path

import pytest

from helpers import paths


def test_root_is_the_course_folder():
    for name in ["helpers", "seeds", "datasets", "notebooks", "pyproject.toml"]:
        assert (paths.ROOT / name).exists(), name
    assert paths.ARTICLE == paths.ROOT / "seeds" / "article.txt"


def test_paths_do_not_depend_on_the_working_directory(tmp_path, monkeypatch):
    before = paths.DATASETS
    monkeypatch.chdir(tmp_path)
    assert paths.DATASETS.is_absolute() and paths.DATASETS == before and paths.DATASETS.is_dir()


def test_output_dir_creates_nested_folders_under_output(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    folder = paths.output_dir("charts", "drafts")
    assert folder == tmp_path / "output" / "charts" / "drafts" and folder.is_dir()
    assert paths.output_dir("charts", "drafts") == folder  # a second call is fine


def test_output_dir_refuses_to_leave_output(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUT", tmp_path / "output")
    with pytest.raises(ValueError, match="outside output/"):
        paths.output_dir("..", "datasets")
    assert not (tmp_path / "datasets").exists()


def test_output_dir_explains_when_it_cannot_create_the_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "output"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(paths, "OUTPUT", blocker)
    with pytest.raises(
        PermissionError,
        match=r"Cannot create the folder output/charts: output is a file, not a folder. Rename or delete that file",
    ):
        paths.output_dir("charts")
    assert blocker.read_text() == "a file where the folder should be"


def test_relative_never_shows_a_machine_path():
    assert paths.relative(paths.ARTICLE) == "seeds/article.txt"
    assert paths.relative(Path("/somewhere/else/data.csv")) == "data.csv"
    assert paths.relative("datasets/x.csv") == "datasets/x.csv"


# --------------------------------------------------------------------------- a read-only output/ (issue 16)
# Root ignores file permissions, so these unit tests make os.access say "read-only"; the end-to-end
# test with a really read-only folder is tests/reliability/test_read_only_output.py.

import os  # noqa: E402


@pytest.fixture
def read_only_output(tmp_path, monkeypatch):
    """output/ exists but cannot be written; HOME and the temporary folder are under tmp_path."""
    output = tmp_path / "course" / "output"
    output.mkdir(parents=True)
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir(), temp.mkdir()
    monkeypatch.setattr(paths, "OUTPUT", output)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(paths.tempfile, "gettempdir", lambda: str(temp))
    monkeypatch.setattr(paths, "_announced", set())
    real_access = os.access
    blocked = {output}
    monkeypatch.setattr(paths.os, "access", lambda p, mode: False if Path(p) in blocked else real_access(p, mode))
    return {"output": output, "home": home, "temp": temp, "blocked": blocked}


def test_a_read_only_output_falls_back_to_the_home_folder_and_says_so_once(read_only_output, capsys):
    folder = paths.output_dir("charts")
    assert folder == read_only_output["home"] / "border-figures-output" / "charts" and folder.is_dir()
    said = capsys.readouterr().out
    assert "output/ cannot be written here (read-only)" in said and "~/border-figures-output/" in said
    assert str(read_only_output["home"]) not in said
    paths.output_dir()
    assert capsys.readouterr().out == "", "the note is said once"
    assert paths.relative(folder / "x.csv") == "~/border-figures-output/charts/x.csv"
    assert paths.in_output(folder / "x.csv") and not paths.in_output(read_only_output["home"] / "x.csv")


def test_without_a_writable_home_it_falls_back_to_the_temporary_folder(read_only_output, capsys):
    read_only_output["blocked"].add(read_only_output["home"] / "border-figures-output")
    folder = paths.output_dir()
    assert folder.parent == read_only_output["temp"] and folder.name.startswith("border-figures-output-")
    assert paths.shown(folder) in capsys.readouterr().out


def test_with_nowhere_to_write_the_message_says_what_to_do_without_a_machine_path(read_only_output):
    read_only_output["blocked"].update(paths.fallback_candidates())
    with pytest.raises(PermissionError, match=r"read-only here.*Copy the course to a folder you own") as caught:
        paths.output_dir()
    assert str(read_only_output["output"]) not in str(caught.value)
