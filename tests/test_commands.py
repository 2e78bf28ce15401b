"""Tests of commands.py: the command line's questions as pure functions.

Each domain command structures a JSON document into its request model, answers it with
the library's rules, and says whether the rule outcome passed. The examples are the ones
``--help`` and docs/cli.md show; the properties check that the document route gives the
same answer as the library's own functions, and that requests round-trip through JSON.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import commands, events, governance, mcle, recognition
from calcities_domain.governance.votes import MAX_COUNT
from calcities_domain.kernel import InputError, Money, Problem, RuleDefinitionError, RuleNotInForce
from calcities_domain.mcle.rules import MAX_MINUTES
from calcities_domain.serialization import structure, unstructure
from calcities_domain.testing import strategies as cst


def example(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(commands.COMMANDS[name].example)
    return loaded


# --------------------------------------------------------------------------- the examples


def test_every_example_document_runs_and_its_answer_is_json() -> None:
    """The example of every command (shown by --help and the docs) is a valid request."""
    for name, command in commands.COMMANDS.items():
        answer = command.run_json(command.example)
        document = json.loads(answer.to_json())
        assert list(document) == ["command", "passed", "explanation", "result"]
        assert document["command"] == name
        assert document["explanation"] == answer.explanation
        assert isinstance(document["passed"], bool)


def test_mcle_example_is_not_compliant_and_says_what_is_missing() -> None:
    """Rule 2.72: 25 hours in a period; four hours of ethics alone leave 21 to go."""
    answer = commands.run("mcle", example("mcle"))
    assert answer.passed is False
    assert isinstance(answer.result, mcle.ComplianceReport)
    assert answer.result.period.end == date(2025, 3, 29)
    assert "Credit in total: 4 of 25 hours required; 21 more needed." in answer.explanation


def test_mcle_with_enough_credit_passes() -> None:
    """Enough participatory credit in every subfield: compliant."""
    document = example("mcle")
    subfields = [
        ("ethics", 240),
        ("civility", 60),
        ("competence", 60),
        ("competence.prevention", 60),
        ("bias", 60),
        ("bias.implicit", 60),
        ("technology", 60),
    ]
    document["credits"] = [
        {
            "credit_id": f"c-{code}",
            "completed_on": "2024-05-01",
            "minutes": minutes,
            "subfields": [{"subfield": code, "minutes": minutes}],
        }
        for code, minutes in subfields
    ] + [{"credit_id": "general", "completed_on": "2024-05-02", "minutes": 1500 - 600}]
    answer = commands.run("mcle", document)
    assert answer.result.period.end == date(2025, 3, 29)
    assert answer.passed is True, answer.explanation


def test_events_example_is_open_the_evening_before_the_close() -> None:
    """The 2024 MLI Symposium (Friday 16 Feb) closes at the end of Friday 9 Feb, Pacific time."""
    answer = commands.run("events", example("events"))
    assert answer.passed is True
    assert answer.result.closes.outcome.isoformat() == "2024-02-09T23:59:59.999999-08:00"
    assert answer.result.state.outcome is events.RegistrationState.REGULAR
    assert answer.result.refund is None


def test_events_one_microsecond_after_the_close_is_not_open() -> None:
    document = example("events")
    document["at"] = "2024-02-10T00:00:00-08:00"
    answer = commands.run("events", document)
    assert answer.passed is False
    assert answer.result.state.outcome is events.RegistrationState.ON_SITE  # on site, if space allows


def _refund_document(received_at: str) -> dict[str, Any]:
    source = {"title": "An example cancellation deadline", "confidence": "assumed"}
    return {
        "event": {
            "name": "2023 City Attorneys Spring Conference",
            "kind": "spring_conference",
            "start": "2023-05-17",
            "end": "2023-05-19",
        },
        "policy": {"cancellation": {"on": "2023-05-03", "source": source}},
        "registration": {"registration_id": "CA-2023-0042", "paid": "625.00", "registered_at": "2023-04-10T00:00Z"},
        "cancellation": {"received_at": received_at},
    }


def test_events_refund_by_the_deadline_is_the_price_less_75_dollars() -> None:
    """Event and Meeting Policies: the rate paid less a $75 processing charge, by the deadline."""
    answer = commands.run("events", _refund_document("2023-05-03T23:59:59.999999-07:00"))
    assert answer.result.refund.outcome == Money.dollars(550)
    assert answer.passed is None  # no instant asked about: nothing passes or fails
    assert "$550.00" in answer.explanation


def test_events_refund_a_microsecond_late_is_nothing() -> None:
    answer = commands.run("events", _refund_document("2023-05-04T00:00:00-07:00"))
    assert answer.result.refund.outcome == Money(0)


def test_events_refund_needs_registration_cancellation_and_a_deadline() -> None:
    document = _refund_document("2023-05-02T12:00:00Z")
    del document["policy"]
    del document["cancellation"]
    with pytest.raises(InputError) as caught:
        commands.run("events", document)
    assert [p.path for p in caught.value.problems] == ["$.policy.cancellation", "$.cancellation"]


def test_vote_at_exactly_two_thirds_passes_and_one_short_fails() -> None:
    """Bylaw amendments need two-thirds of those voting: 300 of 450 passes, 299 of 449 fails."""
    assert commands.run("vote", example("vote")).passed is True
    short = commands.run("vote", {"rule": "bylaw_amendment", "tally": {"yes": 299, "no": 150}})
    assert short.passed is False
    assert short.result.failures[0].code == "governance.vote.count"


def test_roster_example_fails_with_every_missing_seat_type() -> None:
    """The board has 57 seats by type since 2021; a one-seat roster misses all but one officer."""
    answer = commands.run("roster", example("roster"))
    assert answer.passed is False
    codes = {r.code for r in answer.result.failures}
    assert "governance.roster.count.at_large" in codes
    assert "governance.roster.count.officer" in codes


def test_roster_group_members_become_the_mapping_check_roster_takes() -> None:
    document = example("roster")
    document["caucus_members"] = [{"group": "latino", "people": ["Dana Kim"]}]
    document["department_members"] = [{"group": "city_attorneys", "people": []}]
    answer = commands.run("roster", document)
    request = structure(document, commands.RosterRequest)
    expected = governance.check_roster(
        request.roster,
        on=request.on,
        cities=request.cities,
        member_cities=request.member_cities,
        caucus_members={"latino": frozenset({"Dana Kim"})},
        department_members={"city_attorneys": frozenset()},
    )
    assert answer.result == expected


def test_roster_group_listed_twice_is_refused() -> None:
    document = example("roster")
    document["caucus_members"] = [{"group": "latino", "people": []}, {"group": "latino", "people": ["A"]}]
    with pytest.raises(InputError) as caught:
        commands.run("roster", document)
    assert [p.path for p in caught.value.problems] == ["$.caucus_members[1].group"]


def test_torch_example_reaches_level_one_by_the_academy() -> None:
    """Torch: the New Mayors and Council Members Academy satisfies Level I."""
    answer = commands.run("torch", example("torch"))
    assert answer.passed is True
    assert answer.result.level("leadership").status is recognition.LevelStatus.REACHED


def test_torch_without_a_level_passes_when_any_level_is_reached() -> None:
    document = example("torch")
    del document["level"]
    assert commands.run("torch", document).passed is True
    document["activities"] = []
    assert commands.run("torch", document).passed is False


def test_torch_asking_a_level_not_reached_fails() -> None:
    document = example("torch")
    document["level"] = "advanced_leadership"
    answer = commands.run("torch", document)
    assert answer.passed is False
    assert answer.result.level("advanced_leadership").status is not recognition.LevelStatus.REACHED


def test_torch_a_peer_program_by_code_and_by_definition() -> None:
    document = example("torch")
    del document["level"]
    document["activities"] = []
    document["program"] = "nlc_leadership"
    assert commands.run("torch", document).result.program == "nlc_leadership"
    del document["program"]
    document["definition"] = unstructure(recognition.TML_INSTITUTE)
    assert commands.run("torch", document).result.program == "tml_institute"


def test_torch_request_problems_are_named_together() -> None:
    document = example("torch")
    document["program"] = "cal_cities_torch"
    document["definition"] = unstructure(recognition.TORCH)
    with pytest.raises(InputError) as caught:
        commands.run("torch", document)
    assert [p.path for p in caught.value.problems] == ["$.definition"]
    document = example("torch")
    document["program"] = "no_such_program"
    document["level"] = "no_such_level"
    with pytest.raises(InputError) as caught:
        commands.run("torch", document)
    assert [p.path for p in caught.value.problems] == ["$.program", "$.level"]


# --------------------------------------------------------------------------- bad input


def test_every_problem_of_a_document_is_named_with_its_path() -> None:
    document = {"rule": "bylaw", "tally": {"yes": "299", "no": -1, "extra": 1}}
    with pytest.raises(InputError) as caught:
        commands.run("vote", document)
    assert [p.path for p in caught.value.problems] == ["$.rule", "$.tally.yes", "$.tally.no", "$.tally.extra"]


@pytest.mark.parametrize("text", ["", "{", '{"rule": NaN}', '{"rule": 1, "rule": 2}', b"\xff\xfe\x00"])
def test_text_that_is_not_a_json_document_is_bad_input(text: str | bytes) -> None:
    with pytest.raises(InputError) as caught:
        commands.command("vote").run_json(text)
    assert caught.value.problems[0].path == "$"


def test_an_unknown_command_names_the_known_ones() -> None:
    with pytest.raises(InputError, match="known: mcle, events, vote, roster, torch"):
        commands.command("frobnicate")


def test_a_day_no_rule_covers_is_rule_not_in_force() -> None:
    document = example("roster")
    document["on"] = "1900-01-01"
    with pytest.raises(RuleNotInForce):
        commands.run("roster", document)


def test_answer_checks_its_fields() -> None:
    with pytest.raises(InputError) as caught:
        commands.Answer("Not A Code", "yes", "", None)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["command", "passed", "explanation"]


def test_requests_check_their_fields_when_built_in_python() -> None:
    with pytest.raises(InputError) as caught:
        commands.VoteRequest(rule="bylaw_amendment", tally=None)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["rule", "tally"]
    with pytest.raises(InputError):
        commands.PaidRegistration(registration_id="r", paid=Money(100), registered_at=datetime(2024, 1, 1))
    with pytest.raises(InputError):
        commands.GroupMembers("Latino", ("A",))


# --------------------------------------------------------------------------- rules


def test_rules_in_force_on_a_day_for_a_domain() -> None:
    """The board has 57 seats from 2021; on 1 January 2024 its seats by type are in force."""
    found = commands.rules(on=date(2024, 1, 1), domain="governance")
    assert found
    assert {r.domain for r in found} == {"governance"}
    assert all(r.in_force is None or date(2024, 1, 1) in r.in_force for r in found)
    seats = {r.rule: r.value for r in found if r.rule.startswith("governance.board.seats.")}
    assert seats["governance.board.seats.at_large"] == "12"


def test_rules_without_filters_is_the_whole_catalog() -> None:
    from calcities_domain import catalog  # noqa: PLC0415

    assert commands.rules() == catalog.rule_values()


def test_rules_bad_filters_are_named_together() -> None:
    with pytest.raises(InputError) as caught:
        commands.rules(on=datetime(2024, 1, 1, tzinfo=UTC), domain="nope")
    assert [p.path for p in caught.value.problems] == ["on", "domain"]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))
@settings(max_examples=25)
def test_rules_on_a_day_are_those_whose_range_holds_it(day: date) -> None:
    found = set(commands.rules(on=day))
    from calcities_domain import catalog  # noqa: PLC0415

    for value in catalog.rule_values():
        assert (value in found) == (value.in_force is None or day in value.in_force)


# --------------------------------------------------------------------------- properties


@given(cst.evaluation_inputs(max_credits=6))
@settings(max_examples=30, deadline=None)
def test_mcle_document_route_equals_the_library(inputs: tuple[mcle.Licensee, Any, mcle.CompliancePeriod]) -> None:
    licensee, credits, period = inputs
    request = commands.MCLERequest(licensee=licensee, credits=tuple(credits), as_of=period.start)
    assert structure(unstructure(request), commands.MCLERequest) == request
    answer = commands.run("mcle", json.loads(json.dumps(unstructure(request))))
    assert answer.result == mcle.evaluate(licensee, credits, period)
    assert answer.passed is answer.result.compliant
    assert answer.to_json() == commands.evaluate_mcle(request).to_json()


@given(st.sampled_from(governance.VoteRule), cst.vote_tallies())
def test_vote_document_route_equals_the_library(rule: governance.VoteRule, tally: governance.VoteTally) -> None:
    request = commands.VoteRequest(rule=rule, tally=tally)
    assert structure(unstructure(request), commands.VoteRequest) == request
    try:
        expected = governance.decide_under(rule, tally)
    except InputError as refused:  # a threshold whose base the tally lacks: refused the same way,
        expected_problems = tuple(p.under("$") for p in refused.problems)  # at the document's path
        with pytest.raises(InputError) as caught:
            commands.run("vote", unstructure(request))
        assert caught.value.problems == expected_problems
        return
    answer = commands.run("vote", unstructure(request))
    assert answer.result == expected
    assert answer.passed is answer.result.outcome


@given(cst.events_with_policies(), cst.aware_datetimes())
@settings(max_examples=50, deadline=None)
def test_events_document_route_equals_the_library(
    pair: tuple[events.Event, events.RegistrationPolicy], at: datetime
) -> None:
    event, policy = pair
    request = commands.EventsRequest(event=event, policy=policy, at=at)
    assert structure(unstructure(request), commands.EventsRequest) == request
    answer = commands.run("events", unstructure(request))
    assert answer.result.deadlines == events.deadlines(event, policy)
    assert answer.result.state == events.registration_state(event, at, policy)
    assert answer.passed is (answer.result.state.outcome in commands.OPEN_STATES)


@given(st.data())
@settings(max_examples=30, deadline=None)
def test_torch_document_route_equals_the_library(data: st.DataObject) -> None:
    program = data.draw(cst.programs())
    official = data.draw(cst.officials())
    done = data.draw(st.lists(cst.activities(program), max_size=4, unique_by=lambda a: a.activity_id))
    as_of = data.draw(cst.dates(date(2000, 1, 1), date(2040, 1, 1)))
    request = commands.TallyRequest(official=official, activities=tuple(done), as_of=as_of, definition=program)
    read = structure(unstructure(request), commands.TallyRequest)
    assert read == request
    answer = commands.run("torch", unstructure(request))
    # Compared with the tally of the request as read back: JSON writes a Decimal in plain
    # notation, so a minimum drawn as Decimal("1E+1") is read back as Decimal("10"), an
    # equal number that explanations write differently.
    assert read.definition is not None
    assert answer.result == recognition.tally(read.official, read.activities, read.definition, as_of=as_of)
    assert answer.passed is (answer.result.highest is not None)


# --------------------------------------------------------------------------- rule refusals in the document


def _problems_of(name: str, document: object) -> tuple[Problem, ...]:
    with pytest.raises(InputError) as caught:
        commands.run(name, document)
    text = json.dumps(document)
    with pytest.raises(InputError) as from_text:
        commands.COMMANDS[name].run_json(text)
    assert from_text.value.problems == caught.value.problems
    return caught.value.problems


def test_a_rule_refusal_is_placed_at_the_field_its_argument_came_from() -> None:
    """The rule names its own arguments (licensee.group; day, for the day asked about):
    the command places them at the document's fields ($.licensee.group; $.as_of)."""
    document = example("mcle")
    del document["licensee"]["group"]
    assert _problems_of("mcle", document) == (
        Problem("$.licensee.group", "California places licensees in compliance groups: give the group"),
    )
    document = example("mcle")
    document["as_of"] = "9999-12-31"
    assert _problems_of("mcle", document) == (
        Problem(
            "$.as_of",
            "the period containing 9999-12-31 ends or falls due after 9999-12-31, the last date Python can hold",
        ),
    )


