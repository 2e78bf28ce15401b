"""The checks across a deadline rule's or an event's fields: their wording, and what does not hide them.

Rules under test (src/calcities_domain/events/deadlines.py, ``DeadlineRule``; events/models.py,
``Event``; docs/architecture.md, "Validation"; kernel/_checks.py, ``validate``):

* A deadline rule gives exactly one of ``on`` and ``days_before`` ("give exactly one of on (a
  fixed day) and days_before", at ``on``), and only a relative deadline counts business days
  ("only a relative deadline counts business days", at ``business_days``). Messages are
  public API, so they are checked word for word.
* "Checks that relate fields run once the fields they compare are sound": a bad field the
  cross checks never read (a rule's ``published``, ``source`` or ``anchor``; an event's
  ``name``, ``kind``, ``organizers``, ``cosponsors`` or ``mcle_hours``) is reported together
  with the cross checks' problems, not instead of them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.events import Anchor, DeadlineRule, Event, EventKind
from calcities_domain.kernel import InputError

DAY = date(2024, 2, 9)
BOTH = ("on", "give exactly one of on (a fixed day) and days_before")
FIXED_BUSINESS = ("business_days", "only a relative deadline counts business days")
ENDS_BEFORE = ("end", "2024-02-15 is before the start, 2024-02-16")


def problems(info: pytest.ExceptionInfo[InputError]) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in info.value.problems]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"on": DAY, "days_before": 7}, [BOTH]),
        ({}, [BOTH]),
        ({"on": DAY, "business_days": True}, [FIXED_BUSINESS]),
    ],
    ids=["both", "neither", "fixed business days"],
)
def test_a_rule_s_cross_checks_word_for_word(fields: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """DeadlineRule: "Exactly one of on and days_before is given"; business_days counts days_before only."""
    with pytest.raises(InputError) as info:
        DeadlineRule(**fields)
    assert problems(info) == expected


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"source": "MLI 2024 page"}, ("source", "expected Source, got 'MLI 2024 page'")),
        ({"anchor": "start"}, ("anchor", "expected Anchor, got 'start'")),
        ({"published": " "}, ("published", "must be non-blank text, got ' '")),
    ],
    ids=["source", "anchor", "published"],
)
@pytest.mark.parametrize(
    ("fields", "cross"),
    [({"on": DAY, "days_before": 7}, BOTH), ({"on": DAY, "business_days": True}, FIXED_BUSINESS)],
    ids=["both", "fixed business days"],
)
def test_a_bad_field_the_cross_checks_never_read_does_not_hide_them(
    bad: dict[str, Any], problem: tuple[str, str], fields: dict[str, Any], cross: tuple[str, str]
) -> None:
    """validate(..., independent={"published", "source", "anchor"}): both problems, the field's first."""
    with pytest.raises(InputError) as info:
        DeadlineRule(**fields, **bad)
    assert problems(info) == [problem, cross]


def test_a_rule_whose_days_are_bad_is_not_checked_across() -> None:
    """days_before is read by the cross check: a bad one is reported alone."""
    with pytest.raises(InputError) as info:
        DeadlineRule(on=DAY, days_before=-1, anchor=Anchor.END)
    assert problems(info) == [("days_before", "must not be negative, got -1")]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"cosponsors": ["League"]}, ("cosponsors", "expected a tuple of str, got ['League']")),
        ({"cosponsors": ("League", 1)}, ("cosponsors[1]", "expected str, got 1")),
        ({"organizers": ("Cal Cities", None)}, ("organizers[1]", "expected str, got None")),
    ],
    ids=["cosponsors not a tuple", "a cosponsor not text", "an organizer not text"],
)
def test_an_event_s_bad_sponsors_do_not_hide_that_it_ends_before_it_starts(
    bad: dict[str, Any], problem: tuple[str, str]
) -> None:
    """Event: organizers and cosponsors are not read across fields; the end before the start is still named."""
    with pytest.raises(InputError) as info:
        Event("MLI Symposium", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 15), **bad)
    assert problems(info) == [problem, ENDS_BEFORE]
