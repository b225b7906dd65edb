"""Kroniek's knowledge base: countries, regions, organizations, government bodies, media
and political persons with their terms of office, read from the TSV files in
``kroniek/data/kb`` and any user files merged over them (``--kb PATH``).

>>> kb = load_kb()
>>> kb.country_by_adjective("Russische").id
'RUS'
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from kroniek.kb.base import KnowledgeBase
from kroniek.kb.model import Entity, KnowledgeBaseError, RoleNoun, Term
from kroniek.kb.normalize import normalize_alias, possessive_candidates

BUNDLED_KB = Path(__file__).resolve().parent.parent / "data" / "kb"

__all__ = [
    "BUNDLED_KB",
    "Entity",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "RoleNoun",
    "Term",
    "load_kb",
    "normalize_alias",
    "possessive_candidates",
]


def load_kb(extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """The bundled knowledge base with ``extra`` files or directories merged over it.

    Without extras the result is cached: treat it as read-only.
    """
    if not extra:
        return _bundled()
    kb = KnowledgeBase()
    kb.add_path(BUNDLED_KB)
    for path in extra:
        kb.add_path(Path(path))
    return kb.finish()


@lru_cache(maxsize=1)
def _bundled() -> KnowledgeBase:
    kb = KnowledgeBase()
    kb.add_path(BUNDLED_KB)
    return kb.finish()
