"""A damaged input stops a LESSON with a clear error: it names the file and the fix, and changes nothing.

The loaders' own errors are tested in tests/test_article.py and tests/test_data.py; these are the
end-to-end versions: a whole lesson notebook runs in a fresh kernel with ``helpers.paths``
pointed at a damaged temporary copy (``run_in_memory``'s ``before`` cell), and must stop with
the loader's message, not a traceback from pandas three cells later. The lesson chosen is the
first one, in course order, that reads the input: the one a student meets first.

Each test also checks that the message shows no machine path, that the damaged copy is left as
it was, and (autouse fixture in conftest.py) that the real seeds/ and datasets/ are byte-identical.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from helpers import course, paths
from helpers.environment import LESSON_PACKAGES
from tests.support import fingerprint, sha256_of
from tools.notebooks import CELL_TIMEOUT, run_in_memory

APPREHENSIONS = "apprehensions_by_fiscal_year.csv"


def code_of(notebook: Path) -> str:
    return "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code")


def first_lesson_calling(pattern: str) -> Path:
    """The first lesson, in course order, whose code matches the regular expression ``pattern``."""
    for lesson in course.lesson_paths():
        if re.search(pattern, code_of(lesson)):
            return lesson
    pytest.fail(f"no lesson matches {pattern!r}: the premise of this test is gone; update the test")


def stops_with(notebook: Path, before: str) -> CellExecutionError:
    """Run the notebook; return the error it stops with (fail if it runs to the end)."""
    try:
        run_in_memory(notebook, before=before)
    except CellExecutionError as error:
        return error
    pytest.fail(f"{paths.relative(notebook)} ran to the end on a damaged input: it should stop with a clear error")


def assert_says(error: CellExecutionError, ename: str, *fragments: str, hidden: Path) -> None:
    """The notebook stopped with ``ename``, the message holds every fragment and no machine path."""
    shown = f"{error.ename}: {error.evalue}"
    assert error.ename == ename, f"expected {ename}, the notebook stopped with {shown}"
    for fragment in fragments:
        assert fragment in error.evalue, f"{fragment!r} is not in the message: {shown}"
    assert str(hidden) not in error.evalue, f"the message reveals a machine path: {shown}"


# --------------------------------------------------------------------------- the article

ARTICLE_TEXT = paths.ARTICLE.read_text(encoding="utf-8")

ARTICLES = {
    # name: (bytes of the damaged article, or None for no file; what the message must say)
    "missing": (None, ["article.txt not found", "git -c core.autocrlf=false checkout -- seeds/article.txt"]),
    "empty": (b"", ["article.txt is empty", "a headline, a blank line, then the paragraphs"]),
    "saved-as-latin-1": (ARTICLE_TEXT.encode("latin-1"), ["article.txt is not UTF-8 text", "re-save it as UTF-8"]),
    "binary-junk": (
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        ["article.txt is not UTF-8 text", "re-save it as UTF-8"],
    ),
    "no-paragraphs": (
        ARTICLE_TEXT.replace("\n", " ").encode("utf-8"),
        ["article.txt has a headline but no paragraphs", "separated by blank lines"],
    ),
}


@pytest.mark.parametrize("damage", ARTICLES)
def test_a_damaged_article_stops_the_first_lesson_that_reads_it(damage, tmp_path, point_helpers_at):
    content, fragments = ARTICLES[damage]
    article = tmp_path / "seeds" / "article.txt"
    article.parent.mkdir()
    if content is not None:
        article.write_bytes(content)
    lesson = first_lesson_calling(r"\bload_article\(")
    error = stops_with(lesson, point_helpers_at(ARTICLE=article, OUTPUT=tmp_path / "output"))
    kind = "FileNotFoundError" if content is None else "ValueError"
    assert_says(error, kind, *fragments, hidden=tmp_path)
    left = article.read_bytes() if article.exists() else None
    assert left == content, "the lesson changed (or created) the damaged article"


# --------------------------------------------------------------------------- the datasets


def relist(datasets: Path, name: str) -> None:
    """Update the copy's checksums.sha256 for ``name``, as a rebuild would: the schema check must then catch it."""
    listing = datasets / "checksums.sha256"
    lines = [
        f"{sha256_of(datasets / name)}  {name}" if line.endswith(f"  {name}") else line
        for line in listing.read_text(encoding="utf-8").splitlines()
    ]
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the test's edit {old!r} must match exactly once"
    return text.replace(old, new)


