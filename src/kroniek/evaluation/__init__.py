"""Accuracy of the Dutch pipeline on gold-tokenized corpora.

* :func:`evaluate_ner`: entity-level precision/recall/F1 (conlleval semantics)
  on CoNLL-2002 style files.
* :func:`evaluate_parse`: UPOS, UAS, LAS and lemma accuracy on CoNLL-U files.
"""

from kroniek.evaluation.errors import CorpusFormatError
from kroniek.evaluation.ner import evaluate_ner
from kroniek.evaluation.parse import evaluate_parse

__all__ = ["CorpusFormatError", "evaluate_ner", "evaluate_parse"]
