"""Tests of standing.py: who may be a member, and a city's membership status on a day.

Rules under test (src/calcities_domain/membership/standing.py; ../shared/domain/
governance-and-membership.md section 1, "Membership"):

* S2, S1: the members of Cal Cities are California cities, so only a city may be a member.
  S34: Partners (businesses, nonprofits, labor) sponsor and take part, and are not
  described as members; that they (and counties, special districts) are not members is
  inferred, and the decision cites that inferred source.
* A city is a member on a day when the day lies in one of its terms; otherwise it is a
  former member if a term started before the day, else not a member.
* A city asked about must be on the roll: a name that is not (a typo, say) is an
  InputError at ``city``, never a non-member; every bad argument is named in one error.
  A city on the roll that never was a member "has never been a member up to" the day.
* S22: the consequence of unpaid dues (the 2015 bylaws' Art. IV section 3 "Delinquency")
  is not published. By default a member stays in good standing whatever its dues, and
  when dues are unpaid the explanation cites the roll's rule (assumed by default; the
  "not published" clause only when that source is not confirmed). With a grace period of
  N days, counted from the first unpaid day (day 1), a member is in good standing through
  day N and not from day N + 1. Day counts read "1 day", "2 days".
* Where no dues are recorded for the day (membership/cal_cities.py, ``NOT_RECORDED``,
  assumed), good standing is read from the membership alone, and a grace rule says that
  it cannot apply.
* ``member_cities``: the names of the cities in good standing on a day (what governance
  asks for as ``member_cities``), the good-standing rows of ``statuses_on``.
* Every decision round-trips through JSON.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import membership
from calcities_domain.kernel import Confidence, DateRange, Decision, Effect, InputError, Source
from calcities_domain.membership import (
    DuesPayment,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    OrganizationKind,
    StandingRule,
    may_be_member,
    member_cities,
    member_status,
    statuses_on,
)
from calcities_domain.membership.cal_cities import DUES_UNKNOWN, MEMBERS_ARE_CITIES, NOT_MEMBERS, NOT_RECORDED
from calcities_domain.organization import City
from calcities_domain.serialization import structure, unstructure
from tests.membership.generate import DAYS, rolls

ONE_DAY = timedelta(days=1)
DEFAULT_SOURCE = StandingRule.default().source

#: An illustrative history: a member from 1 July 1982 to 30 June 2011, and again from 1 July 2013.
FIRST_TERM = DateRange(date(1982, 7, 1), date(2011, 6, 30))
SECOND_TERM = DateRange(date(2013, 7, 1))


def fiscal_year(first: int) -> DuesPayment:
    """Dues for the fiscal year from 1 July of ``first``, received on its first day."""
    return DuesPayment(DateRange(date(first, 7, 1), date(first + 1, 6, 30)), date(first, 7, 1))


def roll_with(*dues: DuesPayment, standing: StandingRule | None = None) -> MembershipRoll:
    history = MembershipHistory("Danville", (FIRST_TERM, SECOND_TERM), dues=dues)
    return MembershipRoll(
        (City("Danville", division="east_bay"), City("Orange", division="orange_county")),
        (history,),
        standing=StandingRule.default() if standing is None else standing,
    )


def status(roll: MembershipRoll, on: date, city: str = "Danville") -> Decision[MemberStatus]:
    return member_status(roll, city, on=on)


def facts(decision: Decision[MemberStatus], code: str) -> dict[str, str]:
    (reason,) = [r for r in decision.reasons if r.code == code]
    return {fact.name: fact.value for fact in reason.facts}


# ------------------------------------------------------------------------- may_be_member


def test_a_city_may_be_a_member() -> None:
    """S2: the members of Cal Cities are California cities (confirmed)."""
    decision = may_be_member(OrganizationKind.CITY)
    assert decision.outcome is True
    assert decision.codes == ("membership.member.city",)
    assert decision.reasons[0].effect is Effect.PASS
    assert decision.sources() == (MEMBERS_ARE_CITIES,)
    assert MEMBERS_ARE_CITIES.is_confirmed
    assert decision.assumptions() == ()


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        (OrganizationKind.COUNTY, "county"),
        (OrganizationKind.SPECIAL_DISTRICT, "special district"),
        (OrganizationKind.COMPANY, "company"),
        (OrganizationKind.NONPROFIT, "nonprofit"),
    ],
)
def test_no_other_organization_may_be_a_member(kind: OrganizationKind, words: str) -> None:
    """S2 (members are cities, confirmed); S34 (Partners are not members, inferred)."""
    decision = may_be_member(kind)
    assert decision.outcome is False
    assert decision.question == f"May a {words} be a member of Cal Cities?"
    assert decision.codes == ("membership.member.not_city", "membership.member.partners")
    assert [r.code for r in decision.failures] == ["membership.member.not_city"]
    assert decision.reasons[0].source == MEMBERS_ARE_CITIES
    partners = decision.reasons[1]
    assert partners.source == NOT_MEMBERS
    assert partners.source.confidence is Confidence.INFERRED
    assert decision.assumptions() == (NOT_MEMBERS,)
    assert "[inferred]" in decision.explain()
    # The kind is named in words, underscores read as spaces, in fixed sentences.
    assert decision.reasons[0].message == f"The members of Cal Cities are California cities; a {words} is not a city."
    assert partners.message == (
        "Counties, special districts and companies are not found among the members; Partners sponsor and take "
        "part, and are not described as members."
    )


@pytest.mark.parametrize("kind", ["city", None, 1], ids=["text", "none", "number"])
def test_may_be_member_refuses_what_is_not_a_kind(kind: Any) -> None:
    with pytest.raises(InputError) as info:
        may_be_member(kind)
    assert [p.path for p in info.value.problems] == ["kind"]


@pytest.mark.parametrize("kind", list(OrganizationKind))
def test_may_be_member_round_trips(kind: OrganizationKind) -> None:
    decision = may_be_member(kind)
    assert structure(unstructure(decision), Decision[bool]) == decision


# ------------------------------------------------------------------------ member_status


def test_a_member_without_recorded_dues_is_in_good_standing_under_an_assumption() -> None:
    """No dues recorded: good standing is read from the membership alone (cal_cities.py, NOT_RECORDED, assumed)."""
    decision = status(roll_with(), date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert decision.codes == ("membership.status.member", "membership.dues.not_recorded")
    assert facts(decision, "membership.status.member") == {"member_since": "2013-07-01"}
    assert decision.failures == ()
    not_recorded = decision.reasons[1]
    assert not_recorded.source == NOT_RECORDED
    assert NOT_RECORDED.confidence is Confidence.ASSUMED
    assert not_recorded.message == (
        "No dues are recorded for 2024-01-01: good standing is read from the membership alone."
    )
    assert decision.assumptions() == (NOT_RECORDED,)
    assert NOT_RECORDED.cite() in decision.explain()


@pytest.mark.parametrize(
    ("grace", "words"),
    [
        (0, "; the grace period of 0 days cannot apply."),
        (30, "; the grace period of 30 days cannot apply."),
    ],
)
def test_a_grace_rule_cannot_apply_when_no_dues_are_recorded(grace: int, words: str) -> None:
    """NOT_RECORDED: no grace rule can apply to dues the library does not know; the message says so."""
    decision = status(roll_with(standing=StandingRule.grace(grace)), date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    (reason,) = [r for r in decision.reasons if r.code == "membership.dues.not_recorded"]
    assert reason.message.endswith(f"good standing is read from the membership alone{words}")
    assert reason.source == NOT_RECORDED
    assert decision.assumptions() == (NOT_RECORDED,)


def test_a_grace_of_one_day_that_cannot_apply_is_singular() -> None:
    """Day counts are singular or plural: a grace period of 1 day, not "1 days"."""
    decision = status(roll_with(standing=StandingRule.grace(1)), date(2024, 1, 1))
    assert decision.reasons[1].message.endswith("; the grace period of 1 day cannot apply.")


def test_a_member_with_paid_dues_is_in_good_standing_without_assumptions() -> None:
    decision = status(roll_with(fiscal_year(2023)), date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert decision.codes == ("membership.status.member", "membership.dues.paid")
    assert decision.reasons[1].effect is Effect.PASS
    assert decision.assumptions() == ()
    assert "Assumptions" not in decision.explain()


def test_a_member_with_unpaid_dues_stays_in_good_standing_by_default() -> None:
    """S22: the consequence of unpaid dues is not published; the default is assumed and said."""
    decision = status(roll_with(fiscal_year(2022)), date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert decision.codes == ("membership.status.member", "membership.dues.unpaid")
    assert facts(decision, "membership.dues.unpaid") == {
        "unpaid_since": "2023-07-01",
        "days_unpaid": "185",
        "grace_days": "None",
    }
    (reason,) = [r for r in decision.reasons if r.code == "membership.dues.unpaid"]
    assert reason.source == DEFAULT_SOURCE == DUES_UNKNOWN
    assert reason.message == (
        "Dues are unpaid from 2023-07-01 (185 days on 2024-01-01). What unpaid dues do is not published: "
        "under the rule used, with no grace limit, the city stays in good standing while it is a member."
    )
    assert DEFAULT_SOURCE in decision.assumptions()
    explained = decision.explain()
    assert DEFAULT_SOURCE.cite() in explained
    assert "Assumptions" in explained


def test_unpaid_dues_under_a_confirmed_rule_without_a_limit_cite_that_rule() -> None:
    """The caller's rule is what the explanation cites; a confirmed rule is not said to be unpublished."""
    board = Source("Our board's policy on dues", Confidence.CONFIRMED, section="Policy 7")
    decision = status(roll_with(fiscal_year(2022), standing=StandingRule(None, board)), date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    (reason,) = [r for r in decision.reasons if r.code == "membership.dues.unpaid"]
    assert reason.source == board
    assert "not published" not in reason.message
    assert reason.message.startswith("Dues are unpaid from 2023-07-01 (185 days on 2024-01-01). ")
    assert reason.message.endswith("with no grace limit, the city stays in good standing while it is a member.")
    assert set(decision.sources()) == {board, MEMBERS_ARE_CITIES}
    assert decision.assumptions() == ()
    assert DUES_UNKNOWN.cite() not in decision.explain()


def test_unpaid_dues_under_a_confirmed_rule_read_as_a_sentence() -> None:
    board = Source("Our board's policy on dues", Confidence.CONFIRMED)
    decision = status(roll_with(fiscal_year(2022), standing=StandingRule(None, board)), date(2024, 1, 1))
    assert ". Under the rule used" in decision.reasons[1].message


def test_unpaid_dues_under_an_unconfirmed_callers_rule_are_said_to_be_unpublished() -> None:
    """The "not published" clause depends on the rule's source, not on the rule being the default."""
    inferred = Source("Our reading of the bylaws", Confidence.INFERRED)
    decision = status(roll_with(fiscal_year(2022), standing=StandingRule(None, inferred)), date(2024, 1, 1))
    (reason,) = [r for r in decision.reasons if r.code == "membership.dues.unpaid"]
    assert reason.source == inferred
    assert "What unpaid dues do is not published: under the rule used" in reason.message
    assert decision.assumptions() == (inferred,)


@pytest.mark.parametrize(
    ("on", "code", "words"),
    [
        (date(2024, 7, 1), "membership.dues.grace", "(1 day on 2024-07-01), within the grace period of 1 day."),
        (
            date(2024, 7, 2),
            "membership.dues.delinquent",
            "(2 days on 2024-07-02), past the grace period of 1 day: Danville is not in good standing.",
        ),
    ],
    ids=["day one", "day two"],
)
def test_day_counts_are_singular_or_plural(on: date, code: str, words: str) -> None:
    decision = status(roll_with(fiscal_year(2023), standing=StandingRule.grace(1)), on)
    (reason,) = [r for r in decision.reasons if r.code == code]
    assert reason.message == f"Dues are unpaid from 2024-07-01 {words}"


def test_one_unpaid_day_without_a_limit_is_singular() -> None:
    decision = status(roll_with(fiscal_year(2023)), date(2024, 7, 1))
    assert decision.reasons[1].message.startswith("Dues are unpaid from 2024-07-01 (1 day on 2024-07-01). ")


def test_a_member_within_the_grace_period_is_in_good_standing() -> None:
    decision = status(roll_with(fiscal_year(2023), standing=StandingRule.grace(30)), date(2024, 7, 30))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert decision.codes == ("membership.status.member", "membership.dues.grace")
    assert decision.reasons[1].effect is Effect.PASS
    assert facts(decision, "membership.dues.grace") == {
        "unpaid_since": "2024-07-01",
        "days_unpaid": "30",
        "grace_days": "30",
    }
    assert decision.assumptions() == (StandingRule.grace(30).source,)


def test_a_member_past_the_grace_period_is_not_in_good_standing() -> None:
    decision = status(roll_with(fiscal_year(2023), standing=StandingRule.grace(30)), date(2024, 7, 31))
    assert decision.outcome is MemberStatus.NOT_IN_GOOD_STANDING
    assert decision.outcome.is_member
    assert decision.codes == ("membership.status.member", "membership.dues.delinquent")
    assert [r.code for r in decision.failures] == ["membership.dues.delinquent"]
    assert facts(decision, "membership.dues.delinquent")["days_unpaid"] == "31"
    assert "not in good standing" in decision.explain()


def test_a_former_member_is_not_a_member() -> None:
    """A city whose term ended and was not continued is a former member (S31: non-member cities exist)."""
    decision = status(roll_with(), date(2012, 1, 1))
    assert decision.outcome is MemberStatus.FORMER_MEMBER
    assert decision.codes == ("membership.status.former_member",)
    assert decision.reasons[0].effect is Effect.FAIL
    assert facts(decision, "membership.status.former_member") == {"lapsed_on": "2011-07-01"}


def test_a_former_member_names_its_latest_lapse() -> None:
    terms = (
        DateRange(date(2000, 1, 1), date(2000, 12, 31)),
        DateRange(date(2002, 1, 1), date(2002, 12, 31)),
    )
    roll = MembershipRoll((City("Chico"),), (MembershipHistory("Chico", terms),))
    assert facts(status(roll, date(2001, 6, 1), "Chico"), "membership.status.former_member") == {
        "lapsed_on": "2001-01-01"
    }
    assert facts(status(roll, date(2010, 6, 1), "Chico"), "membership.status.former_member") == {
        "lapsed_on": "2003-01-01"
    }


@pytest.mark.parametrize(
    ("city", "on"),
    [
        ("Danville", date(1982, 6, 30)),
        ("Orange", date(2024, 1, 1)),
    ],
    ids=["before its first term", "on the roll, never a member"],
)
def test_a_city_that_never_was_a_member_is_not_a_member(city: str, on: date) -> None:
    """S31: a city on the roll with no term up to the day (or no history at all) has never been a member."""
    decision = status(roll_with(), on, city)
    assert decision.outcome is MemberStatus.NOT_A_MEMBER
    assert decision.codes == ("membership.status.not_member",)
    assert decision.reasons[0].effect is Effect.FAIL
    assert decision.reasons[0].message == f"{city} has never been a member up to {on}."
    assert decision.reasons[0].source == MEMBERS_ARE_CITIES
    assert decision.assumptions() == ()


def test_a_city_not_on_the_roll_is_an_input_error() -> None:
    """A misspelt name must not read as a non-member: the roll lists every city asked about."""
    with pytest.raises(InputError) as info:
        status(roll_with(), date(2024, 1, 1), "Danvile")
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("city", "'Danvile' is not on the roll (the roll lists every city asked about)")
    ]


