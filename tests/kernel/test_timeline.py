"""Tests of timeline.py: Timeline and DatedValue, "the value of a rule in force on date D".

Rules under test (DESIGN.md principle 3, anchors.md items 2 and 3): a rule's values are a
dated history; on every date exactly one value is in force or the lookup raises
RuleNotInForce naming the rule, the date and the covered ranges; two values in force at
once, an undeclared gap, values out of order and a declared gap that is not between two
values are defects of the rule data (RuleDefinitionError), found when the timeline is built.

Example data:

* MCLE reinstatement fee: $200 in the 2008-2019 reports, $308 for reinstatements after
  30 Jun 2023 (../shared/domain/mcle.md, "Current fees", calbar Requirements page). The
  $200 value starts in 2008 here only because that is the earliest report the note cites.
* Cesar Chavez Day for state employees: a holiday from 2001 (SB 984, Stats. 2000 ch. 213),
  reported suspended in 2004 and 2005 by one secondary source (kernel/holidays.py, the
  CHAVEZ source note): a declared gap.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from random import Random
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    Confidence,
    DatedValue,
    DateRange,
    InputError,
    Money,
    RuleDefinitionError,
    RuleNotInForce,
    Source,
    Timeline,
)
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)

OLD_FEE = Source(
    "State Bar of California, MCLE compliance reports",
    Confidence.CONFIRMED,
    url="https://archive.calbar.ca.gov",
    note="Reinstatement fee $200 in the 2008-2019 reports.",
)
NEW_FEE = Source(
    "State Bar of California, MCLE Requirements",
    Confidence.CONFIRMED,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements",
    section="fee rises approved 18 May 2023; reinstatements after 30 Jun 2023",
)
SB_984 = Source("California Statutes 2000, ch. 213 (SB 984)", Confidence.CONFIRMED, section="Gov. Code § 19853")
SUSPENSION = Source("Secondary report of the 2004-2005 suspension", Confidence.SECONDARY)

REINSTATEMENT_FEE: Timeline[Money] = Timeline.from_values(
    "mcle.reinstatement_fee",
    "Fee to return to active status after MCLE noncompliance",
    [
        (date(2023, 7, 1), None, Money.dollars(308), NEW_FEE),
        (date(2008, 1, 1), date(2023, 6, 30), Money.dollars(200), OLD_FEE),
    ],
)

CHAVEZ_DAY: Timeline[bool] = Timeline.from_values(
    "kernel.holiday.cesar_chavez_day",
    "Whether 31 March is a state-employee holiday",
    [
        (date(2001, 1, 1), date(2003, 12, 31), True, SB_984),
        (date(2006, 1, 1), None, True, SUSPENSION),
    ],
    gaps=[(date(2004, 1, 1), date(2005, 12, 31))],
)

S = Source("Example rules", Confidence.ASSUMED)


def timeline(*rows: tuple[date, date | None], gaps: tuple[tuple[date, date], ...] = ()) -> Timeline[int]:
    """A timeline with values 0, 1, 2... over the given ranges (in the given order)."""
    return Timeline.from_values(
        "example.rule", "An example", [(s, e, i, S) for i, (s, e) in enumerate(rows)], gaps=gaps
    )


def entries(*ranges: DateRange) -> tuple[DatedValue[int], ...]:
    return tuple(DatedValue(r, i, S) for i, r in enumerate(ranges))


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


# ----------------------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("on", "fee"),
    [
        (date(2008, 1, 1), Money.dollars(200)),  # first day of the first value
        (date(2023, 6, 30), Money.dollars(200)),  # last day of the old fee
        (date(2023, 7, 1), Money.dollars(308)),  # first day of the new fee
        (date(2100, 12, 31), Money.dollars(308)),  # open-ended
        (date.max, Money.dollars(308)),
    ],
)
def test_value_in_force_on_each_side_of_a_change(on: date, fee: Money) -> None:
    """Rule: the reinstatement fee is $308 for reinstatements after 30 Jun 2023, $200 before (mcle.md)."""
    assert fee == REINSTATEMENT_FEE.at(on)


def test_entry_and_source_in_force() -> None:
    """Rule: a value comes with its range and its source, so an answer can cite it."""
    expected = DatedValue(DateRange(date(2023, 7, 1)), Money.dollars(308), NEW_FEE)

    expected_sources = (NEW_FEE, OLD_FEE)

    assert expected == REINSTATEMENT_FEE.entry_at(date(2024, 2, 29))
    assert expected_sources == (
        REINSTATEMENT_FEE.source_at(date(2024, 2, 29)),
        REINSTATEMENT_FEE.source_at(date(2023, 6, 30)),
    )


def test_a_date_before_the_first_value_is_not_in_force() -> None:
    """Rule: no silent default: RuleNotInForce names the rule, the date and the covered ranges."""
    expected = "rule 'mcle.reinstatement_fee' is not in force on 2007-12-31; it covers: 2008-01-01 onwards"

    with pytest.raises(RuleNotInForce) as caught:
        REINSTATEMENT_FEE.at(date(2007, 12, 31))

    assert expected == str(caught.value)
    assert ("mcle.reinstatement_fee", date(2007, 12, 31), ("2008-01-01 onwards",), "") == (
        caught.value.rule,
        caught.value.on,
        caught.value.covered,
        caught.value.detail,
    )


def test_a_date_in_a_declared_gap_says_so() -> None:
    """Rule: a date in a declared gap (Cesar Chavez Day 2004-2005) raises RuleNotInForce naming the gap."""
    expected = (
        "rule 'kernel.holiday.cesar_chavez_day' is not in force on 2005-03-31 "
        "(a declared gap, 2004-01-01 to 2005-12-31); it covers: 2001-01-01 to 2003-12-31; 2006-01-01 onwards"
    )

    with pytest.raises(RuleNotInForce) as caught:
        CHAVEZ_DAY.source_at(date(2005, 3, 31))

    assert expected == str(caught.value)


def test_values_on_each_side_of_a_declared_gap() -> None:
    """Case: the last day before and the first day after a gap have values; the gap's ends do not."""
    expected = [True, False, False, True]

    assert expected == [
        CHAVEZ_DAY.is_in_force(day)
        for day in (date(2003, 12, 31), date(2004, 1, 1), date(2005, 12, 31), date(2006, 1, 1))
    ]
    expected_sources = (SB_984, SUSPENSION)
    assert expected_sources == (CHAVEZ_DAY.source_at(date(2003, 12, 31)), CHAVEZ_DAY.source_at(date(2006, 1, 1)))


