"""Tests of how the board's composition shows: in a notebook and as rows for a data frame.

Rules under test (the issue on user experience; governance/board.py): a
``BoardComposition`` shows in a notebook as its ``explain()`` decision does (the total of
voting seats and a reason per seat type, with sources and assumptions), and ``to_rows()``
gives one plain dict per seat type, with None where the sources give no count.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.governance import board_as_of
from tests.kernel.html_check import well_formed


def test_the_html_of_the_board_is_its_decision() -> None:
    board = board_as_of(date(2024, 1, 1))
    html = board._repr_html_()
    assert html == board.decision()._repr_html_()
    shown = well_formed(html)
    assert "How many voting seats does the board have on 2024-01-01?" in shown
    assert "<strong>57</strong>" in html
    assert "<code>governance.board.caucus</code>" in html


def test_to_rows_gives_one_plain_dict_per_seat_type() -> None:
    rows = board_as_of(date(2024, 1, 1)).to_rows()
    assert [row["seat_type"] for row in rows] == [
        "officer",
        "at_large",
        "division",
        "department",
        "caucus",
        "large_city",
        "nlc_advisor",
    ]
    assert rows[-1] == {
        "on": date(2024, 1, 1),
        "seat_type": "nlc_advisor",
        "count": 1,
        "voting": False,
        "source": rows[-1]["source"],
        "confidence": rows[-1]["confidence"],
    }
    assert all(isinstance(row["source"], str) for row in rows)


def test_a_count_the_sources_do_not_give_is_none() -> None:
    rows = board_as_of(date(2015, 6, 1)).to_rows()
    division = next(row for row in rows if row["seat_type"] == "division")
    assert division["count"] is None
    assert "number not published" in well_formed(board_as_of(date(2015, 6, 1))._repr_html_())
