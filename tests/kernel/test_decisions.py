"""Tests of decisions.py: Decision, Reason, Fact, Effect and render_value.

Rules under test (DESIGN.md principles 4 and 5): rule functions return a Decision, an
outcome plus reasons, each with a stable code, a human sentence, the facts it used and its
source; the explanation lists every source, and every unconfirmed source as an assumption;
a Decision refuses to be used as a boolean.

Example: a Cal Cities event refund. The policy (refund of the rate paid minus a $75
processing charge, on a written request by the stated deadline) is confirmed; the formula
built from it is inferred (../shared/domain/torch-events-training.md, summary item 5 and
the "Refund" design line, "[C for policy; formula I]").
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    CalCitiesError,
    Confidence,
    DateRange,
    Decision,
    DecisionTruthError,
    Effect,
    Fact,
    InputError,
    Money,
    Reason,
    Source,
    render_value,
)
from calcities_domain.testing import strategies as cst

POLICY = Source(
    "Cal Cities event registration policy",
    Confidence.CONFIRMED,
    section="refunds: rate paid minus a $75 processing charge",
    url="https://www.calcities.org",
)
FORMULA = Source(
    "Cal Cities event registration policy",
    Confidence.INFERRED,
    section="refund formula",
    note="our reading: paid - $75 when the written request arrives in time, else nothing",
)
DEADLINE = Source("Event announcement", Confidence.ASSUMED, section="cancellation date")

IN_TIME = Reason.of(
    "events.refund.written_request_in_time",
    "The written request reached the Conference Registrar by the cancellation date.",
    effect=Effect.PASS,
    source=POLICY,
    facts={"received": date(2024, 2, 29), "deadline": date(2024, 3, 1)},
)
CHARGE = Reason.of(
    "events.refund.processing_charge",
    "A $75 processing charge is kept.",
    effect=Effect.INFO,
    source=FORMULA,
    facts={"paid": Money.dollars(625), "charge": Money.dollars(75)},
)
LATE = Reason.of(
    "events.refund.late_request",
    "The request arrived after the cancellation date.",
    effect=Effect.FAIL,
    source=DEADLINE,
)

REFUND = Decision("What refund is owed?", Money.dollars(550), (IN_TIME, CHARGE))


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    ONE = 1


# ----------------------------------------------------------------------------- render_value


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "yes"),
        (False, "no"),
        (date(2024, 2, 29), "2024-02-29"),
        (datetime(2025, 3, 29, 23, 59, 59, tzinfo=UTC), "2025-03-29T23:59:59+00:00"),
        (Money(162_500), "$1,625.00"),
        (Money(-7_550), "-$75.50"),
        (DateRange(date(2022, 2, 1), date(2025, 3, 29)), "2022-02-01 to 2025-03-29"),
        (Decimal("12.5"), "12.5"),
        (Fraction(25, 2), "25/2"),
        (57, "57"),
        ("Sunday", "Sunday"),
        ("", ""),
        (Color.RED, "red"),
        (Level.ONE, "1"),  # an int enum renders by value too
        (Effect.FAIL, "fail"),
        ([date(2024, 1, 1), date(2024, 7, 4)], "2024-01-01, 2024-07-04"),
        ((Money(100), True, "x"), "$1.00, yes, x"),
        ([], ""),
        ([[1, 2], [3]], "1, 2, 3"),  # nested sequences are flattened
        (None, "None"),
        (1.5, "1.5"),  # anything else by repr
    ],
)
def test_render_value(value: object, text: str) -> None:
    """Rule: facts render as ISO dates, money as $1,234.50, booleans as yes/no, enums by value, lists joined."""
    assert text == render_value(value)


# ----------------------------------------------------------------------------- Fact and Reason


def test_reason_of_renders_each_fact() -> None:
    """Rule: Reason.of renders the facts it used, by name, in the order given."""
    expected = (Fact("paid", "$625.00"), Fact("charge", "$75.00"))

    expected_text = "paid = $625.00"

    assert expected == CHARGE.facts
    assert expected_text == str(CHARGE.facts[0])


def test_reason_fact_lookup() -> None:
    """Rule: reason.fact(name) gives the rendered value, or None when the reason has no such fact."""
    expected = ("2024-02-29", None, None)

    assert expected == (IN_TIME.fact("received"), IN_TIME.fact("paid"), LATE.fact("received"))


def test_reason_defaults() -> None:
    """Rule: a reason is context (INFO) without facts or source unless told otherwise."""
    reason = Reason("kernel.example", "Context.")
    expected = (Effect.INFO, (), None)

    assert expected == (reason.effect, reason.facts, reason.source)
    assert Reason.of("kernel.example", "Context.") == reason


@pytest.mark.parametrize(
    ("kwargs", "path", "fragment"),
    [
        ({"code": "Refund Late"}, "code", "must be a dotted lower-case identifier like 'mcle.self_study_cap'"),
        ({"code": "events.refund."}, "code", "got 'events.refund.'"),
        ({"message": ""}, "message", "must be non-blank text, got ''"),
        ({"effect": "fail"}, "effect", "expected an Effect, got 'fail'"),
        ({"facts": [Fact("a", "1")]}, "facts", "expected a tuple of Fact"),
        ({"facts": (("a", "1"),)}, "facts[0]", "expected Fact, got ('a', '1')"),
        ({"facts": (Fact("a", "1"), Fact("a", "2"))}, "facts", "fact names must be unique, got ['a', 'a']"),
        ({"source": "Cal Cities"}, "source", "expected a Source or None, got 'Cal Cities'"),
    ],
)
def test_bad_reason_fields_raise_input_error(kwargs: dict[str, Any], path: str, fragment: str) -> None:
    """Rule: a Reason with a bad field raises InputError naming the field."""
    arguments: dict[str, Any] = {"code": "events.refund.late", "message": "Late.", **kwargs}

    with pytest.raises(InputError) as caught:
        Reason(**arguments)

    [problem] = caught.value.problems
    assert path == problem.path
    assert fragment in problem.message


@pytest.mark.parametrize(
    ("name", "value", "path", "fragment"),
    [
        ("", "x", "name", "must be non-blank text, got ''"),
        ("weekday", 7, "value", "expected str, got 7"),  # facts are rendered text: use Reason.of to render
        ("weekday", None, "value", "expected str, got None"),
    ],
)
def test_bad_facts_raise_input_error(name: Any, value: Any, path: str, fragment: str) -> None:
    """Rule: a Fact is a non-blank name and a rendered text value; else InputError (never a TypeError)."""
    with pytest.raises(InputError) as caught:
        Fact(name, value)

    assert [(path, fragment)] == [(p.path, p.message) for p in caught.value.problems]


def test_reason_of_refuses_a_blank_fact_name() -> None:
    """Case: a blank fact name passed to Reason.of is refused like a bad Fact."""
    with pytest.raises(InputError, match=r"name: must be non-blank text"):
        Reason.of("kernel.example", "Context.", facts={" ": 1})


# ----------------------------------------------------------------------------- Decision


def test_explain_shows_question_answer_reasons_sources_and_assumptions() -> None:
    """Rule: explain() shows the answer, each reason with its code, every source, and each unconfirmed one."""
    expected = "\n".join(
        [
            "What refund is owed?",
            "Answer: $550.00",
            "  [pass] The written request reached the Conference Registrar by the cancellation date.  "
            "(events.refund.written_request_in_time)",
            "  [info] A $75 processing charge is kept.  (events.refund.processing_charge)",
            "Sources:",
            "  - Cal Cities event registration policy, refund formula [inferred]",
            "  - Cal Cities event registration policy, refunds: rate paid minus a $75 processing charge "
            "[confirmed] <https://www.calcities.org>",
            "Assumptions (not confirmed by a primary source; check before relying on them):",
            "  - Cal Cities event registration policy, refund formula [inferred]: "
            "our reading: paid - $75 when the written request arrives in time, else nothing",
        ]
    )

    assert expected == REFUND.explain()


def test_explain_of_an_assumption_without_a_note() -> None:
    """Case: an assumed source without a note is listed without a trailing colon."""
    decision = Decision("Was the request late?", True, (LATE,))
    expected = "\n".join(
        [
            "Was the request late?",
            "Answer: yes",
            "  [fail] The request arrived after the cancellation date.  (events.refund.late_request)",
            "Sources:",
            "  - Event announcement, cancellation date [assumed]",
            "Assumptions (not confirmed by a primary source; check before relying on them):",
            "  - Event announcement, cancellation date [assumed]",
        ]
    )

    assert expected == decision.explain()


def test_explain_with_confirmed_sources_only_has_no_assumptions() -> None:
    """Case: a decision resting only on confirmed sources lists no assumptions."""
    decision = Decision("Was the request in time?", True, (IN_TIME,))
    expected: tuple[Source, ...] = ()

    assert "Assumptions" not in decision.explain()
    assert expected == decision.assumptions()


def test_explain_without_reasons() -> None:
    """Edge: a decision without reasons explains only its question and answer."""
    expected = "Is 2024 a leap year?\nAnswer: yes"

    assert expected == Decision("Is 2024 a leap year?", True).explain()


def test_failures_codes_sources_and_assumptions() -> None:
    """Rule: a decision exposes what failed, its codes in order, its distinct sources and its assumptions."""
    decision = REFUND.with_reasons(LATE, IN_TIME)
    expected_codes = (
        "events.refund.written_request_in_time",
        "events.refund.processing_charge",
        "events.refund.late_request",
        "events.refund.written_request_in_time",
    )

    expected_failures = (LATE,)
    expected_sources = (FORMULA, POLICY, DEADLINE)  # distinct, by title then section
    expected_assumptions = (FORMULA, DEADLINE)

    assert expected_failures == decision.failures
    assert expected_codes == decision.codes
    assert expected_sources == decision.sources()
    assert expected_assumptions == decision.assumptions()


def test_with_reasons_returns_a_new_decision() -> None:
    """Rule: decisions are immutable: with_reasons returns a copy and leaves the original alone."""
    expected_new, expected_old = (IN_TIME, CHARGE, LATE), (IN_TIME, CHARGE)

    extended = REFUND.with_reasons(LATE)

    assert expected_new == extended.reasons
    assert expected_old == REFUND.reasons
    assert attrs.evolve(extended, reasons=expected_old) == REFUND


def test_with_reasons_validates_the_new_reasons() -> None:
    """Rule: only Reasons may be appended; anything else is an InputError on ``reasons``."""
    with pytest.raises(InputError) as caught:
        REFUND.with_reasons("late")  # type: ignore[arg-type]

    expected = [(f"reasons[{len(REFUND.reasons)}]", "expected Reason, got 'late'")]
    assert expected == [(p.path, p.message) for p in caught.value.problems]


def test_a_decision_is_not_a_boolean() -> None:
    """Rule: ``if decision:`` would always be true, so it raises DecisionTruthError (DESIGN.md §5)."""
    expected = "a Decision is not a boolean; test decision.outcome (this one answers 'Was the request late?' with no)"
    decision = Decision("Was the request late?", False, (IN_TIME,))

    with pytest.raises(DecisionTruthError) as caught:
        bool(decision)

    assert expected == str(caught.value)


def test_decision_truth_error_is_a_type_error_of_the_library() -> None:
    """Rule: the error is a TypeError (misuse of a type) and a CalCitiesError (raised on purpose)."""
    assert issubclass(DecisionTruthError, TypeError)
    assert issubclass(DecisionTruthError, CalCitiesError)
    with pytest.raises(TypeError):
        _ = not REFUND


@pytest.mark.parametrize(
    ("kwargs", "path", "fragment"),
    [
        ({"question": " "}, "question", "must be non-blank text, got ' '"),
        ({"question": None}, "question", "must be non-blank text, got None"),
        ({"reasons": [IN_TIME]}, "reasons", "expected a tuple of Reason, got [Reason("),
        ({"reasons": (IN_TIME, "late")}, "reasons[1]", "expected Reason, got 'late'"),
    ],
)
def test_bad_decision_fields_raise_input_error(kwargs: dict[str, Any], path: str, fragment: str) -> None:
    """Rule: a Decision with a bad question or reasons raises InputError naming the field (and item)."""
    arguments: dict[str, Any] = {"question": "Q?", "outcome": True, **kwargs}

    with pytest.raises(InputError) as caught:
        Decision(**arguments)

    [(actual_path, actual_message)] = [(p.path, p.message) for p in caught.value.problems]
    assert path == actual_path
    assert actual_message.startswith(fragment)


# ----------------------------------------------------------------------------- properties

any_outcomes = st.one_of(st.booleans(), cst.money(), cst.dates(), st.integers(), cst.texts())

# Reasons citing a small pool of sources (one of each confidence, and two that differ only
# in confidence), so that the same source is often cited twice: a cheaper, denser
# complement to cst.reasons() for the source and assumption properties.
source_pool = [POLICY, FORMULA, DEADLINE, attrs.evolve(POLICY, confidence=Confidence.SECONDARY)]
pooled_reasons = st.builds(
    Reason,
    code=st.sampled_from(["events.refund.in_time", "events.refund.charge", "events.refund.late"]),
    message=st.sampled_from(["In time.", "A charge is kept.", "Late."]),
    effect=st.sampled_from(Effect),
    source=st.none() | st.sampled_from(source_pool),
)
pooled_decisions = st.builds(
    Decision,
    question=st.just("What refund is owed?"),
    outcome=any_outcomes,
    reasons=st.lists(pooled_reasons).map(tuple),
)


@given(cst.decisions(any_outcomes))
def test_explain_mentions_every_reason_and_source(decision: Decision[Any]) -> None:
    """Property: explain() names the question, the answer, each reason's message and code, and each source.

    The assumptions section appears exactly when some cited source is unconfirmed.
    """
    text = decision.explain()
    lines = text.split("\n")

    assert [decision.question, f"Answer: {render_value(decision.outcome)}"] == lines[:2]
    for reason in decision.reasons:
        assert f"  [{reason.effect.value}] {reason.message}  ({reason.code})" in lines
    for source in decision.sources():
        assert f"  - {source.cite()}" in text
    assert bool(decision.assumptions()) == ("\nAssumptions (not confirmed" in text)


@given(pooled_decisions)
def test_assumptions_are_the_unconfirmed_sources(decision: Decision[Any]) -> None:
    """Property: sources() are the distinct cited sources; assumptions() those not CONFIRMED, same order."""
    cited = {r.source for r in decision.reasons if r.source is not None}
    expected_assumptions = tuple(s for s in decision.sources() if s.confidence is not Confidence.CONFIRMED)

    assert cited == set(decision.sources())
    assert len(cited) == len(decision.sources())
    assert expected_assumptions == decision.assumptions()


@given(pooled_decisions)
def test_failures_and_codes_follow_the_reasons(decision: Decision[Any]) -> None:
    """Property: failures are exactly the FAIL reasons, codes the codes, both in order."""
    expected_failures = tuple(r for r in decision.reasons if r.effect is Effect.FAIL)
    expected_codes = tuple(r.code for r in decision.reasons)

    assert expected_failures == decision.failures
    assert expected_codes == decision.codes


@given(st.builds(Decision, question=cst.texts(), outcome=any_outcomes))
def test_no_decision_is_a_boolean(decision: Decision[Any]) -> None:
    """Property: bool(decision) raises DecisionTruthError, whatever the outcome."""
    with pytest.raises(DecisionTruthError, match=r"^a Decision is not a boolean; test decision\.outcome"):
        bool(decision)


@given(pooled_decisions, st.lists(pooled_reasons, max_size=3))
def test_with_reasons_appends_in_order(decision: Decision[Any], extra: list[Reason]) -> None:
    """Property: with_reasons keeps question and outcome and appends the reasons in order."""
    expected = (decision.question, decision.outcome, decision.reasons + tuple(extra))

    extended = decision.with_reasons(*extra)

    assert expected == (extended.question, extended.outcome, extended.reasons)


fact_maps = st.dictionaries(
    st.from_regex(r"[a-z_]{1,10}", fullmatch=True), st.one_of(st.integers(), cst.dates(), cst.money()), max_size=5
)


@given(fact_maps)
def test_reason_of_keeps_every_fact(facts: dict[str, object]) -> None:
    """Property: Reason.of keeps each fact, in order, rendered with render_value; fact() finds each."""
    expected = [(name, render_value(value)) for name, value in facts.items()]

    reason = Reason.of("kernel.example", "Context.", facts=facts)

    assert expected == [(f.name, f.value) for f in reason.facts]
    assert expected == [(name, reason.fact(name)) for name in facts]


def test_render_value_of_bytes_and_mappings() -> None:
    """Bytes render as their literal, mappings as name=value pairs (not as their keys)."""
    expected = ("b'\\x00a'", "deadline=2025-04-01, late=yes")
    actual = (render_value(b"\x00a"), render_value({"deadline": date(2025, 4, 1), "late": True}))
    assert expected == actual


def test_reason_facts_must_be_a_mapping() -> None:
    with pytest.raises(InputError) as caught:
        Reason.of("a.b", "m", facts=[("x", 1)])  # type: ignore[arg-type]
    assert caught.value.problems[0].path == "facts"


def test_outcomes_must_be_immutable() -> None:
    with pytest.raises(InputError) as caught:
        Decision("q", [1, 2])
    assert caught.value.problems[0].path == "outcome"
    assert "must be immutable (a tuple or frozenset, not a list)" in caught.value.problems[0].message
