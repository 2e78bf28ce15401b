"""Events and registration: deadlines as instants, prices, refunds, credit offered, season checks.

.. versionadded:: 0.1.0
"""

from calcities_domain.events.cal_cities import PREREGISTRATION_DAYS, PROCESSING_CHARGE
from calcities_domain.events.credit import attendance_credits, mcle_offered
from calcities_domain.events.deadlines import (
    AfterClose,
    Anchor,
    Deadline,
    DeadlineKind,
    DeadlineRule,
    RegistrationPolicy,
    deadline,
    deadlines,
    registration_deadline,
    resolve_deadline,
)
from calcities_domain.events.models import Event, EventKind, Session
from calcities_domain.events.published import PublishedDeadline, check_published_deadline, parse_published_deadline
from calcities_domain.events.registration import (
    CAL_CITIES_CANCELLATION,
    CITY_ATTORNEYS_2023,
    CancellationKind,
    CancellationPolicy,
    CancellationRequest,
    Price,
    PriceOption,
    PriceSchedule,
    PriceTier,
    Registration,
    RegistrationState,
    quote,
    refund_due,
    registration_state,
)
from calcities_domain.events.season import Finding, PlannedEvent, check_season

__all__ = [
    "CAL_CITIES_CANCELLATION",
    "CITY_ATTORNEYS_2023",
    "PREREGISTRATION_DAYS",
    "PROCESSING_CHARGE",
    "AfterClose",
    "Anchor",
    "CancellationKind",
    "CancellationPolicy",
    "CancellationRequest",
    "Deadline",
    "DeadlineKind",
    "DeadlineRule",
    "Event",
    "EventKind",
    "Finding",
    "PlannedEvent",
    "Price",
    "PriceOption",
    "PriceSchedule",
    "PriceTier",
    "PublishedDeadline",
    "Registration",
    "RegistrationPolicy",
    "RegistrationState",
    "Session",
    "attendance_credits",
    "check_published_deadline",
    "check_season",
    "deadline",
    "deadlines",
    "mcle_offered",
    "parse_published_deadline",
    "quote",
    "refund_due",
    "registration_deadline",
    "registration_state",
    "resolve_deadline",
]
