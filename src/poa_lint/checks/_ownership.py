"""Does a letter own its problem? Owning phrases, denial, and first-person causes (seeds 000, 001)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_PROCESS_VERBS = (
    r"check|verify|inspect|monitor|review|confirm|update|train|test|read|follow|reply|answer|"
    r"set|assign|keep|track|record|require|compare|open|look|respond|separate|control|"
    r"catch|notice|remove|label|quarantine|segregate|plan|prepare|restock|research|search"
)
_PROCESS_NOUNS = (
    r"process|system|check|checks|team|staff|staffs|procedure|control|controls|workflow|setting|"
    r"settings|inspection|QC|SOP|listing|warehouse|rule|rules"
)
OWNING = re.compile(
    r"\b(we|i)\s+(take|accept|bear)\s+(full\s+|complete\s+|all\s+(the\s+)?)?responsibilit|"
    r"\b(our|my)\s+(own\s+)?(\w+\s+)?(mistake|fault|error|failure|negligence|oversight)s?\b|"
    r"\b(failure|fault|mistake|error|responsibility)\s+(was|is)\s+(ours|mine)\b|"
    r"\b(we|i)\s+(made|make|have\s+made)\s+(a|the|this|these|several|two|three|serious)?\s*(\w+\s+)?"
    r"(mistakes?|errors?)\b|"
    r"\b(we|i)\s+(admit|acknowledge|accept|recogni[sz]e)\s+(that\s+)?(we|our|the\s+(mistake|error|violation))|"
    rf"\b(we|i)\s+(also\s+|still\s+)?(failed|did\s+not|didn't|had\s+not|hadn't|had\s+never|never)\s+"
    rf"(to\s+)?(properly\s+|carefully\s+)?({_PROCESS_VERBS})\w*\b|"
    r"\b(we|i)\s+(also\s+|still\s+)?(did\s+not|didn't)\s+have\s+(any|anyone|a|an|one)\b|"
    r"\b(was|were)\s+ours\b|\bthere\s+(was|were)\s+no\s+(\w+\s+){0,2}(standard|check|step|process|rule|"
    r"control|procedure|owner|checklist)s?\b|"
    r"\bour\s+(\w+\s+){0,3}had\s+no\b|\b(was|is)\s+our\s+(own\s+)?responsibility\b|"
    r"\b(we|i)\s+should\s+have\b|\b(we|i)\s+accept\s+that\b|\b(i|we)\s+(was|were)\s+the\s+ones?\s+who\b|"
    r"\b(reasoning|decision|approach|practice|choice|assumption)\s+was\s+wrong\b|"
    rf"\bour\s+(own\s+)?(\w+\s+)?({_PROCESS_NOUNS})\s+(that\s+)?(failed|did\s+not|didn't|was\s+not|"
    r"wasn't|were\s+not|weren't|had\s+no|missed|allowed|let)\b|"
    r"\b(we|i)\s+had\s+no\s+(\w+\s+)?(rule|process|check|control|procedure|system|step|owner|way|"
    r"sop|checklist|policy)\b|\b(nobody|no\s+one)\s+(\w+\s+){0,4}(was\s+)?(check|verif|assign|review|"
    r"monitor|confirm|compar|inspect|grad|test|cover|handl|own|approv|watch|track)\w*|"
    r"\bthe\s+root\s+cause\s+(is|was)\s+(that\s+)?(we|our)\b|"
    r"\b(was|were|is)\s+(caused\s+by|due\s+to|the\s+result\s+of)\s+(our|my)\b|"
    r"\bwe\s+were\s+wrong\b|\bwe\s+are\s+responsible\b|"
    r"\b(we|i)\s+only\s+(checked|looked|compared|tested|inspected|counted|verified|relied)\b|"
    r"\b(we|i)\s+(broke|violated|infringed|breached)\b|"
    r"\bwithout\s+(any\s+|a\s+)?(inspection|inspecting|checking|check|testing|verification|verifying|"
    r"asking|approval|review|grading)\b",
    re.I,
)
NEGATION = re.compile(r"\b(not|n't|no|never)\s+(\w+\s+)?$", re.I)


def owns_problem(text: str) -> bool:
    """True when some phrase of the text takes responsibility (not "it was not our fault")."""
    return any(not NEGATION.search(text[max(0, m.start() - 20):m.start()]) for m in OWNING.finditer(text))


DENIAL = re.compile(
    r"\bnothing\s+wrong\b|\bnot\s+(our|my)\s+(fault|problem|mistake|responsibility)\b|"
    r"\b(do\s+not|don't|did\s+not|didn't|cannot|can't)\s+(know|understand)\s+(why|how)\b|"
    r"\bnot\s+sure\s+(how|why)\b|\b(innocent|confused|groundless|baseless|misunderstanding)\b|"
    r"\bnever\s+(sell|sold|violat\w+|ask\w*|heard)\b|\bno\s+(any\s+)?relation|"
    r"\b(100%\s+)?(genuine|authentic|original)\b|\b(false|fake)\s+(complaint|claim)s?\b|"
    r"\bnever\s+(paid|offered)\b|\bonly\s+a\s+(small|few|tiny|little)\b|\b(small|minor)\s+mistake|"
    r"\bunintentional",
    re.I,
)
NEUTRAL = {"believe", "think", "feel", "guess", "hope", "understand", "know", "receive", "check",
           "find", "investigate", "review", "look", "want", "ask", "appreciate", "apologize",
           "apologise", "thank", "love", "start", "write", "explain", "describe", "attach",
           "contact", "reply", "take", "accept", "request", "trace", "match", "read", "export",
           "be", "have", "deactivate", "suspend", "remove", "say", "tell", "mean", "intend", "do"}
MODAL_OR_NOT = {"not", "n't", "never", "will", "would", "can", "could", "may", "might", "should"}


def first_person_cause(sent: Any) -> bool:
    """A past action of 'we', 'I' or 'our X' stated as fact ('our packer put returns back')."""
    if DENIAL.search(sent.text):
        return False
    for tok in sent.span:
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
            continue
        ours = tok.lower_ in ("we", "i") or any(c.lower_ in ("our", "my") for c in tok.children)
        hedged = any(c.dep_ in ("neg", "aux") and c.lower_ in MODAL_OR_NOT for c in verb.children)
        if ours and not hedged and verb.lemma_.lower() not in NEUTRAL:
            return True
    return False


def _blamed(sent: Any, blamed: Sequence[tuple[int, int]]) -> bool:
    return any(start < sent.end and end > sent.start for start, end in blamed)


def disowning(sents: Sequence[Any], blamed: Sequence[tuple[int, int]]) -> bool:
    """Some sentence denies the problem or blames an outside party."""
    return any(DENIAL.search(s.text) or _blamed(s, blamed) for s in sents)


def owning(sent: Any, blamed: Sequence[tuple[int, int]]) -> bool:
    """The sentence takes responsibility in words, and neither blames nor denies."""
    if DENIAL.search(sent.text) or _blamed(sent, blamed):
        return False
    return owns_problem(sent.text)
