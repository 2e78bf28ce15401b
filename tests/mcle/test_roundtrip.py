"""MCLE at the boundary: evaluation survives a JSON round trip, and bad documents are refused.

Properties of :func:`calcities_domain.mcle.evaluate` over the public strategies:

- the report is the same whether its inputs are the models or the models after a trip
  through JSON, and the report itself round-trips;
- the order of the credits never matters;
- adding a credit never lowers the hours counted, in total or in any category.

And the strict boundary: a credit or licensee document with bad values raises one
:class:`~calcities_domain.kernel.InputError` naming every problem with its JSON path.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import mcle
from calcities_domain.kernel import InputError
from calcities_domain.mcle import (
    CompliancePeriod,
    ComplianceReport,
    Credit,
    Delivery,
    Jurisdiction,
    Licensee,
    NatReport,
    RuleSet,
    SubfieldShare,
)
from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst

T = TypeVar("T")

Inputs = tuple[Licensee, tuple[Credit, ...], CompliancePeriod]

# Each example draws a licensee, a period and up to ten credits and evaluates them (twice
# or more): fewer examples than the profile's (tests/conftest.py) keep the suite fast.
EVALUATIONS = settings(max_examples=max(10, settings().max_examples * 3 // 5))


def round_trip(value: T) -> T:
    """``value`` after a trip through JSON text, structured as its own type."""
    return from_json(to_json(value), type(value))


def evaluate(inputs: Inputs, where: Jurisdiction, rules: RuleSet | None = None) -> ComplianceReport:
    licensee, credits, period = inputs
    return mcle.evaluate(licensee, credits, period, jurisdiction=where, rules=rules)


@st.composite
def evaluations(draw: st.DrawFn) -> tuple[Jurisdiction, Inputs]:
    where = draw(cst.jurisdictions())
    return where, draw(cst.evaluation_inputs(where))


# ----------------------------------------------------------------- round trips


@EVALUATIONS
@given(evaluations())
def test_evaluation_is_the_same_after_a_round_trip_of_its_inputs(case: tuple[Jurisdiction, Inputs]) -> None:
    where, (licensee, credits, period) = case
    report = evaluate((licensee, credits, period), where)
    again = (round_trip(licensee), tuple(round_trip(c) for c in credits), round_trip(period))
    assert again == (licensee, credits, period)
    assert evaluate(again, where) == report
    assert structure(unstructure(report), ComplianceReport) == report
    assert round_trip(report) == report


@EVALUATIONS
@given(st.data())
def test_a_report_under_any_rule_set_round_trips(data: st.DataObject) -> None:
    """Reports under variant rule sets (other increments, caps, proration) too."""
    where, inputs = data.draw(evaluations())
    rules = data.draw(cst.rule_sets(where))
    report = evaluate(inputs, where, rules)
    assert round_trip(rules) == rules
    assert evaluate(inputs, where, round_trip(rules)) == report
    assert round_trip(report) == report


@EVALUATIONS
@given(cst.jurisdictions().flatmap(cst.nat_reports))
def test_nat_reports_round_trip(report: NatReport) -> None:
    assert round_trip(report) == report


@pytest.mark.parametrize("where", mcle.jurisdictions(), ids=lambda j: j.code)
def test_every_jurisdiction_round_trips(where: Jurisdiction) -> None:
    """A whole jurisdiction, timelines of rule sets and holiday calendars included."""
    document = unstructure(where)
    assert structure(document, Jurisdiction) == where
    assert round_trip(where) == where


# ----------------------------------------------------------------- order and monotonicity


@EVALUATIONS
@given(evaluations(), st.randoms(use_true_random=False))
def test_the_order_of_credits_never_matters(case: tuple[Jurisdiction, Inputs], random: Any) -> None:
    where, (licensee, credits, period) = case
    shuffled = list(credits)
    random.shuffle(shuffled)
    assert evaluate((licensee, tuple(shuffled), period), where) == evaluate((licensee, credits, period), where)


def _not_lower(before: ComplianceReport, after: ComplianceReport) -> None:
    assert after.hours("total") >= before.hours("total")
    for entry in before.counted:
        assert after.hours(entry.category) >= entry.hours, entry.category


def _added(credits: tuple[Credit, ...], extra: Credit) -> Credit:
    """``extra`` with a fresh id, and no activity if that would make it a second claim.

    A second claim for an activity already claimed on the same day is either the same
    claim (a duplicate) or refused: see the tests below.
    """
    claimed = {(c.activity, c.completed_on) for c in credits if c.activity is not None}
    activity = None if (extra.activity, extra.completed_on) in claimed else extra.activity
    return attrs.evolve(extra, credit_id="added-" + "-".join(c.credit_id for c in credits), activity=activity)


@EVALUATIONS
@given(st.data())
def test_adding_a_credit_never_lowers_any_category(data: st.DataObject) -> None:
    """More credit never means fewer hours counted, in total or in any category."""
    where, (licensee, credits, period) = data.draw(evaluations())
    extra = _added(credits, data.draw(cst.credits(within=period, jurisdiction=where)))
    before = evaluate((licensee, credits, period), where)
    after = evaluate((licensee, (*credits, extra), period), where)
    _not_lower(before, after)


@EVALUATIONS
@given(st.data())
def test_adding_a_credit_never_lowers_any_category_under_variant_rules(data: st.DataObject) -> None:
    """The same under variant rule sets in which self-study over the cap still counts for subfields.

    Where it does not (``self_study_over_cap_counts_for_subfields`` false), the hours cut
    are taken from the latest self-study credits first: an earlier self-study credit
    added moves the cut onto a later one and can lower that one's subfield hours, so a
    subfield category can fall while the total does not. That is the documented order
    of the cut, not checked here.
    """
    where, (licensee, credits, period) = data.draw(evaluations())
    rules = data.draw(cst.rule_sets(where).filter(lambda r: r.self_study_over_cap_counts_for_subfields.value))
    extra = _added(credits, data.draw(cst.credits(within=period, jurisdiction=where)))
    before = evaluate((licensee, credits, period), where, rules)
    after = evaluate((licensee, (*credits, extra), period), where, rules)
    _not_lower(before, after)


GARCIA = Licensee.admitted("123456", date(2019, 12, 3), "Garcia")
PERIOD = mcle.compliance_period(GARCIA, containing=date(2024, 6, 1))  # 2022-02-01 to 2025-03-29


def test_two_claims_of_one_attendance_that_differ_are_refused() -> None:
    """A second claim of one activity on one day must say the same: else which to count would be a guess."""
    ethics = Credit("c1", date(2023, 5, 2), 120, activity="course-1", subfields=(SubfieldShare("ethics", 120),))
    longer = Credit("c2", date(2023, 5, 2), 180, activity="course-1")
    recorded = Credit(
        "c3",
        date(2023, 5, 2),
        120,
        activity="course-1",
        delivery=Delivery.SELF_STUDY,
        subfields=(SubfieldShare("ethics", 120),),
    )
    with pytest.raises(InputError) as info:
        mcle.evaluate(GARCIA, [ethics, longer, recorded], PERIOD)
    assert [p.path for p in info.value.problems] == ["credits[1]", "credits[2]"]


def test_a_repeated_claim_never_lowers_any_category() -> None:
    """The same claim entered twice counts once: nothing falls, nothing doubles."""
    self_study = Credit("s1", date(2023, 1, 2), 750, delivery=Delivery.SELF_STUDY)  # 12.5 hours: the cap
    live = Credit("c1", date(2023, 5, 2), 120, activity="course-1", subfields=(SubfieldShare("ethics", 120),))
    before = mcle.evaluate(GARCIA, [self_study, live], PERIOD)
    after = mcle.evaluate(GARCIA, [self_study, live, attrs.evolve(live, credit_id="c0")], PERIOD)
    _not_lower(before, after)
    assert after.counted == before.counted
    assert [(n.credit_id, n.reason) for n in after.not_counted] == [("c1", mcle.NotCountedReason.DUPLICATE)]


# ----------------------------------------------------------------- bad documents

CREDIT: dict[str, Any] = {"credit_id": "c1", "completed_on": "2024-05-02", "minutes": 90}
LICENSEE: dict[str, Any] = {"licensee_id": "123456", "admitted_on": "2019-12-03", "group": 1}


def span(status: str, start: str, end: str | None = None, exemption: str | None = None) -> dict[str, Any]:
    return {"status": status, "start": start, "end": end, "exemption": exemption}


STATUSES = '"active", "inactive", "exempt", "not_eligible"'

# (case id, document, model, the exact problems expected)
BAD_DOCUMENTS: list[tuple[str, dict[str, Any], type, list[tuple[str, str]]]] = [
    ("negative minutes", {**CREDIT, "minutes": -5}, Credit, [("$.minutes", "must not be negative, got -5")]),
    (
        "minutes in words",
        {**CREDIT, "minutes": "ninety"},
        Credit,
        [("$.minutes", 'expected a whole number, got "ninety"')],
    ),
    (
        "a date before 1992",
        {**CREDIT, "completed_on": "1991-12-31"},
        Credit,
        [
            (
                "$.completed_on",
                "1991-12-31 is before 1992-01-01, earlier than any MCLE rule the library knows "
                "(California's MCLE began on 1992-02-01)",
            )
        ],
    ),
    (
        "subfield minutes above the activity's",
        {**CREDIT, "subfields": [{"subfield": "ethics", "minutes": 60}, {"subfield": "bias", "minutes": 31}]},
        Credit,
        [("$.subfields", "the subfield minutes add up to 91, more than the activity's 90 minutes")],
    ),
    (
        "an unknown status",
        {**LICENSEE, "statuses": [span("inactive", "2020-01-01", "2020-12-31"), span("retired", "2021-01-01")]},
        Licensee,
        [("$.statuses[1].status", f'expected one of {STATUSES}, got "retired"')],
    ),
    (
        "overlapping status spans",
        {**LICENSEE, "statuses": [span("inactive", "2020-01-01", "2021-06-30"), span("active", "2021-06-01")]},
        Licensee,
        [("$.statuses[1]", "overlaps statuses[0] (2020-01-01 to 2021-06-30 and 2021-06-01 onwards)")],
    ),
    (
        "every bad field of a credit at once",
        {
            **CREDIT,
            "completed_on": "1980-01-01",
            "minutes": "ninety",
            "kind": "lecture",
            "subfields": [{"subfield": "ethics", "minutes": -30}],
            "units": 2,
            "room": "B",
        },
        Credit,
        [
            (
                "$.completed_on",
                "1980-01-01 is before 1992-01-01, earlier than any MCLE rule the library knows "
                "(California's MCLE began on 1992-02-01)",
            ),
            ("$.minutes", 'expected a whole number, got "ninety"'),
            ("$.kind", 'expected one of "attendance", "speaking", "law_school_teaching", got "lecture"'),
            ("$.subfields[0].minutes", "must not be negative, got -30"),
            ("$.units", 'expected a decimal number as a string (like "2.5") or null, got 2'),
            (
                "$.room",
                "unknown field (expected: credit_id, completed_on, minutes, delivery, kind, subfields, activity, "
                "provider_approved, first_presentation, panelists, units, new_attorney_training, title)",
            ),
        ],
    ),
    (
        "every inconsistency of a credit at once",
        {
            **CREDIT,
            "minutes": 60,
            "subfields": [
                {"subfield": "ethics", "minutes": 45},
                {"subfield": "bias", "minutes": 30},
                {"subfield": "ethics", "minutes": 1},
            ],
            "units": "2",
            "panelists": 3,
        },
        Credit,
        [
            ("$.subfields[2].subfield", "'ethics' is listed twice"),
            ("$.subfields", "the subfield minutes add up to 76, more than the activity's 60 minutes"),
            ("$.panelists", "only speaking is shared among panelists, not attendance"),
            ("$.units", "only law-school teaching has units, not attendance"),
        ],
    ),
    (
        "every bad span of a licensee at once",
        {
            **LICENSEE,
            "admitted_on": "2019-13-01",
            "group": 4,
            "statuses": [
                span("exempt", "2020-01-01", "2019-01-01"),
                span("retired", "2021-01-01"),
                span("inactive", "2022-01-01", exemption="law_professor"),
            ],
        },
        Licensee,
        [
            ("$.admitted_on", 'no such day: "2019-13-01"'),
            ("$.group", "expected one of 1, 2, 3 or null, got 4"),
            ("$.statuses[0].end", "2019-01-01 is before the start, 2020-01-01"),
            ("$.statuses[0].exemption", "an exempt status needs its ground of exemption"),
            ("$.statuses[1].status", f'expected one of {STATUSES}, got "retired"'),
            ("$.statuses[2].exemption", "only an exempt status has a ground of exemption, not inactive"),
        ],
    ),
    (
        "every inconsistency of a status history at once",
        {
            **LICENSEE,
            "statuses": [
                span("inactive", "2020-01-01", "2021-06-30"),
                span("exempt", "2021-06-01", exemption="law_professor"),
                span("active", "2019-01-01"),
            ],
        },
        Licensee,
        [
            ("$.statuses[1]", "overlaps statuses[0] (2020-01-01 to 2021-06-30 and 2021-06-01 onwards)"),
            ("$.statuses[2].start", "2019-01-01 is before admission, 2019-12-03"),
            ("$.statuses[2]", "overlaps statuses[1] (2021-06-01 onwards and 2019-01-01 onwards)"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("case", "document", "model", "expected"), BAD_DOCUMENTS, ids=[case[0] for case in BAD_DOCUMENTS]
)
def test_a_bad_document_names_every_problem_with_its_path(
    case: str, document: dict[str, Any], model: type, expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(InputError) as info:
        structure(document, model)
    assert [(p.path, p.message) for p in info.value.problems] == expected
    with pytest.raises(InputError) as again:
        from_json(json.dumps(document), model)
    assert again.value.problems == info.value.problems


def test_the_good_documents_behind_the_bad_ones_are_good() -> None:
    """The bad documents differ from these in the bad values only."""
    credit = structure(CREDIT, Credit)
    assert (credit.minutes, credit.completed_on) == (90, date(2024, 5, 2))
    licensee = structure(
        {**LICENSEE, "statuses": [span("inactive", "2020-01-01", "2020-12-31"), span("active", "2021-01-01")]},
        Licensee,
    )
    assert licensee.group is mcle.ComplianceGroup.GROUP_1
    assert licensee.status_on(date(2020, 6, 1)) is mcle.LicenseStatus.INACTIVE


def test_a_bad_field_does_not_hide_an_unrelated_inconsistency() -> None:
    document = {**CREDIT, "completed_on": "1991-12-31", "subfields": [{"subfield": "ethics", "minutes": 120}]}
    with pytest.raises(InputError) as info:
        structure(document, Credit)
    assert [p.path for p in info.value.problems] == ["$.completed_on", "$.subfields"]
