"""A batch killed mid-way and run again stores every article exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb


def test_sigkill_mid_ingest_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    source = tmp_path / "many.jsonl"
    count = 6000
    with source.open("w", encoding="utf-8") as handle:
        for number in range(count):
            text = (
                f"Bericht {number}: de gemeenteraad vergaderde over voorstel {number * 7} "
                f"en besloot met {number % 40} stemmen voor tot uitstel.\n\n"
                f"Wethouder nummer {number} reageerde op de vragen van de raad."
            )
            handle.write(json.dumps({"id": str(number), "text": text, "date": "2022-01-24"}) + "\n")
    db = tmp_path / "k.duckdb"
    command = [
        sys.executable,
        "-m",
        "kroniek",
        "ingest",
        str(source),
        "--db",
        str(db),
        "--batch-size",
        "100",
        "--no-analyze",
    ]
    env = {**os.environ}
    env.pop("KRONIEK_DB", None)
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    # Wait until the first batches are committed, then kill without any chance to clean up.
    deadline = time.monotonic() + 60
    wal = Path(str(db) + ".wal")
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 50_000:
            break
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"

    con = duckdb.connect(str(db), read_only=True)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    assert partial < count

    rerun = subprocess.run(command, env=env, capture_output=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert f"stored {count - partial}, duplicates {partial}" in rerun.stderr.decode()

    con = duckdb.connect(str(db), read_only=True)
    total, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
    signatures = con.execute("SELECT count(*) FROM article_signatures").fetchone()[0]
    whole = con.execute(
        "SELECT count(*) FROM articles WHERE text LIKE 'Bericht %' AND text LIKE '%van de raad.'"
    ).fetchone()[0]
    con.close()
    assert total == distinct == signatures == whole == count
