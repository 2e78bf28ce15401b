"""Tests of officers.py: the exact question and sentences of an eligibility decision and the succession.

Rules under test (../shared/domain/governance-and-membership.md section 3):

* The Second Vice President must currently serve or have previously served on the Board
  [confirmed: S3, S7]; when the First Vice President office is opened to applicants (2023),
  applicants must have served previously on the Board [confirmed: S4]. No eligibility rule
  is published for the other offices [the library says so, flagged as assumed].
* By custom each officer moves up one office each year (S38 rosters, inferred as a rule);
  the Board still elects the officers each year, so the succession is a projection only.

The sentences are what an application shows an end user: each is checked word for word,
for the eligible and the ineligible candidate.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.governance import OfficerRole, officer_eligibility, projected_succession
from calcities_domain.governance.officers import NO_RULE, S3_TERMS, SUCCESSION
from calcities_domain.kernel import DateRange, Effect

R = OfficerRole
#: An election at the board meeting during the 2025 annual conference (8-10 October 2025, S23 Danville 2025).
ELECTION = date(2025, 10, 10)
#: A director's term ended before the election (S3: "previously served").
SERVED = DateRange(date(2019, 10, 18), date(2021, 9, 24))
#: A term starting on the day of the election: serving, but not "before" (S4, 2023).
STARTS_ON_THE_DAY = DateRange(ELECTION, date(2027, 10, 8))


@pytest.mark.parametrize(
    ("role", "words"),
    [
        (R.PRESIDENT, "president"),
        (R.FIRST_VICE_PRESIDENT, "first vice president"),
        (R.SECOND_VICE_PRESIDENT, "second vice president"),
        (R.IMMEDIATE_PAST_PRESIDENT, "immediate past president"),
    ],
    ids=lambda v: v if isinstance(v, str) else v.value,
)
def test_the_question_names_the_office_in_words(role: OfficerRole, words: str) -> None:
    decision = officer_eligibility(role, [SERVED], on=ELECTION)
    assert decision.question == f"May the candidate be elected {words} on 2025-10-10?"


@pytest.mark.parametrize(
    ("service", "ok", "message"),
    [
        ([SERVED], True, "Serves or has served on the board."),
        ([STARTS_ON_THE_DAY], True, "Serves or has served on the board."),
        ([], False, "Has never served on the board (required)."),
    ],
    ids=["served", "serving", "never"],
)
def test_second_vice_president_board_service_in_words(service: list[DateRange], ok: bool, message: str) -> None:
    """S3: the Second Vice President must currently serve or have previously served on the board."""
    decision = officer_eligibility(R.SECOND_VICE_PRESIDENT, service, on=ELECTION)
    assert decision.outcome is ok
    (reason,) = decision.reasons
    assert (reason.code, reason.message) == ("governance.officer.board_service", message)
    assert reason.effect is (Effect.PASS if ok else Effect.FAIL)
    assert reason.source is S3_TERMS


@pytest.mark.parametrize(
    ("service", "ok", "message"),
    [
        ([SERVED], True, "Has served on the board before."),
        ([STARTS_ON_THE_DAY], False, "Has not served on the board before (required)."),
        ([], False, "Has not served on the board before (required)."),
    ],
    ids=["served", "serving-from-the-day", "never"],
)
def test_open_first_vice_president_previous_service_in_words(service: list[DateRange], ok: bool, message: str) -> None:
    """S4 (2023): applicants for an opened First Vice President office must have served previously."""
    decision = officer_eligibility(R.FIRST_VICE_PRESIDENT, service, on=ELECTION, office_open=True)
    assert decision.outcome is ok
    (reason,) = decision.reasons
    assert (reason.code, reason.message) == ("governance.officer.board_service", message)
    assert reason.effect is (Effect.PASS if ok else Effect.FAIL)
    assert reason.source is S3_TERMS


@pytest.mark.parametrize("role", [R.PRESIDENT, R.FIRST_VICE_PRESIDENT, R.IMMEDIATE_PAST_PRESIDENT], ids=str)
def test_an_office_without_a_published_rule_says_so(role: OfficerRole) -> None:
    """The sources give eligibility rules only for the Second (and opened First) Vice President."""
    decision = officer_eligibility(role, [], on=ELECTION)
    assert decision.outcome is True
    (reason,) = decision.reasons
    assert reason.code == "governance.officer.no_rule"
    assert reason.message == "No published eligibility rule limits this office."
    assert reason.effect is Effect.INFO
    assert reason.source is NO_RULE


def test_the_succession_asks_and_explains_in_words() -> None:
    """S38 (rosters), inferred as custom: each officer moves up, the board still votes each year."""
    decision = projected_succession({R.SECOND_VICE_PRESIDENT: "Taj"})
    assert decision.outcome == ((R.FIRST_VICE_PRESIDENT, "Taj"),)
    assert decision.question == "Who would hold each office next year, if custom holds?"
    (reason,) = decision.reasons
    assert reason.code == "governance.officer.succession"
    assert reason.message == (
        "By custom each officer moves up one office and the Immediate Past President leaves; the Second "
        "Vice President is filled by election. The board votes each year: this is a projection only."
    )
    assert reason.source is SUCCESSION
