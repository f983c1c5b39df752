"""A retraction described as attached or forwarded: Amazon accepts only those the rights owner sends."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

ATTACHED = re.compile(
    r"\bretractions?\b[^.\n]{0,60}\b(attached|attach|enclosed|enclose|forwarded|forward|forwarding|"
    r"included|include|below)\b|\b(attached|attach|enclosed|enclose|forwarded|forward|forwarding|"
    r"include|included)\b[^.\n]{0,60}\bretractions?\b", re.I)
UNDERSTOOD = re.compile(r"\bdirectly\b|\b(do(es)?n'?t|do(es)? not|cannot|can't|won't|will not|only)\s+"
                        r"(accept|be accepted)|\bnot accepted\b|\baccepts? only\b", re.I)


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """One hit per sentence that offers an attached or forwarded retraction."""
    for sentence in letter.sentences:
        text = letter.norm[sentence.start:sentence.end]
        match = ATTACHED.search(text)
        if match and not UNDERSTOOD.search(text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            yield Hit(start, end, fields={"subject": "retraction"})
