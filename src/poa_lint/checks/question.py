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
    r"(could|can|would)\s+you\s+(please\s+)?(tell|explain|let\s+us\s+know|check|confirm)|"
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


def question(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each sentence that asks Amazon something (ends in '?' or 'please tell us why')."""
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        text = letter.norm[sent.start:sent.end].rstrip()
        if (NOTICE_HEADINGS.match(text) or HEADING_QUESTION.match(text) or OWN_HEADING.match(text)
                or CLOSING_REQUEST.match(text)):
            continue
        before = letter.norm[max(0, sent.start - 300):sent.start]
        quoted = text.startswith('"') or before.count('"') % 2 == 1
        if (text.endswith("?") and not quoted) or ASKING.search(text) and not OFFER.search(text):
            yield Hit(sent.start, sent.start + len(text), fields={"phrase": text[-60:]})
