"""A NotebookClient that never sleeps through a kernel's reply (the "widget cell stall").

The stall: after a cell that opens many widgets (lesson 06's ``widgets.interactive``), nbclient
sometimes waited one full cell timeout and then went on with no error. The kernel had replied
at once (the reply's own timestamp says so); the reply sat unread in the client's shell socket.

The cause is in the client: nbclient waits for the reply with ONE ``shell_channel.get_msg(timeout=
<cell timeout>)``, which jupyter_client's asyncio channel turns into pyzmq's asyncio ``poll``. That
poll wakes on the zmq socket's file descriptor, and a zmq FD is edge-triggered: it signals only
when the socket's command queue goes from empty to non-empty. While the client is busy handling
the burst of IOPub messages a widget cell sends (comm_open for every widget, the Output widget's
redirected display data), the reply can arrive without a fresh edge being seen, and the poll then
sleeps until its timeout; at the timeout pyzmq looks again (``poll(0)``), finds the reply, and
nbclient carries on as if nothing happened. How often the edge is missed depends on timing (load,
locale, message sizes), hence "always under LANG=C on one machine, 5 in 21 runs on another".
Known upstream: jupyter/nbclient#312 (and nbconvert#1921, #2029); not fixed in nbclient 0.11.

The fix here: split the one long wait into short ones. Each short poll that times out makes pyzmq
look at the socket itself, so a reply that missed its wake-up is read within ``SLICE`` seconds;
the cell timeout (the deadline) is unchanged. Use ``CourseNotebookClient`` wherever
``nbclient.NotebookClient`` was used; it takes the same arguments.
"""

from __future__ import annotations

import time
from queue import Empty

from nbclient import NotebookClient

#: Longest time a reply can sit unread in the shell socket (seconds).
SLICE = 0.25


def poll_in_slices(channel, slice_seconds: float = SLICE) -> None:
    """Make ``channel.get_msg(timeout=T)`` wait in slices of at most ``slice_seconds``, same deadline T."""
    if getattr(channel.get_msg, "polls_in_slices", False):
        return
    original = channel.get_msg

    async def get_msg(timeout: float | None = None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                return await original(timeout=slice_seconds if left is None else min(slice_seconds, left))
            except Empty:
                if left is not None and left <= slice_seconds:
                    raise

    get_msg.polls_in_slices = True
    channel.get_msg = get_msg


class CourseNotebookClient(NotebookClient):
    """``nbclient.NotebookClient`` whose wait for each execute reply cannot miss the reply (see module doc)."""

    async def async_start_new_kernel_client(self):
        kc = await super().async_start_new_kernel_client()
        poll_in_slices(kc.shell_channel)
        poll_in_slices(kc.iopub_channel)
        return kc
