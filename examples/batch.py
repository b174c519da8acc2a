"""Thousands of situations over several processes: values pickle, output is deterministic."""

from __future__ import annotations

import os
import pickle
import time
from concurrent.futures import ProcessPoolExecutor

import rejection_kit as rk

COMPANIES = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Proseware"]
PEOPLE = ["Priya Raman", "Sam Ortiz", "Lena Park", "Daniel Okafor", "Ana Souza", "Luis Gomez"]


def situation(i: int) -> rk.Situation:
    """A varied but valid situation, the i-th of the batch."""
    contacts = [
        {"name": PEOPLE[(i + k) % len(PEOPLE)], "role": role}
        for k, role in enumerate(["hiring_manager", "recruiter", "interviewer"][: 1 + i % 3])
    ]
    return rk.Situation.from_dict(
        {
            "candidate": {"name": f"Candidate {i}"},
            "company": {"name": COMPANIES[i % len(COMPANIES)]},
            "position": {"title": ["Data Analyst", "Designer", "Engineer"][i % 3]},
            "contacts": contacts,
            "interviews": [
                {"date": "2026-11-10", "kind": "onsite", "with": [contacts[0]["name"]]}
            ],
            "rejection": {"date": "2026-11-24", "via": ["email", "phone"][i % 2]},
        }
    )


def work(i: int) -> list[str]:
    """Compose the thank-you batch for situation i."""
    return [m.text for m in rk.compose_all(situation(i), recipe="thank_you", seed=i)]


def main(count: int = 2000) -> None:
    sample = situation(7)
    assert pickle.loads(pickle.dumps(sample)) == sample  # situations pickle...
    message = rk.compose(sample, recipe="thank_you")
    assert pickle.loads(pickle.dumps(message)) == message  # ...and so do messages

    started = time.perf_counter()
    serial = [work(i) for i in range(count // 4)]
    one_core = (count // 4) / (time.perf_counter() - started)

    workers = os.cpu_count() or 1
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parallel = list(pool.map(work, range(count), chunksize=50))
    many = count / (time.perf_counter() - started)

    assert parallel[: len(serial)] == serial  # the same bytes in every process
    print(f"{count} situations, {sum(map(len, parallel))} messages")
    print(f"one core:          {one_core:8.0f} situations/s")
    print(f"{workers} processes:       {many:8.0f} situations/s")


if __name__ == "__main__":
    main()
