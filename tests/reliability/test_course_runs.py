"""Every notebook runs in a fresh kernel, in any order, twice in a row, from any folder, offline.

One sequence, shared by the tests of this module (it is the expensive part, a second or two per
notebook): every course notebook (lessons and solutions, found at test time, so new lessons are
included as they land) is executed with ``tools.notebooks.run_in_memory``, each in its own
fresh kernel,

- in REVERSE course order, so no notebook can lean on files an earlier lesson wrote;
- with ``helpers.paths.OUTPUT`` pointed at a temporary folder that starts empty;
- with the kernel started in an unrelated, empty folder (not the notebook's own, where
  JupyterLab and nbval start it), so a relative path would break and a stray file would show;
- with the network cut off: a guard replaces ``socket.socket.connect`` (and ``connect_ex``,
  ``sendto``, ``socket.create_connection``, ``socket.getaddrinfo`` and the ``gethostby*``
  look-ups) by functions that refuse any address but loopback, and records every attempt.

Then every notebook that wrote or changed anything under OUTPUT runs a second time, in the
same order, over the files the first run left there (a notebook that writes nothing meets
nothing of its own the second time; skipping those keeps the suite fast). Each run's last
cell reports what the guard recorded and checks that the guard is still in place.

A failing notebook does not stop the sequence: each test reports every notebook it concerns.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from nbclient.exceptions import CellExecutionError

from helpers import paths
from tools.notebooks import course_notebooks, run_in_memory

#: Installed in every kernel right after the set-up cell. Loopback stays open (the kernel itself
#: talks to nbclient over 127.0.0.1 through zmq, which does not use Python's socket module anyway).
OFFLINE_GUARD = r"""
import errno as _errno, ipaddress as _ipaddress, socket as _socket

_socket.offline_attempts = []
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def _is_loopback(host):
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%")[0].lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        address = _ipaddress.ip_address(host)
    except ValueError:
        return False                       # any other name would need DNS: not loopback
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or bool(mapped and mapped.is_loopback)


def _refuse(what, where):
    _socket.offline_attempts.append(f"{what} {where!r}")
    raise OSError(_errno.ENETUNREACH, f"network blocked by the offline test: {what} {where!r}")


def _check_address(family, address, what):
    if family in (_socket.AF_INET, _socket.AF_INET6) and not _is_loopback(address[0]):
        _refuse(what, address)


def _guard_method(name):
    original = getattr(_socket.socket, name)

    def guarded(self, *args):
        _check_address(self.family, args[-1], name)
        return original(self, *args)

    guarded.__name__ = name
    guarded.offline_guard = True
    return guarded


def _guard_lookup(name, host_argument=0):
    original = getattr(_socket, name)

    def guarded(*args, **kwargs):
        host = kwargs.get("host", args[host_argument] if len(args) > host_argument else None)
        if not _is_loopback(host):
            _refuse(name, host)
        return original(*args, **kwargs)

    guarded.__name__ = name
    guarded.offline_guard = True
    return guarded


for _name in ("connect", "connect_ex", "sendto"):
    setattr(_socket.socket, _name, _guard_method(_name))
for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
    setattr(_socket, _name, _guard_lookup(_name))
_original_create_connection = _socket.create_connection


def _create_connection(address, *args, **kwargs):
    if not _is_loopback(address[0]):
        _refuse("create_connection", address)
    return _original_create_connection(address, *args, **kwargs)


_create_connection.offline_guard = True
_socket.create_connection = _create_connection
"""

#: The last cell of every run: what the guard recorded, and whether it still blocks (192.0.2.1 is
#: TEST-NET-1, never routed: without the guard the connection would time out, not be refused).
OFFLINE_REPORT = r"""
import json as _json, socket as _socket
_attempts = list(_socket.offline_attempts)
try:
    _socket.create_connection(("192.0.2.1", 80), timeout=2).close()
    _probe = "connected"
except OSError as _error:
    _probe = "blocked" if "blocked by the offline test" in str(_error) else f"not blocked by the guard: {_error}"
