"""What every extraction component shares: Doc extensions and failure isolation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc, Span

FACT_KINDS = ("entities", "quotes", "quantities", "times", "places", "events")


def ensure_extensions() -> None:
    """Register the Doc extensions the components write (idempotent)."""
    for name in (*FACT_KINDS, "errors"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("published"):
        # kroniek.model.Published or None: the anchor for relative dates and terms of office.
        Doc.set_extension("published", default=None)


ensure_extensions()


def record_error(doc: Doc, component: str, exc: BaseException, span: Span | None = None) -> None:
    """Note that ``component`` failed (on ``span``, if given) without stopping the analysis."""
    if doc._.errors is None:
        doc._.errors = []
    error: dict[str, Any] = {"component": component, "message": f"{type(exc).__name__}: {exc}"}
    if span is not None:
        error["start"] = span.start_char
        error["end"] = span.end_char
    doc._.errors.append(error)


def run_per_sentence(
    doc: Doc,
    component: str,
    extract: Callable[[Span], Iterable[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Facts of every sentence; a sentence whose extraction raises is reported and skipped."""
    facts: list[dict[str, Any]] = []
    for sent in doc.sents:
        try:
            facts.extend(extract(sent))
        except Exception as exc:  # noqa: BLE001 - one bad sentence must not cost the article
            record_error(doc, component, exc, sent)
    return facts
