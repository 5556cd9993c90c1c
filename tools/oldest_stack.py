"""Run every lesson on the OLDEST package versions the course supports (Colab and many hubs run older ones).

    python -m tools.oldest_stack               # build output/oldest-stack/ if needed, run every lesson
    python -m tools.oldest_stack notebooks/06-explore-the-numbers.ipynb

The oldest supported stack is ``OLDEST`` below (Python 3.11 and the newest patch release of each
series). The environment is built with uv (installed from PyPI into a tool folder of its own when it
is not on PATH; plain ``venv`` + pip if uv cannot be had) in ``output/oldest-stack/``, and reused
while ``OLDEST`` is unchanged. The helpers are put on the environment's path with a ``.pth`` file,
which is what an editable ``pip install --no-deps -e .`` amounts to, without building anything in
the course folder.

Every lesson is then executed in a fresh kernel of that environment. Outputs differ from the stored
ones (pandas 2 writes ``dtype: object``, ...), so they are not compared; what must hold is that
nothing failed:

- no cell raised (cells tagged ``raises-exception`` aside), and no cell printed a traceback;
- no widget showed an error: nbclient does not report an exception raised inside a widget's
  callback (``interactive``, an ``Output`` widget), it only lands in the widget's own outputs. So
  the executed notebook's widget state (``metadata.widgets``) is searched for error outputs and
  tracebacks, after every ``interactive`` of the lesson has also been run once for each option
  of its drop-down menus.

A built-in self-test first runs a tiny notebook whose widget callback raises, and fails if the
search does not catch it. Exit status 0 when every lesson ran clean.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

from helpers.environment import OLDEST_SUPPORTED

ROOT = Path(__file__).resolve().parent.parent
HOME = ROOT / "output" / "oldest-stack"
ENV = HOME / "venv"
TOOLS = HOME / "uv"

#: The oldest versions the course supports and tests (README: "Where the course runs"); their one
#: home is helpers.environment.OLDEST_SUPPORTED, which notebook 00's self-check compares with.
PYTHON = "3.11"
OLDEST = (*(f"{name}=={version}.*" for name, version in OLDEST_SUPPORTED.items()), "ipykernel==6.*")
#: What executes the notebooks inside that environment (not what the lessons use).
RUNNER = ("nbclient", "nbformat")

#: Run after each lesson, in its kernel: every ``interactive`` runs once for each drop-down option.
EXERCISE_WIDGETS = r"""
import ipywidgets as _widgets
_exercised = 0
for _name, _value in list(globals().items()):
    if isinstance(_value, _widgets.interactive):
        for _control in _value.kwargs_widgets:
            if isinstance(_control, _widgets.Dropdown):
                _start = _control.index
                for _index in range(len(_control.options)):
                    _control.index = _index
                    _exercised += 1
                _control.index = _start
