"""Not knowing offered as the cause: the seller (or its team) did not know, was not aware, was new,
was misinformed or wrongly believed, found on the parse so that any wording of it is caught
("we are really not know this rule", "being not familiar with the policy", "I was never told")."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks._clauses import hypothetical, negated
from poa_lint.checks._phrase_or_parse import phrase_or_parse
from poa_lint.document import Letter
from poa_lint.finding import Hit

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

KNOW = {"know", "realize", "realise", "understand", "aware", "familiar", "conscious", "notice",
        "recognize", "recognise", "learn", "clear", "expect", "imagine", "anticipate"}
UNAWARE = {"unaware", "unfamiliar", "ignorant", "unclear", "unconscious", "misinformed",
           "misinform", "misled", "mislead", "misunderstand"}
BELIEVE = {"believe", "think", "assume", "suppose", "understand"}
WRONGLY = {"wrongly", "mistakenly", "falsely", "wrongfully", "naively", "incorrectly"}
TOLD = {"communicate", "tell", "inform", "notify", "teach", "train", "warn", "advise"}
SELF = {"we", "i", "us", "me"}
OURS = {"team", "company", "store", "staff", "seller", "business", "shop"}
RULE_WORDS = {"rule", "policy", "requirement", "require", "law", "regulation", "guideline", "restriction",
              "restrict", "prohibit", "allow", "permit", "forbid", "ban", "approval", "authorization",
              "authorisation", "authorize", "trademark", "patent", "copyright", "brand", "register",
              "registration", "process", "procedure", "term", "agreement", "violation", "violate",
              "infringe", "infringement", "need", "necessary", "category", "gate", "protect", "right",
              "code", "conduct", "ip", "intellectual", "terms", "tos"}
# A mistaken belief that something was permitted ("we believed the gift was allowed").
PERMITTED = {"allow", "allowed", "permit", "permitted", "acceptable", "legal", "generic", "ok", "okay",
             "compliance", "compliant", "problem"}
CAUSE_PREPS = {"from", "without", "by", "because"}
# "we do not know why/whether/how ..." is confusion (innocence.denial), not ignorance as a cause.
OPEN_QUESTION = {"why", "whether", "how", "if", "what", "when", "where", "who"}


def _self(tok: Token | None) -> bool:
    """We, I, or our team/company (the writer's own side)."""
    if tok is None:
        return False
    if tok.lower_ in SELF:
        return True
    return tok.lemma_.lower() in OURS and any(c.lower_ in ("our", "my", "the") for c in tok.children)


def _subject(tok: Token) -> Token | None:
    """The subject of a verb or predicate adjective, climbing through 'be', xcomp and conj."""
    node = tok
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass", "expl"):
                return c
            if c.dep_ in ("aux", "auxpass"):      # "we are not know": the subject hangs from 'are'
                found = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
                if found is not None:
                    return found
        if node.dep_ in ("acomp", "xcomp", "conj", "attr", "ccomp") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _participle(tok: Token) -> bool:
    """A subjectless 'not knowing ...' offered as a cause: 'Being not familiar with the policy, we
    ...', 'came from not understanding ...', 'because of unfamiliar ...', 'without knowing ...'
    (not 'the implications of not understanding ...')."""
    head = tok.head
    if head.lower_ in CAUSE_PREPS or head.lower_ == "of" and head.head.lower_ in ("because", "out"):
        return True
    if head.lower_ == "to" and head.head.lower_ == "due":
        return True
    if tok.dep_ == "advcl" or tok.dep_ in ("acomp", "attr") and head.lower_ == "being":
        return _main_subject_ours(tok)
    return False


def _main_subject_ours(tok: Token) -> bool:
    """The clause a participle hangs from has the writer (or no one) as subject: 'Being new, we
    ...', not 'being new, he was never told ...'."""
    node = tok.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node.lower_ != "being" or node.head.i == node.i:
            break
        node = node.head
    subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and node.dep_ in ("ccomp", "xcomp") and node.head is not node:
        subj = next((c for c in node.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or _self(subj)


def _forms(tok: Token) -> set[str]:
    """The lemma and a crude singular ("Policies" in a title is a PROPN whose lemma keeps the s)."""
    low = tok.lower_
    return {tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low,
            low[:-3] + "y" if low.endswith("ies") else low}


def _about_rules(tok: Token) -> bool:
    """Not knowing a rule, a right or a duty ('the policy', 'the brand was registered', 'that we had
    to ...'), not a fact of the case ('we were not aware of the broken seals')."""
    for c in tok.children:
        if c.dep_ in ("neg", "nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj"):
            continue
        for t in c.subtree:
            if _forms(t) & RULE_WORDS:
                return True
            if t.lemma_.lower() == "have" and any(g.dep_ == "xcomp" for g in t.children):
                return True                                 # "I did not know I had to do this"
    return False


def _open_question(tok: Token) -> bool:
    return any(c.dep_ in ("ccomp", "advmod", "mark", "dobj") and c.lower_ in OPEN_QUESTION
               or any(g.lower_ in OPEN_QUESTION and g.dep_ in ("advmod", "mark") for g in c.children
                      if c.dep_ == "ccomp")
               for c in tok.children)


def _negated_anywhere(tok: Token) -> bool:
    """not / never on the word, or on the 'be' or auxiliary it hangs from ('we are really not know')."""
    if negated(tok) or tok.head.lower_ == "without":
        return True
    head = tok.head
    return tok.dep_ in ("acomp", "xcomp") and head.lemma_ in ("be", "feel", "seem") and negated(head)


def _ignorance(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if hypothetical(tok) or (tok.dep_ in ("acomp", "xcomp") and hypothetical(tok.head)):
        return False
    subj = _subject(tok)
    own = _self(subj) or (subj is None and _participle(tok))
    if not own:
        return False
    if lemma in KNOW and _negated_anywhere(tok):
        return not _open_question(tok) and _about_rules(tok) and (lemma != "notice" or tok.tag_ == "VBD")
    if lemma in UNAWARE or tok.lower_ in UNAWARE:
        misled = lemma.startswith("mis") or tok.lower_.startswith("mis")
        return not any(c.dep_ == "neg" for c in tok.children) and (misled or _about_rules(tok))
    if lemma in BELIEVE and any(c.lower_ in WRONGLY for c in tok.children):
        return True
    if lemma in BELIEVE and (tok.tag_ == "VBD" and _subject(tok) is not None or tok.tag_ == "VBG" and tok.dep_ == "advcl") and any(
            c.dep_ == "ccomp" and any(_forms(t) & PERMITTED for t in c.subtree) for c in tok.children):
        return True                                     # "we thought it was allowed / generic"
    if lemma in TOLD and tok.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in tok.children) and lemma != "train":
        return any(c.lower_ == "never" for c in tok.children) or negated(tok) and _about_rules(tok)
    return False


BEGINNING = {"sell", "selling", "business", "store", "shop", "account", "amazon", "company"}


def _just_started(tok: Token) -> bool:
    """'because we just started selling on Amazon', 'as I only recently opened the store'."""
    if tok.lemma_.lower() not in ("start", "begin", "open") or tok.dep_ != "advcl":
        return False
    if not any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in tok.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in ("just", "recently", "newly") for c in tok.children):
        return False
    return _self(_subject(tok)) and any(t.lemma_.lower() in BEGINNING for t in tok.subtree)


def _new_as_cause(tok: Token) -> bool:
    """'because we are new, ...', 'as I was new': being new given as the reason."""
    head = tok.head
    return tok.dep_ == "acomp" and head.lemma_ == "be" and head.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in head.children) and _self(_subject(tok))


def _next_subject_ours(tok: Token) -> bool:
    """The first subject after a participle ('being new ..., he was ...') is whose state it is; with
    no later subject the participle's own clause decides."""
    later = next((t for t in tok.sent if t.i > tok.i and t.dep_ in ("nsubj", "nsubjpass")), None)
    return later is None or _self(later)


def _newness(tok: Token) -> bool:
    """'as a new seller', 'being new to Amazon', 'we are new in selling', 'as we just started selling'."""
    if _just_started(tok):
        return True
    if tok.lower_ != "new":
        return False
    head = tok.head
    if head.lemma_.lower() in ("seller", "vendor", "merchant", "starter", "beginner", "comer"):
        if head.dep_ == "pobj" and head.head.lower_ == "as":
            return True
        return head.dep_ == "attr" and _self(_subject(head))
    if tok.dep_ in ("acomp", "amod", "ROOT", "advcl", "conj"):
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "on", "at")), None)
        if prep is None:
            return _new_as_cause(tok)
        if tok.head.lower_ == "being" and not _next_subject_ours(tok):
            return False                                # "being new to the procedures, he was never told"
        if _self(_subject(tok)):
            return True
        being = tok.head.lower_ == "being" or any(c.lower_ == "being" for c in tok.children) or (
            tok.head.lemma_ == "be" and tok.head.dep_ == "advcl")
        return being and _main_subject_ours(tok)
    return False


