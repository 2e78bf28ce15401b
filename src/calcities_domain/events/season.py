"""Checks of a season of events: what a staff notebook looks for before publishing a calendar.

For each event and its policy: deadlines in order (early bird no later than the close,
the close no later than the start, the hotel cut-off before the start), each published
wording's weekday matching its date and its date matching the rule, and no deadline
already past at a given "now". The answer is a table of findings, empty when all is well.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import attrs

from calcities_domain.events.deadlines import Deadline, DeadlineKind, RegistrationPolicy, deadlines
from calcities_domain.events.models import Event
from calcities_domain.events.published import check_published_deadline, parse_published_deadline
from calcities_domain.kernel import HolidayLookup, InputError, Problem, Table
from calcities_domain.kernel._checks import aware_problems, checked, code, instance, iterable, text, validate

__all__ = ["Finding", "PlannedEvent", "check_season"]


@attrs.frozen
class PlannedEvent:
    """An event of a season, with its registration policy.

    Attributes:
        event: The event.
        policy: Its registration policy.
    """

    event: Event = attrs.field(metadata=checked(instance(Event)))
    policy: RegistrationPolicy = attrs.field(factory=RegistrationPolicy, metadata=checked(instance(RegistrationPolicy)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Finding:
    """Something to fix in a season's calendar.

    Attributes:
        event: The event's name.
        code: A stable code (``events.season.order``).
        message: What is wrong, in a sentence.
    """

    event: str = attrs.field(metadata=checked(text))
    code: str = attrs.field(metadata=checked(code))
    message: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _order(event: Event, found: dict[DeadlineKind, Deadline]) -> list[Finding]:
    findings = []
    early, close, hotel = found.get(DeadlineKind.EARLY_BIRD), found[DeadlineKind.CLOSE], found.get(DeadlineKind.HOTEL)
    opens = found.get(DeadlineKind.OPENS)
    if early is not None and early.last_day > close.last_day:
        findings.append(
            Finding(
                event.name,
                "events.season.order",
                f"The early bird ends {early.last_day}, after the close, {close.last_day}.",
            )
        )
    if hotel is not None and hotel.last_day >= event.start:
        findings.append(
            Finding(
                event.name,
                "events.season.hotel",
                f"The hotel cut-off, {hotel.last_day}, is not before the start, {event.start}.",
            )
        )
    if opens is not None and opens.last_day > close.last_day:
        findings.append(
            Finding(
                event.name,
                "events.season.opens",
                f"Registration opens {opens.last_day}, after it closes, {close.last_day}.",
            )
        )
    return findings


def _published(event: Event, found: dict[DeadlineKind, Deadline]) -> list[Finding]:
    findings = []
    for kind, entry in found.items():
        wording = entry.rule.published
        if wording is None:
            continue
        label = kind.value.replace("_", " ")
        try:
            check = check_published_deadline(wording, year=entry.last_day.year)
            named = parse_published_deadline(wording, year=entry.last_day.year).day
        except InputError as error:
            findings.append(
                Finding(event.name, "events.season.unreadable", f"The {label} wording: {error.problems[0].message}.")
            )
            continue
        if not check.outcome:
            findings.append(Finding(event.name, "events.season.weekday", check.failures[0].message))
        if named != entry.last_day:
            findings.append(
                Finding(
                    event.name,
                    "events.season.published_date",
                    f"The {label} wording names {named}, but the rule gives {entry.last_day}.",
                )
            )
    return findings


def check_season(
    events: Iterable[PlannedEvent], *, now: datetime, calendar: HolidayLookup | None = None
) -> Table[Finding]:
    """Every finding in a season's calendar, event by event in date order (an empty table when all is well).

    ``calendar`` counts business days for relative deadlines (California state offices by default).

    Raises:
        InputError: for bad input: not planned events, a naive ``now``, or a deadline after
            an event's start (as :func:`~calcities_domain.events.deadlines` refuses it).
        RuleNotInForce: for business days counted back before the holiday calendar covers them.
    """
    items: list[object] = iterable("events", events)
    problems = [
        Problem(f"events[{index}]", f"expected a PlannedEvent, got {item!r}")
        for index, item in enumerate(items)
        if not isinstance(item, PlannedEvent)
    ]
    problems.extend(aware_problems("now", now))
    given: object = calendar
    if given is not None and not isinstance(given, HolidayLookup):
        problems.append(
            Problem("calendar", f"expected a holiday calendar (with `in` and .get(day)), got {type(given).__name__}")
        )
    if problems:
        raise InputError(problems)
    planned = sorted(
        ((index, item) for index, item in enumerate(items) if isinstance(item, PlannedEvent)),
        key=lambda pair: (pair[1].event.start, pair[1].event.name),
    )
    resolved = []
    for index, item in planned:
        try:
            resolved.append((item, {d.kind: d for d in deadlines(item.event, item.policy, calendar=calendar)}))
        except InputError as error:
            problems += [Problem(f"events[{index}].{p.path}", p.message) for p in error.problems]
    if problems:
        raise InputError(problems)
    keyed: list[tuple[date, str, tuple[tuple[str, str], ...], list[Finding]]] = []
    for item, found in resolved:
        findings = _order(item.event, found) + _published(item.event, found)
        for kind, entry in found.items():
            if kind is not DeadlineKind.OPENS and entry.at < now:
                message = f"The {kind.value.replace('_', ' ')} deadline, {entry.at.isoformat()}, is already past."
                findings.append(Finding(item.event.name, "events.season.past", message))
        keyed.append((item.event.start, item.event.name, tuple((f.code, f.message) for f in findings), findings))
    # Event by event, by start and name (and, for two alike, by their findings): never by the input's order.
    ordered = sorted(keyed, key=lambda entry: entry[:3])
    return Table.of(Finding, (finding for entry in ordered for finding in entry[3]))
