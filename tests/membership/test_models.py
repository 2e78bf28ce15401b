"""Tests of the membership models: histories, dues, the roll and the standing rule.

Rules under test (src/calcities_domain/membership/models.py; ../shared/domain/
governance-and-membership.md section 1, "Membership"):

* S2, S1: the members of Cal Cities are California cities, and a city may leave and
  rejoin (division pages mark some cities "nonmember", S31): a history is a city's terms
  of membership, in date order (each starting after the one before: a term from the same
  first day "starts on or before" it), never overlapping (``terms[i]``); two terms that touch
  are one continuous membership, and a lapse is the first day after a term that no
  touching term continues.
* S35, S21: dues are paid for a period (a fiscal year, say). Payments are kept in the
  order of the days they cover, never covering a day twice (``dues[i].covers``), never
  for days when the city was never a member, and always for a closed period.
* ``first_unpaid_day``: the first day of the membership including ``on``, up to ``on``,
  that no payment received by ``on`` covers; days before dues are recorded are not checked.
* S22: the consequence of unpaid dues (Art. IV section 3, "Delinquency") is not
  published, so the :class:`StandingRule` is the caller's, and its default is marked
  assumed; a grace period is a whole number of days, never negative, never a bool.
* The roll names each city once, holds one history per city, only of a city it knows,
  and no term before the city's incorporation; every problem is reported at once.
* S26, S27: an :class:`AppointmentPath` onto a policy committee names its appointing body
  (a division, department or caucus) exactly when it is not the President's, and its
  number of seats is a whole number, never negative.
* Bad input is an :class:`~calcities_domain.kernel.InputError` with paths; at the JSON
  boundary the paths are JSON paths (``$.terms[0].end``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, DateRange, InputError, Source
from calcities_domain.membership import (
    POLICY_COMMITTEE_APPOINTMENTS,
    AppointmentPath,
    DuesPayment,
    HelenPutnamEntry,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    OrganizationKind,
    PathKind,
    SeatBound,
    StandingRule,
)
from calcities_domain.membership.cal_cities import CALLER_GRACE, DUES_UNKNOWN
from calcities_domain.organization import City, Office, Official
from calcities_domain.serialization import structure, unstructure
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)

#: Danville incorporated on 1 July 1982; the docstring's history: a member until
#: 30 June 2011, and again from 1 July 2013 (an illustration, not a claim about Danville).
INCORPORATED = date(1982, 7, 1)
FIRST_TERM = DateRange(date(1982, 7, 1), date(2011, 6, 30))
SECOND_TERM = DateRange(date(2013, 7, 1))


def paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [p.path for p in error.value.problems]


def fiscal_year(first: int) -> DateRange:
    """The fiscal year from 1 July of ``first`` through 30 June of the next year."""
    return DateRange(date(first, 7, 1), date(first + 1, 6, 30))


def paid(first: int, paid_on: date | None = None) -> DuesPayment:
    """Dues for the fiscal year starting in ``first``, received on its first day unless said."""
    covers = fiscal_year(first)
    return DuesPayment(covers, covers.start if paid_on is None else paid_on)


def danville(*dues: DuesPayment) -> MembershipHistory:
    return MembershipHistory("Danville", (FIRST_TERM, SECOND_TERM), dues=dues)


def term_json(start: str, end: str | None) -> dict[str, Any]:
    return {"start": start, "end": end}


# ----------------------------------------------------------------- MembershipHistory: terms


def test_terms_in_date_order_are_a_history() -> None:
    """S31: a city may be a non-member between two terms (a lapse and a rejoining)."""
    history = danville()
    assert history.terms == (FIRST_TERM, SECOND_TERM)
    assert history.is_member_on(date(1982, 7, 1))
    assert history.is_member_on(date(2011, 6, 30))
    assert not history.is_member_on(date(2011, 7, 1))
    assert not history.is_member_on(date(2013, 6, 30))
    assert history.is_member_on(date(2013, 7, 1))
    assert history.term_on(date(2024, 1, 1)) == SECOND_TERM
    assert history.term_on(date(1982, 6, 30)) is None


def test_a_history_may_have_no_terms() -> None:
    """A city with no terms was never a member: nothing is a lapse, no day is a member day."""
    history = MembershipHistory("Orange", ())
    assert history.lapses() == ()
    assert not history.is_member_on(date(2024, 1, 1))
    assert not history.was_member_before(date(2024, 1, 1))


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (
            (DateRange(date(2000, 1, 1), date(2005, 12, 31)), DateRange(date(2005, 12, 31))),
            "2005-12-31 onwards overlaps 2000-01-01 to 2005-12-31",
        ),
        (
            (DateRange(date(2000, 1, 1)), DateRange(date(2010, 1, 1), date(2010, 12, 31))),
            "2010-01-01 to 2010-12-31 overlaps 2000-01-01 onwards",
        ),
        (
            (DateRange(date(2010, 1, 1), date(2010, 12, 31)), DateRange(date(2000, 1, 1), date(2000, 12, 31))),
            "2000-01-01 to 2000-12-31 starts on or before 2010-01-01 to 2010-12-31 (keep them in date order)",
        ),
        (
            (DateRange(date(2000, 1, 1), date(2000, 12, 31)), DateRange(date(2000, 1, 1), date(2001, 12, 31))),
            "2000-01-01 to 2001-12-31 starts on or before 2000-01-01 to 2000-12-31 (keep them in date order)",
        ),
    ],
    ids=["sharing a last day", "inside an open term", "out of order", "same first day"],
)
def test_overlapping_or_unordered_terms_are_refused_at_terms_1(terms: tuple[DateRange, ...], expected: str) -> None:
    """A city is a member or not on a day: terms never overlap, and are kept in date order."""
    with pytest.raises(InputError) as info:
        MembershipHistory("Danville", terms)
    assert [(p.path, p.message) for p in info.value.problems] == [("terms[1]", expected)]


def test_a_term_starting_on_the_day_the_previous_one_starts_is_refused() -> None:
    """Two terms from one day are not in date order: the second "starts on or before" the first.

    (models.py, ``_ordered_ranges``: a later term must start after the one before it.)
    """
    one_day = DateRange(date(2010, 1, 1), date(2010, 1, 1))
    with pytest.raises(InputError) as info:
        MembershipHistory("Danville", (one_day, DateRange(date(2010, 1, 1))))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("terms[1]", "2010-01-01 onwards starts on or before 2010-01-01 (keep them in date order)")
    ]


def test_a_term_starting_the_day_after_the_previous_one_starts_is_accepted() -> None:
    """The boundary of the rule above: one day later is in date order (here, touching terms)."""
    first = DateRange(date(2010, 1, 1), date(2010, 1, 1))
    history = MembershipHistory("Danville", (first, DateRange(date(2010, 1, 2))))
    assert history.continuous_term_on(date(2010, 1, 1)) == DateRange(date(2010, 1, 1))


def test_every_bad_term_is_reported_at_once() -> None:
    terms = (
        DateRange(date(2000, 1, 1), date(2005, 12, 31)),
        DateRange(date(2005, 1, 1), date(2006, 12, 31)),
        DateRange(date(2006, 6, 1)),
    )
    with pytest.raises(InputError) as info:
        MembershipHistory("Danville", terms)
    assert paths(info) == ["terms[1]", "terms[2]"]


def test_overlapping_terms_from_json_are_reported_at_the_documents_path() -> None:
    document = {
        "city": "Danville",
        "terms": [term_json("2020-01-01", "2021-01-01"), term_json("2020-06-01", None)],
    }
    with pytest.raises(InputError) as info:
        structure(document, MembershipHistory)
    assert paths(info) == ["$.terms[1]"]
    assert "overlaps" in info.value.problems[0].message


def test_a_backwards_term_from_json_is_reported_at_its_end() -> None:
    """A range ends on or after its start: the document's path names the bad end."""
    document = {"city": "Danville", "terms": [term_json("2020-01-01", "2019-01-01")]}
    with pytest.raises(InputError) as info:
        structure(document, MembershipHistory)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.terms[0].end", "must not be before start (2020-01-01), got 2019-01-01")
    ]