def truncate(text: str) -> str:
    """Cut the file in the middle of a row, as an interrupted download or copy does."""
    return text[: text.index("\n2003,") + len("\n2003,93")]


def truncated_line() -> str:
    text = (paths.DATASETS / APPREHENSIONS).read_text(encoding="utf-8")
    line = text[: text.index("\n2003,")].count("\n") + 2
    return (
        f"line {line} has 2 fields but the header has {len(text.splitlines()[0].split(','))} (the file looks cut short)"
    )


PUBLISHED = f"datasets/{APPREHENSIONS}"
RESTORE = f"git -c core.autocrlf=false checkout -- {PUBLISHED}"

DATASETS = {
    # name: (how the file is damaged, or None to delete it; re-list its checksum?; what the message must say)
    "missing-file": (None, False, ["FileNotFoundError", f"{PUBLISHED} is missing", RESTORE]),
    "changed-since-published": (
        lambda t: edit(t, "\n2003,931557,", "\n2003,931558,"),
        False,
        ["DatasetError", f"{PUBLISHED} has changed since it was published", RESTORE],
    ),
    "missing-column": (
        lambda t: edit(t, "fiscal_year,nationwide,", "fiscal_year,national,"),
        True,
        ["DatasetError", f"{PUBLISHED} has no column 'nationwide'", "expected columns: fiscal_year, nationwide"],
    ),
    "non-numeric-cell": (
        lambda t: edit(t, "\n2003,931557,", "\n2003,931k,"),
        True,
        [
            "DatasetError",
            f"{PUBLISHED}: row for fiscal year 2003, column 'nationwide': expected a whole number, got '931k'",
        ],
    ),
    "duplicated-year": (
        lambda t: edit(t, "\n2004,", "\n2003,"),
        True,
        ["DatasetError", f"{PUBLISHED}: fiscal year 2003 appears more than once", "expected one row per fiscal year"],
    ),
    "truncated-file": (truncate, True, ["DatasetError", f"{PUBLISHED}: {truncated_line()}"]),
}


def damaged_copy(damage, tmp_path):
    change, relisted, _ = DATASETS[damage]
    datasets = tmp_path / "datasets"
    shutil.copytree(paths.DATASETS, datasets)
    target = datasets / APPREHENSIONS
    if change is None:
        target.unlink()
    else:
        target.write_text(change(target.read_text(encoding="utf-8")), encoding="utf-8", newline="")
        if relisted:
            relist(datasets, APPREHENSIONS)
    return datasets


#: A lesson that reads the file with plain pd.read_csv first, to teach it (lesson 03), before the checked loader.
PLAIN_READ = rf"read_csv\(paths\.DATASETS / \"{re.escape(APPREHENSIONS)}\"\)"


@pytest.mark.parametrize("damage", DATASETS)
def test_a_damaged_dataset_stops_the_first_lesson_that_loads_it(damage, tmp_path, point_helpers_at):
    """The first lesson whose first read of the file is the checked loader stops with its clear message."""
    kind, *fragments = DATASETS[damage][2]
    datasets = damaged_copy(damage, tmp_path)
    damaged = fingerprint(datasets)  # every file, sources/ included
    lesson = next(
        p
        for p in course.lesson_paths()
        if re.search(r"\bdata\.load_apprehensions\(", code_of(p)) and not re.search(PLAIN_READ, code_of(p))
    )
    error = stops_with(lesson, point_helpers_at(DATASETS=datasets, OUTPUT=tmp_path / "output"))
    assert_says(error, kind, *fragments, hidden=tmp_path)
    assert fingerprint(datasets) == damaged, "the lesson changed the damaged copy"


@pytest.mark.parametrize("damage", DATASETS)
def test_the_lesson_that_reads_the_file_with_plain_pandas_stops_before_any_confusing_error(
    damage, tmp_path, point_helpers_at
):
    """Lesson 03 reads the file with pd.read_csv first. A missing file stops there, with pandas' own error
    naming the file (what plain read_csv does: the lesson then shows what the checked loader says
    instead); any other damage stops at the check right after it, with the checked loader's message."""
    kind, *fragments = DATASETS[damage][2]
    datasets = damaged_copy(damage, tmp_path)
    lesson = next(
        p
        for p in course.lesson_paths()  # 00 reads it too, but reports damage in its self-check table
        if re.search(PLAIN_READ, code_of(p)) and re.search(r"\bdata\.load_apprehensions\(", code_of(p))
    )
    error = stops_with(lesson, point_helpers_at(DATASETS=datasets, OUTPUT=tmp_path / "output"))
    if DATASETS[damage][0] is None:
        assert error.ename == "FileNotFoundError" and APPREHENSIONS in error.evalue, error.evalue
    else:
        assert_says(error, kind, *fragments, hidden=tmp_path)


