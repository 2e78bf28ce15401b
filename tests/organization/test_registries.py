"""Tests of the registries of the league's bodies, against the domain notes.

Facts under test (../shared/domain/governance-and-membership.md, sections "Sources", 2 and 5):

* Regional divisions: 13 in 1986 (S35, Lodi 1986); 16 from 15 March 2023 (S4, also S1).
  Eleven names are confirmed (S31); the five others commonly cited are inferred.
* Municipal departments: 11 on the 2013-2021 recruitment pages (S7 of 8 March 2013, S5 of
  the 2021-22 cycle), through the 2021 amendments of 28/29 September 2021 (S9); 10 from
  15 March 2023 (S4); no count is published in between. Nine names are confirmed (S29,
  S30); the tenth is unknown, so left unnamed.
* Diversity caucuses: 5, recognised in the bylaws from 29 September 2021 (S9, S25).
* Policy committees: 8 before 2017 (Administrative Services and Employee Relations among
  them), 7 from 2017 (Governance, Transparency and Labor Relations among them) (S27).
* Other groups (S32, S33): no published count.
* On every day the names cover, the named bodies plus the unnamed ones make the
  published count, and the named ones never exceed it.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import organization
from calcities_domain.kernel import Confidence, DateRange, InputError, RuleNotInForce, Source, Timeline
from calcities_domain.organization import (
    CAUCUSES,
    DEPARTMENTS,
    DIVISIONS,
    GROUPS,
    POLICY_COMMITTEES,
    Body,
    BodyKind,
    Registry,
    RegistrySnapshot,
)
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
CALLERS = Source("A caller's confirmed list", Confidence.CONFIRMED, url="https://example.org/list")


PLURAL = {
    BodyKind.DIVISION: "divisions",
    BodyKind.DEPARTMENT: "departments",
    BodyKind.CAUCUS: "caucuses",
    BodyKind.POLICY_COMMITTEE: "policy_committees",
    BodyKind.GROUP: "groups",
}


def paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [p.path for p in error.value.problems]


# (registry, day, published count, source id) for each day a count is known.
KNOWN_COUNTS: list[tuple[Registry, date, int, str]] = [
    (DIVISIONS, date(1986, 1, 1), 13, "S35"),
    (DIVISIONS, date(1986, 7, 1), 13, "S35"),
    (DIVISIONS, date(1986, 12, 31), 13, "S35"),
    (DIVISIONS, date(2023, 3, 15), 16, "S4"),
    (DIVISIONS, date(2024, 1, 1), 16, "S4"),
    (DIVISIONS, date(2026, 1, 1), 16, "S4"),
    (DEPARTMENTS, date(2013, 3, 8), 11, "S7"),
    (DEPARTMENTS, date(2014, 3, 7), 11, "S7"),
    (DEPARTMENTS, date(2018, 1, 1), 11, "S7"),
    (DEPARTMENTS, date(2020, 12, 31), 11, "S7"),
    (DEPARTMENTS, date(2021, 1, 1), 11, "S5"),
    (DEPARTMENTS, date(2021, 9, 28), 11, "S5"),
    (DEPARTMENTS, date(2023, 3, 15), 10, "S4"),
    (DEPARTMENTS, date(2024, 3, 13), 10, "S4"),
    (DEPARTMENTS, date(2026, 1, 1), 10, "S4"),
    (CAUCUSES, date(2021, 9, 29), 5, "S9"),
    (CAUCUSES, date(2024, 1, 1), 5, "S9"),
    (POLICY_COMMITTEES, date(2013, 1, 1), 8, "S27"),
    (POLICY_COMMITTEES, date(2016, 12, 31), 8, "S27"),
    (POLICY_COMMITTEES, date(2017, 1, 1), 7, "S27"),
    (POLICY_COMMITTEES, date(2023, 9, 18), 7, "S27"),
    (POLICY_COMMITTEES, date(2024, 7, 24), 7, "S27"),
]


@pytest.mark.parametrize(
    ("registry", "day", "count", "source_id"),
    KNOWN_COUNTS,
    ids=[f"{r.kind.value}-{d}" for r, d, _, _ in KNOWN_COUNTS],
)
def test_published_counts_match_the_sources(registry: Registry, day: date, count: int, source_id: str) -> None:
    assert registry.count_on(day) == count
    assert registry.count is not None
    source = registry.count.source_at(day)
    assert re.search(rf"\({source_id}\b", source.title), source.title
    assert source.url


# (registry, day, whether the day is in a declared gap) for days no count is published.
UNKNOWN_COUNTS: list[tuple[Registry, date, bool]] = [
    (DIVISIONS, date(1985, 12, 31), False),
    (DIVISIONS, date(1987, 1, 1), True),
    (DIVISIONS, date(2000, 1, 1), True),
    (DIVISIONS, date(2023, 3, 14), True),
    (DEPARTMENTS, date(2013, 3, 7), False),
    (DEPARTMENTS, date(2021, 9, 29), True),  # the day of the 2021 amendments (S9)
    (DEPARTMENTS, date(2022, 6, 1), True),
    (DEPARTMENTS, date(2023, 3, 14), True),
    (CAUCUSES, date(2021, 9, 28), False),
    (POLICY_COMMITTEES, date(2012, 12, 31), False),
]


@pytest.mark.parametrize(
    ("registry", "day", "declared"),
    UNKNOWN_COUNTS,
    ids=[f"{r.kind.value}-{d}" for r, d, _ in UNKNOWN_COUNTS],
)
def test_no_count_is_invented_where_none_is_published(registry: Registry, day: date, declared: bool) -> None:
    with pytest.raises(RuleNotInForce) as info:
        registry.count_on(day)
    assert info.value.rule == f"organization.{PLURAL[registry.kind]}.count"
    assert info.value.on == day
    assert ("declared gap" in info.value.detail) is declared


@pytest.mark.parametrize("registry", organization.registries(), ids=lambda r: r.kind.value)
def test_errors_name_the_rules_as_the_count_timelines_do(registry: Registry) -> None:
    """Regression: the caucuses' rules were named ``organization.caucuss``."""
    if registry.count is not None:
        assert registry.count.rule == f"organization.{PLURAL[registry.kind]}.count"
    with pytest.raises(RuleNotInForce) as info:
        registry.count_on(date(1900, 1, 1))
    assert info.value.rule == f"organization.{PLURAL[registry.kind]}.count"


