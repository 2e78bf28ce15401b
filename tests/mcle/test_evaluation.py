"""Tests of mcle/evaluation.py (evaluate) and the MCLE models' input checks.

Rules under test (../shared/domain/mcle.md):

* 1.1: 25 hours per period, at most half (12.5) self-study, so at least half participatory;
  subfields sit inside the 25. No carry-forward (1.4); carry-back to a deficient period is
  allowed, and the hours then cannot count again in the next period (1.4).
* 1.2: subfield minimums, chosen by the **end date** of the period: up to periods ending
  31 Jan 2022 ethics 4, bias 1, competence 1; ending after 31 Jan 2022 bias 2 with at
  least 1 implicit (first: G3 ending 31 Jan 2023); from the period ending in early 2025
  (G1, 29 Mar 2025) competence 2 with at least 1 prevention, technology 1, civility 1.
* 2: credit only from the first day of the month of admission (NewAdmittees.aspx);
  approved providers only.
* 5 (Proration): whole months not subject (before admission, inactive, exempt) reduce the
  requirement; four months or less subject means nothing is required but a report is;
  the official table (G2 2012-2015): 32 months -> 23 h / 4 ethics, 26 -> 19/3, 20 -> 14/3,
  14 -> 10/2, 8 -> 6/1; before the 2014 change a prorated requirement dropped bias and
  substance abuse.
* 4 (Exemptions): state officers and elected officials are exempt and still report;
  inactive licensees are not subject; city officials are not exempt.
* 6 (Noncompliance): late fee $103 now ($75 in 2006-2015 reports); reinstatement $308 after
  30 Jun 2023; a 60-day notice; inactive enrollment ("not entitled").
* 8: New York carries up to 6 excess credits to the next cycle (22 NYCRR 1500.22(c)).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    Cited,
    Confidence,
    Effect,
    InputError,
    Money,
    MonthEndPolicy,
    RuleNotInForce,
    Source,
    add_months,
)
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    CarryBack,
    ComplianceGroup,
    CompliancePeriod,
    ComplianceReport,
    Credit,
    CreditKind,
    Cycle,
    Delivery,
    Exemption,
    Licensee,
    LicenseStatus,
    NotCounted,
    NotCountedReason,
    PeriodSchedule,
    ProrationMode,
    PublicOffice,
    RuleSet,
    StatusSpan,
    SubfieldShare,
    TieRule,
    compliance_period,
    evaluate,
    exemption_for_office,
    hours_for,
    next_period,
    prorate,
)
from calcities_domain.testing import strategies as cst

G1, G2, G3 = ComplianceGroup.GROUP_1, ComplianceGroup.GROUP_2, ComplianceGroup.GROUP_3
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025 (calbar mcle-compliance-information).
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
#: Group 2's 2012-2015 period, the one of the official new-admittee table (NewAdmittees.aspx).
G2_2015 = compliance_period(G2, containing=date(2013, 6, 1))
#: Group 2's 2015-2018 period, the first under the 2014 proration approach.
G2_2018 = compliance_period(G2, containing=date(2016, 6, 1))
#: A long-admitted group-1 licensee.
GARCIA = Licensee("100001", date(1995, 6, 1), G1)
DAY = date(2024, 5, 2)
ONE = timedelta(days=1)
TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
CA_2025 = CALIFORNIA.rule_sets.at(G1_2025.end)


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


def share(code: str, minutes: int) -> SubfieldShare:
    return SubfieldShare(code, minutes)


def full_2025(day: date = DAY, *, participatory: int = 750, self_study: int = 750) -> list[Credit]:
    """Exactly 25 hours meeting every 2025 minimum: 12.5 participatory (with every subfield), 12.5 self-study."""
    return [
        Credit(
            "p1",
            day,
            participatory,
            subfields=(
                share("ethics", 240),
                share("bias", 60),
                share("bias.implicit", 60),
                share("competence.prevention", 60),
                share("competence.wellness", 60),
                share("technology", 60),
                share("civility", 60),
            ),
        ),
        Credit("s1", day, self_study, delivery=Delivery.SELF_STUDY),
    ]


def requirements_of(report: ComplianceReport) -> dict[str, Decimal]:
    return {r.category: r.hours for r in report.requirements}


def admitted_in_month(period: CompliancePeriod, k: int, group: ComplianceGroup = G2) -> Licensee:
    """A licensee admitted on the 20th of month ``k`` (0 is the first) of ``period``."""
    day = add_months(period.start, k, policy=MonthEndPolicy.CLAMP).replace(day=20)
    return Licensee(f"adm{k}", day, group)


def early_california() -> tuple[Any, CompliancePeriod]:
    """California with a caller's group-1 calendar from 1998, and its period ending 31 Jan 2001."""
    schedule = PeriodSchedule(
        "us_ca",
        "group-1",
        G1,
        (Cycle(date(1998, 2, 1), 36, source=TEST_SOURCE),),
        due_days_after_end=1,
        deadline_calendar=None,
        deadline_source=TEST_SOURCE,
    )
    where = attrs.evolve(CALIFORNIA, group_schedules=(schedule,))
    return where, schedule.period_containing(date(1999, 1, 1))


# ----------------------------------------------------------------------------- requirements by period end


@pytest.mark.parametrize(
    ("group", "containing", "end", "expected"),
    [
        (G1, date(2021, 6, 1), date(2022, 1, 31), {"ethics": 4, "bias": 1, "competence": 1}),
        (G3, date(2022, 6, 1), date(2023, 1, 31), {"ethics": 4, "bias": 2, "bias.implicit": 1, "competence": 1}),
        (G2, date(2023, 6, 1), date(2024, 1, 31), {"ethics": 4, "bias": 2, "bias.implicit": 1, "competence": 1}),
        (
            G1,
            date(2024, 6, 1),
            date(2025, 3, 29),
            {
                "ethics": 4,
                "bias": 2,
                "bias.implicit": 1,
                "competence": 2,
                "competence.prevention": 1,
                "technology": 1,
                "civility": 1,
            },
        ),
        (G2, date(2013, 6, 1), date(2015, 1, 31), {"ethics": 4, "bias": 1, "competence": 1}),
    ],
)
def test_requirements_are_chosen_by_the_end_of_the_period(
    group: ComplianceGroup, containing: date, end: date, expected: dict[str, int]
) -> None:
    """mcle.md 1.2 (B&P 6070.5: "each compliance period ending after January 31, 2022"; calbar: G3's
    period ending 31 Jan 2023 first; G1's period ending 29 Mar 2025 first for tech, civility, competence 2).
    The total stays 25 with a 12.5-hour participatory floor throughout (Rule 9.31; Rule 2.72)."""
    period = compliance_period(group, containing=containing)
    licensee = Licensee("1", date(1995, 6, 1), group)

    report = evaluate(licensee, [], period)

    assert end == period.end
    assert {"total": 25, "participatory": Decimal("12.5"), **expected} == requirements_of(report)
    assert report.rule_set == CALIFORNIA.rules_for(period).name
    assert report.reasons[0].code == "mcle.rule_set"
    assert str(end) in report.reasons[0].message


def test_a_period_that_began_before_2022_but_ends_after_needs_implicit_bias() -> None:
    """B&P 6070.5(a): keyed to the period's end, not the day of the activity: G3's 2020-2023 period."""
    period = compliance_period(G3, containing=date(2020, 3, 1))

    assert period.start < date(2022, 1, 1) < period.end
    assert Decimal(1) == evaluate(Licensee("1", date(1995, 6, 1), G3), [], period).required("bias.implicit")


@pytest.mark.parametrize(
    ("end", "implicit"),
    [(date(2022, 1, 31), False), (date(2022, 2, 1), True), (date(2025, 1, 30), True)],
)
def test_the_implicit_bias_rule_starts_with_periods_ending_after_31_january_2022(end: date, implicit: bool) -> None:
    rules = CALIFORNIA.rule_sets.at(end)

    assert implicit == any(m.subfield == "bias.implicit" for m in rules.minimums)


