"""Tests of eligibility.py: what an official or a city may do on a day, and why.

Rules under test (../shared/domain/governance-and-membership.md sections 1, 2, 3 and 5, and
../shared/domain/torch-events-training.md section 1 and the Helen Putnam line of section 2.8):

* Members are California cities; officials of member cities take part in the league
  [confirmed: S2, S1, S25]. A member counts when it is *in good standing*; what unpaid dues
  do is not published, so the roll's StandingRule decides (default: nothing, assumed).
* Event prices have three categories: member city, non-member city, all others [confirmed].
* Directors must be "officially in city service in a member city" [confirmed: S3, S6]; at
  least one at-large director is from a small city, under 12,000 until 2017 and under 10,000
  from 2018 [confirmed: S7, S6]; the ten most populous member cities hold the large-city
  seats [confirmed from the 2021 amendments: S3, S5, S38; ten from 2013 is inferred:
  LARGE_CITY_EARLY]; a rank needs every member city's population; division, department and
  caucus directors are elected by their body [confirmed: S3]; caucus seats exist from the
  2021 amendments [confirmed: S8, S9].
* The Second Vice President must serve or have served on the board, and so must the First
  Vice President when that office is open [confirmed: S3, S4, S36]; the Immediate Past
  President is not elected [confirmed: S3, S37].
* Any official of a member city, elected or appointed, may be its voting delegate [confirmed: S23].
* Departments are named for offices (which office belongs where is inferred); caucuses are open
  to all members [confirmed: S25]; policy committees: 2 per division, at least 1 per
  department, 1 per caucus, up to 16 by the President [confirmed: S26]; 8 committees before
  2017, 7 after [confirmed lists, the day of change inferred: S27].
* The Torch Program is for mayors and council members [confirmed]; that staff, other elected
  officials and officials of non-member cities may not take part is inferred [torch notes
  section 1.1].
* Helen Putnam Award: any member city or group of California cities, divisions included, with
  at least one year of implementation; one application per category per city [confirmed];
  a year is twelve calendar months, and a group's cities need not be members [inferred].
* Every city asked about must be on the roll (a misspelt name would otherwise read as a
  non-member): one that is not is an InputError, as is every other bad argument, all named
  at once.

The cities and people are made up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any, cast

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.governance import DEPARTMENT_OF_OFFICE, OfficerRole, SeatType, largest_member_cities
from calcities_domain.governance.assembly import S23
from calcities_domain.governance.board import LARGE_CITY_EARLY, S3, S6, S7
from calcities_domain.governance.officers import NO_RULE, S3_TERMS
from calcities_domain.kernel import (
    Confidence,
    DateRange,
    Decision,
    Effect,
    InputError,
    Reason,
    RuleNotInForce,
    Source,
)
from calcities_domain.membership import (
    AppointmentPath,
    DuesPayment,
    HelenPutnamEntry,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    PathKind,
    PriceCategory,
    SeatBound,
    StandingRule,
    may_be_officer,
    may_be_voting_delegate,
    may_enter_helen_putnam_award,
    may_join_caucus,
    may_join_department,
    may_join_torch_program,
    may_serve_on_board,
    member_benefits,
    member_cities,
    member_status,
    policy_committee_paths,
    price_category,
)
from calcities_domain.membership.cal_cities import (
    BOARD_SERVICE,
    CALLER_GRACE,
    DUES_UNKNOWN,
    HELEN_PUTNAM,
    HELEN_PUTNAM_GROUPS,
    IMMEDIATE_PAST_PRESIDENT,
    MEMBER_PRICES,
    MEMBERS_ARE_CITIES,
    NOT_RECORDED,
    OFFICIALS_TAKE_PART,
    ONE_YEAR,
    POLICY_PATHS,
    TORCH_AUDIENCE,
    TORCH_MEMBER_CITY,
    TORCH_OTHER_ELECTED,
    TORCH_STAFF,
)
from calcities_domain.organization import CAUCUSES, DEPARTMENTS, City, Office, Official, Population
from calcities_domain.organization.cal_cities import OFFICE_DEPARTMENTS, SEVEN_FROM_2017
from calcities_domain.serialization import structure, unstructure
from calcities_domain.testing import strategies as cst

ON = date(2024, 1, 1)
OLD_ON = date(2015, 6, 1)
T = SeatType
COUNTED = date(2010, 1, 1)

CAUCUS_CODES = tuple(body.code for body in CAUCUSES.as_of(ON).bodies)
DEPARTMENT_CODES = tuple(body.code for body in DEPARTMENTS.as_of(ON).bodies)

# --- The world: cities, their memberships, and officials -----------------------------------------

LARGE = tuple(f"Large City {n:02}" for n in range(1, 12))  # eleven: the eleventh has no seat
GIANT = "Giant"  # the most populous city of all, on the roll but never a member
SMALL = "Small Town"  # 8,000
TEN_THOUSAND = "Ten Thousand"  # exactly the 2018 threshold: not small
ELEVEN_THOUSAND = "Eleven Thousand"  # small until 2017, not from 2018
UNCOUNTED = "Uncounted"  # a member with neither population nor division known (UNCOUNTED_ROLL only)
FORMER = "Former"  # a member from 1990 to 2010
LATE = "Late Payer"  # a member whose dues are paid only for 2022
PROMPT = "Prompt Payer"  # a member whose dues are paid through 2030
ATLANTIS = "Atlantis"  # not on the roll at all

DIVISION_OF = {SMALL: "east_bay", TEN_THOUSAND: "peninsula", ELEVEN_THOUSAND: "monterey_bay"}


def _city(name: str, population: int | None, division: str | None = None) -> City:
    populations = () if population is None else (Population(population, COUNTED),)
    return City(name, populations=populations, division=division)


CITIES = (
    *(_city(name, 1_000_000 - 50_000 * n, "los_angeles_county") for n, name in enumerate(LARGE)),
    _city(GIANT, 5_000_000, "san_diego_county"),
    _city(SMALL, 8_000, DIVISION_OF[SMALL]),
    _city(TEN_THOUSAND, 10_000, DIVISION_OF[TEN_THOUSAND]),
    _city(ELEVEN_THOUSAND, 11_000, DIVISION_OF[ELEVEN_THOUSAND]),
    _city(FORMER, 30_000, "central_valley"),
    _city(LATE, 40_000, "orange_county"),
    _city(PROMPT, 45_000, "orange_county"),
)

SINCE_1990 = (DateRange(date(1990, 1, 1)),)


def _history(name: str) -> MembershipHistory:
    if name == FORMER:
        return MembershipHistory(name, (DateRange(date(1990, 1, 1), date(2010, 12, 31)),))
    if name == LATE:
        paid = DuesPayment(DateRange(date(2022, 1, 1), date(2022, 12, 31)), date(2022, 1, 15))
        return MembershipHistory(name, SINCE_1990, dues=(paid,))
    if name == PROMPT:
        paid = DuesPayment(DateRange(date(2022, 1, 1), date(2030, 12, 31)), date(2022, 1, 15))
        return MembershipHistory(name, SINCE_1990, dues=(paid,))
    return MembershipHistory(name, SINCE_1990)


HISTORIES = tuple(_history(c.name) for c in CITIES if c.name != GIANT)
#: Every member city's population is known, so that the large-city seats can be ranked.
ROLL = MembershipRoll(CITIES, HISTORIES)
#: The same roll under a 90-day grace period: the Late Payer is no longer in good standing.
GRACE = StandingRule.grace(90)
GRACE_ROLL = attrs.evolve(ROLL, standing=GRACE)
#: The roll with one more member, Uncounted, of unknown population and division: no rank can be told.
UNCOUNTED_ROLL = MembershipRoll((*CITIES, _city(UNCOUNTED, None)), (*HISTORIES, _history(UNCOUNTED)))

#: Cities on the roll whose officials are not officials of a member in good standing (under GRACE_ROLL).
NOT_IN_GOOD_STANDING = (GIANT, FORMER, LATE)


def official(
    city: str = SMALL,
    office: Office = Office.COUNCIL_MEMBER,
    *,
    person: str = "Ana Ruiz",
    ended: date | None = None,
) -> Official:
    return Official(person, city, office, office.is_council_seat, date(2010, 1, 1), ended)


def failing(decision: Decision[Any]) -> set[str]:
    return {reason.code for reason in decision.failures}


def reason(decision: Decision[Any], code: str) -> Reason:
    (found,) = [r for r in decision.reasons if r.code == code]
    return found


def untyped(value: object) -> Any:
    return cast(Any, value)


def paths(error: InputError) -> set[str]:
    return {problem.path for problem in error.problems}


# --- The world itself ----------------------------------------------------------------------------


def test_the_world_is_as_the_tests_assume() -> None:
    """The registries give 5 caucuses (S25) and 9 named departments of 10 (S1, S29)."""
    assert len(CAUCUS_CODES) == 5
    assert len(DEPARTMENT_CODES) == 9
    assert DEPARTMENTS.as_of(ON).unnamed == 1
    assert member_benefits(official(LATE), on=ON, roll=ROLL).outcome is True
    assert member_benefits(official(LATE), on=ON, roll=GRACE_ROLL).outcome is False
    assert GRACE.source is CALLER_GRACE
    # Every member city of ROLL has a known population; Giant is on the roll and never a member.
    members = member_cities(ROLL, ON)
    assert all(city.population_on(ON) is not None for city in ROLL.cities if city.name in members)
    assert GIANT not in members
    assert ROLL.city(GIANT) is not None
    assert ROLL.city(ATLANTIS) is None
    assert UNCOUNTED_ROLL.city(UNCOUNTED) is not None


# --- member_benefits -----------------------------------------------------------------------------


def test_an_official_of_a_member_city_has_the_benefits() -> None:
    """S25: officials of member cities take part in the league."""
    decision = member_benefits(official(), on=ON, roll=ROLL)
    assert decision.outcome is True
    assert decision.failures == ()
    assert decision.codes == (
        "membership.official.in_office",
        "membership.status.member",
        "membership.dues.not_recorded",
    )
    assert reason(decision, "membership.official.in_office").source is OFFICIALS_TAKE_PART
    assert OFFICIALS_TAKE_PART.confidence is Confidence.CONFIRMED
    assert reason(decision, "membership.status.member").source is MEMBERS_ARE_CITIES
    # No dues are recorded: good standing is read from membership alone, which is assumed, and says so.
    not_recorded = reason(decision, "membership.dues.not_recorded")
    assert not_recorded.effect is Effect.INFO
    assert not_recorded.source is NOT_RECORDED
    assert (
        not_recorded.message == "No dues are recorded for 2024-01-01: good standing is read from the membership alone."
    )
    assert NOT_RECORDED.confidence is Confidence.ASSUMED
    assert decision.assumptions() == (NOT_RECORDED,)
    # The default rule for unpaid dues is not what is cited: no dues are unpaid, none are recorded.
    assert DUES_UNKNOWN not in decision.sources()


def test_with_no_dues_recorded_a_grace_period_cannot_apply_and_the_explanation_says_so() -> None:
    """NOT_RECORDED (assumed): no grace rule can apply to dues the roll does not record."""
    decision = member_benefits(official(), on=ON, roll=GRACE_ROLL)
    assert decision.outcome is True
    not_recorded = reason(decision, "membership.dues.not_recorded")
    assert not_recorded.source is NOT_RECORDED
    assert not_recorded.message == (
        "No dues are recorded for 2024-01-01: good standing is read from the membership alone; "
        "the grace period of 90 days cannot apply."
    )
    assert CALLER_GRACE not in decision.sources()


def test_before_the_first_recorded_dues_the_dues_are_not_recorded() -> None:
    """NOT_RECORDED: the Late Payer's dues are recorded from 2022 only; 2021 is read from membership alone."""
    decision = member_benefits(official(LATE), on=date(2021, 6, 1), roll=GRACE_ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.dues.not_recorded").source is NOT_RECORDED


def test_staff_of_a_member_city_have_the_benefits_too() -> None:
    """S25 and the price categories: 'officials and staff of member cities'."""
    assert member_benefits(official(office=Office.CITY_CLERK), on=ON, roll=ROLL).outcome is True


def test_an_official_out_of_office_has_no_benefits() -> None:
    """Benefits are an official's while they hold their office."""
    decision = member_benefits(official(ended=ON - timedelta(days=1)), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.official.in_office"}
    assert "does not include 2024-01-01" in decision.failures[0].message


def test_the_last_day_of_a_term_is_still_in_office() -> None:
    assert member_benefits(official(ended=ON), on=ON, roll=ROLL).outcome is True


def test_an_official_of_a_city_that_never_was_a_member_has_no_benefits() -> None:
    """S2: the members are cities; Giant is on the roll with no membership history."""
    decision = member_benefits(official(GIANT), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.status.not_member"}
    assert decision.failures[0].message == "Giant has never been a member up to 2024-01-01."
    assert decision.failures[0].source is MEMBERS_ARE_CITIES


def test_an_official_of_a_city_not_on_the_roll_is_an_input_error() -> None:
    """A city missing from the roll (a misspelt name, say) is not read as a non-member: it is refused."""
    with pytest.raises(InputError) as caught:
        member_benefits(official(ATLANTIS), on=ON, roll=ROLL)
    assert paths(caught.value) == {"official.city"}
    assert "'Atlantis' is not on the roll" in str(caught.value)


def test_member_status_refuses_a_city_not_on_the_roll() -> None:
    """What every decision reads: member_status names the city not on the roll at ``city``."""
    with pytest.raises(InputError) as caught:
        member_status(ROLL, ATLANTIS, on=ON)
    assert paths(caught.value) == {"city"}
    assert member_status(ROLL, GIANT, on=ON).outcome is MemberStatus.NOT_A_MEMBER


def test_an_official_of_a_former_member_has_no_benefits() -> None:
    decision = member_benefits(official(FORMER), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.status.former_member"}
    assert "lapsed on 2011-01-01" in decision.failures[0].message


def test_unpaid_dues_past_the_grace_period_end_the_benefits() -> None:
    """The consequence of unpaid dues is not published: the caller's grace period (assumed) applies."""
    decision = member_benefits(official(LATE), on=ON, roll=GRACE_ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.dues.delinquent"}
    assert "past the grace period of 90 days" in decision.failures[0].message
    assert decision.failures[0].source is CALLER_GRACE
    assert CALLER_GRACE in decision.assumptions()


def test_unpaid_dues_change_nothing_under_the_default_rule_which_is_flagged() -> None:
    """DUES_UNKNOWN (assumed): by default a member stays in good standing whatever its dues."""
    decision = member_benefits(official(LATE), on=ON, roll=ROLL)
    assert decision.outcome is True
    unpaid = reason(decision, "membership.dues.unpaid")
    assert unpaid.effect is Effect.INFO
    assert "not published" in unpaid.message
    assert DUES_UNKNOWN in decision.assumptions()


def test_unpaid_dues_within_the_grace_period_keep_good_standing() -> None:
    decision = member_benefits(official(LATE), on=date(2023, 2, 1), roll=GRACE_ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.dues.grace").effect is Effect.PASS


def test_paid_dues_keep_good_standing_under_a_grace_period() -> None:
    decision = member_benefits(official(PROMPT), on=ON, roll=GRACE_ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.dues.paid").effect is Effect.PASS


# --- price_category ------------------------------------------------------------------------------


def test_someone_who_is_no_city_official_pays_the_other_price() -> None:
    """Registration fees: member city, non-member city, all others (confirmed)."""
    decision = price_category(None, on=ON, roll=ROLL)
    assert decision.outcome is PriceCategory.OTHER
    assert decision.codes == ("membership.price.other",)
    assert "all others" in decision.reasons[0].message
    assert decision.reasons[0].source is MEMBER_PRICES
    assert MEMBER_PRICES.confidence is Confidence.CONFIRMED


def test_an_official_out_of_office_pays_the_other_price() -> None:
    decision = price_category(official(ended=date(2020, 1, 1)), on=ON, roll=ROLL)
    assert decision.outcome is PriceCategory.OTHER
    assert decision.codes == ("membership.official.in_office", "membership.price.other")
    assert "is not an official or staff member of a city on 2024-01-01" in decision.reasons[-1].message


@pytest.mark.parametrize("office", [Office.MAYOR, Office.CITY_ATTORNEY, Office.OTHER_STAFF], ids=lambda o: o.value)
def test_officials_and_staff_of_a_member_city_pay_the_member_price(office: Office) -> None:
    decision = price_category(official(office=office), on=ON, roll=ROLL)
    assert decision.outcome is PriceCategory.MEMBER_CITY
    assert decision.reasons[-1].code == "membership.price.member_city"
    assert "the member-city price" in decision.reasons[-1].message


@pytest.mark.parametrize("city", [GIANT, FORMER])
def test_officials_of_a_non_member_city_pay_the_non_member_price(city: str) -> None:
    """Registration fees: 'officials and staff of non-member cities' (confirmed)."""
    decision = price_category(official(city), on=ON, roll=ROLL)
    assert decision.outcome is PriceCategory.NON_MEMBER_CITY
    assert decision.reasons[-1].code == "membership.price.non_member_city"
    assert "not a member in good standing: the non-member-city price" in decision.reasons[-1].message
    assert decision.reasons[-1].source is MEMBER_PRICES


def test_the_price_of_an_official_of_a_city_not_on_the_roll_is_an_input_error() -> None:
    """The roll must list every city asked about: the price is not guessed for a city it does not know."""
    with pytest.raises(InputError) as caught:
        price_category(official(ATLANTIS), on=ON, roll=ROLL)
    assert paths(caught.value) == {"official.city"}


def test_a_member_not_in_good_standing_pays_the_non_member_price() -> None:
    """CALLER_GRACE: past the grace period a member counts as a non-member in every decision."""
    assert price_category(official(LATE), on=ON, roll=ROLL).outcome is PriceCategory.MEMBER_CITY
    decision = price_category(official(LATE), on=ON, roll=GRACE_ROLL)
    assert decision.outcome is PriceCategory.NON_MEMBER_CITY
    assert "membership.dues.delinquent" in failing(decision)
    assert CALLER_GRACE in decision.assumptions()


# --- may_serve_on_board: at-large seats -----------------------------------------------------------


def test_an_official_of_a_member_city_may_serve_at_large() -> None:
    """S3, S6: directors must be officials of a member city; no more for a plain at-large seat."""
    decision = may_serve_on_board(official(LARGE[0]), T.AT_LARGE, on=ON, roll=ROLL)
    assert decision.outcome is True
    assert decision.codes == (
        "membership.official.in_office",
        "membership.status.member",
        "membership.dues.not_recorded",
    )
    assert reason(decision, "membership.official.in_office").source is BOARD_SERVICE
    assert BOARD_SERVICE.confidence is Confidence.CONFIRMED


def test_staff_may_serve_at_large() -> None:
    """S6: 'officially in city service' covers appointed officials too."""
    assert may_serve_on_board(official(office=Office.CITY_MANAGER), T.AT_LARGE, on=ON, roll=ROLL).outcome is True


def test_an_official_of_a_non_member_city_may_not_serve_at_large() -> None:
    """S3: directors must be officials of a *member* city."""
    decision = may_serve_on_board(official(GIANT), T.AT_LARGE, on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.status.not_member"}


def test_an_official_out_of_office_may_not_serve_at_large() -> None:
    """S6: 'officially in city service ... at the time of election or appointment'."""
    decision = may_serve_on_board(official(ended=ON - timedelta(days=1)), T.AT_LARGE, on=ON, roll=ROLL)
    assert failing(decision) == {"membership.official.in_office"}
    assert "does not include" in decision.failures[0].message


def test_a_member_not_in_good_standing_may_not_serve() -> None:
    decision = may_serve_on_board(official(LATE), T.AT_LARGE, on=ON, roll=GRACE_ROLL)
    assert failing(decision) == {"membership.dues.delinquent"}


def test_a_small_city_official_may_take_the_small_city_seat() -> None:
    """S3, S6: at least one at-large director is from a city under 10,000 (from 2018)."""
    decision = may_serve_on_board(official(SMALL), T.AT_LARGE, on=ON, roll=ROLL, small_city_seat=True)
    assert decision.outcome is True
    small = reason(decision, "membership.board.small_city")
    assert small.effect is Effect.PASS
    assert small.fact("threshold") == "10000"
    assert small.source is S6
    assert "8,000" in small.message


def test_a_city_of_exactly_ten_thousand_is_not_small() -> None:
    """S6: 'under 10,000': a tie at the threshold is not small."""
    decision = may_serve_on_board(official(TEN_THOUSAND), T.AT_LARGE, on=ON, roll=ROLL, small_city_seat=True)
    assert decision.outcome is False
    assert failing(decision) == {"membership.board.small_city"}
    assert "under 10,000; Ten Thousand's population is 10,000" in decision.failures[0].message


@pytest.mark.parametrize(
    ("city", "on", "small", "threshold"),
    [
        (ELEVEN_THOUSAND, date(2017, 12, 31), True, 12_000),
        (ELEVEN_THOUSAND, date(2018, 1, 1), False, 10_000),
        (TEN_THOUSAND, OLD_ON, True, 12_000),
        (TEN_THOUSAND, ON, False, 10_000),
        (SMALL, OLD_ON, True, 12_000),
    ],
)
def test_the_small_city_threshold_in_force_decides(city: str, on: date, small: bool, threshold: int) -> None:
    """S7: under 12,000 in 2013-2017; S6: under 10,000 from the 2018 cycle."""
    decision = may_serve_on_board(official(city), T.AT_LARGE, on=on, roll=ROLL, small_city_seat=True)
    assert decision.outcome is small
    reason_ = reason(decision, "membership.board.small_city")
    assert reason_.fact("threshold") == str(threshold)
    assert reason_.source is (S7 if threshold == 12_000 else S6)
    assert f"under {threshold:,}" in reason_.message


def test_a_city_of_unknown_population_is_not_shown_to_be_small() -> None:
    decision = may_serve_on_board(official(UNCOUNTED), T.AT_LARGE, on=ON, roll=UNCOUNTED_ROLL, small_city_seat=True)
    assert decision.outcome is False
    assert failing(decision) == {"membership.board.small_city"}
    assert "population is not known" in decision.failures[0].message


def test_a_population_counted_after_the_day_is_not_known_on_it() -> None:
    """The latest count describing a day on or before the election day is used; a later one is not."""
    recounted = tuple(
        City(SMALL, populations=(Population(5_000, date(2025, 1, 1)),)) if c.name == SMALL else c for c in CITIES
    )
    roll = attrs.evolve(ROLL, cities=recounted)
    decision = may_serve_on_board(official(SMALL), T.AT_LARGE, on=ON, roll=roll, small_city_seat=True)
    assert failing(decision) == {"membership.board.small_city"}
    assert "population is not known" in decision.failures[0].message
    later = may_serve_on_board(official(SMALL), T.AT_LARGE, on=date(2025, 1, 1), roll=roll, small_city_seat=True)
    assert later.outcome is True


# --- may_serve_on_board: large-city seats --------------------------------------------------------


@pytest.mark.parametrize(("rank", "city"), list(enumerate(LARGE[:10], start=1)))
def test_the_ten_most_populous_member_cities_hold_the_large_city_seats(rank: int, city: str) -> None:
    """S3, S5, S38: the ten largest member cities; Giant is larger but not a member and takes no place."""
    decision = may_serve_on_board(official(city, Office.MAYOR), T.LARGE_CITY, on=ON, roll=ROLL)
    assert decision.outcome is True
    large = reason(decision, "membership.board.large_city")
    assert large.effect is Effect.PASS
    assert large.message == f"{city} ranks {rank} by population: one of the 10 most populous member cities."
    assert large.fact("rank") == str(rank)
    assert large.fact("ranked") == "16"  # the member cities in good standing, all of known population
    assert large.fact("largest") == ", ".join(LARGE[:10])
    assert GIANT not in str(large.fact("largest"))
    # From the 2021 amendments the seat count's source is S3 (confirmed).
    assert large.source is S3
    assert S3.confidence is Confidence.CONFIRMED
    # Under the default rule no member is behind on its dues: nothing is said about standing.
    assert "membership.board.large_city_standing" not in decision.codes


def test_the_eleventh_largest_member_city_has_no_large_city_seat() -> None:
    decision = may_serve_on_board(official(LARGE[10], Office.MAYOR), T.LARGE_CITY, on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.board.large_city"}
    assert decision.failures[0].message == (
        "Large City 11 ranks 11 by population among the member cities: not one of the 10 most populous."
    )
    assert decision.failures[0].fact("rank") == "11"
    assert decision.failures[0].source is S3


def test_a_non_member_large_city_has_no_large_city_seat() -> None:
    decision = may_serve_on_board(official(GIANT, Office.MAYOR), T.LARGE_CITY, on=ON, roll=ROLL)
    assert failing(decision) == {"membership.status.not_member", "membership.board.large_city"}
    large = reason(decision, "membership.board.large_city")
    assert large.message == "Giant is not a member city in good standing: it is not ranked."
    assert large.facts == ()


def test_when_a_large_city_leaves_the_eleventh_moves_up() -> None:
    """Only members count: with Large City 01 lapsed, Large City 11 is among the ten."""
    lapsed = tuple(
        MembershipHistory(h.city, (DateRange(date(1990, 1, 1), date(2020, 12, 31)),)) if h.city == LARGE[0] else h
        for h in HISTORIES
    )
    roll = attrs.evolve(ROLL, histories=lapsed)
    moved_up = may_serve_on_board(official(LARGE[10]), T.LARGE_CITY, on=ON, roll=roll)
    assert moved_up.outcome is True
    assert reason(moved_up, "membership.board.large_city").fact("rank") == "10"
    left = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=roll)
    assert left.outcome is False
    assert failing(left) == {"membership.status.former_member", "membership.board.large_city"}


def test_a_delinquent_large_city_does_not_count_under_a_grace_period() -> None:
    """CALLER_GRACE: a member past its grace period counts as a non-member, for the top ten too, and is named."""
    dues = _history(LATE).dues
    late = tuple(MembershipHistory(h.city, SINCE_1990, dues=dues) if h.city == LARGE[0] else h for h in HISTORIES)
    eleventh = official(LARGE[10])
    default = may_serve_on_board(eleventh, T.LARGE_CITY, on=ON, roll=attrs.evolve(ROLL, histories=late))
    assert default.outcome is False
    assert "membership.board.large_city_standing" not in default.codes
    decision = may_serve_on_board(eleventh, T.LARGE_CITY, on=ON, roll=attrs.evolve(GRACE_ROLL, histories=late))
    assert decision.outcome is True
    large = reason(decision, "membership.board.large_city")
    assert LARGE[0] not in str(large.fact("largest"))
    assert large.fact("rank") == "10"
    assert large.fact("ranked") == "14"  # Large City 01 and the Late Payer are not ranked
    standing = reason(decision, "membership.board.large_city_standing")
    assert standing.effect is Effect.INFO
    assert standing.message == (
        "Members not in good standing under the rule used are not ranked: Large City 01, Late Payer."
    )
    assert standing.source is CALLER_GRACE


def test_the_members_not_in_good_standing_are_named_to_a_large_city_candidate() -> None:
    """CALLER_GRACE: the Late Payer is not ranked under the grace period; the explanation says who is left out."""
    decision = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=GRACE_ROLL)
    assert decision.outcome is True
    standing = reason(decision, "membership.board.large_city_standing")
    assert standing.effect is Effect.INFO
    assert standing.message == "Members not in good standing under the rule used are not ranked: Late Payer."
    assert standing.source is GRACE.source
    assert CALLER_GRACE in decision.assumptions()
    assert reason(decision, "membership.board.large_city").fact("ranked") == "15"


def test_the_members_not_in_good_standing_are_named_whatever_the_order_of_the_roll() -> None:
    """Eligibility does not depend on the order of the roll (as the properties below check for one such member)."""
    second = _city("Late Two", 35_000, "orange_county")
    histories = (*HISTORIES, MembershipHistory(second.name, SINCE_1990, dues=_history(LATE).dues))
    roll = MembershipRoll((*CITIES, second), histories, standing=GRACE)
    reversed_roll = MembershipRoll(tuple(reversed(roll.cities)), histories, standing=GRACE)
    forward = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=roll)
    backward = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=reversed_roll)
    assert backward == forward


def test_a_large_city_rank_cannot_be_told_while_a_member_s_population_is_unknown() -> None:
    """A rank among the member cities needs all their populations: Uncounted's is not known, and may be larger."""
    decision = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=UNCOUNTED_ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.board.large_city_unknown"}
    unknown = decision.failures[0]
    assert unknown.message == (
        "Large City 01 ranks 1 among the member cities of known population, but 1 member city has no known "
        "population on 2024-01-01 (first: Uncounted): its rank cannot be told."
    )
    assert unknown.fact("rank") == "1"
    assert unknown.fact("ranked") == "16"
    assert unknown.fact("largest") == ", ".join(LARGE[:10])
    assert unknown.source is S3


def test_a_city_of_unknown_population_has_no_large_city_rank() -> None:
    decision = may_serve_on_board(official(UNCOUNTED), T.LARGE_CITY, on=ON, roll=UNCOUNTED_ROLL)
    assert failing(decision) == {"membership.board.large_city_unknown"}
    assert decision.failures[0].message == "Uncounted's population on 2024-01-01 is not known: its rank cannot be told."
    assert decision.failures[0].source is S3


def test_a_city_below_the_ten_stays_below_whatever_the_unknown_populations() -> None:
    """Eleventh among the known, Large City 11 cannot rise by a population not known: a plain large_city failure."""
    decision = may_serve_on_board(official(LARGE[10]), T.LARGE_CITY, on=ON, roll=UNCOUNTED_ROLL)
    assert failing(decision) == {"membership.board.large_city"}
    assert decision.failures[0].fact("rank") == "11"


def test_a_non_member_of_unknown_population_is_simply_not_ranked() -> None:
    """Only member cities need a known population: Giant's being unknown changes nothing."""
    cities = tuple(City(GIANT) if c.name == GIANT else c for c in CITIES)
    decision = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=attrs.evolve(ROLL, cities=cities))
    assert decision.outcome is True


@pytest.mark.parametrize(
    ("on", "source"),
    [(OLD_ON, LARGE_CITY_EARLY), (date(2021, 9, 28), LARGE_CITY_EARLY), (date(2021, 9, 29), S3), (ON, S3)],
)
def test_the_large_city_seats_cite_the_seat_count_in_force(on: date, source: Source) -> None:
    """S7 with LARGE_CITY_EARLY (ten, inferred) for 2013-2021; S3 (confirmed) from the 2021 amendments."""
    tenth = may_serve_on_board(official(LARGE[9]), T.LARGE_CITY, on=on, roll=ROLL)
    assert tenth.outcome is True
    assert reason(tenth, "membership.board.large_city").source is source
    assert (source in tenth.assumptions()) is (source is LARGE_CITY_EARLY)
    eleventh = may_serve_on_board(official(LARGE[10]), T.LARGE_CITY, on=on, roll=ROLL)
    assert eleventh.outcome is False
    assert reason(eleventh, "membership.board.large_city").source is source


def test_ten_large_city_seats_before_2021_are_inferred() -> None:
    assert LARGE_CITY_EARLY.confidence is Confidence.INFERRED


@pytest.mark.parametrize("roll", [ROLL, GRACE_ROLL, UNCOUNTED_ROLL], ids=["default", "grace", "uncounted"])
@pytest.mark.parametrize("on", [OLD_ON, ON])
def test_the_large_city_seats_agree_with_governance_s_largest_member_cities(roll: MembershipRoll, on: date) -> None:
    """member_cities() is what governance is given: its ten largest are the cities whose officials pass."""
    members = member_cities(roll, on)
    largest = largest_member_cities(roll.cities, members, on=on, count=10)
    all_known = all(city.population_on(on) is not None for city in roll.cities if city.name in members)
    for city in roll.cities:
        if city.population_on(on) is None:
            continue
        decision = may_serve_on_board(official(city.name), T.LARGE_CITY, on=on, roll=roll)
        assert decision.outcome is (city.name in largest and all_known), decision.explain()


# --- may_serve_on_board: division seats ----------------------------------------------------------


def test_a_division_seat_needs_its_body() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.DIVISION, on=ON, roll=ROLL)
    assert paths(caught.value) == {"body"}
    assert "body: expected a name, got None" in str(caught.value)


def test_an_official_of_a_city_of_the_division_may_take_its_seat() -> None:
    """S3: each division elects its own director."""
    decision = may_serve_on_board(official(SMALL), T.DIVISION, on=ON, roll=ROLL, body="east_bay")
    assert decision.outcome is True
    assert reason(decision, "membership.board.division").effect is Effect.PASS


def test_an_official_of_another_division_may_not_take_its_seat() -> None:
    decision = may_serve_on_board(official(SMALL), T.DIVISION, on=ON, roll=ROLL, body="peninsula")
    assert decision.outcome is False
    assert failing(decision) == {"membership.board.division"}
    assert "Small Town's division is 'east_bay'" in decision.failures[0].message


def test_a_city_of_unknown_division_may_not_take_a_division_seat() -> None:
    decision = may_serve_on_board(official(UNCOUNTED), T.DIVISION, on=ON, roll=UNCOUNTED_ROLL, body="east_bay")
    assert failing(decision) == {"membership.board.division"}
    assert "division is not known" in decision.failures[0].message


def test_an_unknown_division_code_is_a_failure_not_an_input_error() -> None:
    """What happens: the division code is not checked against the registry (reported, see the docstring)."""
    decision = may_serve_on_board(official(SMALL), T.DIVISION, on=ON, roll=ROLL, body="nowhere")
    assert failing(decision) == {"membership.board.division"}


def test_division_seats_exist_before_2021_though_their_number_is_unknown() -> None:
    """S7: each division elected a director; how many divisions is not published (DIVISIONS_BEFORE_2021)."""
    decision = may_serve_on_board(official(SMALL), T.DIVISION, on=OLD_ON, roll=ROLL, body="east_bay")
    assert decision.outcome is True


# --- may_serve_on_board: department seats --------------------------------------------------------


def test_a_department_seat_goes_by_office_by_default_which_is_inferred() -> None:
    """OFFICE_DEPARTMENTS (inferred): a city attorney belongs to the City Attorneys Department."""
    attorney = official(office=Office.CITY_ATTORNEY)
    decision = may_serve_on_board(attorney, T.DEPARTMENT, on=ON, roll=ROLL, body="city_attorneys")
    assert decision.outcome is True
    department = reason(decision, "membership.department.office")
    assert department.effect is Effect.PASS
    assert department.source is OFFICE_DEPARTMENTS
    assert OFFICE_DEPARTMENTS.confidence is Confidence.INFERRED
    assert OFFICE_DEPARTMENTS in decision.assumptions()


def test_a_department_seat_is_not_for_another_profession() -> None:
    manager = official(office=Office.CITY_MANAGER)
    decision = may_serve_on_board(manager, T.DEPARTMENT, on=ON, roll=ROLL, body="city_clerks")
    assert failing(decision) == {"membership.department.office"}
    assert "belongs to the city_managers department, not the city_clerks department" in decision.failures[0].message


def test_an_office_of_no_known_department_fails_a_department_seat() -> None:
    chief = official(office=Office.POLICE_CHIEF)
    decision = may_serve_on_board(chief, T.DEPARTMENT, on=ON, roll=ROLL, body="city_attorneys")
    assert failing(decision) == {"membership.department.office"}
    assert decision.failures[0].message == (
        "No department is known for a police chief: not the city_attorneys department."
    )
    assert decision.failures[0].source is OFFICE_DEPARTMENTS


def test_departments_given_override_the_office_and_rest_on_a_confirmed_source() -> None:
    """S3: each department elects a director from among its members; given the members, no inference."""
    manager = official(office=Office.CITY_MANAGER)
    decision = may_serve_on_board(
        manager, T.DEPARTMENT, on=ON, roll=ROLL, body="city_clerks", departments=["city_clerks"]
    )
    assert decision.outcome is True
    joined = reason(decision, "membership.board.department")
    assert joined.source is BOARD_SERVICE
    assert OFFICE_DEPARTMENTS not in decision.assumptions()


def test_departments_given_without_the_seat_s_department_fail() -> None:
    attorney = official(office=Office.CITY_ATTORNEY)
    decision = may_serve_on_board(
        attorney, T.DEPARTMENT, on=ON, roll=ROLL, body="city_attorneys", departments=("city_clerks",)
    )
    assert failing(decision) == {"membership.board.department"}
    assert "is not a member of the city_attorneys department" in decision.failures[0].message


def test_with_departments_given_the_unnamed_tenth_department_may_be_checked() -> None:
    """The tenth department is not named in the sources: with the members given, any code is taken."""
    chief = official(office=Office.POLICE_CHIEF)
    decision = may_serve_on_board(
        chief, T.DEPARTMENT, on=ON, roll=ROLL, body="police_chiefs", departments=["police_chiefs"]
    )
    assert decision.outcome is True


def test_an_unknown_department_without_departments_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.DEPARTMENT, on=ON, roll=ROLL, body="police_chiefs")
    assert paths(caught.value) == {"body"}
    assert "1 more are not named in the sources" in str(caught.value)


@pytest.mark.parametrize("departments", [None, ["city_clerks"]], ids=["by-office", "given"])
def test_a_department_seat_needs_its_body(departments: list[str] | None) -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.DEPARTMENT, on=ON, roll=ROLL, departments=departments)
    assert paths(caught.value) == {"body"}


def test_a_department_seat_before_2021_needs_the_departments_given() -> None:
    """What happens: the registry names departments only from 11 August 2021 (S29), so a 2015 department
    seat by office raises RuleNotInForce although the board had 11 department seats (S7); with the
    departments given, it is answered."""
    attorney = official(office=Office.CITY_ATTORNEY)
    with pytest.raises(RuleNotInForce):
        may_serve_on_board(attorney, T.DEPARTMENT, on=OLD_ON, roll=ROLL, body="city_attorneys")
    decision = may_serve_on_board(
        attorney, T.DEPARTMENT, on=OLD_ON, roll=ROLL, body="city_attorneys", departments=["city_attorneys"]
    )
    assert decision.outcome is True


# --- may_serve_on_board: caucus seats ------------------------------------------------------------


def test_a_caucus_member_may_take_its_seat() -> None:
    """S8, S9: since 2021 each caucus elects a director from among its members."""
    decision = may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino", caucuses=["latino", "womens"])
    assert decision.outcome is True
    assert reason(decision, "membership.board.caucus").effect is Effect.PASS


def test_a_non_member_of_the_caucus_may_not_take_its_seat() -> None:
    decision = may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino", caucuses=["womens"])
    assert failing(decision) == {"membership.board.caucus"}
    assert "is not a member of the latino caucus" in decision.failures[0].message


def test_a_caucus_member_of_a_non_member_city_may_not_take_its_seat() -> None:
    decision = may_serve_on_board(official(GIANT), T.CAUCUS, on=ON, roll=ROLL, body="latino", caucuses=["latino"])
    assert failing(decision) == {"membership.status.not_member"}


def test_an_unknown_caucus_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="chess", caucuses=["chess"])
    assert paths(caught.value) == {"body"}
    assert "'chess' is not a caucus" in str(caught.value)


