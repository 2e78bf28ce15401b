"""Tallies: what an official's activities earn in a program, level by level, and what is missing.

:func:`tally` counts an official's activities toward each level of a program as of a
day: the credits counted by category, what did not count and why, whether each
requirement is met, not met or **not configured**, whether each level is reached, and
what is missing for the next one, in words and numbers.

How credits are counted, for each level in order:

1. Only activities on or before the day, inside the level's window, count.
2. Activities recorded in hours become credits by the program's conversion (none:
   they earn no credits, and the tally says so); activities with neither earn none.
3. A level counts only its categories' credits; a course taken again counts once
   unless repeats count; a category's credits beyond its cap do not count.
4. When credits do not count again for the next level, a level reached keeps the
   credits it needed: first those its category minimums need, then those its total
   needs, earliest activities first; the next level counts what is left. A level that
   split does not reach, but another split might, is undetermined, never wrongly not
   reached: a bound on what earlier levels must keep of its credits, not a search of
   every split (``_Counter.split_may_matter``).

A setting the program leaves unconfigured (reuse, repeats) is tried both ways: a
requirement met under one reading and not the other is reported as not configured.
The figures shown are those of the stricter reading (credits used once, repeats once).

In a notebook a :class:`Tally` shows as a table (``_repr_html_``): eligibility, each level
and its reasons, what is missing, the sources and the flagged assumptions.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import itertools
import typing
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

import attrs

from calcities_domain.kernel import (
    Confidence,
    DateRange,
    Decision,
    Effect,
    InputError,
    Problem,
    Reason,
    Source,
    unique_sources,
)
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    iterable,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel._checks import (
    code as identifier,
)
from calcities_domain.kernel._html import ASSUMPTIONS, count, result_html, summary
from calcities_domain.kernel._words import count as count_of
from calcities_domain.membership import MembershipRoll, may_join_torch_program
from calcities_domain.organization import Official
from calcities_domain.recognition.models import (
    Activity,
    Audience,
    Award,
    Level,
    Program,
    Requirement,
    RequirementKind,
    Route,
    Window,
    WindowKind,
)

__all__ = [
    "CategoryCredits",
    "LevelResult",
    "LevelStatus",
    "RequirementResult",
    "Status",
    "Tally",
    "Uncounted",
    "recognition_year",
    "tally",
]

#: Cited when a setting is not configured and the tally tried both readings.
NOT_CONFIGURED = Source(
    "calcities_domain: a setting not configured",
    Confidence.ASSUMED,
    section="both readings tried",
    note="The program's sources do not give this setting: the tally works under each reading and reports a "
    "requirement as not configured when they disagree. An administrator supplies the setting.",
)
ROLLS_OVER = Source(
    "calcities_domain: a late submission",
    Confidence.INFERRED,
    section="rolls to the next year",
    note="Each year's deadline is to be recognised at that year's conference; a submission after it is read as "
    "counting for the next year's recognition.",
)
NO_ROLL = Source(
    "calcities_domain: membership not checked",
    Confidence.ASSUMED,
    section="no membership roll given",
    note="The program is for officials of member cities; without a roll the tally cannot say whether the city is one.",
)


class Status(enum.Enum):
    """Whether a requirement holds.

    Attributes:
        MET: it holds.
        NOT_MET: it does not; the result says what is missing.
        NOT_CONFIGURED: the program does not say what it asks (or a setting it depends
            on is unknown): neither passed nor failed.
    """

    MET = "met"
    NOT_MET = "not_met"
    NOT_CONFIGURED = "not_configured"


class LevelStatus(enum.Enum):
    """Whether a level is reached.

    Attributes:
        REACHED: its prerequisite is reached and every requirement of one route is met.
        NOT_REACHED: its prerequisite is not reached, or every route has a requirement not met.
        UNDETERMINED: it depends on a requirement or setting not configured.
    """

    REACHED = "reached"
    NOT_REACHED = "not_reached"
    UNDETERMINED = "undetermined"


def _decimal(instance_: object, attribute: attrs.Attribute[Decimal], value: object) -> None:
    if not isinstance(value, Decimal) or not value.is_finite():
        raise fail(attribute.name, f"expected a Decimal, got {value!r}")


@attrs.frozen
class RequirementResult:
    """A requirement of a route, as tallied.

    Attributes:
        level: The level's code.
        route: The route's name.
        description: The requirement in words.
        kind: What it counts.
        status: Met, not met or not configured.
        counted: What was counted toward it (credits, hours or activities).
        required: What it asks; None when not configured.
        missing: What is still needed; None when not configured, 0 when met.
        message: The result in words.
    """

    level: str = attrs.field(metadata=checked(identifier))
    route: str = attrs.field(metadata=checked(identifier))
    description: str = attrs.field(metadata=checked(text))
    kind: RequirementKind = attrs.field(metadata=checked(instance(RequirementKind)))
    status: Status = attrs.field(metadata=checked(instance(Status)))
    counted: Decimal = attrs.field(metadata=checked(_decimal))
    required: Decimal | None = attrs.field(metadata=checked(optional(_decimal)))
    missing: Decimal | None = attrs.field(metadata=checked(optional(_decimal)))
    message: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class CategoryCredits:
    """Credits counted in one category toward a level.

    Attributes:
        category: The category's code.
        credits: The credits counted.
    """

    category: str = attrs.field(metadata=checked(identifier))
    credits: Decimal = attrs.field(metadata=checked(_decimal))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Uncounted:
    """An activity, or part of it, that did not count, and why.

    Attributes:
        activity_id: The activity.
        level: The level it did not count toward; None when it counts toward none.
        code: A stable machine code for the reason (``"recognition.uncounted.window"``).
        message: The reason in words.
        credits: The credits not counted, when the activity has credits.
    """

    activity_id: str = attrs.field(metadata=checked(text))
    level: str | None = attrs.field(metadata=checked(optional(identifier)))
    code: str = attrs.field(metadata=checked(identifier))
    message: str = attrs.field(metadata=checked(text))
    credits: Decimal | None = attrs.field(default=None, metadata=checked(optional(_decimal)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class LevelResult:
    """A level, as tallied.

    Attributes:
        code: The level's code.
        name: Its name.
        status: Reached, not reached, or undetermined.
        route: The route by which it is reached, if it is.
        credits: The credits counted toward it.
        by_category: Those credits by category (categories with none left out).
        requirements: Every requirement of every route, as tallied.
        not_counted: What did not count toward it, and why.
        kept: Whether its maintenance rule holds (None when it has none or is not reached).
        awards: What reaching it earns.
        reasons: The explanation, with sources.
    """

    code: str = attrs.field(metadata=checked(identifier))
    name: str = attrs.field(metadata=checked(text))
    status: LevelStatus = attrs.field(metadata=checked(instance(LevelStatus)))
    route: str | None = attrs.field(metadata=checked(optional(identifier)))
    credits: Decimal = attrs.field(metadata=checked(_decimal))
    by_category: tuple[CategoryCredits, ...] = attrs.field(metadata=checked(tuple_of(CategoryCredits)))
    requirements: tuple[RequirementResult, ...] = attrs.field(metadata=checked(tuple_of(RequirementResult)))
    not_counted: tuple[Uncounted, ...] = attrs.field(metadata=checked(tuple_of(Uncounted)))
    kept: bool | None = attrs.field(metadata=checked(optional(instance(bool))))
    awards: tuple[Award, ...] = attrs.field(metadata=checked(tuple_of(Award)))
    reasons: tuple[Reason, ...] = attrs.field(metadata=checked(tuple_of(Reason)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def reached(self) -> bool | None:
        """True if reached, False if not, None if undetermined."""
        return {LevelStatus.REACHED: True, LevelStatus.NOT_REACHED: False}.get(self.status)

    def missing(self) -> tuple[RequirementResult, ...]:
        """The requirements not met or not configured, route by route."""
        return tuple(r for r in self.requirements if r.status is not Status.MET)


def _status_text(level: LevelResult) -> str:
    return level.status.value.replace("_", " ")


@attrs.frozen(repr=False)
class Tally:
    """An official's tally in a program as of a day.

    Attributes:
        program: The program's code.
        person: The official.
        as_of: The day of the tally.
        eligible: Whether the official may take part (None when it could not be told).
        levels: Every level, in order.
        reasons: The explanation of eligibility and the settings used.

    Its repr is one line: the title, the highest level reached, how many levels are
    reached and undetermined; in a notebook it shows as a table.

    .. versionchanged:: 0.2.0
       The repr is a one-line summary; the fields are still attributes.
    """

    program: str = attrs.field(metadata=checked(identifier))
    person: str = attrs.field(metadata=checked(text))
    as_of: date = attrs.field(metadata=checked(plain_date))
    eligible: bool | None = attrs.field(metadata=checked(optional(instance(bool))))
    levels: tuple[LevelResult, ...] = attrs.field(metadata=checked(tuple_of(LevelResult)))
    reasons: tuple[Reason, ...] = attrs.field(metadata=checked(tuple_of(Reason)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def highest(self) -> LevelResult | None:
        """The highest level reached, if any."""
        reached = [lv for lv in self.levels if lv.status is LevelStatus.REACHED]
        return reached[-1] if reached else None

    @property
    def next_level(self) -> LevelResult | None:
        """The first level not reached (not reached, or undetermined), if any."""
        return next((lv for lv in self.levels if lv.status is not LevelStatus.REACHED), None)

    def level(self, code: str) -> LevelResult:
        """The result for the level ``code``.

        Raises:
            InputError: if the program has no such level.
        """
        for result in self.levels:
            if result.code == code:
                return result
        known = ", ".join(lv.code for lv in self.levels)
        raise fail("level", f"{code!r} is not a level of program {self.program!r} (its levels: {known})")

    @property
    def _title(self) -> str:
        return f"{self.person}: {self.program} as of {self.as_of}"

    def _missing(self) -> tuple[str, list[str]] | None:
        """What is missing for the next level: a heading and the things missing (None if none is)."""
        after = self.next_level
        if after is None:
            return None
        items = [r.message for r in after.missing()]
        items.extend(
            r.message
            for r in after.reasons
            if (r.code == "recognition.prerequisite" and r.effect is not Effect.PASS)
            or r.code in ("recognition.not_eligible", "recognition.eligibility_unknown", "recognition.split")
        )
        return f"For {after.name} ({_status_text(after)})", items

    def missing(self) -> str:
        """What is missing for the next level, in words."""
        missing = self._missing()
        if missing is None:
            return "Every level is reached."
        heading, items = missing
        return "\n".join([f"{heading}:", *(f"  - {item}" for item in items)])

    def decision(self, level: str) -> Decision[bool | None]:
        """Whether ``level`` is reached, as a decision with its reasons."""
        result = self.level(level)
        return Decision(
            f"Has {self.person} reached {result.name} as of {self.as_of}?",
            result.reached,
            self.reasons + result.reasons,
        )

    def sources(self) -> tuple[Source, ...]:
        """Every distinct source the tally cites."""
        reasons = self.reasons + tuple(r for lv in self.levels for r in lv.reasons)
        return unique_sources(r.source for r in reasons if r.source is not None)

    def assumptions(self) -> tuple[Source, ...]:
        """The cited sources that are not confirmed."""
        return tuple(s for s in self.sources() if not s.is_confirmed)

    def explain(self) -> str:
        """The tally as plain text: eligibility, each level and why, what is missing, sources, assumptions."""
        lines = [self._title]
        lines.extend(f"  [{r.effect.value}] {r.message}  ({r.code})" for r in self.reasons)
        for result in self.levels:
            lines.append(f"{result.name}: {_status_text(result)}")
            lines.extend(f"  [{r.effect.value}] {r.message}  ({r.code})" for r in result.reasons)
        lines.append(self.missing())
        sources = self.sources()
        if sources:
            lines.append("Sources:")
            lines.extend(f"  - {s.cite()}" for s in sources)
        assumed = self.assumptions()
        if assumed:
            lines.append(f"{ASSUMPTIONS}:")
            lines.extend(f"  - {s.cite()}" + (f": {s.note}" if s.note else "") for s in assumed)
        return "\n".join(lines)

    def _answer(self) -> str:
        highest = self.highest
        return "no level reached" if highest is None else f"highest reached: {highest.name}"

    def __repr__(self) -> str:
        undetermined = sum(lv.status is LevelStatus.UNDETERMINED for lv in self.levels)
        reached = sum(lv.status is LevelStatus.REACHED for lv in self.levels)
        details = [f"{reached} of {count(len(self.levels), 'level')} reached"]
        if undetermined:
            details.append(f"{undetermined} undetermined")
        return summary(
            "Tally",
            self._title,
            self._answer(),
            details,
            reasons=len(self.reasons) + sum(len(lv.reasons) for lv in self.levels),
            assumptions=len(self.assumptions()),
        )

    def _repr_html_(self) -> str:
        """The tally as an HTML table, for notebooks.

        The answer is the highest level reached; then the reasons of eligibility and
        settings, each level's reasons under its name and status, what is missing for the
        next level, the sources and the flagged assumptions. Every text is escaped.

        .. versionadded:: 0.2.0
        """
        groups = [("Eligibility and settings", self.reasons)]
        groups.extend((f"{lv.name}: {_status_text(lv)}", lv.reasons) for lv in self.levels)
        missing = self._missing()
        return result_html(
            self._title,
            self._answer(),
            groups,
            notes=[] if missing is None else [missing],
            sources=self.sources(),
        )

    def to_rows(self) -> list[dict[str, object]]:
        """One plain dict per requirement of every level, ready for a data frame."""
        return [
            {
                "program": self.program,
                "person": self.person,
                "as_of": self.as_of,
                "level": result.code,
                "level_status": result.status.value,
                "route": r.route,
                "requirement": r.description,
                "status": r.status.value,
                "counted": r.counted,
                "required": r.required,
                "missing": r.missing,
            }
            for result in self.levels
            for r in result.requirements
        ]


# -- counting ---------------------------------------------------------------------------


@attrs.frozen
class _Reading:
    reuse: bool
    repeats: bool


@attrs.frozen
class _Counted:
    """One level under one reading: per-requirement statuses and figures, and what was used."""

    results: tuple[tuple[Status, Decimal], ...]  # per requirement, in route order
    status: LevelStatus
    route: str | None
    per_activity: dict[str, Decimal]  # credits counted, by activity
    by_category: dict[str, Decimal]
    uncounted: tuple[Uncounted, ...]
    met_routes: tuple[str, ...] = ()  # every route met, the one asking least first
    split: bool = False  # not reached under the split chosen, though another split might reach it


def _earned(activity: Activity, program: Program) -> Decimal | None:
    if activity.credits is not None:
        return activity.credits
    if activity.hours is not None and program.conversion is not None:
        return program.conversion.credits(activity.hours)
    return None


def _order(activity: Activity) -> tuple[date, str]:
    return (activity.on, activity.activity_id)


class _Counter:
    __slots__ = ("activities", "as_of", "earned", "official", "program")

    def __init__(self, official: Official, activities: tuple[Activity, ...], program: Program, as_of: date) -> None:
        self.official = official
        self.program = program
        self.as_of = as_of
        self.activities = tuple(sorted(activities, key=_order))
        self.earned = {a.activity_id: _earned(a, program) for a in self.activities}

    def _uncounted(
        self, activity: Activity, level: Level, reason: str, message: str, credits: Decimal | None
    ) -> Uncounted:
        return Uncounted(activity.activity_id, level.code, f"recognition.uncounted.{reason}", message, credits)

    def _in_window(self, level: Level, reading: _Reading, uncounted: list[Uncounted]) -> list[Activity]:
        """The activities the level's window holds, up to the day; a repeat once, unless repeats count."""
        span = level.window.span(self.as_of, self.official)
        within = f"{level.window.describe()}" + ("" if span is None else f" ({span})")
        chosen: list[Activity] = []
        seen: set[str] = set()
        for activity in self.activities:
            if activity.on > self.as_of:
                continue  # reported once, for the whole tally
            earned = self.earned[activity.activity_id]
            if span is None or activity.on not in span:
                message = f"{activity.on} is outside {within}."
                uncounted.append(self._uncounted(activity, level, "window", message, earned))
            elif not reading.repeats and activity.course is not None and activity.course in seen:
                message = f"course {activity.course!r} was taken before; a repeat counts once."
                uncounted.append(self._uncounted(activity, level, "repeat", message, earned))
            else:
                # A course is taken once it gives the level credits: a copy that earns
                # nothing here (no conversion, a category not counted) does not block another.
                counts_here = level.categories is None or activity.category in level.categories
                if activity.course is not None and earned and counts_here:
                    seen.add(activity.course)
                chosen.append(activity)
        return chosen

    def _available(
        self, activity: Activity, level: Level, reading: _Reading, used: dict[str, Decimal], uncounted: list[Uncounted]
    ) -> Decimal:
        """The credits an activity in the window has to give the level (before caps)."""
        earned = self.earned[activity.activity_id]
        if earned is None:
            if activity.hours is not None:
                message = (
                    f"it is recorded in hours ({activity.hours}), and the program has no conversion "
                    "of hours to credits configured."
                )
                uncounted.append(self._uncounted(activity, level, "no_conversion", message, None))
            return Decimal(0)
        if level.categories is not None and activity.category not in level.categories:
            if earned:
                message = f"category {activity.category!r} does not count toward {level.name}."
                uncounted.append(self._uncounted(activity, level, "category", message, earned))
            return Decimal(0)
        if reading.reuse:
            return earned
        spent = used.get(activity.activity_id, Decimal(0))
        if spent:
            message = (
                f"{_amount(spent, self.program.unit)} of it already counted toward an earlier level, and counts once."
            )
            uncounted.append(self._uncounted(activity, level, "used", message, spent))
        return earned - spent

    def level(self, level: Level, reading: _Reading, used: dict[str, Decimal], prior: LevelStatus | None) -> _Counted:
        """The level under one reading of the settings, given the credits earlier levels used."""
        uncounted: list[Uncounted] = []
        in_window = self._in_window(level, reading, uncounted)
        per_activity: dict[str, Decimal] = {}
        by_category: dict[str, Decimal] = {}
        for activity in in_window:
            available = self._available(activity, level, reading, used, uncounted)
            if available <= 0:
                continue
            category = self.program.category(activity.category)
            cap = None if category is None else category.cap
            so_far = by_category.get(activity.category, Decimal(0))
            allowed = available if cap is None else max(Decimal(0), min(available, cap - so_far))
            if cap is not None and allowed < available:
                message = (
                    f"category {activity.category!r} counts at most {_amount(cap, self.program.unit)} toward a level."
                )
                uncounted.append(self._uncounted(activity, level, "cap", message, available - allowed))
            if allowed > 0:
                per_activity[activity.activity_id] = allowed
                by_category[activity.category] = so_far + allowed
        total = sum(by_category.values(), Decimal(0))
        results: list[tuple[Status, Decimal]] = []
        route_statuses: list[tuple[str, Status]] = []
        for route in level.routes:
            statuses = []
            for requirement in route.requirements:
                counted = self._counted(requirement, in_window, by_category, total)
                status = (
                    Status.NOT_CONFIGURED
                    if requirement.minimum is None
                    else (Status.MET if counted >= requirement.minimum else Status.NOT_MET)
                )
                results.append((status, counted))
                statuses.append(status)
            route_statuses.append((route.name, _all(statuses)))
        # Of the routes met, the one asking least, so that credits counted once leave most for later levels.
        met_routes = [
            route for route, (_, status) in zip(level.routes, route_statuses, strict=True) if status is Status.MET
        ]
        met = min(met_routes, key=_demand).name if met_routes else None
        if prior is LevelStatus.NOT_REACHED or all(s is Status.NOT_MET for _, s in route_statuses):
            status_ = LevelStatus.NOT_REACHED
        elif met is not None and prior in (None, LevelStatus.REACHED):
            status_ = LevelStatus.REACHED
        else:
            status_ = LevelStatus.UNDETERMINED
        reached_by = met if status_ is LevelStatus.REACHED else None
        others = tuple(sorted((r.name for r in met_routes), key=lambda name: name != met))
        return _Counted(tuple(results), status_, reached_by, per_activity, by_category, tuple(uncounted), others)

    def _hours(self, activity: Activity) -> Decimal:
        """An activity's hours: as recorded, or its credits back through the conversion (none without one)."""
        if activity.hours is not None:
            return activity.hours
        conversion = self.program.conversion
        if activity.credits is None or conversion is None:
            return Decimal(0)
        return activity.credits * conversion.minutes_per_credit / 60

    def _counted(
        self, requirement: Requirement, in_window: list[Activity], by_category: dict[str, Decimal], total: Decimal
    ) -> Decimal:
        if requirement.kind is RequirementKind.TOTAL_CREDITS:
            return total
        if requirement.kind is RequirementKind.CATEGORY_CREDITS:
            return by_category.get(requirement.category or "", Decimal(0))
        if requirement.kind is RequirementKind.CATEGORY_HOURS:
            return sum((self._hours(a) for a in in_window if a.category == requirement.category), Decimal(0))
        return Decimal(sum(1 for a in in_window if a.kind in requirement.activity_kinds))

    def consume(self, level: Level, counted: _Counted, used: dict[str, Decimal]) -> None:
        """Keep the credits a reached level needed, so that the next levels do not count them again.

        The level keeps what its category minimums need, then what its total needs, taking
        first from the categories later levels do not ask for, earliest activities first.
        """
        route = next(r for r in level.routes if r.name == counted.route)
        later = self.program.levels[[lv.code for lv in self.program.levels].index(level.code) + 1 :]
        wanted = {
            r.category
            for lv in later
            for rt in lv.routes
            for r in rt.requirements
            if r.kind is RequirementKind.CATEGORY_CREDITS
        }
        order = sorted(self.activities, key=lambda a: (a.category in wanted, a.on, a.activity_id))
        taken = dict.fromkeys(counted.per_activity, Decimal(0))

        def take(amount: Decimal, category: str | None) -> None:
            for activity in order:
                if amount <= 0:
                    return
                if activity.activity_id not in counted.per_activity:
                    continue
                if category is not None and activity.category != category:
                    continue
                left = counted.per_activity[activity.activity_id] - taken[activity.activity_id]
                share = min(left, amount)
                taken[activity.activity_id] += share
                amount -= share

        for requirement in route.requirements:
            if requirement.kind is RequirementKind.CATEGORY_CREDITS and requirement.minimum is not None:
                already = sum(
                    (
                        taken[a.activity_id]
                        for a in self.activities
                        if a.category == requirement.category and a.activity_id in taken
                    ),
                    Decimal(0),
                )
                take(requirement.minimum - already, requirement.category)
        for requirement in route.requirements:
            if requirement.kind is RequirementKind.TOTAL_CREDITS and requirement.minimum is not None:
                take(requirement.minimum - sum(taken.values(), Decimal(0)), None)
        for activity_id, amount in taken.items():
            used[activity_id] = used.get(activity_id, Decimal(0)) + amount

    def choose_route(self, level: Level, reading: _Reading, used: dict[str, Decimal], counted: _Counted) -> _Counted:
        """Of the routes met, the first (asking least first) that leaves the next level reached, if any does."""
        position = [lv.code for lv in self.program.levels].index(level.code)
        if len(counted.met_routes) < 2 or position + 1 == len(self.program.levels):
            return counted
        following = self.program.levels[position + 1]
        for name in counted.met_routes:
            trial = attrs.evolve(counted, route=name)
            kept = dict(used)
            self.consume(level, trial, kept)
            if self.level(following, reading, kept, LevelStatus.REACHED).status is LevelStatus.REACHED:
                return trial
        return counted

    def split_may_matter(
        self, level: Level, reading: _Reading, used: dict[str, Decimal], counted: _Counted, prior: LevelStatus | None
    ) -> bool:
        """Whether another split of credits between levels might reach a level the chosen split does not.

        True when a route of the level would be met with the credits earlier levels kept,
        and the level's credits cover that route's needs on top of the least the earlier
        levels must keep of them (in all and in each category, whichever route each took,
        less what each could keep of the credits this level does not count): the split
        chosen is then one of several, and not reaching the level under it proves nothing.
        A bound, not a search: such a level is undetermined, never wrongly not reached. A
        level whose prerequisite is not reached is not reached under any split; one whose
        prerequisite is undetermined may be reached under another.
        """
        if not used or counted.status is not LevelStatus.NOT_REACHED or prior is LevelStatus.NOT_REACHED:
            return False
        relaxed = self.level(level, reading, {}, None)
        if relaxed.status is not LevelStatus.REACHED:
            return False
        # What the earlier levels must keep at the least, whichever of their routes they took,
        # less what each could keep outside the credits this level counts: activities it does
        # not count, and the part of one above this level's cap. Each earlier level's own
        # window, categories, caps and repeats bound that part; earlier levels competing for
        # the same credits are not, so the bound stays on the side of undetermined.
        earlier = self.program.levels[: [lv.code for lv in self.program.levels].index(level.code)]
        pool_used = dict(relaxed.per_activity)
        outside = {lv.code: self.level(lv, reading, pool_used, None).by_category for lv in earlier}
        left_out = sum(
            (
                (self.earned[a.activity_id] or Decimal(0)) - pool_used.get(a.activity_id, Decimal(0))
                for a in self.activities
                if a.on <= self.as_of
            ),
            Decimal(0),
        )
        forced_total = max(
            sum((min(_demand(r) for r in lv.routes) for lv in earlier), Decimal(0)) - left_out,
            sum((min(_from_pool(r, outside[lv.code]) for r in lv.routes) for lv in earlier), Decimal(0)),
        )

        def forced(category: str) -> Decimal:
            return sum(
                (
                    max(
                        Decimal(0),
                        min(_floor(r, category) for r in lv.routes) - outside[lv.code].get(category, Decimal(0)),
                    )
                    for lv in earlier
                ),
                Decimal(0),
            )

        pool = sum(relaxed.per_activity.values(), Decimal(0))

        position = 0
        for route in level.routes:
            statuses = [status for status, _ in relaxed.results[position : position + len(route.requirements)]]
            position += len(route.requirements)
            if _all(statuses) is not Status.MET or pool < _demand(route) + forced_total:
                continue
            if all(
                relaxed.by_category.get(r.category or "", Decimal(0)) >= r.minimum + forced(r.category or "")
                for r in route.requirements
                if r.kind is RequirementKind.CATEGORY_CREDITS and r.minimum is not None
            ):
                return True
        return False

    def maintained(self, level: Level, years: int) -> tuple[Decimal, DateRange | None]:
        """The credits the level counts in the last ``years`` years (its caps and repeats), and those days."""
        assert level.maintenance is not None  # noqa: S101 - the caller checked
        window = Window(WindowKind.ROLLING_YEARS, level.maintenance.source, years=years)
        strict = _Reading(reuse=True, repeats=self.program.repeats_count is True)
        counted = self.level(attrs.evolve(level, window=window), strict, {}, None)
        return sum(counted.by_category.values(), Decimal(0)), window.span(self.as_of, self.official)