@pytest.mark.parametrize(("end", "technology"), [(date(2025, 1, 30), False), (date(2025, 1, 31), True)])
def test_the_2025_subfields_start_with_the_period_ending_31_january_2025(end: date, technology: bool) -> None:
    """trtcle.com (S): "beginning with the compliance period ending January 31, 2025"."""
    rules = CALIFORNIA.rule_sets.at(end)

    assert technology == any(m.subfield == "technology" for m in rules.minimums)
    assert Decimal(25) == rules.total_hours.value
    assert rules.self_study_cap is not None
    assert Fraction(1, 2) == rules.self_study_cap.value


def test_periods_ending_before_2004_have_no_rule_set() -> None:
    """SCHEDULE_2004: rule sets start with periods ending 31 Jan 2004; earlier ends raise RuleNotInForce."""
    where, period = early_california()

    with pytest.raises(RuleNotInForce) as caught:
        evaluate(GARCIA, [], period, jurisdiction=where)

    assert ("mcle.us_ca.rule_set", date(2001, 1, 31)) == (caught.value.rule, caught.value.on)
    assert "2004-01-31 onwards" in str(caught.value)
    with pytest.raises(RuleNotInForce):
        CALIFORNIA.rule_sets.at(date(2004, 1, 30))
    assert CALIFORNIA.rule_sets.is_in_force(date(2004, 1, 31))


def test_a_callers_rule_set_is_used_even_where_none_is_configured() -> None:
    """evaluate(rules=...): a proposed or historical rule set is honoured, and the reasons say it was."""
    where, period = early_california()
    rules = attrs.evolve(CALIFORNIA.rule_sets.at(date(2004, 1, 31)), name="California 1998-2001, as a caller sees it")

    report = evaluate(GARCIA, [], period, jurisdiction=where, rules=rules)

    assert report.rule_set == "California 1998-2001, as a caller sees it"
    assert report.reasons[0].code == "mcle.rule_set.override"
    assert "caller's own" in report.reasons[0].message
    assert report.reasons[0].fact("overridden") == "yes"


# ----------------------------------------------------------------------------- overrides


def test_override_self_study_over_cap_not_counting_for_subfields() -> None:
    """OVER_CAP_SUBFIELDS (assumed): by default self-study over the cap still counts toward subfields;
    a caller's rule set that says otherwise is honoured, noted, and its source listed as an assumption.

    12.5 participatory hours, 12.5 self-study hours, then 4 more self-study hours of ethics:
    the cap trims the latest self-study credit, the ethics one.
    """
    credits = [
        Credit("p1", date(2023, 1, 1), 750),
        Credit("s1", date(2023, 1, 2), 750, delivery=Delivery.SELF_STUDY),
        Credit("s2", date(2023, 1, 3), 240, delivery=Delivery.SELF_STUDY, subfields=(share("ethics", 240),)),
    ]
    strict = attrs.evolve(CA_2025, self_study_over_cap_counts_for_subfields=Cited(False, TEST_SOURCE))

    default = evaluate(GARCIA, credits, G1_2025)
    overridden = evaluate(GARCIA, credits, G1_2025, rules=strict)

    assert (Decimal(4), Decimal(0)) == (default.hours("ethics"), overridden.hours("ethics"))
    assert Decimal(25) == default.hours("total") == overridden.hours("total")
    assert "mcle.rule_set.override" in overridden.decision().codes
    over_reason = next(r for r in overridden.reasons if r.code == "mcle.self_study_cap.subfields")
    assert "do not count toward subfield minimums either" in over_reason.message
    assert TEST_SOURCE is over_reason.source
    assert TEST_SOURCE in overridden.decision().assumptions()
    assert "still count toward subfield minimums" in next(
        r.message for r in default.reasons if r.code == "mcle.self_study_cap.subfields"
    )


def test_override_tie_rule_changes_a_shared_panel_credit() -> None:
    """TIE source (S/U): 105 panel minutes shared by 2 at a repeat is an exact tie, 0.75 h by default, 1 h if UP."""
    panel = Credit("p", DAY, 105, kind=CreditKind.SPEAKING, panelists=2, first_presentation=False)
    up = attrs.evolve(CA_2025, tie=Cited(TieRule.UP, TEST_SOURCE))

    assert (Decimal("0.75"), Decimal(1)) == (
        evaluate(GARCIA, [panel], G1_2025).hours("total"),
        evaluate(GARCIA, [panel], G1_2025, rules=up).hours("total"),
    )


def test_override_new_attorney_training_counting_toward_mcle() -> None:
    """NAT_COUNTS (assumed): NAT hours do not count toward MCLE by default; a caller may say they do."""
    nat = Credit("n", DAY, 600, new_attorney_training=True)
    counting = attrs.evolve(CA_2025, nat_counts_toward_mcle=Cited(True, TEST_SOURCE))

    default = evaluate(GARCIA, [nat], G1_2025)
    overridden = evaluate(GARCIA, [nat], G1_2025, rules=counting)

    assert [n.reason for n in default.not_counted] == [NotCountedReason.NEW_ATTORNEY_TRAINING]
    assert (Decimal(0), Decimal(10)) == (default.hours("total"), overridden.hours("total"))
    assert "do not count toward MCLE" in next(
        r.message for r in default.reasons if r.code == "mcle.nat.counts_toward_mcle"
    )
    assert "also count toward MCLE" in next(
        r.message for r in overridden.reasons if r.code == "mcle.nat.counts_toward_mcle"
    )


# ----------------------------------------------------------------------------- proration


@pytest.mark.parametrize(
    ("months", "total", "ethics"),
    [(32, 23, 4), (26, 19, 3), (20, 14, 3), (14, 10, 2), (8, 6, 1)],
)
def test_every_row_of_the_new_admittee_table_via_prorate(months: int, total: int, ethics: int) -> None:
    """NewAdmittees.aspx: the official table for G2's 2012-2015 period (36 months)."""
    assert (Decimal(total), Decimal(ethics)) == (
        prorate(Decimal(25), months, 36, round_up=True),
        prorate(Decimal(4), months, 36, round_up=True),
    )


@pytest.mark.parametrize(
    ("months", "total", "ethics"),
    [(32, 23, 4), (26, 19, 3), (20, 14, 3), (14, 10, 2), (8, 6, 1)],
)
def test_every_row_of_the_new_admittee_table_via_evaluate(months: int, total: int, ethics: int) -> None:
    """NewAdmittees.aspx, G2 2012-02-01 to 2015-01-31: admitted in month 36 - m, so m months are subject.

    The month of admission counts as subject (credit counts from its first day). Before the
    2014 change a prorated requirement dropped bias and substance abuse (PRORATION_BEFORE_2015).
    """
    licensee = admitted_in_month(G2_2015, 36 - months)

    report = evaluate(licensee, [], G2_2015)

    assert months == report.months_subject
    assert {
        "total": Decimal(total),
        "participatory": Decimal(total) / 2,
        "ethics": Decimal(ethics),
        "bias": Decimal(0),
        "competence": Decimal(0),
    } == requirements_of(report)
    assert {"mcle.proration", "mcle.proration.drop", "mcle.proration.prorate"} <= set(report.decision().codes)
    assert f"Subject for {months} of 36 months" in report.explain()


def test_after_2015_a_prorated_requirement_keeps_bias_and_competence() -> None:
    """PRORATION_AFTER_2015 (2014 public comment): a prorated requirement keeps 1 bias and 1 competence hour."""
    report = evaluate(admitted_in_month(G2_2018, 4), [], G2_2018)

    assert report.months_subject == 32
    assert {"total": 23, "participatory": Decimal("11.5"), "ethics": 4, "bias": 1, "competence": 1} == requirements_of(
        report
    )


