"""The explicit registry of Python checks (`kind: check` rules name one of these keys).

A check is `run(letter, options) -> Iterable[Hit]`: pure, no config access, no ids or severities.
Check modules must not import spaCy at module level (`rules`/`explain` stay instant).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from poa_lint.checks import long_paragraph
from poa_lint.checks import (  # issue 4: grammar and readability checks
    agentless_passive,
    article_missing,
    comma_splice,
    fullwidth_punctuation,
    grade_level,
    long_sentence,
    past_tense_missing,
    subject_verb_agreement,
)
from poa_lint.checks import (  # issue 3: tone, content and specificity checks
    blame,
    future_corrective,
    no_acknowledgement,
    no_closing_request,
    no_data,
    no_evidence,
    no_headings_or_lists,
    question,
    root_cause_not_owned,
    sentence_match,
    shouting,
    template_phrases,
    vague_commitment,
    word_count,
)
from poa_lint.checks import (  # issue 15: generic grammar checks over the parse and lexicon
    adverb_form,
    collocation,
    derivation,
    indefinite_article,
    noun_number,
    verb_form,
)
from poa_lint.checks import (  # issue 5: notice coverage and reason requirements
    extra_asins,
    forwarded_retraction,
    invoice_window,
    metric_match,
    notice_asins,
    notice_asks,
    notice_orders,
    reason_requirements,
    related_account,
    rights_owner,
    root_cause_count,
)

CHECKS: dict[str, Callable[[Any, Mapping[str, Any]], Iterable[Any]]] = {
    "long_paragraph": long_paragraph.run,
    # issue 4
    "fullwidth_punctuation": fullwidth_punctuation.run,
    "subject_verb_agreement": subject_verb_agreement.run,
    "past_tense_missing": past_tense_missing.run,
    "article_missing": article_missing.run,
    "comma_splice": comma_splice.run,
    "long_sentence": long_sentence.run,
    "grade_level": grade_level.run,
    "agentless_passive": agentless_passive.run,
    # issue 3
    "blame": blame.blame,
    "no_acknowledgement": no_acknowledgement.no_acknowledgement,
    "no_closing_request": no_closing_request.no_closing_request,
    "future_corrective": future_corrective.future_corrective,
    "no_data": no_data.no_data,
    "no_evidence": no_evidence.no_evidence,
    "no_headings_or_lists": no_headings_or_lists.no_headings_or_lists,
    "question": question.question,
    "root_cause_not_owned": root_cause_not_owned.root_cause_not_owned,
    "sentence_match": sentence_match.sentence_match,
    "shouting": shouting.shouting,
    "template_phrases": template_phrases.template_phrases,
    "vague_commitment": vague_commitment.vague_commitment,
    "word_count": word_count.word_count,
    # issue 5
    "notice_asins": notice_asins.run,
    "notice_orders": notice_orders.run,
    "extra_asins": extra_asins.run,
    "notice_asks": notice_asks.run,
    "metric_match": metric_match.run,
    "invoice_window": invoice_window.run,
    "rights_owner": rights_owner.run,
    "related_account": related_account.run,
    "forwarded_retraction": forwarded_retraction.run,
    "root_cause_count": root_cause_count.run,
    "reason_requirements": reason_requirements.run,
    # issue 15
    "verb_form": verb_form.run,
    "be_base_verb": verb_form.be_base_verb,
    "noun_number": noun_number.run,
    "adverb_form": adverb_form.run,
    "indefinite_article": indefinite_article.run,
    "derivation": derivation.run,
    "collocation": collocation.run,
}
