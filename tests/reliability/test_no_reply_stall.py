"""No notebook run waits for a reply the kernel has already sent (issue 16, section 4).

The stall: after lesson 06's ``widgets.interactive`` cell, nbclient sometimes waited one full cell
timeout and then went on with no error (always under LANG=C on one machine). The kernel's reply
had been sent at once; it sat unread because one long poll of the shell socket missed its wake-up
(tools/nbclient_fix.py explains why). ``CourseNotebookClient`` polls in short slices instead.

- a fake channel that behaves like the stalled socket (the reply is only seen when a poll times
  out) shows that the sliced wait returns within a slice, and still honours the deadline;
- every course tool that executes notebooks uses the fixed client;
- lesson 06, executed under LANG=C LC_ALL=C, gets every cell's reply within seconds of the
  kernel's own timestamp on it (a stall would show as a wait of a whole cell timeout).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import json
import os
import subprocess
import sys
import time
from queue import Empty

import pytest

from helpers import course, paths
from tools.nbclient_fix import SLICE, CourseNotebookClient, poll_in_slices


def run_alone(make_coroutine):
    """Run a coroutine to the end in a thread of its own, with its own event loop.

    Another test in the same worker may hold this thread's event loop running (Playwright's sync API
    does, for the browser tests), and asyncio.run() refuses to start inside a running loop. The
    coroutine is made in that thread too, so a failure never leaves one un-awaited.
    """
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make_coroutine())).result()


class StalledChannel:
    """A shell channel whose reply is ready at once but only seen when a poll times out (the bug)."""

    def __init__(self, reply_after: float | None = 0.0):
        self.created = time.monotonic()
        self.reply_after = reply_after  # None: no reply ever

    async def get_msg(self, timeout=None):
        ready = self.reply_after is not None and time.monotonic() - self.created >= self.reply_after
        await asyncio.sleep(timeout if timeout is not None else 3600)  # the missed wake-up
        if self.reply_after is not None and time.monotonic() - self.created >= self.reply_after:
            return {"ready_before_poll": ready}
        raise Empty


def test_a_reply_that_missed_its_wakeup_is_read_within_a_slice():
    channel = StalledChannel(reply_after=0.0)
    poll_in_slices(channel)
    started = time.monotonic()
    run_alone(lambda: channel.get_msg(timeout=30))
    assert time.monotonic() - started < SLICE + 0.5, "the sliced wait should see the reply after one slice, not 30 s"


def test_the_sliced_wait_still_times_out_at_the_deadline():
    channel = StalledChannel(reply_after=None)
    poll_in_slices(channel)
    started = time.monotonic()
    with pytest.raises(Empty):
        run_alone(lambda: channel.get_msg(timeout=1))
    assert 0.9 < time.monotonic() - started < 1 + SLICE + 0.5


def test_without_the_fix_the_same_channel_stalls_for_the_whole_timeout():
    """The premise: one long poll of such a channel waits for its whole timeout."""
    channel = StalledChannel(reply_after=0.0)
    started = time.monotonic()
    run_alone(lambda: channel.get_msg(timeout=1.5))
    assert time.monotonic() - started >= 1.4


@pytest.mark.parametrize("module", ["tools.notebooks", "tools.bench", "tools.grade"])
def test_every_tool_that_executes_notebooks_uses_the_fixed_client(module):
    try:
        tool = importlib.import_module(module)
    except ModuleNotFoundError:
        pytest.skip(f"{module} does not exist")
    client = getattr(tool, "NotebookClient", None)
    source = (paths.ROOT / (module.replace(".", "/") + ".py")).read_text(encoding="utf-8")
    if client is None and "NotebookClient" not in source:
        pytest.skip(f"{module} executes no notebook")
    assert "from nbclient import NotebookClient" not in source and (
        client is None or issubclass(client, CourseNotebookClient)
    ), (
        f"{module} should execute notebooks with tools.nbclient_fix.CourseNotebookClient "
        "(`from tools.nbclient_fix import CourseNotebookClient as NotebookClient`)"
    )


#: Executes a lesson with the fixed client and prints, per cell, how long after the kernel's reply
#: (its own timestamp) the client had the reply in hand.
MEASURE = r"""
import datetime, json, sys
from pathlib import Path
import nbformat
from tools.nbclient_fix import CourseNotebookClient

lags = {}
def executed(cell, cell_index, execute_reply):
    sent = execute_reply["header"]["date"]
    now = datetime.datetime.now(datetime.timezone.utc)
    lags[cell_index] = (now - sent).total_seconds()

path = Path(sys.argv[1])
nb = nbformat.read(path, as_version=4)
CourseNotebookClient(nb, kernel_name="python3", timeout=int(sys.argv[2]), on_cell_executed=executed,
                     resources={"metadata": {"path": str(path.parent)}}).execute()
print("LAGS " + json.dumps(lags))
"""


def test_lesson_06_under_lang_c_gets_every_reply_at_once():
    lesson = next(p for p in course.lesson_paths() if "widgets.interactive(" in p.read_text(encoding="utf-8"))
    cell_timeout = 60
    env = {**os.environ, "LANG": "C", "LC_ALL": "C"}
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(lesson), str(cell_timeout)],
        cwd=paths.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    line = next((line for line in done.stdout.splitlines() if line.startswith("LAGS ")), None)
    assert line, done.stderr[-3000:]
    lags = json.loads(line[len("LAGS ") :])
    worst = max(lags, key=lags.get)
    assert lags[worst] < 5, (
        f"cell {worst} of {lesson.name}: the client had the reply {lags[worst]:.1f} s after the "
        f"kernel sent it (the whole run took {time.monotonic() - started:.0f} s)"
    )
