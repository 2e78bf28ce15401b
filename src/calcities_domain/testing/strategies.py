"""Public Hypothesis strategies for every public model of calcities_domain.

Every strategy builds valid values by construction (cross-field invariants such as
``start <= end`` included), so they can feed property tests of your own code::

    from hypothesis import given
    from calcities_domain.testing import strategies as cst

    @given(cst.money())
    def test_refund_never_negative(paid): ...

:func:`strategy_for` maps each public model class to its strategy. For MCLE,
:func:`evaluation_inputs` draws a licensee, credits and a period that
:func:`calcities_domain.mcle.evaluate` accepts, and :func:`compliance_reports` the
reports it makes::

    @given(cst.evaluation_inputs())
    def test_order_never_matters(inputs):
        licensee, credits, period = inputs
        assert mcle.evaluate(licensee, credits[::-1], period) == mcle.evaluate(licensee, credits, period)

For the league's organization, :func:`registries` draws the library's registries of
bodies, registries derived from them and made-up ones, never naming more bodies than
the published count, and :func:`registry_snapshots` what they say on a day.

For governance, :func:`vote_tallies` draws counts that never exceed the members present
or eligible (and can be made to know those numbers, for a threshold of that base),
:func:`thresholds` the bylaws' four and any other share, and :func:`board_compositions`
the board as :func:`calcities_domain.governance.board_as_of` gives it::

    @given(cst.vote_tallies(), cst.thresholds(base=governance.Base.VOTES_CAST))
    def test_a_decision_agrees_with_passes(tally, threshold):
        assert governance.decide(tally, threshold).outcome == threshold.passes(tally)

For membership, :func:`membership_rolls` draws rolls of cities (most with a division
and populations, unique names) and valid histories: terms in order, never overlapping,
not before the city's incorporation, and dues that cover days of membership once at
most; :func:`member_officials` draws officials of the roll's member cities::

    @given(cst.membership_rolls(), cst.dates())
    def test_the_table_agrees_with_member_status(roll, day):
        for row in membership.statuses_on(roll, day):
            assert row.status is membership.member_status(roll, row.city, on=day).outcome

For events, :func:`events` draws events of a few days in their venue's zone, with
sessions inside those days (aware times in that zone, MCLE minutes within each session);
:func:`events_with_policies` draws ``(event, policy)`` pairs whose deadlines fall on or
before the event's start, so that :func:`calcities_domain.events.deadlines` resolves them,
and :func:`planned_events` the season's events made of them::

    @given(st.lists(cst.planned_events(), max_size=4), cst.aware_datetimes())
    def test_the_order_of_events_never_matters(season, now):
        found = Counter(events.check_season(season, now=now).rows)
        assert Counter(events.check_season(season[::-1], now=now).rows) == found

For recognition, :func:`programs` draws valid programs: the library's three (with their
settings, or others), and made-up ones whose levels come prerequisites first, with
thresholds that never decrease along prerequisites, some requirements not configured and
reuse and repeats true, false or not configured (``configured=True`` leaves nothing
unconfigured); :func:`activity_lists` draws an official's activities in a program's
categories and kinds, a few of one course, so that repeats occur; :func:`tally_inputs`
the arguments of :func:`calcities_domain.recognition.tally`, and :func:`tallies` the
tallies it makes::

    @given(cst.tally_inputs())
    def test_the_order_of_activities_never_matters(inputs):
        official, done, program, as_of = inputs
        found = recognition.tally(official, done, program, as_of=as_of)
        assert recognition.tally(official, done[::-1], program, as_of=as_of) == found

:func:`tables` draws :class:`~calcities_domain.kernel.Table` values of any row type.

Requires the ``hypothesis`` package (``pip install "calcities-domain[testing]"``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Any, TypeVar, overload
from zoneinfo import ZoneInfo

import attrs

try:
    from hypothesis import assume
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "calcities_domain.testing.strategies needs Hypothesis; "
        'install it with: pip install "calcities-domain[testing]"',
    ) from exc

from calcities_domain import governance, mcle, organization, recognition
from calcities_domain.catalog import RuleValue
from calcities_domain.events import (
    CAL_CITIES_CANCELLATION,
    CITY_ATTORNEYS_2023,
    AfterClose,
    Anchor,
    CancellationKind,
    CancellationPolicy,
    CancellationRequest,
    Deadline,
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    Finding,
    PlannedEvent,
    Price,
    PriceOption,
    PriceSchedule,
    PriceTier,
    PublishedDeadline,
    Registration,
    RegistrationPolicy,
    Session,
    parse_published_deadline,
)
from calcities_domain.events import deadlines as resolve_deadlines
from calcities_domain.governance import (
    Base,
    BoardComposition,
    Quorum,
    Roster,
    RosterSeat,
    SeatCount,
    SeatType,
    Threshold,
    VoteTally,
    VotingDesignation,
)
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    PACIFIC,
    AnnualDate,
    Cited,
    Confidence,
    DatedValue,
    DateRange,
    Decision,
    Effect,
    Fact,
    Holiday,
    HolidayCalendar,
    HolidayRule,
    Money,
    MonthEndPolicy,
    Problem,
    Reason,
    Source,
    Table,
    Timeline,
    WeekendShift,
    add_months,
    end_of_day,
)
from calcities_domain.mcle import (
    AnchoredCycles,
    CarryBack,
    CategoryHours,
    ComplianceGroup,
    CompliancePeriod,
    ComplianceReport,
    CountedCredit,
    Credit,
    CreditHours,
    CreditKind,
    Cycle,
    Delivery,
    Exemption,
    Jurisdiction,
    Licensee,
    LicenseStatus,
    Minimum,
    NatReport,
    NewAttorneyTraining,
    NoncomplianceRules,
    NotCounted,
    NotCountedReason,
    PeriodKind,
    PeriodSchedule,
    ProrationMode,
    ReportByOverride,
    Requirement,
    Rounding,
    RuleSet,
    Shortfall,
    StatusSpan,
    Subfield,
    SubfieldHours,
    SubfieldShare,
    TieRule,
)
from calcities_domain.mcle.models import EARLIEST_CREDIT
from calcities_domain.membership import (
    POLICY_COMMITTEE_APPOINTMENTS,
    AppointmentPath,
    DivisionCount,
    DuesPayment,
    HelenPutnamEntry,
    LapseRow,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    PathKind,
    PriceCategory,
    SeatBound,
    StandingRule,
    StatusRow,
)
from calcities_domain.organization import (
    Body,
    BodyKind,
    City,
    Office,
    Official,
    Population,
    Registry,
    RegistrySnapshot,
)
from calcities_domain.recognition import (
    Activity,
    ActivityKind,
    Audience,
    Award,
    AwardKind,
    Category,
    CategoryCredits,
    Conversion,
    Level,
    LevelResult,
    Maintenance,
    Program,
    RequirementKind,
    RequirementResult,
    Route,
    SubmissionDeadline,
    Tally,
    Uncounted,
    Window,
    WindowKind,
)
from calcities_domain.recognition import Requirement as RecognitionRequirement

__all__ = [
    "activities",
    "activity_kinds",
    "activity_lists",
    "anchored_cycles",
    "annual_dates",
    "appointment_paths",
    "awards",
    "aware_datetimes",
    "board_compositions",
    "bodies",
    "cancellation_policies",
    "cancellation_requests",
    "carry_backs",
    "category_credits",
    "category_hours",
    "cited",
    "cities",
    "compliance_periods",
    "compliance_reports",
    "confidences",
    "consistent_claims",
    "conversions",
    "counted_credits",
    "credit_categories",
    "credit_hours",
    "credit_lists",
    "credits",
    "cycles",
    "date_ranges",
    "dated_values",
    "dates",
    "deadline_rules",
    "deadlines",
    "decisions",
    "division_counts",
    "dues_payments",
    "evaluation_inputs",
    "events",
    "events_with_policies",
    "facts",
    "findings",
    "helen_putnam_entries",
    "holiday_calendars",
    "holiday_rules",
    "holidays",
    "jurisdictions",
    "lapse_rows",
    "level_results",
    "levels",
    "licensees",
    "maintenance_rules",
    "member_officials",
    "membership_histories",
    "membership_rolls",
    "minimums",
    "money",
    "nat_reports",
    "new_attorney_trainings",
    "noncompliance_rules",
    "not_counted",
    "officials",
    "period_schedules",
    "planned_events",
    "populations",
    "price_schedules",
    "prices",
    "problems",
    "programs",
    "public_models",
    "published_deadlines",
    "quorums",
    "reasons",
    "recognition_requirements",
    "registration_policies",
    "registrations",
    "registries",
    "registry_snapshots",
    "report_by_overrides",
    "requirement_results",
    "requirements",
    "roster_seats",
    "rosters",
    "routes",
    "rule_codes",
    "rule_sets",
    "rule_values",
    "seat_counts",
    "sessions",
    "shortfalls",
    "sources",
    "standing_rules",
    "status_rows",
    "status_spans",
    "strategy_for",
    "structured_as",
    "subfield_hours",
    "subfield_shares",
    "subfields",
    "submission_deadlines",
    "tables",
    "tallies",
    "tally_inputs",
    "texts",
    "thresholds",
    "timelines",
    "uncounted",
    "vote_tallies",
    "voting_designations",
    "windows",
]

T = TypeVar("T")

#: The dates the library's rules are written for: MCLE began in 1992, and the California
#: holiday calendars answer from 1992 onwards.
MIN_DATE = date(1992, 1, 1)
MAX_DATE = date(2100, 12, 31)


# The building blocks are made once and shared: composite strategies draw them many times
# per example, and Hypothesis validates every new strategy object on its first draw.
@functools.cache
def _texts() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
        str.strip
    )


@functools.cache
def _rule_codes() -> st.SearchStrategy[str]:
    part = st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True)
    return st.lists(part, min_size=1, max_size=4).map(".".join)


@functools.cache
def _sources() -> st.SearchStrategy[Source]:
    return _sources_with(confidences())


def _sources_with(confidence: st.SearchStrategy[Confidence]) -> st.SearchStrategy[Source]:
    return st.builds(
        Source,
        title=texts(),
        confidence=confidence,
        url=_optional_text(),
        section=_optional_text(),
        note=_optional_text(),
    )


def texts() -> st.SearchStrategy[str]:
    """Non-blank text: printable, at least one non-space character."""
    return _texts()


def rule_codes() -> st.SearchStrategy[str]:
    """Stable dotted identifiers such as ``mcle.self_study_cap``."""
    return _rule_codes()


def dates(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[date]:
    """Calendar dates (never datetimes) within the given bounds."""
    return st.dates(min_value=min_value, max_value=max_value)


def aware_datetimes(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[datetime]:
    """Aware instants in UTC, a fixed offset or Pacific time.

    A third of the Pacific instants fall between 00:00 and 03:59 on a daylight-saving
    change day (the second Sunday of March, the first Sunday of November), both folds
    included, where naive handling goes wrong.
    """
    naive = st.datetimes(
        min_value=datetime.combine(min_value, datetime.min.time()),
        max_value=datetime.combine(max_value, datetime.max.time()),
    )
    anywhere = st.builds(
        lambda moment, zone: moment.replace(tzinfo=zone),
        naive,
        st.sampled_from([UTC, PACIFIC, timezone(timedelta(hours=-8))]),
    )
    return st.one_of(anywhere, anywhere, _dst_change_instants(min_value, max_value))


@st.composite
def _dst_change_instants(draw: st.DrawFn, min_value: date, max_value: date) -> datetime:
    year = draw(st.integers(min_value=max(min_value.year, 2008), max_value=min(max_value.year, 2099)))
    march_first, november_first = date(year, 3, 1), date(year, 11, 1)
    spring = march_first + timedelta(days=(6 - march_first.weekday()) % 7 + 7)
    autumn = november_first + timedelta(days=(6 - november_first.weekday()) % 7)
    day = draw(st.sampled_from([spring, autumn]))
    moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=draw(st.integers(0, 4 * 60 - 1)))
    return moment.replace(tzinfo=PACIFIC, fold=draw(st.sampled_from([0, 1])))


def confidences() -> st.SearchStrategy[Confidence]:
    """Any confidence mark."""
    return st.sampled_from(Confidence)


@functools.cache
def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def sources(confidence: st.SearchStrategy[Confidence] | None = None) -> st.SearchStrategy[Source]:
    """Citations, with any (or the given) confidence."""
    return _sources() if confidence is None else _sources_with(confidence)


@st.composite
def date_ranges(
    draw: st.DrawFn,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    open_ended: bool | None = None,
) -> DateRange:
    """Inclusive ranges within the bounds; ``open_ended`` forces (or forbids) ``end=None``."""
    start = draw(dates(min_value, max_value))
    is_open = draw(st.booleans()) if open_ended is None else open_ended
    if is_open:
        return DateRange(start, None)
    return DateRange(start, draw(dates(start, max_value)))


def money(min_cents: int = -(10**9), max_cents: int = 10**9) -> st.SearchStrategy[Money]:
    """Amounts of money between the bounds, in cents."""
    return st.builds(Money, st.integers(min_value=min_cents, max_value=max_cents))


def facts() -> st.SearchStrategy[Fact]:
    """Named, rendered facts."""
    return st.builds(Fact, name=texts(), value=st.text(max_size=40))


@st.composite
def reasons(draw: st.DrawFn) -> Reason:
    """Reasons with unique fact names and an optional source."""
    fact_list = draw(st.lists(facts(), max_size=4, unique_by=lambda f: f.name))
    return Reason(
        code=draw(rule_codes()),
        message=draw(texts()),
        effect=draw(st.sampled_from(Effect)),
        facts=tuple(fact_list),
        source=draw(st.none() | sources()),
    )


def decisions(outcomes: st.SearchStrategy[T]) -> st.SearchStrategy[Decision[T]]:
    """Decisions whose outcomes come from ``outcomes``."""
    return st.builds(
        Decision,
        question=texts(),
        outcome=outcomes,
        reasons=st.lists(reasons(), max_size=4).map(tuple),
    )


def dated_values(values: st.SearchStrategy[T]) -> st.SearchStrategy[DatedValue[T]]:
    """One dated value, with its range and source."""
    return st.builds(DatedValue, in_force=date_ranges(), value=values, source=sources())


@overload
def timelines() -> st.SearchStrategy[Timeline[int]]: ...
@overload
def timelines(values: st.SearchStrategy[T]) -> st.SearchStrategy[Timeline[T]]: ...
def timelines(
    values: st.SearchStrategy[T] | None = None,
) -> st.SearchStrategy[Timeline[T]] | st.SearchStrategy[Timeline[int]]:
    """Valid timelines: ordered entries, adjacent or separated by declared gaps.

    The last entry may be open-ended. The values come from ``values``, by default whole
    numbers from 0 to 1000.
    """
    if values is None:
        return _timelines(st.integers(min_value=0, max_value=1000))
    return _timelines(values)


@st.composite
def _timelines(draw: st.DrawFn, value_strategy: st.SearchStrategy[T]) -> Timeline[T]:
    count = draw(st.integers(min_value=1, max_value=5))
    start = draw(dates(MIN_DATE, date(2030, 1, 1)))
    entries: list[DatedValue[T]] = []
    gaps: list[DateRange] = []
    for index in range(count):
        if index:
            previous_end = entries[-1].in_force.end
            assert previous_end is not None  # noqa: S101 - only the last entry is open
            gap_days = draw(st.sampled_from([0, 0, 0, 1, 30]))
            if gap_days:
                gaps.append(DateRange(previous_end + timedelta(days=1), previous_end + timedelta(days=gap_days)))
            start = previous_end + timedelta(days=gap_days + 1)
        last = index == count - 1
        end = None if last and draw(st.booleans()) else start + timedelta(days=draw(st.integers(0, 3000)))
        entries.append(DatedValue(DateRange(start, end), draw(value_strategy), draw(sources())))
    return Timeline(
        rule=draw(rule_codes()),
        description=draw(texts()),
        entries=tuple(entries),
        gaps=tuple(gaps),
    )


def problems() -> st.SearchStrategy[Problem]:
    """Input problems with JSON-path-like paths."""
    path = st.lists(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), max_size=3).map(
        lambda parts: "$" + "".join(f".{p}" for p in parts)
    )
    return st.builds(Problem, path=path, message=texts())


def tables(
    row_type: type[T],
    rows: st.SearchStrategy[T] | None = None,
    *,
    min_size: int = 0,
    max_size: int = 5,
) -> st.SearchStrategy[Table[T]]:
    """Tables of ``row_type`` records, as :meth:`Table.of <calcities_domain.kernel.Table.of>` builds them.

    The rows come from ``rows`` (by default the registered strategy of ``row_type``,
    :func:`strategy_for`); the columns are the fields of ``row_type``, so an empty table
    (drawn often) still has them. ``rows`` must draw records of exactly ``row_type``.

    .. versionadded:: 0.1.0
    """
    drawn = strategy_for(row_type) if rows is None else rows
    return st.lists(drawn, min_size=min_size, max_size=max_size).map(lambda items: Table.of(row_type, items))


@st.composite
def annual_dates(draw: st.DrawFn) -> AnnualDate:
    """Yearly date rules of each form: fixed day, nth weekday, weekday within days."""
    month = draw(st.integers(min_value=1, max_value=12))
    form = draw(st.sampled_from(["fixed", "nth", "days"]))
    weekday = draw(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]))
    if form == "fixed":
        return AnnualDate(month, day=draw(st.integers(min_value=1, max_value=28)))
    if form == "nth":
        return AnnualDate(month, weekday=weekday, nth=draw(st.sampled_from([1, 2, 3, 4, -1])))
    first = draw(st.integers(min_value=1, max_value=22))
    return AnnualDate(month, weekday=weekday, month_days=tuple(range(first, first + 7)))


def holiday_rules() -> st.SearchStrategy[HolidayRule]:
    """Holiday rules in force over some range of years."""
    return st.builds(
        HolidayRule,
        key=st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
        name=texts(),
        when=annual_dates(),
        years=date_ranges(),
        shift=st.sampled_from(WeekendShift),
        source=sources(),
    )


@st.composite
def holidays(draw: st.DrawFn) -> Holiday:
    """Observed holidays, as :meth:`HolidayCalendar.holidays_in` returns them.

    The observed day is the nominal day or a day either side of it.
    """
    nominal = draw(dates(MIN_DATE + timedelta(days=1), MAX_DATE - timedelta(days=1)))
    return Holiday(
        day=nominal + timedelta(days=draw(st.sampled_from([-1, 0, 1]))),
        name=draw(texts()),
        key=draw(st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)),
        nominal=nominal,
        source=draw(sources()),
    )


def holiday_calendars(*, with_coverage: bool = False) -> st.SearchStrategy[HolidayCalendar]:
    """Small holiday calendars, with optional one-off days and any weekend source.

    With ``with_coverage=True`` a calendar may also declare the days it covers, so that
    asking about other days raises ``RuleNotInForce``; by default it covers every day.
    """
    return st.builds(
        HolidayCalendar,
        name=texts(),
        rules=st.lists(holiday_rules(), max_size=4).map(tuple),
        source=sources(),
        extra_days=st.lists(st.tuples(dates(), texts()), max_size=3).map(tuple),
        covers=(st.none() | date_ranges()) if with_coverage else st.none(),
        weekend_source=sources(),
    )


def rule_values() -> st.SearchStrategy[RuleValue]:
    """Catalog rows: a dated, cited rule value in words."""
    return st.builds(
        RuleValue,
        domain=st.sampled_from(["kernel", "mcle", "organization", "governance", "membership", "events", "recognition"]),
        rule=rule_codes(),
        description=texts(),
        in_force=st.none() | date_ranges(),
        value=texts(),
        source=sources(),
    )


# --------------------------------------------------------------------------- MCLE

#: Licensees are admitted by this day, so that their status histories end well before MAX_DATE.
_LAST_ADMISSION = date(2060, 12, 31)
_QUARTER = Decimal("0.25")


def cited(values: st.SearchStrategy[T]) -> st.SearchStrategy[Cited[T]]:
    """A rule value with its source, the value drawn from ``values``.

    .. versionadded:: 0.1.0
    """
    return st.builds(Cited, values, sources())


def _hours(max_value: int = 60) -> st.SearchStrategy[Decimal]:
    """Non-negative quarter hours, sometimes in exponent form (``Decimal("1E+1")`` is 10 hours)."""
    quarters = st.integers(min_value=0, max_value=4 * max_value).map(lambda q: q * _QUARTER)
    return st.one_of(quarters, quarters.map(lambda h: h.normalize()))


def _categories() -> st.SearchStrategy[str]:
    """Category codes of a report: the fixed ones, a real subfield, or any code."""
    fixed = ["total", "participatory", "self_study", "carried_in"]
    known = sorted({s.code for j in mcle.jurisdictions() for s in j.subfields})
    return st.one_of(st.sampled_from(fixed + known), rule_codes())


def _where(jurisdiction: Jurisdiction | None) -> Jurisdiction:
    return mcle.CALIFORNIA if jurisdiction is None else jurisdiction


def _days(within: DateRange | CompliancePeriod | None, default: DateRange) -> tuple[date, date]:
    days = within.days if isinstance(within, CompliancePeriod) else within
    low, high = default.start, default.end or MAX_DATE
    if days is not None:
        low, high = max(low, days.start), min(high, days.end or MAX_DATE)
    if high < low:
        raise InvalidArgument(f"no day of {days} is between {default.start} and {default.end}")
    return low, high


def subfields() -> st.SearchStrategy[Subfield]:
    """Subfields a jurisdiction's credits may carry: a real one, or any code and label.

    .. versionadded:: 0.1.0
    """
    real = [s for j in mcle.jurisdictions() for s in j.subfields]
    return st.one_of(st.sampled_from(real), st.builds(Subfield, code=rule_codes(), label=texts()))


def subfield_shares(
    jurisdiction: Jurisdiction | None = None, *, max_minutes: int = 600
) -> st.SearchStrategy[SubfieldShare]:
    """Minutes of an activity in one of the jurisdiction's subfields (California by default).

    .. versionadded:: 0.1.0
    """
    codes = [s.code for s in _where(jurisdiction).subfields]
    return st.builds(SubfieldShare, st.sampled_from(codes), st.integers(min_value=0, max_value=max_minutes))


@st.composite
def credits(
    draw: st.DrawFn,
    licensee: Licensee | None = None,
    within: DateRange | CompliancePeriod | None = None,
    *,
    jurisdiction: Jurisdiction | None = None,
) -> Credit:
    """Credit claims, valid by construction.

    Subfield codes are distinct and from the jurisdiction's vocabulary (California by
    default), their minutes add up to no more than the activity's; only law-school
    teaching has ``units``, only speaking ``panelists``. The day of completion is in
    ``within`` if given, else around the ``licensee``'s admission and after it, and
    never before 1992. Activities come from a small pool, so that duplicate claims occur.

    Raises:
        InvalidArgument: if ``within`` has no day from 1992 on.

    .. versionadded:: 0.1.0
    """
    default = DateRange(EARLIEST_CREDIT, MAX_DATE)
    if licensee is not None and within is None:
        floor = licensee.admitted_on.replace(day=1)
        default = DateRange(
            max(EARLIEST_CREDIT, floor - timedelta(days=90)), min(MAX_DATE, floor + timedelta(days=30 * 366))
        )
    low, high = _days(within, default)
    codes = [s.code for s in _where(jurisdiction).subfields]
    minutes = draw(st.integers(min_value=0, max_value=600))
    kind = draw(st.sampled_from(CreditKind))
    shares: list[SubfieldShare] = []
    room = minutes
    for subfield in draw(st.lists(st.sampled_from(codes), unique=True, max_size=3)):
        share = draw(st.integers(min_value=0, max_value=room))
        room -= share
        shares.append(SubfieldShare(subfield, share))
    return Credit(
        draw(texts()),
        draw(dates(low, high)),
        minutes,
        delivery=draw(st.sampled_from(Delivery)),
        kind=kind,
        subfields=tuple(shares),
        activity=draw(st.none() | st.sampled_from(["course-1", "course-2", "course-3"])),
        provider_approved=draw(st.booleans() | st.just(True)),
        first_presentation=draw(st.booleans()),
        panelists=draw(st.none() | st.integers(min_value=1, max_value=8)) if kind is CreditKind.SPEAKING else None,
        units=(
            draw(st.integers(min_value=1, max_value=24)) * _QUARTER if kind is CreditKind.LAW_SCHOOL_TEACHING else None
        ),
        new_attorney_training=draw(st.booleans() | st.just(False)),
        title=draw(_optional_text()),
    )


def credit_lists(
    licensee: Licensee | None = None,
    within: DateRange | CompliancePeriod | None = None,
    *,
    jurisdiction: Jurisdiction | None = None,
    min_size: int = 0,
    max_size: int = 10,
) -> st.SearchStrategy[tuple[Credit, ...]]:
    """Tuples of :func:`credits` with distinct ids, as :func:`~calcities_domain.mcle.evaluate` takes them.

    .. versionadded:: 0.1.0
    """
    return st.lists(
        credits(licensee, within, jurisdiction=jurisdiction),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda c: c.credit_id,
    ).map(consistent_claims)


def consistent_claims(claims: Iterable[Credit]) -> tuple[Credit, ...]:
    """The credits, made consistent as :func:`~calcities_domain.mcle.evaluate` requires.

    A credit claiming an activity on a day as an earlier one does, but with different
    details, loses its activity (evaluate refuses such a pair).

    .. versionadded:: 0.1.0
    """
    first: dict[tuple[str, date], Credit] = {}
    kept: list[Credit] = []
    for credit in claims:
        if credit.activity is not None:
            key = (credit.activity, credit.completed_on)
            earlier = first.setdefault(key, credit)
            if (
                earlier is not credit
                and attrs.evolve(earlier, credit_id=credit.credit_id, title=credit.title) != credit
            ):
                credit = attrs.evolve(credit, activity=None)  # noqa: PLW2901 - the credit as kept
        kept.append(credit)
    return tuple(kept)


@st.composite
def status_spans(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> StatusSpan:
    """One span of status, with a ground of exemption if and only if it is ``EXEMPT``.

    .. versionadded:: 0.1.0
    """
    status = draw(st.sampled_from(LicenseStatus))
    span = draw(date_ranges(min_value, max_value))
    exemption = draw(st.sampled_from(Exemption)) if status is LicenseStatus.EXEMPT else None
    return StatusSpan(status, span.start, span.end, exemption=exemption)


@st.composite
def _status_history(draw: st.DrawFn, admitted_on: date) -> tuple[StatusSpan, ...]:
    """Spans in date order, none overlapping, none before admission; only the last may be open."""
    spans: list[StatusSpan] = []
    start = admitted_on + timedelta(days=draw(st.integers(min_value=0, max_value=1500)))
    count = draw(st.integers(min_value=0, max_value=3))
    for index in range(count):
        status = draw(st.sampled_from(LicenseStatus))
        exemption = draw(st.sampled_from(Exemption)) if status is LicenseStatus.EXEMPT else None
        if index == count - 1 and draw(st.booleans()):
            spans.append(StatusSpan(status, start, None, exemption=exemption))
            break
        end = start + timedelta(days=draw(st.integers(min_value=0, max_value=1500)))
        spans.append(StatusSpan(status, start, end, exemption=exemption))
        start = end + timedelta(days=draw(st.integers(min_value=1, max_value=1500)))
    return tuple(spans)


@st.composite
def licensees(
    draw: st.DrawFn,
    *,
    jurisdiction: Jurisdiction | None = None,
    admitted_on: st.SearchStrategy[date] | None = None,
) -> Licensee:
    """Licensees of a jurisdiction (California by default) with a valid status history.

    A California licensee has a compliance group; a licensee of a jurisdiction that
    anchors periods on each licensee (New York) has a ``cycle_start`` instead, on or
    within two years after admission. Status spans are in date order, never overlap,
    start on or after admission, and carry a ground of exemption exactly when exempt.

    .. versionadded:: 0.1.0
    """
    where = _where(jurisdiction)
    admitted = draw(admitted_on if admitted_on is not None else dates(MIN_DATE, _LAST_ADMISSION))
    if where.anchored is not None:
        group = None
        cycle_start: date | None = admitted + timedelta(days=draw(st.integers(min_value=0, max_value=730)))
    else:
        group = draw(st.sampled_from(where.groups))
        cycle_start = None
    return Licensee(
        draw(texts()),
        admitted,
        group,
        statuses=draw(_status_history(admitted)),
        cycle_start=cycle_start,
    )


@st.composite
def compliance_periods(
    draw: st.DrawFn,
    who: ComplianceGroup | Licensee | None = None,
    *,
    jurisdiction: Jurisdiction | None = None,
    within: DateRange | None = None,
) -> CompliancePeriod:
    """Real compliance periods, drawn from the jurisdiction's schedules (California by default).

    ``who`` is a compliance group or a licensee; by default any group of the jurisdiction,
    or, where periods are anchored on each licensee, any cycle start. The period contains
    a day of ``within`` if given.

    Raises:
        InvalidArgument: if the schedule has no day in ``within``.

    .. versionadded:: 0.1.0
    """
    where = _where(jurisdiction)
    if who is None and where.anchored is not None:
        who = Licensee("cycle", MIN_DATE, cycle_start=draw(dates(MIN_DATE, date(2080, 12, 31))))
    elif who is None:
        who = draw(st.sampled_from(where.groups))
    schedule = where.schedule_for(who) if isinstance(who, Licensee) else where.schedule_for_group(who)
    low, high = _days(within, schedule.covered())
    return mcle.compliance_period(who, containing=draw(dates(low, high)), jurisdiction=where)


@st.composite
def evaluation_inputs(
    draw: st.DrawFn, jurisdiction: Jurisdiction | None = None, *, max_credits: int = 10
) -> tuple[Licensee, tuple[Credit, ...], CompliancePeriod]:
    """``(licensee, credits, period)`` that :func:`~calcities_domain.mcle.evaluate` accepts.

    The period is one of the licensee's own schedule, near the admission, and one the
    jurisdiction (California by default) has a rule set for; the credits are dated
    around it (some before, some after), in its subfields, with distinct ids.

    .. versionadded:: 0.1.0
    """
    where = _where(jurisdiction)
    licensee = draw(licensees(jurisdiction=where))
    schedule = where.schedule_for(licensee)
    first_end = where.rule_sets.entries[0].in_force.start
    low = max(schedule.first_day, first_end)
    high = schedule.last_day or MAX_DATE
    near = licensee.admitted_on + timedelta(days=draw(st.integers(min_value=-3 * 366, max_value=15 * 366)))
    day = min(max(near, low), high)
    period = mcle.compliance_period(licensee, containing=day, jurisdiction=where)
    around = DateRange(period.start - timedelta(days=400), period.end + timedelta(days=400))
    credit_list = draw(credit_lists(within=around, jurisdiction=where, max_size=max_credits))
    return licensee, credit_list, period


@st.composite
def compliance_reports(draw: st.DrawFn, jurisdiction: Jurisdiction | None = None) -> ComplianceReport:
    """Reports, as :func:`~calcities_domain.mcle.evaluate` makes them from :func:`evaluation_inputs`.

    .. versionadded:: 0.1.0
    """
    where = _where(jurisdiction)
    licensee, credit_list, period = draw(evaluation_inputs(where))
    return mcle.evaluate(licensee, credit_list, period, jurisdiction=where)


@st.composite
def nat_reports(draw: st.DrawFn, jurisdiction: Jurisdiction | None = None) -> NatReport:
    """New Attorney Training reports, as :func:`~calcities_domain.mcle.evaluate_nat` makes them.

    Licensees are admitted on either side of California's 2018 start, with credits in the
    year after admission.

    .. versionadded:: 0.1.0
    """
    where = _where(jurisdiction)
    licensee = draw(licensees(jurisdiction=where, admitted_on=dates(date(2015, 1, 1), date(2035, 12, 31))))
    floor = licensee.admitted_on.replace(day=1)
    window = DateRange(floor - timedelta(days=60), floor + timedelta(days=480))
    credit_list = draw(credit_lists(within=window, jurisdiction=where))
    return mcle.evaluate_nat(licensee, credit_list, jurisdiction=where)


def subfield_hours() -> st.SearchStrategy[SubfieldHours]:
    """Hours in one subfield.

    .. versionadded:: 0.1.0
    """
    return st.builds(SubfieldHours, _categories(), _hours())


def _subfield_hours_tuples() -> st.SearchStrategy[tuple[SubfieldHours, ...]]:
    return st.lists(subfield_hours(), max_size=3, unique_by=lambda s: s.subfield).map(tuple)


def carry_backs() -> st.SearchStrategy[CarryBack]:
    """Carry-back allocations (a credit id and the end of the period it is applied to).

    .. versionadded:: 0.1.0
    """
    return st.builds(CarryBack, texts(), dates())


def category_hours() -> st.SearchStrategy[CategoryHours]:
    """Hours counted in one category.

    .. versionadded:: 0.1.0
    """
    return st.builds(CategoryHours, _categories(), _hours())


def counted_credits() -> st.SearchStrategy[CountedCredit]:
    """Credits' hours that counted, with distinct subfield codes.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        CountedCredit,
        credit_id=texts(),
        hours=_hours(),
        delivery=st.sampled_from(Delivery),
        subfields=_subfield_hours_tuples(),
        carried_back=st.booleans(),
        basis=texts(),
    )