def test_the_department_gap_is_declared_between_the_counts_of_11_and_10() -> None:
    assert DEPARTMENTS.count is not None
    assert DEPARTMENTS.count.gaps == (DateRange(date(2021, 9, 29), date(2023, 3, 14)),)
    assert [str(r) for r in DEPARTMENTS.count.covered()] == ["2013-03-08 to 2021-09-28", "2023-03-15 onwards"]


def test_groups_have_no_published_count() -> None:
    with pytest.raises(RuleNotInForce) as info:
        GROUPS.count_on(date(2024, 1, 1))
    assert info.value.rule == "organization.groups.count"
    assert info.value.covered == ()
    snapshot = GROUPS.as_of(date(2024, 1, 1))
    assert (snapshot.official_count, snapshot.count_source, snapshot.unnamed) == (None, None, 0)
    assert snapshot.names() == ("Rural City Information Exchange",)


@pytest.mark.parametrize("registry", organization.registries(), ids=lambda r: r.kind.value)
@pytest.mark.parametrize(
    "day", ["2024-01-01", None, datetime(2024, 1, 1, tzinfo=UTC)], ids=["text", "none", "datetime"]
)
def test_a_day_that_is_not_a_date_is_an_input_error(registry: Registry, day: Any) -> None:
    for ask in (registry.as_of, registry.count_on):
        with pytest.raises(InputError) as info:
            ask(day)
        assert paths(info) == ["day"]


