"""Sentences that resemble a circulating stock sentence (fuzzy, so light edits still match) and
carry none of the seller's own facts. Figures that only restate the notice or Amazon's targets
("above the 4% target") are not the seller's own facts.

Both sides are compared on a normalised form: lower-case words, the first person singular made
plural ("I have" and "we have" are one template), intensifiers dropped ("very", "sincerely") and
a few interchangeable words merged ("chance"/"opportunity"). A sentence is compared whole, and
so is each run of its clauses (split at commas, semicolons, colons and dashes, and at an "and"
that opens a new clause with "I" or "we"), so a stock sentence with a seller's lead-in ("To
address the issues raised, ...") or tail (", paying particular attention to ...", "and we have
...") is still recognised. Headings, and label lines ending in a colon,
are compared only with the pasted prompts of Amazon's appeal form (`prompts`): a heading such as
"The actions we have taken to resolve the issue:" is the seller's own, "Greater detail on the root
cause of the issue:" is the form's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from poa_lint.document import Letter
from poa_lint.finding import Hit
from poa_lint.roles import restates_notice

_WORDS = re.compile(r"[a-z0-9']+")
_OWN_FACT = re.compile(
    r"\bB0[0-9A-Z]{8}\b|\b\d{3}-\d{7}-\d{7}\b|\b(19|20)\d{2}\b|\b\d{1,2}(st|nd|rd|th)\b|"
    r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d+\s*(orders?|units?|pcs|"
    r"pieces|days?|hours?|weeks?|asins?|listings?|complaints?|returns?|buyers?|customers?)\b|@|\bhttps?://",
    re.I)
# where a sentence divides into clauses: punctuation, and "and" before a new subject "I" or "we"
# ("We take this seriously and we have learned ..."), so "read and understood" stays whole
_CLAUSE = re.compile(r"\s*(?:[,;:()]|\s[-–—]\s|[–—])\s*|\s+and\s+(?=(?:i|we)\b)", re.I)
_MIN_WORDS = 6
_MIN_PROMPT_WORDS = 4   # a shorter line is compared only with the openings of the form's prompts
_YOU = re.compile(r"\byou(r)?\b")
_SHARE = 0.45   # a run of clauses holds at least this share of the sentence's words
# the first person singular and its plural are one template ("I have read" / "We have read")
_PLURAL = {"i": "we", "me": "us", "my": "our", "mine": "ours", "myself": "ourselves", "am": "are",
           "i'm": "we are", "i've": "we have", "i'll": "we will", "i'd": "we would", "was": "were"}
# intensifiers and hedges that sellers add to or drop from a stock sentence
_DROP = frozenset("very really sincerely deeply truly fully extremely completely totally highly "
                  "greatly most much kindly also".split())
# interchangeable words of the stock sentences
_SAME = {"chance": "opportunity", "apologise": "apologize", "apologies": "apologize",
         "sorry": "apologize", "problem": "issue", "problems": "issues", "matter": "issue",
         "matters": "issues", "amazon's": "amazon", "amazon.com": "amazon", "amazons": "amazon",
         "guidelines": "policies", "rules": "policies", "regulations": "policies", "policy": "policies",
         "ensure": "make sure", "details": "detail", "realised": "realized", "recognise": "recognize",
         "gravity": "seriousness",
         # "has fallen / dropped / fell below Amazon's standards"; "set forth" / "set out" a plan;
         # "full" / "complete" responsibility
         "dropped": "fallen", "fell": "fallen", "forth": "out", "complete": "full"}


# a marketplace named by its site or country ("Amazon.co.uk", "Amazon UK", "Amazon, com" as a
# tool or a typist mangles it) is Amazon: a stock
# sentence copied from one marketplace's letters into another's is the same sentence
_MARKETPLACE = re.compile(
    r"\bamazon(?:\s?[.,]\s?com\b|\.(?:com?\.)?[a-z]{2,3}(?:\.[a-z]{2})?\b|\s+(?:us|usa|uk|eu|europe|de|germany|france|"
    r"italy|spain|japan|jp|canada|india|australia|mexico|uae)\b(?!\s+(?:team|seller|selling)\b))")
# the account-health metrics are interchangeable in a stock sentence about one of them
_METRIC = re.compile(
    r"\b(?:(?:order\s+defect|late\s+(?:shipment|dispatch)|pre-?\s?fulfil?lment\s+cancel?lation|"
    r"cancel?lation|cancel|valid\s+tracking|on-?\s?time\s+delivery|negative\s+feedback|"
    r"return\s+dissatisfaction|invoice\s+defect)\s+rate|odr|lsr|ldr|vtr|otdr|pfcr)\b")


def fingerprint(text: str) -> str:
    """The normalised words of a sentence: what two wordings of one stock sentence are compared on."""
    low = text.lower().replace("’", "'").replace("(s)", "")
    low = _METRIC.sub("metric", _MARKETPLACE.sub("amazon", low))
    words = _WORDS.findall(low)
    out = []
    for word in words:
        if word in _DROP:
            continue
        word = _PLURAL.get(word, word)
        out.append(_SAME.get(word, word))
    return " ".join(out)


@cache
def _prints(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p for p in (fingerprint(line) for line in lines) if p))


def _spans(text: str) -> list[str]:
    """The fingerprints of the whole sentence (first) and of each run of its clauses that holds
    enough words and a large share of the sentence: a short stock clause leading into a sentence
    of the seller's own ("We have taken the following steps: we replaced the foam ...") is not a
    stock sentence."""
    text = text.replace("(s)", "")
    whole = fingerprint(text)
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    spans = [whole]
    if len(clauses) > 1:
        least = max(_MIN_WORDS, _SHARE * len(whole.split()))
        for i in range(len(clauses)):
            for j in range(i + 1, len(clauses) + 1):
                span = fingerprint(" ".join(clauses[i:j]))
                if (i, j) != (0, len(clauses)) and len(span.split()) >= least and span not in spans:
                    spans.append(span)
    return spans if len(_WORDS.findall(text.lower())) >= _MIN_WORDS else []


def _score(words: str, prints: tuple[str, ...], whole: bool, cutoff: float) -> tuple[float, str]:
    """The best similarity of one span to the stock sentences, and that sentence."""
    from rapidfuzz import fuzz, process

    found = process.extractOne(words, prints, scorer=fuzz.ratio, score_cutoff=cutoff)
    score, match = (float(found[1]), str(found[0])) if found else (0.0, "")
    # a stock sentence inside a slightly longer span ("... and we assure you of that")
    inside = [p for p in prints if len(p) <= len(words) <= 1.35 * len(p)]
    partial = process.extractOne(words, inside, scorer=fuzz.partial_ratio, score_cutoff=max(cutoff, score))
    if partial and partial[1] > score:
        score, match = float(partial[1]), str(partial[0])
    if whole:   # a stock sentence cut short ("We apologize for any inconvenience caused"): its start
        longer = [p for p in prints if len(words) < len(p) <= 2 * len(words)]
        cut = process.extractOne(words, [p[:len(words)] for p in longer], scorer=fuzz.ratio,
                                 score_cutoff=max(cutoff, score))
        if cut and cut[1] > score:
            score, match = float(cut[1]), longer[cut[2]]
    return score, match


@cache
def _prompt_sets(prompts: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The prompts matched whole, and those ending in "..." matched on a sentence's first words."""
    return (_prints(tuple(p for p in prompts if not p.endswith("..."))),
            _prints(tuple(p for p in prompts if p.endswith("..."))))