def _floor(route: Route, category: str) -> Decimal:
    """The credits a route asks for in ``category`` (0 when it asks none)."""
    return max(
        (
            r.minimum
            for r in route.requirements
            if r.kind is RequirementKind.CATEGORY_CREDITS and r.category == category and r.minimum is not None
        ),
        default=Decimal(0),
    )


def _from_pool(route: Route, outside: dict[str, Decimal]) -> Decimal:
    """The least a route must take from a pool of credits, given the most it can count outside it, by category."""
    in_all = _demand(route) - sum(outside.values(), Decimal(0))
    by_category = sum(
        (
            max(Decimal(0), r.minimum - outside.get(r.category or "", Decimal(0)))
            for r in route.requirements
            if r.kind is RequirementKind.CATEGORY_CREDITS and r.minimum is not None
        ),
        Decimal(0),
    )
    return max(Decimal(0), in_all, by_category)


def _demand(route: Route) -> Decimal:
    """The credits a route needs at least: its total, or the sum of its category minimums if more."""
    total = max(
        (r.minimum for r in route.requirements if r.kind is RequirementKind.TOTAL_CREDITS and r.minimum is not None),
        default=Decimal(0),
    )
    floors = sum(
        (r.minimum for r in route.requirements if r.kind is RequirementKind.CATEGORY_CREDITS and r.minimum is not None),
        Decimal(0),
    )
    return max(total, floors)


