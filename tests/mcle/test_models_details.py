"""The exact problems and answers of the MCLE models (mcle/models.py).

Rules under test (DESIGN.md, principle 8, and ../shared/domain/mcle.md):

* Every bad field is named with what is wrong; messages are public API.
* A licensee's status is None before admission and ACTIVE on any later day no status
  span covers; voluntarily inactive attorneys are not subject (Rule 2.50 / B&P § 6070).
* California's report is due the day after the period ends, and may be moved later,
  never earlier (calbar MCLE compliance information: 29 March 2025, report by 1 April).
* California's MCLE began on 1 February 1992: no credit is dated before 1992.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import DateRange, InputError
from calcities_domain.mcle import (
    ComplianceGroup,
    Credit,
    CreditKind,
    Exemption,
    Licensee,
    LicenseStatus,
    StatusSpan,
    SubfieldShare,
    compliance_period,
)

PERIOD = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


# ----------------------------------------------------------------------------- Credit


def test_a_credit_before_1992_is_refused_in_words() -> None:
    """California's MCLE began on 1 February 1992; no rule reaches further back."""
    with pytest.raises(InputError) as caught:
        Credit("c1", date(1991, 12, 31), 60)
    assert problems_of(caught.value) == [
        (
            "completed_on",
            "1991-12-31 is before 1992-01-01, earlier than any MCLE rule the library knows "
            "(California's MCLE began on 1992-02-01)",
        )
    ]
    assert Credit("c1", date(1992, 1, 1), 60).completed_on == date(1992, 1, 1)


def test_a_datetime_is_not_a_completion_day() -> None:
    with pytest.raises(InputError) as caught:
        Credit("c1", datetime(2024, 5, 2, 9), 60)
    assert problems_of(caught.value) == [("completed_on", "expected a date, got datetime.datetime(2024, 5, 2, 9, 0)")]


@pytest.mark.parametrize("field", ["provider_approved", "first_presentation", "new_attorney_training"])
def test_a_flag_must_be_true_or_false(field: str) -> None:
    flag: dict[str, Any] = {field: 1}
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, **flag)
    assert problems_of(caught.value) == [(field, "expected true or false, got 1")]


def test_a_subfield_listed_twice_is_named_at_its_second_place() -> None:
    with pytest.raises(InputError) as caught:
        Credit(
            "c1",
            date(2024, 5, 2),
            90,
            subfields=(SubfieldShare("ethics", 30), SubfieldShare("bias", 10), SubfieldShare("ethics", 20)),
        )
    assert problems_of(caught.value) == [("subfields[2].subfield", "'ethics' is listed twice")]


def test_subfield_minutes_may_equal_but_not_exceed_the_activity() -> None:
    full = Credit("c1", date(2024, 5, 2), 60, subfields=(SubfieldShare("ethics", 40), SubfieldShare("bias", 20)))
    assert sum(s.minutes for s in full.subfields) == full.minutes
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, subfields=(SubfieldShare("ethics", 40), SubfieldShare("bias", 21)))
    assert problems_of(caught.value) == [
        ("subfields", "the subfield minutes add up to 61, more than the activity's 60 minutes")
    ]


def test_law_school_teaching_needs_its_units() -> None:
    """Rule 2.82: teaching credit comes from the units the school grants."""
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, kind=CreditKind.LAW_SCHOOL_TEACHING)
    assert problems_of(caught.value) == [("units", "law-school teaching needs the units the school grants")]


@pytest.mark.parametrize("units", [Decimal(0), Decimal(-1), Decimal("NaN"), Decimal("Infinity")])
def test_law_school_teaching_needs_a_positive_finite_number_of_units(units: Decimal) -> None:
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, kind=CreditKind.LAW_SCHOOL_TEACHING, units=units)
    assert problems_of(caught.value) == [("units", f"must be a positive number of units, got {units}")]


def test_the_smallest_positive_number_of_units_is_accepted() -> None:
    credit = Credit("c1", date(2024, 5, 2), 60, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal("0.01"))
    assert credit.units == Decimal("0.01")


@pytest.mark.parametrize("kind", [CreditKind.ATTENDANCE, CreditKind.SPEAKING])
def test_only_law_school_teaching_has_units(kind: CreditKind) -> None:
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, kind=kind, units=Decimal(1))
    assert problems_of(caught.value) == [("units", f"only law-school teaching has units, not {kind.value}")]


def test_only_speaking_is_shared_among_panelists() -> None:
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, panelists=3)
    assert problems_of(caught.value) == [("panelists", "only speaking is shared among panelists, not attendance")]


