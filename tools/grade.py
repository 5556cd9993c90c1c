"""Grade a class's notebooks: each submission in a fresh temporary copy of the course, its own processes, a time limit.

``make grade SUBMISSIONS=<folder>`` runs this after ``make assignments``. Every ``.ipynb`` under the
folder is one submission (any other file is listed as skipped). For each one:

1. **Is it a notebook?** An empty file, a zip (a .docx renamed .ipynb), text that is not JSON, or
   JSON that is not a notebook is reported with its reason; the batch goes on.
2. **Which lesson?** From the assignment edition's metadata, else from its cells' ids. With
   ``--lesson`` (``LESSON=``), a notebook saved from another lesson is reported and scores zero.
3. **Run it** (phase 1): a fresh temporary copy of the course (helpers, without the grading package,
   datasets, seeds; never the instructor's folder), a fresh kernel in its own process that imports
   the copy's helpers, a time limit per cell (an endless loop is interrupted and the next cells run)
   and for the whole run. Each question's check cell is replaced by a capture of the values the
   check would judge, at that point of the notebook; the student's own check cells never grade.
4. **Check it** (phase 2): the copy's course files are replaced by pristine ones (whatever the
   notebook deleted or overwrote), then a separate, clean Python process imports the instructor's
   checks *before* it loads the student's values, and runs the otter-grader test files of
   ``output/assignments/autograder/<lesson>/tests/``: the visible case (the course's check) and the
   hidden case. A check function the notebook redefined or monkeypatched is not the one that grades.

Writes ``output/grades/grades.csv`` (submission, lesson, question, points, max_points, status, label),
``output/grades/summary.csv`` (one row per submission: total, status, reason, seconds),
``output/grades/feedback/<submission>.md`` (each question's hint, to return to the student) and
``output/grades/executed/<submission>.ipynb`` (the notebook as it ran, for the instructor).

    python -m tools.grade SUBMISSIONS_FOLDER [--lesson 03-crossing-figures] [--timeout 600] [--jobs 2]

Safety: the copy and the processes protect the course folder and the other submissions from a
notebook's mistakes (and from deleting files by their course paths), not from deliberate attack:
a notebook runs as you. To grade untrusted work, run this inside a container (see the guide).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

COURSE = Path(__file__).resolve().parent.parent
OUT = COURSE / "output" / "grades"
AUTOGRADER = COURSE / "output" / "assignments" / "autograder"
TIMEOUT = 600  # seconds for one whole submission (run and check)
CELL_TIMEOUT = 60  # seconds for one cell before it is interrupted
CHECK_TIMEOUT = 120  # seconds for checking one submission's answers
ZIP_MAGIC = b"PK\x03\x04"


# --------------------------------------------------------------------------- small helpers


def _manifest() -> dict:
    path = AUTOGRADER / "manifest.json"
    if not path.exists():
        raise SystemExit("No autograder material: run `make assignments` first.")
    return json.loads(path.read_text(encoding="utf-8"))


def submission_name(path: Path, folder: Path) -> str:
    stem = str(path.relative_to(folder).with_suffix(""))
    return re.sub(r"[^\w.-]+", "_", stem)


def read_submission(path: Path):
    """(notebook, None) or (None, reason it cannot be graded)."""
    import nbformat

    data = path.read_bytes()
    if not data.strip():
        return None, "empty file: nothing was handed in"
    if data.startswith(ZIP_MAGIC):
        return None, (
            "not a notebook: a zip file, such as a Word document (.docx) renamed .ipynb; ask for the "
            "notebook itself (JupyterLab: File > Download)"
        )
    try:
        text = data.decode("utf-8")
        raw = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"not a notebook: the file is not valid JSON ({error}); it may be damaged or another kind of file"
    if not isinstance(raw, dict) or not isinstance(raw.get("cells"), list):
        return None, "not a notebook: JSON, but without the cells a Jupyter notebook has"
    try:
        nb = nbformat.reads(text, as_version=4)
    except Exception as error:  # noqa: BLE001
        return None, f"not a notebook nbformat can read ({type(error).__name__}: {error})"
    return nb, None


def detect_lesson(nb, manifest: dict) -> str | None:
    """The lesson a submission was saved from: its metadata, else the cell ids it shares."""
    lessons = manifest["lessons"]
    named = nb.metadata.get("border_figures", {}).get("assignment")
    if named in lessons:
        return named
    ids = {c.get("id") for c in nb.cells}
    best, share = None, 0.0
    for lesson, info in lessons.items():
        theirs = set(info.get("cell_ids", []))
        if theirs:
            overlap = len(ids & theirs) / len(theirs)
            if overlap > share:
                best, share = lesson, overlap
    return best if share >= 0.5 else None


# --------------------------------------------------------------------------- instrumenting

BOOT = """\
# Grader's cell (not the student's): record this kernel, use the course copy, define the capture.
import os as _bf_os, sys as _bf_sys
open({pidfile!r}, "w").write(str(_bf_os.getpid()))
_bf_sys.path.insert(0, {sandbox!r})
import helpers as _bf_helpers
if str(_bf_helpers.paths.ROOT.resolve()) != {sandbox!r}:
    raise SystemExit("grader: helpers is not the course copy's: " + str(_bf_helpers.paths.ROOT))
