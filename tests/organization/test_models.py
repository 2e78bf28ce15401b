"""Tests of the organization's models: populations, cities, offices and officials.

Rules under test (src/calcities_domain/organization/models.py; DESIGN.md "Principles" and
"Tests and documentation"):

* ``City.population_on`` answers with the latest count describing a day on or before the
  day asked, and None before the first count.
* A city's population counts are in strictly increasing date order; a count out of order
  (or a second count for a day) is reported at ``populations[i].as_of``.
* ``Official.holds_office_on`` is true from ``term_start`` through ``term_end``, both
  inclusive, and from ``term_start`` on when the term runs on; a term ending before it
  starts is reported at ``term_end``.
* Only the mayor and council members hold council seats.
* Bad input (not a date, a datetime, a negative count, a bool as a count, the wrong type)
  is an :class:`~calcities_domain.kernel.InputError` naming every bad field, never a bare
  ``TypeError``.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import serialization
from calcities_domain.kernel import DateRange, InputError
from calcities_domain.organization import City, Office, Official, Population
from calcities_domain.testing import strategies as cst

D2020, D2022, D2024 = date(2020, 1, 1), date(2022, 7, 1), date(2024, 1, 1)


def paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [p.path for p in error.value.problems]


def danville() -> City:
    return City(
        "Danville",
        populations=(Population(42_000, D2020), Population(43_000, D2022), Population(43_582, D2024)),
    )


# ------------------------------------------------------------------- Population


def test_a_population_of_zero_is_a_count() -> None:
    assert Population(0, D2020).count == 0


@pytest.mark.parametrize(
    ("count", "as_of", "expected"),
    [
        (-1, D2020, [("count", "must not be negative, got -1")]),
        (True, D2020, [("count", "expected a whole number, got True")]),
        (False, D2020, [("count", "expected a whole number, got False")]),
        (1.0, D2020, [("count", "expected a whole number, got 1.0")]),
        ("100", D2020, [("count", "expected a whole number, got '100'")]),
        (None, D2020, [("count", "expected a whole number, got None")]),
        (100, "2020-01-01", [("as_of", "expected a date, got '2020-01-01'")]),
        (
            100,
            datetime(2020, 1, 1, tzinfo=UTC),
            [("as_of", "expected a date, got datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)")],
        ),
        (
            -5,
            datetime(2020, 1, 1),
            [
                ("count", "must not be negative, got -5"),
                ("as_of", "expected a date, got datetime.datetime(2020, 1, 1, 0, 0)"),
            ],
        ),
    ],
    ids=["negative", "true", "false", "float", "text", "none", "text date", "aware datetime", "every problem"],
)
def test_bad_populations_are_input_errors_with_paths(count: Any, as_of: Any, expected: list[tuple[str, str]]) -> None:
    with pytest.raises(InputError) as info:
        Population(count, as_of)
    assert [(p.path, p.message) for p in info.value.problems] == expected


# ------------------------------------------------------------------------- City


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D2020 - timedelta(days=1), None),  # before the first count
        (D2020, 42_000),  # on the day a count describes
        (D2022 - timedelta(days=1), 42_000),  # the day before the next count
        (D2022, 43_000),
        (date(2023, 12, 31), 43_000),
        (D2024, 43_582),
        (date(2100, 1, 1), 43_582),  # the latest count stands until another
    ],
)
def test_population_on_picks_the_latest_count_on_or_before_the_day(day: date, expected: int | None) -> None:
    found = danville().population_on(day)
    assert (None if found is None else found.count) == expected


def test_a_city_without_counts_has_no_population() -> None:
    assert City("Vernon").population_on(D2024) is None


def test_the_docstring_city() -> None:
    """The example of City's docstring, with its other fields defaulted."""
    city = City("Danville", populations=(Population(43_582, D2024),))
    assert (city.incorporated_on, city.division) == (None, None)
    assert city.population_on(date(2025, 6, 1)) == Population(43_582, D2024)


@given(cst.cities(), cst.dates())
def test_population_on_is_the_last_count_not_after_the_day(city: City, day: date) -> None:
    earlier = [p for p in city.populations if p.as_of <= day]
    assert city.population_on(day) == (max(earlier, key=lambda p: p.as_of) if earlier else None)


@given(cst.cities(), cst.dates(), cst.dates())
def test_population_on_moves_forward_with_the_day(city: City, one: date, two: date) -> None:
    """Monotonic: a later day never answers with an earlier count."""
    early, late = sorted((one, two))
    before, after = city.population_on(early), city.population_on(late)
    if before is not None:
        assert after is not None
        assert after.as_of >= before.as_of


