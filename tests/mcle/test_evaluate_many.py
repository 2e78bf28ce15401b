"""Tests of mcle/evaluation.py: evaluate_many, the batch form of evaluate.

Rules under test (the docstring of ``evaluate_many``; the performance-and-scale issue):

* Each case is ``(licensee, credits, period)``; the reports come back in the order of the
  cases, each equal to ``evaluate(licensee, credits, period, jurisdiction=..., rules=...)``.
  ``jurisdiction`` and ``rules`` apply to every case. An empty batch gives ``[]``; any
  iterable of cases will do (a generator too).
* It is a plain function of its arguments, so a batch can be split anywhere and its parts
  evaluated apart (a ``dask.bag`` partition, a Spark ``mapPartitions``): the parts'
  reports, concatenated, are the whole batch's; the reports pickle.
* Bad input: one InputError naming every problem of every case, each path under
  ``cases[i]`` (``cases[0].credits[1]``); a case that is not a triple is ``cases[i]``;
  ``cases`` that is not iterable is ``cases``. Nothing partial is returned.

tests/test_dask.py runs the same batch on ``dask.bag`` with the multiprocessing scheduler.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.kernel import InputError, RuleNotInForce
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    CompliancePeriod,
    ComplianceReport,
    Credit,
    Delivery,
    Jurisdiction,
    Licensee,
    RuleSet,
    SubfieldShare,
    compliance_period,
    evaluate,
    evaluate_many,
)
from calcities_domain.testing import strategies as cst

Case = tuple[Licensee, tuple[Credit, ...], CompliancePeriod]

# Each example draws up to four (licensee, credits, period) cases and evaluates them two
# ways or more: fewer examples than the profile's (tests/conftest.py), as in
# test_roundtrip.py, keep the suite fast.
BATCHES = settings(max_examples=max(10, settings().max_examples * 2 // 5))

#: Ana Garcia, group 1 (A-G), admitted 2010: her period is the 38-month one ending 29 Mar 2025.
GARCIA = Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
#: Luis Hernández, group 2 (H-M), admitted 2012: his period runs 1 Feb 2024 to 29 Mar 2027.
HERNANDEZ = Licensee.admitted("245678", date(2012, 6, 4), "Hernández")
#: Mai Nguyen, group 3 (N-Z), admitted 2019: her period runs 1 Feb 2023 to 29 Mar 2026.
NGUYEN = Licensee.admitted("323456", date(2019, 12, 2), "Nguyen")
ASKED_ON = date(2024, 6, 1)

GARCIA_CREDITS = (
    Credit(
        "annual-2023",
        date(2023, 10, 4),
        12 * 60,
        subfields=(SubfieldShare("ethics", 240), SubfieldShare("bias.implicit", 60)),
    ),
    Credit(
        "webinar-2024",
        date(2024, 2, 15),
        90,
        subfields=(SubfieldShare("competence.prevention", 60), SubfieldShare("technology", 30)),
    ),
    Credit(
        "recorded-2024",
        date(2024, 11, 1),
        11 * 60,
        delivery=Delivery.SELF_STUDY,
        subfields=(SubfieldShare("bias", 60), SubfieldShare("civility", 60)),
    ),
)
HERNANDEZ_CREDITS = (
    Credit("ethics-2024", date(2024, 9, 12), 240, subfields=(SubfieldShare("ethics", 240),)),
    Credit("old-2022", date(2022, 5, 1), 120),  # before his period: not counted
)
NGUYEN_CREDITS = (
    Credit("conference-2023", date(2023, 4, 20), 20 * 60, subfields=(SubfieldShare("ethics", 240),)),
    Credit("podcast-2024", date(2024, 1, 9), 300, delivery=Delivery.SELF_STUDY),
)


def three_cases() -> list[Case]:
    """One licensee of each California group, each with real credits, in their own period."""
    return [
        (GARCIA, GARCIA_CREDITS, compliance_period(GARCIA, containing=ASKED_ON)),
        (HERNANDEZ, HERNANDEZ_CREDITS, compliance_period(HERNANDEZ, containing=ASKED_ON)),
        (NGUYEN, NGUYEN_CREDITS, compliance_period(NGUYEN, containing=ASKED_ON)),
    ]


def one_by_one(
    cases: list[Case], *, jurisdiction: Jurisdiction | None = None, rules: RuleSet | None = None
) -> list[ComplianceReport]:
    """What ``evaluate_many`` must equal: ``evaluate`` on each case, in order."""
    return [evaluate(*case, jurisdiction=jurisdiction, rules=rules) for case in cases]


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


# ----------------------------------------------------------------------------- examples


def test_a_batch_of_three_groups_equals_evaluate_one_by_one_in_order() -> None:
    """evaluate_many: "the reports come back in the order of the cases, each equal to evaluate(...)"."""
    cases = three_cases()

    reports = evaluate_many(cases)

    assert reports == one_by_one(cases)
    assert [r.licensee_id for r in reports] == ["201234", "245678", "323456"]
    assert [r.period.group for r in reports] == [
        ComplianceGroup.GROUP_1,
        ComplianceGroup.GROUP_2,
        ComplianceGroup.GROUP_3,
    ]
    # docs/mcle.md: Ana is half an hour short in total, an hour of competence, half an hour of technology.
    assert [str(s) for s in reports[0].shortfalls] == [
        "0.5 more hours of credit in total by 2025-03-29",
        "1 more hour of competence issues by 2025-03-29",
        "0.5 more hours of technology in the practice of law by 2025-03-29",
    ]
    assert [(n.credit_id, n.reason.value) for n in reports[1].not_counted] == [("old-2022", "outside_period")]


def test_the_order_of_the_cases_is_the_order_of_the_reports() -> None:
    """evaluate_many: reports "in the order of the cases", whatever that order is."""
    cases = three_cases()
    backwards = cases[::-1]

    assert evaluate_many(backwards) == evaluate_many(cases)[::-1]


def test_an_empty_batch_gives_no_reports() -> None:
    """evaluate_many: one report per case; no case, no report (and no error)."""
    assert evaluate_many([]) == []
    assert evaluate_many(()) == []


def test_a_generator_of_cases_is_accepted() -> None:
    """evaluate_many takes any iterable of cases, read once: a generator gives the same reports."""
    cases = three_cases()

    def generate() -> Iterator[Case]:
        yield from cases

    assert evaluate_many(generate()) == one_by_one(cases)


def test_credits_may_be_any_iterable_in_a_case() -> None:
    """A case's credits are as evaluate takes them: any iterable (a list, a generator)."""
    licensee, credits, period = three_cases()[0]

    reports = evaluate_many([(licensee, list(credits), period), (licensee, (c for c in credits), period)])

    assert reports == [evaluate(licensee, credits, period)] * 2