def test_the_library_route_names_the_request_fields() -> None:
    """evaluate_mcle, given a request built in Python, names the request's fields (no $)."""
    licensee = mcle.Licensee("201234", date(2010, 12, 7))
    request = commands.MCLERequest(licensee=licensee, as_of=date(2024, 6, 1))
    with pytest.raises(InputError) as caught:
        commands.evaluate_mcle(request)
    assert [p.path for p in caught.value.problems] == ["licensee.group"]


def test_a_refusal_inside_a_default_is_placed_at_the_field_left_out() -> None:
    """An event in the year 1: the default policy closes 7 days before it, before any date.

    With no policy in the document the problem is at $.policy, saying a default applied;
    with the same policy given, at the field of the policy that failed.
    """
    document = example("events")
    document["event"]["start"] = "0001-01-01"
    message = "7 days before 0001-01-01 is before the year 1"
    assert _problems_of("events", document) == (
        Problem("$.policy", f"none is given, so a default applies, and its close.days_before: {message}"),
    )
    document["policy"] = unstructure(events.RegistrationPolicy())
    assert _problems_of("events", document) == (Problem("$.policy.close.days_before", message),)


def test_refund_refusals_are_placed_at_the_registration_and_the_cancellation() -> None:
    """refund_due names its arguments registration and request: the document's registration
    and cancellation; a negative amount paid is refused when the registration is built."""
    source = {"title": "An example cancellation deadline", "confidence": "assumed"}
    document: dict[str, Any] = {
        "event": {"name": "Spring", "kind": "spring_conference", "start": "2023-05-17", "end": "2023-05-19"},
        "policy": {"cancellation": {"on": "2023-05-03", "source": source}},
        "registration": {"registration_id": "r1", "paid": "-1.00", "registered_at": "2023-04-10T00:00Z"},
        "cancellation": {"received_at": "2023-05-03T12:00:00-07:00"},
    }
    assert [p.path for p in _problems_of("events", document)] == ["$.registration.paid"]
    document["registration"]["paid"] = "100.00"
    document["cancellation"]["received_at"] = "2023-04-01T12:00:00-07:00"
    assert [p.path for p in _problems_of("events", document)] == ["$.cancellation.received_at"]


