"""Cal Cities' event facts, each with its source and confidence.

Confirmed: the standing refund policy (the rate paid less a $75 processing charge, on a
written request received by the event's cancellation deadline; nothing for a no-show or
a participant removed for misconduct; no sharing of a registration); the pre-registration
deadlines of the events in the sources (mostly seven days before the start, the same
weekday); the 2023 City Attorneys Spring Conference prices; the 2024 Municipal Law
Institute Symposium's five MCLE hours. Inferred: that seven days is the default (six,
eight and nine-day cases exist), and that a deadline "by D" closes at the end of D in
Pacific time. Unknown: each event's cancellation deadline, and a clock time for any
registration deadline.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from calcities_domain.kernel import Cited, Confidence, Money, Source

__all__ = ["PREREGISTRATION_DAYS", "PROCESSING_CHARGE"]

C, INF, ASSUMED = Confidence.CONFIRMED, Confidence.INFERRED, Confidence.ASSUMED


def _src(title: str, url: str | None, note: str, confidence: Confidence = C, section: str | None = None) -> Source:
    return Source(title, confidence, url=url, note=note, section=section)


POLICIES = _src(
    "Cal Cities, Event and Meeting Policies",
    "https://www.cacities.org/Education-Events/Event-and-Meeting-Policies",
    "Advance registrants who cannot attend receive the rate paid less a $75 processing charge, only on a written "
    "request received by the Conference Registrar by the deadline in the event announcement. A participant removed "
    "for a conduct violation gets no refund. Sharing a registration is prohibited.",
)
NO_SHOW = _src(
    "calcities_domain: a no-show",
    "https://www.cacities.org/Education-Events/Event-and-Meeting-Policies",
    "The policy refunds only on a written request received by the deadline: a registrant who simply does not come "
    "made no such request, so gets nothing.",
    INF,
)
SEVEN_DAYS = _src(
    "Cal Cities event pages, 2022-2026 (pre-registration deadlines)",
    "https://www.calcities.org/education-and-events/event/2024/02/16/default-calendar/2024-municipal-law-institute-symposium",
    "Nine of twelve events close pre-registration seven days before the start, the same weekday (the others: six, "
    "eight, nine days). Seven is the default; give an event's own deadline where it differs.",
    INF,
)
END_OF_DAY = _src(
    "calcities_domain: 'register by D'",
    None,
    "The sources give deadlines as dates with no time of day. A deadline 'by D' is read as open through the last "
    "instant of D in the event's time zone.",
    INF,
    section="end of the last day, in the event's zone",
)
AFTER_CLOSE = _src(
    "Cal Cities event pages (MyCalCities), 2026",
    "https://my.calcities.org",
    "After the pre-registration deadline: register on site if space allows (academies, summits, City Attorneys); "
    "the City Managers Conference 2026 takes a wait list instead.",
)
CITY_ATTORNEYS_2023 = _src(
    "Cal Cities, 2023 City Attorneys Spring Conference (Monterey, 17-19 May 2023)",
    "https://www.calcities.org/education-and-events/event/2023/05/17/default-calendar/city-attorneys-conference",
    "Full conference / one day: member city officials and staff $625 / $350; non-member city officials and staff "
    "$1,625 / $1,350; all others $750 / $475; guest reception pass $50. Register by Wednesday, May 10.",
)
MLI_2024 = _src(
    "Cal Cities, 2024 Municipal Law Institute Symposium (Southwestern Law School, 16 February 2024)",
    "https://www.calcities.org/education-and-events/event/2024/02/16/default-calendar/2024-municipal-law-institute-symposium",
    "Register by Friday, Feb. 9th, 2024; 8:30 a.m. to 5 p.m.; 5 hours of MCLE credit.",
)
WRONG_WEEKDAY = _src(
    "Cal Cities news, 22 June 2022 (Annual Conference early bird)",
    "https://www.calcities.org/news/post/2022/06/22/learn-how-to-improve-",
    "'by Monday, July 27' - 27 July 2022 was a Wednesday: published weekdays can be wrong.",
)
CALLER_DEADLINE = _src(
    "calcities_domain: a deadline given by the caller",
    None,
    "The event's own deadline, as its announcement gives it.",
    C,
    section="per-event deadline",
)
ON_SITE_PRICE = _src(
    "calcities_domain: the price on site",
    None,
    "The sources give no on-site rates: a registration on site is quoted the regular price.",
    ASSUMED,
    section="on-site registration at the regular price",
)
CALLER_POLICY = _src(
    "calcities_domain: a cancellation policy given by the caller",
    None,
    "Another organiser's policy (fees kept, writing required), as the caller states it.",
    ASSUMED,
    section="CancellationPolicy",
)
CANCELLATION_UNKNOWN = _src(
    "calcities_domain: the cancellation deadline",
    "https://www.cacities.org/Education-Events/Event-and-Meeting-Policies",
    "The policy refers to 'the deadline specified in the event announcement'; the sources give none for any "
    "event. A cancellation deadline must be given per event; one used as an example cites this.",
    ASSUMED,
)

#: Days before an event's start that pre-registration closes, by default (inferred).
PREREGISTRATION_DAYS = Cited(7, SEVEN_DAYS)
#: The processing charge kept from a refund.
PROCESSING_CHARGE = Cited(Money.dollars(75), POLICIES)
