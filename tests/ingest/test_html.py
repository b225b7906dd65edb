from __future__ import annotations

from kroniek.ingest import ReadError, read
from kroniek.model import Article

P1 = (
    "Rusland heeft meer dan 127.000 manschappen en militair materieel klaarstaan in het "
    "grensgebied met buurland Oekraïne. De vrees voor een invasie neemt toe."
)
P2 = (
    "‘Terwijl we diplomatie bedrijven, zijn we bezig met verdediging en afschrikking’, "
    "zei Anthony Blinken, de Amerikaanse minister van Buitenlandse Zaken, zondag op CBS."
)
P3 = (
    "Op zaterdag hebben Amerikaanse functionarissen van het Pentagon opties voorgelegd aan "
    "president Biden. Er zouden tussen de duizend en vijfduizend militairen naar "
    "Oost-Europese landen kunnen worden gestuurd."
)


def page(head: str = "", title: str = "Blinken: NAVO wordt versterkt") -> str:
    return f"""<!DOCTYPE html>
<html lang="nl"><head><title>{title} | Het Dagblad</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Het Dagblad">
<meta name="author" content="Jan de Vries">
{head}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/buitenland">Buitenland</a></li></ul></nav>
<article><h1>{title}</h1>
<p>{P1}</p>
<p>{P2}</p>
<h2>Pentagon</h2>
<p>{P3}</p>
</article>
<footer><p>Copyright 2022 Het Dagblad. Alle rechten voorbehouden.</p></footer>
</body></html>"""


def _read_one(tmp_path, html: str, name: str = "pagina.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    [item] = read([path])
    assert isinstance(item, Article), item
    return item


def test_page_fields(tmp_path) -> None:
    meta = '<meta property="article:published_time" content="2022-01-24T10:30:00+01:00">'
    article = _read_one(tmp_path, page(meta))
    assert article.title == "Blinken: NAVO wordt versterkt"
    assert article.author == "Jan de Vries"
    assert article.source == "Het Dagblad"
    assert article.published is not None
    assert article.published.to_dict() == {
        "value": "2022-01-24T10:30:00+01:00",
        "precision": "second",
    }
    assert article.language == "nl"
    assert article.sections == ["Pentagon"]
    assert article.paragraph_texts() == [P1, P2, P3]
    assert [p.section for p in article.paragraphs] == [None, None, "Pentagon"]
    assert "Home" not in article.text and "Copyright" not in article.text
    assert not article.text.startswith("Blinken: NAVO")  # the headline is the title
    assert article.metadata["format"] == "html"


def test_month_only_date_keeps_its_precision(tmp_path) -> None:
    article = _read_one(
        tmp_path, page('<meta property="article:published_time" content="2022-01">')
    )
    assert article.published is not None
    assert article.published.to_dict() == {"value": "2022-01", "precision": "month"}


def test_json_ld_date(tmp_path) -> None:
    script = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "datePublished": "2022-01-23T21:05Z"}]}</script>'
    )
    article = _read_one(tmp_path, page(script))
    assert article.published is not None
    assert article.published.value == "2022-01-23T21:05+00:00"
    assert article.published.precision == "minute"


def test_html_sniffed_from_content(tmp_path) -> None:
    article = _read_one(tmp_path, page(), name="pagina-zonder-extensie")
    assert article.metadata["format"] == "html"
    assert article.paragraph_texts()[0] == P1
    assert article.published is None  # the page states no date, and none is invented


def test_page_without_article_text(tmp_path) -> None:
    path = tmp_path / "leeg.html"
    path.write_text("<html><head><title>Niets</title></head><body></body></html>")
    [error] = read([path])
    assert isinstance(error, ReadError)
    assert error.reason == "no article text found in the HTML page"