def test_jurisdiction_is_passed_to_every_case() -> None:
    """evaluate_many(jurisdiction=...): each report is evaluate's under it (New York: 50-minute hours)."""
    licensee = Licensee("NY1", date(2019, 3, 15), cycle_start=date(2019, 3, 15))
    period = compliance_period(licensee, containing=date(2024, 6, 1), jurisdiction=NEW_YORK)
    credits = (Credit("ny-ethics", date(2024, 5, 2), 100, subfields=(SubfieldShare("ethics", 100),)),)
    cases: list[Case] = [(licensee, credits, period), (licensee, (), period)]

    reports = evaluate_many(cases, jurisdiction=NEW_YORK)

    assert reports == one_by_one(cases, jurisdiction=NEW_YORK)
    assert reports[0].rule_set == NEW_YORK.rules_for(period).name
    assert reports[0].hours("total") == 2  # 100 minutes at 50 minutes an hour


def test_rules_are_passed_to_every_case() -> None:
    """evaluate_many(rules=...): "a rule set to use for every case instead of the one in force"."""
    cases = three_cases()
    latest = CALIFORNIA.rule_sets.entries[-1].value
    proposed = attrs.evolve(
        latest, name="A proposed rule set", total_hours=attrs.evolve(latest.total_hours, value=Decimal(20))
    )

    reports = evaluate_many(cases, rules=proposed)

    assert reports == one_by_one(cases, rules=proposed)
    assert reports != evaluate_many(cases)
    assert {r.rule_set for r in reports} == {"A proposed rule set"}
    assert {r.required("total") for r in reports if r.months_subject > 4} == {20}


