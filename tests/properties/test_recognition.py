"""Invariants of recognition tallies, as Hypothesis properties.

- A tally does not depend on the order of the activities, nor on the order of the
  membership roll it reads eligibility from.
- Where a program counts credits cumulatively (credits counted toward one level count
  again toward the next), more activities never lower a tally: no level moves away from
  reached, no requirement stops being met, no count falls. The one way an activity can
  still take something away is documented: where a repeated course counts once, an
  earlier copy of a course displaces a later one; added activities are never that.
- Where, moreover, every level counts every activity to date (or of the official's term),
  a later day never lowers a tally either: progress is cumulative.
"""

from __future__ import annotations

from datetime import date, timedelta
from random import Random

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, Source
from calcities_domain.membership import MembershipRoll
from calcities_domain.organization import Official
from calcities_domain.recognition import (
    Activity,
    LevelStatus,
    Program,
    Status,
    Tally,
    Window,
    WindowKind,
    tally,
)
from calcities_domain.testing import strategies as cst

Inputs = tuple[Official, tuple[Activity, ...], Program, date]

#: A setting an administrator supplies (docs/recognition.md, "Configuring Torch").
ADMIN = Source("Program administrator", Confidence.ASSUMED)
#: How far a level stands from being reached.
RANK = {LevelStatus.NOT_REACHED: 0, LevelStatus.UNDETERMINED: 1, LevelStatus.REACHED: 2}

