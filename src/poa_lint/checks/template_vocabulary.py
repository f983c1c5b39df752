"""Boilerplate recognised by its words: a sentence whose content words (nouns, verbs, adjectives,
adverbs, names) are nearly all the stock vocabulary every appeal shares (Amazon, customers,
policies, standards, understand, seriously, ensure, commit, priority, trust, opportunity, best,
quality, service: the list `vocabulary`; not an apology, which is no flaw alone) and which holds no fact of the
seller's own: no figure, date or identifier, no name outside that vocabulary, no verb of a
concrete operation ("we refunded", "we removed"). Such a sentence says the same in any seller's
letter however it is worded, so reworded and unseen boilerplate is found without a list of stock
sentences. Greetings, closings and plain requests ("Thank you for your time", "Please reinstate
our account"), headings, label lines and questions are left alone: they are the letter's frame,
not template content, and so is the seller's own promise ("we will ..."), a vague commitment the
specificity rules report, or a sentence that denies its main verb (an owned cause, a denial)
or gives a cause ("because ...")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from poa_lint.checks.template_frame import known_stock
from poa_lint.checks.template_resemblance import PROBLEMS
from poa_lint.document import Letter
from poa_lint.finding import Hit

_CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"})
# Verbs of a concrete operation: a sentence reporting one tells of the seller's own step.
_ACTS = frozenset("""
remove delete refund contact replace hire install buy purchase change update edit fix correct close
cancel send ship return inspect check test train retrain dismiss fire recall destroy dispose rewrite
upload email call reply sign register switch move appoint assign pack label photograph list
""".split())
_DIGIT = re.compile(r"\d")
# a cause given: the seller's own account of the case (vague or not), not a stock statement
_CAUSE = re.compile(
    r"\b(?:because|due\s+to|caused\s+by|owing\s+to|as\s+a\s+result\s+of|led\s+to|reason\s+(?:was|is))\b", re.I)
# the letter's frame: a greeting, a closing courtesy, a plain request to the reader, and the
# closing request for reinstatement a letter should end with ("We kindly request that our selling
# privileges be reinstated", "Hope Amazon can restore our account")
_COURTESY = re.compile(
    r"^\W*(?:dear\b|hi\b|hello\b|sincerely\b|regards\b|best\s+regards\b|(?:kind\s+)?regards\b|"
    r"thank(?:s|\s+you)\b(?:\s+\w+){0,3}?\s+(?:for\s+)?(?:(?:your|the|this|our)\s+)?(?:time|patience|"
    r"understanding|consideration|review|reviewing|considering|reading|attention|help|support|assistance)\b|"
    r"please\b|we\s+look\s+forward\b|i\s+look\s+forward\b|looking\s+forward\b)|"
    r"\b(?:reinstat\w*|restor\w*)\b", re.I)
_FIRST_PERSON = frozenset({"we", "i"})
_MIN_WORDS = 6
_MIN_CONTENT = 4
_LABEL_WORDS = 12   # a line this short ending in a colon introduces what follows


def _in_order_to(token) -> bool:
    """The "order" of "in order to", a conjunction, not an order of the seller's."""
    doc, i = token.doc, token.i
    return (token.lower_ == "order" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ == "in"
            and doc[i + 1].lower_ in ("to", "that"))


@cache
def _lexicon(entries: tuple[str, ...]) -> frozenset[str]:
    return frozenset(e.strip().lower() for e in entries if e.strip())


# "fix it", "stop them": a pronoun standing for "the problem" of a stock sentence
_PRONOUNS = frozenset("it this that them these those".split())
# verbs that announce the letter's own parts ("we will explain the root cause below"): a roadmap,
# not the seller's promise
_PRESENTING = frozenset("explain describe outline present set share detail list show summarize summarise".split())


def _generic_object(verb) -> bool:
    """Whether a verb of an operation acts only on "the problem" itself ("fix the issue", "correct
    these mistakes"): no operation of the seller's own, unlike "fix the lid" or "send a plan"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.lemma_.lower() in PROBLEMS or o.lower_ in _PRONOUNS for o in objects)


def stock_share(span, lexicon: frozenset[str]) -> tuple[float, int]:
    """The share of the span's content words that belong to `lexicon`, and how many content words
    it holds; (0, n) when it holds a figure, a verb of a concrete operation or a name outside
    the lexicon (a fact of the seller's own)."""
    content = [t for t in span if t.pos_ in _CONTENT and not t.is_stop and (t.is_alpha or t.like_num)
               and not _in_order_to(t)]
    stock = 0
    for token in content:
        lemma, word = token.lemma_.lower(), token.lower_
        if token.pos_ == "NUM" or token.pos_ == "VERB" and lemma in _ACTS and not _generic_object(token):
            return 0.0, len(content)
        if lemma in lexicon or word in lexicon:
            stock += 1
        elif token.pos_ == "PROPN":
            return 0.0, len(content)
    return (stock / len(content) if content else 0.0), len(content)


def _own_pledge(span) -> bool:
    """Whether the sentence is the seller's own promise ("we will study the policies and avoid
    the same mistake"): a vague commitment, which the specificity rules report, not a template
    statement. A pledge about something else ("we guarantee that the problem will not happen
    again", "customer trust will remain our priority") is not one."""
    root = span.root
    if root.lemma_.lower() in _PRESENTING:
        return False
    return (any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children) and
            any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST_PERSON for c in root.children))


def _negated(span) -> bool:
    """Whether the sentence denies its own main verb ("we did not read the listing rules"): an
    owned cause or a denial, the seller's own account, not a stock statement."""
    return any(c.dep_ == "neg" for c in span.root.children)


def template_vocabulary(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each sentence made of the stock vocabulary of appeals and nothing of the seller's
    own, unless a stock list already knows it (its own rule reports it)."""
    lexicon = _lexicon(tuple(letter.data.lists[str(options["vocabulary"])]))
    least = float(options.get("min_share", 0.85))   # type: ignore[arg-type]
    known = known_stock(letter, options)
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        raw = letter.norm[sent.start:sent.end]
        text = raw.strip()
        words = len(text.split())
        label = text.endswith((":", "：")) and words <= _LABEL_WORDS
        if (words < _MIN_WORDS or label or text.endswith("?") or "\n" in text or _DIGIT.search(text)
                or _COURTESY.search(text) or _CAUSE.search(text)):
            continue
        share, count = stock_share(sent.span, lexicon)
        if (count < _MIN_CONTENT or share < least or _own_pledge(sent.span) or _negated(sent.span)
                or known(text)):
            continue
        start = sent.start + len(raw) - len(raw.lstrip())
        yield Hit(start, start + len(text),
                  suggestions=("Replace it with a fact from your case: what happened, when, which "
                               "ASIN or order, what you changed.",))
