"""Saved web pages: main text, title, author and date with trafilatura (never fetching)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from kroniek.ingest.base import Item, ReadError
from kroniek.ingest.dates import parse_date
from kroniek.ingest.layout import Block, Body, compose, parse_body
from kroniek.model import Article, Published

# Where pages state their publication time exactly. htmldate (inside trafilatura) only
# reports a day, and invents one for a page that gives only a month, so these come first.
_DATE_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="DC.date.issued"'
    ' or @name="dcterms.date" or @name="dcterms.issued"]/@content',
    '//time[@itemprop="datePublished" or @pubdate]/@datetime',
)
_PARAGRAPH_TAGS = {"p", "quote", "table"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "blockquote", "pre", "figure", "figcaption",
    "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6",
}  # fmt: skip


def read_html(text: str, item: str) -> Iterator[Item]:
    """Yield the one article of a saved web page, or an error."""
    tree = load_html(text)
    if tree is None:
        yield ReadError(item, "not readable as HTML")
        return
    published = _stated_date(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or document.body is None:
        yield ReadError(item, "no article text found in the HTML page")
        return
    title = document.title or None
    body = compose(_blocks(document.body, title))
    if not body.text:
        yield ReadError(item, "no article text found in the HTML page")
        return
    if published is None and document.date:
        published = Published(document.date[:10], "day")
    metadata: dict[str, Any] = {"path": item, "format": "html"}
    for key in ("description", "hostname", "categories", "tags"):
        if value := getattr(document, key, None):
            metadata[key] = value
    yield Article(
        text=body.text,
        source=document.sitename or item,
        url=document.url or None,
        title=title,
        published=published,
        author=document.author or None,
        sections=body.sections,
        paragraphs=body.paragraphs,
        metadata=metadata,
    )


def fragment_body(fragment: str) -> Body:
    """Headings and paragraphs of an HTML fragment, such as a feed item's content."""
    if not fragment.strip():
        return Body("")
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return parse_body(fragment)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    return parse_body(root.text_content())


def _blocks(body: etree._Element, title: str | None) -> Iterator[Block]:
    for element in body:
        if element.tag == "head":
            text = _text(element)
            # The page's own headline repeated at the top of the body is the title.
            if text and text != title:
                yield Block(text, heading=True)
        elif element.tag == "list":
            yield from (Block(t) for child in element if (t := _text(child)))
        elif element.tag in _PARAGRAPH_TAGS and (text := _text(element)):
            yield Block(text)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _stated_date(tree: etree._Element) -> Published | None:
    candidates = [str(v) for xpath in _DATE_XPATHS for v in tree.xpath(xpath)]
    candidates += _json_ld_dates(tree)
    for candidate in candidates:
        try:
            return parse_date(candidate)
        except ValueError:
            continue
    return None


def _json_ld_dates(tree: etree._Element) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found.append(node["datePublished"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            walk(json.loads(script))
        except json.JSONDecodeError:
            continue
    return found