def not_counted() -> st.SearchStrategy[NotCounted]:
    """Hours that did not count, with a reason.

    .. versionadded:: 0.1.0
    """
    return st.builds(NotCounted, texts(), _hours(), st.sampled_from(NotCountedReason), texts())


@st.composite
def requirements(draw: st.DrawFn) -> Requirement:
    """Requirements, the prorated hours no more than the unprorated ones.

    .. versionadded:: 0.1.0
    """
    unprorated = draw(_hours())
    hours = draw(st.integers(min_value=0, max_value=int(unprorated / _QUARTER))) * _QUARTER
    return Requirement(draw(_categories()), draw(texts()), hours, unprorated, draw(sources()))


def shortfalls() -> st.SearchStrategy[Shortfall]:
    """What is missing in one category, by a day.

    .. versionadded:: 0.1.0
    """
    return st.builds(Shortfall, _categories(), texts(), _hours().filter(bool), dates())


def minimums() -> st.SearchStrategy[Minimum]:
    """Subfield minimums of a rule set.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Minimum,
        subfield=_categories(),
        label=texts(),
        hours=_hours(12),
        source=sources(),
        when_prorated=st.sampled_from(ProrationMode),
        proration_source=st.none() | sources(),
    )


def new_attorney_trainings() -> st.SearchStrategy[NewAttorneyTraining]:
    """New Attorney Training requirements: California's, or any valid one.

    .. versionadded:: 0.1.0
    """
    real = [j.new_attorney_training for j in mcle.jurisdictions() if j.new_attorney_training is not None]
    built = st.builds(
        NewAttorneyTraining,
        admitted_after=cited(dates()),
        hours=cited(_hours(20)),
        months_after_admission_month=cited(st.integers(min_value=0, max_value=24)),
    )
    return st.one_of(st.sampled_from(real), built)


#: Shares with an exact decimal form, for self-study caps.
_SHARES = [Fraction(0), Fraction(1, 4), Fraction(2, 5), Fraction(1, 2), Fraction(3, 4), Fraction(1)]
_INCREMENTS = [Fraction(1, 100), Fraction(1, 10), Fraction(1, 5), Fraction(1, 4), Fraction(1, 2), Fraction(1)]


def _real_rule_sets(jurisdiction: Jurisdiction | None) -> list[RuleSet]:
    where = mcle.jurisdictions() if jurisdiction is None else (jurisdiction,)
    return [entry.value for j in where for entry in j.rule_sets.entries]


@functools.cache
def _rule_set_changes() -> Mapping[str, st.SearchStrategy[Any]]:
    """What a variant of a rule set may change (the total and the minimums apart), made once."""
    return MappingProxyType(
        {
            "name": texts(),
            "self_study_cap": st.none() | cited(st.sampled_from(_SHARES)),
            "self_study_over_cap_counts_for_subfields": cited(st.booleans()),
            "minutes_per_hour": cited(st.sampled_from([45, 50, 60])),
            "increment": cited(st.sampled_from(_INCREMENTS)),
            "tie": cited(st.sampled_from(TieRule)),
            "rounding": cited(st.sampled_from(Rounding)),
            "proration_months_threshold": st.none() | cited(st.integers(min_value=0, max_value=12)),
            "proration_rounding_up": cited(st.booleans()),
            "carry_forward_cap": cited(_hours(12)),
            "carry_back": cited(st.booleans()),
            "speaker_multiplier": st.none() | cited(st.integers(min_value=1, max_value=5)),
            "hours_per_teaching_unit": st.none() | cited(_hours(15)),
            "nat_counts_toward_mcle": cited(st.booleans()),
        }
    )


@functools.cache
def _total_hours(at_least: Decimal) -> st.SearchStrategy[Cited[Decimal]]:
    quarters = st.integers(min_value=int(at_least / _QUARTER), max_value=160)
    return cited(quarters.map(lambda q: q * _QUARTER))


@st.composite
def rule_sets(draw: st.DrawFn, jurisdiction: Jurisdiction | None = None, *, evolve: bool = True) -> RuleSet:
    """Rule sets: one of the jurisdictions' own (all of them by default), or a variant of it.

    A variant changes any of the cited values (hours, cap, credit-hour length, rounding,
    proration, carry-forward and carry-back, speaker and teaching rules) and how each
    minimum is prorated, within what a rule set accepts, keeping the subfield minimums
    inside the total. With ``evolve=False`` only the real rule sets are drawn.

    .. versionadded:: 0.1.0
    """
    base = draw(st.sampled_from(_real_rule_sets(jurisdiction)))
    if not evolve or draw(st.booleans()):
        return base
    changes = {name: draw(values) for name, values in _rule_set_changes().items() if draw(st.booleans())}
    if draw(st.booleans()):
        top = sum((m.hours for m in base.minimums if "." not in m.subfield), Decimal(0))
        changes["total_hours"] = draw(_total_hours(top))
    if draw(st.booleans()):
        modes = st.sampled_from(ProrationMode)
        changes["minimums"] = tuple(attrs.evolve(m, when_prorated=draw(modes)) for m in base.minimums)
    return attrs.evolve(base, **changes)


@st.composite
def credit_hours(draw: st.DrawFn, jurisdiction: Jurisdiction | None = None) -> CreditHours:
    """The hours a credit earns, as :func:`~calcities_domain.mcle.hours_for` works them out.

    .. versionadded:: 0.1.0
    """
    return mcle.hours_for(draw(credits(jurisdiction=jurisdiction)), draw(rule_sets(jurisdiction)))


@st.composite
def cycles(draw: st.DrawFn, first_start: date | None = None, *, last: bool = True) -> Cycle:
    """Runs of periods: going on (if ``last``), ending after some periods, or one fixed-end period.

    .. versionadded:: 0.1.0
    """
    first = first_start if first_start is not None else draw(dates(MIN_DATE, date(2060, 12, 31)))
    months = draw(st.integers(min_value=1, max_value=48))
    kind = draw(st.sampled_from(PeriodKind))
    source = draw(sources())
    form = draw(st.sampled_from(["open", "bounded", "fixed"] if last else ["bounded", "fixed"]))
    if form == "fixed":
        end = first + timedelta(days=draw(st.integers(min_value=0, max_value=2000)))
        return Cycle(first, months, kind=kind, source=source, end=end)
    last_start = None
    if form == "bounded":
        last_start = add_months(
            first, draw(st.integers(min_value=0, max_value=8)) * months, policy=MonthEndPolicy.CLAMP
        )
    return Cycle(first, months, last_start, kind=kind, source=source)


@st.composite
def report_by_overrides(draw: st.DrawFn) -> ReportByOverride:
    """One-off report deadlines, some days after the end of a period.

    .. versionadded:: 0.1.0
    """
    period_end = draw(dates())
    report_by = period_end + timedelta(days=draw(st.integers(min_value=1, max_value=90)))
    return ReportByOverride(period_end, report_by, draw(sources()))


@st.composite
def _built_schedules(draw: st.DrawFn) -> PeriodSchedule:
    count = draw(st.integers(min_value=1, max_value=3))
    runs: list[Cycle] = []
    start = draw(dates(MIN_DATE, date(2040, 12, 31)))
    for index in range(count):
        run = draw(cycles(start, last=index == count - 1))
        runs.append(run)
        if run.last_end is None:
            break
        start = run.last_end + timedelta(days=1)
    schedule = PeriodSchedule(
        jurisdiction=draw(rule_codes()),
        key=draw(texts()),
        group=draw(st.none() | st.sampled_from(ComplianceGroup)),
        cycles=tuple(runs),
        due_days_after_end=draw(st.integers(min_value=1, max_value=90)),
        deadline_calendar=draw(st.sampled_from([None, CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL])),
        deadline_source=draw(sources()),
        missing=draw(texts()),
    )
    # An override must name the end of one of the schedule's periods, once, and not
    # come before the due day.
    overrides: dict[date, ReportByOverride] = {}
    for day in draw(st.lists(dates(schedule.first_day, schedule.last_day or MAX_DATE), max_size=2)):
        period = schedule.period_containing(day)
        late = timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        overrides[period.end] = ReportByOverride(period.end, period.due + late, draw(sources()))
    return attrs.evolve(schedule, overrides=tuple(overrides.values()))


def period_schedules() -> st.SearchStrategy[PeriodSchedule]:
    """Period schedules: California's groups, New York cycles, or built chains of runs.

    .. versionadded:: 0.1.0
    """
    real = [s for j in mcle.jurisdictions() for s in j.group_schedules]
    anchored = [
        st.builds(j.anchored.schedule, st.just(j.code), dates()) for j in mcle.jurisdictions() if j.anchored is not None
    ]
    return st.one_of(st.sampled_from(real), *anchored, _built_schedules())


def anchored_cycles() -> st.SearchStrategy[AnchoredCycles]:
    """Cycle rules anchored on each licensee: New York's, or any valid one.

    .. versionadded:: 0.1.0
    """
    real = [j.anchored for j in mcle.jurisdictions() if j.anchored is not None]
    built = st.builds(
        AnchoredCycles,
        st.integers(min_value=1, max_value=60),
        st.integers(min_value=1, max_value=90),
        sources(),
        sources(),
    )
    return st.one_of(st.sampled_from(real), built)


def noncompliance_rules() -> st.SearchStrategy[NoncomplianceRules]:
    """What follows a missed deadline: California's, or any valid one.

    .. versionadded:: 0.1.0
    """
    real = [j.noncompliance for j in mcle.jurisdictions() if j.noncompliance is not None]
    fees = timelines(values=money(min_cents=0, max_cents=100_000))
    built = st.builds(
        NoncomplianceRules,
        late_fee=fees,
        reinstatement_fee=fees,
        notice_days=st.none() | timelines(values=st.integers(min_value=0, max_value=365)),
        inactive_enrollment=texts(),
        inactive_enrollment_source=sources(),
    )
    return st.one_of(st.sampled_from(real), built)


def jurisdictions() -> st.SearchStrategy[Jurisdiction]:
    """The jurisdictions the library configures (:func:`calcities_domain.mcle.jurisdictions`).

    .. versionadded:: 0.1.0
    """
    return st.sampled_from(mcle.jurisdictions())


# --------------------------------------------------------------------------- Organization


def populations(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[Population]:
    """Population counts (from none to ten million residents) on a day within the bounds.

    .. versionadded:: 0.1.0
    """
    return st.builds(Population, st.integers(min_value=0, max_value=10_000_000), dates(min_value, max_value))


@st.composite
def cities(draw: st.DrawFn, *, max_populations: int = 4) -> City:
    """Cities with population counts in strictly increasing date order (one per day at most).

    The division, when there is one, is the code of a division of
    :data:`~calcities_domain.organization.DIVISIONS`.

    .. versionadded:: 0.1.0
    """
    days = sorted(draw(st.lists(dates(), unique=True, max_size=max_populations)))
    counts = st.integers(min_value=0, max_value=10_000_000)
    return City(
        draw(texts()),
        incorporated_on=draw(st.none() | dates(date(1850, 1, 1), MAX_DATE)),
        populations=tuple(Population(draw(counts), day) for day in days),
        division=draw(st.none() | st.sampled_from([b.code for b in organization.DIVISIONS.bodies])),
    )


@st.composite
def officials(draw: st.DrawFn, *, open_term: bool | None = None) -> Official:
    """Officials holding any office, elected or not, for a term that ends on or after it starts.

    ``open_term`` forces (or forbids) a term that runs on (``term_end=None``).

    .. versionadded:: 0.1.0
    """
    start = draw(dates())
    is_open = draw(st.booleans()) if open_term is None else open_term
    return Official(
        draw(texts()),
        draw(texts()),
        draw(st.sampled_from(Office)),
        draw(st.booleans()),
        start,
        None if is_open else draw(dates(start, MAX_DATE)),
    )


def bodies(kind: BodyKind | None = None) -> st.SearchStrategy[Body]:
    """Bodies of the given kind (any kind by default), existing over some range of days.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Body,
        code=rule_codes(),
        name=texts(),
        kind=st.sampled_from(BodyKind) if kind is None else st.just(kind),
        in_force=date_ranges(),
        source=sources(),
    )


