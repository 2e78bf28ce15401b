"""A level's explanation gives its status, window, awards and what did not count, in exact words, with sources.

Rules under test (src/calcities_domain/recognition/tally.py, ``_level_result`` and
``NO_ROLL``; models.py, ``Level.source``, ``Window.source``, ``Window.describe``,
``Award.source``; docs/recognition.md, the reasons of Level I: "[pass] Level I:
Leadership: reached.", "[info] It counts all activities to date.", "[info] Reaching it
earns: ... (certificate).", "[info] usc-2023 does not count: it is recorded in hours (6),
and the program has no conversion of hours to credits configured."):

* The first reason gives the level's name and status in words, an underscore read as a
  space ("One: not reached."), citing the level's source.
* The second says which activities the level counts: the window in words, then, for a
  level that counts only some categories, ", in " and those categories separated by ", ";
  a level counting every category adds nothing. It cites the window's source.
* A level reached lists each award it earns, "Reaching it earns: <name> (<kind>).", citing
  the award's source.
* An activity that did not count is named with its credits in brackets when it has some
  ("c1 does not count (2 credits): ..."), and without brackets when it has none (hours and
  no conversion).
* Without a membership roll, for a program of member cities' officials, a level met is
  not decided, and says so citing the library's assumption "calcities_domain: membership
  not checked" (the same source as the tally's own eligibility reason).

The programs and people here are made up (the shared ones of test_tally.py; the level, its
window and its award cite sources of their own, to tell one from another).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Confidence, Effect, Reason, Source
from calcities_domain.recognition import (
    Activity,
    Audience,
    Award,
    AwardKind,
    Level,
    LevelStatus,
    Window,
    WindowKind,
    tally,
)
from tests.recognition.test_tally import AS_OF, ASSUMED, MAYOR, ORANGE_COUNCIL, credits, level, program, total

LEVEL_SOURCE = Source("Example handbook, level one", Confidence.CONFIRMED, section="1")
WINDOW_SOURCE = Source("Example handbook, counting", Confidence.INFERRED, section="credits")
AWARD_SOURCE = Source("Example press release", Confidence.CONFIRMED, section="awards")
CERTIFICATE = Award(AwardKind.CERTIFICATE, "Example certificate", AWARD_SOURCE)


def one(kind: WindowKind = WindowKind.LIFETIME, **changes: Any) -> Level:
    """Level one, 1 credit, citing its own source, its window citing another."""
    return attrs.evolve(level("one", total(1), window=Window(kind, WINDOW_SOURCE), **changes), source=LEVEL_SOURCE)


def reasons(code: str, found: tuple[Reason, ...]) -> list[tuple[str, Effect, Source | None]]:
    return [(r.message, r.effect, r.source) for r in found if r.code == code]


@pytest.mark.parametrize(
    ("kind", "categories", "counts"),
    [
        (WindowKind.LIFETIME, None, "It counts all activities to date."),
        (WindowKind.CALENDAR_YEAR, ("core", "elective"), "It counts the calendar year, in core, elective."),
    ],
    ids=["every-category", "some-categories"],
)
def test_a_level_not_reached_says_so_and_what_it_counts_citing_the_level_s_and_the_window_s_source(
    kind: WindowKind, categories: tuple[str, ...] | None, counts: str
) -> None:
    result = tally(MAYOR, [], program(one(kind, categories=categories)), as_of=AS_OF)
    assert [(r.code, r.message, r.effect, r.source) for r in result.level("one").reasons[:2]] == [
        ("recognition.level.not_reached", "One: not reached.", Effect.FAIL, LEVEL_SOURCE),
        ("recognition.window", counts, Effect.INFO, WINDOW_SOURCE),
    ]
    assert WINDOW_SOURCE in result.sources()


def test_a_level_reached_names_its_award_citing_the_award_s_source() -> None:
    awarded = program(one(awards=(CERTIFICATE,)))
    result = tally(MAYOR, [credits("c1", "core", date(2024, 1, 1), 1)], awarded, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    assert reasons("recognition.award", result.level("one").reasons) == [
        ("Reaching it earns: Example certificate (certificate).", Effect.INFO, AWARD_SOURCE)
    ]
    assert AWARD_SOURCE in result.sources()


def test_what_did_not_count_is_named_with_its_credits_only_when_it_has_some() -> None:
    """No conversion: the hours earn nothing, and no credits are shown; credits outside the window are shown."""
    done = [
        Activity("h1", "Workshop h1", "core", date(2024, 3, 1), hours=Decimal(2)),
        credits("c1", "core", date(2023, 5, 1), 2),
    ]
    result = tally(MAYOR, done, program(one(WindowKind.CALENDAR_YEAR)), as_of=AS_OF)
    assert [(r.code, r.message, r.source) for r in result.level("one").reasons[2:]] == [
        (
            "recognition.requirement.not_met",
            "[credits] 1 credits: 0 credits counted; 1 credit more needed.",
            ASSUMED,
        ),
        (
            "recognition.uncounted.window",
            "c1 does not count (2 credits): 2023-05-01 is outside the calendar year (2024-01-01 to 2024-12-31).",
            None,
        ),
        (
            "recognition.uncounted.no_conversion",
            "h1 does not count: it is recorded in hours (2), and the program has no conversion "
            "of hours to credits configured.",
            None,
        ),
    ]


def test_a_level_met_without_a_membership_roll_is_not_decided_citing_the_assumption() -> None:
    """Torch-like audience, no roll: the level's credits are there, but whether she may take part is not checked."""
    members = program(one(), audience=Audience.MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES)
    result = tally(ORANGE_COUNCIL, [credits("c1", "core", date(2024, 1, 1), 1)], members, as_of=AS_OF)
    assert result.eligible is None
    met = result.level("one")
    assert met.status is LevelStatus.UNDETERMINED
    (unknown,) = [r for r in met.reasons if r.code == "recognition.eligibility_unknown"]
    assert (unknown.message, unknown.effect) == (
        "Whether the official may take part was not checked, so the level is not decided.",
        Effect.INFO,
    )
    assert unknown.source is not None
    assert (unknown.source.title, unknown.source.confidence, unknown.source.section) == (
        "calcities_domain: membership not checked",
        Confidence.ASSUMED,
        "no membership roll given",
    )
    (no_roll,) = [r for r in result.reasons if r.code == "recognition.eligibility.no_roll"]
    assert unknown.source == no_roll.source
    assert unknown.source in result.assumptions()
