"""The rule engine: parse once, build the letter, run every active rule, stamp findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from poa_lint.blocks import segment
from poa_lint.catalogue import Catalogue, RuleSpec, load_catalogue
from poa_lint.config import Config
from poa_lint.document import Letter, build_letter, preset_sentence_starts
from poa_lint.finding import Finding, Hit, Severity
from poa_lint.i18n import fill
from poa_lint.kinds import KINDS
from poa_lint.normalize import normalize
from poa_lint.sections import load_section_spec
from poa_lint.selection import active_rules, options_of, severity_of


class RuleCrash(Exception):
    """A rule raised while checking a letter (a bug in poa-lint, reported, never swallowed)."""


@dataclass(frozen=True)
class CompiledRule:
    spec: RuleSpec
    run: Any
    severity: Severity
    options: Mapping[str, Any]


@dataclass(frozen=True)
class LintResult:
    path: str
    findings: tuple[Finding, ...]
    letter: Letter


class Linter:
    """Active rules compiled once against one pipeline; lints any number of letters."""

    def __init__(self, catalogue: Catalogue, config: Config, pipeline: Any,
                 context: Mapping[str, Any] | None = None) -> None:
        self.config = config
        self.pipeline = pipeline
        from poa_lint.notice.context import notice_context  # config `notice`/`reason` (issue 5)

        self.context = {**notice_context(config), **dict(context or {})}
        self.spec = load_section_spec()
        active = active_rules(catalogue, config)
        caps = pipeline.capabilities
        self.skipped = tuple(r.id for r in active if set(r.needs) - caps)
        self.rules = tuple(
            CompiledRule(r, KINDS[r.kind](r, pipeline), severity_of(r, config), options_of(r, config))
            for r in active if not set(r.needs) - caps)
        from poa_lint.engines.run import GrammarEngines  # issue 4: harper / languagetool

        self.grammar = GrammarEngines(config)

    @property
    def notices(self) -> tuple[str, ...]:
        """Grammar engines that could not run (the other rules still ran)."""
        return tuple(self.grammar.notices)

    def _prepare(self, text: str) -> tuple[str, Any, list]:
        norm = normalize(text)
        blocks = segment(norm, self.spec)
        nlp = self.pipeline.nlp
        if len(norm) >= nlp.max_length:
            nlp.max_length = len(norm) + 1
        doc = nlp.make_doc(norm)
        preset_sentence_starts(doc, blocks)
        return norm, doc, blocks

    def lint(self, text: str, path: str = "<string>", cache: Any = None) -> LintResult:
        """Lint one letter; with an `incremental.ParseCache`, re-parse only the changed blocks."""
        if cache is None:
            return next(self.lint_many([(path, text)]))
        norm = normalize(text)
        blocks = segment(norm, self.spec)
        doc = cache.parse(self.pipeline.nlp, norm, blocks)
        letter = build_letter(text, norm, doc, blocks, self.spec, self.pipeline.capabilities)
        letter.context.update(self.context)
        return LintResult(path, self.findings(letter, path), letter)

    def lint_many(self, items: Iterable[tuple[str, str]], batch_size: int = 8) -> Iterator[LintResult]:
        """Lint (path, text) pairs, parsing them in batches with nlp.pipe."""
        items = list(items)
        prepared = [self._prepare(text) for _, text in items]
        docs = self.pipeline.nlp.pipe((doc for _, doc, _ in prepared), batch_size=batch_size)
        for (path, text), (norm, _, blocks), doc in zip(items, prepared, docs):
            letter = build_letter(text, norm, doc, blocks, self.spec, self.pipeline.capabilities)
            letter.context.update(self.context)
            yield LintResult(path, self.findings(letter, path), letter)

    def findings(self, letter: Letter, path: str) -> tuple[Finding, ...]:
        out: dict[tuple[str, int, int], Finding] = {}
        for rule in self.rules:
            try:
                hits = list(rule.run(letter, rule.options))
            except Exception as exc:
                raise RuleCrash(f"{path}: internal error in rule {rule.spec.id}: "
                                f"{type(exc).__name__}: {exc}") from exc
            scope = rule.spec.scope_kinds
            for hit in hits:
                if scope and not set(letter.kinds_at(hit.start)) & set(scope):
                    continue
                finding = self._stamp(rule, hit, letter, path)
                out.setdefault((finding.rule, finding.start, finding.end), finding)
        return self.grammar.apply(tuple(sorted(out.values())), letter, path)

    def _stamp(self, rule: CompiledRule, hit: Hit, letter: Letter, path: str) -> Finding:
        start = max(0, min(hit.start, len(letter.text)))
        end = max(start, min(hit.end, len(letter.text)))
        fields = dict(hit.fields)
        fields.setdefault("match", letter.text[start:end])
        variant = fields.get("variant")
        template = rule.spec.messages.get(str(variant), rule.spec.message) if variant else rule.spec.message
        message = " ".join(hit.message.split()) if hit.message else fill(template, fields)
        line, column = letter.lines.position(start)
        end_line, end_column = letter.lines.position(end)
        kinds = letter.kinds_at(start)
        spec = rule.spec
        url = spec.url or (f"{self.config.docs_url}#{spec.id}" if self.config.docs_url else None)
        return Finding(path, start, end, spec.id, line, column, end_line, end_column, spec.category,
                       rule.severity, message, letter.text[start:end],
                       tuple(hit.suggestions), kinds[0] if kinds else None, url, fields)


def build_linter(config: Config | None = None, pipeline: Any = None,
                 catalogue: Catalogue | None = None, context: Mapping[str, Any] | None = None) -> Linter:
    """A Linter with defaults filled in (built-in packs, the default model)."""
    from poa_lint.nlp import load_pipeline

    config = config or Config()
    catalogue = catalogue or load_catalogue(config.rule_packs)
    pipeline = pipeline or load_pipeline(config.model)
    return Linter(catalogue, config, pipeline, context)
