"""Linting a group of drafts: in this process with nlp.pipe, or over --jobs forked worker processes."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

from poa_lint.finding import Finding

MIN_FILES_PER_JOB = 8   # a worker pays for itself only with several letters (see README, --jobs)
CHUNK = 4               # letters per task: small enough for a smooth progress bar

Progress = Callable[[int], None]       # called with the number of letters just finished
Jobs = int | Literal["auto"]           # --jobs: a number of processes, or "auto" (the default)


@dataclass(frozen=True)
class Linted:
    """What a report needs from one linted letter (picklable, unlike the spaCy-backed Letter)."""

    findings: tuple[Finding, ...]
    words: int
    extra: Mapping[str, Any]


_worker: tuple[Any, Callable[[Any], Mapping[str, Any]]] | None = None   # set before forking


def _lint(linter: Any, extra: Callable[[Any], Mapping[str, Any]],
          items: Sequence[tuple[str, str]]) -> list[Linted]:
    return [Linted(r.findings, r.letter.words, extra(r.letter)) for r in linter.lint_many(items)]


def _task(items: list[tuple[str, str]]) -> tuple[list[Linted], tuple[str, ...]]:
    assert _worker is not None
    linter, extra = _worker
    return _lint(linter, extra, items), tuple(linter.notices)


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
               progress: Progress | None = None) -> tuple[list[Linted], tuple[str, ...]]:
    """Lint (path, text) pairs in order; returns the results and the workers' engine notices."""
    workers = parallel_jobs(jobs, len(items))
    chunks = [list(items[i:i + CHUNK]) for i in range(0, len(items), CHUNK)]
    if workers == 1:
        out: list[Linted] = []
        for chunk in chunks:
            out.extend(_lint(linter, extra, chunk))
            if progress:
                progress(len(chunk))
        return out, ()
    global _worker
    _worker = (linter, extra)   # forked children inherit the loaded pipeline: no reload per worker
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            out, notices = [], []
            for chunk, (linted, found) in zip(chunks, pool.map(_task, chunks)):
                out.extend(linted)
                notices.extend(n for n in found if n not in notices)
                if progress:
                    progress(len(chunk))
            return out, tuple(notices)
    finally:
        _worker = None