def test_a_date_after_a_closed_last_value() -> None:
    """Rule: a rule that ended is not in force after its end; the error lists what is covered."""
    ended = timeline((date(2020, 1, 1), date(2024, 2, 29)))
    expected_value = 0
    expected = "rule 'example.rule' is not in force on 2024-03-01; it covers: 2020-01-01 to 2024-02-29"

    assert expected_value == ended.at(date(2024, 2, 29))
    with pytest.raises(RuleNotInForce) as caught:
        ended.at(date(2024, 3, 1))
    assert expected == str(caught.value)


def test_a_change_on_a_leap_day() -> None:
    """Edge: a value ending 28 Feb 2024 and the next starting on the leap day leave no gap."""
    leap = timeline(
        (date(2024, 1, 1), date(2024, 2, 28)),
        (date(2024, 2, 29), date(2024, 2, 29)),
        (date(2024, 3, 1), None),
    )
    expected = [0, 1, 2]

    assert expected == [leap.at(d) for d in (date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1))]
    assert (DateRange(date(2024, 1, 1)),) == leap.covered()


def test_constant_rule() -> None:
    """Rule: Timeline.constant is one value from ``start`` (through ``end``, if given)."""
    seats = Timeline.constant(
        "governance.board_seats",
        "Voting seats on the Cal Cities board",
        57,
        Source("Cal Cities board page", Confidence.CONFIRMED, note="4+12+16+10+5+10, governance-and-membership.md"),
        start=date(2024, 1, 1),
    )
    dated = Timeline.constant("example.rule", "An example", 1, S, start=date(2024, 1, 1), end=date(2024, 12, 31))
    expected = (1, 1, 57, 1)

    assert expected == (len(seats), len(dated), seats.at(date(2024, 1, 1)), dated.at(date(2024, 12, 31)))
    assert not dated.is_in_force(date(2025, 1, 1))
    assert not seats.is_in_force(date(2023, 12, 31))