# ---------------------------------------------------------- every covered day


def _covered_days(registry: Registry, through: date) -> list[date]:
    start, end = registry.names_cover.start, min(registry.names_cover.end or through, through)
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


@pytest.mark.parametrize("registry", organization.registries(), ids=lambda r: r.kind.value)
def test_on_every_covered_day_named_and_unnamed_make_the_count(registry: Registry) -> None:
    """Every day from the start of the names through 2030, one by one."""
    for day in _covered_days(registry, date(2030, 12, 31)):
        snapshot = registry.as_of(day)
        if snapshot.official_count is None:
            assert snapshot.unnamed == 0
            continue
        assert len(snapshot.bodies) + snapshot.unnamed == snapshot.official_count, day
        assert len(snapshot.bodies) <= snapshot.official_count, day


@given(cst.registries(), st.data())
def test_any_registry_on_any_covered_day(registry: Registry, data: st.DataObject) -> None:
    """The same, for the real registries, registries derived from them and made-up ones."""
    cover = registry.names_cover
    snapshot = registry.as_of(data.draw(cst.dates(cover.start, cover.end or cst.MAX_DATE)))
    assert all(snapshot.on in b.in_force for b in snapshot.bodies)
    assert [b.code for b in snapshot.bodies] == sorted(b.code for b in snapshot.bodies)
    if snapshot.official_count is not None:
        assert len(snapshot.bodies) + snapshot.unnamed == snapshot.official_count
        assert len(snapshot.bodies) <= snapshot.official_count


# ---------------------------------------------------------------- the names

INFERRED_DIVISIONS = {
    "redwood_empire",
    "north_bay",
    "sacramento_valley",
    "channel_counties",
    "south_san_joaquin_valley",
}
CONFIRMED_DIVISIONS = {
    "central_valley",
    "desert_mountain",
    "east_bay",
    "imperial_county",
    "inland_empire",
    "los_angeles_county",
    "monterey_bay",
    "orange_county",
    "peninsula",
    "riverside_county",
    "san_diego_county",
}


def test_the_five_inferred_division_names_are_flagged() -> None:
    snapshot = DIVISIONS.as_of(date(2024, 1, 1))
    assert (snapshot.official_count, len(snapshot.bodies), snapshot.unnamed) == (16, 16, 0)
    assert {b.code for b in snapshot.unconfirmed} == INFERRED_DIVISIONS
    assert all(b.source.confidence is Confidence.INFERRED for b in snapshot.unconfirmed)
    confirmed = {b.code for b in snapshot.bodies if b.source.is_confirmed}
    assert confirmed == CONFIRMED_DIVISIONS


def test_the_tenth_department_is_left_unnamed() -> None:
    snapshot = DEPARTMENTS.as_of(date(2024, 1, 1))
    assert (snapshot.official_count, len(snapshot.bodies), snapshot.unnamed) == (10, 9, 1)
    assert snapshot.unconfirmed == ()
    assert "Police Chiefs" not in snapshot.names()
    assert "Community Services" not in snapshot.names()


def test_while_eleven_departments_were_published_two_are_unnamed() -> None:
    """From the first day the nine names are vouched for (S29) to the 2021 amendments."""
    for day in (date(2021, 8, 11), date(2021, 9, 28)):
        snapshot = DEPARTMENTS.as_of(day)
        assert (snapshot.official_count, len(snapshot.bodies), snapshot.unnamed) == (11, 9, 2)
    gap = DEPARTMENTS.as_of(date(2022, 1, 1))
    assert (gap.official_count, gap.count_source, gap.unnamed) == (None, None, 0)


def test_the_five_caucuses() -> None:
    snapshot = CAUCUSES.as_of(date(2024, 1, 1))
    assert snapshot.names() == (
        "African American Caucus",
        "Asian Pacific Islander Caucus",
        "Latino Caucus",
        "Lesbian Gay Bisexual Transgender Queer (LGBTQ) Caucus",
        "Women's Caucus",
    )
    assert (snapshot.official_count, snapshot.unnamed, snapshot.unconfirmed) == (5, 0, ())


