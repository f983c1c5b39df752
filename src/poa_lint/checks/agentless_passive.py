"""Passives that hide who acted ("mistakes were made", "the wrong item was sent")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

# Verbs whose passive, in a root cause or an action, leaves the reviewer asking "who did this?".
VERBS = {"send", "ship", "create", "list", "upload", "pack", "label", "source", "buy", "purchase",
         "make", "sell", "miss", "forget", "overlook", "ignore", "mislabel", "misplace", "print",
         "restock", "mix", "switch", "publish", "post", "enter", "approve", "assign", "handle",
         "put", "store", "change", "skip", "omit", "neglect", "write"}


def _span(verb: Any) -> tuple[int, int]:
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    start_tok = subject.left_edge if subject is not None else verb
    while start_tok.i < verb.i and start_tok.dep_ in ("cc", "advmod", "mark", "punct", "prep"):
        start_tok = start_tok.doc[start_tok.i + 1]
    if verb.i - start_tok.i > 8:
        start_tok = next((c for c in verb.children if c.dep_ == "auxpass"), verb)
    return start_tok.idx, verb.idx + len(verb.text)


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """A passive verb from VERBS with no by-agent (the rule's scope picks the parts)."""
    for sentence in letter.sentences:
        if sentence.is_heading:
            continue
        for tok in sentence.span:
            if tok.tag_ != "VBN" or tok.lemma_.lower() not in VERBS:
                continue
            children = list(tok.children)
            if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
                continue
            doc = tok.doc
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
            if tok.lemma_.lower() == "make" and nxt is not None and (
                    nxt.lower_ in ("of", "from") or (nxt.lower_ == "in" and after is not None
                                                     and after.text[:1].isupper())):
                continue  # "made of plastic", "made in China"
            start, end = _span(tok)
            yield Hit(start, end, {"match": letter.text[start:end]})