def test_from_values_sorts_rows_and_gaps() -> None:
    """Rule: from_values takes rows and gaps in any order and stores them by start date."""
    rows = [
        (date(2006, 1, 1), None, True, SUSPENSION),
        (date(2001, 1, 1), date(2003, 12, 31), True, SB_984),
    ]
    expected, expected_starts = CHAVEZ_DAY, [date(2001, 1, 1), date(2006, 1, 1)]

    rebuilt = Timeline.from_values(
        CHAVEZ_DAY.rule, CHAVEZ_DAY.description, rows, gaps=[(date(2004, 1, 1), date(2005, 12, 31))]
    )

    assert expected == rebuilt
    assert expected_starts == [entry.in_force.start for entry in rebuilt]


def test_timeline_iterates_over_its_entries_and_sources() -> None:
    """Rule: a timeline is a sized, ordered collection of dated values; sources() cites each."""
    expected_values = [Money.dollars(200), Money.dollars(308)]

    expected_sources = (OLD_FEE, NEW_FEE)

    assert expected_values == [entry.value for entry in REINSTATEMENT_FEE]
    assert len(expected_values) == len(REINSTATEMENT_FEE)
    assert expected_sources == REINSTATEMENT_FEE.sources()


# ----------------------------------------------------------------------------- covered


@pytest.mark.parametrize(
    ("t", "covered"),
    [
        (REINSTATEMENT_FEE, (DateRange(date(2008, 1, 1)),)),  # two adjacent values merge
        (CHAVEZ_DAY, (DateRange(date(2001, 1, 1), date(2003, 12, 31)), DateRange(date(2006, 1, 1)))),
        (
            timeline(
                (date(2020, 1, 1), date(2020, 1, 31)),
                (date(2020, 2, 1), date(2020, 2, 29)),
                (date(2020, 4, 1), date(2020, 4, 30)),
                (date(2020, 5, 1), date(2020, 5, 31)),
                gaps=((date(2020, 3, 1), date(2020, 3, 31)),),
            ),
            (DateRange(date(2020, 1, 1), date(2020, 2, 29)), DateRange(date(2020, 4, 1), date(2020, 5, 31))),
        ),
        (timeline((date(2024, 2, 29), date(2024, 2, 29))), (DateRange.day(date(2024, 2, 29)),)),
    ],
)
def test_covered_merges_adjacent_entries(t: Timeline[Any], covered: tuple[DateRange, ...]) -> None:
    """Rule: covered() lists the ranges with a value, adjacent entries merged, gaps kept apart."""
    assert covered == t.covered()


