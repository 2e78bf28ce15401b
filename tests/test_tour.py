"""The walk-through shows real results computed by the library."""

from __future__ import annotations

from calcities_domain import _tour


def test_every_section_appears_with_its_heading() -> None:
    text = _tour.tour()
    for number, (title, _) in enumerate(_tour.SECTIONS, start=1):
        assert f"{number}. {title}" in text


def test_the_tour_shows_computed_answers() -> None:
    text = _tour.tour()
    # The Cesar Chavez Day roll of the kernel's issue example.
    assert "Answer: 2025-04-01" in text
    assert "2025-03-31 is Cesar Chavez Day, a holiday." in text
    # Deadlines across daylight saving time.
    assert "2024-02-09T23:59:59.999999-08:00  = 2024-02-10T07:59:59.999999Z" in text
    assert "2024-07-12T23:59:59.999999-07:00  = 2024-07-13T06:59:59.999999Z" in text
    # Month-end policy, money, strict boundary.
    assert "STRICT     refused" in text
    assert "is $550.00." in text
    assert "3 problems in the input:" in text
    # Judicial calendar: Native American Day 2022 is a judicial holiday (AB 855).
    assert "2022-09-23 rolls to 2022-09-26" in text


def test_the_tour_is_deterministic() -> None:
    assert _tour.tour() == _tour.tour()


def test_the_tour_shows_a_membership_decision_that_fails_and_why() -> None:
    """Issue 5: the tour shows an eligibility decision that fails and says why."""
    text = _tour.tour()
    assert "lapsed_on=2023-07-01" in text
    assert "May Luis Ortega take part in the Torch Program on 2025-03-01?\nAnswer: no" in text
    assert "[fail] Riverbend is not a member on 2025-03-01: its membership lapsed on 2023-07-01." in text
    assert "the Torch Program and non-member cities [inferred]" in text


def test_the_tour_shows_an_events_deadline_price_and_refund() -> None:
    """Issue 6: the tour shows a sample event's deadlines, a price quote and a refund, each explained."""
    text = _tour.tour()
    assert "When is the pre-registration deadline of 2023 City Attorneys Spring Conference?" in text
    assert "Answer: 2023-05-10T23:59:59.999999-07:00" in text
    assert "Answer: $625.00" in text
    assert "The rate paid, $625.00, less $75.00 kept: $550.00." in text


def test_the_tour_shows_a_council_members_torch_progress() -> None:
    """Issue 7: the tour shows a council member's Torch progress, and what is not configured."""
    text = _tour.tour()
    assert "Level I: Leadership: reached (by the 'academy' route)" in text
    assert "Level II: Advanced Leadership: undetermined" in text
    assert "requirement not configured" in text
    assert "conversion: how hours become credits" in text
    assert "A late submission counts for the next year's recognition: 2020." in text


def test_the_tour_ends_with_where_to_go_next() -> None:
    """The tour points to the command line's domain commands and the rules listing."""
    from calcities_domain import _tour  # noqa: PLC0415
    from calcities_domain.__main__ import build_parser  # noqa: PLC0415

    text = _tour.tour()
    assert text.endswith("\n".join(_tour.NEXT) + "\n")
    help_text = build_parser().format_help()
    for command in ("rules", "mcle", "events", "vote", "roster", "torch"):
        assert command in "\n".join(_tour.NEXT)
        assert command in help_text  # each command the tour names exists