# ----------------------------------------------------------------------------- properties


@st.composite
def batches(draw: st.DrawFn, max_size: int = 4) -> tuple[Jurisdiction, RuleSet | None, list[Case]]:
    """A jurisdiction, maybe a rule set of it, and cases that evaluate accepts under them."""
    where = draw(cst.jurisdictions())
    rules = draw(st.none() | cst.rule_sets(where))
    cases = draw(st.lists(cst.evaluation_inputs(where, max_credits=5), max_size=max_size))
    return where, rules, cases


@BATCHES
@given(batches())
def test_a_batch_equals_evaluate_case_by_case(batch: tuple[Jurisdiction, RuleSet | None, list[Case]]) -> None:
    """Property: evaluate_many(cases) == [evaluate(*case) for case in cases], jurisdiction and rules passed."""
    where, rules, cases = batch

    assert evaluate_many(cases, jurisdiction=where, rules=rules) == one_by_one(cases, jurisdiction=where, rules=rules)


@BATCHES
@given(batches(), st.data())
def test_a_batch_split_anywhere_gives_the_same_reports(
    batch: tuple[Jurisdiction, RuleSet | None, list[Case]], data: st.DataObject
) -> None:
    """Property: "a batch can be split anywhere and its parts evaluated" apart: the parts, concatenated, agree."""
    where, rules, cases = batch
    at = data.draw(st.integers(min_value=0, max_value=len(cases)), label="split at")

    whole = evaluate_many(cases, jurisdiction=where, rules=rules)
    parts = evaluate_many(cases[:at], jurisdiction=where, rules=rules) + evaluate_many(
        cases[at:], jurisdiction=where, rules=rules
    )

    assert parts == whole


@BATCHES
@given(batches(max_size=3))
def test_the_reports_and_their_cases_survive_pickling(batch: tuple[Jurisdiction, RuleSet | None, list[Case]]) -> None:
    """Property: "the models and reports pickle", as processes and cluster workers need (equal after a trip)."""
    where, rules, cases = batch
    reports = evaluate_many(cases, jurisdiction=where, rules=rules)

    # The test pickles what it built itself; nothing untrusted is loaded.
    cases_again = pickle.loads(pickle.dumps(cases))  # noqa: S301
    reports_again = pickle.loads(pickle.dumps(reports))  # noqa: S301

    assert cases_again == cases
    assert reports_again == reports
    assert evaluate_many(cases_again, jurisdiction=where, rules=rules) == reports


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("bad", "shown"),
    [
        ("bad", "'bad'"),
        ((GARCIA, ()), "(Licensee("),
        ((GARCIA, (), compliance_period(GARCIA, containing=ASKED_ON), None), "(Licensee("),
        ([GARCIA, (), compliance_period(GARCIA, containing=ASKED_ON)], "[Licensee("),
        (None, "None"),
    ],
    ids=["a string", "a pair", "four items", "a list, not a tuple", "None"],
)
def test_a_case_that_is_not_a_triple_is_named(bad: object, shown: str) -> None:
    """evaluate_many: each case is a ``(licensee, credits, period)`` tuple; anything else is cases[i]."""
    cases: list[Any] = [*three_cases(), bad]

    with pytest.raises(InputError) as caught:
        evaluate_many(cases)

    assert paths_of(caught.value) == ["cases[3]"]
    assert f"cases[3]: expected (licensee, credits, period), got {shown}" in str(caught.value)


def test_bad_credits_in_two_cases_are_all_reported_at_once() -> None:
    """evaluate_many: "one InputError naming every problem of every case, each path under cases[i]"."""
    (garcia, g_credits, g_period), middle, (nguyen, n_credits, n_period) = three_cases()
    unknown = Credit("astrology-2024", date(2024, 3, 1), 60, subfields=(SubfieldShare("astrology", 60),))
    cases: list[Any] = [
        (garcia, [g_credits[0], "not a credit", g_credits[1], g_credits[1]], g_period),
        middle,
        (nguyen, [unknown, *n_credits], n_period),
    ]

    with pytest.raises(InputError) as caught:
        evaluate_many(cases)

    assert paths_of(caught.value) == [
        "cases[0].credits[1]",
        "cases[0].credits[3].credit_id",
        "cases[2].credits[0].subfields[0].subfield",
    ]
    message = str(caught.value)
    assert message.startswith("3 problems in the input:")
    assert "cases[0].credits[1]: expected a Credit, got 'not a credit'" in message
    assert "cases[0].credits[3].credit_id: 'webinar-2024' is also the id of credits[2]" in message
    assert "cases[2].credits[0].subfields[0].subfield: 'astrology' is not a subfield of California" in message


