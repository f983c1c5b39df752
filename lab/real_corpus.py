"""The real-letter corpus (corpus/real/): letters, their sentence labels, roles and splits."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "real"
CATEGORIES = ("blame", "innocence", "emotive", "unrelated", "template", "placeholder", "specificity",
              "grammar")
ROLES = ("root-cause", "corrective", "preventive", "evidence")
PARTS = ("root-cause", "corrective", "preventive")


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    start: int
    end: int
    labels: frozenset[str]
    role: str


@dataclass(frozen=True)
class RealLetter:
    id: str
    text: str
    split: str
    quality: str
    path: str
    reason: str
    missing: frozenset[str]
    notice: Path | None
    sentences: tuple[LabelledSentence, ...]

    @property
    def parts(self) -> frozenset[str]:
        return frozenset(PARTS) - self.missing


def _sentences(text: str, raw: Iterable[dict], where: str) -> tuple[LabelledSentence, ...]:
    out, pos = [], 0
    for n, sent in enumerate(raw, 1):
        needle = sent["text"]
        found = text.find(needle, pos)
        if found == -1:
            raise ValueError(f"{where}: sentence {n} not found in order in the letter: {needle[:60]!r}")
        pos = found + len(needle)
        out.append(LabelledSentence(needle, found, pos, frozenset(sent.get("labels") or ()),
                                    str(sent.get("role", "other"))))
    return tuple(out)


def read_letter(yml: Path) -> RealLetter:
    data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
    text = yml.with_suffix(".txt").read_text(encoding="utf-8")
    notice = data.get("notice")
    notice_path = yml.parent.parent / "notices" / f"{notice}.txt" if notice else None
    return RealLetter(yml.stem, text, str(data.get("split")), str(data.get("quality")),
                      str(data.get("path", "fix")), str(data.get("reason")),
                      frozenset(data.get("missing") or ()),
                      notice_path if notice_path and notice_path.is_file() else None,
                      _sentences(text, data.get("sentences") or (), yml.name))


def letter_files(root: Path = CORPUS) -> list[Path]:
    """Every letter's .yml that has its .txt beside it, sorted by id."""
    return sorted(p for p in (root / "letters").glob("*.yml") if p.with_suffix(".txt").is_file())


def load_corpus(root: Path = CORPUS, split: str | None = None) -> list[RealLetter]:
    """The letters of one split ("train", "test") or all of them. Reading the split from each .yml
    before the text keeps test letters unread when only the training split is asked for."""
    letters = []
    for yml in letter_files(root):
        if split is not None and _split_of(yml) != split:
            continue
        letters.append(read_letter(yml))
    return letters


def _split_of(yml: Path) -> str:
    for line in yml.read_text(encoding="utf-8").splitlines():
        if line.startswith("split:"):
            return line.split(":", 1)[1].split("#", 1)[0].strip()
    return str((yaml.safe_load(yml.read_text(encoding="utf-8")) or {}).get("split"))


def training_files(root: Path = CORPUS) -> list[Path]:
    """The files a model trained on the training split depends on: every train letter's .txt and
    .yml, and the augmentation file."""
    files = []
    for yml in letter_files(root):
        if _split_of(yml) == "train":
            files += [yml.with_suffix(".txt"), yml]
    augmented = root / "augmented" / "train-variants.yml"
    if augmented.is_file():
        files.append(augmented)
    return files


def files_digest(paths: Sequence[Path], base: Path) -> str:
    """sha256 over each file's path relative to `base` and its bytes (line ends as LF)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(base).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def corpus_digest(root: Path = CORPUS) -> str:
    """sha256 over the training files' relative paths and bytes: names the exact training corpus."""
    return files_digest(training_files(root), root)
