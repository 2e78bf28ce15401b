"""Serialization: JSON-like documents structured into models and unstructured back.

Three kinds of document, as an application receives them: single MCLE credit claims,
licensees with their credits (the ``mcle`` command's :class:`~calcities_domain.commands.MCLERequest`),
and board rosters to check (the ``roster`` command's :class:`~calcities_domain.commands.RosterRequest`,
a full 57-seat board with the cities it names). Each contender builds its models from
every document, strictly, then turns them back into JSON-like data; every contender's
output must equal the documents it was given.

The baselines are the same models written for pydantic v2 and msgspec, with the same
checks: the library's field checks (non-blank text, dotted codes, counts that are not
negative, dates) as each library's constraints, and its checks across fields (subfield
minutes within the activity's, an end not before its start, spans in order...) as a
pydantic ``model_validator`` and a msgspec ``__post_init__``, so that every contender
refuses the same documents and does the same work on these.

Both baselines are as strict as their libraries let them be on JSON-like Python data:

* pydantic: ``strict=True`` on every model, except the fields whose JSON form is text of
  another type (dates, ``Decimal``) or an array read into a tuple, which a strict pydantic
  model accepts only as ``date``, ``Decimal`` and ``tuple`` objects from Python (strict mode
  parses them from text only in ``model_validate_json``). Those fields are marked
  ``Strict(False)``: lax for that field alone, their items still strict. Lax dates and
  decimals also take a few forms the library refuses (a midnight datetime string, a
  number or exponent notation for a ``Decimal``); no document here holds one. The
  alternative, lax models with ``StrictInt``/``StrictStr`` fields, would be lax by default
  for every field forgotten. Enums are ``Literal`` values, which a strict model reads from
  their JSON value (the compliance group excepted: ``Literal[1, 2, 3]`` takes ``true``).
* msgspec: ``msgspec.convert(..., strict=True)``, which reads dates and decimals from text
  as its JSON decoder does and coerces nothing else (its decimals, too, take a number or
  exponent notation). Sequences are lists, not tuples, because ``msgspec.to_builtins``
  passes tuples through unchanged and the documents hold lists; the structs are still
  frozen.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal, Self, TypeVar

import msgspec
import pydantic
from pydantic import Field, Strict, StringConstraints

from benchmarks.harness import Contender, Disagreement, Target, Workload, sized
from calcities_domain import commands, mcle, serialization
from calcities_domain.mcle.models import EARLIEST_CREDIT
from calcities_domain.organization import CAUCUSES, DEPARTMENT_OF_OFFICE, DEPARTMENTS, DIVISIONS, Office

__all__ = [
    "CREDITS",
    "LICENSEES",
    "ROSTERS",
    "credit_document",
    "credit_documents",
    "licensee_document",
    "licensee_documents",
    "roster_document",
    "roster_documents",
    "workloads",
]

#: The full size of each workload (issue 9), in documents.
CREDITS = 100_000
LICENSEES = 10_000
ROSTERS = 10_000

Document = dict[str, Any]
T = TypeVar("T")

LIBRARY = "calcities_domain"
PYDANTIC = "pydantic v2"
MSGSPEC = "msgspec"
_TARGETS = (Target(PYDANTIC, max_ratio=1.0, why="issue 9: no slower than pydantic v2 on structure + unstructure"),)


# --------------------------------------------------------------------------- shared checks
#
# The library's checks across fields, written once for both baselines: each raises
# ValueError, which pydantic and msgspec both report as a validation error.

# A dotted lower-case code, as the library's ``code`` check: pydantic's Rust regex ends at
# "$"; Python's "$" would also match before a final newline, so msgspec's ends at "\Z".
_CODE_RUST = r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$"
_CODE_PY = r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\Z"
_NON_BLANK = r"\S"
_EARLIEST_CREDIT = EARLIEST_CREDIT


def _check_order(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise ValueError(f"the end {end} is before the start {start}")


def _check_credit(minutes: int, kind: str, codes: list[str], allocated: int, units: Decimal | None) -> None:
    if len(set(codes)) != len(codes):
        raise ValueError("a subfield is listed twice")
    if allocated > minutes:
        raise ValueError(f"the subfield minutes add up to {allocated}, more than the activity's {minutes}")
    if kind == "law_school_teaching":
        if units is None or not units.is_finite() or units <= 0:
            raise ValueError("law-school teaching needs a positive number of units")
    elif units is not None:
        raise ValueError(f"only law-school teaching has units, not {kind}")


def _check_panelists(kind: str, panelists: int | None) -> None:
    if panelists is not None and (kind != "speaking" or panelists < 1):
        raise ValueError("only speaking is shared among panelists, at least 1")


def _check_span(status: str, exemption: str | None) -> None:
    if (status == "exempt") != (exemption is not None):
        raise ValueError("an exempt status, and only one, has a ground of exemption")


def _check_spans(admitted_on: date, spans: list[tuple[date, date | None]]) -> None:
    previous: tuple[date, date | None] | None = None
    for start, end in spans:
        if start < admitted_on:
            raise ValueError(f"a status span starts before admission, {admitted_on}")
        if previous is not None and (previous[1] is None or start <= previous[1]):
            raise ValueError("status spans must be in date order and not overlap")
        previous = (start, end)


def _check_increasing(days: list[date]) -> None:
    if any(later <= earlier for earlier, later in itertools.pairwise(days)):
        raise ValueError("population counts must be in date order, one per day")


def _check_unique(codes: list[str]) -> None:
    if len(set(codes)) != len(codes):
        raise ValueError("a group is listed twice")


# The JSON values of the library's enums.
DeliveryValue = Literal["participatory", "self_study"]
KindValue = Literal["attendance", "speaking", "law_school_teaching"]
GroupValue = Literal[1, 2, 3]
StatusValue = Literal["active", "inactive", "exempt", "not_eligible"]
ExemptionValue = Literal["state_officer", "law_professor", "state_employee", "federal_employee"]
SeatTypeValue = Literal[
    "officer", "at_large", "division", "department", "caucus", "large_city", "nlc_director", "nlc_advisor"
]
OfficeValue = Literal[
    "mayor",
    "council_member",
    "city_manager",
    "assistant_city_manager",
    "city_attorney",
    "deputy_city_attorney",
    "city_clerk",
    "finance_director",
    "fire_chief",
    "police_chief",
    "public_works_director",
    "planning_director",
    "human_resources_director",
    "other_staff",
]

# --------------------------------------------------------------------------- pydantic v2 models

PText = Annotated[str, StringConstraints(pattern=_NON_BLANK)]
PCode = Annotated[str, StringConstraints(pattern=_CODE_RUST)]
PCount = Annotated[int, Field(ge=0)]
# Lax for these fields alone (see the module's docstring): text to a date or a Decimal,
# and a list to a tuple whose items stay strict.
PDate = Annotated[date, Strict(False)]
PDecimal = Annotated[Decimal, Strict(False)]
# A strict model's Literal[1, 2, 3] takes true for 1: a strict whole number from 1 to 3 does not.
PGroup = Annotated[int, Field(ge=1, le=3)]
PTuple = Annotated[tuple[T, ...], Strict(False)]


class _PModel(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)


class PSubfieldShare(_PModel):
    """:class:`~calcities_domain.mcle.SubfieldShare` in pydantic."""

    subfield: PCode
    minutes: PCount


class PCredit(_PModel):
    """:class:`~calcities_domain.mcle.Credit` in pydantic."""

    credit_id: PText
    completed_on: Annotated[date, Strict(False), Field(ge=_EARLIEST_CREDIT)]
    minutes: PCount
    delivery: DeliveryValue = "participatory"
    kind: KindValue = "attendance"
    subfields: PTuple[PSubfieldShare] = ()
    activity: PText | None = None
    provider_approved: bool = True
    first_presentation: bool = True
    panelists: int | None = None
    units: PDecimal | None = None
    new_attorney_training: bool = False
    title: PText | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        codes = [share.subfield for share in self.subfields]
        _check_credit(self.minutes, self.kind, codes, sum(s.minutes for s in self.subfields), self.units)
        _check_panelists(self.kind, self.panelists)
        return self


class PStatusSpan(_PModel):
    """:class:`~calcities_domain.mcle.StatusSpan` in pydantic."""

    status: StatusValue
    start: PDate
    end: PDate | None = None
    exemption: ExemptionValue | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_order(self.start, self.end)
        _check_span(self.status, self.exemption)
        return self


class PLicensee(_PModel):
    """:class:`~calcities_domain.mcle.Licensee` in pydantic."""

    licensee_id: PText
    admitted_on: PDate
    group: PGroup | None = None
    statuses: PTuple[PStatusSpan] = ()
    cycle_start: PDate | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_spans(self.admitted_on, [(span.start, span.end) for span in self.statuses])
        return self


class PMCLERequest(_PModel):
    """:class:`~calcities_domain.commands.MCLERequest` in pydantic."""

    licensee: PLicensee
    credits: PTuple[PCredit] = ()
    as_of: PDate


class PDateRange(_PModel):
    """:class:`~calcities_domain.kernel.DateRange` in pydantic."""

    start: PDate
    end: PDate | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_order(self.start, self.end)
        return self


class POfficial(_PModel):
    """:class:`~calcities_domain.organization.Official` in pydantic."""

    person: PText
    city: PText
    office: OfficeValue
    elected: bool
    term_start: PDate
    term_end: PDate | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_order(self.term_start, self.term_end)
        return self


class PRosterSeat(_PModel):
    """:class:`~calcities_domain.governance.RosterSeat` in pydantic."""

    seat_type: SeatTypeValue
    holder: POfficial
    term: PDateRange
    body: PText | None = None


class PRoster(_PModel):
    """:class:`~calcities_domain.governance.Roster` in pydantic."""

    seats: PTuple[PRosterSeat]


class PPopulation(_PModel):
    """:class:`~calcities_domain.organization.Population` in pydantic."""

    count: PCount
    as_of: PDate


class PCity(_PModel):
    """:class:`~calcities_domain.organization.City` in pydantic."""

    name: PText
    incorporated_on: PDate | None = None
    populations: PTuple[PPopulation] = ()
    division: PText | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_increasing([population.as_of for population in self.populations])
        return self


class PGroupMembers(_PModel):
    """:class:`~calcities_domain.commands.GroupMembers` in pydantic."""

    group: PCode
    people: PTuple[str]


class PRosterRequest(_PModel):
    """:class:`~calcities_domain.commands.RosterRequest` in pydantic."""

    roster: PRoster
    on: PDate
    cities: PTuple[PCity]
    member_cities: PTuple[str]
    caucus_members: PTuple[PGroupMembers] | None = None
    department_members: PTuple[PGroupMembers] | None = None

    @pydantic.model_validator(mode="after")
    def _across(self) -> Self:
        _check_unique([g.group for g in self.caucus_members or ()])
        _check_unique([g.group for g in self.department_members or ()])
        return self


# --------------------------------------------------------------------------- msgspec structs

MText = Annotated[str, msgspec.Meta(pattern=_NON_BLANK)]
MCode = Annotated[str, msgspec.Meta(pattern=_CODE_PY)]
MCount = Annotated[int, msgspec.Meta(ge=0)]


class MSubfieldShare(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.mcle.SubfieldShare` in msgspec."""

    subfield: MCode
    minutes: MCount