def test_a_non_members_status_does_not_read_its_dues() -> None:
    """Dues explain good standing, which only members have."""
    decision = status(roll_with(fiscal_year(2010), standing=StandingRule.grace(0)), date(2012, 1, 1))
    assert decision.outcome is MemberStatus.FORMER_MEMBER
    assert not any(code.startswith("membership.dues.") for code in decision.codes)


def test_unpaid_dues_before_the_day_payment_is_received() -> None:
    """A payment counts from the day it is received."""
    late = DuesPayment(DateRange(date(2024, 7, 1), date(2025, 6, 30)), date(2024, 9, 1))
    roll = roll_with(fiscal_year(2023), late, standing=StandingRule.grace(30))
    assert status(roll, date(2024, 8, 31)).outcome is MemberStatus.NOT_IN_GOOD_STANDING
    assert status(roll, date(2024, 9, 1)).outcome is MemberStatus.GOOD_STANDING
    assert status(roll, date(2024, 9, 1)).codes[1] == "membership.dues.paid"


def test_dues_are_not_recorded_before_the_first_recorded_period() -> None:
    decision = status(roll_with(fiscal_year(2023), standing=StandingRule.grace(0)), date(2023, 6, 30))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert decision.codes[1] == "membership.dues.not_recorded"
    # The not-recorded reason cites NOT_RECORDED (assumed), whatever rule is used; the rule cannot apply.
    assert decision.reasons[1].source == NOT_RECORDED
    assert decision.reasons[1].message == (
        "No dues are recorded for 2023-06-30: good standing is read from the membership alone; "
        "the grace period of 0 days cannot apply."
    )
    assert decision.assumptions() == (NOT_RECORDED,)
    assert DEFAULT_SOURCE not in decision.sources()
    # From the first recorded period on, the rule applies.
    assert status(roll_with(fiscal_year(2023), standing=StandingRule.grace(0)), date(2023, 7, 1)).codes[1] == (
        "membership.dues.paid"
    )


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (("roll", "Danville", date(2024, 1, 1)), "roll"),
        ((None, "Danville", date(2024, 1, 1)), "roll"),
        ((..., "", date(2024, 1, 1)), "city"),
        ((..., "  ", date(2024, 1, 1)), "city"),
        ((..., 7, date(2024, 1, 1)), "city"),
        ((..., "Danville", "2024-01-01"), "on"),
        ((..., "Danville", datetime(2024, 1, 1)), "on"),
        ((..., "Anaheim", date(2024, 1, 1)), "city"),
    ],
)
def test_member_status_refuses_bad_arguments(args: tuple[Any, Any, Any], path: str) -> None:
    roll, city, on = args
    with pytest.raises(InputError) as info:
        member_status(roll_with() if roll is ... else roll, city, on=on)
    assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((None, "", "2024-01-01"), ["roll", "city", "on"]),
        ((None, "Danville", None), ["roll", "on"]),
        ((..., "Anaheim", "2024-01-01"), ["city", "on"]),
        ((..., 7, datetime(2024, 1, 1)), ["city", "on"]),
    ],
    ids=["all three", "roll and day", "not on the roll and day", "not a name and a datetime"],
)
def test_member_status_names_every_bad_argument_at_once(args: tuple[Any, Any, Any], expected: list[str]) -> None:
    roll, city, on = args
    with pytest.raises(InputError) as info:
        member_status(roll_with() if roll is ... else roll, city, on=on)
    assert [p.path for p in info.value.problems] == expected


