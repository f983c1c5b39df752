"""Linting a group of drafts: in this process with nlp.pipe, or over --jobs forked worker processes.

Every letter runs under a time budget (`budget.letter_budget`): a chunk of letters gets the budget
of all its letters, and when it runs out each letter of the chunk is linted again alone, so only
the letter that is too slow gets an error and the batch goes on. Workers end with the parent: a
Unix parent that dies (SIGTERM, SIGKILL) takes them with it, and any exception in the parent
(KeyboardInterrupt, SystemExit from SIGTERM) terminates the pool."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from poa_lint.budget import DEFAULT_SECONDS, BudgetExceeded, letter_budget
from poa_lint.finding import Finding

MIN_FILES_PER_JOB = 8   # a worker pays for itself only with several letters (see README, --jobs)
CHUNK = 4               # letters per task: small enough for a smooth progress bar

Progress = Callable[[int], None]       # called with the number of letters just finished
Jobs = int | Literal["auto"]           # --jobs: a number of processes, or "auto" (the default)


@dataclass(frozen=True)
class Linted:
    """What a report needs from one linted letter (picklable, unlike the spaCy-backed Letter);
    `error` is set when the letter ran past its time budget (then nothing else is)."""

    findings: tuple[Finding, ...]
    words: int
    extra: Mapping[str, Any] = field(default_factory=dict)
    error: str | None = None


_worker: tuple[Any, Callable[[Any], Mapping[str, Any]], float | None] | None = None   # set before forking


def _lint(linter: Any, extra: Callable[[Any], Mapping[str, Any]],
          items: Sequence[tuple[str, str]], seconds: float | None) -> list[Linted]:
    try:
        with letter_budget(seconds * len(items) if seconds else None):
            return [Linted(r.findings, r.letter.words, extra(r.letter)) for r in linter.lint_many(items)]
    except BudgetExceeded as exc:
        if len(items) == 1:
            return [Linted((), 0, {}, str(exc))]
    return [one for item in items for one in _lint(linter, extra, [item], seconds)]


def _die_with_parent() -> None:
    """In a worker: default signal handling, and (Linux) a SIGKILL when the parent dies."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)   # the parent handles Ctrl-C and ends the pool
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _task(items: list[tuple[str, str]]) -> tuple[list[Linted], tuple[str, ...]]:
    assert _worker is not None
    linter, extra, seconds = _worker
    return _lint(linter, extra, items, seconds), tuple(linter.notices)


def free_cores() -> int:
    """Cores this process may run on that the machine's load (1-minute average) leaves idle; at
    least 1 (the core this process runs on when all are busy)."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:          # not on Linux
        usable = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        busy = 0.0
    return max(1, usable - int(busy))   # a core counts as busy only when fully used


def parallel_jobs(jobs: Jobs, files: int) -> int:
    """How many worker processes to use for `files` letters when --jobs asked for `jobs`: "auto"
    takes the free cores, and any number is used only from MIN_FILES_PER_JOB letters per worker."""
    if jobs == "auto":
        jobs = free_cores()
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(jobs, files // MIN_FILES_PER_JOB))


def lint_group(linter: Any, items: Sequence[tuple[str, str]], jobs: Jobs,
               extra: Callable[[Any], Mapping[str, Any]],
               progress: Progress | None = None,
               seconds: float | None = DEFAULT_SECONDS) -> tuple[list[Linted], tuple[str, ...]]:
    """Lint (path, text) pairs in order; returns the results and the workers' engine notices.
    `seconds` is the time budget of one letter (None: no limit)."""
    workers = parallel_jobs(jobs, len(items))
    chunks = [list(items[i:i + CHUNK]) for i in range(0, len(items), CHUNK)]
    if workers == 1:
        out: list[Linted] = []
        for chunk in chunks:
            out.extend(_lint(linter, extra, chunk, seconds))
            if progress:
                progress(len(chunk))
        return out, ()
    global _worker
    _worker = (linter, extra, seconds)   # forked children inherit the loaded pipeline: no reload per worker
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_die_with_parent)
    try:
        out, notices = [], []
        for chunk, (linted, found) in zip(chunks, pool.imap(_task, chunks)):
            out.extend(linted)
            notices.extend(n for n in found if n not in notices)
            if progress:
                progress(len(chunk))
        pool.close()
        pool.join()
        return out, tuple(notices)
    finally:
        pool.terminate()
        _worker = None
