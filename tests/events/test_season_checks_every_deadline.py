"""The season checks look at every deadline of a policy, and an opening on the close's day is in order.

Rules under test (src/calcities_domain/events/season.py; ../shared/domain/
torch-events-training.md section 2.3, "by Monday, July 27" in 2022):

* Deadlines in order: registration may open on the very day pre-registration closes (it
  opens at the start of that day and closes at its end); only an opening *after* the close
  is a finding, "Registration opens D1, after it closes, D2.".
* Each published wording is checked, deadline by deadline: a deadline with no wording, or
  with a wording that cannot be read (an ``events.season.unreadable`` finding), does not
  stop the check of the deadlines after it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from calcities_domain.events import DeadlineRule, Event, EventKind, PlannedEvent, RegistrationPolicy, check_season

#: Long before any deadline below: nothing is past.
NOW = datetime(2023, 1, 1, tzinfo=UTC)
#: Wednesday 16 to Friday 18 October 2024.
CONFERENCE = Event("Annual Conference", EventKind.OTHER, date(2024, 10, 16), date(2024, 10, 18))
#: Wednesday 9 October 2024, printed as a Monday.
WRONG_CLOSE = DeadlineRule.fixed(date(2024, 10, 9), published="Register by Monday, Oct. 9")
WRONG_CLOSE_FINDING = (
    "events.season.weekday",
    "'Register by Monday, Oct. 9' names Monday, but 2024-10-09 is a Wednesday: the weekday or the date is wrong.",
)


def findings(policy: RegistrationPolicy) -> list[tuple[str, str]]:
    table = check_season([PlannedEvent(CONFERENCE, policy)], now=NOW)
    assert {finding.event for finding in table} <= {"Annual Conference"}
    return [(finding.code, finding.message) for finding in table]


def test_registration_may_open_on_the_day_it_closes() -> None:
    """Only an opening after the close is out of order: the same day is not."""
    policy = RegistrationPolicy(
        opens=DeadlineRule.fixed(date(2024, 10, 9)), close=DeadlineRule.fixed(date(2024, 10, 9))
    )
    assert findings(policy) == []


def test_registration_opening_the_day_after_it_closes_is_a_finding() -> None:
    policy = RegistrationPolicy(
        opens=DeadlineRule.fixed(date(2024, 10, 10)), close=DeadlineRule.fixed(date(2024, 10, 9))
    )
    assert findings(policy) == [("events.season.opens", "Registration opens 2024-10-10, after it closes, 2024-10-09.")]


def test_a_deadline_without_wording_does_not_stop_the_check_of_the_next() -> None:
    """The early bird has no published wording; the close's wrong weekday is still found."""
    policy = RegistrationPolicy(early_bird=DeadlineRule.fixed(date(2024, 9, 1)), close=WRONG_CLOSE)
    assert findings(policy) == [WRONG_CLOSE_FINDING]


def test_an_unreadable_wording_does_not_stop_the_check_of_the_next() -> None:
    """The early bird's "Thurday" cannot be checked (a finding); the close's wrong weekday is found too."""
    early = DeadlineRule.fixed(date(2024, 9, 1), published="Early bird ends Thurday, Sept. 1")
    policy = RegistrationPolicy(early_bird=early, close=WRONG_CLOSE)
    assert findings(policy) == [
        (
            "events.season.unreadable",
            "The early bird wording: 'Early bird ends Thurday, Sept. 1': 'thurday' is not a weekday, "
            "so the weekday cannot be checked.",
        ),
        WRONG_CLOSE_FINDING,
    ]