def test_without_a_roll_no_name_is_checked_against_it() -> None:
    """A name is only looked up on a roll that is one: a bad roll alone is named."""
    with pytest.raises(InputError) as info:
        member_status("roll", "Anaheim", on=date(2024, 1, 1))  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["roll"]


# ---------------------------------------------------------------------- the grace boundary


@pytest.mark.parametrize(
    ("on", "expected", "code"),
    [
        (date(2024, 6, 30), MemberStatus.GOOD_STANDING, "membership.dues.paid"),  # the last paid day
        (date(2024, 7, 1), MemberStatus.GOOD_STANDING, "membership.dues.grace"),  # day 1 unpaid
        (date(2024, 7, 30), MemberStatus.GOOD_STANDING, "membership.dues.grace"),  # day 30
        (date(2024, 7, 31), MemberStatus.NOT_IN_GOOD_STANDING, "membership.dues.delinquent"),  # day 31
    ],
)
def test_the_grace_period_counts_the_first_unpaid_day_as_day_one(on: date, expected: MemberStatus, code: str) -> None:
    decision = status(roll_with(fiscal_year(2023), standing=StandingRule.grace(30)), on)
    assert (decision.outcome, decision.codes[1]) == (expected, code)


def test_with_no_grace_the_first_unpaid_day_ends_good_standing() -> None:
    roll = roll_with(fiscal_year(2023), standing=StandingRule.grace(0))
    assert status(roll, date(2024, 6, 30)).outcome is MemberStatus.GOOD_STANDING
    decision = status(roll, date(2024, 7, 1))
    assert decision.outcome is MemberStatus.NOT_IN_GOOD_STANDING
    assert facts(decision, "membership.dues.delinquent")["days_unpaid"] == "1"