@pytest.mark.parametrize(
    ("days", "expected_paths"),
    [
        ((D2022, D2020), ["populations[1].as_of"]),
        ((D2020, D2020), ["populations[1].as_of"]),  # one count per day
        ((D2024, D2022, D2020), ["populations[1].as_of", "populations[2].as_of"]),
        ((D2020, D2024, D2022), ["populations[2].as_of"]),
    ],
    ids=["reversed", "same day", "every problem", "last out of order"],
)
def test_population_counts_must_be_in_date_order(days: tuple[date, ...], expected_paths: list[str]) -> None:
    with pytest.raises(InputError) as info:
        City("Danville", populations=tuple(Population(1000, d) for d in days))
    assert paths(info) == expected_paths
    assert all("date order" in p.message for p in info.value.problems)


def test_the_boundary_reports_the_order_at_the_documents_path() -> None:
    document = {
        "name": "Danville",
        "populations": [{"count": 1, "as_of": "2022-01-01"}, {"count": 2, "as_of": "2020-01-01"}],
    }
    with pytest.raises(InputError) as info:
        serialization.structure(document, City)
    assert paths(info) == ["$.populations[1].as_of"]


@pytest.mark.parametrize(
    ("kwargs", "expected_paths"),
    [
        ({"name": ""}, ["name"]),
        ({"name": "   "}, ["name"]),
        ({"name": None}, ["name"]),
        ({"incorporated_on": "1982-07-01"}, ["incorporated_on"]),
        ({"incorporated_on": datetime(1982, 7, 1, tzinfo=UTC)}, ["incorporated_on"]),
        ({"populations": [Population(1, D2020)]}, ["populations"]),  # a list, not a tuple
        ({"populations": (1000,)}, ["populations[0]"]),
        ({"populations": (Population(1, D2020), (2, D2022))}, ["populations[1]"]),
        ({"division": ""}, ["division"]),
        ({"division": 16}, ["division"]),
        ({"name": 3, "incorporated_on": 1982, "division": ""}, ["name", "incorporated_on", "division"]),
    ],
)
def test_bad_cities_are_input_errors_with_paths(kwargs: dict[str, Any], expected_paths: list[str]) -> None:
    fields = {"name": "Danville", **kwargs}
    name = fields.pop("name")
    with pytest.raises(InputError) as info:
        City(name, **fields)
    assert paths(info) == expected_paths


@pytest.mark.parametrize(
    "day",
    ["2024-01-01", None, 20240101, datetime(2024, 1, 1, tzinfo=UTC), D2024.isoformat()],
    ids=["text", "none", "number", "datetime", "iso"],
)
def test_population_on_refuses_what_is_not_a_day(day: Any) -> None:
    with pytest.raises(InputError) as info:
        danville().population_on(day)
    assert paths(info) == ["day"]


def test_a_city_is_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        danville().name = "Alamo"  # type: ignore[misc]


# ------------------------------------------------------------------------ Office


def test_only_the_mayor_and_council_members_hold_council_seats() -> None:
    assert {o for o in Office if o.is_council_seat} == {Office.MAYOR, Office.COUNCIL_MEMBER}


@pytest.mark.parametrize("office", list(Office), ids=lambda o: o.value)
def test_an_officials_office_is_written_by_value(office: Office) -> None:
    official = Official("Ana Ruiz", "Danville", office, office.is_council_seat, D2024)
    document = serialization.unstructure(official)
    assert document["office"] == office.value
    assert serialization.structure(document, Official) == official


# ---------------------------------------------------------------------- Official


def council_member(start: date = date(2022, 12, 13), end: date | None = date(2026, 12, 8)) -> Official:
    return Official("Ana Ruiz", "Danville", Office.COUNCIL_MEMBER, True, start, end)


@pytest.mark.parametrize(
    ("day", "holds"),
    [
        (date(2022, 12, 12), False),  # the day before the term
        (date(2022, 12, 13), True),  # its first day
        (date(2024, 1, 1), True),
        (date(2026, 12, 8), True),  # its last day
        (date(2026, 12, 9), False),  # the day after
    ],
)
def test_holds_office_on_the_boundaries_of_a_term(day: date, holds: bool) -> None:
    assert council_member().holds_office_on(day) is holds


