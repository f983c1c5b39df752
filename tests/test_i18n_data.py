"""Rule texts for sellers: sources instead of working papers, a complete Chinese locale that keeps
the English placeholders, one glossary used everywhere, and "a"/"an" chosen by sound."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT
from poa_lint.catalogue import load_catalogue
from poa_lint.cli import main
from poa_lint.i18n import Texts, coverage_problems, fill, indefinite_article, load_locale, placeholders

CATALOGUE = load_catalogue()
ZH = load_locale("zh")
EN_UI = yaml.safe_load((ROOT / "rules" / "locales" / "en" / "ui.yml").read_text(encoding="utf-8"))["ui"]
GLOSSARY = yaml.safe_load((ROOT / "rules" / "locales" / "zh" / "glossary.yml").read_text(encoding="utf-8"))

# Our internal documents: the seed guidance, the research briefs and their section signs.
WORKING_PAPERS = re.compile(r"\bseeds?\b|\bdomain brief\b|§|\b(domain|design|anchors)\.md\b|"
                            r"shared/(research|seeds)|\bworking papers?\b|\bbrief\b", re.I)
# The README may speak of a random seed; it must not cite the seed documents or the briefs.
README_PAPERS = re.compile(r"\bseeds? \d{3}\b|\bdomain brief\b|§|\b(domain|design|anchors)\.md\b|"
                           r"shared/(research|seeds)", re.I)


def _pairs() -> list[tuple[str, str, str]]:
    """(where, English, Chinese) for every rule text, variant, advice suggestion and interface text."""
    pairs = []
    for rule in CATALOGUE.rules:
        entry = ZH.rules.get(rule.id, {})
        pairs += [(f"{rule.id} message", rule.message, entry.get("message", "")),
                  (f"{rule.id} why", rule.why, entry.get("why", ""))]
        pairs += [(f"{rule.id} messages.{k}", v, entry.get("messages", {}).get(k, ""))
                  for k, v in rule.messages.items()]
        pairs += [(f"{rule.id} suggestion", k, v) for k, v in entry.get("suggestions", {}).items()]
    pairs += [(f"ui {k}", v, ZH.ui.get(k, "")) for k, v in EN_UI.items()]
    return pairs


def test_every_rule_has_complete_chinese_text_with_the_same_placeholders():
    """Runs over the catalogue, so a rule added to rules/*.yml fails here until its zh text exists."""
    problems, notes = coverage_problems(CATALOGUE)
    assert problems == [] and notes == []
    complete = [r.id for r in CATALOGUE.rules
                if ZH.rules.get(r.id, {}).get("message") and ZH.rules[r.id].get("why")
                and all(ZH.rules[r.id].get("messages", {}).get(k) for k in r.messages)]
    assert len(complete) == len(CATALOGUE.rules) >= 103
    mismatched = [(where, en, zh) for where, en, zh in _pairs()        # <name>_s: English plural endings
                  if {p for p in placeholders(en) if not p.endswith("_s")} != placeholders(zh)]
    assert mismatched == []
    assert set(EN_UI) == set(ZH.ui), "every interface text has a Chinese version"


def test_user_facing_texts_cite_no_working_papers():
    texts = [(f"{r.id} {name}", text) for r in CATALOGUE.rules
             for name, text in [("message", r.message), ("why", r.why), *[("source", s) for s in r.sources],
                                *r.messages.items()]]
    texts += [(where, zh) for where, _, zh in _pairs()]
    texts += [(f"ui {k}", v) for k, v in EN_UI.items()]
    texts += [("docs/rules.md", (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"))]
    found = [(where, m.group()) for where, text in texts for m in [WORKING_PAPERS.search(text)] if m]
    assert found == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert not README_PAPERS.search(readme), README_PAPERS.search(readme)
    for path in (ROOT / "rules").rglob("*.yml"):       # comments too: no machine paths, no briefs
        comments = "\n".join(ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip().startswith("#"))
        assert not README_PAPERS.search(comments), path


def test_every_rule_names_public_sources():
    for rule in CATALOGUE.rules:
        assert rule.sources, f"{rule.id} has no sources"
        for source in rule.sources:
            assert ":" in source and not source.startswith(("http", "/", "file")), (rule.id, source)
    amazon = [r.id for r in CATALOGUE.rules if any(s.startswith("Amazon Seller Central Help") for s in r.sources)]
    assert len(amazon) >= 30


def test_glossary_terms_are_rendered_the_same_way_everywhere():
    """Where an English text uses a glossary term (outside quoted English examples, which stay
    English in the translation), its Chinese text uses the glossary's rendering, and no Chinese
    text uses a rendering the glossary rules out."""
    assert {"申诉", "行动计划", "根本原因", "纠正措施", "预防措施", "账户状况", "卖家绩效团队"} <= \
        {t["zh"] for t in GLOSSARY["terms"]}
    exceptions = []
    for term in GLOSSARY["terms"]:
        english = re.compile(term["en"], re.I)
        for where, en, zh in _pairs():
            if english.search(re.sub(r'"[^"]*"', "", en)) and term["zh"] not in zh:
                exceptions.append((term["zh"], where))
            exceptions += [(avoid, where) for avoid in term.get("avoid", []) if avoid in zh]
    assert exceptions == []
    used = {t["zh"] for t in GLOSSARY["terms"] if any(t["zh"] in zh for _, _, zh in _pairs())}
    assert used == {t["zh"] for t in GLOSSARY["terms"]}, "a glossary term no text uses"


@pytest.mark.parametrize("phrase, article", [
    ("inauthentic", "an"), ("ASIN B0C4K7Q2ZD", "an"), ("UPC", "a"), ("ODR", "an"), ("FBA", "an"),
    ("hour", "an"), ("honest mistake", "an"), ("unique code", "a"), ("uninstalled app", "an"),
    ("one-time", "a"), ("European supplier", "a"), ("8-day delay", "an"), ("11", "an"), ("18%", "an"),
    ("1,800", "a"), ("11,000 units", "an"), ("80", "an"), ("used item", "a"), ("IP complaint", "an"),
    ("performance", "a"), ("Order Defect Rate", "an"), ("X", "an"), ("B", "a"), ("unit", "a"),
    ("\"umbrella\"", "an"), ("NASA", "a"), ("LOA", "an")])
def test_indefinite_article_by_sound(phrase, article):
    assert indefinite_article(phrase) == article


# Realistic values for every placeholder a message template uses; several start with a vowel sound.
VALUES = {
    "who": ["the customers", "an employee", "Amazon", "a competitor", "our former VA"],
    "match": ["informations", "unfair", "Please please", "at the first time", "XXX", "[Your Name]", "open our store"],
    "replacement": ["information", "ASCII comma", "feedback"],
    "phrase": ["IT IS UNFAIR", "we take this matter very seriously", "eBay", "our lawyer", "will remove"],
    "reason": ["inauthentic", "IP", "used sold as new", "performance", "condition"],
    "asin": ["B0CK7TQ2WM", "B08C4VZ1RN"], "asins": ["B0CK7TQ2WM (silicone lids)", "B08C4VZ1RN, B0BN7P9LZ6"],
    "metric": ["Order Defect Rate", "late shipment rate", "ODR"], "draft": ["1.9%", "8%"],
    "notice": ["3.57%", "11%"], "words": [96, 1340, 812], "max_words": [35], "grade": [14.2, 8],
    "max_grade": [12], "when": ["on May 3", "last week"], "detail": ["", ' "the buyer"'],
    "orders": ["114-9920381-0029134"], "count": [1, 2, 8, 11], "asks": ['"Invoices from the last 365 days"'],
    "claimed": [3], "listed": [4, 8], "date": ["2025-01-04"], "days": [365, 180, 90],
    "oldest": ["2025-03-04"], "owner": ["Acme Brands LLC", "Easyhome Ltd"], "account": ["EU-Kitchen-Store"],
    "issues": ["Order Defect Rate, late shipment"], "missing": ["late shipment", "an inauthentic complaint"],
    "parts": ["root cause / preventive measures", "evidence"], "wanted": ["supplier invoices"],
    "verb": ["checked", "answer"], "adverb": ["carefully", "immediately"],
    "context": ["after a modal", "after \"did not\""], "fix": ["check", "an", "information"],
    "problem": ["\"information\" is uncountable", "a plural noun after \"a\""], "next": ["hour", "ODR", "user"],
    "sound": ["vowel sound", "consonant sound"], "advice": ["\"comply\" takes \"with\""], "similarity": [87, 92],
}
_ARTICLE_WORD = re.compile(r"\b([Aa]n?)\s+[\"“'(]?([A-Za-z0-9][\w,%-]*)")


def _templates():
    for rule in CATALOGUE.rules:
        yield rule.id, rule.message
        yield from ((f"{rule.id} {k}", v) for k, v in rule.messages.items())


def test_every_filled_message_chooses_a_or_an_by_sound():
    checked = 0
    for where, template in _templates():
        names = sorted(placeholders(template))
        assert set(names) <= set(VALUES), f"{where}: no sample values for {set(names) - set(VALUES)}"
        width = max([len(VALUES[n]) for n in names], default=1)
        for i in range(width):
            fields = {n: VALUES[n][i % len(VALUES[n])] for n in names}
            text = fill(template, fields)
            assert "{" not in text or "{" in str(fields), (where, text)
            for m in _ARTICLE_WORD.finditer(re.sub(r'"[^"]*"', '""', text)):   # quotes of the letter stay as written
                if m.group(2).lower() in ("the", "few", "lot"):
                    continue
                assert m.group(1).lower() == indefinite_article(m.group(2)), (where, text)
                checked += 1
    assert checked >= 20
    for rule in CATALOGUE.rules:                  # the reasons and their sources too
        for text in (rule.why, *rule.sources):
            for m in _ARTICLE_WORD.finditer(re.sub(r'"[^"]*"', '""', text)):
                if m.group(2).lower() not in ("few", "lot"):
                    assert m.group(1).lower() == indefinite_article(m.group(2)), (rule.id, m.group(0))
    spec = CATALOGUE.get("specificity.no-evidence")
    assert "about an inauthentic complaint" in fill(spec.message, {"reason": "inauthentic"})
    assert "about an IP complaint" in fill(spec.message, {"reason": "IP"})
    assert "about a performance complaint" in fill(spec.message, {"reason": "performance"})


def test_chinese_values_are_translated_when_known():
    texts = Texts("zh")
    assert texts.value("reason", "Inauthentic items") == "商品真实性"
    assert texts.value("parts", "root cause / preventive measures") == "根本原因、预防措施"
    assert texts.value("reason", "something new") == "something new"
    assert all(not set(string.ascii_letters) & set(v) or "ASIN" in v or "Amazon" in v or "Vine" in v
               or '"' in v for table in ZH.values.values() for v in table.values())


AGENCY_PACK = """\
pack: agency
rules:
  - id: agency.no-hello
    kind: phrases
    category: template
    severity: warning
    message: 'Template greeting "{match}".'
    why: Reviewers skip greetings.
    sources: ["Agency handbook: greetings"]
    phrases: ["hello dear"]
"""


def test_validate_rules_checks_a_locale_covers_every_rule_with_matching_placeholders(tmp_path: Path):
    packs = tmp_path / "packs"
    (packs / "locales" / "zh").mkdir(parents=True)
    (packs / "agency.yml").write_text(AGENCY_PACK, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate-rules", str(packs)])
    assert result.exit_code == 2 and "rule agency.no-hello has no text" in result.stderr
    (packs / "locales" / "zh" / "agency.yml").write_text(
        "locale: zh\nrules:\n  agency.no-hello:\n    message: 模板问候语 \"{phrase}\"。\n    why: 审核人员会跳过问候语。\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["validate-rules", str(packs)])
    assert result.exit_code == 2
    assert "field message has placeholders {phrase} but the English text has {match}" in result.stderr
    (packs / "locales" / "zh" / "agency.yml").write_text(
        "locale: zh\nrules:\n  agency.no-hello:\n    message: 模板问候语 \"{match}\"。\n    why: 审核人员会跳过问候语。\n",
        encoding="utf-8")
    result = CliRunner().invoke(main, ["validate-rules", str(packs)])
    assert result.exit_code == 0, result.stderr
    assert "1 rules OK" in result.stdout
    # a pack without a Chinese locale is valid; its rules are noted as shown in English
    (packs / "locales" / "zh" / "agency.yml").unlink()
    (packs / "locales" / "zh").rmdir()
    (packs / "locales").rmdir()
    result = CliRunner().invoke(main, ["validate-rules", str(packs)])
    assert result.exit_code == 0 and "agency.no-hello" in result.stderr and "show in English" in result.stderr
    # the built-in packs validate, with their locale
    result = CliRunner().invoke(main, ["validate-rules", str(ROOT / "rules")])
    assert result.exit_code == 0 and f"{len(CATALOGUE.rules)} rules OK" in result.stdout