def test_a_threshold_refusal_names_the_tally_field() -> None:
    """A ballot measure position needs two-thirds of those present: a tally without present."""
    document = {"rule": "ballot_measure_position", "tally": {"yes": 3, "no": 1}}
    assert _problems_of("vote", document) == (
        Problem("$.tally.present", "two-thirds of the members present needs the number present"),
    )


def test_a_program_refusal_names_the_activity() -> None:
    document = example("torch")
    document["activities"][0]["category"] = "no_such_category"
    paths = [p.path for p in _problems_of("torch", document)]
    assert paths == ["$.activities[0].category", "$.activities[0].category"]  # unknown; not its kind's


def test_a_refusal_of_an_argument_no_field_gave_is_at_the_root_and_names_it() -> None:
    """The last resort: a rule's argument the command does not map is named in the message."""
    request = commands.VoteRequest(rule=governance.VoteRule.BYLAW_AMENDMENT, tally=governance.VoteTally(1, 0))
    with pytest.raises(InputError) as caught, commands._placing(request, tally="tally"):
        raise InputError([Problem("calendar", "not a calendar"), Problem("tally.present", "needed")])
    assert caught.value.problems == (Problem("", "calendar: not a calendar"), Problem("tally.present", "needed"))


def test_a_rule_definition_error_keeps_its_kind_when_placed() -> None:
    request = commands.VoteRequest(rule=governance.VoteRule.BYLAW_AMENDMENT, tally=governance.VoteTally(1, 0))
    with pytest.raises(RuleDefinitionError) as caught, commands._placing(request, entries="rule"):
        raise RuleDefinitionError([Problem("entries[1]", "overlaps entries[0]")], "timeline 'a.b'")
    assert caught.value.subject == "timeline 'a.b'"
    assert caught.value.problems == (Problem("rule[1]", "overlaps entries[0]"),)


