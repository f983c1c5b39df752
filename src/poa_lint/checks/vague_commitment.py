"""Corrective or preventive sentences with no number, date, role, tool or identifier (§3.3).

A sentence is a vague commitment when it commits to or claims an action of the writer's, carries
at least one mark of vagueness (an abstract verb or noun such as "strengthen", "ensure",
"management", or a vague adverb such as "regularly", "in time") and no checkable detail (a
number, date, frequency, named role, tool, document, identifier, name, or a scope such as "every
product"). Titles, announcements of what the letter sets out, statements of understanding and
commitments to stop a named practice ("we will not comment on reviews") are not vague
commitments.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from poa_lint.checks._clauses import negated
from poa_lint.checks._lists import compile_any
from poa_lint.checks._signals import VAGUE, has_name, signal_types
from poa_lint.document import Letter
from poa_lint.finding import Hit

_DONE = (r"implemented|established|set\s+up|introduced|created|added|adopted|started|strengthened|"
         r"improved|optimi[sz]ed|trained|retrained|enhanced|upgraded|held|educated|reminded|"
         r"warned|punished|reviewed|checked|read|studied|learned|learnt|removed|deleted|replied|"
         r"contacted|refunded|updated|changed|fixed|corrected|put|taken|made|solved|resolved|rectified|addressed|handled|told|"
         r"instructed|conducted|carried\s+out|performed|spent\s+(a\s+lot\s+of|much|many|considerable|great|a\s+great\s+deal\s+of)\s+(\w+\s+)?(time|effort|energy|hours)|"
         r"done\s+(a|an)\s+(\w+\s+)?(check|review|investigation|audit|inspection|analysis)")
# The writer's side as the one who acts: "we", or "our" + a group of people or the business.
_AGENT = (r"(\w+\s+){0,2}(team|teams|staff|staffs|employees?|workers?|colleagues|personnel|people|"
          r"members?|managers?|company|business|store|shop|warehouse|factory|department|operators?|"
          r"agents?)")
FRAME = re.compile(
    rf"\b(we|i|(our|the)\s+{_AGENT})\s+((also|now|hereby|further)\s+)?(will|shall|would|are\s+going\s+to|plan\s+to|"
    rf"promise\s+to|pledge\s+to|vow\s+to|undertake\s+to|commit\s+to|intend\s+"
    rf"to|(are|am)\s+committed\s+to|(have|has)\s+(been\s+)?((\w+ly|also|now|already|all)\s+){{0,2}}({_DONE}))\b|"
    r"\b(have|has)\s+been\s+(re)?trained\b|"
    # work under way, with no date ("we are in the process of removing them", "we are improving ...")
    r"\b(we|i)\s+(are|am)\s+((also|now|currently|still|actively|continuously|constantly)\s+){0,2}(in\s+the\s+process\s+of\b|"
    r"(?!(writing|sending|submitting|asking|requesting|appealing|hoping|looking|going|trying|willing|being|doing|"
    r"attaching|enclosing|providing|sorry|aware|committed)\b)\w+ing\b)|"
    r"\b(going\s+forward|from\s+now\s+on|in\s+the\s+future|in\s+future)\b",
    re.I,
)
FUTURE = re.compile(r"\b(will|shall|going\s+to|plan\s+to|promise\s+to)\b|\bfrom\s+now\s+on\b", re.I)
PAST_ACTION = re.compile(rf"\b(we|i)\s+(have\s+)?(\w+ly\s+)?({_DONE})\b", re.I)
# A fix claimed in the simple past without saying what was done ("I checked and fixed the problem").
FIX_CLAIMED = re.compile(r"\b(solved|resolved|fixed|corrected|rectified|addressed)\s+(the\s+|this\s+|these\s+|"
                         r"all\s+(the\s+)?|such\s+)?(problems?|issues?|matters?|mistakes?|errors?)\b|"
                         r"\b(solved|resolved|rectified)\s+(this|it|everything)\b(?!\s+(by|through|with\s+(the|our)\s+new)\b)", re.I)
# A sentence that states what was wrong is a cause, not a claimed fix ("we have learned that the root
# cause was poor communication", "we changed suppliers often, so our quality was not stable").
CAUSE = re.compile(r"\broot\s+causes?\b|\b(was|were)\s+(not|too|poor|weak|wrong|unstable|insufficient|inadequate|careless)\b",
                   re.I)
NEGATED = re.compile(r"\b(did\s+not|didn't|have\s+not|haven't|had\s+not|no\s+longer|could\s+not)\b",
                     re.I)
CLOSING = re.compile(r"\b(reinstat\w*|restore\s+our|beg|thank|grateful|appreciate)|"
                     r"\b(this|our)\s+(plan|letter|appeal)\s+(explains|describes|sets\s+out|outlines)",
                     re.I)
# What the letter is about to set out is an announcement, not a commitment ("I set out below ...",
# "we have implemented the following plan").
ANNOUNCE = re.compile(r"\bset(s|ting)?\s+out\b|\bthe\s+following\b|\bas\s+follows\b|\bbelow\s*:|"
                      r"\b(explain|describe|outline|present|detail|list|share)(s|d|ed)?\s+(\w+\s+){0,6}below\b|"
                      r"\bwould\s+like\s+to\s+(state|say|share|explain|inform|present|submit|express)\b",
                      re.I)
WE = re.compile(r"\b(we|i)\b", re.I)
NOT_ACTION = re.compile(
    r"\bwill\s+(lose|be\s+(very\s+)?(grateful|thankful|happy|glad|hono(u)?red|appreciat\w+)|"
    r"appreciate|treasure|always\s+remember)\b|\bforever\b|"
    r"\b(will|shall)\s+(not|never)\s+(offer|sell|list|use|send|ask|give|buy|contact|pay|reorder|"
    r"work|source|accept)\b|"
    r"\b(these|the\s+above|those)\s+(new\s+)?(controls|checks|measures|steps|changes|rules)\b|\babove\b",
    re.I,
)
# A title asks or names rather than states ("How we will avoid ...", "Steps we have taken ...").
TITLE_START = re.compile(r"^\W*(how|what|why|where|when|which)\b", re.I)
# The whole set of goods or records an action covers is checkable ("we examine every product",
# "I went through all my stock"); "all the related listings" does not say which.
SCOPE = re.compile(r"\b((every|each)\s+(single\s+)?|all\s+(of\s+)?(my|our)\s+(?!(related|relevant|similar|such|other)\b))(\w+\s+)?"
                   r"(products?|items?|units?|orders?|parcels?|packages?|shipments?|listings?|returns?|complaints?|"
                   r"invoices?|cartons?|box(es)?|bottles?|bags?|batch(es)?|stock|inventory|ASINs|SKUs)\b",
                   re.I)
# A policy, agreement or Amazon tool named by what it covers is a checkable detail ("Amazon's policy
# against re-brokering", "the Seller Agreement", "Amazon's system for collecting reviews"); "all
# Amazon's policies" or "the relevant rules" name nothing.
_GENERIC = (r"(amazon'?s?|amazon\.com'?s?|all|the|its|their|your|our|these|those|this|that|such|any|every|"
            r"relevant|related|applicable|corresponding|other|new|latest|current|strict|stricter|clear|firm|good|proper|"
            r"appropriate|necessary|written|platform'?s?|selling|seller|"
            r"sellers'?|program|programme|company|store|internal|general|various|above|same|following|"
            r"and|or|of|with|to|by|on|in)")
NAMED_RULE = re.compile(
    r"\bpolic(y|ies)\s+(on|against|about|regarding|concerning)\s+"
    rf"(?!{_GENERIC}\b)[a-z][\w-]+|"
    rf"\b(?!{_GENERIC}\b)([a-z][\w-]+)\s+polic(y|ies)\b|"
    r"\b(seller|selling\s+partner|participation|business\s+solutions)\s+agreement\b|\bterms\s+of\s+service\b|"
    r"\bamazon'?s\s+(own\s+)?(\w+\s+)?(system|program|programme|tool|feature|service)\s+(for|to)\s+\w+",
    re.I,
)
# A step tied to the moment it happens is a "when" ("before sealing the box", "after packing each
# order", "as soon as a return arrives").
TRIGGER = re.compile(r"\b(before|after)\s+(\w+ing)\s+(the|a|an|each|every|any|it|them|new|our)\b|"
                     r"\b(as\s+soon\s+as|whenever|each\s+time|every\s+time)\s+(a|an|the|we|our|any)\s+\w+", re.I)
# The method that makes the step checkable: "by adding a foam insert to each box", "through a
# second scan". A gerund as vague as the promise ("by strengthening management", "by being more
# careful") says nothing more.
METHOD = re.compile(r"\b(by|through)\s+(\w+ing)\b[^,.;]{0,60}", re.I)
_EMPTY_GERUNDS = frozenset({"being", "doing", "making", "taking", "working", "trying", "paying", "keeping",
                            "continuing", "focusing", "learning", "studying", "putting", "giving", "having",
                            "getting", "following", "complying", "adhering", "obeying", "monitoring",
                            "managing", "controlling", "supervising", "increasing", "raising"})
# What the change produced, said so a reviewer can look ("... so it states the voltage").
RESULT = re.compile(r"\b(so\s+(that\s+)?(it|they|each|every|the\s+\w+)\s+(now\s+)?|(it|they|the\s+\w+)\s+now\s+)(states?|shows?|says|lists?|"
                    r"includes?|matches|names?|displays?|reads?|carries|carry)\b", re.I)


def _method_given(text: str) -> bool:
    """True when the sentence says by which concrete step the aim is reached."""
    return any(m.group(2).lower() not in _EMPTY_GERUNDS and not VAGUE.search(m.group(0))
               for m in METHOD.finditer(text))


# A person put in charge is a named owner ("we have appointed a team member to ...").
OWNER = re.compile(r"\b(appoint|assign|designate|hire)(s|ed|ing)?\s+(a|an|one|two|three|\d+)\s+"
                   r"(\w+\s+){0,2}(member|person|employee|staff|manager|officer|specialist|inspector)\b",
                   re.I)
# Abstract nouns are vague as the thing acted on ("improve quality"), not as a modifier that
# names a thing ("high quality boxes", "a quality control measure").
_VAGUE_NOUNS = frozenset({"management", "service", "quality", "awareness", "supervision", "process",
                          "processes", "system", "level", "performance", "communication", "training",
                          "responsibility", "mechanism"})
# "Take responsibility" owns the problem; it does not describe an action.
_OWN = frozenset({"take", "admit", "accept", "bear", "assume", "shoulder"})
# Verbs as abstract as "strengthen" or "improve" when what is done is not said.
_VAGUE_VERBS = frozenset({"control", "manage", "supervise", "standardise", "standardize", "regulate"})
# Understanding and knowing state the writer's mind, not an action.
_COGNITION = frozenset({"understand", "know", "realise", "realize", "recognise", "recognize",
                        "believe", "acknowledge", "accept", "admit", "agree"})
ACTION_KINDS = frozenset({"corrective", "preventive"})


def _in_action_part(sent: Any) -> bool:
    """True in a corrective or preventive part announced by a heading (not merely guessed), or
    under a heading over the whole plan ("Plan of action:"), which holds the actions."""
    section = sent.section
    if section is None or section.source != "heading":
        return bool(set(sent.paragraph.strong_kinds) & ACTION_KINDS)
    return bool((set(section.kinds) | set(section.holds)) & ACTION_KINDS)


def _vague_marks(doc: Any, start: int, text: str, skipped: list[tuple[int, int]], parsed: bool) -> int:
    """Vagueness markers in `text` (which starts at `start` in the letter) outside template
    fingerprints; an abstract noun that only modifies another noun is not counted."""
    count = 0
    for m in VAGUE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in skipped):
            continue
        if parsed and m.group(0).lower() in _VAGUE_NOUNS:
            span = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
            if span is not None and (span.root.dep_ in ("compound", "amod", "nmod") or span.root.dep_ == "dobj"
                                     and span.root.head.lemma_.lower() in _OWN):
                continue
        count += 1
    if parsed:
        span = doc.char_span(start, start + len(text), alignment_mode="expand")
        count += sum(t.pos_ == "VERB" and t.lemma_.lower() in _VAGUE_VERBS for t in span or ())
    return count


def _not_a_commitment(text: str, span: Any, parsed: bool) -> bool:
    """A title, an announcement, a statement of understanding, or a practice given up."""
    if ANNOUNCE.search(text):
        return True
    if text[-1] not in ".!?;)\"'" and (TITLE_START.match(text) or parsed and span.root.is_alpha
                                       and span.root.pos_ in ("NOUN", "PROPN")):
        return True
    if not parsed:
        return False
    root = span.root
    if root.lemma_.lower() in _COGNITION:   # "we understand that it is our duty to ensure ..."
        said = [t for c in root.children if c.dep_ in ("ccomp", "xcomp", "dobj") for t in c.subtree]
        return not any(t.pos_ in ("VERB", "AUX") and t.lower_ in ("will", "shall", "have", "has")
                       and t not in said for t in span)
    return root.pos_ in ("VERB", "AUX") and negated(root)


def vague_commitment(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield commitment sentences with a mark of vagueness and no specificity signal."""
    skip = compile_any(letter.data.lists["template-fingerprints.txt"]) if options.get("skip_template", True) else None
    parsed = "parser" in letter.capabilities
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        raw = letter.norm[sent.start:sent.end]
        text = raw.strip()
        if len(text.split()) < 4 or text.endswith(("?", ":")) or NOT_ACTION.search(text):
            continue
        start = sent.start + len(raw) - len(raw.lstrip())
        skipped = [m.span() for m in skip.finditer(text)] if skip is not None else []
        core = skip.sub(" ", text) if skip is not None else text
        if (NEGATED.search(core) or CAUSE.search(core)) and not FUTURE.search(core) or CLOSING.search(core):
            continue
        vague = _vague_marks(letter.doc, start, text, skipped, parsed)
        if not vague:   # "we will limit access to our account to our own employees" says what is done
            continue
        if _in_action_part(sent):
            if not (FRAME.search(core) or PAST_ACTION.search(core) or WE.search(text)):
                continue
        elif not (FRAME.search(core) or PAST_ACTION.search(core) and FIX_CLAIMED.search(core)):
            continue
        if (signal_types(text) or SCOPE.search(text) or OWNER.search(text) or NAMED_RULE.search(text)
                or TRIGGER.search(text) or has_name(sent.span) or RESULT.search(text) or _method_given(text)):
            continue
        if _not_a_commitment(text, sent.span, parsed):
            continue
        yield Hit(start, start + len(text), fields={"phrase": text[:60]},
                  suggestions=("Add who does it, how often or since when, and with which tool or "
                               "document.",))
