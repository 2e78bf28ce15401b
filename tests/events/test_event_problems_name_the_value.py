"""The problems of an event and a session name the bad value, and one bad title hides nothing.

Rules under test (src/calcities_domain/events/models.py, ``Event`` and ``Session``;
../shared/domain/torch-events-training.md section 2.7, an event announces its MCLE hours
and each session its minutes by subfield; docs/errors.md, an InputError names every problem
at once):

* ``mcle_hours``, the total an event announces, is a Decimal, zero or more: anything else
  is refused at ``mcle_hours`` with a message that shows the value given.
* A subfield listed twice in a session's ``mcle_subfields`` is refused at the second
  listing, ``mcle_subfields[i].subfield``, and the message names the subfield's code.
* A session's title is not read by the checks across its fields: a blank title is
  reported together with a session that ends before it starts, or whose MCLE minutes do
  not fit in it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from calcities_domain.events import Event, EventKind, Session
from calcities_domain.kernel import InputError, Problem
from calcities_domain.mcle import SubfieldShare

PACIFIC = ZoneInfo("America/Los_Angeles")
#: MLI 2024: Friday 16 February 2024 (domain notes, section 2.3).
MLI_DAY = date(2024, 2, 16)
NINE = datetime(2024, 2, 16, 9, 0, tzinfo=PACIFIC)
ELEVEN = datetime(2024, 2, 16, 11, 0, tzinfo=PACIFIC)


@pytest.mark.parametrize(
    ("hours", "shown"),
    [
        (Decimal("-1.5"), "Decimal('-1.5')"),
        (Decimal("NaN"), "Decimal('NaN')"),
        (5, "5"),
        ("5", "'5'"),
    ],
)
def test_an_event_s_bad_mcle_hours_are_shown_in_the_problem(hours: object, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        Event("MLI Symposium", EventKind.SYMPOSIUM, MLI_DAY, MLI_DAY, mcle_hours=hours)  # type: ignore[arg-type]
    assert caught.value.problems == (
        Problem("mcle_hours", f"expected a number of hours, zero or more, as a Decimal, got {shown}"),
    )


def test_a_subfield_listed_twice_is_named_in_the_problem() -> None:
    shares = (SubfieldShare("ethics", 30), SubfieldShare("competence", 30), SubfieldShare("ethics", 15))
    with pytest.raises(InputError) as caught:
        Session("ethics", "Ethics of land use", NINE, ELEVEN, mcle_minutes=120, mcle_subfields=shares)
    assert caught.value.problems == (Problem("mcle_subfields[2].subfield", "'ethics' is listed twice"),)


def test_a_blank_title_does_not_hide_a_session_that_ends_before_it_starts() -> None:
    with pytest.raises(InputError) as caught:
        Session("opening", " ", ELEVEN, NINE)
    assert caught.value.problems == (
        Problem("title", "must be non-blank text, got ' '"),
        Problem("ends_at", f"{NINE.isoformat()} is not after {ELEVEN.isoformat()}"),
    )


def test_a_blank_title_does_not_hide_minutes_longer_than_the_session() -> None:
    with pytest.raises(InputError) as caught:
        Session("opening", "", NINE, ELEVEN, mcle_minutes=121)
    assert caught.value.problems == (
        Problem("title", "must be non-blank text, got ''"),
        Problem("mcle_minutes", "121 minutes is longer than the session"),
    )