# ----------------------------------------------------------------------------- inconsistent rule data


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: timeline((date(2020, 1, 1), date(2020, 6, 30)), (date(2020, 6, 30), None)),
            "timeline 'example.rule' is inconsistent: two values in force at once: "
            "2020-01-01 to 2020-06-30 and 2020-06-30 onwards",
        ),
        (
            lambda: timeline((date(2020, 1, 1), None), (date(2021, 1, 1), None)),  # an open value not last
            "timeline 'example.rule' is inconsistent: two values in force at once: "
            "2020-01-01 onwards and 2021-01-01 onwards",
        ),
        (
            lambda: timeline((date(2020, 1, 1), date(2020, 1, 31)), (date(2020, 1, 1), date(2020, 12, 31))),
            "timeline 'example.rule' is inconsistent: two values in force at once: "
            "2020-01-01 to 2020-01-31 and 2020-01-01 to 2020-12-31",  # the same start is an overlap
        ),
        (
            lambda: timeline((date(2020, 1, 1), date(2020, 1, 31)), (date(2020, 3, 1), None)),
            "timeline 'example.rule' is inconsistent: undeclared gap 2020-02-01 to 2020-02-29 "
            "between 2020-01-01 to 2020-01-31 and 2020-03-01 onwards",
        ),
        (
            lambda: timeline((date(2020, 1, 1), date(2020, 1, 31)), (date(2020, 2, 2), None)),
            "timeline 'example.rule' is inconsistent: undeclared gap 2020-02-01 "
            "between 2020-01-01 to 2020-01-31 and 2020-02-02 onwards",  # a single missing day
        ),
        (
            lambda: timeline((date(2020, 1, 1), None), gaps=((date(2019, 1, 1), date(2019, 12, 31)),)),
            "timeline 'example.rule' is inconsistent: "
            "declared gap 2019-01-01 to 2019-12-31 does not lie exactly between two values",
        ),
        (
            lambda: timeline(
                (date(2020, 1, 1), date(2020, 1, 31)),
                (date(2020, 3, 1), None),
                gaps=((date(2020, 2, 1), date(2020, 2, 28)),),  # one day short of the real gap
            ),
            "timeline 'example.rule' is inconsistent: undeclared gap 2020-02-01 to 2020-02-29 "
            "between 2020-01-01 to 2020-01-31 and 2020-03-01 onwards; "
            "declared gap 2020-02-01 to 2020-02-28 does not lie exactly between two values",
        ),
        (
            lambda: timeline(
                (date(2020, 1, 1), date(2020, 1, 31)),
                (date(2020, 3, 1), None),
                gaps=((date(2020, 2, 1), date(2020, 2, 29)), (date(2020, 2, 1), date(2020, 2, 29))),
            ),
            "timeline 'example.rule' is inconsistent: "
            "declared gap 2020-02-01 to 2020-02-29 does not lie exactly between two values",  # declared twice
        ),
        (
            lambda: Timeline(
                "example.rule",
                "An example",
                entries(DateRange(date(2021, 1, 1)), DateRange(date(2020, 1, 1), date(2020, 12, 31))),
            ),
            "timeline 'example.rule' is inconsistent: values out of order: "
            "2020-01-01 to 2020-12-31 is listed after 2021-01-01 onwards",
        ),
    ],
)
def test_inconsistent_rule_data_is_refused(build: Any, message: str) -> None:
    """Rule: overlaps, undeclared gaps, disorder and stray declared gaps raise RuleDefinitionError (anchors.md 3)."""
    with pytest.raises(RuleDefinitionError) as caught:
        build()

    # The error names the timeline, then each problem; the old one-line form is kept in
    # the table as "subject is inconsistent: problem; problem".
    error = caught.value
    assert isinstance(error, InputError)
    actual = f"{error.subject} is inconsistent: " + "; ".join(p.message for p in error.problems)
    assert message == actual


def test_every_inconsistency_is_reported_at_once() -> None:
    """Rule: all the defects of a timeline are listed in one error, in order."""
    expected = (
        "timeline 'example.rule' is inconsistent: "
        "two values in force at once: 2020-01-01 to 2020-06-30 and 2020-06-01 to 2020-12-31; "
        "undeclared gap 2021-01-01 to 2021-01-31 between 2020-06-01 to 2020-12-31 and 2021-02-01 onwards; "
        "declared gap 2030-01-01 to 2030-01-31 does not lie exactly between two values"
    )

    with pytest.raises(RuleDefinitionError) as caught:
        timeline(
            (date(2020, 1, 1), date(2020, 6, 30)),
            (date(2020, 6, 1), date(2020, 12, 31)),
            (date(2021, 2, 1), None),
            gaps=((date(2030, 1, 1), date(2030, 1, 31)),),
        )

    expected_paths = ["entries[1]", "entries[2]", "gaps[0]"]
    assert expected_paths == [p.path for p in caught.value.problems]
    assert expected.split(": ", 1)[1] == "; ".join(p.message for p in caught.value.problems)
    assert str(caught.value).startswith("timeline 'example.rule' is inconsistent (3 problems):\n  entries[1]: ")