import pandas as _pandas, sys as _sys
print(f"oldest-stack kernel: {_sys.prefix} pandas {_pandas.__version__}; exercised {_exercised} widget settings")
"""

SELF_TEST_CELLS = [
    "import ipywidgets as widgets",
    "def broken(x):\n    raise TypeError(f'the self-test callback fails on purpose ({x})')\n\n"
    "view = widgets.interactive(broken, x=widgets.Dropdown(options=['a', 'b']))\nview",
]
TRACEBACK = re.compile(
    r"Traceback \(most recent call last\)|-{20,}\n\S*(Error|Exception)\b|\x1b\[0;31m\w*(Error|Exception)"
)


# --------------------------------------------------------------------------- building the environment


def _python_in(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def find_uv() -> str | None:
    """uv from PATH, from this Python's environment, or installed from PyPI into output/oldest-stack/uv/."""
    found = shutil.which("uv") or shutil.which("uv", path=str(Path(sys.executable).parent))
    if found:
        return found
    made_by_make = ROOT / ".venv" / "uv" / "bin" / "uv"  # where `make` puts the uv it fetches
    if made_by_make.is_file() and os.access(made_by_make, os.X_OK):
        return str(made_by_make)
    tool = TOOLS / ("Scripts/uv.exe" if os.name == "nt" else "bin/uv")
    if not tool.exists():
        venv.create(TOOLS, with_pip=True)
        done = subprocess.run(
            [str(_python_in(TOOLS)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "uv"],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            print(f"oldest-stack: could not install uv ({done.stderr.strip()[-300:]}); using pip", flush=True)
            return None
    return str(tool)


def interpreter() -> str:
    """A Python of the supported minor version: this one when it is, else ``python3.11`` from PATH."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == PYTHON:
        return sys.executable
    found = shutil.which(f"python{PYTHON}")
    if not found:
        sys.exit(f"oldest-stack: needs Python {PYTHON} (python{PYTHON} on PATH) to build the oldest supported stack")
    return found


def build() -> Path:
    """Create (or reuse) output/oldest-stack/venv with OLDEST + RUNNER, the helpers on its path."""
    wanted = json.dumps({"python": PYTHON, "packages": [*OLDEST, *RUNNER]})
    stamp = HOME / "built-with.json"
    python = _python_in(ENV)
    if python.exists() and stamp.is_file() and stamp.read_text() == wanted:
        return python
    shutil.rmtree(ENV, ignore_errors=True)
    HOME.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    uv = find_uv()
    if uv:
        subprocess.run(
            [uv, "venv", "--quiet", "--python", interpreter(), "--python-preference", "only-system", str(ENV)],
            check=True,
        )
        subprocess.run([uv, "pip", "install", "--quiet", "--python", str(python), *OLDEST, *RUNNER], check=True)
    else:
        subprocess.run([interpreter(), "-m", "venv", str(ENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *OLDEST, *RUNNER],
            check=True,
        )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # What `pip install --no-deps -e .` does for a plain package: put the course folder on sys.path.
    Path(site, "border_figures_course.pth").write_text(str(ROOT) + "\n", encoding="utf-8")
    stamp.write_text(wanted)
    print(
        f"oldest-stack: built {paths_shown(ENV)} with {'uv' if uv else 'pip'} in {time.monotonic() - started:.1f} s",
        flush=True,
    )
    return python


def paths_shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- inside the environment


def widget_errors(nb) -> list[str]:
    """Errors shown inside widgets: error outputs or tracebacks in the widget state nbclient stored."""
    found = []
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {}).get("state", {})
    for model_id, model in state.items():
        for output in model.get("state", {}).get("outputs", []) or []:
            text = output_text(output)
            if output.get("output_type") == "error" or TRACEBACK.search(text):
                name = output.get("ename") or "error"
                found.append(
                    f"widget {model.get('model_name', '?')} {model_id[:8]}: {name}: {output.get('evalue', text.strip()[-300:])}"
                )
    return found


def output_text(output) -> str:
    if output.get("output_type") == "error":
        return "\n".join(output.get("traceback", [])) + f"\n{output.get('ename')}: {output.get('evalue')}"
    if output.get("output_type") == "stream":
        return output.get("text", "")
    return str(output.get("data", {}).get("text/plain", ""))


def cell_errors(nb) -> list[str]:
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "raises-exception" in cell.metadata.get("tags", []):
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
            elif TRACEBACK.search(output_text(output)):
                found.append(f"cell {index}: a traceback was printed: {output_text(output).strip()[-300:]}")
    return found


def execute(path: Path | None, cells: list[str] | None = None) -> tuple[list[str], float]:
    """Execute a lesson (or a notebook made of ``cells``) in a fresh kernel; return its errors and the time taken."""
    import nbformat

    from tools.nbclient_fix import CourseNotebookClient

    if path is not None:
        nb = nbformat.read(path, as_version=4)
        folder = path.parent
    else:
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells or []])
        folder = ROOT
    nb.cells.append(nbformat.v4.new_code_cell(EXERCISE_WIDGETS))
    started = time.monotonic()
    client = CourseNotebookClient(
        nb,
        kernel_name="python3",
        timeout=300,
        allow_errors=True,
        store_widget_state=True,
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    errors = cell_errors(nb) + widget_errors(nb)
    said = output_text(nb.cells[-1].outputs[0]) if nb.cells[-1].outputs else ""
    if f"{sys.prefix} pandas" not in said:  # a kernelspec elsewhere could start another Python
        errors.append(f"the kernel did not run in this environment ({sys.prefix}): {said.strip()[:300]}")
    return errors, time.monotonic() - started


def run_inside(lessons: list[str]) -> int:
    from importlib import metadata

    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("pandas", "numpy", "matplotlib", "ipywidgets", "ipykernel")
    )
    print(f"oldest-stack: Python {sys.version.split()[0]}, {versions}", flush=True)
    caught, _ = execute(None, SELF_TEST_CELLS)
    if not any("fails on purpose" in error for error in caught):
        print("oldest-stack: SELF-TEST FAILED: an error raised inside a widget callback was not caught", flush=True)
        return 2
    failed = 0
    for lesson in map(Path, lessons):
        errors, seconds = execute(lesson)
        status = "ok  " if not errors else "FAIL"
        print(f"  {status} {lesson.name} ({seconds:.1f} s)", flush=True)
        for error in errors:
            print(f"       {error}", flush=True)
        failed += bool(errors)
    ran = len(lessons)
    if failed:
        print(f"oldest-stack: FAILED: {failed} of {ran} lessons had errors on the oldest supported stack", flush=True)
        return 1
    print(f"oldest-stack: every lesson ran clean ({ran} of {ran}), widget outputs included", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lessons", nargs="*", help="lesson notebooks (default: every notebooks/0*.ipynb)")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    lessons = args.lessons or [str(p) for p in sorted((ROOT / "notebooks").glob("0*.ipynb"))]
    if args.inside:
        return run_inside(lessons)
    started = time.monotonic()
    python = build()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "MPLBACKEND", "VIRTUAL_ENV")}
    code = subprocess.run([str(python), "-m", "tools.oldest_stack", "--inside", *lessons], cwd=ROOT, env=env).returncode
    print(f"oldest-stack: {time.monotonic() - started:.0f} s in all", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
