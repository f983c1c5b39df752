"""Re-parsing only the blocks of a letter that changed (for the language server).

Every heading, paragraph and list item already starts its own sentence, so a letter can be parsed
block by block and the pieces joined with `Doc.from_docs`; an edit then costs the parse of the
block being typed in, not of the whole letter. Results can differ slightly from a whole-letter
parse (the tagger sees a few tokens of context across a block boundary); the CLI parses a letter
whole unless it is very long (`engine.BLOCK_PARSE_CHARS`), where parsing by block keeps memory
within a small constant of spaCy's own. A block longer than `MAX_PIECE` characters (a page with
no paragraph break) is cut at a line break or space so no piece is parsed at once whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any

from poa_lint.blocks import Block, RawItem
from poa_lint.budget import check
from poa_lint.document import Letter, preset_sentence_starts
from poa_lint.finding import Hit

MAX_PIECE = 5_000    # characters; a normal paragraph is well under 2,000


def _cut(norm: str, start: int, end: int) -> list[int]:
    """Cut points inside [start, end) so that no piece is longer than MAX_PIECE."""
    cuts = []
    while end - start > MAX_PIECE:
        limit = start + MAX_PIECE
        at = max(norm.rfind("\n", start + 1, limit), norm.rfind(" ", start + 1, limit))
        start = at + 1 if at > start else limit
        cuts.append(start)
    return cuts


def _shift(block: Block, by: int) -> Block:
    items = tuple(RawItem(i.start + by, i.content_start + by, i.end + by, i.marker) for i in block.items)
    label_end = block.label_end + by if block.label_end is not None else None
    return replace(block, start=block.start + by, end=block.end + by, items=items, label_end=label_end)


class ParseCache:
    """Parsed pieces of one document, keyed by their text; keeps only the last version's pieces."""

    def __init__(self) -> None:
        self._docs: dict[str, Any] = {}
        self.parsed = 0   # pieces parsed by the last call (the rest were reused)
        self._hits: dict[tuple, tuple[Hit, ...]] = {}    # the last version's block hits
        self._fresh: dict[tuple, tuple[Hit, ...]] = {}   # this version's
        self.searched = 0  # blocks searched by block_hits since the last parse (the rest reused)

    def block_hits(self, rule: Hashable, letter: Letter,
                   search: Callable[[Letter, int, int], list[Hit]]) -> list[Hit]:
        """A rule's hits when its matches stay on a line: searched block by block (from the start
        of a block's first line to the next block's), reusing the hits of blocks whose text, the
        line break before them and whether they end the letter are unchanged."""
        text, out = letter.text, []
        for start, end in _line_runs(letter):
            key = (rule, text[start - 1:start], text[start:end], end == len(text))
            found = self._fresh.get(key, self._hits.get(key))
            if found is None:
                self.searched += 1
                found = tuple(replace(h, start=h.start - start, end=h.end - start)
                              for h in search(letter, start, end))
            self._fresh[key] = found
            out.extend(replace(h, start=h.start + start, end=h.end + start) for h in found)
        return out

    def parse(self, nlp: Any, norm: str, blocks: list[Block]) -> Any:
        """A Doc of `norm`, reusing the parses of unchanged pieces (one piece per block)."""
        from spacy.tokens import Doc

        bounds = [0] + [b.start for b in blocks[1:]] + [len(norm)]
        cuts = [0]
        for a, b in zip(bounds, bounds[1:]):
            cuts += _cut(norm, a, b) + [b]
        pieces: list[tuple[int, int, list[Block]]] = [(a, b, []) for a, b in zip(cuts, cuts[1:])]
        starts = [a for a, _, _ in pieces]
        for block in blocks:   # each block goes with the piece it starts in
            index = bisect.bisect_right(starts, block.start) - 1
            if 0 <= index < len(pieces) and block.start < pieces[index][1]:
                pieces[index][2].append(block)
        self._hits, self._fresh, self.searched = self._fresh, {}, 0   # a new version
        fresh: dict[str, Any] = {}
        for start, end, members in pieces:
            text = norm[start:end]
            if text and text not in self._docs and text not in fresh:
                doc = nlp.make_doc(text)
                preset_sentence_starts(doc, [_shift(b, -start) for b in members])
                fresh[text] = doc
        self.parsed = len(fresh)
        for text, doc in zip(list(fresh), nlp.pipe(fresh.values(), batch_size=8)):
            fresh[text] = doc
            check()   # the letter's time budget (and the language server's cancellation)
        known = {**self._docs, **fresh}
        docs = [known[norm[s:e]] for s, e, _ in pieces if e > s]
        self._docs = {norm[s:e]: known[norm[s:e]] for s, e, _ in pieces if e > s}
        joined = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc(norm)
        if joined.text != norm:  # never expected; fall back to a whole parse rather than misplace
            doc = nlp.make_doc(norm)
            preset_sentence_starts(doc, blocks)
            return next(iter(nlp.pipe([doc])))
        return joined


def _line_runs(letter: Letter) -> list[tuple[int, int]]:
    """(start, end) of the runs of whole lines that hold each block: cut at the start of the line
    where a paragraph, heading or list begins."""
    def runs(it: Letter) -> list[tuple[int, int]]:
        text = it.text
        cuts = sorted({0} | {max(text.rfind("\n", 0, p.start), text.rfind("\r", 0, p.start)) + 1
                             for p in it.paragraphs})
        return list(zip(cuts, cuts[1:] + [len(text)]))
    return letter.derived("incremental.line-runs", runs)