# --------------------------------------------------------------- leap days and month ends


def test_a_dues_year_ending_on_a_leap_day() -> None:
    leap_year = DuesPayment(DateRange(date(2023, 3, 1), date(2024, 2, 29)), date(2023, 3, 1))
    roll = MembershipRoll(
        (City("Chico"),),
        (MembershipHistory("Chico", (DateRange(date(2023, 3, 1)),), dues=(leap_year,)),),
        standing=StandingRule.grace(1),
    )
    assert status(roll, date(2024, 2, 29), "Chico").codes[1] == "membership.dues.paid"
    first_unpaid = status(roll, date(2024, 3, 1), "Chico")
    assert first_unpaid.outcome is MemberStatus.GOOD_STANDING
    assert facts(first_unpaid, "membership.dues.grace")["unpaid_since"] == "2024-03-01"
    assert status(roll, date(2024, 3, 2), "Chico").outcome is MemberStatus.NOT_IN_GOOD_STANDING


def test_a_grace_period_across_the_leap_day() -> None:
    """29 days from 1 February 2024 is 29 February: day 30 is 1 March."""
    january = DuesPayment(DateRange(date(2024, 1, 1), date(2024, 1, 31)), date(2024, 1, 1))
    roll = MembershipRoll(
        (City("Chico"),),
        (MembershipHistory("Chico", (DateRange(date(2024, 1, 1)),), dues=(january,)),),
        standing=StandingRule.grace(29),
    )
    assert status(roll, date(2024, 2, 29), "Chico").outcome is MemberStatus.GOOD_STANDING
    assert status(roll, date(2024, 3, 1), "Chico").outcome is MemberStatus.NOT_IN_GOOD_STANDING


