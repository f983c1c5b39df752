"""The explicit registry of Python checks (`kind: check` rules name one of these keys).

A check is `run(letter: Letter, options) -> Iterable[Hit]`: pure (no file, no network, no
printing), no config access, no ids or severities. What it needs besides the letter comes with
the letter: `letter.notice` (Amazon's notice and the reason), `letter.data` (reason table, word
lists). Check modules must not import spaCy at module level (`rules`/`explain` stay instant).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from poa_lint.checks import (
    adverb_form,
    agentless_passive,
    apology,
    article_missing,
    be_verb,
    blame,
    collocation,
    company_profile,
    comma_splice,
    denial,
    derivation,
    double_comparative,
    emotion,
    extra_asins,
    forwarded_retraction,
    fullwidth_punctuation,
    future_corrective,
    grade_level,
    indefinite_article,
    invoice_window,
    long_paragraph,
    long_sentence,
    metric_match,
    missing_auxiliary,
    no_acknowledgement,
    no_closing_request,
    no_data,
    no_evidence,
    overpromise,
    no_headings_or_lists,
    not_knowing,
    notice_asins,
    notice_asks,
    notice_orders,
    noun_number,
    past_tense_missing,
    question,
    reason_requirements,
    related_account,
    rights_owner,
    root_cause_count,
    root_cause_not_owned,
    sentence_match,
    service_off_topic,
    shouting,
    subject_verb_agreement,
    template_frame,
    template_pasted,
    template_phrases,
    template_resemblance,
    template_vocabulary,
    there_clause,
    vague_commitment,
    verb_form,
    word_count,
)

if TYPE_CHECKING:
    from poa_lint.document import Letter
    from poa_lint.finding import Hit

Check = Callable[["Letter", Mapping[str, object]], Iterable["Hit"]]

# Grouped by the category of the rules that use them (rules/*.yml, `check:`).
CHECKS: dict[str, Check] = {
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
    "emotional_words": emotion.emotional_words,
    "repeated_apology": apology.repeated_apology,
    "shouting": shouting.shouting,
    # innocence
    "denial": denial.denial,
    "not_knowing": not_knowing.not_knowing,
    # formatting
    "long_paragraph": long_paragraph.run,
    "no_headings_or_lists": no_headings_or_lists.no_headings_or_lists,
    "word_count": word_count.word_count,
    # grammar
    "adverb_form": adverb_form.run,
    "article_missing": article_missing.run,
    "be_base_verb": be_verb.be_base_verb,
    "collocation": collocation.run,
    "comma_splice": comma_splice.run,
    "derivation": derivation.run,
    "double_comparative": double_comparative.run,
    "fullwidth_punctuation": fullwidth_punctuation.run,
    "indefinite_article": indefinite_article.run,
    "missing_auxiliary": missing_auxiliary.run,
    "noun_number": noun_number.run,
    "past_tense_missing": past_tense_missing.run,
    "subject_verb_agreement": subject_verb_agreement.run,
    "there_clause": there_clause.run,
    "verb_form": verb_form.run,
    # readability
    "agentless_passive": agentless_passive.run,
    "grade_level": grade_level.run,
    "long_sentence": long_sentence.run,
    # specificity
    "future_corrective": future_corrective.future_corrective,
    "no_data": no_data.no_data,
    "no_evidence": no_evidence.no_evidence,
    "overpromise": overpromise.overpromise,
    "vague_commitment": vague_commitment.vague_commitment,
    # structure
    "no_acknowledgement": no_acknowledgement.no_acknowledgement,
    "no_closing_request": no_closing_request.no_closing_request,
    "root_cause_not_owned": root_cause_not_owned.root_cause_not_owned,
    # template
    "template_frame": template_frame.template_frame,
    "template_pasted": template_pasted.template_pasted,
    "template_phrases": template_phrases.template_phrases,
    "template_resemblance": template_resemblance.template_resemblance,
    "template_vocabulary": template_vocabulary.template_vocabulary,
    # unrelated
    "company_profile": company_profile.company_profile,
    "question": question.question,
    "sentence_match": sentence_match.sentence_match,
    "service_off_topic": service_off_topic.service_off_topic,
}

# The options checks read and the types they can use (a pack or a config giving another type is
# refused when it loads, instead of failing while a letter is checked). None means "off".
_NUMBER = (int, float)
_OFF = type(None)
OPTION_TYPES: dict[str, dict[str, tuple[type, ...]]] = {
    "grade_level": {"level": (str,), "max_grade": _NUMBER, "min_words": _NUMBER},
    "invoice_window": {"received": (str, _OFF)},
    "long_paragraph": {"max_words": _NUMBER, "max_actions": _NUMBER, "min_words_for_actions": _NUMBER},
    "long_sentence": {"max_words": _NUMBER},
    "no_closing_request": {"tail_share": _NUMBER},
    "no_evidence": {"reason": (str, _OFF), "reasons": (list,)},
    "denial": {"patterns": (list,)},
    "emotional_words": {"patterns": (list,), "exceptions": (list,)},
    "no_headings_or_lists": {"min_words": _NUMBER},
    "not_knowing": {"patterns": (list,)},
    "overpromise": {"patterns": (list,), "exceptions": (list,)},
    "reason_requirements": {"reason": (str, _OFF)},
    "sentence_match": {"patterns": (list,), "exceptions": (list,), "list": (str, _OFF), "skip_parts": (list,)},
    "service_off_topic": {"reason": (str, _OFF), "reasons": (list,)},
    "shouting": {"allow": (list,)},
    "template_pasted": {"phrases": (str, _OFF), "sentences": (str, _OFF), "min_similarity": _NUMBER},
    "template_phrases": {"list": (str,)},
    "template_frame": {"phrases": (str, _OFF), "sentences": (str, _OFF), "min_similarity": _NUMBER},
    "template_resemblance": {"list": (str,), "prompts": (str,), "min_similarity": _NUMBER},
    "template_vocabulary": {"vocabulary": (str,), "min_share": _NUMBER, "phrases": (str, _OFF),
                            "sentences": (str, _OFF), "min_similarity": _NUMBER},
    "vague_commitment": {"skip_template": (bool,)},
    "word_count": {"above": _NUMBER + (_OFF,), "below": _NUMBER + (_OFF,), "upto": _NUMBER + (_OFF,)},
}
# Options whose values are regexes: validated like a `regex` rule's (compiled, refused when they
# can backtrack for minutes), in the pack and in a config's `options`.
REGEX_OPTIONS: dict[str, tuple[str, ...]] = {"sentence_match": ("patterns", "exceptions"),
                                              "denial": ("patterns",), "not_knowing": ("patterns",),
                                              "overpromise": ("patterns",),
                                              "emotional_words": ("patterns", "exceptions")}
# Options that name a list of rules/lists/ (loaded with the catalogue into `letter.data.lists`).
LIST_OPTIONS: dict[str, tuple[str, ...]] = {"sentence_match": ("list",), "template_phrases": ("list",),
                                             "template_resemblance": ("list", "prompts"),
                                             "template_frame": ("phrases", "sentences"),
                                             "template_pasted": ("phrases", "sentences"),
                                             "template_vocabulary": ("vocabulary", "phrases", "sentences")}