@pytest.mark.parametrize("panelists", [0, -2])
def test_a_panel_has_at_least_one_panelist(panelists: int) -> None:
    with pytest.raises(InputError) as caught:
        Credit("c1", date(2024, 5, 2), 60, kind=CreditKind.SPEAKING, panelists=panelists)
    assert problems_of(caught.value) == [("panelists", f"must be at least 1, got {panelists}")]
    assert Credit("c1", date(2024, 5, 2), 60, kind=CreditKind.SPEAKING, panelists=1).panelists == 1


def test_a_bad_independent_field_does_not_hide_the_checks_across_fields() -> None:
    """A blank id is reported with the subfield total it does not affect."""
    with pytest.raises(InputError) as caught:
        Credit("", date(2024, 5, 2), 10, subfields=(SubfieldShare("ethics", 11),))
    assert [p for p, _ in problems_of(caught.value)] == ["credit_id", "subfields"]


# ----------------------------------------------------------------------------- StatusSpan


def test_a_status_span_may_not_end_before_it_starts() -> None:
    with pytest.raises(InputError) as caught:
        StatusSpan(LicenseStatus.INACTIVE, date(2024, 5, 2), date(2024, 5, 1))
    assert problems_of(caught.value) == [("end", "2024-05-01 is before the start, 2024-05-02")]
    one_day = StatusSpan(LicenseStatus.INACTIVE, date(2024, 5, 2), date(2024, 5, 2))
    assert one_day.days == DateRange(date(2024, 5, 2), date(2024, 5, 2))


def test_an_exempt_span_needs_its_ground_and_only_it_has_one() -> None:
    """Rule 2.54(A): exemption is for a stated ground."""
    with pytest.raises(InputError) as caught:
        StatusSpan(LicenseStatus.EXEMPT, date(2024, 5, 2))
    assert problems_of(caught.value) == [("exemption", "an exempt status needs its ground of exemption")]
    with pytest.raises(InputError) as caught:
        StatusSpan(LicenseStatus.INACTIVE, date(2024, 5, 2), exemption=Exemption.LAW_PROFESSOR)
    assert problems_of(caught.value) == [("exemption", "only an exempt status has a ground of exemption, not inactive")]


def test_an_open_span_covers_every_later_day() -> None:
    span = StatusSpan(LicenseStatus.INACTIVE, date(2024, 5, 2))
    assert span.days == DateRange(date(2024, 5, 2), None)


# ----------------------------------------------------------------------------- Licensee


def test_a_status_span_may_not_start_before_admission() -> None:
    with pytest.raises(InputError) as caught:
        Licensee("1", date(2020, 1, 10), statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2020, 1, 9)),))
    assert problems_of(caught.value) == [("statuses[0].start", "2020-01-09 is before admission, 2020-01-10")]
    on_the_day = Licensee("1", date(2020, 1, 10), statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2020, 1, 10)),))
    assert on_the_day.status_on(date(2020, 1, 10)) is LicenseStatus.INACTIVE


def test_overlapping_status_spans_are_named_with_both_ranges() -> None:
    spans = (
        StatusSpan(LicenseStatus.INACTIVE, date(2021, 1, 1), date(2021, 6, 30)),
        StatusSpan(LicenseStatus.NOT_ELIGIBLE, date(2021, 6, 30), date(2021, 12, 31)),
    )
    with pytest.raises(InputError) as caught:
        Licensee("1", date(2020, 1, 10), statuses=spans)
    [(path, message)] = problems_of(caught.value)
    assert path == "statuses[1]"
    assert message == f"overlaps statuses[0] ({spans[0].days} and {spans[1].days})"


def test_status_spans_must_be_in_date_order() -> None:
    spans = (
        StatusSpan(LicenseStatus.INACTIVE, date(2022, 1, 1), date(2022, 6, 30)),
        StatusSpan(LicenseStatus.NOT_ELIGIBLE, date(2021, 1, 1), date(2021, 12, 31)),
    )
    with pytest.raises(InputError) as caught:
        Licensee("1", date(2020, 1, 10), statuses=spans)
    assert problems_of(caught.value) == [("statuses[1]", "status spans must be in date order")]


def test_status_on_is_none_before_admission_and_active_where_no_span_says_otherwise() -> None:
    licensee = Licensee(
        "1",
        date(2020, 1, 10),
        statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2021, 1, 1), date(2021, 6, 30)),),
    )
    assert licensee.status_on(date(2020, 1, 9)) is None
    assert licensee.status_on(date(2020, 1, 10)) is LicenseStatus.ACTIVE
    assert licensee.status_on(date(2021, 1, 1)) is LicenseStatus.INACTIVE
    assert licensee.status_on(date(2021, 6, 30)) is LicenseStatus.INACTIVE
    assert licensee.status_on(date(2021, 7, 1)) is LicenseStatus.ACTIVE


