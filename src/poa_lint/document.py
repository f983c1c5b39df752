"""The letter model: sections → paragraphs → list items → sentences, each with offsets."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from poa_lint.blocks import Block, count_words
from poa_lint.notice.context import NO_NOTICE, NoticeContext
from poa_lint.positions import LineIndex
from poa_lint.sections import SectionSpec, is_sign_off, strip_heading

if TYPE_CHECKING:
    from poa_lint.ruledata import RuleData

T = TypeVar("T")


@dataclass(frozen=True, slots=True, eq=False)
class Sentence:
    start: int
    end: int
    span: Any
    text: str
    paragraph: Paragraph
    in_list: bool
    is_heading: bool

    @property
    def section(self) -> Section | None:
        return self.paragraph.section

    @property
    def kinds(self) -> tuple[str, ...]:
        return self.paragraph.kinds


@dataclass(frozen=True, slots=True, eq=False)
class ListItem:
    start: int
    content_start: int
    end: int
    marker: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(eq=False)
class Paragraph:
    """A heading line, a prose paragraph or a list (mutable only while the letter is built)."""

    start: int
    end: int
    kind: str
    words: int
    content_kinds: tuple[str, ...] = ()
    strong_kinds: tuple[str, ...] = ()
    items: tuple[ListItem, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    section: Section | None = None
    label_end: int | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        """The parts this paragraph belongs to: its section's, else what its content suggests."""
        if self.section is not None and self.section.kinds:
            return self.section.kinds
        return self.content_kinds


@dataclass(eq=False)
class Section:
    kinds: tuple[str, ...]
    start: int
    end: int
    heading: Paragraph | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    source: str = "heading"
    holds: frozenset[str] = frozenset()   # parts its heading names or may hold ("Problem:" the cause)


