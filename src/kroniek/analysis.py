"""The analysis of one article: the published JSON object of the schema in ``kroniek.schema``."""

from __future__ import annotations

from typing import Any

from kroniek.model import Article
from kroniek.schema import SCHEMA_VERSION

FACT_KINDS = ("entities", "quotes", "quantities", "times", "places", "events")


def analyze(item: Article | str, *, source: str | None = None) -> dict[str, Any]:
    """Analyse an ``Article``, or a text in Kroniek's plain article format."""
    if isinstance(item, str):
        from kroniek.ingest import read_text

        article = read_text(item, source=source)
    else:
        article = item
    result: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "article": article.to_dict()}
    result.update({kind: [] for kind in FACT_KINDS})
    return result