@pytest.mark.parametrize("months", [1, 2, 4])
def test_four_months_or_less_subject_requires_nothing_but_a_report(months: int) -> None:
    """calbar Requirements.aspx: subject for four months or less, no education is required, but one reports.

    Admitted on the last day of the period, the month of admission is still one month subject.
    """
    licensee = admitted_in_month(G2_2015, 36 - months) if months > 1 else Licensee("x", date(2015, 1, 31), G2)

    report = evaluate(licensee, [], G2_2015)

    assert (months, True, True, ()) == (report.months_subject, report.must_report, report.compliant, report.shortfalls)
    assert all(r.hours == 0 for r in report.requirements)
    assert "mcle.proration.nothing_required" in report.decision().codes


def test_five_months_subject_is_prorated() -> None:
    """25 x 5 / 36 = 3.47 -> 4 hours; ethics 4 x 5 / 36 = 0.56 -> 1 (rounded up, PRORATION)."""
    report = evaluate(admitted_in_month(G2_2015, 31), [], G2_2015)

    assert (5, Decimal(4), Decimal(1)) == (report.months_subject, report.required("total"), report.required("ethics"))


def test_admitted_after_the_period_need_not_report() -> None:
    report = evaluate(Licensee("x", date(2015, 2, 1), G2), [], G2_2015)

    assert (report.months_subject, report.must_report, report.compliant) == (0, False, True)


@pytest.mark.parametrize(
    ("end", "months", "total"),
    [
        (date(2022, 5, 31), 34, 23),  # Feb-May 2022 wholly inactive: 38 - 4; 25 x 34 / 38 = 22.4 -> 23
        (date(2022, 5, 30), 35, 24),  # May 2022 partly active: still subject; 25 x 35 / 38 = 23.03 -> 24
    ],
)
def test_inactive_spans_reduce_whole_months_only(end: date, months: int, total: int) -> None:
    """Rule 2.72(D) (2014 numbering): whole months not subject are left out; a partial month is still subject.

    The 38-month period is divided by 38 (PRORATION note, inferred).
    """
    licensee = Licensee(
        "1", date(1995, 6, 1), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2021, 1, 1), end),)
    )

    report = evaluate(licensee, [], G1_2025)

    assert (months, Decimal(total)) == (report.months_subject, report.required("total"))


def test_exempt_spans_reduce_months_like_inactive_ones() -> None:
    """Inactive then exempt (a federal employee), to 30 Nov 2024: only Dec 2024 - Mar 2025 subject, 4 months."""
    licensee = Licensee(
        "1",
        date(1995, 6, 1),
        G1,
        statuses=(
            StatusSpan(LicenseStatus.INACTIVE, date(2022, 2, 1), date(2023, 6, 30)),
            StatusSpan(
                LicenseStatus.EXEMPT, date(2023, 7, 1), date(2024, 11, 30), exemption=Exemption.FEDERAL_EMPLOYEE
            ),
        ),
    )

    report = evaluate(licensee, [], G1_2025)

    assert (4, Decimal(0), True) == (report.months_subject, report.required("total"), report.must_report)


def test_exempt_all_period_requires_nothing_but_must_report() -> None:
    """Rule 2.54; mcle.md 4: exempt licensees still report; no hours are required."""
    licensee = Licensee(
        "1",
        date(1995, 6, 1),
        G1,
        statuses=(StatusSpan(LicenseStatus.EXEMPT, date(2021, 1, 1), exemption=Exemption.STATE_OFFICER),),
    )

    report = evaluate(licensee, [], G1_2025)

    assert (report.months_subject, report.must_report, report.compliant) == (0, True, True)
    assert "mcle.exempt" in report.decision().codes
    assert "mcle.noncompliance.late_fee" in report.decision().codes


def test_inactive_all_period_need_not_report() -> None:
    """mcle.md 1.4 and 4: inactive licensees are not subject; inactive all period, no report is due."""
    licensee = Licensee("1", date(1995, 6, 1), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2020, 1, 1)),))

    report = evaluate(licensee, [], G1_2025)

    assert (report.months_subject, report.must_report, report.compliant) == (0, False, True)
    assert "Not admitted, or inactive from admission, for the whole period: no report is due." in report.explain()
    assert not any(code.startswith("mcle.noncompliance") for code in report.decision().codes)


def test_not_eligible_is_still_subject() -> None:
    """LicenseStatus.NOT_ELIGIBLE (e.g. suspended): still subject, still reports; nothing is prorated."""
    licensee = Licensee("1", date(1995, 6, 1), G1, statuses=(StatusSpan(LicenseStatus.NOT_ELIGIBLE, date(2021, 1, 1)),))

    report = evaluate(licensee, [], G1_2025)

    assert (38, Decimal(25), True) == (report.months_subject, report.required("total"), report.must_report)


@given(a=st.integers(min_value=0, max_value=40), b=st.integers(min_value=0, max_value=40))
def test_prorated_requirement_never_exceeds_the_full_one_and_falls_with_later_admission(a: int, b: int) -> None:
    """Property: admitted later, fewer months subject and never more hours in any category, none above the full."""
    early, late = sorted((a, b))

    first = evaluate(admitted_in_month(G2_2018, early), [], G2_2018)
    second = evaluate(admitted_in_month(G2_2018, late), [], G2_2018)

    assert second.months_subject <= first.months_subject
    for requirement in first.requirements:
        assert second.required(requirement.category) <= requirement.hours <= requirement.unprorated


@given(
    start=st.dates(min_value=date(2021, 6, 1), max_value=date(2025, 6, 1)),
    days=st.integers(min_value=0, max_value=1400),
    extra=st.integers(min_value=0, max_value=400),
    status=st.sampled_from([LicenseStatus.INACTIVE, LicenseStatus.EXEMPT]),
)
def test_a_longer_span_not_subject_never_requires_more(
    start: date, days: int, extra: int, status: LicenseStatus
) -> None:
    """Property: stretching an inactive or exempt span never raises the months subject or any requirement."""
    exemption = Exemption.LAW_PROFESSOR if status is LicenseStatus.EXEMPT else None
    short = StatusSpan(status, start, start + days * ONE, exemption=exemption)
    long = attrs.evolve(short, end=start + (days + extra) * ONE)

    first = evaluate(Licensee("1", date(1995, 6, 1), G1, statuses=(short,)), [], G1_2025)
    second = evaluate(Licensee("1", date(1995, 6, 1), G1, statuses=(long,)), [], G1_2025)

    assert second.months_subject <= first.months_subject
    for requirement in first.requirements:
        assert second.required(requirement.category) <= requirement.hours <= requirement.unprorated


# ----------------------------------------------------------------------------- what counts


def not_counted(report: ComplianceReport) -> dict[str, NotCountedReason]:
    return {n.credit_id: n.reason for n in report.not_counted}


def test_credits_outside_the_period_do_not_count() -> None:
    """mcle.md 1.4: hours count in the period they were earned (first and last days included)."""
    credits = [
        Credit("before", G1_2025.start - ONE, 60),
        Credit("first", G1_2025.start, 60),
        Credit("last", G1_2025.end, 60),
        Credit("after", G1_2025.end + ONE, 60),
    ]

    report = evaluate(GARCIA, credits, G1_2025)

    assert not_counted(report) == {"before": NotCountedReason.OUTSIDE_PERIOD, "after": NotCountedReason.OUTSIDE_PERIOD}
    assert Decimal(2) == report.hours("total")
    assert "completed on 2025-03-30, outside 2022-02-01 to 2025-03-29" in report.explain()