@dataclass(frozen=True, eq=False)
class Letter:
    """A parsed draft. `text` is the original, `norm` the length-preserving normalised copy.

    `data` holds the tables the letter was read with (parts, reasons, word lists) and `notice`
    what the linter was told besides the draft (Amazon's notice, the suspension reason)."""

    text: str
    norm: str
    doc: Any
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    words: int
    lines: LineIndex
    capabilities: frozenset[str]
    data: RuleData
    notice: NoticeContext = NO_NOTICE
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def spec(self) -> SectionSpec:
        """The parts of a letter and their wording (rules/sections.yml)."""
        return self.data.sections

    def derived(self, name: str, compute: Callable[[Letter], T]) -> T:
        """An analysis of this letter computed once, however many checks ask for it (who is
        blamed: the blame rule and two other checks)."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        starts = self.derived("paragraph-starts", lambda it: [p.start for p in it.paragraphs])
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def section_at(self, offset: int) -> Section | None:
        for section in self.sections:
            if section.start <= offset <= section.end:
                return section
        return None

    def kinds_at(self, offset: int) -> tuple[str, ...]:
        paragraph = self.paragraph_at(offset)
        return paragraph.kinds if paragraph else ()

    def sentences_in(self, kind: str) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if kind in s.kinds and not s.is_heading)

    def has_part(self, kind: str) -> bool:
        """Whether the letter has this part: a heading, the wording of an unheaded paragraph, or
        unmistakable wording inside another part (preventive steps under "Actions taken")."""
        return any(kind in s.kinds for s in self.sections) or any(
            kind in p.kinds or kind in p.strong_kinds for p in self.paragraphs if p.kind != "heading")

    def has_headings(self) -> bool:
        return any(p.kind == "heading" or p.label_end is not None for p in self.paragraphs)

    def marks_parts(self) -> bool:
        """Whether the writer marked the letter's parts: a heading, an inline label ("Root cause:"),
        a list, or a line before a list that names a part (each starts a section here)."""
        return self.has_headings() or any(p.kind == "list" for p in self.paragraphs) or any(
            s.source == "heading" and s.kinds for s in self.sections)

    def first_line(self) -> tuple[int, int]:
        """Offsets of the first non-blank line, trailing blanks left out: where letter-level
        findings point when nothing better exists."""
        text = self.text
        start = len(text) - len(text.lstrip())
        end = start
        while end < len(text) and text[end] not in "\r\n":
            end += 1
        return start, max(start, len(text[:end].rstrip()))

    def span(self, start: int, end: int) -> Any:
        return self.doc.char_span(start, end, alignment_mode="expand")


def preset_sentence_starts(doc: Any, blocks: list[Block]) -> None:
    """Force a sentence start at every heading, paragraph, inline label end and list item.

    The starts are written with one `Doc.from_array` call: assigning `Token.is_sent_start` one
    token at a time makes spaCy scan the whole Doc on every assignment (quadratic in the letter)."""
    import numpy
    from spacy.attrs import SENT_START

    by_offset = [t.idx for t in doc]
    space = [t.is_space for t in doc]
    starts = doc.to_array([SENT_START]).astype("int64")   # 1 start, -1 not a start, 0 undecided
    n = len(by_offset)

    def token_at(offset: int) -> int | None:
        i = bisect.bisect_left(by_offset, offset)
        while i < n and space[i]:
            i += 1
        return i if i < n else None

    def mark(offset: int, content: int | None = None) -> None:
        i = token_at(offset)
        if i is None:
            return
        starts[i] = 1
        if content is not None:
            j = i + 1
            while j < n and by_offset[j] <= content:
                starts[j] = -1
                j += 1

    for block in blocks:
        if block.kind == "list":
            for item in block.items:
                mark(item.start, item.content_start)
        else:
            mark(block.start)
            if block.label_end is not None:
                mark(block.label_end)
    if n:
        doc.from_array([SENT_START], starts.astype(numpy.uint64))


def build_letter(text: str, norm: str, doc: Any, blocks: list[Block], data: RuleData,
                 capabilities: frozenset[str], notice: NoticeContext = NO_NOTICE) -> Letter:
    """Assemble the Letter from the blocks found before parsing and the parsed Doc."""
    spec = data.sections
    blocks = _name_list_intros(norm, blocks, spec)
    paragraphs = []
    for block in blocks:
        body = norm[block.label_end or block.start:block.end]
        scores = _scores(norm, block, spec)
        paragraphs.append(Paragraph(block.start, block.end, block.kind, count_words(body),
                                    spec.content_kinds(scores), spec.content_kinds(scores, strong=True),
                                    label_end=block.label_end))
    _join_list_intros(blocks, paragraphs)
    sections = _sections(blocks, paragraphs, len(text), spec, norm)
    sentences = _sentences(text, doc, blocks, paragraphs)
    return Letter(text, norm, doc, tuple(sections), tuple(paragraphs), tuple(sentences),
                  count_words(norm), LineIndex(text), capabilities, data, notice)


def _scores(norm: str, block: Block, spec: SectionSpec) -> dict[str, int]:
    """Content cue scores; a list scores item by item (each item is its own statement)."""
    if block.kind == "heading":
        return {}
    if block.kind != "list":
        return spec.content_scores(norm[block.label_end or block.start:block.end])
    total: dict[str, int] = {}
    for item in block.items:
        for kind, score in spec.content_scores(norm[item.content_start:item.end]).items():
            total[kind] = total.get(kind, 0) + score
    return total


def _is_list_intro(norm: str, blocks: list[Block], i: int) -> bool:
    block = blocks[i]
    return (block.kind == "prose" and i + 1 < len(blocks) and blocks[i + 1].kind == "list"
            and norm[block.start:block.end].endswith(":"))


def _name_list_intros(norm: str, blocks: list[Block], spec: SectionSpec) -> list[Block]:
    """A line ending in ':' before a list that names a part ("To avoid the same problem again,
    from 8 May we follow these rules:") starts that part, as a heading would."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if _is_list_intro(norm, blocks, i) and not block.starts_section:
            named = spec.heading_kinds(strip_heading(norm[block.start:block.end]))
            if named:
                out[i] = replace(block, heading_kinds=named, starts_section=True)
    return out


def _join_list_intros(blocks: list[Block], paragraphs: list[Paragraph]) -> None:
    """An unnamed list intro takes the part its list's items suggest."""
    for i in range(len(blocks) - 1):
        if blocks[i].kind == "prose" and blocks[i + 1].kind == "list" and not blocks[i].starts_section \
                and paragraphs[i + 1].content_kinds and not paragraphs[i].content_kinds:
            paragraphs[i].content_kinds = paragraphs[i + 1].content_kinds


def _sections(blocks: list[Block], paragraphs: list[Paragraph], length: int, spec: SectionSpec,
              norm: str) -> list[Section]:
    sections: list[Section] = []
    current = Section((), 0, length, source="content")
    members: list[Paragraph] = []
    for block, paragraph in zip(blocks, paragraphs):
        if block.starts_section:
            if members or sections:
                current.paragraphs = tuple(members)
                current.end = members[-1].end if members else current.start
                sections.append(current)
            label = norm[block.start:block.label_end or block.end]
            current = Section(block.heading_kinds, block.start, length,
                              heading=paragraph if block.kind == "heading" else None,
                              holds=spec.held_parts(strip_heading(label)))
            members = []
        members.append(paragraph)
        paragraph.section = current
    closing: list[Paragraph] = []
    while members and current.kinds and members[-1].kind == "prose" and len(members) > 1 \
            and is_sign_off(spec, norm[members[-1].start:members[-1].end], members[-1].words):
        closing.insert(0, members.pop())
    current.paragraphs = tuple(members)
    current.end = members[-1].end if members else current.start
    sections.append(current)
    if closing:
        tail = Section(("closing",), closing[0].start, closing[-1].end, paragraphs=tuple(closing),
                       source="content")
        for paragraph in closing:
            paragraph.section = tail
        sections.append(tail)
    return [s for s in sections if s.paragraphs]


def _sentences(text: str, doc: Any, blocks: list[Block], paragraphs: list[Paragraph]) -> list[Sentence]:
    starts = [p.start for p in paragraphs]
    per_paragraph: dict[int, list[Sentence]] = {}
    out: list[Sentence] = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        i = bisect.bisect_right(starts, start) - 1
        if i < 0:
            continue
        block, paragraph = blocks[i], paragraphs[i]
        for item in block.items:
            if item.start <= start < item.content_start:
                start = item.content_start
        if start >= end:
            continue
        heading = block.kind == "heading" or (block.label_end is not None and start < block.label_end)
        sentence = Sentence(start, end, doc.char_span(start, end, alignment_mode="expand"),
                            text[start:end], paragraph, block.kind == "list", heading)
        out.append(sentence)
        per_paragraph.setdefault(i, []).append(sentence)
    for i, (block, paragraph) in enumerate(zip(blocks, paragraphs)):
        sents = per_paragraph.get(i, [])
        paragraph.sentences = tuple(sents)
        paragraph.items = tuple(
            ListItem(it.start, it.content_start, it.end, it.marker,
                     tuple(s for s in sents if it.start <= s.start <= it.end)) for it in block.items)
    return out
