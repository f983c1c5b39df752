"""Two independent clauses joined only by a comma ("We checked the stock, we found 20 units")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

SUBJECT_STARTS = {"we", "i", "they", "he", "she", "it", "this", "our", "the", "my", "their", "some",
                  "many", "these", "those", "there", "you", "all", "each", "every", "most", "his",
                  "her", "its"}
SUBORDINATORS = {"because", "although", "though", "when", "after", "before", "if", "since", "as",
                 "while", "which", "once", "until", "unless", "whereas", "whether", "so",
                 "who", "where", "however", "but",
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
        tokens = list(span)
        colons = [k for k, t in enumerate(tokens) if t.text == ":"]
        if colons and colons[0] <= 2:  # a label ("C: At the same time, ...") is not a clause
            tokens, colons = tokens[colons[0] + 1:], colons[1:]
        if sentence.is_heading or colons or '"' in span.text or len(tokens) < 3:
            continue
        for k, comma in enumerate(tokens[:-2]):
            if comma.text != ",":
                continue
            first = tokens[k + 1]
            left = tokens[:k]
            rest = " ".join(t.lower_ for t in tokens[k + 1:])
            if k + 3 < len(tokens) and tokens[k + 2].lower_ == "of" \
                    and tokens[k + 3].lower_ in ("whom", "which"):
                continue  # "our employees, many of whom have families" is a relative clause
            if first.lower_ not in SUBJECT_STARTS or not left or left[0].tag_ == "IN":
                continue  # "In the event I am unsure of an item, we ..." opens with a phrase
            if any(t.lower_ in SUBORDINATORS or t.dep_ == "mark" and t.lower_ != "that" for t in left):
                continue
            if " , and " in f" {rest} " or " , or " in f" {rest} " or " , but " in f" {rest} ":
                continue
            verb = _right_verb(first, comma)
            if verb is None or not _finite_clause(left):
                continue
            after = verb.doc[verb.i + 1] if verb.i + 1 < span.end else None
            if after is not None and (after.lower_ in ("and", "or") or after.text == ",") \
                    and verb.tag_ == "VBP" and comma.i > 0 and verb.doc[comma.i - 1].tag_ in ("NN", "NNS"):
                continue  # "the manager, the operations lead and the staff": a list of nouns
            end = verb.idx + len(verb.text)
            clause = letter.text[first.idx:end]
            yield Hit(comma.idx, end, {"match": letter.text[comma.idx:end]},
                      (". " + clause[0].upper() + clause[1:], "; " + clause))
            break
