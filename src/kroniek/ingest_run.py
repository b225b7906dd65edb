"""Storing what the readers yield: batches, counts and per-item failures of one ingest run."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from kroniek.ingest import ReadError
from kroniek.model import Article
from kroniek.store import AddResult, Store


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: list[ReadError] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.duplicates + len(self.failed)

    def summary(self) -> str:
        return (
            f"stored {self.stored}, duplicates {self.duplicates}, "
            f"near-duplicates {self.near_duplicates}, failed {len(self.failed)}"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "failed": [str(error) for error in self.failed],
        }


Analyzer = Callable[[list[Article]], list[dict[str, Any]]]


def ingest(
    items: Iterable[Article | ReadError],
    store: Store,
    *,
    batch_size: int = 500,
    analyzer: Analyzer | None = None,
    on_error: Callable[[ReadError], None] | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store every article of ``items``, analysed by ``analyzer`` if given (articles stored
    before are not analysed again); failures are collected, never raised."""
    report = IngestReport()
    batch: list[Article] = []

    def flush() -> None:
        analyses = None
        if analyzer is not None:
            known = store.existing_ids([article.id for article in batch])
            fresh = [article for article in batch if article.id not in known]
            by_id = {
                article.id: result for article, result in zip(fresh, analyzer(fresh), strict=True)
            }
            analyses = [by_id.get(article.id) for article in batch]
        for result in store.add_many(batch, analyses):
            _count(report, result)
        batch.clear()
        if on_progress:
            on_progress(report)

    for item in items:
        if isinstance(item, ReadError):
            report.failed.append(item)
            if on_error:
                on_error(item)
            if on_progress:
                on_progress(report)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return report


def _count(report: IngestReport, result: AddResult) -> None:
    if result.status == "duplicate":
        report.duplicates += 1
    else:
        report.stored += 1
        if result.near_duplicates:
            report.near_duplicates += 1
