"""Tests of mcle/rules.py: credit hours, rounding, speaker and teaching credit, proration, rule sets.

Rules under test (../shared/domain/mcle.md, section 2 "How credit is computed" and
section 5 "Proration"):

* A credit hour is 60 minutes of instruction (Rule 2.51(D)), reported to the nearest
  quarter hour in decimals (calbar Evaluate-Credit); an exact tie (52.5 minutes) is
  ambiguous (calawyers.org reads "greater than 52.5 minutes" as one hour), so the tie
  rule is a parameter: DOWN (California's configured default), UP, EVEN.
* New York: a credit hour is at least 50 minutes (22 NYCRR 1500.4(b)(1)), issued in half
  credits (law.nyu.edu).
* Speakers earn 4 times their speaking time for the first presentation, the actual time
  for repeats; panelists without scheduled times share the panel's time (Rule 2.81).
* Law-school teaching earns 12 hours per unit, with subfield credit only for the actual
  teaching time (Rule 2.82; calbar Audit-FAQ QuestionID=351).
* Proration by whole months subject; the official new-admittee table (NewAdmittees.aspx):
  32 months subject -> 23 hours / 4 ethics, 26 -> 19/3, 20 -> 14/3, 14 -> 10/2, 8 -> 6/1.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from calcities_domain.kernel import Cited, Confidence, InputError, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    Credit,
    CreditKind,
    Delivery,
    Minimum,
    NewAttorneyTraining,
    ProrationMode,
    Rounding,
    RuleSet,
    SubfieldShare,
    TieRule,
    credit_hours,
    hours_for,
    prorate,
)
from calcities_domain.mcle.rules import (
    MAX_MINUTES,
    MAX_UNITS,
    CreditHours,
    SubfieldHours,
    in_subfield,
    round_hours,
    to_decimal,
)

CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))
CA_2004 = CALIFORNIA.rule_sets.at(date(2013, 1, 31))
NY_2024 = NEW_YORK.rule_sets.at(date(2024, 6, 30))
QUARTER = Fraction(1, 4)
HALF = Fraction(1, 2)
TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


def with_tie(rules: RuleSet, tie: TieRule) -> RuleSet:
    """A caller's rule set: the same rules with another tie rule."""
    return attrs.evolve(rules, tie=Cited(tie, TEST_SOURCE))


# ----------------------------------------------------------------------------- credit_hours: examples


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [
        (0, "0"),
        (7, "0"),  # 0.117 h: nearer 0 than 0.25
        (8, "0.25"),  # 0.133 h: nearer 0.25
        (15, "0.25"),
        (50, "0.75"),  # 0.833 h
        (52, "0.75"),  # 0.867 h: below the 52.5-minute midpoint
        (53, "1"),  # 0.883 h: above it
        (60, "1"),
        (90, "1.5"),
        (100, "1.75"),  # 1.667 h
        (1500, "25"),
    ],
)
def test_credit_hours_sixty_minute_hour_to_the_nearest_quarter(minutes: int, hours: str) -> None:
    """Rule 2.51(D) and calbar Evaluate-Credit: minutes / 60, to the nearest quarter hour, in decimals."""
    assert Decimal(hours) == credit_hours(minutes)


@pytest.mark.parametrize(
    ("tie", "hours"),
    [(TieRule.DOWN, "0.75"), (TieRule.UP, "1"), (TieRule.EVEN, "1")],
)
def test_credit_hours_tie_at_52_5_minutes(tie: TieRule, hours: str) -> None:
    """calawyers.org ("greater than 52.5 minutes" is one hour): an exact tie goes by the tie rule.

    52.5 minutes arise from 105 panel minutes shared by 2 panelists; 0.875 h is 3.5 quarters,
    so EVEN rounds to 4 quarters.
    """
    assert Decimal(hours) == credit_hours(Fraction(105, 2), tie=tie)


@pytest.mark.parametrize(
    ("tie", "hours"),
    [(TieRule.DOWN, "0.5"), (TieRule.UP, "0.75"), (TieRule.EVEN, "0.5")],
)
def test_credit_hours_tie_even_rounds_to_an_even_number_of_quarters(tie: TieRule, hours: str) -> None:
    """Tie rule EVEN: 37.5 minutes is 2.5 quarters, rounded to 2 (even), unlike 52.5 minutes."""
    assert Decimal(hours) == credit_hours(Fraction(75, 2), tie=tie)