def test_a_term_ending_on_new_years_eve_lapses_on_new_years_day() -> None:
    roll = MembershipRoll(
        (City("Chico"),),
        (MembershipHistory("Chico", (DateRange(date(2020, 1, 1), date(2024, 12, 31)),)),),
    )
    assert status(roll, date(2024, 12, 31), "Chico").outcome is MemberStatus.GOOD_STANDING
    decision = status(roll, date(2025, 1, 1), "Chico")
    assert decision.outcome is MemberStatus.FORMER_MEMBER
    assert facts(decision, "membership.status.former_member") == {"lapsed_on": "2025-01-01"}


def test_a_term_from_a_leap_day() -> None:
    roll = MembershipRoll((City("Chico"),), (MembershipHistory("Chico", (DateRange(date(2024, 2, 29)),)),))
    assert status(roll, date(2024, 2, 28), "Chico").outcome is MemberStatus.NOT_A_MEMBER
    assert status(roll, date(2024, 2, 29), "Chico").outcome is MemberStatus.GOOD_STANDING


# ------------------------------------------------------------------------- round trips


@pytest.mark.parametrize(
    ("dues", "standing", "on", "expected"),
    [
        ((), None, date(2024, 1, 1), MemberStatus.GOOD_STANDING),
        ((2023,), None, date(2024, 1, 1), MemberStatus.GOOD_STANDING),
        ((2022,), None, date(2024, 1, 1), MemberStatus.GOOD_STANDING),
        ((2023,), 30, date(2024, 7, 15), MemberStatus.GOOD_STANDING),
        ((2023,), 30, date(2024, 8, 15), MemberStatus.NOT_IN_GOOD_STANDING),
        ((), None, date(2012, 1, 1), MemberStatus.FORMER_MEMBER),
        ((), None, date(1980, 1, 1), MemberStatus.NOT_A_MEMBER),
    ],
    ids=["not recorded", "paid", "unpaid", "grace", "delinquent", "former", "never"],
)
def test_every_kind_of_decision_round_trips_through_json(
    dues: tuple[int, ...], standing: int | None, on: date, expected: MemberStatus
) -> None:
    rule = None if standing is None else StandingRule.grace(standing)
    decision = status(roll_with(*(fiscal_year(y) for y in dues), standing=rule), on)
    assert decision.outcome is expected
    data = unstructure(decision)
    assert data["outcome"] == expected.value
    assert structure(data, Decision[MemberStatus]) == decision