def test_a_history_round_trips_through_json() -> None:
    history = danville(paid(2013), paid(2014))
    assert structure(unstructure(history), MembershipHistory) == history


def test_touching_terms_are_one_continuous_membership() -> None:
    """Two terms that touch (the second starts the day after the first ends) are no lapse."""
    first = DateRange(date(2000, 1, 1), date(2009, 12, 31))
    second = DateRange(date(2010, 1, 1), date(2014, 12, 31))
    history = MembershipHistory("Chico", (first, second))
    joined = DateRange(date(2000, 1, 1), date(2014, 12, 31))
    assert history.continuous_term_on(date(2009, 12, 31)) == joined
    assert history.continuous_term_on(date(2010, 1, 1)) == joined
    assert history.continuous_term_on(date(2015, 1, 1)) is None
    # term_on still answers with the recorded term.
    assert history.term_on(date(2010, 1, 1)) == second
    assert history.lapses() == (date(2015, 1, 1),)


def test_a_gap_of_one_day_is_a_lapse() -> None:
    first = DateRange(date(2000, 1, 1), date(2009, 12, 31))
    second = DateRange(date(2010, 1, 2))
    history = MembershipHistory("Chico", (first, second))
    assert history.continuous_term_on(date(2009, 12, 31)) == first
    assert history.continuous_term_on(date(2010, 1, 1)) is None
    assert history.lapses() == (date(2010, 1, 1),)