def _prefix_score(words: str, prefixes: tuple[str, ...]) -> tuple[float, str]:
    """How closely the sentence's first words match a prompt that sellers extend ("Greater detail
    on the root cause ..." + their own words)."""
    from rapidfuzz import fuzz

    head = words.split()
    best = (0.0, "")
    for prefix in prefixes:
        score = float(fuzz.ratio(" ".join(head[:len(prefix.split())]), prefix))
        best = max(best, (score, prefix))
    return best


def resemblance(text: str, prints: tuple[str, ...], prompts: tuple[str, ...] = (),
                cutoff: float = 0.0) -> tuple[float, str]:
    """The best similarity (0-100) of `text`, or of a run of its clauses, to a stock sentence of
    `prints`, or of the whole of `text` to a prompt of `prompts` (a prompt ending in "..." is
    matched on the sentence's first words); and that sentence. Similarities under `cutoff` may
    be reported as 0."""
    best_score, best_match = 0.0, ""
    whole, prefixes = _prompt_sets(prompts)
    spans = _spans(text)
    if not spans and prefixes and len(_WORDS.findall(text.lower())) >= _MIN_PROMPT_WORDS:
        # a prompt of the form cut short where the seller stopped pasting ("Greater detail on the
        # step"): too short to compare with stock sentences, long enough for the form's openings
        score, match = _prefix_score(fingerprint(text), prefixes)
        return (score, match) if not (_YOU.search(match) and not _YOU.search(text.lower())) else (0.0, "")
    for n, words in enumerate(spans):
        for pool in (_prints(prints), whole if n == 0 else ()):
            if pool:
                score, match = _score(words, pool, n == 0, cutoff)
                if _YOU.search(match) and not _YOU.search(words):
                    # the form asks for "the actions you have taken": a seller's "The actions we
                    # have taken" is a heading of their own
                    continue
                if score > best_score:
                    best_score, best_match = score, match
        if n == 0 and prefixes:
            score, match = _prefix_score(words, prefixes)
            if score > best_score and not (_YOU.search(match) and not _YOU.search(words)):
                best_score, best_match = score, match
    return best_score, best_match


