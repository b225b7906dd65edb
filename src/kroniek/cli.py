"""The ``kroniek`` command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

app = typer.Typer(
    name="kroniek",
    help="Kroniek: who did what to whom, when and where, who said what — from Dutch news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=False)
err = Console(stderr=True)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar="KRONIEK_DB",
        help="DuckDB database file (default: ./kroniek.duckdb).",
        show_default=False,
    ),
]


class AnalysisFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


class TableFormat(StrEnum):
    text = "text"
    json = "json"


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]kroniek: error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def _read_options(max_bytes: int | None) -> dict[str, Any]:
    from kroniek.ingest import Limits

    options: dict[str, Any] = {"stdin": sys.stdin.buffer}
    if max_bytes is not None:
        options["limits"] = Limits(max_bytes=max_bytes)
    return options


def _open_store(db: Path | None, *, read_only: bool = False):  # noqa: ANN202
    from kroniek.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        raise fail(str(exc)) from None


def _print_json(data: Any, *, indent: int | None = 2) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=indent, default=str) + "\n")


def _report_error(error: object) -> None:
    err.print(f"[red]kroniek: failed:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)


def _warn_analysis_errors(result: dict[str, Any]) -> None:
    """One line per part of an analysis that failed (the rest of it is complete)."""
    article = result["article"]
    where = article.get("source") or article["id"]
    for error in result.get("errors") or []:
        err.print(
            f"[yellow]kroniek: warning:[/yellow] {escape(str(where))}: "
            f"{error['component']}: {escape(error['message'])}",
            highlight=False,
            soft_wrap=True,
        )


MaxBytesOption = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        envvar="KRONIEK_MAX_BYTES",
        help="Largest file to read, in bytes (default: 20000000).",
        show_default=False,
    ),
]


KbOption = Annotated[
    list[Path] | None,
    typer.Option("--kb", help="Extra knowledge-base file or folder (repeatable)."),
]


def _pipeline(kb: list[Path] | None) -> Any:
    from kroniek.kb import KnowledgeBaseError
    from kroniek.pipeline import analysis_pipeline

    try:
        return analysis_pipeline(kb=tuple(str(path) for path in kb or ()))
    except KnowledgeBaseError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"cannot load the analysis pipeline: {exc}") from None


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, glob patterns, or - for stdin.")
    ],
    db: DbOption = None,
    max_bytes: MaxBytesOption = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 100,
    analysis: Annotated[
        bool,
        typer.Option(
            "--analyze/--no-analyze", help="Analyse each new article and store its facts."
        ),
    ] = True,
    kb: KbOption = None,
) -> None:
    """Read articles, analyse and store them; bad items are reported and skipped."""
    from kroniek.ingest import read
    from kroniek.ingest_run import ingest as run_ingest

    analyzer = None
    if analysis:
        from kroniek.analysis import analyze_many

        nlp = _pipeline(kb)

        def analyzer(articles: list[Any]) -> list[dict[str, Any]]:
            results = list(analyze_many(articles, nlp=nlp))
            for result in results:
                _warn_analysis_errors(result)
            return results

    store = _open_store(db)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with store, Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def show(report: Any) -> None:
            progress.update(task, description=report.summary())

        report = run_ingest(
            read(paths, **_read_options(max_bytes)),
            store,
            batch_size=batch_size,
            analyzer=analyzer,
            on_error=_report_error,
            on_progress=show,
        )
    err.print(report.summary(), highlight=False)
    if report.failed:
        raise typer.Exit(1)


@app.command()
def analyze(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders, glob patterns, or - for stdin.")
    ],
    format: Annotated[
        AnalysisFormat,
        typer.Option("--format", "-f", help="text; json (an object, an array for several); jsonl."),
    ] = AnalysisFormat.text,
    max_bytes: MaxBytesOption = None,
    kb: KbOption = None,
) -> None:
    """Print the analysis of each article without storing it."""
    from kroniek import render
    from kroniek.analysis import analyze_many
    from kroniek.ingest import ReadError, read

    results: list[dict[str, Any]] = []
    failed = 0

    def articles() -> Any:
        nonlocal failed
        for item in read(paths, **_read_options(max_bytes)):
            if isinstance(item, ReadError):
                failed += 1
                _report_error(item)
            else:
                yield item

    for result in analyze_many(articles(), nlp=_pipeline(kb)):
        _warn_analysis_errors(result)
        if format is AnalysisFormat.text:
            out.print(render.analysis(result))
        elif format is AnalysisFormat.jsonl:
            _print_json(result, indent=None)
        else:
            results.append(result)
    if format is AnalysisFormat.json and results:
        _print_json(results[0] if len(results) == 1 else results)
    if failed:
        err.print(f"analysed {len(results)}, failed {failed}", highlight=False)
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many articles.")] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.text,
) -> None:
    """List the stored articles, oldest publication first."""
    from kroniek import render

    with _open_store(db, read_only=True) as store:
        rows = store.list_articles(limit=limit, offset=offset)
    if format is TableFormat.json:
        _print_json(rows)
    else:
        out.print(render.articles_table(rows))


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID", help="An article id or its prefix.")],
    db: DbOption = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.text,
) -> None:
    """Show one stored article and the near-duplicates linked to it."""
    from kroniek import render
    from kroniek.analysis import result_of
    from kroniek.store import StoreError

    with _open_store(db, read_only=True) as store:
        try:
            article = store.get(article_id)
        except StoreError as exc:
            raise fail(str(exc)) from None
        near = store.near_duplicates(article.id)
        result = store.analysis(article.id) or result_of(article, None)
    if format is TableFormat.json:
        result["near_duplicates"] = [{"id": d.article_id, "similarity": d.similarity} for d in near]
        _print_json(result)
        return
    out.print(render.analysis(result))
    for duplicate in near:
        out.print(
            f"near-duplicate of {duplicate.article_id} (similarity {duplicate.similarity:.2f})"
        )


@app.command()
def stats(
    db: DbOption = None,
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.text,
) -> None:
    """Counts of what the store holds."""
    from kroniek import render

    with _open_store(db, read_only=True) as store:
        figures = store.stats()
    if format is TableFormat.json:
        _print_json(figures)
    else:
        out.print(render.stats_table(figures))


class EventFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


def _event_filter(
    source: str | None,
    target: str | None,
    event_type: str | None,
    modality: str | None,
    since: datetime | None,
    until: datetime | None,
) -> Any:
    from kroniek.chronicle import MODALITIES, EventFilter

    if modality is not None and modality not in MODALITIES:
        raise fail(f"unknown modality {modality!r}: use one of {', '.join(MODALITIES)}")
    return EventFilter(
        source=source,
        target=target,
        type=event_type,
        modality=modality,
        since=since.date() if since else None,
        until=until.date() if until else None,
    )


def _print_rows(rows: list[dict[str, Any]], format: EventFormat, title: str) -> None:
    from kroniek import render

    if format is EventFormat.json:
        _print_json(rows)
    elif format is EventFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(rows[0].keys() if rows else [])
        writer.writerows(row.values() for row in rows)
    else:
        out.print(render.rows_table(rows, title))


SourceOption = Annotated[
    str | None, typer.Option("--source", help="Actor: entity id, name, alias or ISO code.")
]
TargetOption = Annotated[str | None, typer.Option("--target", help="Actor, as for --source.")]
SinceOption = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="From this day.")]
UntilOption = Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Up to this day.")]


@app.command()
def events(
    db: DbOption = None,
    source: SourceOption = None,
    target: TargetOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, hypothetical, ...")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.text,
) -> None:
    """Stored events, filtered by actor, type, modality and date (all modalities by default)."""
    from kroniek import chronicle

    flt = _event_filter(source, target, event_type, modality, since, until)
    with _open_store(db, read_only=True) as store:
        rows = chronicle.events(store.con, flt, limit=limit)
    _print_rows(rows, format, "events")


@app.command()
def timeline(
    db: DbOption = None,
    source: SourceOption = None,
    target: TargetOption = None,
    event_type: Annotated[str | None, typer.Option("--type", help="PLOVER type.")] = None,
    modality: Annotated[
        str | None, typer.Option(help="Count these instead of asserted events.")
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    by: Annotated[str, typer.Option(help="day, week, month or year.")] = "month",
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.text,
) -> None:
    """Events per period with their mean intensity (asserted events unless --modality)."""
    from kroniek import chronicle

    if by not in chronicle.PERIODS:
        raise fail(f"unknown period {by!r}: use one of {', '.join(chronicle.PERIODS)}")
    flt = _event_filter(source, target, event_type, modality, since, until)
    with _open_store(db, read_only=True) as store:
        rows = chronicle.timeline(store.con, flt, by=by)
    _print_rows(rows, format, f"events per {by}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of an article's analysis."""
    from kroniek.schema import analysis_schema

    _print_json(analysis_schema())


def _mount_language_pipeline_commands() -> None:
    from kroniek.cli_nlp import eval_app, train

    app.add_typer(eval_app, name="eval", help="Evaluate the Dutch pipeline on annotated corpora.")
    app.command("train")(train)


_mount_language_pipeline_commands()


def main() -> None:
    app()
