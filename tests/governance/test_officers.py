"""Tests of officers.py: officer terms, eligibility and the customary succession.

Rules under test (../shared/domain/governance-and-membership.md section 3):

* The officers are the President, First Vice President, Second Vice President and
  Immediate Past President [confirmed: S3, S22].
* One-year terms starting immediately on adjournment of the annual conference; the Board
  elects them at its meeting during the conference [confirmed: S3, S36, S37].
* The Second Vice President must currently serve or have previously served on the Board
  [confirmed: S3, S7]; when the First Vice President office is opened to applicants (2023),
  applicants must have served previously on the Board [confirmed: S4]. The sources give no
  eligibility rule for the other offices: the library says so and flags it as an assumption.
* Rosters show Second VP → First VP → President → Immediate Past President in successive
  years (Taj: 2VP 2020-21 → 1VP 2021-22 → President 2022-23 → IPP 2023-24) [confirmed as
  history: S38]; as a rule it is only inferred, since the Board still votes each year and
  may open an office (2023). The library's projection says so.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.governance import OfficerRole, officer_eligibility, officer_term, projected_succession
from calcities_domain.governance.officers import NO_RULE, S3_TERMS, SUCCESSION
from calcities_domain.kernel import Confidence, DateRange, Effect, InputError

PACIFIC = ZoneInfo("America/Los_Angeles")
R = OfficerRole
#: An election at the board meeting during the 2025 annual conference (8-10 October 2025, S23 Danville 2025).
ELECTION = date(2025, 10, 10)


def untyped(value: object) -> Any:
    return cast(Any, value)


def paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


# --- Terms ---------------------------------------------------------------------------------------


def test_officer_term_runs_from_one_adjournment_to_the_next() -> None:
    """S3: one-year terms starting immediately on adjournment of the annual conference.

    The 2023 conference ended 22 September (S14); the next adjournment and the hours are
    illustrative (conferences move: 8-10 October in 2025, S23). A term need not be exactly
    twelve months.
    """
    start = datetime(2023, 9, 22, 12, 0, tzinfo=PACIFIC)
    end = datetime(2024, 10, 18, 12, 0, tzinfo=PACIFIC)
    assert officer_term(start, end) == (start, end)


def test_officer_term_end_may_be_unknown() -> None:
    """The next conference's adjournment is not known in advance."""
    start = datetime(2025, 10, 10, 12, 0, tzinfo=PACIFIC)
    assert officer_term(start) == (start, None)
    assert officer_term(start, None) == (start, None)


@pytest.mark.parametrize("later", [timedelta(0), timedelta(hours=-1), timedelta(days=-365)], ids=str)
def test_officer_term_must_end_after_it_starts(later: timedelta) -> None:
    start = datetime(2025, 10, 10, 12, 0, tzinfo=PACIFIC)
    with pytest.raises(InputError) as error:
        officer_term(start, start + later)
    assert paths(error) == ["next_adjourned_at"]


def test_officer_term_refuses_a_naive_start() -> None:
    with pytest.raises(InputError) as error:
        officer_term(datetime(2024, 10, 18, 12, 0))
    assert paths(error) == ["adjourned_at"]


def test_officer_term_refuses_a_naive_end() -> None:
    with pytest.raises(InputError) as error:
        officer_term(datetime(2023, 9, 22, 12, 0, tzinfo=PACIFIC), datetime(2024, 10, 18, 12, 0))
    assert paths(error) == ["next_adjourned_at"]


@pytest.mark.parametrize("bad", [date(2024, 10, 18), "2024-10-18T12:00-07:00", None], ids=repr)
def test_officer_term_refuses_what_is_not_an_instant(bad: object) -> None:
    with pytest.raises(InputError) as error:
        officer_term(untyped(bad))
    assert paths(error) == ["adjourned_at"]


AWARE = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.just(PACIFIC),
    allow_imaginary=False,
)


@given(AWARE, AWARE)
def test_officer_term_accepts_exactly_the_ordered_pairs(a: datetime, b: datetime) -> None:
    if b > a:
        assert officer_term(a, b) == (a, b)
    else:
        with pytest.raises(InputError):
            officer_term(a, b)


# --- Eligibility ---------------------------------------------------------------------------------


def test_second_vice_president_needs_board_service() -> None:
    """S3, S7: the Second VP must currently serve or have previously served on the board."""
    decision = officer_eligibility(R.SECOND_VICE_PRESIDENT, [], on=ELECTION)
    assert decision.outcome is False
    (reason,) = decision.reasons
    assert reason.code == "governance.officer.board_service"
    assert reason.effect is Effect.FAIL
    assert reason.source is S3_TERMS
    assert reason.source.is_confirmed


