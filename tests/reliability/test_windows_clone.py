"""A clone made the Windows way (``core.autocrlf=true``, Git for Windows' default) runs the course.

Without ``.gitattributes`` such a clone rewrites every file in seeds/ and datasets/ with CRLF line
endings, the checksum check used to refuse them, and 6 of 7 lessons failed. Here:

1. the course as it is now (the files git would commit: tracked and new, ignored ones left out) is
   committed to a throw-away repository in a temporary folder (the course's own repository is only
   read), then cloned from there with ``git -c core.autocrlf=true clone``;
2. every file of seeds/ and datasets/ in that clone must be byte-identical to the course's;
3. in the clone, with its own helpers, every dataset and the article load through the helpers, the
   figures line up with their annotations, and notebook 00's self-check passes its input checks;
4. every lesson runs to the end there.

A second clone made WITHOUT ``.gitattributes`` shows the premise (CRLF files), and that the helpers read
those files as published all the same.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import course, paths

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

#: Run inside the clone, with the clone's own helpers: load everything a lesson loads.
LOAD_EVERYTHING = r"""
import json, sys
from helpers import article, data, environment, paths
assert paths.ROOT.as_posix() == sys.argv[1], (paths.ROOT, sys.argv[1])  # the clone's helpers, not the course's
loaded = {}
for name in sorted(n for n in dir(data) if n.startswith("load_")):
    loaded[name] = len(getattr(data, name)())
story = article.load_article()
figures = article.extract_figures(story.text)
notes = data.load_figure_annotations()
joined = figures.merge(notes, on=["text", "start"], how="inner")
checks = {c.check: [c.ok, c.found] for c in environment.check_course_files()}
print(json.dumps({"loaded": loaded, "verified": data.verify_published(), "figures": len(figures),
                  "notes": len(notes), "joined": len(joined), "checks": checks}))
"""

RUN_LESSON = r"""
import sys
from pathlib import Path
from tools.notebooks import run_in_memory
run_in_memory(Path(sys.argv[1]))
print("ran to the end")
"""


def git(*args: str, cwd: Path) -> str:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
    }
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


def course_files() -> list[str]:
    """The files a commit of the course would hold now: tracked and new, never ignored ones."""
    if (paths.ROOT / ".git").exists():
        listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=paths.ROOT).split("\0")
        return sorted(name for name in listed if name and (paths.ROOT / name).is_file())
    pytest.skip("not a git checkout: nothing to clone")


def windows_clone(tmp_path: Path, *, with_gitattributes: bool = True) -> Path:
    source, clone = tmp_path / "source", tmp_path / "clone"
    for name in course_files():
        if name == ".gitattributes" and not with_gitattributes:
            continue
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(paths.ROOT / name, target)
    git("init", "-q", "-b", "main", cwd=source)
    git("-c", "core.autocrlf=false", "add", "-A", cwd=source)
    git("commit", "-q", "-m", "the course as it is now", cwd=source)
    git("-c", "core.autocrlf=true", "clone", "-q", str(source), str(clone), cwd=tmp_path)
    return clone


def inputs(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for folder in ("seeds", "datasets")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file() and (paths.ROOT / p.relative_to(root)).is_file()
    }


def in_clone(clone: Path, code: str, *args: str, timeout: int = 300) -> str:
    env = {**os.environ, "PYTHONPATH": str(clone)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=clone, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    return windows_clone(tmp_path_factory.mktemp("windows"))


def test_the_inputs_arrive_byte_for_byte(clone):
    cloned, course_inputs = inputs(clone), inputs(paths.ROOT)
    assert cloned.keys() == {name for name in course_inputs if name in set(course_files())}
    crlf = sorted(name for name, content in cloned.items() if content != course_inputs[name])
    assert not crlf, (
        f"a core.autocrlf=true clone changed these inputs (.gitattributes should keep them as published): {crlf}"
    )


def test_every_dataset_and_the_article_load_there(clone):
    result = json.loads(in_clone(clone, LOAD_EVERYTHING, clone.resolve().as_posix()).strip().splitlines()[-1])
    assert all(rows > 0 for rows in result["loaded"].values()), result["loaded"]
    assert result["verified"], "no published file was verified"
    assert result["joined"] == result["notes"] > 0, f"figures lost in the annotation join: {result}"
    for name in ("the article", "the datasets"):
        assert result["checks"][name][0], f"self-check: {name}: {result['checks'][name][1]}"


@pytest.mark.parametrize("lesson", course.lesson_paths(), ids=lambda p: p.stem)
def test_every_lesson_runs_to_the_end_there(clone, lesson):
    out = in_clone(clone, RUN_LESSON, str(clone / lesson.relative_to(paths.ROOT)))
    assert "ran to the end" in out


def test_without_gitattributes_the_files_arrive_with_crlf_and_still_load_as_published(tmp_path):
    clone = windows_clone(tmp_path, with_gitattributes=False)
    dataset = clone / "datasets" / "apprehensions_by_fiscal_year.csv"
    assert b"\r\n" in dataset.read_bytes(), "premise: without .gitattributes, autocrlf writes CRLF"
    result = json.loads(in_clone(clone, LOAD_EVERYTHING, clone.resolve().as_posix()).strip().splitlines()[-1])
    assert result["joined"] == result["notes"] > 0
    assert result["checks"]["the article"][0] and result["checks"]["the datasets"][0], result["checks"]
