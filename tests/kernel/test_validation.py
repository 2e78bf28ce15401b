"""Every model names every problem at once, whether built in code or at the boundary.

Standard (DESIGN.md, principle 8): bad input gets one error naming every problem and its
path. attrs validators stop at the first failure, so the models keep their checks in field
metadata and run them all in ``__attrs_post_init__`` (``kernel._checks.validate``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import (
    AnnualDate,
    Confidence,
    DatedValue,
    DateRange,
    Decision,
    InputError,
    RuleDefinitionError,
    Source,
    Timeline,
)
from calcities_domain.kernel._checks import checked, field_problems, text
from calcities_domain.serialization import structure

SOURCE = Source("Rules", Confidence.CONFIRMED)
#: Two open-ended values: both in force from 2021 on.
OVERLAPPING = (
    DatedValue(DateRange(date(2020, 1, 1)), 1, SOURCE),
    DatedValue(DateRange(date(2021, 1, 1)), 2, SOURCE),
)


def paths(build: Any) -> list[str]:
    with pytest.raises(InputError) as caught:
        build()
    return [p.path for p in caught.value.problems]


def test_a_source_names_each_bad_field() -> None:
    expected = ["title", "confidence", "url"]
    assert expected == paths(lambda: Source(1, "sure", url=""))  # type: ignore[arg-type]


def test_a_range_names_both_bad_bounds() -> None:
    assert paths(lambda: DateRange("x", "y")) == ["start", "end"]  # type: ignore[arg-type]


def test_an_annual_date_names_each_bad_part() -> None:
    assert paths(lambda: AnnualDate(13, day=40, weekday="XX")) == ["month", "day", "weekday"]


def test_a_decision_names_each_bad_field() -> None:
    assert paths(lambda: Decision(" ", [1], ("not a reason",))) == ["question", "outcome", "reasons[0]"]  # type: ignore[arg-type]


def test_a_timeline_reports_bad_fields_and_overlaps_together() -> None:
    """A blank description does not hide two values in force at once."""
    with pytest.raises(InputError) as caught:
        Timeline("Bad Rule", " ", OVERLAPPING)
    assert not isinstance(caught.value, RuleDefinitionError)  # the fields are wrong too
    assert [p.path for p in caught.value.problems] == ["rule", "description", "entries[1]"]


def test_consistency_alone_is_a_rule_definition_error() -> None:
    with pytest.raises(RuleDefinitionError) as caught:
        Timeline("a.b", "d", OVERLAPPING)
    assert [p.path for p in caught.value.problems] == ["entries[1]"]


def test_bad_entries_skip_the_consistency_check() -> None:
    """Consistency needs sound entries: a bad entry is reported alone, not as an overlap."""
    assert paths(lambda: Timeline("a.b", "d", (1,))) == ["entries[0]"]  # type: ignore[arg-type]


def test_the_boundary_reports_the_same_problems() -> None:
    entry = {
        "in_force": {"start": "2020-01-01", "end": None},
        "value": 1,
        "source": {"title": "Rules", "confidence": "confirmed"},
    }
    document = {"rule": "Bad Rule", "description": " ", "entries": [entry, entry]}
    with pytest.raises(InputError) as caught:
        structure(document, Timeline[int])
    assert [p.path for p in caught.value.problems] == ["$.rule", "$.description", "$.entries[1]"]


def test_fields_without_a_check_are_skipped() -> None:
    @attrs.frozen
    class Note:
        title: str = attrs.field(metadata=checked(text))
        anything: object = None

    assert [p.path for p in field_problems(Note(" ", anything=[1]))] == ["title"]