def test_touching_terms_join_into_an_open_membership() -> None:
    terms = (
        DateRange(date(2000, 1, 1), date(2000, 12, 31)),
        DateRange(date(2001, 1, 1), date(2001, 12, 31)),
        DateRange(date(2002, 1, 1)),
    )
    history = MembershipHistory("Chico", terms)
    assert history.continuous_term_on(date(2000, 6, 1)) == DateRange(date(2000, 1, 1))
    assert history.lapses() == ()


def test_of_sorts_terms_and_dues_by_their_first_day() -> None:
    """``of`` takes terms and payments in any order."""
    history = MembershipHistory.of("Danville", [SECOND_TERM, FIRST_TERM], [paid(2014), paid(2013)])
    assert history == danville(paid(2013), paid(2014))


def test_of_still_refuses_overlaps_after_sorting() -> None:
    with pytest.raises(InputError) as info:
        MembershipHistory.of("Danville", [DateRange(date(2005, 1, 1)), DateRange(date(2000, 1, 1), date(2005, 1, 1))])
    assert paths(info) == ["terms[1]"]


def test_of_names_every_item_of_the_wrong_type() -> None:
    with pytest.raises(InputError) as info:
        MembershipHistory.of("Danville", [1, SECOND_TERM, "2020"], [paid(2013), None])  # type: ignore[list-item]
    assert paths(info) == ["terms[0]", "terms[2]", "dues[1]"]


@pytest.mark.parametrize("terms", ["2020-01-01", 7, None], ids=["text", "number", "none"])
def test_of_refuses_what_is_not_a_sequence(terms: Any) -> None:
    with pytest.raises(InputError) as info:
        MembershipHistory.of("Danville", terms)
    assert paths(info) == ["terms"]


@pytest.mark.parametrize(
    ("kwargs", "expected_paths"),
    [
        ({"city": ""}, ["city"]),
        ({"city": None}, ["city"]),
        ({"terms": [SECOND_TERM]}, ["terms"]),
        ({"terms": (SECOND_TERM, "2020")}, ["terms[1]"]),
        ({"dues": (fiscal_year(2013),)}, ["dues[0]"]),
        ({"city": " ", "terms": None}, ["city", "terms"]),
    ],
)
def test_bad_fields_are_input_errors_with_paths(kwargs: dict[str, Any], expected_paths: list[str]) -> None:
    fields: dict[str, Any] = {"city": "Danville", "terms": (SECOND_TERM,), **kwargs}
    with pytest.raises(InputError) as info:
        MembershipHistory(**fields)
    assert paths(info) == expected_paths


def test_was_member_before_reads_term_starts() -> None:
    history = danville()
    assert not history.was_member_before(date(1982, 7, 1))  # the first day is not before
    assert history.was_member_before(date(1982, 7, 2))
    assert history.was_member_before(date(2012, 1, 1))


@pytest.mark.parametrize("day", ["2024-01-01", None, 20240101], ids=["text", "none", "number"])
def test_day_questions_refuse_what_is_not_a_day(day: Any) -> None:
    history = danville()
    for ask in (history.term_on, history.is_member_on, history.was_member_before, history.continuous_term_on):
        with pytest.raises(InputError) as info:
            ask(day)
        assert paths(info) == ["day"]


# ------------------------------------------------------------------------------ lapses


def test_a_lapse_is_the_day_after_a_term_ends() -> None:
    assert danville().lapses() == (date(2011, 7, 1),)


def test_an_open_term_never_lapses() -> None:
    assert MembershipHistory("Danville", (SECOND_TERM,)).lapses() == ()


def test_a_term_ending_on_the_last_day_has_no_lapse() -> None:
    """No day follows date.max: such a term runs on like an open one (and does not overflow)."""
    assert MembershipHistory("Danville", (DateRange(date(2000, 1, 1), date.max),)).lapses() == ()


def test_every_lapse_is_listed_in_order() -> None:
    terms = (
        DateRange(date(2000, 1, 1), date(2000, 12, 31)),
        DateRange(date(2002, 1, 1), date(2002, 12, 31)),
        DateRange(date(2003, 1, 1), date(2003, 6, 30)),  # touches the one before
        DateRange(date(2005, 1, 1), date(2005, 1, 1)),  # a term of one day
    )
    history = MembershipHistory("Chico", terms)
    assert history.lapses() == (date(2001, 1, 1), date(2003, 7, 1), date(2005, 1, 2))


# ------------------------------------------------------------------------------- dues


def test_payments_in_order_are_accepted() -> None:
    """S35: dues are paid per period (here, fiscal years)."""
    history = danville(paid(2013), paid(2014), paid(2016))
    assert history.dues_recorded_from() == date(2013, 7, 1)


def test_no_dues_recorded() -> None:
    assert danville().dues_recorded_from() is None


def test_overlapping_payments_are_refused_at_dues_1_covers() -> None:
    """A day's dues are paid once."""
    second = DuesPayment(DateRange(date(2014, 1, 1), date(2014, 12, 31)), date(2014, 1, 1))
    with pytest.raises(InputError) as info:
        danville(paid(2013), second)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("dues[1].covers", "2014-01-01 to 2014-12-31 overlaps 2013-07-01 to 2014-06-30")
    ]