def test_a_caucus_seat_needs_the_caucuses_the_official_belongs_to() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino")
    assert paths(caught.value) == {"caucuses"}
    assert "needs the caucuses" in str(caught.value)


def test_caucuses_must_be_a_sequence_not_one_code() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino", caucuses="latino")
    assert paths(caught.value) == {"caucuses"}


@pytest.mark.parametrize("on", [OLD_ON, date(2021, 9, 28)])
def test_there_is_no_caucus_seat_before_the_2021_amendments(on: date) -> None:
    """S8, S9: caucus seats from 29 September 2021; before, the board has none: a failure, not an error."""
    decision = may_serve_on_board(official(), T.CAUCUS, on=on, roll=ROLL, body="latino", caucuses=["latino"])
    assert decision.outcome is False
    assert decision.codes == ("membership.board.no_such_seat",)
    assert f"The board has no caucus seats on {on}." == decision.failures[0].message


def test_the_caucus_seats_start_on_29_september_2021() -> None:
    on = date(2021, 9, 29)
    decision = may_serve_on_board(official(), T.CAUCUS, on=on, roll=ROLL, body="latino", caucuses=["latino"])
    assert decision.outcome is True


# --- may_serve_on_board: other seats and bad calls -----------------------------------------------


@pytest.mark.parametrize(
    ("seat_type", "on", "label"),
    [
        (T.AT_LARGE, ON, "an at-large"),
        (T.DIVISION, ON, "a division"),
        (T.DEPARTMENT, ON, "a department"),
        (T.CAUCUS, ON, "a caucus"),
        (T.LARGE_CITY, ON, "a large-city"),
        (T.NLC_DIRECTOR, OLD_ON, "an NLC director"),
        (T.NLC_ADVISOR, ON, "an NLC advisor"),
    ],
)
def test_the_question_names_the_seat_with_its_article(seat_type: SeatType, on: date, label: str) -> None:
    bodies = {T.DIVISION: "east_bay", T.DEPARTMENT: "mayors_and_council_members", T.CAUCUS: "latino"}
    decision = may_serve_on_board(
        official(LARGE[0]), seat_type, on=on, roll=ROLL, body=bodies.get(seat_type), caucuses=["latino"]
    )
    assert decision.question == f"May Ana Ruiz take {label} seat on the board on {on}?"


