"""Who may be a member, and a city's membership status on a day, with reasons.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import Decision, Effect, InputError, Problem, Reason
from calcities_domain.kernel._checks import fail, is_plain_date
from calcities_domain.membership.cal_cities import MEMBERS_ARE_CITIES, NOT_MEMBERS, NOT_RECORDED
from calcities_domain.membership.models import MembershipRoll, MemberStatus, OrganizationKind

__all__ = ["may_be_member", "member_cities", "member_status"]


def may_be_member(kind: OrganizationKind) -> Decision[bool]:
    """Whether an organization of this kind may be a member of Cal Cities: only a city.

    >>> may_be_member(OrganizationKind.CITY).outcome, may_be_member(OrganizationKind.COUNTY).outcome
    (True, False)
    """
    if not isinstance(kind, OrganizationKind):
        raise fail("kind", f"expected an OrganizationKind, got {kind!r}")
    question = f"May a {kind.value.replace('_', ' ')} be a member of Cal Cities?"
    if kind is OrganizationKind.CITY:
        reason = Reason.of(
            "membership.member.city",
            "The members of Cal Cities are California cities.",
            effect=Effect.PASS,
            source=MEMBERS_ARE_CITIES,
        )
        return Decision(question, True, (reason,))
    reasons = (
        Reason.of(
            "membership.member.not_city",
            f"The members of Cal Cities are California cities; a {kind.value.replace('_', ' ')} is not a city.",
            effect=Effect.FAIL,
            source=MEMBERS_ARE_CITIES,
        ),
        Reason.of(
            "membership.member.partners",
            "Counties, special districts and companies are not found among the members; Partners sponsor and take "
            "part, and are not described as members.",
            source=NOT_MEMBERS,
        ),
    )
    return Decision(question, False, reasons)


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _check(roll: object, city: object, on: object) -> None:
    problems = []
    if not isinstance(roll, MembershipRoll):
        problems.append(Problem("roll", f"expected a MembershipRoll, got {roll!r}"))
    if not isinstance(city, str) or not city.strip():
        problems.append(Problem("city", f"expected a city's name, got {city!r}"))
    elif isinstance(roll, MembershipRoll) and roll.city(city) is None:
        problems.append(Problem("city", f"{city!r} is not on the roll (the roll lists every city asked about)"))
    if not is_plain_date(on):
        problems.append(Problem("on", f"expected a date, got {on!r}"))
    if problems:
        raise InputError(problems)


def member_status(roll: MembershipRoll, city: str, *, on: date) -> Decision[MemberStatus]:
    """A city's membership status on ``on``: a member in good standing or not, a former member, or never one.

    A city is a member on a day when the day lies in one of its terms. A member is in good
    standing unless its dues are unpaid past the grace period of ``roll.standing`` (by
    default there is none: the consequence of unpaid dues is not published, and the
    explanation says so whenever dues are unpaid or not recorded).

    >>> from calcities_domain.kernel import DateRange
    >>> from calcities_domain.organization import City
    >>> from calcities_domain.membership import MembershipHistory
    >>> roll = MembershipRoll((City("Danville"),), (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),))
    >>> member_status(roll, "Danville", on=date(2024, 1, 1)).outcome
    <MemberStatus.GOOD_STANDING: 'good_standing'>

    Raises:
        InputError: for a city that is not on the roll (a misspelt name would otherwise
            read as a non-member), or bad arguments.
    """
    _check(roll, city, on)
    question = f"Is {city} a member of Cal Cities on {on}?"
    history = roll.history(city)
    term = None if history is None else history.continuous_term_on(on)
    if history is None or term is None:
        if history is not None and history.was_member_before(on):
            lapsed = max(day for day in history.lapses() if day <= on)
            reason = Reason.of(
                "membership.status.former_member",
                f"{city} is not a member on {on}: its membership lapsed on {lapsed}.",
                effect=Effect.FAIL,
                source=MEMBERS_ARE_CITIES,
                facts={"lapsed_on": lapsed},
            )
            return Decision(question, MemberStatus.FORMER_MEMBER, (reason,))
        reason = Reason.of(
            "membership.status.not_member",
            f"{city} has never been a member up to {on}.",
            effect=Effect.FAIL,
            source=MEMBERS_ARE_CITIES,
        )
        return Decision(question, MemberStatus.NOT_A_MEMBER, (reason,))
    reasons = [
        Reason.of(
            "membership.status.member",
            f"{city} is a member on {on} (member since {term.start}).",
            effect=Effect.PASS,
            source=MEMBERS_ARE_CITIES,
            facts={"member_since": term.start},
        )
    ]
    recorded_from = history.dues_recorded_from()
    unpaid = history.first_unpaid_day(on)
    rule = roll.standing
    status = MemberStatus.GOOD_STANDING
    if recorded_from is None or on < recorded_from:
        limit = "" if rule.grace_days is None else f"; the grace period of {_days(rule.grace_days)} cannot apply"
        reasons.append(
            Reason.of(
                "membership.dues.not_recorded",
                f"No dues are recorded for {on}: good standing is read from the membership alone{limit}.",
                source=NOT_RECORDED,
            )
        )
    elif unpaid is None:
        reasons.append(Reason.of("membership.dues.paid", f"The dues received by {on} cover {on}.", effect=Effect.PASS))
    else:
        days = (on - unpaid).days + 1
        facts = {"unpaid_since": unpaid, "days_unpaid": days, "grace_days": rule.grace_days}
        unpaid_text = f"Dues are unpaid from {unpaid} ({_days(days)} on {on})"
        if rule.grace_days is None:
            unknown = "" if rule.source.is_confirmed else "What unpaid dues do is not published: u"
            reasons.append(
                Reason.of(
                    "membership.dues.unpaid",
                    f"{unpaid_text}. {unknown or 'U'}nder the rule used, with no grace limit, the city stays in good "
                    "standing while it is a member.",
                    source=rule.source,
                    facts=facts,
                )
            )
        elif days <= rule.grace_days:
            reasons.append(
                Reason.of(
                    "membership.dues.grace",
                    f"{unpaid_text}, within the grace period of {_days(rule.grace_days)}.",
                    effect=Effect.PASS,
                    source=rule.source,
                    facts=facts,
                )
            )
        else:
            status = MemberStatus.NOT_IN_GOOD_STANDING
            reasons.append(
                Reason.of(
                    "membership.dues.delinquent",
                    f"{unpaid_text}, past the grace period of {_days(rule.grace_days)}: {city} is not in good "
                    "standing.",
                    effect=Effect.FAIL,
                    source=rule.source,
                    facts=facts,
                )
            )
    return Decision(question, status, tuple(reasons))


def member_cities(roll: MembershipRoll, on: date) -> frozenset[str]:
    """The names of the cities that are members in good standing on ``on``: the member cities of every rule.

    Pass them wherever governance asks for ``member_cities`` (``check_roster``,
    ``check_designation``, ``largest_member_cities``), so that both sides mean the same
    cities. A member not in good standing under the roll's rule is left out.
    """
    given: object = roll  # checked at run time: untyped callers pass anything
    problems = (
        [] if isinstance(given, MembershipRoll) else [Problem("roll", f"expected a MembershipRoll, got {roll!r}")]
    )
    if not is_plain_date(on):
        problems.append(Problem("on", f"expected a date, got {on!r}"))
    if problems:
        raise InputError(problems)
    return frozenset(
        city.name for city in roll.cities if member_status(roll, city.name, on=on).outcome is MemberStatus.GOOD_STANDING
    )
