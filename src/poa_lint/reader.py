"""Reading drafts from disk or stdin and decoding them (UTF-8/16 with BOM, else detection)."""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

MAX_BYTES = 1_000_000  # a plan of action is a few pages; 1 MB is ~150,000 words
DRAFT_SUFFIXES = (".txt", ".md", ".docx")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE = {"gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950", "cp936"}


class InputError(Exception):
    """A draft that cannot be read or decoded; str() is the one-line reason."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Source:
    """A decoded draft: text exactly as read (no newline translation)."""

    path: str
    text: str
    encoding: str
    layout: tuple[tuple[int, int], ...] = ()    # Word documents: (text offset, paragraph number) pairs
    note: str | None = None    # said once on stderr: the encoding was guessed (not UTF-8/16)


def decode(data: bytes, path: str, what: str = "draft") -> Source:
    """Decode raw bytes of a draft (or of Amazon's notice: `what`); raise InputError for empty,
    binary or undecodable data."""
    if len(data) > MAX_BYTES:
        raise _too_large(path, len(data))
    source = _decode(data, path)
    if "\x00" in source.text or _control_count(source.text) > max(8, len(source.text) // 100):
        raise InputError(path, f"binary file (control characters), not a text {what}")
    return source


def _decode(data: bytes, path: str) -> Source:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(path, data[len(bom):].decode(encoding.replace("-sig", "")), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"invalid {encoding} text at byte {exc.start}") from None
    if b"\x00" in data:
        return _checked(path, _utf16_without_bom(data, path), "utf-16")
    try:
        return _checked(path, data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    chinese = _as_chinese(data)
    if chinese is not None:
        return _checked(path, chinese, "gb18030")
    _refuse_damaged_utf8(data, path)
    source = _checked(path, *_detect(data, path))
    return replace(source, note=f"not UTF-8: the encoding was guessed as {source.encoding}; if "
                                f"some characters look wrong, save the draft as UTF-8")


def _as_chinese(data: bytes) -> str | None:
    """GB18030 text (what Chinese editors save) when its non-ASCII characters are Chinese.

    Detectors often take short GBK drafts for Korean or Japanese; our writers are mostly Chinese.
    """
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [c for c in text if ord(c) > 127]
    cjk = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return text if wide and cjk >= 0.9 * len(wide) else None


def _refuse_damaged_utf8(data: bytes, path: str) -> None:
    """A UTF-8 draft with a few broken bytes (a bad copy, two files pasted together) is refused
    rather than guessed as a legacy encoding, which would turn every ’ or é into mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    if good and good * 3 >= bad:  # legacy encodings (cp1252, EUC-KR) rarely form valid UTF-8 pairs
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-8 at byte {exc.start} (the rest is UTF-8: the file is "
                                   f"damaged or mixes encodings; save it again as UTF-8)") from None


def _too_large(path: str, size: int | None) -> InputError:
    """`size` None: a stream or device read up to the limit (its real size is unknown)."""
    shown = f"more than {MAX_BYTES / 1e6:.0f} MB" if size is None else f"{size / 1e6:.1f} MB"
    return InputError(path, f"too large ({shown}; the limit is "
                            f"{MAX_BYTES / 1e6:.0f} MB, and a plan of action is a few pages)")


def too_large_text(path: str, text: str) -> InputError | None:
    """The same limit for text that did not come from a file (a Word document's text)."""
    size = len(text.encode("utf-8", "surrogatepass"))
    return _too_large(path, size) if size > MAX_BYTES else None


def _utf16_without_bom(data: bytes, path: str) -> str:
    even, odd = data[0::2].count(0), data[1::2].count(0)
    order = "utf-16-le" if odd > even else "utf-16-be"
    if len(data) % 2 or max(even, odd) < len(data) / 4:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return data.decode(order)
    except UnicodeDecodeError:
        raise InputError(path, "binary file (contains NUL bytes), not text") from None


def _detect(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(path, "cannot detect the text encoding (not UTF-8, UTF-16 or a known "
                               "legacy encoding); save the draft as UTF-8")
    encoding = best.encoding.lower().replace("_", "")
    if encoding in _CHINESE or encoding.startswith("gb"):
        encoding = "gb18030"  # superset of GB2312/GBK: decodes everything they do
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return str(best), best.encoding


def _control_count(text: str) -> int:
    return sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f\v")


def _checked(path: str, text: str, encoding: str) -> Source:
    if not text.strip():
        raise InputError(path, "empty file (nothing to check)")
    return Source(path, text, encoding)


def _read_stream(stream: object) -> bytes:
    """At most MAX_BYTES + 1 bytes of an open binary stream (stdin: `- < /dev/zero` stops there)."""
    chunks, size = [], 0
    while size <= MAX_BYTES:
        chunk = stream.read(min(1 << 16, MAX_BYTES + 1 - size))  # type: ignore[attr-defined]
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_capped(p: Path) -> bytes:
    """At most MAX_BYTES + 1 bytes. Opening non-blocking means a FIFO with no writer reads as empty
    instead of hanging; the cap means /dev/zero or an endless pipe cannot exhaust memory."""
    fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        os.set_blocking(fd, True)  # a pipe that has a writer (`<(command)`) is then read normally
    except OSError:
        pass
    with os.fdopen(fd, "rb") as handle:
        return handle.read(MAX_BYTES + 1)


def read_source(path: str, what: str = "draft") -> Source:
    """Read one file (or stdin for '-') and decode it; `what` names it in errors (draft, notice)."""
    if path == "-":
        import sys

        data = _read_stream(sys.stdin.buffer)
        if len(data) > MAX_BYTES:
            raise _too_large("<stdin>", None)
        return decode(data, "<stdin>", what)
    p = Path(path)
    if p.is_symlink() and not p.exists():
        raise InputError(path, "broken symbolic link")
    if not p.exists():
        raise InputError(path, "no such file or directory")
    if p.is_dir():
        raise InputError(path, "is a directory")
    if p.suffix.lower() == ".docx":
        return _read_docx(p, path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _too_large(path, size)
        data = _read_capped(p)
        if len(data) > MAX_BYTES:  # a device or pipe (no size up front), or the file grew
            raise _too_large(path, None if size < len(data) else len(data))
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    return decode(data, path, what)


def _read_docx(p: Path, path: str) -> Source:
    """A Word draft: the bytes are read here, turned into letter text by `docx`."""
    from poa_lint.docx import DocxError, docx_text

    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from None
    try:
        text, layout = docx_text(data)
    except DocxError as exc:
        raise InputError(path, str(exc)) from None
    too_large = too_large_text(path, text)
    if too_large is not None:
        raise too_large
    return Source(path, text, "docx", layout)


def expand_paths(paths: list[str], suffixes: tuple[str, ...] = DRAFT_SUFFIXES) -> Iterator[str | InputError]:
    """Yield input paths: files as given, directories as every draft file below them (sorted).
    A folder or subfolder that cannot be listed is yielded as an InputError (never skipped)."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, suffixes)
        else:
            yield path


def _walk(top: str, suffixes: tuple[str, ...]) -> list[str | InputError]:
    found: list[tuple[str, str | InputError]] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or top
        problem = "permission denied" if isinstance(exc, PermissionError) else f"cannot list ({exc.strerror or exc})"
        found.append((str(where), InputError(str(where), f"folder: {problem}")))

    for folder, dirs, files in os.walk(top, onerror=unreadable, followlinks=False):
        dirs.sort()
        for name in files:
            full = os.path.join(folder, name)
            if Path(name).suffix.lower() in suffixes and (os.path.isfile(full) or os.path.islink(full)):
                found.append((full, full))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]
