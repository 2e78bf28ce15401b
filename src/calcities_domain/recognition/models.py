"""A credit program as data: categories, levels, requirements, windows, conversions, awards.

A :class:`Program` is ordered :class:`Level` s, each reached by any one of its
:class:`Route` s, a route being met when every one of its :class:`Requirement` s is. A
requirement whose minimum is ``None`` is **not configured**: the sources do not give it,
and a tally under it says so rather than passing or failing.

Settings the sources may not give (whether credits count again for the next level,
whether a repeated course counts again) are ``None`` when unknown; a tally then works
under both readings and reports a requirement as not configured when they disagree.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from calcities_domain.kernel import DateRange, InputError, MonthEndPolicy, Problem, Source, add_months
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
    whole_number,
)
from calcities_domain.kernel._checks import (
    code as identifier,
)
from calcities_domain.kernel._words import count
from calcities_domain.mcle import Rounding
from calcities_domain.organization import Official

__all__ = [
    "Activity",
    "ActivityKind",
    "Audience",
    "Award",
    "AwardKind",
    "Category",
    "Conversion",
    "Level",
    "Maintenance",
    "Program",
    "Requirement",
    "RequirementKind",
    "Route",
    "SubmissionDeadline",
    "Window",
    "WindowKind",
]


#: The most credits, hours or activities any amount may be: far beyond any program, well within Decimal's precision.
MAX_AMOUNT = Decimal(1_000_000)


def _amount(instance_: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise fail(attribute.name, f"expected a Decimal, got {value!r}")
    if value < 0:
        raise fail(attribute.name, f"must not be negative, got {value}")
    if value > MAX_AMOUNT:
        raise fail(attribute.name, f"must be at most {MAX_AMOUNT:,}, got {value}")


def _positive_amount(instance_: object, attribute: attrs.Attribute[Decimal], value: Any) -> None:
    _amount(instance_, attribute, value)
    if value == 0:  # _amount has checked it is a Decimal
        raise fail(attribute.name, "must be more than zero")


def _positive(instance_: object, attribute: attrs.Attribute[int], value: Any) -> None:
    whole_number(instance_, attribute, value)
    if value < 1:  # whole_number has checked it is an int
        raise fail(attribute.name, f"must be at least 1, got {value}")


def _codes(instance_: object, attribute: attrs.Attribute[tuple[str, ...]], value: Any) -> None:
    tuple_of(str)(instance_, attribute, value)
    for index, item in enumerate(value):
        try:
            identifier(instance_, attribute, item)
        except InputError:
            raise fail(f"{attribute.name}[{index}]", f"must be a lower-case identifier, got {item!r}") from None
    if len(set(value)) != len(value):
        raise fail(attribute.name, f"lists a code twice: {value!r}")


def _duplicates(items: Iterable[str | int], path: str) -> list[Problem]:
    seen: set[str | int] = set()
    problems = []
    for index, item in enumerate(items):
        if item in seen:
            problems.append(Problem(f"{path}[{index}]", f"{item!r} is listed twice"))
        seen.add(item)
    return problems


class RequirementKind(enum.Enum):
    """What a requirement counts.

    Attributes:
        TOTAL_CREDITS: credits, over every category the level counts.
        CATEGORY_CREDITS: credits in one category.
        CATEGORY_HOURS: hours in one category (an activity recorded in credits gives its
            credits back as hours through the program's conversion; without one, none).
        ACTIVITIES: how many activities of given kinds: a specific activity (the New
            Mayors and Council Members Academy) or a role (service on a policy committee).
    """

    TOTAL_CREDITS = "total_credits"
    CATEGORY_CREDITS = "category_credits"
    CATEGORY_HOURS = "category_hours"
    ACTIVITIES = "activities"


@attrs.frozen
class Requirement:
    """One condition of a route to a level.

    Attributes:
        kind: What it counts.
        description: The requirement in words.
        minimum: How much is needed (credits, hours, or a whole number of activities);
            ``None`` when the sources do not give it: **not configured**.
        source: Who says so.
        category: The category counted, for the category kinds.
        activity_kinds: The kinds of activity that satisfy it, for ``ACTIVITIES``.

    >>> from calcities_domain.kernel import Confidence
    >>> nlc = Source("NLC", Confidence.CONFIRMED)
    >>> Requirement(RequirementKind.TOTAL_CREDITS, "16 credits", Decimal(16), nlc).configured
    True
    """

    kind: RequirementKind = attrs.field(metadata=checked(instance(RequirementKind)))
    description: str = attrs.field(metadata=checked(text))
    minimum: Decimal | None = attrs.field(metadata=checked(optional(_amount)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    category: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(identifier)))
    activity_kinds: tuple[str, ...] = attrs.field(default=(), kw_only=True, metadata=checked(_codes))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"description", "source"})

    def _across(self) -> list[Problem]:
        problems = []
        by_category = self.kind in (RequirementKind.CATEGORY_CREDITS, RequirementKind.CATEGORY_HOURS)
        if by_category and self.category is None:
            problems.append(Problem("category", f"a {self.kind.value} requirement names its category"))
        if not by_category and self.category is not None:
            problems.append(Problem("category", f"a {self.kind.value} requirement has no category"))
        if self.kind is RequirementKind.ACTIVITIES:
            if not self.activity_kinds:
                problems.append(Problem("activity_kinds", "an activities requirement names the kinds that satisfy it"))
            if self.minimum is not None and (self.minimum != self.minimum.to_integral_value() or self.minimum < 1):
                problems.append(
                    Problem("minimum", f"a number of activities is a whole number, 1 or more: {self.minimum}")
                )
        elif self.activity_kinds:
            problems.append(Problem("activity_kinds", f"a {self.kind.value} requirement counts no activity kinds"))
        return problems

    @property
    def configured(self) -> bool:
        """Whether the requirement's minimum is known."""
        return self.minimum is not None


@attrs.frozen
class Route:
    """One way to reach a level: every requirement met.

    Attributes:
        name: The route's name, unique within its level (``"academy"``).
        requirements: Its requirements, at least one.
    """

    name: str = attrs.field(metadata=checked(identifier))
    requirements: tuple[Requirement, ...] = attrs.field(metadata=checked(tuple_of(Requirement)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"name"})

    def _across(self) -> list[Problem]:
        return [] if self.requirements else [Problem("requirements", "a route has at least one requirement")]

    @property
    def configured(self) -> bool:
        """Whether every requirement of the route is configured."""
        return all(r.configured for r in self.requirements)


class WindowKind(enum.Enum):
    """Which activities a level counts, as of a day.

    Attributes:
        LIFETIME: every activity up to the day.
        CALENDAR_YEAR: the activities of the day's calendar year, up to the day.
        ROLLING_YEARS: the activities of the last N years, up to the day.
        TERM: the activities of the official's term, up to the day.
    """

    LIFETIME = "lifetime"
    CALENDAR_YEAR = "calendar_year"
    ROLLING_YEARS = "rolling_years"
    TERM = "term"


@attrs.frozen
class Window:
    """The window of time a level counts activities in.

    Attributes:
        kind: The kind of window.
        source: Who says so.
        years: The number of years, for a rolling window.

    >>> from calcities_domain.kernel import Confidence
    >>> w = Window(WindowKind.ROLLING_YEARS, Source("Example", Confidence.ASSUMED), years=2)
    >>> str(w.span(date(2024, 2, 29)))
    '2022-03-01 to 2024-02-29'
    """

    kind: WindowKind = attrs.field(metadata=checked(instance(WindowKind)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    years: int | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_positive)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        if self.kind is WindowKind.ROLLING_YEARS and self.years is None:
            return [Problem("years", "a rolling window gives its number of years")]
        if self.kind is not WindowKind.ROLLING_YEARS and self.years is not None:
            return [Problem("years", f"a {self.kind.value} window has no number of years")]
        return []

    def span(self, as_of: date, official: Official | None = None) -> DateRange | None:
        """The days counted as of ``as_of``; None when none are (a term that starts later).

        A rolling window of N years ends on ``as_of`` and starts the day after the same
        day N years before (29 February goes back to the 28th).

        Raises:
            InputError: if ``as_of`` is not a date, or a term window is asked for without an official.
        """
        if not is_plain_date(as_of):
            raise fail("as_of", f"expected a date, got {as_of!r}")
        if self.kind is WindowKind.LIFETIME:
            return DateRange(date.min, as_of)
        if self.kind is WindowKind.CALENDAR_YEAR:
            return DateRange(date(as_of.year, 1, 1), as_of)
        if self.kind is WindowKind.ROLLING_YEARS:
            years = self.years or 1  # validated: a rolling window has its years
            if as_of.year - years < date.min.year:
                return DateRange(date.min, as_of)
            back = add_months(as_of, -12 * years, policy=MonthEndPolicy.CLAMP)
            return DateRange(date.fromordinal(back.toordinal() + 1), as_of)
        if official is None:
            raise fail("official", "a term window needs the official, whose term it is")
        last = as_of if official.term_end is None else min(as_of, official.term_end)
        return DateRange(official.term_start, last) if official.term_start <= last else None

    def describe(self) -> str:
        """The window in words."""
        if self.kind is WindowKind.ROLLING_YEARS:
            return f"the last {count(self.years or 0, 'year')}"
        return {
            WindowKind.LIFETIME: "all activities to date",
            WindowKind.CALENDAR_YEAR: "the calendar year",
            WindowKind.TERM: "the official's term",
        }[self.kind]


@attrs.frozen
class Conversion:
    """How hours become credits: minutes per credit, rounded to a step.

    Attributes:
        minutes_per_credit: Minutes of activity per credit (TML: 50; NLC: 120).
        step: Credits are a multiple of this (``Decimal("0.01")``).
        rounding: Down to the step, or to the nearest (a tie goes up).
        source: Who gives the rate.
        rounding_source: Who gives the rounding.

    >>> from calcities_domain.kernel import Confidence
    >>> rate, rounding = Source("TML", Confidence.CONFIRMED), Source("Assumed", Confidence.ASSUMED)
    >>> tml = Conversion(50, Decimal("0.01"), Rounding.DOWN, rate, rounding)
    >>> tml.credits(Decimal(1))
    Decimal('1.20')
    """

    minutes_per_credit: int = attrs.field(metadata=checked(_positive))
    step: Decimal = attrs.field(metadata=checked(_positive_amount))
    rounding: Rounding = attrs.field(metadata=checked(instance(Rounding)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    rounding_source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def credits(self, hours: Decimal) -> Decimal:
        """The credits ``hours`` of activity earn.

        Raises:
            InputError: if ``hours`` is not a Decimal from zero to a million.
        """
        given: object = hours  # checked at run time: untyped callers pass anything
        if not isinstance(given, Decimal) or not given.is_finite() or not 0 <= given <= MAX_AMOUNT:
            raise fail("hours", f"expected a Decimal from 0 to {MAX_AMOUNT:,}, got {hours!r}")
        exact = hours * 60 / self.minutes_per_credit
        mode = ROUND_DOWN if self.rounding is Rounding.DOWN else ROUND_HALF_UP
        steps = (exact / self.step).quantize(Decimal(1), rounding=mode)
        return steps * self.step


@attrs.frozen
class Category:
    """A category of credit (an NLC competency area; TML's open-government training).

    Attributes:
        code: Its identifier, unique in the program.
        name: Its name.
        source: Who defines it.
        cap: The most credits of the category a level counts, if capped.
    """

    code: str = attrs.field(metadata=checked(identifier))
    name: str = attrs.field(metadata=checked(text))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    cap: Decimal | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_amount)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class ActivityKind:
    """A specific activity or role a program names (the New Mayors and Council Members Academy).

    Attributes:
        code: Its identifier, unique in the program.
        name: Its name.
        category: The category an activity of this kind is in.
        source: Who names it.
    """

    code: str = attrs.field(metadata=checked(identifier))
    name: str = attrs.field(metadata=checked(text))
    category: str = attrs.field(metadata=checked(identifier))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


class AwardKind(enum.Enum):
    """What an official receives on reaching a level.

    Attributes:
        CERTIFICATE: a certificate.
        PIN: a lapel pin.
        PLAQUE: a plaque.
        DESIGNATION: a title or designation (``"Leadership Fellow"``, ``"CMO"``).
        RECOGNITION: public recognition (a ceremony, a list, a press release).
    """

    CERTIFICATE = "certificate"
    PIN = "pin"
    PLAQUE = "plaque"
    DESIGNATION = "designation"
    RECOGNITION = "recognition"


@attrs.frozen
class Award:
    """An award for reaching a level.

    Attributes:
        kind: What it is.
        name: Its name.
        source: Who says it is given.
    """

    kind: AwardKind = attrs.field(metadata=checked(instance(AwardKind)))
    name: str = attrs.field(metadata=checked(text))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Maintenance:
    """What keeps a level once reached: ``minimum`` credits in the last ``years`` years.

    Attributes:
        minimum: The credits needed in each window.
        years: The window, in years, ending on the day asked.
        source: Who says so.
    """

    minimum: Decimal = attrs.field(metadata=checked(_positive_amount))
    years: int = attrs.field(metadata=checked(_positive))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Level:
    """A level of a program.

    Attributes:
        code: Its identifier, unique in the program.
        name: Its name.
        routes: The ways to reach it; any one suffices.
        window: The window its credits are counted in.
        source: Who defines the level.
        prerequisite: The code of the earlier level that must be reached first, if any.
        categories: The categories whose credits count toward it; None for every one.
        awards: What reaching it earns.
        maintenance: What keeps it, once reached, if anything.
    """

    code: str = attrs.field(metadata=checked(identifier))
    name: str = attrs.field(metadata=checked(text))
    routes: tuple[Route, ...] = attrs.field(metadata=checked(tuple_of(Route)))
    window: Window = attrs.field(metadata=checked(instance(Window)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    prerequisite: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(identifier)))
    categories: tuple[str, ...] | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_codes)))
    awards: tuple[Award, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(Award)))
    maintenance: Maintenance | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(Maintenance)))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"code", "name", "window", "source", "awards", "maintenance"})

    def _across(self) -> list[Problem]:
        problems = [Problem(p.path + ".name", p.message) for p in _duplicates((r.name for r in self.routes), "routes")]
        if not self.routes:
            problems.append(Problem("routes", "a level has at least one route"))
        if self.prerequisite == self.code:
            problems.append(Problem("prerequisite", f"level {self.code!r} cannot be its own prerequisite"))
        return problems

    def credit_threshold(self) -> Decimal | None:
        """The fewest total credits any configured route of the level asks for, if any does."""
        totals = [
            r.minimum
            for route in self.routes
            for r in route.requirements
            if r.kind is RequirementKind.TOTAL_CREDITS and r.minimum is not None
        ]
        return min(totals) if totals else None


