"""The MCLE hours an event offers, as figures and facts (credit.py).

Rules under test (src/calcities_domain/events/credit.py; ../shared/domain/
torch-events-training.md section 2.7): an event's sessions offer their minutes as hours,
each session to the nearest quarter hour; without sessions, the announced total; with
neither, nothing. Hours are written plainly: ten hours read "10", never "1E+1"; 1.50
reads "1.5". The announced figure is kept as the fact ``announced``.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from calcities_domain.events import Event, EventKind, Session, mcle_offered

PACIFIC = ZoneInfo("America/Los_Angeles")
DAY = date(2024, 2, 16)


def sessions(*minutes: int) -> tuple[Session, ...]:
    """One session a day long (7:00 to 19:00) per figure, on consecutive days from DAY."""
    return tuple(
        Session(
            f"s{index}",
            f"Session {index}",
            datetime(2024, 2, 16 + index, 7, tzinfo=PACIFIC),
            datetime(2024, 2, 16 + index, 19, tzinfo=PACIFIC),
            mcle_minutes=count,
        )
        for index, count in enumerate(minutes)
    )


def event(*minutes: int, hours: Decimal | None = None) -> Event:
    found = sessions(*minutes)
    end = DAY if not found else found[-1].ends_at.date()
    return Event("MLI Symposium", EventKind.SYMPOSIUM, DAY, end, sessions=found, mcle_hours=hours)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        ((600,), "10"),  # 10 hours: normalized is 1E+1, written "10"
        ((300, 300), "10"),
        ((600, 600), "20"),
        ((600,) * 12, "120"),  # a hundred and twenty: normalized is 1.2E+2
        ((300,), "5"),
        ((90,), "1.5"),  # 1.50 without its trailing zero
        ((45,), "0.75"),
        ((60,), "1"),  # one hour, singular
    ],
)
def test_the_sessions_hours_are_written_plainly(minutes: tuple[int, ...], text: str) -> None:
    decision = mcle_offered(event(*minutes))
    assert str(decision.outcome) == text
    assert decision.outcome == Decimal(text)
    (reason,) = decision.reasons
    assert reason.message == (
        f"Its sessions offer {sum(minutes)} minutes: {text} {'hour' if text == '1' else 'hours'}, "
        "each session to the nearest quarter hour."
    )
    assert reason.fact("hours") == text


def test_an_announcement_that_differs_is_kept_as_the_announced_fact() -> None:
    """The sessions' 10 hours are the answer; the announced 5 is the fact ``announced``."""
    decision = mcle_offered(event(600, hours=Decimal(5)))
    assert decision.outcome == Decimal(10)
    differs = decision.reasons[1]
    assert differs.code == "events.credit.announced_differs"
    assert differs.message == "The event announces 5 hours; the sessions add up to 10."
    assert [(f.name, f.value) for f in differs.facts] == [("announced", "5")]


def test_an_announced_total_without_sessions_is_the_announced_fact() -> None:
    """The 2024 MLI Symposium announced 5 hours of MCLE (section 2.7)."""
    decision = mcle_offered(event(hours=Decimal(5)))
    assert decision.outcome == Decimal(5)
    (reason,) = decision.reasons
    assert reason.message == "The event announces 5 hours of MCLE credit."
    assert [(f.name, f.value) for f in reason.facts] == [("announced", "5")]


def test_an_event_without_credit_says_so() -> None:
    decision = mcle_offered(event())
    assert decision.outcome == Decimal(0)
    (reason,) = decision.reasons
    assert (reason.code, reason.message) == ("events.credit.none", "The event offers no MCLE credit.")


def test_one_hour_announced_is_one_hour() -> None:
    decision = mcle_offered(event(hours=Decimal(1)))
    assert decision.reasons[0].message == "The event announces 1 hour of MCLE credit."
    differs = mcle_offered(event(90, hours=Decimal(1))).reasons[1]
    assert differs.message == "The event announces 1 hour; the sessions add up to 1.5."