def __bf_capture__(key, thunk, _dir={captures!r}, _bf_os=_bf_os):
    import json, dill
    try:
        args, kwargs = thunk()
    except BaseException as error:
        open(f"{{_dir}}/{{key}}.json", "w").write(json.dumps({{"error": f"{{type(error).__name__}}: {{error}}"}}))
        return
    files = {{}}
    for i, arg in enumerate(args):  # a file the check reads: as it is now, not as later cells leave it
        try:
            if isinstance(arg, (str, _bf_os.PathLike)) and _bf_os.path.isfile(arg):
                import shutil
                shutil.copyfile(arg, f"{{_dir}}/{{key}}.file{{i}}")
                files[str(i)] = _bf_os.path.abspath(arg)
        except Exception:
            pass
    if files:
        open(f"{{_dir}}/{{key}}.files.json", "w").write(json.dumps(files))
    try:
        data = dill.dumps((args, kwargs), recurse=True)
    except BaseException as error:
        kinds = [type(a).__name__ for a in args]
        open(f"{{_dir}}/{{key}}.json", "w").write(json.dumps({{"unpicklable": kinds, "error": str(error)}}))
        return
    open(f"{{_dir}}/{{key}}.pkl", "wb").write(data)
del _bf_os, _bf_sys, _bf_helpers"""


def _capture_source(q: dict) -> str:
    if q["kind"] == "manual":
        names = ", ".join(f"{n!r}: globals().get({n!r})" for n in q["names"])
        return f"__bf_capture__({q['key']!r}, lambda: ((dict({{{names}}}),), {{}}))"
    positional = [a for a in q["args"] if not re.match(r"^\w+=", a)]
    keywords = [a for a in q["args"] if re.match(r"^\w+=", a)]
    return (
        f"__bf_capture__({q['key']!r}, lambda: (({', '.join(positional)}{',' if positional else ''}), "
        f"dict({', '.join(keywords)})))"
    )


def instrument(nb, questions: list[dict], sandbox: Path, captures: Path, pidfile: Path):
    """The submission with the grader's first cell, and each question's check cell turned into a capture.

    A question is placed at its check cell (same cell id), else at the next unused cell calling the
    same check, else right after its answer cell (same id), else at the end. Returns (notebook,
    {question key: index of the code cell whose error, if any, explains a missing answer}).
    """
    import copy

    import nbformat

    from tools.assignments import check_call

    nb = copy.deepcopy(nb)
    cells = list(nb.cells)
    index_of = {c.get("id"): i for i, c in enumerate(cells)}
    calls = {i: check_call(c.source) for i, c in enumerate(cells) if c.cell_type == "code"}
    replace: dict[int, dict] = {}
    after: dict[int, list[dict]] = {}
    end: list[dict] = []
    for q in questions:
        i = index_of.get(q["cell_id"])
        if q["kind"] != "manual" and i is not None and calls.get(i) and i not in replace:
            replace[i] = q
            continue
        candidates = [
            j
            for j, call in calls.items()
            if call
            and call[1] == q["check"]
            and j not in replace
            and cells[j].get("id") not in {p["cell_id"] for p in questions if p is not q}
        ]
        if q["kind"] != "manual" and candidates:
            replace[min(candidates)] = q
            continue
        j = index_of.get(q["answer_id"])
        if j is not None:
            after.setdefault(j, []).append(q)
        else:
            end.append(q)
    out = [nbformat.v4.new_code_cell(BOOT.format(pidfile=str(pidfile), sandbox=str(sandbox), captures=str(captures)))]
    answer_cell: dict[str, int] = {}
    last_code = None
    for i, cell in enumerate(cells):
        if i in replace:
            answer_cell[replace[i]["key"]] = last_code
            out.append(nbformat.v4.new_code_cell(_capture_source(replace[i])))
            continue
        out.append(cell)
        if cell.cell_type == "code":
            last_code = len(out) - 1
        for q in after.get(i, []):
            answer_cell[q["key"]] = last_code
            out.append(nbformat.v4.new_code_cell(_capture_source(q)))
    for q in end:
        answer_cell[q["key"]] = None
        out.append(nbformat.v4.new_code_cell(_capture_source(q)))
    nb.cells = out
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb, answer_cell


# --------------------------------------------------------------------------- the two phases (subprocesses)

WORKER = (
    "import sys, json; job = json.load(open(sys.argv[2])); sys.path[:0] = [job['sandbox'], job['course']]; "
    "import tools.grade as g; g.worker(sys.argv[1], job)"
)


def _run_worker(mode: str, job: dict, run_dir: Path, timeout: float) -> tuple[bool, str]:
    """Run one phase in its own process group; (finished, stderr tail). Kills it, and its kernel, at the limit."""
    job_path = run_dir / f"{mode}.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=job["sandbox"], PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER, mode, str(job_path)],
        cwd=job["cwd"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        _, err = process.communicate(timeout=timeout)
        return True, err.decode("utf-8", "replace")[-2000:]
    except subprocess.TimeoutExpired:
        for pid_file in [run_dir / "kernel.pid"]:
            with contextlib.suppress(OSError, ValueError):
                os.kill(int(pid_file.read_text()), signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        return False, ""


def worker(mode: str, job: dict) -> None:
    if mode == "execute":
        _execute(job)
    elif mode == "check":
        _check(job)


def _execute(job: dict) -> None:
    import nbformat

    from tools.nbclient_fix import CourseNotebookClient as NotebookClient

    nb = nbformat.read(job["notebook"], as_version=4)
    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=job["cell_timeout"],
        interrupt_on_timeout=True,
        allow_errors=True,
        record_timing=False,
        resources={"metadata": {"path": job["cwd"]}},
    )
    problem = None
    try:
        client.execute()
    except Exception as error:  # noqa: BLE001  (a dead kernel: SystemExit in a cell, os._exit, ...)
        problem = f"{type(error).__name__}: {str(error).strip().splitlines()[-1] if str(error).strip() else ''}"
    nbformat.write(nb, job["executed"])
    Path(job["result"]).write_text(json.dumps({"problem": problem}), encoding="utf-8")


def run_check(env: dict, check: str, case: str) -> None:
    """Otter test case body (visible): the instructor's check on the captured values."""
    if env.get("capture_error"):
        env["feedback"][case] = env["capture_error"]
        raise AssertionError(env["capture_error"])
    function = env["checks"][check]
    result = function(*env["args"], **env["kwargs"])
    env["feedback"][case] = result.message
    if not result.ok:
        raise AssertionError(result.message)


