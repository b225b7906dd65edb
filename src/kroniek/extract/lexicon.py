"""The Dutch word lists the entity linker reads from ``kroniek/data/lang/nl``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parent.parent / "data" / "lang" / "nl"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a house-style TSV file: ``#`` comments, one header line, tab-separated."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return rows


def read_words(path: Path) -> frozenset[str]:
    """A one-word-a-line list (``#`` comments), lower-cased."""
    return frozenset(
        line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#"))


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, str]:
    """Actor noun (lower case) -> sector code: ``militairen`` -> ``MIL``."""
    return {row["noun"].lower(): row["sector"] for row in read_tsv(LANG_DIR / "actor_nouns.tsv")}


@lru_cache(maxsize=1)
def skipped_aliases() -> frozenset[str]:
    """Aliases the gazetteer does not match on its own (see ``entity_skip.tsv``)."""
    return frozenset(row["alias"].lower() for row in read_tsv(LANG_DIR / "entity_skip.tsv"))


@lru_cache(maxsize=1)
def determiners() -> frozenset[str]:
    return read_words(LANG_DIR / "determiners.txt")


@lru_cache(maxsize=1)
def role_families() -> dict[str, tuple[str, ...]]:
    """Generic role nouns ("minister") -> the roles they can refer back to."""
    return {row["noun"].lower(): tuple(r for r in row["roles"].split(";") if r)
            for row in read_tsv(LANG_DIR / "role_families.tsv")}
