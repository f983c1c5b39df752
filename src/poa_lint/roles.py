"""What each sentence does in the letter (root cause, corrective, preventive, evidence, other),
read by the learned classifier, the sentence's grammar and the heading it sits under, and the
parts that follow from it.
Where the sentence's grammar is plain (poa_lint.role_cues), it decides before the classifier: a
fix done to the affected orders or listings is corrective, a control put in place or a routine
kept up is preventive (the classifier reaches no corrective threshold at all), documents attached
are evidence. Below the classifier's threshold, a heading over the actions or the evidence
("Corrective actions", "Corrective and preventive actions", "Supporting documents") is evidence
for its part: the sentence takes it when the classifier reads that part first, with a lower
score. A root cause that names nothing concrete ("because of failures in our
processes") does not make the part present; a fix the grammar reads as done does.

A letter has a part when some sentence plays that role, whatever its headings say ("Problem:",
"Plan of action:", none at all). A sentence that only restates the notice ("our Late Dispatch
Rate went above the 4% target") is the notice's fact, not the seller's, and plays no role.
Without a shipped model the heading- and cue-based letter model decides.
"""

from __future__ import annotations

import re
from typing import Any

from poa_lint.classifier import ROLE_LABELS, SentenceModel, load_model, sentence_scores
from poa_lint.role_cues import cue_role, done_verb, puts_control_in_place, vague_cause

_METRIC = (r"(order\s+defect|late\s+(dispatch|shipment)|pre-?fulfil+ment\s+cancel+ation|cancel+ation|"
           r"valid\s+tracking|on[-\s]time\s+delivery|negative\s+feedback|a-?to-?z|chargeback|"
           r"odr|ldr|lsr|cr|vtr|otdr)(\s+rate)?")
# a clause that gives the cause: the sentence says why, so it is more than the notice's fact
_CAUSE = re.compile(r"\b(because|due\s+to|caused\s+by|as\s+a\s+result\s+of|owing\s+to|resulted\s+from|"
                    r"the\s+reasons?\s+(was|were|is)|since\s+(we|i|our|my|the)|as\s+(we|i|our|my))\b", re.I)
_RESTATES = (
    re.compile(_METRIC + r"\b[^.]{0,80}?\b(above|over|exceed\w*|below|under|higher\s+than|lower\s+than|"
               r"did\s+not\s+meet|didn'?t\s+meet|fell|fallen|failed\s+to\s+meet|reached|rose\s+to|went\s+up\s+to)"
               r"\b[^.]{0,40}?"
               r"\b(target|threshold|standard|requirement|\d+(\.\d+)?\s?%)", re.I),
    re.compile(r"\b(our|my|the)\s+(selling\s+)?(account|privileges?|listing|asin)\s+(has|have|was|were|had)\s+"
               r"(been\s+)?(deactivated|suspended|blocked|removed|closed)\b(?![^.]*\b(because\s+(we|i|our)|"
               r"we\s+(did|had|failed)))", re.I),
)


def restates_notice(text: str) -> bool:
    """Whether a sentence only repeats what the notice said (a metric against its target, the
    deactivation itself) without a cause ("because ...", "due to ...") or an action of the
    seller's own."""
    return any(p.search(text) for p in _RESTATES) and not _CAUSE.search(text)


def grammar_roles(letter: Any) -> tuple[str | None, ...]:
    """The role the grammar of each of `letter.sentences` gives it (None: no cue), computed once
    per letter; headings and sentences that only restate the notice have none."""
    return letter.derived("grammar-roles", lambda it: tuple(
        None if s.is_heading or restates_notice(s.text) else cue_role(s.span) for s in it.sentences))


def heading_roles(sentence: Any) -> frozenset[str]:
    """The roles named by the heading a sentence sits under ("Root cause:", "Supporting documents",
    "Corrective and preventive actions"), when every part it names is a role; empty under no
    heading, under one naming a part that is no role ("Issue", "Closing"), and in a paragraph whose
    part only its wording suggests."""
    section = sentence.section
    if section is None or section.source != "heading" or not section.kinds:
        return frozenset()
    named = frozenset(section.kinds)
    return named if named <= frozenset(ROLE_LABELS) else frozenset()


def role_by_heading(sentence: Any, scores: dict[str, float], model: SentenceModel) -> str:
    """The role a sentence the classifier leaves below its thresholds plays under its heading: the
    heading's part when the classifier reads that part first and at least HEADING_SHARE of its
    threshold (for the actions and the evidence; see `_LOWERED`). A heading over the actions ("Corrective actions", "Plan of action") covers fixes and
    controls alike, so there the classifier picks between the two, and a fix needs a verb of
    something done (a fix promised or described is neither). A line that introduces what follows
    (ends in ":") or has no verb (a name, a sub-heading) takes no role this way, unless it names a
    document under a heading over the evidence."""
    named = heading_roles(sentence)
    if not named or sentence.text.rstrip().endswith(":"):
        return "other"
    best = max(ROLE_LABELS, key=lambda r: scores.get(r, 0.0))
    actions = best in _ACTIONS and bool(named & _ACTIONS)
    if not (best in named and best in _LOWERED or actions) or scores.get(best, 0.0) < HEADING_SHARE * min(model.threshold(best), 1.0):
        return "other"
    if best != "evidence" and not _has_verb(sentence.span):   # a name, a label, a sub-heading
        return "other"
    if best == "corrective" and not done_verb(sentence.span):   # a fix promised is no fix done
        return "other"
    return best