def test_credit_hours_default_tie_is_californias() -> None:
    """California's configured tie rule is DOWN (TIE source: the CLA reading), and credit_hours defaults to it."""
    assert TieRule.DOWN is CA_2025.tie.value
    assert credit_hours(Fraction(105, 2)) == Decimal("0.75")


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [(0, "0"), (24, "0.5"), (25, "0.5"), (50, "1"), (60, "1"), (62, "1"), (63, "1.5"), (75, "1.5"), (100, "2")],
)
def test_credit_hours_new_york_fifty_minute_hour_in_half_credits(minutes: int, hours: str) -> None:
    """22 NYCRR 1500.4(b)(1): an hour is 50 minutes; NY credit comes in halves (law.nyu.edu)."""
    assert Decimal(hours) == credit_hours(minutes, minutes_per_hour=50, increment=HALF)
    assert (NY_2024.minutes_per_hour.value, NY_2024.increment.value) == (50, HALF)


def test_credit_hours_tie_under_new_york_rules() -> None:
    """A New York tie (62.5 minutes = 1.25 h, between 1 and 1.5) goes by the tie rule too."""
    expected = (Decimal(1), Decimal("1.5"))

    assert expected == (
        credit_hours(Fraction(125, 2), minutes_per_hour=50, increment=HALF, tie=TieRule.DOWN),
        credit_hours(Fraction(125, 2), minutes_per_hour=50, increment=HALF, tie=TieRule.UP),
    )