def test_second_vice_president_who_served_before_is_eligible() -> None:
    served = [DateRange(date(2019, 10, 18), date(2021, 9, 24))]
    decision = officer_eligibility(R.SECOND_VICE_PRESIDENT, served, on=ELECTION)
    assert decision.outcome is True
    assert decision.reasons[0].effect is Effect.PASS


def test_second_vice_president_now_serving_is_eligible() -> None:
    """'Currently serve': a term that includes the day of the election, or starts on it."""
    assert officer_eligibility(R.SECOND_VICE_PRESIDENT, [DateRange(date(2023, 9, 22))], on=ELECTION).outcome is True
    assert officer_eligibility(R.SECOND_VICE_PRESIDENT, [DateRange.day(ELECTION)], on=ELECTION).outcome is True


def test_second_vice_president_with_only_future_service_is_not_eligible() -> None:
    future = [DateRange(ELECTION + timedelta(days=1), date(2026, 10, 9))]
    assert officer_eligibility(R.SECOND_VICE_PRESIDENT, future, on=ELECTION).outcome is False


def test_first_vice_president_when_opened_needs_previous_service() -> None:
    """S4 (2023 open call): applicants for an open First VP office must have served previously."""
    served = [DateRange(date(2019, 10, 18), date(2021, 9, 24))]
    assert officer_eligibility(R.FIRST_VICE_PRESIDENT, served, on=ELECTION, office_open=True).outcome is True
    decision = officer_eligibility(R.FIRST_VICE_PRESIDENT, [], on=ELECTION, office_open=True)
    assert decision.outcome is False
    assert decision.reasons[0].code == "governance.officer.board_service"
    assert decision.reasons[0].source is S3_TERMS


def test_first_vice_president_when_opened_needs_service_before_the_day() -> None:
    """'Served previously': a term starting on the day of the election is not previous service."""
    today = [DateRange(ELECTION, date(2026, 10, 9))]
    assert officer_eligibility(R.FIRST_VICE_PRESIDENT, today, on=ELECTION, office_open=True).outcome is False


def test_first_vice_president_not_opened_has_no_published_rule() -> None:
    """When the office is not opened to applicants, the board fills it as it decides."""
    decision = officer_eligibility(R.FIRST_VICE_PRESIDENT, [], on=ELECTION)
    assert decision.outcome is True
    assert decision.codes == ("governance.officer.no_rule",)


@pytest.mark.parametrize("role", [R.PRESIDENT, R.IMMEDIATE_PAST_PRESIDENT])
def test_other_offices_have_no_published_rule_and_say_it_is_assumed(role: OfficerRole) -> None:
    """The sources give eligibility rules only for the vice presidents: no rule, flagged as an assumption."""
    decision = officer_eligibility(role, [], on=ELECTION)
    assert decision.outcome is True
    (reason,) = decision.reasons
    assert reason.code == "governance.officer.no_rule"
    assert reason.effect is Effect.INFO
    assert reason.source is NO_RULE
    assert NO_RULE.confidence is Confidence.ASSUMED
    assert decision.assumptions() == (NO_RULE,)
    assert "Assumptions" in decision.explain()


SERVICE = st.lists(
    st.builds(
        lambda start, days: DateRange(start, None if days is None else start + timedelta(days=days)),
        st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)),
        st.none() | st.integers(0, 2000),
    ),
    max_size=4,
)
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))


@given(SERVICE, DAYS)
def test_second_vice_president_eligible_iff_some_term_started_by_the_day(service: list[DateRange], on: date) -> None:
    decision = officer_eligibility(R.SECOND_VICE_PRESIDENT, service, on=on)
    assert decision.outcome is any(term.start <= on for term in service)


@given(SERVICE, DAYS)
def test_open_first_vice_president_eligible_iff_some_term_started_before_the_day(
    service: list[DateRange], on: date
) -> None:
    decision = officer_eligibility(R.FIRST_VICE_PRESIDENT, service, on=on, office_open=True)
    assert decision.outcome is any(term.start < on for term in service)


@given(st.sampled_from([R.PRESIDENT, R.IMMEDIATE_PAST_PRESIDENT]), SERVICE, DAYS, st.booleans())
def test_offices_without_a_rule_are_always_open(
    role: OfficerRole, service: list[DateRange], on: date, office_open: bool
) -> None:
    decision = officer_eligibility(role, service, on=on, office_open=office_open)
    assert decision.outcome is True
    assert decision.codes == ("governance.officer.no_rule",)


