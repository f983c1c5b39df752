"""Property-based tests of the public `poa_lint.lint` function (hypothesis).

Whatever the text (arbitrary Unicode, control characters, mixed newlines, very long lines, huge
paragraphs, no sentences at all), lint() never raises; every finding's offsets lie inside the text,
its text is the slice they cut, its line/column match the offsets (line breaks \\n, \\r\\n, lone
\\r), and the findings come back sorted and identical on a second call.

Example counts and sizes are kept modest (CI has 2 cores); set HYPOTHESIS_PROFILE=thorough for a
longer local run, or POA_LINT_EXAMPLES=10000 for the opt-in long run (each test that many
examples; benchmarks/reliability.py --examples 10000 does the same over all the strategies at once
and puts the counts in the README's reliability table).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import poa_lint

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "corpus"

settings.register_profile("ci", max_examples=25, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
settings.register_profile("long", max_examples=int(os.environ.get("POA_LINT_EXAMPLES", "10000")),
                          deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.function_scoped_fixture])
PROFILE = "long" if os.environ.get("POA_LINT_EXAMPLES") else os.environ.get("HYPOTHESIS_PROFILE", "ci")

_BREAK = re.compile(r"\r\n|\n|\r")


def _sentences() -> list[str]:
    """Real sentences and headings from the labelled corpus (rules fire on them)."""
    out: list[str] = []
    for path in sorted(CORPUS.glob("*.txt"))[:20]:
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
    return out


SENTENCES = _sentences()
NEWLINES = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r", "\u2028",
                            "\x0b", "\x0c", "\u0085", " "])
WEIRD = st.sampled_from(["\x00", "\x01", "\x07", "\x1b", "\x7f", "\ufeff", "\u200b", "\u200f",
                         "\u202e", "\ud7ff", "\ue000", "\U0001f600", "\U0001f1fa\U0001f1f8",
                         "e\u0301", "\u3002", "\uff0c", "\u00a0", "\u2019", "\u201c", "\t", "[ASIN]",
                         "B0XXXXXXXX", "**", "#", "- ", "1. ", "•", "—", "…"])


def _letter(parts: list[str]) -> str:
    return "".join(parts)


letters = st.lists(
    st.one_of(st.sampled_from(SENTENCES), NEWLINES, WEIRD, st.text(max_size=12)),
    min_size=1, max_size=60).map(_letter)
arbitrary = st.text(max_size=400)
controls = st.text(alphabet=st.characters(max_codepoint=0x3F), max_size=300)
no_sentences = st.text(alphabet=st.sampled_from(list(" \t\n\r.,;:!?-*#0123456789()[]/\\'\"…—•")),
                       max_size=300)


def check_findings(text: str, findings: list) -> None:
    starts = [0] + [m.end() for m in _BREAK.finditer(text)]
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), (f.rule, f.start, f.end, len(text))
        assert f.text == text[f.start:f.end], f.rule
        for offset, line, column in ((f.start, f.line, f.column), (f.end, f.end_line, f.end_column)):
            expected_line = sum(1 for s in starts if s <= offset)
            assert line == expected_line, (f.rule, offset, line, expected_line)
            assert column == offset - starts[expected_line - 1] + 1, (f.rule, offset, column)
    assert findings == sorted(findings)
    assert len({(f.rule, f.start, f.end) for f in findings}) == len(findings)


@pytest.fixture(scope="module")
def lint(pipeline):
    def run(text: str) -> list:
        first = poa_lint.lint(text, pipeline=pipeline)
        check_findings(text, first)
        assert poa_lint.lint(text, pipeline=pipeline) == first, "findings differ on a second run"
        return first

    return run


@settings(settings.get_profile(PROFILE))
@given(text=arbitrary)
def test_arbitrary_unicode(lint, text):
    lint(text)


@settings(settings.get_profile(PROFILE))
@given(text=controls)
def test_control_characters(lint, text):
    lint(text)


@settings(settings.get_profile(PROFILE))
@given(text=letters)
def test_letter_fragments_with_mixed_newlines_and_odd_characters(lint, text):
    lint(text)


@settings(settings.get_profile(PROFILE))
@given(text=no_sentences)
def test_no_sentences_at_all(lint, text):
    lint(text)


@settings(settings.get_profile(PROFILE), max_examples=5)
@given(sentences=st.lists(st.sampled_from(SENTENCES), min_size=100, max_size=250),
       joiner=st.sampled_from([" ", "", " \t "]))
def test_one_very_long_line(lint, sentences, joiner):
    lint(joiner.join(sentences))


@settings(settings.get_profile(PROFILE), max_examples=5)
@given(sentences=st.lists(st.sampled_from(SENTENCES), min_size=150, max_size=300),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_huge_paragraph_between_headings(lint, sentences, newline):
    nl = newline
    text = (f"Dear Seller Performance Team,{nl}{nl}ROOT CAUSE{nl}{' '.join(sentences)}{nl}{nl}"
            f"CORRECTIVE ACTIONS{nl}1. {sentences[0]}{nl}2. {sentences[-1]}{nl}")
    lint(text)


@pytest.mark.parametrize("text", [
    "", " ", "\n", "\r\n", "\r", "\x00", "\ufeff", ".", "\u2028\u2029", "\t\t\t", "a" * 20_000,
    "word " * 5000, ("x" * 500 + "\n") * 40, "\r" * 1000, "😀" * 2000, "[ASIN]\r\n" * 300,
])
def test_edge_cases(lint, text):
    lint(text)


def test_real_letters_have_consistent_findings(lint):
    """The corpus letters with every newline style: findings are checked, and shift consistently."""
    for path in sorted(CORPUS.glob("*.txt"))[:6]:
        text = path.read_text(encoding="utf-8")
        unix = lint(text)
        assert unix, f"{path.name}: expected some findings on a corpus letter"
        crlf = lint(text.replace("\n", "\r\n"))
        assert [(f.rule, f.line, f.column) for f in unix] == \
               [(f.rule, f.line, f.column) for f in crlf], path.name
        lint(text.replace("\n", "\r"))


# compile_any's word prefilter (a speed-up) must never change what the alternation finds.
_LIST_NAMES = sorted(p.name for p in (ROOT / "rules" / "lists").glob("*.txt"))


def _list_patterns(name: str) -> tuple[str, ...]:
    from poa_lint.ruledata import load_rule_data

    return load_rule_data().lists[name]


@pytest.mark.parametrize("name", _LIST_NAMES)
def test_prefiltered_alternation_finds_exactly_what_the_regex_finds(name):
    from poa_lint.checks._lists import compile_any

    patterns = _list_patterns(name)
    try:
        plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    except re.error:
        pytest.skip(f"{name} is a phrase list, not regexes")
    fast = compile_any(patterns)
    texts = [s for path in sorted(CORPUS.glob("*.txt"))
             for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")) if s.strip()]
    texts += ["THANK YOU FOR THE OPPORTUNITY TO APPEAL", "İt has come to our attention that",
              "We \u212aindly request", "ſincerely", ""]
    for text in texts:
        assert fast.sub(" ", text) == plain.sub(" ", text), (name, text)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert bool(fast.search(text)) == bool(plain.search(text))


@settings(settings.get_profile(PROFILE), max_examples=50)
@given(text=st.one_of(arbitrary, letters))
def test_prefiltered_alternation_on_arbitrary_text(text):
    from poa_lint.checks._lists import compile_any

    patterns = _list_patterns("template-fingerprints.txt")
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.I)
    assert compile_any(patterns).sub(" ", text) == plain.sub(" ", text)


# The regex rules' prefilter (skip a regex where its required words are absent) must never skip a
# regex that would have matched: checked on every built-in regex over the corpus, the fixtures
# and text in odd cases, and on arbitrary text.
def _rule_regexes() -> list[tuple[str, int]]:
    from poa_lint.catalogue import load_catalogue
    from poa_lint.kinds.regex import flags

    return [(rx, flags(r.params["case_sensitive"])) for r in load_catalogue().rules if r.kind == "regex"
            for rx in r.params["regex"]]


def _skipped_yet_matching(text: str, regexes: list[tuple[str, int]]) -> list[str]:
    from poa_lint.prefilter import fold, possible, required_words

    folded = fold(text)
    return [rx for rx, fl in regexes if not possible(required_words(rx, fl), folded) and re.search(rx, text, fl)]


def test_regex_rule_prefilter_never_skips_a_match():
    regexes = _rule_regexes()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*/bad.txt"))]
    texts += [t.upper() for t in texts[:10]] + [t.title() for t in texts[:10]]
    for text in texts:
        assert not _skipped_yet_matching(text, regexes), text[:80]


@settings(settings.get_profile(PROFILE), max_examples=50)
@given(text=st.one_of(arbitrary, letters))
def test_regex_rule_prefilter_on_arbitrary_text(text):
    assert not _skipped_yet_matching(text, _RULE_REGEXES)


_RULE_REGEXES = _rule_regexes()
