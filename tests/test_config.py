"""Config discovery and validation, and how select/ignore/severity/options reach the rules."""

from __future__ import annotations

import pytest

from poa_lint.catalogue import load_catalogue
from poa_lint.finding import Severity
from poa_lint.config import Config, ConfigError, find_config, load_config
from poa_lint.selection import active_rules, options_of, severity_of

CATALOGUE = load_catalogue()


def test_found_upward_and_pyproject_needs_the_table(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[project]\nname='x'\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) is None
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.poa-lint]\nfail-on = 'error'\n", encoding="utf-8")
    found = find_config(deep)
    assert found == tmp_path / "a" / "pyproject.toml"
    assert load_config(found).fail_on == "error"
    (deep / ".poa-lint.toml").write_text("ignore = ['formatting']\n", encoding="utf-8")
    assert load_config(find_config(deep)).ignore == ("formatting",)


@pytest.mark.parametrize("body, problem", [
    ("colour = 'red'\n", "unknown key 'colour'"),
    ("fail-on = 'sometimes'\n", "'fail-on' must be a string (one of"),
    ("select = 3\n", "'select' must be a list of strings"),
    ("[severity]\n'placeholder.unfilled' = 'fatal'\n", "levels must be error, warning or info"),
    ("select = [\n", "invalid TOML"),
])
def test_bad_config_is_one_clear_line(tmp_path, body, problem):
    path = tmp_path / "poa-lint.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert problem in str(err.value) and str(path) in str(err.value)


def test_select_ignore_most_specific_wins():
    ids = lambda cfg: {r.id for r in active_rules(CATALOGUE, cfg)}  # noqa: E731
    only = ids(Config(select=("structure",)))
    assert only and all(i.startswith("structure.") for i in only)
    some = ids(Config(select=("structure.missing-root-cause",), ignore=("structure",)))
    assert some == {"structure.missing-root-cause"}
    assert "placeholder.unfilled" not in ids(Config(ignore=("placeholder",)))
    with pytest.raises(ConfigError, match="unknown rule or pack 'nosuch'"):
        ids(Config(select=("nosuch",)))


def test_severity_and_options_overrides():
    rule = CATALOGUE.get("formatting.long-paragraph")
    cfg = Config(severity={"formatting.long-paragraph": Severity.INFO},
                 options={"formatting.long-paragraph": {"max_words": 80}})
    assert severity_of(rule, cfg).value == "info"
    assert options_of(rule, cfg)["max_words"] == 80 and options_of(rule, cfg)["max_actions"] == 3
    with pytest.raises(ConfigError, match="has no option 'max_lines'"):
        options_of(rule, Config(options={"formatting.long-paragraph": {"max_lines": 3}}))
    with pytest.raises(ConfigError, match="must be int"):
        options_of(rule, Config(options={"formatting.long-paragraph": {"max_words": "many"}}))
