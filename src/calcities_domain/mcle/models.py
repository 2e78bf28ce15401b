"""The MCLE models: licensees and their status history, credits, compliance periods.

All are frozen attrs classes that check every field when built and report every problem
at once (an :class:`~calcities_domain.kernel.InputError` naming each path). They hold
facts only; the rules that read them are in :mod:`calcities_domain.mcle.rules`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from calcities_domain.kernel import DateRange, Problem, Source
from calcities_domain.kernel._checks import (
    checked,
    code,
    fail,
    instance,
    is_plain_date,
    iterable,
    non_negative,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
    whole_number,
)
from calcities_domain.mcle.groups import ComplianceGroup, compliance_group

__all__ = [
    "EARLIEST_CREDIT",
    "CompliancePeriod",
    "Credit",
    "CreditKind",
    "Delivery",
    "Exemption",
    "LicenseStatus",
    "Licensee",
    "PeriodKind",
    "StatusSpan",
    "SubfieldShare",
]

#: Credits dated before this day are refused: no rule the library knows reaches back
#: further (California's MCLE began on 1 February 1992).
EARLIEST_CREDIT = date(1992, 1, 1)


class Delivery(enum.Enum):
    """How an activity was taken.

    Attributes:
        PARTICIPATORY: the provider verified attendance (in person or online).
        SELF_STUDY: unverified: recordings, self-assessment tests, authoring.
    """

    PARTICIPATORY = "participatory"
    SELF_STUDY = "self_study"


class CreditKind(enum.Enum):
    """How an activity earns credit.

    Attributes:
        ATTENDANCE: attending (or self-study of) an activity; ``minutes`` is the time
            of instruction, breaks excluded.
        SPEAKING: speaking at an activity; ``minutes`` is the speaking time (or, with
            ``panelists``, the panel's total time to be shared among them).
        LAW_SCHOOL_TEACHING: teaching a law-school class; credit comes from ``units``,
            and ``minutes`` is the actual teaching time, which alone earns subfield credit.
    """

    ATTENDANCE = "attendance"
    SPEAKING = "speaking"
    LAW_SCHOOL_TEACHING = "law_school_teaching"


class LicenseStatus(enum.Enum):
    """A licensee's status for MCLE purposes.

    Attributes:
        ACTIVE: subject to MCLE.
        INACTIVE: voluntarily inactive: not subject (MCLE is tolled).
        EXEMPT: active but exempt, for a reason (see :class:`Exemption`); still reports.
        NOT_ELIGIBLE: not eligible to practise (e.g. suspended): still subject, still reports.
    """

    ACTIVE = "active"
    INACTIVE = "inactive"
    EXEMPT = "exempt"
    NOT_ELIGIBLE = "not_eligible"


class Exemption(enum.Enum):
    """The grounds of exemption of California Rule 2.54(A) and B&P § 6070(c).

    A city council member or a mayor is **not** exempt: only officers and elected
    officials of the State of California are (see :func:`~calcities_domain.mcle.exemption_for_office`).

    Attributes:
        STATE_OFFICER: an officer or elected official of the State of California.
        LAW_PROFESSOR: a full-time professor at a law school accredited by the State
            Bar or the ABA.
        STATE_EMPLOYEE: a full-time employee of the State of California, acting within
            the scope of employment.
        FEDERAL_EMPLOYEE: a full-time employee of the United States government, acting
            within the scope of employment.
    """

    STATE_OFFICER = "state_officer"
    LAW_PROFESSOR = "law_professor"
    STATE_EMPLOYEE = "state_employee"
    FEDERAL_EMPLOYEE = "federal_employee"


class PeriodKind(enum.Enum):
    """What kind of compliance period.

    Attributes:
        REGULAR: a period of the jurisdiction's usual length.
        TRANSITION: a one-time period of another length that moves the calendar
            (California's 38-month periods ending 29 March 2025, 2026 and 2027).
    """

    REGULAR = "regular"
    TRANSITION = "transition"


def _credit_date(instance_: object, attribute: attrs.Attribute[date], value: object) -> None:
    plain_date(instance_, attribute, value)
    if isinstance(value, date) and value < EARLIEST_CREDIT:
        raise fail(
            attribute.name,
            f"{value} is before {EARLIEST_CREDIT}, earlier than any MCLE rule the library knows "
            "(California's MCLE began on 1992-02-01)",
        )


def _bool(instance_: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if not isinstance(value, bool):
        raise fail(attribute.name, f"expected true or false, got {value!r}")


@attrs.frozen
class SubfieldShare:
    """The part of an activity's minutes that is in one subfield.

    Attributes:
        subfield: The subfield's code (``"ethics"``, ``"bias.implicit"``...); a dotted
            code counts toward its parent too (implicit bias is elimination of bias).
        minutes: Minutes of the activity in that subfield.
    """

    subfield: str = attrs.field(metadata=checked(code))
    minutes: int = attrs.field(metadata=checked(non_negative))

    def __attrs_post_init__(self) -> None:
        validate(self)


# The fields of a Credit that its checks across fields do not read.
_CREDIT_INDEPENDENT = frozenset(
    {"credit_id", "completed_on", "delivery", "activity", "provider_approved", "first_presentation"}
    | {"new_attorney_training", "title"}
)


@attrs.frozen
class Credit:
    """One activity a licensee completed, as a credit claim.

    Hours are not stored: they depend on the jurisdiction's rules (a 60-minute hour in
    California, 50 minutes in New York), so the claim keeps the minutes and the rules
    turn them into hours.

    Attributes:
        credit_id: The claim's identifier, unique among a licensee's credits.
        completed_on: The day the activity was completed (for authoring, the day of
            publication or acceptance).
        minutes: Minutes of instruction, breaks excluded (see :class:`CreditKind`).
        delivery: Participatory or self-study.
        kind: Attendance, speaking or law-school teaching.
        subfields: The minutes in each subfield; their total never exceeds ``minutes``.
        activity: The activity's identifier (course or approval number): a second claim
            for the same activity on the same day is a duplicate and does not count (and
            :func:`~calcities_domain.mcle.evaluate` refuses two such claims that differ).
        provider_approved: Whether the provider or activity is approved; an unapproved
            one does not count.
        first_presentation: For speaking, whether this is the first presentation (which
            earns a multiple of the speaking time); repeats earn the actual time.
        panelists: For speaking on a panel without scheduled speaking times, how many
            panelists share ``minutes``.
        units: For law-school teaching, the units the school grants for the class (the
            share taught in the period, if the class straddles two periods).
        new_attorney_training: Whether this is part of the New Attorney Training, which is
            reported separately from MCLE.
        title: What the activity was, for people.

    Raises:
        InputError: naming every bad field: negative or non-whole minutes, subfield
            minutes above the activity's, a date before 1992, ``units`` on anything but
            teaching, ``panelists`` on anything but speaking, and so on.

    >>> Credit("c1", date(2024, 5, 2), 90, subfields=(SubfieldShare("ethics", 60),)).minutes
    90
    """

    credit_id: str = attrs.field(metadata=checked(text))
    completed_on: date = attrs.field(metadata=checked(_credit_date))
    minutes: int = attrs.field(metadata=checked(non_negative))
    delivery: Delivery = attrs.field(default=Delivery.PARTICIPATORY, kw_only=True, metadata=checked(instance(Delivery)))
    kind: CreditKind = attrs.field(default=CreditKind.ATTENDANCE, kw_only=True, metadata=checked(instance(CreditKind)))
    subfields: tuple[SubfieldShare, ...] = attrs.field(
        default=(), kw_only=True, metadata=checked(tuple_of(SubfieldShare))
    )
    activity: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))
    provider_approved: bool = attrs.field(default=True, kw_only=True, metadata=checked(_bool))
    first_presentation: bool = attrs.field(default=True, kw_only=True, metadata=checked(_bool))
    panelists: int | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(whole_number)))
    units: Decimal | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(instance(Decimal))))
    new_attorney_training: bool = attrs.field(default=False, kw_only=True, metadata=checked(_bool))
    title: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent=_CREDIT_INDEPENDENT)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        codes = [share.subfield for share in self.subfields]
        for index, share in enumerate(self.subfields):
            if codes.index(share.subfield) != index:
                problems.append(Problem(f"subfields[{index}].subfield", f"{share.subfield!r} is listed twice"))
        allocated = sum(share.minutes for share in self.subfields)
        if allocated > self.minutes:
            problems.append(
                Problem(
                    "subfields",
                    f"the subfield minutes add up to {allocated}, more than the activity's {self.minutes} minutes",
                )
            )
        if self.kind is CreditKind.LAW_SCHOOL_TEACHING:
            if self.units is None:
                problems.append(Problem("units", "law-school teaching needs the units the school grants"))
            elif not self.units.is_finite() or self.units <= 0:
                problems.append(Problem("units", f"must be a positive number of units, got {self.units}"))
        elif self.units is not None:
            problems.append(Problem("units", f"only law-school teaching has units, not {self.kind.value}"))
        if self.panelists is not None:
            if self.kind is not CreditKind.SPEAKING:
                problems.append(Problem("panelists", f"only speaking is shared among panelists, not {self.kind.value}"))
            elif self.panelists < 1:
                problems.append(Problem("panelists", f"must be at least 1, got {self.panelists}"))
        return problems


def _optional_date(instance_: object, attribute: attrs.Attribute[date | None], value: object) -> None:
    if value is not None:
        plain_date(instance_, attribute, value)


@attrs.frozen
class StatusSpan:
    """A stretch of days, inclusive, in one status.

    Attributes:
        status: The status.
        start: The first day.
        end: The last day, or None if it still holds.
        exemption: The ground of exemption; required for, and only for, ``EXEMPT``.
    """

    status: LicenseStatus = attrs.field(metadata=checked(instance(LicenseStatus)))
    start: date = attrs.field(metadata=checked(plain_date))
    end: date | None = attrs.field(default=None, metadata=checked(_optional_date))
    exemption: Exemption | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(Exemption)))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.end is not None and self.end < self.start:
            problems.append(Problem("end", f"{self.end} is before the start, {self.start}"))
        if self.status is LicenseStatus.EXEMPT and self.exemption is None:
            problems.append(Problem("exemption", "an exempt status needs its ground of exemption"))
        if self.status is not LicenseStatus.EXEMPT and self.exemption is not None:
            problems.append(
                Problem("exemption", f"only an exempt status has a ground of exemption, not {self.status.value}")
            )
        return problems

    @property
    def days(self) -> DateRange:
        """The days of the span."""
        return DateRange(self.start, self.end)


@attrs.frozen
class Licensee:
    """A licensed attorney, as MCLE sees one.

    Attributes:
        licensee_id: An identifier (a bar number).
        admitted_on: The day of admission.
        group: The compliance group, fixed at admission (California); None where the
            jurisdiction does not use groups.
        statuses: The status history: spans in date order, none overlapping, none before
            admission. Days after admission that no span covers are ``ACTIVE``.
        cycle_start: Where periods are anchored on the licensee rather than a group
            (New York's biennial cycle), the first day of the licensee's first cycle.

    Raises:
        InputError: naming every bad field, overlapping status spans, and spans that
            start before admission.

    >>> Licensee.admitted("123456", date(2019, 12, 3), "Garcia").group
    <ComplianceGroup.GROUP_1: 1>
    """

    licensee_id: str = attrs.field(metadata=checked(text))
    admitted_on: date = attrs.field(metadata=checked(plain_date))
    group: ComplianceGroup | None = attrs.field(default=None, metadata=checked(optional(instance(ComplianceGroup))))
    statuses: tuple[StatusSpan, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(StatusSpan)))
    cycle_start: date | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_date))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        for index, span in enumerate(self.statuses):
            if span.start < self.admitted_on:
                problems.append(
                    Problem(f"statuses[{index}].start", f"{span.start} is before admission, {self.admitted_on}")
                )
            if index and self.statuses[index - 1].days.overlaps(span.days):
                problems.append(
                    Problem(
                        f"statuses[{index}]",
                        f"overlaps statuses[{index - 1}] ({self.statuses[index - 1].days} and {span.days})",
                    )
                )
            elif index and span.start < self.statuses[index - 1].start:
                problems.append(Problem(f"statuses[{index}]", "status spans must be in date order"))
        return problems

    @classmethod
    def admitted(
        cls,
        licensee_id: str,
        admitted_on: date,
        last_name_at_admission: str,
        *,
        statuses: Iterable[StatusSpan] = (),
        skip_particles: bool = False,
    ) -> Licensee:
        """A California licensee, the group read from the last name at admission.

        Raises:
            InputError: as the constructor, or :func:`~calcities_domain.mcle.compliance_group`.
        """
        group = compliance_group(last_name_at_admission, skip_particles=skip_particles)
        return cls(licensee_id, admitted_on, group, statuses=tuple(iterable("statuses", statuses)))

    def status_on(self, day: date) -> LicenseStatus | None:
        """The status on ``day``: None before admission, ``ACTIVE`` where no span says otherwise."""
        if not is_plain_date(day):
            raise fail("day", f"expected a date (not a datetime), got {day!r}")
        if day < self.admitted_on:
            return None
        for span in self.statuses:
            if day in span.days:
                return span.status
        return LicenseStatus.ACTIVE


@attrs.frozen
class CompliancePeriod:
    """One compliance period of one schedule.

    Attributes:
        jurisdiction: The code of the jurisdiction (``"us_ca"``).
        schedule: The schedule it belongs to (``"group-1"``, or ``"cycle-from-2020-06-15"``).
        group: The compliance group, where the jurisdiction has groups.
        start: The first day.
        end: The last day; the rules in force are chosen by this day.
        due: The day the report is nominally due (the day after the end in California).
        report_by: The last day to report: ``due``, moved past weekends and holidays
            where the jurisdiction does so.
        months: How many months long the period is.
        kind: Regular, or a one-time transition period.
        source: Where the period comes from.
    """

    jurisdiction: str = attrs.field(metadata=checked(code))
    schedule: str = attrs.field(metadata=checked(text))
    group: ComplianceGroup | None = attrs.field(metadata=checked(optional(instance(ComplianceGroup))))
    start: date = attrs.field(metadata=checked(plain_date))
    end: date = attrs.field(metadata=checked(plain_date))
    due: date = attrs.field(metadata=checked(plain_date))
    report_by: date = attrs.field(metadata=checked(plain_date))
    months: int = attrs.field(metadata=checked(whole_number))
    kind: PeriodKind = attrs.field(metadata=checked(instance(PeriodKind)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.end < self.start:
            problems.append(Problem("end", f"{self.end} is before the start, {self.start}"))
        if self.due <= self.end:
            problems.append(Problem("due", f"{self.due} is not after the end, {self.end}"))
        if self.report_by < self.due:
            problems.append(Problem("report_by", f"{self.report_by} is before the due day, {self.due}"))
        if self.months < 1:
            problems.append(Problem("months", f"must be at least 1, got {self.months}"))
        return problems

    @property
    def days(self) -> DateRange:
        """The days of the period, inclusive."""
        return DateRange(self.start, self.end)

    def __contains__(self, day: object) -> bool:
        return is_plain_date(day) and self.start <= day <= self.end

    def __str__(self) -> str:
        who = str(self.group) if self.group is not None else self.schedule
        return f"{self.jurisdiction} {who}: {self.start} to {self.end}, report by {self.report_by}"