class MCredit(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.mcle.Credit` in msgspec."""

    credit_id: MText
    completed_on: date
    minutes: MCount
    delivery: DeliveryValue = "participatory"
    kind: KindValue = "attendance"
    subfields: list[MSubfieldShare] = msgspec.field(default_factory=list)
    activity: MText | None = None
    provider_approved: bool = True
    first_presentation: bool = True
    panelists: int | None = None
    units: Decimal | None = None
    new_attorney_training: bool = False
    title: MText | None = None

    def __post_init__(self) -> None:
        if self.completed_on < _EARLIEST_CREDIT:
            raise ValueError(f"{self.completed_on} is before {_EARLIEST_CREDIT}")
        codes = [share.subfield for share in self.subfields]
        _check_credit(self.minutes, self.kind, codes, sum(s.minutes for s in self.subfields), self.units)
        _check_panelists(self.kind, self.panelists)


class MStatusSpan(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.mcle.StatusSpan` in msgspec."""

    status: StatusValue
    start: date
    end: date | None = None
    exemption: ExemptionValue | None = None

    def __post_init__(self) -> None:
        _check_order(self.start, self.end)
        _check_span(self.status, self.exemption)


class MLicensee(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.mcle.Licensee` in msgspec."""

    licensee_id: MText
    admitted_on: date
    group: GroupValue | None = None
    statuses: list[MStatusSpan] = msgspec.field(default_factory=list)
    cycle_start: date | None = None

    def __post_init__(self) -> None:
        _check_spans(self.admitted_on, [(span.start, span.end) for span in self.statuses])


class MMCLERequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """:class:`~calcities_domain.commands.MCLERequest` in msgspec."""

    licensee: MLicensee
    credits: list[MCredit] = msgspec.field(default_factory=list)
    as_of: date


class MDateRange(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.kernel.DateRange` in msgspec."""

    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        _check_order(self.start, self.end)


class MOfficial(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.organization.Official` in msgspec."""

    person: MText
    city: MText
    office: OfficeValue
    elected: bool
    term_start: date
    term_end: date | None = None

    def __post_init__(self) -> None:
        _check_order(self.term_start, self.term_end)


class MRosterSeat(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.governance.RosterSeat` in msgspec."""

    seat_type: SeatTypeValue
    holder: MOfficial
    term: MDateRange
    body: MText | None = None


class MRoster(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.governance.Roster` in msgspec."""

    seats: list[MRosterSeat]


class MPopulation(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.organization.Population` in msgspec."""

    count: MCount
    as_of: date


class MCity(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.organization.City` in msgspec."""

    name: MText
    incorporated_on: date | None = None
    populations: list[MPopulation] = msgspec.field(default_factory=list)
    division: MText | None = None

    def __post_init__(self) -> None:
        _check_increasing([population.as_of for population in self.populations])


class MGroupMembers(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """:class:`~calcities_domain.commands.GroupMembers` in msgspec."""

    group: MCode
    people: list[str]


class MRosterRequest(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """:class:`~calcities_domain.commands.RosterRequest` in msgspec."""

    roster: MRoster
    on: date
    cities: list[MCity]
    member_cities: list[str]
    caucus_members: list[MGroupMembers] | None = None
    department_members: list[MGroupMembers] | None = None

    def __post_init__(self) -> None:
        _check_unique([g.group for g in self.caucus_members or ()])
        _check_unique([g.group for g in self.department_members or ()])


# --------------------------------------------------------------------------- serialization.credits

_SUBFIELDS = ("ethics", "bias", "bias.implicit", "competence", "competence.prevention", "technology", "civility")
_TITLES = (
    "Ethics for Public Lawyers",
    "The Brown Act in Practice",
    "Elimination of Bias in the Legal Profession",
    "Public Records Act Update",
    "Land Use and CEQA Litigation",
    "Technology and Client Confidentiality",
    "Municipal Finance for City Attorneys",
    "Civility in Public Meetings",
)
_UNITS = ("0.5", "1", "1.5", "2", "2.25", "3")
_CREDIT_IDS = tuple(f"c{n:02}" for n in range(25))


def _day(rng: random.Random, first: date, last: date) -> str:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal())).isoformat()


def _subfield_documents(rng: random.Random, minutes: int) -> list[Document]:
    """Up to three distinct subfields whose minutes fit in the activity's."""
    shares: list[Document] = []
    if rng.random() < 0.45:
        left = minutes
        for code in rng.sample(_SUBFIELDS, rng.randint(1, 3)):
            if left < 15:
                break
            part = 15 * rng.randint(1, left // 15)
            shares.append({"subfield": code, "minutes": part})
            left -= part
    return shares


def credit_document(rng: random.Random, credit_id: str, first: date, last: date) -> Document:
    """One credit claim completed between ``first`` and ``last``, as ``unstructure`` writes it.

    Most are attendance (some self-study), a tenth speaking (some on a panel, some
    repeats), a twentieth law-school teaching with its units.
    """
    minutes = 15 * rng.randint(1, 32)
    roll = rng.random()
    kind = "attendance" if roll < 0.85 else "speaking" if roll < 0.95 else "law_school_teaching"
    speaking = kind == "speaking"
    return {
        "credit_id": credit_id,
        "completed_on": _day(rng, first, last),
        "minutes": minutes,
        "delivery": "self_study" if kind == "attendance" and rng.random() < 0.3 else "participatory",
        "kind": kind,
        "subfields": _subfield_documents(rng, minutes),
        "activity": f"CA-{rng.randrange(1_000_000):06}" if rng.random() < 0.5 else None,
        "provider_approved": rng.random() < 0.97,
        "first_presentation": rng.random() < 0.7 if speaking else True,
        "panelists": rng.randint(2, 5) if speaking and rng.random() < 0.3 else None,
        "units": rng.choice(_UNITS) if kind == "law_school_teaching" else None,
        "new_attorney_training": rng.random() < 0.03,
        "title": rng.choice(_TITLES) if rng.random() < 0.4 else None,
    }


def credit_documents(count: int, seed: int) -> list[Document]:
    """``count`` credit claims from 2015 to 2026, from ``seed``."""
    rng = random.Random(seed)
    first, last = date(2015, 1, 1), date(2026, 12, 31)
    return [credit_document(rng, f"credit-{n:06}", first, last) for n in range(count)]


# --------------------------------------------------------------------------- serialization.licensees

_STATUSES = (("inactive", None), ("not_eligible", None), ("exempt", "law_professor"), ("exempt", "state_officer"))


def _status_documents(rng: random.Random, admitted: date, as_of: date) -> list[Document]:
    """No span for most licensees; one or two, in order and apart, for a fifth of them."""
    spans: list[Document] = []
    if rng.random() < 0.2:
        start = admitted + timedelta(days=rng.randint(30, max(30, (as_of - admitted).days // 2)))
        for _ in range(rng.randint(1, 2)):
            status, exemption = rng.choice(_STATUSES)
            end = None if rng.random() < 0.3 else start + timedelta(days=rng.randint(90, 1500))
            spans.append({"status": status, "start": start.isoformat(), "end": _iso(end), "exemption": exemption})
            if end is None:
                break
            start = end + timedelta(days=rng.randint(1, 400))
    return spans


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def licensee_document(rng: random.Random, index: int) -> Document:
    """A licensee with 10 to 25 credits in the three years before ``as_of``, as ``unstructure`` writes it."""
    as_of = date(2024, 1, 1) + timedelta(days=rng.randrange(1000))
    admitted = date(1975, 1, 1) + timedelta(days=rng.randrange(16_000))
    credits = [
        credit_document(rng, _CREDIT_IDS[n], as_of - timedelta(days=1100), as_of) for n in range(rng.randint(10, 25))
    ]
    return {
        "licensee": {
            "licensee_id": str(100_000 + index),
            "admitted_on": admitted.isoformat(),
            "group": rng.randint(1, 3),
            "statuses": _status_documents(rng, admitted, as_of),
            "cycle_start": None,
        },
        "credits": credits,
        "as_of": as_of.isoformat(),
    }


def licensee_documents(count: int, seed: int) -> list[Document]:
    """``count`` MCLE requests (a licensee with credits and a day), from ``seed``."""
    rng = random.Random(seed)
    return [licensee_document(rng, n) for n in range(count)]


# --------------------------------------------------------------------------- serialization.rosters

_CODES_ON = date(2024, 1, 1)
_CITY_WORDS = (
    "Alder", "Bay", "Cedar", "Cypress", "Del Mar", "El Cerrito", "Fair", "Glen", "Harbor", "Indian",
    "Laguna", "Live Oak", "Mesa", "Mission", "Oak", "Palm", "Pine", "Rancho", "Red", "San Benito",
    "Santa Rita", "Sierra", "Sun", "Valle", "Vista", "Willow",
)  # fmt: skip
_CITY_ENDINGS = (" Grove", " Hills", " Valley", " Beach", " Springs", "ville", " Park", " Heights", " City", "")
_FIRST_NAMES = (
    "Ana", "Ben", "Carmen", "David", "Elena", "Farid", "Grace", "Hector", "Iris", "James", "Keiko", "Luis",
    "Maya", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tran", "Uma", "Victor", "Wen", "Yusuf",
)  # fmt: skip
_LAST_NAMES = (
    "Garcia", "Nguyen", "Smith", "Kim", "Patel", "Lopez", "Chen", "Johnson", "Martinez", "Okafor",
    "Rivera", "Singh", "Tanaka", "Williams", "Hernandez", "Cohen", "Ali", "Brown", "Davis", "Flores",
)  # fmt: skip


def _roster_pools() -> dict[str, tuple[str, ...]]:
    """Names and the league's body codes, shared by every roster."""
    departments = tuple(body.code for body in DEPARTMENTS.as_of(_CODES_ON).bodies)
    return {
        "cities": tuple(word + ending for word in _CITY_WORDS for ending in _CITY_ENDINGS),
        "people": tuple(f"{first} {last}" for first in _FIRST_NAMES for last in _LAST_NAMES),
        "divisions": tuple(body.code for body in DIVISIONS.as_of(_CODES_ON).bodies),
        # The tenth department is not named in the sources: a placeholder, as in the tests.
        "departments": (*departments, "police_chiefs"),
        "caucuses": tuple(body.code for body in CAUCUSES.as_of(_CODES_ON).bodies),
    }


#: For each department, an office of its members (the police chiefs for the unnamed tenth).
_OFFICE_OF_DEPARTMENT = {"police_chiefs": Office.POLICE_CHIEF.value}
for _office, _code in DEPARTMENT_OF_OFFICE.value.items():
    _OFFICE_OF_DEPARTMENT.setdefault(_code, _office.value)
_COUNCIL = ("mayor", "council_member")


def _city_document(rng: random.Random, name: str, division: str, population: int, on: date) -> Document:
    years = range(on.year - rng.randint(1, 3), on.year)
    populations = [
        {"count": population - rng.randint(0, population // 50) * (on.year - year), "as_of": f"{year}-01-01"}
        for year in years
    ]
    founded = (
        f"{rng.randint(1850, 1990)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}" if rng.random() < 0.6 else None
    )
    return {"name": name, "incorporated_on": founded, "populations": populations, "division": division}


def _seat_document(
    rng: random.Random, seat_type: str, on: date, *, person: str, city: str, office: str, body: str | None
) -> Document:
    """A seat whose term began at the annual conference before ``on`` (one or two years ago)."""
    conference = date(on.year, 9, rng.randint(15, 30))
    year = conference.year - (1 if conference > on else 0) - (rng.randint(0, 1) if seat_type != "officer" else 0)
    start = date(year, 9, conference.day)
    years = 1 if seat_type == "officer" else 2
    elected_on = date(on.year - rng.randint(1, 4), 12, rng.randint(1, 15))
    holder = {
        "person": person,
        "city": city,
        "office": office,
        "elected": office in _COUNCIL,
        "term_start": elected_on.isoformat(),
        "term_end": None if rng.random() < 0.5 else date(elected_on.year + 4, 12, 1).isoformat(),
    }
    term = {"start": start.isoformat(), "end": (date(year + years, 9, conference.day) - timedelta(days=1)).isoformat()}
    return {"seat_type": seat_type, "holder": holder, "term": term, "body": body}


def _members_documents(rng: random.Random, directors: dict[str, str], people: Sequence[str]) -> list[Document] | None:
    """Each body's members: its director and a few others; or None (not given) for a third of requests."""
    if rng.random() < 0.33:
        return None
    return [
        {"group": code, "people": [director, *rng.sample(people, rng.randint(2, 6))]}
        for code, director in directors.items()
    ]


def roster_document(rng: random.Random, pools: Mapping[str, tuple[str, ...]]) -> Document:
    """A roster request: the 57 seats of the board on a day since 2022, and the 27 cities they name."""
    on = date(2022, 1, 1) + timedelta(days=rng.randrange(1800))
    names = rng.sample(pools["cities"], 27)
    large, towns, small = names[:10], names[10:26], names[26]
    divisions = pools["divisions"]
    cities = [_city_document(rng, c, rng.choice(divisions), 1_500_000 - 100_000 * n, on) for n, c in enumerate(large)]
    cities += [
        _city_document(rng, c, code, rng.randint(12_000, 200_000), on) for c, code in zip(towns, divisions, strict=True)
    ]
    cities.append(_city_document(rng, small, rng.choice(divisions), rng.randint(1_000, 9_500), on))
    people = iter(rng.sample(pools["people"], 57))
    seats: list[Document] = []

    def seat(seat_type: str, city: str, office: str, body: str | None = None) -> str:
        person = next(people)
        seats.append(_seat_document(rng, seat_type, on, person=person, city=city, office=office, body=body))
        return person

    for _ in range(4):
        seat("officer", rng.choice(towns), rng.choice(_COUNCIL))
    seat("at_large", small, rng.choice(_COUNCIL))
    for _ in range(11):
        seat("at_large", rng.choice(names), rng.choice(_COUNCIL))
    for town, code in zip(towns, divisions, strict=True):
        seat("division", town, rng.choice(_COUNCIL), code)
    departments = {
        code: seat("department", rng.choice(names), _OFFICE_OF_DEPARTMENT[code], code) for code in pools["departments"]
    }
    caucuses = {code: seat("caucus", rng.choice(names), rng.choice(_COUNCIL), code) for code in pools["caucuses"]}
    for city in large:
        seat("large_city", city, "mayor", city)
    return {
        "roster": {"seats": seats},
        "on": on.isoformat(),
        "cities": cities,
        "member_cities": names,
        "caucus_members": _members_documents(rng, caucuses, pools["people"]),
        "department_members": _members_documents(rng, departments, pools["people"]),
    }


def roster_documents(count: int, seed: int) -> list[Document]:
    """``count`` roster requests, from ``seed``."""
    rng = random.Random(seed)
    pools = _roster_pools()
    return [roster_document(rng, pools) for _ in range(count)]


# --------------------------------------------------------------------------- contenders and agreement


def _library(documents: Sequence[Document], model: type[Any]) -> Callable[[], list[Any]]:
    structure, unstructure = serialization.structure, serialization.unstructure

    def run() -> list[Any]:
        return [unstructure(structure(document, model)) for document in documents]

    return run


def _pydantic(documents: Sequence[Document], model: type[pydantic.BaseModel]) -> Callable[[], list[Any]]:
    def run() -> list[Any]:
        return [model.model_validate(document).model_dump(mode="json") for document in documents]

    return run


def _msgspec(documents: Sequence[Document], model: type[msgspec.Struct]) -> Callable[[], list[Any]]:
    convert, to_builtins = msgspec.convert, msgspec.to_builtins

    def run() -> list[Any]:
        return [to_builtins(convert(document, type=model, strict=True)) for document in documents]

    return run


def _agree(documents: Sequence[Document]) -> Callable[[Mapping[str, object]], str]:
    def agree(answers: Mapping[str, object]) -> str:
        for name, answer in answers.items():
            if answer == documents:
                continue
            assert isinstance(answer, list)  # every contender returns a list
            if len(answer) != len(documents):
                raise Disagreement(f"{name} returned {len(answer):,} documents for {len(documents):,}")
            index = next(i for i, (out, doc) in enumerate(zip(answer, documents, strict=True)) if out != doc)
            raise Disagreement(
                f"{name} does not round-trip document {index}: {answer[index]!r} != {documents[index]!r}"
            )
        return f"all {len(answers)} round-trip the {len(documents):,} documents identically"

    return agree


def _workload(
    name: str,
    description: str,
    documents: list[Document],
    models: tuple[type[Any], type[pydantic.BaseModel], type[msgspec.Struct]],
) -> Workload:
    library, with_pydantic, with_msgspec = models
    return Workload(
        name=name,
        description=description,
        items=len(documents),
        unit="documents",
        library=Contender(LIBRARY, _library(documents, library)),
        baselines=(
            Contender(PYDANTIC, _pydantic(documents, with_pydantic)),
            Contender(MSGSPEC, _msgspec(documents, with_msgspec)),
        ),
        targets=_TARGETS,
        agree=_agree(documents),
        repeat=3,
    )


def workloads(scale: float, seed: int) -> list[Workload]:
    """The serialization workloads at ``scale`` of their full sizes.

    Args:
        scale: The share of the full size (100,000 credits, 10,000 licensees, 10,000 rosters).
        seed: The seed of the documents.

    Returns:
        Structure + unstructure of credit claims, of MCLE requests and of roster requests.
    """
    return [
        _workload(
            "serialization.credits",
            "structure each credit claim strictly, then unstructure it",
            credit_documents(sized(CREDITS, scale), seed),
            (mcle.Credit, PCredit, MCredit),
        ),
        _workload(
            "serialization.licensees",
            "structure each licensee with 10-25 credits (an MCLE request), then unstructure it",
            licensee_documents(sized(LICENSEES, scale), seed),
            (commands.MCLERequest, PMCLERequest, MMCLERequest),
        ),
        _workload(
            "serialization.rosters",
            "structure each 57-seat board roster with its 27 cities (a roster request), then unstructure it",
            roster_documents(sized(ROSTERS, scale), seed),
            (commands.RosterRequest, PRosterRequest, MRosterRequest),
        ),
    ]
