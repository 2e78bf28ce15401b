"""Rule sets (what a period requires) and the computation of credit hours.

A :class:`RuleSet` holds every value a jurisdiction's MCLE rules need for one kind of
period, each a :class:`~calcities_domain.kernel.Cited` value carrying its source; a
jurisdiction keeps a timeline of rule sets keyed by the **end date** of the compliance
period. Nothing here assumes California: the length of a credit hour, the rounding
increment and its tie rule, the self-study cap, proration and carry-forward are all
values of the rule set.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
import math
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs

from calcities_domain.kernel import Cited, InputError, Problem, Source
from calcities_domain.kernel._checks import (
    Check,
    checked,
    code,
    fail,
    instance,
    optional,
    text,
    tuple_of,
    type_names,
    validate,
)
from calcities_domain.kernel._words import number, shown
from calcities_domain.mcle.models import Credit, CreditKind

__all__ = [
    "MAX_MINUTES",
    "MAX_UNITS",
    "CreditHours",
    "Minimum",
    "NewAttorneyTraining",
    "ProrationMode",
    "Rounding",
    "RuleSet",
    "SubfieldHours",
    "TieRule",
    "credit_hours",
    "hours_for",
    "in_subfield",
    "prorate",
    "round_hours",
    "to_decimal",
]

#: The most minutes a credit may claim for :func:`hours_for`: a billion (about 1,900 years
#: of instruction). No activity comes near it; a larger count is a mistake, refused by name,
#: rather than worked out into hours that Decimal arithmetic would round (a number of
#: thousands of digits has no exact sum at Decimal's 28 digits, nor a text form).
MAX_MINUTES = 1_000_000_000
#: The most units a law-school class may grant for :func:`hours_for`: a million.
MAX_UNITS = 1_000_000


class TieRule(enum.Enum):
    """How a time exactly halfway between two increments is rounded.

    Attributes:
        DOWN: to the lower increment (52.5 minutes is 0.75 hours, not 1).
        UP: to the higher increment.
        EVEN: to the even number of increments (banker's rounding).
    """

    DOWN = "down"
    UP = "up"
    EVEN = "even"


class Rounding(enum.Enum):
    """How time is turned into a multiple of the increment.

    Attributes:
        NEAREST: to the nearest increment ("reported to the nearest quarter hour"); an
            exact tie is settled by the :class:`TieRule`.
        DOWN: only whole increments completed count (a half credit needs the full 25
            minutes of a 50-minute hour).
    """

    NEAREST = "nearest"
    DOWN = "down"


class ProrationMode(enum.Enum):
    """What happens to a subfield minimum when the requirement is prorated.

    Attributes:
        PRORATE: reduced in proportion, rounded as the total is.
        DROP: not required at all in a prorated period.
        KEEP: required in full.
    """

    PRORATE = "prorate"
    DROP = "drop"
    KEEP = "keep"


def _amount(value: int | Fraction) -> str:
    """A whole number or a fraction as text (``7/4``), in words where it is too long to read."""
    if isinstance(value, Fraction) and value.denominator != 1:
        return f"{number(value.numerator)}/{number(value.denominator)}"
    return number(int(value))


def hours_check(instance_: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    """Attrs check: a non-negative, finite Decimal number of hours."""
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise fail(attribute.name, f"expected a non-negative, finite Decimal number of hours, got {shown(value)}")


def _cited_check(types: tuple[type, ...], instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    if not isinstance(value, Cited):
        raise fail(attribute.name, f"expected a Cited value, got {shown(value)}")
    if not isinstance(value.value, types) or (isinstance(value.value, bool) and bool not in types):
        raise fail(f"{attribute.name}.value", f"expected {type_names(types)}, got {shown(value.value)}")


def _cited(*types: type) -> Check:
    # A bound module-level check, not a closure, for the reason in kernel/_checks.py.
    return functools.partial(_cited_check, types)  # pragma: no mutate


def _optional_source(instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    if value is not None and not isinstance(value, Source):
        raise fail(attribute.name, f"expected a Source or None, got {shown(value)}")


def _optional_cited(*types: type) -> Check:
    return optional(_cited(*types))  # pragma: no mutate


@attrs.frozen
class Minimum:
    """A minimum number of hours in a subfield, inside the total.

    Attributes:
        subfield: The subfield's code; hours in ``bias.implicit`` count toward ``bias``
            too, so a minimum on ``bias`` is met by both.
        label: The subfield's name, for people (``"elimination of bias"``).
        hours: The hours required in an unprorated period.
        source: Who says so.
        when_prorated: What happens to it when the requirement is prorated.
        proration_source: Who says that; if None, the source of the rule set's proration
            rounding.
    """

    subfield: str = attrs.field(metadata=checked(code))
    label: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    when_prorated: ProrationMode = attrs.field(
        default=ProrationMode.PRORATE, kw_only=True, metadata=checked(instance(ProrationMode))
    )
    proration_source: Source | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_source))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class NewAttorneyTraining:
    """The New Attorney Training requirement, reported apart from MCLE.

    Attributes:
        admitted_after: It applies to licensees admitted after this day.
        hours: The hours required.
        months_after_admission_month: It is due on the last day of the month this many
            months after the month of admission (12: the month of the first anniversary).
        source: Who says so.
    """

    admitted_after: Cited[date] = attrs.field(metadata=checked(_cited(date)))
    hours: Cited[Decimal] = attrs.field(metadata=checked(_cited(Decimal)))
    months_after_admission_month: Cited[int] = attrs.field(metadata=checked(_cited(int)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _minimums(instance_: object, attribute: attrs.Attribute[tuple[Minimum, ...]], value: object) -> None:
    tuple_of(Minimum)(instance_, attribute, value)
    codes = [m.subfield for m in value]  # type: ignore[attr-defined]
    for index, subfield in enumerate(codes):
        if codes.index(subfield) != index:
            raise fail(f"{attribute.name}[{index}].subfield", f"{shown(subfield)} has two minimums")


@attrs.frozen
class RuleSet:
    """Everything a jurisdiction requires for one period, each value cited.

    Attributes:
        name: A short name (``"California, periods ending from 2025"``).
        total_hours: Hours required in an unprorated period.
        minimums: Subfield minimums, inside the total.
        self_study_cap: The largest share of the requirement that self-study may make up;
            None for no cap.
        self_study_over_cap_counts_for_subfields: Whether self-study hours above the cap
            still count toward subfield minimums. When they do not, the hours over the cap
            are taken from the latest self-study credits first, so adding an earlier
            self-study credit can move the cut onto a later one and lower a subfield
            (the total never falls).
        minutes_per_hour: Minutes of instruction in one credit hour.
        increment: Hours are rounded to a multiple of this (a quarter hour).
        tie: How a time exactly halfway between two increments is rounded.
        rounding: Whether time rounds to the nearest increment or down to whole ones.
        proration_months_threshold: A period with this many months or fewer subject to
            the requirement requires nothing; None if the jurisdiction does not prorate.
        proration_rounding_up: Whether prorated hours round up to whole hours (else to
            the nearest, ties up).
        carry_forward_cap: Hours above the requirement that may count in the next period.
        carry_back: Whether hours earned after a deficient period may be applied to it.
        speaker_multiplier: First presentations earn this many times the speaking time;
            None if the jurisdiction's speaker rule is not configured.
        hours_per_teaching_unit: Law-school teaching earns this many hours per unit;
            None if not configured.
        nat_counts_toward_mcle: Whether New Attorney Training hours count toward MCLE.
    """

    name: str = attrs.field(metadata=checked(text))
    total_hours: Cited[Decimal] = attrs.field(metadata=checked(_cited(Decimal)))
    minimums: tuple[Minimum, ...] = attrs.field(metadata=checked(_minimums))
    self_study_cap: Cited[Fraction] | None = attrs.field(metadata=checked(_optional_cited(Fraction)))
    self_study_over_cap_counts_for_subfields: Cited[bool] = attrs.field(metadata=checked(_cited(bool)))
    minutes_per_hour: Cited[int] = attrs.field(metadata=checked(_cited(int)))
    increment: Cited[Fraction] = attrs.field(metadata=checked(_cited(Fraction)))
    tie: Cited[TieRule] = attrs.field(metadata=checked(_cited(TieRule)))
    rounding: Cited[Rounding] = attrs.field(metadata=checked(_cited(Rounding)))
    proration_months_threshold: Cited[int] | None = attrs.field(metadata=checked(_optional_cited(int)))
    proration_rounding_up: Cited[bool] = attrs.field(metadata=checked(_cited(bool)))
    carry_forward_cap: Cited[Decimal] = attrs.field(metadata=checked(_cited(Decimal)))
    carry_back: Cited[bool] = attrs.field(metadata=checked(_cited(bool)))
    speaker_multiplier: Cited[int] | None = attrs.field(metadata=checked(_optional_cited(int)))
    hours_per_teaching_unit: Cited[Decimal] | None = attrs.field(metadata=checked(_optional_cited(Decimal)))
    nat_counts_toward_mcle: Cited[bool] = attrs.field(metadata=checked(_cited(bool)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.minutes_per_hour.value < 1:
            problems.append(Problem("minutes_per_hour.value", "must be at least 1"))
        step = self.increment.value
        if step <= 0 or step > 1:
            problems.append(Problem("increment.value", f"must be more than 0 and at most 1 hour, got {_amount(step)}"))
        elif not _terminates(step):
            problems.append(
                Problem("increment.value", f"{_amount(step)} has no exact decimal form; hours are Decimals")
            )
        cap = self.self_study_cap
        if cap is not None and not 0 <= cap.value <= 1:
            problems.append(Problem("self_study_cap.value", f"must be a share from 0 to 1, got {_amount(cap.value)}"))
        if cap is not None and not _terminates(cap.value):
            problems.append(Problem("self_study_cap.value", f"{_amount(cap.value)} has no exact decimal form"))
        for name in ("total_hours", "carry_forward_cap"):
            value = getattr(self, name).value
            if not value.is_finite() or value < 0:
                problems.append(Problem(f"{name}.value", f"must be a non-negative number of hours, got {shown(value)}"))
        by_code = {m.subfield: m for m in self.minimums}
        for index, minimum in enumerate(self.minimums):
            parent = minimum.subfield.rpartition(".")[0]
            if parent in by_code and minimum.hours > by_code[parent].hours:
                problems.append(
                    Problem(
                        f"minimums[{index}].hours",
                        f"{minimum.hours} hours of {minimum.label} exceed the {by_code[parent].hours} "
                        f"of {shown(parent)}",
                    )
                )
        top = sum((m.hours for m in self.minimums if "." not in m.subfield), Decimal(0))
        # NaN or infinite hours are reported above; a NaN cannot be compared.
        if self.total_hours.value.is_finite() and top > self.total_hours.value:
            problems.append(Problem("minimums", f"the subfield minimums add up to {top}, more than the total"))
        return problems

    def subfield_label(self, subfield: str) -> str:
        """The name of a subfield this rule set has a minimum for (else the code)."""
        for minimum in self.minimums:
            if minimum.subfield == subfield:
                return minimum.label
        return subfield

    def sources(self) -> tuple[Source, ...]:
        """Every source the rule set cites."""
        cited: list[Source] = [m.source for m in self.minimums]
        cited.extend(m.proration_source for m in self.minimums if m.proration_source is not None)
        for field in attrs.fields(RuleSet):
            value = getattr(self, field.name)
            if isinstance(value, Cited):
                cited.append(value.source)
        return tuple(dict.fromkeys(cited))


def _terminates(value: Fraction) -> bool:
    den = value.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


def to_decimal(value: Fraction) -> Decimal:
    """An exact Decimal for a Fraction whose denominator has only the factors 2 and 5.

    Raises:
        InputError: if the fraction has no exact decimal form.

    >>> to_decimal(Fraction(7, 4)), to_decimal(Fraction(25, 2))
    (Decimal('1.75'), Decimal('12.5'))
    """
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        raise fail("value", f"{_amount(value)} has no exact decimal form")
    # The fewest decimal digits that make it whole: the larger power of 2 or 5.
    digits = max(twos, fives)
    scaled = value.numerator * 10**digits // value.denominator
    # Built from the digits, not from text: exact at any size (Python writes a whole number
    # of more than 4300 digits as text only on request), and no context rounds it.
    whole = Decimal(scaled).as_tuple()
    return Decimal((whole.sign, whole.digits, -digits))


def round_hours(hours: Fraction, increment: Fraction, tie: TieRule, rounding: Rounding = Rounding.NEAREST) -> Fraction:
    """``hours`` rounded to the nearest multiple of ``increment``, ties broken by ``tie``.

    With ``rounding=Rounding.DOWN``, to the multiple at or below instead.

    >>> round_hours(Fraction(105, 60), Fraction(1, 4), TieRule.DOWN)  # 105 minutes
    Fraction(7, 4)
    >>> tie = Fraction(7, 8)  # 52.5 minutes, exactly between 0.75 and 1
    >>> round_hours(tie, Fraction(1, 4), TieRule.DOWN), round_hours(tie, Fraction(1, 4), TieRule.UP)
    (Fraction(3, 4), Fraction(1, 1))

    Raises:
        InputError: if ``hours`` is not a whole number or Fraction (a float is not exact),
            or ``increment`` is not a positive one.
    """
    given: tuple[tuple[str, object, str], ...] = (  # checked at run time: untyped callers pass anything
        ("hours", hours, "hours"),
        ("increment", increment, "a positive increment"),
    )
    problems = [
        Problem(name, f"expected {kind} (an int or a Fraction), got {shown(value)}")
        for name, value, kind in given
        if isinstance(value, bool) or not isinstance(value, int | Fraction)
    ]
    if not problems and increment <= 0:
        problems.append(Problem("increment", f"must be more than 0, got {_amount(increment)}"))
    if problems:
        raise InputError(problems)
    # In whole numbers: steps = hours / increment = top / bottom, all exact.
    top = hours.numerator * increment.denominator
    bottom = hours.denominator * increment.numerator
    low, remainder = divmod(top, bottom)  # remainder / bottom is the part past a whole step
    if rounding is not Rounding.DOWN and (
        2 * remainder > bottom
        or (2 * remainder == bottom and (tie is TieRule.UP or (tie is TieRule.EVEN and low % 2 == 1)))
    ):
        low += 1
    return low * increment


def credit_hours(
    minutes: int | Fraction,
    *,
    minutes_per_hour: int = 60,
    increment: Fraction = Fraction(1, 4),
    tie: TieRule = TieRule.DOWN,
    rounding: Rounding = Rounding.NEAREST,
) -> Decimal:
    """Minutes of instruction as credit hours: ``minutes / minutes_per_hour``, rounded.

    The defaults are California's (a 60-minute hour, reported to the nearest quarter
    hour). With whole minutes a 60-minute hour never ties (a tie needs 7.5 minutes past
    a quarter); a tie arises only from shared panel time, and ``tie`` decides it.

    Raises:
        InputError: for negative or non-whole minutes (a Fraction is accepted, for
            shared panel time).

    >>> credit_hours(50), credit_hours(52), credit_hours(53), credit_hours(100)
    (Decimal('0.75'), Decimal('0.75'), Decimal('1'), Decimal('1.75'))
    >>> credit_hours(100, minutes_per_hour=50, increment=Fraction(1, 2))
    Decimal('2')
    >>> credit_hours(74, minutes_per_hour=50, increment=Fraction(1, 2), rounding=Rounding.DOWN)
    Decimal('1')
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int | Fraction):
        raise fail("minutes", f"expected a whole number of minutes, got {shown(minutes)}")
    if minutes < 0:
        raise fail("minutes", f"must not be negative, got {_amount(minutes)}")
    per_hour: object = minutes_per_hour  # checked at run time: untyped callers pass anything
    if isinstance(per_hour, bool) or not isinstance(per_hour, int) or per_hour < 1:
        raise fail("minutes_per_hour", f"expected a positive whole number, got {shown(minutes_per_hour)}")
    step: object = increment
    if not isinstance(step, Fraction) or not 0 < step <= 1 or not _terminates(step):
        raise fail("increment", f"expected a Fraction of an hour with a decimal form, got {shown(increment)}")
    if not isinstance(tie, TieRule):
        raise fail("tie", f"expected a TieRule, got {shown(tie)}")
    if not isinstance(rounding, Rounding):
        raise fail("rounding", f"expected a Rounding, got {shown(rounding)}")
    return to_decimal(round_hours(Fraction(minutes) / minutes_per_hour, increment, tie, rounding))