def stock_score(text: str, prints: tuple[str, ...], prompts: tuple[str, ...], bar: float) -> float:
    """The resemblance of `text` to a stock sentence or prompt, or 0 when the text carries a fact
    of the seller's own that the stock sentence does not hold (a figure or date the stock sentence
    itself holds, "up to 90 days" in a pasted notice, is not the seller's)."""
    # each fact as its normalised words ("@" and a URL's punctuation have none: kept as written, so
    # that no stock sentence holds them)
    facts = [] if restates_notice(text) else [fingerprint(m.group()) or m.group()
                                              for m in _OWN_FACT.finditer(text)]
    if facts and not any(all(f in p for f in facts) for p in _prints(prints + prompts)):
        return 0.0   # no stock sentence holds these figures: not worth the fuzzy comparison
    score, match = resemblance(text, prints, prompts, bar)
    return score if all(f in match for f in facts) else 0.0


# a figure of the seller's own ("with our 3 packers"), not a section of an agreement or a rate's target
_FIGURE = re.compile(r"(?<!section )(?<!§)(?<![\d.])\d+(?![\d.,]*\s*%)", re.I)
# a list marker or step number opening the sentence ("Step 2:", "3.", "(4)") is no figure of the case
_MARKER = re.compile(r"^\W*(?:(?:step|point|no\.?)\s*)?\(?\d{1,2}[.):]\s*", re.I)
# verbs of an operation on the seller's own things ("we refunded every buyer", "our lead now checks
# every lid"): a sentence reporting one tells of the seller's own step
_OPERATIONS = frozenset("""
remove delete refund reimburse contact replace hire install buy purchase update edit correct close
cancel send ship return inspect test retrain dismiss fire recall destroy dispose rewrite upload
email call sign register switch move appoint assign pack relabel photograph check weigh scan verify
measure seal wrap print
""".split())
# the stock names of "the problem" itself: fixing or checking one of these is no operation of the
# seller's own ("correct the issue", "check the problem")
PROBLEMS = frozenset("issue problem mistake error violation complaint concern situation matter fault".split())


def carries_own_fact(text: str, span=None) -> bool:
    """Whether a sentence carries a fact of the seller's own: an ASIN, order number, date, count,
    address or link (not one that only restates the notice), or, given its parsed `span`, a verb of
    a concrete operation on a thing of the seller's ("we refunded the buyers", "Tom checks every
    lid"), not on "the issue" itself."""
    text = _MARKER.sub("", text)
    if not restates_notice(text) and (_OWN_FACT.search(text) or _FIGURE.search(text)):
        return True
    if span is None:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in _OPERATIONS and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in PROBLEMS for c in t.children) for t in span)


def similarity_bar(options: Mapping[str, object]) -> float:
    """The rule's `min_similarity` (0-100, default 85): how closely a sentence must resemble a stock
    sentence to count as it."""
    value = options.get("min_similarity", 85)
    return float(value) if isinstance(value, (int, float)) else 85.0


def template_resemblance(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each sentence resembling a stock sentence by at least `min_similarity` (headings:
    only the prompts of `prompts`)."""
    lists = letter.data.lists
    prints = tuple(lists[str(options.get("list", "template-sentences.txt"))])
    prompt_list = options.get("prompts")
    prompts = tuple(lists[str(prompt_list)]) if prompt_list else ()
    bar = similarity_bar(options)
    for sentence in letter.sentences:
        for start, end, heading in _units(letter.text, sentence.start, sentence.end, sentence.is_heading):
            score = stock_score(letter.text[start:end], () if heading else prints, prompts, bar)
            if score >= bar:
                yield Hit(start, end, {"similarity": f"{score:.0f}"},
                          ("Replace it with a fact from your case: what happened, when, which ASIN or "
                           "order, what you changed.",))


def _units(text: str, start: int, end: int, heading: bool) -> Iterable[tuple[int, int, bool]]:
    """The lines of a sentence (a pasted prompt is often a line of its own that the sentence
    splitter joined to the next), each with whether it reads as a heading: the sentence is one,
    or the line is a label ending in a colon ("Actions taken to resolve the issue:")."""
    for line in re.finditer(r"[^\n]+", text[start:end]):
        body = line.group().strip()
        if body:
            s = start + line.start() + (len(line.group()) - len(line.group().lstrip()))
            yield s, s + len(body), heading or body.endswith((":", "："))
