"""MCLE, a whole bar: every licensee evaluated for the period in force on one day.

The data: licensees of all three groups, each with 25 credit claims (most in the current
period, some in the one before), mixed delivery, subfields and statuses (active, not
eligible, inactive or exempt for the whole period). Minutes are multiples of 15, so an
activity's hours are exact quarter hours and a floor loop needs no rounding rule.

The baseline, ``"plain loop"``, is the floor for pure Python: the least code that decides
compliance on this data. It reads the rule set's numbers once, then for each licensee sums
minutes (self-study up to the cap) and subfield minutes (a dotted subfield counts toward
its parent) and compares them with the minimums. It explains nothing and handles none of
the cases this data leaves out (proration, duplicates, unapproved providers, speaking,
carry-back), so it is a floor, not an alternative. The library's answers must agree with
it for every licensee, or the run fails.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal

from benchmarks.harness import Contender, Disagreement, Target, Workload, sized
from calcities_domain import mcle

__all__ = ["AS_OF", "Case", "generate", "plain_loop", "workloads"]

#: The day whose period each licensee is evaluated for.
AS_OF = date(2026, 11, 23)
#: The full size of the workload (issue 9): licensees, and credit claims for each.
LICENSEES = 200_000
CREDITS_EACH = 25

Case = tuple[mcle.Licensee, tuple[mcle.Credit, ...], mcle.CompliancePeriod]

_SUBFIELDS = (
    *("ethics",) * 3,
    "bias",
    "bias.implicit",
    "competence",
    "competence.prevention",
    "technology",
    "civility",
)
_WHOLE_PERIOD_STATUS = (
    (0.82, None),
    (0.06, mcle.LicenseStatus.NOT_ELIGIBLE),
    (0.07, mcle.LicenseStatus.INACTIVE),
    (0.05, mcle.LicenseStatus.EXEMPT),
)


def _status(rng: random.Random) -> mcle.LicenseStatus | None:
    roll = rng.random()
    for share, status in _WHOLE_PERIOD_STATUS:
        if roll < share:
            return status
        roll -= share
    return None


def generate(count: int, seed: int) -> list[Case]:
    """``count`` licensees with their credits and current period, from ``seed``.

    Dates, subfield shares and identifiers are shared between claims, as a loader that
    interns them would; every credit claim and licensee is an object of its own.
    """
    rng = random.Random(seed)
    periods = {group: mcle.compliance_period(group, containing=AS_OF) for group in mcle.ComplianceGroup}
    ids = [f"c{j}" for j in range(CREDITS_EACH)]
    days: dict[int, date] = {}
    shares: dict[tuple[str, int], tuple[mcle.SubfieldShare, ...]] = {}
    cases: list[Case] = []
    for i in range(count):
        group = rng.choice(list(mcle.ComplianceGroup))
        period = periods[group]
        admitted = date(1975, 1, 1) + timedelta(days=rng.randrange(16_000))
        admitted = min(admitted, period.start - timedelta(days=1))
        status = _status(rng)
        statuses: tuple[mcle.StatusSpan, ...] = ()
        if status is not None:
            exemption = mcle.Exemption.STATE_OFFICER if status is mcle.LicenseStatus.EXEMPT else None
            statuses = (mcle.StatusSpan(status, period.start - timedelta(days=30), exemption=exemption),)
        licensee = mcle.Licensee(f"L{i:07d}", admitted, group, statuses=statuses)
        first = period.start.toordinal()
        last = min(period.end, AS_OF).toordinal()
        diligence = rng.random()
        credits = []
        for j in range(CREDITS_EACH):
            # Roughly 10% of claims fall in the period before (reported, not counted).
            ordinal = rng.randint(first - 700, first - 1) if rng.random() < 0.1 else rng.randint(first, last)
            day = days.setdefault(ordinal, date.fromordinal(ordinal))
            minutes = 15 * rng.choice((3, 4, 4, 6, 8) if diligence > 0.3 else (1, 2, 3, 4))
            subfields: tuple[mcle.SubfieldShare, ...] = ()
            if rng.random() < (0.9 if diligence > 0.3 else 0.4):
                code = rng.choice(_SUBFIELDS)
                part = minutes if rng.random() < 0.7 else 15 * rng.randint(1, minutes // 15)
                subfields = shares.setdefault((code, part), (mcle.SubfieldShare(code, part),))
            delivery = mcle.Delivery.SELF_STUDY if rng.random() < 0.35 else mcle.Delivery.PARTICIPATORY
            credits.append(mcle.Credit(ids[j], day, minutes, delivery=delivery, subfields=subfields))
        cases.append((licensee, tuple(credits), period))
    return cases


def _minutes(hours: Decimal, per_hour: int) -> int:
    return int(hours * per_hour)


def plain_loop(cases: Sequence[Case]) -> list[bool]:
    """Compliance of each case, by the least code that decides it on this data."""
    rules: dict[date, tuple[int, int, list[tuple[str, int]]]] = {}
    not_subject = (mcle.LicenseStatus.INACTIVE, mcle.LicenseStatus.EXEMPT)
    answers = []
    for licensee, credits, period in cases:
        if licensee.statuses and licensee.statuses[0].status in not_subject:
            answers.append(True)
            continue
        if period.end not in rules:  # the rule set's numbers, read once for each period
            rule_set = mcle.CALIFORNIA.rules_for(period)
            per_hour = rule_set.minutes_per_hour.value
            cap_share = rule_set.self_study_cap.value if rule_set.self_study_cap is not None else 1
            whole = _minutes(rule_set.total_hours.value, per_hour)
            rules[period.end] = (
                whole,
                int(whole * cap_share),
                [(m.subfield, _minutes(m.hours, per_hour)) for m in rule_set.minimums],
            )
        total, cap, minimums = rules[period.end]
        start, end = period.start, period.end
        participatory = self_study = 0
        by_subfield: dict[str, int] = {}
        for credit in credits:
            if not start <= credit.completed_on <= end:
                continue
            if credit.delivery is mcle.Delivery.SELF_STUDY:
                self_study += credit.minutes
            else:
                participatory += credit.minutes
            for share in credit.subfields:
                code = share.subfield
                by_subfield[code] = by_subfield.get(code, 0) + share.minutes
                if "." in code:
                    parent = code.partition(".")[0]
                    by_subfield[parent] = by_subfield.get(parent, 0) + share.minutes
        ok = participatory + min(self_study, cap) >= total
        for code, least in minimums:
            if by_subfield.get(code, 0) < least:
                ok = False
        answers.append(ok)
    return answers


def _library(cases: Sequence[Case]) -> list[bool]:
    return [mcle.evaluate(licensee, credits, period).compliant for licensee, credits, period in cases]


def _explained(cases: Sequence[Case]) -> list[bool]:
    answers = []
    for licensee, credits, period in cases:
        report = mcle.evaluate(licensee, credits, period)
        report.explain()
        answers.append(report.compliant)
    return answers


def _agree(cases: Sequence[Case], baseline: str) -> object:
    def agree(answers: Mapping[str, object]) -> str:
        ours, floor = answers["calcities_domain"], answers[baseline]
        assert isinstance(ours, list)
        assert isinstance(floor, list)
        for index, (mine, theirs) in enumerate(zip(ours, floor, strict=True)):
            if mine != theirs:
                who = cases[index][0].licensee_id
                raise Disagreement(f"licensee {who} (case {index}): library says {mine}, {baseline} says {theirs}")
        return f"compliance agrees for all {len(ours):,} licensees ({sum(ours):,} compliant)"

    return agree


def workloads(scale: float, seed: int) -> list[Workload]:
    """The MCLE workloads at ``scale`` of the full 200,000 licensees."""
    cases = generate(sized(LICENSEES, scale), seed)
    explained = cases[: max(1, len(cases) // 10)]
    agree = _agree(cases, "plain loop")
    agree_explained = _agree(explained, "plain loop")
    return [
        Workload(
            name="mcle.evaluate",
            description=f"evaluate each licensee ({CREDITS_EACH} credits) for its current period",
            items=len(cases),
            unit="licensees",
            library=Contender("calcities_domain", lambda: _library(cases)),
            baselines=(Contender("plain loop", lambda: plain_loop(cases)),),
            targets=(Target("plain loop", max_ratio=3.0, why="issue 9: full evaluation within 3x of the floor"),),
            agree=agree,  # type: ignore[arg-type]
        ),
        Workload(
            name="mcle.explain",
            description="evaluate and write the explanation, for a tenth of the licensees",
            items=len(explained),
            unit="licensees",
            library=Contender("calcities_domain", lambda: _explained(explained)),
            baselines=(Contender("plain loop", lambda: plain_loop(explained)),),
            targets=(Target("plain loop", max_ratio=3.0, why="issue 9: full evaluation, explained, within 3x"),),
            agree=agree_explained,  # type: ignore[arg-type]
        ),
    ]