def _all(statuses: Iterable[Status]) -> Status:
    items = list(statuses)
    if any(s is Status.NOT_MET for s in items):
        return Status.NOT_MET
    if all(s is Status.MET for s in items):
        return Status.MET
    return Status.NOT_CONFIGURED


def _readings(program: Program) -> list[_Reading]:
    """Every reading of the unconfigured settings, the strictest (credits once, repeats once) first."""
    reuse = [program.reuse] if program.reuse is not None else [False, True]
    repeats = [program.repeats_count] if program.repeats_count is not None else [False, True]
    return [_Reading(r, p) for r, p in itertools.product(reuse, repeats)]


def _activity_problems(items: list[object], program: Program) -> list[Problem]:
    problems = []
    ids: set[str] = set()
    for index, activity in enumerate(items):
        at = f"activities[{index}]"
        if not isinstance(activity, Activity):
            problems.append(Problem(at, f"expected an Activity, got {activity!r}"))
            continue
        if activity.activity_id in ids:
            problems.append(Problem(f"{at}.activity_id", f"{activity.activity_id!r} is listed twice"))
        ids.add(activity.activity_id)
        if program.category(activity.category) is None:
            problems.append(Problem(f"{at}.category", program._unknown("category", activity.category)))
        if activity.kind is None:
            continue
        kind = program.activity_kind(activity.kind)
        if kind is None:
            problems.append(Problem(f"{at}.kind", program._unknown("activity kind", activity.kind)))
        elif kind.category != activity.category:
            message = f"an activity of kind {kind.code!r} is in category {kind.category!r}, not {activity.category!r}"
            problems.append(Problem(f"{at}.category", message))
    return problems


