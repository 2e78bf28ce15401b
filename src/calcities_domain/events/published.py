"""Checks of deadlines as published: does the weekday printed match the date printed?

Announcements give deadlines as words: "Register by Friday, Feb. 9th, 2024", "by
Wednesday, May 10", "Online registration ends Wednesday, Jan. 14". The sources hold one
printed with the wrong weekday ("by Monday, July 27" in 2022, a Wednesday). The check
reads the weekday and the date and says whether they agree; when they do not, it says so
and never guesses which of the two is right.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date

import attrs

from calcities_domain.events.cal_cities import WRONG_WEEKDAY
from calcities_domain.kernel import Decision, Effect, Reason
from calcities_domain.kernel._checks import checked, fail, optional, plain_date, text, validate, whole_number

__all__ = ["PublishedDeadline", "check_published_deadline", "parse_published_deadline"]

_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_WEEKDAYS |= {name.lower(): index for index, name in enumerate(calendar.day_abbr)}
_WEEKDAYS |= {"tues": 1, "wed": 2, "thur": 3, "thurs": 3}
_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}
_MONTHS |= {"sept": 9}

_PATTERN = re.compile(
    r"\b(?:(?P<weekday>[A-Za-z]+)\.?,?\s+)?"
    r"(?P<month>[A-Za-z]+)\.?\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s+(?P<year>\d{4}))?"
    r"(?![\d])",
    re.IGNORECASE,
)


def _weekday(instance_: object, attribute: attrs.Attribute[int], value: object) -> None:
    whole_number(instance_, attribute, value)
    if not 0 <= value <= 6:  # type: ignore[operator]
        raise fail(attribute.name, f"expected a weekday from 0 (Monday) to 6 (Sunday), got {value}")


@attrs.frozen
class PublishedDeadline:
    """A deadline read from its published wording.

    Attributes:
        text: The wording.
        day: The date it names.
        weekday: The weekday it names (0 for Monday), if it names one.
    """

    text: str = attrs.field(metadata=checked(text))
    day: date = attrs.field(metadata=checked(plain_date))
    weekday: int | None = attrs.field(metadata=checked(optional(_weekday)))

    def __attrs_post_init__(self) -> None:
        validate(self)


_FULL_NAMES = [name.lower() for name in calendar.day_name]
#: A word ending in "day" close to a weekday's name but not one ("thurday") is a misspelt weekday.
_DAY_WORD = re.compile(r"\b[a-z]+day\b")
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ABBREVIATION = re.compile(rf"\b([a-z]{{3,5}})(?:\.|,|\s+(?=(?:{_MONTH_WORDS})\b))")
_WORD = re.compile(r"\b[a-z]+\b")


def _weekday_named(wording: str) -> int | None:
    """The weekday named anywhere in the wording, or None.

    Raises:
        InputError: at ``text`` if the wording names two different weekdays, or a word
            that looks like a weekday and is not one ("Thurday"): it cannot be checked.
    """
    lower = wording.lower()
    # Full names anywhere; abbreviations only as abbreviations ("Fri.", "Wed,") or just before
    # a month, so that "seats sat empty" names no weekday.
    named = {_WEEKDAYS[word] for word in _WORD.findall(lower) if word in _FULL_NAMES}
    named |= {_WEEKDAYS[m[1]] for m in _ABBREVIATION.finditer(lower) if m[1] in _WEEKDAYS}
    unknown = [
        word
        for word in _DAY_WORD.findall(lower)
        if word not in _FULL_NAMES and difflib.get_close_matches(word, _FULL_NAMES, n=1, cutoff=0.8)
    ]
    if unknown:
        raise fail("text", f"{wording!r}: {unknown[0]!r} is not a weekday, so the weekday cannot be checked")
    if len(named) > 1:
        raise fail("text", f"{wording!r} names more than one weekday")
    return next(iter(named), None)


def parse_published_deadline(wording: str, *, year: int | None = None) -> PublishedDeadline:
    """Read the date (and weekday, if any) a published deadline names.

    The weekday may be anywhere in the wording ("Feb. 9, 2024 (Friday)"). ``year`` is used
    when the wording names none ("by Wednesday, May 10"); a year in the wording wins, and
    :func:`check_published_deadline` reports one that differs from ``year``.

    Raises:
        InputError: at ``text`` if no date can be read, the date does not exist, or a
            weekday cannot be read (two weekdays, or a misspelt one); at ``year`` if the
            wording names no year and none is given.

    >>> parse_published_deadline("Register by Friday, Feb. 9th, 2024").day
    datetime.date(2024, 2, 9)
    """
    given: object = wording  # checked at run time: untyped callers pass anything
    if not isinstance(given, str) or not given.strip():
        raise fail("text", f"expected the published wording, got {wording!r}")
    asked: object = year
    if asked is not None and (not isinstance(asked, int) or isinstance(asked, bool) or not 1 <= asked <= 9999):
        raise fail("year", f"expected a year from 1 to 9999, got {year!r}")
    for match in _PATTERN.finditer(wording):
        month = _MONTHS.get(match["month"].lower())
        if month is None:
            continue
        weekday = _weekday_named(wording)
        found_year = int(match["year"]) if match["year"] else year
        if found_year is None:
            raise fail("year", f"{wording!r} names no year: give the year")
        if not 1 <= found_year <= 9999:
            raise fail("year", f"{found_year} is not a year from 1 to 9999")
        try:
            day = date(found_year, month, int(match["day"]))
        except ValueError:
            raise fail("text", f"{wording!r} names a date that does not exist") from None
        return PublishedDeadline(wording, day, weekday)
    raise fail("text", f"no date found in {wording!r} (expected wording like 'Friday, Feb. 9th, 2024')")


def check_published_deadline(wording: str, *, year: int | None = None) -> Decision[bool]:
    """Whether the weekday a published deadline names is the weekday of the date it names.

    The outcome is True when they agree or no weekday is named. When they disagree it is
    False and the explanation names both: one of them is wrong, and which one is not guessed.

    >>> check_published_deadline("by Monday, July 27", year=2022).failures[0].message
    "'by Monday, July 27' names Monday, but 2022-07-27 is a Wednesday: the weekday or the date is wrong."
    """
    found = parse_published_deadline(wording, year=year)
    if year is not None and found.day.year != year:
        mismatch = Reason.of(
            "events.published.year_mismatch",
            f"{wording!r} names the year {found.day.year}, not {year}: the wording or the year given is wrong.",
            effect=Effect.FAIL,
            facts={"day": found.day, "year_given": year},
        )
        return Decision(f"Does {wording!r} name a weekday that matches its date?", False, (mismatch,))
    actual = calendar.day_name[found.day.weekday()]
    question = f"Does {wording!r} name a weekday that matches its date?"
    facts = {"day": found.day, "weekday_of_day": actual}
    if found.weekday is None:
        reason = Reason.of(
            "events.published.no_weekday",
            f"{wording!r} names {found.day} ({actual}) and no weekday: nothing to check.",
            facts=facts,
        )
        return Decision(question, True, (reason,))
    named = calendar.day_name[found.weekday]
    if found.weekday == found.day.weekday():
        reason = Reason.of(
            "events.published.weekday",
            f"{wording!r} names {named}, and {found.day} is a {actual}.",
            effect=Effect.PASS,
            facts=facts,
        )
        return Decision(question, True, (reason,))
    reason = Reason.of(
        "events.published.weekday_mismatch",
        f"{wording!r} names {named}, but {found.day} is a {actual}: the weekday or the date is wrong.",
        effect=Effect.FAIL,
        source=WRONG_WEEKDAY,
        facts={**facts, "weekday_named": named},
    )
    return Decision(question, False, (reason,))
