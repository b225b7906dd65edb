"""The analysis pipeline: Kroniek's Dutch language pipeline plus the extraction components."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kroniek.extract import ensure_extensions

# (factory name, module that registers it), in pipeline order: later components read the
# facts of earlier ones (quotes link speakers to entities, events use all of them).
EXTRACTORS: tuple[tuple[str, str], ...] = (
    ("kroniek_entities", "kroniek.extract.entities"),
    ("kroniek_places", "kroniek.extract.places"),
    ("kroniek_quantities", "kroniek.extract.quantities"),
    ("kroniek_times", "kroniek.extract.times"),
    ("kroniek_quotes", "kroniek.extract.quotes"),
    ("kroniek_events", "kroniek.extract.events"),
)


def add_extractors(nlp: Language, kb: Sequence[str] = ()) -> Language:
    """Add Kroniek's extraction components to any Dutch spaCy pipeline.

    ``kb``: user knowledge-base files or folders, merged over the bundled knowledge base
    by every component that links to it.
    """
    ensure_extensions()
    for factory, module in EXTRACTORS:
        importlib.import_module(module)
        if factory in nlp.pipe_names:
            continue
        defaults = nlp.get_factory_meta(factory).default_config
        config = {"kb_paths": list(kb)} if kb and "kb_paths" in defaults else {}
        nlp.add_pipe(factory, config=config)
    return nlp


@lru_cache(maxsize=2)
def analysis_pipeline(model: str | None = None, kb: tuple[str, ...] = ()) -> Language:
    """The shipped language pipeline (or the one at ``model``) with the extractors added."""
    from kroniek.nlp import MODEL_DIR, use_numpy_matmul

    nlp = use_numpy_matmul(spacy.load(Path(model) if model else MODEL_DIR))
    return add_extractors(nlp, kb)
