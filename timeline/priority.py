"""Bulk work gives way to the web server on the CPU.

`os.nice` alone does not do it on Linux with autogroup scheduling (on by
default, `/proc/sys/kernel/sched_autogroup_enabled`): the kernel first shares
the CPU equally between sessions (each terminal, each service started with
its own session is an autogroup), and ranks nice values only among the
processes of one session. A worker started in a session of its own took, at
nice 10, a whole share from the web server's session: a page waited for a
core as if the worker ran at nice 0. Setting the session's own nice
(`/proc/self/autogroup`) makes the whole session give way. Unprivileged
processes may raise it (lower their priority), never lower it.

The session's nice applies to every process of the session, so bulk work
should run in a session of its own (`bin/start` starts its worker with
`setsid`; a terminal or a service is one already), not in the web server's.
"""
from __future__ import annotations

import os

AUTOGROUP = "/proc/self/autogroup"


def give_way(nice: int) -> None:
    """Lower this process's CPU priority (and its session's) by `nice`."""
    if nice <= 0:
        return
    if hasattr(os, "nice"):
        os.nice(nice)
    try:
        # The session's nice is absolute ("/autogroup-7 nice 0"): never write one below the
        # session's own, which would raise its priority where the process may (as root).
        with open(AUTOGROUP) as autogroup:
            now = autogroup.read().split()
        if len(now) >= 3 and now[-2] == "nice" and now[-1].lstrip("-").isdigit() and \
                int(now[-1]) >= min(nice, 19):
            return
        with open(AUTOGROUP, "w") as autogroup:
            autogroup.write(str(min(nice, 19)))
    except OSError:
        pass  # not Linux, autogroup off or compiled out: os.nice is all there is
