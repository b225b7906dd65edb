"""Kroniek: who did what to whom, when and where, who said what — from Dutch news."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from kroniek.model import Article

__all__ = ["Article", "__version__", "analyze", "read"]


def read(*paths: Any, **options: Any):  # noqa: ANN201 - re-exported, typed in kroniek.ingest
    """Read articles from files, folders, globs or ``-``; yields ``Article`` or ``ReadError``."""
    from kroniek.ingest import read as _read

    flat = [p for item in paths for p in (item if isinstance(item, list | tuple) else [item])]
    return _read(flat, **options)


def analyze(item: Article | str, **options: Any) -> dict[str, Any]:
    """The analysis of one article (an ``Article`` or its text) as the published JSON object."""
    from kroniek.analysis import analyze as _analyze

    return _analyze(item, **options)


def __getattr__(name: str) -> Any:
    if name == "Article":
        from kroniek.model import Article

        return Article
    raise AttributeError(name)