def _has_verb(span: Any) -> bool:
    """Whether the sentence has a verb. A line of prose without one is a label, a name or a figure
    ("Condition Guidelines", "Fitness below 75%"): it explains no cause and reports no step, though
    it may name a document; a list item without one ("Weekly audit of all listings") may."""
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


_ACTIONS = frozenset({"corrective", "preventive"})
# the parts whose heading lowers the bar: under a root-cause heading sellers also apologise, take
# responsibility, deny and retell the notice (none of which is a cause), so there the classifier's
# threshold stands
_LOWERED = _ACTIONS | {"evidence"}
# the share of a role's threshold that a sentence under a heading naming that role needs
HEADING_SHARE = 0.75


def sentence_roles(letter: Any, model: SentenceModel | None = None) -> tuple[str, ...]:
    """The role of each of `letter.sentences`: the one its grammar gives (a fix done, a control or
    routine, documents attached), else the shipped model's (unless one is given) where a role
    reaches its threshold (a line of prose without a verb only as evidence), else the part its
    heading names where the model reads that part first with a lower score (see
    `role_by_heading`), else "other". The grammar goes first: its cues are narrower and, on
    letters the model has not seen, more often right than the model's reading of the same
    sentences."""
    model = model or load_model()
    cues = grammar_roles(letter)
    if model is None:  # the heading- and cue-based letter model
        return tuple(next((k for k in s.kinds if k in ROLE_LABELS), "other") if not s.is_heading else "other"
                     for s in letter.sentences)
    out = []
    for sentence, scores, cue in zip(letter.sentences, sentence_scores(letter, model), cues):
        best = max(ROLE_LABELS, key=lambda r: scores.get(r, 0.0))
        if sentence.is_heading or restates_notice(sentence.text):
            out.append("other")
        elif cue is not None:
            out.append(cue)
        elif scores.get(best, 0.0) >= model.threshold(best) and (
                best == "evidence" or sentence.in_list or _has_verb(sentence.span)):
            out.append(best)
        else:
            out.append(role_by_heading(sentence, scores, model))
    return tuple(out)


def _playing(letter: Any, part: str, model: SentenceModel) -> list[tuple[Any, dict[str, float]]]:
    """The sentences whose most likely role is `part`, with their scores (headings and sentences
    that only restate the notice left out)."""
    return [(sentence, scores) for sentence, scores in zip(letter.sentences, sentence_scores(letter, model))
            if not sentence.is_heading and not restates_notice(sentence.text)
            and max(ROLE_LABELS, key=lambda r: scores.get(r, 0.0)) == part]


def part_strength(letter: Any, part: str, model: SentenceModel) -> float:
    """The highest probability of `part` among the sentences whose most likely role it is
    (headings and sentences that only restate the notice left out; for the root cause, sentences
    that name nothing concrete too)."""
    return max((scores.get(part, 0.0) for sentence, scores in _playing(letter, part, model)
                if not (part == "root-cause" and vague_cause(sentence.span))), default=0.0)


def only_vague_causes(letter: Any, model: SentenceModel) -> bool:
    """Whether the letter's would-be root causes all name nothing concrete ("because of failures
    in our processes"): a vague gesture is not a root cause, even where its "because" names the part."""
    playing = _playing(letter, "root-cause", model)
    return bool(playing) and all(vague_cause(sentence.span) for sentence, _ in playing)


def part_state(letter: Any, part: str) -> str:
    """How the letter marks `part`, which sets the bar its sentences must reach: "named" (a heading
    or the wording of a paragraph names it), "unnamed" (headings name other parts of the plan but
    none holds this one: the writer who heads the other parts most likely left it out), "plain"
    (no such headings; or one that holds the part without naming it, as "Problem:" holds the
    cause and "Plan of action:" the cause and the actions)."""
    if letter.has_part(part):
        return "named"
    headed = [s for s in letter.sections if s.source == "heading"]
    if any(part in s.holds for s in headed):
        return "plain"
    return "unnamed" if any(set(s.kinds) & set(ROLE_LABELS) for s in headed) else "plain"


def has_part(letter: Any, part: str, model: SentenceModel | None) -> bool:
    """Whether some sentence plays the role `part`, judged with the bar calibrated for the letter's
    state (`part_state`): the part named by a heading or cue, headings that name other parts but
    none that holds it, or plain prose. Without a model, the heading- and cue-based letter model decides."""
    if model is None or part not in ROLE_LABELS:
        return letter.has_part(part)
    bars = model.meta.get("part_thresholds", {}).get(part, {"named": 0.0, "unnamed": 0.05, "plain": 0.05})
    state = part_state(letter, part)
    # a fix reported as done makes the corrective part present even where the model abstains, and
    # so does a control put in place the preventive part; a promise, a routine described or the
    # policies studied do not on their own (a letter with only those still lacks the measures)
    if part == "root-cause" and only_vague_causes(letter, model):
        return False
    if part_strength(letter, part, model) >= bars[state]:
        return True
    if part == "corrective":
        return "corrective" in grammar_roles(letter)
    return part == "preventive" and letter.derived("control-in-place", lambda it: any(
        not s.is_heading and puts_control_in_place(s.span) for s in it.sentences))
