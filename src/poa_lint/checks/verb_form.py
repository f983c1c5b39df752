"""The verb form a grammatical context requires, checked over the parse and the lexicon.

After a modal, "do/does/did not" and infinitive "to": the base form ("must checked" -> "check").
After "have": the participle ("have send" -> "sent", "has took" -> "taken"). After "be" with only
adverbs between: a participle or no "be" ("was deactivate" -> "deactivated", "are accurately
match" -> "accurately match"). After "let/make/help + someone": the base form ("let the buyer
returned"); after "allow/ask/enable ... + someone" and "strive/try/want ...": "to" + base ("allow
me complete" -> "allow me to complete"); after "stop/prevent ... from" and "look forward to": -ing.
The "be" context is its own rule (grammar.be-plus-base-verb, checks/be_verb.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.checks._lexicon import Lexicon, lexicon_of
from poa_lint.document import Letter
from poa_lint.finding import Hit

MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "wo", "ca"}
DO = {"do", "does", "did"}
HAVE = {"have", "has", "had", "'ve", "’ve"}
BE = {"am", "is", "are", "was", "were", "be", "been", "being"}
NEGATIONS = {"not", "n't", "n’t", "never"}
BARE_CAUSATIVES = {"let", "make", "help"}
TO_CAUSATIVES = {"allow", "enable", "permit", "ask", "require", "force", "cause", "urge",
                 "encourage", "remind", "want", "expect", "tell", "instruct", "train", "teach",
                 "invite", "advise", "request", "order", "forbid", "need"}
TO_VERBS = {"strive", "try", "assist", "want", "need", "plan", "decide", "hope", "agree", "promise",
            "fail", "intend", "attempt", "aim", "seek", "tend", "refuse", "wish", "expect",
            "manage", "choose", "endeavor", "endeavour", "vow", "pledge", "undertake", "learn",
            "forget"}
FROM_VERBS = {"stop", "prevent", "keep", "prohibit", "refrain", "ban", "block", "restrict",
              "discourage", "deter", "bar", "exempt", "protect", "save", "avoid"}
# past forms that are also base verbs of their own ("to fell a tree", "to saw wood"), so the
# lexicon reads them as base forms; after "have" they stand for the past tense of another verb
PAST_ALSO_BASE = {"fell": "fallen", "saw": "seen", "rose": "risen"}
OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "you", "it"}
DEGREE = {"very", "so", "too", "more", "most", "really", "extremely", "fully", "deeply",
          "truly", "totally", "completely", "also", "already", "just", "still", "always",
          "never", "not", "n't", "n’t", "all", "strictly", "carefully", "immediately", "now",
          "then", "again", "sincerely", "accurately", "promptly", "only", "even", "ever", "further"}
TO_NOT_INFINITIVE = {"due", "according", "related", "addition", "regard", "respect", "subject",
                     "compared", "similar", "close", "next", "prior", "up", "thanks", "owing",
                     "opposed", "contrary", "attention", "access", "reply", "response", "answer",
                     "refer", "referred", "sent", "send", "return", "returned", "delivered",
                     "shipped", "ship", "deliver", "went", "go", "come", "came", "from", "back",
                     "leading", "lead", "led", "way", "key", "exposed", "dedicated", "committed",
                     "devoted", "used", "accustomed", "adjust", "limited", "linked", "connected",
                     "attached", "applied", "reported", "explained", "listed", "added", "moved",
                     "transferred", "forwarded", "escalated", "submitted", "given", "sold"}


def skip_adverbs(doc: Any, i: int, end: int, limit: int = 3) -> int:
    """Index of the first token at or after i that is not an adverb/negation (at most limit)."""
    n = 0
    while i < end and n < limit and (doc[i].lower_ in DEGREE or (
            doc[i].tag_ in ("RB", "RBR", "RBS") and doc[i].lower_.endswith("ly"))):
        i += 1
        n += 1
    return i


def plain_word(tok: Any) -> bool:
    return tok.is_alpha and tok.text.islower() and len(tok.text) > 1


def _inflected(lex: Lexicon, tok: Any, tags: tuple[str, ...], adjectives: bool = False) -> str | None:
    """The tag of tok when it is one of the given inflected verb forms and no base verb
    (adjectives=False: and no adjective either, as "damaged" can be)."""
    if not plain_word(tok) or tok.lower_ in lex.sets["verb"]:
        return None
    tag = lex.form_tag(tok.lower_)
    if tag not in tags:
        return None
    if tag == "VBZ" and tok.lower_[:-1] in lex.sets["noun"] | lex.sets["adj"]:
        return None  # a plural noun ("orders") as well
    if tag in ("VBD", "VBN") and not adjectives and tok.lower_ in lex.sets["adj"]:
        return None
    return tag


def base_verb(lex: Lexicon, tok: Any, strict: bool = False) -> bool:
    """Whether tok is a base verb here: a verb only, or a verb the tagger also read as one."""
    if not plain_word(tok) or tok.lower_ not in lex.sets["verb"] or tok.lower_ in BE | HAVE | DO:
        return False
    classes = lex.classes(tok.lower_)
    if classes == {"verb"}:
        return True
    return not strict and "adj" not in classes and tok.tag_ in ("VB", "VBP")


def _followed_by_object(doc: Any, i: int, end: int) -> bool:
    nxt = doc[i + 1] if i + 1 < end else None
    return nxt is not None and (nxt.tag_ in ("DT", "PRP", "PRP$", "CD", "NNS", "NNP")
                                or nxt.lower_ in ("all", "every", "each", "any", "our", "the"))


def _object_end(doc: Any, i: int, end: int) -> int | None:
    """The index after a short object starting at i: a pronoun, or determiner (+ adj) + noun."""
    if i >= end:
        return None
    if doc[i].lower_ in OBJECT_PRONOUNS:
        return i + 1
    if doc[i].tag_ in ("DT", "PRP$") or doc[i].lower_ in ("every", "each", "all"):
        j = i + 1
        while j < end and j - i <= 3 and doc[j].tag_ in ("JJ", "NN", "NNS") and doc[j].tag_ != "NNS":
            j += 1
        if j < end and doc[j].tag_ == "NNS":
            j += 1
        return j if j - i >= 2 and doc[j - 1].tag_ in ("NN", "NNS", "NNP") else None
    if doc[i].tag_ in ("NNS", "NNP", "NNPS"):
        return i + 1
    return None


def hit_at(tok: Any, fix: str, context: str) -> Hit:
    return Hit(tok.idx, tok.idx + len(tok.text),
               {"match": tok.text, "context": context, "fix": f'write "{fix}"'}, (fix,) if fix else ())


def _after_modal_do_to(doc: Any, lex: Lexicon, i: int, end: int) -> Iterator[Hit]:
    tok = doc[i]
    low = tok.lower_
    if low in MODALS and tok.tag_ == "MD":
        j = skip_adverbs(doc, i + 1, end)
        if j + 1 < end and doc[j].lower_ == "to" and base_verb(lex, doc[j + 1]) \
                and low in ("will", "shall", "should", "must", "would") and (
                    j == i + 1 or doc[j - 1].lower_.endswith("ly")):
            yield Hit(doc[j].idx, doc[j].idx + 2, {"match": "to", "context": f'after "{tok.text}"',
                                                   "fix": 'drop "to"'}, ())
        elif j < end and (tag := _inflected(lex, doc[j], ("VBD", "VBN", "VBZ", "VBG"), True)):
            base = lex.verb_base(doc[j].lower_)
            if base:
                yield hit_at(doc[j], base, f'after "{tok.text}"')
    elif low in DO and i + 1 < end and doc[i + 1].lower_ in NEGATIONS:
        j = skip_adverbs(doc, i + 1, end)
        if j < end and doc[j].lower_ in ("has", "had") and j + 1 < end and doc[j + 1].tag_ in (
                "DT", "PRP$", "CD", "NN", "NNS", "JJ"):
            yield hit_at(doc[j], "have", f'after "{doc[i:i + 2].text}"')  # "doesn't has a label"
        elif j < end and _inflected(lex, doc[j], ("VBD", "VBN", "VBZ"), True):
            base = lex.verb_base(doc[j].lower_)
            if base:
                yield hit_at(doc[j], base, f'after "{doc[i:i + 2].text}"')
    elif low == "to" and i > 0 and doc[i - 1].lemma_.lower() in TO_VERBS and i + 1 < end \
            and doc[i + 1].tag_ == "VBG" and plain_word(doc[i + 1]) and doc[i + 1].lower_ != "being":
        base = lex.verb_base(doc[i + 1].lower_)
        if base:  # "we plan to improving" (after these verbs "to" is the infinitive)
            yield hit_at(doc[i + 1], base, f'after "{doc[i - 1].text} to"')
    elif low == "to" and tok.tag_ == "TO" and i > 0 and doc[i - 1].lower_ not in TO_NOT_INFINITIVE:
        j = skip_adverbs(doc, i + 1, end, limit=1)
        if j < end and _inflected(lex, doc[j], ("VBD", "VBZ")) and doc[j].dep_ != "amod" and not (
                j + 1 < end and doc[j + 1].tag_ in ("NN", "NNS", "JJ")):
            base = lex.verb_base(doc[j].lower_)
            # a regular -ed form after "to" may be a participle ("to damaged units"): not reported
            if base and (doc[j].lower_ != lex.inflect(base, "VBN") or doc[j].lower_.endswith("s")):
                yield hit_at(doc[j], base, 'after "to"')


def _after_have(doc: Any, lex: Lexicon, i: int, end: int) -> Iterator[Hit]:
    tok = doc[i]
    if tok.lower_ not in HAVE or (i + 1 < end and doc[i + 1].lower_ in ("to", "better", "got")):
        return
    j = skip_adverbs(doc, i + 1, end)
    if j >= end or j + 1 < end and doc[j + 1].lower_ == "to":
        return
    w = doc[j]
    if w.lower_ == "got":
        return  # "have already got" is British English for "have gotten"
    if w.lower_ in PAST_ALSO_BASE and j + 1 < end and doc[j + 1].tag_ in ("RB", "IN", "RP", "CD", "DT"):
        # "had fell below", "have saw the": the past form of a verb that is also a base form
        yield hit_at(w, PAST_ALSO_BASE[w.lower_], f'after "{tok.text}"')
    elif base_verb(lex, w, strict=True) and lex.inflect(w.lower_, "VBN") != w.lower_:
        yield hit_at(w, lex.inflect(w.lower_, "VBN"), f'after "{tok.text}"')
    elif plain_word(w) and lex.form_tag(w.lower_) == "VBD" and (base := lex.verb_base(w.lower_)):
        participle = lex.inflect(base, "VBN")
        if participle != w.lower_ and w.lower_ not in lex.sets["adj"]:
            yield hit_at(w, participle, f'after "{tok.text}"')


def _after_causative(doc: Any, lex: Lexicon, i: int, end: int) -> Iterator[Hit]:
    tok = doc[i]
    if not tok.tag_.startswith("VB"):
        return
    lemma = tok.lemma_.lower()
    if lemma in BARE_CAUSATIVES | TO_CAUSATIVES:
        k = _object_end(doc, i + 1, end)
        if k is None or k >= end:
            return
        w = doc[k]
        if lemma in BARE_CAUSATIVES:
            if lemma == "help" and w.tag_ != "VBD":
                return
            if lemma in ("make", "let") and w.lower_ in ("is", "are", "was", "were") and k + 1 < end \
                    and doc[k + 1].tag_ in ("RB", "VB", "VBP", "JJ", "VBN") and tok.dep_ != "relcl" \
                    and not any(c.lower_ in ("who", "that", "which", "what") for c in tok.children) \
                    and not any(t.lower_ in ("who", "that", "which", "what") for t in doc[max(0, i - 2):i]):
                # ("the people who make the decisions are experienced": the relative clause ends)
                # "this made our account performance is not meet the standard"
                yield Hit(w.idx, w.idx + len(w.text), {"match": w.text, "context": (
                    f'after "{tok.text} {doc[i + 1].text}…"'), "fix": f'drop "{w.text}"'}, ())
            elif w.lower_ in DO and k + 1 < end and doc[k + 1].lower_ in NEGATIONS:
                yield Hit(w.idx, w.idx + len(w.text), {"match": w.text, "context": (
                    f'after "{tok.text} {doc[i + 1].text}…"'), "fix": f'drop "{w.text}"'}, ())
            elif _inflected(lex, w, ("VBZ",) if lemma == "make" else ("VBD", "VBZ"), True) \
                    and (base := lex.verb_base(w.lower_)) and w.tag_ != "NNS":
                # "make it closed" is a participle complement; "let the buyer returned" is not
                yield hit_at(w, base, f'after "{tok.text} {doc[i + 1].text}…"')
        elif base_verb(lex, w, strict=True) or (
                base_verb(lex, w) and _followed_by_object(doc, k, end)) or (
                plain_word(w) and "verb" in lex.classes(w.lower_) and k + 1 < end
                and doc[k + 1].lower_ in ("the", "our", "their", "all", "every", "each", "this", "these")):
            # "allow me complete the orders": a word that can be a verb, then its object
            if lemma == "need" and doc[i + 1].lower_ not in OBJECT_PRONOUNS:
                return
            yield hit_at(w, f"to {w.text}", f'after "{tok.text} {doc[i + 1].text}…"')
    if lemma in TO_VERBS and tok.dep_ != "aux" and i + 1 < end:
        w = doc[i + 1]
        if w.lower_ in lex.sets["verb"] and w.lower_ not in BE | HAVE | DO and plain_word(w) and (
                lex.classes(w.lower_) == {"verb"} or (
                    "adj" not in lex.classes(w.lower_) and _followed_by_object(doc, i + 1, end)
                    and w.tag_ not in ("NNS",))):
            yield hit_at(w, f"to {w.text}", f'after "{tok.text}"')


PREPOSITIONS = {"about", "of", "for", "without", "by", "after", "before", "despite", "on", "upon"}
SUBORDINATORS = {"when", "while", "before", "after", "without", "by", "for", "of"}


def _after_from(doc: Any, lex: Lexicon, start: int, i: int, end: int) -> Iterator[Hit]:
    tok = doc[i]
    if tok.lower_ in PREPOSITIONS and tok.tag_ == "IN" and i + 2 < end and doc[i + 1].lower_ in (
            "have", "has") and (i == start or doc[i - 1].lower_ not in ("than", "as")):
        j = skip_adverbs(doc, i + 2, end)
        if j < end and doc[j].tag_ in ("VBN", "VBD") and plain_word(doc[j]):
            # "complaints about have not got their parcels": after a preposition, "having"
            yield hit_at(doc[i + 1], "having", f'after "{tok.text}"')
            return
    if tok.lower_ in SUBORDINATORS and i + 1 < end and tok.tag_ in ("IN", "WRB") and tok.lower_ != "from":
        w = doc[i + 1]
        clause = tok.lower_ in ("when", "while", "before", "after")
        # "before upload", "after use": after "before/after" such a word is read as a noun
        # unless an object follows ("before create listing")
        objected = _followed_by_object(doc, i + 1, end) or (
            i + 2 < end and doc[i + 2].tag_ in ("NN", "JJ") and doc[i + 2].is_lower)
        if base_verb(lex, w, strict=not clause) and (
                objected or tok.lower_ in ("when", "while")):
            yield hit_at(w, lex.inflect(w.lower_, "VBG"), f'after "{tok.text}"')
    elif tok.lower_ == "from" and i + 1 < end:
        w = doc[i + 1]
        governed = any(t.lemma_.lower() in FROM_VERBS for t in doc[max(start, i - 5):i])
        if governed and w.lower_ in ("have", "has", "do", "be") and i + 2 < end:
            yield hit_at(w, lex.inflect(w.lower_, "VBG"), f'after "{tok.text}"')
        elif base_verb(lex, w, strict=not governed) and w.lower_ not in ("time",) and (
                governed or lex.classes(w.lower_) == {"verb"}):
            if not governed and not _followed_by_object(doc, i + 1, end):
                return
            yield hit_at(w, lex.inflect(w.lower_, "VBG"), f'after "{tok.text}"')
    elif tok.lower_ == "to" and i >= 2 and doc[i - 1].lower_ == "forward" and doc[i - 2].lemma_ == "look":
        w = doc[i + 1] if i + 1 < end else None
        if w is not None and base_verb(lex, w):
            yield hit_at(w, lex.inflect(w.lower_, "VBG"), 'after "look forward to"')


def _shared_auxiliary(doc: Any, lex: Lexicon, i: int) -> Iterator[Hit]:
    """"We have removed it and adopt ...": a verb joined by "and" shares the first verb's
    auxiliary, so it takes the same form ("have removed ... and adopted")."""
    tok = doc[i]
    if tok.dep_ != "conj" or not plain_word(tok) or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in tok.children):
        return
    head = tok.head
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass") and c.i < head.i]
    if not auxes or not any(c.lower_ == "and" for c in doc[head.i + 1:tok.i]) or tok.i - head.i > 12:
        return
    if any(t.text in (";", ":") or t.dep_ in ("nsubj", "nsubjpass") for t in doc[head.i + 1:tok.i]):
        return
    first = min(auxes, key=lambda t: t.i)
    if first.lower_ in HAVE and head.tag_ == "VBN" and len(auxes) == 1 and tok.tag_ in ("VB", "VBP") \
            and base_verb(lex, tok, strict=True) and lex.inflect(tok.lower_, "VBN") != tok.lower_:
        yield hit_at(tok, lex.inflect(tok.lower_, "VBN"), f'after "{first.text} {head.text} … and"')
    elif first.tag_ == "MD" and head.tag_ == "VB" and tok.tag_ == "VBD" and (
            base := lex.verb_base(tok.lower_)) and _inflected(lex, tok, ("VBD",), True):
        yield hit_at(tok, base, f'after "{first.text} {head.text} … and"')


def _relative_ing(doc: Any, i: int, end: int) -> Iterator[Hit]:
    """"The issues that resulting in ...": a relative clause needs a finite verb."""
    tok = doc[i]
    if tok.lower_ in ("that", "which", "who") and tok.tag_ in ("WDT", "WP") and i + 1 < end:
        w = doc[i + 1]
        if w.tag_ == "VBG" and w.lower_ != "being" and plain_word(w) and i > 0 and doc[i - 1].tag_ in (
                "NN", "NNS", ","):
            yield Hit(w.idx, w.idx + len(w.text),
                      {"match": w.text, "context": f'right after "{tok.text}"',
                       "fix": f'a finite verb ("{tok.text} {w.lemma_}s", "{tok.text} are {w.text}")'}, ())


def prose(letter: Letter) -> Iterator[Any]:
    """The sentences to check: quoted text (the buyer's words, the notice) is not the seller's."""
    for sentence in letter.sentences:
        if '"' not in sentence.span.text and "“" not in sentence.span.text:
            yield sentence.span


def lexicon_prose(letter: Letter) -> Iterator[tuple[Any, Any]]:
    """Each prose sentence with the word lexicon the word-class checks read; nothing when no
    lexicon is installed (those checks then stay silent)."""
    lex = lexicon_of(letter)
    if lex is None:
        return
    for span in prose(letter):
        yield lex, span


def run(letter: Letter, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Every other context in every prose sentence; one finding per word."""
    seen: set[int] = set()
    for lex, span in lexicon_prose(letter):
        doc, start, end = span.doc, span.start, span.end
        for i in range(start, end):
            for hit in (*_after_modal_do_to(doc, lex, i, end), *_after_have(doc, lex, i, end),
                        *_after_causative(doc, lex, i, end), *_after_from(doc, lex, start, i, end),
                        *_shared_auxiliary(doc, lex, i), *_relative_ing(doc, i, end)):
                if hit.start not in seen:
                    seen.add(hit.start)
                    yield hit