def run_hidden(env: dict, check: str, kind: str) -> None:
    """Otter test case body (hidden): the check's hidden variant, or every value against the worked answer."""
    if env.get("capture_error"):
        raise AssertionError("no answer to test")
    if kind == "variant":
        result = env["variants"][check](*env["args"], **env["kwargs"])
        env["feedback"]["hidden"] = result.message
        if not result.ok:
            raise AssertionError(result.message)
        return
    reference = env.get("reference")
    if reference is None:
        raise AssertionError("no worked answer to compare with")
    ok = same_value(env["args"][0] if env["args"] else None, reference[0][0])
    env["feedback"]["hidden"] = "matches the worked answer" if ok else "does not match the worked answer in every value"
    if not ok:
        raise AssertionError(env["feedback"]["hidden"])


def same_value(answer, expected) -> bool:
    """The hidden comparison: the same kind of value, and every value close (0.05, as the checks' tables)."""
    import numbers

    import pandas as pd

    if isinstance(expected, bool) or isinstance(answer, bool):
        return type(answer) is type(expected) and answer == expected
    if isinstance(expected, numbers.Number):
        if not isinstance(answer, numbers.Number):
            return False
        return abs(float(answer) - float(expected)) <= max(0.05, abs(float(expected)) * 1e-6)
    if isinstance(expected, str):
        return isinstance(answer, str) and answer.strip().casefold() == expected.strip().casefold()
    if isinstance(expected, (pd.Series, pd.DataFrame)):
        if type(answer) is not type(expected) or answer.shape != expected.shape:
            return False
        try:
            a = answer.copy()
            a.index = [str(v) for v in a.index]
            e = expected.copy()
            e.index = [str(v) for v in e.index]
            if isinstance(e, pd.DataFrame):
                a.columns = [str(c) for c in a.columns]
                e.columns = [str(c) for c in e.columns]
                a = a.reindex(index=e.index, columns=e.columns)
            else:
                a = a.reindex(e.index)
            diff = (a.astype(float) - e.astype(float)).abs()
            return bool((diff <= 0.05).all().all() if isinstance(e, pd.DataFrame) else (diff <= 0.05).all())
        except (TypeError, ValueError):
            return bool(answer.equals(expected))
    if isinstance(expected, (list, tuple)):
        return (
            isinstance(answer, (list, tuple))
            and len(answer) == len(expected)
            and all(same_value(a, e) for a, e in zip(answer, expected))
        )
    return False


