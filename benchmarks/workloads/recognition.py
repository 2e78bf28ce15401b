"""Recognition: Torch tallies of 2,000 officials over ten years of activities.

The Torch Program's numbers are not public, so the tallies run under a configuration in
the style of the recognition guide (made-up figures, like the guide's): an hour is a
credit, rounded down to half credits; a course taken again counts once; Annual Conference
sessions count, at most 8 credits toward a level; Level I is the academy; Level II is 70
credits in university education, committee service and conference sessions, or 45 of
them and two terms on a policy committee; Level III is 55 credits of the last five years,
20 of them in university education. Credits count toward every level (cumulative, as the
sources suggest for Torch): were they counted once, which credits each level keeps would
be the engine's choice among splits, more than a short loop can reproduce.

Each official has two to six activities a year from 2015 to 2024, a few more in 2025
(some after the tally's day): the academy (for most), university courses (some taken
twice), committee service, conference sessions and the Executive Forum, other academy
courses, some recorded in credits rather than hours. Most are mayors and council members
of member cities; some are city staff, or of a city that is not a member, or former
officials of a city whose membership lapsed after their term.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import cast

import attrs

from benchmarks.harness import Contender, Disagreement, Workload, sized
from calcities_domain import membership, recognition
from calcities_domain.kernel import Confidence, DateRange, Source, last_day_of_month
from calcities_domain.mcle import Rounding
from calcities_domain.organization import City, Office, Official
from calcities_domain.recognition import (
    Activity,
    ActivityKind,
    Category,
    Conversion,
    Program,
    Requirement,
    RequirementKind,
    Route,
    Window,
    WindowKind,
)

__all__ = ["workloads"]

LIBRARY = "calcities_domain"
BASELINE = "plain loop"

#: The issue's full size.
OFFICIALS = 2_000
AS_OF = date(2025, 6, 30)

#: An answer per official: the highest level reached (None: none), and the credits counted toward each level.
Answer = tuple[str | None, tuple[Decimal, ...]]

_HANDBOOK = Source(
    "calcities_domain benchmarks: a Torch configuration (made-up figures, as in the recognition guide)",
    Confidence.ASSUMED,
)


def _torch() -> Program:
    """The Torch Program with every setting and requirement configured."""
    r, k = Requirement, RequirementKind
    torch = attrs.evolve(
        recognition.TORCH,
        conversion=Conversion(60, Decimal("0.5"), Rounding.DOWN, _HANDBOOK, _HANDBOOK),
        reuse=True,
        reuse_source=_HANDBOOK,
        repeats_count=False,
        repeats_source=_HANDBOOK,
    )
    torch = torch.with_category(Category("annual_conference", "Annual Conference sessions", _HANDBOOK, cap=Decimal(8)))
    torch = torch.with_activity_kind(ActivityKind("executive_forum", "Executive Forum", "annual_conference", _HANDBOOK))
    torch = torch.without_route("leadership", "other")
    torch = torch.with_route(
        "advanced_leadership", Route("credits", (r(k.TOTAL_CREDITS, "70 credits", Decimal(70), _HANDBOOK),))
    )
    torch = torch.with_route(
        "advanced_leadership",
        Route(
            "service",
            (
                r(k.TOTAL_CREDITS, "45 credits", Decimal(45), _HANDBOOK),
                r(
                    k.ACTIVITIES,
                    "two terms on a Cal Cities policy committee",
                    Decimal(2),
                    _HANDBOOK,
                    activity_kinds=("policy_committee_service",),
                ),
            ),
        ),
    )
    torch = torch.with_level_categories(
        "advanced_leadership", ("university_education", "policy_committee_service", "annual_conference")
    )
    torch = torch.with_route(
        "leadership_in_action",
        Route(
            "credits",
            (
                r(k.TOTAL_CREDITS, "55 credits in the last five years", Decimal(55), _HANDBOOK),
                r(
                    k.CATEGORY_CREDITS,
                    "20 of them in university education",
                    Decimal(20),
                    _HANDBOOK,
                    category="university_education",
                ),
            ),
        ),
    )
    first, second, third = torch.levels
    five_years = Window(WindowKind.ROLLING_YEARS, _HANDBOOK, years=5)
    return attrs.evolve(torch, levels=(first, second, attrs.evolve(third, window=five_years)))


PROGRAM = _torch()

_MEMBERS = tuple(City(f"Member City {n}") for n in range(40))
_OTHERS = (City("Outside City"), City("Faraway City"))
_LAPSED = City("Lapsed City")  # a member until the end of 2019
ROLL = membership.MembershipRoll(
    (*_MEMBERS, *_OTHERS, _LAPSED),
    (
        *(membership.MembershipHistory(c.name, (DateRange(date(1960, 1, 1)),)) for c in _MEMBERS),
        membership.MembershipHistory(_LAPSED.name, (DateRange(date(1960, 1, 1), date(2019, 12, 31)),)),
    ),
)
_COURSES = tuple(f"course-{n:02}" for n in range(15))


def _hours(rng: random.Random, low: int, high: int) -> Decimal:
    """A number of hours from ``low`` to ``high``, in quarter hours."""
    return Decimal(rng.randint(low * 4, high * 4)) / 4


def _day(rng: random.Random, year: int) -> date:
    return date(year, 1, 1) + timedelta(days=rng.randrange(365))


def _activity(rng: random.Random, person: int, serial: int, year: int) -> Activity:
    """One activity of a year, of a random kind."""
    ident, on, roll = f"o{person}-a{serial}", _day(rng, year), rng.random()
    if roll < 0.35:
        course = rng.choice(_COURSES) if rng.random() < 0.7 else None
        return Activity(ident, "University course", "university_education", on, hours=_hours(rng, 1, 8), course=course)
    if roll < 0.45:
        course = rng.choice(_COURSES) if rng.random() < 0.5 else None
        credits = Decimal(rng.randint(1, 8)) / 2
        return Activity(
            ident, "University course (credits)", "university_education", on, credits=credits, course=course
        )
    if roll < 0.6:
        service = Decimal(2) if rng.random() < 0.3 else None
        return Activity(
            ident, "Policy committee", "policy_committee_service", on, kind="policy_committee_service", credits=service
        )
    if roll < 0.75:
        return Activity(ident, "Conference sessions", "annual_conference", on, hours=_hours(rng, 1, 6))
    if roll < 0.85:
        return Activity(
            ident, "Executive Forum", "annual_conference", on, kind="executive_forum", hours=_hours(rng, 2, 6)
        )
    return Activity(ident, "Academy course", "league_academy", on, hours=_hours(rng, 2, 12))


@dataclasses.dataclass(frozen=True)
class _Person:
    """An official and everything they did."""

    official: Official
    activities: tuple[Activity, ...]


def _person(rng: random.Random, number: int) -> _Person:
    roll = rng.random()
    term_end = None
    if roll < 0.80:
        city, office = (
            rng.choice(_MEMBERS).name,
            rng.choice((Office.COUNCIL_MEMBER, Office.COUNCIL_MEMBER, Office.MAYOR)),
        )
    elif roll < 0.88:
        city, office = rng.choice(_MEMBERS).name, rng.choice((Office.CITY_MANAGER, Office.CITY_CLERK))
    elif roll < 0.94:
        city, office = rng.choice(_OTHERS).name, Office.COUNCIL_MEMBER
    else:
        city, office = _LAPSED.name, Office.MAYOR
        if rng.random() < 0.6:
            term_end = date(2019, 6, 30)  # judged on the last day of the term, when the city was a member
    if term_end is None and rng.random() < 0.1:
        term_end = _day(rng, rng.randint(2018, 2024))
    official = Official(
        f"Official {number}",
        city,
        office,
        office.is_council_seat,
        date(2014, 12, 1) + timedelta(days=rng.randrange(20)),
        term_end,
    )
    done: list[Activity] = []
    if rng.random() < 0.7:
        year = rng.choice((2015, 2015, 2016))
        hours = Decimal(18) if rng.random() < 0.5 else None
        done.append(
            Activity(
                f"o{number}-academy",
                "New Mayors and Council Members Academy",
                "league_academy",
                _day(rng, year),
                kind="new_mayors_academy",
                hours=hours,
            )
        )
    for year in range(2015, 2026):
        for _ in range(rng.randint(2, 6) if year < 2025 else rng.randint(0, 2)):
            done.append(_activity(rng, number, len(done), year))
    rng.shuffle(done)
    return _Person(official, tuple(done))


def _library(people: Sequence[_Person]) -> list[Answer]:
    """Each official tallied by the library."""
    answers: list[Answer] = []
    for person in people:
        result = recognition.tally(person.official, person.activities, PROGRAM, as_of=AS_OF, roll=ROLL)
        highest = result.highest
        answers.append((None if highest is None else highest.code, tuple(level.credits for level in result.levels)))
    return answers


def _span_start(window: Window, as_of: date) -> date:
    """The first day a window counts, as of ``as_of``."""
    if window.kind is WindowKind.LIFETIME:
        return date.min
    if window.kind is WindowKind.CALENDAR_YEAR:
        return date(as_of.year, 1, 1)
    year = as_of.year - (window.years or 1)  # a rolling window: the day after the same day so many years back
    back = date(year, as_of.month, min(as_of.day, last_day_of_month(year, as_of.month).day))
    return back + timedelta(days=1)


def _count(
    done: Sequence[Activity],
    earned: Mapping[str, Decimal | None],
    start: date,
    categories: frozenset[str] | None,
    *,
    caps: Mapping[str, Decimal],
    repeats: bool | None,
) -> tuple[dict[str, Decimal], Counter[str]]:
    """One level's credits by category, and its activities by kind, from ``start`` on."""
    seen: set[str] = set()
    by_category: dict[str, Decimal] = {}
    kinds: Counter[str] = Counter()
    for a in done:
        if a.on < start:
            continue
        got = earned[a.activity_id]
        if not repeats and a.course is not None and a.course in seen:
            continue
        here = categories is None or a.category in categories
        if a.course is not None and got and here:
            seen.add(a.course)
        if a.kind is not None:
            kinds[a.kind] += 1
        if got is None or not here or got <= 0:
            continue
        so_far = by_category.get(a.category, Decimal(0))
        cap = caps.get(a.category)
        allowed = got if cap is None else max(Decimal(0), min(got, cap - so_far))
        if allowed > 0:
            by_category[a.category] = so_far + allowed
    return by_category, kinds


