from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from kroniek.ingest import Limits, ReadError, read
from kroniek.ingest import files as files_module
from kroniek.model import Article

LIMIT_ADVICE = "(set KRONIEK_MAX_BYTES or --max-bytes)"


def _summary(items: list) -> list[tuple[str, str]]:
    """(file name, "ok" or the error reason) for each item, in order."""
    return [
        (Path(i.item).name, i.reason)
        if isinstance(i, ReadError)
        else (Path(i.metadata["path"]).name, "ok")
        for i in items
    ]


def test_read_error_str() -> None:
    assert str(ReadError("a.jsonl", "missing 'text'", 4)) == "a.jsonl:4: missing 'text'"
    assert str(ReadError("a.bin", "binary file, not text")) == "a.bin: binary file, not text"


def test_founding_article_through_read(founding_text: str, tmp_path) -> None:
    path = tmp_path / "000.txt"
    path.write_text(founding_text, encoding="utf-8")
    [article] = read([str(path)])
    assert isinstance(article, Article)
    assert article.source == str(path)
    assert article.metadata == {"path": str(path), "format": "text"}
    assert article.published is not None and article.published.precision == "month"
    assert article.credit == "REUTERS"
    assert article.language == "nl"
    assert len(article.paragraphs) == 6


def test_folder_mixing_good_and_bad_files(founding_text: str, tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".verborgen").mkdir()
    (tmp_path / ".verborgen" / "geheim.txt").write_text("Wordt niet gelezen.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "a_goed.txt").write_text(founding_text, encoding="utf-8")
    (tmp_path / "b_binair.bin").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 10)
    (tmp_path / "c_leeg.txt").write_bytes(b"")
    (tmp_path / "d_datum.txt").write_text("date 2022-13 Foto ANP\n\nEen artikel.")
    (tmp_path / "e_cp1252.txt").write_bytes(founding_text.encode("cp1252"))
    (tmp_path / "f_kapot.txt").write_bytes("Oekraïne en Rusland.\n".encode() + b"\xff\xfe")
    lines = [json.dumps({"text": "Goed artikel."}), "{kapot", json.dumps({"text": "Nog één."})]
    (tmp_path / "sub" / "g.jsonl").write_text("\n".join(lines))
    (tmp_path / "sub" / "h_goed.txt").write_text("Rusland trekt troepen samen, meldt de NOS.")

    items = list(read([tmp_path]))
    assert _summary(items) == [
        ("a_goed.txt", "ok"),
        ("b_binair.bin", "binary file, not text"),
        ("c_leeg.txt", "empty file"),
        ("d_datum.txt", "impossible date 'date 2022-13' (month 13 does not exist)"),
        ("e_cp1252.txt", "ok"),
        (
            "f_kapot.txt",
            "not valid UTF-8: byte 0xff on line 2 (2 bad bytes in an otherwise UTF-8 file)",
        ),
        ("g.jsonl", "ok"),
        ("g.jsonl", "not valid JSON: Expecting property name enclosed in double quotes (column 2)"),
        ("g.jsonl", "ok"),
        ("h_goed.txt", "ok"),
    ]
    assert items[4].text == items[0].text  # the cp1252 copy reads the same
    assert items[7].line == 2 and items[8].metadata["line"] == 3


