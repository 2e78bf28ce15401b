"""The first reason of a compliance report names the rule set, and its facts say how it was chosen.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate``; docs/mcle.md,
"Overriding an assumption"; docs/notebooks/mcle-requirements.ipynb, one attorney's report;
../shared/domain/mcle.md 1.2, B&P Code § 6070.5: requirements are chosen by the **end date**
of the period):

* Without a caller's rule set, the rule set in force on the period's end is used: reason
  ``mcle.rule_set``, citing the rule-set timeline's source, with the facts
  ``period_end``, ``rule_set`` (its name) and ``overridden`` = ``no``, in that order.
* With a caller's rule set, reason ``mcle.rule_set.override`` has the same facts, with
  ``overridden`` = ``yes``; the explanation says the rules were overridden.
"""

from __future__ import annotations

from datetime import date

import attrs

from calcities_domain.kernel import Reason
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    Licensee,
    compliance_period,
    evaluate,
)
from tests.mcle.reasons import one_reason

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
GARCIA = Licensee("100001", date(1995, 6, 1), G1)


def _facts(reason: Reason) -> list[tuple[str, str]]:
    return [(f.name, f.value) for f in reason.facts]


def test_the_rule_set_in_force_on_the_period_end_is_named_in_the_facts() -> None:
    report = evaluate(GARCIA, [], G1_2025)

    chosen = one_reason(report, "mcle.rule_set")
    assert report.reasons[0] is chosen
    assert chosen.message == (
        "The rules are chosen by the end of the period, 2025-03-29: California, periods ending from 2025-01-31."
    )
    assert chosen.source == CALIFORNIA.rule_sets.source_at(G1_2025.end)
    assert _facts(chosen) == [
        ("period_end", "2025-03-29"),
        ("rule_set", "California, periods ending from 2025-01-31"),
        ("overridden", "no"),
    ]
    assert "mcle.rule_set.override" not in report.decision().codes


def test_new_york_names_its_rule_set_by_the_cycle_end() -> None:
    """22 NYCRR 1500.22: New York's rule set is also chosen by the end of the attorney's cycle."""
    lawyer = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
    cycle = compliance_period(lawyer, containing=date(2020, 7, 1), jurisdiction=NEW_YORK)

    chosen = one_reason(evaluate(lawyer, [], cycle, jurisdiction=NEW_YORK), "mcle.rule_set")

    assert _facts(chosen) == [
        ("period_end", "2022-06-30"),
        ("rule_set", "New York, cycles ending 2018-07-01 to 2023-06-30"),
        ("overridden", "no"),
    ]
    assert chosen.source == NEW_YORK.rule_sets.source_at(cycle.end)


def test_a_callers_rule_set_is_named_in_the_facts_and_marked_overridden() -> None:
    ours = attrs.evolve(CALIFORNIA.rules_for(G1_2025), name="Our office's reading of 2025")

    report = evaluate(GARCIA, [], G1_2025, rules=ours)

    override = one_reason(report, "mcle.rule_set.override")
    assert report.reasons[0] is override
    assert override.message == (
        "The rules are the caller's own, not those chosen by the end of the period, 2025-03-29: "
        "Our office's reading of 2025."
    )
    assert _facts(override) == [
        ("period_end", "2025-03-29"),
        ("rule_set", "Our office's reading of 2025"),
        ("overridden", "yes"),
    ]
    assert "mcle.rule_set" not in report.decision().codes
