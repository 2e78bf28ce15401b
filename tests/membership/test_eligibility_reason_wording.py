"""The exact sentences, problems and boundaries of the eligibility answers (eligibility.py).

Rules under test (src/calcities_domain/membership/eligibility.py; docs/membership.md;
../shared/domain/governance-and-membership.md sections 1 to 3, torch-events-training.md
section 1 and the Helen Putnam line of section 2.8):

* S23: any official of a member city, elected or appointed, may be its voting delegate; the
  council designates them, registered for the annual conference.
* S25: caucus membership is open to all Cal Cities members.
* The Torch Program is for the officials of member cities (inferred): the reason says whether
  the city is a member in good standing.
* S3: a caucus seat needs membership of the caucus; the large-city seats go to the ten most
  populous member cities, and a rank cannot be told while a member's population is unknown,
  also for the tenth.
* S3, S4, S36: the First Vice President must have served on the board only when the office
  is opened to applicants (``office_open``, False by default).
* S26: the division path needs the city's division; when it is not known, the answer says so.
* Helen Putnam: one entry per category per city.
* Every bad sequence argument is named at its path, with what was expected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from calcities_domain.governance import OfficerRole
from calcities_domain.kernel import DateRange, Effect, InputError
from calcities_domain.membership import (
    HelenPutnamEntry,
    MembershipHistory,
    MembershipRoll,
    may_be_officer,
    may_be_voting_delegate,
    may_enter_helen_putnam_award,
    may_join_caucus,
    may_join_torch_program,
    may_serve_on_board,
    policy_committee_paths,
)
from calcities_domain.organization import City, Office
from tests.membership.test_eligibility import (
    CITIES,
    GIANT,
    HISTORIES,
    LARGE,
    LATE,
    ON,
    PROMPT,
    ROLL,
    SMALL,
    UNCOUNTED,
    UNCOUNTED_ROLL,
    T,
    failing,
    official,
    reason,
    untyped,
)

#: ROLL with two more members, neither of known population.
TWO_UNCOUNTED = ("Uncounted", "Unsurveyed")
TWO_UNCOUNTED_ROLL = MembershipRoll(
    (*CITIES, *(City(name) for name in TWO_UNCOUNTED)),
    (*HISTORIES, *(MembershipHistory(name, (DateRange(date(1990, 1, 1)),)) for name in TWO_UNCOUNTED)),
)

HOUSING = HelenPutnamEntry((SMALL,), "Housing", date(2021, 6, 1))


@pytest.mark.parametrize(
    ("city", "office", "said"),
    [
        (
            SMALL,
            Office.COUNCIL_MEMBER,
            ["Ana Ruiz is an official of Small Town.", "The office is held by election; either may be designated."],
        ),
        (
            PROMPT,
            Office.CITY_CLERK,
            [
                "Ana Ruiz is an official of Small Town, not of Prompt Payer.",
                "The office is held by appointment; either may be designated.",
            ],
        ),
    ],
    ids=["elected, own city", "appointed, other city"],
)
def test_the_voting_delegate_s_reasons_say_whose_official_and_how_in_office(
    city: str, office: Office, said: list[str]
) -> None:
    """S23: any official of that member city, elected or appointed; the council designates them."""
    decision = may_be_voting_delegate(official(office=office), city, on=ON, roll=ROLL)
    assert [
        reason(decision, code).message
        for code in ("membership.delegate.city", "membership.delegate.elected_or_appointed")
    ] == said
    assert reason(decision, "membership.delegate.designation").message == (
        "The city council must also designate the delegate, who must be registered for the annual conference."
    )
    assert decision.outcome is (city == SMALL)


def test_a_caucus_is_said_to_be_open_to_all_members() -> None:
    """S25: caucus membership is open to all Cal Cities members."""
    decision = may_join_caucus(official(), "latino", on=ON, roll=ROLL)
    assert decision.outcome is True
    assert reason(decision, "membership.caucus.open").message == "Caucus membership is open to all Cal Cities members."


@pytest.mark.parametrize(
    ("city", "message"),
    [
        (SMALL, "The program is for the officials of member cities; Small Town is a member in good standing."),
        (GIANT, "The program is for the officials of member cities; Giant is not a member in good standing."),
    ],
    ids=["member", "never a member"],
)
def test_the_torch_program_says_whether_the_city_is_a_member(city: str, message: str) -> None:
    """Torch notes section 1.1 (inferred): the program is for the officials of member cities."""
    member_city = reason(may_join_torch_program(official(city), on=ON, roll=ROLL), "membership.torch.member_city")
    assert member_city.message == message
    assert member_city.effect is (Effect.PASS if city == SMALL else Effect.FAIL)


@pytest.mark.parametrize(
    ("caucuses", "message", "effect"),
    [
        (["latino"], "Ana Ruiz is a member of the latino caucus.", Effect.PASS),
        (["womens"], "Ana Ruiz is not a member of the latino caucus.", Effect.FAIL),
    ],
    ids=["member", "not a member"],
)
def test_a_caucus_seat_says_whether_the_official_belongs_to_the_caucus(
    caucuses: list[str], message: str, effect: Effect
) -> None:
    """S3: caucus directors are elected by their caucus; ``caucuses`` are the ones the official has joined."""
    decision = may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino", caucuses=caucuses)
    joined = reason(decision, "membership.board.caucus")
    assert joined.message == message
    assert joined.effect is effect


def test_a_caucus_seat_without_the_official_s_caucuses_is_refused_in_one_sentence() -> None:
    """may_serve_on_board: a caucus seat without ``caucuses`` is an InputError."""
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), T.CAUCUS, on=ON, roll=ROLL, body="latino")
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("caucuses", "a caucus seat needs the caucuses the official belongs to")
    ]


def test_the_unknown_populations_are_counted_in_words() -> None:
    """S3: a rank needs every member city's population; two unknown are "2 member cities have"."""
    decision = may_serve_on_board(official(LARGE[0]), T.LARGE_CITY, on=ON, roll=TWO_UNCOUNTED_ROLL)
    unknown = reason(decision, "membership.board.large_city_unknown")
    assert unknown.message == (
        "Large City 01 ranks 1 among the member cities of known population, but 2 member cities have no known "
        "population on 2024-01-01 (first: Uncounted): its rank cannot be told."
    )
    assert unknown.effect is Effect.FAIL


