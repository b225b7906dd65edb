"""The article record every stage of Kroniek passes along."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["year", "month", "day", "minute", "second"]


@dataclass(frozen=True)
class Published:
    """A publication date with the precision the source gave (never a day it did not give)."""

    value: str
    precision: Precision

    def to_dict(self) -> dict[str, str]:
        return {"value": self.value, "precision": self.precision}


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: character offsets into ``Article.text`` and the heading above it."""

    start: int
    end: int
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "section": self.section}


@dataclass
class Article:
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: Published | None = None
    language: str | None = None
    caption: str | None = None
    credit: str | None = None
    author: str | None = None
    sections: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    external_id: str | None = None

    @property
    def id(self) -> str:
        return article_id(self.text)

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "external_id": self.external_id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.to_dict() if self.published else None,
            "language": self.language,
            "caption": self.caption,
            "credit": self.credit,
            "author": self.author,
            "sections": list(self.sections),
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "metadata": dict(self.metadata),
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        published = data.get("published")
        return cls(
            text=data["text"],
            source=data.get("source"),
            url=data.get("url"),
            title=data.get("title"),
            published=Published(**published) if published else None,
            language=data.get("language"),
            caption=data.get("caption"),
            credit=data.get("credit"),
            author=data.get("author"),
            sections=list(data.get("sections") or []),
            paragraphs=[Paragraph(**p) for p in data.get("paragraphs") or []],
            metadata=dict(data.get("metadata") or {}),
            external_id=data.get("external_id"),
        )


def normalize_text(text: str) -> str:
    """The form of a text that identity is computed on: NFC, one space, case kept."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    """Stable article id: 16 hex digits of the SHA-256 of the normalized text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]
