"""Determiner and noun disagree in number or countability.

"a/an/every/each/this/another" + plural noun ("this orders"), "a" + number + "of" ("a 11 of
products"), "these/those/many/several/various/multiple/both" + singular count noun ("these
product"), and a count determiner before an uncountable noun ("an evidence", "many
information"). Nouns are judged by the lexicon and rules/lists/uncountable_nouns.txt; compounds
("these product listings") are skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._lexicon import Lexicon, lexicon_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

SINGULAR_DETS = {"a", "an", "every", "each", "another", "this", "that", "one"}
PLURAL_DETS = {"these", "those", "many", "several", "various", "multiple", "both", "few"}
COUNT_DETS = {"a", "an", "many", "several", "few", "these", "those", "another", "every", "each",
              "multiple", "various"}
# left to grammar.quantifier-singular (a tuned list of its own)
QUANTIFIER_RULE_NOUNS = {"customer", "buyer", "order", "product", "item", "listing", "supplier",
                         "employee", "asin", "package", "complaint", "claim", "problem", "issue",
                         "mistake", "invoice", "unit", "sku", "carton", "parcel", "return",
                         "refund", "review", "photo", "document", "account", "seller"}
# plural-looking nouns that are singular or have no singular
NOT_PLURAL = {"news", "series", "means", "species", "logistics", "analytics", "economics",
              "goods", "sales", "thanks", "premises", "headquarters", "business", "process",
              "status", "address", "access", "loss", "class", "glass", "bus", "gas", "basis",
              "analysis", "crisis", "diagnosis", "physics", "statistics", "politics", "ethics",
              "lens", "mathematics", "electronics", "cosmetics", "earnings", "savings", "works",
              "apparatus", "chassis", "progress", "success", "stress", "express", "wellness",
              "business", "kindness", "awareness", "carelessness", "this", "us", "yes", "is",
              "was", "has", "does", "plus", "bonus", "campus", "census", "virus", "focus", "status"}


def _head_after(doc: Any, i: int, end: int) -> int | None:
    """The noun a determiner at i introduces: skip up to two adjectives/adverbs."""
    j = i + 1
    while j < end and j - i <= 3 and doc[j].tag_ in ("JJ", "RB", "RBS", "JJS", "JJR") \
            and doc[j].lower_ not in ("more", "most", "less", "few", "lot"):
        j += 1
    if j < end and doc[j].tag_ in ("NN", "NNS", "VBZ") and doc[j].is_alpha and doc[j].text.islower():
        return j
    return None


def _compound(doc: Any, j: int, end: int) -> bool:
    nxt = doc[j + 1] if j + 1 < end else None
    return nxt is not None and (nxt.tag_ in ("NN", "NNS", "NNP", "CD") or nxt.text in ("-", "/")
                                or nxt.lower_ in ("'s", "’s"))


def _plural(lex: Lexicon, word: str) -> bool:
    """Whether a noun is a regular or irregular plural of a singular noun."""
    if word in NOT_PLURAL or word in lex.sets["noun"] and not word.endswith("s"):
        return False
    if word in lex.sets["noun"] and word.endswith("s") and word[:-1] not in lex.sets["noun"]:
        return False  # a noun in its own right ("glasses", "earnings") unless "x" + s is a noun
    singular = [base for base in lex.exceptions["noun"].get(word, ())]
    if word.endswith("ies"):
        singular.append(word[:-3] + "y")
    if word.endswith("es"):
        singular.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        singular.append(word[:-1])
    return any(s in lex.sets["noun"] and s != word for s in singular)


# not "each": "we sent each a refund" is a pronoun
DOUBLE_FIRST = {"a", "an", "the", "our", "my", "your", "their", "his", "its", "no"}
DOUBLE_SECOND = {"a", "an", "the", "any", "our", "my", "your", "their", "this", "these", "those",
                 "every", "each"}
TIME_NOUNS = {"minutes", "hours", "days", "weeks", "months", "years", "times", "orders", "items"}
TIME_PREPS = {"for", "after", "in", "within", "over", "about", "since", "past", "before"}


def _other_hits(doc: Any, i: int, end: int) -> Iterator[Hit]:
    """Two determiners in a row ("the any", "a the") and "for few days" (a few)."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < end else None
    if nxt is None:
        return
    if tok.lower_ in DOUBLE_FIRST and nxt.lower_ in DOUBLE_SECOND and tok.whitespace_ and \
            tok.tag_ in ("DT", "PRP$") and nxt.tag_ in ("DT", "PRP$") and not tok.text.isupper():
        yield Hit(tok.idx, nxt.idx + len(nxt.text),
                  {"match": f"{tok.text} {nxt.text}", "problem": "two determiners in a row",
                   "fix": f'"{tok.text}" or "{nxt.text}", not both'}, ())
    elif tok.lower_ in TIME_PREPS and nxt.lower_ == "few" and i + 2 < end \
            and doc[i + 2].lower_ in TIME_NOUNS:
        yield Hit(nxt.idx, nxt.idx + 3,
                  {"match": f"{tok.text} few {doc[i + 2].text}",
                   "problem": '"few" alone means "not many"',
                   "fix": f'"{tok.text} a few {doc[i + 2].text}"'}, ("a few",))


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    lex = lexicon_of(letter)
    if lex is None:
        return
    uncountable = frozenset(letter.data.entries("uncountable_nouns.txt"))
    for sentence in letter.sentences:
        span = sentence.span
        doc, end = span.doc, span.end
        for i in range(span.start, end):
            yield from _other_hits(doc, i, end)
            det = doc[i]
            low = det.lower_
            if low in ("a", "an") and i + 2 < end and det.tag_ == "DT" and doc[i + 1].like_num \
                    and doc[i + 2].lower_ == "of" and doc[i + 1].text not in ("1", "one"):
                yield Hit(det.idx, doc[i + 1].idx + len(doc[i + 1].text),
                          {"match": doc[i:i + 2].text, "problem": "a number takes no \"a\"",
                           "fix": f'"{doc[i + 1].text}"'}, (doc[i + 1].text,))
                continue
            numbered = _number_above_one(doc, i, span.start)
            if numbered:
                low = "several"  # "5 charger", "two week": a number above one is a plural determiner
            elif low not in SINGULAR_DETS | PLURAL_DETS | {"much"} or det.tag_ not in ("DT", "JJ", "CD", "PDT"):
                continue
            if low in ("that", "this", "one") and det.dep_ not in ("det", "nummod"):
                continue
            j = _head_after(doc, i, end)
            if j is None or _compound(doc, j, end):
                continue
            if low in ("this", "that") and j > i + 1 and any(
                    "verb" in lex.classes(t.lower_) or lex.form_tag(t.lower_) in ("VBD", "VBN")
                    for t in doc[i + 1:j]) and (
                    i == span.start or doc[i - 1].lower_ in ("that", "because", "and", "as", "so", ",")):
                continue  # "we understand that this hurt buyers": "this" is the subject
            noun = doc[j].lower_
            if (i > span.start and doc[i - 1].lower_ in ("of", "one")) and low == "one":
                continue
            if low in COUNT_DETS and noun in uncountable and not numbered \
                    and not (low in ("a", "an") and j > i + 1):
                yield Hit(doc[i].idx, doc[j].idx + len(doc[j].text),
                          {"match": doc[i:j + 1].text, "problem": f'"{noun}" is uncountable',
                           "fix": f'"{doc[i + 1:j + 1].text}" without "{det.text}", or "some/more '
                                  f'{noun}"'}, ())
            elif low in SINGULAR_DETS and (doc[j].tag_ == "NNS" or doc[j].tag_ == "VBZ" and low in (
                    "a", "an", "every", "each", "another")) and _plural(lex, noun) \
                    and noun not in uncountable \
                    and not (low == "one" and i + 1 < end and doc[i + 1].lower_ == "of"):
                if low in ("a", "an") and j + 1 < end and doc[j + 1].lower_ == "of":
                    continue  # "a couple of", "a variety of items"
                yield Hit(doc[j].idx, doc[j].idx + len(doc[j].text),
                          {"match": doc[i:j + 1].text,
                           "problem": f'"{det.text}" needs a singular noun',
                           "fix": "the singular, or a plural determiner"}, ())
            elif low in ("these", "those") and noun in ("kind", "type", "sort") and j == i + 1 \
                    and j + 1 < end and doc[j + 1].lower_ == "of":
                yield Hit(doc[j].idx, doc[j].idx + len(doc[j].text),
                          {"match": doc[i:j + 1].text, "problem": f'"{det.text}" needs a plural noun',
                           "fix": f'"{det.text} {noun}s of" or "this {noun} of"'}, (noun + "s",))
            elif low == "much" and doc[j].tag_ == "NNS" and _plural(lex, noun) and j == i + 1 \
                    and noun not in uncountable:
                yield Hit(det.idx, det.idx + len(det.text),
                          {"match": doc[i:j + 1].text, "problem": '"much" goes with uncountable nouns',
                           "fix": f'"many {noun}"'}, ("many",))
            elif low in PLURAL_DETS and low != "few" and doc[j].tag_ == "NN" and noun in lex.sets["noun"] \
                    and noun not in uncountable and not (numbered and noun in UNIT_NOUNS) \
                    and noun not in QUANTIFIER_RULE_NOUNS \
                    and not noun.endswith("s") and lex.classes(noun) <= {"noun", "verb"} \
                    and not (j + 1 < end and doc[j + 1].lower_ == "of"):
                if _mass(lex, noun):
                    continue
                yield Hit(doc[j].idx, doc[j].idx + len(doc[j].text),
                          {"match": doc[i:j + 1].text,
                           "problem": f'"{det.text}" needs a plural noun',
                           "fix": f'"{det.text} {doc[i + 1:j].text + " " if j > i + 1 else ""}'
                                  f'{_pluralise(noun)}"'}, (_pluralise(noun),))


NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "fifteen", "twenty", "thirty", "fifty", "hundred"}
# words counted in the singular after a number ("10 percent", "2 dozen")
UNIT_NOUNS = {"percent", "dozen", "hundred", "thousand", "million", "billion", "pm", "am", "x", "times",
              # nouns whose plural is the same word ("3 staff", "2 aircraft")
              "staff", "personnel", "people", "police", "crew", "aircraft", "sheep", "fish", "deer"}


def _number_above_one(doc: Any, i: int, start: int) -> bool:
    """A number above one counting the noun after it: "5", "12", "two"; not a model or section
    number ("iPhone 12 case", "Section 3"), a year, a price or a decimal."""
    tok = doc[i]
    if tok.tag_ != "CD" or tok.dep_ not in ("nummod",):
        return False
    if tok.lower_ in NUMBER_WORDS:
        pass
    elif not tok.text.isdigit() or tok.text.startswith("0") or int(tok.text) < 2 or len(tok.text) > 4 \
            or 1900 <= int(tok.text) <= 2100:
        return False
    if i > start:
        prev = doc[i - 1]
        if prev.text[:1].isupper() and prev.i > start or prev.text in ("$", "#", "€", "£", "-", "/", ".", ":", "No") \
                or prev.like_num or prev.tag_ in ("NNP", "NNPS", "$"):
            return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ not in UNIT_NOUNS and bool(tok.whitespace_)


MASS_SUFFIXES = ("ness", "ity", "ance", "ence", "ing", "ship", "dom", "ism")


def _mass(lex: Lexicon, noun: str) -> bool:
    """Abstract nouns that are often uncountable ("many management"?) are left alone."""
    return noun.endswith(MASS_SUFFIXES) and noun not in ("notification", "question", "complaint")


def _pluralise(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    return noun + "s"