def test_credit_counts_from_the_first_day_of_the_month_of_admission() -> None:
    """NewAdmittees.aspx: only activities on or after the first day of the month of admission count."""
    licensee = Licensee("new", date(2022, 5, 17), G1)
    credits = [Credit("on_the_1st", date(2022, 5, 1), 60), Credit("day_before", date(2022, 4, 30), 60)]

    report = evaluate(licensee, credits, G1_2025)

    assert not_counted(report) == {"day_before": NotCountedReason.BEFORE_ADMISSION}
    assert [c.credit_id for c in report.credits] == ["on_the_1st"]
    assert report.months_subject == 35  # Feb, Mar, Apr 2022 before the month of admission


def test_unapproved_providers_do_not_count() -> None:
    """mcle.md 2 (approved sources; B&P 6070(b)): only approved providers' activities count."""
    report = evaluate(GARCIA, [Credit("x", DAY, 60, provider_approved=False)], G1_2025)

    assert not_counted(report) == {"x": NotCountedReason.UNAPPROVED_PROVIDER}
    assert Decimal(0) == report.hours("total")


def test_a_second_claim_for_the_same_activity_on_the_same_day_is_a_duplicate() -> None:
    """BOOKKEEPING (inferred): the same activity twice on one day counts once; on another day it counts."""
    credits = [
        Credit("b", DAY, 60, activity="CLA-123"),
        Credit("a", DAY, 60, activity="CLA-123"),
        Credit("c", DAY + ONE, 60, activity="CLA-123"),
        Credit("d", DAY, 60),
        Credit("e", DAY, 60),
    ]

    report = evaluate(GARCIA, credits, G1_2025)

    assert not_counted(report) == {"b": NotCountedReason.DUPLICATE}  # equal hours: a comes first in (date, id) order
    assert Decimal(4) == report.hours("total")


def test_two_claims_for_one_activity_that_differ_are_refused() -> None:
    """BOOKKEEPING: two claims of one attendance must agree; which to count would otherwise be a guess."""
    credits = [Credit("a", DAY, 30, activity="CLA-9"), Credit("b", DAY, 90, activity="CLA-9")]

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, G1_2025)

    assert [p.path for p in caught.value.problems] == ["credits[1]"]
    assert "with different details" in caught.value.problems[0].message


def test_admitted_during_the_period_and_inactive_since_need_not_report() -> None:
    """mcle.md 5: inactive licensees are not subject and need not report, from admission on."""
    licensee = Licensee("9", date(2023, 5, 10), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2023, 5, 10)),))

    report = evaluate(licensee, [], G1_2025)

    assert (report.months_subject, report.must_report) == (0, False)


def test_active_for_a_day_after_admission_must_report() -> None:
    """An inactive span that starts a day after admission leaves a day subject: the report is due."""
    licensee = Licensee("9", date(2023, 5, 10), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2023, 5, 11)),))

    assert evaluate(licensee, [], G1_2025).must_report


def test_the_inactive_enrollment_date_is_a_parameter() -> None:
    """mcle.md 6: the enrollment date under the March deadlines is unknown: given by the caller, never invented."""
    without = evaluate(GARCIA, [], G1_2025)
    given_ = evaluate(GARCIA, [], G1_2025, inactive_enrollment_on=date(2025, 7, 1))

    assert "mcle.noncompliance.inactive_on" not in without.decision().codes
    (reason,) = [r for r in given_.reasons if r.code == "mcle.noncompliance.inactive_on"]
    assert reason.fact("inactive_enrollment_on") == "2025-07-01"
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], G1_2025, inactive_enrollment_on="2025-07-01")  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["inactive_enrollment_on"]


def test_new_attorney_training_does_not_count_toward_mcle_by_default() -> None:
    report = evaluate(GARCIA, [Credit("n", DAY, 600, new_attorney_training=True)], G1_2025)

    assert not_counted(report) == {"n": NotCountedReason.NEW_ATTORNEY_TRAINING}


def test_self_study_over_the_cap_is_taken_from_the_latest_self_study_credits() -> None:
    """Rule 2.72 / 2.51(F): at most 12.5 self-study hours; BOOKKEEPING: the latest self-study goes first.

    14 one-hour self-study credits: 1.5 hours over; the latest (ss13) loses 1 hour, ss12 half an hour.
    """
    credits = [Credit(f"ss{i:02}", date(2023, 2, 1) + i * ONE, 60, delivery=Delivery.SELF_STUDY) for i in range(14)]
    credits.append(Credit("late_participatory", date(2024, 1, 1), 60))

    report = evaluate(GARCIA, credits, G1_2025)

    assert [("ss12", Decimal("0.5")), ("ss13", Decimal(1))] == [(n.credit_id, n.hours) for n in report.not_counted]
    assert all(n.reason is NotCountedReason.OVER_SELF_STUDY_CAP for n in report.not_counted)
    assert (Decimal("12.5"), Decimal("13.5")) == (report.hours("self_study"), report.hours("total"))
    assert "self-study above the cap of 12.5 hours" in report.not_counted[0].message


def test_kinds_of_credit_without_a_configured_rule_are_reported() -> None:
    """A rule set without a speaker rule: the credit is NOT_CONFIGURED, not guessed."""
    rules = attrs.evolve(CA_2025, speaker_multiplier=None)

    report = evaluate(GARCIA, [Credit("s", DAY, 60, kind=CreditKind.SPEAKING)], G1_2025, rules=rules)

    assert not_counted(report) == {"s": NotCountedReason.NOT_CONFIGURED}
    assert "supply a rule set that configures it" in report.not_counted[0].message


# ----------------------------------------------------------------------------- compliance and shortfalls


def test_compliant_exactly_at_the_threshold() -> None:
    """Rule 9.31 / 2.72: 25.00 hours with exactly 12.5 participatory and every minimum met is compliant."""
    report = evaluate(GARCIA, full_2025(), G1_2025)

    assert (True, (), Decimal(25), Decimal("12.5")) == (
        report.compliant,
        report.shortfalls,
        report.hours("total"),
        report.hours("participatory"),
    )
    assert report.decision().outcome is True
    assert report.decision().failures == ()


def test_a_quarter_hour_short_is_not_compliant() -> None:
    report = evaluate(GARCIA, full_2025(participatory=735), G1_2025)

    assert [str(s) for s in report.shortfalls] == [
        "0.25 more hours of credit in total by 2025-03-29",
        "0.25 more hours of participatory credit by 2025-03-29",
    ]


def test_shortfall_wording_for_the_total() -> None:
    """12 participatory + 13 self-study: 0.5 over the cap, so 24.5 count: half an hour short in total."""
    report = evaluate(GARCIA, full_2025(participatory=720, self_study=780), G1_2025)

    assert str(report.shortfalls[0]) == "0.5 more hours of credit in total by 2025-03-29"
    assert str(report.shortfalls[1]) == "0.5 more hours of participatory credit by 2025-03-29"
    assert not report.compliant


def test_shortfall_wording_for_one_hour_of_a_subfield() -> None:
    """ "1 more hour of civility in the legal profession by 2025-03-29" (singular for exactly one hour)."""
    credits = full_2025()
    credits[0] = attrs.evolve(credits[0], subfields=tuple(s for s in credits[0].subfields if s.subfield != "civility"))

    report = evaluate(GARCIA, credits, G1_2025)

    assert [str(s) for s in report.shortfalls] == ["1 more hour of civility in the legal profession by 2025-03-29"]
    assert (Decimal(1), date(2025, 3, 29), "civility") == (
        report.shortfalls[0].hours,
        report.shortfalls[0].by,
        report.shortfalls[0].category,
    )
    assert "Civility in the legal profession: 0 of 1 hour required; 1 more needed." in report.explain()


def test_implicit_bias_hours_count_toward_bias() -> None:
    """B&P 6070.5: 2 bias hours, at least 1 implicit: 2 implicit-bias hours meet both minimums."""
    credits = [Credit("b", DAY, 120, subfields=(share("bias.implicit", 120),))]

    report = evaluate(GARCIA, credits, G1_2025)

    assert (Decimal(2), Decimal(2)) == (report.hours("bias"), report.hours("bias.implicit"))
    assert {"bias", "bias.implicit"}.isdisjoint(s.category for s in report.shortfalls)