LACKED = {"knowledge", "experience", "understanding", "education", "awareness", "familiarity", "information",
          "training"}


KNOWLEDGE = {"knowledge", "experience", "understanding", "awareness", "familiarity"}


def _had_too_little(tok: Token) -> bool:
    """'we did not have enough experience with Amazon's rules', 'we had little knowledge of the
    policy': the lack said with 'have', about a rule or about Amazon ('no experience with this
    supplier' is a fact of the case)."""
    if tok.lemma_.lower() != "have" or not _self(_subject(tok)) or hypothetical(tok):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in KNOWLEDGE):
        few = any(d.lower_ in ("no", "little", "limited", "insufficient", "enough", "sufficient", "much", "any")
                  for d in obj.children if d.dep_ in ("det", "amod", "advmod"))
        if not few or not (negated(tok) or any(d.lower_ in ("no", "little", "limited", "insufficient")
                                               for d in obj.children)):
            continue
        if any(_forms(t) & RULE_WORDS or t.lower_ in ("amazon", "amazon's", "selling")
               for c in obj.children if c.dep_ == "prep" for t in c.subtree):
            return True
    return False


def _lack(tok: Token) -> bool:
    """'our lack of knowledge of the policy', 'we lacked experience', 'due to lack of experience';
    not a lack of knowledge about a tool or a fact ('lack of knowledge about the upload feature')."""
    if _had_too_little(tok):
        return True
    if tok.lemma_.lower() != "lack":
        return False
    if tok.pos_ == "VERB" and not _self(_subject(tok)):
        return False
    if tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ not in ("our", "my") for c in tok.children):
        return False                                    # "the supplier's lack of ..."
    nouns = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in LACKED]
    nouns += [g for c in tok.children if c.lower_ == "of" for g in c.children if g.lemma_.lower() in LACKED]
    if not nouns:
        return False
    topics = [c for c in tok.children if c.dep_ == "prep" and c.lower_ != "of"]
    topics += [c for n in nouns for c in n.children if c.dep_ == "prep"]
    return not topics or any(_forms(t) & RULE_WORDS for p in topics for t in p.subtree)


