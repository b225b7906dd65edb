from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from kroniek.model import Article, Paragraph, Published
from kroniek.store import Store, StoreError, migrations


def _article(text: str, **fields: object) -> Article:
    return Article(text=text, paragraphs=[Paragraph(0, len(text))], **fields)


def test_round_trip_keeps_every_field(tmp_path: Path, example_text: str) -> None:
    article = _article(
        "Rusland heeft troepen aan de grens.",
        source="nos.nl",
        url="https://nos.nl/1",
        title="Troepen",
        published=Published("2022-01", "month"),
        language="nl",
        caption="Een foto.",
        credit="ANP",
        sections=["Pentagon"],
        metadata={"section": "buitenland"},
    )
    with Store(tmp_path / "k.duckdb") as store:
        [result] = store.add_many([article])
        assert result.status == "stored"
        loaded = store.get(result.id[:6])
    assert loaded.to_dict() == article.to_dict()


def test_same_text_is_stored_once_even_with_other_whitespace(tmp_path: Path) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        results = store.add_many([_article("Een  bericht.\n"), _article("Een bericht.")])
        assert [r.status for r in results] == ["stored", "duplicate"]
        assert store.add(_article("Een bericht.")).status == "duplicate"
        assert store.stats()["articles"] == 1


def test_near_duplicates_are_linked_across_runs(tmp_path: Path, example_text: str) -> None:
    path = tmp_path / "k.duckdb"
    with Store(path) as store:
        first = store.add(_article(example_text))
    with Store(path) as store:
        second = store.add(_article(example_text.replace("zondag", "maandag")))
        assert [d.article_id for d in second.near_duplicates] == [first.id]
        assert [d.article_id for d in store.near_duplicates(first.id)] == [second.id]
        assert store.stats()["near_duplicate_pairs"] == 1
        rows = {row["id"]: row for row in store.list_articles()}
        assert rows[first.id]["near_duplicates"] == 1


def test_schema_is_versioned_and_migrations_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    versions = con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall()
    con.close()
    assert versions == [(v, name) for v, name, _ in migrations.available()]
    Store(path).close()  # opening again applies nothing twice


def test_newer_schema_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "k.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    con.close()
    with pytest.raises(StoreError, match="newer than this Kroniek knows"):
        Store(path)


def test_failed_batch_is_rolled_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "k.duckdb") as store:
        store.add(_article("Eerste bericht over de begroting."))
        original = Store._insert_articles

        def insert_then_fail(self: Store, new: list) -> None:
            original(self, new)
            raise OSError("disk full")

        monkeypatch.setattr(Store, "_insert_articles", insert_then_fail)
        with pytest.raises(OSError):
            store.add_many([_article("Tweede bericht."), _article("Derde bericht.")])
        monkeypatch.undo()
        assert store.stats()["articles"] == 1
        assert store.con.execute("SELECT count(*) FROM article_signatures").fetchone()[0] == 1
        assert [r.status for r in store.add_many([_article("Tweede bericht.")])] == ["stored"]
        assert store.stats()["articles"] == 2


def test_missing_or_foreign_database_gives_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.duckdb"):
        Store(junk)
    with Store(tmp_path / "k.duckdb") as store:
        with pytest.raises(StoreError, match="no article with id"):
            store.get("ffff")


def _analysis(article: Article) -> dict:
    start = article.text.index("127.000")
    blinken = article.text.index("Blinken")
    return {
        "article": article.to_dict(),
        "entities": [
            {
                "id": "Q4775178",
                "name": "Antony Blinken",
                "type": "PER",
                "country": "USA",
                "sector": "GOV",
                "mentions": [{"text": "Blinken", "start": blinken, "end": blinken + 7}],
            }
        ],
        "quotes": [],
        "quantities": [
            {
                "text": "127.000",
                "start": start,
                "end": start + 7,
                "value": 127000,
                "low": None,
                "high": None,
                "approx": True,
                "counted": "manschappen",
            },
            {
                "text": "1,5",
                "start": 0,
                "end": 3,
                "value": 1.5,
                "low": None,
                "high": None,
                "approx": False,
            },
        ],
        "times": [{"text": "zondag", "start": 1, "end": 7, "value": "2022-01"}],
        "places": [],
        "events": [],
    }


def test_analysis_is_stored_with_its_article_and_as_fact_rows(
    tmp_path: Path, example_text: str
) -> None:
    article = _article(example_text.split("\n", 2)[2])
    with Store(tmp_path / "k.duckdb") as store:
        [result] = store.add_many([article], [_analysis(article)])
        assert store.analysis(result.id)["quantities"][0]["counted"] == "manschappen"
        rows = store.con.execute(
            "SELECT text, value, counted FROM quantities ORDER BY idx"
        ).fetchall()
        assert rows == [("127.000", 127000.0, "manschappen"), ("1,5", 1.5, None)]
        assert store.con.execute("SELECT entity_id, mentions FROM entities").fetchall() == [
            ("Q4775178", 1)
        ]
        replaced = _analysis(article)
        replaced["quantities"] = replaced["quantities"][:1]
        store.save_analyses([(result.id, replaced)])
        assert store.con.execute("SELECT count(*) FROM quantities").fetchone()[0] == 1
        assert store.con.execute("SELECT count(*) FROM analyses").fetchone()[0] == 1