def test_the_eight_policy_committees_before_2017() -> None:
    names = POLICY_COMMITTEES.as_of(date(2016, 12, 31)).names()
    assert len(names) == 8
    assert "Administrative Services" in names
    assert "Employee Relations" in names
    assert "Governance, Transparency and Labor Relations" not in names


def test_the_seven_policy_committees_from_2017() -> None:
    snapshot = POLICY_COMMITTEES.as_of(date(2017, 1, 1))
    assert set(snapshot.names()) == {
        "Community Services",
        "Environmental Quality",
        "Governance, Transparency and Labor Relations",
        "Housing, Community and Economic Development",
        "Public Safety",
        "Revenue and Taxation",
        "Transportation, Communications and Public Works",
    }
    assert snapshot.unnamed == 0


def test_names_are_in_code_order() -> None:
    snapshot = POLICY_COMMITTEES.as_of(date(2024, 1, 1))
    assert snapshot.names() == tuple(b.name for b in sorted(snapshot.bodies, key=lambda b: b.code))


@pytest.mark.parametrize("registry", organization.registries(), ids=lambda r: r.kind.value)
def test_every_body_and_count_is_cited(registry: Registry) -> None:
    assert all(b.kind is registry.kind for b in registry.bodies)
    assert len({b.code for b in registry.bodies}) == len(registry.bodies)
    assert all(b.source.url for b in registry.bodies)
    assert all(s.url for s in (registry.count.sources() if registry.count else ()))


def test_get_finds_a_body_whatever_its_dates() -> None:
    retired = POLICY_COMMITTEES.get("administrative_services")
    assert retired is not None
    assert retired.in_force == DateRange(date(2013, 1, 1), date(2016, 12, 31))
    assert POLICY_COMMITTEES.get("no_such_committee") is None


# ------------------------------------------------------------ names_cover


@pytest.mark.parametrize("registry", organization.registries(), ids=lambda r: r.kind.value)
def test_before_the_names_are_vouched_for_as_of_raises(registry: Registry) -> None:
    first = registry.names_cover.start
    assert registry.as_of(first).on == first
    with pytest.raises(RuleNotInForce) as info:
        registry.as_of(first - ONE_DAY)
    assert info.value.rule == f"organization.{PLURAL[registry.kind]}"
    assert info.value.on == first - ONE_DAY
    assert info.value.covered == (f"{first.isoformat()} onwards",)
    assert PLURAL[registry.kind].replace("_", " ") in info.value.detail


def test_divisions_are_not_listed_in_1986_though_counted() -> None:
    """The count of 13 is known in 1986; the names of that year are not."""
    assert DIVISIONS.count_on(date(1986, 6, 1)) == 13
    with pytest.raises(RuleNotInForce, match=r"organization\.divisions"):
        DIVISIONS.as_of(date(1986, 6, 1))


# ------------------------------------------------------------- registry(kind)


@pytest.mark.parametrize("kind", list(BodyKind), ids=lambda k: k.value)
def test_registry_of_every_kind(kind: BodyKind) -> None:
    assert organization.registry(kind).kind is kind
    assert organization.registry(kind) in organization.registries()


def test_registries_are_one_per_kind_in_a_stable_order() -> None:
    assert organization.registries() == (DIVISIONS, DEPARTMENTS, CAUCUSES, POLICY_COMMITTEES, GROUPS)
    assert [r.kind for r in organization.registries()] == list(BodyKind)


@pytest.mark.parametrize("kind", ["division", None, 1], ids=repr)
def test_registry_of_what_is_not_a_kind(kind: Any) -> None:
    with pytest.raises(InputError) as info:
        organization.registry(kind)
    assert paths(info) == ["kind"]


# --------------------------------------------------------------- with_bodies