def _explained(tok: Token) -> bool:
    """The not-knowing is itself explained by a step of the writer's process ('because we only
    checked ...'): an owned root cause, not an excuse."""
    scope = tok.head if tok.dep_ in ("acomp", "xcomp") else tok     # "were not aware ... because we"
    return any(c.dep_ == "advcl" and c.i not in (tok.i, scope.i)   # its own "as I did not know" explains nothing
               and any(m.dep_ == "mark" and m.lower_ in ("because", "as", "since") for m in c.children)
               and any(n.dep_ == "nsubj" and (n.lower_ in SELF | {"nobody"} or _self(n)) for n in c.children)
               for c in scope.subtree)


def _span(tok: Token, sent: Span) -> tuple[int, int]:
    """From the subject (or the word before 'new'/'not') to the knowing word itself."""
    subj = _subject(tok)
    left = [t.i for t in (subj, *tok.children) if t is not None and t.i < tok.i
            and (t is subj or t.dep_ in ("neg", "aux", "auxpass", "advmod", "mark", "prep"))]
    if tok.head.lower_ in ("as", "being", "because") or tok.head.dep_ == "prep":
        left.append(tok.head.i)
    start = max(min([*left, tok.i]), sent.start)
    return sent.doc[start].idx, tok.idx + len(tok.text)


def _find(sent: Span) -> tuple[int, int] | None:
    tok = next((t for t in sent if _ignorance(t) or _newness(t) or _lack(t)), None)
    if tok is None or _explained(tok):
        return None     # "we did not know the patent existed because we only checked ...": owned
    return _span(tok, sent)


def not_knowing(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield, once per sentence, where the seller offers not knowing (or being new) as the cause:
    the `patterns` option's regexes first (nominal forms: "due to our ignorance"), then the parse."""
    return phrase_or_parse(letter, options, _find)