def test_the_question_of_a_seat_the_board_lacks_names_it_too() -> None:
    """S8: no NLC director after the 2021 amendments; the question and the reason name the seat."""
    decision = may_serve_on_board(official(), T.NLC_DIRECTOR, on=ON, roll=ROLL)
    assert decision.question == "May Ana Ruiz take an NLC director seat on the board on 2024-01-01?"
    assert decision.failures[0].message == "The board has no NLC director seats on 2024-01-01."


def test_officers_are_asked_of_may_be_officer() -> None:
    """S3: the board elects its officers."""
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.OFFICER, on=ON, roll=ROLL)
    assert paths(caught.value) == {"seat_type"}
    assert "may_be_officer" in str(caught.value)


def test_a_seat_type_must_be_a_seat_type() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), untyped("at_large"), on=ON, roll=ROLL)
    assert paths(caught.value) == {"seat_type"}


def test_the_nlc_seats_by_date() -> None:
    """S8: the NLC board member sat as a director until 2021, and is a non-voting advisor since."""
    assert may_serve_on_board(official(), T.NLC_DIRECTOR, on=ON, roll=ROLL).codes == ("membership.board.no_such_seat",)
    assert may_serve_on_board(official(), T.NLC_ADVISOR, on=OLD_ON, roll=ROLL).codes == (
        "membership.board.no_such_seat",
    )
    for seat_type, on in ((T.NLC_ADVISOR, ON), (T.NLC_DIRECTOR, OLD_ON)):
        decision = may_serve_on_board(official(), seat_type, on=on, roll=ROLL)
        assert decision.outcome is True
        assert reason(decision, "membership.board.nlc_unchecked").effect is Effect.INFO


