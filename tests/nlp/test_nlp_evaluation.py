"""Evaluation API and ``kroniek eval`` commands on hand-written fixture files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from kroniek.cli_nlp import eval_app
from kroniek.evaluation import CorpusFormatError, evaluate_ner, evaluate_parse
from kroniek.evaluation.ner import bio_chunks

runner = CliRunner()


def test_bio_chunks_follow_conlleval() -> None:
    tags = ["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG", "B-ORG"]
    assert bio_chunks(tags) == [
        (0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC"), (5, 6, "ORG"), (6, 7, "ORG"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["ner.conll", "ner_2col.conll"])
def test_evaluate_ner(nlp: Language, fixtures: Path, name: str) -> None:
    result = evaluate_ner(fixtures / name, nlp)
    assert set(result) >= {"precision", "recall", "f1", "per_type", "words_per_second"}
    assert 0.0 <= result["f1"] <= 1.0
    assert result["per_type"]["PER"]["support"] == (2 if name == "ner.conll" else 1)
    assert result["f1"] > 0.5


def test_evaluate_parse_skips_ranges_and_empty_nodes(nlp: Language, fixtures: Path) -> None:
    result = evaluate_parse(fixtures / "parse.conllu.txt", nlp)
    assert result["sentences"] == 3
    assert result["words"] == 6 + 9 + 7
    for key in ("upos", "uas", "las", "lemma"):
        assert 0.0 <= result[key] <= 1.0
    assert result["upos"] > 0.8
    assert result["las"] <= result["uas"]


@pytest.mark.parametrize(
    ("evaluate", "name", "line", "reason"),
    [
        (evaluate_ner, "ner_bad_tag.conll", 6, "invalid NER tag 'LOC'"),
        (evaluate_ner, "ner_bad_columns.conll", 2, "expected 2 or 3 columns"),
        (evaluate_parse, "parse_bad_columns.conllu.txt", 4, "expected 10 tab-separated columns"),
        (evaluate_parse, "parse_bad_head.conllu.txt", 1, "invalid head 'X'"),
    ],
)
def test_malformed_file(
    fixtures: Path, evaluate: Callable[..., object], name: str, line: int, reason: str
) -> None:
    with pytest.raises(CorpusFormatError) as info:
        evaluate(fixtures / name, nlp=object())
    assert info.value.line == line
    assert str(info.value).startswith(f"{fixtures / name}:{line}: {reason}")


def test_cli_eval_ner_json(fixtures: Path) -> None:
    result = runner.invoke(
        eval_app, ["ner", "--conll", str(fixtures / "ner.conll"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"precision", "recall", "f1", "per_type"} <= set(data)


def test_cli_eval_ner_text(fixtures: Path) -> None:
    result = runner.invoke(eval_app, ["ner", "--conll", str(fixtures / "ner_2col.conll")])
    assert result.exit_code == 0, result.output
    assert "overall" in result.stdout and "PER" in result.stdout


def test_cli_eval_parse(fixtures: Path) -> None:
    path = str(fixtures / "parse.conllu.txt")
    result = runner.invoke(eval_app, ["parse", "--conllu", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert {"upos", "uas", "las", "lemma", "words_per_second"} <= set(json.loads(result.stdout))
    text = runner.invoke(eval_app, ["parse", "--conllu", path])
    assert text.exit_code == 0 and "LAS" in text.stdout


@pytest.mark.parametrize(
    ("command", "option", "name", "line"),
    [
        ("ner", "--conll", "ner_bad_tag.conll", 6),
        ("parse", "--conllu", "parse_bad_columns.conllu.txt", 4),
    ],
)
def test_cli_reports_malformed_file(
    fixtures: Path, command: str, option: str, name: str, line: int
) -> None:
    path = fixtures / name
    result = runner.invoke(eval_app, [command, option, str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"kroniek: {path}:{line}: ")
    assert "Traceback" not in result.output


def test_cli_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(eval_app, ["ner", "--conll", str(tmp_path / "nope.conll")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kroniek: {tmp_path / 'nope.conll'}:0: no such file")


def test_cli_train_needs_corpora(tmp_path: Path) -> None:
    import typer

    from kroniek.cli_nlp import train

    app = typer.Typer()
    app.command()(train)
    app.command("noop")(lambda: None)
    result = runner.invoke(app, ["train", "--corpora", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert "no such corpora directory" in result.stderr


def test_cli_train_refuses_an_unknown_stage(tmp_path: Path) -> None:
    import typer

    from kroniek.cli_nlp import train

    app = typer.Typer()
    app.command()(train)
    app.command("noop")(lambda: None)
    result = runner.invoke(app, ["train", "vectros", "--corpora", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown stage vectros" in result.stderr
    assert "vectors" in result.stderr