@st.composite
def _derived_registry(draw: st.DrawFn, base: Registry) -> Registry:
    """A real registry with some of its bodies, renamed or re-sourced, over some of its days.

    Named bodies are a subset of the real ones on days the real names cover, so never
    more than the published count.
    """
    chosen = draw(st.lists(st.sampled_from(base.bodies), unique_by=lambda b: b.code))
    changed = [
        attrs.evolve(
            body,
            name=draw(_optional_text()) or body.name,
            source=draw(sources()) if draw(st.booleans()) else body.source,
        )
        for body in chosen
    ]
    cover = base.names_cover
    if draw(st.booleans()):
        cover = draw(date_ranges(cover.start, cover.end or MAX_DATE))
    return base.with_bodies(changed, names_cover=cover)


@st.composite
def _built_registry(draw: st.DrawFn, kind: BodyKind | None) -> Registry:
    """A registry of made-up bodies whose published counts are never below the number of bodies."""
    of_kind = draw(st.sampled_from(BodyKind)) if kind is None else kind
    members = draw(st.lists(bodies(of_kind), max_size=5, unique_by=lambda b: b.code))
    counts = st.integers(min_value=len(members), max_value=len(members) + 3)
    return Registry(
        kind=of_kind,
        description=draw(texts()),
        bodies=tuple(members),
        names_cover=draw(date_ranges()),
        count=draw(st.none() | timelines(values=counts)),
    )


