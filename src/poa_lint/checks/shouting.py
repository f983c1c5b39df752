"""ALL-CAPS words that are not acronyms, headings or names (shouting; domain brief §2 B20)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint import accepted
from poa_lint.document import Letter
from poa_lint.finding import Hit

CAPS = re.compile(r"\b[A-Z][A-Z']{2,}\b|\bNO\b(?!\.|\s*[#:\d])")   # NO, but not "NO. 12" or "NO: 5"
# Three-letter capitals are usually acronyms (RMA, QC, CBD); flag only these common words.
SHORT_WORDS = {
    "NOT", "WHY", "BEG", "ALL", "ANY", "YOU", "OUR", "THE", "AND", "BUT", "WAS", "ARE", "HAS",
    "HAD", "CAN", "DID", "NOW", "HOW", "OUT", "BAD", "SAD", "WHO", "ITS", "HIS", "HER", "OWN",
    "TOO", "YES", "BIG", "GET", "GOT", "PLS", "PLZ", "NEW", "OLD", "ONE", "TWO", "FOR", "NOR",
    "MAY", "SAY", "SEE", "USE", "WAY", "DAY", "BUY", "PAY", "TRY", "ASK", "LET", "PUT", "RUN",
    "FIX", "MAD", "SHE", "HIM", "LIE", "WIN", "END", "OFF", "VERY",
}


def _heading_like(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.6


_EMPHASIS = {"NEVER", "PLEASE", "NOT", "VERY", "FAKE", "UNFAIR", "HELP", "ALL", "ANY", "ALWAYS", "NO",
             "REALLY", "MUST", "NOTHING", "EVERY", "ONLY", "SORRY", "URGENT", "IMMEDIATELY", "PERMANENTLY",
             "EVER", "TRULY", "DEEPLY", "MUCH", "MORE", "MOST", "SURE", "TRUE", "FALSE", "WRONG", "FULL",
             "WHOLE", "HUGE", "NONE", "NEED", "BEG", "STOP", "DONE", "FAULT", "INNOCENT", "AGAIN", "AUTHENTIC",
             "GENUINE", "ORIGINAL", "IMPORTANT", "EVERYTHING", "ANYTHING", "NEVER"}
_SLOT = re.compile(r"\b(?:ACCOUNT|STORE|SHOP|SELLER|COMPANY|BRAND|BUSINESS|PRODUCT)\s+(?:NAME|ID|NUMBER)\b|"
                   r"\b(?:OMITTED|REDACTED)\b")


# A sentence: five or more words that end in a full stop, a semicolon or an exclamation mark.
_SENTENCE = re.compile(r"^\W*(\S+\s+){4,}\S*[.;!]\W*$")


# Words of running prose, which an address, a name or a list of codes in capitals lacks.
_FUNCTION = {"THE", "A", "AN", "WE", "I", "OUR", "MY", "YOU", "YOUR", "IS", "ARE", "WAS", "WERE", "BE",
             "NOT", "AND", "OR", "BUT", "OF", "TO", "FOR", "WITH", "THIS", "THAT", "IT", "HAVE", "HAS",
             "DID", "DO", "WILL", "CAN", "ALL", "NO", "NEVER", "VERY", "PLEASE"}


def _shouted_sentence(sentence: str) -> bool:
    """A whole sentence in capitals ("THE COMPLAINTS ARE COMPLETELY MY FAULT."): shouting, even on a
    line of its own, where a heading would be short and end without a full stop."""
    text = sentence.strip()
    if not (_heading_like(text) and _SENTENCE.match(text)):
        return False
    return sum(w in _FUNCTION for w in re.findall(r"[A-Z']+", text)) >= 2


def _acronym_like(text: str, start: int, end: int, word: str) -> bool:
    """A short word in capitals standing alone among normal-case words ("an FMCA rating") is an
    acronym; emphasis uses common words (NEVER, AGAIN, ONLY) or runs of capitals."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if len(word) > 5 or word in _EMPHASIS or word in SHORT_WORDS or _word_form(word) or word.lower() in STOP_WORDS:
        return False
    before = re.search(r"(\S+)\s*$", text[max(0, start - 30):start])
    after = re.match(r"\s*(\S+)", text[end:end + 30])
    return not any(m and CAPS.search(m.group(1)) for m in (before, after))


def _inline_heading(sentence: str) -> bool:
    """'1. WHY DROPSHIPPING?' or 'ROOT CAUSE:' run into the paragraph: a heading, not shouting."""
    text = sentence.strip()
    return _heading_like(text) and (text.endswith((":", "?")) or text[-1:].isalnum())


def _word_form(word: str) -> bool:
    """An inflected common word (REACTIVATED, CLOSING, PERMANENTLY): emphasis, not a brand."""
    return len(word) >= 6 and word.endswith(("ED", "ING", "LY"))


