"""The training material Kroniek's pipeline and vectors are built from (training/)."""

from __future__ import annotations

import gzip
import random
import sys
from pathlib import Path

import pytest

TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"
sys.path.insert(0, str(TRAINING_DIR))

import convert  # noqa: E402
import vectors  # noqa: E402

SENTENCE = """# sent_id = cdb/1234-5
# text = De man ging.
1\tDe\tde\tDET\tLID|bep|stan|rest\tDefinite=Def|PronType=Art\t2\tdet\t2:det\t_
2\tman\tman\tNOUN\tN|soort|ev|basis|zijd|stan\tGender=Com|Number=Sing\t3\tnsubj\t3:nsubj\t_
3\tging\tgaan\tVERB\tWW|pv|verl|ev\tMood=Ind|Number=Sing|Tense=Past|VerbForm=Fin\t0\troot\t0:root\tSpaceAfter=No
4\t.\t.\tPUNCT\tLET\t_\t3\tpunct\t3:punct\t_"""


def test_alpino_features_follow_the_ud_files() -> None:
    rows = [line.split("\t") for line in convert.normalize_alpino(SENTENCE).splitlines()[2:]]
    assert rows[0][5] == "Definite=Def"
    assert rows[2][5] == "Number=Sing|Tense=Past|VerbForm=Fin"
    assert rows[3][5] == "_"
    assert [r[7] for r in rows] == ["det", "nsubj", "root", "punct"]


def test_csubj_pass_is_folded_into_csubj() -> None:
    block = SENTENCE.replace("\tnsubj\t", "\tcsubj:pass\t")
    assert convert.normalize_alpino(block).splitlines()[3].split("\t")[7] == "csubj"


def test_grammar_examples_are_kept_apart(tmp_path: Path) -> None:
    example = SENTENCE.replace("cdb/1234-5", "g_suite/77")
    path = tmp_path / "treebank.conllu"
    path.write_text(f"{SENTENCE}\n\n{example}\n\n", encoding="utf-8")
    running, constructed = convert.alpino_treebank(path)
    assert [convert._document_id(b) for b in running] == ["cdb"]
    assert [convert._document_id(b) for b in constructed] == ["g_suite"]


def test_vector_sources_read_each_format(tmp_path: Path) -> None:
    raw = tmp_path / "raw.txt.gz"
    with gzip.open(raw, "wt", encoding="utf-8") as handle:
        handle.write("Eerste alinea.\n\nTweede alinea.\n")
    conll = tmp_path / "ned.train"
    conll.write_text("-DOCSTART- -DOCSTART- O\nDe Art O\nVS N B-LOC\n\nJa Int O\n", "utf-8")
    ud = tmp_path / "x.conllu"
    ud.write_text(SENTENCE + "\n\n", encoding="utf-8")
    assert list(vectors.source_lines(raw)) == ["Eerste alinea.", "Tweede alinea."]
    assert list(vectors.source_lines(conll)) == ["De VS", "Ja"]
    assert list(vectors.source_lines(ud)) == ["De man ging."]


@pytest.mark.parametrize(("weight", "low", "high"), [(2.0, 2000, 2000), (0.25, 200, 300)])
def test_source_weights(weight: float, low: int, high: int) -> None:
    lines = [f"regel {i}" for i in range(1000)]
    kept = list(vectors._weighted(iter(lines), weight, random.Random(1)))
    assert low <= len(kept) <= high
    again = list(vectors._weighted(iter(lines), weight, random.Random(1)))
    assert kept == again


def test_vector_config_weighs_news_above_formal_text() -> None:
    sources = vectors.read_config()["sources"]
    assert sources["raw/nl-news.txt.gz"] > sources["raw/nl-legislation.txt.gz"]
    assert set(vectors.read_config("uniform")["sources"].values()) == {1.0}


def test_vectors_never_read_the_dev_sets() -> None:
    for variant in (None, "uniform"):
        names = " ".join(vectors.read_config(variant)["sources"])
        assert "testa" not in names and "nl_alpino-ud-dev" not in names
