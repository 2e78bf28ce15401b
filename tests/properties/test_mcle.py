"""Invariants of MCLE accounting, as Hypothesis properties.

- Compliance periods partition time: for every schedule (California's groups, New York's
  cycles anchored on any day, and built chains of runs), the periods over any range of
  days follow one another without gap or overlap, every day is in exactly one, and
  ``period_containing(d)`` contains ``d``.
- :func:`~calcities_domain.mcle.evaluate` does not depend on the order of the credits
  (nor of the carry-back allocations), under any jurisdiction and any rule set.
- Adding a credit never lowers the total counted. It never lowers any category nor turns
  compliant into non-compliant, except in the one case :class:`~calcities_domain.mcle.RuleSet`
  documents: an added self-study credit under rules where self-study over the cap does
  not count toward subfields can move the cut onto a later credit and lower a subfield.
- The shortfalls are empty exactly when the report is compliant, one per requirement
  not met, each the hours still missing.
"""

from __future__ import annotations

import itertools
import math
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import mcle
from calcities_domain.kernel import Cited, Confidence, DateRange, RuleNotInForce, Source
from calcities_domain.mcle import (
    CarryBack,
    CompliancePeriod,
    ComplianceReport,
    Credit,
    Delivery,
    Jurisdiction,
    Licensee,
    PeriodSchedule,
    RuleSet,
    SubfieldShare,
)
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
#: A reading of the rules of our own (docs/mcle.md, "Overriding an assumption").
OURS = Source("Our compliance office's reading", Confidence.ASSUMED)
#: The categories of a report that are not subfields.
FIXED = ("total", "participatory", "self_study", "carried_in")