@pytest.mark.parametrize(
    ("minutes", "message"),
    [
        (-1, "must not be negative, got -1"),
        (Fraction(-1, 2), "must not be negative, got -1/2"),
        (1.5, "expected a whole number of minutes, got 1.5"),
        (True, "expected a whole number of minutes, got True"),
        ("90", "expected a whole number of minutes, got '90'"),
        (Decimal(90), "expected a whole number of minutes, got Decimal('90')"),
        (None, "expected a whole number of minutes, got None"),
    ],
)
def test_credit_hours_refuses_bad_minutes(minutes: Any, message: str) -> None:
    """Strict at the boundary (DESIGN.md principle 8): no coercion of minutes."""
    with pytest.raises(InputError) as caught:
        credit_hours(minutes)

    assert [("minutes", message)] == problems_of(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"minutes_per_hour": 0}, "minutes_per_hour"),
        ({"minutes_per_hour": True}, "minutes_per_hour"),
        ({"minutes_per_hour": 60.0}, "minutes_per_hour"),
        ({"increment": Fraction(0)}, "increment"),
        ({"increment": Fraction(3, 2)}, "increment"),
        ({"increment": Fraction(1, 3)}, "increment"),  # no exact decimal form
        ({"increment": 0.25}, "increment"),
        ({"tie": "down"}, "tie"),
    ],
)
def test_credit_hours_refuses_bad_parameters(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as caught:
        credit_hours(60, **kwargs)

    assert [path] == paths_of(caught.value)


# ----------------------------------------------------------------------------- credit_hours: properties

minutes_ = st.integers(min_value=0, max_value=100_000)
ties = st.sampled_from(TieRule)
increments = st.sampled_from([Fraction(1, 4), Fraction(1, 2), Fraction(1, 10), Fraction(1)])
per_hours = st.sampled_from([50, 60])


@given(a=minutes_, b=minutes_, per_hour=per_hours, increment=increments, tie=ties)
def test_credit_hours_are_monotone_in_minutes(a: int, b: int, per_hour: int, increment: Fraction, tie: TieRule) -> None:
    """Property: more minutes never earn fewer hours, under any hour, increment and tie rule."""
    low, high = sorted((a, b))
    assert credit_hours(low, minutes_per_hour=per_hour, increment=increment, tie=tie) <= credit_hours(
        high, minutes_per_hour=per_hour, increment=increment, tie=tie
    )


@given(minutes=minutes_, per_hour=per_hours, increment=increments, tie=ties)
def test_credit_hours_are_the_nearest_multiple_of_the_increment(
    minutes: int, per_hour: int, increment: Fraction, tie: TieRule
) -> None:
    """Property: the result is a multiple of the increment within half an increment of minutes / hour."""
    hours = Fraction(credit_hours(minutes, minutes_per_hour=per_hour, increment=increment, tie=tie))
    exact = Fraction(minutes, per_hour)

    assert (hours / increment).denominator == 1
    assert abs(hours - exact) <= increment / 2


@given(minutes=minutes_)
def test_whole_minutes_never_tie_on_a_sixty_minute_quarter_hour(minutes: int) -> None:
    """Property (TIE source note): with whole minutes and a 60-minute hour the tie rule never matters."""
    results = {credit_hours(minutes, tie=tie) for tie in TieRule}

    assert len(results) == 1


@given(
    hours=st.fractions(min_value=0, max_value=100, max_denominator=240),
    increment=increments,
)
def test_tie_rules_differ_only_at_exact_ties(hours: Fraction, increment: Fraction) -> None:
    """Property: DOWN, UP and EVEN agree everywhere except exactly halfway between increments."""
    results = {round_hours(hours, increment, tie) for tie in TieRule}
    halfway = (hours / increment - Fraction(1, 2)).denominator == 1

    assert len(results) == 1 or halfway
    assert round_hours(hours, increment, TieRule.DOWN) <= round_hours(hours, increment, TieRule.EVEN)
    assert round_hours(hours, increment, TieRule.EVEN) <= round_hours(hours, increment, TieRule.UP)


@given(hours=st.fractions(min_value=0, max_value=100, max_denominator=240), increment=increments, tie=ties)
def test_round_hours_is_idempotent(hours: Fraction, increment: Fraction, tie: TieRule) -> None:
    """Property: a rounded value is already a multiple of the increment, so rounding it again changes nothing."""
    once = round_hours(hours, increment, tie)

    assert once == round_hours(once, increment, tie)


@given(hours=st.fractions(min_value=0, max_value=100, max_denominator=240), increment=increments, tie=ties)
def test_round_hours_in_whole_numbers_equals_the_rational_definition(
    hours: Fraction, increment: Fraction, tie: TieRule
) -> None:
    """Property (performance issue: no optimisation may change a result): the whole-number
    arithmetic gives what the definition in Fractions gives, for every tie rule and both roundings."""
    steps = hours / increment
    low = steps.numerator // steps.denominator
    remainder = steps - low
    nearest = low + (
        remainder > Fraction(1, 2)
        or (remainder == Fraction(1, 2) and (tie is TieRule.UP or (tie is TieRule.EVEN and low % 2 == 1)))
    )
    assert round_hours(hours, increment, tie) == nearest * increment
    assert round_hours(hours, increment, tie, Rounding.DOWN) == low * increment


@pytest.mark.parametrize(
    ("hours", "increment", "problems"),
    [
        (0.875, Fraction(1, 4), ["hours: expected hours (an int or a Fraction), got 0.875"]),
        (True, Fraction(1, 4), ["hours: expected hours (an int or a Fraction), got True"]),
        (Fraction(1), Fraction(-1, 4), ["increment: must be more than 0, got -1/4"]),
        (Fraction(1), 0, ["increment: must be more than 0, got 0"]),
        (
            "1",
            0.25,
            [
                "hours: expected hours (an int or a Fraction), got '1'",
                "increment: expected a positive increment (an int or a Fraction), got 0.25",
            ],
        ),
    ],
)
def test_round_hours_refuses_inexact_or_non_positive_input(hours: Any, increment: Any, problems: list[str]) -> None:
    """Edge: round_hours is exact arithmetic on a positive step; anything else is named, never guessed."""
    with pytest.raises(InputError) as caught:
        round_hours(hours, increment, TieRule.DOWN)
    assert [str(p) for p in caught.value.problems] == problems


# ----------------------------------------------------------------------------- to_decimal


@pytest.mark.parametrize(
    ("value", "decimal"),
    [(Fraction(0), "0"), (Fraction(7, 4), "1.75"), (Fraction(25, 2), "12.5"), (Fraction(1, 8), "0.125")],
)
def test_to_decimal_is_exact(value: Fraction, decimal: str) -> None:
    assert Decimal(decimal) == to_decimal(value)


def test_to_decimal_refuses_a_fraction_without_a_decimal_form() -> None:
    with pytest.raises(InputError) as caught:
        to_decimal(Fraction(1, 3))

    assert paths_of(caught.value) == ["value"]


# ----------------------------------------------------------------------------- hours_for: attendance


def test_attendance_hours_and_subfields() -> None:
    """Rule 2.51(D): 100 minutes earn 1.75 hours; 60 of them in ethics earn 1 hour of ethics."""
    credit = Credit("c1", date(2024, 5, 2), 100, subfields=(SubfieldShare("ethics", 60),))

    earned = hours_for(credit, CA_2025)

    assert (Decimal("1.75"), (SubfieldHours("ethics", Decimal(1)),), True) == (
        earned.hours,
        earned.subfields,
        earned.configured,
    )
    assert "100 minutes at 60 minutes an hour" in earned.basis
    assert CA_2025.minutes_per_hour.source in earned.sources


def test_attendance_under_new_york_rules_uses_the_fifty_minute_hour() -> None:
    """22 NYCRR 1500.4(b)(1): the same 100 minutes earn 2 New York credits."""
    credit = Credit("c1", date(2024, 5, 2), 100)

    assert Decimal(2) == hours_for(credit, NY_2024).hours


def test_subfield_parts_are_rounded_cumulatively() -> None:
    """Subfield parts never add up to more than the whole: three 20-minute shares of a 60-minute course.

    Each 20 minutes alone rounds to 0.25 h (three would be 0.75 h); rounded cumulatively
    they are 0.25 + 0.5 + 0.25 = 1 hour, the rounded whole.
    """
    credit = Credit(
        "c1",
        date(2024, 5, 2),
        60,
        subfields=(SubfieldShare("ethics", 20), SubfieldShare("bias", 20), SubfieldShare("civility", 20)),
    )

    earned = hours_for(credit, CA_2025)

    assert sum(p.hours for p in earned.subfields) == Decimal(1)
    assert all(p.hours >= 0 for p in earned.subfields)


# ----------------------------------------------------------------------------- hours_for: speaking


def test_first_presentation_earns_four_times_the_speaking_time() -> None:
    """Rule 2.81: a first presentation earns 4 x the speaking time (60 minutes -> 4 hours); subfields too."""
    credit = Credit("s1", date(2024, 5, 2), 60, kind=CreditKind.SPEAKING, subfields=(SubfieldShare("ethics", 30),))

    earned = hours_for(credit, CA_2025)

    assert (Decimal(4), (SubfieldHours("ethics", Decimal(2)),)) == (earned.hours, earned.subfields)
    assert "times 4 for a first presentation" in earned.basis
    assert CA_2025.speaker_multiplier is not None
    assert CA_2025.speaker_multiplier.source in earned.sources


def test_repeat_presentation_earns_the_actual_time() -> None:
    """Rule 2.81: repeats earn the actual speaking time (60 minutes -> 1 hour)."""
    credit = Credit("s1", date(2024, 5, 2), 60, kind=CreditKind.SPEAKING, first_presentation=False)

    earned = hours_for(credit, CA_2025)

    assert Decimal(1) == earned.hours
    assert "actual time for a repeat presentation" in earned.basis


def test_panel_time_is_divided_among_panelists() -> None:
    """Rule 2.81(B): with no schedule, the panel's time / panelists, times 4 at a first presentation.

    120 minutes / 3 panelists = 40 minutes, x 4 = 160 minutes = 2.667 h -> 2.75 h.
    """
    credit = Credit("p1", date(2024, 5, 2), 120, kind=CreditKind.SPEAKING, panelists=3)

    earned = hours_for(credit, CA_2025)

    assert Decimal("2.75") == earned.hours
    assert "120 panel minutes shared by 3" in earned.basis


@pytest.mark.parametrize(("tie", "hours"), [(TieRule.DOWN, "0.75"), (TieRule.UP, "1"), (TieRule.EVEN, "1")])
def test_panel_tie_at_a_repeat_goes_by_the_rule_sets_tie_rule(tie: TieRule, hours: str) -> None:
    """Rule 2.81(B) and the TIE source: 105 minutes shared by 2 at a repeat is 52.5 minutes, an exact tie."""
    credit = Credit("p1", date(2024, 5, 2), 105, kind=CreditKind.SPEAKING, panelists=2, first_presentation=False)

    assert Decimal(hours) == hours_for(credit, with_tie(CA_2025, tie)).hours


def test_speaking_without_a_configured_rule_earns_nothing() -> None:
    """New York's rule set configures no speaker credit (NY_NOT_CONFIGURED): nothing is guessed."""
    credit = Credit("s1", date(2024, 5, 2), 60, kind=CreditKind.SPEAKING)

    earned = hours_for(credit, NY_2024)

    assert (Decimal(0), (), False) == (earned.hours, earned.subfields, earned.configured)
    assert earned.basis == "speaker credit is not configured"


# ----------------------------------------------------------------------------- hours_for: teaching


def test_law_school_teaching_earns_twelve_hours_a_unit() -> None:
    """Rule 2.82: 12 hours per unit (2 units = 24 hours); subfield credit only for actual teaching time.

    90 minutes of actual teaching, 60 of them on ethics: 1 hour of ethics, not 24.
    """
    credit = Credit(
        "t1",
        date(2024, 5, 2),
        90,
        kind=CreditKind.LAW_SCHOOL_TEACHING,
        units=Decimal(2),
        subfields=(SubfieldShare("ethics", 60),),
    )

    earned = hours_for(credit, CA_2025)

    assert (Decimal(24), (SubfieldHours("ethics", Decimal(1)),)) == (earned.hours, earned.subfields)
    assert "2 units at 12 hours a unit" in earned.basis


def test_teaching_subfield_hours_never_exceed_the_teaching_credit() -> None:
    """Subfields sit inside the credit: half a unit (6 hours) cannot carry 10 hours of subfield credit.

    600 minutes of actual teaching, all in subfields, earn 10 subfield hours by the clock,
    cut (in code order: bias, then ethics) to the 6 hours the half unit earns.
    """
    credit = Credit(
        "t1",
        date(2024, 5, 2),
        600,
        kind=CreditKind.LAW_SCHOOL_TEACHING,
        units=Decimal("0.5"),
        subfields=(SubfieldShare("ethics", 300), SubfieldShare("bias", 300)),
    )

    earned = hours_for(credit, CA_2025)

    assert Decimal(6) == earned.hours
    assert (Decimal(5), Decimal(1)) == (earned.in_subfield("bias"), earned.in_subfield("ethics"))


def test_teaching_without_a_configured_rule_earns_nothing() -> None:
    credit = Credit("t1", date(2024, 5, 2), 90, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal(1))

    earned = hours_for(credit, NY_2024)

    assert (Decimal(0), False, "law-school teaching credit is not configured") == (
        earned.hours,
        earned.configured,
        earned.basis,
    )


# ----------------------------------------------------------------------------- hours_for: properties

CA_CODES = ("bias", "bias.implicit", "civility", "competence", "ethics", "technology")


@st.composite
def credits(draw: st.DrawFn, codes: tuple[str, ...] = CA_CODES) -> Credit:
    """Any well-formed credit, its minutes split at random among subfields."""
    kind = draw(st.sampled_from(CreditKind))
    minutes = draw(st.integers(min_value=0, max_value=3000))
    chosen = draw(st.lists(st.sampled_from(codes), unique=True, max_size=len(codes)))
    shares = []
    room = minutes
    for subfield in chosen:
        share = draw(st.integers(min_value=0, max_value=room))
        room -= share
        shares.append(SubfieldShare(subfield, share))
    return Credit(
        "c",
        date(2024, 5, 2),
        minutes,
        kind=kind,
        delivery=draw(st.sampled_from(Delivery)),
        subfields=tuple(shares),
        first_presentation=draw(st.booleans()),
        panelists=draw(st.none() | st.integers(min_value=1, max_value=7)) if kind is CreditKind.SPEAKING else None,
        units=(
            draw(st.decimals(min_value=Decimal("0.25"), max_value=4, places=2))
            if kind is CreditKind.LAW_SCHOOL_TEACHING
            else None
        ),
    )


rule_sets = st.sampled_from([CA_2004, CA_2025, NY_2024, with_tie(CA_2025, TieRule.UP), with_tie(CA_2025, TieRule.EVEN)])


@given(credit=credits(), rules=rule_sets)
def test_subfield_hours_never_add_up_to_more_than_the_credit(credit: Credit, rules: RuleSet) -> None:
    """Property: over random subfield splits, the subfield hours sum to at most the credit's hours."""
    earned = hours_for(credit, rules)

    assert sum((p.hours for p in earned.subfields), Decimal(0)) <= earned.hours
    assert all(p.hours >= 0 for p in earned.subfields)


@given(credit=credits(), rules=rule_sets)
def test_hours_are_whole_increments_except_teaching(credit: Credit, rules: RuleSet) -> None:
    """Property: attendance and speaking hours are multiples of the rule set's increment."""
    assume(credit.kind is not CreditKind.LAW_SCHOOL_TEACHING)
    earned = hours_for(credit, rules)

    assert (Fraction(earned.hours) / rules.increment.value).denominator == 1


@given(minutes=st.integers(min_value=0, max_value=3000), extra=st.integers(min_value=0, max_value=600))
def test_speaking_earns_at_least_attending(minutes: int, extra: int) -> None:
    """Property: a first presentation earns at least a repeat, which earns what attending would."""
    first = Credit("s", date(2024, 5, 2), minutes + extra, kind=CreditKind.SPEAKING)
    repeat = attrs.evolve(first, first_presentation=False)
    attended = Credit("a", date(2024, 5, 2), minutes + extra)

    assert hours_for(first, CA_2025).hours >= hours_for(repeat, CA_2025).hours
    assert hours_for(repeat, CA_2025).hours == hours_for(attended, CA_2025).hours


# ----------------------------------------------------------------------------- in_subfield (nesting)


def test_a_dotted_subfield_counts_toward_its_parent() -> None:
    """mcle.md 1.2: "2 hours of bias, at least 1 implicit": implicit-bias hours are bias hours."""
    parts = (
        SubfieldHours("bias", Decimal(1)),
        SubfieldHours("bias.implicit", Decimal("0.5")),
        SubfieldHours("biased_topic", Decimal(3)),  # a prefix of the text, not a sub-code
    )

    assert (Decimal("1.5"), Decimal("0.5")) == (in_subfield(parts, "bias"), in_subfield(parts, "bias.implicit"))


def test_credit_hours_result_reports_its_subfields() -> None:
    earned = CreditHours("c", Decimal(2), (SubfieldHours("bias.implicit", Decimal(1)),), "b", ())

    assert (Decimal(1), Decimal(0)) == (earned.in_subfield("bias"), earned.in_subfield("ethics"))


# ----------------------------------------------------------------------------- prorate


@pytest.mark.parametrize(
    ("months", "total", "ethics"),
    [(32, 23, 4), (26, 19, 3), (20, 14, 3), (14, 10, 2), (8, 6, 1)],
)
def test_prorate_fits_every_row_of_the_official_new_admittee_table(months: int, total: int, ethics: int) -> None:
    """NewAdmittees.aspx (G2 2012-2015 table), PRORATION source: 25 and 4 hours x months / 36, rounded up."""
    expected = (Decimal(total), Decimal(ethics))

    assert expected == (
        prorate(Decimal(25), months, 36, round_up=True),
        prorate(Decimal(4), months, 36, round_up=True),
    )


def test_rounding_to_the_nearest_does_not_fit_the_table() -> None:
    """PRORATION source: rounding to the nearest gives 22 for 32 months, where the table says 23."""
    assert Decimal(22) == prorate(Decimal(25), 32, 36, round_up=False)


@pytest.mark.parametrize(("months", "hours"), [(0, 0), (36, 25), (18, 13)])
def test_prorate_to_the_nearest_rounds_ties_up(months: int, hours: int) -> None:
    """25 x 18 / 36 = 12.5: rounded to the nearest with ties up, 13."""
    assert Decimal(hours) == prorate(Decimal(25), months, 36, round_up=False)


@given(
    hours=st.integers(min_value=0, max_value=40).map(Decimal),
    period=st.integers(min_value=1, max_value=60),
    data=st.data(),
    round_up=st.booleans(),
)
def test_prorated_hours_never_exceed_the_unprorated_and_grow_with_months(
    hours: Decimal, period: int, data: st.DataObject, round_up: bool
) -> None:
    """Property: the prorated requirement is at most the full one and monotone in months subject."""
    a = data.draw(st.integers(min_value=0, max_value=period))
    b = data.draw(st.integers(min_value=0, max_value=period))
    low, high = sorted((a, b))

    assert prorate(hours, low, period, round_up=round_up) <= prorate(hours, high, period, round_up=round_up)
    assert prorate(hours, high, period, round_up=round_up) <= hours
    assert prorate(hours, period, period, round_up=round_up) == hours
    assert prorate(hours, 0, period, round_up=round_up) == 0


@pytest.mark.parametrize(
    ("subject", "period", "path"),
    [
        (37, 36, "subject_months"),
        (-1, 36, "subject_months"),
        (1, 0, "subject_months"),
        (True, 36, "subject_months"),
        (1.0, 36, "subject_months"),
        (1, False, "period_months"),
    ],
)
def test_prorate_refuses_bad_months(subject: Any, period: Any, path: str) -> None:
    with pytest.raises(InputError) as caught:
        prorate(Decimal(25), subject, period, round_up=True)

    assert [path] == paths_of(caught.value)


# ----------------------------------------------------------------------------- rule sets


def test_every_california_rule_set_value_is_cited() -> None:
    """Principle 3: every value of a rule set carries a Source."""
    for entry in CALIFORNIA.rule_sets:
        rules = entry.value
        for field in attrs.fields(RuleSet):
            value = getattr(rules, field.name)
            assert value is None or isinstance(value, Cited | str | tuple), field.name
        assert all(isinstance(s, Source) for s in rules.sources())
        assert rules.total_hours.source in rules.sources()


def test_rule_set_labels_and_sources() -> None:
    assert CA_2025.subfield_label("civility") == "civility in the legal profession"
    assert CA_2025.subfield_label("unknown_code") == "unknown_code"
    assert len(CA_2025.sources()) == len(set(CA_2025.sources()))


def _minimum(subfield: str, hours: int) -> Minimum:
    return Minimum(subfield, subfield, Decimal(hours), TEST_SOURCE)


@pytest.mark.parametrize(
    ("changes", "paths"),
    [
        ({"minimums": (_minimum("ethics", 4), _minimum("ethics", 2))}, ["minimums[1].subfield"]),
        ({"minimums": (_minimum("bias", 1), _minimum("bias.implicit", 2))}, ["minimums[1].hours"]),
        ({"minimums": (_minimum("ethics", 20), _minimum("bias", 6))}, ["minimums"]),
        ({"increment": Cited(Fraction(0), TEST_SOURCE)}, ["increment.value"]),
        ({"increment": Cited(Fraction(1, 3), TEST_SOURCE)}, ["increment.value"]),
        ({"self_study_cap": Cited(Fraction(3, 2), TEST_SOURCE)}, ["self_study_cap.value"]),
        ({"self_study_cap": Cited(Fraction(1, 3), TEST_SOURCE)}, ["self_study_cap.value"]),
        ({"minutes_per_hour": Cited(0, TEST_SOURCE)}, ["minutes_per_hour.value"]),
        ({"total_hours": Cited(Decimal(-1), TEST_SOURCE)}, ["total_hours.value", "minimums"]),
        ({"tie": Cited("down", TEST_SOURCE)}, ["tie.value"]),
        ({"tie": TieRule.DOWN}, ["tie"]),
        ({"carry_back": Cited(1, TEST_SOURCE)}, ["carry_back.value"]),
        ({"speaker_multiplier": Cited(True, TEST_SOURCE)}, ["speaker_multiplier.value"]),
    ],
)
def test_a_malformed_rule_set_is_refused(changes: dict[str, Any], paths: list[str]) -> None:
    """A caller's rule set is checked like any input: every problem named with its path."""
    with pytest.raises(InputError) as caught:
        attrs.evolve(CA_2025, **changes)

    assert paths == paths_of(caught.value)


def test_a_caller_rule_set_may_be_built_from_a_configured_one() -> None:
    """attrs.evolve of a configured rule set is the documented way to override a value."""
    changed = attrs.evolve(CA_2025, self_study_over_cap_counts_for_subfields=Cited(False, TEST_SOURCE))

    assert (
        changed.self_study_over_cap_counts_for_subfields.value,
        changed.self_study_over_cap_counts_for_subfields.source,
    ) == (False, TEST_SOURCE)
    assert TEST_SOURCE in changed.sources()


def test_minimum_and_new_attorney_training_check_their_fields() -> None:
    with pytest.raises(InputError) as caught:
        Minimum("Ethics", "", Decimal(-1), "source", when_prorated="drop")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["subfield", "label", "hours", "source", "when_prorated"]
    with pytest.raises(InputError) as caught:
        NewAttorneyTraining(
            Cited("2018-02-01", TEST_SOURCE),  # type: ignore[arg-type]
            Cited(10, TEST_SOURCE),  # type: ignore[arg-type]
            Cited(12, TEST_SOURCE),
        )

    assert paths_of(caught.value) == ["admitted_after.value", "hours.value"]
    assert ProrationMode.PRORATE is Minimum("ethics", "legal ethics", Decimal(4), TEST_SOURCE).when_prorated


def test_a_minimum_refuses_a_proration_source_that_is_not_a_source() -> None:
    with pytest.raises(InputError) as caught:
        Minimum("ethics", "legal ethics", Decimal(4), TEST_SOURCE, proration_source="calbar")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["proration_source"]


def test_a_share_of_a_units_teaching_credit_is_reported_to_the_quarter_hour() -> None:
    """Rule 2.82 and Rule 2.51(D): 12 hours a unit, reported to the nearest quarter hour (1/3 unit: 4 hours)."""
    from calcities_domain.mcle import CALIFORNIA, ComplianceGroup, CreditKind, compliance_period  # noqa: PLC0415

    period = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
    rules = CALIFORNIA.rules_for(period)
    third = Credit("t", date(2024, 3, 1), 0, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal("0.33"))

    assert hours_for(third, rules).hours == Decimal("4")  # 3.96 hours, to the nearest quarter


@pytest.mark.parametrize(
    ("hours", "round_up", "path"),
    [
        (None, True, "hours"),
        ("25", True, "hours"),
        (Decimal("NaN"), True, "hours"),
        (Decimal(-25), True, "hours"),
        (Decimal(25), None, "round_up"),
    ],
)
def test_prorate_refuses_bad_arguments(hours: Any, round_up: Any, path: str) -> None:
    with pytest.raises(InputError) as caught:
        prorate(hours, 10, 36, round_up=round_up)
    assert [p.path for p in caught.value.problems] == [path]


def test_hours_for_refuses_what_is_not_a_credit_or_a_rule_set() -> None:
    with pytest.raises(InputError) as caught:
        hours_for(None, "us_ca")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["credit", "rules"]


def test_huge_minutes_stay_exact() -> None:
    """Hours are exact at any size: no 28-digit Decimal context rounds them."""
    assert credit_hours(10**30) == Decimal("16666666666666666666666666666.75")  # 10**30 / 60, to the quarter


# ----------------------------------------------------------------------------- magnitudes


def test_to_decimal_is_exact_beyond_the_digits_python_writes_as_text() -> None:
    """to_decimal built its Decimal from text: a ValueError beyond 4300 digits."""
    value = Fraction(10**5000 + 1, 4)
    result = to_decimal(value)
    assert Fraction(result) == value
    assert result.as_tuple().exponent == -2
    assert to_decimal(Fraction(-3, 8)) == Decimal("-0.375")
    assert to_decimal(Fraction(0)) == Decimal(0)


def test_credit_hours_of_a_huge_count_and_its_refusal_are_written() -> None:
    assert Fraction(credit_hours(60 * 10**5000)) == 10**5000
    with pytest.raises(InputError) as caught:
        credit_hours(-(10**5000))
    assert [str(p) for p in caught.value.problems] == [
        "minutes: must not be negative, got a negative whole number of 5001 digits"
    ]
    with pytest.raises(InputError) as caught:
        round_hours(Fraction(1), Fraction(-(10**5000), 3), TieRule.DOWN)
    assert [str(p) for p in caught.value.problems] == [
        "increment: must be more than 0, got a negative whole number of 5001 digits/3"
    ]


def test_hours_for_refuses_minutes_beyond_max_minutes() -> None:
    """A credit of 4300 digits of minutes raised a bare ValueError; Decimal sums would round it."""
    assert hours_for(Credit("c1", date(2024, 5, 2), MAX_MINUTES), CA_2025).hours == Decimal("16666666.75")
    with pytest.raises(InputError) as caught:
        hours_for(Credit("c1", date(2024, 5, 2), 10**4299), CA_2025)
    assert [str(p) for p in caught.value.problems] == [
        "credit.minutes: must be at most 1,000,000,000, got a whole number of 4300 digits"
    ]


def test_hours_for_refuses_units_beyond_max_units() -> None:
    credit = Credit("t1", date(2024, 5, 2), 60, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal("9" * 5000))
    with pytest.raises(InputError) as caught:
        hours_for(credit, CA_2025)
    (problem,) = caught.value.problems
    assert problem.path == "credit.units"
    assert problem.message == "must be at most 1,000,000, got Decimal('" + "9" * 48 + "..."
    assert MAX_UNITS == 1_000_000


def test_a_rule_refusal_shows_a_long_value_short() -> None:
    with pytest.raises(InputError) as caught:
        credit_hours("9" * 5000)  # type: ignore[arg-type]
    (problem,) = caught.value.problems
    assert problem.message == "expected a whole number of minutes, got '" + "9" * 56 + "..."
