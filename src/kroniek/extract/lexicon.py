"""The Dutch word lists the entity linker reads from ``kroniek/data/lang/nl``."""

from __future__ import annotations

from functools import lru_cache

from kroniek.data_files import LANG_DIR, read_tsv, read_words


@lru_cache(maxsize=1)
def actor_nouns() -> dict[str, str]:
    """Actor noun (lower case) -> sector code: ``militairen`` -> ``MIL``."""
    return {row["noun"].lower(): row["sector"] for row in read_tsv(LANG_DIR / "actor_nouns.tsv")}


@lru_cache(maxsize=1)
def descriptions() -> dict[str, tuple[str, frozenset[str]]]:
    """Definite description noun ("beweging") -> (what it refers to: ``country`` or
    ``ORG``, the sectors its referent may have; empty: any)."""
    return {
        row["noun"].lower(): (row["refers_to"], frozenset(row.get("sectors", "").split()))
        for row in read_tsv(LANG_DIR / "descriptions.tsv")
    }


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
