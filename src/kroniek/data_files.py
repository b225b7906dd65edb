"""Reading Kroniek's data files: house-style TSV tables and word lists.

A TSV table has ``#`` comment lines, one header line and tab-separated fields; a row may
have fewer fields than the header (the rest are empty). A word list has one entry a line.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
LANG_DIR = DATA_DIR / "lang" / "nl"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a TSV table as dicts keyed by the header, fields stripped."""
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
    """A one-entry-a-line list (``#`` comments), lower-cased."""
    return frozenset(
        line.strip().lower()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
