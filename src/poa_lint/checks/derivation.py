"""Words built with the wrong prefix or suffix: "unsatisfaction", "unproper", "improvation";
and words of the wrong class for their slot ("customer complain of", "we apologies for", see
_word_class).

A word the lexicon does not know, whose stem plus another prefix or suffix of the same kind is a
known word, is reported with that word ("dissatisfaction", "improper", "improvement").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks import _word_class
from poa_lint.checks._lexicon import Lexicon, lexicon_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "mis")
NOUN_SUFFIXES = ("ation", "ition", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ancy",
                 "ency", "al", "ure", "age", "ing")
ADJ_SUFFIXES = ("able", "ible", "ful", "ous", "ive", "al", "ic", "ant", "ent", "ary", "ory")


def _known(lex: Lexicon, word: str) -> bool:
    return any(word in lex.sets[c] for c in ("noun", "verb", "adj", "adv"))


def candidates(lex: Lexicon, word: str) -> list[str]:
    """Known words with the same stem and another negative prefix or another suffix."""
    out: list[str] = []
    for prefix in NEGATIVE_PREFIXES:
        if word.startswith(prefix) and _known(lex, word[len(prefix):]):
            stem = word[len(prefix):]
            out += [p + stem for p in NEGATIVE_PREFIXES if p != prefix and _known(lex, p + stem)]
    for group in (NOUN_SUFFIXES, ADJ_SUFFIXES):
        for suffix in group:
            if not word.endswith(suffix) or len(word) - len(suffix) < 4:
                continue
            stem = word[:-len(suffix)]
            for other in group:
                if other == suffix:
                    continue
                for variant in (stem + other, stem + "e" + other, stem[:-1] + other):
                    if variant != word and variant[:len(stem) - 1] == stem[:-1] and _known(lex, variant):
                        cls = "noun" if group is NOUN_SUFFIXES else "adj"
                        if variant in lex.sets[cls]:
                            out.append(variant)
    return list(dict.fromkeys(out))


def _productive(lex: Lexicon, word: str) -> bool:
    """Regular derivations the word list need not hold: re-/pre-/co- + word, verb + -ation."""
    for prefix in ("re", "pre", "co", "de", "sub", "over", "under", "out", "multi", "self", "anti"):
        if word.startswith(prefix) and lex.known(word[len(prefix):]):
            return True
    for suffix, base_suffixes in (("ation", ("ate",)), ("ization", ("ize",)), ("ion", ("e", "")),
                                  ("ment", ("",)), ("ness", ("",)), ("ly", ("", "le"))):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            if any(lex.known(stem + b) for b in base_suffixes):
                return True
    return False


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    lex = lexicon_of(letter)
    if lex is None:
        return
    domain = {w.lower() for w in letter.data.entries("domain_words.txt")}
    for tok in letter.doc:
        word = tok.text
        if len(word) < 7 or not word.isalpha() or not word.islower() or word in domain:
            continue
        if lex.known(word) or _productive(lex, word):
            continue
        found = candidates(lex, word)
        if found:
            yield Hit(tok.idx, tok.idx + len(word), {"match": word, "fix": found[0]}, tuple(found[:3]))
    for sentence in letter.sentences:
        if not sentence.is_heading and '"' not in sentence.span.text and "“" not in sentence.span.text:
            yield from _word_class.hits(lex, sentence.span)
