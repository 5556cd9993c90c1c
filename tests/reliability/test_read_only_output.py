"""A read-only output/ (a course folder a hub shares read-only): every lesson that saves still runs.

Each lesson that writes (its code calls ``output_dir(`` or ``save_chart(``) runs in a fresh kernel with
``helpers.paths.OUTPUT`` pointed at an ``output/`` folder that really is read-only: a read-only bind
mount in a private mount namespace (``unshare -m``), which stops root too (``chmod -w`` does not stop
root, and the kernel runs as root in CI). HOME is a writable temporary folder, as on a hub.

Expected: no cell fails (no PermissionError, and no NameError in the cell after a save); the lesson
says once, in plain words, where the files went instead (``~/border-figures-output/``); the files are
there; the checks that read a saved file back say Right; output/ stays empty; the course's seeds/ and
datasets/ are byte-identical afterwards (autouse fixture in conftest.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import course, paths

#: The checks that read a file the lesson saved back; each must say Right on the stand-in file.
SAVED_FILE_CHECKS = ("check_saved_guard_table", "check_fact_check_file")

DRIVER = r"""
import json, sys
from pathlib import Path
from nbclient.exceptions import CellExecutionError
from tools.notebooks import run_in_memory

output, lessons = sys.argv[1], sys.argv[2:]
before = f"import pathlib, helpers.paths\nhelpers.paths.OUTPUT = pathlib.Path({output!r})"
report = {}
for lesson in lessons:
    try:
        nb = run_in_memory(Path(lesson), before=before)
    except CellExecutionError as error:
        report[lesson] = {"error": f"{error.ename}: {error.evalue}"}
        continue
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        text = ""
        for out in cell.get("outputs", []):
            text += out.get("text", "") + str(out.get("data", {}).get("text/plain", "")) + str(out.get("data", {}).get("text/html", ""))
        cells.append([cell.source, text])
    report[lesson] = {"cells": cells}
print("REPORT " + json.dumps(report))
"""


def writing_lessons() -> list[Path]:
    return [
        lesson
        for lesson in course.lesson_paths()
        if re.search(r"\b(output_dir|save_chart)\(", lesson.read_text(encoding="utf-8"))
    ]


def read_only_mount_works(folder: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && ! touch "$0/probe" 2>/dev/null', str(folder)],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0 and not (folder / "probe").exists()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("read-only")
    shared, home, temp = tmp / "course", tmp / "home", tmp / "tmp"
    for folder in (shared / "output", home, temp):
        folder.mkdir(parents=True)
    if shutil.which("unshare") is None or not read_only_mount_works(shared):
        pytest.skip("cannot make a read-only folder here (needs `unshare -m` and mount, as root)")
    lessons = writing_lessons()
    assert len(lessons) >= 3, "premise: lessons 01, 02 and 03 save files"
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(temp), "PYTHONPATH": str(paths.ROOT)}
    done = subprocess.run(
        [
            "unshare",
            "-m",
            "sh",
            "-c",
            'mount --bind -o ro "$0" "$0" && exec "$@"',
            str(shared),
            sys.executable,
            "-c",
            DRIVER,
            str(shared / "output"),
            *map(str, lessons),
        ],
        cwd=paths.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("REPORT ")), None)
    assert line, f"the lessons did not report (exit {done.returncode}): {done.stderr[-3000:]}"
    return {"lessons": json.loads(line[len("REPORT ") :]), "home": home, "output": shared / "output"}


def test_every_lesson_that_saves_runs_to_the_end(report):
    failed = {Path(name).name: result["error"] for name, result in report["lessons"].items() if "error" in result}
    assert not failed, f"lessons stopped on a read-only output/: {failed}"


def test_each_lesson_says_where_its_files_went_instead(report):
    for name, result in report["lessons"].items():
        said = "".join(text for _, text in result["cells"])
        assert said.count("cannot be written here (read-only)") == 1, (
            f"{Path(name).name} should say it once: {said[:500]}"
        )
        assert "~/border-figures-output/" in said
        assert str(report["home"]) not in said, "the note should show ~, not the machine's home path"


def test_the_files_are_in_the_stand_in_and_the_checks_accept_them(report):
    stand_in = report["home"] / "border-figures-output"
    saved = {p.relative_to(stand_in).as_posix() for p in stand_in.rglob("*") if p.is_file()}
    for expected in ("figures_ledger.csv", "guard_troops_by_state.csv", "fact_check.csv"):
        assert expected in saved, f"{expected} not saved in the stand-in folder: {sorted(saved)}"
    assert any(name.startswith("charts/") for name in saved)
    checked = 0
    for result in report["lessons"].values():
        for source, text in result["cells"]:
            if any(f"checks.{check}(" in source for check in SAVED_FILE_CHECKS):
                assert "Right" in text, f"{source!r} said: {text[:400]}"
                checked += 1
    assert checked >= len(SAVED_FILE_CHECKS)
    assert not any(report["output"].iterdir()), "nothing can have been written into the read-only output/"