def test_before_the_first_known_board_the_rule_is_not_in_force() -> None:
    """S7 (8 March 2013) is the earliest board composition in the sources."""
    with pytest.raises(RuleNotInForce):
        may_serve_on_board(official(), T.AT_LARGE, on=date(2013, 3, 7), roll=ROLL)
    assert may_serve_on_board(official(), T.AT_LARGE, on=date(2013, 3, 8), roll=ROLL).outcome is True


# --- may_be_officer ------------------------------------------------------------------------------

SERVED = (DateRange(date(2019, 10, 18), date(2021, 9, 24)),)


def test_a_board_veteran_may_be_second_vice_president() -> None:
    """S3: the Second Vice President must currently serve or have served on the board."""
    decision = may_be_officer(official(), OfficerRole.SECOND_VICE_PRESIDENT, on=ON, roll=ROLL, board_service=SERVED)
    assert decision.outcome is True
    service = reason(decision, "governance.officer.board_service")
    assert service.effect is Effect.PASS
    assert service.source is S3_TERMS
    assert S3_TERMS.confidence is Confidence.CONFIRMED
    assert "Ana Ruiz" in decision.question


def test_a_director_serving_from_the_day_may_be_second_vice_president() -> None:
    """S3: 'currently serve' counts."""
    serving = [DateRange(ON)]
    decision = may_be_officer(official(), OfficerRole.SECOND_VICE_PRESIDENT, on=ON, roll=ROLL, board_service=serving)
    assert decision.outcome is True


def test_second_vice_president_needs_board_service() -> None:
    decision = may_be_officer(official(), OfficerRole.SECOND_VICE_PRESIDENT, on=ON, roll=ROLL, board_service=[])
    assert decision.outcome is False
    assert failing(decision) == {"governance.officer.board_service"}
    assert "Has never served on the board" in decision.failures[0].message


def test_an_open_first_vice_presidency_needs_previous_service() -> None:
    """S3 (2023): when the First Vice President office is open, applicants must have served before."""
    role = OfficerRole.FIRST_VICE_PRESIDENT
    fresh = [DateRange(ON)]
    decision = may_be_officer(official(), role, on=ON, roll=ROLL, board_service=fresh, office_open=True)
    assert failing(decision) == {"governance.officer.board_service"}
    assert "Has not served on the board before" in decision.failures[0].message
    assert may_be_officer(official(), role, on=ON, roll=ROLL, board_service=SERVED, office_open=True).outcome is True


@pytest.mark.parametrize(
    ("role", "office_open"),
    [
        (OfficerRole.FIRST_VICE_PRESIDENT, False),
        (OfficerRole.PRESIDENT, False),
        (OfficerRole.PRESIDENT, True),
    ],
)
def test_other_offices_have_no_published_rule_which_is_flagged(role: OfficerRole, office_open: bool) -> None:
    decision = may_be_officer(official(), role, on=ON, roll=ROLL, board_service=[], office_open=office_open)
    assert decision.outcome is True
    assert reason(decision, "governance.officer.no_rule").source is NO_RULE
    assert NO_RULE in decision.assumptions()