@attrs.frozen
class SubfieldHours:
    """Hours in one subfield.

    Attributes:
        subfield: The subfield's code.
        hours: The hours.
    """

    subfield: str = attrs.field(metadata=checked(code))
    hours: Decimal = attrs.field(metadata=checked(hours_check))

    def __attrs_post_init__(self) -> None:
        validate(self)


def in_subfield(parts: tuple[SubfieldHours, ...], subfield: str) -> Decimal:
    """Hours toward ``subfield`` among ``parts``, counting its sub-codes (``bias.implicit`` is ``bias``)."""
    return sum(
        (p.hours for p in parts if p.subfield == subfield or p.subfield.startswith(subfield + ".")),
        Decimal(0),
    )


@attrs.frozen
class CreditHours:
    """The hours a credit earns under a rule set, and how.

    Attributes:
        credit_id: The credit.
        hours: Hours toward the total.
        subfields: Hours in each subfield the credit carries, by code.
        basis: How the hours were worked out, in words.
        sources: The rules applied.
        configured: False if the rule set lacks the rule this kind of credit needs (the
            credit then earns nothing, and the report says why).
    """

    credit_id: str = attrs.field(metadata=checked(text))
    hours: Decimal = attrs.field(metadata=checked(hours_check))
    subfields: tuple[SubfieldHours, ...] = attrs.field(metadata=checked(tuple_of(SubfieldHours)))
    basis: str = attrs.field(metadata=checked(text))
    sources: tuple[Source, ...] = attrs.field(metadata=checked(tuple_of(Source)))
    configured: bool = attrs.field(default=True, metadata=checked(instance(bool)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def in_subfield(self, subfield: str) -> Decimal:
        """Hours toward ``subfield``, counting its sub-codes (``bias.implicit`` is ``bias``)."""
        return in_subfield(self.subfields, subfield)


def _split(credit: Credit, factor: Fraction, rules: RuleSet) -> tuple[SubfieldHours, ...]:
    """Subfield hours, rounded cumulatively so that they never add up to more than the whole.

    Each subfield's hours are the rounded running total minus the rounded running total
    before it (shares in code order). Rounding is monotone, so every part is
    non-negative and their sum is the rounded sum of the minutes.
    """
    step, tie, per_hour = rules.increment.value, rules.tie.value, rules.minutes_per_hour.value
    parts, running, rounded_before = [], Fraction(0), Fraction(0)
    for share in sorted(credit.subfields, key=lambda s: s.subfield):
        running += share.minutes * factor
        rounded = round_hours(running / per_hour, step, tie, rules.rounding.value)
        parts.append(SubfieldHours(share.subfield, to_decimal(rounded - rounded_before)))
        rounded_before = rounded
    return tuple(parts)


def _within(parts: tuple[SubfieldHours, ...], limit: Decimal) -> tuple[SubfieldHours, ...]:
    """Subfield hours cut, in code order, so that they add up to no more than ``limit``.

    Teaching earns subfield credit for its actual minutes but total credit by units, so
    the minutes can come to more hours than the credit: subfield hours sit inside the
    credit's hours and never exceed them.
    """
    kept: list[SubfieldHours] = []
    room = limit
    for part in parts:
        take = min(part.hours, room)
        room -= take
        kept.append(SubfieldHours(part.subfield, take))
    return tuple(kept)


def _beyond_bounds(credit: Credit) -> list[Problem]:
    """The credit's minutes above :data:`MAX_MINUTES` and units above :data:`MAX_UNITS`, as problems."""
    problems = []
    if credit.minutes > MAX_MINUTES:
        problems.append(Problem("credit.minutes", f"must be at most {MAX_MINUTES:,}, got {number(credit.minutes)}"))
    if credit.units is not None and credit.units > MAX_UNITS:
        problems.append(Problem("credit.units", f"must be at most {MAX_UNITS:,}, got {shown(credit.units)}"))
    return problems


def hours_for(credit: Credit, rules: RuleSet) -> CreditHours:
    """The hours ``credit`` earns under ``rules``.

    - Attendance: the minutes, as hours, rounded to the increment.
    - Speaking: the speaking time (a panel's time shared equally among ``panelists``),
      times the speaker multiplier for a first presentation, the actual time for a
      repeat; subfield minutes the same way.
    - Law-school teaching: the units times the hours per unit; subfield credit only for
      the actual teaching time (``minutes``).

    A kind of credit whose rule the rule set does not configure earns nothing, with
    ``configured=False``.

    Raises:
        InputError: for a credit of more than :data:`MAX_MINUTES` minutes or
            :data:`MAX_UNITS` units (at ``credit.minutes``, ``credit.units``).
    """
    given: tuple[object, object] = (credit, rules)  # checked at run time: untyped callers pass anything
    if not isinstance(given[0], Credit) or not isinstance(given[1], RuleSet):
        raise InputError(
            [
                Problem(name, f"expected a {kind.__name__}, got {shown(value)}")
                for name, kind, value in (("credit", Credit, credit), ("rules", RuleSet, rules))
                if not isinstance(value, kind)
            ]
        )
    beyond = _beyond_bounds(credit)
    if beyond:
        raise InputError(beyond)
    step, tie, per_hour = rules.increment.value, rules.tie.value, rules.minutes_per_hour.value
    base = [rules.minutes_per_hour.source, rules.increment.source, rules.tie.source, rules.rounding.source]
    if credit.kind is CreditKind.ATTENDANCE:
        hours = round_hours(Fraction(credit.minutes, per_hour), step, tie, rules.rounding.value)
        return CreditHours(
            credit.credit_id,
            to_decimal(hours),
            _split(credit, Fraction(1), rules),
            f"{credit.minutes} minutes at {per_hour} minutes an hour, to the nearest {to_decimal(step)} hour",
            tuple(base),
        )
    if credit.kind is CreditKind.SPEAKING:
        multiplier = rules.speaker_multiplier
        if multiplier is None:
            return CreditHours(credit.credit_id, Decimal(0), (), "speaker credit is not configured", (), False)
        share = Fraction(1, credit.panelists or 1)
        factor = share * (multiplier.value if credit.first_presentation else 1)
        hours = round_hours(credit.minutes * factor / per_hour, step, tie, rules.rounding.value)
        shared = (
            f"{credit.minutes} panel minutes shared by {credit.panelists}"
            if credit.panelists
            else (f"{credit.minutes} minutes of speaking")
        )
        times = (
            f" times {multiplier.value} for a first presentation"
            if credit.first_presentation
            else (", actual time for a repeat presentation")
        )
        return CreditHours(
            credit.credit_id,
            to_decimal(hours),
            _split(credit, factor, rules),
            shared + times,
            (*base, multiplier.source),
        )
    per_unit = rules.hours_per_teaching_unit
    if per_unit is None:
        return CreditHours(credit.credit_id, Decimal(0), (), "law-school teaching credit is not configured", (), False)
    units = credit.units if credit.units is not None else Decimal(0)
    # A share of a class's units (taught partly in another period) can give any number of
    # hours: they are reported, like any credit, to the rule set's increment.
    taught = to_decimal(round_hours(Fraction(units) * Fraction(per_unit.value), step, tie, rules.rounding.value))
    return CreditHours(
        credit.credit_id,
        taught,
        _within(_split(credit, Fraction(1), rules), taught),
        f"{units} units at {per_unit.value} hours a unit; subfield credit for {credit.minutes} minutes of teaching",
        (*base, per_unit.source),
    )


def prorate(hours: Decimal, subject_months: int, period_months: int, *, round_up: bool) -> Decimal:
    """``hours * subject_months / period_months``, rounded to whole hours.

    Up (the rule that fits California's published new-admittee table), or to the nearest
    with ties up.

    >>> [prorate(Decimal(25), m, 36, round_up=True) for m in (32, 26, 20, 14, 8)]
    [Decimal('23'), Decimal('19'), Decimal('14'), Decimal('10'), Decimal('6')]
    """
    amount: object = hours
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise fail("hours", f"expected a non-negative, finite Decimal, got {shown(hours)}")
    if not isinstance(round_up, bool):
        raise fail("round_up", f"expected True or False, got {shown(round_up)}")
    for name, value in (("subject_months", subject_months), ("period_months", period_months)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise fail(name, f"expected a whole number, got {shown(value)}")
    if period_months < 1 or not 0 <= subject_months <= period_months:
        raise fail("subject_months", f"must be from 0 to {number(period_months)}, got {number(subject_months)}")
    exact = Fraction(hours) * subject_months / period_months
    whole = math.ceil(exact) if round_up else math.floor(exact + Fraction(1, 2))
    return Decimal(whole)
