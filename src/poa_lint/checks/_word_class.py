"""A word of the wrong class for its slot, where the same stem gives the right one: a verb after
a determiner ("customer complain of", "our apologize") and a noun after a subject pronoun or a
modal ("we apologies for", "we will improvement our checks").

The slot is read from the neighbouring words' tags, not from the parse (which bends around the
error), and a word is reported only when the lexicon knows it in one class alone and knows its
derivative in the other ("complain" -> "complaint", "apologies" -> "apologize").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from poa_lint.checks._lexicon import Lexicon
from poa_lint.finding import Hit

# determiners that are never pronouns ("if any differ", "this hurt" and "let her go" are not slots)
DETERMINERS = {"a", "an", "the", "every", "our", "my", "their", "your", "its"}
SUBJECTS = {"i", "we", "they"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must"}
# verb -> noun: suffixes to add (to the verb, or to it without a final "e"/"ize")
NOUN_SUFFIXES = ("t", "ment", "ation", "ion", "al", "y", "ance", "ence", "ure")
# noun -> verb: (noun suffix, verb suffixes that replace it)
VERB_SUFFIXES = (("ies", ("ize", "ise")), ("y", ("ize", "ise")), ("ment", ("",)),
                 ("ation", ("ate", "e", "")), ("ion", ("e", "")), ("al", ("e",)),
                 ("ance", ("", "e")), ("ence", ("", "e")), ("ure", ("", "e")), ("t", ("",)))


def noun_of(lex: Lexicon, verb: str) -> str | None:
    """The noun formed from a verb: 'complain' -> 'complaint', 'deliver' -> 'delivery'."""
    stems = [verb] + ([verb[:-1]] if verb.endswith("e") else []) + (
        [verb[:-3]] if verb.endswith("ize") or verb.endswith("ise") else [])
    for stem in stems:
        for suffix in NOUN_SUFFIXES:
            word = stem + suffix
            if word != verb and len(word) >= len(verb) - 3 and word in lex.sets["noun"] \
                    and "verb" not in lex.classes(word):
                return word
    return None


def verb_of(lex: Lexicon, noun: str) -> str | None:
    """The verb formed from a noun: 'apologies' -> 'apologize', 'improvement' -> 'improve'."""
    for suffix, replacements in VERB_SUFFIXES:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < 3:
            continue
        for rep in replacements:
            word = noun[:-len(suffix)] + rep
            if word in lex.sets["verb"] and "noun" not in lex.classes(word):
                return word
    return None


def _plain(tok: Any) -> bool:
    return tok.is_alpha and tok.text.islower() and len(tok.text) > 3


def _verb_in_noun_slot(lex: Lexicon, doc: Any, i: int, start: int, end: int) -> Hit | None:
    """"the complain", "of customer complain of": a verb-only word right after a determiner (or
    a determiner or "of" and one lower-case noun), not followed by a noun it could modify."""
    tok = doc[i]
    if not _plain(tok) or lex.classes(tok.lower_) != {"verb"} or i == start:
        return None
    prev = doc[i - 1]
    slot = prev.lower_ in DETERMINERS and prev.tag_ in ("DT", "PRP$")
    if not slot and prev.tag_ == "NN" and prev.is_lower and i - 2 >= start:
        before = doc[i - 2]
        slot = (before.lower_ in DETERMINERS and before.tag_ in ("DT", "PRP$")) or before.lower_ == "of"
    if not slot:
        return None
    nxt = doc[i + 1] if i + 1 < end else None
    if nxt is not None and (nxt.tag_ in ("DT", "PRP", "PRP$", "NN", "NNS", "CD", "TO")
                            or nxt.lower_ in ("that", "how", "what", "whether")):
        return None  # "that this complain the ..." would be a clause; leave it
    noun = noun_of(lex, tok.lower_)
    if noun is None:
        return None
    return Hit(tok.idx, tok.idx + len(tok.text),
               {"match": tok.text, "fix": noun, "variant": "noun-slot"}, (noun,))


def _noun_in_verb_slot(lex: Lexicon, doc: Any, i: int, start: int, end: int) -> Hit | None:
    """"we apologies for", "we will improvement our": a noun-only word right after a subject
    pronoun or a modal, followed by what a verb takes (a preposition or an object)."""
    tok = doc[i]
    if not _plain(tok) or i == start or tok.tag_ not in ("NN", "NNS", "VBZ", "VBP", "VB"):
        return None
    low = tok.lower_
    singulars = [low[:-3] + "y"] if low.endswith("ies") else [low[:-1]] if low.endswith("s") else []
    lemma = next((w for w in (low, tok.lemma_.lower(), *singulars) if w in lex.sets["noun"]), low)
    if lex.classes(lemma) != {"noun"} or low in lex.sets["verb"] or lex.verb_base(low):
        return None
    prev = doc[i - 1]
    if not (prev.lower_ in SUBJECTS and prev.tag_ == "PRP" or prev.lower_ in MODALS and prev.tag_ == "MD"):
        return None
    if prev.lower_ in SUBJECTS and i - 2 >= start and doc[i - 2].tag_ in ("IN", "VB", "VBD", "VBZ", "VBP",
                                                                          "VBG", "TO"):
        return None  # "gave they apologies": the pronoun is not the subject here
    nxt = doc[i + 1] if i + 1 < end else None
    if nxt is None or not (nxt.tag_ in ("DT", "PRP$", "PRP") or nxt.lower_ in ("for", "to", "with", "about")):
        return None
    verb = verb_of(lex, tok.lower_) or verb_of(lex, lemma)
    if verb is None:
        return None
    return Hit(tok.idx, tok.idx + len(tok.text),
               {"match": tok.text, "fix": verb, "variant": "verb-slot"}, (verb,))


def hits(lex: Lexicon, span: Any) -> Iterator[Hit]:
    doc, start, end = span.doc, span.start, span.end
    for i in range(start, end):
        hit = _verb_in_noun_slot(lex, doc, i, start, end) or _noun_in_verb_slot(lex, doc, i, start, end)
        if hit is not None:
            yield hit
