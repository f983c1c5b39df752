"""The one place a Linter is built: config -> catalogue (+ its tables) -> pipeline -> notice -> linter.

Used by the CLI (through the runner), the language server, `poa_lint.lint`, the lab and the
benchmark. This is where files are read (packs, tables, the notice) and models loaded; the Linter
it returns reads nothing and prints nothing."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

from poa_lint.catalogue import Catalogue, load_catalogue
from poa_lint.config import Config, ConfigError
from poa_lint.engine import Linter
from poa_lint.nlp import Pipeline, load_pipeline
from poa_lint.notice.context import NoticeContext, UnknownReason, notice_context
from poa_lint.ruledata import load_rule_data

Pipelines = MutableMapping["str | None", Pipeline]     # loaded pipelines by model name, shared


def pipeline_for(config: Config, catalogue: Catalogue, pipelines: Pipelines | None = None) -> Pipeline:
    """The config's spaCy pipeline (NER only when a rule needs it), loaded once per model when
    a `pipelines` cache is given. Raises ModelError."""
    if pipelines is not None and config.model in pipelines:
        return pipelines[config.model]
    need_ner = any("ner" in r.needs for r in catalogue.rules)
    pipeline = load_pipeline(config.model, need_ner=need_ner)
    if pipelines is not None:
        pipelines[config.model] = pipeline
    return pipeline


def load_notice(config: Config) -> NoticeContext:
    """Read and parse `config.notice`, resolve `config.reason`; ConfigError on bad input."""
    from poa_lint.reader import InputError, read_source

    text = None
    if config.notice:
        try:
            text = read_source(str(config.notice), "notice").text
        except InputError as exc:
            raise ConfigError(f"notice: {exc}") from None
    try:
        return notice_context(text, config.reason)
    except UnknownReason as exc:
        raise ConfigError(str(exc)) from None


def build_linter(config: Config | None = None, *, catalogue: Catalogue | None = None,
                 pipeline: Pipeline | None = None, pipelines: Pipelines | None = None,
                 notice: NoticeContext | None = None,
                 notify: Callable[[str], None] | None = None) -> Linter:
    """A Linter for `config` (default: built-in packs, default model). Anything already loaded may
    be passed in; `notify` receives grammar engines' progress lines (dropped by default).
    Raises ConfigError, PackError or ModelError with a one-line reason."""
    from poa_lint.grammar.run import GrammarEngines

    config = config or Config()
    catalogue = catalogue or load_catalogue(config.rule_packs)
    data = load_rule_data()
    pipeline = pipeline or pipeline_for(config, catalogue, pipelines)
    notice = notice if notice is not None else load_notice(config)
    linter = Linter(catalogue, config, pipeline, data, notice=notice)
    # Engines last: a LanguageTool server may start (or download) only for a config that is valid.
    linter.grammar = GrammarEngines(config, notify=notify) if notify else GrammarEngines(config)
    return linter
