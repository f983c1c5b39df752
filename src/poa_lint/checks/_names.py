"""Whether a draft names a company or account given in the notice (tolerant of legal suffixes)."""

from __future__ import annotations

import re

SUFFIXES = {"inc", "llc", "ltd", "limited", "gmbh", "ag", "ab", "co", "corp", "corporation", "company",
            "sa", "sas", "srl", "bv", "plc", "pty", "kg", "the", "and", "of", "trading", "store", "shop"}


def distinctive_words(name: str) -> list[str]:
    """The words of a name that identify it (no legal suffixes or filler)."""
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9&'-]*", name)
    return [w for w in words if w.lower().strip(".") not in SUFFIXES and len(w) >= 3]


def names(text: str, name: str, email: str | None = None) -> bool:
    """True when `text` contains the name (its distinctive words in order) or the e-mail address."""
    if email and email.lower() in text.lower():
        return True
    words = distinctive_words(name)
    if not words:
        return name.lower() in text.lower()
    pattern = r"\b" + r"[\s\W]{1,3}".join(re.escape(w) for w in words) + r"\b"
    if re.search(pattern, text, re.I):
        return True
    # a one-word brand used alone ("Kettlecraft" for "Kettlecraft Brands Inc.")
    first = words[0]
    return len(words) > 1 and len(first) >= 5 and bool(re.search(rf"\b{re.escape(first)}\b", text))