class Audience(enum.Enum):
    """Who a program is for; the tally checks it.

    Attributes:
        ANYONE: no condition.
        ELECTED_OFFICIALS: officials holding an elected office.
        MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES: mayors and council members of Cal
            Cities member cities in good standing (the Torch Program), as
            :func:`calcities_domain.membership.may_join_torch_program` decides.
    """

    ANYONE = "anyone"
    ELECTED_OFFICIALS = "elected_officials"
    MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES = "mayors_and_council_members_of_member_cities"


@attrs.frozen
class SubmissionDeadline:
    """The last day to submit for a year's recognition.

    Attributes:
        year: The year of recognition.
        deadline: The last day a submission counts for that year (inclusive).
        source: Who published it.
        ceremony: The day recognition is given (the conference's first day), if known.
    """

    year: int = attrs.field(metadata=checked(_positive))
    deadline: date = attrs.field(metadata=checked(plain_date))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    ceremony: date | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(plain_date)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"source"})

    def _across(self) -> list[Problem]:
        problems = []
        if self.deadline.year != self.year:
            problems.append(Problem("deadline", f"{self.deadline} is not in {self.year}"))
        if self.ceremony is not None and self.ceremony <= self.deadline:
            problems.append(Problem("ceremony", f"{self.ceremony} is not after the deadline, {self.deadline}"))
        return problems


