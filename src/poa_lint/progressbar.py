"""A progress bar for long batch runs, drawn on stderr only when it is a terminal."""

from __future__ import annotations

import time
from typing import TextIO

DELAY_SECONDS = 1.0      # short runs never show a bar
WIDTH = 30


class ProgressBar:
    """Call with (done, total) as letters finish; close() erases the bar."""

    def __init__(self, stream: TextIO, enabled: bool, delay: float = DELAY_SECONDS) -> None:
        self.stream = stream
        self.enabled = enabled
        self.started = time.monotonic()
        self.delay = delay
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 1 or done >= total or time.monotonic() - self.started < self.delay:
            return
        filled = WIDTH * done // total
        self.stream.write(f"\rpoa-lint [{'#' * filled}{'-' * (WIDTH - filled)}] {done}/{total} letters")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\r" + " " * (WIDTH + 40) + "\r")
            self.stream.flush()
            self.drawn = False
