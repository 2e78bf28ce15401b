"""Events and their sessions.

An :class:`Event` has a name, a kind, first and last days, the venue's time zone
(``America/Los_Angeles`` by default), sessions with their times and any MCLE credit
they offer, its organisers and co-sponsors.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, tzinfo
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from calcities_domain.kernel import Problem
from calcities_domain.kernel._checks import (
    aware,
    checked,
    fail,
    instance,
    non_negative,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel._words import number, shown
from calcities_domain.mcle import SubfieldShare

__all__ = ["Event", "EventKind", "Session"]


class EventKind(enum.Enum):
    """The kinds of event Cal Cities holds.

    Attributes:
        ANNUAL_CONFERENCE: the Annual Conference and Expo.
        ACADEMY: an academy (New Mayors and Council Members, Planning Commissioners).
        SYMPOSIUM: a symposium (the Municipal Law Institute).
        SPRING_CONFERENCE: a department's spring conference (City Attorneys).
        CONFERENCE: another conference (City Managers).
        SUMMIT: a summit (City Leaders).
        WORKSHOP: a workshop or seminar.
        WEBINAR: an online session.
        OTHER: anything else.
    """

    ANNUAL_CONFERENCE = "annual_conference"
    ACADEMY = "academy"
    SYMPOSIUM = "symposium"
    SPRING_CONFERENCE = "spring_conference"
    CONFERENCE = "conference"
    SUMMIT = "summit"
    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    OTHER = "other"


@attrs.frozen
class Session:
    """A session of an event.

    Attributes:
        session_id: The session's identifier, unique within its event.
        title: What it is.
        starts_at: When it starts (an aware instant).
        ends_at: When it ends.
        mcle_minutes: The minutes of MCLE credit it offers (0 for none).
        mcle_subfields: The minutes of that credit in each subfield.
    """

    session_id: str = attrs.field(metadata=checked(text))
    title: str = attrs.field(metadata=checked(text))
    starts_at: datetime = attrs.field(metadata=checked(aware))
    ends_at: datetime = attrs.field(metadata=checked(aware))
    mcle_minutes: int = attrs.field(default=0, kw_only=True, metadata=checked(non_negative))
    mcle_subfields: tuple[SubfieldShare, ...] = attrs.field(
        default=(), kw_only=True, metadata=checked(tuple_of(SubfieldShare))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"session_id", "title"})

    def _across(self) -> list[Problem]:
        problems = []
        # In UTC: two instants of one zone compare and subtract by wall-clock time otherwise.
        starts, ends = self.starts_at.astimezone(UTC), self.ends_at.astimezone(UTC)
        if ends <= starts:
            problems.append(Problem("ends_at", f"{self.ends_at.isoformat()} is not after {self.starts_at.isoformat()}"))
        elif self.mcle_minutes * 60 > (ends - starts).total_seconds():
            problems.append(Problem("mcle_minutes", f"{number(self.mcle_minutes)} minutes is longer than the session"))
        codes = [share.subfield for share in self.mcle_subfields]
        problems.extend(
            Problem(f"mcle_subfields[{index}].subfield", f"{shown(code)} is listed twice")
            for index, code in enumerate(codes)
            if codes.index(code) != index
        )
        allocated = sum(share.minutes for share in self.mcle_subfields)
        if allocated > self.mcle_minutes:
            problems.append(
                Problem(
                    "mcle_subfields", f"{number(allocated)} subfield minutes, more than {number(self.mcle_minutes)}"
                )
            )
        return problems


def _hours(instance_: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        raise fail(attribute.name, f"expected a number of hours, zero or more, as a Decimal, got {shown(value)}")


#: Keys zoneinfo accepts that are not places: they depend on the machine.
_NOT_PLACES = frozenset({"localtime", "posixrules", "Factory"})


def _is_zone(key: str) -> bool:
    """Whether ``key`` names a zone of the IANA database that zoneinfo finds.

    ZoneInfo raises more than ZoneInfoNotFoundError for a name that is no zone: ValueError
    for a malformed key, OSError for a directory of zones ("America") or a name too long
    for the file system, RecursionError for a name of thousands of parts. None of them is
    a zone, and none of their messages (which name the install path) is the caller's
    concern. (The boundary reads the zone of an instant the same way.)
    """
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError, RecursionError):
        return False
    return True


def _zone(instance_: object, attribute: attrs.Attribute[str], value: object) -> None:
    text(instance_, attribute, value)
    if value in _NOT_PLACES:
        raise fail(attribute.name, f"{value!r} depends on the machine: give an IANA zone such as 'America/Los_Angeles'")
    if not _is_zone(str(value)):
        raise fail(attribute.name, f"{shown(value)} is not an IANA time zone (such as 'America/Los_Angeles')")


@attrs.frozen
class Event:
    """An event: its days, its venue's time zone, its sessions and who holds it.

    Attributes:
        name: The event's name.
        kind: What kind of event it is.
        start: Its first day (in the venue's time zone).
        end: Its last day.
        zone: The venue's IANA time zone; deadlines close at the end of a day there.
        sessions: Its sessions, each within the event's days.
        organizers: Who holds it.
        cosponsors: Who co-sponsors it.
        mcle_hours: The MCLE hours the event announces, if it announces a total
            (sessions may say more precisely what each offers).

    Raises:
        InputError: for bad fields, an event that ends before it starts, a session outside
            the event's days, or two sessions of one identifier.

    >>> symposium = Event("MLI Symposium", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16))
    >>> symposium.tz.key
    'America/Los_Angeles'
    """

    name: str = attrs.field(metadata=checked(text))
    kind: EventKind = attrs.field(metadata=checked(instance(EventKind)))
    start: date = attrs.field(metadata=checked(plain_date))
    end: date = attrs.field(metadata=checked(plain_date))
    zone: str = attrs.field(default="America/Los_Angeles", kw_only=True, metadata=checked(_zone))
    sessions: tuple[Session, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(Session)))
    organizers: tuple[str, ...] = attrs.field(default=("Cal Cities",), kw_only=True, metadata=checked(tuple_of(str)))
    cosponsors: tuple[str, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(str)))
    mcle_hours: Decimal | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_hours)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"name", "kind", "organizers", "cosponsors", "mcle_hours"})

    def _across(self) -> list[Problem]:
        problems = []
        if self.end < self.start:
            problems.append(Problem("end", f"{self.end} is before the start, {self.start}"))
            return problems
        ids = [s.session_id for s in self.sessions]
        for index, session in enumerate(self.sessions):
            if ids.index(session.session_id) != index:
                problems.append(
                    Problem(f"sessions[{index}].session_id", f"{shown(session.session_id)} is listed twice")
                )
            first, last = session.starts_at.astimezone(self.tz).date(), session.ends_at.astimezone(self.tz).date()
            if first < self.start or last > self.end:
                problems.append(
                    Problem(
                        f"sessions[{index}]",
                        f"{first} to {last} is outside the event's days, {self.start} to {self.end}",
                    )
                )
        return problems

    @property
    def tz(self) -> tzinfo:
        """The venue's time zone."""
        return ZoneInfo(self.zone)

    @property
    def days(self) -> int:
        """How many days the event runs."""
        return (self.end - self.start).days + 1