def _optional_bool(instance_: object, attribute: attrs.Attribute[bool | None], value: object) -> None:
    if value is not None and not isinstance(value, bool):
        raise fail(attribute.name, f"expected true, false or null (not configured), got {value!r}")


@attrs.frozen
class Program:
    """A recognition program: its categories, activity kinds, levels and settings.

    Attributes:
        code: Its identifier (``"cal_cities_torch"``).
        name: Its name.
        organization: Who runs it.
        source: Who describes it.
        categories: Its categories of credit.
        levels: Its levels, lowest first.
        audience: Who it is for.
        audience_source: Who says so.
        activity_kinds: The specific activities and roles it names.
        conversion: How hours become credits; None when the sources give no rate
            (activities recorded in hours then earn no credits, and the tally says why).
        reuse: Whether credits counted toward one level count again toward the next;
            None when not configured.
        reuse_source: Who says so.
        repeats_count: Whether a course taken again counts again; None when not configured.
        repeats_source: Who says so.
        submission_deadlines: The last day to submit for each year's recognition.
        unit: What the program calls its credits, plural (``"credits"``, ``"CEUs"``).
        caveats: What the configuration assumes beyond its values (a cap the source
            mentions without giving it); every tally cites them.

    Raises:
        InputError: naming every problem: a level whose prerequisite does not exist or
            comes later, a category or activity kind not declared, a code listed twice,
            thresholds that decrease from one level to the next.
    """

    code: str = attrs.field(metadata=checked(identifier))
    name: str = attrs.field(metadata=checked(text))
    organization: str = attrs.field(metadata=checked(text))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    categories: tuple[Category, ...] = attrs.field(metadata=checked(tuple_of(Category)))
    levels: tuple[Level, ...] = attrs.field(metadata=checked(tuple_of(Level)))
    audience: Audience = attrs.field(metadata=checked(instance(Audience)))
    audience_source: Source = attrs.field(metadata=checked(instance(Source)))
    activity_kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(), kw_only=True, metadata=checked(tuple_of(ActivityKind))
    )
    conversion: Conversion | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(Conversion)))
    )
    reuse: bool | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_bool))
    reuse_source: Source | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(instance(Source))))
    repeats_count: bool | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_bool))
    repeats_source: Source | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(Source)))
    )
    submission_deadlines: tuple[SubmissionDeadline, ...] = attrs.field(
        default=(), kw_only=True, metadata=checked(tuple_of(SubmissionDeadline))
    )
    unit: str = attrs.field(default="credits", kw_only=True, metadata=checked(text))
    caveats: tuple[Source, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(Source)))

    def __attrs_post_init__(self) -> None:
        validate(
            self,
            self._across,
            independent={
                "code",
                "name",
                "organization",
                "source",
                "audience",
                "audience_source",
                "conversion",
                "unit",
                "caveats",
            },
        )

    def _across(self) -> list[Problem]:
        problems = _duplicates((c.code for c in self.categories), "categories")
        problems = [Problem(p.path + ".code", p.message) for p in problems]
        problems += [
            Problem(p.path + ".code", p.message)
            for p in _duplicates((k.code for k in self.activity_kinds), "activity_kinds")
        ]
        problems += [
            Problem(p.path + ".code", p.message) for p in _duplicates((lv.code for lv in self.levels), "levels")
        ]
        problems += [
            Problem(p.path + ".year", p.message)
            for p in _duplicates((d.year for d in self.submission_deadlines), "submission_deadlines")
        ]
        categories = {c.code for c in self.categories}
        kinds = {k.code for k in self.activity_kinds}
        for index, kind in enumerate(self.activity_kinds):
            if kind.category not in categories:
                problems.append(Problem(f"activity_kinds[{index}].category", self._unknown("category", kind.category)))
        if not self.levels:
            problems.append(Problem("levels", "a program has at least one level"))
        for flag, field in (("reuse", "reuse_source"), ("repeats_count", "repeats_source")):
            if getattr(self, flag) is not None and getattr(self, field) is None:
                problems.append(Problem(field, f"a configured {flag} setting cites its source"))
        earlier: list[str] = []
        for index, level in enumerate(self.levels):
            problems += self._level_problems(index, level, earlier, categories, kinds)
            earlier.append(level.code)
        problems += self._threshold_problems()
        return problems

    def _unknown(self, what: str, value: str) -> str:
        known = {
            "category": [c.code for c in self.categories],
            "activity kind": [k.code for k in self.activity_kinds],
            "level": [lv.code for lv in self.levels],
        }[what]
        names = ", ".join(known) or "none"
        article = "an" if what[0] in "aeiou" else "a"
        plural = {"category": "categories", "activity kind": "activity kinds", "level": "levels"}[what]
        return f"{value!r} is not {article} {what} of program {self.code!r} (its {plural}: {names})"

    def _level_problems(
        self, index: int, level: Level, earlier: list[str], categories: set[str], kinds: set[str]
    ) -> list[Problem]:
        at = f"levels[{index}]"
        problems = []
        if level.prerequisite is not None and level.prerequisite not in earlier:
            later = level.prerequisite in {lv.code for lv in self.levels}
            problems.append(
                Problem(
                    f"{at}.prerequisite",
                    f"{level.prerequisite!r} is a later level: levels are listed in order, prerequisites first"
                    if later
                    else self._unknown("level", level.prerequisite),
                )
            )
        elif earlier and level.prerequisite != earlier[-1]:
            problems.append(
                Problem(
                    f"{at}.prerequisite",
                    f"must be {earlier[-1]!r}, the level before it: levels are reached in order, none skipped"
                    + ("" if level.prerequisite is None else f" (got {level.prerequisite!r})"),
                )
            )
        for position, name in enumerate(level.categories or ()):
            if name not in categories:
                problems.append(Problem(f"{at}.categories[{position}]", self._unknown("category", name)))
        for r_index, route in enumerate(level.routes):
            for q_index, requirement in enumerate(route.requirements):
                where = f"{at}.routes[{r_index}].requirements[{q_index}]"
                if requirement.category is not None and requirement.category not in categories:
                    problems.append(Problem(f"{where}.category", self._unknown("category", requirement.category)))
                elif level.categories is not None and requirement.category not in (None, *level.categories):
                    problems.append(
                        Problem(f"{where}.category", f"{requirement.category!r} is not a category the level counts")
                    )
                for k_index, kind in enumerate(requirement.activity_kinds):
                    if kind not in kinds:
                        problems.append(
                            Problem(f"{where}.activity_kinds[{k_index}]", self._unknown("activity kind", kind))
                        )
        return problems

    def _threshold_problems(self) -> list[Problem]:
        """Thresholds that decrease along the chain of prerequisites: totals, and each category's minimum.

        When credits count once (``reuse`` False), each level's thresholds are what it adds
        to the one before, and may be smaller: they are not compared.
        """
        problems: list[Problem] = []
        if self.reuse is False:
            return problems
        by_code = {lv.code: (i, lv) for i, lv in enumerate(self.levels)}
        for index, level in enumerate(self.levels):
            if level.prerequisite not in by_code:
                continue
            before = by_code[level.prerequisite][1]
            mine, theirs = level.credit_threshold(), before.credit_threshold()
            if mine is not None and theirs is not None and mine < theirs:
                problems.append(
                    Problem(
                        f"levels[{index}]",
                        f"needs {mine} credits, fewer than the {theirs} of its prerequisite "
                        f"{before.code!r}: thresholds must not decrease from one level to the next",
                    )
                )
            floors = _category_floors(before)
            for category, amount in sorted(_category_floors(level).items()):
                if category in floors and amount < floors[category]:
                    problems.append(
                        Problem(
                            f"levels[{index}]",
                            f"needs {amount} in {category!r}, less than the {floors[category]} of its "
                            f"prerequisite {before.code!r}: thresholds must not decrease from one level to the next",
                        )
                    )
        return problems

    def level(self, code: str) -> Level:
        """The level with ``code``.

        Raises:
            InputError: naming the levels known, if there is none.
        """
        for level in self.levels:
            if level.code == code:
                return level
        raise fail("level", self._unknown("level", code))

    @property
    def level_codes(self) -> str:
        """The codes of the levels, in order, as text."""
        return ", ".join(lv.code for lv in self.levels)

    def category(self, code: str) -> Category | None:
        """The category with ``code``, if the program has it."""
        return next((c for c in self.categories if c.code == code), None)

    def activity_kind(self, code: str) -> ActivityKind | None:
        """The activity kind with ``code``, if the program names it."""
        return next((k for k in self.activity_kinds if k.code == code), None)

    def unconfigured(self) -> tuple[tuple[str, str], ...]:
        """What an administrator has still to supply: ``(path, what)`` pairs, in order."""
        missing = []
        for index, level in enumerate(self.levels):
            for r_index, route in enumerate(level.routes):
                for q_index, requirement in enumerate(route.requirements):
                    if not requirement.configured:
                        where = f"levels[{index}].routes[{r_index}].requirements[{q_index}].minimum"
                        missing.append((where, f"{level.name}: {requirement.description}"))
        if self.conversion is None:
            missing.append(("conversion", "how hours become credits"))
        if self.reuse is None:
            missing.append(("reuse", "whether credits counted for one level count again for the next"))
        if self.repeats_count is None:
            missing.append(("repeats_count", "whether a course taken again counts again"))
        return tuple(missing)

    def with_route(self, level: str, route: Route) -> Program:
        """A copy with ``route`` added to ``level``, or replacing its route of the same name."""
        _expect("route", route, Route)
        target = self.level(level)
        routes = tuple(r for r in target.routes if r.name != route.name)
        kept = [r.name for r in target.routes]
        position = kept.index(route.name) if route.name in kept else len(routes)
        new = (*routes[:position], route, *routes[position:])
        return self._replace_level(attrs.evolve(target, routes=new))

    def without_route(self, level: str, route: str) -> Program:
        """A copy without ``level``'s route named ``route``.

        Raises:
            InputError: if the level has no such route, or it is the level's only route.
        """
        target = self.level(level)
        names = [r.name for r in target.routes]
        if route not in names:
            raise fail("route", f"level {level!r} has no route {route!r} (its routes: {', '.join(names)})")
        if len(names) == 1:
            raise fail("route", f"{route!r} is the only route of level {level!r}: a level keeps at least one route")
        return self._replace_level(attrs.evolve(target, routes=tuple(r for r in target.routes if r.name != route)))

    def _replace_level(self, new: Level) -> Program:
        return attrs.evolve(self, levels=tuple(new if lv.code == new.code else lv for lv in self.levels))

    def with_category(self, category: Category) -> Program:
        """A copy with ``category`` added (or replacing the category of its code)."""
        _expect("category", category, Category)
        kept = tuple(c for c in self.categories if c.code != category.code)
        return attrs.evolve(self, categories=(*kept, category))

    def with_activity_kind(self, kind: ActivityKind) -> Program:
        """A copy with ``kind`` added (or replacing the kind of its code)."""
        _expect("kind", kind, ActivityKind)
        kept = tuple(k for k in self.activity_kinds if k.code != kind.code)
        return attrs.evolve(self, activity_kinds=(*kept, kind))

    def with_level_categories(self, level: str, categories: tuple[str, ...] | None) -> Program:
        """A copy in which ``level`` counts the credits of ``categories`` (None: every category)."""
        index = [lv.code for lv in self.levels].index(self.level(level).code)
        try:
            narrowed = attrs.evolve(self.levels[index], categories=categories)
        except InputError as error:
            raise InputError([p.under(f"levels[{index}]") for p in error.problems]) from None
        return self._replace_level(narrowed)


