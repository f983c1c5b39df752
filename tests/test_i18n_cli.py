"""--lang zh|en|both and the config key `lang` in every output format, `explain` and `rules`;
`docs-url` links, and no local file path in SARIF, JSON or HTML without one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from conftest import FIXTURES, ROOT
from poa_lint.cli import main
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.formatters._shared import is_replacement
from poa_lint.i18n import Texts

SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
DRAFT = ("Dear Seller Performance Team,\n\nThe customers did not read the size chart and left bad "
         "feedbacks. We are very devastated!! Please please reinstate our account.\n\n[Your Name]\n")
CJK = re.compile(r"[\u4e00-\u9fff]")


def run(*args, **kwargs):
    return CliRunner().invoke(main, [*map(str, args)], **kwargs)


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("i18n") / "draft.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_text_report_in_chinese_and_in_both(draft: Path):
    zh = run(draft, "--lang", "zh", "--reason", "inauthentic").stdout
    assert "停用原因：商品真实性（由你指定）" in zh
    assert "emotive.emotional-words 情绪化用语（\"devastated\"）" in zh
    assert re.search(r"建议[:：] ?换成真实内容，或者删掉。", zh)             # advice is translated ...
    assert re.search(r"建议[:：] ?feedback", zh)                          # ... replacement text is not
    assert "这封信涉及商品真实性投诉" in zh
    assert re.search(r"在 1 个文件中发现 \d+ 个错误、\d+ 个警告、\d+ 个提示。", zh)
    assert "Emotive wording" not in zh
    both = run(draft, "--lang", "both").stdout.splitlines()
    at = next(i for i, line in enumerate(both) if "emotive.emotional-words" in line)
    assert "Emotive wording" in both[at] and both[at + 1].strip().startswith("情绪化用语")   # Chinese under English
    assert both[-2].startswith("Found ") and both[-1].startswith("在 1 个文件中发现")
    en = run(draft).stdout
    assert not CJK.search(en.replace("不可数名词", "")), "English stays the default"


def test_config_lang_and_bad_value(draft: Path, tmp_path: Path):
    config = tmp_path / "poa-lint.toml"
    config.write_text('lang = "zh"\n', encoding="utf-8")
    assert "情绪化用语" in run(draft, "--config", config).stdout
    assert "Emotive wording" in run(draft, "--config", config, "--lang", "en").stdout   # the flag wins
    config.write_text('lang = "fr"\n', encoding="utf-8")
    result = run(draft, "--config", config)
    assert result.exit_code == 2 and "'lang' must be a string (one of: en, zh, both)" in result.stderr


def test_json_keeps_message_in_the_chosen_language_and_adds_the_english(draft: Path):
    data = json.loads(run(draft, "--format", "json", "--lang", "zh").stdout)
    assert data["lang"] == "zh"
    findings = data["files"][0]["findings"]
    emotive = next(f for f in findings if f["rule"] == "emotive.emotional-words")
    assert emotive["message"].startswith("情绪化用语") and emotive["message_en"].startswith("Emotive wording")
    placeholder = next(f for f in findings if f["rule"] == "placeholder.unfilled")
    assert placeholder["suggestions"] == ["换成真实内容，或者删掉。"]
    assert placeholder["suggestions_en"] == ["Replace with the real value, or delete it."]
    english = json.loads(run(draft, "--format", "json").stdout)
    assert "lang" not in english and all("message_en" not in f for f in english["files"][0]["findings"])
    both = json.loads(run(draft, "--format", "json", "--lang", "both").stdout)["files"][0]["findings"]
    first = next(f for f in both if f["rule"] == "emotive.emotional-words")
    assert first["message"] == first["message_en"] + "\n" + emotive["message"]


@pytest.mark.parametrize("lang", ["zh", "both"])
def test_sarif_stays_valid_in_chinese(draft: Path, lang: str, monkeypatch):
    monkeypatch.chdir(draft.parent)
    result = run(draft.name, "--format", "sarif", "--lang", lang)
    sarif = json.loads(result.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    [run_] = sarif["runs"]
    assert run_.get("language") == ("zh-CN" if lang == "zh" else None)
    rules = {r["id"]: r for r in run_["tool"]["driver"]["rules"]}
    placeholder = rules["placeholder.unfilled"]
    assert "模板" in placeholder["fullDescription"]["text"] and "来源" in placeholder["help"]["text"]
    assert "Chris McCabe" in placeholder["help"]["markdown"]
    messages = [r["message"]["text"] for r in run_["results"]]
    assert all(CJK.search(m) for m in messages)
    assert "file:" not in result.stdout


def test_github_annotations_in_chinese(draft: Path):
    out = run(draft, "--format", "github", "--lang", "zh").stdout
    assert "::warning" in out and "情绪化用语" in out and "poa-lint: 在 1 个文件中发现" in out


def test_no_local_path_leaves_the_machine_without_docs_url(draft: Path, tmp_path: Path, monkeypatch):
    """Rule help is embedded instead of linked to the installed docs/rules.md; drafts given by a
    relative path stay relative."""
    monkeypatch.chdir(draft.parent)
    for fmt in ("json", "sarif", "html"):
        for lang in ("en", "both"):
            out = run(draft.name, "--format", fmt, "--lang", lang).stdout
            assert "file:" not in out and str(ROOT) not in out and str(draft.parent) not in out, (fmt, lang)
    config = tmp_path / "poa-lint.toml"
    config.write_text('docs-url = "https://agency.example/poa-lint/rules"\n', encoding="utf-8")
    data = json.loads(run(draft, "--format", "json", "--config", config).stdout)
    assert {f["url"] for f in data["files"][0]["findings"]} == {
        f"https://agency.example/poa-lint/rules#{f['rule']}" for f in data["files"][0]["findings"]}
    sarif = json.loads(run(draft, "--format", "sarif", "--config", config).stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(sarif)
    for rule in sarif["runs"][0]["tool"]["driver"]["rules"]:
        assert rule["helpUri"] == f"https://agency.example/poa-lint/rules#{rule['id']}"
    html = run(draft, "--format", "html", "--config", config).stdout
    assert "https://agency.example/poa-lint/rules#placeholder.unfilled" in html


def test_explain_and_rules_in_chinese():
    out = run("explain", "coverage.notice-asin-missing", "--lang", "zh").stdout
    assert out.startswith("coverage.notice-asin-missing  (通知覆盖, 错误)")
    assert "为什么重要：" in out and "来源：" in out and "Amazon Seller Central Help: Create a plan of action" in out
    assert "亚马逊要求为每个被审查的商品提供证据" in out and "Why it matters" not in out
    both = run("explain", "blame.outside-party", "--lang", "both").stdout
    assert "Why it matters: / 为什么重要：" in both
    assert both.index("A reviewer who reads") < both.index("审核人员读到")
    listing = run("rules", "--lang", "zh").stdout
    assert "把问题归咎于 \"<who>\"" in listing
    data = json.loads(run("rules", "--format", "json", "--lang", "zh").stdout)
    assert all(r["translations"]["zh"]["why"] and r["sources"] for r in data)


def test_every_advice_suggestion_on_the_bad_fixtures_is_translated(pipeline, catalogue):
    """Suggestions that are advice (not replacement text) have a Chinese text in the rule's locale
    entry: lint every rule's bad example and look at what is suggested."""
    linter = build_linter(Config(), catalogue=catalogue, pipeline=pipeline)
    texts = Texts("zh")
    untranslated = set()
    for folder in sorted(p for p in FIXTURES.iterdir() if (p / "bad.txt").is_file()):
        findings = linter.lint((folder / "bad.txt").read_text(encoding="utf-8")).findings
        for f in findings:
            untranslated |= {(f.rule, s) for s in f.suggestions
                             if not is_replacement(s) and texts.suggestion(f.rule, s) == s}
            if f.rule in {r.id for r in catalogue.rules}:        # the Chinese template was used
                assert texts.message(f) != f.message, (f.rule, f.message)
    assert untranslated == set()