# --------------------------------------------------------------------------- magnitudes and long values


def test_a_tally_beyond_the_bound_is_refused_at_its_path() -> None:
    """A tally of 4300 digits raised a bare ValueError when the decision was explained."""
    document: dict[str, Any] = {"rule": "bylaw_amendment", "tally": {"yes": 10**4299, "no": 0}}
    assert _problems_of("vote", document) == (
        Problem("$.tally.yes", "must be at most 1,000,000,000,000,000,000, got a whole number of 4300 digits"),
    )
    document["tally"]["yes"] = MAX_COUNT
    assert commands.run("vote", document).passed is True


def test_minutes_beyond_the_bound_are_refused_at_their_path() -> None:
    """MCLE minutes of 4300 digits raised a bare ValueError when turned into hours."""
    document = example("mcle")
    document["credits"][0]["minutes"] = 10**4299
    assert _problems_of("mcle", document) == (
        Problem("$.credits[0].minutes", "must be at most 1,000,000,000 minutes, got a whole number of 4300 digits"),
    )
    document["credits"][0]["minutes"] = MAX_MINUTES
    assert "Credit in total: 16666666.75 of 25 hours required" in commands.run("mcle", document).explanation


def test_units_beyond_the_bound_are_refused_at_their_path() -> None:
    document = example("mcle")
    document["credits"][0].update(kind="law_school_teaching", units="9" * 5000)
    (problem,) = _problems_of("mcle", document)
    assert problem.path == "$.credits[0].units"
    assert problem.message.startswith("must be at most 1,000,000 units, got Decimal('999")
    assert len(problem.message) < 100


