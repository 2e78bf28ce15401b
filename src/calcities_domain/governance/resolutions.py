"""Resolutions: deadlines, concurrence, petitions, routing; and bylaw amendments.

General resolutions are due 60 days before the annual conference's opening session and
need the written concurrence of five cities (or officials of five cities). They go to
policy committees, then to the Resolutions Committee, then to the General Assembly.
Petitioned resolutions need the signatures of voting delegates of 10% of the member
cities, filed at least 24 hours before the General Assembly. Bylaw amendments need
two-thirds of those voting; by mail ballot (2013) they took effect 60 days after
certification.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from calcities_domain.governance.bylaws import VoteRule, decide_under
from calcities_domain.governance.votes import VoteTally
from calcities_domain.kernel import (
    Cited,
    Confidence,
    Decision,
    Effect,
    InputError,
    Problem,
    Reason,
    Source,
    require_aware,
)
from calcities_domain.kernel._checks import fail, instant_problem, is_plain_date, iterable
from calcities_domain.kernel._words import with_article

__all__ = [
    "AMENDMENT_EFFECT_DAYS",
    "CONCURRENCE_MINIMUM",
    "GENERAL_RESOLUTION_LEAD_DAYS",
    "MAIL_BALLOT_DAYS",
    "PETITION_LEAD",
    "PETITION_ROUNDING_UP",
    "PETITION_SHARE",
    "Disqualification",
    "ResolutionStage",
    "Submitter",
    "amendment_effective_on",
    "check_transition",
    "concurrence",
    "decide_amendment",
    "general_resolution_due",
    "may_submit",
    "petition_filing_deadline",
    "petition_signatures_required",
]

S12_S14 = Source(
    "Cal Cities, Resolutions and the General Assembly (S12); policy resolutions are due July 22 (S14, 14 June 2023)",
    Confidence.CONFIRMED,
    url="https://calcities.org/home/post/2023/06/14/cal-cities-policy-resolutions-are-due-july-22.-here-s-how-to-submit-one",
    note="General resolutions must be received at least 60 days before the conference's opening session "
    "(22 July 2023 for a conference opening 20 September 2023, a Saturday: the day is not moved).",
)
S20 = Source(
    "League bylaws, Art. VI § 2, as amended in 2013 (S20); Resolutions and the General Assembly (S12)",
    Confidence.CONFIRMED,
    url="https://records.cityofredlands.org/WebLink/0/doc/313666/Page2.aspx",
    section="Art. VI § 2",
    note="A general resolution needs the written concurrence of at least five cities, or of city officials from at "
    "least five cities. (The website says 'five additional': read here as five concurring cities.)",
)
PETITION = Source(
    "League bylaws as amended in 2013 (S20); Resolutions and the General Assembly (S12)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/advocacy/resolutions-and-the-general-assembly",
    note="A petitioned resolution is signed by the designated voting delegates of 10% of the number of member "
    "cities and submitted to the President at least 24 hours before the General Assembly begins.",
)
PETITION_ROUNDING = Source(
    "calcities_domain: rounding the 10% petition threshold",
    Confidence.INFERRED,
    section="round up, over the number of member cities",
    note="The bylaws do not say how 10% is rounded, and the 2013 ballot notice spoke of 10% of the designated "
    "voting delegates instead of member cities. The library rounds up (47.6 of 476 is 48) over member cities; "
    "both are parameters.",
)
MAIL_BALLOT = Source(
    "League news, Reminder: ballots on League bylaws amendments due by April 19 (S19, 2013); amendment text (S20)",
    Confidence.CONFIRMED,
    url="https://www.cacities.org/Top/News/News-Articles/2013/April/Reminder-Ballots-on-League-Bylaws-Amendments-due-b",
    note="The 2013 mail ballot ran 45 days (5 March to 19 April); the Board certified the result, and the "
    "amendments took effect 60 days after the certifying resolution.",
)
ROUTING = Source(
    "Cal Cities, Resolutions and the General Assembly (S12); 2022 notices (S15)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/advocacy/resolutions-and-the-general-assembly",
    note="The President refers a general resolution to policy committees; they recommend; the Resolutions "
    "Committee considers it; it goes to the General Assembly if the Resolutions Committee or the policy "
    "committees approve it. A petitioned resolution goes to the Resolutions Committee, then to the General "
    "Assembly unless disqualified (not germane, or substantially the same as another).",
)

#: Days before the opening session by which a general resolution must be received.
GENERAL_RESOLUTION_LEAD_DAYS = Cited(60, S12_S14)
#: Cities (or officials of cities) that must concur in a general resolution.
CONCURRENCE_MINIMUM = Cited(5, S20)
#: The share of member cities whose voting delegates must sign a petitioned resolution.
PETITION_SHARE = Cited(Fraction(1, 10), PETITION)
#: Whether that share is rounded up.
PETITION_ROUNDING_UP = Cited(True, PETITION_ROUNDING)
#: How long before the General Assembly a petitioned resolution must be filed.
PETITION_LEAD = Cited(timedelta(hours=24), PETITION)
#: How long the 2013 mail ballot on bylaw amendments ran (45 days, 5 March to 19 April 2013).
MAIL_BALLOT_DAYS = Cited(45, MAIL_BALLOT)
#: Days after certification that an amendment adopted by mail ballot takes effect (2013).
AMENDMENT_EFFECT_DAYS = Cited(60, MAIL_BALLOT)


def general_resolution_due(opening_session: date) -> Decision[date]:
    """The last day a general resolution may be received, for a conference opening on ``opening_session``.

    >>> general_resolution_due(date(2023, 9, 20)).outcome
    datetime.date(2023, 7, 22)
    """
    if not is_plain_date(opening_session):
        raise fail("opening_session", f"expected a date, got {opening_session!r}")
    lead = GENERAL_RESOLUTION_LEAD_DAYS
    due = opening_session - timedelta(days=lead.value)
    return Decision(
        f"By what day must a general resolution be received for a conference opening {opening_session}?",
        due,
        (
            Reason.of(
                "governance.resolution.due",
                f"{lead.value} days before the opening session on {opening_session}: {due} ({due:%A}); "
                "the day is not moved for a weekend.",
                source=lead.source,
                facts={"opening_session": opening_session, "due": due},
            ),
        ),
    )


def concurrence(cities: Iterable[str]) -> Decision[bool]:
    """Whether a general resolution has enough concurring cities (officials of one city count once).

    Args:
        cities: The city of each concurring city or official, one entry per letter.

    >>> concurrence(["Arcadia", "Carmel", "Danville", "Danville", "Tustin"]).outcome
    False
    """
    names: list[object] = iterable("cities", cities)
    problems = [
        Problem(f"cities[{index}]", f"expected a city's name, got {name!r}")
        for index, name in enumerate(names)
        if not isinstance(name, str) or not name.strip()
    ]
    if problems:
        raise InputError(problems)
    cities = [str(name) for name in names]
    distinct = frozenset(c.strip() for c in cities)
    need = CONCURRENCE_MINIMUM.value
    ok = len(distinct) >= need
    return Decision(
        "Does the resolution have enough concurring cities?",
        ok,
        (
            Reason.of(
                "governance.resolution.concurrence",
                f"{len(distinct)} distinct cities concur; at least {need} are needed.",
                effect=Effect.PASS if ok else Effect.FAIL,
                source=CONCURRENCE_MINIMUM.source,
                facts={"cities": len(distinct), "needed": need},
            ),
        ),
    )


def petition_signatures_required(
    member_cities: int,
    *,
    share: Cited[Fraction] = PETITION_SHARE,
    round_up: Cited[bool] = PETITION_ROUNDING_UP,
) -> Decision[int]:
    """How many voting delegates (of distinct member cities) must sign a petitioned resolution.

    >>> petition_signatures_required(476).outcome
    48
    """
    count: object = member_cities  # checked at run time: untyped callers pass anything
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise fail("member_cities", f"expected a whole number of member cities, got {member_cities!r}")
    cited_share: object = share
    given_share: object = share.value if isinstance(cited_share, Cited) else None
    if not isinstance(given_share, Fraction) or not 0 < given_share <= 1:
        raise fail("share", f"expected a cited share from 0 to 1, got {share!r}")
    cited_rounding: object = round_up
    given_rounding: object = round_up.value if isinstance(cited_rounding, Cited) else None
    if not isinstance(given_rounding, bool):
        raise fail("round_up", f"expected a cited True or False, got {round_up!r}")
    exact = share.value * member_cities
    needed = math.ceil(exact) if round_up.value else math.floor(exact)
    return Decision(
        f"How many signatures does a petitioned resolution need with {member_cities} member cities?",
        needed,
        (
            Reason.of(
                "governance.petition.share",
                f"Voting delegates of {share.value} of the {member_cities} member cities: {float(exact):g}.",
                source=share.source,
                facts={"member_cities": member_cities, "share": share.value},
            ),
            Reason.of(
                "governance.petition.rounding",
                f"Rounded {'up' if round_up.value else 'down'}: {needed}.",
                source=round_up.source,
                facts={"signatures": needed},
            ),
        ),
    )


def petition_filing_deadline(general_assembly_start: datetime) -> datetime:
    """The last instant a petitioned resolution may be filed: 24 hours before the General Assembly begins.

    The 24 hours are elapsed time, counted in UTC: across a change of clocks the deadline
    is not the same wall-clock time the day before. The answer is in the start's time zone.

    Raises:
        InputError: if the instant is not timezone-aware, or the deadline would be too near
            the start of the year 1 to be shown in every zone.
    """
    start = require_aware(general_assembly_start, "general_assembly_start")
    deadline = start.astimezone(UTC) - PETITION_LEAD.value
    problem = instant_problem(deadline)
    if problem is not None:
        hours = PETITION_LEAD.value.total_seconds() / 3600
        raise fail("general_assembly_start", f"its petition filing deadline, {hours:g} hours earlier, {problem}")
    return deadline.astimezone(start.tzinfo)


SUBMITTERS = Source(
    "Cal Cities, policy resolutions are due July 22 (S14, 2023); resolutions due July 9 (S15, 2022)",
    Confidence.CONFIRMED,
    url="https://calcities.org/home/post/2023/06/14/cal-cities-policy-resolutions-are-due-july-22.-here-s-how-to-submit-one",
    note="A general resolution may be submitted by any elected or appointed city official, a city council, a "
    "division, a department, a caucus, a policy committee, or the Board (older lists omit caucuses).",
)


class Submitter(enum.Enum):
    """Who submits a general resolution.

    Attributes:
        CITY_OFFICIAL: an elected or appointed official of a city.
        CITY_COUNCIL: a city council.
        DIVISION: a regional division.
        DEPARTMENT: a municipal department.
        CAUCUS: a diversity caucus.
        POLICY_COMMITTEE: a policy committee.
        BOARD: the board of directors.
        OTHER: anyone else (a company, a county, a member of the public).
    """

    CITY_OFFICIAL = "city_official"
    CITY_COUNCIL = "city_council"
    DIVISION = "division"
    DEPARTMENT = "department"
    CAUCUS = "caucus"
    POLICY_COMMITTEE = "policy_committee"
    BOARD = "board"
    OTHER = "other"


def may_submit(submitter: Submitter) -> Decision[bool]:
    """Whether ``submitter`` may submit a general resolution.

    >>> may_submit(Submitter.CAUCUS).outcome, may_submit(Submitter.OTHER).outcome
    (True, False)
    """
    if not isinstance(submitter, Submitter):
        raise fail("submitter", f"expected a Submitter, got {submitter!r}")
    ok = submitter is not Submitter.OTHER
    # "a other" read wrong: the others are named as the docstring of Submitter names them.
    words = (
        "anyone else (a company, a county, a member of the public)"
        if submitter is Submitter.OTHER
        else with_article(submitter.value.replace("_", " "))
    )
    return Decision(
        f"May {words} submit a general resolution?",
        ok,
        (
            Reason.of(
                "governance.resolution.submitter",
                f"{words[0].upper()}{words[1:]} {'may' if ok else 'may not'} submit a general resolution.",
                effect=Effect.PASS if ok else Effect.FAIL,
                source=SUBMITTERS,
                facts={"submitter": submitter},
            ),
        ),
    )


class ResolutionStage(enum.Enum):
    """Where a resolution is in its routing.

    Attributes:
        SUBMITTED: received (a general resolution by its deadline; a petition with its signatures).
        POLICY_COMMITTEE: referred by the President to one or more policy committees.
        RESOLUTIONS_COMMITTEE: before the Resolutions Committee.
        GENERAL_ASSEMBLY: forwarded to the General Assembly.
        ADOPTED: adopted by the General Assembly.
        NOT_ADOPTED: disapproved, referred back, or no action.
        NOT_FORWARDED: stopped before the General Assembly (disapproved or referred for study).
        DISQUALIFIED: a petitioned resolution disqualified by the Resolutions Committee.
    """

    SUBMITTED = "submitted"
    POLICY_COMMITTEE = "policy_committee"
    RESOLUTIONS_COMMITTEE = "resolutions_committee"
    GENERAL_ASSEMBLY = "general_assembly"
    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"
    NOT_FORWARDED = "not_forwarded"
    DISQUALIFIED = "disqualified"


class Disqualification(enum.Enum):
    """Why the Resolutions Committee may disqualify a petitioned resolution.

    Attributes:
        NOT_GERMANE: not germane to city issues.
        SUBSTANTIALLY_THE_SAME: substantially the same as another resolution.
    """

    NOT_GERMANE = "not_germane"
    SUBSTANTIALLY_THE_SAME = "substantially_the_same"


_S = ResolutionStage
_GENERAL = {
    _S.SUBMITTED: {_S.POLICY_COMMITTEE},
    _S.POLICY_COMMITTEE: {_S.RESOLUTIONS_COMMITTEE},
    _S.RESOLUTIONS_COMMITTEE: {_S.GENERAL_ASSEMBLY, _S.NOT_FORWARDED},
    _S.GENERAL_ASSEMBLY: {_S.ADOPTED, _S.NOT_ADOPTED},
}
_PETITIONED = {
    _S.SUBMITTED: {_S.RESOLUTIONS_COMMITTEE},
    _S.RESOLUTIONS_COMMITTEE: {_S.GENERAL_ASSEMBLY, _S.DISQUALIFIED},
    _S.GENERAL_ASSEMBLY: {_S.ADOPTED, _S.NOT_ADOPTED},
}


def check_transition(
    current: ResolutionStage,
    target: ResolutionStage,
    *,
    petitioned: bool = False,
    disqualification: Disqualification | None = None,
) -> Decision[bool]:
    """Whether a resolution may move from ``current`` to ``target``.

    A petitioned resolution may be disqualified only on one of the :class:`Disqualification` grounds.

    >>> check_transition(ResolutionStage.SUBMITTED, ResolutionStage.GENERAL_ASSEMBLY).outcome
    False
    """
    for name, value in (("current", current), ("target", target)):
        if not isinstance(value, ResolutionStage):
            raise fail(name, f"expected a ResolutionStage, got {value!r}")
    if not isinstance(petitioned, bool):
        raise fail("petitioned", f"expected True or False, got {petitioned!r}")
    if disqualification is not None and not isinstance(disqualification, Disqualification):
        raise fail("disqualification", f"expected a Disqualification, got {disqualification!r}")
    table = _PETITIONED if petitioned else _GENERAL
    allowed = target in table.get(current, set())
    kind = "petitioned" if petitioned else "general"
    reasons = [
        Reason.of(
            "governance.resolution.transition",
            f"A {kind} resolution {'may' if allowed else 'may not'} go from {current.value} to {target.value}.",
            effect=Effect.PASS if allowed else Effect.FAIL,
            source=ROUTING,
            facts={"from": current, "to": target},
        )
    ]
    if allowed and target is ResolutionStage.DISQUALIFIED and disqualification is None:
        allowed = False
        reasons.append(
            Reason.of(
                "governance.resolution.disqualification",
                "Disqualification needs a ground: not germane, or substantially the same as another resolution.",
                effect=Effect.FAIL,
                source=ROUTING,
            )
        )
    return Decision(f"May the resolution go from {current.value} to {target.value}?", allowed, tuple(reasons))


def decide_amendment(tally: VoteTally) -> Decision[bool]:
    """Whether a bylaw amendment passed: two-thirds of those voting (at the General Assembly or by mail ballot)."""
    return decide_under(VoteRule.BYLAW_AMENDMENT, tally)


def amendment_effective_on(certified_on: date) -> Decision[date]:
    """The day an amendment adopted by mail ballot takes effect: 60 days after certification (2013).

    >>> amendment_effective_on(date(2013, 5, 17)).outcome
    datetime.date(2013, 7, 16)
    """
    if not is_plain_date(certified_on):
        raise fail("certified_on", f"expected a date, got {certified_on!r}")
    days = AMENDMENT_EFFECT_DAYS
    effective = certified_on + timedelta(days=days.value)
    return Decision(
        f"When does an amendment certified on {certified_on} take effect?",
        effective,
        (
            Reason.of(
                "governance.amendment.effective",
                f"{days.value} days after certification on {certified_on}: {effective}.",
                source=days.source,
                facts={"certified_on": certified_on, "effective_on": effective},
            ),
        ),
    )
