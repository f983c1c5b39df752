"""What makes a commitment vague: an empty action verb ("strengthen", "pay more attention"), a
manner with no measure ("regularly", "strictly", "in time"), a goal with no content ("good
service", "well trained") or a mechanism named only by its kind ("put in place quality control
procedures"). Each marker is a word class, not a sentence: the detail that would make the step
checkable (a number, a date, a role, a tool) is looked for separately (`_signals`)."""

from __future__ import annotations

import re

_D = r"(\w+\s+){0,2}"  # up to two determiners or adjectives
ACTS = (
    r"strengthen\w*|enhanc\w*|improv\w*|optimi[sz]\w*|perfect(ed|ing)?|upgrad\w*|tighten\w*|"
    r"reinforc\w*|intensif\w*|standardi[sz]\w*|step(ped)?\s+up|"
    r"pa(y|id|ying)\s+(more\s+|much\s+more\s+|close\s+|closer\s+|special\s+|great\s+|extra\s+|full\s+)?attention|"
    r"be\s+(more\s+|very\s+|extra\s+|much\s+more\s+)?(careful|cautious|vigilant|strict)|"
    r"tak(e|en|ing)\s+(more\s+|extra\s+|good\s+|every\s+|great\s+)?care|"
    r"(do|did|doing|try|tried|trying)\s+(our|my)\s+(very\s+|utmost\s+)?best|"
    rf"ma(ke|de|king)\s+{_D}changes|"
    rf"tak(e|en|ing|ke)\s+{_D}(steps|measures|actions)\b|"
    r"put\w*\s+(\w+\s+){0,5}(in|into)\s+place|"
    r"(fix|fixed|solve|solved|resolve|resolved)\s+(the|this|these|all|that)\s+(problems?|issues?)|"
    r"(solve|solved)\s+(this|it)\b|deal\w*\s+with|keep\w*\s+(a\s+)?check\s+on|keep\w*\s+an\s+eye\s+on|"
    r"(will|shall|must)\s+(\w+\s+)?(ensure|make\s+sure)|committed\s+to\s+\w+ing|"
    r"(re-?)?train(ed|ing|s)?\b|educated|a\s+lot\s+of\s+(time|effort|work)|h(e|o)ld\w*\s+(a\s+)?meetings?|set\s+up\s+a\s+(special\s+|new\s+)?team|"
    r"handl\w*\s+(this|these|the|it|them|such)\b|"
    r"(will|shall)\s+(be\s+)?(stopped|removed|handled|dealt\s+with|corrected)\s+(at\s+once|immediately|promptly)"
)
MANNER = (
    r"regularly|periodically|constantly|continuously|continually|timely|in\s+time|in\s+a\s+timely\s+manner|"
    r"as\s+soon\s+as\s+possible|asap|closely|strictly|carefully|more\s+often|frequently|often|"
    r"from\s+time\s+to\s+time|promptly|at\s+once|actively|properly|thoroughly|thorough|seriously|"
    r"more\s+strictly|stricter|the\s+same\s+way|in\s+the\s+process\s+of|"
    r"more\s+(checks|inspections|controls|care|attention)|(better|stronger|stricter|improved)\s+(system|process|"
    r"mechanism|procedures?|controls?|management)"
)
GOALS = (
    r"(good|better|excellent|great|high[-\s]quality|best|perfect)\s+(customer\s+|shopping\s+)?"
    r"(service|experience)|customer\s+satisfaction|\d*\s*%?\s*satisfaction|"
    r"(well|highly|properly|fully)\s+trained|sufficient|appropriate\s+(steps|measures|procedures|actions)|"
    r"all\s+(necessary|appropriate)|a\s+number\s+of\s+factors|big\s+changes|"
    # following "the policies" in general: which policy, and what changes because of it?
    r"(will|shall|pledge\s+to|promise\s+to|continue\s+to|keep|making\s+sure\s+(we|i)|to)\s+(\w+\s+)?"
    r"(comply\w*|follow\w*|adher\w*|abid\w*|obey\w*)\s+(with\s+)?([\w']+\s+){0,3}"
    r"(policies|polices|rules|guidelines|regulations|them)"
)
VAGUE = re.compile(rf"\b({ACTS}|{MANNER}|{GOALS})\b", re.I)

# A commitment not to do something ("we will not comment on reviews") is as checkable as it gets.
PROHIBITION = re.compile(r"\b(will|shall|would)\s+(not|never)\b|\bwon't\b|\bnever\b|\bno\s+longer\b", re.I)
# The letter talking about itself: the detail follows ("below we set out the steps we will take").
META = re.compile(r"\b(set(ting)?\s+out|outlin\w+|explain\w*|describ\w+|detail(ed)?\s+(below|in)|"
                  r"(the\s+)?following|below|as\s+follows|this\s+(letter|plan|appeal|poa))\b", re.I)
# Spelling out the mechanism is detail, even without a figure ("including supplier reviews and
# random test buys").
SPELLED_OUT = re.compile(r"\b(including|such\s+as|namely)\b", re.I)


def vague_markers(text: str) -> list[str]:
    """The vagueness markers in a sentence, in order."""
    return [m.group(0) for m in VAGUE.finditer(text)]
