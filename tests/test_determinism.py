"""The same question gives byte-identical answers: across runs, hash seeds and threads.

Rules under test (the reliability issue):

* The same input gives byte-identical JSON output and explanations across runs and across
  ``PYTHONHASHSEED`` values: no set or dict ordering leaks into output. Checked through
  the command line, under two seeds, for every command and its example document.
* Evaluating from 8 threads at once gives the same results as one thread: no shared
  mutable state, and the converter (with its cache of generated hooks) and the library's
  memo caches are safe to share.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from calcities_domain import commands, mcle, serialization
from calcities_domain.commands import COMMANDS

SEEDS = ("0", "4242")
THREADS = 8


def _cli(args: list[str], seed: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(  # noqa: S603 - fixed arguments, our own module
        [sys.executable, "-m", "calcities_domain", *args],
        capture_output=True,
        timeout=120,
        check=False,
        env=environment,
        cwd=cwd,
    )


def _invocations() -> list[list[str]]:
    calls = [["tour"], ["rules"], ["rules", "--json"], ["rules", "--as-of", "2024-01-01", "--json"]]
    for name in sorted(COMMANDS):
        calls += [[name, f"{name}.json"], [name, f"{name}.json", "--text"]]
    return calls


@pytest.mark.parametrize("args", _invocations(), ids=" ".join)
def test_the_command_line_answers_byte_for_byte_alike_under_two_hash_seeds(args: list[str], tmp_path: Path) -> None:
    """Determinism: every command's example document, run under PYTHONHASHSEED 0 and 4242, gives the same bytes."""
    for name, found in COMMANDS.items():
        (tmp_path / f"{name}.json").write_text(found.example, encoding="utf-8")

    first, second = (_cli(args, seed, tmp_path) for seed in SEEDS)

    assert first.returncode in (0, 1), first.stderr.decode()
    assert first.stdout  # there is an answer to compare
    assert (first.returncode, first.stdout, first.stderr) == (second.returncode, second.stdout, second.stderr)


def test_the_hash_seed_really_differs_between_the_two_runs(tmp_path: Path) -> None:
    """The check can fail: the two seeds do order a set of strings differently, so an ordering leak would show."""
    probe = ["-c", "print(list({'ethics', 'bias', 'civility', 'technology', 'competence', 'wellness'}))"]
    orders = {
        subprocess.run(  # noqa: S603 - fixed arguments
            [sys.executable, *probe],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=tmp_path,
        ).stdout
        for seed in SEEDS
    }
    assert len(orders) == 2


# ----------------------------------------------------------------------------- threads


def _mcle_cases() -> list[tuple[mcle.Licensee, list[mcle.Credit], mcle.CompliancePeriod]]:
    cases = []
    for index, name in enumerate(("Garcia", "Hernández", "Nguyen", "Abara", "Kim", "Zhang")):
        licensee = mcle.Licensee.admitted(f"L{index}", date(2005 + index, 6, 1), name)
        period = mcle.compliance_period(licensee, containing=date(2025, 1, 15))
        credits = [
            mcle.Credit(
                f"c{n}",
                period.start.replace(day=1 + n),
                30 * (n + index + 1),
                delivery=mcle.Delivery.SELF_STUDY if n % 3 == 0 else mcle.Delivery.PARTICIPATORY,
                subfields=(mcle.SubfieldShare(("ethics", "bias.implicit", "technology")[n % 3], 30),),
            )
            for n in range(12)
        ]
        cases.append((licensee, credits, period))
    return cases


def _work() -> list[str]:
    """One thread's questions: MCLE reports, every command's example, and a round trip, as JSON text."""
    answers = []
    for report in mcle.evaluate_many([(lic, tuple(credits), period) for lic, credits, period in _mcle_cases()]):
        answers.append(serialization.to_json(report))
        answers.append(report.explain())
    for name, found in sorted(COMMANDS.items()):
        answer = commands.run(name, json.loads(found.example))
        answers.append(answer.to_json())
        request = serialization.from_json(found.example, found.request)
        answers.append(serialization.to_json(request))
    return answers


def _at_once(work: Callable[[], Any], threads: int) -> list[Any]:
    start = threading.Barrier(threads)

    def task() -> Any:
        start.wait()  # every thread begins together
        return work()

    with ThreadPoolExecutor(max_workers=threads) as pool:
        futures = [pool.submit(task) for _ in range(threads)]
        return [future.result(timeout=300) for future in futures]


def test_eight_threads_at_once_answer_as_one_thread_does() -> None:
    """Concurrency: 8 threads, released together with switches every 10 µs, each give one thread's answers."""
    alone = _work()
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, to interleave them inside the library
    try:
        together = _at_once(_work, THREADS)
    finally:
        sys.setswitchinterval(interval)

    assert len(alone) == 6 * 2 + len(COMMANDS) * 2
    assert all(answers == alone for answers in together)


def test_a_fresh_converter_shared_by_eight_threads_builds_its_hooks_once_and_alike() -> None:
    """Concurrency: a new converter's first structuring, from 8 threads at once, gives one thread's models."""
    converter = serialization.make_converter()
    document = json.loads(COMMANDS["mcle"].example)
    expected = serialization.structure(document, commands.MCLERequest)

    results = _at_once(lambda: converter.structure(document, commands.MCLERequest), THREADS)

    assert results == [expected] * THREADS
