"""The General Assembly: one vote per member city, cast by its designated delegate or an alternate.

Each member city's council designates one voting delegate and at most two alternates,
all officials of that city (elected or appointed), who must be registered for the
annual conference. The voting card passes only among them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import attrs

from calcities_domain.kernel import Cited, Confidence, Decision, Effect, Problem, Reason, Source
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    iterable,
    optional,
    text,
    tuple_of,
    validate,
)
from calcities_domain.organization import Official

__all__ = ["MAX_ALTERNATES", "VotingDesignation", "check_designation", "may_hold_card"]

S23 = Source(
    "City staff reports on the Cal Cities voting delegate (S23: Danville 2025, Arcadia 2023, Tustin 2021, "
    "Cupertino 2008, Newport Beach 2002 quoting the bylaws)",
    Confidence.CONFIRMED,
    url="https://docs.danville.ca.gov/WebLink/DocView.aspx?dbid=0&id=272666&repo=DANVILLE",
    note="One voting delegate and up to two alternates (two since a 2006 amendment), designated by council "
    "action, any official of the member city, elected or appointed, registered for the annual conference; the "
    "voting card passes only among the delegate and the alternates.",
)

#: The most alternates a city may designate.
MAX_ALTERNATES = Cited(2, S23)


def _alternates(instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    tuple_of(Official)(instance_, attribute, value)
    if len(value) > MAX_ALTERNATES.value:  # type: ignore[arg-type]
        raise fail(attribute.name, f"{len(value)} alternates; at most {MAX_ALTERNATES.value} may be designated")  # type: ignore[arg-type]


@attrs.frozen
class VotingDesignation:
    """A member city's designation of its voting delegate and alternates for one General Assembly.

    Attributes:
        city: The member city.
        delegate: The voting delegate.
        alternates: At most two alternates.
        council_action: The reference of the council's action (a resolution or minute order);
            None if the designation was not made by the council.
        registered: The people registered for the annual conference.

    Raises:
        InputError: for bad fields, three alternates (path ``alternates``), or one person named twice.
    """

    city: str = attrs.field(metadata=checked(text))
    delegate: Official = attrs.field(metadata=checked(instance(Official)))
    alternates: tuple[Official, ...] = attrs.field(default=(), kw_only=True, metadata=checked(_alternates))
    council_action: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))
    registered: frozenset[str] = attrs.field(default=frozenset(), kw_only=True, metadata=checked(instance(frozenset)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        people = [self.delegate.person, *(a.person for a in self.alternates)]
        return [
            Problem(f"alternates[{index - 1}].person", f"{person!r} is named twice")
            for index, person in enumerate(people)
            if index and person in people[:index]
        ]

    @property
    def holders(self) -> tuple[Official, ...]:
        """The delegate, then the alternates."""
        return (self.delegate, *self.alternates)


def check_designation(designation: VotingDesignation, *, member_cities: Iterable[str], on: date) -> Decision[bool]:
    """Whether a designation is valid on ``on`` (the day of the General Assembly), with a reason per rule.

    Checks: the city is a member; the designation was made by council action; the
    delegate and every alternate is an official of that city on that day; each is
    registered for the conference.
    """
    if not isinstance(designation, VotingDesignation):
        raise fail("designation", f"expected a VotingDesignation, got {designation!r}")
    if not is_plain_date(on):
        raise fail("on", f"expected a date, got {on!r}")
    members = frozenset(iterable("member_cities", member_cities))
    reasons: list[Reason] = []

    def check(ok: bool, code: str, message: str, **facts: object) -> None:
        reasons.append(Reason.of(code, message, effect=Effect.PASS if ok else Effect.FAIL, source=S23, facts=facts))

    city = designation.city
    check(
        city in members,
        "governance.designation.member_city",
        f"{city} is {'a' if city in members else 'not a'} member city.",
        city=city,
    )
    has_action = designation.council_action is not None
    check(
        has_action,
        "governance.designation.council_action",
        "Designated by council action." if has_action else "Not designated by council action (needed).",
    )
    for role, official in [("delegate", designation.delegate), *(("alternate", a) for a in designation.alternates)]:
        of_city = official.city == city and official.holds_office_on(on)
        check(
            of_city,
            f"governance.designation.{role}_official",
            f"The {role}, {official.person}, is {'an' if of_city else 'not an'} official of {city} on {on}.",
            person=official.person,
        )
        registered = official.person in designation.registered
        check(
            registered,
            f"governance.designation.{role}_registered",
            f"The {role}, {official.person}, is {'registered' if registered else 'not registered'} "
            "for the annual conference.",
            person=official.person,
        )
    outcome = all(r.effect is not Effect.FAIL for r in reasons)
    return Decision(f"Is {city}'s voting designation valid on {on}?", outcome, tuple(reasons))


def may_hold_card(designation: VotingDesignation, person: str) -> Decision[bool]:
    """Whether ``person`` may hold the city's voting card: only its delegate or an alternate, registered.

    >>> from calcities_domain.organization import Office
    >>> mayor = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2024, 12, 10))
    >>> d = VotingDesignation("Danville", mayor, council_action="Res. 2025-61", registered=frozenset({"Ana Ruiz"}))
    >>> may_hold_card(d, "Ana Ruiz").outcome, may_hold_card(d, "Lee Park").outcome
    (True, False)
    """
    if not isinstance(designation, VotingDesignation):
        raise fail("designation", f"expected a VotingDesignation, got {designation!r}")
    name: object = person  # checked at run time: untyped callers pass anything
    if not isinstance(name, str) or not name.strip():
        raise fail("person", f"expected a person's name, got {person!r}")
    named = person in {h.person for h in designation.holders}
    registered = person in designation.registered
    ok = named and registered
    message = f"{person} is {'' if named else 'not '}the delegate or an alternate of {designation.city}" + (
        f", and is {'' if registered else 'not '}registered." if named else "; the card passes only among them."
    )
    return Decision(
        f"May {person} hold {designation.city}'s voting card?",
        ok,
        (Reason.of("governance.card.holder", message, effect=Effect.PASS if ok else Effect.FAIL, source=S23),),
    )