def test_general_bias_hours_do_not_count_as_implicit() -> None:
    credits = [Credit("b", DAY, 120, subfields=(share("bias", 120),))]

    report = evaluate(GARCIA, credits, G1_2025)

    assert "1 more hour of implicit bias by 2025-03-29" in [str(s) for s in report.shortfalls]
    assert "bias" not in [s.category for s in report.shortfalls]


def test_wellness_counts_toward_competence_but_not_toward_prevention() -> None:
    """SUBFIELDS_2025 (S): competence 2, at least 1 prevention & detection; the other may be wellness."""
    credits = [Credit("w", DAY, 120, subfields=(share("competence.wellness", 120),))]

    report = evaluate(GARCIA, credits, G1_2025)

    assert (Decimal(2), Decimal(0)) == (report.hours("competence"), report.hours("competence.prevention"))
    assert [s.category for s in report.shortfalls if s.category.startswith("competence")] == ["competence.prevention"]


def test_excess_hours_do_not_carry_forward_in_california() -> None:
    """Rule 2.72(D) (2014 numbering): no carry-forward."""
    report = evaluate(GARCIA, [*full_2025(), Credit("extra", DAY, 300)], G1_2025)

    assert (Decimal(5), Decimal(0)) == (report.excess_hours, report.carry_forward)
    assert "Excess hours do not carry forward to the next period." in report.explain()


# ----------------------------------------------------------------------------- carry-back


def civility_short() -> list[Credit]:
    credits = full_2025()
    credits[0] = attrs.evolve(credits[0], subfields=tuple(s for s in credits[0].subfields if s.subfield != "civility"))
    return [*credits, Credit("late", date(2025, 5, 1), 60, subfields=(share("civility", 60),))]


def test_carry_back_counts_in_the_deficient_period() -> None:
    """mcle.md 1.4 (calbar Inactive page; CBJ Feb 2015): later hours may be applied to the deficient period."""
    allocation = CarryBack("late", G1_2025.end)

    without = evaluate(GARCIA, civility_short(), G1_2025)
    report = evaluate(GARCIA, civility_short(), G1_2025, allocations=[allocation])

    assert (without.compliant, report.compliant) == (False, True)
    assert [(c.credit_id, c.carried_back) for c in report.credits if c.carried_back] == [("late", True)]
    assert "Carried back to this period: late." in report.explain()
    assert "mcle.carry_back" in without.decision().codes  # the shortfall report says carry-back is possible


def test_carried_back_hours_do_not_count_again_in_the_next_period() -> None:
    """mcle.md 1.4: once applied to the earlier period, the hours cannot count in the next one."""
    allocation = CarryBack("late", G1_2025.end)
    after = next_period(G1_2025)

    free = evaluate(GARCIA, civility_short(), after)
    report = evaluate(GARCIA, civility_short(), after, allocations=[allocation])

    assert Decimal(1) == free.hours("civility")
    assert {k: v for k, v in not_counted(report).items() if k != "late"} == {
        "p1": NotCountedReason.OUTSIDE_PERIOD,
        "s1": NotCountedReason.OUTSIDE_PERIOD,
    }
    assert NotCountedReason.APPLIED_TO_OTHER_PERIOD is not_counted(report)["late"]
    assert "carried back to the period ending 2025-03-29" in report.explain()


def test_carry_back_is_refused_when_the_rules_allow_none() -> None:
    rules = attrs.evolve(CA_2025, carry_back=Cited(False, TEST_SOURCE))

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, civility_short(), G1_2025, rules=rules, allocations=[CarryBack("late", G1_2025.end)])

    assert [p.path for p in caught.value.problems] == ["allocations[0]"]
    assert "allow no carry-back" in str(caught.value)


def test_carry_back_only_to_a_deficient_period() -> None:
    """mcle.md 1.4: hours after the end may be applied to a *deficient* period, not to a compliant one."""
    credits = [*full_2025(), Credit("late", date(2025, 5, 1), 60)]
    assert evaluate(GARCIA, credits, G1_2025).compliant

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, G1_2025, allocations=[CarryBack("late", G1_2025.end)])

    assert [p.path for p in caught.value.problems] == ["allocations[0].period_end"]
    assert "compliant without carried-back hours" in str(caught.value)


# ----------------------------------------------------------------------------- New York carry-forward


NY_LICENSEE = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
NY_FIRST = compliance_period(NY_LICENSEE, containing=date(2021, 1, 1), jurisdiction=NEW_YORK)
NY_SECOND = next_period(NY_FIRST, jurisdiction=NEW_YORK)


def ny_credits(day: date, minutes: int) -> list[Credit]:
    """New York credits: ethics 4, diversity 1, cybersecurity 1 (50-minute hours), the rest general."""
    return [
        Credit(
            f"ny-{day}",
            day,
            minutes,
            subfields=(share("ethics", 200), share("diversity", 50), share("cybersecurity", 50)),
        )
    ]


@pytest.mark.parametrize(("credits_earned", "forward"), [(34, 6), (28, 4), (24, 0), (20, 0)])
def test_new_york_carries_up_to_six_credits_forward(credits_earned: int, forward: int) -> None:
    """22 NYCRR 1500.22(c): more than 24 credits in a cycle carry over, at most six, to the next cycle."""
    first = evaluate(NY_LICENSEE, ny_credits(date(2021, 1, 1), credits_earned * 50), NY_FIRST, jurisdiction=NEW_YORK)

    second = evaluate(
        NY_LICENSEE, ny_credits(date(2023, 1, 1), 18 * 50), NY_SECOND, jurisdiction=NEW_YORK, previous=first
    )

    assert Decimal(forward) == first.carry_forward
    assert Decimal(18 + forward) == second.hours("total")
    assert Decimal(forward) == second.hours("carried_in")  # 0 when nothing is carried
    assert bool(forward) == ("carried_in" in {c.category for c in second.counted})
    assert (forward == 6) == second.compliant
    assert "mcle.carry_forward.in" in second.decision().codes


# ----------------------------------------------------------------------------- explanations


def test_explain_and_decision_give_reasons_sources_and_assumptions() -> None:
    """Principle 5: every decision explains itself, citing sources, listing what is assumed."""
    report = evaluate(GARCIA, [Credit("s", DAY, 60, delivery=Delivery.SELF_STUDY, provider_approved=False)], G1_2025)

    decision = report.decision()
    text = report.explain()

    assert decision.outcome is False
    assert decision.reasons == report.reasons
    assert decision.question == "Is licensee 100001 compliant for the period 2022-02-01 to 2025-03-29?"
    for reason in report.reasons:
        assert reason.message in text
        assert f"({reason.code})" in text
    assert "Sources:" in text
    assert "Assumptions (not confirmed by a primary source" in text
    assert "Still missing:" in text
    assert "Not counted:\n  - s: 1 h, the provider or activity is not approved" in text
    assert decision.assumptions()
    assert all(not s.is_confirmed for s in decision.assumptions())
    assert any(s.confidence is Confidence.SECONDARY for s in decision.assumptions())  # the 2025 subfields
    assert all(r.source is not None for r in decision.failures)


def test_reasons_for_requirements_cite_their_sources() -> None:
    report = evaluate(GARCIA, [], G1_2025)

    by_code = {r.code: r for r in report.reasons}

    assert by_code["mcle.requirement.total"].source == CA_2025.total_hours.source
    assert by_code["mcle.requirement.total"].effect is Effect.FAIL
    assert by_code["mcle.rule_set"].source == CALIFORNIA.rule_sets.source_at(G1_2025.end)


