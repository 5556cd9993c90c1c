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
    with pytest.raises(PermissionError, match=r"Cannot create the folder output/charts: output is a file, not a folder. Rename or delete that file"):
        paths.output_dir("charts")
    assert blocker.read_text() == "a file where the folder should be"


def test_relative_never_shows_a_machine_path():
    assert paths.relative(paths.ARTICLE) == "seeds/article.txt"
    assert paths.relative(Path("/somewhere/else/data.csv")) == "data.csv"
    assert paths.relative("datasets/x.csv") == "datasets/x.csv"
