"""Composing for many situations on a Dask cluster (here a local one with two workers).

Each partition runs ``rejection_kit.batch.row_result`` on its rows: a bad row becomes an
error record and the rest goes on. On a real cluster, point ``Client`` at the scheduler;
with Spark, the same function runs inside ``mapInPandas`` (see docs/pipelines.md).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

import rejection_kit as rk

SAMPLE = json.loads((Path(rk.__file__).parent / "samples/finalist.json").read_text("utf-8"))


def compose_partition(rows: list[tuple[int, Any]]) -> list[dict[str, Any]]:
    rk.warm_up(["en"], detect=False)  # once per worker process; cached afterwards
    return [rk.batch.row_result(i, row, recipe="thank_you") for i, row in rows]


def main(count: int = 200, workers: int = 2) -> list[dict[str, Any]]:
    rows = [(i, {**SAMPLE, "company": {"name": f"Company {i}"}}) for i in range(count)]
    rows[7] = (7, {"candidate": {"name": "Maya"}})  # a bad row: an error record, not a crash
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster,
        Client(cluster),
    ):
        start = time.perf_counter()
        bag = db.from_sequence(rows, npartitions=workers * 4)
        results = sorted(bag.map_partitions(compose_partition).compute(), key=lambda r: r["row"])
        elapsed = time.perf_counter() - start
    messages = sum(len(r.get("messages", ())) for r in results)
    print(
        f"{len(results)} rows, {messages} messages in {elapsed:.1f} s on {workers} workers "
        f"({messages / elapsed / workers:.0f} messages/s per worker, start-up included)"
    )
    return results


if __name__ == "__main__":  # required: workers import this module to run it
    results = main()
    assert results[7]["error"]["code"] == "validation"
    assert all("messages" in r for i, r in enumerate(results) if i != 7)