def test_an_open_term_runs_on() -> None:
    manager = Official("Joseph Calabrigo", "Danville", Office.CITY_MANAGER, False, date(2004, 3, 1))
    assert manager.term_end is None
    assert manager.term == DateRange(date(2004, 3, 1), None)
    assert not manager.holds_office_on(date(2004, 2, 29))
    assert manager.holds_office_on(date(2004, 3, 1))
    assert manager.holds_office_on(date.max)


def test_a_term_of_one_day() -> None:
    interim = council_member(D2024, D2024)
    assert interim.holds_office_on(D2024)
    assert not interim.holds_office_on(D2024 - timedelta(days=1))
    assert not interim.holds_office_on(D2024 + timedelta(days=1))


@given(cst.officials(), cst.dates())
def test_holds_office_on_is_the_term(official: Official, day: date) -> None:
    expected = official.term_start <= day and (official.term_end is None or day <= official.term_end)
    assert official.holds_office_on(day) is expected
    assert (day in official.term) is expected


def test_a_term_ending_before_it_starts_is_reported_at_term_end() -> None:
    with pytest.raises(InputError) as info:
        council_member(date(2022, 12, 13), date(2022, 12, 12))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("term_end", "2022-12-12 is before the start of the term, 2022-12-13")
    ]


def test_the_boundary_reports_a_backward_term_at_the_documents_path() -> None:
    document = serialization.unstructure(council_member())
    document["term_end"] = "2020-01-01"
    with pytest.raises(InputError) as info:
        serialization.structure(document, Official)
    assert paths(info) == ["$.term_end"]


OFFICIAL_FIELDS = ("person", "city", "office", "elected", "term_start", "term_end")


@pytest.mark.parametrize(
    ("changes", "expected_paths"),
    [
        ({"person": ""}, ["person"]),
        ({"city": None}, ["city"]),
        ({"office": "mayor"}, ["office"]),  # the value, not the enum
        ({"elected": 1}, ["elected"]),  # an int is not a bool
        ({"elected": None}, ["elected"]),
        ({"term_start": "2022-12-13"}, ["term_start"]),
        ({"term_start": datetime(2022, 12, 13, tzinfo=UTC)}, ["term_start"]),
        ({"term_end": datetime(2026, 12, 8, tzinfo=UTC)}, ["term_end"]),
        ({"term_end": 2026}, ["term_end"]),
        # A bad start is reported alone: the term is not compared with it (no TypeError).
        ({"term_start": "2030-01-01"}, ["term_start"]),
        ({"term_start": None, "term_end": "x"}, ["term_start", "term_end"]),
        (
            {"person": 1, "city": 2, "office": 3, "elected": 4, "term_start": 5, "term_end": 6},
            list(OFFICIAL_FIELDS),
        ),
    ],
)
def test_bad_officials_are_input_errors_with_paths(changes: dict[str, Any], expected_paths: list[str]) -> None:
    fields = {**attrs.asdict(council_member(), recurse=False), **changes}
    with pytest.raises(InputError) as info:
        Official(*(fields[name] for name in OFFICIAL_FIELDS))
    assert paths(info) == expected_paths


@pytest.mark.parametrize("day", ["2024-01-01", None, datetime(2024, 1, 1, tzinfo=UTC), 0], ids=repr)
def test_holds_office_on_refuses_what_is_not_a_day(day: Any) -> None:
    with pytest.raises(InputError) as info:
        council_member().holds_office_on(day)
    assert paths(info) == ["day"]


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.datetimes(),
    st.lists(st.integers(), max_size=2),
    st.tuples(st.integers()),
)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "count": JUNK,
            "as_of": JUNK,
            "person": JUNK,
            "office": JUNK,
            "elected": JUNK,
            "term_start": JUNK,
            "term_end": JUNK,
            "populations": JUNK,
            "incorporated_on": JUNK,
        },
    )
)
def test_junk_is_an_input_error_never_a_type_error(junk: dict[str, Any]) -> None:
    """Whatever is passed, a model is built or an InputError says why: never a bare TypeError."""
    population: dict[str, Any] = {"count": 100, "as_of": D2020}
    population |= {k: v for k, v in junk.items() if k in ("count", "as_of")}
    official = attrs.asdict(council_member(), recurse=False) | {k: v for k, v in junk.items() if k in OFFICIAL_FIELDS}
    city = {k: v for k, v in junk.items() if k in ("populations", "incorporated_on")}
    for build in (
        lambda: Population(**population),
        lambda: Official(**official),
        lambda: City("Danville", **city),
    ):
        with contextlib.suppress(InputError):  # anything else (a TypeError) fails the test
            build()
