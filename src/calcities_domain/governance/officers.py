"""Officers: President, First and Second Vice Presidents, Immediate Past President.

Officers serve one-year terms that begin when the annual conference adjourns; the board
elects them. The Second Vice President (and the First Vice President, when that office
is opened to applicants) must serve or have served on the board. The customary
succession (Second Vice President, then First, then President, then Immediate Past
President) is a projection of custom, never a rule: the board still votes each year.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from calcities_domain.kernel import Confidence, DateRange, Decision, Effect, Reason, Source, require_aware
from calcities_domain.kernel._checks import fail, is_plain_date, iterable

__all__ = ["OfficerRole", "officer_eligibility", "officer_term", "projected_succession"]

S3_TERMS = Source(
    "Cal Cities, Interested in serving on the 2024-25 Board of Directors? (S3); 2023-24 edition (S4)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/news/post/2024/03/13/interested-in-serving-on-the-2024-25-cal-cities-board-of-directors",
    note="Officers serve one-year terms starting on adjournment of the annual conference. The Second Vice "
    "President must currently serve or have previously served on the board; when the First Vice President "
    "office is open (2023), applicants must have served previously on the board.",
)
SUCCESSION = Source(
    "Cal Cities board rosters (S38) and officer announcements (S37)",
    Confidence.INFERRED,
    url="https://www.calcities.org/home/about-us/board-of-directors",
    note="Rosters show Second VP, then First VP, then President, then Immediate Past President in successive "
    "years. It is custom, not a rule: the board elects the officers each year and may open an office.",
)
NO_RULE = Source(
    "calcities_domain: officer eligibility",
    Confidence.ASSUMED,
    section="no published eligibility rule for this office",
    note="The sources give eligibility rules only for the Second and First Vice Presidents.",
)


class OfficerRole(enum.Enum):
    """The officers of the board.

    Attributes:
        PRESIDENT: the President.
        FIRST_VICE_PRESIDENT: the First Vice President.
        SECOND_VICE_PRESIDENT: the Second Vice President (styled "Second Vice President/Treasurer" until 2022).
        IMMEDIATE_PAST_PRESIDENT: the Immediate Past President.
    """

    PRESIDENT = "president"
    FIRST_VICE_PRESIDENT = "first_vice_president"
    SECOND_VICE_PRESIDENT = "second_vice_president"
    IMMEDIATE_PAST_PRESIDENT = "immediate_past_president"


def officer_term(adjourned_at: datetime, next_adjourned_at: datetime | None = None) -> tuple[datetime, datetime | None]:
    """An officer's term: from the adjournment of one annual conference to the next.

    The next conference's adjournment is not known in advance: give it when it is.

    Raises:
        InputError: for instants that are not timezone-aware, or out of order.
    """
    start = require_aware(adjourned_at, "adjourned_at")
    if next_adjourned_at is None:
        return start, None
    end = require_aware(next_adjourned_at, "next_adjourned_at")
    if end <= start:
        raise fail("next_adjourned_at", f"{end.isoformat()} is not after {start.isoformat()}")
    return start, end


def officer_eligibility(
    role: OfficerRole,
    board_service: Iterable[DateRange],
    *,
    on: date,
    office_open: bool = False,
) -> Decision[bool]:
    """Whether a candidate may be elected to ``role`` on ``on``, given their terms of board service.

    Args:
        role: The office.
        board_service: The candidate's terms on the board.
        on: The day of the election.
        office_open: For the First Vice President, whether the office was opened to
            applicants (otherwise it is filled by the board as it decides).

    >>> served = [DateRange(date(2019, 10, 18), date(2021, 9, 24))]
    >>> officer_eligibility(OfficerRole.SECOND_VICE_PRESIDENT, served, on=date(2024, 10, 18)).outcome
    True
    """
    if not isinstance(role, OfficerRole):
        raise fail("role", f"expected an OfficerRole, got {role!r}")
    if not is_plain_date(on):
        raise fail("on", f"expected a date, got {on!r}")
    terms: list[object] = iterable("board_service", board_service)
    for index, term in enumerate(terms):
        if not isinstance(term, DateRange):
            raise fail(f"board_service[{index}]", f"expected a DateRange, got {term!r}")
    ranges = [t for t in terms if isinstance(t, DateRange)]
    serving_or_served = any(t.start <= on for t in ranges)
    served_before = any(t.start < on for t in ranges)
    question = f"May the candidate be elected {role.value.replace('_', ' ')} on {on}?"
    if role is OfficerRole.SECOND_VICE_PRESIDENT:
        ok = serving_or_served
        message = "Serves or has served on the board." if ok else "Has never served on the board (required)."
    elif role is OfficerRole.FIRST_VICE_PRESIDENT and office_open:
        ok = served_before
        message = "Has served on the board before." if ok else "Has not served on the board before (required)."
    else:
        ok = None
        message = ""
    if ok is not None:
        effect = Effect.PASS if ok else Effect.FAIL
        reason = Reason.of("governance.officer.board_service", message, effect=effect, source=S3_TERMS)
        return Decision(question, ok, (reason,))
    return Decision(
        question,
        True,
        (Reason.of("governance.officer.no_rule", "No published eligibility rule limits this office.", source=NO_RULE),),
    )


_NEXT = {
    OfficerRole.SECOND_VICE_PRESIDENT: OfficerRole.FIRST_VICE_PRESIDENT,
    OfficerRole.FIRST_VICE_PRESIDENT: OfficerRole.PRESIDENT,
    OfficerRole.PRESIDENT: OfficerRole.IMMEDIATE_PAST_PRESIDENT,
}


def projected_succession(officers: Mapping[OfficerRole, str]) -> Decision[tuple[tuple[OfficerRole, str], ...]]:
    """Next year's officers if custom holds: each moves up one office; the Second Vice President is open.

    This is a projection, not a rule: the board elects the officers each year.

    >>> now = {OfficerRole.PRESIDENT: "Parra", OfficerRole.SECOND_VICE_PRESIDENT: "Taj"}
    >>> [(role.value, person) for role, person in projected_succession(now).outcome]
    [('first_vice_president', 'Taj'), ('immediate_past_president', 'Parra')]
    """
    if not isinstance(officers, Mapping):
        raise fail("officers", f"expected a mapping of officer roles to people, got {officers!r}")
    for role, person in officers.items():
        if not isinstance(role, OfficerRole):
            raise fail("officers", f"expected OfficerRole keys, got {role!r}")
        name: object = person  # checked at run time: untyped callers pass anything
        if not isinstance(name, str) or not name.strip():
            raise fail(f"officers[{role.value}]", f"expected a person's name, got {person!r}")
    moved = sorted(
        ((_NEXT[role], person) for role, person in officers.items() if role in _NEXT),
        key=lambda pair: list(OfficerRole).index(pair[0]),
    )
    return Decision(
        "Who would hold each office next year, if custom holds?",
        tuple(moved),
        (
            Reason.of(
                "governance.officer.succession",
                "By custom each officer moves up one office and the Immediate Past President leaves; the Second "
                "Vice President is filled by election. The board votes each year: this is a projection only.",
                source=SUCCESSION,
            ),
        ),
    )
