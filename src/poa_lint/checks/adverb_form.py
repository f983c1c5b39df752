"""An adjective where the verb needs an adverb: "I take this very serious", "check it careful"."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._lexicon import Lexicon, lexicon_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

# Verbs that take an adjective as a complement ("keep it clean", "find it hard", "feel sorry").
COMPLEMENT_VERBS = {"be", "become", "seem", "appear", "look", "feel", "sound", "smell", "taste",
                    "remain", "stay", "keep", "get", "grow", "turn", "prove", "make", "find",
                    "consider", "leave", "hold", "deem", "render", "think", "call", "set", "go",
                    "come", "fall", "run", "wear", "paint", "declare", "believe", "judge", "rate",
                    "label", "mark", "want", "need", "like", "prefer", "see", "have", "buy",
                    "sell", "arrive", "ship", "deliver", "return", "receive", "send", "serve",
                    "break", "die", "live", "stand", "sit", "lie", "end", "start", "open",
                    "close", "plead", "wash", "cut", "pack", "list", "describe", "rest", "play",
                    "show", "tell", "report", "state", "confirm", "print", "dye", "label", "colour"}
# Adjectives that are also adverbs ("work hard", "ship fast", "deliver late", "check daily").
FLAT = {"hard", "fast", "late", "early", "daily", "weekly", "monthly", "yearly", "hourly",
        "right", "wrong", "straight", "high", "low", "deep", "close", "direct", "free", "long",
        "well", "clean", "loud", "tight", "first", "last", "next", "enough", "much", "little",
        "more", "most", "less", "least", "better", "best", "worse", "worst", "ahead", "alone",
        "alike", "overnight", "full", "sure", "quick", "slow", "wide", "far", "near", "back",
        "fine", "short", "pretty", "real", "timely", "likely", "only", "even", "still", "due",
        "same", "whole", "further", "further", "forward", "later", "ready", "safe", "intact",
        "correct", "accurate", "available", "aware", "responsible", "able", "unable", "new",
        "unused", "sorry", "necessary", "possible", "compliant", "empty", "complete", "open",
        "ok", "okay", "equal", "fair", "own", "extra", "separate", "together", "apart", "live"}
PREP_ADJECTIVES = {"grateful", "thankful", "happy", "similar", "relevant", "related", "familiar",
                   "capable", "liable", "eligible", "consistent", "different", "subject", "glad",
                   "afraid", "proud", "certain", "confident", "concerned", "careful", "serious"}
DEGREE = {"very", "so", "too", "more", "most", "really", "extremely", "quite", "more", "less"}
BOUNDARY_TAGS = {".", ",", ":", "IN", "CC", "TO", "-RRB-", "HYPH", "WRB", "WDT"}


def _adverb(lex: Lexicon, adj: str) -> str | None:
    """The -ly adverb of an adjective when the lexicon knows it ('serious' -> 'seriously')."""
    candidates = [adj + "ly"]
    if adj.endswith("le"):
        candidates.insert(0, adj[:-1] + "y")
    if adj.endswith("y"):
        candidates.insert(0, adj[:-1] + "ily")
    if adj.endswith("ic"):
        candidates.insert(0, adj + "ally")
    if adj.endswith("ue"):
        candidates.insert(0, adj[:-1] + "ly")
    for c in candidates:
        if c in lex.sets["adv"]:
            return c
    return None


# Adjectives of degree: before another adjective or a participle they must be adverbs
# ("unexpectedly high demand", "seriously damaged boxes"); classifying adjectives ("original
# sealed packaging", "new unused units") are not in the list.
DEGREE_ADJECTIVES = {"extreme", "serious", "complete", "total", "absolute", "relative", "unexpected",
                     "unusual", "severe", "terrible", "incredible", "exceptional", "slight",
                     "comparative", "surprising", "remarkable", "extraordinary"}

GRADABLE = {"high", "low", "large", "small", "big", "long", "short", "fast", "slow", "good", "poor",
            "expensive", "cheap", "important", "difficult", "easy", "busy", "different", "similar",
            "hot", "cold", "strong", "weak", "dangerous", "careful", "strict", "late", "early",
            "bad", "serious", "common", "rare", "frequent", "limited", "new"}


def _before_adjective(lex: Lexicon, doc: Any, i: int, end: int) -> Hit | None:
    """"unexpected high demand", "serious damaged boxes": a degree adjective right before
    another adjective or a participle that modifies a noun."""
    tok = doc[i]
    if tok.lower_ not in DEGREE_ADJECTIVES or tok.tag_ != "JJ" or i + 2 >= end:
        return None
    nxt, noun = doc[i + 1], doc[i + 2]
    participle = nxt.tag_ == "VBN" and nxt.lower_.endswith("ed")
    if not (nxt.is_lower and nxt.is_alpha and (nxt.tag_ == "JJ" or participle)):
        return None
    if noun.tag_ not in ("NN", "NNS") or nxt.lower_ in ("other", "same"):
        return None
    if nxt.tag_ == "JJ" and not (lex.form_tag(nxt.lower_) in ("VBD", "VBN") or nxt.lower_ in GRADABLE):
        return None  # "extra wooden box": the second adjective is not one of degree
    if i + 3 < end and doc[i + 3].tag_ in ("NN", "NNS"):
        return None  # "a serious late shipment problem": the adjectives may modify a compound
    adverb = _adverb(lex, tok.lower_)
    if adverb is None:
        return None
    return Hit(tok.idx, tok.idx + len(tok.text),
               {"match": tok.text, "adverb": adverb, "next": nxt.text, "variant": "before-adjective"},
               (adverb,))


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    lex = lexicon_of(letter)
    if lex is None:
        return
    for sentence in letter.sentences:
        span = sentence.span
        doc, end = span.doc, span.end
        for tok in span:
            if (hit := _before_adjective(lex, doc, tok.i, end)) is not None:
                yield hit
                continue
            if tok.tag_ != "JJ" or not tok.is_alpha or not tok.text.islower() or tok.lower_ in FLAT:
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < end else None
            if nxt is not None and nxt.tag_ not in BOUNDARY_TAGS:
                continue  # attributive ("serious problem") or followed by its complement
            if nxt is not None and nxt.tag_ in ("IN", "TO") and tok.lower_ in PREP_ADJECTIVES:
                continue  # "grateful to", "liable for", "familiar with"
            verb = tok.head
            if tok.dep_ == "amod" and verb.i < tok.i and verb.dep_ == "dobj":
                tok_dep, verb = "advmod", verb.head  # "check every order careful"
            else:
                tok_dep = tok.dep_
            if tok_dep not in ("advmod", "acomp", "oprd", "dobj", "npadvmod", "xcomp", "ccomp") or \
                    not verb.tag_.startswith("VB") or verb.lemma_.lower() in COMPLEMENT_VERBS \
                    or verb.i > tok.i or tok.i - verb.i > 6:
                continue
            if any(c.dep_ in ("auxpass",) for c in verb.children) or any(
                    t.lemma_.lower() in COMPLEMENT_VERBS for t in doc[verb.i + 1:tok.i]
                    if t.tag_.startswith("VB")):
                continue
            between = doc[verb.i + 1:tok.i]
            if any(t.tag_ in ("IN", "CC", ",", "TO") or t.tag_.startswith("VB") for t in between):
                continue
            adverb = _adverb(lex, tok.lower_)
            if adverb is None:
                continue
            start = tok.i - 1 if tok.i - 1 > verb.i and doc[tok.i - 1].lower_ in DEGREE else tok.i
            yield Hit(tok.idx, tok.idx + len(tok.text),
                      {"match": tok.text, "verb": verb.text, "adverb": adverb}, (adverb,))
            del start
