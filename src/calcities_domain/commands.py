"""The command line's questions, as pure functions: a JSON document in, an explained answer out.

Each domain command of ``python -m calcities_domain`` reads one JSON document, builds a
request model from it here (strictly, as :func:`calcities_domain.serialization.structure`
does: every problem at once, with its JSON path), answers it with the library's rules,
and returns an :class:`Answer`: whether the rule outcome passed, the explanation, and the
full result as JSON-like data. This module does no I/O; ``__main__`` reads and writes.

Every problem a command reports has a JSON path into the document, whether the request
model refused the document or a rule refused the request: a rule names a problem by its
own arguments (``licensee.group``, ``day``), and the command places it at the document's
field that argument came from (``$.licensee.group``, ``$.as_of``). A problem inside a value
the document left out, that a default stood for (the registration policy), is placed at
that field and says so. A problem's message is at most 500 characters: a value it repeats
at length (a 50 MB text, a number of thousands of digits) is shortened.

The same functions serve an application that receives the same documents (from a web
form or another system):

>>> from calcities_domain import commands
>>> answer = commands.run("vote", {"rule": "bylaw_amendment", "tally": {"yes": 300, "no": 150}})
>>> answer.passed
True
>>> print(answer.explanation.splitlines()[1])
Answer: yes

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from typing import Any, Generic, TypeVar, cast

import attrs

from calcities_domain import events as _events
from calcities_domain import governance as _governance
from calcities_domain import mcle as _mcle
from calcities_domain import recognition as _recognition
from calcities_domain.catalog import RuleValue, rule_values
from calcities_domain.kernel import Decision, InputError, Money, Problem, RuleDefinitionError
from calcities_domain.kernel._checks import aware, checked, instance, optional, plain_date, text, tuple_of, validate
from calcities_domain.kernel._checks import code as identifier
from calcities_domain.kernel._words import SHOWN, count, number, shown
from calcities_domain.mcle.rules import MAX_MINUTES, MAX_UNITS
from calcities_domain.membership import MembershipRoll
from calcities_domain.organization import City, Official
from calcities_domain.serialization import from_json, structure, unstructure

__all__ = [
    "COMMANDS",
    "MAX_MESSAGE",
    "OPEN_STATES",
    "Answer",
    "Command",
    "EventsRequest",
    "EventsResult",
    "GroupMembers",
    "MCLERequest",
    "PaidRegistration",
    "RosterRequest",
    "TallyRequest",
    "VoteRequest",
    "answer_event",
    "command",
    "decide_vote",
    "evaluate_mcle",
    "rules",
    "run",
    "tally_program",
    "validate_roster",
]

R = TypeVar("R")

#: The registration states in which pre-registration is open (``events --check``); on-site
#: registration and the wait list, after the close, depend on space and are not counted.
OPEN_STATES = frozenset({_events.RegistrationState.EARLY_BIRD, _events.RegistrationState.REGULAR})

#: The longest message of a problem a command reports.
MAX_MESSAGE = 500

# --------------------------------------------------------------------------- placing problems

# A path's first name, and the rest (".group", "[3].minutes").
_ROOT = re.compile(r"(?P<root>[^.\[]*)(?P<rest>.*)", re.DOTALL)
# The steps of a path: a name, or an index in brackets.
_STEP = re.compile(r"\.?(?P<name>[^.\[]+)|\[(?P<index>\d+)\]")


def _with_problems(error: InputError, problems: list[Problem]) -> InputError:
    """An error of the same kind as ``error`` (a rule definition's stays one), naming ``problems``."""
    if isinstance(error, RuleDefinitionError):
        return RuleDefinitionError(problems, error.subject)
    return InputError(problems)


def _steps(path: str) -> list[str | int] | None:
    """The steps of a relative path (``credits[0].minutes``), or None if it is not one."""
    steps: list[str | int] = []
    at = 0
    while at < len(path):
        found = _STEP.match(path, at)
        if found is None:
            return None
        steps.append(found["name"] if found["name"] is not None else int(found["index"]))
        at = found.end()
    return steps


def _default_at(request: object, path: str) -> tuple[str, str] | None:
    """Where ``path`` first passes through a field of ``request`` left empty (None), and the rest.

    A rule that looked inside such a field looked inside the default that stood for it
    (the default registration policy): the problem is placed at the empty field.
    """
    steps = _steps(path)
    if steps is None:
        return None
    value: object = request
    for index, step in enumerate(steps[:-1]):
        try:
            value = getattr(value, step) if isinstance(step, str) else cast("Any", value)[step]
        except (AttributeError, IndexError, KeyError, TypeError):
            return None  # not a field the request has: kept as it is
        if value is None:
            cut = len(path) - len("".join(_written(s) for s in steps[index + 1 :]))
            return path[:cut], path[cut:].lstrip(".")
    return None


def _written(step: str | int) -> str:
    return f".{step}" if isinstance(step, str) else f"[{step}]"


def _place(problem: Problem, places: Mapping[str, str], request: object) -> Problem:
    """A rule's problem, placed at the request's field its argument came from."""
    path = problem.path[1:].lstrip(".") if problem.path.startswith("$") else problem.path
    parts = _ROOT.fullmatch(path)
    root, rest = (parts["root"], parts["rest"]) if parts is not None else (path, "")
    if root not in places:  # an argument no field of the request gave: at the request, named
        return Problem("", f"{problem.path}: {problem.message}" if problem.path not in ("", "$") else problem.message)
    placed = f"{places[root]}{rest}".lstrip(".")
    default = _default_at(request, placed)
    if default is None:
        return Problem(placed, problem.message)
    field, inside = default
    return Problem(field, f"none is given, so a default applies, and its {inside}: {problem.message}")


@contextlib.contextmanager
def _placing(request: object, /, **places: str) -> Iterator[None]:
    """Place the problems a rule raises inside at the fields of ``request``.

    A rule names a problem by its own argument (``day``, ``licensee.group``); ``places``
    maps each argument's name to the request's field given for it (``day="as_of"``). A
    problem of an argument not named is placed at the request itself, its own path kept
    in the message.
    """
    try:
        yield
    except InputError as error:
        raise _with_problems(error, [_place(p, places, request) for p in error.problems]) from None


# Runs of a message that repeat a value: quoted text, or a long run of digits.
_QUOTED = re.compile(rf"'(?:[^'\\\n]|\\.){{{SHOWN},}}'|\"(?:[^\"\\\n]|\\.){{{SHOWN},}}\"")
_DIGITS = re.compile(rf"\d{{{SHOWN + 1},}}")


def _short(message: str) -> str:
    """``message``, at most :data:`MAX_MESSAGE` characters: values repeated at length are shortened.

    Each rule shows a bad value short; this is the boundary's guarantee for any message
    that still repeats one in full (a 50 MB text, thousands of digits).
    """
    if len(message) <= MAX_MESSAGE:
        return message
    shorter = _DIGITS.sub(lambda m: f"{m[0][:20]}... ({count(len(m[0]), 'digit')})", message)
    shorter = _QUOTED.sub(lambda m: m[0][: SHOWN - 4] + "..." + m[0][0], shorter)
    return shorter if len(shorter) <= MAX_MESSAGE else shorter[: MAX_MESSAGE - 3] + "..."


def _in_document(error: InputError) -> InputError:
    """The problems of a command, each at a JSON path under ``$``, with a message of bounded length."""
    return _with_problems(error, [Problem(p.under("$").path, _short(p.message)) for p in error.problems])


@attrs.frozen
class Answer(Generic[R]):
    """What a command answers.

    Attributes:
        command: The command's name (``"mcle"``, ``"vote"``...).
        passed: The rule outcome the command checks (``--check`` exits 1 when it is
            False): compliant, the motion passed, the roster valid, the level reached,
            registration open. None when the request asked nothing that passes or fails.
        explanation: The answer in words, with its reasons, sources and assumptions.
        result: The full result, a library model (a report, a decision, a tally).
    """

    command: str = attrs.field(metadata=checked(identifier))
    passed: bool | None = attrs.field(metadata=checked(optional(instance(bool))))
    explanation: str = attrs.field(metadata=checked(text))
    result: R

    def __attrs_post_init__(self) -> None:
        validate(self)

    def to_document(self) -> dict[str, Any]:
        """The answer as JSON-like data: command, passed, explanation, then the result."""
        return {
            "command": self.command,
            "passed": self.passed,
            "explanation": self.explanation,
            "result": unstructure(self.result),
        }

    def to_json(self) -> str:
        """The answer as a JSON document (indented, keys in a fixed order, UTF-8 text)."""
        return json.dumps(self.to_document(), ensure_ascii=False, allow_nan=False, indent=2) + "\n"


# --------------------------------------------------------------------------- MCLE


@attrs.frozen(kw_only=True)
class MCLERequest:
    """An MCLE evaluation: a licensee, their credits, and a day of the period to evaluate.

    Attributes:
        licensee: The attorney (their compliance group, or the day the cycle started).
        credits: The credit records.
        as_of: A day of the compliance period to evaluate: the period containing it.
    """

    licensee: _mcle.Licensee = attrs.field(metadata=checked(instance(_mcle.Licensee)))
    credits: tuple[_mcle.Credit, ...] = attrs.field(default=(), metadata=checked(tuple_of(_mcle.Credit)))
    as_of: date = attrs.field(metadata=checked(plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        # The bounds hours_for() keeps, at each credit's path.
        problems = []
        for index, credit in enumerate(self.credits):
            if credit.minutes > MAX_MINUTES:
                message = f"must be at most {MAX_MINUTES:,} minutes, got {number(credit.minutes)}"
                problems.append(Problem(f"credits[{index}].minutes", message))
            if credit.units is not None and credit.units > MAX_UNITS:
                problems.append(
                    Problem(
                        f"credits[{index}].units", f"must be at most {MAX_UNITS:,} units, got {shown(credit.units)}"
                    )
                )
        return problems


def evaluate_mcle(request: MCLERequest) -> Answer[_mcle.ComplianceReport]:
    """Evaluate the licensee over the compliance period containing ``as_of``; passes when compliant.

    Raises:
        InputError: what the rules refuse, at the request's fields (``licensee.group``:
            the jurisdiction places licensees by group; ``as_of``: its period would end
            after the last date Python holds).
        RuleNotInForce: if no rule covers the period.
    """
    with _placing(request, who="licensee", licensee="licensee", day="as_of", containing="as_of", period="as_of"):
        period = _mcle.compliance_period(request.licensee, containing=request.as_of)
    with _placing(request, licensee="licensee", credits="credits", credit="credits", period="as_of"):
        report = _mcle.evaluate(request.licensee, request.credits, period)
    return Answer("mcle", report.compliant, report.explain(), report)


# --------------------------------------------------------------------------- events


@attrs.frozen(kw_only=True)
class PaidRegistration:
    """A registration as the registrant knows it; its cancellation deadline comes from the event.

    Attributes:
        registration_id: The registration's identifier.
        paid: What was paid.
        registered_at: When it was made (an aware instant).
    """

    registration_id: str = attrs.field(metadata=checked(text))
    paid: Money = attrs.field(metadata=checked(instance(Money)))
    registered_at: datetime = attrs.field(metadata=checked(aware))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen(kw_only=True)
class EventsRequest:
    """An event's deadlines, and optionally the state of registration at an instant and a refund.

    Attributes:
        event: The event.
        policy: Its registration policy (None: the default, closing seven days before).
        at: An instant: where registration stands then (``events --check`` passes when
            pre-registration is open at ``at``).
        registration: A registration to refund (needs ``cancellation`` and a policy with
            a cancellation deadline).
        cancellation: The cancellation request.
        cancellation_policy: The refund terms (None: Cal Cities' $75 processing charge).
    """

    event: _events.Event = attrs.field(metadata=checked(instance(_events.Event)))
    policy: _events.RegistrationPolicy | None = attrs.field(
        default=None, metadata=checked(optional(instance(_events.RegistrationPolicy)))
    )
    at: datetime | None = attrs.field(default=None, metadata=checked(optional(aware)))
    registration: PaidRegistration | None = attrs.field(
        default=None, metadata=checked(optional(instance(PaidRegistration)))
    )
    cancellation: _events.CancellationRequest | None = attrs.field(
        default=None, metadata=checked(optional(instance(_events.CancellationRequest)))
    )
    cancellation_policy: _events.CancellationPolicy | None = attrs.field(
        default=None, metadata=checked(optional(instance(_events.CancellationPolicy)))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems = []
        if (self.registration is None) != (self.cancellation is None):
            missing = "cancellation" if self.cancellation is None else "registration"
            problems.append(Problem(missing, "a refund needs both a registration and a cancellation request"))
        if self.registration is not None and (self.policy is None or self.policy.cancellation is None):
            problems.append(
                Problem(
                    "policy.cancellation",
                    "a refund needs the event's cancellation deadline (the sources give no default)",
                )
            )
        return problems


@attrs.frozen
class EventsResult:
    """The answers about one event.

    Attributes:
        deadlines: Every deadline of the policy, resolved to an instant.
        closes: When pre-registration closes, with how it was found.
        state: Where registration stands at the request's instant (None if none was given).
        refund: The refund owed (None if no cancellation was given).
    """

    deadlines: tuple[_events.Deadline, ...]
    closes: Decision[datetime]
    state: Decision[_events.RegistrationState] | None = None
    refund: Decision[Money] | None = None


def answer_event(request: EventsRequest) -> Answer[EventsResult]:
    """An event's deadlines, the state of registration at ``at``, and a refund; passes when open at ``at``.

    Raises:
        InputError: what the rules refuse, at the request's fields (``policy.close``: a
            deadline after the event's start; ``policy``: the default policy's deadline
            falls before the year 1).
        RuleNotInForce: for business days counted back before the holiday calendar.
    """
    event, policy = request.event, request.policy
    with _placing(request, event="event", policy="policy", at="at"):
        closes = _events.registration_deadline(event, policy)
        state = None if request.at is None else _events.registration_state(event, request.at, policy)
        every = _events.deadlines(event, policy)
    decisions: list[Decision[Any]] = [closes]
    refund = None
    if request.registration is not None and request.cancellation is not None:
        # The request has checked that the policy has a cancellation deadline.
        cancel_by = next(d for d in every if d.kind is _events.DeadlineKind.CANCELLATION)
        paid = request.registration
        with _placing(
            request,
            registration_id="registration.registration_id",
            paid="registration.paid",
            registered_at="registration.registered_at",
            cancel_by="policy.cancellation",
        ):
            registration = _events.Registration(paid.registration_id, paid.paid, paid.registered_at, cancel_by)
        terms = _events.CAL_CITIES_CANCELLATION if request.cancellation_policy is None else request.cancellation_policy
        with _placing(request, registration="registration", request="cancellation", policy="cancellation_policy"):
            refund = _events.refund_due(registration, request.cancellation, terms)
    decisions += [d for d in (state, refund) if d is not None]
    result = EventsResult(every, closes, state, refund)
    passed = None if state is None else state.outcome in OPEN_STATES
    return Answer("events", passed, "\n\n".join(d.explain() for d in decisions), result)


# --------------------------------------------------------------------------- governance


@attrs.frozen(kw_only=True)
class VoteRequest:
    """A vote to decide under the bylaws.

    Attributes:
        rule: Which of the bylaws' votes it is (its threshold follows).
        tally: The votes cast.
        quorum: The quorum, where the vote needs one.
    """

    rule: _governance.VoteRule = attrs.field(metadata=checked(instance(_governance.VoteRule)))
    tally: _governance.VoteTally = attrs.field(metadata=checked(instance(_governance.VoteTally)))
    quorum: _governance.Quorum | None = attrs.field(
        default=None, metadata=checked(optional(instance(_governance.Quorum)))
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


def decide_vote(request: VoteRequest) -> Answer[Decision[bool]]:
    """Whether the motion passed under the bylaws' threshold; passes when it did.

    Raises:
        InputError: at ``tally.present`` (or ``tally.eligible``), if the threshold or the
            quorum needs the number the tally lacks.
    """
    with _placing(request, rule="rule", threshold="rule", source="rule", tally="tally", quorum="quorum"):
        decision = _governance.decide_under(request.rule, request.tally, quorum=request.quorum)
    return Answer("vote", decision.outcome, decision.explain(), decision)


@attrs.frozen
class GroupMembers:
    """The people who belong to a caucus or a department.

    Attributes:
        group: The caucus's or department's code.
        people: The names of its members.
    """

    group: str = attrs.field(metadata=checked(identifier))
    people: tuple[str, ...] = attrs.field(metadata=checked(tuple_of(str)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _by_group(groups: tuple[GroupMembers, ...] | None) -> Mapping[str, frozenset[str]] | None:
    return None if groups is None else {g.group: frozenset(g.people) for g in groups}


def _unique_groups(name: str, groups: tuple[GroupMembers, ...] | None) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for index, group in enumerate(groups or ()):
        if group.group in seen:
            problems.append(Problem(f"{name}[{index}].group", f"{group.group!r} is listed twice"))
        seen.add(group.group)
    return problems


@attrs.frozen(kw_only=True)
class RosterRequest:
    """A board roster to validate on a day.

    Attributes:
        roster: The seats and who holds them.
        on: The day.
        cities: The cities, with divisions and populations.
        member_cities: The names of the member cities on that day.
        caucus_members: The members of each caucus (without it, caucus seats are reported
            as not checked).
        department_members: The members of each department (without it, by office).
    """

    roster: _governance.Roster = attrs.field(metadata=checked(instance(_governance.Roster)))
    on: date = attrs.field(metadata=checked(plain_date))
    cities: tuple[City, ...] = attrs.field(metadata=checked(tuple_of(City)))
    member_cities: tuple[str, ...] = attrs.field(metadata=checked(tuple_of(str)))
    caucus_members: tuple[GroupMembers, ...] | None = attrs.field(
        default=None, metadata=checked(optional(tuple_of(GroupMembers)))
    )
    department_members: tuple[GroupMembers, ...] | None = attrs.field(
        default=None, metadata=checked(optional(tuple_of(GroupMembers)))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        return _unique_groups("caucus_members", self.caucus_members) + _unique_groups(
            "department_members", self.department_members
        )


def validate_roster(request: RosterRequest) -> Answer[Decision[bool]]:
    """Every violation of the bylaws in the roster; passes when there is none.

    Raises:
        RuleNotInForce: if no board composition is known on the day.
    """
    with _placing(
        request,
        roster="roster",
        on="on",
        day="on",
        cities="cities",
        member_cities="member_cities",
        caucus_members="caucus_members",
        department_members="department_members",
    ):
        decision = _governance.check_roster(
            request.roster,
            on=request.on,
            cities=request.cities,
            member_cities=request.member_cities,
            caucus_members=_by_group(request.caucus_members),
            department_members=_by_group(request.department_members),
        )
    return Answer("roster", decision.outcome, decision.explain(), decision)


# --------------------------------------------------------------------------- recognition


@attrs.frozen(kw_only=True)
class TallyRequest:
    """A recognition tally: an official's activities in a program, as of a day.

    Attributes:
        official: The official.
        activities: What they did.
        as_of: The day of the tally.
        program: The code of a program the library knows (``cal_cities_torch`` by default;
            ``nlc_leadership``, ``tml_institute``), unless ``definition`` is given.
        definition: A program configured by an administrator (a full program document),
            used instead of ``program``.
        roll: The membership roll, to check the official's eligibility (without it, a
            level whose requirements are met is undetermined).
        level: A level's code: ``torch --check`` passes when that level is reached (by
            default, when any level is).
    """

    official: Official = attrs.field(metadata=checked(instance(Official)))
    activities: tuple[_recognition.Activity, ...] = attrs.field(
        default=(), metadata=checked(tuple_of(_recognition.Activity))
    )
    as_of: date = attrs.field(metadata=checked(plain_date))
    program: str | None = attrs.field(default=None, metadata=checked(optional(identifier)))
    definition: _recognition.Program | None = attrs.field(
        default=None, metadata=checked(optional(instance(_recognition.Program)))
    )
    roll: MembershipRoll | None = attrs.field(default=None, metadata=checked(optional(instance(MembershipRoll))))
    level: str | None = attrs.field(default=None, metadata=checked(optional(identifier)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems = []
        if self.program is not None and self.definition is not None:
            problems.append(Problem("definition", "give a program's code or its definition, not both"))
        elif self.program is not None and self.program not in {p.code for p in _recognition.programs()}:
            known = ", ".join(p.code for p in _recognition.programs())
            problems.append(Problem("program", f"unknown program {self.program!r} (known: {known})"))
        chosen = self.chosen()
        if self.level is not None and self.level not in {lv.code for lv in chosen.levels}:
            known = ", ".join(lv.code for lv in chosen.levels)
            problems.append(Problem("level", f"{chosen.code} has no level {self.level!r} (its levels: {known})"))
        return problems

    def chosen(self) -> _recognition.Program:
        """The program to tally in: the definition, the program named, or the Torch Program."""
        if self.definition is not None:
            return self.definition
        known = {p.code: p for p in _recognition.programs()}
        return known.get(self.program or "", _recognition.TORCH)


def tally_program(request: TallyRequest) -> Answer[_recognition.Tally]:
    """The tally; passes when the level asked for (by default, any level) is reached.

    Raises:
        InputError: what the program refuses of the activities (an unknown category), at
            the request's fields.
    """
    program = "definition" if request.definition is not None else "program"
    with _placing(
        request,
        official="official",
        activities="activities",
        program=program,
        as_of="as_of",
        roll="roll",
        level="level",
    ):
        tally = _recognition.tally(
            request.official, request.activities, request.chosen(), as_of=request.as_of, roll=request.roll
        )
        if request.level is None:
            passed = tally.highest is not None
        else:
            passed = tally.level(request.level).status is _recognition.LevelStatus.REACHED
    return Answer("torch", passed, tally.explain(), tally)


# --------------------------------------------------------------------------- the registry


@attrs.frozen
class Command:
    """A domain command: its name, what it answers, its request model and an example document.

    Attributes:
        name: The command's name on the command line.
        summary: What it answers, in one line.
        passes: What ``--check`` requires, in words.
        request: The request model its document is structured into.
        answer: The function answering a request.
        example: An example input document (JSON text), which the tests run.
    """

    name: str = attrs.field(metadata=checked(identifier))
    summary: str = attrs.field(metadata=checked(text))
    passes: str = attrs.field(metadata=checked(text))
    request: type[Any] = attrs.field(metadata=checked(instance(type)))
    answer: Callable[[Any], Answer[Any]]
    example: str = attrs.field(metadata=checked(text))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def run(self, document: object) -> Answer[Any]:
        """Structure ``document`` into the request model and answer it.

        Raises:
            InputError: listing every problem of the document, or what the rules refuse
                about the request, each at its JSON path (``$.licensee.group``).
            RuleNotInForce: if the request asks about a day no rule covers.
        """
        try:
            return self.answer(structure(document, self.request))
        except InputError as error:
            raise _in_document(error) from None

    def run_json(self, text: str | bytes) -> Answer[Any]:
        """Read the JSON document ``text`` strictly (as :func:`~calcities_domain.serialization.from_json`); answer it.

        Raises:
            InputError: for text that is not JSON, or listing every problem of the document,
                or what the rules refuse about the request, each at its JSON path.
            RuleNotInForce: if the request asks about a day no rule covers.
        """
        try:
            return self.answer(from_json(text, self.request))
        except InputError as error:
            raise _in_document(error) from None


_MCLE_EXAMPLE = """\
{
  "licensee": {"licensee_id": "201234", "admitted_on": "2010-12-07", "group": 1},
  "as_of": "2024-06-01",
  "credits": [
    {"credit_id": "ethics-2024", "completed_on": "2024-05-01", "minutes": 240,
     "subfields": [{"subfield": "ethics", "minutes": 240}]}
  ]
}
"""

_EVENTS_EXAMPLE = """\
{
  "event": {"name": "2024 MLI Symposium", "kind": "symposium", "start": "2024-02-16", "end": "2024-02-16"},
  "at": "2024-02-09T18:00:00-08:00"
}
"""

_VOTE_EXAMPLE = """\
{"rule": "bylaw_amendment", "tally": {"yes": 300, "no": 150}}
"""

_ROSTER_EXAMPLE = """\
{
  "on": "2024-01-01",
  "cities": [{"name": "Lakeport", "division": "central_valley"}],
  "member_cities": ["Lakeport"],
  "roster": {"seats": [
    {"seat_type": "officer", "body": "president",
     "holder": {"person": "Dana Kim", "city": "Lakeport", "office": "council_member", "elected": true,
                "term_start": "2022-12-13"},
     "term": {"start": "2023-09-22", "end": "2024-10-18"}}
  ]}
}
"""

_TORCH_EXAMPLE = """\
{
  "official": {"person": "Dana Kim", "city": "Lakeport", "office": "council_member", "elected": true,
               "term_start": "2022-12-13"},
  "as_of": "2025-09-01",
  "activities": [
    {"activity_id": "a1", "title": "New Mayors and Council Members Academy", "category": "league_academy",
     "on": "2023-01-20", "kind": "new_mayors_academy", "evidence": "certificate of completion"}
  ],
  "roll": {
    "cities": [{"name": "Lakeport", "division": "central_valley"}],
    "histories": [{"city": "Lakeport", "terms": [{"start": "1960-01-01"}]}]
  },
  "level": "leadership"
}
"""


#: Every domain command, by name, in the order the command line lists them.
COMMANDS: Mapping[str, Command] = {
    c.name: c
    for c in (
        Command(
            "mcle",
            "evaluate an attorney's MCLE credits over the compliance period containing as_of",
            "the attorney is compliant",
            MCLERequest,
            evaluate_mcle,
            _MCLE_EXAMPLE,
        ),
        Command(
            "events",
            "an event's deadlines, where registration stands at an instant, and a refund",
            "pre-registration is open at the request's instant 'at'",
            EventsRequest,
            answer_event,
            _EVENTS_EXAMPLE,
        ),
        Command(
            "vote",
            "whether a motion passed under the bylaws' threshold",
            "the motion passed",
            VoteRequest,
            decide_vote,
            _VOTE_EXAMPLE,
        ),
        Command(
            "roster",
            "every violation of the bylaws in a board roster, on a day",
            "the roster has no violation",
            RosterRequest,
            validate_roster,
            _ROSTER_EXAMPLE,
        ),
        Command(
            "torch",
            "an official's credit tally in the Torch Program (or a peer program)",
            "the level asked for ('level'; by default, any level) is reached",
            TallyRequest,
            tally_program,
            _TORCH_EXAMPLE,
        ),
    )
}


def command(name: str) -> Command:
    """The domain command called ``name``.

    Raises:
        InputError: naming the commands known, if ``name`` is not one of them.
    """
    given: object = name  # checked at run time: untyped callers pass anything
    found = COMMANDS.get(given) if isinstance(given, str) else None
    if found is None:
        raise InputError.single("command", f"unknown command {name!r} (known: {', '.join(COMMANDS)})")
    return found


def run(name: str, document: object) -> Answer[Any]:
    """Answer the JSON-like ``document`` with the command ``name``.

    Raises:
        InputError: for an unknown command, or listing every problem of the document, or
            what the rules refuse about the request, each at its JSON path.
        RuleNotInForce: if the request asks about a day no rule covers.
    """
    return command(name).run(document)


def rules(*, on: date | None = None, domain: str | None = None) -> tuple[RuleValue, ...]:
    """The catalog's rule values, those in force on ``on`` (with the undated ones), of ``domain``.

    >>> [r.value for r in rules(on=date(2024, 1, 1), domain="governance") if r.rule == "governance.board.total"]
    ['57 seats']

    Raises:
        InputError: naming the domains known, if ``domain`` is not one of them.
    """
    every = rule_values()
    problems = []
    day: object = on  # checked at run time: untyped callers pass anything
    if day is not None and not (isinstance(day, date) and not isinstance(day, datetime)):
        problems.append(Problem("on", f"expected a date, got {on!r}"))
    known = sorted({r.domain for r in every})
    if domain is not None and domain not in known:
        problems.append(Problem("domain", f"unknown domain {domain!r} (known: {', '.join(known)})"))
    if problems:
        raise InputError(problems)
    return tuple(
        r
        for r in every
        if (domain is None or r.domain == domain) and (on is None or r.in_force is None or on in r.in_force)
    )