def _validate(
    official: object, activities: object, program: object, as_of: object, roll: object
) -> tuple[Activity, ...]:
    problems: list[Problem] = []
    if roll is not None and not isinstance(roll, MembershipRoll):
        problems.append(Problem("roll", f"expected a MembershipRoll or None, got {roll!r}"))
    if not isinstance(official, Official):
        problems.append(Problem("official", f"expected an Official, got {official!r}"))
    if not isinstance(program, Program):
        problems.append(Problem("program", f"expected a Program, got {program!r}"))
    if not is_plain_date(as_of):
        problems.append(Problem("as_of", f"expected a date, got {as_of!r}"))
    try:
        items = iterable("activities", activities)
    except InputError as error:
        problems.extend(error.problems)
        items = []
    if isinstance(program, Program):
        problems += _activity_problems(items, program)
    if problems:
        raise InputError(problems)
    return tuple(typing.cast("list[Activity]", items))


def _eligibility(
    official: Official, program: Program, as_of: date, roll: MembershipRoll | None
) -> tuple[bool | None, list[Reason]]:
    audience = program.audience
    if audience is Audience.ANYONE:
        return True, [
            Reason.of(
                "recognition.eligibility.anyone", f"{program.name} is open to anyone.", source=program.audience_source
            )
        ]
    if audience is Audience.ELECTED_OFFICIALS:
        ok = official.elected
        office = official.office.value.replace("_", " ")
        return ok, [
            Reason.of(
                "recognition.eligibility.elected",
                f"{program.name} is for elected officials; {official.person}'s office ({office}) is "
                f"{'' if ok else 'not '}held by election.",
                effect=Effect.PASS if ok else Effect.FAIL,
                source=program.audience_source,
            )
        ]
    if roll is not None:
        # A former official is judged on the last day of the term: what was earned in office stays earned.
        on = as_of if official.term_end is None else min(as_of, official.term_end)
        decided = may_join_torch_program(official, on=on, roll=roll)
        return decided.outcome, list(decided.reasons)
    if not official.office.is_council_seat:
        office = official.office.value.replace("_", " ")
        return False, [
            Reason.of(
                "recognition.eligibility.office",
                f"{program.name} is for mayors and council members; {official.person} is a {office}.",
                effect=Effect.FAIL,
                source=program.audience_source,
            )
        ]
    return None, [
        Reason.of(
            "recognition.eligibility.no_roll",
            f"{program.name} is for the mayors and council members of member cities; no membership roll was "
            f"given, so whether {official.city} is a member in good standing was not checked.",
            source=NO_ROLL,
        )
    ]


