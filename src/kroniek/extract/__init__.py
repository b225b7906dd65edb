"""Extraction: spaCy components that turn a parsed ``Doc`` into Kroniek's facts.

Each component is a registered spaCy factory that writes a list of JSON-ready dicts to
one Doc extension (``doc._.entities``, ``doc._.quotes``, ``doc._.quantities``,
``doc._.times``, ``doc._.places``, ``doc._.events``); every ``start``/``end`` is a
character offset into ``doc.text``, which is ``article.text``. The publication date the
components interpret relative expressions against is ``doc._.published``.
"""

from kroniek.extract.base import (
    FACT_KINDS,
    ensure_extensions,
    record_error,
    run_per_sentence,
)

__all__ = ["FACT_KINDS", "ensure_extensions", "record_error", "run_per_sentence"]