# ---------------------------------------------------------------------------- properties


@settings(max_examples=100)
@given(rolls(), DAYS)
def test_a_city_is_a_member_exactly_on_the_days_of_its_terms(roll: MembershipRoll, on: date) -> None:
    """(1) and (2): a member (in good standing or not) exactly when the day lies in a term."""
    for city in roll.cities:
        history = roll.history(city.name)
        in_a_term = history is not None and any(on in term for term in history.terms)
        outcome = member_status(roll, city.name, on=on).outcome
        assert outcome.is_member == in_a_term
        assert (outcome in (MemberStatus.GOOD_STANDING, MemberStatus.NOT_IN_GOOD_STANDING)) == in_a_term
        if not in_a_term:
            started_before = history is not None and any(term.start < on for term in history.terms)
            assert outcome is (MemberStatus.FORMER_MEMBER if started_before else MemberStatus.NOT_A_MEMBER)


@settings(max_examples=100)
@given(rolls(standing=st.just(StandingRule.default())), DAYS)
def test_under_the_default_rule_every_member_is_in_good_standing(roll: MembershipRoll, on: date) -> None:
    """(3) S22: by default unpaid dues never end good standing; the assumption is always said.

    Unpaid dues cite the default rule (DUES_UNKNOWN), dues not recorded NOT_RECORDED: both assumed.
    """
    for city in roll.cities:
        decision = member_status(roll, city.name, on=on)
        assert decision.outcome is not MemberStatus.NOT_IN_GOOD_STANDING
        codes = set(decision.codes)
        if "membership.dues.unpaid" in codes:
            assert DEFAULT_SOURCE in decision.assumptions()
            assert DEFAULT_SOURCE.cite() in decision.explain()
        if "membership.dues.not_recorded" in codes:
            assert NOT_RECORDED in decision.assumptions()
            assert NOT_RECORDED.cite() in decision.explain()
        if not codes & {"membership.dues.unpaid", "membership.dues.not_recorded"}:
            assert decision.assumptions() == ()