def test_payments_out_of_order_are_refused_at_dues_1_covers() -> None:
    with pytest.raises(InputError) as info:
        danville(paid(2014), paid(2013))
    assert paths(info) == ["dues[1].covers"]
    assert "keep them in date order" in info.value.problems[0].message


def test_payments_from_the_same_first_day_are_refused_at_dues_1_covers() -> None:
    """Payments are kept in date order too: one starting on the day the previous one starts is not."""
    shorter = DuesPayment(DateRange(date(2013, 7, 1), date(2013, 12, 31)), date(2013, 7, 1))
    with pytest.raises(InputError) as info:
        danville(shorter, paid(2013))
    assert [(p.path, p.message) for p in info.value.problems] == [
        (
            "dues[1].covers",
            "2013-07-01 to 2014-06-30 starts on or before 2013-07-01 to 2013-12-31 (keep them in date order)",
        )
    ]


def test_overlapping_payments_from_json_are_reported_at_the_documents_path() -> None:
    document = {
        "city": "Danville",
        "terms": [term_json("2020-01-01", None)],
        "dues": [
            {"covers": term_json("2020-01-01", "2020-12-31"), "paid_on": "2020-01-01"},
            {"covers": term_json("2020-06-01", "2021-12-31"), "paid_on": "2020-01-01"},
        ],
    }
    with pytest.raises(InputError) as info:
        structure(document, MembershipHistory)
    assert paths(info) == ["$.dues[1].covers"]


def test_a_payment_for_no_membership_day_is_refused() -> None:
    """Dues are paid by members: a payment wholly inside a lapse is a mistake."""
    lapse = DuesPayment(DateRange(date(2011, 7, 1), date(2013, 6, 30)), date(2011, 7, 1))
    with pytest.raises(InputError) as info:
        danville(lapse)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("dues[0].covers", "2011-07-01 to 2013-06-30: Danville is not a member on any of its days")
    ]


def test_a_payment_for_days_before_any_term_is_refused() -> None:
    early = DuesPayment(DateRange(date(1980, 1, 1), date(1982, 6, 30)), date(1980, 1, 1))
    with pytest.raises(InputError) as info:
        danville(early, paid(2013))
    assert paths(info) == ["dues[0].covers"]


def test_a_payment_that_overlaps_a_term_by_one_day_is_accepted() -> None:
    """A fiscal year that straddles a lapse pays for the member days it covers."""
    straddling = DuesPayment(DateRange(date(2012, 7, 1), date(2013, 7, 1)), date(2012, 7, 1))
    assert danville(straddling).dues == (straddling,)


def test_an_open_ended_dues_period_is_refused() -> None:
    """Dues pay for a closed period (a fiscal or calendar year)."""
    with pytest.raises(InputError) as info:
        DuesPayment(DateRange(date(2013, 7, 1)), date(2013, 7, 1))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("covers", "a dues period must have an end, got 2013-07-01 onwards")
    ]


def test_an_open_ended_dues_period_from_json_is_refused_at_its_path() -> None:
    document = {
        "city": "Danville",
        "terms": [term_json("2020-01-01", None)],
        "dues": [{"covers": term_json("2020-01-01", None), "paid_on": "2020-01-01"}],
    }
    with pytest.raises(InputError) as info:
        structure(document, MembershipHistory)
    assert paths(info) == ["$.dues[0].covers"]


@pytest.mark.parametrize(
    ("covers", "paid_on", "expected_paths"),
    [
        (fiscal_year(2013), "2013-07-01", ["paid_on"]),
        ("2013", date(2013, 7, 1), ["covers"]),
        (None, None, ["covers", "paid_on"]),
    ],
)
def test_bad_payments_name_every_bad_field(covers: Any, paid_on: Any, expected_paths: list[str]) -> None:
    with pytest.raises(InputError) as info:
        DuesPayment(covers, paid_on)
    assert paths(info) == expected_paths


# ---------------------------------------------------------------------- first_unpaid_day


def test_every_day_paid_has_no_unpaid_day() -> None:
    history = danville(paid(2013), paid(2014))
    assert history.first_unpaid_day(date(2013, 7, 1)) is None
    assert history.first_unpaid_day(date(2015, 6, 30)) is None


def test_the_first_unpaid_day_is_the_day_after_the_last_paid_period() -> None:
    history = danville(paid(2013), paid(2014))
    assert history.first_unpaid_day(date(2015, 7, 1)) == date(2015, 7, 1)
    assert history.first_unpaid_day(date(2016, 3, 1)) == date(2015, 7, 1)


def test_a_gap_between_payments_is_unpaid_even_when_later_years_are_paid() -> None:
    """The first unpaid day is the start of the gap, whatever is paid after it."""
    history = danville(paid(2013), paid(2015))
    assert history.first_unpaid_day(date(2014, 7, 1)) == date(2014, 7, 1)
    assert history.first_unpaid_day(date(2015, 8, 1)) == date(2014, 7, 1)


