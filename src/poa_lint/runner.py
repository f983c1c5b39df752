"""The `check` command's work: read inputs, find each one's config, lint them in batches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from poa_lint import __version__
from poa_lint.batch import Jobs, Linted, lint_group
from poa_lint.budget import DEFAULT_SECONDS
from poa_lint.catalogue import PackError, RuleSpec
from poa_lint.config import Config, ConfigError, find_config, load_config
from poa_lint.docx import relocate
from poa_lint.engine import RuleCrash
from poa_lint.exclude import left_out
from poa_lint.extras import file_extra
from poa_lint.factory import Pipelines, build_linter
from poa_lint.nlp import ModelError, Pipeline
from poa_lint.reader import InputError, Source, expand_paths, read_source
from poa_lint.report import FileReport, Report



@dataclass
class _Group:
    """The inputs that share one config file (or one config error)."""

    config: Config | None
    error: str | None = None
    sources: list[Source] = field(default_factory=list)


@dataclass
class _Inputs:
    groups: dict[Path | None, _Group] = field(default_factory=dict)
    failed: dict[int, FileReport] = field(default_factory=dict)       # unreadable, or a bad config
    left_out: list[str] = field(default_factory=list)      # named on the command line, not checked
    order: list[tuple[int, Path | None, str]] = field(default_factory=list)   # (index, group, shown)


@dataclass
class _Run:
    """What linting the groups gave: outcomes by (group, path), notices, fail-on levels, rules."""

    outcomes: dict[tuple[Path | None, str], str | tuple[Source, Linted]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    fail_levels: dict[str, str] = field(default_factory=dict)
    specs: dict[str, RuleSpec] = field(default_factory=dict)
    crashed: bool = False

    def notice(self, *lines: str) -> None:
        self.notices.extend(n for n in lines if n not in self.notices)


def _config_for(path: str, explicit: Path | None, overrides: dict[str, object],
                cache: dict[Path | None, Config | str]) -> tuple[Path | None, Config | str]:
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


def _read_inputs(paths: list[str], explicit: Path | None, overrides: dict[str, object],
                 exclude: tuple[str, ...] = ()) -> _Inputs:
    """Every input read and grouped by its config; what cannot be read is a failed report. Inputs
    the config leaves out (`exclude`, the notice) are skipped; one named on the command line says so."""
    inputs = _Inputs()
    configs: dict[Path | None, Config | str] = {}
    for index, path in enumerate(expand_paths(paths)):
        if isinstance(path, InputError):     # a folder that cannot be listed
            inputs.failed[index] = FileReport(path.path, error=path.problem)
            continue
        where, config = _config_for(path, explicit, overrides, configs)
        why = left_out(path, config, exclude) if isinstance(config, Config) else None
        if why:
            if path in paths:
                inputs.left_out.append(f"{path}: not checked: {why}")
            continue
        group = inputs.groups.setdefault(where, _Group(config if isinstance(config, Config) else None,
                                                       config if isinstance(config, str) else None))
        shown = "<stdin>" if path == "-" else path
        if group.error:
            inputs.failed[index] = FileReport(shown, error=group.error)
            continue
        try:
            group.sources.append(read_source(path))
            inputs.order.append((index, where, shown))
        except InputError as exc:
            inputs.failed[index] = FileReport(shown, error=exc.problem)
    return inputs


def _lint(where: Path | None, group: _Group, run: _Run, pipelines: Pipelines, pipeline: Pipeline | None,
          jobs: Jobs, tick: Callable[[int], None], notify: Callable[[str], None] | None,
          seconds: float | None) -> None:
    """Build the group's linter and lint its sources into `run`."""
    assert group.config is not None
    try:
        linter = build_linter(group.config, pipeline=pipeline, pipelines=pipelines, notify=notify)
    except (ConfigError, PackError, ModelError) as exc:
        for source in group.sources:
            run.outcomes[(where, source.path)] = str(exc)
        return
    run.specs.update((r.spec.id, r.spec) for r in linter.rules)
    run.notice(*linter.notices)      # rules the pipeline cannot run, engines that cannot start
    try:
        linted, found = lint_group(linter, [(s.path, s.text) for s in group.sources], jobs,
                                   file_extra, tick, seconds)
        for source, result in zip(group.sources, linted):
            run.outcomes[(where, source.path)] = (source, result)
        run.notice(*found)
    except RuleCrash as exc:
        run.crashed = True
        run.notices.append(str(exc))
    run.notice(*linter.notices)      # engines that stopped while linting
    for source in group.sources:
        run.fail_levels[source.path] = group.config.fail_on


def _file_report(shown: str, outcome: str | tuple[Source, Linted] | None) -> FileReport:
    if isinstance(outcome, str):
        return FileReport(shown, error=outcome)
    if outcome is None:
        return FileReport(shown, error="not checked (internal error, see above)")
    source, result = outcome
    if result.error:
        return FileReport(shown, error=result.error)
    findings = relocate(result.findings, source.layout) if source.layout else result.findings
    return FileReport(shown, source.encoding, result.words, None, findings, source.text,
                      positions="paragraph" if source.layout else "line", extra=result.extra)


def run_check(paths: list[str], explicit: Path | None, overrides: dict[str, object],
              pipeline: Pipeline | None = None, jobs: Jobs = 1,
              progress: Callable[[int, int], None] | None = None,
              notify: Callable[[str], None] | None = None,
              exclude: tuple[str, ...] = (),
              seconds: float | None = DEFAULT_SECONDS) -> tuple[Report, dict[str, str], bool]:
    """Lint every input; returns the report, each file's fail-on level, and whether a rule crashed.

    `progress(done, total)` is called as letters finish; `jobs` > 1 (or "auto": the free cores) forks
    workers for big batches; `notify` receives grammar engines' progress lines; `exclude` (--exclude
    globs, relative to the working folder) adds to each config's `exclude`; `seconds` is each
    letter's time budget."""
    inputs = _read_inputs(paths, explicit, overrides, exclude)
    runnable = [(w, g) for w, g in inputs.groups.items() if g.config is not None and g.sources]
    total, done = sum(len(g.sources) for _, g in runnable), [0]

    def tick(count: int) -> None:
        done[0] += count
        if progress:
            progress(done[0], total)
    from poa_lint.grammar.run import prewarm  # Harper builds while spaCy loads

    prewarm([g.config for _, g in runnable])
    run, pipelines = _Run(), {}
    run.notice(*inputs.left_out)
    for group in inputs.groups.values():
        run.notice(*(f"{s.path}: {s.note}" for s in group.sources if s.note))
    for where, group in runnable:
        _lint(where, group, run, pipelines, pipeline, jobs, tick, notify, seconds)
    reports = dict(inputs.failed)
    for index, where, shown in inputs.order:
        reports[index] = _file_report(shown, run.outcomes.get((where, shown)))
    files = tuple(reports[i] for i in sorted(reports))
    langs = [g.config.lang for g in inputs.groups.values() if g.config is not None and g.config.lang]
    return (Report(files, tuple(run.notices), __version__, MappingProxyType(run.specs),
                   langs[0] if langs else "en"), run.fail_levels, run.crashed)
