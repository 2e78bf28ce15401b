"""The checks and sources of a Jurisdiction (mcle/jurisdiction.py), word for word.

A jurisdiction places licensees either by group (California: one schedule per group,
calbar MCLE compliance information) or by a cycle anchored on each licensee (New York,
22 NYCRR 1500.22(b)(1)), never both; its rule sets name only its own subfields; every
source it cites is listed, the noncompliance notice's among them (DESIGN.md, principles
3 and 8).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Confidence, InputError, Problem, Source, Timeline
from calcities_domain.mcle import CALIFORNIA, NEW_YORK

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


def test_two_schedules_for_one_group_are_refused() -> None:
    first = CALIFORNIA.group_schedules[0]
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, group_schedules=(first, *CALIFORNIA.group_schedules))
    assert problems_of(caught.value) == [("group_schedules", "two schedules for the same group")]


def test_group_schedules_must_be_a_tuple_of_schedules() -> None:
    bad: Any = (CALIFORNIA.group_schedules[0], "group-2")
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, group_schedules=bad)
    assert problems_of(caught.value) == [("group_schedules[1]", "expected PeriodSchedule, got 'group-2'")]


def test_group_schedules_and_anchored_cycles_together_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, anchored=NEW_YORK.anchored)
    assert problems_of(caught.value) == [
        ("group_schedules", "give either group schedules or anchored cycles, not both")
    ]


def test_neither_group_schedules_nor_anchored_cycles_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(NEW_YORK, anchored=None)
    assert problems_of(caught.value) == [
        ("group_schedules", "give either group schedules or anchored cycles, not both")
    ]


def test_every_rule_set_entry_is_checked_after_one_that_is_not_a_rule_set() -> None:
    """Every problem at once: a bad entry does not hide the entries after it."""
    good = CALIFORNIA.rule_sets.entries[-1]
    narrowed = attrs.evolve(
        good.value,
        minimums=(*good.value.minimums, attrs.evolve(good.value.minimums[0], subfield="tax")),
    )
    rule_sets: Any = Timeline.from_values(
        "test.rule_sets",
        "Rule sets",
        [
            (date(2000, 1, 1), date(2000, 12, 31), "not a rule set", TEST_SOURCE),
            (date(2001, 1, 1), date(2001, 12, 31), 25, TEST_SOURCE),
            (date(2002, 1, 1), None, narrowed, TEST_SOURCE),
        ],
    )
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, rule_sets=rule_sets)
    minimum_index = len(good.value.minimums)
    assert problems_of(caught.value) == [
        ("rule_sets.entries[0].value", "expected a RuleSet, got 'not a rule set'"),
        ("rule_sets.entries[1].value", "expected a RuleSet, got 25"),
        (
            f"rule_sets.entries[2].value.minimums[{minimum_index}].subfield",
            "'tax' is not one of the jurisdiction's subfields",
        ),
    ]


def test_the_noncompliance_notice_is_among_the_sources() -> None:
    """The 60-day noncompliance notice (calbar Good-Cause-Modification) is cited by the jurisdiction."""
    notice = CALIFORNIA.noncompliance
    assert notice is not None
    assert notice.notice_days is not None
    marked = attrs.evolve(
        notice,
        notice_days=Timeline.constant("test.notice_days", "Days", 60, TEST_SOURCE, start=date(2007, 2, 1)),
    )
    assert TEST_SOURCE in attrs.evolve(CALIFORNIA, noncompliance=marked).sources()
    assert TEST_SOURCE not in CALIFORNIA.sources()
    assert set(notice.notice_days.sources()) <= set(CALIFORNIA.sources())


def test_a_jurisdiction_without_a_notice_rule_still_lists_its_sources() -> None:
    notice = CALIFORNIA.noncompliance
    assert notice is not None
    without = attrs.evolve(CALIFORNIA, noncompliance=attrs.evolve(notice, notice_days=None))
    assert notice.inactive_enrollment_source in without.sources()
    assert set(notice.late_fee.sources()) <= set(without.sources())


def test_a_schedule_of_another_jurisdiction_is_named() -> None:
    foreign = attrs.evolve(CALIFORNIA.group_schedules[1], jurisdiction="us_ny")
    schedules = (CALIFORNIA.group_schedules[0], foreign, *CALIFORNIA.group_schedules[2:])
    with pytest.raises(InputError) as caught:
        attrs.evolve(CALIFORNIA, group_schedules=schedules)
    assert caught.value.problems == (Problem("group_schedules[1].jurisdiction", "is not 'us_ca'"),)


def test_every_configured_source_is_listed_and_nothing_else() -> None:
    """DESIGN.md principle 3: every rule value carries its source, and the jurisdiction lists them all."""
    for where in (CALIFORNIA, NEW_YORK):
        sources = where.sources()
        assert all(isinstance(source, Source) for source in sources)
        assert len(set(sources)) == len(sources)
        assert {entry.source for entry in where.rule_sets} <= set(sources)
        assert {s.deadline_source for s in where.group_schedules} <= set(sources)
    assert NEW_YORK.anchored is not None
    assert {NEW_YORK.anchored.source, NEW_YORK.anchored.deadline_source} <= set(NEW_YORK.sources())
    nat = CALIFORNIA.new_attorney_training
    assert nat is not None
    assert {nat.admitted_after.source, nat.hours.source, nat.months_after_admission_month.source} <= set(
        CALIFORNIA.sources()
    )


def test_a_jurisdiction_without_new_attorney_training_lists_its_sources() -> None:
    without = attrs.evolve(CALIFORNIA, new_attorney_training=None)
    assert CALIFORNIA.rule_sets.entries[0].source in without.sources()


def test_a_rule_set_entrys_own_source_is_listed() -> None:
    marked = Timeline.from_values(
        "test.rule_sets",
        "Rule sets",
        [(entry.in_force.start, entry.in_force.end, entry.value, TEST_SOURCE) for entry in CALIFORNIA.rule_sets],
    )
    assert TEST_SOURCE in attrs.evolve(CALIFORNIA, rule_sets=marked).sources()
    schedules = tuple(attrs.evolve(s, deadline_source=TEST_SOURCE) for s in CALIFORNIA.group_schedules)
    assert TEST_SOURCE in attrs.evolve(CALIFORNIA, group_schedules=schedules).sources()
