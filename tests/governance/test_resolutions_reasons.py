"""Tests of resolutions.py: the exact reasons (sentences, effects, facts, sources) each rule gives.

Rules under test (../shared/domain/governance-and-membership.md sections 4 and 6):

* A general resolution must be received at least 60 days before the conference's opening
  session, and the day is not moved for a weekend [confirmed: S14, S12].
* It needs the written concurrence of at least five cities [confirmed: S20 (Art. VI § 2), S12].
* A petitioned resolution is signed by the voting delegates of 10% of the member cities
  [confirmed: S12, S20]; the rounding (up) is inferred and a parameter, as is the share.
* Who may submit a general resolution: a city official, a council, a division, a department,
  a caucus, a policy committee or the Board [confirmed: S14, S15].
* Routing: policy committee(s), then the Resolutions Committee, then the General Assembly; a
  petitioned resolution goes to the Resolutions Committee and may be disqualified only as not
  germane or substantially the same as another [confirmed: S12, S15].
* By the 2013 mail ballot, amendments took effect 60 days after certification [confirmed: S19, S20].

A reason's code, sentence and facts are what an application shows or stores: they are
checked exactly, for the passing and the failing case.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from calcities_domain.governance import (
    AMENDMENT_EFFECT_DAYS,
    CONCURRENCE_MINIMUM,
    GENERAL_RESOLUTION_LEAD_DAYS,
    PETITION_SHARE,
    Disqualification,
    ResolutionStage,
    Submitter,
    amendment_effective_on,
    check_transition,
    concurrence,
    general_resolution_due,
    may_submit,
    petition_signatures_required,
)
from calcities_domain.governance.resolutions import PETITION_ROUNDING, ROUTING, SUBMITTERS
from calcities_domain.kernel import Cited, Confidence, Effect, Fact, Source

S = ResolutionStage
#: A caller's own reading of the bylaws, for the parameters.
CALLER = Source("A caller's reading of the bylaws", Confidence.ASSUMED)


def test_the_due_day_reason_names_the_days_the_weekday_and_that_it_is_not_moved() -> None:
    """S14: due 22 July 2023 (a Saturday) for a conference opening 20 September 2023; not moved."""
    (reason,) = general_resolution_due(date(2023, 9, 20)).reasons
    assert reason.message == (
        "60 days before the opening session on 2023-09-20: 2023-07-22 (Saturday); the day is not moved for a weekend."
    )
    assert reason.facts == (Fact("opening_session", "2023-09-20"), Fact("due", "2023-07-22"))
    assert reason.source is GENERAL_RESOLUTION_LEAD_DAYS.source


@pytest.mark.parametrize(
    ("cities", "ok"),
    [
        (["Arcadia", "Carmel", "Danville", "Tustin", "Azusa"], True),
        (["Arcadia", "Carmel", "Danville", "Tustin"], False),
    ],
    ids=["five", "four"],
)
def test_the_concurrence_reason_counts_the_cities_and_cites_art_vi_2(cities: list[str], ok: bool) -> None:
    """S20 (Art. VI § 2, 2013): at least five cities concur."""
    decision = concurrence(cities)
    assert decision.outcome is ok
    assert decision.question == "Does the resolution have enough concurring cities?"
    (reason,) = decision.reasons
    assert reason.message == f"{len(cities)} distinct cities concur; at least 5 are needed."
    assert reason.effect is (Effect.PASS if ok else Effect.FAIL)
    assert reason.facts == (Fact("cities", str(len(cities))), Fact("needed", "5"))
    assert reason.source is CONCURRENCE_MINIMUM.source
    assert reason.source.section == "Art. VI § 2"


def test_the_petition_reasons_state_the_share_the_exact_count_and_the_rounding() -> None:
    """S12, S20: 10% of 476 member cities is 47.6; rounded up (inferred) it is 48."""
    share, rounding = petition_signatures_required(476).reasons
    assert share.message == "Voting delegates of 1/10 of the 476 member cities: 47.6."
    assert share.facts == (Fact("member_cities", "476"), Fact("share", "1/10"))
    assert share.source is PETITION_SHARE.source
    assert rounding.message == "Rounded up: 48."
    assert rounding.facts == (Fact("signatures", "48"),)
    assert rounding.source is PETITION_ROUNDING


def test_a_caller_who_rounds_down_reads_rounded_down() -> None:
    """The rounding is not published: a caller may round down (47.6 of 476 is then 47)."""
    share, rounding = petition_signatures_required(476, round_up=Cited(False, CALLER)).reasons
    assert share.message == "Voting delegates of 1/10 of the 476 member cities: 47.6."
    assert rounding.message == "Rounded down: 47."
    assert rounding.facts == (Fact("signatures", "47"),)
    assert rounding.source is CALLER


def test_a_share_of_every_member_city_is_allowed() -> None:
    """The share is a parameter from 0 (excluded) to 1 (included): all 476 member cities is 476."""
    decision = petition_signatures_required(476, share=Cited(Fraction(1), CALLER))
    assert decision.outcome == 476
    assert decision.reasons[0].message == "Voting delegates of 1 of the 476 member cities: 476."


@pytest.mark.parametrize("submitter", list(Submitter), ids=lambda s: s.value)
def test_the_submitter_reason_passes_or_fails_and_names_the_submitter(submitter: Submitter) -> None:
    """S14, S15: every listed submitter may submit (a pass); anyone else may not (a failure)."""
    ok = submitter is not Submitter.OTHER
    (reason,) = may_submit(submitter).reasons
    assert reason.code == "governance.resolution.submitter"
    assert reason.effect is (Effect.PASS if ok else Effect.FAIL)
    assert reason.facts == (Fact("submitter", submitter.value),)
    assert reason.source is SUBMITTERS


@pytest.mark.parametrize(
    ("current", "target", "petitioned", "message"),
    [
        (S.SUBMITTED, S.POLICY_COMMITTEE, False, "A general resolution may go from submitted to policy_committee."),
        (S.SUBMITTED, S.GENERAL_ASSEMBLY, False, "A general resolution may not go from submitted to general_assembly."),
        (
            S.SUBMITTED,
            S.RESOLUTIONS_COMMITTEE,
            True,
            "A petitioned resolution may go from submitted to resolutions_committee.",
        ),
        (
            S.SUBMITTED,
            S.POLICY_COMMITTEE,
            True,
            "A petitioned resolution may not go from submitted to policy_committee.",
        ),
    ],
    ids=["general-may", "general-may-not", "petitioned-may", "petitioned-may-not"],
)
def test_the_transition_reason_names_the_kind_of_resolution_and_the_stages(
    current: ResolutionStage, target: ResolutionStage, petitioned: bool, message: str
) -> None:
    """S12, S15: a general resolution goes to the policy committees first; a petitioned one goes
    straight to the Resolutions Committee."""
    decision = check_transition(current, target, petitioned=petitioned)
    (reason,) = decision.reasons
    assert reason.code == "governance.resolution.transition"
    assert reason.message == message
    assert reason.facts == (Fact("from", current.value), Fact("to", target.value))
    assert reason.source is ROUTING
    assert decision.question == f"May the resolution go from {current.value} to {target.value}?"


def test_a_disqualification_without_a_ground_says_which_grounds_there_are() -> None:
    """S12: the Resolutions Committee may disqualify a petitioned resolution only as not germane, or
    substantially the same as another."""
    decision = check_transition(S.RESOLUTIONS_COMMITTEE, S.DISQUALIFIED, petitioned=True)
    assert decision.outcome is False
    route, ground = decision.reasons
    assert route.message == "A petitioned resolution may go from resolutions_committee to disqualified."
    assert route.effect is Effect.PASS
    assert ground.code == "governance.resolution.disqualification"
    assert ground.message == (
        "Disqualification needs a ground: not germane, or substantially the same as another resolution."
    )
    assert ground.effect is Effect.FAIL
    assert ground.source is ROUTING
    grounded = check_transition(
        S.RESOLUTIONS_COMMITTEE, S.DISQUALIFIED, petitioned=True, disqualification=Disqualification.NOT_GERMANE
    )
    assert grounded.outcome is True
    assert grounded.codes == ("governance.resolution.transition",)


def test_the_effective_day_reason_names_both_days() -> None:
    """S19, S20: 60 days after the certifying resolution (17 May 2013 is illustrative)."""
    (reason,) = amendment_effective_on(date(2013, 5, 17)).reasons
    assert reason.message == "60 days after certification on 2013-05-17: 2013-07-16."
    assert reason.facts == (Fact("certified_on", "2013-05-17"), Fact("effective_on", "2013-07-16"))
    assert reason.source is AMENDMENT_EFFECT_DAYS.source
