"""The reasons ``deadline`` gives: the question, the instant's wording and sources, the calendar note.

Rules under test (src/calcities_domain/events/deadlines.py; ../shared/domain/
torch-events-training.md sections 2.3 and 6):

* The opening is asked as "When does registration for E open?", every other deadline as
  "When is the <label> deadline of E?".
* Section 6: a deadline closes at the end of its last day [inferred: ``END_OF_DAY``], so
  the instant's reason cites END_OF_DAY and says "It closes at ..."; an opening opens at
  the start of its day, says "It opens at ..." and cites nothing (no end of day is read).
* A count of business days without a calendar is counted on the California state offices'
  calendar, a documented default (``DEFAULT_CALENDAR_CHOICE``) the decision names; with a
  calendar given, no such reason is added.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.events import DeadlineKind, DeadlineRule, Event, EventKind, RegistrationPolicy, deadline
from calcities_domain.events.cal_cities import END_OF_DAY
from calcities_domain.kernel import CALIFORNIA_STATE_OFFICES, Confidence
from calcities_domain.kernel.holidays import DEFAULT_CALENDAR_CHOICE

#: Friday 16 February 2024, a one-day event.
SYMPOSIUM = Event("MLI Symposium", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16))
POLICY = RegistrationPolicy(
    opens=DeadlineRule.fixed(date(2024, 1, 2)),
    close=DeadlineRule.before(2, business_days=True),
)


def test_the_opening_is_asked_when_it_opens_and_opens_at_the_start_of_its_day() -> None:
    decision = deadline(SYMPOSIUM, DeadlineKind.OPENS, POLICY)
    assert decision.question == "When does registration for MLI Symposium open?"
    assert decision.codes == ("events.deadline.opens", "events.deadline.instant")
    instant = decision.reasons[1]
    assert instant.message == "It opens at 2024-01-02T00:00:00-08:00 (America/Los_Angeles)."
    assert instant.source is None
    assert instant.fact("at") == "2024-01-02T00:00:00-08:00"


def test_the_close_is_asked_by_its_label_and_closes_at_the_end_of_its_day() -> None:
    """Two business days before Friday 16 February 2024: Wednesday 14 February, to its last instant."""
    decision = deadline(SYMPOSIUM, DeadlineKind.CLOSE, POLICY)
    assert decision.question == "When is the pre-registration deadline of MLI Symposium?"
    instant = decision.reasons[1]
    assert instant.code == "events.deadline.instant"
    assert instant.message == "It closes at 2024-02-14T23:59:59.999999-08:00 (America/Los_Angeles)."
    assert instant.source is END_OF_DAY
    assert END_OF_DAY.confidence is Confidence.INFERRED


def test_business_days_without_a_calendar_name_the_default_calendar() -> None:
    decision = deadline(SYMPOSIUM, DeadlineKind.CLOSE, POLICY)
    assert decision.codes == ("events.deadline.close", "events.deadline.instant", "events.deadline.calendar")
    calendar = decision.reasons[2]
    assert calendar.message == "Business days are counted on the California state offices' calendar."
    assert calendar.source is DEFAULT_CALENDAR_CHOICE
    assert DEFAULT_CALENDAR_CHOICE in decision.sources()


def test_business_days_on_a_calendar_given_add_no_calendar_note() -> None:
    decision = deadline(SYMPOSIUM, DeadlineKind.CLOSE, POLICY, calendar=CALIFORNIA_STATE_OFFICES)
    assert decision.codes == ("events.deadline.close", "events.deadline.instant")
    assert decision.outcome == deadline(SYMPOSIUM, DeadlineKind.CLOSE, POLICY).outcome


def test_calendar_days_add_no_calendar_note() -> None:
    """The default close counts calendar days (seven before the start): no calendar is read."""
    decision = deadline(SYMPOSIUM, DeadlineKind.CLOSE)
    assert decision.codes == ("events.deadline.close", "events.deadline.instant")
