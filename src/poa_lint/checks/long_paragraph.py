"""Prose paragraphs that are too long, or that string several actions together, for bullets."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from poa_lint.document import Letter
from poa_lint.finding import Hit

FIRST_PERSON = {"we", "i", "us"}
NOT_ACTIONS = {"be", "have", "do", "hope", "believe", "think", "know", "understand", "realize",
               "realise", "feel", "want", "wish", "apologize", "apologise", "appreciate", "thank",
               "regret", "find", "see", "notice", "learn", "receive", "get", "would", "like",
               "sincerely", "look", "need", "can", "could", "may", "might", "must", "should",
               "accept", "agree", "take", "respect", "admit", "acknowledge", "recognize", "recognise",
               "beg", "treasure", "let", "promise", "ask", "request", "plead", "pray", "cherish",
               "value", "love", "launch"}


def _first_person(verb: Any) -> bool:
    """Whether a verb's subject (or the subject of the verb it is coordinated with) is the seller."""
    while verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                words = {child.lower_} | {c.lower_ for c in child.children if c.dep_ == "poss"}
                return bool(words & (FIRST_PERSON | {"our", "my"}))
        verb = verb.head if verb.dep_ == "conj" and verb.head is not verb else None
    return False


def count_actions(sentences: tuple[Any, ...]) -> int:
    """Distinct action verbs whose agent is the seller, across the given sentences."""
    lemmas = set()
    for sentence in sentences:
        for token in sentence.span:
            if token.pos_ == "VERB" and token.dep_ in ("ROOT", "conj", "xcomp", "advcl", "ccomp") \
                    and token.lemma_.lower() not in NOT_ACTIONS and _first_person(token):
                lemmas.add(token.lemma_.lower())
    return len(lemmas)


def _action_part(paragraph: Any, letter: Letter) -> bool:
    """Actions belong in the corrective and preventive parts. The opening paragraph of a letter
    with headings is the short summary consultants recommend (domain brief §1.2), not a list."""
    if paragraph.section is not None and paragraph.section.kinds:
        kinds = paragraph.section.kinds
    elif any(s.kinds for s in letter.sections):
        return False
    else:  # no headings at all: the part its wording suggests
        kinds = paragraph.content_kinds
    return bool(set(kinds) & {"corrective", "preventive"})


def run(letter: Letter, options: Mapping[str, object]) -> Iterator[Hit]:
    max_words = int(options.get("max_words", 120))
    max_actions = int(options.get("max_actions", 3))
    min_words = int(options.get("min_words_for_actions", 35))
    can_parse = "parser" in letter.capabilities
    for paragraph in letter.paragraphs:
        if paragraph.kind != "prose" or not paragraph.sentences:
            continue
        first = next((s for s in paragraph.sentences if not s.is_heading), paragraph.sentences[0])
        if paragraph.words > max_words:
            yield Hit(first.start, first.end, {"reason": f"{paragraph.words} words (over {max_words})"})
        elif can_parse and paragraph.words >= min_words and _action_part(paragraph, letter):
            actions = count_actions(paragraph.sentences)
            if actions >= max_actions:
                yield Hit(first.start, first.end, {"reason": f"{actions} actions in one block of prose"})
