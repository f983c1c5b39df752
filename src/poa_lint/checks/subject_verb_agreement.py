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
                r"(?<!\bshould )(?<!\bmay )(?<!\bmight )(?<!\bto )(?<!\bnot )"
                # "it" as the object of a preposition: "the buyers who complained about it have"
                r"(?<!\babout )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bon )(?<!\bin )(?<!\bfrom )"
                r"(?<!\bby )(?<!\bat )(?<!\binto )\b(?:he|she|it)\s+"
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


def _unreliable(subj: Any, verb: Any) -> bool:
    """Subjects whose number the parse cannot tell: a name ("Spare Guides was", "Amazon
    Services"), a fronted participle ("Attached are the invoices": the subject follows)."""
    if subj.i > subj.sent.start and subj.text[:1].isupper() and subj.tag_ in ("NNS", "NNPS", "NNP"):
        return True
    return subj.lower_.endswith("ed") and not any(c.dep_ in ("det", "poss") for c in subj.children) \
        and subj.i < verb.i and all(t.is_punct for t in subj.doc[subj.sent.start:subj.i])


def _nearer_subject_agrees(subj: Any, verb: Any) -> bool:
    """A noun right before the verb, after the parsed subject, that agrees with it: "records
    showing the trip was completed" (the parse took "records" as the subject of "was")."""
    near = verb.doc[verb.i - 1]
    if near.i <= subj.i or near.tag_ not in ("NN", "NNS", "NNP") or near.dep_ == "pobj":
        # "the products in the box was": a noun in the subject's own phrase attracts the verb
        return False
    singular_verb = verb.tag_ == "VBZ" or verb.lower_ in _SINGULAR_FORMS
    return (near.tag_ == "NNS") != singular_verb


def _orphan_verb_after(tok: Any, subj: Any) -> bool:
    """A past verb later in the sentence with no subject of its own, after a noun + "verb" pair:
    the parser has likely read a compound noun's second word as the verb ("the logo print on the
    case differed": "print" is a noun)."""
    tags = ("VBD", "VBZ", "VBN") if subj.i == tok.i - 1 else ("VBD", "VBZ")
    return any(t.tag_ in tags and t.dep_ not in ("aux", "auxpass", "relcl", "conj", "amod")
               and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in t.children)
               for t in tok.doc[tok.i + 1:tok.sent.end])


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
        if _unreliable(subj, tok) or _nearer_subject_agrees(subj, tok):
            continue
        if tok.tag_ == "VBP" and _orphan_verb_after(tok, subj):
            continue
        singular = subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it")
        if tok.tag_ in ("VBP", "VB") and singular and tok.lower_ not in ("am",) and subj.tag_ != "PRP$":
            yield tok, subj, third_person(tok.text)
        elif tok.tag_ == "VBZ" and subj.tag_ == "NNS":
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
        if _unreliable(subj, tok) or _nearer_subject_agrees(subj, tok):
            continue
        if subj.tag_ == "NN" and any(c.lower_ in PLURAL_DETS or c.like_num for c in subj.children):
            continue  # "these product were": the noun is wrong (grammar.quantifier-singular)
        if subj.tag_ == "NNS" and tok.lower_ in _TO_PLURAL:
            yield tok, subj, _TO_PLURAL[tok.lower_]
        elif subj.tag_ == "NN" and tok.lower_ in ("have", "do", "are", "were", "don't"):
            yield tok, subj, _TO_SINGULAR[tok.lower_]


_TEMPLATE = re.compile(r"<[^<>]*>|\[[^\[\]]*\]")  # a template's <fields> and [fields]
_SINGULAR_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_FORMS = {"are": "is", "were": "was", "have": "has", "do": "does"}