def _expect(name: str, value: object, kind: type) -> None:
    if not isinstance(value, kind):
        raise fail(name, f"expected a {kind.__name__}, got {value!r}")


def _category_floors(level: Level) -> dict[str, Decimal]:
    """Per category, the least any route of the level that names the category asks for in credits."""
    floors: dict[str, Decimal] = {}
    asked = [
        {
            r.category: r.minimum
            for r in route.requirements
            if r.kind is RequirementKind.CATEGORY_CREDITS and r.category is not None and r.minimum is not None
        }
        for route in level.routes
    ]
    for category in {c for route in asked for c in route}:
        floors[category] = min(route[category] for route in asked if category in route)
    return floors


@attrs.frozen
class Activity:
    """One thing an official did: what, when, how much, in which category, and the evidence.

    Attributes:
        activity_id: Its identifier, unique among the official's activities.
        title: What it was.
        category: Its category, one of the program's.
        on: The day it was completed (or the service was given).
        hours: The hours it took, if recorded in hours.
        credits: The credits it earned, if recorded in credits.
        kind: The specific activity or role it is, if the program names it.
        course: An identifier of the course, to tell a repeat.
        evidence: What shows it was done (a certificate, a sign-in sheet).

    An activity recorded with neither hours nor credits (a completion, a role) earns no
    credits, and counts for the requirements that ask for its kind.

    >>> a = Activity("a1", "Ethics (AB 1234)", "education", date(2024, 1, 24), hours=Decimal(2))
    >>> a.hours
    Decimal('2')
    """

    activity_id: str = attrs.field(metadata=checked(text))
    title: str = attrs.field(metadata=checked(text))
    category: str = attrs.field(metadata=checked(identifier))
    on: date = attrs.field(metadata=checked(plain_date))
    hours: Decimal | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_amount)))
    credits: Decimal | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_amount)))
    kind: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(identifier)))
    course: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))
    evidence: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(
            self, self._across, independent={"activity_id", "title", "category", "on", "kind", "course", "evidence"}
        )

    def _across(self) -> list[Problem]:
        if self.hours is not None and self.credits is not None:
            return [Problem("credits", "give hours or credits, not both")]
        return []
