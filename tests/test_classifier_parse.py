"""The parse words the sentence classifier reads (poa_lint.classifier.parse_words): computed once,
from the linter's own parse, for the linter and the training command alike."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from poa_lint.classifier import parse_words, sentence_context
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.nlp import load_pipeline


@pytest.fixture(scope="module")
def parsed(pipeline):
    linter = build_linter(Config(select=("placeholder.unfilled",)), pipeline=pipeline)

    def words(sentence: str) -> list[str]:
        letter = linter.lint(sentence).letter
        return parse_words(max(letter.sentences, key=lambda s: s.end - s.start).span).split()

    return words


@pytest.mark.parametrize("sentence, expected", [
    ("The courier lost 14 parcels and did not update the tracking.",
     {"zzsubjcarrier", "zzpast", "zzllose", "zzneg", "zzsignumber"}),
    ("Our supplier changed the packaging without telling us.", {"zzsubjsupplier", "zzpast", "zzlchange"}),
    ("Most of the late orders were caused by the delivery company.", {"zzsubjcarrier", "zzpassive"}),
    ("The buyer complained only because he wanted a free return.", {"zzsubjbuyer", "zzpast"}),
    ("We have removed all 340 units from FBA.", {"zzsubjwe", "zzperfect", "zzlremove"}),
    ("Our warehouse manager checks every batch against a checklist.",
     {"zzsubjstaff", "zzpresent", "zzsigtool", "zzsigtime"}),
    ("We will train our staff regularly.", {"zzsubjwe", "zzfuture", "zzvague"}),
    ("Please reinstate my account.", {"zzimperative", "zzlreinstate"}),
])
def test_who_does_what_and_when(parsed, sentence, expected):
    words = parsed(sentence)
    assert expected <= set(words), words


def test_the_same_event_reads_alike_whoever_words_it(parsed):
    """A third party's failure in other words: the pseudo-words the model can generalise from agree."""
    one, other = parsed("The carrier lost our parcels."), parsed("Two boxes were lost by DHL.")
    assert {"zzsubjcarrier", "zzpast", "zzllose"} <= set(one) & set(other)


def test_no_parse_no_parse_words():
    blank = build_linter(Config(select=("placeholder.unfilled",)), pipeline=load_pipeline("blank"))
    letter = blank.lint("The courier lost 14 parcels.\n").letter
    assert letter.sentences and all(parse_words(s.span) == "" for s in letter.sentences)


def test_the_linter_and_the_training_command_read_the_same_words(pipeline):
    """The linter's context of a sentence ends with its parse words; the training command gives an
    augmented sentence (no letter) its parse words as a one-sentence letter."""
    sys.path.insert(0, str(ROOT))
    from lab.train_sentences import _parse_words

    linter = build_linter(Config(select=("placeholder.unfilled",)), pipeline=pipeline)
    text = "Dear team,\n\nThe courier lost 14 parcels and did not update the tracking.\n\nRegards,\nAnn\n"
    letter = linter.lint(text).letter
    index = next(i for i, s in enumerate(letter.sentences) if s.text.startswith("The courier"))
    words = parse_words(letter.sentences[index].span)
    assert words and sentence_context(letter, index).endswith(words)
    assert _parse_words("The courier lost 14 parcels and did not update the tracking.", linter) == words