def body(code: str, kind: BodyKind = BodyKind.DIVISION, start: date = date(2023, 3, 15)) -> Body:
    return Body(code, code.replace("_", " ").title(), kind, DateRange(start, None), CALLERS)


def test_with_bodies_accepts_a_callers_confirmed_list() -> None:
    confirmed = [attrs.evolve(b, source=CALLERS) for b in DIVISIONS.bodies]
    mine = DIVISIONS.with_bodies(confirmed)
    snapshot = mine.as_of(date(2024, 1, 1))
    assert (len(snapshot.bodies), snapshot.unnamed, snapshot.unconfirmed) == (16, 0, ())
    assert mine.names_cover == DIVISIONS.names_cover
    assert DIVISIONS.as_of(date(2024, 1, 1)).unconfirmed  # the library's own is unchanged


def test_with_bodies_names_the_tenth_department() -> None:
    tenth = body("police_chiefs", BodyKind.DEPARTMENT, date(2023, 3, 15))
    mine = DEPARTMENTS.with_bodies((*DEPARTMENTS.bodies, tenth))
    snapshot = mine.as_of(date(2024, 1, 1))
    assert (snapshot.official_count, len(snapshot.bodies), snapshot.unnamed) == (10, 10, 0)


def test_with_bodies_takes_any_iterable_and_a_new_cover() -> None:
    cover = DateRange(date(2024, 1, 1), date(2024, 12, 31))
    mine = CAUCUSES.with_bodies((b for b in CAUCUSES.bodies[:2]), names_cover=cover)
    assert mine.as_of(date(2024, 6, 1)).unnamed == 3
    with pytest.raises(RuleNotInForce):
        mine.as_of(date(2025, 1, 1))


def test_with_bodies_refuses_bodies_of_another_kind() -> None:
    with pytest.raises(InputError) as info:
        DIVISIONS.with_bodies((body("east_bay"), body("latino", BodyKind.CAUCUS), body("x", BodyKind.GROUP)))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("bodies[1].kind", "is caucus, not division"),
        ("bodies[2].kind", "is group, not division"),
    ]


def test_with_bodies_refuses_a_code_listed_twice() -> None:
    with pytest.raises(InputError) as info:
        DIVISIONS.with_bodies((body("east_bay"), body("peninsula"), body("east_bay")))
    assert [(p.path, p.message) for p in info.value.problems] == [("bodies[2].code", "'east_bay' is listed twice")]


def test_with_bodies_refuses_more_named_bodies_than_the_count() -> None:
    seventeenth = body("north_coast")
    with pytest.raises(InputError) as info:
        DIVISIONS.with_bodies((*DIVISIONS.bodies, seventeenth))
    assert paths(info) == ["bodies"]
    assert "17 bodies exist on 2023-03-15, more than the published 16" in str(info.value)


def test_eleven_departments_fit_only_while_eleven_are_published() -> None:
    eleven = (
        *DEPARTMENTS.bodies,
        body("police_chiefs", BodyKind.DEPARTMENT, date(2021, 8, 11)),
        body("community_services", BodyKind.DEPARTMENT, date(2021, 8, 11)),
    )
    with pytest.raises(InputError) as info:
        DEPARTMENTS.with_bodies(eleven)
    assert "more than the published 10" in str(info.value)
    mine = DEPARTMENTS.with_bodies(eleven, names_cover=DateRange(date(2021, 8, 11), date(2021, 9, 28)))
    assert mine.as_of(date(2021, 9, 1)).unnamed == 0


def test_bodies_named_before_the_cover_starts_are_checked_when_it_starts() -> None:
    """Regression: the first day the names cover is checked against the count, even when
    no body starts or ends that day (a sixth caucus from 2000, names vouched for from 2022)."""
    six = tuple(body(code, BodyKind.CAUCUS, date(2000, 1, 1)) for code in ("a", "b", "c", "d", "e", "f"))
    with pytest.raises(InputError) as info:
        CAUCUSES.with_bodies(six, names_cover=DateRange(date(2022, 1, 1), None))
    assert "6 bodies exist on 2022-01-01, more than the published 5" in str(info.value)


