"""Governance: 10,000 board rosters checked against the bylaws, and 100,000 votes decided.

Rosters start from a valid 57-seat slate for 10 October 2025 (the board of the guide in
``docs/governance.md``, every rule met) and take zero to three random mutations:
vacancies, a 13th at-large director, seats of the wrong type (an officer more, a seat the
board no longer has, a body seat naming no body), holders from a non-member city or out
of office, one person in two seats, terms that do not cover the day or run past their
months (by a day, at the month's end, open-ended), directors from another division, a
division with two directors, a non-voting advisor beside the 57 (allowed). About one
roster in seven also has a problem of a rule the plain loop does not check (large-city
seats, caucus and department membership, the small-city seat).

Votes are tallies under each rule of the bylaws (a majority of the votes cast, two-thirds
of those voting, two-thirds of those present) and a majority of the members, a quarter of
them with a quorum; a third of the tallies sit exactly on the threshold or one vote from
it, and some have no votes cast or no one present.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from typing import cast

import attrs

from benchmarks.harness import Contender, Disagreement, Workload, sized
from calcities_domain import governance, organization
from calcities_domain.governance import (
    DEPARTMENT_OF_OFFICE,
    MAJORITY_OF_MEMBERS,
    TERM_MONTHS,
    TERM_SLACK_DAYS,
    Base,
    Quorum,
    Roster,
    RosterSeat,
    SeatType,
    Threshold,
    VoteRule,
    VoteTally,
)
from calcities_domain.kernel import Confidence, DateRange, Source, last_day_of_month
from calcities_domain.organization import City, Office, Official, Population

__all__ = ["workloads"]

LIBRARY = "calcities_domain"
BASELINE = "plain loop"

#: The issue's full sizes.
ROSTERS = 10_000
VOTES = 100_000

ON = date(2025, 10, 10)
T = SeatType

# --- Rosters ---------------------------------------------------------------------------------------

_COUNTED = date(2025, 1, 1)


def _city(name: str, division: str, population: int) -> City:
    return City(name, division=division, populations=(Population(population, _COUNTED),))


_DIVISIONS = tuple(body.code for body in organization.DIVISIONS.as_of(ON).bodies)
_CAUCUSES = tuple(body.code for body in organization.CAUCUSES.as_of(ON).bodies)
_TENTH = "police_chiefs"  # the tenth department is not named in the sources: a placeholder, as in the guide
_OFFICE_OF = {department: office for office, department in DEPARTMENT_OF_OFFICE.value.items()}
_OFFICE_OF[_TENTH] = Office.POLICE_CHIEF
_DEPARTMENTS = (*(body.code for body in organization.DEPARTMENTS.as_of(ON).bodies), _TENTH)
_TOWNS = tuple(_city(f"{code.replace('_', ' ').title()} City", code, 40_000) for code in _DIVISIONS)
_METROS = tuple(_city(f"Metro {n}", _DIVISIONS[n], 900_000 - 50_000 * n) for n in range(1, 11))
_SMALL = _city("Pine Hollow", "desert_mountain", 6_300)
_MIDTOWN = _city("Midtown", "orange_county", 300_000)  # a member, the eleventh largest
_LAPSED = _city("Cedar Flats", "sacramento_valley", 28_000)  # not a member
_OUTSIDER = _city("Outsider", "los_angeles_county", 5_000_000)  # the largest city, not a member
CITIES = (*_TOWNS, *_METROS, _SMALL, _MIDTOWN, _LAPSED, _OUTSIDER)
MEMBERS = frozenset(c.name for c in CITIES) - {_LAPSED.name, _OUTSIDER.name}


def _term(start: date, years: int) -> DateRange:
    return DateRange(start, date(start.year + years, start.month, start.day) - timedelta(days=1))


def _seat(
    kind: SeatType, person: str, city: str, body: str | None = None, office: Office = Office.COUNCIL_MEMBER
) -> RosterSeat:
    holder = Official(person, city, office, office.is_council_seat, date(2022, 12, 13))
    return RosterSeat(kind, holder, _term(ON, 1 if kind is T.OFFICER else 2), body=body)


def _slate() -> tuple[RosterSeat, ...]:
    """A valid 57-seat roster on ``ON``."""
    towns = [c.name for c in _TOWNS]
    return (
        *(_seat(T.OFFICER, f"Officer {n}", towns[n]) for n in range(1, 5)),
        _seat(T.AT_LARGE, "Lena Ortiz", _SMALL.name, office=Office.MAYOR),
        *(_seat(T.AT_LARGE, f"At-large director {n}", towns[n]) for n in range(11)),
        *(_seat(T.DIVISION, f"Director for {code}", towns[n], code) for n, code in enumerate(_DIVISIONS)),
        *(
            _seat(T.DEPARTMENT, f"Director for {code}", towns[n], code, _OFFICE_OF[code])
            for n, code in enumerate(_DEPARTMENTS)
        ),
        *(_seat(T.CAUCUS, f"Director for {code}", towns[n], code) for n, code in enumerate(_CAUCUSES)),
        *(_seat(T.LARGE_CITY, f"Mayor of {m.name}", m.name, m.name, Office.MAYOR) for m in _METROS),
    )


SLATE = _slate()
CAUCUS_MEMBERS = {str(s.body): frozenset({s.holder.person}) for s in SLATE if s.seat_type is T.CAUCUS}
DEPARTMENT_MEMBERS = {str(s.body): frozenset({s.holder.person}) for s in SLATE if s.seat_type is T.DEPARTMENT}

_TERM_STARTS = (ON, date(2025, 8, 31), date(2024, 12, 31), date(2024, 10, 31), date(2024, 2, 29), date(2025, 1, 31))
_RETYPES = (T.OFFICER, T.AT_LARGE, T.NLC_DIRECTOR, T.DIVISION, T.DEPARTMENT, T.CAUCUS)
_BODY_SEATS = (T.DIVISION, T.DEPARTMENT, T.CAUCUS, T.LARGE_CITY)


def _protected(seat: RosterSeat) -> bool:
    """The seats a mutation the loop checks leaves alone: large-city seats and the small-city seat."""
    return seat.seat_type is T.LARGE_CITY or seat.holder.city == _SMALL.name


def _clamped(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, last_day_of_month(year, month + 1).day))


def _mutate(rng: random.Random, seats: list[RosterSeat], serial: int) -> str:  # noqa: PLR0911 - one branch per mutation
    """Apply one mutation of a rule the plain loop checks; name it."""
    free = [i for i, s in enumerate(seats) if not _protected(s)]
    which = rng.randrange(11)
    newcomer = f"Newcomer {serial}"
    if which == 0:
        del seats[rng.choice(free)]
        return "vacancy"
    if which == 1:
        seats.append(_seat(T.AT_LARGE, newcomer, rng.choice(_TOWNS).name))
        return "13th at-large"
    if which == 2:
        index = rng.choice(free)
        kind = rng.choice([t for t in _RETYPES if t is not seats[index].seat_type])
        body = None if kind in _BODY_SEATS else seats[index].body
        seats[index] = attrs.evolve(seats[index], seat_type=kind, body=body)
        return f"retyped {kind.value}"
    if which == 3:
        index = rng.choice(free)
        seats[index] = attrs.evolve(seats[index], holder=attrs.evolve(seats[index].holder, city=_LAPSED.name))
        return "non-member holder"
    if which == 4:
        index = rng.randrange(len(seats))
        holder = attrs.evolve(
            seats[index].holder, term_start=date(2018, 12, 11), term_end=ON - timedelta(days=rng.choice((1, 300)))
        )
        seats[index] = attrs.evolve(seats[index], holder=holder)
        return "out of office"
    if which == 5:
        renamed = [i for i in free if seats[i].seat_type in {T.OFFICER, T.AT_LARGE, T.DIVISION}]
        index = rng.choice(renamed)
        other = rng.choice([i for i in range(len(seats)) if i != index])
        holder = attrs.evolve(seats[index].holder, person=seats[other].holder.person)
        seats[index] = attrs.evolve(seats[index], holder=holder)
        return "two seats"
    if which == 6:
        index = rng.randrange(len(seats))
        start = rng.choice(_TERM_STARTS)
        months = 12 if seats[index].seat_type is T.OFFICER else 24
        end: date | None = _clamped(start, months) + timedelta(days=62 + rng.choice((-1, 0, 1, 30, 365)))
        if rng.random() < 0.1:
            end = None
        seats[index] = attrs.evolve(seats[index], term=DateRange(start, end))
        return "long term"
    if which == 7:
        index = rng.randrange(len(seats))
        seats[index] = attrs.evolve(seats[index], term=DateRange(ON - timedelta(days=730), ON - timedelta(days=1)))
        return "expired term"
    divisions = [i for i, s in enumerate(seats) if s.seat_type is T.DIVISION]
    if which == 8 and divisions:
        index = rng.choice(divisions)
        city = rng.choice([c for c in _TOWNS if c.division != seats[index].body])
        seats[index] = attrs.evolve(seats[index], holder=attrs.evolve(seats[index].holder, city=city.name))
        return "wrong division"
    if which == 9 and len(divisions) > 1:
        index, other = rng.sample(divisions, 2)
        seats[index] = attrs.evolve(seats[index], body=seats[other].body)
        return "division twice"
    seats.append(
        RosterSeat(
            T.NLC_ADVISOR,
            Official(newcomer, rng.choice(_TOWNS).name, Office.MAYOR, True, date(2022, 12, 13)),
            _term(ON, 1),
        )
    )
    return "NLC advisor (allowed)"


def _unchecked(rng: random.Random, seats: list[RosterSeat], serial: int) -> str:
    """Apply one mutation of a rule the plain loop does not check; name it."""
    which = rng.randrange(4)
    newcomer = f"Outsider {serial}"
    kinds = (T.LARGE_CITY, T.CAUCUS, T.AT_LARGE, T.DEPARTMENT)
    # A body seat that names no body is not checked further: it would hide the problem.
    candidates = [i for i, s in enumerate(seats) if s.seat_type is kinds[which] and s.body is not None]
    if which == 2:
        candidates = [i for i, s in enumerate(seats) if s.seat_type is T.AT_LARGE and s.holder.city == _SMALL.name]
    if not candidates:
        candidates = [i for i, s in enumerate(seats) if s.seat_type is T.LARGE_CITY]
        which = 0
    index = rng.choice(candidates)
    seat = seats[index]
    if which == 0:
        holder = attrs.evolve(seat.holder, person=newcomer, city=_MIDTOWN.name)
        seats[index] = attrs.evolve(seat, holder=holder, body=_MIDTOWN.name)
        return "large-city seat for the eleventh largest"
    if which == 2:
        seats[index] = attrs.evolve(seat, holder=attrs.evolve(seat.holder, person=newcomer, city=_TOWNS[0].name))
        return "no small-city director"
    seats[index] = attrs.evolve(seat, holder=attrs.evolve(seat.holder, person=newcomer))
    return "caucus outsider" if which == 1 else "department outsider"


@dataclasses.dataclass(frozen=True)
class _Case:
    """One roster, the mutations that made it, and whether the loop checks every one."""

    seats: tuple[RosterSeat, ...]
    mutations: tuple[str, ...]
    simple: bool


def _cases(rng: random.Random, count: int) -> list[_Case]:
    cases = []
    for number in range(count):
        seats = list(SLATE)
        mutations = [_mutate(rng, seats, number * 4 + k) for k in range(rng.choice((0, 1, 1, 1, 2, 2, 3)))]
        simple = rng.random() >= 0.15
        if not simple:
            mutations.append(_unchecked(rng, seats, number))
        if rng.random() < 0.5:
            rng.shuffle(seats)
        cases.append(_Case(tuple(seats), tuple(mutations), simple))
    return cases


RosterAnswer = tuple[bool, int]


def _library_rosters(cases: Sequence[_Case]) -> list[RosterAnswer]:
    """Each roster checked by the library: valid or not, and how many violations."""
    answers = []
    for case in cases:
        decision = governance.check_roster(
            Roster(case.seats),
            on=ON,
            cities=CITIES,
            member_cities=MEMBERS,
            caucus_members=CAUCUS_MEMBERS,
            department_members=DEPARTMENT_MEMBERS,
        )
        answers.append((decision.outcome, len(decision.failures)))
    return answers


def _plain_rosters(cases: Sequence[_Case]) -> list[RosterAnswer]:
    """The rules a short loop checks, counted by hand.

    Seat counts and types, holders, one seat each, bodies named, divisions, one director
    per body, terms; not the large-city, small-city, caucus or department rules.
    """
    board = governance.board_as_of(ON)
    required = {s.seat_type: s.count for s in board.seats if s.voting and s.count is not None}
    on_board = {s.seat_type for s in board.seats if s.count != 0}
    limits = {kind: cited.value for kind, cited in TERM_MONTHS.items()}
    slack = timedelta(days=TERM_SLACK_DAYS.value)
    division_of = {c.name: c.division for c in CITIES}
    members = MEMBERS
    body_seats = {T.DIVISION, T.DEPARTMENT, T.CAUCUS, T.LARGE_CITY}
    one_per_body = {T.DIVISION, T.DEPARTMENT, T.CAUCUS}
    answers = []
    for case in cases:
        violations = 0
        held: dict[SeatType, int] = {}
        people: set[str] = set()
        bodies: set[tuple[SeatType, str]] = set()
        for seat in case.seats:
            kind, holder, term = seat.seat_type, seat.holder, seat.term
            held[kind] = held.get(kind, 0) + 1
            if kind not in on_board:
                violations += 1
            if (
                holder.city not in members
                or holder.term_start > ON
                or (holder.term_end is not None and holder.term_end < ON)
            ):
                violations += 1
            if holder.person in people:
                violations += 1
            people.add(holder.person)
            if kind in body_seats and seat.body is None:
                violations += 1  # a body seat that names no body is not checked further
            elif kind is T.DIVISION:
                violations += division_of.get(holder.city) != seat.body
            if kind in one_per_body and seat.body is not None:
                if (kind, seat.body) in bodies:
                    violations += 1
                bodies.add((kind, seat.body))
            if term.start > ON or (term.end is not None and term.end < ON):
                violations += 1
            months = limits.get(kind)
            if months is not None and (term.end is None or term.end > _clamped(term.start, months) + slack):
                violations += 1
        violations += sum(1 for kind, count in required.items() if held.get(kind, 0) != count)
        answers.append((violations == 0, violations))
    return answers


def _roster_agreement(cases: Sequence[_Case]) -> Callable[[Mapping[str, object]], str]:
    """Exact agreement on the rosters whose problems the loop checks; on the others the library must fail."""

    def agree(answers: Mapping[str, object]) -> str:
        mine = cast("list[RosterAnswer]", answers[LIBRARY])
        theirs = cast("list[RosterAnswer]", answers[BASELINE])
        if len(mine) != len(cases) or len(theirs) != len(cases):
            raise Disagreement(f"{len(mine)} library and {len(theirs)} plain-loop answers for {len(cases)} rosters")
        for number, (case, one, other) in enumerate(zip(cases, mine, theirs, strict=True)):
            what = ", ".join(case.mutations) or "the valid slate"
            if case.simple and one != other:
                raise Disagreement(
                    f"roster {number} ({what}): {LIBRARY} {one} != {BASELINE} {other} (valid, violations)"
                )
            if not case.simple and (one[0] or one[1] <= other[1]):
                raise Disagreement(
                    f"roster {number} ({what}): {LIBRARY} {one} should fail with more violations than the "
                    f"{other[1]} the plain loop checks"
                )
        simple = [one for case, one in zip(cases, mine, strict=True) if case.simple]
        valid = sum(1 for ok, _ in simple if ok)
        return (
            f"pass/fail and violation count agree for the {len(simple):,} rosters whose problems the loop checks "
            f"({valid:,} valid); the other {len(cases) - len(simple):,} fail in the library with more violations "
            "than the loop counts"
        )

    return agree


# --- Votes -------------------------------------------------------------------------------------------

_OURS = Source("calcities_domain benchmarks: a quorum relied on", Confidence.ASSUMED)
_QUORUMS = (Quorum(29, _OURS), Quorum(120, _OURS), Quorum(10, _OURS))
#: The rules voted under: the bylaws' rules, and a majority of the members (None).
_RULES: tuple[VoteRule | None, ...] = (*VoteRule, None)


@dataclasses.dataclass(frozen=True)
class _Vote:
    """A vote: the rule, the counts, and the quorum relied on (an index into the quorums, or None)."""

    rule: VoteRule | None
    yes: int
    no: int
    abstain: int
    present: int | None
    eligible: int | None
    quorum: int | None


def _threshold(rule: VoteRule | None) -> Threshold:
    return MAJORITY_OF_MEMBERS if rule is None else governance.threshold_for(rule).value


def _vote(rng: random.Random) -> _Vote:
    """A random tally; a third sit on the threshold or one vote from it."""
    rule = rng.choice(_RULES)
    threshold = _threshold(rule)
    eligible = rng.choice((57, 57, 57, 476, rng.randint(1, 600)))
    present = rng.randint(0, eligible)
    shape = rng.random()
    if shape < 0.05:
        yes = no = abstain = 0  # no votes cast
    elif shape < 0.4:
        # On the threshold, or one vote either side of it.
        num, den = threshold.numerator, threshold.denominator
        if threshold.base is Base.VOTES_CAST:
            no = rng.randint(0, max(0, present // 3))
            yes = no * num // (den - num)  # yes / (yes + no) = num / den
            yes = max(0, yes + rng.choice((-1, 0, 0, 1)))
            abstain = rng.randint(0, max(0, present - yes - no)) if present >= yes + no else 0
            present = max(present, yes + no + abstain)
        else:
            base = present if threshold.base is Base.PRESENT else eligible
            yes = max(0, min(base, base * num // den + rng.choice((-1, 0, 0, 1))))
            present = max(present, yes)
            no = rng.randint(0, present - yes)
            abstain = rng.randint(0, present - yes - no)
        eligible = max(eligible, present)
    else:
        yes = rng.randint(0, present)
        no = rng.randint(0, present - yes)
        abstain = rng.randint(0, present - yes - no)
    quorum = rng.randrange(len(_QUORUMS)) if rng.random() < 0.25 else None
    needs_present = quorum is not None or threshold.base is Base.PRESENT
    known_present = present if needs_present or rng.random() < 0.7 else None
    known_eligible = eligible if threshold.base is Base.ELIGIBLE or rng.random() < 0.5 else None
    return _Vote(rule, yes, no, abstain, known_present, known_eligible, quorum)


def _library_votes(votes: Sequence[_Vote]) -> list[bool]:
    """Each vote decided by the library, from its counts."""
    answers = []
    for vote in votes:
        tally = VoteTally(yes=vote.yes, no=vote.no, abstain=vote.abstain, present=vote.present, eligible=vote.eligible)
        quorum = None if vote.quorum is None else _QUORUMS[vote.quorum]
        if vote.rule is None:
            decision = governance.decide(tally, MAJORITY_OF_MEMBERS, quorum=quorum)
        else:
            decision = governance.decide_under(vote.rule, tally, quorum=quorum)
        answers.append(decision.outcome)
    return answers


def _plain_votes(votes: Sequence[_Vote]) -> list[bool]:
    """The same by integer cross-multiplication, the thresholds read once."""
    rules: dict[VoteRule | None, tuple[int, int, Base, bool]] = {}
    for rule in _RULES:
        threshold = _threshold(rule)
        rules[rule] = (threshold.numerator, threshold.denominator, threshold.base, threshold.strict)
    quorums = [q.members for q in _QUORUMS]
    cast_, present_ = Base.VOTES_CAST, Base.PRESENT
    answers = []
    for vote in votes:
        num, den, base_kind, strict = rules[vote.rule]
        base = (
            vote.yes + vote.no if base_kind is cast_ else vote.present if base_kind is present_ else vote.eligible
        ) or 0
        if (vote.quorum is not None and (vote.present or 0) < quorums[vote.quorum]) or base == 0:
            answers.append(False)  # no quorum, or nothing to count
        else:
            answers.append(vote.yes * den > base * num if strict else vote.yes * den >= base * num)
    return answers


def _vote_agreement(votes: Sequence[_Vote]) -> Callable[[Mapping[str, object]], str]:
    """Exact agreement, vote by vote."""

    def agree(answers: Mapping[str, object]) -> str:
        mine = cast("list[bool]", answers[LIBRARY])
        theirs = cast("list[bool]", answers[BASELINE])
        if len(mine) != len(votes) or len(theirs) != len(votes):
            raise Disagreement(f"{len(mine)} library and {len(theirs)} plain-loop answers for {len(votes)} votes")
        for number, (vote, one, other) in enumerate(zip(votes, mine, theirs, strict=True)):
            if one != other:
                raise Disagreement(f"vote {number} ({vote}): {LIBRARY} {one} != {BASELINE} {other}")
        ties = sum(1 for vote in votes if _on_threshold(vote))
        return (
            f"pass/fail agrees for all {len(votes):,} votes ({sum(mine):,} passed; {ties:,} exactly on their threshold)"
        )

    return agree


def _on_threshold(vote: _Vote) -> bool:
    threshold = _threshold(vote.rule)
    base = threshold.base_of(
        VoteTally(yes=vote.yes, no=vote.no, abstain=vote.abstain, present=vote.present, eligible=vote.eligible)
    )
    return bool(base) and vote.yes * threshold.denominator == (base or 0) * threshold.numerator


def workloads(scale: float, seed: int) -> list[Workload]:
    """The governance workloads at ``scale`` of the issue's size, on data seeded by ``seed``.

    Args:
        scale: The share of the full size (1.0: 10,000 rosters and 100,000 votes).
        seed: The seed of the data.

    Returns:
        ``governance.rosters``: each roster checked seat by seat (valid or not, and the
        number of violations); ``governance.votes``: each vote passed or not.
    """
    rng = random.Random(seed)
    cases = _cases(rng, sized(ROSTERS, scale))
    votes = [_vote(rng) for _ in range(sized(VOTES, scale))]
    return [
        Workload(
            name="governance.rosters",
            description=(
                "57-seat board rosters with random mutations, checked against the bylaws "
                "(the loop checks counts, holders, bodies and terms, not the large-city, small-city "
                "or membership rules)"
            ),
            items=len(cases),
            unit="rosters",
            library=Contender(LIBRARY, lambda: _library_rosters(cases)),
            baselines=(Contender(BASELINE, lambda: _plain_rosters(cases)),),
            agree=_roster_agreement(cases),
            repeat=3,
        ),
        Workload(
            name="governance.votes",
            description="votes under the bylaws' thresholds and a majority of members, ties at the threshold, quorums",
            items=len(votes),
            unit="votes",
            library=Contender(LIBRARY, lambda: _library_votes(votes)),
            baselines=(Contender(BASELINE, lambda: _plain_votes(votes)),),
            agree=_vote_agreement(votes),
            repeat=3,
        ),
    ]
