"""User knowledge-base files merged over the bundled one, and clear errors for bad ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kroniek.kb import KnowledgeBaseError, load_kb

HEADER = "id\tname\tname_nl\taliases\ttype\twikidata\tcountry\tsector\tterms\n"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_entity_and_alias(tmp_path: Path) -> None:
    user = write(tmp_path / "mine.tsv", HEADER
                 + "jan-jansen\tJan Jansen\t\tJ. Jansen\tPER\t\tNLD\tGOV\t"
                 "foreign_minister:2030-01-01..\n"
                 + "vladimir-putin\t\t\tPoetientje\t\t\t\t\t\n")
    kb = load_kb([user])
    assert [e.id for e in kb.lookup("J. Jansen")] == ["jan-jansen"]
    assert [e.name for e in kb.lookup("Poetientje")] == ["Vladimir Putin"]
    # Open-ended bundled terms still cover 2031: both are returned.
    assert "Jan Jansen" in [e.name for e in kb.holders("foreign_minister", "NLD", date(2031, 1, 1))]
    assert "Poetin" in kb.lookup("Poetientje")[0].aliases  # bundled aliases kept
    assert not load_kb().lookup("Poetientje")  # the cached default is untouched


def test_user_directory(tmp_path: Path) -> None:
    write(tmp_path / "orgs.tsv", "id\tname\ttype\tcountry\tsector\n"
          "vvd\tPeople's Party for Freedom and Democracy\tORG\tNLD\tPTY\n")
    write(tmp_path / "readme.txt", "not a KB file")
    kb = load_kb([tmp_path])
    assert kb.entities["vvd"].sector == "PTY"


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("x\tX\t\t\tPER\t\tNLD\tGOV\t\textra\n", 2, "tab-separated fields"),
        ("x\tX\t\t\tPERSON\t\tNLD\tGOV\t\n", 2, "type 'PERSON'"),
        ("x\tX\t\t\tPER\tQ12x\tNLD\tGOV\t\n", 2, "Wikidata id"),
        ("\n# comment\nx\tX\t\t\tPER\t\tNLD\tGOV\tforeign_minister:2020-13-01..\n", 4,
         "bad date"),
        ("x\tX\t\t\tPER\t\tNLD\tGOV\tforeign_minister 2020..\n", 2, "bad term"),
        ("x\tX\t\t\tPER\t\tXYZ\tGOV\t\n", 2, "unknown country code"),
        ("x\tX\t\t\tPER\t\tNLD\tGOV\tprime_ministre:2020-01-01..\n", 2, "role-noun table"),
        ("x\t\t\t\t\t\tNLD\tGOV\t\n", 2, "needs a name and a type"),
    ],
)
def test_malformed_user_file(tmp_path: Path, body: str, line: int, problem: str) -> None:
    bad = write(tmp_path / "bad.tsv", HEADER + body)
    with pytest.raises(KnowledgeBaseError) as caught:
        load_kb([bad])
    message = str(caught.value)
    assert f"bad.tsv:{line}:" in message
    assert problem in message
    assert caught.value.line == line


def test_unknown_column_is_reported(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.tsv", "id\tname\tnaam\n")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.tsv:1: unknown column\(s\) naam"):
        load_kb([bad])


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        load_kb([tmp_path / "nope.tsv"])
