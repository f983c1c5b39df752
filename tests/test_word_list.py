"""Issue 12, item 8: a personal word list (`words` in the config, accept.txt beside it). Listed words
and phrases are never reported by the grammar engines (Harper for real, LanguageTool through a local
protocol server) or by emotive.shouting."""

from __future__ import annotations

import pytest

from poa_lint.config import Config, ConfigError, find_config, load_config
from poa_lint.factory import build_linter
from test_engines_languagetool import lt_server  # noqa: F401  (the protocol server fixture)

TEXT = ("Root cause\n\nOur zorvexa dispensers were packed by a new worker. Our brand SUNNY HOME and the "
        "BRIGHT kettle were checked. Zorvexa is our brand.\n")
WORDS = ("zorvexa", "Sunny Home", "BRIGHT")


def _found(linter, text: str = TEXT) -> set[tuple[str, str]]:
    return {(f.rule, f.text) for f in linter.lint(text).findings}


def test_config_words_and_accept_txt(tmp_path):
    (tmp_path / "poa-lint.toml").write_text('words = ["zorvexa", "Sunny Home"]\n', encoding="utf-8")
    (tmp_path / "accept.txt").write_text("# our brands\nBRIGHT\n\nLumadent  # toothbrushes\n", encoding="utf-8")
    config = load_config(find_config(tmp_path))
    assert config.words == ("zorvexa", "Sunny Home", "BRIGHT", "Lumadent")
    (tmp_path / "poa-lint.toml").write_text("words = 'zorvexa'\n", encoding="utf-8")
    assert load_config(tmp_path / "poa-lint.toml").words[0] == "zorvexa"     # a string is one entry
    (tmp_path / "poa-lint.toml").write_text("words = [1]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'words' must be a list of strings"):
        load_config(tmp_path / "poa-lint.toml")


def test_shouting_and_harper_skip_listed_words(pipeline, catalogue):
    pytest.importorskip("harper")
    rules = ("emotive.shouting", "grammar")
    without = _found(build_linter(Config(select=rules, grammar=("harper",)), catalogue=catalogue, pipeline=pipeline))
    # "Our brand SUNNY HOME" reads as a name (after "brand", a run of capitals) even without the list
    assert {("emotive.shouting", "BRIGHT"), ("grammar.harper-spelling", "zorvexa")} <= without
    assert not {x for x in without if x[1] in ("SUNNY", "HOME")}, without
    listed = _found(build_linter(Config(select=rules, grammar=("harper",), words=WORDS), catalogue=catalogue, pipeline=pipeline))
    assert not {x for x in listed if x[1].casefold() in ("zorvexa", "sunny", "home", "bright")}, listed
    assert without - listed and listed <= without


def test_languagetool_skips_listed_words(pipeline, catalogue, lt_server):  # noqa: F811
    text = "Root cause\n\nWe recieved the complaint and we was late.\n"
    config = Config(select=("grammar",), grammar=("languagetool",), languagetool=lt_server.url_for("/"))
    rules = {f.text: f.rule for f in build_linter(config, catalogue=catalogue, pipeline=pipeline).lint(text).findings}
    assert rules.get("recieved") == "grammar.languagetool-morfologik-rule-en-us"
    listed = Config(select=("grammar",), grammar=("languagetool",), languagetool=lt_server.url_for("/"),
                    words=("recieved",))
    found = {f.text for f in build_linter(listed, catalogue=catalogue, pipeline=pipeline).lint(text).findings}
    assert "recieved" not in found and "was" in found
