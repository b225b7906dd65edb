"""Command line for the Dutch pipeline: ``kroniek eval ner|parse`` and ``kroniek train``.

A thin layer over :mod:`kroniek.evaluation` and ``training/train.py``.
"""

from __future__ import annotations

import importlib.util
import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

eval_app = typer.Typer(
    help="Evaluate the Dutch pipeline on gold-tokenized corpora.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_out = Console(soft_wrap=False)
DEFAULT_TRAINING_DIR = Path(__file__).resolve().parents[2] / "training"
_err = Console(stderr=True, soft_wrap=True)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


ModelOption = Annotated[
    Path | None,
    typer.Option("--model", help="Pipeline directory [default: the shipped pipeline]."),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", help="Output format.")]


def _fail(message: str) -> typer.Exit:
    _err.print(f"kroniek: {message}", highlight=False, markup=False)
    return typer.Exit(2)


def _load(model: Path | None) -> Any:
    from kroniek.nlp import load

    return load(model)


@eval_app.command("ner")
def eval_ner(
    conll: Annotated[Path, typer.Option("--conll", help="CoNLL-2002 file (token [POS] TAG).")],
    output_format: FormatOption = OutputFormat.text,
    model: ModelOption = None,
) -> None:
    """Entity-level precision, recall and F1 (conlleval semantics)."""
    from kroniek.evaluation import CorpusFormatError, evaluate_ner

    try:
        result = evaluate_ner(conll, _load(model))
    except CorpusFormatError as exc:
        raise _fail(str(exc)) from None
    if output_format is OutputFormat.json:
        _out.print_json(json.dumps(result))
        return
    table = Table(title=f"NER on {conll} ({result['words']} words)")
    for column in ("type", "precision", "recall", "f1", "support"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for label, scores in result["per_type"].items():
        table.add_row(label, *_fmt(scores), str(scores["support"]))
    table.add_row("overall", *_fmt(result), str(result["entities"]), style="bold")
    _out.print(table)
    _out.print(f"{result['words_per_second']:,.0f} words/s")


@eval_app.command("parse")
def eval_parse(
    conllu: Annotated[Path, typer.Option("--conllu", help="CoNLL-U file.")],
    output_format: FormatOption = OutputFormat.text,
    model: ModelOption = None,
) -> None:
    """UPOS, UAS, LAS and lemma accuracy on gold tokenization."""
    from kroniek.evaluation import CorpusFormatError, evaluate_parse

    try:
        result = evaluate_parse(conllu, _load(model))
    except CorpusFormatError as exc:
        raise _fail(str(exc)) from None
    if output_format is OutputFormat.json:
        _out.print_json(json.dumps(result))
        return
    table = Table(title=f"Parsing on {conllu}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in ("upos", "uas", "las", "lemma"):
        table.add_row(key.upper(), f"{result[key]:.4f}")
    for key in ("sentences", "words"):
        table.add_row(key, str(result[key]))
    table.add_row("words/s", f"{result['words_per_second']:,.0f}")
    _out.print(table)


def _fmt(scores: dict[str, Any]) -> list[str]:
    return [f"{scores[key]:.4f}" for key in ("precision", "recall", "f1")]


def _training_module(training_dir: Path) -> Any:
    script = training_dir / "train.py"
    if not script.exists():
        raise _fail(f"{script}: no training script (run from a checkout of the repository)")
    spec = importlib.util.spec_from_file_location("kroniek_training", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def train(
    stage_names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[STAGE]...",
            help="Stages to run (convert, vectors, ner-tune, ner, joint, assemble, evaluate, "
            "install, ...); all default stages when none is named.",
        ),
    ] = None,
    corpora: Annotated[
        Path, typer.Option("--corpora", help="Directory with conll2002/ and ud/.")
    ] = Path("../shared/corpora"),
    stages: Annotated[
        list[str] | None,
        typer.Option("--stage", help="Run only these stages (repeatable)."),
    ] = None,
    force: Annotated[
        list[str] | None,
        typer.Option("--force", help="Redo these stages even if done ('all' for every one)."),
    ] = None,
    training_dir: Annotated[
        Path, typer.Option("--training-dir", help="The repository's training/ directory.")
    ] = DEFAULT_TRAINING_DIR,
) -> None:
    """Rebuild the Dutch pipeline from the corpora (reproducible, resumable)."""
    if not corpora.is_dir():
        raise _fail(f"{corpora}: no such corpora directory")
    module = _training_module(training_dir)
    wanted = [*(stage_names or []), *(stages or [])]
    unknown = [name for name in wanted if name not in module.STAGES]
    if unknown:
        raise _fail(f"unknown stage {', '.join(unknown)}: choose from {', '.join(module.STAGES)}")
    records = module.run(corpora, wanted or None, force or [])
    for stage, record in records.items():
        _out.print(f"{stage}: {record.get('seconds', 0) / 60:.1f} min")
