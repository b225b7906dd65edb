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


# Besides the text, these article fields are analysed for entities; their mentions carry
# ``field`` and offsets into that field instead of into the text.
SIDE_FIELDS = ("title", "caption")


def _doc(nlp: Language, article: Article, text: str) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = article.published
    return doc


def _merge_side_entities(result: dict[str, Any], field: str, doc: Doc) -> None:
    by_id = {entity["id"]: entity for entity in result["entities"]}
    for entity in doc._.entities or []:
        mentions = [{**mention, "field": field} for mention in entity["mentions"]]
        if entity["id"] in by_id:
            by_id[entity["id"]]["mentions"].extend(mentions)
        else:
            result["entities"].append({**entity, "mentions": mentions})
            by_id[entity["id"]] = result["entities"][-1]


def result_of(
    article: Article, doc: Doc | None, sides: dict[str, Doc] | None = None
) -> dict[str, Any]:
    """The JSON object for an article, its analysed Doc (None: article only) and the
    analysed Docs of its title and caption."""
    result: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "article": article.to_dict()}
    for kind in FACT_KINDS:
        result[kind] = list(getattr(doc._, kind) or []) if doc is not None else []
    errors = list(doc._.errors or []) if doc is not None else []
    for field, side in (sides or {}).items():
        _merge_side_entities(result, field, side)
        errors.extend({**error, "field": field} for error in side._.errors or [])
    if errors:
        result["errors"] = errors
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
) -> Iterator[dict[str, Any]]:
    """Analyses of many articles, in order, streamed through ``nlp.pipe``."""
    if nlp is None:
        from kroniek.pipeline import analysis_pipeline

        nlp = analysis_pipeline()
    pending: deque[tuple[Article, list[str], bool]] = deque()

    def docs() -> Iterator[Doc]:
        for article in articles:
            too_long = len(article.text) > nlp.max_length
            fields = [] if too_long else [f for f in SIDE_FIELDS if getattr(article, f)]
            pending.append((article, fields, too_long))
            # A text over the limit is not parsed (memory grows with its length); an empty
            # Doc keeps its place in the stream.
            yield _doc(nlp, article, "" if too_long else article.text)
            for field in fields:
                yield _doc(nlp, article, getattr(article, field))

    stream = nlp.pipe(docs(), batch_size=batch_size)
    for doc in stream:
        article, fields, too_long = pending.popleft()
        if too_long:
            result = result_of(article, None)
            result["errors"] = [
                {
                    "component": "analysis",
                    "message": f"text of {len(article.text):,} characters is over the analysis "
                    f"limit of {nlp.max_length:,}: split the article into smaller ones",
                }
            ]
            yield result
            continue
        sides = {field: next(stream) for field in fields}
        yield result_of(article, doc, sides)