def registries(kind: BodyKind | None = None) -> st.SearchStrategy[Registry]:
    """Registries of bodies: the library's own, derived from them, or made up.

    A derived registry keeps some of a real registry's bodies (possibly renamed or
    re-sourced, as a caller's :meth:`~calcities_domain.organization.Registry.with_bodies`
    list would be) over some of the days its names cover; a made-up one has at most five
    bodies and published counts never below their number. Either way, on no day the names
    cover are more bodies named than the published count. ``kind`` restricts the kind.

    .. versionadded:: 0.1.0
    """
    real = [r for r in organization.registries() if kind is None or r.kind is kind]
    return st.one_of(st.sampled_from(real), st.sampled_from(real).flatmap(_derived_registry), _built_registry(kind))


@st.composite
def registry_snapshots(draw: st.DrawFn, kind: BodyKind | None = None) -> RegistrySnapshot:
    """Snapshots, as :meth:`~calcities_domain.organization.Registry.as_of` makes them from :func:`registries`.

    .. versionadded:: 0.1.0
    """
    source = draw(registries(kind))
    cover = source.names_cover
    return source.as_of(draw(dates(cover.start, cover.end or MAX_DATE)))


# --------------------------------------------------------------------------- Governance

#: The first day the board's composition is known (:data:`~calcities_domain.governance.BOARD_COMPOSITIONS`).
BOARD_FIRST_DAY = governance.BOARD_COMPOSITIONS.entries[0].in_force.start

#: The thresholds the bylaws name.
_NAMED_THRESHOLDS = (
    governance.MAJORITY_OF_VOTES_CAST,
    governance.TWO_THIRDS_OF_VOTES_CAST,
    governance.TWO_THIRDS_OF_PRESENT,
    governance.MAJORITY_OF_MEMBERS,
)
#: Seats for a body: its code (a division, department or caucus), or a city's name.
_BODY_REGISTRIES = {
    SeatType.DIVISION: organization.DIVISIONS,
    SeatType.DEPARTMENT: organization.DEPARTMENTS,
    SeatType.CAUCUS: organization.CAUCUSES,
}


def seat_counts() -> st.SearchStrategy[SeatCount]:
    """Seats of one type: one of the board's real rows, or any count (or an unknown one).

    .. versionadded:: 0.1.0
    """
    real = [seat for entry in governance.BOARD_COMPOSITIONS.entries for seat in entry.value]
    built = st.builds(
        SeatCount,
        st.sampled_from(SeatType),
        st.none() | st.integers(min_value=0, max_value=60),
        st.booleans(),
        sources(),
    )
    return st.one_of(st.sampled_from(real), built)


def board_compositions(
    min_value: date = BOARD_FIRST_DAY, max_value: date = MAX_DATE
) -> st.SearchStrategy[BoardComposition]:
    """The board as :func:`~calcities_domain.governance.board_as_of` gives it, on a day within the bounds.

    Days before :data:`BOARD_FIRST_DAY` (8 March 2013), which the sources do not cover,
    are never drawn.

    Raises:
        InvalidArgument: if the bounds hold no day from 8 March 2013 on.

    .. versionadded:: 0.1.0
    """
    low = max(min_value, BOARD_FIRST_DAY)
    if max_value < low:
        raise InvalidArgument(f"no day from {min_value} to {max_value} is on or after {BOARD_FIRST_DAY}")
    return dates(low, max_value).map(governance.board_as_of)


@st.composite
def vote_tallies(
    draw: st.DrawFn,
    *,
    with_present: bool | None = None,
    with_eligible: bool | None = None,
    max_members: int = 500,
) -> VoteTally:
    """Counts of a vote: yes + no + abstain <= present <= eligible, where those are known.

    ``with_present`` and ``with_eligible`` force (or forbid) knowing the members present
    and eligible, as a threshold of that base needs; by default either may be unknown.
    No count exceeds ``max_members``.

    .. versionadded:: 0.1.0
    """
    knows_eligible = draw(st.booleans()) if with_eligible is None else with_eligible
    knows_present = draw(st.booleans()) if with_present is None else with_present
    ceiling = draw(st.integers(min_value=0, max_value=max_members))
    eligible = ceiling if knows_eligible else None
    if knows_present:
        ceiling = draw(st.integers(min_value=0, max_value=ceiling))
    present = ceiling if knows_present else None
    counted = draw(st.integers(min_value=0, max_value=ceiling))
    yes = draw(st.integers(min_value=0, max_value=counted))
    no = draw(st.integers(min_value=0, max_value=counted - yes))
    return VoteTally(yes, no, abstain=counted - yes - no, present=present, eligible=eligible)


@st.composite
def thresholds(draw: st.DrawFn, base: Base | None = None) -> Threshold:
    """Thresholds: one of the four the bylaws name, or any share from 0 to 1 (denominator above 0).

    ``base`` restricts what the share is of.

    .. versionadded:: 0.1.0
    """
    named = [t for t in _NAMED_THRESHOLDS if base is None or t.base is base]
    if draw(st.booleans()):
        return draw(st.sampled_from(named))
    denominator = draw(st.integers(min_value=1, max_value=12))
    return Threshold(
        draw(st.integers(min_value=0, max_value=denominator)),
        denominator,
        draw(st.sampled_from(Base)) if base is None else base,
        draw(st.booleans()),
        draw(texts()),
    )


def quorums(max_members: int = 500) -> st.SearchStrategy[Quorum]:
    """Quorums of up to ``max_members`` members, with the source relied on.

    .. versionadded:: 0.1.0
    """
    return st.builds(Quorum, st.integers(min_value=0, max_value=max_members), sources())


@st.composite
def voting_designations(draw: st.DrawFn) -> VotingDesignation:
    """A city's voting delegate and at most two alternates, distinct people, all officials of that city.

    The council action may be missing, and the people registered for the conference are
    some of the holders, and perhaps others.

    .. versionadded:: 0.1.0
    """
    city = draw(texts())
    max_holders = 1 + governance.MAX_ALTERNATES.value
    holders = [
        attrs.evolve(official, city=city)
        for official in draw(st.lists(officials(), min_size=1, max_size=max_holders, unique_by=lambda o: o.person))
    ]
    people = [h.person for h in holders]
    registered = draw(st.lists(st.sampled_from(people), unique=True)) + draw(st.lists(texts(), max_size=2))
    return VotingDesignation(
        city,
        holders[0],
        alternates=tuple(holders[1:]),
        council_action=draw(_optional_text()),
        registered=frozenset(registered),
    )


@st.composite
def roster_seats(draw: st.DrawFn, seat_type: SeatType | None = None) -> RosterSeat:
    """A seat held by an official for a term, of the given type (any by default).

    A division, department or caucus seat names one of the league's bodies of that kind,
    a large-city seat its holder's city; other seats name no body.

    .. versionadded:: 0.1.0
    """
    kind = draw(st.sampled_from(SeatType)) if seat_type is None else seat_type
    holder = draw(officials())
    registry = _BODY_REGISTRIES.get(kind)
    body = None
    if registry is not None:
        body = draw(st.sampled_from([b.code for b in registry.bodies]))
    elif kind is SeatType.LARGE_CITY:
        body = holder.city
    return RosterSeat(kind, holder, draw(date_ranges()), body=body)


@st.composite
def rosters(draw: st.DrawFn, *, max_seats: int = 8) -> Roster:
    """Rosters of up to ``max_seats`` seats, no person holding two.

    .. versionadded:: 0.1.0
    """
    seats = draw(st.lists(roster_seats(), max_size=max_seats, unique_by=lambda s: s.holder.person))
    return Roster(tuple(seats))


# --------------------------------------------------------------------------- Membership

#: The longest term of membership drawn, in days (twelve years).
_MAX_TERM_DAYS = 12 * 366
#: The longest lapse drawn between two terms, in days (six years).
_MAX_LAPSE_DAYS = 6 * 366
#: Names of real cities, drawn beside made-up ones so that examples read well.
_CITY_NAMES = (
    "Arcata",
    "Bishop",
    "Danville",
    "Fresno",
    "Irvine",
    "Orange",
    "Ojai",
    "Redding",
    "Vernon",
    "Yreka",
)
#: The body that appoints along each path: a division, department or caucus (none for the President).
_PATH_REGISTRIES = {
    PathKind.DIVISION: organization.DIVISIONS,
    PathKind.DEPARTMENT: organization.DEPARTMENTS,
    PathKind.CAUCUS: organization.CAUCUSES,
}
#: Populations around the small-city thresholds of the board (10,000; 12,000 before 2017).
_THRESHOLD_COUNTS = (9_999, 10_000, 11_999, 12_000)


def _shifted(day: date, days: int) -> date:
    """``day`` moved by ``days`` days, kept within the calendar."""
    return date.fromordinal(min(max(day.toordinal() + days, 1), date.max.toordinal()))


@functools.cache
def _division_codes() -> tuple[str, ...]:
    return tuple(body.code for body in organization.DIVISIONS.bodies)


@functools.cache
def _city_names() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(_CITY_NAMES), texts())


@functools.cache
def _award_categories() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(["Housing Programs", "Public Safety", "Economic Development"]), texts())


@functools.cache
def _term_days() -> st.SearchStrategy[int]:
    return st.integers(min_value=0, max_value=_MAX_TERM_DAYS)


@functools.cache
def _lapse_days() -> st.SearchStrategy[int]:
    """Days between two terms: none often (the terms touch: one continuous membership)."""
    return st.one_of(st.just(0), st.integers(min_value=1, max_value=_MAX_LAPSE_DAYS))