def test_without_recorded_dues_nothing_is_unpaid() -> None:
    assert danville().first_unpaid_day(date(2024, 1, 1)) is None


def test_days_before_dues_are_recorded_are_not_checked() -> None:
    history = danville(paid(2015))
    assert history.first_unpaid_day(date(2014, 1, 1)) is None  # before the first recorded period
    assert history.first_unpaid_day(date(2015, 7, 1)) is None  # the membership from 2013 is not checked before


def test_a_payment_received_after_the_day_asked_does_not_count() -> None:
    late = paid(2014, paid_on=date(2014, 9, 15))
    history = danville(paid(2013), late)
    assert history.first_unpaid_day(date(2014, 9, 14)) == date(2014, 7, 1)
    assert history.first_unpaid_day(date(2014, 9, 15)) is None  # received that day


def test_a_payment_received_in_advance_counts_from_the_day_it_is_received() -> None:
    early = paid(2014, paid_on=date(2014, 5, 1))
    history = danville(paid(2013), early)
    assert history.first_unpaid_day(date(2014, 7, 1)) is None


def test_a_non_member_has_no_unpaid_day() -> None:
    history = danville(paid(2013))
    assert history.first_unpaid_day(date(2012, 1, 1)) is None


def test_unpaid_days_of_a_rejoined_city_start_at_its_rejoining() -> None:
    """Only the continuous membership including the day is checked, not an earlier term."""
    history = MembershipHistory(
        "Danville",
        (DateRange(date(2008, 7, 1), date(2010, 6, 30)), DateRange(date(2012, 1, 15))),
        dues=(paid(2008), paid(2009)),
    )
    assert history.first_unpaid_day(date(2012, 2, 1)) == date(2012, 1, 15)


def test_the_first_unpaid_day_refuses_what_is_not_a_day() -> None:
    with pytest.raises(InputError) as info:
        danville(paid(2013)).first_unpaid_day("2014-01-01")  # type: ignore[arg-type]
    assert paths(info) == ["day"]


BASE = date(2000, 1, 1)


@st.composite
def histories_with_dues(draw: st.DrawFn) -> MembershipHistory:
    """Terms (touching or not, the last perhaps open) and payments that overlap them."""
    terms: list[DateRange] = []
    start = BASE + timedelta(days=draw(st.integers(0, 300)))
    count = draw(st.integers(1, 3))
    for index in range(count):
        if index == count - 1 and draw(st.booleans()):
            terms.append(DateRange(start))
            break
        end = start + timedelta(days=draw(st.integers(0, 500)))
        terms.append(DateRange(start, end))
        start = end + timedelta(days=draw(st.one_of(st.just(1), st.integers(2, 200))))
    payments: list[DuesPayment] = []
    cursor = terms[0].start - timedelta(days=draw(st.integers(0, 100)))
    for _ in range(draw(st.integers(0, 6))):
        cursor += timedelta(days=draw(st.one_of(st.just(0), st.integers(1, 100))))
        covers = DateRange(cursor, cursor + timedelta(days=draw(st.integers(0, 300))))
        received = covers.start + timedelta(days=draw(st.integers(-60, 200)))
        if any(term.overlaps(covers) for term in terms):
            payments.append(DuesPayment(covers, received))
        assert covers.end is not None
        cursor = covers.end + ONE_DAY
    return MembershipHistory("Danville", tuple(terms), dues=tuple(payments))


def oracle_first_unpaid_day(history: MembershipHistory, on: date) -> date | None:
    """The rule, day by day: walk back to the start of the membership, then forward to ``on``."""
    if not any(on in term for term in history.terms) or not history.dues:
        return None
    recorded_from = min(p.covers.start for p in history.dues)
    if on < recorded_from:
        return None
    start = on
    while any(start - ONE_DAY in term for term in history.terms):
        start -= ONE_DAY
    day = max(start, recorded_from)
    received = [p.covers for p in history.dues if p.paid_on <= on]
    while day <= on:
        if not any(day in covers for covers in received):
            return day
        day += ONE_DAY
    return None


@settings(max_examples=100)
@given(histories_with_dues(), st.dates(BASE - timedelta(days=100), BASE + timedelta(days=2500)))
def test_first_unpaid_day_agrees_with_a_day_by_day_count(history: MembershipHistory, on: date) -> None:
    assert history.first_unpaid_day(on) == oracle_first_unpaid_day(history, on)


@settings(max_examples=100)
@given(histories_with_dues(), st.dates(BASE - timedelta(days=100), BASE + timedelta(days=2500)))
def test_lapses_are_the_first_non_member_days_after_member_days(history: MembershipHistory, on: date) -> None:
    """A lapse is a day that is not a member day, following one that is."""
    is_lapse = not history.is_member_on(on) and history.is_member_on(on - ONE_DAY)
    assert (on in history.lapses()) == is_lapse