# Each example tallies a program of up to a dozen activities twice or more: fewer examples, scaled.
TALLIES = settings(max_examples=max(10, settings().max_examples // 2))


#: Programs whose credits may count again toward the next level: their thresholds never decrease along
#: prerequisites (with credits counted once a level's thresholds are what it adds, and may be smaller).
MAY_COUNT_AGAIN = cst.programs().filter(lambda p: p.reuse is not False)


@st.composite
def with_rolls(
    draw: st.DrawFn, programs: st.SearchStrategy[Program] | None = None
) -> tuple[Inputs, MembershipRoll | None]:
    """Tally inputs, and half the time a membership roll with the official's city on it (Torch reads
    eligibility from it)."""
    program = None if programs is None else draw(programs)
    official, done, chosen, as_of = draw(cst.tally_inputs(program))
    if draw(st.booleans()):
        return (official, done, chosen, as_of), None
    roll = draw(cst.membership_rolls(min_members=1))
    city = draw(st.sampled_from([c.name for c in roll.cities]))
    return (attrs.evolve(official, city=city), done, chosen, as_of), roll


def shuffled(roll: MembershipRoll | None, random: Random) -> MembershipRoll | None:
    if roll is None:
        return None
    return MembershipRoll(
        tuple(random.sample(roll.cities, len(roll.cities))),
        tuple(random.sample(roll.histories, len(roll.histories))),
        standing=roll.standing,
    )


def run(inputs: Inputs, roll: MembershipRoll | None, done: tuple[Activity, ...] | None = None) -> Tally:
    official, activities, program, as_of = inputs
    return tally(official, activities if done is None else done, program, as_of=as_of, roll=roll)


@TALLIES
@given(case=with_rolls(), random=st.randoms(use_true_random=False))
def test_a_tally_is_independent_of_the_order_of_the_activities_and_of_the_roll(
    case: tuple[Inputs, MembershipRoll | None], random: Random
) -> None:
    """Any program (the library's three, as configured or not, and made-up ones), any activities in any order,
    with the membership roll in any order: the same tally, every level, figure and reason.

    Source: recognition.tally ("activities: what the official did; their order does not matter"); the issue.
    """
    inputs, roll = case
    done = tuple(random.sample(inputs[1], len(inputs[1])))
    assert run(inputs, shuffled(roll, random), done) == run(inputs, roll)


def _not_lower(before: Tally, after: Tally) -> None:
    """No level moves away from reached, no requirement met stops being met, no count falls."""
    for old, new in zip(before.levels, after.levels, strict=True):
        assert RANK[new.status] >= RANK[old.status], old.code
        assert new.credits >= old.credits, old.code
        now = {share.category: share.credits for share in new.by_category}
        for share in old.by_category:
            assert now.get(share.category, 0) >= share.credits, (old.code, share.category)
        for was, result in zip(old.requirements, new.requirements, strict=True):
            assert result.counted >= was.counted, (old.code, was.description)
            assert was.status is not Status.MET or result.status is Status.MET, (old.code, was.description)


def _later_copy(activity: Activity, before: tuple[Activity, ...]) -> Activity:
    """The activity, unless it would be an earlier copy of a course already taken: then without its course."""
    copies = [a.on for a in before if a.course is not None and a.course == activity.course]
    if copies and activity.on <= max(copies):
        return attrs.evolve(activity, course=None)
    return activity


@TALLIES
@given(case=with_rolls(MAY_COUNT_AGAIN), data=st.data())
def test_more_activities_never_lower_a_tally_where_credits_count_again(
    case: tuple[Inputs, MembershipRoll | None], data: st.DataObject
) -> None:
    """In any program made to count credits again toward the next level (where its thresholds allow it), its
    other settings as drawn (repeats counting, counting once, or tried both ways), with or without a roll: one
    to three more activities never lower a level's status, its credits or a category's, nor a requirement's
    count, and a requirement met stays met. Added activities are never earlier copies of a course already
    taken (under repeats counting once, that copy would displace the later one: the documented way credits
    can fall).

    Source: recognition.tally steps 1-4 (a course taken again counts once; credits not counted again are
    kept by the level that used them); tests/recognition/test_properties.py states the same for one activity
    with repeats counting; the issue ("adding an activity never lowers credits or the level reached").
    """
    (official, done, program, as_of), roll = case
    program = attrs.evolve(program, reuse=True, reuse_source=ADMIN)
    taken = {a.activity_id for a in done}
    more: list[Activity] = []
    first, last = as_of - timedelta(days=4 * 366), as_of + timedelta(days=60)
    for index in range(data.draw(st.integers(min_value=1, max_value=3), label="how many")):
        new_id = f"added-{index}"
        while new_id in taken:
            new_id += "+"
        drawn = data.draw(cst.activities(program, first, last, activity_id=new_id), label="added")
        more.append(_later_copy(drawn, (*done, *more)))
    inputs = (official, done, program, as_of)
    _not_lower(run(inputs, roll), run(inputs, roll, (*done, *more)))


def _cumulative(program: Program, data: st.DataObject) -> Program:
    """The program with credits counted again and every level counting every activity to date, or the term's."""
    windows = [Window(WindowKind.LIFETIME, ADMIN), Window(WindowKind.TERM, ADMIN)]
    levels = tuple(
        attrs.evolve(level, window=data.draw(st.sampled_from(windows), label="window")) for level in program.levels
    )
    return attrs.evolve(program, levels=levels, reuse=True, reuse_source=ADMIN)


@TALLIES
@given(
    inputs=MAY_COUNT_AGAIN.flatmap(cst.tally_inputs), later=st.integers(min_value=0, max_value=3 * 366), data=st.data()
)
def test_progress_is_cumulative_a_later_day_never_lowers_a_tally(
    inputs: Inputs, later: int, data: st.DataObject
) -> None:
    """Where credits count again and every level counts every activity to date (or of the term), the same
    official and activities tallied on a later day never give a lower tally: every activity counted on the
    earlier day still counts, and the later day adds those done since.

    Source: docs/recognition.md, the table of what is confirmed about Torch ("Progress is cumulative (every
    activity to date counts)", inferred) and "Windows" (lifetime: every activity to date; term: the current
    term); recognition.tally step 1; the issue.
    """
    official, done, program, as_of = inputs
    program = _cumulative(program, data)
    before = tally(official, done, program, as_of=as_of)
    after = tally(official, done, program, as_of=as_of + timedelta(days=later))
    _not_lower(before, after)
