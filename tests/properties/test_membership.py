"""Invariants of membership, as Hypothesis properties.

Good standing and every eligibility decision are independent of order: of the cities and
histories on the roll, of the terms and dues payments a history is built from, and of
every collection an eligibility function takes (caucuses, departments, board service,
other Helen Putnam entries). The same question about the same facts gets the same
answer, reasons included, or the same refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from random import Random

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import membership, organization
from calcities_domain.governance import OfficerRole, SeatType
from calcities_domain.kernel import DateRange, InputError
from calcities_domain.membership import HelenPutnamEntry, MembershipHistory, MembershipRoll
from calcities_domain.organization import Official
from calcities_domain.testing import strategies as cst

#: Each example asks a dozen questions twice: fewer examples than the profile's, scaled with it.
QUESTIONS = settings(max_examples=max(10, settings().max_examples // 2))

CAUCUSES = sorted({body.code for body in organization.CAUCUSES.bodies})
DEPARTMENTS = sorted({body.code for body in organization.DEPARTMENTS.bodies})
DIVISIONS = sorted({body.code for body in organization.DIVISIONS.bodies})


def rebuilt(roll: MembershipRoll, random: Random) -> MembershipRoll:
    """The same roll in another order: cities and histories shuffled, each history rebuilt by
    ``MembershipHistory.of`` from its terms and payments shuffled."""
    histories = [
        MembershipHistory.of(h.city, random.sample(h.terms, len(h.terms)), random.sample(h.dues, len(h.dues)))
        for h in roll.histories
    ]
    return MembershipRoll(
        tuple(random.sample(roll.cities, len(roll.cities))),
        tuple(random.sample(histories, len(histories))),
        standing=roll.standing,
    )


@st.composite
def rolls_and_days(draw: st.DrawFn) -> tuple[MembershipRoll, date]:
    """A roll with a member city at least, and a day: in one of its terms mostly, else any day."""
    roll = draw(cst.membership_rolls(min_members=1))
    terms = [term for history in roll.histories for term in history.terms]
    term = draw(st.sampled_from(terms))
    inside = cst.dates(term.start, min(term.end or cst.MAX_DATE, term.start + timedelta(days=12 * 366)))
    return roll, draw(inside | cst.dates())


@QUESTIONS
@given(case=rolls_and_days(), random=st.randoms(use_true_random=False))
def test_good_standing_is_independent_of_the_order_of_the_roll(
    case: tuple[MembershipRoll, date], random: Random
) -> None:
    """Every city's status (member in good standing or not, former member, never one), with its reasons, the
    member cities and the status table are the same whatever the order of the roll's cities and histories and
    of the terms and payments its histories are built from; MembershipHistory.of gives back the same history.

    Source: MembershipHistory.of ("terms and payments in any order (they are sorted by their first day)");
    membership_rolls ("The histories are in any order"); docs/membership.md; the issue.
    """
    roll, on = case
    other = rebuilt(roll, random)
    assert {h.city: h for h in other.histories} == {h.city: h for h in roll.histories}
    for city in roll.cities:
        assert membership.member_status(other, city.name, on=on) == membership.member_status(roll, city.name, on=on)
    assert membership.member_cities(other, on) == membership.member_cities(roll, on)
    rows = {row.city: row for row in membership.statuses_on(roll, on)}
    assert {row.city: row for row in membership.statuses_on(other, on)} == rows
    assert [row.city for row in membership.statuses_on(other, on)] == [c.name for c in other.cities]
    assert membership.counts_by_division(other, on) == membership.counts_by_division(roll, on)


Answer = tuple[str, object]


def answer(question: Callable[[], object]) -> Answer:
    """What a question gets: its answer, or the refusal (the kind of error and its problems' messages).

    A problem's path names the position of a bad item in a list, which moves with the list's order: the
    messages, sorted, are compared instead.
    """
    try:
        return "answer", question()
    except InputError as error:
        return "InputError", sorted(p.message for p in error.problems)
    except LookupError as error:  # RuleNotInForce: the bodies or the board are not known on that day
        return type(error).__name__, str(error)


@st.composite
def officials_of(draw: st.DrawFn, roll: MembershipRoll, on: date) -> Official:
    """An official of a city in office on ``on`` while it is a member, or any official of a city on the roll."""
    if draw(st.booleans()) and any(h.term_on(on) is not None for h in roll.histories):
        return draw(cst.member_officials(roll, on=on))
    return attrs.evolve(draw(cst.officials()), city=draw(st.sampled_from([c.name for c in roll.cities])))


@st.composite
def eligibility_questions(draw: st.DrawFn) -> dict[str, object]:
    """An official, a day, a roll, and the lists eligibility takes (with repeats now and then)."""
    roll, on = draw(rolls_and_days())
    return {
        "roll": roll,
        "on": on,
        "official": draw(officials_of(roll, on)),
        "city": draw(st.sampled_from([c.name for c in roll.cities])),
        "caucuses": draw(st.lists(st.sampled_from(CAUCUSES), max_size=4)),
        "departments": draw(st.lists(st.sampled_from(DEPARTMENTS), max_size=3)),
        "caucus": draw(st.sampled_from(CAUCUSES)),
        "department": draw(st.sampled_from(DEPARTMENTS)),
        "division": draw(st.sampled_from(DIVISIONS + [c.division for c in roll.cities if c.division])),
        "service": draw(st.lists(cst.date_ranges(date(2000, 1, 1), date(2040, 12, 31)), max_size=3)),
        "role": draw(st.sampled_from(OfficerRole)),
        "small_city_seat": draw(st.booleans()),
        "entry": draw(cst.helen_putnam_entries(roll)),
        "others": draw(st.lists(cst.helen_putnam_entries(roll), max_size=3)),
    }


def ask_everything(q: dict[str, object], roll: MembershipRoll, random: Random | None) -> list[Answer]:
    """Every eligibility question of the membership package about the case, its lists shuffled by ``random``."""

    def order(items: object) -> list[object]:
        listed = list(items)  # type: ignore[call-overload]  # the lists of the case
        return listed if random is None else random.sample(listed, len(listed))

    official, on = q["official"], q["on"]
    assert isinstance(official, Official)
    assert isinstance(on, date)
    caucuses = [str(c) for c in order(q["caucuses"])]
    departments = [str(d) for d in order(q["departments"])]
    service = [r for r in order(q["service"]) if isinstance(r, DateRange)]
    others = [e for e in order(q["others"]) if isinstance(e, HelenPutnamEntry)]
    entry, role = q["entry"], q["role"]
    assert isinstance(entry, HelenPutnamEntry)
    assert isinstance(role, OfficerRole)
    body = {SeatType.DIVISION: q["division"], SeatType.DEPARTMENT: q["department"], SeatType.CAUCUS: q["caucus"]}
    seats = [t for t in SeatType if t is not SeatType.OFFICER]
    questions: list[Callable[[], object]] = [
        lambda: membership.member_benefits(official, on=on, roll=roll),
        lambda: membership.price_category(official, on=on, roll=roll),
        lambda: membership.price_category(None, on=on, roll=roll),
        lambda: membership.may_be_officer(official, role, on=on, roll=roll, board_service=service),
        lambda: membership.may_be_voting_delegate(official, str(q["city"]), on=on, roll=roll),
        lambda: membership.may_join_department(official, str(q["department"]), on=on, roll=roll),
        lambda: membership.may_join_caucus(official, str(q["caucus"]), on=on, roll=roll),
        lambda: membership.policy_committee_paths(official, on=on, roll=roll, caucuses=caucuses),
        lambda: membership.may_join_torch_program(official, on=on, roll=roll),
        lambda: membership.may_enter_helen_putnam_award(entry, on=on, roll=roll, other_entries=others),
        *(
            seat_question(official, seat, on, roll, body.get(seat), q["small_city_seat"], caucuses, departments)
            for seat in seats
        ),
    ]
    return [answer(question) for question in questions]


def seat_question(  # noqa: PLR0917 - the arguments of one question
    official: Official,
    seat: SeatType,
    on: date,
    roll: MembershipRoll,
    body: object,
    small_city_seat: object,
    caucuses: list[str],
    departments: list[str],
) -> Callable[[], object]:
    """The board-seat question for one seat type (departments given half the time, as the docs allow)."""

    def question() -> object:
        return membership.may_serve_on_board(
            official,
            seat,
            on=on,
            roll=roll,
            body=None if body is None else str(body),
            small_city_seat=bool(small_city_seat) if seat is SeatType.AT_LARGE else False,
            caucuses=caucuses,
            departments=departments if len(departments) % 2 else None,
        )

    return question


@QUESTIONS
@given(q=eligibility_questions(), random=st.randoms(use_true_random=False))
def test_eligibility_is_independent_of_the_order_of_the_roll_and_of_every_list(
    q: dict[str, object], random: Random
) -> None:
    """Member benefits, the price category, every board seat, the offices, the voting card, departments,
    caucuses, policy committees, the Torch Program and the Helen Putnam Award: each answer (outcome and
    reasons) or refusal is the same with the roll in another order and the caucuses, departments, board
    service and other entries in another order.

    Source: docs/membership.md (the large-city tie "is broken by name"; each answer is a Decision with its
    reasons); membership.eligibility (the lists are Iterables); the issue ("eligibility decisions independent
    of roll order").
    """
    roll = q["roll"]
    assert isinstance(roll, MembershipRoll)
    before = ask_everything(q, roll, None)
    after = ask_everything(q, rebuilt(roll, random), random)
    assert after == before
