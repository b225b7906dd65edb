"""DuckDB-backed article store.

Articles are written in batches, each batch one transaction, so an article's rows are
never split across transactions: a run killed mid-way leaves only whole articles, and
running it again stores the rest exactly once (ids are content hashes).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np

from kroniek import dedup
from kroniek.model import Article
from kroniek.store import facts, migrations

DEFAULT_DB = "kroniek.duckdb"

_ARTICLE_COLUMNS = (
    "id, external_id, source, url, title, published, published_precision, language, caption, "
    "credit, author, sections, paragraphs, metadata, text, words"
)


class StoreError(Exception):
    """A store that cannot be opened or used, with a message fit for the user."""


def default_db_path() -> Path:
    return Path(os.environ.get("KRONIEK_DB") or DEFAULT_DB)


@dataclass(frozen=True)
class AddResult:
    id: str
    status: str  # "stored" or "duplicate"
    near_duplicates: list[dedup.NearDuplicate] = field(default_factory=list)


class Store:
    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        near_duplicate_threshold: float = 0.8,
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database (run 'kroniek ingest' first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"{self.path}: cannot open the database: {_first_line(exc)}") from None
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: not a Kroniek database: {_first_line(exc)}") from None
        try:
            if read_only:
                version = migrations.current_read_only(self.con)
                if version < migrations.latest():
                    raise StoreError(
                        f"{self.path}: schema version {version} is older than "
                        f"{migrations.latest()}: open it once for writing (e.g. 'kroniek ingest') "
                        "to upgrade it"
                    )
            else:
                migrations.migrate(self.con)
        except StoreError:
            self.con.close()
            raise
        except (RuntimeError, duckdb.Error) as exc:
            self.con.close()
            raise StoreError(f"{self.path}: {_first_line(exc)}") from None
        self._threshold = near_duplicate_threshold
        self._index: dedup.NearDuplicateIndex | None = None

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def _near_duplicate_index(self) -> dedup.NearDuplicateIndex:
        if self._index is None:
            index = dedup.NearDuplicateIndex(self._threshold)
            rows = self.con.execute("SELECT article_id, signature FROM article_signatures")
            while batch := rows.fetchmany(10_000):
                for key, blob in batch:
                    index.add(key, np.frombuffer(blob, dtype=np.uint64))
            self._index = index
        return self._index

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` that are stored already."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest($1))", [list(ids)]
        ).fetchall()
        return {row[0] for row in rows}

    def add(self, article: Article) -> AddResult:
        return self.add_many([article])[0]

    def add_many(
        self,
        articles: Sequence[Article],
        analyses: Sequence[dict[str, Any] | None] | None = None,
    ) -> list[AddResult]:
        """Store a batch of articles, with their analyses if given, in one transaction.

        An article whose text is stored already is a duplicate: nothing of it is written.
        """
        ids = [a.id for a in articles]
        existing = self.existing_ids(ids)
        index = self._near_duplicate_index()
        results: list[AddResult] = []
        new: list[tuple[str, Article, np.ndarray]] = []
        links: list[tuple[str, str, float]] = []
        if analyses is None:
            analyses = [None] * len(articles)
        results_of: list[tuple[str, dict[str, Any]]] = []
        for article, article_id, analysis in zip(articles, ids, analyses, strict=True):
            if article_id in existing:
                results.append(AddResult(article_id, "duplicate"))
                continue
            existing.add(article_id)
            sig = dedup.signature(article.text)
            near = index.query(sig)
            links.extend((article_id, d.article_id, d.similarity) for d in near)
            index.add(article_id, sig)
            new.append((article_id, article, sig))
            if analysis is not None:
                results_of.append((article_id, analysis))
            results.append(AddResult(article_id, "stored", near))
        if not new:
            return results
        try:
            self.con.execute("BEGIN TRANSACTION")
            self._insert_articles(new)
            if links:
                self.con.execute(
                    "INSERT INTO near_duplicates SELECT unnest($1), unnest($2), unnest($3)",
                    [list(col) for col in zip(*links, strict=True)],
                )
            facts.insert(self.con, results_of)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            for article_id, _, _ in new:
                index.remove(article_id)
            raise
        return results

    def _insert_articles(self, new: list[tuple[str, Article, np.ndarray]]) -> None:
        columns: dict[str, list[Any]] = {name.strip(): [] for name in _ARTICLE_COLUMNS.split(",")}
        for article_id, article, _ in new:
            columns["id"].append(article_id)
            columns["external_id"].append(article.external_id)
            columns["source"].append(article.source)
            columns["url"].append(article.url)
            columns["title"].append(article.title)
            columns["published"].append(article.published.value if article.published else None)
            columns["published_precision"].append(
                article.published.precision if article.published else None
            )
            columns["language"].append(article.language)
            columns["caption"].append(article.caption)
            columns["credit"].append(article.credit)
            columns["author"].append(article.author)
            columns["sections"].append(json.dumps(article.sections, ensure_ascii=False))
            columns["paragraphs"].append(
                json.dumps([p.to_dict() for p in article.paragraphs], ensure_ascii=False)
            )
            columns["metadata"].append(
                json.dumps(article.metadata, ensure_ascii=False, default=str)
            )
            columns["text"].append(article.text)
            columns["words"].append(len(article.text.split()))
        placeholders = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
        self.con.execute(
            f"INSERT INTO articles ({_ARTICLE_COLUMNS}) SELECT {placeholders}",
            list(columns.values()),
        )
        self.con.execute(
            "INSERT INTO article_signatures SELECT unnest($1), unnest($2)",
            [[key for key, _, _ in new], [sig.astype(np.uint64).tobytes() for _, _, sig in new]],
        )

    def save_analyses(self, analyses: Sequence[tuple[str, dict[str, Any]]]) -> None:
        """Replace the stored analyses of already stored articles, in one transaction."""
        try:
            self.con.execute("BEGIN TRANSACTION")
            facts.delete(self.con, [article_id for article_id, _ in analyses])
            facts.insert(self.con, analyses)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def analysis(self, article_id: str) -> dict[str, Any] | None:
        """The stored analysis of an article, or None if it was stored without one."""
        row = self.con.execute(
            "SELECT result FROM analyses WHERE article_id = ?", [article_id]
        ).fetchone()
        return json.loads(row[0]) if row else None

    # -- reading -----------------------------------------------------------------

    def resolve_id(self, prefix: str) -> str:
        """The full id of the one article whose id starts with ``prefix``."""
        rows = self.con.execute(
            "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2", [prefix]
        ).fetchall()
        if not rows:
            raise StoreError(f"no article with id {prefix!r} in {self.path}")
        if len(rows) > 1:
            raise StoreError(f"id {prefix!r} is ambiguous in {self.path}: give more characters")
        return rows[0][0]

    def get(self, article_id: str) -> Article:
        full = self.resolve_id(article_id)
        row = self.con.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [full]
        ).fetchone()
        return _article_from_row(row)

    def near_duplicates(self, article_id: str) -> list[dedup.NearDuplicate]:
        rows = self.con.execute(
            "SELECT duplicate_of, similarity FROM near_duplicates WHERE article_id = $1 "
            "UNION SELECT article_id, similarity FROM near_duplicates WHERE duplicate_of = $1 "
            "ORDER BY 2 DESC, 1",
            [article_id],
        ).fetchall()
        return [dedup.NearDuplicate(other, score) for other, score in rows]

    def list_articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        sql = (
            "SELECT id, published, published_precision, language, source, title, words, "
            "(SELECT count(*) FROM near_duplicates n WHERE n.article_id = a.id "
            "OR n.duplicate_of = a.id) AS near_duplicates "
            "FROM articles a ORDER BY published NULLS LAST, ingested_at, id"
        )
        params: list[Any] = []
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = [limit, offset]
        cursor = self.con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def iter_articles(self) -> Iterator[Article]:
        cursor = self.con.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles ORDER BY id")
        while batch := cursor.fetchmany(1000):
            yield from (_article_from_row(row) for row in batch)

    def stats(self) -> dict[str, Any]:
        articles, words = self.con.execute(
            "SELECT count(*), coalesce(sum(words), 0) FROM articles"
        ).fetchone()
        languages = dict(
            self.con.execute(
                "SELECT coalesce(language, 'unknown'), count(*) FROM articles "
                "GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        )
        first, last = self.con.execute(
            "SELECT min(published), max(published) FROM articles"
        ).fetchone()
        pairs = self.con.execute("SELECT count(*) FROM near_duplicates").fetchone()[0]
        return {
            "database": str(self.path),
            "schema_version": migrations.current_read_only(self.con),
            "articles": articles,
            "words": int(words),
            "languages": languages,
            "published_first": first,
            "published_last": last,
            "near_duplicate_pairs": pairs,
        }


def _article_from_row(row: tuple[Any, ...]) -> Article:
    names = [name.strip() for name in _ARTICLE_COLUMNS.split(",")]
    data = dict(zip(names, row, strict=True))
    published = (
        {"value": data["published"], "precision": data["published_precision"]}
        if data["published"]
        else None
    )
    return Article.from_dict(
        {
            **data,
            "published": published,
            "sections": json.loads(data["sections"] or "[]"),
            "paragraphs": json.loads(data["paragraphs"] or "[]"),
            "metadata": json.loads(data["metadata"] or "{}"),
        }
    )


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