@settings(max_examples=100)
@given(rolls(), DAYS, st.integers(0, 400), st.integers(0, 400))
def test_a_longer_grace_never_ends_good_standing(roll: MembershipRoll, on: date, one: int, two: int) -> None:
    """(4) Monotone: a longer grace period (or none) keeps every member in good standing that a shorter one does."""
    shorter, longer = sorted((one, two))
    rules = [StandingRule.grace(shorter), StandingRule.grace(longer), StandingRule.default()]
    for city in roll.cities:
        outcomes = [member_status(attrs.evolve(roll, standing=rule), city.name, on=on).outcome for rule in rules]
        good = [outcome is MemberStatus.GOOD_STANDING for outcome in outcomes]
        assert good == sorted(good)  # False before True: once good, good with every longer grace
        assert len({outcome.is_member for outcome in outcomes}) == 1  # membership does not depend on the rule


@settings(max_examples=75)
@given(st.data(), DAYS)
def test_the_order_of_the_roll_never_changes_a_status(data: st.DataObject, on: date) -> None:
    """(5) The roll is a set of cities and histories: their order is not a fact."""
    roll = data.draw(rolls())
    shuffled = MembershipRoll(
        tuple(data.draw(st.permutations(roll.cities))),
        tuple(data.draw(st.permutations(roll.histories))),
        standing=roll.standing,
    )
    for city in roll.cities:
        assert member_status(shuffled, city.name, on=on) == member_status(roll, city.name, on=on)


