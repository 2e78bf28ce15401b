"""Evaluating a licensee's credits against a period: what counts, what is missing, and why.

:func:`evaluate` is a pure function of the licensee (admission and status history), the
credit claims, the period, the jurisdiction's rule set for that period, and any explicit
carry-back allocations. It returns a :class:`ComplianceReport`: every hour counted by
category, every hour not counted with its reason, every shortfall as "N more hours of X
by DATE", the prorated requirement and how it was prorated, and what follows a missed
deadline. The order of the credits never matters: they are read in date order. In a
notebook a report shows as a table (``_repr_html_``), and
:meth:`ComplianceReport.to_rows` gives one plain dict per requirement for a data frame.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from calcities_domain.kernel import (
    Confidence,
    DateRange,
    Decision,
    Effect,
    InputError,
    MonthEndPolicy,
    Problem,
    Reason,
    RuleNotInForce,
    Source,
    add_months,
    last_day_of_month,
    plain,
    render_value,
)
from calcities_domain.kernel._checks import (
    checked,
    code,
    instance,
    is_plain_date,
    iterable,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel._html import count, result_html, summary
from calcities_domain.kernel._words import noun_for
from calcities_domain.mcle.jurisdiction import Jurisdiction
from calcities_domain.mcle.models import CompliancePeriod, Credit, CreditKind, Delivery, Licensee, LicenseStatus
from calcities_domain.mcle.rules import (
    CreditHours,
    ProrationMode,
    RuleSet,
    SubfieldHours,
    hours_check,
    hours_for,
    in_subfield,
    prorate,
    to_decimal,
)

if TYPE_CHECKING:
    from calcities_domain.kernel._html import Note

__all__ = [
    "CarryBack",
    "CategoryHours",
    "ComplianceReport",
    "CountedCredit",
    "NatReport",
    "NotCounted",
    "NotCountedReason",
    "Requirement",
    "Shortfall",
    "evaluate",
    "evaluate_many",
    "evaluate_nat",
]

_DAY = timedelta(days=1)
_ZERO = Decimal(0)
TOTAL = "total"
PARTICIPATORY = "participatory"
SELF_STUDY = "self_study"


def _category(instance_: object, attribute: attrs.Attribute[str], value: object) -> None:
    code(instance_, attribute, value)


def _hours_text(hours: Decimal) -> str:
    return format(hours.normalize(), "f")


def _hours(hours: Decimal) -> str:
    """A number of hours in words: "1 hour", "0.5 hours", "25 hours"."""
    return f"{_hours_text(hours)} {noun_for(hours, 'hour')}"


def _are(hours: Decimal) -> str:
    """The verb after a number of hours: "1 hour is", "2 hours are"."""
    return "is" if hours == 1 else "are"


class NotCountedReason(enum.Enum):
    """Why hours did not count.

    Attributes:
        OUTSIDE_PERIOD: completed outside the period (and not carried back to it).
        BEFORE_ADMISSION: completed before the first day of the month of admission.
        OVER_SELF_STUDY_CAP: self-study above the cap.
        DUPLICATE: a second claim for the same activity on the same day.
        UNAPPROVED_PROVIDER: the provider or activity is not approved.
        APPLIED_TO_OTHER_PERIOD: carried back to an earlier, deficient period.
        NEW_ATTORNEY_TRAINING: New Attorney Training, reported apart from MCLE.
        NOT_CONFIGURED: the rule set has no rule for this kind of credit.
    """

    OUTSIDE_PERIOD = "outside_period"
    BEFORE_ADMISSION = "before_admission"
    OVER_SELF_STUDY_CAP = "over_self_study_cap"
    DUPLICATE = "duplicate"
    UNAPPROVED_PROVIDER = "unapproved_provider"
    APPLIED_TO_OTHER_PERIOD = "applied_to_other_period"
    NEW_ATTORNEY_TRAINING = "new_attorney_training"
    NOT_CONFIGURED = "not_configured"


@attrs.frozen
class CarryBack:
    """An explicit allocation: a credit earned after a period ends, applied to that period.

    Carry-back is allowed only to a deficient period, and only where the rule set allows
    it; the credit then does not count in the period it was earned in. Pass the same
    allocations to the evaluation of both periods.

    Attributes:
        credit_id: The credit applied.
        period_end: The end of the period it is applied to.
    """

    credit_id: str = attrs.field(metadata=checked(text))
    period_end: date = attrs.field(metadata=checked(plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class CountedCredit:
    """A credit's hours that counted.

    Attributes:
        credit_id: The credit.
        hours: Hours toward the total.
        delivery: Participatory or self-study.
        subfields: Hours toward each subfield.
        carried_back: Whether it was earned after the period and applied to it.
        basis: How its hours were worked out.
    """

    credit_id: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    delivery: Delivery = attrs.field(metadata=checked(instance(Delivery)))
    subfields: tuple[SubfieldHours, ...] = attrs.field(metadata=checked(tuple_of(SubfieldHours)))
    carried_back: bool = attrs.field(metadata=checked(instance(bool)))
    basis: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class NotCounted:
    """Hours that did not count, and why.

    Attributes:
        credit_id: The credit.
        hours: The hours that did not count.
        reason: Why.
        message: Why, in a sentence.
    """

    credit_id: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    reason: NotCountedReason = attrs.field(metadata=checked(instance(NotCountedReason)))
    message: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Requirement:
    """Hours required in one category for the period.

    Attributes:
        category: ``"total"``, ``"participatory"`` or a subfield code.
        label: Its name, for people.
        hours: Hours required, after proration.
        unprorated: Hours a full period requires.
        source: Who says so.
    """

    category: str = attrs.field(metadata=checked(_category))
    label: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    unprorated: Decimal = attrs.field(metadata=checked(hours_check))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class CategoryHours:
    """Hours counted in one category.

    Attributes:
        category: ``"total"``, ``"participatory"``, ``"self_study"``, ``"carried_in"`` or a subfield code.
        hours: The hours counted.
    """

    category: str = attrs.field(metadata=checked(_category))
    hours: Decimal = attrs.field(metadata=checked(hours_check))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Shortfall:
    """What is missing in one category: "N more hours of X by DATE".

    Attributes:
        category: ``"total"``, ``"participatory"`` or a subfield code.
        label: Its name, for people.
        hours: Hours still needed.
        by: The last day of the period (hours earned later can only be carried back).
    """

    category: str = attrs.field(metadata=checked(_category))
    label: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    by: date = attrs.field(metadata=checked(plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def __str__(self) -> str:
        return f"{_hours_text(self.hours)} more {noun_for(self.hours, 'hour')} of {self.label} by {self.by}"


def _report_html(decision: Decision[bool], notes: list[Note]) -> str:
    return result_html(
        decision.question,
        render_value(decision.outcome),
        [(None, decision.reasons)],
        notes=notes,
        sources=decision.sources(),
    )


def _report_repr(kind: str, decision: Decision[bool], details: tuple[str, ...]) -> str:
    return summary(
        kind,
        decision.question,
        render_value(decision.outcome),
        details,
        reasons=len(decision.reasons),
        assumptions=len(decision.assumptions()),
    )


@attrs.frozen(repr=False)
class ComplianceReport:
    """The evaluation of one licensee's credits against one period.

    Attributes:
        licensee_id: The licensee.
        period: The period.
        rule_set: The name of the rule set applied.
        compliant: Whether every requirement is met.
        must_report: Whether the licensee must report for the period (an exempt licensee
            still must; one inactive for the whole period need not).
        months_subject: Months of the period the licensee was subject to the requirement.
        requirements: Hours required, by category, after proration.
        counted: Hours counted, by category.
        credits: The credits that counted, with their hours.
        not_counted: Hours that did not count, and why.
        shortfalls: What is missing, by category.
        excess_hours: Hours counted above the total requirement.
        carry_forward: Of those, the hours that may count in the next period.
        reasons: The explanation, step by step, each citing its source.

    Its repr is one line (``<ComplianceReport 'Is licensee … compliant …?': no (3
    shortfalls, 25 reasons, 6 assumptions)>``); in a notebook it shows as a table.

    .. versionchanged:: 0.2.0
       The repr is a one-line summary; the fields are still attributes.
    """

    licensee_id: str = attrs.field(metadata=checked(text))
    period: CompliancePeriod = attrs.field(metadata=checked(instance(CompliancePeriod)))
    rule_set: str = attrs.field(metadata=checked(text))
    compliant: bool = attrs.field(metadata=checked(instance(bool)))
    must_report: bool = attrs.field(metadata=checked(instance(bool)))
    months_subject: int = attrs.field(metadata=checked(instance(int)))
    requirements: tuple[Requirement, ...] = attrs.field(metadata=checked(tuple_of(Requirement)))
    counted: tuple[CategoryHours, ...] = attrs.field(metadata=checked(tuple_of(CategoryHours)))
    credits: tuple[CountedCredit, ...] = attrs.field(metadata=checked(tuple_of(CountedCredit)))
    not_counted: tuple[NotCounted, ...] = attrs.field(metadata=checked(tuple_of(NotCounted)))
    shortfalls: tuple[Shortfall, ...] = attrs.field(metadata=checked(tuple_of(Shortfall)))
    excess_hours: Decimal = attrs.field(metadata=checked(hours_check))
    carry_forward: Decimal = attrs.field(metadata=checked(hours_check))
    reasons: tuple[Reason, ...] = attrs.field(metadata=checked(tuple_of(Reason)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def hours(self, category: str) -> Decimal:
        """Hours counted in ``category`` (0 if none)."""
        for entry in self.counted:
            if entry.category == category:
                return entry.hours
        return _ZERO

    def required(self, category: str) -> Decimal:
        """Hours required in ``category`` (0 if nothing is)."""
        for entry in self.requirements:
            if entry.category == category:
                return entry.hours
        return _ZERO

    def decision(self) -> Decision[bool]:
        """The report as a :class:`~calcities_domain.kernel.Decision`: compliant or not, and why."""
        return Decision(
            f"Is licensee {self.licensee_id} compliant for the period {self.period.start} to {self.period.end}?",
            self.compliant,
            self.reasons,
        )

    def _notes(self) -> list[Note]:
        notes: list[Note] = []
        if self.shortfalls:
            notes.append(("Still missing", [str(s) for s in self.shortfalls]))
        if self.not_counted:
            notes.append(
                ("Not counted", [f"{n.credit_id}: {_hours_text(n.hours)} h, {n.message}" for n in self.not_counted])
            )
        return notes

    def explain(self) -> str:
        """The report as text: the answer, the reasons, what is missing, sources and assumptions."""
        lines = [self.decision().explain()]
        for heading, items in self._notes():
            lines.append(f"{heading}:")
            lines.extend(f"  - {item}" for item in items)
        return "\n".join(lines)

    def __repr__(self) -> str:
        return _report_repr("ComplianceReport", self.decision(), (count(len(self.shortfalls), "shortfall"),))

    def _repr_html_(self) -> str:
        """The report as an HTML table, for notebooks: what :meth:`explain` says, escaped, assumptions flagged.

        .. versionadded:: 0.2.0
        """
        return _report_html(self.decision(), self._notes())

    def to_rows(self) -> list[dict[str, object]]:
        """One plain dict per requirement, ready for ``pandas.DataFrame`` (the library does not need pandas).

        Each row has the ``licensee_id``, the period (``period_start``, ``period_end``),
        the ``rule_set``, then the requirement's ``category`` and ``label``, the hours
        ``required`` (prorated), ``counted`` and ``missing``, whether it is ``met``, and its
        source's title (``source``) and ``confidence``. The report's reasons, one row each,
        are ``report.decision().to_rows()``.

        .. versionadded:: 0.2.0
        """
        missing = {s.category: s.hours for s in self.shortfalls}
        return [
            {
                "licensee_id": self.licensee_id,
                "period_start": self.period.start,
                "period_end": self.period.end,
                "rule_set": self.rule_set,
                "category": r.category,
                "label": r.label,
                "required": r.hours,
                "counted": self.hours(r.category),
                "missing": missing.get(r.category, _ZERO),
                "met": r.category not in missing,
                "source": r.source.title,
                "confidence": plain(r.source.confidence),
            }
            for r in self.requirements
        ]


@attrs.frozen(repr=False)
class NatReport:
    """The New Attorney Training status of a licensee, apart from MCLE.

    Attributes:
        licensee_id: The licensee.
        applies: Whether the licensee must complete it.
        hours_required: Hours required (0 if it does not apply).
        due: The last day to complete it (None if it does not apply).
        hours_completed: Hours of New Attorney Training completed by the due day.
        shortfall: What is missing, if anything.
        compliant: Whether the requirement is met (True if it does not apply).
        reasons: The explanation.

    .. versionchanged:: 0.2.0
       The repr is a one-line summary; in a notebook the report shows as a table.
    """

    licensee_id: str = attrs.field(metadata=checked(text))
    applies: bool = attrs.field(metadata=checked(instance(bool)))
    hours_required: Decimal = attrs.field(metadata=checked(hours_check))
    due: date | None = attrs.field(metadata=checked(optional(plain_date)))
    hours_completed: Decimal = attrs.field(metadata=checked(hours_check))
    shortfall: Shortfall | None = attrs.field(metadata=checked(optional(instance(Shortfall))))
    compliant: bool = attrs.field(metadata=checked(instance(bool)))
    reasons: tuple[Reason, ...] = attrs.field(metadata=checked(tuple_of(Reason)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def decision(self) -> Decision[bool]:
        """The report as a Decision."""
        return Decision(
            f"Has licensee {self.licensee_id} met the New Attorney Training requirement?", self.compliant, self.reasons
        )

    def explain(self) -> str:
        """The report as text."""
        return self.decision().explain()

    def __repr__(self) -> str:
        due = () if self.due is None else (f"due {self.due}",)
        return _report_repr("NatReport", self.decision(), due)

    def _repr_html_(self) -> str:
        """The report as an HTML table, for notebooks, with what is still missing.

        .. versionadded:: 0.2.0
        """
        return _report_html(self.decision(), [("Still missing", [str(self.shortfall)])] if self.shortfall else [])


# ----------------------------------------------------------------------------- helpers

#: The source of the library's own bookkeeping rules (duplicates, order, rounding of parts).
BOOKKEEPING = Source(
    "calcities_domain: credit bookkeeping",
    Confidence.INFERRED,
    note="Records are read in date order; a second claim for the same activity on the same day is a "
    "duplicate; self-study above the cap is taken from the latest self-study credits first.",
)


#: How the self-study cap applies to a prorated requirement.
PRORATED_CAP = Source(
    "calcities_domain: the self-study cap of a prorated requirement",
    Confidence.SECONDARY,
    section="the cap's share of the prorated requirement",
    url="https://www.americanbar.org/events-cle/mcle/jurisdiction/california/",
    note="A secondary source (the ABA's California page) says participatory hours must be at least half of the "
    "prorated requirement; the library applies the cap's share to the prorated requirement.",
)


def _admission_floor(licensee: Licensee) -> date:
    """Credit counts only from the first day of the month of admission."""
    return licensee.admitted_on.replace(day=1)


def _not_subject_ranges(licensee: Licensee, period: CompliancePeriod) -> list[DateRange]:
    # The first period of a new admittee begins on the first day of the month of admission;
    # a month of the period with any subject day is a subject month.
    ranges: list[DateRange] = []
    floor = _admission_floor(licensee)
    if floor > period.start:
        ranges.append(DateRange(period.start, floor - _DAY))
    for span in licensee.statuses:
        if span.status in (LicenseStatus.INACTIVE, LicenseStatus.EXEMPT):
            # A status from the day of admission holds from the first day of that month,
            # where the licensee's first period begins.
            start = _admission_floor(licensee) if span.start == licensee.admitted_on else span.start
            ranges.append(DateRange(start, span.end))
    return ranges


def _months_not_subject(licensee: Licensee, period: CompliancePeriod) -> int:
    """Whole months of the period in which the licensee was not subject on any day."""
    ranges = _not_subject_ranges(licensee, period)
    if not ranges:  # subject every day: no month to look at
        return 0
    count = 0
    for k in range(period.months):
        first = add_months(period.start, k, policy=MonthEndPolicy.CLAMP)
        last = min(period.end, add_months(period.start, k + 1, policy=MonthEndPolicy.CLAMP) - _DAY)
        if _covered(DateRange(first, last), ranges):
            count += 1
    return count


def _covered(window: DateRange, ranges: list[DateRange]) -> bool:
    day = window.start
    end = window.end
    assert end is not None  # noqa: S101 - windows are closed by construction
    progressed = True
    while progressed:
        progressed = False
        for r in ranges:
            if day in r:
                if r.end is None or r.end >= end:
                    return True
                day = r.end + _DAY
                progressed = True
    return False


def _whole_period(status: LicenseStatus, licensee: Licensee, period: CompliancePeriod) -> bool:
    """Whether the licensee was admitted and in ``status`` on every day of the period."""
    spans = [span.days for span in licensee.statuses if span.status is status]
    return licensee.admitted_on <= period.start and _covered(period.days, spans)


def _check_carry_back(
    allocations: list[tuple[int, CarryBack]],
    rules: RuleSet,
    without: Callable[[], ComplianceReport],
) -> None:
    """Carry-back is allowed only where the rules allow it, and only to a deficient period."""
    if not rules.carry_back.value:
        raise InputError(
            [
                Problem(f"allocations[{i}]", f"{rules.name} allow no carry-back to an earlier period")
                for i, _ in allocations
            ]
        )
    if without().compliant:
        raise InputError(
            [
                Problem(
                    f"allocations[{i}].period_end",
                    f"the period ending {a.period_end} is compliant without carried-back hours: "
                    "only a deficient period takes them",
                )
                for i, a in allocations
            ]
        )


def _claim(credit: Credit) -> tuple[object, ...]:
    """What a claim says, apart from its id and title: two claims of one attendance must agree."""
    return (
        credit.minutes,
        credit.delivery,
        credit.kind,
        tuple(sorted((s.subfield, s.minutes) for s in credit.subfields)),
        credit.provider_approved,
        credit.first_presentation,
        credit.panelists,
        credit.units,
        credit.new_attorney_training,
    )


def _inactive_since_admission(licensee: Licensee, period: CompliancePeriod) -> bool:
    """Whether the licensee was inactive on every day of the period from admission on."""
    first = max(period.start, licensee.admitted_on)
    spans = [span.days for span in licensee.statuses if span.status is LicenseStatus.INACTIVE]
    return first <= period.end and _covered(DateRange(first, period.end), spans)


_NO_PERIOD = object()  # evaluate_nat checks the arguments without a period


def _input_problems(  # noqa: PLR0912, PLR0917 - one check per argument, every problem collected
    licensee: object,
    credits: object,
    period: object,
    jurisdiction: object,
    allocations: object,
    rules: object,
) -> tuple[list[Credit], list[CarryBack], list[Problem]]:
    """The well-formed credits and allocations, and every problem with the arguments."""
    problems: list[Problem] = []
    if not isinstance(licensee, Licensee):
        problems.append(Problem("licensee", f"expected a Licensee, got {licensee!r}"))
    if period is not _NO_PERIOD and not isinstance(period, CompliancePeriod):
        problems.append(Problem("period", f"expected a CompliancePeriod, got {period!r}"))
    if not isinstance(jurisdiction, Jurisdiction):
        problems.append(Problem("jurisdiction", f"expected a Jurisdiction, got {jurisdiction!r}"))
    if rules is not None and not isinstance(rules, RuleSet):
        problems.append(Problem("rules", f"expected a RuleSet or None, got {rules!r}"))
    items: list[Credit] = []
    try:
        raw = iterable("credits", credits)
    except InputError as error:
        problems.extend(error.problems)
        raw = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        if not isinstance(item, Credit):
            problems.append(Problem(f"credits[{index}]", f"expected a Credit, got {item!r}"))
            continue
        if item.credit_id in seen:
            problems.append(
                Problem(
                    f"credits[{index}].credit_id",
                    f"{item.credit_id!r} is also the id of credits[{seen[item.credit_id]}]",
                )
            )
        seen.setdefault(item.credit_id, index)
        items.append(item)
    claims: dict[tuple[str, date, CreditKind], tuple[int, Credit]] = {}
    for index, item in enumerate(raw):
        if isinstance(item, Credit) and item.activity is not None:
            key = (item.activity, item.completed_on, item.kind)
            if key not in claims:
                claims[key] = (index, item)
            elif _claim(claims[key][1]) != _claim(item):
                problems.append(
                    Problem(
                        f"credits[{index}]",
                        f"claims {item.kind.value} at activity {item.activity!r} on {item.completed_on}, as "
                        f"credits[{claims[key][0]}] does, with different details: one attendance is one claim",
                    )
                )
    carried: list[CarryBack] = []
    try:
        raw_allocations = iterable("allocations", allocations)
    except InputError as error:
        problems.extend(error.problems)
        raw_allocations = []
    allocated: dict[str, int] = {}
    by_id = {c.credit_id: c for c in items}
    for index, item in enumerate(raw_allocations):
        if not isinstance(item, CarryBack):
            problems.append(Problem(f"allocations[{index}]", f"expected a CarryBack, got {item!r}"))
            continue
        if item.credit_id not in by_id:
            problems.append(Problem(f"allocations[{index}].credit_id", f"no credit has the id {item.credit_id!r}"))
        elif by_id[item.credit_id].completed_on <= item.period_end:
            problems.append(
                Problem(
                    f"allocations[{index}].period_end",
                    f"credit {item.credit_id!r} was completed on {by_id[item.credit_id].completed_on}, "
                    f"not after the period ending {item.period_end}: only later hours are carried back",
                )
            )
        if item.credit_id in allocated:
            problems.append(
                Problem(
                    f"allocations[{index}].credit_id",
                    f"{item.credit_id!r} is already allocated by allocations[{allocated[item.credit_id]}]",
                )
            )
        allocated.setdefault(item.credit_id, index)
        carried.append(item)
    return items, carried, problems


# ----------------------------------------------------------------------------- evaluate


def evaluate(  # noqa: PLR0912, PLR0915 - one pass over the rule, step by step
    licensee: Licensee,
    credits: Iterable[Credit],
    period: CompliancePeriod,
    *,
    jurisdiction: Jurisdiction | None = None,
    rules: RuleSet | None = None,
    allocations: Iterable[CarryBack] = (),
    previous: ComplianceReport | None = None,
    inactive_enrollment_on: date | None = None,
) -> ComplianceReport:
    """Evaluate a licensee's credits against one compliance period.

    Args:
        licensee: The licensee, with admission date, group and status history.
        credits: Every credit claim of the licensee (any order; those outside the period
            are reported as not counted).
        period: A period of the licensee's own schedule.
        jurisdiction: Whose rules; California by default.
        rules: A rule set to use instead of the one in force for the period's end date
            (to override an assumed value, or to test a proposed rule).
        allocations: Explicit carry-back allocations: credits earned after a period's
            end and applied to it. A credit allocated to this period counts here; one
            allocated to another period does not.
        previous: The report of the period before, for jurisdictions that carry excess
            hours forward.
        inactive_enrollment_on: The day a still-noncompliant licensee is enrolled
            inactive, where you know it: the sources do not publish it for the March
            deadlines, so the library never invents it.

    Returns:
        A :class:`ComplianceReport`.

    Raises:
        InputError: naming every problem: a credit that is not a Credit, two credits
            with one id, a credit carrying a subfield the jurisdiction does not know, a
            period of another group or schedule, a carry-back of a credit that does not
            exist or was not earned after the period, a ``previous`` report of another
            licensee or period. Nothing partial is returned.
        RuleNotInForce: if no rule set is in force for the period's end (and none is given).
    """
    from calcities_domain.mcle.california import CALIFORNIA  # noqa: PLC0415 - the default, built on this module

    where = CALIFORNIA if jurisdiction is None else jurisdiction
    # Every problem is collected before any is raised: a later check runs whenever the
    # arguments it reads are sound, whatever else is wrong.
    items, carried, problems = _input_problems(licensee, credits, period, where, allocations, rules)
    schedule = None
    given: tuple[object, object, object] = (licensee, where, period)  # checked at run time: untyped callers
    sound = isinstance(given[0], Licensee) and isinstance(given[1], Jurisdiction)
    if sound and isinstance(given[2], CompliancePeriod):
        try:
            candidate = where.schedule_for(licensee)
            candidate.require(period)
        except InputError as error:
            problems.extend(error.problems)
        else:
            schedule = candidate
    if isinstance(given[1], Jurisdiction):
        known = {s.code for s in where.subfields}
        listed = ", ".join(sorted(known))
        for index, credit in enumerate(items):
            for s_index, share in enumerate(credit.subfields):
                if share.subfield not in known:
                    problems.append(
                        Problem(
                            f"credits[{index}].subfields[{s_index}].subfield",
                            f"{share.subfield!r} is not a subfield of {where.name} (known: {listed})",
                        )
                    )
    if schedule is not None:
        for index, allocation in enumerate(carried):
            try:
                target = schedule.period_containing(allocation.period_end)
            except RuleNotInForce as error:
                problems.append(Problem(f"allocations[{index}].period_end", str(error)))
                continue
            if target.end != allocation.period_end:
                problems.append(
                    Problem(
                        f"allocations[{index}].period_end",
                        f"{allocation.period_end} is not the end of a period "
                        f"(the period containing it ends {target.end})",
                    )
                )
    enrolled: object = inactive_enrollment_on
    if enrolled is not None and not is_plain_date(enrolled):
        problems.append(Problem("inactive_enrollment_on", f"expected a date or None, got {enrolled!r}"))
    earlier: object = previous  # checked at run time: untyped callers pass anything
    if previous is not None:
        if not isinstance(earlier, ComplianceReport):
            problems.append(Problem("previous", f"expected a ComplianceReport, got {previous!r}"))
        elif schedule is not None:
            if previous.licensee_id != licensee.licensee_id:
                problems.append(
                    Problem("previous.licensee_id", f"is {previous.licensee_id!r}, not {licensee.licensee_id!r}")
                )
            try:
                before = schedule.period_before(period)
            except RuleNotInForce as error:
                problems.append(Problem("previous", str(error)))
            else:
                if previous.period != before:
                    problems.append(
                        Problem("previous.period", f"is not the period before ({before.start} to {before.end})")
                    )
    if problems:
        raise InputError(problems)

    if rules is None:
        in_force = where.rule_sets.entry_at(period.end)
        rule_set = in_force.value
        chosen = Reason.of(
            "mcle.rule_set",
            f"The rules are chosen by the end of the period, {period.end}: {rule_set.name}.",
            source=in_force.source,
            facts={"period_end": period.end, "rule_set": rule_set.name, "overridden": False},
        )
    else:
        # A caller's rule set is used as given, even for a period no configured rule set covers.
        rule_set = rules
        chosen = Reason.of(
            "mcle.rule_set.override",
            f"The rules are the caller's own, not those chosen by the end of the period, {period.end}: "
            f"{rule_set.name}.",
            facts={"period_end": period.end, "rule_set": rule_set.name, "overridden": True},
        )
    reasons: list[Reason] = [chosen]
    here_allocations = [(i, a) for i, a in enumerate(carried) if a.period_end == period.end]
    if here_allocations:
        _check_carry_back(
            here_allocations,
            rule_set,
            lambda: evaluate(
                licensee,
                items,
                period,
                jurisdiction=where,
                rules=rules,
                allocations=[a for a in carried if a.period_end != period.end],
                previous=previous,
            ),
        )

    # --- proration
    not_subject = _months_not_subject(licensee, period)
    subject = period.months - not_subject
    threshold = rule_set.proration_months_threshold
    round_up = rule_set.proration_rounding_up
    unprorated_total = rule_set.total_hours.value
    if threshold is None:
        prorated = False
        nothing_required = False
        total_required = unprorated_total
        reasons.append(
            Reason.of(
                "mcle.proration.none",
                f"{where.name} rules here do not prorate the requirement.",
                facts={"months_subject": subject, "months_in_period": period.months},
            )
        )
    else:
        nothing_required = subject <= threshold.value
        prorated = not_subject > 0
        if nothing_required:
            total_required = _ZERO
            reasons.append(
                Reason.of(
                    "mcle.proration.nothing_required",
                    f"Subject to the requirement for {subject} of {period.months} months, {threshold.value} or fewer: "
                    "no hours are required (a report may still be due).",
                    source=threshold.source,
                    facts={"months_subject": subject, "months_in_period": period.months, "threshold": threshold.value},
                )
            )
        elif prorated:
            total_required = prorate(unprorated_total, subject, period.months, round_up=round_up.value)
            reasons.append(
                Reason.of(
                    "mcle.proration",
                    f"Subject for {subject} of {period.months} months (whole months not yet admitted, inactive or "
                    f"exempt are left out): {_hours_text(unprorated_total)} x {subject}/{period.months}, rounded "
                    f"{'up' if round_up.value else 'to the nearest'}, is {_hours(total_required)}.",
                    source=round_up.source,
                    facts={"months_subject": subject, "months_in_period": period.months, "required": total_required},
                )
            )
        else:
            total_required = unprorated_total
    requirements: list[Requirement] = [
        Requirement(TOTAL, "credit in total", total_required, unprorated_total, rule_set.total_hours.source)
    ]
    cap = rule_set.self_study_cap
    if cap is not None:
        floor_share = 1 - cap.value
        requirements.append(
            Requirement(
                PARTICIPATORY,
                "participatory credit",
                to_decimal(Fraction(total_required) * floor_share),
                to_decimal(Fraction(unprorated_total) * floor_share),
                cap.source,
            )
        )
    for minimum in rule_set.minimums:
        if nothing_required:
            hours = _ZERO
        elif not prorated:
            hours = minimum.hours
        elif minimum.when_prorated is ProrationMode.DROP:
            hours = _ZERO
        elif minimum.when_prorated is ProrationMode.KEEP:
            hours = minimum.hours
        else:
            hours = prorate(minimum.hours, subject, period.months, round_up=round_up.value)
        if prorated and not nothing_required and minimum.when_prorated is not ProrationMode.KEEP:
            mode_source = minimum.proration_source or round_up.source
            reasons.append(
                Reason.of(
                    f"mcle.proration.{minimum.when_prorated.value}",
                    f"In a prorated period, {minimum.label} is "
                    + (
                        "not required."
                        if minimum.when_prorated is ProrationMode.DROP
                        else f"prorated to {_hours(hours)}."
                    ),
                    source=mode_source,
                    facts={"subfield": minimum.subfield, "required": hours},
                )
            )
        requirements.append(Requirement(minimum.subfield, minimum.label, hours, minimum.hours, minimum.source))

    # --- classify each credit, in date order
    floor = _admission_floor(licensee)
    here = {a.credit_id for a in carried if a.period_end == period.end}
    elsewhere = {a.credit_id: a.period_end for a in carried if a.period_end != period.end}
    counted: list[tuple[Credit, CreditHours]] = []
    not_counted: list[NotCounted] = []
    candidates: list[tuple[Credit, CreditHours]] = []
    for credit in sorted(items, key=lambda c: (c.completed_on, c.credit_id)):
        earned = hours_for(credit, rule_set)
        reason: NotCountedReason | None = None
        message = ""
        in_period = credit.completed_on in period
        if credit.credit_id in elsewhere:
            reason = NotCountedReason.APPLIED_TO_OTHER_PERIOD
            message = f"carried back to the period ending {elsewhere[credit.credit_id]}"
        elif not in_period and credit.credit_id not in here:
            reason = NotCountedReason.OUTSIDE_PERIOD
            message = f"completed on {credit.completed_on}, outside {period.start} to {period.end}"
        elif credit.credit_id in here and not rule_set.carry_back.value:
            reason = NotCountedReason.OUTSIDE_PERIOD
            message = f"completed on {credit.completed_on}, after the period, and these rules allow no carry-back"
        elif credit.completed_on < floor:
            reason = NotCountedReason.BEFORE_ADMISSION
            message = f"completed on {credit.completed_on}, before {floor}, the first day of the month of admission"
        elif not credit.provider_approved:
            reason = NotCountedReason.UNAPPROVED_PROVIDER
            message = "the provider or activity is not approved"
        elif credit.new_attorney_training and not rule_set.nat_counts_toward_mcle.value:
            reason = NotCountedReason.NEW_ATTORNEY_TRAINING
            message = "New Attorney Training is reported apart from MCLE, and these rules do not count it toward MCLE"
        elif not earned.configured:
            reason = NotCountedReason.NOT_CONFIGURED
            message = f"{earned.basis} for {where.name}: supply a rule set that configures it"
        if reason is not None:
            not_counted.append(NotCounted(credit.credit_id, earned.hours, reason, message))
            continue
        candidates.append((credit, earned))

    # --- duplicates: claims for one activity on one day are the same claim (the input
    # check refuses them if they differ), so the first in date-and-id order counts.
    first_claim: dict[tuple[str, date, CreditKind], str] = {}
    for credit, earned in candidates:
        if credit.activity is not None:
            first = first_claim.setdefault((credit.activity, credit.completed_on, credit.kind), credit.credit_id)
            if first != credit.credit_id:
                not_counted.append(
                    NotCounted(
                        credit.credit_id,
                        earned.hours,
                        NotCountedReason.DUPLICATE,
                        f"the same claim as {first!r} for activity {credit.activity!r} on {credit.completed_on}",
                    )
                )
                continue
        counted.append((credit, earned))

    if any(c.new_attorney_training for c in items):
        nat_rule = rule_set.nat_counts_toward_mcle
        reasons.append(
            Reason.of(
                "mcle.nat.counts_toward_mcle",
                "New Attorney Training hours "
                + ("also count toward MCLE" if nat_rule.value else "are reported apart and do not count toward MCLE")
                + " under these rules.",
                source=nat_rule.source,
                facts={"counts": nat_rule.value},
            )
        )

    # --- the self-study cap, taken from the latest self-study credits first
    participatory = sum((e.hours for c, e in counted if c.delivery is Delivery.PARTICIPATORY), _ZERO)
    self_study = sum((e.hours for c, e in counted if c.delivery is Delivery.SELF_STUDY), _ZERO)
    over = _ZERO
    cap_hours: Decimal | None = None
    if cap is not None and total_required > 0:
        cap_hours = to_decimal(Fraction(total_required) * cap.value)
        over = max(_ZERO, self_study - cap_hours)
    trimmed: dict[str, Decimal] = {}
    remaining = over
    for credit, earned in reversed(counted):
        if remaining <= 0:
            break
        if credit.delivery is Delivery.SELF_STUDY and earned.hours > 0:
            part = min(remaining, earned.hours)
            trimmed[credit.credit_id] = part
            remaining -= part
    counted_credits: list[CountedCredit] = []
    for credit, earned in counted:
        cut = trimmed.get(credit.credit_id, _ZERO)
        parts = earned.subfields
        if cut and not rule_set.self_study_over_cap_counts_for_subfields.value:
            parts = _keep_within(parts, earned.hours - cut)
        if cut:
            not_counted.append(
                NotCounted(
                    credit.credit_id,
                    cut,
                    NotCountedReason.OVER_SELF_STUDY_CAP,
                    f"self-study above the cap of {_hours(cap_hours or _ZERO)}",
                )
            )
        counted_credits.append(
            CountedCredit(
                credit.credit_id,
                earned.hours - cut,
                credit.delivery,
                parts,
                credit.credit_id in here,
                earned.basis,
            )
        )
    self_study_counted = self_study - over
    if cap is not None and cap_hours is not None and prorated:
        reasons.append(
            Reason.of(
                "mcle.self_study_cap.prorated",
                f"The self-study cap is taken as {cap.value} of the prorated requirement.",
                source=PRORATED_CAP,
                facts={"required": total_required, "cap": cap_hours},
            )
        )
    if cap is not None and cap_hours is not None:
        reasons.append(
            Reason.of(
                "mcle.self_study_cap",
                f"Self-study counts for at most {_hours(cap_hours or _ZERO)} "
                f"({cap.value} of the requirement); {_hours_text(self_study)} claimed"
                + (f", {_hours_text(over)} over the cap." if over else "."),
                effect=Effect.INFO,
                source=cap.source,
                facts={"self_study": self_study, "cap": cap_hours, "over": over},
            )
        )
        if over and cap is not None:
            over_rule = rule_set.self_study_over_cap_counts_for_subfields
            reasons.append(
                Reason.of(
                    "mcle.self_study_cap.subfields",
                    "Self-study hours over the cap "
                    + (
                        "still count toward subfield minimums."
                        if over_rule.value
                        else "do not count toward subfield minimums either."
                    ),
                    source=over_rule.source,
                    facts={"counts_for_subfields": over_rule.value},
                )
            )

    # --- carry-forward in
    carried_in = _ZERO
    if previous is not None:
        carried_in = previous.carry_forward
        reasons.append(
            Reason.of(
                "mcle.carry_forward.in",
                f"{_hours(carried_in)} {_are(carried_in)} carried forward "
                f"from the period ending {previous.period.end}.",
                source=rule_set.carry_forward_cap.source,
                facts={"carried_in": carried_in},
            )
        )
    total = participatory + self_study_counted + carried_in

    # --- categories and shortfalls
    all_parts = tuple(p for c in counted_credits for p in c.subfields)
    category_hours = [
        CategoryHours(TOTAL, total),
        CategoryHours(PARTICIPATORY, participatory),
        CategoryHours(SELF_STUDY, self_study_counted),
    ]
    if carried_in:
        category_hours.append(CategoryHours("carried_in", carried_in))
    shortfalls: list[Shortfall] = []
    for requirement in requirements:
        if requirement.category == TOTAL:
            have = total
        elif requirement.category == PARTICIPATORY:
            have = participatory
        else:
            have = in_subfield(all_parts, requirement.category)
            category_hours.append(CategoryHours(requirement.category, have))
        missing = max(_ZERO, requirement.hours - have)
        met = missing == 0
        reasons.append(
            Reason.of(
                f"mcle.requirement.{requirement.category}",
                f"{requirement.label.capitalize()}: {_hours_text(have)} of {_hours(requirement.hours)}"
                + (" required." if met else f" required; {_hours_text(missing)} more needed."),
                effect=Effect.PASS if met else Effect.FAIL,
                source=requirement.source,
                facts={"required": requirement.hours, "counted": have},
            )
        )
        if not met:
            shortfalls.append(Shortfall(requirement.category, requirement.label, missing, period.end))

    # --- excess, carry-forward out, carry-back
    # Only hours earned in (or carried back to) this period carry forward: hours carried in
    # are not carried again.
    excess = max(_ZERO, total - carried_in - total_required)
    forward_cap = rule_set.carry_forward_cap.value
    forward = min(excess, forward_cap)
    reasons.append(
        Reason.of(
            "mcle.carry_forward",
            (
                f"Up to {_hours_text(forward_cap)} excess {noun_for(forward_cap, 'hour')} "
                "may count in the next period; "
                f"{_hours_text(forward)} will."
                if forward_cap
                else "Excess hours do not carry forward to the next period."
            ),
            source=rule_set.carry_forward_cap.source,
            facts={"excess": excess, "carry_forward": forward},
        )
    )
    if shortfalls and rule_set.carry_back.value:
        reasons.append(
            Reason.of(
                "mcle.carry_back",
                "Hours earned after the period ends may be applied to it (then they do not count in the next "
                "period): pass a CarryBack allocation for each.",
                source=rule_set.carry_back.source,
            )
        )
    if here:
        reasons.append(
            Reason.of(
                "mcle.carry_back.applied",
                f"Carried back to this period: {', '.join(sorted(here))}.",
                source=rule_set.carry_back.source,
                facts={"credits": tuple(sorted(here))},
            )
        )

    # --- reporting, and what follows a missed deadline
    must_report = licensee.admitted_on <= period.end and not _inactive_since_admission(licensee, period)
    exempt_all = _whole_period(LicenseStatus.EXEMPT, licensee, period)
    if exempt_all:
        reasons.append(
            Reason.of(
                "mcle.exempt",
                "Exempt for the whole period: no hours are required, but the exemption must be reported.",
                facts={"report_by": period.report_by},
            )
        )
    compliant = not shortfalls
    reasons.append(
        Reason.of(
            "mcle.report_by",
            f"The report for this period is due by {period.report_by}."
            if must_report
            else "Not admitted, or inactive from admission, for the whole period: no report is due.",
            effect=Effect.INFO,
            source=schedule.deadline_source if schedule is not None else None,
            facts={"report_by": period.report_by, "must_report": must_report},
        )
    )
    if where.noncompliance is not None and must_report:
        reasons.extend(_noncompliance(where, period, inactive_enrollment_on))

    return ComplianceReport(
        licensee_id=licensee.licensee_id,
        period=period,
        rule_set=rule_set.name,
        compliant=compliant,
        must_report=must_report,
        months_subject=subject,
        requirements=tuple(requirements),
        counted=tuple(category_hours),
        credits=tuple(counted_credits),
        not_counted=tuple(sorted(not_counted, key=lambda n: (n.credit_id, n.reason.value))),
        shortfalls=tuple(shortfalls),
        excess_hours=excess,
        carry_forward=forward,
        reasons=tuple(reasons),
    )


def _keep_within(parts: tuple[SubfieldHours, ...], limit: Decimal) -> tuple[SubfieldHours, ...]:
    """Subfield hours trimmed, in code order, so that they add up to no more than ``limit``."""
    kept: list[SubfieldHours] = []
    room = limit
    for part in parts:
        take = min(part.hours, max(_ZERO, room))
        room -= take
        kept.append(SubfieldHours(part.subfield, take))
    return tuple(kept)


def _noncompliance(where: Jurisdiction, period: CompliancePeriod, enrolled_on: date | None) -> list[Reason]:
    rules = where.noncompliance
    assert rules is not None  # noqa: S101 - checked by the caller
    reasons: list[Reason] = []
    try:
        fee = rules.late_fee.entry_at(period.report_by)
    except RuleNotInForce:
        reasons.append(
            Reason.of(
                "mcle.noncompliance.late_fee.unknown",
                f"The late fee for a deadline of {period.report_by} is not in the library's sources.",
            )
        )
    else:
        reasons.append(
            Reason.of(
                "mcle.noncompliance.late_fee",
                f"Reporting after {period.report_by} brings a late fee of {render_value(fee.value)}.",
                source=fee.source,
                facts={"late_fee": fee.value, "report_by": period.report_by},
            )
        )
    if rules.notice_days is not None:
        try:
            notice = rules.notice_days.entry_at(period.report_by)
        except RuleNotInForce:
            reasons.append(
                Reason.of(
                    "mcle.noncompliance.notice.unknown",
                    f"The time a noncompliance notice gives after a deadline of {period.report_by} is not published.",
                )
            )
        else:
            reasons.append(
                Reason.of(
                    "mcle.noncompliance.notice",
                    f"A noncompliance notice then gives {notice.value} days to comply.",
                    source=notice.source,
                    facts={"notice_days": notice.value},
                )
            )
    reasons.append(
        Reason.of(
            "mcle.noncompliance.inactive",
            rules.inactive_enrollment,
            source=rules.inactive_enrollment_source,
        )
    )
    if enrolled_on is not None:
        reasons.append(
            Reason.of(
                "mcle.noncompliance.inactive_on",
                f"Enrollment as inactive takes effect on {enrolled_on} (a date the caller supplied).",
                facts={"inactive_enrollment_on": enrolled_on},
            )
        )
    try:
        reinstatement = rules.reinstatement_fee.entry_at(period.report_by)
    except RuleNotInForce:
        reasons.append(
            Reason.of(
                "mcle.noncompliance.reinstatement_fee.unknown",
                f"The reinstatement fee for a deadline of {period.report_by} is not in the library's sources.",
            )
        )
    else:
        reasons.append(
            Reason.of(
                "mcle.noncompliance.reinstatement_fee",
                f"Reinstatement then costs {render_value(reinstatement.value)} (the fee in force on "
                f"{period.report_by}; the fee due is the one in force when reinstatement is sought).",
                source=reinstatement.source,
                facts={"reinstatement_fee": reinstatement.value},
            )
        )
    return reasons


# ----------------------------------------------------------------------------- New Attorney Training


def evaluate_nat(
    licensee: Licensee,
    credits: Iterable[Credit],
    *,
    jurisdiction: Jurisdiction | None = None,
    rules: RuleSet | None = None,
) -> NatReport:
    """The New Attorney Training requirement of a licensee, apart from MCLE.

    Counts attendance credits marked ``new_attorney_training``, from approved providers,
    completed from the first day of the month of admission through the due day; a second
    claim for one activity on one day counts once.

    Args:
        licensee: The licensee.
        credits: Their credits (only New Attorney Training ones are read).
        jurisdiction: Whose rules; California by default.
        rules: The rule set whose credit-hour rule turns minutes into hours; by default
            the jurisdiction's latest.

    Raises:
        InputError: for bad input, naming every problem.
    """
    from calcities_domain.mcle.california import CALIFORNIA  # noqa: PLC0415 - the default, built on this module

    where = CALIFORNIA if jurisdiction is None else jurisdiction
    items, _, problems = _input_problems(licensee, credits, _NO_PERIOD, where, (), rules)
    if problems:
        raise InputError(problems)
    rule_set = where.rule_sets.entries[-1].value if rules is None else rules
    nat = where.new_attorney_training
    question_id = licensee.licensee_id
    if nat is None:
        reason = Reason.of("mcle.nat.none", f"{where.name} has no New Attorney Training requirement configured.")
        return NatReport(question_id, False, _ZERO, None, _ZERO, None, True, (reason,))
    if licensee.admitted_on <= nat.admitted_after.value:
        reason = Reason.of(
            "mcle.nat.not_applicable",
            f"Admitted on {licensee.admitted_on}, not after {nat.admitted_after.value}: "
            "no New Attorney Training is required.",
            effect=Effect.PASS,
            source=nat.admitted_after.source,
            facts={"admitted_on": licensee.admitted_on},
        )
        return NatReport(question_id, False, _ZERO, None, _ZERO, None, True, (reason,))
    month_start = add_months(
        licensee.admitted_on.replace(day=1), nat.months_after_admission_month.value, policy=MonthEndPolicy.STRICT
    )
    due = last_day_of_month(month_start.year, month_start.month)
    floor = _admission_floor(licensee)
    seen: set[tuple[str, date]] = set()
    done = _ZERO
    for c in sorted(items, key=lambda c: (c.completed_on, c.credit_id)):
        if not (c.new_attorney_training and c.kind is CreditKind.ATTENDANCE and c.provider_approved):
            continue
        if not floor <= c.completed_on <= due:
            continue
        if c.activity is not None:
            if (c.activity, c.completed_on) in seen:
                continue
            seen.add((c.activity, c.completed_on))
        done += hours_for(c, rule_set).hours
    required = nat.hours.value
    missing = max(_ZERO, required - done)
    shortfall = Shortfall("new_attorney_training", "New Attorney Training", missing, due) if missing else None
    reasons = (
        Reason.of(
            "mcle.nat.applies",
            f"Admitted on {licensee.admitted_on}, after {nat.admitted_after.value}: "
            f"{_hours(required)} of New Attorney Training {_are(required)} required.",
            source=nat.admitted_after.source,
            facts={"admitted_on": licensee.admitted_on, "hours": required},
        ),
        Reason.of(
            "mcle.nat.due",
            f"They are due by {due}, the last day of the month of the first anniversary of admission.",
            source=nat.months_after_admission_month.source,
            facts={"due": due},
        ),
        Reason.of(
            "mcle.nat.hours",
            f"{_hours_text(done)} of {_hours(required)} completed by {due}"
            + ("." if not missing else f"; {_hours_text(missing)} more needed."),
            effect=Effect.PASS if not missing else Effect.FAIL,
            source=nat.hours.source,
            facts={"completed": done, "required": required},
        ),
    )
    return NatReport(question_id, True, required, due, done, shortfall, not missing, reasons)


def evaluate_many(
    cases: Iterable[tuple[Licensee, Iterable[Credit], CompliancePeriod]],
    *,
    jurisdiction: Jurisdiction | None = None,
    rules: RuleSet | None = None,
) -> list[ComplianceReport]:
    """Evaluate many licensees, each against one period: the batch form of :func:`evaluate`.

    Each case is ``(licensee, credits, period)``; the reports come back in the order of
    the cases, each equal to ``evaluate(licensee, credits, period, ...)``. It is a plain
    function of its arguments, so a batch can be split anywhere and its parts evaluated
    in other processes or on other machines (a ``dask.bag`` partition, a Spark
    ``mapPartitions``): the models and reports pickle.

    Every case is evaluated before anything is raised, so one error names the problems
    of every case.

    Args:
        cases: The licensees, each with every credit claim and the period to evaluate.
        jurisdiction: Whose rules; California by default.
        rules: A rule set to use for every case instead of the one in force.

    Returns:
        One :class:`ComplianceReport` per case, in order.

    Raises:
        InputError: naming every problem of every case, each path under ``cases[i]``
            (``cases[3].credits[0].minutes``); a case whose period has no rule set in
            force is listed among them. A bad ``jurisdiction`` or ``rules`` is named once,
            before any case is evaluated. Nothing partial is returned.
        RuleNotInForce: if every case is sound but no rule set is in force for a case's
            period end (and none is given); a note on it names the case.

    >>> from calcities_domain import mcle
    >>> ana = mcle.Licensee.admitted("A1", date(2010, 6, 1), "Garcia")
    >>> ben = mcle.Licensee.admitted("B2", date(2011, 6, 1), "Gomez")
    >>> period = mcle.compliance_period(ana.group, containing=date(2026, 11, 23))
    >>> [r.compliant for r in evaluate_many([(ana, [], period), (ben, [], period)])]
    [False, False]

    .. versionadded:: 0.3.0
    """
    given: tuple[object, object] = (jurisdiction, rules)  # checked at run time: untyped callers
    problems: list[Problem] = []
    if given[0] is not None and not isinstance(given[0], Jurisdiction):
        problems.append(Problem("jurisdiction", f"expected a Jurisdiction or None, got {jurisdiction!r}"))
    if given[1] is not None and not isinstance(given[1], RuleSet):
        problems.append(Problem("rules", f"expected a RuleSet or None, got {rules!r}"))
    if problems:
        raise InputError(problems)
    reports: list[ComplianceReport] = []
    not_in_force: list[tuple[int, RuleNotInForce]] = []
    for index, case in enumerate(iterable("cases", cases)):
        if not isinstance(case, tuple) or len(case) != 3:
            problems.append(Problem(f"cases[{index}]", f"expected (licensee, credits, period), got {case!r}"))
            continue
        licensee, credits, period = case
        try:
            reports.append(evaluate(licensee, credits, period, jurisdiction=jurisdiction, rules=rules))
        except InputError as error:
            problems.extend(problem.under(f"cases[{index}]") for problem in error.problems)
        except RuleNotInForce as gap:
            not_in_force.append((index, gap))
    if problems:
        problems.extend(Problem(f"cases[{at}]", str(missing)) for at, missing in not_in_force)
        raise InputError(sorted(problems, key=lambda p: _case_of(p.path)))
    if not_in_force:
        first, missing = not_in_force[0]
        missing.add_note(f"in cases[{first}], of {len(not_in_force)} case(s) whose period has no rule set in force")
        raise missing
    return reports


def _case_of(path: str) -> int:
    """The case index a problem's path starts with (``cases[12].credits`` -> 12)."""
    return int(path[len("cases[") : path.index("]")])