@functools.cache
def _dues_days() -> st.SearchStrategy[int]:
    """How many days after its first a payment covers: a year or two mostly, or any number up to 800."""
    return st.one_of(st.sampled_from([364, 365, 729, 1825]), st.integers(min_value=0, max_value=800))


@functools.cache
def _unpaid_days() -> st.SearchStrategy[int]:
    """Days left unpaid before a payment: none mostly."""
    return st.sampled_from([0, 0, 0, 0, 1, 30, 200])


@functools.cache
def _payment_delays() -> st.SearchStrategy[int]:
    """When a payment arrives, in days after the first day it covers (negative: in advance)."""
    return st.integers(min_value=-120, max_value=400)


@functools.cache
def _populations_counts() -> st.SearchStrategy[int]:
    return st.one_of(st.integers(min_value=0, max_value=4_000_000), st.sampled_from(_THRESHOLD_COUNTS))


def _bounds(min_value: date, max_value: date) -> None:
    if max_value < min_value:
        raise InvalidArgument(f"max_value ({max_value}) is before min_value ({min_value})")


def _draw_terms(draw: st.DrawFn, low: date, high: date, max_terms: int) -> list[DateRange]:
    """One to ``max_terms`` terms within the bounds, in date order, not overlapping; only the last may run on."""
    count = draw(st.integers(min_value=1, max_value=max(1, max_terms)))
    start = draw(dates(low, high))
    terms: list[DateRange] = []
    for index in range(count):
        if index == count - 1 and draw(st.booleans()):
            terms.append(DateRange(start))
            break
        end = min(_shifted(start, draw(_term_days())), high)
        terms.append(DateRange(start, end))
        lapse = draw(_lapse_days())
        if (high - end).days <= lapse:
            break
        start = end + timedelta(days=lapse + 1)
    return terms


def _draw_dues(draw: st.DrawFn, terms: list[DateRange], high: date, max_payments: int) -> list[DuesPayment]:
    """Payments in date order, none covering a day twice, each starting on a day of membership.

    A payment may run past the end of its term (into a lapse, or the next term); days are
    left unpaid now and then.
    """
    payments: list[DuesPayment] = []
    unpaid: date | None = None  # the first day after the last payment
    for term in terms:
        last = high if term.end is None else term.end
        day = term.start if unpaid is None else max(unpaid, term.start)
        while len(payments) < max_payments:
            day = _shifted(day, draw(_unpaid_days()))
            if day > last:
                break
            end = min(_shifted(day, draw(_dues_days())), high)
            payments.append(DuesPayment(DateRange(day, end), _shifted(day, draw(_payment_delays()))))
            if end >= high:
                return payments
            day = end + timedelta(days=1)
        unpaid = day
    return payments


def _draw_history(
    draw: st.DrawFn,
    city: str,
    low: date,
    high: date,
    *,
    max_terms: int = 3,
    max_payments: int = 8,
    with_dues: bool | None = None,
) -> MembershipHistory:
    terms = _draw_terms(draw, low, high, max_terms)
    recorded = draw(st.booleans()) if with_dues is None else with_dues
    payments = _draw_dues(draw, terms, high, max_payments) if recorded else []
    return MembershipHistory(city, tuple(terms), dues=tuple(payments))


@st.composite
def dues_payments(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> DuesPayment:
    """A payment of dues for days within the bounds (a year or two mostly), always closed.

    It is received from four months before the first day it covers to thirteen months after.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    start = draw(dates(min_value, max_value))
    end = min(_shifted(start, draw(_dues_days())), max_value)
    return DuesPayment(DateRange(start, end), _shifted(start, draw(_payment_delays())))


@st.composite
def membership_histories(
    draw: st.DrawFn,
    city: str | None = None,
    *,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    max_terms: int = 3,
    max_payments: int = 8,
    with_dues: bool | None = None,
) -> MembershipHistory:
    """One city's membership (``city``, or any name), valid by construction.

    One to ``max_terms`` terms, in date order and not overlapping, start within the
    bounds; two may touch (one continuous membership), the others are separated by
    lapses, and only the last may run on. ``with_dues`` forces (or forbids) recorded
    dues: up to ``max_payments`` payments in date order, none covering a day twice, each
    starting on a day of membership (it may run on into a lapse), with some days left
    unpaid and payments received early or late.

    Raises:
        InvalidArgument: if ``max_value`` is before ``min_value``.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    name = draw(_city_names()) if city is None else city
    return _draw_history(
        draw, name, min_value, max_value, max_terms=max_terms, max_payments=max_payments, with_dues=with_dues
    )


def standing_rules() -> st.SearchStrategy[StandingRule]:
    """The assumed default, or a grace period of up to two years (the library's source or any).

    .. versionadded:: 0.1.0
    """
    days = st.integers(min_value=0, max_value=730)
    return st.one_of(
        st.just(StandingRule.default()),
        st.builds(StandingRule.grace, days),
        st.builds(StandingRule, st.none() | days, sources()),
    )


@st.composite
def _roll_city(draw: st.DrawFn, name: str, divisions: tuple[str, ...]) -> City:
    """A city of a roll: mostly with a division (of a few) and populations, sometimes without."""
    days = sorted(draw(st.lists(dates(MIN_DATE, date(2040, 12, 31)), unique=True, max_size=3)))
    if days and draw(st.integers(min_value=0, max_value=4)) == 0:
        days = []
    known = draw(st.integers(min_value=0, max_value=4)) > 0
    return City(
        name,
        incorporated_on=draw(st.none() | dates(date(1850, 1, 1), date(2040, 12, 31))),
        populations=tuple(Population(draw(_populations_counts()), day) for day in days),
        division=draw(st.sampled_from(divisions)) if known else None,
    )


@st.composite
def membership_rolls(
    draw: st.DrawFn,
    *,
    min_cities: int = 0,
    max_cities: int = 6,
    min_members: int = 0,
    standing: st.SearchStrategy[StandingRule] | None = None,
) -> MembershipRoll:
    """Rolls of up to ``max_cities`` cities with unique names and valid histories.

    Most cities have a division (a few of :data:`~calcities_domain.organization.DIVISIONS`
    per roll, so that divisions are shared) and population counts (some near the
    small-city thresholds, some equal, so that ties occur); some have neither, or no
    incorporation day. Most cities (three in four) have a :func:`membership_histories` history,
    its terms from the city's incorporation (or 1992) on; at least ``min_members`` do.
    The histories are in any order. The rule for good standing comes from ``standing``
    (by default :func:`standing_rules`).

    Raises:
        InvalidArgument: if ``min_members`` exceeds ``max_cities``.

    .. versionadded:: 0.1.0
    """
    if min_members > max_cities:
        raise InvalidArgument(f"min_members ({min_members}) exceeds max_cities ({max_cities})")
    names = draw(st.lists(_city_names(), min_size=max(min_cities, min_members), max_size=max_cities, unique=True))
    divisions = tuple(draw(st.lists(st.sampled_from(_division_codes()), min_size=1, max_size=3, unique=True)))
    roll_cities = [draw(_roll_city(name, divisions)) for name in names]
    histories = [
        _draw_history(draw, city.name, max(MIN_DATE, city.incorporated_on or MIN_DATE), MAX_DATE)
        for index, city in enumerate(roll_cities)
        if index < min_members or draw(st.integers(min_value=0, max_value=3)) > 0
    ]
    return MembershipRoll(
        tuple(roll_cities),
        tuple(draw(st.permutations(histories))),
        standing=draw(standing_rules() if standing is None else standing),
    )


@st.composite
def member_officials(draw: st.DrawFn, roll: MembershipRoll, *, on: date | None = None) -> Official:
    """Officials of a city that has been a member of ``roll``, in office while it is a member.

    The term of office starts during a term of membership; with ``on``, the city is a
    member on ``on`` (in good standing or not) and the official holds office that day.
    An example where no city qualifies is rejected: draw the roll with
    ``membership_rolls(min_members=1)``, and ``on`` from a term of membership, to avoid it.

    .. versionadded:: 0.1.0
    """
    if on is None:
        candidates = [(history.city, term) for history in roll.histories for term in history.terms]
    else:
        candidates = [(history.city, term) for history in roll.histories if (term := history.term_on(on)) is not None]
    assume(candidates)
    city, term = draw(st.sampled_from(candidates))
    if on is None:
        start = draw(dates(term.start, term.end or _shifted(term.start, _MAX_TERM_DAYS)))
        end = None if draw(st.booleans()) else draw(dates(start, _shifted(start, 8 * 366)))
    else:
        start = draw(dates(max(term.start, _shifted(on, -8 * 366)), on))
        end = None if draw(st.booleans()) else draw(dates(on, _shifted(on, 8 * 366)))
    office = draw(st.sampled_from(Office))
    return Official(draw(texts()), city, office, draw(st.booleans()), start, end)


@st.composite
def appointment_paths(draw: st.DrawFn) -> AppointmentPath:
    """Ways onto a policy committee, as :func:`~calcities_domain.membership.policy_committee_paths` lists them, or any.

    A division, department or caucus path names one of the league's bodies of that kind,
    the President's none. Half the paths take their seats, bound and source from
    :data:`~calcities_domain.membership.POLICY_COMMITTEE_APPOINTMENTS`.

    .. versionadded:: 0.1.0
    """
    kind = draw(st.sampled_from(PathKind))
    registry = _PATH_REGISTRIES.get(kind)
    body = None if registry is None else draw(st.sampled_from([b.code for b in registry.bodies]))
    if draw(st.booleans()):
        cited_path = POLICY_COMMITTEE_APPOINTMENTS[kind]
        seats, bound = cited_path.value
        return AppointmentPath(kind, body, seats, bound, cited_path.source)
    return AppointmentPath(
        kind, body, draw(st.integers(min_value=0, max_value=20)), draw(st.sampled_from(SeatBound)), draw(sources())
    )


@st.composite
def helen_putnam_entries(
    draw: st.DrawFn, roll: MembershipRoll | None = None, *, min_value: date = MIN_DATE, max_value: date = MAX_DATE
) -> HelenPutnamEntry:
    """Entries for the Helen Putnam Award: by one city, a group of two to four, or a division.

    The cities are distinct, named from ``roll`` when given (a group only if it has two
    cities or more); a division is one of :data:`~calcities_domain.organization.DIVISIONS`.
    The program started on a day within the bounds.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    category = draw(_award_categories())
    started = draw(dates(min_value, max_value))
    known = None if roll is None else [city.name for city in roll.cities]
    largest = 4 if known is None else min(4, len(known))
    forms = ["division"] + (["city"] if largest >= 1 else []) + (["group"] if largest >= 2 else [])
    form = draw(st.sampled_from(forms))
    if form == "division":
        return HelenPutnamEntry((), category, started, division=draw(st.sampled_from(_division_codes())))
    size = 1 if form == "city" else draw(st.integers(min_value=2, max_value=largest))
    names = _city_names() if known is None else st.sampled_from(known)
    return HelenPutnamEntry(tuple(draw(st.lists(names, min_size=size, max_size=size, unique=True))), category, started)


@st.composite
def status_rows(draw: st.DrawFn) -> StatusRow:
    """Rows of :func:`~calcities_domain.membership.statuses_on`, consistent across columns.

    ``member`` and ``good_standing`` agree with the status; a member has a ``member_since``
    day, and unpaid dues from that day on (always, when not in good standing; sometimes
    when in good standing, under the default rule); a non-member has neither.

    .. versionadded:: 0.1.0
    """
    status = draw(st.sampled_from(MemberStatus))
    since = draw(dates()) if status.is_member else None
    unpaid = None
    if since is not None and (status is MemberStatus.NOT_IN_GOOD_STANDING or draw(st.booleans())):
        unpaid = draw(dates(since, MAX_DATE))
    return StatusRow(
        city=draw(_city_names()),
        division=draw(st.none() | st.sampled_from(_division_codes())),
        status=status,
        member=status.is_member,
        good_standing=status is MemberStatus.GOOD_STANDING,
        member_since=since,
        dues_unpaid_since=unpaid,
    )


@st.composite
def lapse_rows(draw: st.DrawFn) -> LapseRow:
    """Rows of :func:`~calcities_domain.membership.lapsed_between`: the lapse is the day after the last day.

    The city rejoined, if it did, at least a day after the lapse (else there is no lapse).

    .. versionadded:: 0.1.0
    """
    through = draw(dates(MIN_DATE, MAX_DATE - timedelta(days=2)))
    lapsed = through + timedelta(days=1)
    return LapseRow(
        city=draw(_city_names()),
        division=draw(st.none() | st.sampled_from(_division_codes())),
        member_through=through,
        lapsed_on=lapsed,
        rejoined_on=draw(st.none() | dates(lapsed + timedelta(days=1), MAX_DATE)),
    )


@st.composite
def division_counts(draw: st.DrawFn, *, max_cities: int = 60) -> DivisionCount:
    """Rows of :func:`~calcities_domain.membership.counts_by_division`.

    Members and non-members add up to the cities, and the members in good standing are
    among the members. The division is unknown (None) now and then.

    .. versionadded:: 0.1.0
    """
    cities_count = draw(st.integers(min_value=0, max_value=max_cities))
    members = draw(st.integers(min_value=0, max_value=cities_count))
    return DivisionCount(
        draw(st.none() | st.sampled_from(_division_codes())),
        cities_count,
        members,
        draw(st.integers(min_value=0, max_value=members)),
        cities_count - members,
    )


# --------------------------------------------------------------------------- Events

#: Venue zones drawn for events: Pacific time mostly, and a few others (one without DST).
_EVENT_ZONES = ("America/New_York", "America/Phoenix", "Pacific/Honolulu", "UTC")
#: Events whose relative deadlines count business days start on or after this day, so that
#: the holiday calendar (which answers from 1992 on) covers every day counted back.
_FIRST_BUSINESS_COUNT = date(1992, 7, 1)
#: The most days (and business days) a drawn deadline falls before the event.
_MAX_DAYS_BEFORE = 400
_MAX_BUSINESS_DAYS_BEFORE = 60
#: The codes of :func:`~calcities_domain.events.check_season`'s findings.
_SEASON_CODES = (
    "events.season.order",
    "events.season.hotel",
    "events.season.opens",
    "events.season.weekday",
    "events.season.published_date",
    "events.season.unreadable",
    "events.season.past",
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@functools.cache
def _event_zones() -> st.SearchStrategy[str]:
    return st.one_of(st.just("America/Los_Angeles"), st.sampled_from(_EVENT_ZONES))


@functools.cache
def _session_ids() -> st.SearchStrategy[str]:
    return st.one_of(st.from_regex(r"[a-z][a-z0-9-]{0,7}", fullmatch=True), texts())


@functools.cache
def _event_names() -> st.SearchStrategy[str]:
    real = ["Municipal Law Institute Symposium", "City Attorneys Spring Conference", "City Leaders Summit"]
    return st.one_of(st.sampled_from(real), texts())


def _wording(draw: st.DrawFn, day: date, weekday: int | None) -> str:
    """A deadline worded as Cal Cities words them, naming ``day`` and ``weekday`` (if not None)."""
    month = _MONTH_NAMES[day.month - 1]
    named_month = draw(st.sampled_from([month, f"{month[:3]}."]))
    suffix = draw(st.sampled_from(["", "th"]))
    year = f", {day.year}" if draw(st.booleans()) else ""
    lead = draw(st.sampled_from(["Register by", "by", "Online registration ends", "Registration closes"]))
    named_day = "" if weekday is None else f"{_WEEKDAY_NAMES[weekday]}, "
    return f"{lead} {named_day}{named_month} {day.day}{suffix}{year}"


@st.composite
def published_deadlines(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> PublishedDeadline:
    """Deadlines as :func:`~calcities_domain.events.parse_published_deadline` reads them from a wording.

    The wording names a day within the bounds (with or without its year), and a weekday
    now and then: mostly the day's own, sometimes a wrong one (as Cal Cities once printed
    "by Monday, July 27" for a Wednesday).

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    day = draw(dates(min_value, max_value))
    weekday = draw(st.one_of(st.none(), st.just(day.weekday()), st.integers(min_value=0, max_value=6)))
    return parse_published_deadline(_wording(draw, day, weekday), year=day.year)


