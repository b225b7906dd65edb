"""Reading the knowledge base's tab-separated files into records.

Every file is UTF-8, tab-separated, with ``#`` comment lines and one header line; list
fields use ``;``. A file whose header has a ``noun`` column is a role-noun table; any other
is an entity table. See ``src/kroniek/data/kb/README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from kroniek.kb.model import ENTITY_TYPES, Entity, KnowledgeBaseError, RoleNoun, Term

ENTITY_COLUMNS = frozenset({
    "id", "name", "name_nl", "name_de", "name_fr", "aliases", "type", "wikidata", "country",
    "sector", "alpha2", "alpha3", "adjectives_nl", "demonyms_nl", "adjectives_en",
    "demonyms_en", "members", "parent", "terms", "note",
})
ROLE_COLUMNS = frozenset({"noun", "role", "lang", "countries", "note"})
LIST_COLUMNS = ("aliases", "adjectives_nl", "demonyms_nl", "adjectives_en", "demonyms_en",
                "members")
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_TERM = re.compile(r"(?P<role>[a-z_]+)(?:@(?P<of>[^:\s]+))?:(?P<start>[\d-]*)\.\.(?P<end>[\d-]*)")

Row = tuple[int, dict[str, str]]


def split_list(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def read_rows(path: Path) -> tuple[list[str], list[Row]]:
    """The header and the (line number, row) pairs of one TSV file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(path, None, f"cannot read: {exc}") from exc
    header: list[str] | None = None
    rows: list[Row] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if header is None:
            header = cells
            _check_header(path, number, header)
            continue
        if len(cells) > len(header):
            raise KnowledgeBaseError(
                path, number,
                f"{len(cells)} tab-separated fields, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append((number, dict(zip(header, cells, strict=True))))
    if header is None:
        raise KnowledgeBaseError(path, None, "no header line")
    return header, rows


def _check_header(path: Path, line: int, header: list[str]) -> None:
    allowed = ROLE_COLUMNS if "noun" in header else ENTITY_COLUMNS
    required = ("noun", "role") if "noun" in header else ("id",)
    unknown = [name for name in header if name not in allowed]
    if unknown:
        raise KnowledgeBaseError(
            path, line, f"unknown column(s) {', '.join(unknown)}; allowed: "
            f"{', '.join(sorted(allowed))}")
    missing = [name for name in required if name not in header]
    if missing:
        raise KnowledgeBaseError(path, line, f"missing column(s) {', '.join(missing)}")
    if len(set(header)) != len(header):
        raise KnowledgeBaseError(path, line, "a column name appears twice")


def is_role_table(header: list[str]) -> bool:
    return "noun" in header


def parse_date(value: str, *, end: bool, path: Path, line: int) -> date | None:
    """An ISO date, or a year / year-month (the first or, for an end, the last day)."""
    if not value:
        return None
    match = _DATE.fullmatch(value)
    if not match:
        raise KnowledgeBaseError(path, line, f"bad date {value!r} (want YYYY[-MM[-DD]])")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            if not end:
                return date(year, month, 1)
            following = date(year + month // 12, month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1)
        return date(year, month, day)
    except ValueError as exc:
        raise KnowledgeBaseError(path, line, f"bad date {value!r}: {exc}") from exc


def parse_terms(value: str, country: str, path: Path, line: int) -> list[Term]:
    """``role[@OF]:START..END`` items separated by ``;`` (``@OF`` defaults to ``country``)."""
    terms = []
    for item in split_list(value):
        match = _TERM.fullmatch(item)
        if not match:
            raise KnowledgeBaseError(
                path, line, f"bad term {item!r} (want role[@OF]:YYYY-MM-DD..YYYY-MM-DD)")
        of = match["of"] or country
        if not of:
            raise KnowledgeBaseError(path, line, f"term {item!r} has no @OF and no country")
        start = parse_date(match["start"], end=False, path=path, line=line)
        stop = parse_date(match["end"], end=True, path=path, line=line)
        if start and stop and stop < start:
            raise KnowledgeBaseError(path, line, f"term {item!r} ends before it starts")
        terms.append(Term(match["role"], of, start, stop))
    return terms


def entity_from_row(row: dict[str, str], path: Path, line: int) -> Entity:
    ident = row.get("id", "")
    if not _ID.fullmatch(ident):
        raise KnowledgeBaseError(path, line, f"bad or empty id {ident!r}")
    kind = row.get("type", "")
    if kind and kind not in ENTITY_TYPES:
        raise KnowledgeBaseError(
            path, line, f"type {kind!r} is not one of {', '.join(sorted(ENTITY_TYPES))}")
    wikidata = row.get("wikidata", "")
    if wikidata and not _WIKIDATA.fullmatch(wikidata):
        raise KnowledgeBaseError(path, line, f"bad Wikidata id {wikidata!r} (want Q123)")
    names = {lang: row[f"name_{lang}"] for lang in ("de", "fr") if row.get(f"name_{lang}")}
    lists = {column: split_list(row.get(column, "")) for column in LIST_COLUMNS}
    country = row.get("country", "")
    return Entity(
        id=ident,
        name=row.get("name", ""),
        type=kind,
        name_nl=row.get("name_nl", ""),
        names=names,
        wikidata=wikidata,
        country=country,
        sector=row.get("sector", ""),
        alpha2=row.get("alpha2", ""),
        alpha3=row.get("alpha3", ""),
        parent=row.get("parent", ""),
        terms=parse_terms(row.get("terms", ""), country, path, line),
        source=f"{path}:{line}",
        **lists,
    )


def role_from_row(row: dict[str, str], path: Path, line: int) -> RoleNoun:
    if not row["noun"] or not row["role"]:
        raise KnowledgeBaseError(path, line, "noun and role must not be empty")
    return RoleNoun(row["noun"], row["role"], row.get("lang") or "nl",
                    tuple(split_list(row.get("countries", ""))))


def kb_files(path: Path) -> Iterator[Path]:
    """The ``.tsv`` files of a directory (sorted), or the file itself."""
    if path.is_dir():
        yield from sorted(p for p in path.iterdir() if p.suffix == ".tsv")
    elif path.is_file():
        yield path
    else:
        raise KnowledgeBaseError(path, None, "no such file or directory")
