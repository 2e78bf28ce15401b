"""The board of directors as dated data: seats by type, and the small-city threshold.

:func:`board_as_of` gives the composition in force on a day: 57 voting seats today (4
officers, 12 at-large, 16 division, 10 department, 5 caucus and 10 large-city directors)
plus a non-voting advisor from the National League of Cities' board; and the earlier
composition the sources give (11 department directors, no caucus seats, members of the
NLC board as directors, a small city being one under 12,000 until 2017). A count the
sources do not give is ``None``, and the total is then unknown rather than guessed.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from calcities_domain.kernel import Cited, Confidence, DateRange, Decision, Effect, Reason, Source, Timeline
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    optional,
    plain_date,
    tuple_of,
    validate,
)

__all__ = [
    "BOARD_COMPOSITIONS",
    "SMALL_CITY_THRESHOLD",
    "BoardComposition",
    "SeatCount",
    "SeatType",
    "board_as_of",
]


class SeatType(enum.Enum):
    """The kinds of seat on the board.

    Attributes:
        OFFICER: President, First and Second Vice Presidents, Immediate Past President.
        AT_LARGE: directors at large (at least one from a small city).
        DIVISION: one director per regional division.
        DEPARTMENT: one director per municipal department.
        CAUCUS: one director per diversity caucus (since 2021).
        LARGE_CITY: one director for each of the ten most populous member cities.
        NLC_DIRECTOR: a member of the National League of Cities board, as a director (until 2021).
        NLC_ADVISOR: a member of the National League of Cities board, as a non-voting advisor (since 2021).
    """

    OFFICER = "officer"
    AT_LARGE = "at_large"
    DIVISION = "division"
    DEPARTMENT = "department"
    CAUCUS = "caucus"
    LARGE_CITY = "large_city"
    NLC_DIRECTOR = "nlc_director"
    NLC_ADVISOR = "nlc_advisor"


def _src(
    title: str, url: str, note: str, confidence: Confidence = Confidence.CONFIRMED
) -> Source:  # pragma: no mutate block (import-time data)
    return Source(title, confidence, url=url, note=note)


S3 = _src(
    "Cal Cities, Interested in serving on the 2024-25 Board of Directors? (S3, 13 March 2024)",
    "https://www.calcities.org/news/post/2024/03/13/interested-in-serving-on-the-2024-25-cal-cities-board-of-directors",
    "The board: 4 officers, 12 at-large directors (at least one from a city under 10,000), 16 division, "
    "10 department, 5 caucus and 10 large-city directors; 57 board members (S1).",
)
S7 = _src(
    "League news, Interested in serving on the League Board of Directors? (S7, 2013 and 2014)",
    "http://www.cacities.org/Top/News/News-Articles/2013/March/Interested-In-Serving-on-The-League-Board-of-Direc",
    "4 officers, 12 at-large directors (at least one from a city under 12,000), directors of the divisions and "
    "of 11 departments, large-city directors, and members of the NLC board as directors.",
)
S6 = _src(
    "League, Interested in serving on the League board (S6, 2018)",
    "http://cacities.org/Top/About-Us/Board-of-Directors/Join-the-Board",
    "A small city is one under 10,000 from the 2018 cycle (under 12,000 in 2013-2017).",
)
S8 = _src(
    "Cal Cities, Proposed bylaws changes (S8, 25 August 2021) and their adoption (S9, 29 September 2021)",
    "https://www.calcities.org/news/post/2021/08/26/proposed-bylaws-changes-to-be-considered-by-general-assembly-during-annual-conference-and-expo",
    "The 2021 amendments add a director per diversity caucus and make the NLC board member a non-voting advisor. "
    "The library applies them from 29 September 2021, the day their adoption was reported (S9); the General "
    "Assembly voted on 24 September 2021 (S41), and when they took effect is not published.",
)
DIVISIONS_BEFORE_2021 = _src(
    "calcities_domain: division directors before 2021",
    "https://www.calcities.org/get-involved/regional-divisions",
    "Each division elected a director, but the number of divisions in 2013-2021 is not published (13 in 1986, "
    "16 by 2023): unknown.",
    Confidence.ASSUMED,
)
NLC_COUNT = _src(
    "calcities_domain: NLC board members as directors before 2021",
    "https://www.cacities.org/Top/About-Us/Board-of-Directors/Join-Cal-Cities-Board-of-Directors",
    "California officials on the NLC board sat as directors for their NLC term; how many varied and is not "
    "published: unknown.",
    Confidence.ASSUMED,
)
AFTER_2021 = _src(
    "Cal Cities, the 2021 bylaw amendments (S8, S9) and the board pages of 2023 and 2024 (S3, S4)",
    "https://www.calcities.org/news/post/2023/03/15/interested-in-serving-on-the-2023-24-cal-cities-board-of-directors",
    "16 division and 10 department directors are confirmed for 2023 and after; that they applied from the 2021 "
    "amendments is inferred.",
    Confidence.INFERRED,
)

LARGE_CITY_EARLY = _src(
    "League, board recruitment pages (S5, S7) and rosters (S38)",
    "https://www.cacities.org/Top/About-Us/Board-of-Directors/Join-Cal-Cities-Board-of-Directors",
    "The 2013 pages name large-city directors without a number; ten is the number the later pages give "
    "(S3, S5, S38), taken as the number from 2013 too.",
    Confidence.INFERRED,
)

_OLD = DateRange(date(2013, 3, 8), date(2021, 9, 28))
_NEW_FROM = date(2021, 9, 29)
_CONFIRMED_FROM = date(2023, 3, 15)


@attrs.frozen
class SeatCount:
    """How many seats of one type, whether they vote, and who says so.

    Attributes:
        seat_type: The type of seat.
        count: How many; None where the sources do not say.
        voting: Whether the seats carry a vote.
        source: Who says so.
    """

    seat_type: SeatType = attrs.field(metadata=checked(instance(SeatType)))
    count: int | None = attrs.field(metadata=checked(optional(instance(int))))
    voting: bool = attrs.field(metadata=checked(instance(bool)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _seats(
    rows: list[tuple[SeatType, int | None, bool, Source]],
) -> tuple[SeatCount, ...]:  # pragma: no mutate block (import-time data)
    return tuple(SeatCount(t, n, v, s) for t, n, v, s in rows)


def _since_2021(bodies_source: Source) -> tuple[SeatCount, ...]:  # pragma: no mutate block (import-time data)
    """The composition from the 2021 amendments; ``bodies_source`` vouches for the 16 divisions and 10 departments."""
    return _seats(
        [
            (SeatType.OFFICER, 4, True, S3),
            (SeatType.AT_LARGE, 12, True, S3),
            (SeatType.DIVISION, 16, True, bodies_source),
            (SeatType.DEPARTMENT, 10, True, bodies_source),
            (SeatType.CAUCUS, 5, True, S8),
            (SeatType.LARGE_CITY, 10, True, S3),
            (SeatType.NLC_ADVISOR, 1, False, S8),
        ]
    )


#: The compositions of the board, by date.
BOARD_COMPOSITIONS: Timeline[tuple[SeatCount, ...]] = Timeline.from_values(
    "governance.board.composition",
    "The seats of the board of directors, by type",
    [
        (
            _OLD.start,
            _OLD.end,
            _seats(
                [
                    (SeatType.OFFICER, 4, True, S7),
                    (SeatType.AT_LARGE, 12, True, S7),
                    (SeatType.DIVISION, None, True, DIVISIONS_BEFORE_2021),
                    (SeatType.DEPARTMENT, 11, True, S7),
                    (SeatType.LARGE_CITY, 10, True, LARGE_CITY_EARLY),
                    (SeatType.NLC_DIRECTOR, None, True, NLC_COUNT),
                ]
            ),
            S7,
        ),
        (_NEW_FROM, _CONFIRMED_FROM.replace(day=14), _since_2021(AFTER_2021), AFTER_2021),
        (_CONFIRMED_FROM, None, _since_2021(S3), S3),
    ],
)

#: A small city, for the reserved at-large seat, is one with a population under this.
SMALL_CITY_THRESHOLD: Timeline[int] = Timeline.from_values(
    "governance.board.small_city_threshold",
    "A small city (for the at-large seat reserved to one) has a population under this number",
    [(_OLD.start, date(2017, 12, 31), 12_000, S7), (date(2018, 1, 1), None, 10_000, S6)],
)


@attrs.frozen
class BoardComposition:
    """The board as of one day.

    Attributes:
        on: The day.
        seats: The seats by type, with their counts and sources.
        small_city_threshold: A small city has a population under this, with its source.
    """

    on: date = attrs.field(metadata=checked(plain_date))
    seats: tuple[SeatCount, ...] = attrs.field(metadata=checked(tuple_of(SeatCount)))
    small_city_threshold: Cited[int] = attrs.field(metadata=checked(instance(Cited)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def total_seats(self) -> int | None:
        """The number of voting seats; None if the sources leave a count unknown."""
        counts = [s.count for s in self.seats if s.voting]
        return None if any(c is None for c in counts) else sum(c for c in counts if c is not None)

    def count(self, seat_type: SeatType) -> int | None:
        """The seats of one type (0 if the type has none that day, None if unknown)."""
        for seat in self.seats:
            if seat.seat_type is seat_type:
                return seat.count
        return 0

    def decision(self) -> Decision[int | None]:
        """The composition as a Decision: the total, and a reason per seat type with its source.

        .. versionadded:: 0.2.0
           Formerly ``explain()``, which now gives the text, as every result's ``explain()`` does.
        """
        reasons = [
            Reason.of(
                f"governance.board.{seat.seat_type.value}",
                f"{seat.seat_type.value.replace('_', ' ')}: "
                + ("number not published" if seat.count is None else str(seat.count))
                + ("" if seat.voting else " (non-voting)"),
                effect=Effect.INFO,
                source=seat.source,
                facts={"count": "unknown" if seat.count is None else seat.count, "voting": seat.voting},
            )
            for seat in self.seats
        ]
        reasons.append(
            Reason.of(
                "governance.board.small_city_threshold",
                f"At least one at-large director is from a city under {self.small_city_threshold.value:,}.",
                source=self.small_city_threshold.source,
                facts={"threshold": self.small_city_threshold.value},
            )
        )
        return Decision(f"How many voting seats does the board have on {self.on}?", self.total_seats, tuple(reasons))

    def explain(self) -> str:
        """The composition as plain text: the total, each seat type with its source, and the assumptions.

        .. versionchanged:: 0.2.0
           Returns text; :meth:`decision` gives the Decision.
        """
        return self.decision().explain()

    def _repr_html_(self) -> str:
        """The composition as an HTML table, for notebooks: :meth:`decision`, shown so.

        .. versionadded:: 0.2.0
        """
        return self.decision()._repr_html_()

    def to_rows(self) -> list[dict[str, object]]:
        """One plain dict per seat type, ready for ``pandas.DataFrame`` (the library does not need pandas).

        Keys: ``on``, ``seat_type``, ``count`` (None where the sources do not say),
        ``voting``, and the source's title (``source``) and ``confidence``.

        >>> [row["count"] for row in board_as_of(date(2024, 1, 1)).to_rows()]
        [4, 12, 16, 10, 5, 10, 1]

        .. versionadded:: 0.2.0
        """
        return [
            {
                "on": self.on,
                "seat_type": seat.seat_type.value,
                "count": seat.count,
                "voting": seat.voting,
                "source": seat.source.title,
                "confidence": seat.source.confidence.value,
            }
            for seat in self.seats
        ]


def board_as_of(day: date) -> BoardComposition:
    """The composition of the board on ``day``.

    Raises:
        RuleNotInForce: before 8 March 2013, the earliest composition in the sources.
        InputError: if ``day`` is not a date.

    >>> board = board_as_of(date(2024, 1, 1))
    >>> board.total_seats, board.count(SeatType.CAUCUS), board.small_city_threshold.value
    (57, 5, 10000)
    """
    if not is_plain_date(day):
        raise fail("day", f"expected a date, got {day!r}")
    seats = BOARD_COMPOSITIONS.at(day)
    threshold = SMALL_CITY_THRESHOLD.entry_at(day)
    return BoardComposition(day, seats, Cited(threshold.value, threshold.source))