def _in_zone(wall: datetime, zone: ZoneInfo) -> datetime:
    """The instant a wall time (with its fold) names in ``zone``, as the zone writes it (never in a gap)."""
    return wall.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


@st.composite
def sessions(
    draw: st.DrawFn,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    zone: str = "America/Los_Angeles",
    session_id: str | None = None,
) -> Session:
    """Sessions on one day within the bounds (as dates in ``zone``), with aware times in ``zone``.

    A session lasts from 15 minutes to 8 hours, starting at any time of day (daylight-saving
    changes included) and ending the same day. Its MCLE minutes (often none) fit in the
    session's elapsed time, and its subfield minutes, in distinct subfields of
    California's, fit in its MCLE minutes.

    Raises:
        InvalidArgument: if ``max_value`` is before ``min_value``.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    tz = ZoneInfo(zone)
    day = draw(dates(min_value, max_value))
    length = draw(st.integers(min_value=15, max_value=8 * 60))
    # The start leaves room for the session and an hour skipped in spring: it ends that day.
    minute = draw(st.integers(min_value=0, max_value=24 * 60 - 61 - length))
    wall = datetime.combine(day, time()) + timedelta(minutes=minute)
    starts_at = _in_zone(wall.replace(fold=draw(st.sampled_from([0, 1]))), tz)
    # Elapsed time: across the hour repeated in autumn the wall clock may even go back.
    ends_at = (starts_at.astimezone(UTC) + timedelta(minutes=length)).astimezone(tz)
    minutes = draw(st.one_of(st.just(0), st.integers(min_value=0, max_value=length)))
    shares: list[SubfieldShare] = []
    room = minutes
    for code in draw(st.lists(st.sampled_from([s.code for s in mcle.CALIFORNIA.subfields]), unique=True, max_size=3)):
        share = draw(st.integers(min_value=0, max_value=room))
        room -= share
        shares.append(SubfieldShare(code, share))
    return Session(
        draw(_session_ids()) if session_id is None else session_id,
        draw(texts()),
        starts_at,
        ends_at,
        mcle_minutes=minutes,
        mcle_subfields=tuple(shares) if minutes else (),
    )


@st.composite
def events(
    draw: st.DrawFn,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    max_days: int = 4,
    max_sessions: int = 5,
    zone: str | None = None,
) -> Event:
    """Events of one to ``max_days`` days within the bounds, with up to ``max_sessions`` sessions.

    The venue is in Pacific time mostly (or in ``zone``); the sessions have distinct
    identifiers and aware times in the venue's zone, each within the event's days (see
    :func:`sessions`). An announced MCLE total, in quarter hours, is drawn now and then,
    whatever the sessions offer.

    Raises:
        InvalidArgument: if ``max_value`` is before ``min_value``, or ``max_days`` is below 1.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    if max_days < 1:
        raise InvalidArgument(f"max_days must be at least 1, got {max_days}")
    start = draw(dates(min_value, max_value))
    end = min(_shifted(start, draw(st.integers(min_value=0, max_value=max_days - 1))), max_value)
    venue = draw(_event_zones()) if zone is None else zone
    ids = draw(st.lists(_session_ids(), unique=True, max_size=max_sessions))
    return Event(
        draw(_event_names()),
        draw(st.sampled_from(EventKind)),
        start,
        end,
        zone=venue,
        sessions=tuple(draw(sessions(start, end, zone=venue, session_id=i)) for i in ids),
        organizers=tuple(draw(st.lists(texts(), min_size=1, max_size=2))) if draw(st.booleans()) else ("Cal Cities",),
        cosponsors=tuple(draw(st.lists(texts(), max_size=2))),
        mcle_hours=draw(st.none() | _hours(12)),
    )


@functools.cache
def _rule_sources() -> st.SearchStrategy[Source | None]:
    """None (the rule's default source) or any source."""
    return st.none() | sources()


def _rule(
    draw: st.DrawFn, *, on: date | None = None, days_before: int | None = None, business_days: bool = False, **kw: Any
) -> DeadlineRule:
    source = draw(_rule_sources())
    if source is not None:
        kw["source"] = source
    return DeadlineRule(on=on, days_before=days_before, business_days=business_days, **kw)


