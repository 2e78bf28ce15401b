"""MCLE credit offered by an event, and credit records from verified attendance.

An event offers MCLE credit through its sessions (minutes, by subfield), and may announce
a total (the 2024 Municipal Law Institute Symposium: 5 hours). Attendance earns credit
only for the sessions attended: :func:`attendance_credits` turns them into
:class:`~calcities_domain.mcle.Credit` records that :func:`~calcities_domain.mcle.evaluate`
counts.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from calcities_domain.events.models import Event
from calcities_domain.kernel import Decision, Effect, InputError, Problem, Reason
from calcities_domain.kernel._checks import fail, iterable
from calcities_domain.kernel._words import noun_for
from calcities_domain.mcle import Credit, credit_hours

__all__ = ["attendance_credits", "mcle_offered"]


def _tidy(hours: Decimal) -> Decimal:
    """Hours without trailing zeros, in plain notation (1.50 is 1.5, and 10 stays 10)."""
    tidy = hours.normalize()
    return tidy.quantize(Decimal(1)) if tidy.as_tuple().exponent > 0 else tidy  # type: ignore[operator]


def mcle_offered(event: Event) -> Decision[Decimal]:
    """The MCLE hours an event offers: its sessions' minutes as hours (nearest quarter), or its announced total.

    When both are known and differ, the sessions' figure is the answer and the explanation
    says the announcement differs.

    >>> from datetime import date
    >>> from calcities_domain.events import EventKind
    >>> mli = Event("MLI Symposium", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16), mcle_hours=Decimal(5))
    >>> mcle_offered(mli).outcome
    Decimal('5')
    """
    if not isinstance(event, Event):
        raise fail("event", f"expected an Event, got {event!r}")
    question = f"How many MCLE hours does {event.name} offer?"
    minutes = sum(s.mcle_minutes for s in event.sessions)
    reasons = []
    if minutes:
        # Each session is an activity of its own, rounded as the credit records of
        # attendance_credits are, so that full attendance earns what is offered.
        hours = _tidy(sum((credit_hours(s.mcle_minutes) for s in event.sessions if s.mcle_minutes), Decimal(0)))
        reasons.append(
            Reason.of(
                "events.credit.sessions",
                f"Its sessions offer {minutes} minutes: {hours} {noun_for(hours, 'hour')}, "
                "each session to the nearest quarter hour.",
                effect=Effect.PASS,
                facts={"minutes": minutes, "hours": hours},
            )
        )
        if event.mcle_hours is not None and event.mcle_hours != hours:
            reasons.append(
                Reason.of(
                    "events.credit.announced_differs",
                    f"The event announces {event.mcle_hours} {noun_for(event.mcle_hours, 'hour')}; "
                    f"the sessions add up to {hours}.",
                    facts={"announced": event.mcle_hours},
                )
            )
        return Decision(question, hours, tuple(reasons))
    if event.mcle_hours is not None:
        reason = Reason.of(
            "events.credit.announced",
            f"The event announces {event.mcle_hours} {noun_for(event.mcle_hours, 'hour')} of MCLE credit.",
            effect=Effect.PASS,
            facts={"announced": event.mcle_hours},
        )
        return Decision(question, event.mcle_hours, (reason,))
    return Decision(question, Decimal(0), (Reason.of("events.credit.none", "The event offers no MCLE credit."),))


def attendance_credits(
    event: Event, attended: Iterable[str], *, activity: str | None = None, provider_approved: bool = True
) -> tuple[Credit, ...]:
    """The MCLE credit records earned by attending these sessions (by identifier) of an event.

    Only the sessions attended count, each on the day it ends, with its minutes and
    subfield minutes; a session without MCLE credit gives none.

    Raises:
        InputError: naming every session identifier the event does not have (``attended[i]``),
            or a session that cannot be a credit record (one before 1992, when MCLE began:
            path ``sessions[i]...``).
    """
    if not isinstance(event, Event):
        raise fail("event", f"expected an Event, got {event!r}")
    ids: list[object] = iterable("attended", attended)
    by_id = {s.session_id: s for s in event.sessions}
    problems = [
        Problem(f"attended[{index}]", f"{session_id!r} is not a session of {event.name}")
        for index, session_id in enumerate(ids)
        if not isinstance(session_id, str) or session_id not in by_id
    ]
    if problems:
        raise InputError(problems)
    base = activity or event.name
    credits = []
    for session_id in sorted({str(i) for i in ids}):
        session = by_id[session_id]
        if not session.mcle_minutes:
            continue
        try:
            credit = Credit(
                f"{base}/{session_id}",
                session.ends_at.astimezone(event.tz).date(),
                session.mcle_minutes,
                subfields=session.mcle_subfields,
                activity=f"{base}/{session_id}",
                provider_approved=provider_approved,
                title=session.title,
            )
        except InputError as error:
            index = event.sessions.index(session)
            raise InputError([Problem(f"sessions[{index}].{p.path}", p.message) for p in error.problems]) from None
        credits.append(credit)
    return tuple(credits)
