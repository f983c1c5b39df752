"""Two independent clauses joined only by a comma ("We checked the stock, we found 20 units")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

SUBJECT_STARTS = {"we", "i", "they", "he", "she", "it", "this", "our", "the", "my", "their"}
SUBORDINATORS = {"because", "although", "though", "when", "after", "before", "if", "since", "as",
                 "while", "which", "that", "once", "until", "unless", "whereas", "whether", "so",
                 "who", "where", "however", "then", "also", "but", "and", "or", "not", "only",
                 "please", "thank", "thanks", "dear", "hello", "hi", "sincerely", "regards"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _finite(verb: Any) -> bool:
    return verb.tag_ in FINITE or any(c.tag_ in FINITE for c in verb.children if c.dep_.startswith("aux"))


def _finite_clause(tokens: list[Any]) -> bool:
    """Whether the tokens hold a subject attached to a finite verb among them."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ids and t.lower_ not in ("who", "which"):
            verb = t.head
            if verb.dep_ in ("relcl", "advcl", "acl", "csubj", "pcomp", "pobj"):
                continue  # "By the time the notice arrived, ..." is not a main clause
            if _finite(verb):
                return True
    return False


def _right_verb(first: Any, comma: Any) -> Any | None:
    subject = first if first.dep_ in ("nsubj", "nsubjpass") else first.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.i - first.i > 3:
        return None
    verb = subject.head
    return verb if _finite(verb) and verb.i > comma.i else None


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """Flag ", <subject> <finite verb>" after a main clause with no subordinator."""
    for sentence in letter.sentences:
        span = sentence.span
        if sentence.is_heading or ":" in span.text or '"' in span.text:
            continue
        tokens = list(span)
        for k, comma in enumerate(tokens[:-2]):
            if comma.text != ",":
                continue
            first = tokens[k + 1]
            left = tokens[:k]
            rest = " ".join(t.lower_ for t in tokens[k + 1:])
            if first.lower_ not in SUBJECT_STARTS or not left:
                continue
            if any(t.lower_ in SUBORDINATORS or t.dep_ == "mark" for t in left):
                continue
            if " , and " in f" {rest} " or " , or " in f" {rest} " or " , but " in f" {rest} ":
                continue
            verb = _right_verb(first, comma)
            if verb is None or not _finite_clause(left):
                continue
            end = verb.idx + len(verb.text)
            clause = letter.text[first.idx:end]
            yield Hit(comma.idx, end, {"match": letter.text[comma.idx:end]},
                      (". " + clause[0].upper() + clause[1:], "; " + clause))
            break