# --------------------------------------------------------------------------- output/ cannot be written


@pytest.mark.parametrize("writes_with", [r"\boutput_dir\(", r"\bsave_chart\("], ids=["output_dir", "save_chart"])
def test_an_output_folder_that_cannot_be_created_stops_the_lesson_with_the_fix(writes_with, tmp_path, point_helpers_at):
    """A file where output/ should be (chmod cannot stop root, a file in the way stops everyone)."""
    blocker = tmp_path / "output"
    blocker.write_text("a file where the folder should be")
    lesson = first_lesson_calling(writes_with)
    error = stops_with(lesson, point_helpers_at(OUTPUT=blocker))
    assert_says(
        error,
        "PermissionError",
        "Cannot create the folder output",
        "output is a file, not a folder",
        "Rename or delete that file",
        hidden=tmp_path,
    )
    assert blocker.read_text() == "a file where the folder should be"


# --------------------------------------------------------------------------- the environment is not installed


@pytest.fixture
def kernel_without_the_course_packages(tmp_path, monkeypatch) -> str:
    """A kernel whose Python lacks pandas, matplotlib and ipywidgets, and where helpers is not installed.

    ``python -S`` skips site-packages (and with it the .pth of the editable helpers install);
    PYTHONPATH gives back everything there except the lesson packages, so Jupyter's own
    packages (ipykernel, zmq, ...) still start the kernel. The kernelspec is found through
    JUPYTER_PATH, in a temporary folder.
    """
    site = Path(sysconfig.get_paths()["purelib"])
    bare = tmp_path / "site-packages-without-the-lesson-packages"
    bare.mkdir()
    for entry in site.iterdir():
        if any(entry.name == name or entry.name.startswith((f"{name}.", f"{name}-")) for name in LESSON_PACKAGES):
            continue
        if entry.name.startswith("__editable__"):
            continue
        (bare / entry.name).symlink_to(entry)
    premise = subprocess.run(
        [
            sys.executable,
            "-S",
            "-c",
            "import importlib.util as u, json, sys; print(json.dumps({n: u.find_spec(n) is not None for n in sys.argv[1:]}))",
            "ipykernel",
            "helpers",
            *LESSON_PACKAGES,
        ],
        cwd=tmp_path,
        env={"PYTHONPATH": str(bare), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert json.loads(premise.stdout) == {
        "ipykernel": True,
        "helpers": False,
        **dict.fromkeys(LESSON_PACKAGES, False),
    }, premise.stderr
    name = "border-figures-without-packages"
    spec = tmp_path / "jupyter" / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-S", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "Python without the course's packages",
                "language": "python",
                "env": {"PYTHONPATH": str(bare)},
            }
        )
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return name


def test_a_lesson_opened_before_the_install_stops_at_its_first_cell_saying_what_to_run(
    kernel_without_the_course_packages,
):
    lesson = course.lesson_paths()[0]
    nb = nbformat.read(lesson, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    for cell in code:  # forget the stored outputs, so that what ran shows
        cell.outputs, cell.execution_count = [], None
    client = NotebookClient(
        nb,
        kernel_name=kernel_without_the_course_packages,
        timeout=CELL_TIMEOUT,
        resources={"metadata": {"path": str(lesson.parent)}},
    )
    with pytest.raises(CellExecutionError) as caught:
        client.execute()
    error = caught.value
    assert error.ename == "ModuleNotFoundError", f"{error.ename}: {error.evalue}"
    assert f"lacks the course's packages: {', '.join(LESSON_PACKAGES)}" in error.evalue, error.evalue
    assert "make lab" in error.evalue and "pip install -r requirements.txt" in error.evalue, error.evalue
    assert [o.output_type for o in code[0].outputs] == ["error"], "the set-up cell is the one that stops"
    assert all(cell.execution_count is None and not cell.outputs for cell in code[1:]), (
        "nothing after the set-up cell runs"
    )
