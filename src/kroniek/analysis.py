"""The analysis of one article: the published JSON object of the schema in ``kroniek.schema``."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kroniek.extract import FACT_KINDS
from kroniek.model import Article
from kroniek.schema import SCHEMA_VERSION


def _article(item: Article | str, source: str | None = None) -> Article:
    if isinstance(item, Article):
        return item
    from kroniek.ingest import read_text

    return read_text(item, source=source)


def _doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def result_of(article: Article, doc: Doc | None) -> dict[str, Any]:
    """The JSON object for an article and its analysed Doc (None: article only)."""
    result: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "article": article.to_dict()}
    for kind in FACT_KINDS:
        result[kind] = list(getattr(doc._, kind) or []) if doc is not None else []
    if doc is not None and doc._.errors:
        result["errors"] = list(doc._.errors)
    return result


def analyze(
    item: Article | str, *, source: str | None = None, nlp: Language | None = None
) -> dict[str, Any]:
    """Analyse an ``Article``, or a text in Kroniek's plain article format."""
    return next(analyze_many([_article(item, source)], nlp=nlp))


def analyze_many(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[dict[str, Any]]:
    """Analyses of many articles, in order; ``n_process`` > 1 spreads them over processes."""
    if nlp is None:
        from kroniek.pipeline import analysis_pipeline

        nlp = analysis_pipeline()
    pending: deque[Article] = deque()

    def docs() -> Iterator[Doc]:
        for article in articles:
            pending.append(article)
            yield _doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        yield result_of(pending.popleft(), doc)
