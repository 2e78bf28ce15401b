"""The MCLE batch runs on ``dask.bag`` with the multiprocessing scheduler, as docs/distributed.md shows.

Rule under test (the performance-and-scale issue; the docstring of ``evaluate_many``): the
batch evaluation is picklable and partitionable. A few hundred licensees, evaluated in
four partitions in worker processes, give reports equal, one by one and in order, to the
single-process run; a bad case fails the batch with the same InputError, through dask.

dask is an optional extra (``pip install "calcities-domain[dask]"``): without it this module
is skipped. CI runs it in a step where the extra is installed, and fails if it is skipped.

The processes scheduler starts its workers with ``spawn`` (dask's default): each worker
imports ``calcities_domain`` afresh and receives its partition, and the function, by
pickle. No ``if __name__ == "__main__"`` guard is needed here: the main module is pytest's.
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta
from typing import Any

import pytest

db = pytest.importorskip("dask.bag")

from calcities_domain import mcle  # noqa: E402 - after the skip, as importorskip requires
from calcities_domain.kernel import InputError  # noqa: E402

Case = tuple[mcle.Licensee, tuple[mcle.Credit, ...], mcle.CompliancePeriod]

SEED = 20250329
LICENSEES = 300
PARTITIONS = 4
#: Last names at admission, across the three groups (A-G, H-M, N-Z).
NAMES = ("Garcia", "Abara", "Flores", "Hernández", "Kim", "Lopez", "Nguyen", "Okafor", "Patel", "Zhang")
SUBFIELDS = tuple(s.code for s in mcle.CALIFORNIA.subfields)
#: Days asked about: every period containing one is covered by California's calendar and rule sets.
FIRST_DAY, LAST_DAY = date(2008, 1, 1), date(2027, 12, 31)


def _day(rng: random.Random, low: date, high: date) -> date:
    return low + timedelta(days=rng.randint(0, (high - low).days))


def _credit(rng: random.Random, credit_id: str, low: date, high: date) -> mcle.Credit:
    """A valid credit claim dated between ``low`` and ``high``: minutes, delivery, subfields, approval."""
    minutes = rng.choice((30, 60, 90, 120, 180, 240, 360, 480, 720))
    shares: list[mcle.SubfieldShare] = []
    room = minutes
    for code in rng.sample(SUBFIELDS, rng.randint(0, 3)):
        part = rng.randint(0, room)
        room -= part
        shares.append(mcle.SubfieldShare(code, part))
    return mcle.Credit(
        credit_id,
        _day(rng, max(low, date(1992, 2, 1)), high),
        minutes,
        delivery=rng.choice((mcle.Delivery.PARTICIPATORY, mcle.Delivery.PARTICIPATORY, mcle.Delivery.SELF_STUDY)),
        subfields=tuple(shares),
        provider_approved=rng.random() < 0.95,
    )


def _statuses(rng: random.Random, admitted_on: date) -> tuple[mcle.StatusSpan, ...]:
    """None, mostly; else one span, inactive or exempt, after admission (proration)."""
    if rng.random() < 0.8:
        return ()
    start = admitted_on + timedelta(days=rng.randint(0, 6000))
    end = start + timedelta(days=rng.randint(30, 900))
    if rng.random() < 0.5:
        return (mcle.StatusSpan(mcle.LicenseStatus.INACTIVE, start, end),)
    return (mcle.StatusSpan(mcle.LicenseStatus.EXEMPT, start, end, exemption=mcle.Exemption.STATE_OFFICER),)


def cases(count: int = LICENSEES, seed: int = SEED) -> list[Case]:
    """``count`` licensees of every group, each with up to 12 credits around a period of their own."""
    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    built: list[Case] = []
    for index in range(count):
        admitted_on = _day(rng, date(1985, 1, 1), date(2024, 12, 31))
        licensee = mcle.Licensee.admitted(
            f"L{index:04d}", admitted_on, rng.choice(NAMES), statuses=_statuses(rng, admitted_on)
        )
        period = mcle.compliance_period(licensee, containing=_day(rng, FIRST_DAY, LAST_DAY))
        low, high = period.start - timedelta(days=180), period.end + timedelta(days=180)
        credits = tuple(_credit(rng, f"L{index:04d}-c{n}", low, high) for n in range(rng.randint(0, 12)))
        built.append((licensee, credits, period))
    return built


@pytest.fixture(autouse=True)
def _hash_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """dask sets PYTHONHASHSEED for its workers in this process's environment; set it here, so it is restored."""
    monkeypatch.setenv("PYTHONHASHSEED", "6640")