@pytest.mark.parametrize(
    ("bodies", "cover", "expected_paths"),
    [
        (None, None, ["bodies"]),
        ("east_bay", None, ["bodies"]),
        (5, None, ["bodies"]),
        (["east_bay"], None, ["bodies[0]"]),
        ([], "2024-01-01", ["names_cover"]),
    ],
    ids=["none", "text", "number", "codes", "cover"],
)
def test_with_bodies_refuses_what_is_not_a_list_of_bodies(bodies: Any, cover: Any, expected_paths: list[str]) -> None:
    with pytest.raises(InputError) as info:
        DIVISIONS.with_bodies(bodies, names_cover=cover)
    assert paths(info) == expected_paths


# --------------------------------------------------------- building registries


def count_of(*rows: tuple[date, date | None, object]) -> Timeline[Any]:
    return Timeline.from_values("x.count", "A count", [(s, e, v, CALLERS) for s, e, v in rows])


@pytest.mark.parametrize("value", [True, -1, "5", 2.0], ids=repr)
def test_a_published_count_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(InputError) as info:
        Registry(BodyKind.GROUP, "Groups", (), DateRange(date(2020, 1, 1)), count_of((date(2020, 1, 1), None, value)))
    assert paths(info) == ["count"]


def test_a_count_that_falls_below_the_named_bodies_is_refused() -> None:
    """The names are checked on the day the count drops, not only when a body starts."""
    two = (body("a", BodyKind.GROUP, date(2020, 1, 1)), body("b", BodyKind.GROUP, date(2020, 1, 1)))
    falling = count_of((date(2020, 1, 1), date(2020, 12, 31), 2), (date(2021, 1, 1), None, 1))
    with pytest.raises(InputError) as info:
        Registry(BodyKind.GROUP, "Groups", two, DateRange(date(2020, 1, 1)), falling)
    assert "2 bodies exist on 2021-01-01, more than the published 1" in str(info.value)
    ended = (two[0], attrs.evolve(two[1], in_force=DateRange(date(2020, 1, 1), date(2020, 12, 31))))
    registry = Registry(BodyKind.GROUP, "Groups", ended, DateRange(date(2020, 1, 1)), falling)
    assert registry.as_of(date(2021, 1, 1)).names() == ("A",)


def test_every_bad_field_of_a_registry_is_reported() -> None:
    with pytest.raises(InputError) as info:
        Registry("division", "", [], "2020", 5)  # type: ignore[arg-type]
    assert paths(info) == ["kind", "description", "bodies", "names_cover", "count"]


@pytest.mark.parametrize(
    ("changes", "expected_paths"),
    [
        ({"official_count": True}, ["official_count"]),
        ({"official_count": -1}, ["official_count"]),
        ({"official_count": 1.5}, ["official_count"]),
        ({"on": datetime(2024, 1, 1, tzinfo=UTC)}, ["on"]),
        ({"bodies": [body("east_bay")]}, ["bodies"]),
        ({"kind": "division", "count_source": "S4"}, ["kind", "count_source"]),
    ],
)
def test_bad_snapshots_are_input_errors(changes: dict[str, Any], expected_paths: list[str]) -> None:
    fields = attrs.asdict(DIVISIONS.as_of(date(2024, 1, 1)), recurse=False) | changes
    with pytest.raises(InputError) as info:
        RegistrySnapshot(**fields)
    assert paths(info) == expected_paths


def test_a_snapshot_with_more_bodies_than_its_count_has_none_unnamed() -> None:
    """``unnamed`` never goes negative (a snapshot built by hand may name more than the count)."""
    snapshot = attrs.evolve(DIVISIONS.as_of(date(2024, 1, 1)), official_count=3)
    assert snapshot.unnamed == 0