@settings(max_examples=50)
@given(histories_with_dues())
def test_of_accepts_any_order(history: MembershipHistory) -> None:
    terms = list(reversed(history.terms))
    dues = list(reversed(history.dues))
    assert MembershipHistory.of(history.city, terms, dues) == history


# ------------------------------------------------------------------------ MembershipRoll


def roll_of(*cities: City, histories: tuple[MembershipHistory, ...] = ()) -> MembershipRoll:
    return MembershipRoll(cities, histories)


def test_a_roll_finds_cities_and_histories_by_name() -> None:
    danville_city = City("Danville", incorporated_on=INCORPORATED, division="east_bay")
    orange = City("Orange", division="orange_county")
    roll = roll_of(danville_city, orange, histories=(danville(),))
    assert roll.city("Orange") == orange
    assert roll.city("Anaheim") is None
    assert roll.history("Danville") == danville()
    assert roll.history("Orange") is None  # S31: a city that is not a member has no history
    assert roll.standing == StandingRule.default()


def test_a_term_starting_on_the_day_of_incorporation_is_accepted() -> None:
    roll = roll_of(City("Danville", incorporated_on=INCORPORATED), histories=(danville(),))
    assert roll.history("Danville") is not None


@pytest.mark.parametrize(
    ("cities", "histories", "expected"),
    [
        (
            (City("Danville"), City("Danville")),
            (),
            [("cities[1].name", "'Danville' is listed twice")],
        ),
        (
            (City("Danville"),),
            (danville(), MembershipHistory("Danville", (SECOND_TERM,))),
            [("histories[1].city", "'Danville' has two histories")],
        ),
        (
            (City("Danville"),),
            (MembershipHistory("Orange", (SECOND_TERM,)),),
            [("histories[0].city", "'Orange' is not among the cities")],
        ),
        (
            (City("Danville", incorporated_on=date(1982, 7, 2)),),
            (danville(),),
            [("histories[0].terms[0].start", "1982-07-01 is before Danville was incorporated (1982-07-02)")],
        ),
    ],
    ids=["duplicate city", "two histories", "unknown city", "before incorporation"],
)
def test_bad_rolls_are_refused_with_paths(
    cities: tuple[City, ...], histories: tuple[MembershipHistory, ...], expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(InputError) as info:
        MembershipRoll(cities, histories)
    assert [(p.path, p.message) for p in info.value.problems] == expected


def test_every_problem_of_a_roll_is_reported_at_once() -> None:
    cities = (City("Alameda"), City("Alameda"), City("Berkeley", incorporated_on=date(2000, 1, 1)))
    histories = (
        MembershipHistory("Alameda", (DateRange(date(2020, 1, 1)),)),
        MembershipHistory("Alameda", (DateRange(date(2020, 1, 1)),)),
        MembershipHistory("Chico", (DateRange(date(2020, 1, 1)),)),
        MembershipHistory("Berkeley", (DateRange(date(1990, 1, 1), date(1995, 1, 1)), DateRange(date(1999, 1, 1)))),
    )
    with pytest.raises(InputError) as info:
        MembershipRoll(cities, histories)
    assert paths(info) == [
        "cities[1].name",
        "histories[1].city",
        "histories[2].city",
        "histories[3].terms[0].start",
        "histories[3].terms[1].start",
    ]


def test_a_roll_from_json_reports_the_incorporation_at_the_documents_path() -> None:
    document = {
        "cities": [{"name": "Berkeley", "incorporated_on": "2000-01-01"}],
        "histories": [{"city": "Berkeley", "terms": [term_json("1990-01-01", None)]}],
    }
    with pytest.raises(InputError) as info:
        structure(document, MembershipRoll)
    assert paths(info) == ["$.histories[0].terms[0].start"]


def test_a_roll_round_trips_through_json() -> None:
    roll = MembershipRoll(
        (City("Danville", incorporated_on=INCORPORATED, division="east_bay"), City("Orange")),
        (danville(paid(2013)),),
        standing=StandingRule.grace(90),
    )
    assert structure(unstructure(roll), MembershipRoll) == roll


@pytest.mark.parametrize(
    ("kwargs", "expected_paths"),
    [
        ({"cities": [City("Danville")]}, ["cities"]),
        ({"cities": ("Danville",)}, ["cities[0]"]),
        ({"histories": (FIRST_TERM,)}, ["histories[0]"]),
        ({"standing": None}, ["standing"]),
    ],
)
def test_bad_roll_fields_are_input_errors(kwargs: dict[str, Any], expected_paths: list[str]) -> None:
    fields: dict[str, Any] = {"cities": (City("Danville"),), "histories": (), **kwargs}
    with pytest.raises(InputError) as info:
        MembershipRoll(**fields)
    assert paths(info) == expected_paths


def test_a_bad_standing_does_not_hide_the_problems_across_the_roll() -> None:
    """The standing rule is independent of the cities and histories: both are reported."""
    with pytest.raises(InputError) as info:
        MembershipRoll((City("Danville"), City("Danville")), (), standing="strict")  # type: ignore[arg-type]
    assert paths(info) == ["standing", "cities[1].name"]


# -------------------------------------------------------------------------- StandingRule


def test_the_default_rule_has_no_limit_and_is_marked_assumed() -> None:
    """S22: Art. IV section 3 'Delinquency' exists but its text is not found."""
    rule = StandingRule.default()
    assert rule.grace_days is None
    assert rule.source == DUES_UNKNOWN
    assert rule.source.confidence is Confidence.ASSUMED
    assert rule.source.section == "Art. IV, section 3 (heading only)"


def test_a_grace_rule_is_the_callers_and_marked_assumed() -> None:
    rule = StandingRule.grace(30)
    assert rule.grace_days == 30
    assert rule.source == CALLER_GRACE
    assert not rule.source.is_confirmed


def test_a_grace_rule_may_cite_the_callers_source() -> None:
    mine = Source("Our board's policy", Confidence.CONFIRMED, section="Policy 7")
    assert StandingRule.grace(0, mine) == StandingRule(0, mine)


@pytest.mark.parametrize(
    ("grace", "message"),
    [
        (-1, "must not be negative, got -1"),
        (True, "expected a whole number, got True"),
        (False, "expected a whole number, got False"),
        (30.0, "expected a whole number, got 30.0"),
        ("30", "expected a whole number, got '30'"),
    ],
)
def test_a_bad_grace_period_is_refused(grace: Any, message: str) -> None:
    with pytest.raises(InputError) as info:
        StandingRule.grace(grace)
    assert [(p.path, p.message) for p in info.value.problems] == [("grace_days", message)]


def test_a_rule_needs_a_source() -> None:
    with pytest.raises(InputError) as info:
        StandingRule(30, "the board")  # type: ignore[arg-type]
    assert paths(info) == ["source"]


def test_a_negative_grace_from_json_is_reported_at_its_path() -> None:
    document = {"grace_days": -5, "source": unstructure(CALLER_GRACE)}
    with pytest.raises(InputError) as info:
        structure(document, StandingRule)
    assert paths(info) == ["$.grace_days"]


# ------------------------------------------------------------------------ AppointmentPath

PRESIDENT_PATH = POLICY_COMMITTEE_APPOINTMENTS[PathKind.PRESIDENT]
DIVISION_PATH = POLICY_COMMITTEE_APPOINTMENTS[PathKind.DIVISION]


def test_the_presidents_path_names_no_body() -> None:
    """S26, S27: the President appoints up to 16 members to each policy committee; no body appoints."""
    seats, bound = PRESIDENT_PATH.value
    path = AppointmentPath(PathKind.PRESIDENT, None, seats, bound, PRESIDENT_PATH.source)
    assert (path.body, path.seats, path.bound) == (None, 16, SeatBound.UP_TO)
    assert str(path) == "the President (up to 16 per committee)"


def test_a_divisions_path_names_its_division() -> None:
    """S26, S27: each division appoints exactly 2 members to each policy committee."""
    seats, bound = DIVISION_PATH.value
    path = AppointmentPath(PathKind.DIVISION, "east_bay", seats, bound, DIVISION_PATH.source)
    assert str(path) == "the east_bay division (exactly 2 per committee)"


@pytest.mark.parametrize(
    ("kind", "body"),
    [
        (PathKind.PRESIDENT, "east_bay"),
        (PathKind.DIVISION, None),
        (PathKind.DEPARTMENT, None),
        (PathKind.CAUCUS, None),
    ],
    ids=["president with a body", "division without", "department without", "caucus without"],
)
def test_the_body_is_none_exactly_for_the_presidents_path(kind: PathKind, body: str | None) -> None:
    """models.py, AppointmentPath: the President's path names no body; every other path names its body."""
    with pytest.raises(InputError) as info:
        AppointmentPath(kind, body, 1, SeatBound.UP_TO, DIVISION_PATH.source)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("body", "the President's path names no body; every other path names its body")
    ]