def tally(
    official: Official,
    activities: Iterable[Activity],
    program: Program,
    *,
    as_of: date,
    roll: MembershipRoll | None = None,
) -> Tally:
    """Tally ``official``'s ``activities`` in ``program`` as of ``as_of``.

    Args:
        official: The official (the office decides eligibility; the term, a term window).
        activities: What the official did; their order does not matter.
        program: The program.
        as_of: The day of the tally: later activities do not count.
        roll: The membership roll, for a program of member cities' officials (Torch);
            without it eligibility is reported as not checked.

    Returns:
        A :class:`Tally`: each level reached or not, the credits counted by category,
        what did not count and why, and what is missing for the next level.

    Raises:
        InputError: naming every problem: an activity in a category or of a kind the
            program does not have, two activities of one identifier, bad arguments.

    >>> from calcities_domain.organization import Office
    >>> from calcities_domain.recognition import NLC_LEADERSHIP, Activity
    >>> mayor = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2022, 12, 13))
    >>> done = [Activity(f"a{i}", f"Seminar {i}", area.code, date(2024, 3, 1 + i), credits=Decimal(4))
    ...         for i, area in enumerate(NLC_LEADERSHIP.categories[:5])]
    >>> result = tally(mayor, done, NLC_LEADERSHIP, as_of=date(2024, 12, 31))
    >>> result.highest.name, result.next_level.name
    ('Bronze: Leadership Fellow', 'Silver: Leadership Executive')
    """
    items = _validate(official, activities, program, as_of, roll)
    eligible, reasons = _eligibility(official, program, as_of, roll)
    counter = _Counter(official, items, program, as_of)
    readings = _readings(program)
    per_reading: list[list[_Counted]] = []
    for reading in readings:
        used: dict[str, Decimal] = {}
        counted_levels: list[_Counted] = []
        statuses: dict[str, LevelStatus] = {}
        for level in program.levels:
            prior = None if level.prerequisite is None else statuses[level.prerequisite]
            counted = counter.level(level, reading, used, prior)
            if not reading.reuse and counter.split_may_matter(level, reading, used, counted, prior):
                counted = attrs.evolve(counted, status=LevelStatus.UNDETERMINED, split=True)
            if eligible is False:
                counted = attrs.evolve(counted, status=LevelStatus.NOT_REACHED, route=None)
            elif eligible is None and counted.status is LevelStatus.REACHED:
                counted = attrs.evolve(counted, status=LevelStatus.UNDETERMINED)
            if not reading.reuse and counted.status is LevelStatus.REACHED:
                # The route whose credits the level keeps is the route it is reported reached by.
                counted = counter.choose_route(level, reading, used, counted)
                counter.consume(level, counted, used)
            statuses[level.code] = counted.status
            counted_levels.append(counted)
        per_reading.append(counted_levels)
    reasons += _setting_reasons(program, counter)
    late = [a for a in counter.activities if a.on > as_of]
    reasons += [
        Reason.of(
            "recognition.uncounted.after",
            f"{a.activity_id} ({a.title}) is dated {a.on}, after {as_of}: it does not count yet.",
            facts={"activity": a.activity_id, "on": a.on},
        )
        for a in late
    ]
    results: dict[str, LevelResult] = {}
    for index, level in enumerate(program.levels):
        prior = LevelStatus.REACHED if level.prerequisite is None else results[level.prerequisite].status
        results[level.code] = _level_result(program, level, [r[index] for r in per_reading], counter, eligible, prior)
    return Tally(program.code, official.person, as_of, eligible, tuple(results.values()), tuple(reasons))


