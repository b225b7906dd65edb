from __future__ import annotations

import random

import pytest

from kroniek.ingest import ReadError, read
from kroniek.ingest.encoding import DecodeError, decode


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "cp1252"])
def test_founding_article_round_trips(founding_text: str, encoding: str) -> None:
    data = founding_text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # a BOM; without one UTF-16 is not recognized
    assert decode(data) == founding_text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_read_founding_article_in_encoding(tmp_path, founding_text: str, encoding: str) -> None:
    path = tmp_path / "artikel.txt"
    path.write_text(founding_text, encoding=encoding)
    [article] = read([path])
    assert not isinstance(article, ReadError)
    assert "Oekraïne" in article.text and "commerciële" in article.text
    assert "‘Terwijl we diplomatie bedrijven" in article.text
    assert "afschrikking’, zei" in article.text
    assert article.credit == "REUTERS"
    assert len(article.paragraphs) == 6


def test_short_cp1252_text_is_not_taken_for_central_european() -> None:
    # Unrestricted detection reads this as cp1250 and gives "Oekraďne".
    assert decode("Oekraïne is groot, zei hij.".encode("cp1252")) == "Oekraïne is groot, zei hij."


def test_latin1_text() -> None:
    text = "Ça va très bien, merci. Größe und Maße. Één of twee."
    assert decode(text.encode("latin-1")) == text


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(DecodeError, match="^binary file, not text$"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(DecodeError, match="^binary file, not text$"):
        decode(bytes(range(1, 9)) * 20 + b"some text")


def test_random_garbage_is_not_text() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
    with pytest.raises(DecodeError, match="^not valid text in any supported encoding$"):
        decode(garbage)


def test_damaged_utf8_is_reported_with_its_line() -> None:
    data = "Oekraïne\nRusland\n".encode() + b"kapot \xff byte\n"
    with pytest.raises(DecodeError) as info:
        decode(data)
    assert str(info.value) == (
        "not valid UTF-8: byte 0xff on line 3 (1 bad byte in an otherwise UTF-8 file)"
    )


def test_bad_bytes_after_utf8_bom() -> None:
    with pytest.raises(
        DecodeError, match="^starts with a UTF-8 byte order mark but is not valid UTF-8 "
    ):
        decode(b"\xef\xbb\xbfgoed \xff fout")
