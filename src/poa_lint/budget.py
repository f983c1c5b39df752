"""The time budget of one letter: a deadline that pattern matching and the engine respect.

`letter_budget(seconds)` sets the deadline for the code inside it (per thread). Untrusted
patterns (`regexsafety.SafePattern`) match with the time that is left and the engine checks it
between blocks and rules (`check`), so a letter that runs past its budget raises
`BudgetExceeded` and gets an error of its own while the batch goes on. In the main thread of a
process (the CLI and its `--jobs` workers) a timer signal is the backstop for work that never
returns to a check (spaCy's tokenizer on pathological text, for instance)."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0   # a normal letter takes well under a second


class BudgetExceeded(Exception):
    """A letter ran past its time budget; str() is the one-line reason."""


_state = threading.local()


def remaining() -> float | None:
    """Seconds left for the current letter (None: no budget set in this thread)."""
    deadline = getattr(_state, "deadline", None)
    return None if deadline is None else deadline - time.monotonic()


def check() -> None:
    """Raise BudgetExceeded when the current letter is past its budget (or was cancelled)."""
    cancelled = getattr(_state, "cancelled", None)
    if cancelled is not None and cancelled.is_set():
        raise BudgetExceeded("cancelled (a newer version of the document came in)")
    left = remaining()
    if left is not None and left <= 0:
        raise BudgetExceeded(exceeded_message(getattr(_state, "seconds", 0.0)))


def exceeded_message(seconds: float) -> str:
    return (f"took longer than the time limit of {seconds:g} s per letter and was not checked "
            f"(unusual text, such as very long runs of symbols, or a slow pattern in a rule pack)")


def _on_alarm(signum: int, frame: object) -> None:
    raise BudgetExceeded(exceeded_message(getattr(_state, "seconds", 0.0)))


@contextmanager
def letter_budget(seconds: float | None, cancelled: threading.Event | None = None) -> Iterator[None]:
    """Run the body under a deadline of `seconds` (None or 0: no limit) and an optional
    cancellation event (the language server sets it when a newer version arrives)."""
    previous = (getattr(_state, "deadline", None), getattr(_state, "seconds", None),
                getattr(_state, "cancelled", None))
    _state.deadline = time.monotonic() + seconds if seconds else None
    _state.seconds = seconds or 0.0
    _state.cancelled = cancelled
    alarm = bool(seconds) and hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()
    old_handler = None
    if alarm:
        old_handler = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(seconds) + 0.5)  # the cooperative check fires first
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler or signal.SIG_DFL)
        _state.deadline, _state.seconds, _state.cancelled = previous