def test_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch) -> None:
    path = tmp_path / "groot.txt"
    with open(path, "wb") as handle:
        handle.truncate(50_000_000)  # sparse: instant, and no disk space used

    def never(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(files_module, "open", never, raising=False)
    [error] = read([path])
    assert isinstance(error, ReadError)
    assert error.reason == f"file is 50.0 MB, over the 20.0 MB limit {LIMIT_ADVICE}"


def test_size_limit_from_environment_and_argument(tmp_path, monkeypatch) -> None:
    path = tmp_path / "klein.txt"
    path.write_text("Rusland heeft troepen aan de grens met Oekraïne samengetrokken.")
    monkeypatch.setenv("KRONIEK_MAX_BYTES", "10")
    assert Limits().max_bytes == 10
    [error] = read([path])
    assert isinstance(error, ReadError)
    assert error.reason.startswith("file is 0.0 MB, over the 0.0 MB limit")
    [article] = read([path], limits=Limits(max_bytes=1000))
    assert isinstance(article, Article)
    monkeypatch.setenv("KRONIEK_MAX_BYTES", "veel")
    with pytest.raises(ValueError, match="KRONIEK_MAX_BYTES must be a positive number"):
        Limits()


def test_missing_path_and_empty_glob(tmp_path) -> None:
    missing = tmp_path / "bestaat-niet.txt"
    items = list(read([missing, str(tmp_path / "*.nergens")]))
    assert [(i.item, i.reason) for i in items] == [
        (str(missing), "no such file or directory"),
        (str(tmp_path / "*.nergens"), "no files match this pattern"),
    ]


def test_glob_pattern_is_sorted(tmp_path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(f"Artikel {name} over de spanningen rond Oekraïne.")
    items = list(read([str(tmp_path / "*.txt")]))
    assert [Path(i.metadata["path"]).name for i in items] == ["a.txt", "b.txt"]


def test_broken_symlink(tmp_path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "weg.txt")
    [error] = read([link])
    assert isinstance(error, ReadError)
    assert error.reason == f"broken symbolic link to {str(tmp_path / 'weg.txt')!r}"


def test_fifo_is_not_read(tmp_path) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    [error] = read([fifo])  # must not block waiting for a writer
    assert isinstance(error, ReadError)
    assert error.reason == "not a regular file"


def test_permission_denied_simulated(tmp_path, monkeypatch) -> None:
    # Tests run as root, where chmod 000 does not stop reading; simulate the OS refusal.
    path = tmp_path / "geheim.txt"
    path.write_text("Vertrouwelijk.")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files_module, "open", refuse, raising=False)
    [error] = read([path])
    assert str(error) == f"{path}: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_real(tmp_path) -> None:
    path = tmp_path / "geheim.txt"
    path.write_text("Vertrouwelijk.")
    path.chmod(0)
    [error] = read([path])
    assert str(error) == f"{path}: permission denied"


def test_stdin(founding_text: str) -> None:
    [article] = read(["-"], stdin=io.BytesIO(founding_text.encode("utf-16")))
    assert isinstance(article, Article)
    assert article.source == "<stdin>"
    assert article.metadata["path"] == "<stdin>"
    assert article.credit == "REUTERS"


def test_stdin_jsonl_sniffed_and_errors() -> None:
    data = b'{"text": "Rusland trekt troepen samen."}\nkapot\n'
    items = list(read(["-"], stdin=io.BytesIO(data)))
    assert isinstance(items[0], Article) and items[0].metadata["format"] == "jsonl"
    assert str(items[1]).startswith("<stdin>:2: not valid JSON")
    [empty] = read(["-"], stdin=io.BytesIO(b""))
    assert str(empty) == "<stdin>: empty input"
    [big] = read(["-"], stdin=io.BytesIO(b"x" * 101), limits=Limits(max_bytes=100))
    assert big.reason == f"input is over the 0.0 MB limit {LIMIT_ADVICE}"


def test_whitespace_only_file(tmp_path) -> None:
    path = tmp_path / "wit.txt"
    path.write_text("  \n\n\t\n")
    [error] = read([path])
    assert error.reason == "no text"


def test_a_single_path_string_is_one_path(founding_text: str, tmp_path) -> None:
    path = tmp_path / "los.txt"
    path.write_text(founding_text, encoding="utf-8")
    [article] = read(str(path))
    assert isinstance(article, Article)


def test_symlink_loop(tmp_path) -> None:
    loop = tmp_path / "rond"
    loop.symlink_to(loop)
    [error] = read([loop])
    assert error.reason == "too many levels of symbolic links"
