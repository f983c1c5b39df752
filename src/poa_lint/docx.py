"""Word (.docx) drafts: paragraphs, heading styles and Word lists, turned into letter text."""

from __future__ import annotations

import bisect
import io
import zipfile
from typing import Any

MAX_DOCX_BYTES = 30_000_000        # images make .docx files big; the text is still a few pages
MAX_XML_BYTES = 20_000_000         # one unzipped XML part (document.xml of a few pages: < 1 MB)
MAX_UNZIPPED_BYTES = 200_000_000   # every part unzipped (images included)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # compound file: encrypted .docx or an old .doc


class DocxError(ValueError):
    """A .docx draft that cannot be turned into letter text; str() is the one-line reason."""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_position(layout: tuple[tuple[int, int], ...], offset: int) -> tuple[int, int]:
    """(paragraph number, 1-based column) of a text offset, from (content start, number) pairs."""
    starts = [start for start, _ in layout]
    index = max(0, bisect.bisect_right(starts, offset) - 1)
    start, number = layout[index]
    return number, max(1, offset - start + 1)


def _style_names(paragraph: Any) -> list[str]:
    names, style = [], paragraph.style
    while style is not None and len(names) < 10:
        names.append((style.name or "").lower())
        style = style.base_style
    return names


def _outline_level(paragraph: Any) -> int | None:
    ppr = paragraph._p.pPr
    level = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    return int(level.get(f"{_W}val")) if level is not None else None


def _num_format(document: Any, paragraph: Any) -> str | None:
    """'bullet', a numbering format such as 'decimal', or None when not a Word list item."""
    ppr = paragraph._p.pPr
    num_pr = ppr.numPr if ppr is not None else None
    names = _style_names(paragraph)
    if num_pr is None or num_pr.numId is None:
        if any(n.startswith("list number") for n in names):
            return "decimal"
        return "bullet" if any(n.startswith("list bullet") for n in names) else None
    num_id, level = num_pr.numId.val, (num_pr.ilvl.val if num_pr.ilvl is not None else 0)
    if num_id == 0:
        return None
    try:
        numbering = document.part.numbering_part.element
        num = numbering.num_having_numId(num_id)
        abstract_id = num.abstractNumId.val
        for abstract in numbering.findall(f"{_W}abstractNum"):
            if int(abstract.get(f"{_W}abstractNumId")) == abstract_id:
                for lvl in abstract.findall(f"{_W}lvl"):
                    if int(lvl.get(f"{_W}ilvl")) == level:
                        fmt = lvl.find(f"{_W}numFmt")
                        return fmt.get(f"{_W}val") if fmt is not None else "decimal"
    except (KeyError, AttributeError, ValueError, NotImplementedError):
        pass
    return "bullet"


def _paragraphs(document: Any) -> list[Any]:
    from docx.table import Table

    out = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.extend(p for row in block.rows for cell in row.cells for p in cell.paragraphs)
        else:
            out.append(block)
    return out


def document_text(document: Any) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The letter text (headings as '# ', list items as '- '/'1. ') and its paragraph layout."""
    parts: list[str] = []
    layout: list[tuple[int, int]] = []
    length, number, counter, previous, last_fmt = 0, 0, 0, None, None
    for paragraph in _paragraphs(document):
        content = paragraph.text.replace("\r", " ").replace("\n", " ").replace("\x0b", " ")
        if not content.strip():
            continue
        number += 1
        names = _style_names(paragraph)
        fmt = _num_format(document, paragraph)
        level = _outline_level(paragraph)
        if any(n.startswith("heading") or n == "title" for n in names) or level is not None and level < 9:
            kind, prefix = "heading", "# "
        elif fmt is not None:
            counter = counter + 1 if previous == "list" and fmt == last_fmt else 1
            last_fmt = fmt
            kind, prefix = "list", ("- " if fmt in ("bullet", "none") else f"{counter}. ")
        else:
            kind, prefix = "prose", ""
        separator = "" if previous is None else ("\n" if kind == previous == "list" else "\n\n")
        length += len(separator) + len(prefix)
        layout.append((length, number))
        parts.append(separator + prefix + content)
        length += len(content)
        previous = kind
    return "".join(parts) + "\n", tuple(layout)


def _check_unzipped_size(data: bytes) -> None:
    """Refuse a document whose parts unzip to more than the limits (a zip bomb): the sizes in the
    zip directory are what zipfile will inflate at most (it stops at the declared size)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
        raise DocxError(f"corrupt Word document, cannot open it ({reason})") from None
    total = sum(i.file_size for i in infos)
    biggest = max((i for i in infos if i.filename.endswith((".xml", ".rels"))),
                  key=lambda i: i.file_size, default=None)
    if total > MAX_UNZIPPED_BYTES or (biggest is not None and biggest.file_size > MAX_XML_BYTES):
        size = max(total, biggest.file_size if biggest else 0)
        raise DocxError(f"Word document unzips to {size / 1e6:.0f} MB (the limits are "
                        f"{MAX_XML_BYTES / 1e6:.0f} MB of text markup and {MAX_UNZIPPED_BYTES / 1e6:.0f} MB "
                        f"in all; a zip bomb, or not a letter)")


def docx_text(data: bytes) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The letter text and layout of a .docx file's bytes; corrupt, encrypted or empty documents
    raise a one-line DocxError (the reader adds the path)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if len(data) > MAX_DOCX_BYTES:
        raise DocxError(f"Word document is too large ({len(data) / 1e6:.0f} MB)")
    if data.startswith(_OLE):
        raise DocxError("password-protected (encrypted) or old-format Word file: remove the "
                        "password and save it as .docx")
    if not data.startswith(b"PK"):
        raise DocxError("not a Word .docx document (corrupt, or another format renamed .docx)")
    _check_unzipped_size(data)
    try:
        text, layout = document_text(docx.Document(io.BytesIO(data)))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError) as exc:
        reason = str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__
        raise DocxError(f"corrupt Word document, cannot open it ({reason})") from None
    except Exception as exc:  # lxml XMLSyntaxError and friends from a damaged document.xml
        raise DocxError(f"corrupt Word document, cannot parse it ({type(exc).__name__})") from None
    if not layout:
        raise DocxError("empty Word document (nothing to check)")
    return text, layout


def relocate(findings: tuple[Any, ...], layout: tuple[tuple[int, int], ...]) -> tuple[Any, ...]:
    """Findings with line/column replaced by Word paragraph number and column."""
    from dataclasses import replace

    out = []
    for f in findings:
        line, column = paragraph_position(layout, f.start)
        end_line, end_column = paragraph_position(layout, f.end)
        out.append(replace(f, line=line, column=column, end_line=end_line, end_column=end_column))
    return tuple(out)
