"""Tests of assembly.py: the exact sentences and facts a voting designation and the card give.

Rules under test (../shared/domain/governance-and-membership.md section 1, voting-delegate
rows, and section 4, GA voting), all confirmed in the city staff reports S23:

* The city council designates, by council action, one voting delegate and up to two
  alternates, officials of the member city, registered for the annual conference.
* The voting card passes only among the delegate and the alternates, who must be registered.

Each reason's message is what an application shows an end user, so it is checked word for
word, for the passing and the failing case of every rule; each reason cites S23.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.governance import VotingDesignation, check_designation, may_hold_card
from calcities_domain.governance.assembly import S23
from calcities_domain.kernel import Decision, Effect, Fact
from calcities_domain.organization import Office, Official

#: The General Assembly of 2025 (S23, Danville 2025: conference 8-10 October 2025, GA on the Friday).
GA_DAY = date(2025, 10, 10)
MEMBERS = frozenset({"Danville", "Roseville", "Tustin"})

DELEGATE = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2024, 12, 10))
ALTERNATE = Official("Lee Park", "Danville", Office.COUNCIL_MEMBER, True, date(2022, 12, 13))
#: An official of another city: S23 allows only officials of the designating city.
OUTSIDER = Official("Pat Wong", "Tustin", Office.COUNCIL_MEMBER, True, date(2022, 12, 6))


def messages(decision: Decision[bool]) -> list[tuple[str, str, Effect]]:
    return [(r.code, r.message, r.effect) for r in decision.reasons]


def test_a_valid_designation_says_so_rule_by_rule() -> None:
    """S23: a member city, by council action, officials of the city, registered: each rule passes, in words."""
    designation = VotingDesignation(
        "Danville",
        DELEGATE,
        alternates=(ALTERNATE,),
        council_action="Resolution 2025-61",
        registered=frozenset({"Ana Ruiz", "Lee Park"}),
    )
    decision = check_designation(designation, member_cities=MEMBERS, on=GA_DAY)
    assert decision.outcome is True
    assert decision.question == "Is Danville's voting designation valid on 2025-10-10?"
    assert messages(decision) == [
        ("governance.designation.member_city", "Danville is a member city.", Effect.PASS),
        ("governance.designation.council_action", "Designated by council action.", Effect.PASS),
        (
            "governance.designation.delegate_official",
            "The delegate, Ana Ruiz, is an official of Danville on 2025-10-10.",
            Effect.PASS,
        ),
        (
            "governance.designation.delegate_registered",
            "The delegate, Ana Ruiz, is registered for the annual conference.",
            Effect.PASS,
        ),
        (
            "governance.designation.alternate_official",
            "The alternate, Lee Park, is an official of Danville on 2025-10-10.",
            Effect.PASS,
        ),
        (
            "governance.designation.alternate_registered",
            "The alternate, Lee Park, is registered for the annual conference.",
            Effect.PASS,
        ),
    ]
    assert all(r.source is S23 for r in decision.reasons)


def test_an_invalid_designation_names_every_broken_rule_in_words() -> None:
    """S23: a non-member city, no council action, an official of another city, nobody registered."""
    designation = VotingDesignation("Danville", DELEGATE, alternates=(OUTSIDER,))
    decision = check_designation(designation, member_cities=frozenset({"Tustin"}), on=GA_DAY)
    assert decision.outcome is False
    assert messages(decision) == [
        ("governance.designation.member_city", "Danville is not a member city.", Effect.FAIL),
        ("governance.designation.council_action", "Not designated by council action (needed).", Effect.FAIL),
        (
            "governance.designation.delegate_official",
            "The delegate, Ana Ruiz, is an official of Danville on 2025-10-10.",
            Effect.PASS,
        ),
        (
            "governance.designation.delegate_registered",
            "The delegate, Ana Ruiz, is not registered for the annual conference.",
            Effect.FAIL,
        ),
        (
            "governance.designation.alternate_official",
            "The alternate, Pat Wong, is not an official of Danville on 2025-10-10.",
            Effect.FAIL,
        ),
        (
            "governance.designation.alternate_registered",
            "The alternate, Pat Wong, is not registered for the annual conference.",
            Effect.FAIL,
        ),
    ]
    assert all(r.source is S23 for r in decision.reasons)


def test_the_reasons_carry_the_city_and_the_person_as_facts() -> None:
    """The facts name what each rule looked at: the city for membership, the person for the others."""
    designation = VotingDesignation("Danville", DELEGATE, council_action="Minute order 12")
    decision = check_designation(designation, member_cities=MEMBERS, on=GA_DAY)
    facts = {r.code: r.facts for r in decision.reasons}
    assert facts == {
        "governance.designation.member_city": (Fact("city", "Danville"),),
        "governance.designation.council_action": (),
        "governance.designation.delegate_official": (Fact("person", "Ana Ruiz"),),
        "governance.designation.delegate_registered": (Fact("person", "Ana Ruiz"),),
    }


def test_the_card_reason_says_who_may_hold_it_and_why_not() -> None:
    """S23 (Santa Ana 2022, Tustin 2021): only the delegate or an alternate, registered, holds the card."""
    designation = VotingDesignation(
        "Danville",
        DELEGATE,
        alternates=(ALTERNATE,),
        council_action="Resolution 2025-61",
        registered=frozenset({"Ana Ruiz", "Kim Diaz"}),
    )
    expected = {
        "Ana Ruiz": (True, "Ana Ruiz is the delegate or an alternate of Danville, and is registered."),
        "Lee Park": (False, "Lee Park is the delegate or an alternate of Danville, and is not registered."),
        "Kim Diaz": (
            False,
            "Kim Diaz is not the delegate or an alternate of Danville; the card passes only among them.",
        ),
    }
    for person, (ok, message) in expected.items():
        decision = may_hold_card(designation, person)
        assert decision.outcome is ok
        assert decision.question == f"May {person} hold Danville's voting card?"
        (reason,) = decision.reasons
        assert reason.code == "governance.card.holder"
        assert reason.message == message
        assert reason.effect is (Effect.PASS if ok else Effect.FAIL)
        assert reason.source is S23
        assert reason.source.is_confirmed