def _first_verb(verb: Any) -> Any:
    """The finite word of a verb group: its first auxiliary, or the verb itself."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return min(auxes, key=lambda t: t.i) if auxes else verb


def _relative_hits(sentence: Any) -> Iterator[tuple[Any, Any, str]]:
    """"relationships, which has been" / "the customer who have": the relative pronoun right
    after its noun takes the noun's number."""
    doc = sentence.span.doc
    for tok in sentence.span:
        if tok.lower_ not in ("which", "who", "that") or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = tok.head
        if verb.dep_ != "relcl":
            continue
        noun = verb.head
        gap = tok.i - noun.i
        if not (gap == 1 or gap == 2 and doc[tok.i - 1].text == ","):
            continue
        if noun.lemma_.lower() in COLLECTIVE or noun.i < 2 or noun.dep_ == "pobj":
            continue
        if any(t.lower_ in ("one", "each", "any", "none", "every") for t in doc[max(0, noun.i - 4):noun.i]):
            continue  # "one of the items that was" is left alone
        finite = _first_verb(verb)
        low = finite.lower_
        if noun.tag_ == "NNS" and (low in _SINGULAR_FORMS or finite.tag_ == "VBZ"):
            yield finite, noun, _SINGULAR_FORMS.get(low) or plural_form(finite.text)
        elif noun.tag_ == "NN" and (low in _PLURAL_FORMS or finite.tag_ == "VBP" and low != "am"):
            yield finite, noun, _PLURAL_FORMS.get(low) or third_person(finite.text)


def _conjoined_hits(sentence: Any) -> Iterator[tuple[Any, Any, str]]:
    """"We trusted them and was not able to ship": a second verb shares the first one's subject."""
    for tok in sentence.span:
        if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
            continue
        first = tok.head
        subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].lower_ not in ("i", "we", "they", "you", "he", "she", "it"):
            continue
        subj = subjects[0]
        finite = _first_verb(tok)
        if finite.i < first.i or finite.lower_ not in _SINGULAR_FORMS.keys() | _PLURAL_FORMS.keys():
            continue
        low = finite.lower_
        if subj.lower_ == "i" and low in ("are", "is", "has", "does"):
            yield finite, subj, {"are": "am", "is": "am", "has": "have", "does": "do"}[low]
        elif subj.lower_ in ("we", "they", "you") and low in _SINGULAR_FORMS:
            yield finite, subj, _SINGULAR_FORMS[low]
        elif subj.lower_ in ("he", "she", "it") and low in _PLURAL_FORMS:
            yield finite, subj, _PLURAL_FORMS[low]


def _there_and_coordinated_hits(sentence: Any) -> Iterator[tuple[Any, Any, str]]:
    """"there is any infringing products" (the noun after "there is" decides), and "cartons and
    packaging is checked" (two subjects joined by "and" are plural)."""
    for tok in sentence.span:
        low = tok.lower_
        if low not in ("is", "was", "has", "does"):
            continue
        verb = tok if tok.dep_ not in ("aux", "auxpass") else tok.head
        if tok.dep_ in ("aux", "auxpass") and min(
                (c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), default=tok.i) != tok.i:
            continue
        children = list(verb.children)
        if low in ("is", "was") and any(c.dep_ == "expl" and c.i < tok.i for c in children):
            attrs = [c for c in children if c.dep_ in ("attr", "nsubj") and c.i > tok.i]
            if attrs and attrs[0].tag_ == "NNS" and attrs[0].lower_ not in ("lots", "plenty") and not any(
                    c.lower_ in ("a", "an", "one") for c in attrs[0].children):
                yield tok, attrs[0], _SINGULAR_FORMS[low]
            continue
        subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
        if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNS"):
            continue
        subj = subjects[0]
        conj = [c for c in subj.children if c.dep_ == "conj" and c.tag_ in ("NN", "NNS")]
        cc = [c for c in subj.children if c.dep_ == "cc"]
        nouns = [subj, *conj]
        plural = any(n.tag_ == "NNS" for n in nouns) or all(
            any(c.dep_ in ("det", "poss") for c in n.children) for n in nouns)
        if conj and cc and plural and all(c.lower_ == "and" for c in cc) and conj[-1].i < tok.i \
                and not any(c.lower_ in ("each", "every") for c in subj.children) \
                and not _nearer_subject_agrees(conj[-1], tok):
            yield tok, subj, _SINGULAR_FORMS[low]


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
        if sentence.is_heading or '"' in sentence.span.text or _TEMPLATE.search(sentence.span.text):
            continue
        for tok, subj, fix in (*_parse_hits(sentence), *_aux_hits(sentence),
                               *_relative_hits(sentence), *_conjoined_hits(sentence),
                               *_there_and_coordinated_hits(sentence)):
            if tok.idx not in seen:
                seen.add(tok.idx)
                yield Hit(tok.idx, tok.idx + len(tok.text),
                          {"match": tok.text, "detail": f' "{subj.text}"'}, (fix,))