def _setting_reasons(program: Program, counter: _Counter) -> list[Reason]:
    reasons = [
        Reason.of("recognition.caveat", caveat.note or caveat.title, source=caveat) for caveat in program.caveats
    ]
    conversion = program.conversion
    hours = [a for a in counter.activities if a.hours is not None]
    if hours and conversion is not None:
        reasons.append(
            Reason.of(
                "recognition.conversion",
                f"Hours become {program.unit} at {conversion.minutes_per_credit} minutes each, "
                f"{conversion.rounding.value} to a multiple of {_number(conversion.step)}.",
                source=conversion.source,
                facts={"minutes_per_credit": conversion.minutes_per_credit, "step": conversion.step},
            )
        )
        if conversion.rounding_source != conversion.source:
            reasons.append(
                Reason.of(
                    "recognition.conversion.rounding",
                    f"{program.unit[0].upper()}{program.unit[1:]} are rounded {conversion.rounding.value} "
                    f"to a multiple of {_number(conversion.step)}.",
                    source=conversion.rounding_source,
                )
            )
    settings = (
        (
            program.reuse,
            program.reuse_source,
            "credits counted toward one level count again toward the next",
            "Credits counted toward one level do not count again toward the next.",
        ),
        (
            program.repeats_count,
            program.repeats_source,
            "a course taken again counts again",
            "A course taken again counts once.",
        ),
    )
    for flag, source, words, no in settings:
        if flag is None or source is None:
            message = f"Whether {words} is not configured: both readings were tried."
            reasons.append(Reason.of("recognition.setting.not_configured", message, source=NOT_CONFIGURED))
        else:
            message = f"{words[0].upper()}{words[1:]}." if flag else no
            reasons.append(Reason.of("recognition.setting", message, source=source))
    return reasons


