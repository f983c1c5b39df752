"""ALL-CAPS words that are not acronyms, headings or names (shouting; domain brief §2 B20)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

CAPS = re.compile(r"\b[A-Z][A-Z']{2,}\b")
# Three-letter capitals are usually acronyms (RMA, QC, CBD); flag only these common words.
SHORT_WORDS = {
    "NOT", "WHY", "BEG", "ALL", "ANY", "YOU", "OUR", "THE", "AND", "BUT", "WAS", "ARE", "HAS",
    "HAD", "CAN", "DID", "NOW", "HOW", "OUT", "BAD", "SAD", "WHO", "ITS", "HIS", "HER", "OWN",
    "TOO", "YES", "BIG", "GET", "GOT", "PLS", "PLZ", "NEW", "OLD", "ONE", "TWO", "FOR", "NOR",
    "MAY", "SAY", "SEE", "USE", "WAY", "DAY", "BUY", "PAY", "TRY", "ASK", "LET", "PUT", "RUN",
    "FIX", "MAD", "SHE", "HIM", "LIE", "WIN", "END", "OFF", "VERY",
}


def _heading_like(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


def shouting(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each all-caps common word (not a known acronym, proper noun or heading line)."""
    allowed = {a.upper() for a in letter.data.lists["acronyms.txt"]}
    allowed |= {str(a).upper() for a in options.get("allow", ())}
    doc = letter.doc
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        for match in CAPS.finditer(letter.text, sent.start, sent.end):
            word = match.group(0)
            if word in allowed or (len(word) == 3 and word not in SHORT_WORDS):
                continue
            line_start = letter.text.rfind("\n", 0, match.start()) + 1
            line_end = letter.text.find("\n", match.end())
            line = letter.text[line_start:line_end if line_end != -1 else len(letter.text)]
            if _heading_like(line):
                continue
            span = doc.char_span(match.start(), match.end())
            if span is not None and span[0].pos_ in ("PROPN", "X") and len(word) > 3:
                if word.lower() not in ("never", "please", "not", "very", "fake", "unfair", "help"):
                    continue
            yield Hit(match.start(), match.end(), fields={"phrase": word})
