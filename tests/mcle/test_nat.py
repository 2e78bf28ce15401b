"""Tests of evaluate_nat: California's New Attorney Training, reported apart from MCLE.

Rules under test (../shared/domain/mcle.md, summary item 7 and section 3):

* Licensees admitted after 1 February 2018 (NAT_SCOPE, secondary: the 2018 notice) must
  complete 10 hours of New Attorney Training (NAT_HOURS).
* Due by the last day of the month of the first anniversary of admission (Rule of Court
  9.32, effective 1 January 2024; formerly State Bar Rule 2.53(D)): admitted 15 March
  2018, due 31 March 2019; admitted 1 December 2024, due 31 December 2025.
* Credit counts only from the first day of the month of admission (NewAdmittees.aspx).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Cited, Confidence, Effect, InputError, Source, last_day_of_month
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    Shortfall,
    credit_hours,
    evaluate_nat,
)

ONE = timedelta(days=1)
TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")


def admitted(on: date) -> Licensee:
    return Licensee.admitted("300001", on, "Nguyen")


def nat(credit_id: str, on: date, minutes: int, **kwargs: Any) -> Credit:
    return Credit(credit_id, on, minutes, new_attorney_training=True, **kwargs)


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


# ----------------------------------------------------------------------------- due dates


@pytest.mark.parametrize(
    ("admission", "due"),
    [
        (date(2018, 3, 15), date(2019, 3, 31)),  # Rule 9.32's own example
        (date(2024, 12, 1), date(2025, 12, 31)),  # across a year end
        (date(2020, 2, 29), date(2021, 2, 28)),  # a leap-day admission: the anniversary month has 28 days
        (date(2018, 2, 2), date(2019, 2, 28)),  # the first day NAT applies
        (date(2023, 1, 31), date(2024, 1, 31)),
    ],
)
def test_nat_is_due_at_the_end_of_the_month_of_the_first_anniversary(admission: date, due: date) -> None:
    """Rule of Court 9.32 (NAT_DUE): the last day of the month of the one-year anniversary of admission."""
    report = evaluate_nat(admitted(admission), [])

    assert (True, due, Decimal(10)) == (report.applies, report.due, report.hours_required)
    assert report.shortfall == Shortfall("new_attorney_training", "New Attorney Training", Decimal(10), due)
    assert f"10 more hours of New Attorney Training by {due}" == str(report.shortfall)
    assert not report.compliant


@pytest.mark.parametrize("admission", [date(2018, 2, 1), date(2018, 1, 31), date(2001, 6, 1)])
def test_nat_does_not_apply_to_those_admitted_on_or_before_1_february_2018(admission: date) -> None:
    """NAT_SCOPE (secondary): "admitted after 1 February 2018"; admitted on that day, it does not apply."""
    report = evaluate_nat(admitted(admission), [])

    assert (False, None, Decimal(0), None, True) == (
        report.applies,
        report.due,
        report.hours_required,
        report.shortfall,
        report.compliant,
    )
    assert "not after 2018-02-01" in report.explain()
    assert report.decision().codes == ("mcle.nat.not_applicable",)
    assert report.decision().outcome is True


@given(admission=st.dates(min_value=date(2018, 2, 2), max_value=date(2090, 12, 31)))
def test_the_due_day_is_a_month_end_twelve_months_after_the_admission_month(admission: date) -> None:
    """Property: the due day ends the month 12 months after the admission month, and is after the admission."""
    due = evaluate_nat(admitted(admission), []).due

    assert due is not None
    assert (due.year, due.month) == (admission.year + 1, admission.month)
    assert due == last_day_of_month(due.year, due.month)
    assert timedelta(days=334) < due - admission < timedelta(days=397)


# ----------------------------------------------------------------------------- hours


def test_ten_hours_by_the_due_day_comply() -> None:
    """NAT_HOURS: 10 hours; participatory or self-study both count here."""
    licensee = admitted(date(2018, 3, 15))
    credits = [
        nat("a", date(2018, 3, 1), 300),  # the first day of the month of admission counts
        nat("b", date(2019, 3, 31), 300, delivery=Delivery.SELF_STUDY),  # the due day counts
    ]

    report = evaluate_nat(licensee, credits)

    assert (Decimal(10), None, True) == (report.hours_completed, report.shortfall, report.compliant)
    assert report.decision().failures == ()
    assert "10 of 10 hours completed by 2019-03-31." in report.explain()


def test_hours_outside_the_window_or_not_nat_do_not_count() -> None:
    """Hours after the due day, before the admission month, unapproved, or ordinary MCLE do not count."""
    licensee = admitted(date(2018, 3, 15))
    credits = [
        nat("after_due", date(2019, 4, 1), 600),
        nat("before_admission_month", date(2018, 2, 28), 600),
        nat("unapproved", date(2018, 6, 1), 600, provider_approved=False),
        Credit("ordinary_mcle", date(2018, 6, 1), 600),
        nat("counted", date(2018, 6, 1), 360),
    ]

    report = evaluate_nat(licensee, credits)

    assert (Decimal(6), Decimal(4)) == (report.hours_completed, report.shortfall.hours if report.shortfall else None)
    assert str(report.shortfall) == "4 more hours of New Attorney Training by 2019-03-31"
    assert "6 of 10 hours completed by 2019-03-31; 4 more needed." in report.explain()
    assert Effect.FAIL is report.reasons[-1].effect


def test_nat_reasons_cite_their_sources() -> None:
    report = evaluate_nat(admitted(date(2024, 12, 1)), [])

    assert report.decision().codes == ("mcle.nat.applies", "mcle.nat.due", "mcle.nat.hours")
    assert all(r.source is not None for r in report.reasons)
    nat_rules = CALIFORNIA.new_attorney_training
    assert nat_rules is not None
    assert nat_rules.months_after_admission_month.source in report.decision().sources()
    assert "Rule 9.32" in report.explain()


@given(
    minutes=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    offsets=st.lists(st.integers(min_value=-60, max_value=500), min_size=8, max_size=8),
)
def test_nat_hours_count_only_inside_the_window(minutes: list[int], offsets: list[int]) -> None:
    """Property: completed hours are the hours of NAT credits from the admission month's first day to the due day."""
    licensee = admitted(date(2022, 7, 19))
    credits = [nat(f"n{i}", date(2022, 7, 19) + offsets[i] * ONE, m) for i, m in enumerate(minutes)]

    report = evaluate_nat(licensee, credits)

    assert report.due == date(2023, 7, 31)
    expected = sum(
        (
            credit_hours(m)
            for i, m in enumerate(minutes)
            if date(2022, 7, 1) <= date(2022, 7, 19) + offsets[i] * ONE <= date(2023, 7, 31)
        ),
        Decimal(0),
    )
    assert expected == report.hours_completed
    assert report.compliant == (report.hours_completed >= 10)


