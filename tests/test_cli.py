"""The command line on real input, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.schema import analysis_schema


@dataclass
class Done:
    returncode: int
    stdout: bytes
    stderr: bytes


def kroniek(*args: str, db: Path | None = None, stdin: bytes | None = None) -> Done:
    """Run the CLI in this process (the loaded pipeline is shared between tests)."""
    env = {"KRONIEK_DB": str(db) if db is not None else None, "COLUMNS": "120"}
    result = CliRunner().invoke(app, list(args), input=stdin, env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Done(result.exit_code, result.stdout_bytes, result.stderr_bytes)


def test_python_dash_m_runs_the_cli(example_path: Path) -> None:
    env = {**os.environ}
    env.pop("KRONIEK_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "kroniek", "analyze", str(example_path), "--format", "json"],
        capture_output=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["article"]["language"] == "nl"


def test_analyze_json_of_the_founding_article(example_path: Path) -> None:
    done = kroniek("analyze", str(example_path), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    jsonschema.validate(result, analysis_schema())
    article = result["article"]
    assert article["published"] == {"value": "2022-01", "precision": "month"}
    assert article["credit"] == "REUTERS"
    assert article["caption"].startswith(
        "De Amerikaanse minister van Buitenlandse Zalen Antony Blinken"
    )
    assert article["sections"] == ["Pentagon", "Negatief reisadvies"]
    assert len(article["paragraphs"]) == 6
    assert article["language"] == "nl"
    assert article["title"] is None
    text = article["text"]
    first = article["paragraphs"][0]
    assert text[first["start"] : first["end"]].startswith(
        "Rusland heeft meer dan 127.000 manschappen"
    )
    assert [p["section"] for p in article["paragraphs"]] == [
        None,
        None,
        "Pentagon",
        "Pentagon",
        "Negatief reisadvies",
        "Negatief reisadvies",
    ]
    for kind in ("entities", "quotes", "quantities", "times", "places", "events"):
        assert isinstance(result[kind], list)


def test_analyze_text_shows_the_article_readably(example_path: Path) -> None:
    done = kroniek("analyze", str(example_path))
    assert done.returncode == 0, done.stderr.decode()
    shown = done.stdout.decode()
    assert "2022-01 (precision: month)" in shown
    assert "REUTERS" in shown and "Negatief reisadvies" in shown
    assert "derived" in shown  # no title in the source: a derived headline is marked as such


def test_analyze_reads_standard_input(example_text: str) -> None:
    done = kroniek("analyze", "-", "--format", "json", stdin=example_text.encode("utf-8"))
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["article"]["credit"] == "REUTERS"


def test_schema_command_prints_the_published_schema() -> None:
    done = kroniek("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == analysis_schema()


def test_ingest_list_show_stats(tmp_path: Path, example_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    done = kroniek("ingest", str(example_path), str(example_path), "--db", str(db))
    assert done.returncode == 0, done.stderr.decode()
    assert "stored 1, duplicates 1" in done.stderr.decode()
    listed = json.loads(kroniek("articles", "--format", "json", db=db).stdout)
    assert len(listed) == 1 and listed[0]["published"] == "2022-01"
    shown = kroniek("show", listed[0]["id"][:8], "--format", "json", db=db)
    assert json.loads(shown.stdout)["article"]["sections"] == ["Pentagon", "Negatief reisadvies"]
    stats = json.loads(kroniek("stats", "--format", "json", db=db).stdout)
    assert stats["articles"] == 1 and stats["languages"] == {"nl": 1}


def test_ingest_folder_mixing_good_and_bad_files(tmp_path: Path, example_text: str) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(example_text, encoding="utf-8")
    (folder / "sub" / "other.txt").write_text(
        "Het kabinet presenteert dinsdag de begroting.\n\nDe oppositie is kritisch.",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "bad-date.txt").write_text(
        "date 2022-13 Een foto. Beeld ANP\n\nTekst.\n", encoding="utf-8"
    )
    (folder / "feed.jsonl").write_text(
        '{"id": "1", "text": "Een goed bericht uit de stad over de markt.", "date": "2022-01-24"}\n'
        "{not json\n",
        encoding="utf-8",
    )
    db = tmp_path / "k.duckdb"
    done = kroniek("ingest", str(folder), "--db", str(db))
    errors = done.stderr.decode()
    assert done.returncode == 1
    assert "Traceback" not in errors
    assert "empty.txt" in errors and "image.txt" in errors and "bad-date.txt" in errors
    assert "feed.jsonl:2" in errors
    assert "stored 3, duplicates 0, near-duplicates 0, failed 4" in errors
    assert json.loads(kroniek("stats", "--format", "json", db=db).stdout)["articles"] == 3


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    done = kroniek("stats", "--db", str(tmp_path / "none.duckdb"))
    assert done.returncode == 2
    assert "no such database" in done.stderr.decode()
    assert "Traceback" not in done.stderr.decode()


def test_unknown_article_id_is_a_clear_error(tmp_path: Path, example_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    kroniek("ingest", str(example_path), db=db)
    done = kroniek("show", "ffffffff", db=db)
    assert done.returncode == 2 and "no article with id 'ffffffff'" in done.stderr.decode()


@pytest.mark.parametrize("limit", ["50"])
def test_size_limit_is_configurable(tmp_path: Path, example_path: Path, limit: str) -> None:
    done = kroniek(
        "ingest", str(example_path), "--max-bytes", limit, "--db", str(tmp_path / "k.duckdb")
    )
    assert done.returncode == 1
    assert "limit" in done.stderr.decode()


def test_user_knowledge_base_links_a_new_person(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "people.tsv").write_text(
        "# a local politician\nid\tname\taliases\ttype\tcountry\tsector\n"
        "jan-modaal\tJan Modaal\tModaal\tPER\tNLD\tGOV\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2022-01-24\n\nWethouder Jan Modaal zei maandag dat de gemeente geld tekortkomt. "
        "Modaal wil de belasting verhogen.\n",
        encoding="utf-8",
    )
    done = kroniek("analyze", str(article), "--kb", str(kb), "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    [entity] = [e for e in json.loads(done.stdout)["entities"] if e["name"] == "Jan Modaal"]
    assert entity["id"] == "kr:jan-modaal" and entity["country"] == "NLD"
    assert [m["text"] for m in entity["mentions"]] == ["Jan Modaal", "Modaal"]


def test_malformed_user_knowledge_base_is_a_clear_error(tmp_path: Path, example_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\tcolour\nx\tX\tblue\n", encoding="utf-8")
    done = kroniek("analyze", str(example_path), "--kb", str(bad))
    assert done.returncode == 2
    assert "bad.tsv:1: unknown column(s) colour" in done.stderr.decode().replace("\n", " ")


def test_an_article_too_long_to_parse_is_stored_with_a_warning(tmp_path: Path) -> None:
    paragraph = "Het kabinet bespreekt de begroting met de oppositie in Den Haag. " * 20
    long_article = tmp_path / "long.txt"
    long_article.write_text("date 2022-01\n\n" + "\n\n".join([paragraph] * 800), "utf-8")
    short = tmp_path / "short.txt"
    short.write_text("date 2022-01\n\nDe NAVO vergadert in Brussel over Oekraïne.\n", "utf-8")
    db = tmp_path / "k.duckdb"
    done = kroniek("ingest", str(long_article), str(short), "--db", str(db))
    assert done.returncode == 0, done.stderr.decode()
    warning = done.stderr.decode().replace("\n", " ")
    assert "long.txt: analysis: text of 1,0" in warning and "over the analysis limit" in warning
    assert "stored 2" in warning
    listed = json.loads(kroniek("articles", "--format", "json", db=db).stdout)
    assert len(listed) == 2
