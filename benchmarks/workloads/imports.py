"""Import time: ``import calcities_domain`` against importing only its dependencies.

Each contender starts a fresh interpreter (``python -c ...``) and the best of several
starts counts, so the figures include the interpreter's own start; the target is on the
difference, which is what the library adds.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

from benchmarks.harness import Contender, Target, Workload

__all__ = ["DEPENDENCIES", "workloads"]

#: What the library itself imports from its runtime dependencies, when fully loaded.
DEPENDENCIES = "import attrs, cattrs, dateutil.relativedelta, dateutil.rrule, zoneinfo"
_DOMAINS = (
    "import calcities_domain.serialization, calcities_domain.catalog, calcities_domain.mcle, "
    "calcities_domain.governance, calcities_domain.membership, calcities_domain.events, "
    "calcities_domain.recognition"
)


def _start(name: str, code: str) -> Contender:
    def run() -> int:
        # Fixed arguments, no shell: the suite's own interpreter importing fixed modules.
        return subprocess.run([sys.executable, "-c", code], check=True).returncode

    return Contender(name, run)


def _agree(answers: Mapping[str, object]) -> str:
    return f"all {len(answers)} interpreters started and imported cleanly"


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
            baselines=(dependencies,),
            agree=_agree,
            repeat=15,
            scalable=False,
        ),
    ]
