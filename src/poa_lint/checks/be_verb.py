"""'Be' + a plain verb, adverbs allowed between: "was deactivate", "we are deeply understand",
"will not be transfer", "was took". The fix is the participle, or dropping "be" for verbs of state."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._lexicon import Lexicon
from poa_lint.checks.verb_form import BE, base_verb, hit_at, lexicon_prose, plain_word, skip_adverbs
from poa_lint.document import Letter
from poa_lint.finding import Hit

# "be" + base verb where the fix is to drop "be" ("we are agree" -> "we agree")
STATIVE = {"agree", "belong", "understand", "know", "realize", "realise", "hope", "promise",
           "apologize", "apologise", "regret", "admit", "accept", "appreciate", "match", "need",
           "want", "care", "include", "contain", "depend", "exist", "comply", "relate", "remain",
           "lack", "happen", "occur", "worry", "believe", "feel", "think", "sincerely", "wish",
           "thank", "value", "respect", "confirm", "guarantee", "ensure", "commit", "disagree",
           "deserve", "consist", "fail"}


def _pseudo_cleft(doc: Any, start: int, i: int) -> bool:
    return any(t.lower_ in ("what", "all", "thing", "only", "first", "step") for t in doc[start:i])


def _after_be(doc: Any, lex: Lexicon, start: int, i: int, end: int) -> Iterator[Hit]:
    tok = doc[i]
    if tok.lower_ not in BE or tok.tag_ == "MD" or _pseudo_cleft(doc, start, i):
        return
    j = skip_adverbs(doc, i + 1, end)
    after_modal = tok.lower_ == "be" and i > 0 and (doc[i - 1].tag_ == "MD" or doc[i - 1].lower_ in (
        "to", "not", "n't", "n’t"))
    if j >= end or (j + 1 < end and doc[j + 1].lower_ == "to" and doc[j].lower_ not in STATIVE
                    and not after_modal):
        return
    w = doc[j]
    adverb_between = j > i + 1 and doc[j - 1].lower_.endswith("ly")
    if after_modal and plain_word(w) and w.tag_ in ("NN", "VB") and "verb" in lex.classes(w.lower_) \
            and "adj" not in lex.classes(w.lower_) and not any(c.tag_ == "DT" for c in w.children) \
            and not (j + 1 < end and doc[j + 1].lower_ in ("of", "for")):
        yield hit_at(w, lex.inflect(w.lower_, "VBN"), f'a plain verb after "{doc[i - 1].text} {tok.text}"')
    elif j > i + 1 and doc[i + 1].lower_ in ("not", "n't", "n’t") and plain_word(w) \
            and w.tag_ in ("VB", "VBP", "NN") and lex.classes(w.lower_) in ({"verb"}, {"verb", "noun"}) \
            and j + 1 < end and doc[j + 1].tag_ in ("DT", "PRP$") and doc[j + 1].lower_ not in ("that", "this"):
        # "we are not check the orders": a verb with its object after "be not" is negated with "do"
        yield Hit(tok.idx, w.idx + len(w.text),
                  {"match": doc[i:j + 1].text, "context": f'"{tok.text} not" before the plain verb "{w.text}"',
                   "fix": 'write "do/did not" + the verb ("we did not check the orders")'}, ())
    elif base_verb(lex, w, strict=not adverb_between) or (
            adverb_between and plain_word(w) and w.lower_ in lex.sets["verb"]
            and "adj" not in lex.classes(w.lower_)):
        if w.lower_ in STATIVE:
            yield Hit(tok.idx, tok.idx + len(tok.text),
                      {"match": f"{tok.text} … {w.text}" if j > i + 1 else f"{tok.text} {w.text}",
                       "context": f'"{tok.text}" before the plain verb "{w.text}"',
                       "fix": f'drop "{tok.text}" ("we agree", "it belongs")'},
                      ())
        elif lex.inflect(w.lower_, "VBN") != w.lower_:  # "was proofread", "was put" are participles
            yield hit_at(w, lex.inflect(w.lower_, "VBN"), f'a plain verb after "{tok.text}"')
    elif plain_word(w) and lex.form_tag(w.lower_) == "VBD" and (base := lex.verb_base(w.lower_)):
        participle = lex.inflect(base, "VBN")
        if participle != w.lower_ and w.lower_ not in lex.sets["adj"]:
            yield Hit(w.idx, w.idx + len(w.text),
                      {"match": w.text, "context": f'the past tense after "{tok.text}"',
                       "fix": f'write "{participle}" (passive) or drop "{tok.text}"'},
                      (participle,))


def be_base_verb(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    """"be" + a plain verb, with adverbs between: "was deactivate", "we are deeply understand"."""
    for lex, span in lexicon_prose(letter):
        for i in range(span.start, span.end):
            yield from _after_be(span.doc, lex, span.start, i, span.end)