def test_evolve_checks_the_timeline_again() -> None:
    """Rule: a timeline changed with attrs.evolve is validated again (DESIGN.md §2)."""
    with pytest.raises(RuleDefinitionError, match=r"undeclared gap 2004-01-01 to 2005-12-31"):
        attrs.evolve(CHAVEZ_DAY, gaps=())


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"rule": "Example Rule"}, ("rule", "must be a dotted lower-case identifier like 'mcle.self_study_cap'")),
        ({"rule": "example.rule\n"}, ("rule", "got 'example.rule\\n'")),
        ({"description": " "}, ("description", "must be non-blank text, got ' '")),
        ({"entries": ()}, ("entries", "a timeline needs at least one dated value")),
        ({"entries": [DatedValue(DateRange(date(2020, 1, 1)), 1, S)]}, ("entries", "expected a tuple of DatedValue")),
        ({"entries": (1,)}, ("entries[0]", "expected DatedValue, got 1")),
        ({"gaps": [DateRange(date(2020, 1, 1))]}, ("gaps", "expected a tuple of DateRange")),
        ({"gaps": ((date(2020, 1, 1), date(2020, 2, 1)),)}, ("gaps[0]", "expected DateRange, got (datetime.date")),
    ],
)
def test_bad_timeline_fields_raise_input_error(kwargs: dict[str, Any], expected: tuple[str, str]) -> None:
    """Rule: a Timeline with a bad field raises InputError naming the field, never a TypeError."""
    arguments: dict[str, Any] = {
        "rule": "example.rule",
        "description": "An example",
        "entries": entries(DateRange(date(2020, 1, 1))),
        **kwargs,
    }

    with pytest.raises(InputError) as caught:
        Timeline(**arguments)

    [(path, message)] = problems_of(caught.value)
    assert expected[0] == path
    assert expected[1] in message


def test_a_timeline_with_no_values_is_refused() -> None:
    """Edge: an empty history is bad input (InputError), not a rule that is never in force."""
    expected = [("entries", "a timeline needs at least one dated value")]

    with pytest.raises(InputError) as caught:
        Timeline.from_values("example.rule", "An example", [])

    assert expected == problems_of(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        (
            {"in_force": (date(2020, 1, 1), None)},
            ("in_force", "expected a DateRange, got (datetime.date(2020, 1, 1), None)"),
        ),
        ({"source": "State Bar"}, ("source", "expected a Source, got 'State Bar'")),
    ],
)
def test_bad_dated_value_fields_raise_input_error(kwargs: dict[str, Any], expected: tuple[str, str]) -> None:
    """Rule: a DatedValue needs a DateRange and a Source; anything else is an InputError naming the field."""
    arguments: dict[str, Any] = {"in_force": DateRange(date(2020, 1, 1)), "value": 1, "source": S, **kwargs}

    with pytest.raises(InputError) as caught:
        DatedValue(**arguments)

    assert [expected] == problems_of(caught.value)


def test_from_values_lists_every_bad_row_and_gap_with_its_path() -> None:
    """Rule: every malformed row and gap is reported at once, each with its path (DESIGN.md §8)."""
    expected = [
        ("values[1].start", "expected a date, got None"),
        ("values[2].end", "must not be before start (2020-01-01), got 2019-01-01"),
        ("values[2].source", "expected a Source, got 'State Bar'"),
        ("values[3]", "expected a (start, end, value, source) row, got (datetime.date(2020, 1, 1), None, 1)"),
        ("values[4]", "expected a (start, end, value, source) row, got 7"),
        ("gaps[0]", "expected a (start, end) pair, got (datetime.date(2020, 1, 1),)"),
        ("gaps[1].end", "expected a date, got '2020-02-01'"),
        ("gaps[2].start", "expected a date, got datetime.datetime(2020, 1, 1, 0, 0)"),
    ]
    rows: list[Any] = [
        (date(2020, 1, 1), None, 1, S),
        (None, None, 2, S),
        (date(2020, 1, 1), date(2019, 1, 1), 3, "State Bar"),
        (date(2020, 1, 1), None, 1),
        7,
    ]
    gaps: list[Any] = [(date(2020, 1, 1),), (date(2020, 1, 1), "2020-02-01"), (datetime(2020, 1, 1), date(2020, 2, 1))]

    with pytest.raises(InputError) as caught:
        Timeline.from_values("example.rule", "An example", rows, gaps=gaps)

    assert expected == problems_of(caught.value)


