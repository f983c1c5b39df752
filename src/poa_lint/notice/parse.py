"""parse_notice(text) -> Notice: read the fields that matter out of a pasted Amazon notice."""

from __future__ import annotations

import re
from datetime import date, timedelta

from poa_lint.notice.asks import MARKER, parse_asks
from poa_lint.notice import reasons
from poa_lint.notice.dates import find_dates, first_date
from poa_lint.notice.items import parse_items
from poa_lint.notice.model import Deadline, Metric, Notice, RightsOwner

ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
COMPLAINT_ID = re.compile(r"complaint (?:id|reference)(?:\s*(?:number|no\.?|\(s\)|s))?\s*[:#]?\s*"
                          r"((?:[0-9A-Za-z][0-9A-Za-z-]{3,}(?:\s*,\s*|\s+and\s+)?)+)", re.I)
METRIC_NAMES = {
    "odr": r"order defect rate(?:\s*\(ODR\))?|\bODR\b",
    "late-shipment": r"late (?:shipment|dispatch) rate(?:\s*\(L[SD]R\))?|\bL[SD]R\b",
    "cancellation": r"pre-?fulfil?l?ment cancel(?:lation)? rate(?:\s*\(CR\))?|cancellation rate",
    "valid-tracking": r"valid tracking rate(?:\s*\(VTR\))?|\bVTR\b",
    "on-time-delivery": r"on-time delivery rate(?:\s*\(OTDR\))?|\bOTDR\b",
}
_PCT = r"(\d+(?:\.\d+)?)\s?%"
WINDOW = re.compile(r"(?:issued|dated|from|within|in)\s+the\s+(?:last|past|previous|preceding)\s+(\d+)\s+days", re.I)
_WINDOW_CONTEXT = re.compile(r"invoice|receipt|document|letters? of authori|purchase", re.I)
DEADLINE = re.compile(r"\bwithin\s+(?:the\s+next\s+)?(?:[a-z-]+\s+)?\(?(\d+)\)?\s+(?:business\s+|calendar\s+)?(days?|hours?)\b", re.I)
DEADLINE_DATE = re.compile(r"\b(?:by|before|no later than)\s+(.{6,30}?\d{4})", re.I)
RIGHTS_OWNER = re.compile(r"rights?[- ]owner(?:'s)?(?:\s+(?:name|contact(?: information| details)?))?"
                          r"\s*[:\-–]\s*(?P<value>[^\n]+)", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
RELATED = re.compile(
    r"related (?:selling )?account(?:\s+name)?\s*[:\-–]\s*[\"“']?(?P<a>[^\"”'\n]+?)[\"”']?\s*(?:\(|$)"
    r"|(?:related|linked|associated) (?:to|with) (?:another|the|an?) (?:selling )?account"
    r"(?:\s+(?:named|called))?\s*[:,]?\s*[\"“'](?P<b>[^\"”'\n]+)[\"”']"
    r"|(?:related|linked|associated) (?:to|with) (?:another|the|an?) (?:selling )?account\s+"
    r"(?:named|called)\s+(?P<c>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*)*)", re.I | re.M)
POLICY = re.compile(r"\b((?:[A-Z][\w-]*\s+){1,5}[Pp]olicy)\b")
_HEADERS = {
    "why": r"why (?:is|did) this (?:happening|happen)|why (?:was|were|has|have) (?:my|your)",
    "reactivate": r"how (?:do|can) i (?:reactivate|appeal|reinstate|restore|get)|what (?:do|should) i "
                  r"(?:need to )?(?:do|send|provide)|to reactivate your|next steps",
    "send": r"how (?:do|can) i (?:send|submit)",
    "consequence": r"what happens if",
    "error": r"deactivated in error|believe (?:this|that|we) (?:is|was|made) (?:an )?(?:error|mistake)",
    "help": r"we'?re here to help|need (?:more )?help",
}


# "Complaint Type: Used items sold as new", "Infringement type: Trademark", "Policy: Misuse of ..."
STATED_TYPE = re.compile(r"^[ \t>*-]*(?:complaint|infringement|violation|issue)[ \t]+type[ \t]*[:：][ \t]*"
                         r"([^.|\n]+)", re.I | re.M)


def clean(text: str) -> str:
    """CRLF and lone CR to LF, NBSP and smart quotes to ASCII, e-mail quote markers removed."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-"}))
    return re.sub(r"^[ \t]*>[ \t]?", "", text, flags=re.M)


def sections(text: str) -> dict[str, str]:
    """The notice's parts by header kind ("why", "reactivate", ...); "" holds what precedes them."""
    parts: dict[str, list[str]] = {"": []}
    current = ""
    for line in text.split("\n"):
        stripped = line.strip()
        kind = None
        if stripped and len(stripped) <= 90 and not MARKER.match(line):
            kind = next((k for k, p in _HEADERS.items() if re.search(p, stripped, re.I)), None)
            if kind and not stripped.endswith(("?", ":")) and len(stripped.split()) > 8:
                kind = None
        if kind:
            current = kind
            parts.setdefault(kind, [])
            continue
        parts.setdefault(current, []).append(line)
    return {k: "\n".join(v) for k, v in parts.items()}


def parse_metrics(text: str) -> tuple[Metric, ...]:
    """Metric value and target pairs ("Your Order Defect Rate is 3.57%; the target is 1%")."""
    found: dict[str, Metric] = {}
    for key, names in METRIC_NAMES.items():
        pattern = re.compile(rf"({names})(?P<tail>[^\n]{{0,160}})", re.I)
        for match in pattern.finditer(text):
            tail = match.group("tail")
            pcts = [(m.start(), float(m.group(1))) for m in re.finditer(_PCT, tail)]
            if not pcts:
                continue
            first_at, first = pcts[0]
            target_word = re.search(r"target|goal|threshold|requirement|must be|should be", tail, re.I)
            if target_word and target_word.start() < first_at:
                metric = Metric(key, match.group(1), pcts[1][1] if len(pcts) > 1 else first,
                                first if len(pcts) > 1 else None)
            else:
                metric = Metric(key, match.group(1), first, pcts[1][1] if len(pcts) > 1 and target_word else None)
            if key not in found or (found[key].target is None and metric.target is not None):
                found[key] = metric
    return tuple(found.values())


def parse_window(text: str) -> int | None:
    """Days of the document window ("invoices issued in the last 365 days")."""
    for sentence in re.split(r"(?<=[.;:])\s+|\n", text):
        match = WINDOW.search(sentence)
        if match and _WINDOW_CONTEXT.search(sentence):
            return int(match.group(1))
    return None


def parse_deadline(text: str, consequence: str, received: date | None) -> Deadline | None:
    """The answer deadline, preferring the "What happens if I do not ..." part."""
    for body in (consequence, text):
        match = DEADLINE.search(body)
        if match:
            value, unit = int(match.group(1)), match.group(2).lower().rstrip("s") + "s"
            due = received + timedelta(days=value if unit == "days" else 0) if received else None
            return Deadline(" ".join(match.group(0).split()), value, unit, due)
        match = DEADLINE_DATE.search(body)
        if match and first_date(match.group(1)):
            return Deadline(" ".join(match.group(0).split()), due=first_date(match.group(1)))
    return None


def parse_received(text: str) -> date | None:
    """The notice's date: an e-mail Date:/Sent: header, else a date on one of the first lines."""
    header = re.search(r"^\s*(?:date|sent|received)\s*:\s*(.+)$", text, re.I | re.M)
    if header and first_date(header.group(1)):
        return first_date(header.group(1))
    head = "\n".join(line for line in text.split("\n")[:6])
    return next((d.value for d in find_dates(head)), None)


def parse_rights_owner(text: str) -> RightsOwner | None:
    """The rights owner's name and e-mail from the item block."""
    match = RIGHTS_OWNER.search(text)
    if not match:
        return None
    value = match.group("value").strip()
    email = EMAIL.search(value) or EMAIL.search(text[match.end():match.end() + 200])
    name = EMAIL.sub("", value).strip(" ,;()<>-") or None
    if name and re.match(r"(?i)e-?mail\b", name):
        name = None
    tail = text[match.end():match.end() + 200]
    named = re.search(r"^\s*(?:rights? owner\s+)?name\s*:\s*(.+)$", tail, re.I | re.M)
    if name is None and named:
        name = named.group(1).strip()
    return RightsOwner(name, email.group(0) if email else None)


def parse_notice(text: str) -> Notice:
    """Everything poa-lint can read from a notice; fields it cannot find stay empty."""
    text = clean(text)
    parts = sections(text)
    received = parse_received(text)
    stated = "\n".join(STATED_TYPE.findall(text))
    score = reasons.scores(text, emphasis=parts.get("why", "") + "\n" + stated)
    order = reasons.ranked(score, 3)
    named = reasons.ranked(reasons.scores(stated)) if stated else ()
    if named:  # the notice's own "Complaint Type:" field decides; the words around it come after
        order = (named[0], *(r for r in order if r != named[0]))
    related = RELATED.search(text)
    complaint_ids = []
    for match in COMPLAINT_ID.finditer(text):
        complaint_ids += [c for c in re.split(r"\s*,\s*|\s+and\s+", match.group(1).strip()) if c]
    return Notice(
        reason=order[0] if order else None,
        reasons=order,
        policies=tuple(dict.fromkeys(" ".join(p.split()) for p in POLICY.findall(text))),
        received=received,
        asins=parse_items(text),
        order_ids=tuple(dict.fromkeys(ORDER_ID.findall(text))),
        complaint_ids=tuple(dict.fromkeys(complaint_ids)),
        metrics=parse_metrics(text),
        window_days=parse_window(text),
        deadline=parse_deadline(text, parts.get("consequence", ""), received),
        rights_owner=parse_rights_owner(text),
        related_account=next((g.strip() for g in related.groups() if g), None) if related else None,
        asks=parse_asks(parts.get("reactivate", "")),
    )
