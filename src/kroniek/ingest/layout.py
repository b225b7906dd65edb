"""The layout of an article's text: the founding format's header, headings, paragraphs.

The founding format (examples/000_*.txt)::

    date 2022-01 <photo caption> Beeld REUTERS

    <paragraph>

    <heading>

    <paragraph>

``Article.text`` is the body only: headings and paragraphs joined by blank lines, so
that paragraph offsets and the offsets of every later annotation point into it. Caption
and credit are kept apart, in their own fields.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from kroniek.ingest.dates import ImpossibleDate, parse_date
from kroniek.model import Paragraph, Published

# A line ending in one of these closes a sentence or introduces a quote: not a heading.
_CLOSING = (".", "!", "?", ":", ";", ",", "…", "’", "”", '"', "'")
MAX_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80

_HEADER = re.compile(r"date\s+(\d\S*)(?:\s+(.*))?")
# Photo credit markers as Dutch (and English) papers print them after a caption.
_CREDIT = re.compile(r"(?<!\S)(?:Beeld|Foto|Foto's|Fotografie|Image|Photo)\s*:?\s+(?=\S)")
MAX_CREDIT_WORDS = 10
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


@dataclass(frozen=True)
class Block:
    text: str
    heading: bool = False


@dataclass
class Body:
    text: str
    sections: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)


@dataclass
class Layout:
    body: Body
    published: Published | None = None
    caption: str | None = None
    credit: str | None = None


def is_heading(line: str) -> bool:
    """A short line that starts like a title and does not end like a sentence."""
    s = line.strip()
    return (
        bool(s)
        and (s[0].isupper() or s[0].isdigit())
        and len(s) <= MAX_HEADING_CHARS
        and len(s.split()) <= MAX_HEADING_WORDS
        and not s.endswith(_CLOSING)
    )


def parse_article(text: str) -> Layout:
    """Parse text in the founding format, or plain text without its date header.

    Raises ``ValueError`` for an impossible or unreadable header date and for text
    without any body.
    """
    text = _newlines(text).lstrip("\ufeff \t\n")
    first, _, rest = text.partition("\n")
    header = _HEADER.fullmatch(first.strip())
    if header is None:
        return Layout(_non_empty(parse_body(text), "no text"))
    token = header[1]
    try:
        published = parse_date(token)
    except ImpossibleDate as exc:
        raise ValueError(f"impossible date 'date {token}' ({exc})") from None
    except ValueError:
        raise ValueError(f"unreadable date 'date {token}' on the first line") from None
    caption, credit = split_caption(header[2] or "")
    body = _non_empty(parse_body(rest), "no article text after the date line")
    return Layout(body, published, caption, credit)


def split_caption(line: str) -> tuple[str | None, str | None]:
    """Split "<caption> Beeld ANP / Remko de Waal" into caption and credit."""
    line = " ".join(line.split())
    markers = [
        m for m in _CREDIT.finditer(line) if len(line[m.end() :].split()) <= MAX_CREDIT_WORDS
    ]
    if not markers:
        return line or None, None
    marker = markers[-1]  # "Foto van de dag Beeld ANP": the caption may say "Foto" too
    caption = line[: marker.start()].strip()
    return caption or None, line[marker.end() :].strip()


def parse_body(text: str) -> Body:
    """Headings and paragraphs of a text whose paragraphs are separated by blank lines."""
    return compose(split_blocks(text))


def split_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for chunk in _BLANK_LINE.split(_newlines(text)):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            continue
        if not any(_continues(line) for line in lines[1:]):
            # One paragraph (or heading) per line, as in text exported from web pages.
            blocks.extend(Block(line, is_heading(line)) for line in lines)
            continue
        # Hard-wrapped paragraph, perhaps under a heading written directly above it.
        while len(lines) > 1 and is_heading(lines[0]) and not _continues(lines[1]):
            blocks.append(Block(lines.pop(0), heading=True))
        blocks.append(Block(" ".join(lines)))
    return blocks


def _continues(line: str) -> bool:
    """Whether a line carries on a sentence from the line above (starts in lower case)."""
    first = next((ch for ch in line if ch.isalpha()), "")
    return first.islower()


def compose(blocks: Iterable[Block]) -> Body:
    """Join blocks with blank lines, recording paragraph offsets and their sections."""
    parts: list[str] = []
    sections: list[str] = []
    paragraphs: list[Paragraph] = []
    section: str | None = None
    offset = 0
    for block in blocks:
        if parts:
            offset += 2
        start, offset = offset, offset + len(block.text)
        parts.append(block.text)
        if block.heading:
            section = block.text
            sections.append(section)
        else:
            paragraphs.append(Paragraph(start, offset, section))
    return Body("\n\n".join(parts), sections, paragraphs)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _non_empty(body: Body, reason: str) -> Body:
    if not body.text:
        raise ValueError(reason)
    return body