@pytest.mark.parametrize(
    ("office", "exempt"),
    [
        (PublicOffice.CITY_COUNCIL_MEMBER, False),
        (PublicOffice.MAYOR, False),
        (PublicOffice.CITY_ATTORNEY, False),
        (PublicOffice.COUNTY_OFFICIAL, False),
        (PublicOffice.STATE_OFFICER, True),
        (PublicOffice.STATE_ELECTED_OFFICIAL, True),
    ],
)
def test_exemption_by_office(office: PublicOffice, exempt: bool) -> None:
    """Rule 2.54(A)(1), B&P 6070(c): officers and elected officials of the State are exempt; city officials not."""
    decision = exemption_for_office(office)

    assert (Exemption.STATE_OFFICER if exempt else None) == decision.outcome
    assert decision.reasons[0].source is not None
    assert decision.reasons[0].source.confidence is Confidence.CONFIRMED
    assert ("not exempt" in decision.reasons[0].message) != exempt


def test_exemption_for_office_refuses_other_values() -> None:
    with pytest.raises(InputError) as caught:
        exemption_for_office("mayor")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["office"]


# ----------------------------------------------------------------------------- noncompliance facts


def reason_text(report: ComplianceReport, code: str) -> str:
    return next(r.message for r in report.reasons if r.code == code)


def test_noncompliance_facts_for_a_2025_deadline() -> None:
    """calbar mcle-compliance-information: late fee $103; reinstatement $308 after 30 Jun 2023; 60-day notice."""
    report = evaluate(GARCIA, [], G1_2025)

    assert (
        reason_text(report, "mcle.noncompliance.late_fee") == "Reporting after 2025-04-01 brings a late fee of $103.00."
    )
    assert "$308.00" in reason_text(report, "mcle.noncompliance.reinstatement_fee")
    # The 60-day notice is confirmed for the 1 February deadlines only; for the March ones it is unknown.
    assert "is not published" in reason_text(report, "mcle.noncompliance.notice.unknown")
    assert "not entitled to practise law" in reason_text(report, "mcle.noncompliance.inactive")
    late = next(r for r in report.reasons if r.code == "mcle.noncompliance.late_fee")
    assert (late.fact("late_fee"), late.fact("report_by")) == ("$103.00", "2025-04-01")


def test_the_60_day_notice_follows_a_february_deadline() -> None:
    """calbar Good-Cause-Modification; CBJ Feb 2015: a 60-day notice after the 1 February deadlines."""
    report = evaluate(GARCIA, [], compliance_period(G1, containing=date(2021, 6, 1)))

    assert "60 days" in reason_text(report, "mcle.noncompliance.notice")


def test_noncompliance_late_fee_for_a_2013_deadline() -> None:
    """California Bar Journal 2006-2015: a $75 late fee; G1's period ending 31 Jan 2013, report by 1 Feb 2013."""
    period = compliance_period(G1, containing=date(2012, 1, 1))

    report = evaluate(GARCIA, [], period)

    assert date(2013, 2, 1) == period.report_by
    assert "$75.00" in reason_text(report, "mcle.noncompliance.late_fee")
    assert "$200.00" in reason_text(report, "mcle.noncompliance.reinstatement_fee")


def test_reinstatement_fee_changes_after_30_june_2023() -> None:
    rules = CALIFORNIA.noncompliance
    assert rules is not None

    assert (Money.dollars(200), Money.dollars(308)) == (
        rules.reinstatement_fee.at(date(2023, 6, 30)),
        rules.reinstatement_fee.at(date(2023, 7, 1)),
    )


def test_unknown_fees_are_reported_as_unknown_not_invented() -> None:
    """No late fee is sourced before 2007 (nor a reinstatement fee before 2008): G1's deadline of 2 Feb 2004."""
    period = compliance_period(G1, containing=date(2002, 1, 1))

    report = evaluate(GARCIA, [], period)
    codes = report.decision().codes

    assert date(2004, 2, 2) == period.report_by
    assert "mcle.noncompliance.late_fee.unknown" in codes
    assert "mcle.noncompliance.reinstatement_fee.unknown" in codes
    assert "mcle.noncompliance.late_fee" not in codes
    assert "mcle.noncompliance.reinstatement_fee" not in codes
    assert "is not in the library's sources" in reason_text(report, "mcle.noncompliance.late_fee.unknown")
    assert "$" not in "".join(r.message for r in report.reasons if r.code.startswith("mcle.noncompliance"))


def test_new_york_has_no_noncompliance_facts() -> None:
    report = evaluate(NY_LICENSEE, [], NY_FIRST, jurisdiction=NEW_YORK)

    assert not any(code.startswith("mcle.noncompliance") for code in report.decision().codes)


# ----------------------------------------------------------------------------- properties of evaluate

CA_CODES = ("bias", "bias.implicit", "civility", "competence.prevention", "competence.wellness", "ethics", "technology")


@st.composite
def ca_credits(draw: st.DrawFn, credit_id: str) -> Credit:
    minutes = draw(st.integers(min_value=0, max_value=900))
    chosen = draw(st.lists(st.sampled_from(CA_CODES), unique=True, max_size=3))
    shares, room = [], minutes
    for code in chosen:
        part = draw(st.integers(min_value=0, max_value=room))
        room -= part
        shares.append(share(code, part))
    kind = draw(st.sampled_from([CreditKind.ATTENDANCE, CreditKind.ATTENDANCE, CreditKind.SPEAKING]))
    return Credit(
        credit_id,
        draw(st.dates(min_value=date(2021, 11, 1), max_value=date(2025, 6, 30))),
        minutes,
        kind=kind,
        delivery=draw(st.sampled_from(Delivery)),
        subfields=tuple(shares),
        activity=draw(st.none() | st.sampled_from(["A", "B"])),
        provider_approved=draw(st.booleans()),
        first_presentation=draw(st.booleans()),
        new_attorney_training=draw(st.booleans()),
    )


credit_lists = st.integers(min_value=0, max_value=12).flatmap(
    lambda n: st.tuples(*(ca_credits(f"c{i}") for i in range(n))).map(cst.consistent_claims)
)


@given(credits=credit_lists, data=st.data())
def test_the_order_of_the_credits_never_matters(credits: tuple[Credit, ...], data: st.DataObject) -> None:
    """Property: credits are read in date order, so any order gives the same report."""
    shuffled = data.draw(st.permutations(credits))

    assert evaluate(GARCIA, credits, G1_2025) == evaluate(GARCIA, shuffled, G1_2025)


@given(credits=credit_lists)
def test_every_hour_is_either_counted_or_not_counted_with_a_reason(credits: tuple[Credit, ...]) -> None:
    """Property: counted and not-counted hours add up to the hours earned; the cap and totals hold."""
    report = evaluate(GARCIA, credits, G1_2025)
    earned = sum((hours_for(c, CA_2025).hours for c in credits), Decimal(0))

    assert earned == sum((c.hours for c in report.credits), Decimal(0)) + sum(
        (n.hours for n in report.not_counted), Decimal(0)
    )
    assert report.hours("self_study") <= Decimal("12.5")
    assert report.hours("total") == report.hours("participatory") + report.hours("self_study")
    assert report.compliant == (not report.shortfalls)
    for shortfall in report.shortfalls:
        assert shortfall.hours == report.required(shortfall.category) - report.hours(shortfall.category)
    for counted in report.credits:
        assert sum((p.hours for p in counted.subfields), Decimal(0)) <= counted.hours or counted.delivery is (
            Delivery.SELF_STUDY
        )


@given(credits=credit_lists, extra=ca_credits("extra"))
def test_adding_a_credit_never_makes_a_licensee_less_compliant(credits: tuple[Credit, ...], extra: Credit) -> None:
    """Property: more credits never lower hours counted in total (the cap and duplicates only stop them counting)."""
    before = evaluate(GARCIA, credits, G1_2025)
    after = evaluate(GARCIA, cst.consistent_claims((*credits, extra)), G1_2025)

    assert after.hours("total") >= before.hours("total")
    assert not before.compliant or after.compliant