@pytest.mark.parametrize("office_open", [False, True])
@pytest.mark.parametrize("board_service", [(), SERVED])
def test_no_one_is_elected_immediate_past_president(board_service: tuple[DateRange, ...], office_open: bool) -> None:
    """S3, S37 (confirmed): the office falls to the outgoing President; it is not elected."""
    decision = may_be_officer(
        official(),
        OfficerRole.IMMEDIATE_PAST_PRESIDENT,
        on=ON,
        roll=ROLL,
        board_service=board_service,
        office_open=office_open,
    )
    assert decision.outcome is False
    assert failing(decision) == {"membership.officer.not_elected"}
    not_elected = reason(decision, "membership.officer.not_elected")
    assert not_elected.message == (
        "The Immediate Past President is not elected: the office falls to the outgoing President."
    )
    assert not_elected.source is IMMEDIATE_PAST_PRESIDENT
    assert IMMEDIATE_PAST_PRESIDENT.confidence is Confidence.CONFIRMED
    assert NO_RULE not in decision.sources()
    assert decision.question == "May Ana Ruiz be elected immediate past president on 2024-01-01?"


def test_an_officer_must_be_an_official_of_a_member_city() -> None:
    """S3: an officer is a director, so an official of a member city."""
    role = OfficerRole.SECOND_VICE_PRESIDENT
    decision = may_be_officer(official(GIANT), role, on=ON, roll=ROLL, board_service=SERVED)
    assert decision.outcome is False
    assert failing(decision) == {"membership.status.not_member"}
    out = may_be_officer(official(ended=date(2023, 1, 1)), role, on=ON, roll=ROLL, board_service=SERVED)
    assert failing(out) == {"membership.official.in_office"}


def test_board_service_must_be_date_ranges() -> None:
    with pytest.raises(InputError) as caught:
        may_be_officer(official(), OfficerRole.PRESIDENT, on=ON, roll=ROLL, board_service=untyped(["2019"]))
    assert paths(caught.value) == {"board_service[0]"}


# --- may_be_voting_delegate ----------------------------------------------------------------------