def hidden_kind(q, values) -> str:
    """Which hidden test a question gets: its check's hidden variant, a comparison with the worked
    answer (numbers, text, tables, lists: not sentences, paths, charts or functions), or none."""
    import numbers

    import pandas as pd

    from grading.hidden import HIDDEN_VARIANTS

    if q.kind == "manual":
        return ""
    if q.check in HIDDEN_VARIANTS:
        return "variant"
    if values is None or q.check.endswith(("_finding", "_write_up", "alt_text")) or len(q.args) != 1:
        return ""
    value = values[0][0] if values[0] else None
    if isinstance(value, str):
        return "" if ("/" in value or "\\" in value or len(value) > 200) else "reference"
    if isinstance(value, (numbers.Number, pd.Series, pd.DataFrame, list, tuple)) and not isinstance(value, bool):
        return "reference"
    return ""


def otter_test_files():
    """otter-grader's test-file runner (``otter.test_files``), without running ``otter/__init__``,
    which imports the whole CLI (export, assign, grade) and costs seconds in every checking process."""
    import importlib.util
    import types

    if "otter" not in sys.modules:
        spec = importlib.util.find_spec("otter")
        if spec is None:
            raise SystemExit("otter-grader is not installed: `pip install otter-grader` (see the instructor guide)")
        package = types.ModuleType("otter")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["otter"] = package
    import otter.test_files

    return otter.test_files


def _check(job: dict) -> None:
    """Phase 2, in a clean process: the instructor's checks first, then the student's values."""
    import importlib

    import dill

    ExceptionTestFile = otter_test_files().ExceptionTestFile
    questions = job["questions"]
    checks = {}
    for q in questions:
        if q["kind"] != "manual":
            checks[q["check"]] = getattr(importlib.import_module(q["module"]), q["check"])
    from grading.hidden import HIDDEN_VARIANTS

    variants = dict(HIDDEN_VARIANTS)
    reference_path = Path(job["tests"]).parent / "reference.pkl"
    reference = dill.loads(reference_path.read_bytes()) if reference_path.exists() else {}
    tests = {
        q["key"]: ExceptionTestFile.from_file(str(Path(job["tests"]) / f"{q['key']}.py"))
        for q in questions
        if q["kind"] != "manual"
    }
    results = {}
    captures = Path(job["captures"])
    for q in questions:
        key = q["key"]
        env = {
            "args": (),
            "kwargs": {},
            "capture_error": None,
            "feedback": {},
            "checks": checks,
            "variants": variants,
            "reference": reference.get(key),
            "run_check": run_check,
            "run_hidden": run_hidden,
        }
        pkl, info = captures / f"{key}.pkl", captures / f"{key}.json"
        if pkl.exists():
            try:
                env["args"], env["kwargs"] = dill.loads(pkl.read_bytes())
            except Exception as error:  # noqa: BLE001
                env["capture_error"] = f"Your answer could not be read back ({type(error).__name__}: {error})."
        elif info.exists():
            data = json.loads(info.read_text())
            if "unpicklable" in data:
                env["capture_error"] = (
                    f"Your answer is a {', '.join(data['unpicklable'])}, which cannot be graded: "
                    "store the value itself (a number, text, a table), as the exercise asks."
                )
            else:
                env["capture_error"] = f"Your answer was not there when the check ran: {data['error']}."
        else:
            env["capture_error"] = "The notebook stopped (or ran out of time) before this question."
        snapshots = captures / f"{key}.files.json"
        if snapshots.exists():  # put back the files as they were when the check cell ran
            for i, original in json.loads(snapshots.read_text()).items():
                target = Path(original).resolve()
                if target.is_relative_to(Path(job["sandbox"]) / "output") and (captures / f"{key}.file{i}").exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(captures / f"{key}.file{i}", target)
        if q["kind"] == "manual":
            shown = env["args"][0] if env["args"] else {}
            results[key] = {
                "manual": {k: (v if isinstance(v, str) else repr(v)) for k, v in (shown or {}).items()},
                "error": env["capture_error"],
            }
            continue
        test = tests[key]
        test.run(env)
        results[key] = {
            "cases": [
                {
                    "name": r.test_case.name,
                    "points": r.test_case.points,
                    "hidden": r.test_case.hidden,
                    "passed": bool(r.passed),
                }
                for r in test.test_case_results
            ],
            "feedback": {k: str(v) for k, v in env["feedback"].items()},
        }
    Path(job["result"]).write_text(json.dumps(results), encoding="utf-8")