def _number(amount: Decimal) -> str:
    """An amount in plain notation without trailing zeros: ``54``, ``1.2``."""
    return f"{amount.normalize():f}"


def _amount(amount: Decimal, unit: str) -> str:
    """An amount with its unit, singular for exactly one: ``1 credit``, ``16 credits``, ``1.2 CEUs``."""
    if amount == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{_number(amount)} {unit}"


def _figure(amount: Decimal, kind: RequirementKind, unit: str) -> str:
    """What a requirement counts: ``16 credits``, ``1 hour``, or a number of activities."""
    if kind is RequirementKind.ACTIVITIES:
        return _number(amount)
    return _amount(amount, "hours" if kind is RequirementKind.CATEGORY_HOURS else unit)


def _requirement_result(  # noqa: PLR0917 - one requirement, as every reading saw it
    level: Level, route_name: str, requirement: Requirement, statuses: set[Status], counted: Decimal, unit: str
) -> tuple[RequirementResult, Reason]:
    minimum = requirement.minimum
    where = f"{requirement.description}"
    if minimum is None:
        status = Status.NOT_CONFIGURED
        message = (
            f"{where}: requirement not configured; the program's administrator supplies it "
            f"({_figure(counted, requirement.kind, unit)} counted so far)."
        )
    elif len(statuses) > 1:
        status = Status.NOT_CONFIGURED
        message = (
            f"{where}: met under one reading of the settings not configured and not under another "
            f"({_figure(counted, requirement.kind, unit)} counted under the stricter, "
            f"{_figure(minimum, requirement.kind, unit)} needed): requirement not configured."
        )
    else:
        status = statuses.pop()
        if status is Status.MET:
            message = f"{where}: {_figure(counted, requirement.kind, unit)} counted, met."
        else:
            message = (
                f"{where}: {_figure(counted, requirement.kind, unit)} counted; "
                f"{_figure(minimum - counted, requirement.kind, unit)} more needed."
            )
    missing = None if minimum is None or status is Status.NOT_CONFIGURED else max(Decimal(0), minimum - counted)
    effect = {Status.MET: Effect.PASS, Status.NOT_MET: Effect.FAIL, Status.NOT_CONFIGURED: Effect.INFO}[status]
    reason = Reason.of(
        f"recognition.requirement.{status.value}",
        f"[{route_name}] {message}",
        effect=effect,
        source=requirement.source,
        facts={"counted": counted, "required": "not configured" if minimum is None else minimum},
    )
    result = RequirementResult(
        level.code, route_name, requirement.description, requirement.kind, status, counted, minimum, missing, message
    )
    return result, reason