def test_nothing_partial_is_returned() -> None:
    """evaluate_many: "Nothing partial is returned": a bad last case fails the batch, good cases before it too."""
    cases: list[Any] = [*three_cases(), (GARCIA, (), "2025-03-29")]
    result: list[ComplianceReport] | None = None

    with pytest.raises(InputError) as caught:
        result = evaluate_many(cases)

    assert result is None
    assert paths_of(caught.value) == ["cases[3].period"]


def test_problems_of_the_licensee_and_period_are_under_the_case() -> None:
    """A case's licensee, and a period of another group, are named under cases[i] as evaluate names them."""
    garcia_period = compliance_period(GARCIA, containing=ASKED_ON)
    cases: list[Any] = [("201234", (), garcia_period), (HERNANDEZ, (), garcia_period)]

    with pytest.raises(InputError) as caught:
        evaluate_many(cases)

    assert paths_of(caught.value) == ["cases[0].licensee", "cases[1].period.group"]


@pytest.mark.parametrize("cases", [5, None, "cases", b"cases"], ids=["a number", "None", "a string", "bytes"])
def test_cases_that_are_not_iterable_are_named(cases: object) -> None:
    """evaluate_many: ``cases`` must be an iterable of cases (a string is not a sequence of cases)."""
    with pytest.raises(InputError) as caught:
        evaluate_many(cases)  # type: ignore[arg-type]

    assert paths_of(caught.value) == ["cases"]
    assert f"cases: expected a sequence, got {cases!r}" in str(caught.value)


def _new_york_cases() -> tuple[Licensee, CompliancePeriod, CompliancePeriod]:
    """A New York licensee with a cycle of 2024 (rules in force) and one of 1995 (none in force)."""
    licensee = Licensee("N1", date(1990, 1, 1), cycle_start=date(1990, 6, 1))
    recent = compliance_period(licensee, containing=date(2024, 1, 1), jurisdiction=NEW_YORK)
    early = compliance_period(licensee, containing=date(1995, 1, 1), jurisdiction=NEW_YORK)
    return licensee, recent, early


def test_a_case_without_rules_in_force_does_not_hide_the_other_cases_problems() -> None:
    """Every case is evaluated first: bad input elsewhere is reported, the rule gap listed with it."""
    licensee, recent, early = _new_york_cases()
    with pytest.raises(InputError) as caught:
        evaluate_many([(licensee, ["bad"], recent), (licensee, [], early)], jurisdiction=NEW_YORK)  # type: ignore[list-item]
    paths = [p.path for p in caught.value.problems]
    assert paths == ["cases[0].credits[0]", "cases[1]"]
    assert "not in force on 1996-05-31" in caught.value.problems[1].message


def test_rules_not_in_force_alone_raise_rule_not_in_force_naming_the_case() -> None:
    """With every case sound, the gap is the library's RuleNotInForce, with a note naming the first case."""
    licensee, recent, early = _new_york_cases()
    with pytest.raises(RuleNotInForce) as caught:
        evaluate_many([(licensee, [], recent), (licensee, [], early), (licensee, [], early)], jurisdiction=NEW_YORK)
    assert caught.value.rule == "mcle.us_ny.rule_set"
    assert caught.value.__notes__ == ["in cases[1], of 2 case(s) whose period has no rule set in force"]


@pytest.mark.parametrize("cases", [[], "the batch is checked after them"])
def test_a_bad_jurisdiction_and_rules_are_named_once_before_any_case(cases: object) -> None:
    """Arguments for the whole batch are checked once, under their own names, even for an empty batch."""
    with pytest.raises(InputError) as caught:
        evaluate_many(cases, jurisdiction="us_ca", rules=25)  # type: ignore[arg-type]
    assert [p.path for p in caught.value.problems] == ["jurisdiction", "rules"]
