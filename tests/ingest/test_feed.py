from __future__ import annotations

from kroniek.ingest import ReadError, read
from kroniek.model import Article

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>NOS Nieuws - Buitenland</title>
  <link>https://nos.nl</link>
  <description>Buitenlandnieuws</description>
  <item>
    <title>VS roepen familieleden van ambassadepersoneel terug uit Kiev</title>
    <link>https://nos.nl/artikel/1</link>
    <guid>nos-1</guid>
    <pubDate>Sun, 23 Jan 2022 22:10:00 +0100</pubDate>
    <dc:creator>Redactie Buitenland</dc:creator>
    <category>Oekraïne</category>
    <description>Korte samenvatting.</description>
    <content:encoded><![CDATA[<p>Het Amerikaanse ministerie van Buitenlandse Zaken
besloot zondag om alle familieleden terug te roepen uit Kiev.</p>
<h2>Negatief reisadvies</h2><p>Ook geldt er een negatief reisadvies voor Rusland
en <b>Oekraïne</b>.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Alleen een samenvatting</title>
    <link>https://nos.nl/artikel/2</link>
    <pubDate>Mon, 24 Jan 2022 07:00 GMT</pubDate>
    <description>&lt;p&gt;Rusland heeft meer dan 127.000
      manschappen klaarstaan.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Onmogelijke datum</title>
    <pubDate>Mon, 32 Jan 2022 07:00:00 GMT</pubDate>
    <description>Tekst bij een onmogelijke datum.</description>
  </item>
  <item>
    <title>Zonder tekst</title>
  </item>
  <item>
    <title>Datum in een vreemde vorm</title>
    <pubDate>maandag de 24ste</pubDate>
    <description>De NAVO versterkt haar oostflank met extra schepen en vliegtuigen.</description>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Tagesschau</title>
  <id>urn:feed</id>
  <updated>2022-01-24T10:00:00Z</updated>
  <entry>
    <title>Russland zieht Truppen zusammen</title>
    <id>urn:entry:1</id>
    <link href="https://example.org/1"/>
    <published>2022-01-24T09:30:00+01:00</published>
    <updated>2022-01-24T10:00:00+01:00</updated>
    <author><name>Anna Schmidt</name></author>
    <content type="html">&lt;p&gt;Russland hat mehr als 127.000 Soldaten an der Grenze
      zur Ukraine stationiert.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def _read(tmp_path, name: str, data: bytes) -> list:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read([path]))


def test_rss_items_in_order(tmp_path) -> None:
    items = _read(tmp_path, "nos.rss", RSS.encode())
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Article",
        "ReadError",
        "ReadError",
        "Article",
    ]
    first, second, impossible, empty, odd_date = items
    assert first.title == "VS roepen familieleden van ambassadepersoneel terug uit Kiev"
    assert first.source == "NOS Nieuws - Buitenland"
    assert first.url == "https://nos.nl/artikel/1"
    assert first.external_id == "nos-1"
    assert first.author == "Redactie Buitenland"
    assert first.published is not None
    assert first.published.to_dict() == {
        "value": "2022-01-23T22:10:00+01:00",
        "precision": "second",
    }
    # content:encoded wins over the description; HTML is stripped, scripts dropped.
    assert first.sections == ["Negatief reisadvies"]
    assert first.paragraph_texts() == [
        "Het Amerikaanse ministerie van Buitenlandse Zaken besloot zondag om alle "
        "familieleden terug te roepen uit Kiev.",
        "Ook geldt er een negatief reisadvies voor Rusland en Oekraïne.",
    ]
    assert "<" not in first.text and "alert" not in first.text
    assert first.language == "nl"
    assert first.metadata["tags"] == ["Oekraïne"]
    assert first.metadata["item"] == 1

    assert second.text == "Rusland heeft meer dan 127.000 manschappen klaarstaan."
    assert second.published is not None
    assert (second.published.value, second.published.precision) == (
        "2022-01-24T07:00+00:00",
        "minute",
    )

    assert impossible.reason == (
        "item 3: impossible date 'Mon, 32 Jan 2022 07:00:00 GMT' "
        "(day 32 does not exist in January 2022)"
    )
    assert empty.reason == "item 4: no content or summary"
    # An unknown date form keeps the item, with the date as written.
    assert odd_date.published is None
    assert odd_date.metadata["date"] == "maandag de 24ste"


def test_atom_feed(tmp_path) -> None:
    [article] = _read(tmp_path, "feed.atom", ATOM.encode())
    assert isinstance(article, Article)
    assert article.source == "Tagesschau"
    assert article.author == "Anna Schmidt"
    assert article.url == "https://example.org/1"
    assert article.published is not None
    assert article.published.value == "2022-01-24T09:30:00+01:00"
    assert article.text == (
        "Russland hat mehr als 127.000 Soldaten an der Grenze zur Ukraine stationiert."
    )
    assert article.language == "de"


def test_feed_sniffed_from_content_and_legacy_encoding(tmp_path) -> None:
    rss = RSS.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
    items = _read(tmp_path, "zonder-extensie", rss.encode("iso-8859-1"))
    assert isinstance(items[0], Article)
    assert items[0].paragraph_texts()[1].endswith("Rusland en Oekraïne.")


def test_xml_that_is_not_a_feed(tmp_path) -> None:
    [error] = _read(tmp_path, "sitemap.xml", b'<?xml version="1.0"?><urlset><url/></urlset>')
    assert isinstance(error, ReadError)
    assert error.reason.startswith("not a readable RSS or Atom feed")


def test_feed_without_items(tmp_path) -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Leeg</title></channel></rss>'
    [error] = _read(tmp_path, "leeg.rss", empty)
    assert isinstance(error, ReadError)
    assert error.reason == "feed has no items"
