"""The Dutch language pipeline of Kroniek (tokens, sentences, tags, parse, NER).

``load()`` returns the pipeline shipped in ``kroniek/models/nl_kroniek``.
Importing this package registers the tokenizer callback and the rule
components that the shipped config refers to.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from kroniek.nlp import (  # noqa: F401  (registers the functions the config names)
    components,
    gazetteer,
    lemmatizer,
    name_features,
    ner_consistency,
    ner_lexicon,
    tokenizer,
)
from kroniek.nlp.ops import use_numpy_matmul

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "nl_kroniek"


@lru_cache(maxsize=4)
def _load(path: str) -> Language:
    return use_numpy_matmul(spacy.load(path))


def load(path: str | Path | None = None) -> Language:
    """Load (once) the shipped Dutch pipeline, or the pipeline at ``path``."""
    return _load(str(Path(path) if path is not None else MODEL_DIR))


__all__ = ["MODEL_DIR", "load", "use_numpy_matmul"]