def _name_like(text: str, start: int, end: int, count: int, word: str) -> bool:
    """A brand or store name in capitals (repeated, quoted) or a placeholder slot, not emphasis."""
    if word in _EMPHASIS:
        return False
    around = text[max(0, start - 12):end + 12]
    if any(m.start() <= start - max(0, start - 12) < m.end() for m in _SLOT.finditer(around)):
        return True
    if _word_form(word):
        return False
    quoted = text[start - 1:start] in "\"'“‘(" and text[end:end + 1] in "\"'”’)"
    return count >= 2 or quoted or bool(_NAMED.search(text[max(0, start - 40):start]))


# A word right after "brand", "store", "trademark", "named" ... is the name itself ("our brand ZENTRO").
_NAMED = re.compile(r"\b(?:brand|store|shop|trademark|trade\s+mark|company|seller|named|called|label|model)"
                    r"(?:\s+name)?\s*[:(\"'“‘]?\s*$", re.I)


_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9&'.-]*")


def _name_run(text: str, start: int, end: int) -> bool:
    """The word is one of a run of two or more capitalised words with no word of emphasis, no
    function word and no inflected form ("JINGYUAN TRADING", "GLOBAL SOURCE WHOLESALE LLC",
    "LED STRIP LIGHT"): a company or product name, not shouting ("WILL NOT HAPPEN AGAIN")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    words = [(line_start + m.start(), line_start + m.end(), m.group(0)) for m in re.finditer(r"\S+", line)]
    idx = next((i for i, (a, b, _) in enumerate(words) if a <= start < b), None)
    if idx is None:
        return False

    def caps(i: int) -> str | None:
        word = words[i][2].strip(",.;:()\"'“”‘’")
        return word if _CAPS_WORD.fullmatch(word) and sum(c.isalpha() for c in word) >= 2 else None

    run = [idx]
    for step in (-1, 1):
        i = idx + step
        while 0 <= i < len(words) and caps(i) and not (step == 1 and words[i - 1][2][-1:] in ",;:"):
            run.append(i)
            if step == -1 and words[i][2][-1:] in ",;:":
                run.pop()
                break
            i += step
    names = [caps(i) for i in run]
    if len(names) < 2 or any(w is None for w in names):
        return False
    last = max(run)                                 # "JINGYUAN TRADING": a name may end in an -ING word
    return not any(caps(i).rstrip("'.") in _EMPHASIS | _FUNCTION or i != last and _word_form(caps(i)) for i in run)


def _in_address(doc, start: int, end: int) -> bool:
    """Whether the characters sit inside a token spaCy reads as a URL or an e-mail address."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.like_url or t.like_email for t in span)


def shouting(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each all-caps common word (not a known acronym, proper noun or heading line)."""
    allowed = {a.upper() for a in letter.data.lists["acronyms.txt"]}
    allowed |= {str(a).upper() for a in options.get("allow", ())}
    listed = accepted.spans(letter.text, letter.data.accepted)
    doc = letter.doc
    counts: dict[str, int] = {}
    for match in CAPS.finditer(letter.text):
        counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    for sent in letter.sentences:
        if _shouted_sentence(sent.text):
            end = sent.start + len(sent.text.rstrip())
            yield Hit(sent.start, end, fields={"phrase": sent.text.strip()[:40]})
            continue
        if sent.is_heading or _inline_heading(sent.text):
            continue
        for match in CAPS.finditer(letter.text, sent.start, sent.end):
            word = match.group(0).rstrip("'")        # "BSA's": the acronym, not a word
            if word in allowed or (len(word) == 3 and word not in SHORT_WORDS):
                continue
            if _name_like(letter.text, match.start(), match.end(), counts.get(word, 0), word):
                continue
            if _acronym_like(letter.text, match.start(), match.end(), word):
                continue
            if _name_run(letter.text, match.start(), match.end()):
                continue                            # "JINGYUAN TRADING", "LED STRIP LIGHT": a name
            if accepted.overlaps(listed, match.start(), match.end()):
                continue   # the user's word list (a brand written in capitals)
            line_start = letter.text.rfind("\n", 0, match.start()) + 1
            line_end = letter.text.find("\n", match.end())
            line = letter.text[line_start:line_end if line_end != -1 else len(letter.text)]
            label = line.split(":", 1)[0] if ":" in line else ""
            if _heading_like(line) or (match.end() - line_start <= len(label) and _heading_like(label)):
                continue                            # a heading, or an inline label "1. WHY WE DID IT:"
            if _in_address(doc, match.start(), match.end()):
                continue                            # part of a link or an e-mail address (...contentType=VIDEO)
            span = doc.char_span(match.start(), match.end())
            if span is not None and span[0].pos_ in ("PROPN", "X") and len(word) > 3 and not _word_form(word):
                if word.lower() not in ("never", "please", "not", "very", "fake", "unfair", "help"):
                    continue
            yield Hit(match.start(), match.end(), fields={"phrase": word})
