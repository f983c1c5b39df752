"""Commitments and claimed actions with no checkable detail (domain brief §3.3).

A sentence is flagged when the seller commits to or reports an action (first person, or a plan
in the future passive), the action is vague (an empty verb such as "strengthen", a manner with
no measure such as "regularly", a goal with no content such as "good service": `_vagueness`),
and nothing in it can be checked: no number, date, frequency, role, tool, document, identifier
or name (`_signals`). Promises not to do something, the letter announcing its own contents, and
what the seller knows or feels are not commitments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import has_name, signal_types
from poa_lint.checks._vagueness import META, PROHIBITION, SPELLED_OUT, vague_markers
from poa_lint.document import Letter
from poa_lint.finding import Hit

# Who acts: the seller ("we", "I", "our team", "all the staff have been ..."), or a plan in the future ("every listing will be
# checked", "it will be stopped at once").
SELLER = re.compile(r"\b(we|i|our|my|us)\b|\b(staff|employees|workers|team)\s+(have|has|will)\b|\b(it|they|this|these|everything)\s+will\b|"
                    r"\bwill\s+be\s+\w+(ed|en|wn)\b", re.I)
# The notice's fact, not an action: "our account has been removed".
ACCOUNT_STATE = re.compile(
    r"\b(our|my)\s+(selling\s+)?(account|privileges?|listings?|asins?|store|shop)\s+(has|have|was|were|had|is|are)\s+"
    r"(been\s+)?(removed|suspended|deactivated|blocked|closed|restricted)\b", re.I)
CLOSING = re.compile(r"\b(reinstat\w*|restore\s+our|beg|thank|grateful|appreciate|would\s+like|please\s+(help|give|"
                     r"consider|review|allow|restore|accept|let|forgive|reactivate|unblock|kindly)|kindly)\b", re.I)
# Pointing back at steps already spelled out ("these checks", "the above") is not vague.
BACK_REFERENCE = re.compile(r"\b(these|the\s+above|those)\s+(new\s+)?(controls|checks|measures|steps|changes|"
                            r"rules)\b|\babove\b", re.I)
# What went wrong and how it was found is the root cause, not a commitment: "we did not deal with
# these issues in a timely way", "we checked the listings carefully and found ...".
NARRATIVE = re.compile(r"\b((did|was|were|had|could|are|is)\s+not|(did|was|were|had|could|are|is)n't|failed|"
                       r"failure|fail\s+to|caused|because|due\s+to|found|discovered|to\s+understand|understood)\b",
                       re.I)
# A purpose states the goal, not the step: "we monitor returns to provide a good customer experience"
# (but "we continue to give excellent service" is the step).
PURPOSE = re.compile(r"\b(in\s+order\s+to|so\s+as\s+to|so\s+that|so\s+(each|every|all|no)|(?<!will\s)(?<!shall\s)"
                     r"(?<!continue\s)(?<!plan\s)(?<!try\s)(?<!going\s)(?<!need\s)to\s+(provide|give|offer|ensure|make\s+sure|create|build|keep|maintain|"
                     r"guarantee|achieve))\b.*$", re.I)
# Main verbs of knowing, feeling and asking: "we understand that it is our responsibility to ...".
STATIVE = frozenset({"understand", "know", "believe", "think", "realize", "realise", "apologize", "apologise",
                     "regret", "hope", "thank", "appreciate", "feel", "accept", "admit", "agree", "want", "wish",
                     "ask", "request", "beg"})
# "We are committed to ...": a state that pledges an action.
PLEDGED = frozenset({"committed", "dedicated", "determined"})


def _acts(verb) -> bool:
    """Whether a main verb reports or promises an action: not a verb of knowing or feeling, and
    "be" only when promised ("we will be more careful"), pledged ("we are committed to") or in
    progress ("we are in the process of")."""
    if verb.lemma_.lower() == "be":
        return any(c.lower_ in ("will", "shall") or c.lower_ in PLEDGED or
                   c.dep_ == "prep" and any(g.lower_ == "process" for g in c.subtree) for c in verb.children)
    return verb.lemma_.lower() not in STATIVE


def _commitment(sent, text: str) -> bool:
    """Whether the seller commits to or reports an action here. A conjoined clause counts: "we
    have realized our fault and we will strengthen ..."."""
    if not SELLER.search(text) or ACCOUNT_STATE.search(text):
        return False
    root = sent.span.root
    # "Our packers are highly trained and handle every parcel": the verb hangs on the complement.
    verbs = [root, *root.conjuncts, *(v for c in root.children if c.dep_ in ("acomp", "attr")
                                      for v in c.conjuncts if v.pos_ == "VERB")]
    return any(_acts(v) for v in verbs)


def vague_commitment(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield commitment sentences with a vagueness marker and no specificity signal."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"]) if options.get("skip_template", True) else None
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        raw = letter.norm[sent.start:sent.end]
        text = raw.strip()
        if len(text.split()) < 4 or text.endswith(("?", ":")) or not text[-1:] in ".!…;" and len(text.split()) < 12:
            continue  # short lines without a full stop are headings the reader did not mark
        core = skip.sub(" ", text) if skip is not None else text
        if PROHIBITION.search(core) or META.search(core) or CLOSING.search(core) or BACK_REFERENCE.search(core):
            continue
        if NARRATIVE.search(core) or not vague_markers(PURPOSE.sub(" ", core)) or not _commitment(sent, core):
            continue
        if signal_types(text) or SPELLED_OUT.search(text) or has_name(sent.span):
            continue
        start = sent.start + len(raw) - len(raw.lstrip())
        yield Hit(start, start + len(text), fields={"phrase": text[:60]},
                  suggestions=("Add who does it, how often or since when, and with which tool or "
                               "document.",))
