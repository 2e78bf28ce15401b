"""What a workload is, and how one is timed.

A workload module (``benchmarks/workloads/<name>.py``) has one function,
``workloads(scale, seed)``, that builds its seeded data in memory and returns
:class:`Workload` objects. Each holds the library's contender, the baselines it is
compared with in the same run, the targets it must meet, and a check that the contenders
agree (the library and a baseline must give the same answers, or the timing means
nothing).

``scale`` is the share of the issue's full size: 1.0 is the full workload (200,000
licensees for MCLE), 0.1 a tenth of it. Timings are never asserted in tests: the machine
is noisy, so targets are ratios between contenders measured in one process, one after
the other.
"""

from __future__ import annotations

import dataclasses
import gc
import time
from collections.abc import Callable, Mapping, Sequence

__all__ = ["Contender", "Disagreement", "Target", "Timing", "Workload", "best_of", "sized"]


class Disagreement(AssertionError):
    """The library and a baseline gave different answers on the same data."""


@dataclasses.dataclass(frozen=True)
class Contender:
    """One way of doing a workload's work.

    Attributes:
        name: Who it is (``"calcities_domain"``, ``"plain loop"``, ``"pydantic v2"``).
        run: Does the whole workload on data built beforehand and returns its answers,
            which ``Workload.agree`` compares.
    """

    name: str
    run: Callable[[], object]


@dataclasses.dataclass(frozen=True)
class Target:
    """A bound the library must keep against one baseline.

    Attributes:
        baseline: The baseline's name.
        max_ratio: The library's time over the baseline's must be at most this; or
        max_added_seconds: the library's time minus the baseline's must be at most this.
        why: Where the bound comes from.
    """

    baseline: str
    max_ratio: float | None = None
    max_added_seconds: float | None = None
    why: str = ""


@dataclasses.dataclass(frozen=True)
class Workload:
    """One measured piece of work.

    Attributes:
        name: ``"<module>.<what>"``, stable across runs (``"mcle.evaluate"``).
        description: One line for the table.
        items: How many units the workload handles at this scale.
        unit: What a unit is (``"licensees"``).
        library: The library's contender.
        baselines: The contenders it is measured against.
        targets: The bounds it must keep.
        agree: Given every contender's answers by name, raises :class:`Disagreement` if
            they differ, and returns a sentence saying what was compared.
        repeat: How many times at most each contender runs (the best time counts).
        scalable: Whether the work grows with the scale (an import does not).
    """

    name: str
    description: str
    items: int
    unit: str
    library: Contender
    baselines: tuple[Contender, ...] = ()
    targets: tuple[Target, ...] = ()
    agree: Callable[[Mapping[str, object]], str] | None = None
    repeat: int = 5
    scalable: bool = True


@dataclasses.dataclass(frozen=True)
class Timing:
    """The best of several runs of one contender."""

    name: str
    seconds: float
    runs: int


def best_of(
    contenders: Sequence[Contender], repeat: int, budget: float = 20.0
) -> tuple[list[Timing], dict[str, object]]:
    """Time contenders in turn, interleaved, and keep each one's best time and answers.

    Each round runs every contender once; rounds stop after ``repeat`` or once the
    rounds so far took ``budget`` seconds (a full-size run is long enough to time once).

    The garbage collector runs before each timed call and is left on during it: it is
    part of what a user pays. What is alive before the call (the data, and the answers
    the other contenders gave, kept for the agreement check) is moved out of the
    collector's reach (``gc.freeze``) for the call, so that a contender pays for
    collecting its own objects only, not for a heap the harness holds: without this, the
    contenders timed later in a round would pay for the earlier ones' answers.
    """
    best: dict[str, float] = {}
    runs: dict[str, int] = {}
    answers: dict[str, object] = {}
    spent = 0.0
    for _ in range(max(1, repeat)):
        for contender in contenders:
            answers.pop(contender.name, None)  # its answer of the round before: no need to hold two
            gc.collect()
            gc.freeze()
            try:
                start = time.perf_counter()
                answer = contender.run()
                elapsed = time.perf_counter() - start
            finally:
                gc.unfreeze()
            spent += elapsed
            best[contender.name] = min(elapsed, best.get(contender.name, elapsed))
            runs[contender.name] = runs.get(contender.name, 0) + 1
            answers[contender.name] = answer
            del answer
        if spent >= budget:
            break
    return [Timing(c.name, best[c.name], runs[c.name]) for c in contenders], answers


def sized(full: int, scale: float, least: int = 1) -> int:
    """The size of a workload at ``scale`` of its full size ``full``, at least ``least``."""
    return max(least, round(full * scale))
