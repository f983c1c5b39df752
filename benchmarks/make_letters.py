"""Build the benchmark letters (300, 800, 1,500 and 2,000 words) from the labelled corpus.

The letters under benchmarks/letters/ are committed so that every run measures the same text; run
this script again only to regenerate them (it is deterministic):

    python benchmarks/make_letters.py

A letter is one corpus letter (its greeting, headings and sign-off kept) whose body is trimmed, or
extended with body paragraphs (no headings, greetings or sign-offs) taken from other corpus
letters and inserted before the closing, until it has about the wanted number of words.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "corpus"
OUT = Path(__file__).resolve().parent / "letters"

# size -> (base letter, donor letters in order)
PLAN = {
    300: ("39-restricted-automatic-knives", ()),
    800: ("05-odr-kettle-lid-defect", ()),
    1500: ("05-odr-kettle-lid-defect", ("35-review-rebate-club-long", "44-condition-returns-restocked")),
    2000: ("35-review-rebate-club-long", ("05-odr-kettle-lid-defect", "41-performance-late-shipment",
                                         "44-condition-returns-restocked", "14-ip-trademark-replacement-lids")),
}
_CLOSING = re.compile(r"^(thank you|thanks|sincerely|kind regards|best regards|regards|yours|respectfully"
                      r"|we respectfully|we kindly|we ask|we request)", re.I)
_OPENING = re.compile(r"^(dear|hello|re:|subject:|to whom|seller id|merchant token|store name)", re.I)


def words(text: str) -> int:
    return len(text.split())


def paragraphs(name: str) -> list[str]:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    return [p.strip("\n") for p in re.split(r"\n\s*\n", text) if p.strip()]


def is_heading(paragraph: str) -> bool:
    line = paragraph.strip()
    return "\n" not in line and words(line) <= 8 and (line.isupper() or line.endswith(":"))


def body(paragraph: str) -> bool:
    return not (is_heading(paragraph) or _CLOSING.match(paragraph.strip())
                or _OPENING.match(paragraph.strip()) or words(paragraph) < 12)


def build(size: int) -> str:
    base, donors = PLAN[size]
    parts = paragraphs(base)
    cut = next((i for i in range(len(parts)) if i > len(parts) // 2 and _CLOSING.match(parts[i].strip())),
               len(parts))
    head, tail = parts[:cut], parts[cut:]
    extra = [p for donor in donors for p in paragraphs(donor) if body(p)]
    total = words("\n\n".join(head + tail))
    while extra and total < size - 40:
        paragraph = extra.pop(0)
        head.append(paragraph)
        total += words(paragraph)
    while total > size + 40:  # trim body paragraphs from the end of the body
        index = max(i for i, p in enumerate(head) if body(p))
        total -= words(head.pop(index))
    return "\n\n".join(head + tail) + "\n"


def long_letter(size: int) -> str:
    """A letter of about `size` words for the scaling measurement (1,000 to 100,000 words): the
    2,000-word letter's opening and closing around the body paragraphs of every corpus letter,
    cycled in name order. Built in memory by the benchmark (too big to commit), deterministic."""
    parts = paragraphs(PLAN[2000][0])
    cut = next((i for i in range(len(parts)) if i > len(parts) // 2 and _CLOSING.match(parts[i].strip())),
               len(parts))
    head, tail = parts[:cut], parts[cut:]
    pool = [p for path in sorted(CORPUS.glob("*.txt")) for p in paragraphs(path.stem) if body(p)]
    total = words("\n\n".join(head + tail))
    i = 0
    while total < size:
        paragraph = pool[i % len(pool)]
        head.append(paragraph)
        total += words(paragraph)
        i += 1
    return "\n\n".join(head + tail) + "\n"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for size in PLAN:
        text = build(size)
        (OUT / f"letter-{size}.txt").write_text(text, encoding="utf-8")
        print(f"letters/letter-{size}.txt: {words(text)} words")


if __name__ == "__main__":
    main()