def test_an_elected_official_of_the_member_city_may_be_its_delegate() -> None:
    """S23: one voting delegate per member city, any of its officials."""
    decision = may_be_voting_delegate(official(), SMALL, on=ON, roll=ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.delegate.city").effect is Effect.PASS
    assert reason(decision, "membership.delegate.elected_or_appointed").fact("elected") == "yes"
    designation = reason(decision, "membership.delegate.designation")
    assert designation.effect is Effect.INFO
    assert "must also designate" in designation.message
    assert designation.source is S23
    assert S23.confidence is Confidence.CONFIRMED


def test_an_appointed_official_may_be_the_delegate() -> None:
    """S23: the delegate may be an elected or an appointed official."""
    decision = may_be_voting_delegate(official(office=Office.CITY_MANAGER), SMALL, on=ON, roll=ROLL)
    assert decision.outcome is True
    appointed = reason(decision, "membership.delegate.elected_or_appointed")
    assert appointed.fact("elected") == "no"
    assert "by appointment" in appointed.message


def test_an_official_of_another_city_may_not_be_its_delegate() -> None:
    decision = may_be_voting_delegate(official(SMALL), TEN_THOUSAND, on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.delegate.city"}
    assert "is an official of Small Town, not of Ten Thousand." in decision.failures[0].message


def test_an_official_out_of_office_may_not_be_the_delegate() -> None:
    decision = may_be_voting_delegate(official(ended=date(2023, 12, 31)), SMALL, on=ON, roll=ROLL)
    assert failing(decision) == {"membership.official.in_office"}


def test_a_non_member_city_has_no_delegate() -> None:
    decision = may_be_voting_delegate(official(GIANT), GIANT, on=ON, roll=ROLL)
    assert failing(decision) == {"membership.status.not_member"}
    late = may_be_voting_delegate(official(LATE), LATE, on=ON, roll=GRACE_ROLL)
    assert failing(late) == {"membership.dues.delinquent"}


@pytest.mark.parametrize("city", ["", "  ", 7, None])
def test_the_delegate_s_city_must_be_a_name(city: object) -> None:
    with pytest.raises(InputError) as caught:
        may_be_voting_delegate(official(), untyped(city), on=ON, roll=ROLL)
    assert paths(caught.value) == {"city"}


# --- may_join_department -------------------------------------------------------------------------


@pytest.mark.parametrize("office", [Office.CITY_ATTORNEY, Office.DEPUTY_CITY_ATTORNEY], ids=lambda o: o.value)
def test_city_attorneys_and_their_deputies_join_the_city_attorneys(office: Office) -> None:
    """S28, S29 and OFFICE_DEPARTMENTS (inferred from the name)."""
    decision = may_join_department(official(office=office), "city_attorneys", on=ON, roll=ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.department.office").source is OFFICE_DEPARTMENTS
    assert OFFICE_DEPARTMENTS in decision.assumptions()
    assert reason(decision, "membership.official.in_office").source is OFFICIALS_TAKE_PART


@pytest.mark.parametrize(("office", "department"), list(DEPARTMENT_OF_OFFICE.value.items()))
def test_each_office_joins_the_department_of_its_name(office: Office, department: str) -> None:
    assert may_join_department(official(office=office), department, on=ON, roll=ROLL).outcome is True


def test_a_police_chief_has_no_known_department() -> None:
    decision = may_join_department(official(office=Office.POLICE_CHIEF), "city_clerks", on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.department.office"}
    assert decision.failures[0].message == "No department is known for a police chief: not the city_clerks department."


def test_an_official_of_another_profession_may_not_join() -> None:
    decision = may_join_department(official(office=Office.CITY_CLERK), "city_attorneys", on=ON, roll=ROLL)
    assert failing(decision) == {"membership.department.office"}
    assert "belongs to the city_clerks department, not the city_attorneys department" in decision.failures[0].message


def test_an_official_of_a_non_member_city_may_not_join_a_department() -> None:
    """S25: the departments are for the officials of member cities."""
    attorney = official(FORMER, Office.CITY_ATTORNEY)
    decision = may_join_department(attorney, "city_attorneys", on=ON, roll=ROLL)
    assert failing(decision) == {"membership.status.former_member"}


def test_an_unknown_department_is_an_input_error_listing_the_codes() -> None:
    """S1: 10 departments, 9 named (S29): the error says one is not named."""
    with pytest.raises(InputError) as caught:
        may_join_department(official(office=Office.POLICE_CHIEF), "police_chiefs", on=ON, roll=ROLL)
    assert paths(caught.value) == {"department"}
    message = str(caught.value)
    assert "'police_chiefs' is not a department on 2024-01-01" in message
    assert all(code in message for code in DEPARTMENT_CODES)
    assert "1 more are not named in the sources" in message


def test_departments_are_not_listed_before_11_august_2021() -> None:
    """S29 (11 August 2021) is the first source that names the departments."""
    attorney = official(office=Office.CITY_ATTORNEY)
    with pytest.raises(RuleNotInForce):
        may_join_department(attorney, "city_attorneys", on=date(2021, 8, 10), roll=ROLL)
    assert may_join_department(attorney, "city_attorneys", on=date(2021, 8, 11), roll=ROLL).outcome is True


# --- may_join_caucus -----------------------------------------------------------------------------


@pytest.mark.parametrize("office", [Office.MAYOR, Office.CITY_MANAGER, Office.OTHER_STAFF], ids=lambda o: o.value)
@pytest.mark.parametrize("caucus", CAUCUS_CODES)
def test_any_official_of_a_member_city_may_join_any_caucus(office: Office, caucus: str) -> None:
    """S25: caucus membership is open to all Cal Cities members."""
    decision = may_join_caucus(official(office=office), caucus, on=ON, roll=ROLL)
    assert decision.outcome is True
    open_ = reason(decision, "membership.caucus.open")
    assert open_.source is OFFICIALS_TAKE_PART
    assert "open to all Cal Cities members" in open_.message


def test_an_official_of_a_non_member_city_may_not_join_a_caucus() -> None:
    decision = may_join_caucus(official(GIANT), "latino", on=ON, roll=ROLL)
    assert failing(decision) == {"membership.status.not_member"}
    out = may_join_caucus(official(ended=date(2022, 1, 1)), "latino", on=ON, roll=ROLL)
    assert failing(out) == {"membership.official.in_office"}


def test_an_unknown_caucus_to_join_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        may_join_caucus(official(), "chess", on=ON, roll=ROLL)
    assert paths(caught.value) == {"caucus"}
    assert "'chess' is not a caucus" in str(caught.value)


def test_caucuses_are_not_listed_before_29_september_2021() -> None:
    """S9: the caucuses are in the bylaws from the 2021 amendments."""
    with pytest.raises(RuleNotInForce):
        may_join_caucus(official(), "latino", on=date(2021, 9, 28), roll=ROLL)


# --- policy_committee_paths ----------------------------------------------------------------------


def test_a_council_member_has_the_division_department_caucus_and_president_paths() -> None:
    """S26: each division appoints 2, each department at least 1, each caucus 1, the President up to 16."""
    decision = policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=["womens", "latino", "latino"])
    assert [(p.kind, p.body, p.seats, p.bound) for p in decision.outcome] == [
        (PathKind.DIVISION, "east_bay", 2, SeatBound.EXACTLY),
        (PathKind.DEPARTMENT, "mayors_and_council_members", 1, SeatBound.AT_LEAST),
        (PathKind.CAUCUS, "latino", 1, SeatBound.UP_TO),
        (PathKind.CAUCUS, "womens", 1, SeatBound.UP_TO),
        (PathKind.PRESIDENT, None, 16, SeatBound.UP_TO),
    ]
    assert all(p.source is POLICY_PATHS for p in decision.outcome)
    assert POLICY_PATHS.confidence is Confidence.CONFIRMED
    assert decision.failures == ()
    for kind in ("division", "department", "caucus", "president"):
        assert f"membership.committee.{kind}" in decision.codes
    # The department path rests on the inferred office-to-department rule, and says so.
    assert OFFICE_DEPARTMENTS in decision.assumptions()


def test_an_office_of_no_known_department_has_no_department_path() -> None:
    decision = policy_committee_paths(official(office=Office.POLICE_CHIEF), on=ON, roll=ROLL)
    assert [p.kind for p in decision.outcome] == [PathKind.DIVISION, PathKind.PRESIDENT]


def test_a_city_of_unknown_division_has_no_division_path_and_says_so() -> None:
    decision = policy_committee_paths(official(UNCOUNTED), on=ON, roll=UNCOUNTED_ROLL)
    assert [p.kind for p in decision.outcome] == [PathKind.DEPARTMENT, PathKind.PRESIDENT]
    no_division = reason(decision, "membership.committee.no_division")
    assert no_division.effect is Effect.INFO
    assert "Uncounted's division is not known" in no_division.message


def test_an_official_of_a_non_member_city_has_no_path() -> None:
    """S25: the committees are for officials of member cities."""
    decision = policy_committee_paths(official(GIANT), on=ON, roll=ROLL, caucuses=["latino"])
    assert decision.outcome == ()
    assert failing(decision) == {"membership.status.not_member"}
    late = policy_committee_paths(official(LATE), on=ON, roll=GRACE_ROLL)
    assert late.outcome == ()
    assert failing(late) == {"membership.dues.delinquent"}


@pytest.mark.parametrize(("on", "count"), [(date(2016, 6, 1), 8), (date(2017, 1, 1), 7), (ON, 7)])
def test_the_number_of_policy_committees_by_year(on: date, count: int) -> None:
    """S27: eight committees before 2017, seven from the 2017 list (the day of change inferred)."""
    decision = policy_committee_paths(official(), on=on, roll=ROLL)
    committees = reason(decision, "membership.committee.committees")
    assert f"There are {count} policy committees on {on}." == committees.message
    assert committees.source is SEVEN_FROM_2017
    assert SEVEN_FROM_2017 in decision.assumptions()
    named = str(committees.fact("committees"))
    assert ("Administrative Services" in named) is (count == 8)


def test_policy_committees_are_not_listed_before_2013() -> None:
    with pytest.raises(RuleNotInForce):
        policy_committee_paths(official(), on=date(2012, 12, 31), roll=ROLL)


def test_an_unknown_caucus_path_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=["latino", "chess"])
    assert paths(caught.value) == {"caucuses[1]"}


# --- may_join_torch_program ----------------------------------------------------------------------


@pytest.mark.parametrize("office", [Office.MAYOR, Office.COUNCIL_MEMBER], ids=lambda o: o.value)
def test_mayors_and_council_members_may_join_the_torch_program(office: Office) -> None:
    """Torch § 1.1 (confirmed): the program recognises mayors and council members."""
    decision = may_join_torch_program(official(office=office), on=ON, roll=ROLL)
    assert decision.outcome is True
    audience = reason(decision, "membership.torch.audience")
    assert audience.effect is Effect.PASS
    assert audience.source is TORCH_AUDIENCE
    assert TORCH_AUDIENCE.confidence is Confidence.CONFIRMED
    assert TORCH_STAFF not in decision.sources()


@pytest.mark.parametrize("office", [o for o in Office if not o.is_council_seat], ids=lambda o: o.value)
def test_city_staff_may_not_join_the_torch_program_which_is_inferred(office: Office) -> None:
    """Torch § 1.1: no source mentions staff; that they may not take part is inferred (TORCH_STAFF)."""
    decision = may_join_torch_program(official(office=office), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.torch.staff"}
    assert "is city staff" in decision.failures[0].message
    assert decision.failures[0].source is TORCH_STAFF
    assert TORCH_STAFF.confidence is Confidence.INFERRED
    assert TORCH_STAFF in decision.assumptions()


@pytest.mark.parametrize("office", [Office.CITY_CLERK, Office.CITY_ATTORNEY], ids=lambda o: o.value)
def test_other_elected_officials_may_not_join_the_torch_program_which_is_inferred(office: Office) -> None:
    """Torch § 1.1: the program is for mayors and council members; an elected clerk or attorney is not
    mentioned, and is read as not eligible (TORCH_OTHER_ELECTED, inferred)."""
    elected = Official("Lee Park", SMALL, office, True, date(2020, 1, 6))
    decision = may_join_torch_program(elected, on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.torch.other_elected"}
    other = decision.failures[0]
    name = office.value.replace("_", " ")
    assert other.message == f"The Torch Program is for mayors and council members; an elected {name} is not one."
    assert other.source is TORCH_OTHER_ELECTED
    assert TORCH_OTHER_ELECTED.confidence is Confidence.INFERRED
    assert TORCH_OTHER_ELECTED in decision.assumptions()
    assert TORCH_STAFF not in decision.sources()


def test_an_elected_city_clerk_is_another_elected_official_and_an_appointed_one_is_staff() -> None:
    elected = Official("Lee Park", SMALL, Office.CITY_CLERK, True, date(2020, 1, 6))
    appointed = attrs.evolve(elected, elected=False)
    assert failing(may_join_torch_program(elected, on=ON, roll=ROLL)) == {"membership.torch.other_elected"}
    assert failing(may_join_torch_program(appointed, on=ON, roll=ROLL)) == {"membership.torch.staff"}


def test_officials_of_a_non_member_city_may_not_join_the_torch_program_which_is_inferred() -> None:
    """Torch § 1.1: whether officials of non-member cities may take part is unknown (TORCH_MEMBER_CITY)."""
    decision = may_join_torch_program(official(GIANT), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.status.not_member", "membership.torch.member_city"}
    city = reason(decision, "membership.torch.member_city")
    assert "Giant is not a member in good standing" in city.message
    assert city.source is TORCH_MEMBER_CITY
    assert TORCH_MEMBER_CITY.confidence is Confidence.INFERRED
    assert TORCH_MEMBER_CITY in decision.assumptions()


def test_a_mayor_out_of_office_may_not_join_the_torch_program() -> None:
    decision = may_join_torch_program(official(office=Office.MAYOR, ended=date(2022, 12, 1)), on=ON, roll=ROLL)
    assert failing(decision) == {"membership.official.in_office"}


# --- may_enter_helen_putnam_award ----------------------------------------------------------------


def entry(*applicants: str, category: str = "Housing", started: date = date(2021, 6, 1)) -> HelenPutnamEntry:
    return HelenPutnamEntry(tuple(applicants), category, started)


def test_a_member_city_may_enter() -> None:
    """Helen Putnam (§ 2.8, confirmed): any League member city."""
    decision = may_enter_helen_putnam_award(entry(SMALL), on=ON, roll=ROLL)
    assert decision.outcome is True
    assert decision.codes == (
        "membership.status.member",
        "membership.dues.not_recorded",
        "membership.helen_putnam.member_city",
        "membership.helen_putnam.implementation",
    )
    member_city = reason(decision, "membership.helen_putnam.member_city")
    assert member_city.effect is Effect.PASS
    assert member_city.message == (
        "A city entering alone must be a member city; Small Town is a member in good standing."
    )
    assert member_city.source is HELEN_PUTNAM
    assert HELEN_PUTNAM.confidence is Confidence.CONFIRMED
    assert decision.question == "May Small Town enter the Helen Putnam Award (Housing) on 2024-01-01?"


@pytest.mark.parametrize(("city", "status"), [(GIANT, "not_member"), (FORMER, "former_member")])
def test_a_single_city_that_is_not_a_member_may_not_enter(city: str, status: str) -> None:
    """Helen Putnam: 'any League member city' (confirmed); the award rule is cited, not only the status."""
    decision = may_enter_helen_putnam_award(entry(city), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {f"membership.status.{status}", "membership.helen_putnam.member_city"}
    member_city = reason(decision, "membership.helen_putnam.member_city")
    assert member_city.effect is Effect.FAIL
    assert member_city.message == (
        f"A city entering alone must be a member city; {city} is not a member in good standing."
    )
    assert member_city.source is HELEN_PUTNAM


def test_a_single_member_past_its_grace_period_may_not_enter() -> None:
    decision = may_enter_helen_putnam_award(entry(LATE), on=ON, roll=GRACE_ROLL)
    assert failing(decision) == {"membership.dues.delinquent", "membership.helen_putnam.member_city"}
    assert CALLER_GRACE in decision.assumptions()


@pytest.mark.parametrize("applicants", [(ATLANTIS,), (SMALL, ATLANTIS), (ATLANTIS, GIANT, "Lemuria")])
def test_a_city_entering_that_is_not_on_the_roll_is_an_input_error(applicants: tuple[str, ...]) -> None:
    """Every city entering must be on the roll, alone or in a group: each missing one is named by its place."""
    with pytest.raises(InputError) as caught:
        may_enter_helen_putnam_award(entry(*applicants), on=ON, roll=ROLL)
    missing = {f"entry.applicants[{i}]" for i, name in enumerate(applicants) if ROLL.city(name) is None}
    assert paths(caught.value) == missing
    assert "'Atlantis' is not on the roll" in str(caught.value)


def test_a_group_of_california_cities_may_enter_though_not_all_are_members() -> None:
    """Helen Putnam: 'or group of California cities'; that each need not be a member is inferred."""
    decision = may_enter_helen_putnam_award(entry(SMALL, GIANT), on=ON, roll=ROLL)
    assert decision.outcome is True
    assert decision.codes == ("membership.helen_putnam.group", "membership.helen_putnam.implementation")
    group = reason(decision, "membership.helen_putnam.group")
    assert group.effect is Effect.PASS
    assert group.message == "A group of California cities enters (Small Town, Giant); each need not be a member."
    assert group.source is HELEN_PUTNAM_GROUPS
    assert HELEN_PUTNAM_GROUPS.confidence is Confidence.INFERRED
    assert HELEN_PUTNAM_GROUPS in decision.assumptions()
    assert decision.question == "May Small Town and Giant enter the Helen Putnam Award (Housing) on 2024-01-01?"


def test_a_group_of_cities_none_of_them_members_may_enter() -> None:
    """HELEN_PUTNAM_GROUPS (inferred): the library does not require any city of a group to be a member."""
    decision = may_enter_helen_putnam_award(entry(GIANT, FORMER), on=ON, roll=GRACE_ROLL)
    assert decision.outcome is True
    assert not any(code.startswith("membership.status.") for code in decision.codes)


def test_a_division_may_enter() -> None:
    """Helen Putnam: 'including League divisions'."""
    division = HelenPutnamEntry((), "Housing", date(2021, 6, 1), division="east_bay")
    decision = may_enter_helen_putnam_award(division, on=ON, roll=ROLL)
    assert decision.outcome is True
    assert decision.codes == ("membership.helen_putnam.division", "membership.helen_putnam.implementation")
    assert "east_bay division enters" in decision.reasons[0].message


@pytest.mark.parametrize(
    ("started", "on", "ok"),
    [
        (date(2023, 1, 1), date(2024, 1, 1), True),
        (date(2023, 1, 2), date(2024, 1, 1), False),
        (date(2020, 2, 29), date(2021, 2, 28), True),
        (date(2020, 2, 29), date(2021, 2, 27), False),
        (date(2023, 3, 31), date(2024, 3, 31), True),
        (date(2023, 3, 31), date(2024, 3, 30), False),
    ],
)
def test_a_program_needs_a_year_of_implementation(started: date, on: date, ok: bool) -> None:
    """Helen Putnam: 'a minimum of one year of implementation', read as twelve calendar months (inferred)."""
    decision = may_enter_helen_putnam_award(entry(SMALL, started=started), on=on, roll=ROLL)
    assert decision.outcome is ok
    implementation = reason(decision, "membership.helen_putnam.implementation")
    assert implementation.source is ONE_YEAR
    assert ONE_YEAR.confidence is Confidence.INFERRED
    assert ONE_YEAR in decision.assumptions()
    if not ok:
        assert failing(decision) == {"membership.helen_putnam.implementation"}
        assert "completes its year only on" in implementation.message


def test_a_program_started_in_the_year_9999_never_completes_its_year() -> None:
    """ONE_YEAR: twelve months from 9999-06-01 fall after the calendar ends: a failure, not an error."""
    decision = may_enter_helen_putnam_award(entry(SMALL, started=date(9999, 6, 1)), on=ON, roll=ROLL)
    assert decision.outcome is False
    assert failing(decision) == {"membership.helen_putnam.implementation"}
    implementation = reason(decision, "membership.helen_putnam.implementation")
    assert implementation.message == (
        "The program started on 9999-06-01: its year of implementation would end after the year 9999."
    )
    assert implementation.fact("program_started") == "9999-06-01"
    assert implementation.fact("one_year_on") == "never"
    assert implementation.source is ONE_YEAR


def test_a_program_started_in_the_last_month_with_a_whole_year_left_completes_it() -> None:
    decision = may_enter_helen_putnam_award(entry(SMALL, started=date(9998, 12, 31)), on=date(9999, 12, 31), roll=ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.helen_putnam.implementation").fact("one_year_on") == "9999-12-31"


def test_a_program_started_on_29_february_completes_its_year_on_28_february() -> None:
    decision = may_enter_helen_putnam_award(entry(SMALL, started=date(2020, 2, 29)), on=date(2021, 3, 1), roll=ROLL)
    assert reason(decision, "membership.helen_putnam.implementation").fact("one_year_on") == "2021-02-28"


def test_one_entry_per_category_per_city() -> None:
    """Helen Putnam: one application per category per city."""
    first = entry(SMALL)
    decision = may_enter_helen_putnam_award(entry(SMALL, TEN_THOUSAND), on=ON, roll=ROLL, other_entries=[first])
    assert decision.outcome is False
    assert failing(decision) == {"membership.helen_putnam.one_per_category"}
    assert "Small Town already entered the 'Housing' category" in decision.failures[0].message
    assert decision.failures[0].source is HELEN_PUTNAM


def test_other_categories_and_other_cities_do_not_count() -> None:
    others = [entry(SMALL, category="Public Safety"), entry(TEN_THOUSAND)]
    assert may_enter_helen_putnam_award(entry(SMALL), on=ON, roll=ROLL, other_entries=others).outcome is True


def test_the_entry_itself_among_the_other_entries_is_skipped() -> None:
    this = entry(SMALL)
    decision = may_enter_helen_putnam_award(this, on=ON, roll=ROLL, other_entries=[this, entry(TEN_THOUSAND)])
    assert decision.outcome is True


def test_an_equal_copy_of_the_entry_is_the_entry_itself() -> None:
    """An entry read back from JSON is equal to, not identical with, the one given: it is the same entry."""
    this = entry(SMALL)
    copy = structure(unstructure(this), HelenPutnamEntry)
    assert copy == this
    assert copy is not this
    assert may_enter_helen_putnam_award(this, on=ON, roll=ROLL, other_entries=[copy]).outcome is True


def test_two_other_entries_give_one_reason_naming_every_city() -> None:
    """Helen Putnam: one entry per category per city; the cities already entered are named once, sorted."""
    group = entry(SMALL, TEN_THOUSAND)
    decision = may_enter_helen_putnam_award(group, on=ON, roll=ROLL, other_entries=[entry(TEN_THOUSAND), entry(SMALL)])
    (failure,) = decision.failures
    assert failure.code == "membership.helen_putnam.one_per_category"
    assert failure.fact("cities") == f"{SMALL}, {TEN_THOUSAND}"


def test_other_entries_must_be_entries() -> None:
    with pytest.raises(InputError) as caught:
        may_enter_helen_putnam_award(entry(SMALL), on=ON, roll=ROLL, other_entries=untyped([entry(SMALL), "x"]))
    assert paths(caught.value) == {"other_entries[1]"}


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"entry": "x", "on": ON, "roll": ROLL}, "entry"),
        ({"entry": entry(SMALL), "on": datetime(2024, 1, 1), "roll": ROLL}, "on"),
        ({"entry": entry(SMALL), "on": ON, "roll": ()}, "roll"),
        ({"entry": entry(SMALL), "on": ON, "roll": ROLL, "other_entries": "x"}, "other_entries"),
    ],
)
def test_bad_helen_putnam_arguments_are_input_errors(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as caught:
        untyped(may_enter_helen_putnam_award)(**kwargs)
    assert paths(caught.value) == {path}


# --- Bad input -----------------------------------------------------------------------------------

#: Each function that takes (official, on, roll), with whatever else it needs.
CALLS: dict[str, Callable[[Any, Any, Any], Decision[Any]]] = {
    "member_benefits": lambda o, on, roll: member_benefits(o, on=on, roll=roll),
    "price_category": lambda o, on, roll: price_category(o, on=on, roll=roll),
    "may_serve_on_board": lambda o, on, roll: may_serve_on_board(o, T.AT_LARGE, on=on, roll=roll),
    "may_be_officer": lambda o, on, roll: may_be_officer(
        o, OfficerRole.PRESIDENT, on=on, roll=roll, board_service=SERVED
    ),
    "may_be_voting_delegate": lambda o, on, roll: may_be_voting_delegate(o, SMALL, on=on, roll=roll),
    "may_join_department": lambda o, on, roll: may_join_department(o, "city_clerks", on=on, roll=roll),
    "may_join_caucus": lambda o, on, roll: may_join_caucus(o, "latino", on=on, roll=roll),
    "policy_committee_paths": lambda o, on, roll: policy_committee_paths(o, on=on, roll=roll),
    "may_join_torch_program": lambda o, on, roll: may_join_torch_program(o, on=on, roll=roll),
}


@pytest.mark.parametrize("name", CALLS)
def test_wrong_types_give_one_error_naming_every_bad_argument(name: str) -> None:
    with pytest.raises(InputError) as caught:
        CALLS[name]("Ana Ruiz", "2024-01-01", {"cities": []})
    assert paths(caught.value) == {"official", "on", "roll"}
    message = str(caught.value)
    assert "official: expected Official, got 'Ana Ruiz'" in message
    assert "on: expected a date, got '2024-01-01'" in message
    assert "roll: expected MembershipRoll" in message


@pytest.mark.parametrize("name", [name for name in CALLS if name != "price_category"])
def test_none_is_not_an_official(name: str) -> None:
    """Only price_category takes None (someone who is no city official); every other question needs one."""
    with pytest.raises(InputError) as caught:
        CALLS[name](None, ON, ROLL)
    assert paths(caught.value) == {"official"}
    assert "official: expected Official, got None" in str(caught.value)


@pytest.mark.parametrize("name", [name for name in CALLS if name != "price_category"])
def test_none_as_the_official_is_named_with_every_other_bad_argument(name: str) -> None:
    with pytest.raises(InputError) as caught:
        CALLS[name](None, "2024-01-01", None)
    assert paths(caught.value) == {"official", "on", "roll"}


@pytest.mark.parametrize("name", CALLS)
def test_an_official_of_a_city_not_on_the_roll_is_refused_by_every_question(name: str) -> None:
    """The roll lists every city asked about: Atlantis is not read as a non-member, it is an error."""
    with pytest.raises(InputError) as caught:
        CALLS[name](official(ATLANTIS), ON, ROLL)
    assert paths(caught.value) == {"official.city"}
    assert "'Atlantis' is not on the roll (add every city asked about)" in str(caught.value)


def test_may_serve_on_board_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(
            untyped(None),
            T.CAUCUS,
            on=untyped("2024-01-01"),
            roll=untyped(None),
            body=None,
            small_city_seat=untyped(1),
            caucuses=untyped([1, "latino", ""]),
            departments=untyped("city_clerks"),
        )
    assert paths(caught.value) == {
        "official",
        "on",
        "roll",
        "body",
        "small_city_seat",
        "caucuses[0]",
        "caucuses[2]",
        "departments",
    }
    message = str(caught.value)
    assert "small_city_seat: expected bool, got 1" in message
    assert "caucuses[0]: expected a non-blank str, got 1" in message
    assert "departments: expected a sequence of str, got 'city_clerks'" in message


@pytest.mark.parametrize("flag", [1, 0, "yes", None], ids=repr)
def test_the_small_city_seat_flag_must_be_a_bool(flag: object) -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.AT_LARGE, on=ON, roll=ROLL, small_city_seat=untyped(flag))
    assert paths(caught.value) == {"small_city_seat"}


@pytest.mark.parametrize("seat_type", [T.DIVISION, T.DEPARTMENT, T.CAUCUS])
def test_a_missing_body_is_named_with_the_other_bad_arguments(seat_type: SeatType) -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(
            untyped(None), seat_type, on=ON, roll=ROLL, caucuses=["latino"], small_city_seat=untyped("no")
        )
    assert paths(caught.value) == {"official", "body", "small_city_seat"}


def test_the_departments_given_must_be_codes() -> None:
    with pytest.raises(InputError) as caught:
        may_serve_on_board(
            official(), T.DEPARTMENT, on=ON, roll=ROLL, body="city_clerks", departments=untyped(["city_clerks", 7])
        )
    assert paths(caught.value) == {"departments[1]"}


def test_unknown_seat_bodies_are_reported_only_once_the_arguments_are_well_typed() -> None:
    """First every bad argument by type; then the caucus or department code the registry does not name."""
    with pytest.raises(InputError) as caught:
        may_serve_on_board(
            official(), T.CAUCUS, on=ON, roll=ROLL, body="chess", caucuses=["chess"], small_city_seat=untyped(1)
        )
    assert paths(caught.value) == {"small_city_seat"}
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="chess", caucuses=["chess"])
    assert paths(caught.value) == {"body"}
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(ATLANTIS), T.DEPARTMENT, on=ON, roll=ROLL, body="police_chiefs")
    assert paths(caught.value) == {"official.city"}


def test_may_be_officer_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_be_officer(
            untyped(None),
            untyped(None),
            on=ON,
            roll=ROLL,
            board_service=untyped([SERVED[0], "2019"]),
            office_open=untyped(1),
        )
    assert paths(caught.value) == {"official", "role", "board_service[1]", "office_open"}
    message = str(caught.value)
    assert "role: expected OfficerRole, got None" in message
    assert "office_open: expected bool, got 1" in message


def test_the_delegate_s_city_must_be_on_the_roll() -> None:
    """S23: a member city's delegate; a city the roll does not list is an error, not a non-member."""
    with pytest.raises(InputError) as caught:
        may_be_voting_delegate(official(), "Nowhere", on=ON, roll=ROLL)
    assert paths(caught.value) == {"city"}
    assert "'Nowhere' is not on the roll" in str(caught.value)


def test_may_be_voting_delegate_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_be_voting_delegate(untyped(None), untyped(None), on=untyped(None), roll=ROLL)
    assert paths(caught.value) == {"official", "city", "on"}


def test_may_join_department_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_join_department(untyped(None), untyped(None), on=ON, roll=untyped(None))
    assert paths(caught.value) == {"official", "department", "roll"}
    assert "department: expected a name, got None" in str(caught.value)


def test_may_join_caucus_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_join_caucus(untyped(None), untyped(None), on=untyped(None), roll=ROLL)
    assert paths(caught.value) == {"official", "caucus", "on"}
    assert "caucus: expected a name, got None" in str(caught.value)


def test_policy_committee_paths_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        policy_committee_paths(untyped(None), on=ON, roll=ROLL, caucuses=untyped(["latino", 3, None]))
    assert paths(caught.value) == {"official", "caucuses[1]", "caucuses[2]"}


def test_policy_committee_paths_names_every_unknown_caucus_after_the_type_checks() -> None:
    with pytest.raises(InputError) as caught:
        policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=["chess", "latino", "bridge"])
    assert paths(caught.value) == {"caucuses[0]", "caucuses[2]"}
    assert "'bridge' is not a caucus on 2024-01-01" in str(caught.value)
    with pytest.raises(InputError) as caught:
        policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=untyped(["chess", 3]))
    assert paths(caught.value) == {"caucuses[1]"}