def _places(document: object, here: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [here] if here else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _places(value, (*here, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _places(value, (*here, index))
    return found


def _put(document: Any, place: tuple[str | int, ...], value: object) -> Any:
    copied = json.loads(json.dumps(document))
    target = copied
    for step in place[:-1]:
        target = target[step]
    target[place[-1]] = value
    return copied


LONG_VALUES: list[object] = ["a" * 5000, "x" * 3000 + "/" + "y" * 3000, 10**4000, -(10**4000), "9" * 4000 + ".00"]


@pytest.mark.parametrize("name", sorted(commands.COMMANDS))
def test_no_problem_message_of_a_command_is_longer_than_the_bound(name: str) -> None:
    """A long value anywhere in a document (or a list repeated): every problem is at a JSON path,
    with a message of at most MAX_MESSAGE characters; rules repeated 5000-character values in full."""
    document = example(name)
    for place in _places(document):
        original: Any = document
        for step in place:
            original = original[step]
        values = [*LONG_VALUES]
        if isinstance(original, str):
            values.append(original + "x" * 5000)
        if isinstance(original, list) and original:
            values.append(original * 2)  # every item listed twice
        for value in values:
            try:
                commands.run(name, _put(document, place, value))
            except InputError as error:
                for problem in error.problems:
                    assert problem.path.startswith("$"), (place, problem)
                    assert len(problem.message) <= commands.MAX_MESSAGE, (place, problem.path, len(problem.message))
            except RuleNotInForce:
                pass


def test_a_long_message_is_shortened_where_it_repeats_a_value() -> None:
    """The boundary's guarantee: the value is cut, the words around it are kept."""
    document = example("torch")
    document["level"] = "a" * 5000
    (problem,) = _problems_of("torch", document)
    assert problem.path == "$.level"
    assert problem.message.startswith("cal_cities_torch has no level 'aaaa")
    assert "...' (its levels: " in problem.message
    assert len(problem.message) <= commands.MAX_MESSAGE