def on_dask(batch: list[Any], *, partitions: int = PARTITIONS) -> list[mcle.ComplianceReport]:
    """The batch on ``dask.bag``, one ``evaluate_many`` per partition, with the multiprocessing scheduler."""
    bag = db.from_sequence(batch, npartitions=partitions)
    reports: list[mcle.ComplianceReport] = bag.map_partitions(mcle.evaluate_many).compute(scheduler="processes")
    return reports


def test_the_generated_batch_is_varied() -> None:
    """The workload exercises what it should: all three groups, compliant or not, credits counted or not."""
    batch = cases()
    reports = mcle.evaluate_many(batch)

    assert len(reports) == LICENSEES
    assert {licensee.group for licensee, _, _ in batch} == set(mcle.ComplianceGroup)
    assert {r.compliant for r in reports} == {True, False}
    assert any(r.not_counted for r in reports)
    assert any(r.months_subject < r.period.months for r in reports)


def test_dask_bag_with_processes_equals_the_single_process_run() -> None:
    """The issue: "the results equal the single-process run", element by element, in order."""
    batch = cases()
    single = mcle.evaluate_many(batch)

    distributed = on_dask(batch)

    assert len(distributed) == len(single) == LICENSEES
    for index, (there, here) in enumerate(zip(distributed, single, strict=True)):
        assert there == here, f"report {index} ({here.licensee_id}) differs"
    assert [r.licensee_id for r in distributed] == [licensee.licensee_id for licensee, _, _ in batch]


def test_the_partitions_run_in_other_processes() -> None:
    """The multiprocessing scheduler: each partition is evaluated in a worker process, not in this one."""
    bag = db.from_sequence(cases(8), npartitions=PARTITIONS)

    workers = bag.map_partitions(lambda part: [os.getpid()]).compute(scheduler="processes")

    assert len(workers) == PARTITIONS
    assert os.getpid() not in workers


def test_a_bad_case_fails_the_batch_through_dask_with_the_same_input_error() -> None:
    """A worker's InputError reaches the caller as an InputError, with the problem's path in its partition."""
    batch: list[Any] = cases(8)
    licensee, credits, period = batch[5]
    batch[5] = (licensee, (*credits, "not a credit"), period)

    with pytest.raises(InputError) as caught:
        on_dask(batch, partitions=2)  # cases 0-3 and 4-7: the bad one is case 1 of the second partition

    assert [p.path for p in caught.value.problems] == [f"cases[1].credits[{len(credits)}]"]
    assert "expected a Credit, got 'not a credit'" in str(caught.value)


def test_the_benchmark_mcle_workload_on_dask_equals_the_single_process_run() -> None:
    """The issue: the MCLE workload of the performance suite (benchmarks/workloads/mcle.py), run on
    dask.bag with the processes scheduler, gives the single-process run's reports."""
    workload = pytest.importorskip("benchmarks.workloads.mcle")  # the suite lives in the repository, not the wheel
    batch = workload.generate(400, 20261123)

    single = mcle.evaluate_many(batch)

    assert on_dask(batch) == single
    assert [r.compliant for r in single] == workload.plain_loop(batch)  # and the floor agrees, as in the suite
