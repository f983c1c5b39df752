"""Splitting a letter's text into headings, prose paragraphs and lists (before parsing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from poa_lint.sections import SectionSpec, strip_heading

# A bullet or number, then a space; a number also straight before a letter ("1.Check", "2)Refund",
# "3、Train": common in Chinese drafts), never before a digit ("1.5 kg").
LIST_MARKER = re.compile(
    r"[ \t]*(?P<marker>[-*•·▪◦‣➢►✓✔]|\(?\d{1,2}[.)、](?!\d)|\(?[a-hA-H][.)]|\(?[ivxIVX]{1,4}[.)])"
    r"(?:[ \t]+(?=\S)|(?<=\d[.)、])(?=[^\W\d_]))")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
# "Root cause: ...", "Root cause：...", "Root cause:Our ...", "Root cause - ..." (the label must name a part)
_INLINE_LABEL = re.compile(r"^(?P<label>[^:：\n]{2,60}?)(?:\s*:\s+|\s*：\s*|:(?=[^\W\d_])|\s+[-–—]\s+)(?=\S)")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class RawItem:
    start: int
    content_start: int
    end: int
    marker: str


@dataclass(frozen=True, slots=True)
class Block:
    """A heading line, a prose paragraph or a list, with offsets into the text."""

    kind: str                      # heading | prose | list
    start: int
    end: int
    items: tuple[RawItem, ...] = ()
    heading_kinds: tuple[str, ...] = ()
    label_end: int | None = None   # prose that opens with an inline label ("Root cause: ...")
    starts_section: bool = False


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, end before the line break."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and out:
            break
        out.append((m.start(), m.start() + len(m.group().rstrip("\r\n"))))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify_heading(line: str, spec: SectionSpec) -> tuple[bool, tuple[str, ...]]:
    """Whether a whole line is a heading, and which parts it names."""
    raw = line.strip()
    bare = strip_heading(raw)
    if not bare or len(bare) > 90:
        return False, ()
    words = count_words(bare)
    marked = raw.startswith("#") or (raw.startswith(("**", "__")) and raw.rstrip(":").endswith(("**", "__")))
    letters = [c for c in bare if c.isalpha()]
    caps = len(letters) >= 4 and all(c.isupper() for c in letters) and words <= 10
    kinds = spec.heading_kinds(bare)
    names = bool(kinds) or spec.is_mixed(bare)
    # a short question that names a part is a heading ("Why did this happen?", "WHAT HAVE WE DONE?")
    sentence_like = raw.endswith((".", "!", "?", ",", ";")) and not (words <= 4 and raw.endswith(".")) \
        and not (names and raw.endswith(("?", "？")))
    if names and words <= 10 and not sentence_like:
        return True, kinds
    if (marked or caps) and words <= 12 and not sentence_like:
        return True, kinds
    return False, ()


def segment(text: str, spec: SectionSpec) -> list[Block]:
    """Group the lines of `text` into blocks."""
    blocks: list[Block] = []
    cur: dict | None = None

    def close() -> None:
        nonlocal cur
        if cur is not None:
            blocks.append(Block(cur["kind"], cur["start"], cur["end"], tuple(cur["items"]),
                                cur.get("kinds", ()), cur.get("label_end"), cur.get("starts", False)))
        cur = None

    for line_start, line_end in _lines(text):
        start, end = _trim(text, line_start, line_end)
        if start == end:
            close()
            continue
        line = text[start:end]
        is_heading, kinds = classify_heading(line, spec)
        if is_heading:
            close()
            blocks.append(Block("heading", start, end, heading_kinds=kinds, starts_section=True))
            continue
        label = _INLINE_LABEL.match(line)
        bare_label = strip_heading(label.group("label")) if label else ""
        label_kinds = spec.heading_kinds(bare_label) if label else ()
        if label and (label_kinds or spec.is_mixed(bare_label)) and count_words(label.group("label")) <= 8:
            close()
            cur = {"kind": "prose", "start": start, "end": end, "items": [], "kinds": label_kinds,
                   "label_end": start + label.end(), "starts": True}
            continue
        marker = LIST_MARKER.match(text, line_start, line_end)
        if marker:
            item = RawItem(start, marker.end(), end, marker.group("marker"))
            if cur is None or cur["kind"] != "list":
                close()
                cur = {"kind": "list", "start": start, "end": end, "items": []}
            cur["items"].append(item)
            cur["end"] = end
            continue
        if cur is not None and cur["kind"] == "list":
            last = cur["items"][-1]
            indented = line_start < start
            if indented or not text[last.start:last.end].rstrip().endswith((".", "!", "?", ":", ";")):
                cur["items"][-1] = RawItem(last.start, last.content_start, end, last.marker)
                cur["end"] = end
                continue
            close()
        if cur is not None and cur["kind"] == "prose":
            cur["end"] = end
            continue
        cur = {"kind": "prose", "start": start, "end": end, "items": []}
    close()
    return blocks
