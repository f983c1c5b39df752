"""Boilerplate recognised by its shape, not its wording: a stock frame (thanks for the chance, "we
understand Amazon ...", "we take this very seriously", "we have read Amazon's policies", "we
pledge to comply", "below is our plan of action") whose every noun belongs to the vocabulary any
appeal shares (Amazon, customers, policies, the issue, the account, the plan) and which carries
no fact of the seller's own: no figure, date, identifier, name, product, person or tool. Such a
sentence could be pasted unchanged into any seller's letter, whatever words it uses. (Text pasted
from Amazon's notice or from a statute has its own rule: template_pasted.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from poa_lint.checks._lists import compile_any
from poa_lint.checks.template_resemblance import similarity_bar, stock_score
from poa_lint.document import Letter
from poa_lint.finding import Hit

_POLICIES = (r"(?:polic(?:y|ies)|guidelines?|rules|agreement|terms|code\s+of\s+conduct|seller\s+central\s+"
             r"help|prohibited\s+seller\s+activities)")
# The stock frames, each a kind of sentence every template carries.
_FRAMES = re.compile(
    # thanks for the chance to appeal, for the notice (the closing "thank you for your time" is
    # a courtesy, not a template)
    r"\bthank(?:s|\s+you)\b(?:\s+\w+){0,8}?\s+(?:opportunity|chance|concern|notification|notice|"
    r"reminder)\b|\b(?:appreciate|grateful\s+for)\b(?:\s+\w+){0,4}?\s+(?:opportunity|chance|concern)\b|"
    # understanding, acknowledgement, regret of what any appeal owns (Amazon, its policies, the
    # seriousness, the mistakes): "we understand that the buyer received a broken item" restates
    # the case
    r"\b(?:we|i)\s+(?:\w+ly\s+|do\s+|now\s+|have\s+|also\s+)*(?:understand|understood|recogni[sz]e|"
    r"acknowledge|realize|realise|regret|admit)\b(?=.*\b(?:amazon|polic|guideline|rules|responsib|importan|"
    r"serious|standards|expectations|requirements|trust|marketplace|platform|mistakes?|violations?|oversight|"
    r"implications|situation|experience)\b)|"
    # seriousness (not "we did not take the policies seriously", which owns a cause); "we take full
    # responsibility" is left to the stock lists: on its own it often owns the case's facts
    r"^(?!.*\b(?:not|never|no|without)\b.*\bserious)(?!.*n't\b.*\bserious).*\bserious(?:ly|ness)\b|"
    # having read or reviewed the policies
    r"\b(?:we|i)\s+(?:have\s+|had\s+|will\s+)?(?:\w+ly\s+)?(?:read|reviewed|review|studied|study|"
    r"learned|learnt|educated|familiari[sz]ed|monitor|gone\s+through|went\s+through)\b"
    # ... the policies, not the seller's own listings or stock ("we reviewed all our listings to
    # make sure they comply with the policies" reports a step)
    r"(?!(?:\s+\w+){0,4}?\s+(?:listings?|products?|inventory|stock|items?|"
    r"orders?|suppliers?|processes|store|shop|catalog(?:ue)?|skus?|asins?)\b).*\b" + _POLICIES + r"|"
    # pledges to comply
    r"\b(?:pledge|commit(?:ted)?|promise|vow|must|will)\b(?:\s+\w+){0,6}?\s+(?:comply|"
    r"follow|adhere|abide|obey|operat\w+\s+within)\b|\bto\s+(?:comply|adhere|abide)\s+with\b|"
    # the values and the confidence every template states
    # (a good experience promised, not "a poor customer experience" caused)
    r"\b(?:best|great|excellent|positive|good|safe|trustworthy|seamless|better|outstanding|high-quality|"
    r"satisfying|pleasant|reliable)(?:\s+possible)?\s+(?:shopping|customer|buyer|buying|purchasing|purchase)\s+"
    r"experience\b|"
    r"\bcustomer[- ](?:centric|first|oriented)\b|"
    r"\b(?:top|first|highest|number\s+one)\s+priority\b|\b(?:we|i)\s+(?:\w+ly\s+)?value\s+(?:our|the|every|"
    r"each|all|amazon)\b|\bcommitted\s+to\s+(?:\w+ly\s+)?(?:only\s+)?(?:providing|giving|offering|ensuring|"
    r"maintaining|delivering|operating|running|following|complying|upholding|meeting)\b|"
    r"\b(?:we|i)\s+(?:are|am)\s+(?:\w+\s+)?confident\s+that\b|\b(?:we|i)\s+(?:\w+ly\s+)?(?:believe|trust)\s+"
    r"(?:that\s+)?(?:these|the|our|this|all)\b.*\b(?:measures|steps|changes|actions|plan)\b|"
    r"\bensure\s+(?:full\s+|complete\s+|our\s+)?compliance\b|\bnecessary\s+(?:changes|steps|measures|actions|"
    r"corrections|adjustments)\b|"
    r"\b(?:thorough|full|comprehensive|careful|detailed|in-depth|deep)\s+(?:investigation|review|analysis|audit)\b|"
    r"\bgratitude\b(?:\s+\w+){0,4}?\s+(?:opportunity|chance|concern)\b|"
    r"\b(?:valuable|hard|great|important)\s+lessons?\b|"
    # the letter announcing itself and its parts
    r"\b(?:plan\s+of\s+actions?|poa)\b.*\b(?:below|following|set\s+out|explain\w*|share|present|"
    r"submit|address\w*)\b|\b(?:below|following|here)\b.*\b(?:plan\s+of\s+actions?|poa)\b|"
    # (the parts named together: "the root cause was that we took no action" is a cause)
    r"\broot\s+causes?\b.*\b(?:corrective|preventive|preventative)\b|"
    r"\broot\s+causes?\b.*\bprevent\w*\b.*\b(?:again|future|recurr\w*)\b|"
    r"(?:\b(?:set\s+out|outlined?|explained?|described?|detailed|find|see|presented?|listed)\s+below\b|"
    r"\bbelow\s+(?:is|are|you\s+will\s+find)\b)(?=.*\b(?:plan|actions?|steps|measures|causes?|solutions)\b)|"
    r"\bplease\s+(?:accept(?!\s+(?:our|my)\s+(?:\w+\s+)?apolog)|see|find)\b|\brequest\s+your\s+(?:assistance|help|consideration|support)\b",
    re.I)

# Nouns every appeal shares: a sentence made only of these says nothing of this seller's case.
_GENERIC = frozenset("""
amazon amazon.com customer buyer client consumer shopper purchaser policy guideline rule regulation
term agreement condition requirement standard expectation code conduct law experience shopping
marketplace platform seller account privilege selling store shop business company team issue matter
problem situation incident violation infringement complaint mistake error fault oversight
responsibility seriousness importance implication consequence trust confidence opportunity chance
time attention concern consideration patience understanding help assistance support review decision
notification notice message email e-mail letter plan action poa cause root measure step procedure
process practice way future product item listing operation compliance quality service satisfaction
reinstatement suspension deactivation appeal lesson effort best detail information reason part thing
point harm damage inconvenience trouble apology activity central page performance health right
property owner authenticity behavior behaviour reputation commitment priority goal value principle
community relationship partner partnership integrity honesty side level manner order sale sales
change changes measures solution solutions area areas aspect aspects case conclusion fact light
respect regard accordance effect basis kind sort type lot everything anything something nothing all
one ones lessons ability utmost pledge thank happening guidelines permission purpose party state
laws failure place background defect factor number ground grounds dropshipping drop shipping
counterfeit inauthenticity trademark copyright patent variation manipulation misconduct abuse misuse
following goods investigation analysis audit gratitude
""".split())
_SKIP_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Verbs of a concrete operation: a sentence reporting one ("we removed the listing and will make
# sure it does not happen again") tells of the seller's own step, however generic its nouns.
_ACTS = frozenset("""
remove delete refund contact replace hire install buy purchase change update edit fix correct close
cancel send ship return inspect check test train retrain dismiss fire recall destroy dispose rewrite
upload email call reply sign register switch move appoint assign
""".split())
_DIGIT = re.compile(r"\d")
_MIN_WORDS = 7
_LABEL_WORDS = 12   # a line this short ending in a colon introduces what follows


def _generic(span) -> bool:
    """Every noun, name and number of the sentence is one any appeal could hold."""
    for token in span:
        if token.pos_ == "VERB" and token.lemma_.lower() in _ACTS:
            return False
        if token.pos_ not in _SKIP_POS or not (token.is_alpha or token.like_num):
            continue
        if token.pos_ == "NUM":
            return False
        lemma = token.lemma_.lower()
        if lemma not in _GENERIC and token.lower_ not in _GENERIC:
            return False
    return True


def known_stock(letter: Letter, options: Mapping[str, object]) -> Callable[[str], bool]:
    """Whether a line is already a known stock phrase or stock sentence (the lists `phrases` and
    `sentences`, which template.stock-phrase and template.stock-sentence report with their own,
    more specific messages): such a line is reported once, by them."""
    lists = letter.data.lists
    phrases = compile_any(tuple(lists[str(options["phrases"])])) if options.get("phrases") else None
    prints = tuple(lists[str(options["sentences"])]) if options.get("sentences") else ()
    bar = similarity_bar(options)

    def known(text: str) -> bool:
        return bool(phrases is not None and phrases.search(text) or
                    prints and stock_score(text, prints, (), bar) >= bar)
    return known


def template_frame(letter: Letter, options: Mapping[str, object]) -> Iterable[Hit]:
    """Yield each sentence that holds a stock frame and nothing of the seller's own, unless a stock
    list already knows it."""
    known = known_stock(letter, options)
    for sent in letter.sentences:
        if sent.is_heading:
            continue
        generic = None   # worked out once per sentence, when a line holds a frame
        for line in re.finditer(r"[^\n]+", letter.norm[sent.start:sent.end]):
            text = line.group().strip()
            # a label line ("We now understand that:") or a question is not a stock statement
            words = len(text.split())
            label = text.endswith((":", "：")) and words <= _LABEL_WORDS
            if words < _MIN_WORDS or label or text.endswith("?") or not _FRAMES.search(text):
                continue
            if generic is None:
                generic = not _DIGIT.search(letter.norm[sent.start:sent.end]) and _generic(sent.span)
            if not generic or known(text):
                continue
            start = sent.start + line.start() + len(line.group()) - len(line.group().lstrip())
            yield Hit(start, start + len(text),
                      suggestions=("Replace it with a fact from your case: what happened, when, which "
                                   "ASIN or order, what you changed.",))
