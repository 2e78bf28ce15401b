"""A model's own bad fields do not hide the problems its checks across fields find.

Rule under test (src/calcities_domain/kernel/_checks.py, ``validate``: "Then run ``across``,
the checks that relate fields to each other, once every field they read is valid on its
own: the fields named in ``independent`` are not read by ``across``, so a problem with one
of them does not hide the checks across the others"; the guide's standard: bad input gets
one error that names every problem and its path), for the recognition models
(src/calcities_domain/recognition/models.py):

* For each field a model's check across fields does not read, a bad value is named together
  with the problem that check finds (an activity with both hours and credits, a route with
  no requirement, a level that is its own prerequisite or has no route, a deadline outside its year, a
  program with a category listed twice, a total-credits requirement naming a category).
* A bad field the check across does read is named alone: the check waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import Rounding
from calcities_domain.recognition import (
    Activity,
    ActivityKind,
    Conversion,
    Level,
    Maintenance,
    Program,
    Requirement,
    RequirementKind,
    Route,
    SubmissionDeadline,
    Window,
    WindowKind,
)
from tests.recognition.test_tally import ASSUMED, CORE, LIFETIME, level, program, total


def problems_of(build: Callable[..., object], **fields: Any) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as caught:
        build(**fields)
    return [(p.path, p.message) for p in caught.value.problems]


def activity(**changes: Any) -> Activity:
    fields = {
        "activity_id": "a1",
        "title": "Budgeting basics",
        "category": "core",
        "on": date(2024, 3, 1),
        "hours": Decimal(2),
        "credits": Decimal(1),
        **changes,
    }
    return Activity(**fields)


def requirement(**changes: Any) -> Requirement:
    fields = {
        "kind": RequirementKind.TOTAL_CREDITS,
        "description": "10 credits",
        "minimum": Decimal(10),
        "source": ASSUMED,
        "category": "core",
        **changes,
    }
    return Requirement(**fields)


def route(**changes: Any) -> Route:
    return Route(**{"name": "credits", "requirements": (), **changes})


def own_prerequisite(**changes: Any) -> Level:
    fields = {
        "code": "one",
        "name": "One",
        "routes": (Route("credits", (total(10),)),),
        "window": LIFETIME,
        "source": ASSUMED,
        "prerequisite": "one",
        **changes,
    }
    return Level(**fields)


def routeless(**changes: Any) -> Level:
    return own_prerequisite(**{"routes": (), "prerequisite": None, **changes})


def window(**changes: Any) -> Window:
    return Window(**{"kind": WindowKind.ROLLING_YEARS, "source": ASSUMED, **changes})


def deadline(**changes: Any) -> SubmissionDeadline:
    fields = {"year": 2024, "deadline": date(2025, 1, 31), "source": ASSUMED, **changes}
    return SubmissionDeadline(**fields)


def twice_core(**changes: Any) -> Program:
    return program(level("one", total(10)), **{"categories": (CORE, CORE), **changes})


#: Each model, the problem its check across fields finds, and the fields that check does not read.
CASES: list[tuple[Callable[..., object], tuple[str, str], dict[str, object]]] = [
    (
        activity,
        ("credits", "give hours or credits, not both"),
        {
            "activity_id": " ",
            "title": "",
            "category": "Not An Identifier",
            "on": "2024-03-01",
            "kind": "Not An Identifier",
            "course": " ",
            "evidence": "",
        },
    ),
    (
        requirement,
        ("category", "a total_credits requirement has no category"),
        {"description": "", "source": "a source"},
    ),
    (route, ("requirements", "a route has at least one requirement"), {"name": "Not An Identifier"}),
    (
        own_prerequisite,
        ("prerequisite", "level 'one' cannot be its own prerequisite"),
        {"name": " ", "window": "lifetime", "source": None, "awards": ("an award",), "maintenance": "yearly"},
    ),
    (routeless, ("routes", "a level has at least one route"), {"code": "Not An Identifier"}),
    (deadline, ("deadline", "2025-01-31 is not in 2024"), {"source": "a source"}),
    (
        twice_core,
        ("categories[1].code", "'core' is listed twice"),
        {
            "code": "Not An Identifier",
            "name": "",
            "organization": " ",
            "source": None,
            "audience": "anyone",
            "audience_source": None,
            "conversion": "two hours a credit",
            "unit": "",
            "caveats": ("a caveat",),
        },
    ),
]


@pytest.mark.parametrize(
    ("build", "across", "field", "bad"),
    [(build, across, field, bad) for build, across, fields in CASES for field, bad in fields.items()],
    ids=[f"{build.__name__}-{field}" for build, _, fields in CASES for field in fields],
)
def test_a_field_the_check_across_does_not_read_is_named_with_its_problem(
    build: Callable[..., object], across: tuple[str, str], field: str, bad: object
) -> None:
    assert problems_of(build) == [across]
    problems = problems_of(build, **{field: bad})
    assert len(problems) == 2
    assert problems[0][0].split("[", 1)[0] == field
    assert problems[1] == across


@pytest.mark.parametrize(
    ("build", "field"),
    [(activity, "hours"), (activity, "credits"), (route, "requirements"), (own_prerequisite, "prerequisite")],
)
def test_a_field_the_check_across_reads_is_named_alone(build: Callable[..., object], field: str) -> None:
    bad: object = Decimal(-1) if field in {"hours", "credits"} else "Not An Identifier"
    problems = problems_of(build, **{field: bad})
    assert [path.split("[", 1)[0] for path, _ in problems] == [field]


@pytest.mark.parametrize(
    ("build", "changes", "problem"),
    [
        (twice_core, {"categories": (CORE,), "levels": ()}, ("levels", "a program has at least one level")),
        (
            twice_core,
            {"categories": (CORE,), "activity_kinds": (ActivityKind("academy", "The academy", "service", ASSUMED),)},
            (
                "activity_kinds[0].category",
                "'service' is not a category of program 'example' (its categories: core)",
            ),
        ),
        (
            requirement,
            {"kind": RequirementKind.ACTIVITIES, "category": None, "minimum": Decimal(1)},
            ("activity_kinds", "an activities requirement names the kinds that satisfy it"),
        ),
        (window, {}, ("years", "a rolling window gives its number of years")),
        (
            window,
            {"kind": WindowKind.CALENDAR_YEAR, "years": 2},
            ("years", "a calendar_year window has no number of years"),
        ),
    ],
    ids=[
        "program-without-levels",
        "activity-kind-in-an-unknown-category",
        "activities-without-kinds",
        "rolling-window-without-years",
        "calendar-year-window-with-years",
    ],
)
def test_a_check_across_fields_says_what_is_wrong(
    build: Callable[..., object], changes: dict[str, object], problem: tuple[str, str]
) -> None:
    assert problems_of(build, **changes) == [problem]


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda value: Conversion(50, value, Rounding.DOWN, ASSUMED, ASSUMED), "step"),
        (lambda value: Maintenance(value, 2, ASSUMED), "minimum"),
    ],
    ids=["conversion-step", "maintenance-minimum"],
)
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal(0), "must be more than zero"),
        (Decimal(-1), "must not be negative, got -1"),
        ("0.5", "expected a Decimal, got '0.5'"),
    ],
    ids=["zero", "negative", "text"],
)
def test_an_amount_that_must_be_more_than_zero_says_why_it_is_not(
    build: Callable[[object], object], field: str, value: object, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        build(value)
    assert [(p.path, p.message) for p in caught.value.problems] == [(field, message)]
