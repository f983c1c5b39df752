"""Questions addressed to Amazon: a sentence ending in '?' outside headings and quotations."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from poa_lint.document import Letter
from poa_lint.finding import Hit

# Headings copied from Amazon's notices and POA templates are not questions to Amazon.
NOTICE_HEADINGS = re.compile(
    r"^\W*(\d+[.)]\s*)?(why\s+(is\s+this\s+happening|did\s+(this|it)\s+happen)|how\s+do\s+i\s+"
    r"reactivate\s+my\s+account|what\s+(went|happened)\s+wrong|what\s+happened|how\s+(did|will)\s+we\s+"
    r"(fix|prevent)\b.*|what\s+(have\s+we|did\s+we)\s+(done|do|changed)\b.*)\W*$",
    re.I,
)
# A two- or three-word question with no one addressed is the writer's own heading ("WHY DROPSHIPPING?").
HEADING_QUESTION = re.compile(r"^\W*(\d+[.)]\s*)?(?!.*\b(you|your|amazon|we|our|i|my)\b)(\S+\s+){0,2}\S+\?$", re.I)
ASKING = re.compile(
    r"\b(please\s+(tell|let)\s+us\s+(know\s+)?(what|why|how|which|whether|if)|"
    r"(could|can|would)\s+you\s+(please\s+|kindly\s+)?(tell|explain|let\s+us\s+know|check|confirm|clarify|specify|inform)|"
    r"(please|kindly)\s+(explain|clarify|specify)\s+(to\s+(us|me)\s+)?(what|why|how|which|whether)|"
    r"(you|amazon)\s+((could|can|would|will)\s+)?(please\s+|kindly\s+)?(give|tell|send|show|provide)\s+(us|me)\s+(the|a|more)\s+"
    r"(specific|exact|detailed|real|clear|concrete)\s+(reasons?|causes?|explanation|details|information|asins?)|"
    r"(please|kindly)\s+(advise|guide|inform|tell)\s+(us|me)?\s*(on\s+)?(what|how|which|why|whether|if)|"
    r"(would\s+(also\s+)?like|want)\s+to\s+know\s+(exactly\s+)?(which|what|why|how|who|whether|the\s+(specific\s+|exact\s+|real\s+|detailed\s+)?"
    r"(reasons?|causes?|details)\s+(for|of|why)\b(?![^.]{0,60}\b(supplier|carrier|buyer|customer|factory|staff)s?\b)))\b",
    re.I,
)

# "Please let us know if you need more documents" closes a letter; it asks Amazon nothing.
OFFER = re.compile(r"\bif\s+(you|amazon|your\s+team)\s+(need|needs|require|requires|want|would\s+like|have)\b|"
                   r"\bif\s+(any|there\s+(is|are))\s+(further|more|other|additional)\b", re.I)
# The writer's own heading put as a question ("How did we fix it?", "What caused the complaints?"):
# no one addressed, no advice asked, and the words of the plan's parts.
OWN_HEADING = re.compile(
    r"^(?!.*\b(you|your|amazon|should|can|could|may|must|need)\b)"
    # ... but not the grievance "why was our account suspended when we did nothing wrong?"
    r"(?!.*\b(account|store|shop|privileges)\b.*\b(suspended|deactivated|closed|blocked|banned|punished)\b)"
    r"\W*(\d+[.)]\s*)?(how|what|why|which)\b.*"
    r"\b(cause[sd]?|happen(ed)?|wrong|fix(ed)?|prevent(ed)?|resolved?|correct(ed)?|done|changed?|steps|measures|"
    r"actions|plan)\b[^?]*\?$",
    re.I)


# A closing request put as a question ("Could you please reinstate our account?") asks for the
# decision the letter is written for; the labelling guide leaves a one-line closing request alone.
CLOSING_REQUEST = re.compile(
    r"^\W*(so\s+)?(could|can|would|will|may)\s+(you|amazon|your\s+team)\s+(please\s+|kindly\s+)?"
    r"(reinstate|reactivate|restore|reopen|unblock|unsuspend|lift|reconsider|allow\s+(us|me)\s+to\s+(sell|continue|resume))\b"
    r"[^?]{0,80}\?\s*$|^\W*(may|can)\s+(we|i)\s+(please\s+)?(have|get)\s+(our|my)\s+(\w+\s+){0,2}"
    r"(account|privileges|listings?|store)\s+(back|reinstated|restored|reactivated)\b[^?]{0,60}\?\s*$",
    re.I)


# A question the writer asks and answers at once ("Why did buyers get used items? Our packer took
# them from the returns shelf.") sets out the case; it asks Amazon nothing. A grievance about the
# suspension is still a question to Amazon.
SELF_ASKED = re.compile(
    r"^(?!.*\b(you|your|amazon|please|kindly|should|can\s+we|could\s+we|may\s+we)\b)"
    r"(?!.*\b(account|store|shop|privileges|listing)\b.*\b(suspended|deactivated|closed|blocked|banned|punished|removed)\b)"
    r"\W*(\d+[.)]\s*)?(how|what|why|which|where|when|who)\b[^?]*\?$", re.I)


def _answered(sentences: list, i: int) -> bool:
    """True when the next sentence is a statement (the writer's answer), in the same paragraph or
    under the question put as a heading line."""
    if i + 1 >= len(sentences):
        return False
    nxt = sentences[i + 1]
    return not nxt.is_heading and not nxt.text.rstrip().endswith("?") and len(nxt.text.split()) >= 3


def question(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each sentence that asks Amazon something (ends in '?' or 'please tell us why')."""
    sentences = list(letter.sentences)
    for i, sent in enumerate(sentences):
        if sent.is_heading:
            continue
        text = letter.norm[sent.start:sent.end].rstrip()
        if (NOTICE_HEADINGS.match(text) or HEADING_QUESTION.match(text) or OWN_HEADING.match(text)
                or CLOSING_REQUEST.match(text) or SELF_ASKED.match(text) and _answered(sentences, i)):
            continue
        before = letter.norm[max(0, sent.start - 300):sent.start]
        quoted = text.startswith('"') or before.count('"') % 2 == 1
        asked = ASKING.search(text)
        if asked and text[:asked.start()].count('"') % 2 == 1:
            asked = None       # a question the writer quotes (to a supplier, from a buyer)
        if (text.endswith("?") and not quoted) or asked and not OFFER.search(text):
            yield Hit(sent.start, sent.start + len(text), fields={"phrase": text[-60:]})