# --------------------------------------------------------------------------- one submission


def _fresh_course(sandbox: Path, *, hidden: bool) -> None:
    from tools.assignments import copy_course

    copy_course(sandbox, hidden=hidden)
    (sandbox / "notebooks").mkdir(exist_ok=True)
    (sandbox / "output").mkdir(exist_ok=True)


def _restore(sandbox: Path) -> None:
    """Everything but output/ back to pristine (whatever the notebook deleted or overwrote); no symlinks left."""
    for item in list(sandbox.iterdir()):
        if item.name == "output" and item.is_dir() and not item.is_symlink():
            continue
        if item.is_dir() and not item.is_symlink():
            shutil.rmtree(item, ignore_errors=True)
        else:
            item.unlink(missing_ok=True)
    for root, dirs, files in os.walk(sandbox / "output"):
        for name in dirs + files:
            if (Path(root) / name).is_symlink():
                (Path(root) / name).unlink()
    _fresh_course(sandbox, hidden=True)


def _execute_job(nb, questions, lesson: str, sandbox: Path, run_dir: Path, captures: Path, cell_timeout: float):
    """Write the instrumented notebook into the sandbox; return the job for the execute worker, and the answer cell."""
    import nbformat

    instrumented, answer_cell = instrument(nb, questions, sandbox, captures, run_dir / "kernel.pid")
    notebook = sandbox / "notebooks" / f"{lesson}.ipynb"
    nbformat.write(instrumented, notebook)
    job = {
        "sandbox": str(sandbox),
        "course": str(COURSE),
        "cwd": str(sandbox / "notebooks"),
        "notebook": str(notebook),
        "executed": str(run_dir / "executed.ipynb"),
        "result": str(run_dir / "execute-result.json"),
        "cell_timeout": cell_timeout,
    }
    return job, answer_cell