# Each example draws a licensee, a period and up to ten credits and evaluates them two or three
# times: fewer examples than the profile's (tests/conftest.py), scaled with it.
EVALUATIONS = settings(max_examples=max(10, settings().max_examples // 2))

# ----------------------------------------------------------------------------- periods partition time


@st.composite
def schedules(draw: st.DrawFn) -> tuple[Jurisdiction | None, mcle.ComplianceGroup | Licensee | None, PeriodSchedule]:
    """A schedule, with the jurisdiction and group or licensee it serves when it is one of the library's.

    California's three groups, a New York licensee's cycles from any anchor (29 February
    included), or a chain of runs built by :func:`calcities_domain.testing.strategies.period_schedules`.
    """
    kind = draw(st.sampled_from(["group", "anchored", "built"]))
    if kind == "group":
        group = draw(st.sampled_from(mcle.CALIFORNIA.groups))
        return mcle.CALIFORNIA, group, mcle.CALIFORNIA.schedule_for_group(group)
    if kind == "anchored":
        anchor = draw(cst.dates(date(1992, 1, 1), date(2080, 12, 31)) | st.sampled_from([date(2020, 2, 29)]))
        licensee = Licensee("NY-1", min(anchor, date(2020, 2, 29)), cycle_start=anchor)
        return mcle.NEW_YORK, licensee, mcle.NEW_YORK.schedule_for(licensee)
    return None, None, draw(cst.period_schedules())


@st.composite
def windows(draw: st.DrawFn, schedule: PeriodSchedule) -> DateRange:
    """A range of up to six years of days the schedule covers."""
    high = min(schedule.last_day or cst.MAX_DATE, cst.MAX_DATE)
    start = draw(cst.dates(schedule.first_day, high))
    end = draw(cst.dates(start, min(high, start + timedelta(days=6 * 366))))
    return DateRange(start, end)


@given(case=schedules(), data=st.data())
def test_compliance_periods_partition_time(
    case: tuple[Jurisdiction | None, mcle.ComplianceGroup | Licensee | None, PeriodSchedule], data: st.DataObject
) -> None:
    """Over any range of days a schedule covers, its periods are consecutive (each starts the day after the
    one before ends), never empty, and every day is in exactly one of them, the one period_containing finds.
    The lookups by group or licensee agree, and so do period_after and period_before.

    Source: mcle/periods.py (a run's periods are consecutive, each ending the day before the next starts; the
    runs follow one another without gap or overlap); docs/mcle.md, "Periods and deadlines"; the issue.
    """
    where, who, schedule = case
    window = data.draw(windows(schedule), label="window")
    periods = schedule.periods_overlapping(window)
    assert periods[0].start <= window.start <= periods[0].end
    assert window.end is not None
    assert periods[-1].start <= window.end <= periods[-1].end
    for period in periods:
        assert period.start <= period.end < period.due <= period.report_by
        assert schedule.period_containing(period.start) == period == schedule.period_containing(period.end)
    for earlier, later in itertools.pairwise(periods):
        assert later.start == earlier.end + ONE_DAY
        assert schedule.period_after(earlier) == later
        assert schedule.period_before(later) == earlier
    edges = [p.start for p in periods] + [p.end for p in periods]
    days = data.draw(st.lists(st.sampled_from(edges) | cst.dates(window.start, window.end)))
    for day in [window.start, *days]:
        if day not in window:
            continue
        holding = [p for p in periods if p.start <= day <= p.end]
        assert len(holding) == 1, day
        assert schedule.period_containing(day) == holding[0]
    if where is not None and who is not None:
        assert mcle.periods_overlapping(who, window, jurisdiction=where) == periods
        assert mcle.compliance_period(who, containing=window.start, jurisdiction=where) == periods[0]
        assert mcle.next_period(periods[0], jurisdiction=where) == schedule.period_after(periods[0])


@given(case=schedules())
def test_the_periods_start_on_the_first_day_and_nothing_is_invented_outside(
    case: tuple[Jurisdiction | None, mcle.ComplianceGroup | Licensee | None, PeriodSchedule],
) -> None:
    """The first period starts on the schedule's first day; the day before it, and the day after its last
    day (if it ends), have no period: RuleNotInForce, never an invented period.

    Source: docs/mcle.md, "Periods and deadlines" ("The 1990s are not invented ... Asking about them is an
    error that says what is missing"); mcle/periods.py.
    """
    _, _, schedule = case
    assert schedule.period_containing(schedule.first_day).start == schedule.first_day
    with pytest.raises(RuleNotInForce):
        schedule.period_containing(schedule.first_day - ONE_DAY)
    if schedule.last_day is not None:
        assert schedule.period_containing(schedule.last_day).end == schedule.last_day
        with pytest.raises(RuleNotInForce):
            schedule.period_containing(schedule.last_day + ONE_DAY)


# ----------------------------------------------------------------------------- evaluations

Inputs = tuple[Licensee, tuple[Credit, ...], CompliancePeriod]


def _minutes_for(hours: Decimal, rules: RuleSet) -> int:
    """Minutes that earn at least ``hours`` under the rules, whatever their rounding (two increments spare)."""
    wanted = (Fraction(hours) + 2 * rules.increment.value) * rules.minutes_per_hour.value
    return math.ceil(wanted)


@st.composite
def aimed(draw: st.DrawFn, where: Jurisdiction, rules: RuleSet | None, inputs: Inputs) -> tuple[Credit, ...]:
    """Credits that meet the period's requirements: a participatory course of the total hours, and each
    subfield minimum on it or on a self-study course (so that the self-study cap can cut into them)."""
    licensee, credits, period = inputs
    rule_set = where.rules_for(period) if rules is None else rules
    first = max(period.start, licensee.admitted_on.replace(day=1))
    days = cst.dates(first, period.end) if first <= period.end else st.just(period.end)
    live: list[SubfieldShare] = []
    recorded: list[SubfieldShare] = []
    for minimum in rule_set.minimums:
        inside = sum(
            (m.hours for m in rule_set.minimums if m.subfield.rpartition(".")[0] == minimum.subfield), Decimal(0)
        )
        own = minimum.hours - inside  # the hours of sub-codes count toward the parent too
        if own > 0:
            share = SubfieldShare(minimum.subfield, _minutes_for(own, rule_set))
            (recorded if draw(st.booleans()) else live).append(share)
    taken = {c.credit_id for c in credits}
    made = [
        Credit(
            "aimed: live" + "'" * ("aimed: live" in taken),
            draw(days),
            max(sum(s.minutes for s in live), _minutes_for(rule_set.total_hours.value, rule_set)),
            subfields=tuple(live),
        )
    ]
    if recorded:
        made.append(
            Credit(
                "aimed: recorded" + "'" * ("aimed: recorded" in taken),
                draw(days),
                sum(s.minutes for s in recorded),
                delivery=Delivery.SELF_STUDY,
                subfields=tuple(recorded),
            )
        )
    return tuple(made)


@st.composite
def evaluations(draw: st.DrawFn) -> tuple[Jurisdiction, RuleSet | None, Inputs]:
    """Any jurisdiction, its rules in force (None) or a rule set drawn for it (real or a variant), and inputs;
    half the time with credits that meet the requirements, so that compliant reports are common."""
    where = draw(cst.jurisdictions())
    rules = draw(st.none() | cst.rule_sets(where))
    licensee, credits, period = draw(cst.evaluation_inputs(where))
    if draw(st.booleans()):
        credits = (*credits, *draw(aimed(where, rules, (licensee, credits, period))))
    return where, rules, (licensee, credits, period)


def evaluate(
    where: Jurisdiction,
    rules: RuleSet | None,
    inputs: Inputs,
    allocations: tuple[CarryBack, ...] = (),
    previous: ComplianceReport | None = None,
) -> ComplianceReport:
    licensee, credits, period = inputs
    return mcle.evaluate(
        licensee, credits, period, jurisdiction=where, rules=rules, allocations=allocations, previous=previous
    )


def _previous_report(where: Jurisdiction, inputs: Inputs) -> ComplianceReport | None:
    """The report of the period before, as ``previous`` (for the carry-forward), if there is one to make."""
    licensee, credits, period = inputs
    try:
        before = where.schedule_for(licensee).period_before(period)
        return mcle.evaluate(licensee, credits, before, jurisdiction=where)
    except RuleNotInForce:
        return None  # no period, or no rule set, before this one


@st.composite
def allocations_for(
    draw: st.DrawFn, where: Jurisdiction, rules: RuleSet | None, inputs: Inputs
) -> tuple[CarryBack, ...]:
    """Valid carry-back allocations: credits of this period (or later) carried back to the period before, and
    credits after this period carried back to it where the rules allow it and it is deficient without them."""
    licensee, credits, period = inputs
    allocated: list[CarryBack] = []
    try:
        before = where.schedule_for(licensee).period_before(period)
    except RuleNotInForce:
        before = None
    if before is not None:
        later = [c for c in credits if c.completed_on > before.end]
        if draw(st.booleans()) and later:
            chosen = draw(st.lists(st.sampled_from(later), unique=True, min_size=1, max_size=3))
            allocated += [CarryBack(c.credit_id, before.end) for c in chosen]
    taken = {a.credit_id for a in allocated}
    after = [c for c in credits if c.completed_on > period.end and c.credit_id not in taken]
    if draw(st.booleans()) and after:
        rule_set = where.rules_for(period) if rules is None else rules
        if rule_set.carry_back.value and not evaluate(where, rules, inputs, tuple(allocated)).compliant:
            chosen = draw(st.lists(st.sampled_from(after), unique=True, min_size=1, max_size=3))
            allocated += [CarryBack(c.credit_id, period.end) for c in chosen]
    return tuple(allocated)


@EVALUATIONS
@given(case=evaluations(), data=st.data())
def test_evaluate_never_depends_on_the_order_of_the_credits_or_allocations(
    case: tuple[Jurisdiction, RuleSet | None, Inputs], data: st.DataObject
) -> None:
    """Under every jurisdiction and any rule set (the one in force or a variant), with carry-back allocations
    (to this period and to the one before) and the previous period's report, any order of the credits and
    of the allocations gives the same report.

    Source: mcle.evaluate ("credits: every credit claim of the licensee (any order)"); the credits are read in
    date-and-id order (duplicates: "the first in date-and-id order counts"); the issue.
    """
    where, rules, inputs = case
    licensee, credits, period = inputs
    allocations = data.draw(allocations_for(where, rules, inputs), label="allocations")
    previous = _previous_report(where, inputs) if data.draw(st.booleans(), label="with previous") else None
    report = evaluate(where, rules, inputs, allocations, previous)
    shuffled = tuple(data.draw(st.permutations(credits), label="credits"))
    reordered = tuple(data.draw(st.permutations(allocations), label="allocations order"))
    assert evaluate(where, rules, (licensee, shuffled, period), reordered, previous) == report


@st.composite
def additions(draw: st.DrawFn) -> tuple[Jurisdiction, RuleSet | None, Inputs, Credit]:
    """Inputs and one more credit of the period: any credit, or a second claim of one already there; half the
    time a self-study credit, under the rules read so that self-study over the cap does not count for subfields."""
    where, rules, (licensee, credits, period) = draw(evaluations())
    taken = {c.credit_id for c in credits}
    credit_id = draw(cst.texts())
    while credit_id in taken:
        credit_id += "'"
    if draw(st.booleans()) and credits:
        extra = attrs.evolve(draw(st.sampled_from(credits)), credit_id=credit_id)  # the same claim again
    else:
        extra = attrs.evolve(draw(cst.credits(within=period, jurisdiction=where)), credit_id=credit_id)
    if draw(st.booleans()):  # a self-study credit under the reading where the documented exception can happen
        rule_set = where.rules_for(period) if rules is None else rules
        rules = attrs.evolve(rule_set, self_study_over_cap_counts_for_subfields=Cited(False, OURS))
        extra = attrs.evolve(extra, delivery=Delivery.SELF_STUDY)
    # A second claim of an activity on the same day must say the same, or it is refused (then it loses its activity).
    more = cst.consistent_claims((*credits, extra))
    return where, rules, (licensee, credits, period), more[-1]


def _lets_subfields_keep_over_cap(where: Jurisdiction, rules: RuleSet | None, period: CompliancePeriod) -> bool:
    rule_set = where.rules_for(period) if rules is None else rules
    return rule_set.self_study_cap is None or rule_set.self_study_over_cap_counts_for_subfields.value


@EVALUATIONS
@given(case=additions())
def test_adding_a_credit_never_lowers_the_total_and_otherwise_only_as_documented(
    case: tuple[Jurisdiction, RuleSet | None, Inputs, Credit],
) -> None:
    """Adding a credit (any credit, or a second claim of one already there) never lowers the hours counted in
    total, participatory or self-study, under every jurisdiction and any rule set. Unless it is a self-study
    credit under rules whose self-study over the cap does not count toward subfields, it lowers no category
    at all and never turns compliant into non-compliant. In that one case only a subfield can fall, and so
    a report compliant before can fail after only for a subfield.

    Source: RuleSet.self_study_over_cap_counts_for_subfields ("adding an earlier self-study credit can move
    the cut onto a later one and lower a subfield (the total never falls)"); the issue (monotonicity).
    """
    where, rules, (licensee, credits, period), extra = case
    before = evaluate(where, rules, (licensee, credits, period))
    after = evaluate(where, rules, (licensee, (*credits, extra), period))
    for category in ("total", "participatory", "self_study"):
        assert after.hours(category) >= before.hours(category), category
    documented_exception = extra.delivery is Delivery.SELF_STUDY and not _lets_subfields_keep_over_cap(
        where, rules, period
    )
    if not documented_exception:
        for entry in before.counted:
            assert after.hours(entry.category) >= entry.hours, entry.category
        assert not before.compliant or after.compliant
    elif before.compliant and not after.compliant:
        assert all(s.category not in FIXED for s in after.shortfalls)


def test_the_documented_exception_happens() -> None:
    """The exception the property above allows is real: under California's 2025 rules read with self-study over
    the cap not counting toward subfields, an earlier self-study hour moves the cut onto the later ethics
    course, and a compliant licensee is no longer compliant (for ethics only; the total holds).

    Source: RuleSet.self_study_over_cap_counts_for_subfields; docs/mcle.md, "Overriding an assumption".
    """
    attorney = Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
    period = mcle.compliance_period(attorney, containing=date(2024, 6, 1))  # 2022-02-01 to 2025-03-29
    rules = mcle.CALIFORNIA.rules_for(period)
    strict = attrs.evolve(rules, self_study_over_cap_counts_for_subfields=Cited(False, OURS))
    live = Credit(
        "live",
        date(2023, 3, 1),
        750,  # 12.5 hours: the participatory half
        subfields=(
            SubfieldShare("bias", 60),
            SubfieldShare("bias.implicit", 60),
            SubfieldShare("competence", 60),
            SubfieldShare("competence.prevention", 60),
            SubfieldShare("technology", 60),
            SubfieldShare("civility", 60),
        ),
    )
    recorded = Credit("recorded", date(2023, 6, 1), 510, delivery=Delivery.SELF_STUDY)  # 8.5 hours
    ethics = Credit(
        "ethics", date(2024, 6, 1), 240, delivery=Delivery.SELF_STUDY, subfields=(SubfieldShare("ethics", 240),)
    )
    earlier = Credit("earlier", date(2022, 3, 1), 60, delivery=Delivery.SELF_STUDY)
    before = mcle.evaluate(attorney, [live, recorded, ethics], period, rules=strict)
    after = mcle.evaluate(attorney, [live, recorded, ethics, earlier], period, rules=strict)
    assert before.compliant
    assert after.hours("total") == before.hours("total") == Decimal(25)
    assert after.hours("ethics") == Decimal(3) < before.hours("ethics")
    assert not after.compliant
    assert [s.category for s in after.shortfalls] == ["ethics"]
    # Under the rules as configured (over-cap self-study still counts toward subfields), nothing falls.
    assert mcle.evaluate(attorney, [live, recorded, ethics, earlier], period).compliant


@EVALUATIONS
@given(case=evaluations(), data=st.data())
def test_shortfalls_are_empty_exactly_when_compliant(
    case: tuple[Jurisdiction, RuleSet | None, Inputs], data: st.DataObject
) -> None:
    """Shortfalls are empty exactly when the report is compliant; there is one for each requirement whose
    counted hours fall short, the hours still missing, due by the period's end (any jurisdiction, any rule
    set, with allocations).

    Source: ComplianceReport (compliant: "whether every requirement is met"; shortfalls: "what is missing, by
    category"); docs/mcle.md, "Am I compliant, and what is missing?"; the issue.
    """
    where, rules, inputs = case
    report = evaluate(where, rules, inputs, data.draw(allocations_for(where, rules, inputs), label="allocations"))
    assert report.compliant == (report.shortfalls == ())
    missing = {s.category: s for s in report.shortfalls}
    assert len(missing) == len(report.shortfalls)
    for requirement in report.requirements:
        have = report.hours(requirement.category)
        assert (requirement.category in missing) == (have < requirement.hours), requirement.category
        if requirement.category in missing:
            shortfall = missing[requirement.category]
            assert shortfall.hours == requirement.hours - have > 0
            assert shortfall.by == report.period.end
            assert shortfall.label == requirement.label
    assert set(missing) <= {r.category for r in report.requirements}
    assert "total" in {r.category for r in report.requirements}