def test_may_enter_helen_putnam_award_names_every_bad_argument_at_once() -> None:
    with pytest.raises(InputError) as caught:
        may_enter_helen_putnam_award(
            untyped(None), on=untyped(None), roll=untyped(None), other_entries=untyped([entry(SMALL), "x"])
        )
    assert paths(caught.value) == {"entry", "on", "roll", "other_entries[1]"}


@pytest.mark.parametrize("name", CALLS)
@pytest.mark.parametrize(
    ("bad", "path"),
    [("official", "official"), ("on", "on"), ("roll", "roll")],
)
def test_one_wrong_argument_is_named_alone(name: str, bad: str, path: str) -> None:
    arguments: dict[str, object] = {"official": official(), "on": ON, "roll": ROLL}
    arguments[bad] = {"official": 42, "on": datetime(2024, 1, 1), "roll": CITIES}[bad]
    with pytest.raises(InputError) as caught:
        CALLS[name](arguments["official"], arguments["on"], arguments["roll"])
    assert paths(caught.value) == {path}


def test_price_category_for_no_official_names_every_bad_argument() -> None:
    with pytest.raises(InputError) as caught:
        price_category(None, on=untyped("2024-01-01"), roll=untyped(None))
    assert paths(caught.value) == {"on", "roll"}


@pytest.mark.parametrize(("on", "roll", "path"), [("2024-01-01", ROLL, "on"), (ON, None, "roll")])
def test_price_category_for_no_official_checks_its_arguments(on: object, roll: object, path: str) -> None:
    with pytest.raises(InputError) as caught:
        price_category(None, on=untyped(on), roll=untyped(roll))
    assert paths(caught.value) == {path}


# --- Properties ----------------------------------------------------------------------------------

