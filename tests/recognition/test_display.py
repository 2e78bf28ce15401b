"""Tests of how tallies show: in a notebook, in a repr, and as rows for a data frame.

Rules under test (the issue on user experience; docs/recognition.md, "A council member's
Torch progress"):

* ``Tally._repr_html_`` shows what ``explain()`` says as one HTML table: the person, the
  program and the day (caption), the highest level reached (the answer), the reasons of
  eligibility and settings, each level's reasons under its name and status, what is
  missing for the next level, the confirmed sources and the flagged assumptions. Every
  text is escaped.
* The repr is one line: ``<Tally 'person: program as of day': highest reached: L (1 of 3
  levels reached, 2 undetermined, N reasons, M assumptions)>``.
* ``to_rows()`` keeps its shape: one plain dict per requirement of every level.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given

from calcities_domain import membership, recognition
from calcities_domain.kernel import Confidence, DateRange, Source
from calcities_domain.kernel._html import ASSUMPTIONS
from calcities_domain.organization import City, Office, Official
from calcities_domain.recognition import Activity, Audience, Category, Level, Program, Requirement, Route, Window
from calcities_domain.testing import strategies as cst
from tests.kernel.html_check import shows, well_formed

ROLL = membership.MembershipRoll(
    (City("Lakeport", division="central_valley"),),
    (membership.MembershipHistory("Lakeport", (DateRange(date(1960, 1, 1)),)),),
)
MARIA = Official("Maria Chen", "Lakeport", Office.COUNCIL_MEMBER, True, date(2022, 12, 13))
ACADEMY = "New Mayors and Council Members Academy"
#: Her academy (Level I by the academy route) and a course in hours (no conversion: it earns nothing).
DONE = [
    Activity("academy-2023", ACADEMY, "league_academy", date(2023, 1, 27), kind="new_mayors_academy"),
    Activity("usc-2023", "USC forum", "university_education", date(2023, 6, 9), hours=Decimal(6)),
]
PROGRESS = recognition.tally(MARIA, DONE, recognition.TORCH, as_of=date(2025, 3, 1), roll=ROLL)
TITLE = "Maria Chen: cal_cities_torch as of 2025-03-01"

CONFIRMED = Source("Example <program> handbook", Confidence.CONFIRMED)


def _program(minimum: int) -> Program:
    """One level of ``minimum`` credits, every setting configured and confirmed."""
    requirement = Requirement(recognition.RequirementKind.TOTAL_CREDITS, "credits", Decimal(minimum), CONFIRMED)
    return Program(
        code="example",
        name="Example program",
        organization="Example league",
        source=CONFIRMED,
        categories=(Category("core", "Core <courses>", CONFIRMED),),
        levels=(
            Level(
                "one",
                "Level <one>",
                (Route("credits", (requirement,)),),
                Window(recognition.WindowKind.LIFETIME, CONFIRMED),
                CONFIRMED,
            ),
        ),
        audience=Audience.ANYONE,
        audience_source=CONFIRMED,
        reuse=True,
        reuse_source=CONFIRMED,
        repeats_count=False,
        repeats_source=CONFIRMED,
    )


SEMINAR = Activity("seminar", "A <b>seminar</b>", "core", date(2024, 1, 1), credits=Decimal(3))


def test_the_repr_of_a_tally_is_one_line() -> None:
    reasons = len(PROGRESS.reasons) + sum(len(level.reasons) for level in PROGRESS.levels)
    assert repr(PROGRESS) == (
        f"<Tally {TITLE!r}: highest reached: Level I: Leadership (1 of 3 levels reached, 2 undetermined, "
        f"{reasons} reasons, {len(PROGRESS.assumptions())} assumptions)>"
    )


def test_the_html_of_a_real_torch_tally() -> None:
    html = PROGRESS._repr_html_()
    assert f'<caption style="text-align:left"><strong>{TITLE}</strong></caption>' in html
    assert "<strong>highest reached: Level I: Leadership</strong>" in html
    assert "<code>membership.torch.audience</code>" in html
    every = PROGRESS.reasons + tuple(r for level in PROGRESS.levels for r in level.reasons)
    assert html.count("<code>") == len(every)
    # What explain() says, in the same order.
    shows(
        html,
        TITLE,
        "Eligibility and settings",
        "Level I: Leadership: reached",
        "usc-2023 does not count: it is recorded in hours (6), and the program has no conversion of hours to "
        "credits configured.",
        "Level II: Advanced Leadership: undetermined",
        "Level III: Leadership in Action: undetermined",
        "For Level II: Advanced Leadership (undetermined)",
        f"\N{WARNING SIGN} {ASSUMPTIONS}",
        in_order=True,
    )


def test_to_rows_keeps_its_shape() -> None:
    rows = PROGRESS.to_rows()
    assert [(row["level"], row["route"], row["status"]) for row in rows] == [
        ("leadership", "academy", "met"),
        ("leadership", "other", "not_configured"),
        ("advanced_leadership", "credits", "not_configured"),
        ("leadership_in_action", "credits", "not_configured"),
    ]


def test_a_tally_with_every_level_reached_has_nothing_missing() -> None:
    result = recognition.tally(MARIA, [SEMINAR], _program(3), as_of=date(2025, 1, 1))
    assert result.missing() == "Every level is reached."
    html = result._repr_html_()
    shown = well_formed(html)
    assert "Level &lt;one&gt;: reached" in html
    assert "A <b>seminar</b>" not in html
    assert "<b>" not in html
    assert "For " not in shown
    assert "calcities-assumption" not in html
    assert repr(result) == (
        "<Tally 'Maria Chen: example as of 2025-01-01': highest reached: Level <one> (1 of 1 level reached, "
        f"{len(result.reasons) + len(result.levels[0].reasons)} reasons)>"
    )


def test_a_tally_with_no_level_reached() -> None:
    result = recognition.tally(MARIA, [SEMINAR], _program(5), as_of=date(2025, 1, 1))
    assert repr(result).startswith(
        "<Tally 'Maria Chen: example as of 2025-01-01': no level reached (0 of 1 level reached, "
    )
    shows(result._repr_html_(), "For Level <one> (not reached)", "credits: 3 credits counted; 2 credits more needed.")


@given(cst.tallies())
def test_every_tally_shows_well(result: recognition.Tally) -> None:
    html = result._repr_html_()
    shown = well_formed(html)
    every = result.reasons + tuple(r for level in result.levels for r in level.reasons)
    assert html.count("<code>") == len(every)
    for level in result.levels:
        assert level.name in shown
    assert ("calcities-assumption" in html) == bool(result.assumptions())
    text = repr(result)
    assert len(text.splitlines()) == 1
    assert text.startswith(f"<Tally {result.person + ': ' + result.program + ' as of ' + str(result.as_of)!r}: ")