@pytest.mark.parametrize("on", ["2024-02-29", None, datetime(2024, 2, 29, 12, 0), 20240229])
def test_lookups_refuse_anything_but_a_date(on: Any) -> None:
    """Rule: lookups take a calendar date; a datetime must be turned into a local date first (DESIGN.md §7)."""
    expected = [("on", f"expected a date, got {on!r}")]

    for lookup in (
        REINSTATEMENT_FEE.at,
        REINSTATEMENT_FEE.entry_at,
        REINSTATEMENT_FEE.source_at,
        REINSTATEMENT_FEE.is_in_force,
    ):
        with pytest.raises(InputError) as caught:
            lookup(on)
        assert expected == problems_of(caught.value)


# ----------------------------------------------------------------------------- properties


@st.composite
def timelines_and_days(draw: st.DrawFn) -> tuple[Timeline[Any], list[date]]:
    """A valid timeline and days to ask it about: every boundary +-1 day, and random days."""
    t = draw(cst.timelines())
    days = {date(1989, 12, 31)}
    for entry in t.entries:
        r = entry.in_force
        days.update({r.start - ONE_DAY, r.start, r.start + ONE_DAY})
        if r.end is not None:
            days.update({r.end - ONE_DAY, r.end, r.end + ONE_DAY})
    days.update(draw(st.lists(cst.dates(), max_size=10)))
    return t, sorted(days)


@given(timelines_and_days())
def test_every_day_has_exactly_one_value_or_none(case: tuple[Timeline[Any], list[date]]) -> None:
    """Property: on every date, exactly one entry is in force (at() returns it) or RuleNotInForce is raised.

    at() agrees with a brute-force scan of the entries, and is_in_force() with both.
    """
    t, days = case
    for day in days:
        matching = [entry for entry in t.entries if day in entry.in_force]
        assert len(matching) <= 1
        assert bool(matching) == t.is_in_force(day)
        if matching:
            assert matching[0] == t.entry_at(day)
            assert matching[0].value == t.at(day)
            assert matching[0].source == t.source_at(day)
        else:
            with pytest.raises(RuleNotInForce) as caught:
                t.at(day)
            assert (t.rule, day, tuple(str(r) for r in t.covered())) == (
                caught.value.rule,
                caught.value.on,
                caught.value.covered,
            )
            assert f"rule {t.rule!r} is not in force on {day.isoformat()}" in str(caught.value)
            in_gap = any(day in gap for gap in t.gaps)
            assert in_gap == ("a declared gap" in caught.value.detail)


@given(timelines_and_days())
def test_covered_merges_exactly_the_adjacent_entries(case: tuple[Timeline[Any], list[date]]) -> None:
    """Property: covered() ranges are ordered, disjoint, never adjacent, cover the same days as the entries.

    They are separated exactly by the declared gaps, and every declared gap is needed: without
    one the timeline is inconsistent (a stray gap is refused too).
    """
    t, days = case
    covered = t.covered()

    assert len(t.gaps) + 1 == len(covered)
    for earlier, later in pairwise(covered):
        assert earlier.end is not None
        assert earlier.end < later.start
        assert not earlier.precedes_directly(later)
        assert earlier.gap_until(later) in t.gaps
    for day in days:
        assert t.is_in_force(day) == any(day in r for r in covered)
    if t.gaps:
        with pytest.raises(RuleDefinitionError, match="undeclared gap"):
            attrs.evolve(t, gaps=t.gaps[1:])
    else:
        with pytest.raises(RuleDefinitionError, match="does not lie exactly between two values"):
            attrs.evolve(t, gaps=(DateRange.day(days[0]),))


@given(cst.timelines(), st.randoms(use_true_random=False))
def test_from_values_is_order_independent(t: Timeline[Any], random: Random) -> None:
    """Property: rows (and gaps) in any order build the same timeline.

    Also: sources() gives each entry's source in order, and len() and iteration agree.
    """
    rows = [(e.in_force.start, e.in_force.end, e.value, e.source) for e in t.entries]
    gaps = [(g.start, g.end) for g in t.gaps if g.end is not None]
    assert len(t.gaps) == len(gaps)  # declared gaps are always closed ranges
    random.shuffle(rows)
    random.shuffle(gaps)

    rebuilt = Timeline.from_values(t.rule, t.description, rows, gaps=gaps)

    assert t == rebuilt
    assert tuple(e.source for e in t) == t.sources()
    assert len(t.entries) == len(t) == len(list(t))