print("OFFLINE-REPORT " + _json.dumps({"attempts": _attempts, "probe": _probe}))
"""


@dataclass
class Run:
    notebook: str
    run: int
    error: str = ""
    attempts: list[str] = field(default_factory=list)
    probe: str = ""
    wrote: bool = False


@dataclass
class CourseRuns:
    notebooks: list[str]
    runs: list[Run]
    output: Path
    workdirs: list[Path]
    files_after: list[set[str]]
    inputs_before: dict[str, str]
    inputs_after: dict[str, str]

    def failures(self, run: int) -> list[str]:
        return [f"{r.notebook}: {r.error}" for r in self.runs if r.run == run and r.error]


def report_of(nb) -> dict:
    for output in nb.cells[-1].get("outputs", []):
        for line in output.get("text", "").splitlines():
            if line.startswith("OFFLINE-REPORT "):
                return json.loads(line.removeprefix("OFFLINE-REPORT "))
    raise AssertionError("the notebook's last cell printed no offline report")


def describe(error: CellExecutionError) -> str:
    """``ename: evalue`` and the start of the cell that raised (nbclient's message quotes it first)."""
    cell = str(error).split("------------------")[1].strip() if str(error).count("------------------") >= 2 else "?"
    return f"{error.ename}: {error.evalue} (in the cell: {cell[:200]!r})"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size and modification time: what a run changed."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def course_runs(tmp_path_factory, point_helpers_at, inputs_fingerprint) -> CourseRuns:
    notebooks = list(reversed(course_notebooks()))
    output = tmp_path_factory.mktemp("course") / "output"
    before = point_helpers_at(OUTPUT=output) + "\n" + OFFLINE_GUARD
    inputs_before = inputs_fingerprint()
    runs, workdirs, files_after, writers = [], [], [], []
    for number, sequence in ((1, notebooks), (2, writers)):
        workdir = tmp_path_factory.mktemp(f"unrelated-working-directory-run{number}")
        workdirs.append(workdir)
        for notebook in sequence:
            run = Run(paths.relative(notebook), number)
            state = snapshot(output)
            try:
                nb = run_in_memory(notebook, before=before, after=OFFLINE_REPORT, cwd=workdir)
                report = report_of(nb)
                run.attempts, run.probe = report["attempts"], report["probe"]
            except CellExecutionError as error:
                run.error = describe(error)
            run.wrote = snapshot(output) != state
            if number == 1 and run.wrote:
                writers.append(notebook)
            runs.append(run)
        files_after.append(files_under(output) if output.is_dir() else set())
    return CourseRuns(
        notebooks=[paths.relative(nb) for nb in notebooks],
        runs=runs,
        output=output,
        workdirs=workdirs,
        files_after=files_after,
        inputs_before=inputs_before,
        inputs_after=inputs_fingerprint(),
    )


def test_every_notebook_runs_in_a_fresh_kernel_in_reverse_order_from_an_unrelated_folder(course_runs):
    assert course_runs.notebooks, "no notebook found"
    assert any(name.startswith("notebooks/solutions/") for name in course_runs.notebooks), "the solutions are run too"
    failures = course_runs.failures(1)
    assert not failures, "first run (reverse order, empty output, unrelated working directory):\n" + "\n".join(failures)


def test_every_notebook_that_writes_runs_again_over_the_files_the_first_run_wrote(course_runs):
    assert course_runs.files_after[0], "the first run wrote no file under OUTPUT, so the second run proves nothing"
    assert any(r.run == 2 for r in course_runs.runs), "no notebook ran a second time"
    failures = course_runs.failures(2)
    assert not failures, "second run, over the first run's output files:\n" + "\n".join(failures)


def test_a_second_run_rewrites_the_same_files_instead_of_adding_new_ones(course_runs):
    first, second = course_runs.files_after
    assert second == first, f"files only after the second run: {sorted(second - first)}"


def test_no_notebook_tries_the_network(course_runs):
    tried = [
        f"{r.notebook} (run {r.run}): {r.attempts or r.error}"
        for r in course_runs.runs
        if r.attempts or "blocked by the offline test" in r.error
    ]
    assert not tried, "these notebooks tried to reach the network:\n" + "\n".join(tried)
    finished = [r for r in course_runs.runs if not r.error]
    assert finished, "no notebook ran to the end"
    unguarded = [f"{r.notebook} (run {r.run}): {r.probe}" for r in finished if r.probe != "blocked"]
    assert not unguarded, "the offline guard was not in force at the end of:\n" + "\n".join(unguarded)


def test_notebooks_write_nothing_in_the_working_directory(course_runs):
    stray = {str(w.name): sorted(files_under(w)) for w in course_runs.workdirs if files_under(w)}
    assert not stray, f"notebooks wrote outside helpers.paths.OUTPUT, relative to the working directory: {stray}"


def test_the_runs_leave_seeds_and_datasets_byte_identical(course_runs):
    before, after = course_runs.inputs_before, course_runs.inputs_after
    assert before and after == before, sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


# --------------------------------------------------------------------------- the guard itself can fail

GUARD_PROBE = r"""
import json, socket
results = {}
def attempt(name, call):
    try:
        call()
        results[name] = "ok"
    except OSError as error:
        results[name] = "blocked" if "blocked by the offline test" in str(error) else f"other: {error}"

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen()
port = listener.getsockname()[1]
attempt("loopback connect", lambda: socket.create_connection(("127.0.0.1", port), timeout=2).close())
attempt("localhost by name", lambda: socket.create_connection(("localhost", port), timeout=2).close())
attempt("raw connect to TEST-NET", lambda: socket.socket().connect(("192.0.2.1", 80)))
attempt("connect_ex to TEST-NET", lambda: socket.socket().connect_ex(("192.0.2.1", 80)))
attempt("create_connection to a host name", lambda: socket.create_connection(("example.org", 443), timeout=2))
attempt("DNS look-up", lambda: socket.getaddrinfo("example.org", 443))
attempt("UDP sendto", lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("192.0.2.1", 53)))
print(json.dumps({"results": results, "attempts": socket.offline_attempts}))
"""


def test_the_offline_guard_blocks_every_non_loopback_address_and_lets_loopback_through():
    """Without this, a guard that blocked nothing would let the offline test pass on any notebook."""
    probe = subprocess.run(
        [sys.executable, "-c", OFFLINE_GUARD + GUARD_PROBE], capture_output=True, text=True, timeout=60
    )
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert result["results"] == {
        "loopback connect": "ok",
        "localhost by name": "ok",
        "raw connect to TEST-NET": "blocked",
        "connect_ex to TEST-NET": "blocked",
        "create_connection to a host name": "blocked",
        "DNS look-up": "blocked",
        "UDP sendto": "blocked",
    }
    assert len(result["attempts"]) == 5, result["attempts"]