def run_submission(
    nb,
    lesson: str,
    info: dict,
    *,
    timeout: float = TIMEOUT,
    cell_timeout: float = CELL_TIMEOUT,
    keep: Path | None = None,
) -> dict:
    """Run and check one notebook; {"results": ..., "problem": ..., "answer_errors": ...}."""
    import nbformat

    base = Path(tempfile.mkdtemp(prefix="bf-grade-")).resolve()
    sandbox, run_dir = base / "course", base / "run"
    captures = run_dir / "captures"
    captures.mkdir(parents=True)
    started = time.monotonic()
    try:
        _fresh_course(sandbox, hidden=False)
        questions = info["questions"]
        job, answer_cell = _execute_job(nb, questions, lesson, sandbox, run_dir, captures, cell_timeout)
        finished, err = _run_worker("execute", job, run_dir, timeout)
        problem = None
        if not finished:
            problem = f"stopped after the time limit ({timeout:.0f} s): a cell ran too long (an endless loop?)"
        elif (run_dir / "execute-result.json").exists():
            problem = json.loads((run_dir / "execute-result.json").read_text())["problem"]
        else:
            problem = "the notebook could not be run: " + (err.strip().splitlines() or ["no detail"])[-1]
        errors: dict[str, str] = {}
        timed_out = []
        if (run_dir / "executed.ipynb").exists():
            executed = nbformat.read(run_dir / "executed.ipynb", as_version=4)
            for key, index in answer_cell.items():
                if index is not None and index < len(executed.cells):
                    for output in executed.cells[index].get("outputs", []):
                        if output.get("output_type") == "error":
                            errors[key] = f"{output.get('ename')}: {output.get('evalue')}"
            timed_out = [
                i
                for i, c in enumerate(executed.cells)
                if any(
                    o.get("output_type") == "error" and o.get("ename") == "KeyboardInterrupt"
                    for o in c.get("outputs", [])
                )
            ]
            if keep is not None:
                executed.cells = executed.cells[1:]  # the grader's own first cell
                keep.parent.mkdir(parents=True, exist_ok=True)
                nbformat.write(executed, keep)
        if timed_out and problem is None:
            problem = f"{len(timed_out)} cell(s) interrupted after {cell_timeout:.0f} s (an endless loop?); the rest was graded"
        _restore(sandbox)
        check_job = {
            "sandbox": str(sandbox),
            "course": str(COURSE),
            "cwd": str(sandbox / "notebooks"),
            "questions": questions,
            "tests": str(AUTOGRADER / lesson / "tests"),
            "captures": str(captures),
            "result": str(run_dir / "check-result.json"),
        }
        left = max(30.0, min(CHECK_TIMEOUT, timeout - (time.monotonic() - started) + 30))
        finished, err = _run_worker("check", check_job, run_dir, left)
        results = None
        if finished and (run_dir / "check-result.json").exists():
            results = json.loads((run_dir / "check-result.json").read_text())
        elif not finished:
            problem = (
                problem + "; " if problem else ""
            ) + f"checking stopped after {left:.0f} s (a function of yours ran too long?)"
        else:
            problem = (
                (problem + "; " if problem else "")
                + "checking failed: "
                + (err.strip().splitlines() or ["no detail"])[-1]
            )
        return {"results": results, "problem": problem, "answer_errors": errors, "captures": captures}
    finally:
        shutil.rmtree(base, ignore_errors=True)


def reference_values(folder: Path, lesson: str, qs) -> dict:
    """Run the lesson's complete answer through the grader's phase 1; keep each question's values (reference.pkl)."""
    import dataclasses

    import dill
    import nbformat

    info = {"questions": [dataclasses.asdict(q) for q in qs]}
    nb = nbformat.read(folder / "complete.ipynb", as_version=4)
    values: dict = {}
    base = Path(tempfile.mkdtemp(prefix="bf-reference-")).resolve()
    try:
        sandbox, run_dir = base / "course", base / "run"
        captures = run_dir / "captures"
        captures.mkdir(parents=True)
        _fresh_course(sandbox, hidden=False)
        job, _ = _execute_job(nb, info["questions"], lesson, sandbox, run_dir, captures, 300)
        _run_worker("execute", job, run_dir, 1200)
        for q in qs:
            pkl = captures / f"{q.key}.pkl"
            if pkl.exists():
                values[q.key] = dill.loads(pkl.read_bytes())
    finally:
        shutil.rmtree(base, ignore_errors=True)
    keep = {
        key: value
        for key, value in values.items()
        if hidden_kind(next(q for q in qs if q.key == key), value) == "reference"
    }
    (folder / "reference.pkl").write_bytes(dill.dumps(keep))
    return values


# --------------------------------------------------------------------------- a batch

FIELDS = ["submission", "lesson", "question", "points", "max_points", "status", "label"]
SUMMARY = ["submission", "lesson", "points", "max_points", "status", "reason", "seconds"]