@pytest.mark.parametrize("day", [datetime(2021, 1, 1, 12), "2021-01-01", None])
def test_status_on_refuses_what_is_not_a_date(day: Any) -> None:
    licensee = Licensee("1", date(2020, 1, 10))
    with pytest.raises(InputError) as caught:
        licensee.status_on(day)
    assert problems_of(caught.value) == [("day", f"expected a date (not a datetime), got {day!r}")]


def test_admitted_keeps_the_status_history() -> None:
    spans = [StatusSpan(LicenseStatus.INACTIVE, date(2021, 1, 1), date(2021, 6, 30))]
    licensee = Licensee.admitted("123456", date(2019, 12, 3), "Garcia", statuses=iter(spans))
    assert licensee.statuses == tuple(spans)
    assert (licensee.licensee_id, licensee.admitted_on, licensee.group) == (
        "123456",
        date(2019, 12, 3),
        ComplianceGroup.GROUP_1,
    )
    assert licensee.status_on(date(2021, 3, 1)) is LicenseStatus.INACTIVE


@pytest.mark.parametrize("statuses", [5, "inactive", None])
def test_admitted_names_statuses_that_are_not_a_sequence(statuses: Any) -> None:
    with pytest.raises(InputError) as caught:
        Licensee.admitted("123456", date(2019, 12, 3), "Garcia", statuses=statuses)
    assert problems_of(caught.value) == [("statuses", f"expected a sequence, got {statuses!r}")]


# ----------------------------------------------------------------------------- CompliancePeriod


def test_a_period_in_words_names_its_group() -> None:
    """calbar: group 1's transition period runs 1 February 2022 to 29 March 2025, report by 1 April 2025."""
    assert str(PERIOD) == "us_ca group 1 (A-G): 2022-02-01 to 2025-03-29, report by 2025-04-01"


def test_a_period_without_a_group_is_named_by_its_schedule() -> None:
    assert str(attrs.evolve(PERIOD, group=None)) == "us_ca group-1: 2022-02-01 to 2025-03-29, report by 2025-04-01"


def test_a_period_contains_its_first_and_last_days_only() -> None:
    assert date(2022, 2, 1) in PERIOD
    assert date(2025, 3, 29) in PERIOD
    assert date(2022, 1, 31) not in PERIOD
    assert date(2025, 3, 30) not in PERIOD
    assert datetime(2024, 6, 1, 12) not in PERIOD
    assert "2024-06-01" not in PERIOD
    assert PERIOD.days == DateRange(date(2022, 2, 1), date(2025, 3, 29))


def test_a_malformed_period_names_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(PERIOD, end=date(2022, 1, 1), due=date(2022, 1, 1), report_by=date(2021, 12, 31), months=0)
    assert problems_of(caught.value) == [
        ("end", "2022-01-01 is before the start, 2022-02-01"),
        ("due", "2022-01-01 is not after the end, 2022-01-01"),
        ("report_by", "2021-12-31 is before the due day, 2022-01-01"),
        ("months", "must be at least 1, got 0"),
    ]


def test_a_one_day_one_month_period_due_the_next_day_is_sound() -> None:
    """The bounds: end on the start, due the day after, report on the due day, one month."""
    period = attrs.evolve(PERIOD, end=PERIOD.start, due=date(2022, 2, 2), report_by=date(2022, 2, 2), months=1)
    assert (period.end, period.due, period.report_by, period.months) == (
        date(2022, 2, 1),
        date(2022, 2, 2),
        date(2022, 2, 2),
        1,
    )


def test_an_optional_day_that_is_not_a_date_is_named() -> None:
    bad: Any = "2024-06-30"
    with pytest.raises(InputError) as caught:
        StatusSpan(LicenseStatus.INACTIVE, date(2024, 5, 2), bad)
    assert problems_of(caught.value) == [("end", "expected a date, got '2024-06-30'")]
    with pytest.raises(InputError) as caught:
        Licensee("1", date(2020, 1, 10), cycle_start=bad)
    assert problems_of(caught.value) == [("cycle_start", "expected a date, got '2024-06-30'")]


def test_admitted_keeps_particles_unless_told_to_skip_them() -> None:
    """NAME_NORMALISATION (assumed): particles are kept by default, "van der Merwe" is V (group 3)."""
    assert Licensee.admitted("1", date(2019, 12, 3), "van der Merwe").group is ComplianceGroup.GROUP_3
    skipped = Licensee.admitted("1", date(2019, 12, 3), "van der Merwe", skip_particles=True)
    assert skipped.group is ComplianceGroup.GROUP_2
