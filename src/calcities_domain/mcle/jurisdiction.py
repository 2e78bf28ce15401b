"""Jurisdictions: a period calendar, dated rule sets and noncompliance facts, in a registry.

A :class:`Jurisdiction` puts together everything the engine needs for one regulator:
how licensees are placed in period schedules (by compliance group, as California does,
or by a cycle anchored on the licensee, as New York does), the rule sets keyed by the
end date of the period, the subfields its credits may carry, and what follows a missed
deadline. The engine assumes none of California's choices.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date

import attrs

from calcities_domain.kernel import Money, Problem, Source, Timeline
from calcities_domain.kernel._checks import checked, code, fail, instance, optional, text, tuple_of, validate
from calcities_domain.mcle.groups import ComplianceGroup
from calcities_domain.mcle.models import CompliancePeriod, Licensee
from calcities_domain.mcle.periods import Cycle, PeriodSchedule
from calcities_domain.mcle.rules import NewAttorneyTraining, RuleSet

__all__ = ["AnchoredCycles", "Jurisdiction", "NoncomplianceRules", "Subfield"]


@attrs.frozen
class Subfield:
    """A subfield a credit may carry hours in.

    Attributes:
        code: Its code (``"bias.implicit"``); a dotted code is part of its parent.
        label: Its name, for people.
    """

    code: str = attrs.field(metadata=checked(code))
    label: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class AnchoredCycles:
    """Periods anchored on each licensee: cycles of ``months`` from ``Licensee.cycle_start``.

    Attributes:
        months: The length of a cycle.
        due_days_after_end: The report is due this many days after the cycle ends.
        source: Where the cycle rule comes from.
        deadline_source: Where the deadline rule comes from.
    """

    months: int = attrs.field(metadata=checked(instance(int)))
    due_days_after_end: int = attrs.field(metadata=checked(instance(int)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    deadline_source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def schedule(self, jurisdiction: str, cycle_start: date) -> PeriodSchedule:
        """The schedule of a licensee whose first cycle starts on ``cycle_start``."""
        return PeriodSchedule(
            jurisdiction=jurisdiction,
            key=f"cycle-from-{cycle_start.isoformat()}",
            group=None,
            cycles=(Cycle(cycle_start, self.months, source=self.source),),
            due_days_after_end=self.due_days_after_end,
            deadline_calendar=None,
            deadline_source=self.deadline_source,
            missing="the licensee's first cycle starts later",
        )


@attrs.frozen
class NoncomplianceRules:
    """What follows a missed deadline, as dated, cited values.

    Attributes:
        late_fee: The fee for reporting late, by the deadline's date.
        reinstatement_fee: The fee to be reinstated after inactive enrollment, by date.
        notice_days: Days a noncompliance notice gives to cure, by the deadline's date,
            where known.
        inactive_enrollment: What happens to a licensee still noncompliant, in words.
        inactive_enrollment_source: Who says so.
    """

    late_fee: Timeline[Money] = attrs.field(metadata=checked(instance(Timeline)))
    reinstatement_fee: Timeline[Money] = attrs.field(metadata=checked(instance(Timeline)))
    notice_days: Timeline[int] | None = attrs.field(metadata=checked(optional(instance(Timeline))))
    inactive_enrollment: str = attrs.field(metadata=checked(text))
    inactive_enrollment_source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _schedules(instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    tuple_of(PeriodSchedule)(instance_, attribute, value)
    groups = [s.group for s in value]  # type: ignore[attr-defined]
    if len(set(groups)) != len(groups):
        raise fail(attribute.name, "two schedules for the same group")


@attrs.frozen
class Jurisdiction:
    """One regulator's MCLE rules: calendar, rule sets, subfields, noncompliance.

    Attributes:
        code: A stable identifier (``"us_ca"``).
        name: Its name.
        rule_sets: The rule sets, keyed by the **end date** of the compliance period.
        subfields: Every subfield a credit may carry hours in.
        group_schedules: One schedule per compliance group, where periods go by group.
        anchored: The cycle rule, where periods are anchored on each licensee.
        noncompliance: What follows a missed deadline, if configured.
        new_attorney_training: The New Attorney Training requirement, if any.
        note: What the configuration leaves out, in words.

    Exactly one of ``group_schedules`` and ``anchored`` is given.
    """

    code: str = attrs.field(metadata=checked(code))
    name: str = attrs.field(metadata=checked(text))
    rule_sets: Timeline[RuleSet] = attrs.field(metadata=checked(instance(Timeline)))
    subfields: tuple[Subfield, ...] = attrs.field(metadata=checked(tuple_of(Subfield)))
    group_schedules: tuple[PeriodSchedule, ...] = attrs.field(default=(), kw_only=True, metadata=checked(_schedules))
    anchored: AnchoredCycles | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(AnchoredCycles)))
    )
    noncompliance: NoncomplianceRules | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(NoncomplianceRules)))
    )
    new_attorney_training: NewAttorneyTraining | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(NewAttorneyTraining)))
    )
    note: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if bool(self.group_schedules) == (self.anchored is not None):
            problems.append(Problem("group_schedules", "give either group schedules or anchored cycles, not both"))
        known = {s.code for s in self.subfields}
        for index, entry in enumerate(self.rule_sets):
            value: object = entry.value  # a Timeline holds any value: check it is a rule set
            if not isinstance(value, RuleSet):
                problems.append(
                    Problem(f"rule_sets.entries[{index}].value", f"expected a RuleSet, got {entry.value!r}")
                )
                continue
            for m_index, minimum in enumerate(value.minimums):
                if minimum.subfield not in known:
                    problems.append(
                        Problem(
                            f"rule_sets.entries[{index}].value.minimums[{m_index}].subfield",
                            f"{minimum.subfield!r} is not one of the jurisdiction's subfields",
                        )
                    )
        for index, schedule in enumerate(self.group_schedules):
            if schedule.jurisdiction != self.code:
                problems.append(Problem(f"group_schedules[{index}].jurisdiction", f"is not {self.code!r}"))
        return problems

    @property
    def groups(self) -> tuple[ComplianceGroup, ...]:
        """The compliance groups, where periods go by group."""
        return tuple(s.group for s in self.group_schedules if s.group is not None)

    def schedule_for_group(self, group: ComplianceGroup) -> PeriodSchedule:
        """The period schedule of a compliance group.

        Raises:
            InputError: if the jurisdiction has no such group.
        """
        for schedule in self.group_schedules:
            if schedule.group is group:
                return schedule
        raise fail("group", f"{self.name} has no compliance group {group!r}")

    def schedule_for(self, licensee: Licensee) -> PeriodSchedule:
        """The period schedule a licensee follows.

        Raises:
            InputError: if the licensee lacks what the jurisdiction places licensees by
                (a group, or a cycle start).
        """
        if not isinstance(licensee, Licensee):
            raise fail("licensee", f"expected a Licensee, got {licensee!r}")
        if self.anchored is not None:
            if licensee.cycle_start is None:
                raise fail("licensee.cycle_start", f"{self.name} anchors periods on each licensee: give cycle_start")
            return self.anchored.schedule(self.code, licensee.cycle_start)
        if licensee.group is None:
            raise fail("licensee.group", f"{self.name} places licensees in compliance groups: give the group")
        return self.schedule_for_group(licensee.group)

    def rules_for(self, period: CompliancePeriod) -> RuleSet:
        """The rule set in force for ``period``, chosen by the period's **end** date.

        Raises:
            RuleNotInForce: if no rule set covers that end date.
        """
        if not isinstance(period, CompliancePeriod):
            raise fail("period", f"expected a CompliancePeriod, got {period!r}")
        return self.rule_sets.at(period.end)

    def subfield_label(self, subfield: str) -> str:
        """The name of a subfield (the code itself if unknown)."""
        for entry in self.subfields:
            if entry.code == subfield:
                return entry.label
        return subfield

    def sources(self) -> tuple[Source, ...]:
        """Every source the jurisdiction's configuration cites."""
        cited: list[Source] = []
        for entry in self.rule_sets:
            cited.append(entry.source)
            cited.extend(entry.value.sources())
        for schedule in self.group_schedules:
            cited.append(schedule.deadline_source)
            cited.extend(c.source for c in schedule.cycles)
            cited.extend(o.source for o in schedule.overrides)
        if self.anchored is not None:
            cited.extend((self.anchored.source, self.anchored.deadline_source))
        if self.new_attorney_training is not None:
            nat = self.new_attorney_training
            cited.extend((nat.admitted_after.source, nat.hours.source, nat.months_after_admission_month.source))
        if self.noncompliance is not None:
            rules = self.noncompliance
            cited.extend(rules.late_fee.sources())
            cited.extend(rules.reinstatement_fee.sources())
            cited.append(rules.inactive_enrollment_source)
            if rules.notice_days is not None:
                cited.extend(rules.notice_days.sources())
        return tuple(dict.fromkeys(cited))