# ----------------------------------------------------------------------------- other rules, bad input


def test_a_callers_rule_set_changes_how_minutes_become_hours() -> None:
    """evaluate_nat(rules=...): NY's 50-minute hour turns 500 minutes into 10 hours, not 8.25."""
    licensee = admitted(date(2018, 3, 15))
    credits = [nat("a", date(2018, 6, 1), 500)]
    fifty = attrs.evolve(CALIFORNIA.rule_sets.at(date(2025, 3, 29)), minutes_per_hour=Cited(50, TEST_SOURCE))

    assert (Decimal("8.25"), Decimal(10)) == (
        evaluate_nat(licensee, credits).hours_completed,
        evaluate_nat(licensee, credits, rules=fifty).hours_completed,
    )


def test_a_jurisdiction_without_nat_reports_that_it_does_not_apply() -> None:
    licensee = Licensee("ny1", date(2020, 3, 1), cycle_start=date(2020, 7, 1))

    report = evaluate_nat(licensee, [], jurisdiction=NEW_YORK)

    assert (report.applies, report.compliant) == (False, True)
    assert "New York has no New Attorney Training requirement configured." in report.explain()


def test_evaluate_nat_names_every_bad_argument() -> None:
    with pytest.raises(InputError) as caught:
        evaluate_nat("300001", [nat("a", date(2019, 1, 1), 60), nat("a", date(2019, 1, 2), 60), 3])  # type: ignore[arg-type,list-item]

    assert paths_of(caught.value) == ["licensee", "credits[1].credit_id", "credits[2]"]


def test_evaluate_nat_refuses_a_bad_jurisdiction_and_rules() -> None:
    with pytest.raises(InputError) as caught:
        evaluate_nat(admitted(date(2019, 1, 1)), [], jurisdiction="us_ca", rules="2025")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["jurisdiction", "rules"]


def test_the_group_does_not_matter_for_nat() -> None:
    """NAT runs from each licensee's admission, not the group calendar."""
    reports = {
        evaluate_nat(Licensee("1", date(2018, 3, 15), group), []).due
        for group in (ComplianceGroup.GROUP_1, ComplianceGroup.GROUP_2, ComplianceGroup.GROUP_3, None)
    }

    assert {date(2019, 3, 31)} == reports


def test_only_attendance_counts_and_a_repeated_claim_counts_once() -> None:
    """The 10 hours are courses taken (mcle.md 4): speaking does not count, and one course counts once."""
    from calcities_domain.mcle import CreditKind  # noqa: PLC0415

    licensee = Licensee("n", date(2024, 12, 1), ComplianceGroup.GROUP_1)
    course = Credit("a", date(2025, 2, 1), 300, activity="NAT-1", new_attorney_training=True)
    report = evaluate_nat(
        licensee,
        [
            course,
            attrs.evolve(course, credit_id="b"),
            Credit("t", date(2025, 2, 2), 150, kind=CreditKind.SPEAKING, new_attorney_training=True),
        ],
    )

    assert report.hours_completed == Decimal(5)


def test_a_one_hour_requirement_is_written_in_the_singular() -> None:
    """A jurisdiction asking 1 hour of New Attorney Training: "1 hour ... is required", not "1 hours ... are"."""
    nat = CALIFORNIA.new_attorney_training
    assert nat is not None
    one_hour = attrs.evolve(
        CALIFORNIA, new_attorney_training=attrs.evolve(nat, hours=attrs.evolve(nat.hours, value=Decimal(1)))
    )
    report = evaluate_nat(admitted(date(2024, 3, 1)), [], jurisdiction=one_hour)
    messages = [r.message for r in report.reasons]
    assert "Admitted on 2024-03-01, after 2018-02-01: 1 hour of New Attorney Training is required." in messages
    assert "0 of 1 hour completed by 2025-03-31; 1 more needed." in messages
    assert str(report.shortfall) == "1 more hour of New Attorney Training by 2025-03-31"
