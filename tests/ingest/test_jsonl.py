from __future__ import annotations

import json

from kroniek.ingest import Limits, ReadError, read
from kroniek.model import Article

GOOD = {
    "id": "nos-123",
    "url": "https://nos.nl/artikel/123",
    "title": "VS roepen familie van ambassadepersoneel terug uit Kiev",
    "date": "2022-01-24T08:15:00+01:00",
    "source": "NOS",
    "text": (
        "Het Amerikaanse ministerie van Buitenlandse Zaken roept familieleden terug.\n\n"
        "Negatief reisadvies\n\nOok geldt er een negatief reisadvies voor Rusland."
    ),
    "rubriek": "buitenland",
    "woorden": 23,
}


def _write(tmp_path, lines: list[str], name: str = "artikelen.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_line(tmp_path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False)])
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.external_id == "nos-123"
    assert article.url == "https://nos.nl/artikel/123"
    assert article.title == "VS roepen familie van ambassadepersoneel terug uit Kiev"
    assert article.source == "NOS"
    assert article.published is not None
    assert article.published.value == "2022-01-24T08:15:00+01:00"
    assert article.published.precision == "second"
    assert article.language == "nl"
    assert article.sections == ["Negatief reisadvies"]
    assert article.paragraph_texts() == [
        "Het Amerikaanse ministerie van Buitenlandse Zaken roept familieleden terug.",
        "Ook geldt er een negatief reisadvies voor Rusland.",
    ]
    assert article.paragraphs[1].section == "Negatief reisadvies"
    assert article.metadata == {
        "rubriek": "buitenland",
        "woorden": 23,
        "path": str(path),
        "line": 1,
        "format": "jsonl",
    }


def test_source_defaults_to_path_and_month_date_keeps_precision(tmp_path) -> None:
    record = {"text": "Rusland heeft troepen aan de grens samengetrokken.", "date": "2022-01"}
    path = _write(tmp_path, [json.dumps(record)])
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.source == str(path)
    assert article.published is not None
    assert (article.published.value, article.published.precision) == ("2022-01", "month")
    assert article.external_id is None


def test_malformed_lines_are_reported_and_good_lines_kept(tmp_path) -> None:
    good = json.dumps({"id": 1, "text": "Eerste goed artikel over de NAVO en Rusland."})
    lines = [
        good,
        "",  # blank lines are skipped, but still counted
        '{"id": 2, "text": "kapot"',
        '{"id": 3, "title": "zonder tekst"}',
        json.dumps({"id": 4, "text": "Datum klopt niet.", "date": "2022-13"}),
        "[1, 2, 3]",
        json.dumps({"id": 7, "text": ""}),
        json.dumps({"id": 8, "text": "Laatste goed artikel over Oekraïne."}),
    ]
    path = _write(tmp_path, lines)
    items = list(read([path]))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "Article",
    ]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [e.line for e in errors] == [3, 4, 5, 6, 7]
    assert errors[0].reason.startswith("not valid JSON: ")
    assert str(errors[1]) == f"{path}:4: missing 'text'"
    assert errors[2].reason == "impossible date '2022-13' (month 13 does not exist)"
    assert errors[3].reason == "not a JSON object but list"
    assert errors[4].reason == "empty 'text'"
    assert items[0].external_id == "1" and items[-1].external_id == "8"
    assert items[-1].metadata["line"] == 8


def test_unreadable_date_and_wrong_types(tmp_path) -> None:
    lines = [
        json.dumps({"text": "Tekst.", "date": "vorige week"}),
        json.dumps({"text": "Tekst.", "title": ["lijst"]}),
        json.dumps({"text": 42}),
    ]
    errors = list(read([_write(tmp_path, lines)]))
    assert [e.reason for e in errors if isinstance(e, ReadError)] == [
        "unreadable date 'vorige week'",
        "'title' is list, not a string",
        "'text' is int, not a string",
    ]


def test_max_items_per_file(tmp_path) -> None:
    lines = [
        json.dumps({"id": n, "text": f"Artikel nummer {n} gaat over Rusland."}) for n in range(5)
    ]
    items = list(read([_write(tmp_path, lines)], limits=Limits(max_items_per_file=3)))
    assert [type(i).__name__ for i in items] == ["Article"] * 3 + ["ReadError"]
    assert items[-1].line == 4
    assert "more than 3 items" in items[-1].reason


def test_ndjson_extension_and_content_sniffing(tmp_path) -> None:
    record = json.dumps({"text": "Een artikel zonder extensie die JSON Lines is."})
    for name in ("a.ndjson", "zonder-extensie"):
        [article] = read([_write(tmp_path, [record], name)])
        assert isinstance(article, Article)
        assert article.metadata["format"] == "jsonl"
