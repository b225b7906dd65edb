"""Reading with worker processes: layout, dates and language detection of many articles
spread over cores, with the results in input order.

The main process resolves paths and loads each input (I/O and decoding are cheap); JSON
Lines files go out in runs of lines, other inputs whole. At most a few tasks per worker
are in flight, so memory stays bounded however large the input.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import BinaryIO

from kroniek.ingest import jsonl
from kroniek.ingest.base import Item, Limits, ReadError
from kroniek.ingest.files import Format, resolve

IN_FLIGHT_PER_WORKER = 4


def _exit_with(parent: int) -> None:
    """Worker initializer: end this worker when the reading process is gone (a killed
    ingest must not leave workers waiting for tasks forever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _parse_lines(lines: list[str], name: str, first_line: int) -> list[Item]:
    from kroniek.ingest import with_languages

    return with_languages(list(jsonl.read_lines(lines, name, first_line)))


def _parse_whole(fmt: Format, data: bytes, text: str, name: str, limits: Limits) -> list[Item]:
    from kroniek.ingest import parse_input, with_languages

    return with_languages(list(parse_input(fmt, data, text, name, limits)))


def read_parallel(
    paths: Iterable[str | Path], limits: Limits, stdin: BinaryIO | None, workers: int
) -> Iterator[Item]:
    from kroniek.ingest import load_input

    # Workers are started fresh ("spawn"): forking a process that holds database
    # connections and detector threads is not safe.
    context = multiprocessing.get_context("spawn")
    in_flight: deque[Future[list[Item]] | list[Item]] = deque()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_exit_with, initargs=(os.getpid(),)
    ) as pool:

        def ready() -> Iterator[Item]:
            while len(in_flight) > workers * IN_FLIGHT_PER_WORKER:
                done = in_flight.popleft()
                yield from done if isinstance(done, list) else done.result()

        for source in resolve(paths):
            if isinstance(source, ReadError):
                in_flight.append([source])
                continue
            loaded = load_input(source, limits, stdin)
            if isinstance(loaded, ReadError):
                in_flight.append([loaded])
                continue
            fmt, data, text = loaded
            if fmt != "jsonl":
                in_flight.append(pool.submit(_parse_whole, fmt, data, text, source.name, limits))
                yield from ready()
                continue
            for first_line, lines in jsonl.chunks(text, source.name, limits):
                if isinstance(lines, ReadError):
                    in_flight.append([lines])
                else:
                    in_flight.append(pool.submit(_parse_lines, lines, source.name, first_line))
                yield from ready()
        while in_flight:
            done = in_flight.popleft()
            yield from done if isinstance(done, list) else done.result()
