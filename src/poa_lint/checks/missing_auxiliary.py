"""A negated verb with no auxiliary: "we not check the orders", "the supplier not send the
invoice". English negates a verb with "do/does/did not" (or "be/have" + not); Chinese puts 不/没
straight before the verb. The subject is a pronoun or a noun the parse gives as subject."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks.verb_form import lexicon_prose, plain_word
from poa_lint.document import Letter
from poa_lint.finding import Hit

PRONOUNS = {"we", "i", "they", "he", "she", "it"}
# words before a subject that make "we not ..." part of a question, a comparison or a causative
# ("did we not", "than we not", "make it not happen")
INVERTING = {"do", "does", "did", "can", "could", "will", "would", "should", "shall", "must",
             "may", "might", "have", "has", "had", "are", "is", "were", "was", "am", "than", "as",
             "why", "whether", "or", "if", "make", "makes", "made", "let", "lets", "help", "helps",
             "keep", "see", "saw", "watch"}


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    for lex, span in lexicon_prose(letter):
        doc = span.doc
        for i in range(span.start, span.end - 2):
            subj, neg, w = doc[i], doc[i + 1], doc[i + 2]
            if neg.lower_ != "not" or not plain_word(w) or w.lower_ in ("only", "just", "to", "even"):
                continue
            pronoun = subj.lower_ in PRONOUNS and (i == span.start or doc[i - 1].lower_ not in INVERTING)
            noun = subj.dep_ == "nsubj" and subj.tag_ in ("NN", "NNS") and subj.head.i == w.i
            if not (pronoun or noun):
                continue
            low = w.lower_
            classes = lex.classes(low)
            base = low in lex.sets["verb"] and "adj" not in classes and w.tag_ in ("VB", "VBP")
            past = w.tag_ == "VBD" and lex.form_tag(low) == "VBD" and low not in lex.sets["adj"]
            if not (base or past) or low in ("be", "have", "do", "need", "dare"):
                continue
            if base and "noun" in classes and not (i + 3 < span.end and doc[i + 3].tag_ in (
                    "DT", "PRP$", "PRP", "CD", "NNS", "IN", "TO", "RP")):
                continue  # "we not orders"? a word that is also a noun needs its object after it
            fix = "did not" if past or w.tag_ == "VBD" else ("does not" if subj.lower_ in (
                "he", "she", "it") or subj.tag_ == "NN" else "do not")
            yield Hit(neg.idx, w.idx + len(w.text), {"match": doc[i:i + 3].text, "fix": fix}, ())
