"""Many situations in, one JSON line per situation out: for pipelines and nightly jobs.

::

    import rejection_kit as rk

    for line in rk.batch.run(rows, recipe="thank_you", workers=4):
        ...   # {"row": 0, "messages": [...]} or {"row": 1, "error": {...}}

Each row is a situation (the mapping ``Situation.from_dict`` takes) or a mapping with a
``situation`` and its own ``recipe``, ``to``, ``locale``, ``channel``, ``tone`` or
``seed``. A bad row gives an error line with its ``code`` and the ``loc`` of each
problem; the run goes on. Results come in input order, streamed, so memory stays flat
for any number of rows. ``row_result`` is the function a distributed engine maps over
its partitions (a Dask bag, Spark's ``mapInPandas``, Ray ``map_batches``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from rejection_kit._errors import ArgumentError, RejectionKitError, shown

__all__ = ["UnreadableRowError", "row_result", "run"]

#: The options a row may set for itself.
ROW_OPTIONS = frozenset({"recipe", "to", "locale", "channel", "tone", "seed"})


class UnreadableRowError(ValueError):
    """A row that could not be read (a line that is not JSON): reported as its error."""


def row_result(index: int, row: object, **defaults: Any) -> dict[str, Any]:
    """Compose for one row: ``{"row": index, "messages": [...]}`` or ``{"row": index,
    "error": {...}}``. Never raises for a bad row."""
    from rejection_kit._pipeline import compose, compose_all
    from rejection_kit.model import Situation

    try:
        if isinstance(row, UnreadableRowError):
            raise ArgumentError("row", str(row))
        if not isinstance(row, Mapping):
            raise ArgumentError("row", f"must be a JSON object, got {shown(row)}")
        options = dict(defaults)
        data: object = row
        if "situation" in row:
            unknown = sorted(set(row) - ROW_OPTIONS - {"situation"}, key=str)
            if unknown:
                raise ArgumentError(str(unknown[0]), "is not an option of a batch row")
            options.update({k: v for k, v in row.items() if k in ROW_OPTIONS})
            data = row["situation"]
        situation = Situation.from_dict(data)
        if options.get("to") is not None:
            messages = [compose(situation, **options)]
        else:
            options.pop("to", None)
            messages = compose_all(situation, **options)
        return {"row": index, "messages": [m.to_dict() for m in messages]}
    except RejectionKitError as exc:
        return {"row": index, "error": exc.to_dict()}


def _chunk(job: tuple[int, list[object], dict[str, Any]]) -> list[dict[str, Any]]:
    start, rows, defaults = job
    return [row_result(start + i, row, **defaults) for i, row in enumerate(rows)]


def run(
    rows: Iterable[object],
    *,
    workers: int = 1,
    chunk_size: int = 64,
    **defaults: Any,
) -> Iterator[dict[str, Any]]:
    """Compose for every row, in order; see the module's docstring.

    ``defaults`` are options of :func:`rejection_kit.compose` (``recipe``, ``locale``,
    ``channel``, ``tone``, ``seed``; ``to`` composes for that contact only) that a row
    may override. ``workers`` > 1 spreads chunks over that many processes; call it under
    ``if __name__ == "__main__":`` (macOS and Windows start workers by importing the
    main module), and call :func:`rejection_kit.warm_up` first where workers fork.

    Raises:
        ArgumentError: for a bad ``workers``, ``chunk_size`` or option name.
    """
    from rejection_kit import _arguments

    _arguments.integer("workers", workers, low=1, high=256)
    _arguments.integer("chunk_size", chunk_size, low=1, high=100_000)
    unknown = sorted(set(defaults) - ROW_OPTIONS)
    if unknown:
        raise ArgumentError(unknown[0], "is not an option of compose")
    chunks = (
        (start, list(itertools.islice(it, chunk_size)), defaults)
        for it in [iter(rows)]
        for start in itertools.count(0, chunk_size)
    )
    jobs = itertools.takewhile(lambda job: bool(job[1]), chunks)
    if workers == 1:
        for job in jobs:
            yield from _chunk(job)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A bounded window of chunks in flight keeps memory flat on an endless input.
        pending = []
        for job in jobs:
            pending.append(pool.submit(_chunk, job))
            if len(pending) >= workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