def _level_result(  # noqa: PLR0917 - one level, under every reading, with what it depends on
    program: Program,
    level: Level,
    readings: list[_Counted],
    counter: _Counter,
    eligible: bool | None,
    prior: LevelStatus,
) -> LevelResult:
    strict = readings[0]
    statuses = {r.status for r in readings}
    status = statuses.pop() if len(statuses) == 1 else LevelStatus.UNDETERMINED
    counts = "" if level.categories is None else f", in {', '.join(level.categories)}"
    reasons: list[Reason] = [
        Reason.of(
            f"recognition.level.{status.value}",
            f"{level.name}: {status.value.replace('_', ' ')}.",
            effect={LevelStatus.REACHED: Effect.PASS, LevelStatus.NOT_REACHED: Effect.FAIL}.get(status, Effect.INFO),
            source=level.source,
        ),
        Reason.of(
            "recognition.window",
            f"It counts {level.window.describe()}{counts}.",
            source=level.window.source,
        ),
    ]
    if level.prerequisite is not None:
        before = program.level(level.prerequisite)
        words = {
            LevelStatus.REACHED: "is reached",
            LevelStatus.NOT_REACHED: "is not reached",
            LevelStatus.UNDETERMINED: "is undetermined",
        }[prior]
        effect = {LevelStatus.REACHED: Effect.PASS, LevelStatus.NOT_REACHED: Effect.FAIL}.get(prior, Effect.INFO)
        reasons.append(
            Reason.of(
                "recognition.prerequisite",
                f"{level.name} comes after {before.name}, which {words}.",
                effect=effect,
                source=level.source,
            )
        )
    if any(r.split for r in readings) and status is LevelStatus.UNDETERMINED:
        reasons.append(
            Reason.of(
                "recognition.split",
                "Credits count once: the split of credits between levels chosen here does not reach this level, "
                "but the credits would cover every level's needs under another split, so it is not decided.",
                source=program.reuse_source or NOT_CONFIGURED,
            )
        )
    if eligible is None and all(r.status is not LevelStatus.NOT_REACHED for r in readings):
        reasons.append(
            Reason.of(
                "recognition.eligibility_unknown",
                "Whether the official may take part was not checked, so the level is not decided.",
                source=NO_ROLL,
            )
        )
    if eligible is False:
        reasons.append(
            Reason.of(
                "recognition.not_eligible", "The official may not take part: no level is reached.", effect=Effect.FAIL
            )
        )
    results = []
    position = 0
    for route in level.routes:
        for requirement in route.requirements:
            seen = {r.results[position][0] for r in readings}
            result, reason = _requirement_result(
                level, route.name, requirement, seen, strict.results[position][1], program.unit
            )
            results.append(result)
            reasons.append(reason)
            position += 1
    reached_by = strict.route if status is LevelStatus.REACHED else None
    kept = None
    if level.maintenance is not None and status is LevelStatus.REACHED:
        rule = level.maintenance
        kept, reason = _maintenance(level, counter, rule.minimum, rule.years)
        reasons.append(attrs.evolve(reason, source=rule.source))
    if status is LevelStatus.REACHED:
        reasons.extend(
            Reason.of(
                "recognition.award", f"Reaching it earns: {award.name} ({award.kind.value}).", source=award.source
            )
            for award in level.awards
        )
    uncounted = strict.uncounted
    reasons.extend(
        Reason.of(
            u.code,
            f"{u.activity_id} does not count"
            + (f" ({_amount(u.credits, program.unit)})" if u.credits else "")
            + f": {u.message}",
            source=_uncounted_source(program, u),
        )
        for u in uncounted
    )
    total = sum(strict.by_category.values(), Decimal(0))
    by_category = tuple(CategoryCredits(c, v) for c, v in sorted(strict.by_category.items()) if v)
    return LevelResult(
        level.code,
        level.name,
        status,
        reached_by,
        total,
        by_category,
        tuple(results),
        uncounted,
        kept,
        level.awards,
        tuple(reasons),
    )


def _uncounted_source(program: Program, uncounted: Uncounted) -> Source | None:
    if uncounted.code == "recognition.uncounted.repeat":
        return program.repeats_source or NOT_CONFIGURED
    if uncounted.code == "recognition.uncounted.used":
        return program.reuse_source or NOT_CONFIGURED
    if uncounted.code == "recognition.uncounted.cap":
        category = next((c for c in program.categories if uncounted.message.startswith(f"category {c.code!r}")), None)
        return None if category is None else category.source
    return None


def _maintenance(level: Level, counter: _Counter, minimum: Decimal, years: int) -> tuple[bool, Reason]:
    """Whether the credits the level counts from the last ``years`` years reach ``minimum``."""
    earned, span = counter.maintained(level, years)
    kept = earned >= minimum
    unit = counter.program.unit
    reason = Reason.of(
        "recognition.maintenance",
        f"To keep {level.name}: {_amount(minimum, unit)} in the last {count_of(years, 'year')}; "
        f"{_amount(earned, unit)} counted ({span}): {'kept' if kept else 'not kept'}.",
        effect=Effect.PASS if kept else Effect.FAIL,
        facts={"counted": earned, "minimum": minimum},
    )
    return kept, reason


def recognition_year(program: Program, submitted_on: date) -> Decision[int | None]:
    """The year whose recognition a submission made on ``submitted_on`` counts for.

    A submission on or before a year's deadline counts for that year; after it, it rolls
    to the next year's recognition. When the program has no deadline for the year of the
    submission, the answer is None: the deadline is not configured.

    >>> from calcities_domain.recognition import TORCH
    >>> recognition_year(TORCH, date(2019, 9, 16)).outcome, recognition_year(TORCH, date(2019, 9, 17)).outcome
    (2019, 2020)
    """
    problems = []
    given: object = program  # checked at run time: untyped callers pass anything
    if not isinstance(given, Program):
        problems.append(Problem("program", f"expected a Program, got {program!r}"))
    if not is_plain_date(submitted_on):
        problems.append(Problem("submitted_on", f"expected a date, got {submitted_on!r}"))
    if problems:
        raise InputError(problems)
    question = f"Which year's {program.name} recognition does a submission of {submitted_on} count for?"
    year = submitted_on.year
    entry = next((d for d in program.submission_deadlines if d.year == year), None)
    if entry is None:
        known = ", ".join(str(d.year) for d in program.submission_deadlines) or "none"
        reason = Reason.of(
            "recognition.submission.not_configured",
            f"The deadline for {year} is not configured (years configured: {known}); the program sets it each year.",
            source=program.source,
        )
        return Decision(question, None, (reason,))
    ceremony = "" if entry.ceremony is None else f", for recognition on {entry.ceremony}"
    if submitted_on <= entry.deadline:
        reason = Reason.of(
            "recognition.submission.in_time",
            f"Submitted on {submitted_on}, by the {year} deadline of {entry.deadline}{ceremony}.",
            effect=Effect.PASS,
            source=entry.source,
            facts={"deadline": entry.deadline},
        )
        return Decision(question, year, (reason,))
    late = Reason.of(
        "recognition.submission.late",
        f"Submitted on {submitted_on}, after the {year} deadline of {entry.deadline}{ceremony}.",
        effect=Effect.FAIL,
        source=entry.source,
        facts={"deadline": entry.deadline},
    )
    rolls = Reason.of(
        "recognition.submission.rolls_over",
        f"A late submission counts for the next year's recognition: {year + 1}.",
        source=ROLLS_OVER,
    )
    return Decision(question, year + 1, (late, rolls))
