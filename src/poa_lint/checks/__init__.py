"""The explicit registry of Python checks (`kind: check` rules name one of these keys).

A check is `run(letter, options) -> Iterable[Hit]`: pure, no config access, no ids or severities.
Check modules must not import spaCy at module level (`rules`/`explain` stay instant).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from poa_lint.checks import (
    agentless_passive,
    article_missing,
    blame,
    comma_splice,
    extra_asins,
    forwarded_retraction,
    fullwidth_punctuation,
    future_corrective,
    grade_level,
    invoice_window,
    long_paragraph,
    long_sentence,
    metric_match,
    no_acknowledgement,
    no_closing_request,
    no_data,
    no_evidence,
    no_headings_or_lists,
    notice_asins,
    notice_asks,
    notice_orders,
    past_tense_missing,
    question,
    reason_requirements,
    related_account,
    rights_owner,
    root_cause_count,
    root_cause_not_owned,
    sentence_match,
    shouting,
    subject_verb_agreement,
    template_phrases,
    vague_commitment,
    word_count,
)

# Grouped by the category of the rules that use them (rules/*.yml, `check:`).
CHECKS: dict[str, Callable[[Any, Mapping[str, Any]], Iterable[Any]]] = {
    # blame
    "blame": blame.blame,
    # coverage (against Amazon's notice and the suspension reason)
    "extra_asins": extra_asins.run,
    "forwarded_retraction": forwarded_retraction.run,
    "invoice_window": invoice_window.run,
    "metric_match": metric_match.run,
    "notice_asins": notice_asins.run,
    "notice_asks": notice_asks.run,
    "notice_orders": notice_orders.run,
    "reason_requirements": reason_requirements.run,
    "related_account": related_account.run,
    "rights_owner": rights_owner.run,
    "root_cause_count": root_cause_count.run,
    # emotive
    "shouting": shouting.shouting,
    # formatting
    "long_paragraph": long_paragraph.run,
    "no_headings_or_lists": no_headings_or_lists.no_headings_or_lists,
    "word_count": word_count.word_count,
    # grammar
    "article_missing": article_missing.run,
    "comma_splice": comma_splice.run,
    "fullwidth_punctuation": fullwidth_punctuation.run,
    "past_tense_missing": past_tense_missing.run,
    "subject_verb_agreement": subject_verb_agreement.run,
    # readability
    "agentless_passive": agentless_passive.run,
    "grade_level": grade_level.run,
    "long_sentence": long_sentence.run,
    # specificity
    "future_corrective": future_corrective.future_corrective,
    "no_data": no_data.no_data,
    "no_evidence": no_evidence.no_evidence,
    "vague_commitment": vague_commitment.vague_commitment,
    # structure
    "no_acknowledgement": no_acknowledgement.no_acknowledgement,
    "no_closing_request": no_closing_request.no_closing_request,
    "root_cause_not_owned": root_cause_not_owned.root_cause_not_owned,
    # template
    "template_phrases": template_phrases.template_phrases,
    # unrelated
    "question": question.question,
    "sentence_match": sentence_match.sentence_match,
}
