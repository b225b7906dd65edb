"""Readers for the CoNLL-2002 NER format and the CoNLL-U format (strict)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kroniek.evaluation.errors import CorpusFormatError

_NER_TAG = re.compile(r"O|[BI]-[A-Za-z][A-Za-z_]*")


@dataclass
class NerSentence:
    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    document: int = 0


@dataclass
class UDSentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)
    deprels: list[str] = field(default_factory=list)


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusFormatError(path, 0, "no such file") from None
    except UnicodeDecodeError as exc:
        raise CorpusFormatError(path, 0, f"not UTF-8 text ({exc.reason})") from None


def read_conll_ner(path: str | Path) -> Iterator[NerSentence]:
    """Sentences of a ``token POS TAG`` (or ``token TAG``) file with BIO tags."""
    path = Path(path)
    document = 0
    sentence = NerSentence()
    n_cols: int | None = None
    for number, line in enumerate(_read_lines(path), start=1):
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if sentence.words:
                yield sentence
            if cols:
                document += 1
            sentence = NerSentence(document=document)
            continue
        if len(cols) not in (2, 3):
            raise CorpusFormatError(
                path, number, f"expected 2 or 3 columns (token [POS] TAG), found {len(cols)}"
            )
        if n_cols is None:
            n_cols = len(cols)
        elif len(cols) != n_cols:
            raise CorpusFormatError(
                path, number, f"expected {n_cols} columns as in the lines before, found {len(cols)}"
            )
        tag = cols[-1]
        if not _NER_TAG.fullmatch(tag):
            raise CorpusFormatError(
                path, number, f"invalid NER tag {tag!r} (expected O, B-X or I-X)"
            )
        sentence.words.append(cols[0])
        sentence.tags.append(tag)
    if sentence.words:
        yield sentence


def read_conllu(path: str | Path) -> Iterator[UDSentence]:
    """Sentences of a CoNLL-U file; multiword ranges and empty nodes are skipped."""
    path = Path(path)
    sentence = UDSentence()
    for number, line in enumerate(_read_lines(path), start=1):
        if not line.strip():
            if sentence.words:
                yield sentence
                sentence = UDSentence()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise CorpusFormatError(
                path, number, f"expected 10 tab-separated columns, found {len(cols)}"
            )
        token_id = cols[0]
        if re.fullmatch(r"\d+-\d+", token_id) or re.fullmatch(r"\d+\.\d+", token_id):
            continue
        if not token_id.isdigit():
            raise CorpusFormatError(path, number, f"invalid token id {token_id!r}")
        expected = len(sentence.words) + 1
        if int(token_id) != expected:
            raise CorpusFormatError(
                path, number, f"token id {token_id} out of sequence (expected {expected})"
            )
        if not cols[6].isdigit():
            raise CorpusFormatError(path, number, f"invalid head {cols[6]!r}")
        sentence.words.append(cols[1])
        sentence.lemmas.append(cols[2])
        sentence.upos.append(cols[3])
        sentence.heads.append(int(cols[6]))
        sentence.deprels.append(cols[7])
        sentence.spaces.append("SpaceAfter=No" not in cols[9].split("|"))
    if sentence.words:
        yield sentence