@pytest.mark.parametrize(
    ("seats", "message"),
    [
        (-1, "must not be negative, got -1"),
        (True, "expected a whole number, got True"),
        (2.0, "expected a whole number, got 2.0"),
        ("2", "expected a whole number, got '2'"),
    ],
)
def test_a_bad_number_of_seats_is_refused(seats: Any, message: str) -> None:
    """A number of appointments is a whole number, never negative (kernel ``_checks.non_negative``)."""
    with pytest.raises(InputError) as info:
        AppointmentPath(PathKind.DIVISION, "east_bay", seats, SeatBound.EXACTLY, DIVISION_PATH.source)
    assert [(p.path, p.message) for p in info.value.problems] == [("seats", message)]


def test_no_seats_is_accepted() -> None:
    """Zero is not negative: the boundary of the check above."""
    assert AppointmentPath(PathKind.CAUCUS, "latino", 0, SeatBound.UP_TO, DIVISION_PATH.source).seats == 0


def test_bad_seats_do_not_hide_a_missing_body() -> None:
    """The seats, bound and source do not decide the body: every problem is reported at once."""
    with pytest.raises(InputError) as info:
        AppointmentPath(PathKind.DIVISION, None, -1, "exactly", None)  # type: ignore[arg-type]
    assert paths(info) == ["seats", "bound", "source", "body"]


