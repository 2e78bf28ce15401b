"""New Attorney Training, reason by reason (mcle/evaluation.py, ``evaluate_nat``).

Rules under test (../shared/domain/mcle.md, section 3):

* Licensees admitted after 1 February 2018 must complete 10 hours of New Attorney
  Training (the 2018 notice, secondary; calbar "Your New Attorney Training requirement").
* Due by the last day of the month of the first anniversary of admission (Rule of Court
  9.32, formerly State Bar Rule 2.53(D)): admitted 15 March 2018, due 31 March 2019.
* Only approved attendance marked as New Attorney Training, from the first day of the
  month of admission through the due day, counts; minutes become hours by the credit-hour
  rule of the jurisdiction's latest rule set unless the caller gives one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from calcities_domain.kernel import Cited, Confidence, Effect, Source, Timeline
from calcities_domain.mcle import CALIFORNIA, Credit, CreditKind, Licensee, NewAttorneyTraining, evaluate_nat

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
_CONFIGURED = CALIFORNIA.new_attorney_training
assert _CONFIGURED is not None
NAT: NewAttorneyTraining = _CONFIGURED


def admitted(on: date) -> Licensee:
    return Licensee.admitted("300001", on, "Nguyen")


def nat(credit_id: str, on: date, minutes: int, **kwargs: Any) -> Credit:
    return Credit(credit_id, on, minutes, new_attorney_training=True, **kwargs)


def facts_of(report: Any, index: int) -> dict[str, str]:
    return {fact.name: fact.value for fact in report.reasons[index].facts}


def test_not_applicable_says_why_with_its_source_and_fact() -> None:
    """Admitted on 1 February 2018 itself: not "after", so no NAT."""
    report = evaluate_nat(admitted(date(2018, 2, 1)), [])
    (reason,) = report.reasons
    assert reason.code == "mcle.nat.not_applicable"
    assert reason.message == "Admitted on 2018-02-01, not after 2018-02-01: no New Attorney Training is required."
    assert reason.effect is Effect.PASS
    assert reason.source == NAT.admitted_after.source
    assert facts_of(report, 0) == {"admitted_on": "2018-02-01"}


def test_each_reason_of_an_applicable_requirement_carries_its_facts() -> None:
    """Admitted 15 March 2018 (Rule 9.32's own example): 10 hours due 31 March 2019."""
    report = evaluate_nat(admitted(date(2018, 3, 15)), [nat("a", date(2018, 6, 1), 360)])
    applies, due, hours = report.reasons
    assert (applies.code, due.code, hours.code) == ("mcle.nat.applies", "mcle.nat.due", "mcle.nat.hours")
    assert (
        applies.message == "Admitted on 2018-03-15, after 2018-02-01: 10 hours of New Attorney Training are required."
    )
    assert facts_of(report, 0) == {"admitted_on": "2018-03-15", "hours": "10"}
    assert applies.source == NAT.admitted_after.source
    assert due.message == (
        "They are due by 2019-03-31, the last day of the month of the first anniversary of admission."
    )
    assert facts_of(report, 1) == {"due": "2019-03-31"}
    assert due.source == NAT.months_after_admission_month.source
    assert hours.message == "6 of 10 hours completed by 2019-03-31; 4 more needed."
    assert facts_of(report, 2) == {"completed": "6", "required": "10"}
    assert hours.effect is Effect.FAIL
    assert hours.source == NAT.hours.source


def test_a_credit_that_is_not_nat_does_not_stop_the_count() -> None:
    """Credits are read in date order: an earlier ordinary credit does not end the reading."""
    credits = [
        Credit("ordinary", date(2018, 4, 1), 600),
        nat("speaking", date(2018, 4, 2), 60, kind=CreditKind.SPEAKING),
        nat("unapproved", date(2018, 4, 3), 600, provider_approved=False),
        nat("counted", date(2018, 6, 1), 360),
    ]
    report = evaluate_nat(admitted(date(2018, 3, 15)), credits)
    assert report.hours_completed == Decimal(6)


def test_a_credit_outside_the_window_does_not_stop_the_count() -> None:
    """A NAT credit before the month of admission is skipped; later ones still count."""
    credits = [nat("early", date(2018, 2, 28), 600), nat("counted", date(2018, 3, 1), 600)]
    report = evaluate_nat(admitted(date(2018, 3, 15)), credits)
    assert report.hours_completed == Decimal(10)
    assert report.compliant


def test_by_default_minutes_become_hours_by_the_latest_rule_set() -> None:
    """A jurisdiction whose latest rule set has a 50-minute hour counts 100 minutes as 2 hours."""
    latest = CALIFORNIA.rule_sets.entries[-1].value
    fifty = attrs.evolve(latest, minutes_per_hour=Cited(50, TEST_SOURCE))
    rule_sets = Timeline.from_values(
        "test.rule_sets",
        "Rule sets",
        [
            (date(2004, 1, 31), date(2015, 1, 31), latest, TEST_SOURCE),
            (date(2015, 2, 1), date(2022, 1, 31), latest, TEST_SOURCE),
            (date(2022, 2, 1), date(2025, 1, 30), latest, TEST_SOURCE),
            (date(2025, 1, 31), None, fifty, TEST_SOURCE),
        ],
    )
    where = attrs.evolve(CALIFORNIA, rule_sets=rule_sets)
    report = evaluate_nat(admitted(date(2024, 12, 1)), [nat("a", date(2025, 1, 15), 100)], jurisdiction=where)
    assert report.hours_completed == Decimal(2)
    assert evaluate_nat(admitted(date(2024, 12, 1)), [nat("a", date(2025, 1, 15), 100)]).hours_completed == Decimal(
        "1.75"
    )


def test_the_notebook_view_shows_what_is_still_missing() -> None:
    report = evaluate_nat(admitted(date(2018, 3, 15)), [nat("a", date(2018, 6, 1), 360)])
    html = report._repr_html_()
    assert "Still missing" in html
    assert "4 more hours of New Attorney Training by 2019-03-31" in html
    done = evaluate_nat(admitted(date(2018, 3, 15)), [nat("a", date(2018, 6, 1), 600)])
    assert "Still missing" not in done._repr_html_()


def test_not_applicable_is_compliant_and_requires_nothing() -> None:
    report = evaluate_nat(admitted(date(2018, 2, 1)), [])
    assert (report.applies, report.hours_required, report.due, report.hours_completed, report.compliant) == (
        False,
        Decimal(0),
        None,
        Decimal(0),
        True,
    )


def test_hours_through_the_due_day_count_and_meet_the_requirement() -> None:
    """Rule 9.32: due by 31 March 2019 for an admission on 15 March 2018; the due day itself counts."""
    credits = [nat("a", date(2018, 3, 1), 300), nat("b", date(2019, 3, 31), 300)]
    report = evaluate_nat(admitted(date(2018, 3, 15)), credits)
    assert (report.hours_completed, report.shortfall, report.compliant) == (Decimal(10), None, True)
    hours = report.reasons[-1]
    assert hours.message == "10 of 10 hours completed by 2019-03-31."
    assert hours.effect is Effect.PASS


def test_a_repeated_claim_counts_once_and_claims_without_an_activity_all_count() -> None:
    """A second claim for one activity on one day is a duplicate; different activities or days are not."""
    credits = [
        nat("a1", date(2018, 6, 1), 60, activity="NAT-1"),
        nat("a2", date(2018, 6, 1), 60, activity="NAT-1"),  # the duplicate
        nat("b", date(2018, 6, 1), 60, activity="NAT-2"),
        nat("c", date(2018, 6, 2), 60, activity="NAT-1"),
        nat("d", date(2018, 6, 3), 60),
        nat("e", date(2018, 6, 3), 60),
    ]
    report = evaluate_nat(admitted(date(2018, 3, 15)), credits)
    assert report.hours_completed == Decimal(5)