# ----------------------------------------------------------------------------- bad input: evaluate


def test_duplicate_credit_ids_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [Credit("a", DAY, 60), Credit("a", DAY, 30)], G1_2025)

    assert paths_of(caught.value) == ["credits[1].credit_id"]
    assert "'a' is also the id of credits[0]" in str(caught.value)


def test_an_unknown_subfield_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [Credit("a", DAY, 60, subfields=(share("diversity", 30),))], G1_2025)

    assert paths_of(caught.value) == ["credits[0].subfields[0].subfield"]
    assert "'diversity' is not a subfield of California (known: bias, bias.implicit" in str(caught.value)


@pytest.mark.parametrize(
    ("credits", "allocation", "path", "message"),
    [
        ([], CarryBack("ghost", date(2025, 3, 29)), "allocations[0].credit_id", "no credit has the id 'ghost'"),
        (
            [Credit("a", date(2025, 3, 29), 60)],
            CarryBack("a", date(2025, 3, 29)),
            "allocations[0].period_end",
            "not after the period ending 2025-03-29",
        ),
        (
            [Credit("a", date(2025, 5, 1), 60)],
            CarryBack("a", date(2025, 3, 28)),
            "allocations[0].period_end",
            "2025-03-28 is not the end of a period (the period containing it ends 2025-03-29)",
        ),
        (
            [Credit("a", date(2025, 5, 1), 60)],
            CarryBack("a", date(2000, 1, 31)),
            "allocations[0].period_end",
            "not in force on 2000-01-31",
        ),
    ],
)
def test_bad_carry_back_allocations_are_refused(
    credits: list[Credit], allocation: CarryBack, path: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, G1_2025, allocations=[allocation])

    assert [path] == paths_of(caught.value)
    assert message in str(caught.value)


def test_a_credit_allocated_twice_is_refused() -> None:
    late = Credit("a", date(2025, 5, 1), 60)

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [late], G1_2025, allocations=[CarryBack("a", G1_2025.end), CarryBack("a", G1_2025.end)])

    assert paths_of(caught.value) == ["allocations[1].credit_id"]


def test_a_period_of_another_group_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], compliance_period(G2, containing=date(2024, 6, 1)))

    assert paths_of(caught.value) == ["period.group"]
    assert "the period is of group 2 (H-M), the licensee is in group 1 (A-G)" in str(caught.value)


def test_a_period_not_of_the_schedule_is_refused() -> None:
    shifted = attrs.evolve(G1_2025, end=G1_2025.end - ONE)

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], shifted)

    assert paths_of(caught.value) == ["period"]


def test_a_previous_report_of_the_wrong_period_is_refused() -> None:
    after = next_period(G1_2025)
    same = evaluate(GARCIA, [], after)

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], after, previous=same)

    assert paths_of(caught.value) == ["previous.period"]
    assert "is not the period before (2022-02-01 to 2025-03-29)" in str(caught.value)


def test_a_previous_report_of_another_licensee_is_refused() -> None:
    other = evaluate(attrs.evolve(GARCIA, licensee_id="999"), [], G1_2025)

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], next_period(G1_2025), previous=other)

    assert paths_of(caught.value) == ["previous.licensee_id"]


def test_every_problem_is_named_at_once() -> None:
    """Principle 8: duplicate ids, an unknown subfield, a bad allocation and a wrong period, in one error."""
    credits = [Credit("a", DAY, 60, subfields=(share("diversity", 30),)), Credit("a", DAY, 60)]
    other = compliance_period(G2, containing=date(2024, 6, 1))

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, other, allocations=[CarryBack("ghost", date(2025, 3, 29))], previous="r")  # type: ignore[arg-type]

    assert {
        "credits[1].credit_id",
        "allocations[0].credit_id",
        "period.group",
        "credits[0].subfields[0].subfield",
        "previous",
    } == set(paths_of(caught.value))


@pytest.mark.parametrize(
    ("arguments", "paths"),
    [
        ({"licensee": "100001"}, ["licensee"]),
        ({"credits": "c1"}, ["credits"]),
        ({"credits": [{"credit_id": "c1"}]}, ["credits[0]"]),
        ({"period": "2022-02-01"}, ["period"]),
        ({"jurisdiction": "us_ca"}, ["jurisdiction"]),
        ({"rules": {"total_hours": 25}}, ["rules"]),
        ({"allocations": ["late"]}, ["allocations[0]"]),
        ({"allocations": 3}, ["allocations"]),
    ],
)
def test_arguments_of_the_wrong_type_are_refused(arguments: dict[str, Any], paths: list[str]) -> None:
    given_ = {"licensee": GARCIA, "credits": [], "period": G1_2025, **arguments}
    licensee, credits, period = given_.pop("licensee"), given_.pop("credits"), given_.pop("period")

    with pytest.raises(InputError) as caught:
        evaluate(licensee, credits, period, **given_)

    assert paths == paths_of(caught.value)


# ----------------------------------------------------------------------------- bad input: the models


@pytest.mark.parametrize(
    ("minutes", "message"),
    [
        (-30, "must not be negative, got -30"),
        (1.5, "expected a whole number, got 1.5"),
        (True, "expected a whole number, got True"),
        ("90", "expected a whole number, got '90'"),
    ],
)
def test_a_credit_refuses_bad_minutes(minutes: Any, message: str) -> None:
    with pytest.raises(InputError) as caught:
        Credit("c", DAY, minutes)

    assert [("minutes", message)] == [(p.path, p.message) for p in caught.value.problems]


def test_a_credit_names_every_bad_field() -> None:
    with pytest.raises(InputError) as caught:
        Credit(" ", date(1991, 12, 31), -1, delivery="participatory")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["credit_id", "completed_on", "minutes", "delivery"]
    assert "before 1992-01-01" in str(caught.value)


