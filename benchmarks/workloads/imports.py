"""Import time: ``import calcities_domain`` against importing only its dependencies.

Each contender starts a fresh interpreter (``python -c ...``) and the best of several
starts counts, so the figures include the interpreter's own start; the target is on the
difference, which is what the library adds.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from benchmarks.harness import Contender, Disagreement, Target, Workload

__all__ = ["ALL_DEPENDENCIES", "DEPENDENCIES", "workloads"]

#: What ``import calcities_domain`` loads of its runtime dependencies (the converter and
#: its cattrs load on first use).
DEPENDENCIES = "import attrs, dateutil.rrule, zoneinfo"
#: What the library loads of its runtime dependencies once every domain is in use.
ALL_DEPENDENCIES = "import attrs, cattrs, dateutil.relativedelta, dateutil.rrule, zoneinfo"
_DOMAINS = (
    "import calcities_domain.serialization, calcities_domain.catalog, calcities_domain.mcle, "
    "calcities_domain.governance, calcities_domain.membership, calcities_domain.events, "
    "calcities_domain.recognition"
)


def _start(name: str, code: str) -> Contender:
    def run() -> int:
        # Fixed arguments, no shell: the suite's own interpreter importing fixed modules.
        return subprocess.run([sys.executable, "-c", code], check=False).returncode

    return Contender(name, run)


def _agree(answers: Mapping[str, object]) -> str:
    failed = {name: code for name, code in answers.items() if code != 0}
    if failed:
        raise Disagreement(f"an interpreter failed to import: exit status by contender {failed}")
    return f"all {len(answers)} interpreters started and imported cleanly (exit status 0)"


def workloads(scale: float, seed: int) -> list[Workload]:
    """The import workloads (the same at every scale)."""
    library = _start("calcities_domain", "import calcities_domain")
    dependencies = _start("dependencies alone", DEPENDENCIES)
    return [
        Workload(
            name="imports.package",
            description="python -c 'import calcities_domain', against its dependencies alone",
            items=1,
            unit="interpreter starts",
            library=library,
            baselines=(dependencies, _start("python alone", "pass")),
            targets=(
                Target(
                    "dependencies alone", max_added_seconds=0.050, why="issue 9: at most 50 ms over its dependencies"
                ),
            ),
            agree=_agree,
            repeat=15,
            scalable=False,
        ),
        Workload(
            name="imports.everything",
            description="every domain, serialization and the catalog, against the dependencies alone",
            items=1,
            unit="interpreter starts",
            library=_start("calcities_domain", _DOMAINS),
            baselines=(_start("dependencies alone", ALL_DEPENDENCIES),),
            agree=_agree,
            repeat=15,
            scalable=False,
        ),
    ]
