"""Tests of assembly.py: voting designations for the General Assembly and the voting card.

Rules under test (../shared/domain/governance-and-membership.md section 1, voting-delegate
rows, and section 4, GA voting), all confirmed in the city staff reports S23:

* One vote per member city, cast by its voting delegate or an alternate.
* The city council designates, by council action (a resolution or minute action, not the
  mayor or city manager alone), one voting delegate and up to two alternates (two since a
  2006 amendment; Cupertino 2008).
* Any official of the member city may be designated, elected or appointed (Danville 2025,
  Newport Beach 2002 quoting the bylaws; Roseville 2022 named an assistant city manager).
* The delegate and alternates must be registered for the annual conference.
* The voting card passes only among the delegate and alternates, never to another official
  (Santa Ana 2022 memo p. 4; Tustin 2021).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.governance import MAX_ALTERNATES, VotingDesignation, check_designation, may_hold_card
from calcities_domain.kernel import Effect, InputError
from calcities_domain.organization import Office, Official

#: The General Assembly of 2025 (S23, Danville 2025: conference 8-10 October 2025, GA on the Friday).
GA_DAY = date(2025, 10, 10)
MEMBERS = frozenset({"Danville", "Roseville", "Tustin"})

DELEGATE = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2024, 12, 10))
FIRST_ALTERNATE = Official("Lee Park", "Danville", Office.COUNCIL_MEMBER, True, date(2022, 12, 13))
#: An appointed official may be an alternate (S23: Roseville named an assistant city manager).
SECOND_ALTERNATE = Official("Sam Cho", "Danville", Office.ASSISTANT_CITY_MANAGER, False, date(2019, 7, 1))
EVERYONE = frozenset({"Ana Ruiz", "Lee Park", "Sam Cho"})


def designation(**changes: Any) -> VotingDesignation:
    """A valid designation for Danville, with ``changes``."""
    base = VotingDesignation(
        "Danville",
        DELEGATE,
        alternates=(FIRST_ALTERNATE, SECOND_ALTERNATE),
        council_action="Resolution 2025-61",
        registered=EVERYONE,
    )
    return attrs.evolve(base, **changes)


def check(d: VotingDesignation, *, members: frozenset[str] = MEMBERS, on: date = GA_DAY) -> Any:
    return check_designation(d, member_cities=members, on=on)


def failing(decision: Any) -> list[str]:
    return [reason.code for reason in decision.failures]


def untyped(value: object) -> Any:
    return cast(Any, value)


# --- Examples --------------------------------------------------------------------------------


def test_a_full_designation_is_valid() -> None:
    """S23: one delegate and two alternates, by council action, officials of the city, registered."""
    decision = check(designation())
    assert decision.outcome is True
    assert decision.failures == ()
    assert decision.codes == (
        "governance.designation.member_city",
        "governance.designation.council_action",
        "governance.designation.delegate_official",
        "governance.designation.delegate_registered",
        "governance.designation.alternate_official",
        "governance.designation.alternate_registered",
        "governance.designation.alternate_official",
        "governance.designation.alternate_registered",
    )
    assert all(reason.effect is Effect.PASS for reason in decision.reasons)
    assert all(reason.source is not None and reason.source.is_confirmed for reason in decision.reasons)


def test_a_delegate_alone_is_valid() -> None:
    """Alternates are optional: 'up to two'."""
    decision = check(designation(alternates=(), registered=frozenset({"Ana Ruiz"})))
    assert decision.outcome is True


def test_at_most_two_alternates() -> None:
    """S23 (Cupertino 2008): alternates were raised from one to two by a 2006 amendment."""
    assert MAX_ALTERNATES.value == 2
    assert MAX_ALTERNATES.source.is_confirmed


def test_three_alternates_are_refused_with_the_path_alternates() -> None:
    third = Official("Kim Diaz", "Danville", Office.CITY_CLERK, False, date(2020, 1, 6))
    with pytest.raises(InputError) as error:
        designation(alternates=(FIRST_ALTERNATE, SECOND_ALTERNATE, third))
    assert [p.path for p in error.value.problems] == ["alternates"]
    assert "3 alternates" in error.value.problems[0].message


def test_one_person_cannot_be_delegate_and_alternate() -> None:
    with pytest.raises(InputError) as error:
        designation(alternates=(DELEGATE,))
    assert [p.path for p in error.value.problems] == ["alternates[0].person"]


def test_one_person_cannot_be_both_alternates() -> None:
    with pytest.raises(InputError) as error:
        designation(alternates=(FIRST_ALTERNATE, FIRST_ALTERNATE))
    assert [p.path for p in error.value.problems] == ["alternates[1].person"]


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(InputError) as error:
        VotingDesignation(
            untyped(""),
            untyped("Ana Ruiz"),
            alternates=untyped([FIRST_ALTERNATE]),
            council_action=untyped(""),
            registered=untyped({"Ana Ruiz"}),
        )
    assert [p.path for p in error.value.problems] == [
        "city",
        "delegate",
        "alternates",
        "council_action",
        "registered",
    ]


def test_a_designation_without_council_action_is_not_valid() -> None:
    """S23: by council action, not by the mayor or city manager alone."""
    decision = check(designation(council_action=None))
    assert decision.outcome is False
    assert failing(decision) == ["governance.designation.council_action"]


def test_an_unregistered_alternate_is_not_valid() -> None:
    decision = check(designation(registered=frozenset({"Ana Ruiz", "Lee Park"})))
    assert decision.outcome is False
    assert failing(decision) == ["governance.designation.alternate_registered"]
    assert decision.failures[0].fact("person") == "Sam Cho"


def test_an_unregistered_delegate_is_not_valid() -> None:
    decision = check(designation(registered=frozenset({"Lee Park", "Sam Cho"})))
    assert failing(decision) == ["governance.designation.delegate_registered"]


def test_an_official_of_another_city_is_not_valid() -> None:
    """S23: the delegate and alternates are officials of the designating city."""
    outsider = Official("Pat Wong", "Tustin", Office.COUNCIL_MEMBER, True, date(2022, 12, 6))
    decision = check(designation(alternates=(outsider,), registered=frozenset({"Ana Ruiz", "Pat Wong"})))
    assert decision.outcome is False
    assert failing(decision) == ["governance.designation.alternate_official"]
    assert decision.failures[0].fact("person") == "Pat Wong"


def test_an_official_out_of_term_on_the_day_is_not_valid() -> None:
    """An official whose term ended before the General Assembly is no longer an official of the city."""
    former = attrs.evolve(DELEGATE, term_end=date(2025, 9, 30))
    decision = check(designation(delegate=former))
    assert failing(decision) == ["governance.designation.delegate_official"]
    not_yet = attrs.evolve(DELEGATE, term_start=date(2025, 12, 9))
    assert failing(check(designation(delegate=not_yet))) == ["governance.designation.delegate_official"]


def test_the_last_day_of_a_term_still_counts() -> None:
    assert check(designation(delegate=attrs.evolve(DELEGATE, term_end=GA_DAY))).outcome is True


def test_a_non_member_city_cannot_designate() -> None:
    """S1/S2: 476 of 482 cities are members; only member cities vote."""
    decision = check(designation(), members=frozenset({"Roseville", "Tustin"}))
    assert decision.outcome is False
    assert failing(decision) == ["governance.designation.member_city"]


def test_every_failure_is_reported() -> None:
    outsider = Official("Pat Wong", "Tustin", Office.COUNCIL_MEMBER, True, date(2022, 12, 6))
    d = designation(alternates=(outsider,), council_action=None, registered=frozenset())
    decision = check(d, members=frozenset())
    assert failing(decision) == [
        "governance.designation.member_city",
        "governance.designation.council_action",
        "governance.designation.delegate_registered",
        "governance.designation.alternate_official",
        "governance.designation.alternate_registered",
    ]


# --- The voting card -------------------------------------------------------------------------


@pytest.mark.parametrize("person", ["Ana Ruiz", "Lee Park", "Sam Cho"])
def test_the_card_passes_among_the_delegate_and_alternates(person: str) -> None:
    """S23 (Santa Ana 2022, Tustin 2021): the card may pass freely among them."""
    decision = may_hold_card(designation(), person)
    assert decision.outcome is True
    assert decision.reasons[0].code == "governance.card.holder"
    assert decision.reasons[0].effect is Effect.PASS


def test_the_card_never_goes_to_a_person_not_designated() -> None:
    """S23: never to another official, even one of the same city and registered."""
    d = designation(registered=EVERYONE | {"Kim Diaz"})
    decision = may_hold_card(d, "Kim Diaz")
    assert decision.outcome is False
    assert decision.reasons[0].effect is Effect.FAIL
    assert "only among them" in decision.reasons[0].message


def test_an_unregistered_alternate_may_not_hold_the_card() -> None:
    decision = may_hold_card(designation(registered=frozenset({"Ana Ruiz"})), "Sam Cho")
    assert decision.outcome is False
    assert "not registered" in decision.reasons[0].message


@pytest.mark.parametrize("bad", ["", "   ", None, 7], ids=repr)
def test_may_hold_card_needs_a_name(bad: object) -> None:
    with pytest.raises(InputError) as error:
        may_hold_card(designation(), untyped(bad))
    assert [p.path for p in error.value.problems] == ["person"]


def test_may_hold_card_needs_a_designation() -> None:
    with pytest.raises(InputError) as error:
        may_hold_card(untyped("Danville"), "Ana Ruiz")
    assert [p.path for p in error.value.problems] == ["designation"]


# --- Bad arguments to check_designation --------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"designation": "Danville", "member_cities": MEMBERS, "on": GA_DAY}, "designation"),
        ({"member_cities": MEMBERS, "on": datetime(2025, 10, 10, 9, 0, tzinfo=ZoneInfo("UTC"))}, "on"),
        ({"member_cities": MEMBERS, "on": "2025-10-10"}, "on"),
        ({"member_cities": "Danville", "on": GA_DAY}, "member_cities"),
        ({"member_cities": None, "on": GA_DAY}, "member_cities"),
    ],
    ids=["designation", "datetime", "text-date", "text-cities", "no-cities"],
)
def test_check_designation_refuses_bad_arguments(kwargs: dict[str, Any], path: str) -> None:
    arguments = {"designation": designation(), **kwargs}
    with pytest.raises(InputError) as error:
        check_designation(**arguments)
    assert [p.path for p in error.value.problems] == [path]


# --- Properties --------------------------------------------------------------------------------

PEOPLE = ["Ana Ruiz", "Lee Park", "Sam Cho", "Kim Diaz", "Pat Wong"]


@given(st.frozensets(st.sampled_from(PEOPLE)), st.sampled_from(PEOPLE))
def test_card_holder_iff_designated_and_registered(registered: frozenset[str], person: str) -> None:
    d = designation(registered=registered)
    expected = person in {"Ana Ruiz", "Lee Park", "Sam Cho"} and person in registered
    assert may_hold_card(d, person).outcome is expected


@given(st.frozensets(st.sampled_from(PEOPLE)), st.integers(0, 2))
def test_designation_valid_iff_every_holder_registered(registered: frozenset[str], alternates: int) -> None:
    chosen = (FIRST_ALTERNATE, SECOND_ALTERNATE)[:alternates]
    d = designation(alternates=chosen, registered=registered)
    expected = all(h.person in registered for h in d.holders)
    assert check(d).outcome is expected
    assert (check(d).failures == ()) is expected


@given(st.integers(0, 6))
def test_alternates_accepted_iff_at_most_two(count: int) -> None:
    alternates = tuple(
        Official(f"Alternate {n}", "Danville", Office.COUNCIL_MEMBER, True, date(2022, 12, 13)) for n in range(count)
    )
    if count <= MAX_ALTERNATES.value:
        assert len(designation(alternates=alternates).holders) == count + 1
    else:
        with pytest.raises(InputError) as error:
            designation(alternates=alternates)
        assert [p.path for p in error.value.problems] == ["alternates"]