def test_a_credit_names_every_inconsistency() -> None:
    """Subfield minutes above the activity's, a repeated subfield, units and panelists on attendance."""
    with pytest.raises(InputError) as caught:
        Credit(
            "c",
            DAY,
            30,
            units=Decimal(1),
            panelists=2,
            subfields=(share("ethics", 20), share("ethics", 20)),
        )

    assert paths_of(caught.value) == ["subfields[1].subfield", "subfields", "units", "panelists"]
    assert "the subfield minutes add up to 40, more than the activity's 30 minutes" in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "path", "message"),
    [
        ({"kind": CreditKind.LAW_SCHOOL_TEACHING}, "units", "law-school teaching needs the units"),
        ({"kind": CreditKind.LAW_SCHOOL_TEACHING, "units": Decimal(0)}, "units", "must be a positive number"),
        ({"kind": CreditKind.LAW_SCHOOL_TEACHING, "units": Decimal("NaN")}, "units", "must be a positive number"),
        ({"units": Decimal(2)}, "units", "only law-school teaching has units, not attendance"),
        ({"panelists": 2}, "panelists", "only speaking is shared among panelists, not attendance"),
        ({"kind": CreditKind.SPEAKING, "panelists": 0}, "panelists", "must be at least 1"),
        ({"kind": CreditKind.SPEAKING, "panelists": True}, "panelists", "expected a whole number"),
        ({"provider_approved": 1}, "provider_approved", "expected true or false"),
    ],
)
def test_a_credit_refuses_rules_of_the_wrong_kind(kwargs: dict[str, Any], path: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        Credit("c", DAY, 60, **kwargs)

    assert [path] == paths_of(caught.value)
    assert message in str(caught.value)


def test_a_subfield_share_checks_its_fields() -> None:
    with pytest.raises(InputError) as caught:
        SubfieldShare("Ethics", -1)

    assert paths_of(caught.value) == ["subfield", "minutes"]


@pytest.mark.parametrize(
    ("args", "kwargs", "paths"),
    [
        ((LicenseStatus.EXEMPT, date(2021, 1, 1)), {}, ["exemption"]),
        ((LicenseStatus.INACTIVE, date(2021, 1, 1)), {"exemption": Exemption.LAW_PROFESSOR}, ["exemption"]),
        ((LicenseStatus.ACTIVE, date(2021, 1, 1), date(2020, 12, 31)), {}, ["end"]),
        (
            (LicenseStatus.INACTIVE, date(2021, 1, 1), date(2020, 1, 1)),
            {"exemption": Exemption.LAW_PROFESSOR},
            ["end", "exemption"],
        ),
        (("inactive", "2021-01-01"), {}, ["status", "start"]),
    ],
)
def test_a_status_span_checks_its_exemption(args: tuple[Any, ...], kwargs: dict[str, Any], paths: list[str]) -> None:
    """Rule 2.54: an exempt status needs its ground; only an exempt status has one."""
    with pytest.raises(InputError) as caught:
        StatusSpan(*args, **kwargs)

    assert paths == paths_of(caught.value)


def test_a_licensee_refuses_overlapping_spans_and_spans_before_admission() -> None:
    with pytest.raises(InputError) as caught:
        Licensee(
            "1",
            date(2010, 1, 1),
            G1,
            statuses=(
                StatusSpan(LicenseStatus.INACTIVE, date(2009, 1, 1), date(2011, 1, 1)),
                StatusSpan(LicenseStatus.ACTIVE, date(2010, 6, 1)),
            ),
        )

    assert paths_of(caught.value) == ["statuses[0].start", "statuses[1]"]
    assert "2009-01-01 is before admission, 2010-01-01" in str(caught.value)
    assert "overlaps statuses[0]" in str(caught.value)


def test_a_licensee_refuses_spans_out_of_order() -> None:
    with pytest.raises(InputError) as caught:
        Licensee(
            "1",
            date(2010, 1, 1),
            G1,
            statuses=(
                StatusSpan(LicenseStatus.INACTIVE, date(2015, 1, 1), date(2015, 12, 31)),
                StatusSpan(LicenseStatus.INACTIVE, date(2012, 1, 1), date(2012, 12, 31)),
            ),
        )

    assert paths_of(caught.value) == ["statuses[1]"]


def test_status_on_reads_the_history() -> None:
    licensee = Licensee(
        "1", date(2010, 1, 1), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2012, 1, 1), date(2012, 12, 31)),)
    )

    assert (
        licensee.status_on(date(2009, 12, 31)),
        licensee.status_on(date(2010, 1, 1)),
        licensee.status_on(date(2012, 6, 1)),
        licensee.status_on(date(2013, 1, 1)),
    ) == (None, LicenseStatus.ACTIVE, LicenseStatus.INACTIVE, LicenseStatus.ACTIVE)
    with pytest.raises(InputError):
        licensee.status_on("2012-06-01")  # type: ignore[arg-type]


def test_carry_back_checks_its_fields() -> None:
    with pytest.raises(InputError) as caught:
        CarryBack("", "2025-03-29")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["credit_id", "period_end"]


def test_the_rule_set_type_is_the_public_one() -> None:
    assert isinstance(CA_2025, RuleSet)


def test_a_previous_report_for_the_first_period_is_refused() -> None:
    """Group 1's first period in the library (2001-2004) has no period before it to carry from."""
    first = compliance_period(G1, containing=date(2002, 1, 1))
    report = evaluate(GARCIA, [], first)

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], first, previous=report)

    assert paths_of(caught.value) == ["previous"]
    assert "not in force on 2001-01-31" in str(caught.value)


def test_a_minimum_kept_in_full_when_prorated() -> None:
    """ProrationMode.KEEP (the 2014 proposal's reading: keep 1 bias hour): a caller's rule set may keep a minimum."""
    rules = CALIFORNIA.rules_for(G2_2018)
    keep = attrs.evolve(
        rules,
        minimums=tuple(
            attrs.evolve(m, hours=Decimal(2), when_prorated=ProrationMode.KEEP) if m.subfield == "bias" else m
            for m in rules.minimums
        ),
    )

    report = evaluate(admitted_in_month(G2_2018, 20), [], G2_2018, rules=keep)

    assert (16, Decimal(2), Decimal(1)) == (
        report.months_subject,
        report.required("bias"),
        report.required("competence"),
    )
    assert Decimal(0) == report.required("technology")  # no such minimum before 2025


def test_without_a_notice_period_no_notice_is_mentioned() -> None:
    assert CALIFORNIA.noncompliance is not None
    where = attrs.evolve(CALIFORNIA, noncompliance=attrs.evolve(CALIFORNIA.noncompliance, notice_days=None))

    report = evaluate(GARCIA, [], G1_2025, jurisdiction=where)

    assert "mcle.noncompliance.notice" not in report.decision().codes
    assert "mcle.noncompliance.inactive" in report.decision().codes


def test_report_parts_check_their_fields() -> None:
    with pytest.raises(InputError) as caught:
        NotCounted("c", Decimal(-1), "duplicate", "")  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["hours", "reason", "message"]


def test_hours_carried_in_are_not_carried_again() -> None:
    """22 NYCRR 1500.22(c): the carry-over is of credits accumulated *in* a cycle, not of credits carried into it."""
    first = evaluate(NY_LICENSEE, ny_credits(date(2021, 1, 1), 30 * 50), NY_FIRST, jurisdiction=NEW_YORK)
    second = evaluate(
        NY_LICENSEE, ny_credits(date(2023, 1, 1), 24 * 50), NY_SECOND, jurisdiction=NEW_YORK, previous=first
    )

    assert (first.carry_forward, second.hours("total"), second.carry_forward) == (Decimal(6), Decimal(30), Decimal(0))


def test_new_york_counts_only_whole_half_credits() -> None:
    """22 NYCRR 1500.4(b)(1) and NYU Law: a half credit needs 25 full minutes of a 50-minute hour."""
    report = evaluate(
        NY_LICENSEE,
        [Credit("a", date(2021, 1, 1), 74), Credit("b", date(2021, 1, 2), 24)],
        NY_FIRST,
        jurisdiction=NEW_YORK,
    )

    assert [(c.credit_id, c.hours) for c in report.credits] == [("a", Decimal(1)), ("b", Decimal(0))]


def test_speaking_and_attending_one_activity_are_two_claims() -> None:
    """Rule 2.81: a speaker earns speaking credit and attendance credit for the rest of the programme."""
    credits = [
        Credit("talk", DAY, 30, kind=CreditKind.SPEAKING, activity="CLA-1"),
        Credit("rest", DAY, 150, activity="CLA-1"),
    ]

    report = evaluate(GARCIA, credits, G1_2025)

    assert report.hours("total") == Decimal("4.5")  # 30 x 4 = 120 minutes, plus 150
    assert report.not_counted == ()


def test_a_missing_period_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], None)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["period"]


def test_no_self_study_is_over_a_cap_when_nothing_is_required() -> None:
    """Four months or less subject: nothing is required, so no hours are 'over the cap'."""
    newcomer = Licensee("n", date(2024, 12, 1), G1)
    report = evaluate(newcomer, [Credit("s", date(2025, 1, 5), 120, delivery=Delivery.SELF_STUDY)], G1_2025)

    assert report.required("total") == 0
    assert report.not_counted == ()
    assert report.hours("self_study") == 2


@pytest.mark.parametrize("day", [29, 30])
def test_a_new_admittees_months_count_from_the_first_of_the_month_of_admission(day: int) -> None:
    """mcle.md 4: the first period starts on the first day of the month of admission (March-anchored periods too)."""
    period = compliance_period(G1, containing=date(2027, 11, 29))  # 30 March 2025 to 29 March 2028
    report = evaluate(Licensee("n", date(2027, 11, day), G1), [], period)

    # The period's months run 30th to 29th: 30 Oct - 29 Nov holds 1 November, so it is subject.
    assert (report.months_subject, report.required("total")) == (5, Decimal(4))
