"""Work over many files on several cores, results in input order.

:func:`imap` is the one way every command spreads per-file work (``validate``,
``fmt --check``, ``registry build``): results come back in the order of the inputs, so
the output of ``--jobs 4`` is byte-identical to ``--jobs 1``; with one job (or one
input) the work runs in this process.  Worker processes ignore Ctrl-C: the parent
alone takes the interrupt, cancels what has not started and stops the workers, so a
Ctrl-C prints no traceback from any child.

The function given to :func:`imap` runs in a child process: it must be a module-level
function, and what it returns must pickle (findings, not models).
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

A = TypeVar("A")
B = TypeVar("B")


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunk(func: Callable[[A], B], args: list[A]) -> list[B]:
    return [func(a) for a in args]


def imap(func: Callable[[A], B], items: Iterable[A], jobs: int | None = None,
         chunk: int = 8) -> Iterator[B]:
    """``func`` of every item, in input order, on ``jobs`` processes (default: every core).

    Items go to the workers in chunks of ``chunk``; at most ``2 × jobs`` chunks are in
    flight, so memory stays flat however many items there are.
    """
    items = list(items)
    jobs = default_jobs() if jobs is None else max(1, jobs)
    if jobs == 1 or len(items) <= 1:
        for item in items:
            yield func(item)
        return
    from concurrent.futures import ProcessPoolExecutor  # not on the start path of one file

    chunk = max(1, min(chunk, len(items) // (jobs * 4) or 1))
    chunks = [items[i:i + chunk] for i in range(0, len(items), chunk)]
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=_ignore_interrupt)
    pending: deque[Future[list[B]]] = deque()
    try:
        todo = iter(chunks)
        for part in todo:
            pending.append(pool.submit(_chunk, func, part))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            done = pending.popleft().result()
            for part in todo:
                pending.append(pool.submit(_chunk, func, part))
                break
            yield from done
    except BaseException:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