def test_the_tenth_city_s_rank_cannot_be_told_while_a_member_s_population_is_unknown() -> None:
    """S3: the ten most populous member cities; the tenth of known population might be eleventh."""
    decision = may_serve_on_board(official(LARGE[9]), T.LARGE_CITY, on=ON, roll=UNCOUNTED_ROLL)
    (rank,) = [r for r in decision.reasons if r.code.startswith("membership.board.large_city")]
    assert rank.code == "membership.board.large_city_unknown"
    assert rank.fact("rank") == "10"
    assert rank.message == (
        "Large City 10 ranks 10 among the member cities of known population, but 1 member city has no known "
        "population on 2024-01-01 (first: Uncounted): its rank cannot be told."
    )
    assert decision.outcome is False


def test_the_first_vice_president_needs_board_service_only_when_the_office_is_opened() -> None:
    """S3, S4, S36: the First Vice President must have served "when that office is opened" (office_open=False)."""
    closed = may_be_officer(official(), OfficerRole.FIRST_VICE_PRESIDENT, on=ON, roll=ROLL, board_service=[])
    opened = may_be_officer(
        official(), OfficerRole.FIRST_VICE_PRESIDENT, on=ON, roll=ROLL, board_service=[], office_open=True
    )
    assert closed.outcome is True
    assert "governance.officer.board_service" not in {r.code for r in closed.reasons}
    assert opened.outcome is False
    assert failing(opened) == {"governance.officer.board_service"}


@pytest.mark.parametrize(
    ("city", "roll", "said"),
    [
        (SMALL, ROLL, None),
        (UNCOUNTED, UNCOUNTED_ROLL, "Uncounted's division is not known: the division path is not listed."),
    ],
    ids=["known division", "unknown division"],
)
def test_a_division_path_not_listed_is_explained_only_when_the_division_is_not_known(
    city: str, roll: MembershipRoll, said: str | None
) -> None:
    """S26: each division appoints 2 members; an official of a city of unknown division has no division path."""
    decision = policy_committee_paths(official(city), on=ON, roll=roll)
    notes = [r.message for r in decision.reasons if r.code == "membership.committee.no_division"]
    assert notes == ([] if said is None else [said])
    assert ("division" in [p.kind.value for p in decision.outcome]) is (said is None)


def test_cities_that_already_entered_the_category_are_named_together() -> None:
    """Helen Putnam: one application per category per city; the cities are named in order."""
    group = HelenPutnamEntry((SMALL, PROMPT, LATE), "Housing", date(2021, 6, 1))
    others = [
        HelenPutnamEntry((LATE, SMALL), "Housing", date(2020, 6, 1)),
        HelenPutnamEntry((PROMPT,), "Parks", date(2020, 6, 1)),
    ]
    decision = may_enter_helen_putnam_award(group, on=ON, roll=ROLL, other_entries=others)
    one_per_category = reason(decision, "membership.helen_putnam.one_per_category")
    assert one_per_category.message == (
        "Late Payer, Small Town already entered the 'Housing' category: one entry per category per city."
    )
    assert one_per_category.fact("cities") is not None
    assert decision.outcome is False


BAD_SEQUENCES: list[tuple[Callable[[object], object], object, str, str]] = [
    (
        lambda value: may_be_officer(official(), OfficerRole.PRESIDENT, on=ON, roll=ROLL, board_service=untyped(value)),
        None,
        "board_service",
        "expected a sequence of DateRange, got None",
    ),
    (
        lambda value: policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=untyped(value)),
        None,
        "caucuses",
        "expected a sequence of str, got None",
    ),
    (
        lambda value: may_enter_helen_putnam_award(HOUSING, on=ON, roll=ROLL, other_entries=untyped(value)),
        None,
        "other_entries",
        "expected a sequence of HelenPutnamEntry, got None",
    ),
    (
        lambda value: may_be_officer(official(), OfficerRole.PRESIDENT, on=ON, roll=ROLL, board_service=untyped(value)),
        [5],
        "board_service[0]",
        "expected DateRange, got 5",
    ),
    (
        lambda value: may_enter_helen_putnam_award(HOUSING, on=ON, roll=ROLL, other_entries=untyped(value)),
        [5],
        "other_entries[0]",
        "expected HelenPutnamEntry, got 5",
    ),
    (
        lambda value: policy_committee_paths(official(), on=ON, roll=ROLL, caucuses=untyped(value)),
        [" "],
        "caucuses[0]",
        "expected a non-blank str, got ' '",
    ),
]


@pytest.mark.parametrize(
    ("ask", "value", "path", "message"),
    BAD_SEQUENCES,
    ids=[
        "board_service None",
        "caucuses None",
        "other_entries None",
        "board_service item",
        "other_entries item",
        "caucuses blank",
    ],
)
def test_a_bad_sequence_argument_is_named_at_its_path(
    ask: Callable[[object], object], value: object, path: str, message: str
) -> None:
    """A sequence argument must be a sequence (None is not one) of its kind; only names must be non-blank."""
    with pytest.raises(InputError) as caught:
        ask(value)
    assert [(p.path, p.message) for p in caught.value.problems] == [(path, message)]
