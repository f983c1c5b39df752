"""A word followed by a preposition it does not take: "comply to", "responsible of", "discuss
about" (the pairs are data: rules/lists/collocations.txt)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

OWNING_VERBS = {"take", "accept", "bear", "assume", "express", "show", "admit", "offer", "owe"}
DURATIONS = {"days", "weeks", "months", "years", "hours", "minutes"}
_POS = {"v": ("VERB",), "a": ("ADJ", "VERB"), "n": ("NOUN",), "x": ("VERB", "ADP", "NOUN", "ADJ")}


@cache
def table(lines: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, str]]:
    """(lemma, wrong preposition) -> (part of speech, right preposition or '-')."""
    out = {}
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 4:
            word, pos, wrong, right = parts
            out[(word, wrong)] = (pos, right)
    return out


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    pairs = table(letter.data.entries("collocations.txt"))
    for sentence in letter.sentences:
        span = sentence.span
        doc, end = span.doc, span.end
        for tok in span:
            if tok.i + 1 >= end:
                break
            nxt = doc[tok.i + 1]
            if tok.lower_ == "since" and nxt.like_num and tok.i + 2 < end and \
                    doc[tok.i + 2].lower_ in DURATIONS:
                yield Hit(tok.idx, tok.idx + len(tok.text),
                          {"match": doc[tok.i:tok.i + 3].text, "fix": f"for {nxt.text} {doc[tok.i + 2].text}",
                           "advice": 'a length of time takes "for" ("since" takes a starting point)'},
                          ("for",))
                continue
            for key in ((tok.lemma_.lower(), nxt.lower_), (tok.lower_, nxt.lower_)):
                entry = pairs.get(key)
                if entry is None or tok.pos_ not in _POS[entry[0]]:
                    continue
                if entry[0] == "x" and key[0] != tok.lower_:
                    continue  # "x" entries are exact word forms ("regarding to", "lacking of")
                if nxt.tag_ == "TO":
                    continue  # an infinitive ("arrive to find") is another construction
                if entry[0] == "n" and nxt.lower_ == "of" and (tok.i == 0 or doc[tok.i - 1].tag_ != "PRP$") \
                        and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in OWNING_VERBS
                                 and not any(c.lower_ == "the" for c in tok.children)):
                    continue  # "the concern of the buyer" names whose concern; "your concern of",
                    # "we take full responsibility of" cannot
                right = entry[1]
                match = f"{tok.text} {nxt.text}"
                fix = tok.text if right == "-" else f"{tok.text} {right}"
                yield Hit(tok.idx, nxt.idx + len(nxt.text),
                          {"match": match, "fix": fix,
                           "advice": f'"{tok.text}" takes its object directly' if right == "-"
                           else f'"{tok.text}" takes "{right}"'}, (fix,))
                break
