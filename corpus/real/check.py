"""Check the real-letter corpus against its format (corpus/real/README.md).

    python corpus/real/check.py [ID ...]      # every letter and notice, or only the ids given

Prints one line per problem and a summary; exits 1 when any problem was found.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = {"blame", "innocence", "emotive", "unrelated", "template", "placeholder", "grammar", "specificity"}
ROLES = {"root-cause", "corrective", "preventive", "evidence", "other"}
PARTS = {"root-cause", "corrective", "preventive"}
REASONS = {"performance", "inauthentic", "ip", "condition", "related-accounts", "review-manipulation",
           "restricted-products", "other"}
SOURCE_KINDS = {"forum", "blog", "agency-sample", "law-firm", "template", "chinese-site"}
WRITERS = {"chinese", "other-non-native", "native", "unknown"}
QUALITIES = {"poor", "mixed", "good"}
LETTER_KEYS = {"id", "source", "source_kind", "reason", "detail", "writer", "quality", "path", "notice",
               "split", "missing", "sentences"}


def _enum(problems: list[str], where: str, key: str, value, allowed: set[str]) -> None:
    if value not in allowed:
        problems.append(f"{where}: {key} {value!r} is not one of {sorted(allowed)}")


def check_letter(yml: Path, notices: set[str]) -> list[str]:
    where = yml.name
    problems: list[str] = []
    txt = yml.with_suffix(".txt")
    if not txt.exists():
        return [f"{where}: no {txt.name}"]
    text = txt.read_text(encoding="utf-8")
    data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
    for key in sorted(set(data) - LETTER_KEYS):
        problems.append(f"{where}: unknown key {key!r}")
    if data.get("id") != yml.stem:
        problems.append(f"{where}: id {data.get('id')!r} is not the file name")
    if not str(data.get("source", "")).startswith(("http://", "https://")):
        problems.append(f"{where}: source must be the public address")
    _enum(problems, where, "source_kind", data.get("source_kind"), SOURCE_KINDS)
    _enum(problems, where, "reason", data.get("reason"), REASONS)
    _enum(problems, where, "writer", data.get("writer"), WRITERS)
    _enum(problems, where, "quality", data.get("quality"), QUALITIES)
    _enum(problems, where, "path", data.get("path"), {"fix", "error"})
    _enum(problems, where, "split", data.get("split"), {"train", "test"})
    if data.get("notice") and data["notice"] not in notices:
        problems.append(f"{where}: notice {data['notice']!r} not found in notices/")
    missing = data.get("missing")
    if not isinstance(missing, list) or set(missing) - PARTS:
        problems.append(f"{where}: missing must be a list drawn from {sorted(PARTS)}")
        missing = []
    sentences = data.get("sentences") or []
    if not sentences:
        problems.append(f"{where}: no sentences")
    pos, roles = 0, set()
    for n, sent in enumerate(sentences, 1):
        s_text = sent.get("text", "")
        found = text.find(s_text, pos) if s_text else -1
        if found == -1:
            problems.append(f"{where}: sentence {n} not found (in order) in the letter: {s_text[:60]!r}")
            continue
        gap = text[pos:found]
        if gap.strip():
            problems.append(f"{where}: text not covered by any sentence before sentence {n}: {gap.strip()[:60]!r}")
        pos = found + len(s_text)
        labels = sent.get("labels")
        if not isinstance(labels, list) or set(labels) - LABELS or len(set(labels)) != len(labels):
            problems.append(f"{where}: sentence {n} labels {labels!r} must be a list drawn from {sorted(LABELS)}")
        _enum(problems, where, f"sentence {n} role", sent.get("role"), ROLES)
        roles.add(sent.get("role"))
    if text[pos:].strip():
        problems.append(f"{where}: text after the last sentence is not covered: {text[pos:].strip()[:60]!r}")
    for part in sorted(PARTS - roles - set(missing)):
        problems.append(f"{where}: no sentence has role {part}, so missing must list it")
    return problems


def check_notice(yml: Path) -> list[str]:
    data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
    problems = []
    if data.get("id") != yml.stem:
        problems.append(f"{yml.name}: id {data.get('id')!r} is not the file name")
    if not yml.with_suffix(".txt").exists():
        problems.append(f"{yml.name}: no {yml.stem}.txt")
    if not str(data.get("source", "")).startswith(("http://", "https://")):
        problems.append(f"{yml.name}: source must be the public address")
    _enum(problems, yml.name, "reason", data.get("reason"), REASONS)
    return problems


def check_splits(ymls: list[Path]) -> list[str]:
    by_source: dict[str, set[str]] = defaultdict(set)
    for yml in ymls:
        data = yaml.safe_load(yml.read_text(encoding="utf-8")) or {}
        by_source[str(data.get("source"))].add(str(data.get("split")))
    return [f"source {src} has letters in both splits" for src, splits in by_source.items() if len(splits) > 1]


def main(argv: list[str]) -> int:
    wanted = set(argv)
    notice_ymls = sorted((HERE / "notices").glob("*.yml"))
    letter_ymls = sorted((HERE / "letters").glob("*.yml"))
    problems: list[str] = []
    for yml in notice_ymls:
        if not wanted or yml.stem in wanted:
            problems += check_notice(yml)
    notices = {p.stem for p in notice_ymls}
    for yml in letter_ymls:
        if not wanted or yml.stem in wanted:
            problems += check_letter(yml, notices)
    problems += check_splits(letter_ymls)
    for line in problems:
        print(line)
    print(f"{len(letter_ymls)} letters, {len(notice_ymls)} notices, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