def _plain(people: Sequence[_Person]) -> list[Answer]:
    """The same by hand, the program's figures read once."""
    program = PROGRAM
    conversion = cast("Conversion", program.conversion)
    minutes_per_step = conversion.minutes_per_credit * conversion.step  # credits are whole steps, rounded down
    step = conversion.step
    caps = {c.code: c.cap for c in program.categories if c.cap is not None}
    levels = [
        (
            level.code,
            _span_start(level.window, AS_OF),
            None if level.categories is None else frozenset(level.categories),
            [[(r.kind, r.minimum, r.category, r.activity_kinds) for r in route.requirements] for route in level.routes],
        )
        for level in program.levels
    ]
    terms = {h.city: [(t.start, t.end) for t in h.terms] for h in ROLL.histories}
    total_kind, category_kind = RequirementKind.TOTAL_CREDITS, RequirementKind.CATEGORY_CREDITS
    answers: list[Answer] = []
    for person in people:
        official = person.official
        on = AS_OF if official.term_end is None else min(AS_OF, official.term_end)
        reached = (
            official.office.is_council_seat
            and official.term_start <= on
            and any(start <= on and (end is None or on <= end) for start, end in terms.get(official.city, ()))
        )
        done = sorted((a for a in person.activities if a.on <= AS_OF), key=lambda a: (a.on, a.activity_id))
        earned: dict[str, Decimal | None] = {}
        for a in done:
            if a.credits is not None:
                earned[a.activity_id] = a.credits
            elif a.hours is not None:
                earned[a.activity_id] = (a.hours * 60 // minutes_per_step) * step
            else:
                earned[a.activity_id] = None
        highest = None
        credits = []
        for code, start, categories, routes in levels:
            by_category, kinds = _count(done, earned, start, categories, caps=caps, repeats=program.repeats_count)
            total = sum(by_category.values(), Decimal(0))
            met = False
            for route in routes:
                ok = True
                for kind, minimum, category, activity_kinds in route:
                    if kind is total_kind:
                        counted = total
                    elif kind is category_kind:
                        counted = by_category.get(category or "", Decimal(0))
                    else:
                        counted = Decimal(sum(kinds[k] for k in activity_kinds))
                    ok = ok and minimum is not None and counted >= minimum
                met = met or ok
            reached = reached and met  # a level needs the one before it
            if reached:
                highest = code
            credits.append(total)
        answers.append((highest, tuple(credits)))
    return answers


def _agreement(people: Sequence[_Person]) -> Callable[[Mapping[str, object]], str]:
    """Exact agreement, official by official: the level reached and every level's credits."""

    def agree(answers: Mapping[str, object]) -> str:
        mine = cast("list[Answer]", answers[LIBRARY])
        theirs = cast("list[Answer]", answers[BASELINE])
        if len(mine) != len(people) or len(theirs) != len(people):
            raise Disagreement(f"{len(mine)} library and {len(theirs)} plain-loop answers for {len(people)} officials")
        for person, one, other in zip(people, mine, theirs, strict=True):
            if one != other:
                raise Disagreement(
                    f"{person.official.person} ({len(person.activities)} activities): {LIBRARY} {one} != "
                    f"{BASELINE} {other}"
                )
        levels = Counter(highest or "none" for highest, _ in mine)
        spread = ", ".join(f"{count:,} {code}" for code, count in sorted(levels.items()))
        activities = sum(len(p.activities) for p in people)
        return (
            f"level reached and credits per level agree for all {len(people):,} officials "
            f"({activities:,} activities; highest level: {spread})"
        )

    return agree


def workloads(scale: float, seed: int) -> list[Workload]:
    """The recognition workloads at ``scale`` of the issue's size, on data seeded by ``seed``.

    Args:
        scale: The share of the full size (1.0: 2,000 officials).
        seed: The seed of the data.

    Returns:
        ``recognition.torch``: each official's Torch tally (the highest level reached,
        and the credits counted toward each level).
    """
    rng = random.Random(seed)
    people = [_person(rng, number) for number in range(sized(OFFICIALS, scale))]
    return [
        Workload(
            name="recognition.torch",
            description=(
                "Torch tallies over ten years of mixed activities (a configured Torch: "
                "credits count toward every level, repeats once, a capped category, a five-year window)"
            ),
            items=len(people),
            unit="officials",
            library=Contender(LIBRARY, lambda: _library(people)),
            baselines=(Contender(BASELINE, lambda: _plain(people)),),
            agree=_agreement(people),
            repeat=3,
        )
    ]