@given(SERVICE, DAYS)
def test_open_first_vice_president_is_never_easier_than_second(service: list[DateRange], on: date) -> None:
    """'Served previously' is stricter than 'serves or has served'."""
    if officer_eligibility(R.FIRST_VICE_PRESIDENT, service, on=on, office_open=True).outcome:
        assert officer_eligibility(R.SECOND_VICE_PRESIDENT, service, on=on).outcome


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"role": "second_vice_president", "board_service": [], "on": ELECTION}, "role"),
        ({"role": R.PRESIDENT, "board_service": [], "on": datetime(2024, 10, 18, tzinfo=PACIFIC)}, "on"),
        ({"role": R.PRESIDENT, "board_service": "2019-2021", "on": ELECTION}, "board_service"),
        (
            {"role": R.PRESIDENT, "board_service": [DateRange(date(2019, 1, 1)), (2019, 2021)], "on": ELECTION},
            "board_service[1]",
        ),
    ],
    ids=["role", "on", "service-text", "service-item"],
)
def test_officer_eligibility_refuses_bad_arguments(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as error:
        officer_eligibility(**kwargs)
    assert paths(error) == [path]


# --- The customary succession, as a projection -------------------------------------------------


def test_taj_moves_up_as_custom_has_it() -> None:
    """S38 rosters: Taj, Second VP in 2020-21, was First VP in 2021-22 (the custom, projected)."""
    decision = projected_succession({R.SECOND_VICE_PRESIDENT: "Taj"})
    assert decision.outcome == ((R.FIRST_VICE_PRESIDENT, "Taj"),)


def test_a_full_slate_moves_up_one_office_and_the_past_president_leaves() -> None:
    officers = {
        R.PRESIDENT: "President P",
        R.FIRST_VICE_PRESIDENT: "First F",
        R.SECOND_VICE_PRESIDENT: "Second S",
        R.IMMEDIATE_PAST_PRESIDENT: "Past Q",
    }
    decision = projected_succession(officers)
    assert decision.outcome == (
        (R.PRESIDENT, "First F"),
        (R.FIRST_VICE_PRESIDENT, "Second S"),
        (R.IMMEDIATE_PAST_PRESIDENT, "President P"),
    )
    assert R.SECOND_VICE_PRESIDENT not in dict(decision.outcome)
    assert "Past Q" not in dict(decision.outcome).values()


def test_the_succession_is_labelled_a_projection_not_a_rule() -> None:
    """The board elects the officers each year (S37) and may open an office (S4, 2023)."""
    decision = projected_succession({R.PRESIDENT: "Parra"})
    (reason,) = decision.reasons
    assert reason.code == "governance.officer.succession"
    assert "projection" in reason.message
    assert "board votes each year" in reason.message
    assert "if custom holds" in decision.question
    assert reason.source is SUCCESSION
    assert SUCCESSION.confidence is Confidence.INFERRED
    assert decision.assumptions() == (SUCCESSION,)


def test_an_empty_slate_projects_nobody() -> None:
    assert projected_succession({}).outcome == ()


@pytest.mark.parametrize(
    ("officers", "path"),
    [
        ([("president", "Parra")], "officers"),
        ({"president": "Parra"}, "officers"),
        ({R.PRESIDENT: ""}, "officers[president]"),
        ({R.SECOND_VICE_PRESIDENT: None}, "officers[second_vice_president]"),
    ],
    ids=["not-a-mapping", "text-key", "blank-name", "no-name"],
)
def test_projected_succession_refuses_bad_slates(officers: object, path: str) -> None:
    with pytest.raises(InputError) as error:
        projected_succession(untyped(officers))
    assert paths(error) == [path]


NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=8).filter(str.strip)


@given(st.dictionaries(st.sampled_from(list(R)), NAMES))
def test_succession_moves_each_officer_up_exactly_one_office(officers: dict[OfficerRole, str]) -> None:
    projected = projected_succession(officers).outcome
    order = list(R)
    roles = [role for role, _ in projected]
    assert roles == sorted(roles, key=order.index)
    assert R.SECOND_VICE_PRESIDENT not in roles
    assert len(projected) == len([r for r in officers if r is not R.IMMEDIATE_PAST_PRESIDENT])
    up = {
        R.SECOND_VICE_PRESIDENT: R.FIRST_VICE_PRESIDENT,
        R.FIRST_VICE_PRESIDENT: R.PRESIDENT,
        R.PRESIDENT: R.IMMEDIATE_PAST_PRESIDENT,
    }
    assert set(projected) == {(up[role], person) for role, person in officers.items() if role in up}