@st.composite
def deadline_rules(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> DeadlineRule:
    """Deadline rules of either form: a fixed day within the bounds, or (business) days before the event.

    The published wording, when there is one, is any text or a wording of the fixed day
    (its weekday right or wrong). These rules are not tied to an event: see
    :func:`events_with_policies` for rules that resolve for the event they are drawn with.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    published = draw(st.none() | texts())
    if draw(st.booleans()):
        day = draw(dates(min_value, max_value))
        if draw(st.booleans()):
            published = _wording(draw, day, draw(st.none() | st.integers(min_value=0, max_value=6)))
        return _rule(draw, on=day, published=published)
    business = draw(st.booleans())
    days = draw(st.integers(min_value=0, max_value=_MAX_BUSINESS_DAYS_BEFORE if business else _MAX_DAYS_BEFORE))
    return _rule(
        draw, days_before=days, business_days=business, anchor=draw(st.sampled_from(Anchor)), published=published
    )


def _optional_rules(draw: st.DrawFn, rules: st.SearchStrategy[DeadlineRule]) -> dict[str, DeadlineRule | None]:
    return {name: draw(st.none() | rules) for name in ("opens", "early_bird", "hotel", "cancellation")}


@st.composite
def registration_policies(draw: st.DrawFn) -> RegistrationPolicy:
    """Registration policies: any of the optional deadlines, the default close or another, any after-close rule.

    The rules are :func:`deadline_rules`, not tied to an event: some fall after the start
    of a given event, which :func:`~calcities_domain.events.deadlines` refuses. Draw
    :func:`events_with_policies` for pairs that resolve.

    .. versionadded:: 0.1.0
    """
    rules = deadline_rules()
    changes: dict[str, Any] = _optional_rules(draw, rules)
    if draw(st.booleans()):
        changes["close"] = draw(rules)
    return RegistrationPolicy(after_close=draw(st.sampled_from(AfterClose)), **changes)


def _published_for(draw: st.DrawFn, day: date) -> str | None:
    """No wording, a wording of ``day`` (its weekday right, wrong or absent), one of a nearby day, or any text."""
    form = draw(st.sampled_from(["none", "none", "right", "weekday", "date", "text"]))
    if form == "none":
        return None
    if form == "right":
        return _wording(draw, day, draw(st.sampled_from([None, day.weekday()])))
    if form == "weekday":
        return _wording(draw, day, (day.weekday() + draw(st.integers(min_value=1, max_value=6))) % 7)
    if form == "date":
        other = _shifted(day, draw(st.sampled_from([-7, -1, 1, 2])))
        return _wording(draw, other, other.weekday())
    return draw(texts())


def _rule_for(draw: st.DrawFn, event: Event) -> DeadlineRule:
    """A rule whose day falls on or before the event's start, with a wording of it now and then."""
    form = draw(st.sampled_from(["fixed", "start", "end"]))
    # Business days are counted back only where the holiday calendar covers every day counted.
    business = event.start >= _FIRST_BUSINESS_COUNT and draw(st.booleans())
    most = _MAX_BUSINESS_DAYS_BEFORE if business else _MAX_DAYS_BEFORE
    if form == "fixed":
        rule = _rule(draw, on=draw(dates(_shifted(event.start, -_MAX_DAYS_BEFORE), event.start)))
    elif form == "start":
        days = draw(st.integers(min_value=0, max_value=most))
        rule = _rule(draw, days_before=days, business_days=business)
    else:
        # From the last day: back over the event's days first (a business day counts back
        # at least one calendar day).
        least = event.days if business else event.days - 1
        days = draw(st.integers(min_value=least, max_value=least + most))
        rule = _rule(draw, days_before=days, business_days=business, anchor=Anchor.END)
    return attrs.evolve(rule, published=_published_for(draw, rule.last_day(event.start, event.end)))


@st.composite
def events_with_policies(
    draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE
) -> tuple[Event, RegistrationPolicy]:
    """``(event, policy)`` pairs that :func:`~calcities_domain.events.deadlines` resolves without error.

    The event is one of :func:`events` within the bounds. Every deadline of the policy,
    the opening included, falls on or before the event's start: on a fixed day, or days
    (business days, for events from July 1992 on) before its first or last day. The
    close is the default seven days now and then. Published wordings are drawn now and
    then: right, with a wrong weekday, naming another day, or unreadable.

    Raises:
        InvalidArgument: if ``max_value`` is before ``min_value``.

    .. versionadded:: 0.1.0
    """
    event = draw(events(min_value, max_value))
    changes: dict[str, Any] = {
        name: _rule_for(draw, event) if draw(st.booleans()) else None
        for name in ("opens", "early_bird", "hotel", "cancellation")
    }
    if draw(st.booleans()):
        changes["close"] = _rule_for(draw, event)
    return event, RegistrationPolicy(after_close=draw(st.sampled_from(AfterClose)), **changes)


@st.composite
def deadlines(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> Deadline:
    """Deadlines, as :func:`~calcities_domain.events.deadlines` resolves them from :func:`events_with_policies`.

    .. versionadded:: 0.1.0
    """
    event, policy = draw(events_with_policies(min_value, max_value))
    return draw(st.sampled_from(resolve_deadlines(event, policy)))


def planned_events(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[PlannedEvent]:
    """Events of a season with their policies, from :func:`events_with_policies` (so they resolve).

    .. versionadded:: 0.1.0
    """
    return events_with_policies(min_value, max_value).map(lambda pair: PlannedEvent(*pair))


def findings() -> st.SearchStrategy[Finding]:
    """Findings of a season's checks: an event's name, one of the season codes (or any code), a message.

    .. versionadded:: 0.1.0
    """
    return st.builds(Finding, _event_names(), st.one_of(st.sampled_from(_SEASON_CODES), rule_codes()), texts())


def prices(max_cents: int = 500_000) -> st.SearchStrategy[Price]:
    """Prices of any category, option and tier, from nothing to ``max_cents`` cents.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Price,
        st.sampled_from(PriceCategory),
        st.sampled_from(PriceOption),
        st.sampled_from(PriceTier),
        money(min_cents=0, max_cents=max_cents),
    )


def price_schedules() -> st.SearchStrategy[PriceSchedule]:
    """Price schedules: the 2023 City Attorneys table, or one price at most per category, option and tier.

    .. versionadded:: 0.1.0
    """
    built = st.builds(
        PriceSchedule,
        texts(),
        st.lists(prices(), max_size=6, unique_by=lambda p: (p.category, p.option, p.tier)).map(tuple),
        sources(),
    )
    return st.one_of(st.just(CITY_ATTORNEYS_2023), built)


@st.composite
def registrations(draw: st.DrawFn, min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> Registration:
    """Paid registrations (nothing paid now and then), made at an aware instant within the bounds.

    The cancellation deadline is a resolved :class:`~calcities_domain.events.Deadline`: the
    end of a day in Pacific time, before or after the registration.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    registered_at = draw(aware_datetimes(min_value, max_value))
    day = draw(dates(min_value, max_value))
    cancel_by = Deadline(DeadlineKind.CANCELLATION, day, end_of_day(day, PACIFIC), DeadlineRule.fixed(day))
    return Registration(
        draw(st.one_of(st.from_regex(r"R[0-9]{4,8}", fullmatch=True), texts())),
        draw(money(min_cents=0, max_cents=500_000)),
        registered_at,
        cancel_by,
    )


def cancellation_requests(
    min_value: date = MIN_DATE, max_value: date = MAX_DATE
) -> st.SearchStrategy[CancellationRequest]:
    """Requests to cancel (written or not), no-shows and removals, received at an aware instant.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        CancellationRequest,
        aware_datetimes(min_value, max_value),
        written=st.booleans(),
        kind=st.sampled_from(CancellationKind),
    )


def cancellation_policies() -> st.SearchStrategy[CancellationPolicy]:
    """Cal Cities' policy ($75 kept, written requests only), or any fee and share kept.

    .. versionadded:: 0.1.0
    """
    built = st.builds(
        CancellationPolicy,
        money(min_cents=0, max_cents=50_000),
        percentage=st.fractions(min_value=0, max_value=1, max_denominator=100),
        written_only=st.booleans(),
        source=sources(),
    )
    return st.one_of(st.just(CAL_CITIES_CANCELLATION), built)


# --------------------------------------------------------------------------- Recognition

#: Codes of a made-up program's categories, activity kinds, levels and routes: a few, so
#: that requirements and activities name the same ones often.
_CATEGORY_CODES = ("ethics", "governance", "finance", "open_meetings", "leadership_role")
_KIND_CODES = ("academy", "committee_service", "mentor")
_LEVEL_CODES = ("bronze", "silver", "gold", "platinum")
_ROUTE_NAMES = ("credits", "academy", "service")
#: Courses an activity is of: a small pool, so that repeats occur.
_COURSES = ("Ethics (AB 1234)", "Budget basics", "Open government")
#: The codes of the reasons an activity does not count toward a level.
_UNCOUNTED_CODES = tuple(
    f"recognition.uncounted.{reason}" for reason in ("window", "repeat", "no_conversion", "category", "used", "cap")
)
#: Activities of a tally fall on the day of the tally or up to four years before it, or
#: (now and then) up to this many days after it, when they do not count yet.
_DAYS_AFTER_TALLY = 60


@functools.cache
def _recognition_labels() -> st.SearchStrategy[str]:
    """Names and descriptions: plain words mostly, so that examples read well; any text now and then."""
    words = ["Leadership", "Advanced leadership", "16 credits", "2 hours of ethics", "serve on a committee"]
    return st.one_of(st.sampled_from(words), texts())


@functools.cache
def _activity_ids() -> st.SearchStrategy[str]:
    return st.one_of(st.from_regex(r"a[0-9]{1,2}", fullmatch=True), texts())


@functools.cache
def _activity_titles() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(["Ethics (AB 1234)", "Policy committee", "City Leaders Summit"]), texts())


@functools.cache
def _program_codes() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["state_league", "county_academy"]), st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True)
    )


@functools.cache
def _credit_amounts() -> st.SearchStrategy[Decimal]:
    """Credits: whole numbers up to 20 mostly, quarters (in exponent form now and then) otherwise."""
    return st.one_of(st.integers(min_value=0, max_value=20).map(Decimal), _hours(20))


@functools.cache
def _positive_amounts() -> st.SearchStrategy[Decimal]:
    """Amounts above zero: quarters up to 10."""
    return st.integers(min_value=1, max_value=40).map(lambda q: q * _QUARTER)


def _cited_by(draw: st.DrawFn) -> st.SearchStrategy[Source]:
    """The sources a made-up program cites: one to three, shared by its parts."""
    return st.sampled_from(draw(st.lists(sources(), min_size=1, max_size=3)))


def _draw_requirement(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Source],
    categories: tuple[str, ...],
    kinds: tuple[str, ...],
    *,
    configured: bool,
) -> RecognitionRequirement:
    """A requirement on the given categories and activity kinds; not configured now and then (unless ``configured``)."""
    choices = [RequirementKind.TOTAL_CREDITS]
    if categories:
        choices += [RequirementKind.CATEGORY_CREDITS, RequirementKind.CATEGORY_HOURS]
    if kinds:
        choices.append(RequirementKind.ACTIVITIES)
    kind = draw(st.sampled_from(choices))
    if not configured and draw(st.integers(min_value=0, max_value=4)) == 4:
        minimum = None
    elif kind is RequirementKind.ACTIVITIES:
        minimum = Decimal(draw(st.integers(min_value=1, max_value=3)))
    else:
        minimum = draw(_credit_amounts())
    by_category = kind in (RequirementKind.CATEGORY_CREDITS, RequirementKind.CATEGORY_HOURS)
    return RecognitionRequirement(
        kind,
        draw(_recognition_labels()),
        minimum,
        draw(cite),
        category=draw(st.sampled_from(categories)) if by_category else None,
        activity_kinds=(
            tuple(draw(st.lists(st.sampled_from(kinds), min_size=1, max_size=2, unique=True)))
            if kind is RequirementKind.ACTIVITIES
            else ()
        ),
    )


def _draw_window(draw: st.DrawFn, cite: st.SearchStrategy[Source]) -> Window:
    kind = draw(st.sampled_from(WindowKind))
    years = draw(st.integers(min_value=1, max_value=4)) if kind is WindowKind.ROLLING_YEARS else None
    return Window(kind, draw(cite), years=years)


def _draw_award(draw: st.DrawFn, cite: st.SearchStrategy[Source]) -> Award:
    return Award(draw(st.sampled_from(AwardKind)), draw(_recognition_labels()), draw(cite))


def _draw_maintenance(draw: st.DrawFn, cite: st.SearchStrategy[Source]) -> Maintenance:
    return Maintenance(draw(_positive_amounts()), draw(st.integers(min_value=1, max_value=3)), draw(cite))


def _draw_conversion(draw: st.DrawFn, cite: st.SearchStrategy[Source]) -> Conversion:
    minutes = draw(st.one_of(st.sampled_from([50, 60, 120]), st.integers(min_value=1, max_value=240)))
    step = draw(st.sampled_from([Decimal("0.01"), Decimal("0.1"), Decimal("0.25"), Decimal("0.5"), Decimal(1)]))
    return Conversion(minutes, step, draw(st.sampled_from(Rounding)), draw(cite), draw(cite))


def _draw_deadline(draw: st.DrawFn, cite: st.SearchStrategy[Source], year: int) -> SubmissionDeadline:
    day = draw(dates(date(year, 1, 1), date(year, 12, 31)))
    ceremony = draw(st.none() | st.integers(min_value=1, max_value=60).map(lambda n: _shifted(day, n)))
    return SubmissionDeadline(year, day, draw(cite), ceremony=ceremony)


def _raised(level: Level, before: Level) -> Level:
    """``level`` asking at least what its prerequisite ``before`` asks: thresholds never decrease.

    Each total of ``level`` is raised to the largest total ``before`` asks, and each
    category minimum to the largest ``before`` asks in the category.
    """
    most: dict[tuple[RequirementKind, str | None], Decimal] = {}
    for route in before.routes:
        for r in route.requirements:
            if r.minimum is not None and r.kind in (RequirementKind.TOTAL_CREDITS, RequirementKind.CATEGORY_CREDITS):
                most[r.kind, r.category] = max(r.minimum, most.get((r.kind, r.category), r.minimum))

    def raised(requirement: RecognitionRequirement) -> RecognitionRequirement:
        least = most.get((requirement.kind, requirement.category))
        if least is None or requirement.minimum is None or requirement.minimum >= least:
            return requirement
        return attrs.evolve(requirement, minimum=least)

    routes = tuple(attrs.evolve(r, requirements=tuple(raised(q) for q in r.requirements)) for r in level.routes)
    return attrs.evolve(level, routes=routes)


def _draw_level(
    draw: st.DrawFn,
    cite: st.SearchStrategy[Source],
    code: str,
    before: Level | None,
    *,
    categories: tuple[str, ...],
    kinds: tuple[str, ...],
    configured: bool,
    rising: bool,
) -> Level:
    """A level after ``before`` (its prerequisite), counting some of the ``categories`` or every one.

    Its category requirements are on categories it counts. If ``rising``, it asks at least
    what ``before`` asks (see :func:`_raised`).
    """
    counted = draw(st.none() | st.lists(st.sampled_from(categories), max_size=len(categories), unique=True))
    asked = categories if counted is None else tuple(counted)
    names = draw(st.lists(st.sampled_from(_ROUTE_NAMES), min_size=1, max_size=2, unique=True))
    routes = tuple(
        Route(
            name,
            tuple(
                _draw_requirement(draw, cite, asked, kinds, configured=configured)
                for _ in range(draw(st.integers(min_value=1, max_value=3)))
            ),
        )
        for name in names
    )
    level = Level(
        code,
        draw(_recognition_labels()),
        routes,
        _draw_window(draw, cite),
        draw(cite),
        prerequisite=None if before is None else before.code,
        categories=None if counted is None else tuple(counted),
        awards=tuple(_draw_award(draw, cite) for _ in range(draw(st.integers(min_value=0, max_value=2)))),
        maintenance=_draw_maintenance(draw, cite) if draw(st.booleans()) else None,
    )
    return level if before is None or not rising else _raised(level, before)


def _draw_settings(draw: st.DrawFn, cite: st.SearchStrategy[Source], *, configured: bool) -> dict[str, Any]:
    """Reuse and repeats: true, false or not configured (None), a source when set (and now and then when not)."""
    settings: dict[str, Any] = {}
    for flag, source in (("reuse", "reuse_source"), ("repeats_count", "repeats_source")):
        value = draw(st.booleans() if configured else st.sampled_from([True, False, None]))
        settings[flag] = value
        settings[source] = draw(cite) if value is not None or draw(st.booleans()) else None
    return settings


@st.composite
def _built_programs(draw: st.DrawFn, *, configured: bool) -> Program:
    cite = _cited_by(draw)
    categories = tuple(draw(st.lists(st.sampled_from(_CATEGORY_CODES), min_size=1, max_size=4, unique=True)))
    kind_codes = draw(st.lists(st.sampled_from(_KIND_CODES), max_size=len(_KIND_CODES), unique=True))
    kinds = tuple(
        ActivityKind(code, draw(_recognition_labels()), draw(st.sampled_from(categories)), draw(cite))
        for code in kind_codes
    )
    settings = _draw_settings(draw, cite, configured=configured)
    levels: list[Level] = []
    for code in _LEVEL_CODES[: draw(st.integers(min_value=1, max_value=len(_LEVEL_CODES)))]:
        level = _draw_level(
            draw,
            cite,
            code,
            levels[-1] if levels else None,
            categories=categories,
            kinds=tuple(kind_codes),
            configured=configured,
            rising=settings["reuse"] is not False,
        )
        levels.append(level)
    caps = {c: draw(st.none() | _positive_amounts().map(lambda q: q * 2)) for c in categories}
    years = draw(st.lists(st.integers(min_value=2000, max_value=2030), max_size=3, unique=True))
    return Program(
        draw(_program_codes()),
        draw(_recognition_labels()),
        draw(_recognition_labels()),
        draw(cite),
        tuple(Category(c, draw(_recognition_labels()), draw(cite), cap=caps[c]) for c in categories),
        tuple(levels),
        draw(st.sampled_from(Audience)),
        draw(cite),
        activity_kinds=kinds,
        conversion=_draw_conversion(draw, cite) if configured or draw(st.booleans()) else None,
        submission_deadlines=tuple(_draw_deadline(draw, cite, year) for year in years),
        unit=draw(st.sampled_from(["credits", "CEUs", "points"])),
        caveats=tuple(draw(st.lists(cite, max_size=2, unique=True))),
        **settings,
    )


@st.composite
def _configured_programs(draw: st.DrawFn, *, configured: bool) -> Program:
    """The library's programs, as they are or with other settings (every one set, if ``configured``)."""
    choices = [p for p in recognition.programs() if not configured or _settles(p)]
    program = draw(st.sampled_from(choices))
    if configured or draw(st.booleans()):
        program = attrs.evolve(
            program, **_draw_settings(draw, st.sampled_from([program.source]), configured=configured)
        )
    return program


def _settles(program: Program) -> bool:
    """Whether setting reuse and repeats leaves nothing of ``program`` unconfigured."""
    return all(path in ("reuse", "repeats_count") for path, _ in program.unconfigured())


def programs(*, configured: bool = False) -> st.SearchStrategy[Program]:
    """Valid programs: the library's three, variants of them with other settings, and made-up ones.

    A made-up program has one to four categories (some capped), up to three activity kinds
    in them, and one to four levels, each after the one before (its prerequisite), each
    with a window, the categories it counts (some, none or every one), one or two routes
    of one to three requirements on those categories and the program's kinds, and now and
    then awards and a maintenance rule. Unless credits count once (``reuse`` False), when
    each level's thresholds are what it adds, thresholds never decrease from one level to
    the next (a level's total and category minimums are raised to its prerequisite's).
    Some requirements are not configured (their minimum is None); reuse, repeats and the
    conversion of hours may be left unset; caveats are cited now and then.

    ``configured`` forces a program with nothing left unconfigured: every requirement's
    minimum, the conversion, reuse and repeats set (``program.unconfigured()`` is empty).

    .. versionadded:: 0.1.0
    """
    return st.one_of(_configured_programs(configured=configured), _built_programs(configured=configured))


def credit_categories() -> st.SearchStrategy[Category]:
    """Categories of credit, capped now and then.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Category,
        st.sampled_from(_CATEGORY_CODES) | _rule_codes(),
        _recognition_labels(),
        sources(),
        cap=st.none() | _credit_amounts(),
    )


def activity_kinds() -> st.SearchStrategy[ActivityKind]:
    """Activity kinds a program names, in one of its categories.

    .. versionadded:: 0.1.0
    """
    codes = st.sampled_from(_KIND_CODES) | _rule_codes()
    return st.builds(
        ActivityKind, codes, _recognition_labels(), st.sampled_from(_CATEGORY_CODES) | _rule_codes(), sources()
    )


def awards() -> st.SearchStrategy[Award]:
    """Awards of any kind.

    .. versionadded:: 0.1.0
    """
    return st.builds(Award, st.sampled_from(AwardKind), _recognition_labels(), sources())


def maintenance_rules() -> st.SearchStrategy[Maintenance]:
    """Maintenance rules: some credits (more than none) in the last one to three years.

    .. versionadded:: 0.1.0
    """
    return st.builds(Maintenance, _positive_amounts(), st.integers(min_value=1, max_value=3), sources())


@st.composite
def conversions(draw: st.DrawFn) -> Conversion:
    """Conversions of hours to credits: TML's 50 minutes, NLC's 120, or any rate, step and rounding.

    .. versionadded:: 0.1.0
    """
    return _draw_conversion(draw, sources())


@st.composite
def windows(draw: st.DrawFn) -> Window:
    """Windows of every kind, a rolling one of one to four years.

    .. versionadded:: 0.1.0
    """
    return _draw_window(draw, sources())


@st.composite
def submission_deadlines(draw: st.DrawFn) -> SubmissionDeadline:
    """A year's deadline to submit (from 2000 to 2030), with the ceremony after it now and then.

    .. versionadded:: 0.1.0
    """
    return _draw_deadline(draw, sources(), draw(st.integers(min_value=2000, max_value=2030)))


def levels() -> st.SearchStrategy[Level]:
    """Levels of the programs :func:`programs` draws.

    .. versionadded:: 0.1.0
    """
    return programs().flatmap(lambda p: st.sampled_from(p.levels))


def routes() -> st.SearchStrategy[Route]:
    """Routes of the levels :func:`levels` draws.

    .. versionadded:: 0.1.0
    """
    return levels().flatmap(lambda lv: st.sampled_from(lv.routes))


def recognition_requirements() -> st.SearchStrategy[RecognitionRequirement]:
    """Requirements of the routes :func:`routes` draws, some not configured.

    (:func:`requirements` draws MCLE's.)

    .. versionadded:: 0.1.0
    """
    return routes().flatmap(lambda r: st.sampled_from(r.requirements))


def _most_earned(program: Program) -> int:
    """The most hours or credits an activity of ``program`` is drawn with: ten, or a third of its largest minimum."""
    asked = [
        r.minimum
        for level in program.levels
        for route in level.routes
        for r in route.requirements
        if r.minimum is not None and r.kind is not RequirementKind.ACTIVITIES
    ]
    return max(10, int(max(asked, default=Decimal(0)) / 3) + 1)


@st.composite
def activities(
    draw: st.DrawFn,
    program: Program | None = None,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    activity_id: str | None = None,
) -> Activity:
    """Activities of ``program`` (one of :func:`programs` by default), on a day within the bounds.

    The category is one of the program's; an activity of one of its kinds (now and then) is
    in that kind's category. It is recorded in hours, in credits (quarters up to ten, or
    to a third of the program's largest minimum, so that its levels can be reached), or
    neither (a completion, a role), and is of a course from a pool of three now and then,
    so that repeats occur.

    Raises:
        InvalidArgument: if ``max_value`` is before ``min_value``.

    .. versionadded:: 0.1.0
    """
    _bounds(min_value, max_value)
    if program is None:
        program = draw(programs())
    kind = draw(st.none() | st.sampled_from(program.activity_kinds)) if program.activity_kinds else None
    category = kind.category if kind is not None else draw(st.sampled_from([c.code for c in program.categories]))
    form = draw(st.sampled_from(["credits", "hours", "none"]))
    amount = draw(_hours(_most_earned(program))) if form != "none" else None
    return Activity(
        draw(_activity_ids()) if activity_id is None else activity_id,
        draw(_activity_titles()),
        category,
        draw(dates(min_value, max_value)),
        hours=amount if form == "hours" else None,
        credits=amount if form == "credits" else None,
        kind=None if kind is None else kind.code,
        course=draw(st.none() | st.sampled_from(_COURSES)),
        evidence=draw(st.none() | st.sampled_from(["certificate", "sign-in sheet"]) | texts()),
    )


@st.composite
def activity_lists(
    draw: st.DrawFn,
    program: Program,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    max_size: int = 6,
) -> tuple[Activity, ...]:
    """Tuples of up to ``max_size`` :func:`activities` of ``program`` with distinct ids.

    :func:`~calcities_domain.recognition.tally` takes them as they are: ids distinct,
    categories and kinds the program's.

    .. versionadded:: 0.1.0
    """
    ids = draw(st.lists(_activity_ids(), max_size=max_size, unique=True))
    return tuple(draw(activities(program, min_value, max_value, activity_id=i)) for i in ids)


def _aimed(draw: st.DrawFn, program: Program, as_of: date) -> list[Activity]:
    """Activities that meet a route of each of the first levels of ``program``, in the year of ``as_of``.

    Drawn beside the others, so that levels are reached often (at random, few are).
    """
    made: list[Activity] = []
    days = dates(date(as_of.year, 1, 1), as_of)
    for level in program.levels[: draw(st.integers(min_value=1, max_value=len(program.levels)))]:
        route = draw(st.sampled_from(level.routes))
        counted = [c.code for c in program.categories if level.categories is None or c.code in level.categories]
        for requirement in route.requirements:
            minimum, category = requirement.minimum, requirement.category
            wanted: list[tuple[str, Decimal | None, Decimal | None, str | None]] = []
            if minimum is None:
                continue
            if requirement.kind is RequirementKind.ACTIVITIES:
                kind = next(k for k in program.activity_kinds if k.code == requirement.activity_kinds[0])
                wanted = [(kind.category, None, None, kind.code)] * int(minimum)
            elif category is not None:
                hours = requirement.kind is RequirementKind.CATEGORY_HOURS
                wanted = [(category, minimum, None, None) if hours else (category, None, minimum, None)]
            elif counted:
                wanted = [(draw(st.sampled_from(counted)), None, minimum, None)]
            made += [
                Activity(f"aimed-{len(made) + n}", draw(_activity_titles()), c, draw(days), hours=h, credits=x, kind=k)
                for n, (c, h, x, k) in enumerate(wanted)
            ]
    return made


@st.composite
def tally_inputs(
    draw: st.DrawFn, program: Program | None = None, *, max_activities: int = 8
) -> tuple[Official, tuple[Activity, ...], Program, date]:
    """``(official, activities, program, as_of)`` that :func:`~calcities_domain.recognition.tally` accepts.

    The program is ``program`` or one of :func:`programs`; the day, from 2000 to 2030. Up
    to ``max_activities`` activities fall within four years before the day (the windows
    hold some of them) and up to two months after it now and then; half the time, others
    (in the day's year, with no course) meet a route of each of the first levels, so
    that levels are reached often. The official is a mayor or a council member mostly,
    elected mostly, whose term starts up to eight years before the day (or just after it)
    and runs on or ends any day after it starts.

    .. versionadded:: 0.1.0
    """
    if program is None:
        program = draw(programs())
    as_of = draw(dates(date(2000, 1, 1), date(2030, 12, 31)))
    first = _shifted(as_of, -4 * 366)
    last = _shifted(as_of, _DAYS_AFTER_TALLY) if draw(st.booleans()) else as_of
    start = draw(dates(_shifted(as_of, -8 * 366), _shifted(as_of, 30)))
    official = Official(
        draw(st.sampled_from(["Ana Ruiz", "Lee Chen"]) | texts()),
        draw(_city_names()),
        draw(st.one_of(st.sampled_from([Office.COUNCIL_MEMBER, Office.MAYOR]), st.sampled_from(Office))),
        draw(st.one_of(st.just(True), st.booleans())),
        start,
        draw(st.none() | dates(start, _shifted(as_of, 4 * 366))),
    )
    aimed = _aimed(draw, program, as_of) if draw(st.booleans()) else []
    taken = {a.activity_id for a in aimed}
    done = [
        a for a in draw(activity_lists(program, first, last, max_size=max_activities)) if a.activity_id not in taken
    ]
    return official, tuple(draw(st.permutations(aimed + done))), program, as_of


def tallies(program: Program | None = None) -> st.SearchStrategy[Tally]:
    """Tallies, as :func:`~calcities_domain.recognition.tally` makes them from :func:`tally_inputs`.

    .. versionadded:: 0.1.0
    """
    return tally_inputs(program).map(lambda i: recognition.tally(i[0], i[1], i[2], as_of=i[3]))


def level_results() -> st.SearchStrategy[LevelResult]:
    """Levels of the tallies :func:`tallies` draws.

    .. versionadded:: 0.1.0
    """
    return tallies().flatmap(lambda t: st.sampled_from(t.levels))


def requirement_results() -> st.SearchStrategy[RequirementResult]:
    """Requirements of the levels :func:`level_results` draws.

    .. versionadded:: 0.1.0
    """
    return level_results().flatmap(lambda lv: st.sampled_from(lv.requirements))


def category_credits() -> st.SearchStrategy[CategoryCredits]:
    """Credits counted in a category: quarters up to 60.

    .. versionadded:: 0.1.0
    """
    return st.builds(CategoryCredits, st.sampled_from(_CATEGORY_CODES) | _rule_codes(), _hours(60))


def uncounted() -> st.SearchStrategy[Uncounted]:
    """Activities, or parts of them, that did not count toward a level (or any), with one of the tally's reasons.

    .. versionadded:: 0.1.0
    """
    return st.builds(
        Uncounted,
        _activity_ids(),
        st.none() | st.sampled_from(_LEVEL_CODES),
        st.sampled_from(_UNCOUNTED_CODES),
        texts(),
        st.none() | _hours(20),
    )


_STRATEGIES: Mapping[type, Callable[[], st.SearchStrategy[Any]]] = MappingProxyType(
    {
        AnnualDate: annual_dates,
        DateRange: date_ranges,
        DatedValue: lambda: dated_values(st.integers()),
        Decision: lambda: decisions(st.booleans()),
        Fact: facts,
        Holiday: holidays,
        HolidayCalendar: lambda: holiday_calendars(with_coverage=True),
        HolidayRule: holiday_rules,
        Money: money,
        Problem: problems,
        Reason: reasons,
        RuleValue: rule_values,
        Source: sources,
        Table: lambda: tables(StatusRow),
        Timeline: timelines,
        Cited: lambda: cited(st.integers()),
        # MCLE
        AnchoredCycles: anchored_cycles,
        CarryBack: carry_backs,
        CategoryHours: category_hours,
        CompliancePeriod: lambda: jurisdictions().flatmap(lambda j: compliance_periods(jurisdiction=j)),
        ComplianceReport: lambda: jurisdictions().flatmap(compliance_reports),
        CountedCredit: counted_credits,
        Credit: lambda: jurisdictions().flatmap(lambda j: credits(jurisdiction=j)),
        CreditHours: lambda: jurisdictions().flatmap(credit_hours),
        Cycle: cycles,
        Jurisdiction: jurisdictions,
        Licensee: lambda: jurisdictions().flatmap(lambda j: licensees(jurisdiction=j)),
        Minimum: minimums,
        NatReport: lambda: jurisdictions().flatmap(nat_reports),
        NewAttorneyTraining: new_attorney_trainings,
        NoncomplianceRules: noncompliance_rules,
        NotCounted: not_counted,
        PeriodSchedule: period_schedules,
        ReportByOverride: report_by_overrides,
        Requirement: requirements,
        RuleSet: rule_sets,
        Shortfall: shortfalls,
        StatusSpan: status_spans,
        Subfield: subfields,
        SubfieldHours: subfield_hours,
        SubfieldShare: subfield_shares,
        # Organization
        Body: bodies,
        City: cities,
        Official: officials,
        Population: populations,
        Registry: registries,
        RegistrySnapshot: registry_snapshots,
        # Governance
        BoardComposition: board_compositions,
        Quorum: quorums,
        Roster: rosters,
        RosterSeat: roster_seats,
        SeatCount: seat_counts,
        Threshold: thresholds,
        VoteTally: vote_tallies,
        VotingDesignation: voting_designations,
        # Membership
        AppointmentPath: appointment_paths,
        DivisionCount: division_counts,
        DuesPayment: dues_payments,
        HelenPutnamEntry: helen_putnam_entries,
        LapseRow: lapse_rows,
        MembershipHistory: membership_histories,
        MembershipRoll: membership_rolls,
        StandingRule: standing_rules,
        StatusRow: status_rows,
        # Events
        CancellationPolicy: cancellation_policies,
        CancellationRequest: cancellation_requests,
        Deadline: deadlines,
        DeadlineRule: deadline_rules,
        Event: events,
        Finding: findings,
        PlannedEvent: planned_events,
        Price: prices,
        PriceSchedule: price_schedules,
        PublishedDeadline: published_deadlines,
        Registration: registrations,
        RegistrationPolicy: registration_policies,
        Session: sessions,
        # Recognition
        Activity: activities,
        ActivityKind: activity_kinds,
        Award: awards,
        Category: credit_categories,
        CategoryCredits: category_credits,
        Conversion: conversions,
        Level: levels,
        LevelResult: level_results,
        Maintenance: maintenance_rules,
        Program: programs,
        RecognitionRequirement: recognition_requirements,
        RequirementResult: requirement_results,
        Route: routes,
        SubmissionDeadline: submission_deadlines,
        Tally: tallies,
        Uncounted: uncounted,
        Window: windows,
    }
)


def strategy_for(cls: type[T]) -> st.SearchStrategy[T]:
    """The strategy for a public model class.

    Generic models take ``int`` or ``bool`` values, and a :class:`~calcities_domain.kernel.Table`
    has :class:`~calcities_domain.membership.StatusRow` rows.

    Raises:
        LookupError: if ``cls`` is not a public model of the library.
    """
    try:
        return _STRATEGIES[cls]()
    except KeyError:
        raise _not_public(cls) from None


def _not_public(cls: object) -> LookupError:
    return LookupError(f"no strategy for {cls!r}; public models: {sorted(c.__name__ for c in _STRATEGIES)}")


def public_models() -> tuple[type, ...]:
    """Every model class that :func:`strategy_for` covers."""
    return tuple(_STRATEGIES)


#: The type a generic model's values are drawn as by :func:`strategy_for`.
_DRAWN_AS: Mapping[type, Any] = MappingProxyType(
    {
        DatedValue: DatedValue[int],
        Decision: Decision[bool],
        Table: Table[StatusRow],
        Timeline: Timeline[int],
        Cited: Cited[int],
    }
)


def structured_as(cls: type) -> Any:
    """The type to read back a value of :func:`strategy_for` ``(cls)`` as, with ``structure`` or ``from_json``.

    The class itself, or for a generic model the parameterised type its strategy draws
    (``Timeline[int]``, ``Decision[bool]``, ``Table[StatusRow]``, ...):

    >>> from calcities_domain import kernel
    >>> structured_as(kernel.Timeline), structured_as(kernel.Money)
    (calcities_domain.kernel.timeline.Timeline[int], <class 'calcities_domain.kernel.money.Money'>)

    Raises:
        LookupError: if ``cls`` is not a public model of the library.
    """
    if cls not in _STRATEGIES:
        raise _not_public(cls)
    return _DRAWN_AS.get(cls, cls)