@settings(max_examples=75)
@given(rolls(), DAYS)
def test_every_status_decision_round_trips_through_json(roll: MembershipRoll, on: date) -> None:
    for city in roll.cities:
        decision = member_status(roll, city.name, on=on)
        assert structure(unstructure(decision), Decision[MemberStatus]) == decision


@settings(max_examples=75)
@given(rolls(), DAYS)
def test_the_reasons_agree_with_the_outcome(roll: MembershipRoll, on: date) -> None:
    """A member's decision has a membership reason then one dues reason; a failure only when not good."""
    for city in roll.cities:
        decision = member_status(roll, city.name, on=on)
        if decision.outcome.is_member:
            assert decision.codes[0] == "membership.status.member"
            assert len(decision.codes) == 2
            assert decision.codes[1].startswith("membership.dues.")
        else:
            assert len(decision.codes) == 1
        assert bool(decision.failures) == (decision.outcome is not MemberStatus.GOOD_STANDING)


# ------------------------------------------------------------------------- member_cities


def test_member_cities_are_the_cities_in_good_standing() -> None:
    """standing.py, member_cities: what governance asks for as ``member_cities``; non-members are left out."""
    assert member_cities(roll_with(), date(2024, 1, 1)) == frozenset({"Danville"})
    assert member_cities(roll_with(), date(2012, 1, 1)) == frozenset()  # Danville lapsed; Orange never a member


def test_member_cities_leave_out_members_not_in_good_standing() -> None:
    """Under a grace rule a member past the grace period is a member, but not one of the member cities."""
    roll = roll_with(fiscal_year(2023), standing=StandingRule.grace(30))
    assert member_cities(roll, date(2024, 7, 30)) == frozenset({"Danville"})  # day 30: within the grace
    assert status(roll, date(2024, 7, 31)).outcome is MemberStatus.NOT_IN_GOOD_STANDING
    assert member_cities(roll, date(2024, 7, 31)) == frozenset()


def test_member_cities_of_an_empty_roll() -> None:
    assert member_cities(MembershipRoll((), ()), date(2024, 1, 1)) == frozenset()


def test_member_cities_is_exported_from_the_package() -> None:
    assert "member_cities" in membership.__all__
    assert membership.member_cities is member_cities


@pytest.mark.parametrize(
    ("roll", "on", "path"),
    [
        (None, date(2024, 1, 1), "roll"),
        ("roll", date(2024, 1, 1), "roll"),
        (..., "2024-01-01", "on"),
        (..., datetime(2024, 1, 1), "on"),
        (..., None, "on"),
    ],
)
def test_member_cities_refuses_bad_arguments(roll: Any, on: Any, path: str) -> None:
    with pytest.raises(InputError) as info:
        member_cities(roll_with() if roll is ... else roll, on)
    assert [p.path for p in info.value.problems] == [path]


def test_member_cities_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as info:
        member_cities(None, "2024-01-01")  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["roll", "on"]


@settings(max_examples=100)
@given(rolls(), DAYS)
def test_member_cities_are_the_good_standing_rows_of_statuses_on(roll: MembershipRoll, on: date) -> None:
    """(6) The names agree with the table, and with each city's explained status."""
    cities = member_cities(roll, on)
    assert cities == {row.city for row in statuses_on(roll, on) if row.good_standing}
    for city in roll.cities:
        good = member_status(roll, city.name, on=on).outcome is MemberStatus.GOOD_STANDING
        assert (city.name in cities) == good