def _rows(name: str, lesson: str, info: dict, outcome: dict | None, reason: str | None):
    rows, feedback = [], []
    results = (outcome or {}).get("results") or {}
    errors = (outcome or {}).get("answer_errors") or {}
    for q in info["questions"]:
        if q["kind"] == "manual":
            got = results.get(q["key"], {})
            rows.append([name, lesson, q["key"], "", q["points"], "manual", q["label"]])
            shown = "\n\n".join(
                f"`{k}`:\n\n> " + str(v).replace("\n", "\n> ") for k, v in (got.get("manual") or {}).items()
            )
            feedback.append(f"### {q['key']}: {q['label']}\n\nFor your instructor to grade with the rubric.\n\n{shown}")
            continue
        maximum = q["points"] + (1 if q["hidden"] else 0)
        result = results.get(q["key"])
        if result is None:
            rows.append([name, lesson, q["key"], 0, maximum, "not graded", q["label"]])
            feedback.append(f"### {q['key']}: {q['label']} (0 / {maximum})\n\nNot graded: {reason or 'no result'}.")
            continue
        points = sum(c["points"] for c in result["cases"] if c["passed"])
        visible_ok = all(c["passed"] for c in result["cases"] if not c["hidden"])
        status = "right" if points == maximum else ("right (hidden test failed)" if visible_ok else "hint")
        rows.append([name, lesson, q["key"], points, maximum, status, q["label"]])
        message = result["feedback"].get("visible", "")
        lines = [f"### {q['key']}: {q['label']} ({points} / {maximum})", "", ("✅ " if visible_ok else "💡 ") + message]
        if q["key"] in errors and not visible_ok:
            lines.append(f"\nThe cell above it raised {errors[q['key']]}.")
        hidden = [c for c in result["cases"] if c["hidden"]]
        if hidden:
            lines.append(
                "\nFurther test (not in your notebook): "
                + (
                    "passed."
                    if hidden[0]["passed"]
                    else "not passed"
                    + (f": {result['feedback'].get('hidden')}" if result["feedback"].get("hidden") else "")
                    + "."
                )
            )
        feedback.append("\n".join(lines))
    return rows, feedback


def grade_one(
    path: Path, folder: Path, manifest: dict, lesson: str | None, *, timeout: float, cell_timeout: float, out: Path
) -> tuple[list, list, str]:
    """Grade one file; (grade rows, summary row, feedback page)."""
    import nbformat  # noqa: F401

    started = time.monotonic()
    name = submission_name(path, folder)
    nb, reason = read_submission(path)
    detected = detect_lesson(nb, manifest) if nb is not None else None
    status = "graded"
    if nb is not None and detected is None:
        reason, nb = (
            "not one of the course's notebooks (no lesson's cells found): was it saved from the assignment edition?",
            None,
        )
    target = lesson or detected
    if nb is not None and lesson and detected != lesson:
        reason, nb = (
            f"saved from another lesson ({detected}), not {lesson}: scored zero; ask for the right notebook",
            None,
        )
    outcome = None
    if nb is None:
        status = "not graded"
    else:
        outcome = run_submission(
            nb,
            target,
            manifest["lessons"][target],
            timeout=timeout,
            cell_timeout=cell_timeout,
            keep=out / "executed" / f"{name}.ipynb",
        )
        reason = outcome["problem"]
    info = manifest["lessons"].get(target, {"questions": []})
    rows, feedback = _rows(name, target or "", info, outcome, reason)
    points = sum(r[3] for r in rows if r[3] != "")
    maximum = sum(r[4] for r in rows if r[5] != "manual")
    manual = sum(r[4] for r in rows if r[5] == "manual")
    seconds = time.monotonic() - started
    summary = [name, target or "", points, maximum, status, reason or "", f"{seconds:.1f}"]
    page = [
        f"# Feedback: {name}",
        "",
        f"**Lesson:** {target or 'unknown'}  ",
        f"**Autograded points:** {points} / {maximum}"
        + (f" (plus up to {manual} points for the write-up, graded by your instructor)" if manual else ""),
    ]
    if reason:
        page += ["", f"**Note:** {reason}"]
    page += ["", "\n\n".join(feedback)]
    return rows, summary, "\n".join(page) + "\n"


