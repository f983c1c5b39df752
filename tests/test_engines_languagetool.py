"""The LanguageTool engine against a local server speaking LanguageTool's /v2 protocol."""

from __future__ import annotations

import json
import socket
import time

import pytest
from werkzeug import Request, Response

from poa_lint.grammar import EngineUnavailable, make_engine, protected_for
from poa_lint.grammar.languagetool import LanguageToolEngine

LANGUAGES = [{"name": "English (US)", "code": "en", "longCode": "en-US"},
             {"name": "English", "code": "en", "longCode": "en"}]
TEXT = "We recieved the ASIN B0C4K7Q2ZD complaint and we was late. \U0001F4E6 He go."


def _match(text: str, word: str, rule: str, category: str, issue: str, repl: list[str],
           nth: int = 0) -> dict:
    """A /v2/check match for `word`, with the offset in UTF-16 code units as Java counts them."""
    start = text.index(word) if nth == 0 else text.index(word, nth)
    utf16 = len(text[:start].encode("utf-16-le")) // 2
    return {"message": f"Problem with {word}.", "shortMessage": "", "offset": utf16,
            "length": len(word), "replacements": [{"value": r} for r in repl],
            "context": {"text": text, "offset": utf16, "length": len(word)},
            "sentence": text, "type": {"typeName": "Other"},
            "rule": {"id": rule, "description": "d", "issueType": issue,
                     "category": {"id": category, "name": category}}}


def _check_response(text: str) -> dict:
    wanted = [("recieved", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", ["received"]),
              ("ASIN", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", ["AS IN"]),
              ("was", "EN_SVA_WE_WAS", "GRAMMAR", "grammar", ["were"])]
    matches = [_match(text, *w) for w in wanted if w[0] in text]
    if "He go" in text:
        matches.append(_match(text, "go", "HE_VERB_AGR", "GRAMMAR", "grammar", ["goes"],
                              nth=text.index("He go")))
    return {"software": {"name": "LanguageTool", "version": "6.8", "apiVersion": 1},
            "warnings": {"incompleteResults": False},
            "language": {"name": "English (US)", "code": "en-US"}, "matches": matches}


@pytest.fixture()
def lt_server(httpserver):
    """A protocol server: GET /v2/languages and POST /v2/check; records the check forms."""
    seen: list[dict] = []

    def check(request: Request) -> Response:
        seen.append(request.form.to_dict())
        body = _check_response(request.form["text"])
        return Response(json.dumps(body), content_type="application/json")

    httpserver.expect_request("/v2/languages").respond_with_json(LANGUAGES)
    httpserver.expect_request("/v2/check", method="POST").respond_with_handler(check)
    httpserver.seen = seen
    return httpserver


def test_matches_become_hits_with_python_offsets(lt_server):
    engine = make_engine("languagetool", languagetool=lt_server.url_for("/"))
    hits = engine.check(TEXT, protected_for(TEXT))
    by_rule = {(h.rule, TEXT[h.hit.start:h.hit.end]) for h in hits}
    assert ("grammar.languagetool-morfologik-rule-en-us", "recieved") in by_rule
    assert ("grammar.languagetool-en-sva-we-was", "was") in by_rule
    # the emoji is two UTF-16 units; the offset after it must still land on "go"
    assert ("grammar.languagetool-he-verb-agr", "go") in by_rule
    assert next(h for h in hits if TEXT[h.hit.start:h.hit.end] == "was").hit.suggestions == ("were",)


def test_domain_words_are_never_misspellings(lt_server):
    engine = make_engine("languagetool", languagetool=lt_server.url_for("/"))
    texts = {TEXT[h.hit.start:h.hit.end] for h in engine.check(TEXT, protected_for(TEXT))}
    assert "ASIN" not in texts


def test_request_disables_noisy_categories(lt_server):
    engine = make_engine("languagetool", languagetool=lt_server.url_for("/"))
    engine.check("We was late.", protected_for("We was late."))
    form = lt_server.seen[-1]
    assert form["language"] == "en-US" and form["text"] == "We was late."
    assert "TYPOGRAPHY" in form["disabledCategories"].split(",")
    assert "PUNCTUATION_PARAGRAPH_END" in form["disabledRules"].split(",")


def test_timeout_is_a_clear_error(httpserver):
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(json.dumps(_check_response(request.form["text"])),
                        content_type="application/json")

    httpserver.expect_request("/v2/languages").respond_with_json(LANGUAGES)
    httpserver.expect_request("/v2/check").respond_with_handler(slow)
    engine = LanguageToolEngine(httpserver.url_for("/"), timeout=0.3)
    with pytest.raises(EngineUnavailable, match="did not answer in time"):
        engine.check("We was late.", protected_for("We was late."))


def test_connection_refused_is_a_clear_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EngineUnavailable, match="connection refused"):
        make_engine("languagetool", languagetool=f"http://127.0.0.1:{port}", timeout=2)


def test_server_error_page_is_a_clear_error(httpserver):
    httpserver.expect_request("/v2/languages").respond_with_json(LANGUAGES)
    httpserver.expect_request("/v2/check").respond_with_data("Error: text too long", status=413)
    engine = make_engine("languagetool", languagetool=httpserver.url_for("/"))
    with pytest.raises(EngineUnavailable, match="text too long"):
        engine.check("We was late.", protected_for("We was late."))


def test_local_without_java_says_so(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(EngineUnavailable, match="Java is not installed"):
        make_engine("languagetool", languagetool="local")


def test_setting_must_be_url_local_or_public():
    with pytest.raises(EngineUnavailable, match="not a URL"):
        make_engine("languagetool", languagetool="localhost:8081")
    with pytest.raises(EngineUnavailable, match="no server chosen"):
        make_engine("languagetool", languagetool=None)


def _fake_install(tmp_path, monkeypatch, java: bool = True):
    """A LanguageTool folder as its release zip unpacks, and (optionally) a `java` on PATH."""
    folder = tmp_path / "lt" / "LanguageTool-6.6"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"PK")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if java:
        (bin_dir / "java").write_text("#!/bin/sh\nexit 1\n")
        (bin_dir / "java").chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for var in ("LTP_JAR_DIR_PATH", "LTP_PATH"):
        monkeypatch.delenv(var, raising=False)
    return folder


def test_a_local_install_is_found_and_becomes_the_default(tmp_path, monkeypatch):
    from poa_lint.grammar import default_names
    from poa_lint.grammar.languagetool import find_local

    folder = _fake_install(tmp_path, monkeypatch)
    assert find_local(str(tmp_path / "lt")) == folder          # named in config
    assert find_local() is None and default_names() == ()     # nothing in the usual places
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))      # language-tool-python's folder
    assert find_local() == folder
    assert default_names() == ("languagetool",)


def test_no_java_means_no_local_languagetool(tmp_path, monkeypatch):
    from poa_lint.grammar import default_names
    from poa_lint.grammar.languagetool import find_local

    _fake_install(tmp_path, monkeypatch, java=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    assert find_local() is None and default_names() == ()


def test_a_broken_local_install_is_a_notice_not_a_download(tmp_path, monkeypatch):
    folder = _fake_install(tmp_path, monkeypatch)
    with pytest.raises(EngineUnavailable, match="languagetool local"):
        make_engine("languagetool", languagetool=str(folder))
    assert not (tmp_path / "home" / ".cache" / "language_tool_python").exists() or not any(
        (tmp_path / "home" / ".cache" / "language_tool_python").glob("*.zip"))
