"""Findings of several engines and the built-in pack on the same span become one."""

from __future__ import annotations

from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.grammar.merge import engine_of, merge
from poa_lint.grammar.run import GrammarEngines, chosen_names
from poa_lint.finding import Finding, Severity


def _f(rule, start, end, suggestions=(), category="grammar"):
    return Finding("d.txt", start, end, rule, 1, start + 1, 1, end + 1, category, Severity.WARNING,
                   "m", "x" * (end - start), tuple(suggestions))


def test_engine_finding_on_a_pack_span_is_folded_in():
    pack = _f("grammar.subject-verb-agreement", 3, 6, ["were"])
    harper = _f("grammar.harper-agreement", 3, 6, ["were", "are"])
    lt = _f("grammar.languagetool-en-sva", 2, 7, ["were"])
    merged = merge([harper, lt, pack])
    assert len(merged) == 1
    assert [f.rule for f in merged] == ["grammar.subject-verb-agreement"]
    assert merged[0].suggestions == ("were", "are")


def test_languagetool_wins_over_harper_and_distinct_spans_stay():
    lt = _f("grammar.languagetool-morfologik-rule-en-us", 10, 18)
    harper = _f("grammar.harper-spelling", 10, 18)
    other = _f("grammar.harper-agreement", 30, 33)
    merged = merge([harper, other, lt])
    assert [f.rule for f in merged] == ["grammar.languagetool-morfologik-rule-en-us",
                                        "grammar.harper-agreement"]


def test_pack_findings_never_absorb_each_other_or_other_categories():
    a = _f("grammar.quantifier-singular", 0, 9)
    b = _f("grammar.subject-verb-agreement", 5, 9)
    blame = _f("blame.buyer", 0, 20, category="blame")
    assert len(merge([a, b, blame])) == 3
    assert engine_of("grammar.harper-spelling") == "harper" and engine_of(a.rule) is None


def test_linter_merges_pack_and_harper_on_the_same_word(pipeline, catalogue):
    linter = build_linter(Config(select=("grammar",), grammar=("harper",)), catalogue=catalogue,
                          pipeline=pipeline)
    text = "We was not aware of the new rule, and our staff sended the wrong item."
    rules = {(f.text, f.rule) for f in linter.lint(text).findings}
    assert ("was", "grammar.subject-verb-agreement") in rules
    assert not any(r.startswith("grammar.harper") for t, r in rules if t == "was")
    assert ("sended", "grammar.harper-grammar") in rules


def test_default_engines_are_offline_and_selection_applies():
    assert chosen_names(Config()) == ()
    assert chosen_names(Config(grammar=("harper",))) == ("harper",)
    assert chosen_names(Config(grammar=("harper",), select=("structure",))) == ()
    assert chosen_names(Config(grammar=("harper",), ignore=("grammar",))) == ()
    assert chosen_names(Config(grammar=("harper",), ignore=("grammar.harper-",))) == ()
    assert chosen_names(Config(languagetool="http://127.0.0.1:9")) == ("languagetool",)
    engines = GrammarEngines(Config(grammar=("nonsense",)))
    assert engines.engines == [] and "unknown grammar engine" in engines.notices[0]