def grade_batch(
    folder: Path,
    *,
    lesson: str | None = None,
    out: Path = OUT,
    timeout: float = TIMEOUT,
    cell_timeout: float = CELL_TIMEOUT,
    jobs: int = 1,
    log=print,
) -> list[list]:
    """Grade every .ipynb under ``folder``; write grades.csv, summary.csv and feedback/; return the summary rows."""
    folder = Path(folder).resolve()
    manifest = _manifest()
    if lesson is not None:
        matches = [name for name in manifest["lessons"] if name == lesson or name.startswith((f"{lesson}-", lesson))]
        if len(matches) != 1:
            raise SystemExit(f"--lesson {lesson!r}: expected one of {', '.join(manifest['lessons'])}")
        lesson = matches[0]
    files = sorted(p for p in folder.rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts)
    notebooks = [p for p in files if p.suffix == ".ipynb"]
    if out.exists():
        shutil.rmtree(out)
    (out / "feedback").mkdir(parents=True)

    def one(path):
        try:
            return grade_one(path, folder, manifest, lesson, timeout=timeout, cell_timeout=cell_timeout, out=out)
        except Exception as error:  # noqa: BLE001  (the batch goes on)
            name = submission_name(path, folder)
            return (
                [],
                [name, lesson or "", 0, 0, "grader error", f"{type(error).__name__}: {error}", "0"],
                f"# {name}\n\nNot graded: grader error.\n",
            )

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        outcomes = list(pool.map(one, notebooks))
    grade_rows, summary_rows = [], []
    for rows, summary, page in outcomes:  # one per notebook, in order
        grade_rows += rows
        summary_rows.append(summary)
        (out / "feedback" / f"{summary[0]}.md").write_text(page, encoding="utf-8")
        log(
            f"{summary[0]}: {summary[2]} / {summary[3]} ({summary[4]}{': ' + summary[5] if summary[5] else ''}) {summary[6]} s"
        )
    for path in files:
        if path.suffix != ".ipynb":
            summary_rows.append(
                [
                    submission_name(path, folder) + path.suffix,
                    "",
                    0,
                    0,
                    "skipped",
                    f"not an .ipynb file ({path.suffix or 'no extension'})",
                    "0",
                ]
            )
    with open(out / "grades.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([FIELDS, *grade_rows])
    with open(out / "summary.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([SUMMARY, *summary_rows])
    log(f"wrote {out / 'grades.csv'}, {out / 'summary.csv'} and {len(notebooks)} feedback pages")
    return summary_rows


# --------------------------------------------------------------------------- bench


def bench(lesson: str = "00-start-here", n: int = 30, jobs: int = 1) -> dict:
    """Grade ``n`` copies of one lesson's complete answer; the time per submission (for ``make bench``)."""
    if not (AUTOGRADER / lesson / "complete.ipynb").exists():
        from tools import assignments

        assignments.build([COURSE / "notebooks" / f"{lesson}.ipynb"])
    with tempfile.TemporaryDirectory(prefix="bf-bench-") as tmp:
        folder, out = Path(tmp) / "submissions", Path(tmp) / "grades"
        folder.mkdir()
        for i in range(n):
            shutil.copy(AUTOGRADER / lesson / "complete.ipynb", folder / f"student-{i + 1:02d}.ipynb")
        started = time.perf_counter()
        rows = grade_batch(folder, lesson=lesson, out=out, jobs=jobs, log=lambda *_: None)
        total = time.perf_counter() - started
    per = [float(r[6]) for r in rows]
    full = sum(1 for r in rows if r[2] == r[3] and r[4] == "graded")
    return {
        "lesson": lesson,
        "submissions": n,
        "jobs": jobs,
        "seconds_total": round(total, 1),
        "seconds_per_submission": round(total / n, 2),
        "slowest_submission": round(max(per), 2),
        "full_marks": full,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("submissions", type=Path, help="folder of submitted .ipynb files")
    parser.add_argument("--lesson", help="the lesson every submission should be (e.g. 03 or 03-crossing-figures)")
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds for one whole submission")
    parser.add_argument("--cell-timeout", type=float, default=CELL_TIMEOUT, help="seconds for one cell")
    parser.add_argument("--jobs", type=int, default=1, help="submissions graded at once")
    parser.add_argument("--out", type=Path, default=OUT, help="where grades.csv, summary.csv and feedback/ go")
    args = parser.parse_args(argv)
    if not args.submissions.is_dir():
        raise SystemExit(f"{args.submissions}: not a folder of submissions")
    grade_batch(
        args.submissions,
        lesson=args.lesson,
        out=args.out.resolve(),
        timeout=args.timeout,
        cell_timeout=args.cell_timeout,
        jobs=args.jobs,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