def test_a_bad_kind_is_reported_alone() -> None:
    """Without a kind, whether a body is due is unknown: only the kind is named."""
    with pytest.raises(InputError) as info:
        AppointmentPath("president", "east_bay", 2, SeatBound.EXACTLY, DIVISION_PATH.source)  # type: ignore[arg-type]
    assert paths(info) == ["kind"]


def test_a_presidents_path_with_a_body_from_json_is_refused_at_its_path() -> None:
    document = unstructure(AppointmentPath(PathKind.PRESIDENT, None, 16, SeatBound.UP_TO, PRESIDENT_PATH.source))
    assert structure(document, AppointmentPath).body is None
    with pytest.raises(InputError) as info:
        structure({**document, "body": "east_bay", "seats": -16}, AppointmentPath)
    assert sorted(paths(info)) == ["$.body", "$.seats"]


@given(cst.appointment_paths())
def test_every_drawn_path_names_a_body_exactly_when_it_is_not_the_presidents(path: AppointmentPath) -> None:
    """The public strategy draws valid paths: a body exactly off the President's path, seats never negative."""
    assert (path.body is None) == (path.kind is PathKind.PRESIDENT)
    assert path.seats >= 0
    assert structure(unstructure(path), AppointmentPath) == path


# --------------------------------------------------------------- OrganizationKind and status


def test_the_kinds_of_organization() -> None:
    """S2, S34: a city may be a member; counties, districts, companies and nonprofits are the others asked of."""
    assert [kind.value for kind in OrganizationKind] == [
        "city",
        "county",
        "special_district",
        "company",
        "nonprofit",
    ]


def test_only_members_in_or_out_of_good_standing_are_members() -> None:
    assert {status for status in MemberStatus if status.is_member} == {
        MemberStatus.GOOD_STANDING,
        MemberStatus.NOT_IN_GOOD_STANDING,
    }


# ------------------------------------------------------------------------------ Official


def test_an_official_whose_term_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2024, 12, 10), date(2024, 12, 9))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("term_end", "2024-12-09 is before the start of the term, 2024-12-10")
    ]


def test_an_official_of_one_day_is_accepted() -> None:
    day = date(2024, 12, 10)
    official = Official("Ana Ruiz", "Danville", Office.MAYOR, True, day, day)
    assert official.holds_office_on(day)
    assert not official.holds_office_on(day + ONE_DAY)


def official_json(**changes: object) -> dict[str, object]:
    return {
        "person": "Ana Ruiz",
        "city": "Danville",
        "office": "mayor",
        "elected": True,
        "term_start": "2024-12-10",
        "term_end": None,
        **changes,
    }


def test_an_officials_backwards_term_from_json_is_reported_at_term_end() -> None:
    with pytest.raises(InputError) as info:
        structure(official_json(term_end="2024-12-09"), Official)
    assert paths(info) == ["$.term_end"]


def test_an_unknown_office_from_json_is_refused_at_office() -> None:
    with pytest.raises(InputError) as info:
        structure(official_json(office="sheriff"), Official)
    assert paths(info) == ["$.office"]
    message = info.value.problems[0].message
    assert message.startswith('expected one of "mayor", "council_member"')
    assert message.endswith('got "sheriff"')


# ------------------------------------------------------------------------- HelenPutnamEntry


def test_a_helen_putnam_entry_is_by_cities_or_by_a_division() -> None:
    """Helen Putnam (Western City): a member city, a group of cities, or a division may enter."""
    by_city = HelenPutnamEntry(("Danville",), "Public Safety", date(2024, 1, 1))
    by_division = HelenPutnamEntry((), "Public Safety", date(2024, 1, 1), division="east_bay")
    assert by_city.applicants == ("Danville",)
    assert by_division.division == "east_bay"


@pytest.mark.parametrize(
    ("applicants", "division", "expected"),
    [
        ((), None, ["applicants"]),
        (("Danville",), "east_bay", ["division"]),
        (("Danville", " "), None, ["applicants[1]"]),
        (("Danville", "Orinda", "Danville"), None, ["applicants[2]"]),
    ],
)
def test_a_bad_helen_putnam_entry_names_its_problem(
    applicants: tuple[str, ...], division: str | None, expected: list[str]
) -> None:
    with pytest.raises(InputError) as caught:
        HelenPutnamEntry(applicants, "Public Safety", date(2024, 1, 1), division=division)
    assert paths(caught) == expected