#: The rolls the properties ask about; every city asked about is on the roll asked.
ROLLS = (ROLL, GRACE_ROLL, UNCOUNTED_ROLL)
CITY_NAMES = tuple(c.name for c in UNCOUNTED_ROLL.cities)
#: Entries of one year, some of them sharing cities and categories.
ENTRY_POOL = (
    entry(SMALL),
    entry(SMALL, category="Public Safety"),
    entry(TEN_THOUSAND),
    entry(TEN_THOUSAND, LARGE[0]),
    entry(LARGE[0], category="Public Safety"),
    entry(GIANT, ELEVEN_THOUSAND),
    entry(LATE),
    HelenPutnamEntry((), "Housing", date(2021, 6, 1), division="east_bay"),
)
SOON = st.dates(date(2021, 9, 29), date(2026, 12, 31))


@st.composite
def officials(draw: st.DrawFn, cities: tuple[str, ...] = CITY_NAMES) -> Official:
    ended = draw(st.one_of(st.none(), st.dates(date(2010, 1, 1), date(2026, 12, 31))))
    return official(draw(st.sampled_from(cities)), draw(st.sampled_from(list(Office))), ended=ended)


def _body_for(seat_type: SeatType, office: Office, city: str, caucus: str) -> str | None:
    if seat_type is T.DIVISION:
        known = UNCOUNTED_ROLL.city(city)
        return "east_bay" if known is None or known.division is None else known.division
    if seat_type is T.DEPARTMENT:
        return DEPARTMENT_OF_OFFICE.value.get(office, "city_clerks")
    if seat_type is T.CAUCUS:
        return caucus
    return None


def bool_decisions(
    person: Official,
    on: date,
    roll: MembershipRoll,
    *,
    caucuses: Iterable[str],
    departments: Iterable[str],
    entries: Iterable[HelenPutnamEntry],
    caucus: str,
) -> list[Decision[bool]]:
    """Every yes-or-no decision about one official on one day."""
    caucus_list, department_list, entry_list = list(caucuses), list(departments), list(entries)
    seats = [
        may_serve_on_board(
            person,
            seat_type,
            on=on,
            roll=roll,
            body=_body_for(seat_type, person.office, person.city, caucus),
            small_city_seat=small,
            caucuses=caucus_list,
            departments=department_list if given else None,
        )
        for seat_type in (T.AT_LARGE, T.LARGE_CITY, T.DIVISION, T.DEPARTMENT, T.CAUCUS, T.NLC_ADVISOR)
        for small in (False, True)
        for given in (False, True)
    ]
    own = entry(person.city)
    return [
        member_benefits(person, on=on, roll=roll),
        *seats,
        *(
            may_be_officer(person, role, on=on, roll=roll, board_service=SERVED, office_open=True)
            for role in OfficerRole
        ),
        may_be_voting_delegate(person, person.city, on=on, roll=roll),
        may_be_voting_delegate(person, SMALL, on=on, roll=roll),
        may_join_department(person, "city_attorneys", on=on, roll=roll),
        may_join_caucus(person, caucus, on=on, roll=roll),
        may_join_torch_program(person, on=on, roll=roll),
        may_enter_helen_putnam_award(own, on=on, roll=roll, other_entries=entry_list),
        *(may_enter_helen_putnam_award(e, on=on, roll=roll, other_entries=entry_list) for e in ENTRY_POOL),
    ]


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    roll = draw(st.sampled_from(ROLLS))
    return {
        "person": draw(officials(cities=tuple(c.name for c in roll.cities))),
        "on": draw(SOON),
        "roll": roll,
        "caucuses": draw(st.lists(st.sampled_from(CAUCUS_CODES), max_size=4)),
        "departments": draw(st.lists(st.sampled_from(DEPARTMENT_CODES), max_size=4)),
        "caucus": draw(st.sampled_from(CAUCUS_CODES)),
    }


def _shuffled(roll: MembershipRoll, random: Any) -> MembershipRoll:
    return MembershipRoll(
        tuple(random.sample(roll.cities, len(roll.cities))),
        tuple(random.sample(roll.histories, len(roll.histories))),
        standing=roll.standing,
    )


@settings(max_examples=40)
@given(scenarios(), st.randoms(use_true_random=False))
def test_eligibility_does_not_depend_on_the_order_of_the_roll_caucuses_or_departments(
    scenario: dict[str, Any], random: Any
) -> None:
    person, on, roll = scenario["person"], scenario["on"], scenario["roll"]
    caucuses, departments = list(scenario["caucuses"]), list(scenario["departments"])
    shuffled_caucuses, shuffled_departments = caucuses[:], departments[:]
    random.shuffle(shuffled_caucuses)
    random.shuffle(shuffled_departments)
    shuffled = _shuffled(roll, random)
    common = {"caucus": scenario["caucus"], "entries": ()}
    before = bool_decisions(person, on, roll, caucuses=caucuses, departments=departments, **common)
    after = bool_decisions(person, on, shuffled, caucuses=shuffled_caucuses, departments=shuffled_departments, **common)
    assert after == before
    assert price_category(person, on=on, roll=shuffled) == price_category(person, on=on, roll=roll)
    paths_before = policy_committee_paths(person, on=on, roll=roll, caucuses=caucuses)
    assert policy_committee_paths(person, on=on, roll=shuffled, caucuses=shuffled_caucuses) == paths_before


@settings(max_examples=60)
@given(
    st.sampled_from(ENTRY_POOL),
    st.lists(st.sampled_from(ENTRY_POOL), unique=True).flatmap(lambda xs: st.tuples(st.just(xs), st.permutations(xs))),
    SOON,
    st.sampled_from(ROLLS),
)
def test_helen_putnam_outcome_and_reasons_do_not_depend_on_the_order_of_other_entries(
    this: HelenPutnamEntry,
    lists: tuple[list[HelenPutnamEntry], list[HelenPutnamEntry]],
    on: date,
    roll: MembershipRoll,
) -> None:
    """The outcome and the reasons are the same whatever the order (and in the same order, below)."""
    given_order, permuted = lists
    before = may_enter_helen_putnam_award(this, on=on, roll=roll, other_entries=given_order)
    after = may_enter_helen_putnam_award(this, on=on, roll=roll, other_entries=permuted)
    assert after.outcome == before.outcome
    assert Counter(after.reasons) == Counter(before.reasons)


def test_helen_putnam_decision_does_not_depend_on_the_order_of_other_entries() -> None:
    group = entry(SMALL, TEN_THOUSAND)
    others = [entry(SMALL), entry(TEN_THOUSAND)]
    forward = may_enter_helen_putnam_award(group, on=ON, roll=ROLL, other_entries=others)
    backward = may_enter_helen_putnam_award(group, on=ON, roll=ROLL, other_entries=others[::-1])
    assert forward == backward


@settings(max_examples=40)
@given(scenarios(), st.lists(st.sampled_from(ENTRY_POOL), max_size=4))
def test_every_decision_round_trips_through_plain_data(
    scenario: dict[str, Any], entries: list[HelenPutnamEntry]
) -> None:
    person, on, roll = scenario["person"], scenario["on"], scenario["roll"]
    decisions = bool_decisions(
        person,
        on,
        roll,
        caucuses=scenario["caucuses"],
        departments=scenario["departments"],
        entries=entries,
        caucus=scenario["caucus"],
    )
    for decision in decisions:
        assert structure(unstructure(decision), Decision[bool]) == decision
    for priced in (price_category(person, on=on, roll=roll), price_category(None, on=on, roll=roll)):
        assert structure(unstructure(priced), Decision[PriceCategory]) == priced
    ways = policy_committee_paths(person, on=on, roll=roll, caucuses=scenario["caucuses"])
    assert structure(unstructure(ways), Decision[tuple[AppointmentPath, ...]]) == ways


@settings(max_examples=40)
@given(scenarios(), st.lists(st.sampled_from(ENTRY_POOL), max_size=4))
def test_a_yes_is_exactly_a_decision_without_failures(
    scenario: dict[str, Any], entries: list[HelenPutnamEntry]
) -> None:
    decisions = bool_decisions(
        scenario["person"],
        scenario["on"],
        scenario["roll"],
        caucuses=scenario["caucuses"],
        departments=scenario["departments"],
        entries=entries,
        caucus=scenario["caucus"],
    )
    for decision in decisions:
        assert decision.outcome is (not decision.failures), decision.explain()
        assert decision.reasons  # never an answer without a reason


@settings(max_examples=60)
@given(
    officials(cities=NOT_IN_GOOD_STANDING),
    st.dates(date(2023, 6, 1), date(2026, 12, 31)),
    st.lists(st.sampled_from(CAUCUS_CODES), min_size=1, max_size=5),
    st.sampled_from(DEPARTMENT_CODES),
    st.booleans(),
)
def test_an_official_of_a_city_not_in_good_standing_is_never_eligible(
    person: Official, on: date, caucuses: list[str], department: str, small: bool
) -> None:
    """S3, S25, S23 and the Torch notes: every benefit is for officials of members in good standing."""
    roll = GRACE_ROLL
    body = {
        T.DIVISION: _body_for(T.DIVISION, person.office, person.city, caucuses[0]),
        T.DEPARTMENT: department,
        T.CAUCUS: caucuses[0],
    }
    answers = [
        member_benefits(person, on=on, roll=roll),
        may_be_voting_delegate(person, person.city, on=on, roll=roll),
        may_join_department(person, department, on=on, roll=roll),
        may_join_caucus(person, caucuses[0], on=on, roll=roll),
        may_join_torch_program(person, on=on, roll=roll),
        *(
            may_serve_on_board(
                person,
                seat_type,
                on=on,
                roll=roll,
                body=body.get(seat_type),
                small_city_seat=small,
                caucuses=caucuses,
                departments=[department],
            )
            for seat_type in (T.AT_LARGE, T.LARGE_CITY, T.DIVISION, T.DEPARTMENT, T.CAUCUS)
        ),
        *(may_be_officer(person, role, on=on, roll=roll, board_service=SERVED) for role in OfficerRole),
    ]
    for answer in answers:
        assert answer.outcome is False, answer.explain()
    assert price_category(person, on=on, roll=roll).outcome is not PriceCategory.MEMBER_CITY
    assert policy_committee_paths(person, on=on, roll=roll).outcome == ()


@settings(max_examples=60)
@given(
    cst.membership_rolls(max_cities=14, min_members=1),
    st.dates(date(2013, 3, 8), date(2100, 12, 31)),
)
def test_the_large_city_seats_are_governance_s_largest_member_cities(roll: MembershipRoll, on: date) -> None:
    """S3, S5, S38: the ten most populous member cities in good standing, as governance counts them from
    member_cities(); an official of one of them passes when every member city's population is known."""
    members = member_cities(roll, on)
    largest = largest_member_cities(roll.cities, members, on=on, count=10)
    ranked = largest_member_cities(roll.cities, members, on=on, count=len(members))
    all_known = len(ranked) == len(members)
    behind = any(
        member_status(roll, city.name, on=on).outcome is MemberStatus.NOT_IN_GOOD_STANDING for city in roll.cities
    )
    for name in sorted(members):
        decision = may_serve_on_board(official(name), T.LARGE_CITY, on=on, roll=roll)
        assert decision.outcome is (name in largest and all_known), decision.explain()
        assert ("membership.board.large_city_standing" in decision.codes) is behind
        if name not in ranked:  # its own population is not known on the day
            assert failing(decision) == {"membership.board.large_city_unknown"}
            continue
        told = all_known or name not in largest  # a rank past the ten is told whatever the unknown populations
        code = "membership.board.large_city" if told else "membership.board.large_city_unknown"
        seat = reason(decision, code)
        assert seat.fact("rank") == str(ranked.index(name) + 1)
        assert seat.fact("ranked") == str(len(ranked))
        assert seat.fact("largest") == ", ".join(largest)
        assert seat.effect is (Effect.PASS if decision.outcome else Effect.FAIL)
