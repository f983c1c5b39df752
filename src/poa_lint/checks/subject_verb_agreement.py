"""Subject-verb agreement slips ("the buyer say", "we was", "there is many"), parse-guarded."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

COLLECTIVE = {"team", "staff", "management", "company", "family", "police", "people", "personnel",
              "crew", "department", "group", "majority", "number", "series", "data", "media",
              "amazon", "warehouse", "factory", "headquarters", "news", "goods"}
PLURAL_DETS = {"these", "those", "many", "several", "both", "all", "few", "various", "multiple"}
SUBJUNCTIVE_HEADS = {"suggest", "recommend", "require", "request", "insist", "ask", "demand",
                     "propose", "ensure", "make", "let", "help", "see", "watch", "have"}
_REGEXES = (
    (re.compile(r"\b(?:we|they|you)\s+(?P<hit>was)\b", re.I), "were"),
    (re.compile(r"\bthere\s+(?P<hit>is|was)\s+(?=(?:many|several|\d{2,}|[2-9]|two|three|four|five|"
                r"six|lots\s+of|a\s+lot\s+of\s+\w+s)\b)", re.I), None),
    (re.compile(r"(?<!\bdoes )(?<!\bdid )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )"
                r"(?<!\bshould )(?<!\bmay )(?<!\bmight )(?<!\bto )(?<!\bnot )\b(?:he|she|it)\s+"
                r"(?P<hit>have|do|don't)\b", re.I), None),
)
BASE_VERBS = {"check", "ship", "send", "inspect", "forget", "update", "pack", "review", "use", "sell",
              "list", "make", "take", "know", "need", "want", "handle", "follow", "receive",
              "contact", "reply", "say", "think", "open", "complain", "ask", "work", "buy", "order",
              "test", "label", "print", "miss", "sign", "upload", "monitor", "confirm", "give",
              "deliver", "pick", "keep", "tell", "write", "provide", "change", "put", "leave"}
_TO_PLURAL = {"has": "have", "does": "do", "is": "are", "was": "were"}
_TO_SINGULAR = {"have": "has", "do": "does", "are": "is", "were": "was", "don't": "doesn't"}


def third_person(verb: str) -> str:
    """'check' -> 'checks', 'ship' -> 'ships', 'reply' -> 'replies', 'do' -> 'does'."""
    low = verb.lower()
    if low in _TO_SINGULAR:
        return _TO_SINGULAR[low]
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    if re.search(r"(s|sh|ch|x|z|o)$", low):
        return verb + "es"
    return verb + "s"


def plural_form(verb: str) -> str:
    """'checks' -> 'check', 'replies' -> 'reply', 'has' -> 'have'."""
    low = verb.lower()
    if low in _TO_PLURAL:
        return _TO_PLURAL[low]
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(sses|shes|ches|xes|zes|oes)$", low):
        return verb[:-2]
    return verb[:-1] if low.endswith("s") else verb


def _subject(verb: Any) -> Any | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def _parse_hits(sentence: Any) -> Iterator[tuple[Any, Any, str]]:
    for tok in sentence.span:
        bare = tok.tag_ == "VB" and tok.dep_ in ("ROOT", "conj") and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children) and tok.lower_ in BASE_VERBS
        # "our inspector check" is parsed as a bare VB ROOT, but so are unknown past forms
        # ("rewrote"), hence the closed list of base forms
        if not (tok.tag_ in ("VBP", "VBZ") or bare) or tok.dep_ in ("relcl", "aux", "auxpass", "amod"):
            continue
        subj = _subject(tok)
        if subj is None or subj.i > tok.i or any(c.dep_ in ("conj", "cc") for c in subj.children):
            continue
        if subj.lemma_.lower() in COLLECTIVE or subj.lower_ in ("who", "that", "which", "what"):
            continue
        if any(c.dep_ in ("aux", "neg") and c.i < tok.i and c.tag_ in ("MD", "VBD", "TO")
               for c in tok.children):
            continue
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SUBJUNCTIVE_HEADS:
            continue
        if tok.i - subj.i > 6:  # long-distance subjects are where the parser guesses
            continue
        singular = subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it")
        if tok.tag_ in ("VBP", "VB") and singular and tok.lower_ not in ("am",) and subj.tag_ != "PRP$":
            yield tok, subj, third_person(tok.text)
        elif tok.tag_ == "VBZ" and subj.tag_ in ("NNS", "NNPS"):
            yield tok, subj, plural_form(tok.text)


def _aux_hits(sentence: Any) -> Iterator[tuple[Any, Any, str]]:
    """A first auxiliary have/has/do/does/is/are/was/were that disagrees with a noun subject."""
    for tok in sentence.span:
        if tok.dep_ not in ("aux", "auxpass") or tok.lower_ not in _TO_PLURAL | _TO_SINGULAR:
            continue
        verb = tok.head
        if min((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=tok.i) != tok.i:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].i > tok.i or tok.i - subjects[0].i > 6:
            continue
        subj = subjects[0]
        if subj.lemma_.lower() in COLLECTIVE or any(c.dep_ in ("conj", "cc") for c in subj.children):
            continue
        if subj.tag_ == "NN" and any(c.lower_ in PLURAL_DETS or c.like_num for c in subj.children):
            continue  # "these product were": the noun is wrong (grammar.quantifier-singular)
        if subj.tag_ in ("NNS", "NNPS") and tok.lower_ in _TO_PLURAL:
            yield tok, subj, _TO_PLURAL[tok.lower_]
        elif subj.tag_ == "NN" and tok.lower_ in ("have", "do", "are", "were", "don't"):
            yield tok, subj, _TO_SINGULAR[tok.lower_]


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    """Regex for the unambiguous forms, then the parse for a noun subject and a present verb."""
    seen: set[int] = set()
    for rx, fix in _REGEXES:
        for m in rx.finditer(letter.norm):
            start, end = m.span("hit")
            word = m.group("hit")
            suggestion = fix or (_TO_PLURAL.get(word.lower()) or _TO_SINGULAR.get(word.lower(), ""))
            seen.add(start)
            yield Hit(start, end, {"match": letter.text[start:end], "detail": ""},
                      (suggestion,) if suggestion else ())
    for sentence in letter.sentences:
        if sentence.is_heading or '"' in sentence.span.text:
            continue
        for tok, subj, fix in (*_parse_hits(sentence), *_aux_hits(sentence)):
            if tok.idx not in seen:
                seen.add(tok.idx)
                yield Hit(tok.idx, tok.idx + len(tok.text),
                          {"match": tok.text, "detail": f' "{subj.text}"'}, (fix,))
