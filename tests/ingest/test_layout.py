from __future__ import annotations

import pytest

from kroniek.ingest import read_text
from kroniek.ingest.layout import is_heading, parse_body, split_caption

CAPTION = "De Amerikaanse minister van Buitenlandse Zalen Antony Blinken op de ambassade in Kiev."


def test_founding_article_fields(founding_text: str) -> None:
    article = read_text(founding_text, source="seed.txt")
    assert article.source == "seed.txt"
    assert article.published is not None
    assert article.published.to_dict() == {"value": "2022-01", "precision": "month"}
    assert article.credit == "REUTERS"
    assert article.caption == CAPTION
    assert article.sections == ["Pentagon", "Negatief reisadvies"]
    assert len(article.paragraphs) == 6
    assert article.language == "nl"
    assert article.title is None


def test_founding_article_text_is_body_only(founding_text: str) -> None:
    article = read_text(founding_text)
    assert article.text.startswith("Rusland heeft meer dan 127.000 manschappen")
    assert article.text.endswith("afgelopen jaar wel het geval was.")
    assert "Beeld REUTERS" not in article.text
    assert "date 2022-01" not in article.text
    assert "\n\nPentagon\n\n" in article.text
    assert "Oekraïne" in article.text and "‘Terwijl" in article.text


def test_founding_paragraph_offsets_and_sections(founding_text: str) -> None:
    article = read_text(founding_text)
    texts = article.paragraph_texts()
    assert texts[0].startswith("Rusland heeft") and texts[0].endswith("omver wil werpen.")
    assert texts[2].startswith("Op zaterdag hebben Amerikaanse functionarissen")
    assert [p.section for p in article.paragraphs] == [
        None,
        None,
        "Pentagon",
        "Pentagon",
        "Negatief reisadvies",
        "Negatief reisadvies",
    ]
    # Every paragraph of the source file appears verbatim at its offsets.
    source_paragraphs = [b for b in founding_text.split("\n\n")[1:] if not is_heading(b)]
    assert texts == source_paragraphs


def test_leading_bom_and_space_are_tolerated(founding_text: str) -> None:
    plain = read_text(founding_text)
    for variant in ("\ufeff" + founding_text, "  " + founding_text.lstrip(), "\n" + founding_text):
        article = read_text(variant)
        assert article.published == plain.published
        assert article.text == plain.text
        assert article.caption == CAPTION


def test_windows_line_endings(founding_text: str) -> None:
    article = read_text(founding_text.replace("\n", "\r\n"))
    assert article.text == read_text(founding_text).text
    assert len(article.paragraphs) == 6


def test_day_precision_header() -> None:
    article = read_text("date 2022-01-24 Blinken in Kiev. Foto ANP\n\nRusland dreigt.")
    assert article.published is not None
    assert (article.published.value, article.published.precision) == ("2022-01-24", "day")
    assert article.caption == "Blinken in Kiev."
    assert article.credit == "ANP"


def test_header_without_caption() -> None:
    article = read_text("date 2022-01\n\nRusland heeft troepen aan de grens.")
    assert article.caption is None and article.credit is None
    assert article.text == "Rusland heeft troepen aan de grens."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Blinken in Kiev. Beeld REUTERS", "Blinken in Kiev.", "REUTERS"),
        ("Blinken in Kiev. Foto ANP", "Blinken in Kiev.", "ANP"),
        ("Premier Rutte. Beeld ANP / Remko de Waal", "Premier Rutte.", "ANP / Remko de Waal"),
        ("Soldaten bij Charkiv. Foto: AFP", "Soldaten bij Charkiv.", "AFP"),
        ("Foto van de dag Beeld Getty Images", "Foto van de dag", "Getty Images"),
        ("Een foto zonder maker.", "Een foto zonder maker.", None),
        ("Beeld REUTERS", None, "REUTERS"),
    ],
)
def test_caption_and_credit(line: str, caption: str | None, credit: str | None) -> None:
    assert split_caption(line) == (caption, credit)


def test_impossible_header_date() -> None:
    with pytest.raises(ValueError, match=r"impossible date 'date 2022-13' \(month 13 does not"):
        read_text("date 2022-13 Foto ANP\n\nTekst van het artikel.")


def test_header_without_body_is_an_error() -> None:
    with pytest.raises(ValueError, match="no article text after the date line"):
        read_text("date 2022-01 Blinken in Kiev. Beeld REUTERS\n\n")


def test_empty_text_is_an_error() -> None:
    with pytest.raises(ValueError, match="no text"):
        read_text(" \n\n \n")


def test_plain_text_without_header() -> None:
    text = (
        "Rusland heeft troepen samengetrokken.\n\nDiplomatie\n\n"
        "De gesprekken in Genève leverden niets op, zei Blinken."
    )
    article = read_text(text)
    assert article.published is None and article.caption is None
    assert article.sections == ["Diplomatie"]
    assert article.paragraph_texts() == [
        "Rusland heeft troepen samengetrokken.",
        "De gesprekken in Genève leverden niets op, zei Blinken.",
    ]
    assert [p.section for p in article.paragraphs] == [None, "Diplomatie"]


def test_text_starting_with_the_word_date_is_plain_text() -> None:
    article = read_text("date night in Amsterdam was a success, the mayor said.")
    assert article.published is None
    assert article.text == "date night in Amsterdam was a success, the mayor said."


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Pentagon", True),
        ("Negatief reisadvies", True),
        ("2022 in cijfers", True),
        ("Dat ligt allemaal op tafel.", False),
        ("Wat doet Poetin?", False),
        ("Blinken zei:", False),
        ("‘We zijn er klaar voor’", False),
        ("kleine letter aan het begin", False),
        ("Een lange regel van meer dan acht woorden zonder punt aan het eind", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_hard_wrapped_paragraphs_are_joined() -> None:
    body = parse_body(
        "Rusland heeft meer dan 127.000 manschappen\nklaarstaan aan de grens met\n"
        "Oekraïne.\n\nPentagon\nOp zaterdag kreeg Biden opties\nvoorgelegd."
    )
    assert body.sections == ["Pentagon"]
    assert [body.text[p.start : p.end] for p in body.paragraphs] == [
        "Rusland heeft meer dan 127.000 manschappen klaarstaan aan de grens met Oekraïne.",
        "Op zaterdag kreeg Biden opties voorgelegd.",
    ]


def test_one_paragraph_per_line_is_kept_apart() -> None:
    body = parse_body("Eerste alinea.\nTweede alinea.\nPentagon\nDerde alinea.")
    assert body.text == "Eerste alinea.\n\nTweede alinea.\n\nPentagon\n\nDerde alinea."
    assert [p.section for p in body.paragraphs] == [None, None, "Pentagon"]
