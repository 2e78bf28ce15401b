"""Tests of votes.py: vote tallies, thresholds, quorum and decisions, in exact arithmetic.

Rules under test (../shared/domain/governance-and-membership.md sections 2, 4, 6 and
"Suggested modeling constants"; issue 4 point 4 and "Bad input"):

* Thresholds are values: a majority of the votes cast, two-thirds of those voting,
  two-thirds of the members present, a majority of the members; computed by integer
  cross-multiplication (``for*3 >= (for+against)*2``, ``for*3 >= present*2``) [confirmed
  form: domain notes, "Suggested modeling constants"].
* How abstentions count is not in the league's sources [N]: the library reads votes cast
  as yes plus no (Robert's Rules), a tie fails a majority, exactly two-thirds passes, and
  with nothing to count nothing passes; every decision cites that as an assumption
  (``votes.ABSTENTIONS``).
* Quorum rules are not published [N]: a quorum is a required argument where a check is asked.
* A tally refuses negative, boolean and non-whole counts, more votes and abstentions than
  members present, more present than eligible, listing every problem at once.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import governance
from calcities_domain.governance import (
    ABSTENTIONS,
    MAJORITY_OF_MEMBERS,
    MAJORITY_OF_VOTES_CAST,
    TWO_THIRDS_OF_PRESENT,
    TWO_THIRDS_OF_VOTES_CAST,
    Base,
    Quorum,
    Threshold,
    VoteTally,
    decide,
)
from calcities_domain.governance.votes import MAX_COUNT
from calcities_domain.kernel import Confidence, Effect, InputError, Source

THRESHOLDS = (MAJORITY_OF_VOTES_CAST, TWO_THIRDS_OF_VOTES_CAST, TWO_THIRDS_OF_PRESENT, MAJORITY_OF_MEMBERS)
QUORUM_SOURCE = Source("A board's own quorum rule (test)", Confidence.ASSUMED, note="The league's quorum is unknown.")
RULE_SOURCE = Source("A rule (test)", Confidence.CONFIRMED, section="§ 1")

COUNTS = st.integers(min_value=0, max_value=600)


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


@st.composite
def tallies(draw: st.DrawFn, *, full: bool = True) -> VoteTally:
    """A valid tally; with ``full``, present and eligible are always given."""
    yes, no, abstain = draw(COUNTS), draw(COUNTS), draw(COUNTS)
    counted = yes + no + abstain
    present = draw(st.integers(counted, counted + 300)) if full or draw(st.booleans()) else None
    floor = present if present is not None else counted
    eligible = draw(st.integers(floor, floor + 300)) if full or draw(st.booleans()) else None
    return VoteTally(yes, no, abstain=abstain, present=present, eligible=eligible)


def _reference(threshold: Threshold, tally: VoteTally) -> bool:
    """The threshold computed the slow, obvious way, with Fractions."""
    base = {
        Base.VOTES_CAST: tally.yes + tally.no,
        Base.PRESENT: tally.present,
        Base.ELIGIBLE: tally.eligible,
    }[threshold.base]
    assert base is not None
    if base == 0:
        return False
    share = Fraction(tally.yes, base)
    needed = Fraction(threshold.numerator, threshold.denominator)
    return share > needed if threshold.strict else share >= needed


# --------------------------------------------------------------------------- the tally


def test_votes_cast_are_yes_plus_no() -> None:
    """votes.ABSTENTIONS (assumed, Robert's Rules): an abstention is not a vote cast."""
    assert VoteTally(yes=40, no=20).voting == 60
    assert VoteTally(yes=40, no=20, abstain=15).voting == 60
    tally = VoteTally(3, 2, abstain=1, present=8, eligible=10)
    assert (tally.yes, tally.no, tally.abstain, tally.present, tally.eligible) == (3, 2, 1, 8, 10)


def test_present_and_eligible_default_to_unknown() -> None:
    """Present and eligible are optional: None when the count is not known, abstentions default to 0."""
    tally = VoteTally(1, 1)
    assert (tally.abstain, tally.present, tally.eligible) == (0, None, None)


def test_a_tally_at_its_limits_is_valid() -> None:
    """Everyone present voted or abstained, everyone eligible was present: valid."""
    tally = VoteTally(5, 3, abstain=2, present=10, eligible=10)
    assert tally.voting == 8
    assert VoteTally(0, 0, abstain=0, present=0, eligible=0).voting == 0


@pytest.mark.parametrize("field", ["yes", "no", "abstain", "present", "eligible"])
@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "must not be negative, got -1"),
        (True, "expected a whole number, got True"),
        (False, "expected a whole number, got False"),
        (1.0, "expected a whole number, got 1.0"),
        ("3", "expected a whole number, got '3'"),
    ],
    ids=["negative", "true", "false", "float", "text"],
)
def test_a_bad_count_is_refused_with_its_path(field: str, value: object, message: str) -> None:
    """Issue 4, "Bad input": a negative vote count, a boolean, a float or text is refused by name."""
    counts: dict[str, Any] = {"yes": 1, "no": 1, "abstain": 0, "present": 5, "eligible": 9, field: value}
    with pytest.raises(InputError) as error:
        VoteTally(counts.pop("yes"), counts.pop("no"), **counts)
    assert [(p.path, p.message) for p in error.value.problems] == [(field, message)]


def test_more_votes_and_abstentions_than_present_is_refused_at_present() -> None:
    """Issue 4, "Bad input": 6 votes and 2 abstentions with 7 present cannot be."""
    with pytest.raises(InputError) as error:
        VoteTally(4, 2, abstain=2, present=7)
    assert [(p.path, p.message) for p in error.value.problems] == [
        ("present", "8 voted or abstained, more than the 7 present"),
    ]


def test_more_present_than_eligible_is_refused_at_eligible() -> None:
    """Issue 4, "Bad input": more votes than eligible voters."""
    with pytest.raises(InputError) as error:
        VoteTally(4, 2, present=9, eligible=8)
    assert [(p.path, p.message) for p in error.value.problems] == [("eligible", "9 present, more than the 8 eligible")]


def test_more_votes_than_eligible_is_refused_without_present() -> None:
    """Without a count of those present, votes and abstentions are held against the eligible."""
    with pytest.raises(InputError) as error:
        VoteTally(5, 4, abstain=1, eligible=9)
    assert [(p.path, p.message) for p in error.value.problems] == [
        ("eligible", "10 voted or abstained, more than the 9 eligible"),
    ]


def test_every_bad_count_is_reported_at_once() -> None:
    """DESIGN.md principle 8: every problem at once, nothing partial."""
    with pytest.raises(InputError) as error:
        VoteTally(_bad(-1), _bad(True), abstain=_bad(1.5), present=_bad("3"), eligible=-2)
    assert _paths(error) == ["yes", "no", "abstain", "present", "eligible"]
    assert str(error.value).startswith("5 problems in the input:")


def test_both_relations_are_reported_at_once() -> None:
    """Too many votes for those present and too many present for those eligible: both reported."""
    with pytest.raises(InputError) as error:
        VoteTally(5, 5, present=8, eligible=7)
    assert _paths(error) == ["present", "eligible"]


def test_an_input_error_is_a_value_error() -> None:
    """Bad input raises the documented exception type, a ValueError."""
    with pytest.raises(ValueError, match="must not be negative"):
        VoteTally(-3, 0)


# --------------------------------------------------------------------------- thresholds, examples


def test_the_four_thresholds_as_values() -> None:
    """Issue 4 point 4: a majority of votes cast, two-thirds of those voting, two-thirds of the members
    present, a majority of the members; a majority is strict (more than half), two-thirds is at least."""
    assert (MAJORITY_OF_VOTES_CAST.numerator, MAJORITY_OF_VOTES_CAST.denominator) == (1, 2)
    assert (MAJORITY_OF_VOTES_CAST.base, MAJORITY_OF_VOTES_CAST.strict) == (Base.VOTES_CAST, True)
    assert (TWO_THIRDS_OF_VOTES_CAST.numerator, TWO_THIRDS_OF_VOTES_CAST.denominator) == (2, 3)
    assert (TWO_THIRDS_OF_VOTES_CAST.base, TWO_THIRDS_OF_VOTES_CAST.strict) == (Base.VOTES_CAST, False)
    assert (TWO_THIRDS_OF_PRESENT.numerator, TWO_THIRDS_OF_PRESENT.denominator) == (2, 3)
    assert (TWO_THIRDS_OF_PRESENT.base, TWO_THIRDS_OF_PRESENT.strict) == (Base.PRESENT, False)
    assert (MAJORITY_OF_MEMBERS.numerator, MAJORITY_OF_MEMBERS.denominator) == (1, 2)
    assert (MAJORITY_OF_MEMBERS.base, MAJORITY_OF_MEMBERS.strict) == (Base.ELIGIBLE, True)
    for name in ("MAJORITY_OF_VOTES_CAST", "TWO_THIRDS_OF_VOTES_CAST", "TWO_THIRDS_OF_PRESENT", "MAJORITY_OF_MEMBERS"):
        assert name in governance.__all__


def test_a_tie_fails_a_majority() -> None:
    """votes.ABSTENTIONS: a majority is more than half, so 20-20 fails and 21-20 passes."""
    assert not MAJORITY_OF_VOTES_CAST.passes(VoteTally(20, 20))
    assert MAJORITY_OF_VOTES_CAST.passes(VoteTally(21, 20))
    assert not MAJORITY_OF_VOTES_CAST.passes(VoteTally(1, 1))
    assert MAJORITY_OF_VOTES_CAST.passes(VoteTally(1, 0))


def test_exactly_two_thirds_passes() -> None:
    """votes.ABSTENTIONS: two-thirds means at least two-thirds, so 40 of 60 passes and 39 of 59 fails
    (39 x 3 = 117 < 59 x 2 = 118)."""
    assert TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(40, 20))
    assert TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(2, 1))
    assert not TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(39, 20))
    assert not TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(1, 1))
    assert TWO_THIRDS_OF_PRESENT.passes(VoteTally(38, 0, present=57))
    assert not TWO_THIRDS_OF_PRESENT.passes(VoteTally(37, 0, present=57))


def test_thresholds_are_exact_where_floats_are_not() -> None:
    """DESIGN.md principle 6: integer cross-multiplication, never floats. With 2 x 10**17 yes and
    10**17 + 1 no, yes is just short of two-thirds, and 10**17 + 1 yes to 10**17 no is a majority;
    float division gets both wrong (checked in the test)."""
    yes, no = 2 * 10**17, 10**17 + 1
    assert yes / (yes + no) >= 2 / 3  # the float answer, wrong
    assert not TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(yes, no))
    yes, no = 10**17 + 1, 10**17
    assert not yes / (yes + no) > 1 / 2  # the float answer, wrong
    assert MAJORITY_OF_VOTES_CAST.passes(VoteTally(yes, no))


def test_abstentions_are_not_votes_cast() -> None:
    """votes.ABSTENTIONS: 2 yes, 1 no and 30 abstentions is two-thirds of those voting."""
    tally = VoteTally(2, 1, abstain=30)
    assert TWO_THIRDS_OF_VOTES_CAST.passes(tally)
    assert MAJORITY_OF_VOTES_CAST.passes(tally)


def test_abstentions_count_against_a_share_of_those_present() -> None:
    """S19, S20 (two-thirds of the directors present): an abstaining director is present, so 30 yes,
    10 no and 5 abstentions of 46 present fails (30 x 3 = 90 < 46 x 2 = 92), though it is three-quarters
    of those voting."""
    tally = VoteTally(30, 10, abstain=5, present=46)
    assert not TWO_THIRDS_OF_PRESENT.passes(tally)
    assert TWO_THIRDS_OF_VOTES_CAST.passes(tally)


def test_a_majority_of_members_counts_the_absent_against() -> None:
    """A majority of the members: 30 yes of 57 eligible passes, 28 yes of 57 does not, however few vote no."""
    assert MAJORITY_OF_MEMBERS.passes(VoteTally(29, 0, eligible=57))
    assert not MAJORITY_OF_MEMBERS.passes(VoteTally(28, 0, eligible=57))
    assert not MAJORITY_OF_MEMBERS.passes(VoteTally(28, 0, eligible=56))
    assert MAJORITY_OF_MEMBERS.passes(VoteTally(29, 0, present=30, eligible=56))


@pytest.mark.parametrize("threshold", THRESHOLDS, ids=lambda t: t.name)
def test_with_nothing_to_count_nothing_passes(threshold: Threshold) -> None:
    """votes.ABSTENTIONS: with no votes cast (or no one present or eligible) nothing passes."""
    empty = VoteTally(0, 0, present=0, eligible=0)
    assert not threshold.passes(empty)
    only_abstentions = VoteTally(0, 0, abstain=5, present=5, eligible=5)
    assert not threshold.passes(only_abstentions)
    decision = decide(empty, threshold)
    assert decision.outcome is False
    assert decision.failures[-1].code == "governance.vote.count"


def test_no_votes_cast_is_explained() -> None:
    """The explanation says there was nothing to count."""
    decision = decide(VoteTally(0, 0, abstain=4), MAJORITY_OF_VOTES_CAST)
    assert decision.reasons[-1].message == "No votes cast: nothing can pass."
    assert decision.reasons[-1].effect is Effect.FAIL


@pytest.mark.parametrize(
    ("threshold", "message"),
    [
        (MAJORITY_OF_VOTES_CAST, "No votes cast: nothing can pass."),
        (TWO_THIRDS_OF_PRESENT, "No one present: nothing can pass."),
        (MAJORITY_OF_MEMBERS, "No one eligible: nothing can pass."),
    ],
    ids=["votes-cast", "present", "eligible"],
)
def test_an_empty_base_is_explained_in_words(threshold: Threshold, message: str) -> None:
    """Each empty base reads as a sentence (a fix: the present case read "No present")."""
    decision = decide(VoteTally(0, 0, present=0, eligible=0), threshold)
    assert decision.reasons[-1].message == message


@pytest.mark.parametrize(
    ("threshold", "path"),
    [(TWO_THIRDS_OF_PRESENT, "tally.present"), (MAJORITY_OF_MEMBERS, "tally.eligible")],
    ids=["present", "eligible"],
)
def test_a_threshold_needing_a_count_the_tally_lacks_is_an_input_error(threshold: Threshold, path: str) -> None:
    """A share of those present (or eligible) needs the tally to say how many: an InputError with the path."""
    tally = VoteTally(10, 0)
    with pytest.raises(InputError) as error:
        threshold.passes(tally)
    assert _paths(error) == [path]
    with pytest.raises(InputError) as error:
        decide(tally, threshold)
    assert _paths(error) == [path]
    assert threshold.base_of(tally) is None


def test_base_of_each_threshold() -> None:
    """The base is votes cast (yes + no), the members present, or the members eligible."""
    tally = VoteTally(3, 2, abstain=1, present=7, eligible=9)
    assert [t.base_of(tally) for t in THRESHOLDS] == [5, 5, 7, 9]


def test_a_threshold_refuses_a_share_outside_0_to_1_and_bad_fields() -> None:
    """A Threshold is a share of a base: 3/2, n/0, negative or boolean parts are refused with paths."""
    with pytest.raises(InputError) as error:
        Threshold(3, 2, Base.VOTES_CAST, False, "three halves")
    assert _paths(error) == ["numerator"]
    with pytest.raises(InputError) as error:
        Threshold(1, 0, Base.VOTES_CAST, False, "over zero")
    assert _paths(error) == ["numerator"]
    with pytest.raises(InputError) as error:
        Threshold(_bad(True), -3, _bad("votes_cast"), _bad(1), _bad(None))
    assert _paths(error) == ["numerator", "denominator", "base", "strict", "name"]


def test_a_custom_threshold_three_fifths_of_members() -> None:
    """Thresholds are values: a caller can build one (three-fifths of the members, at least)."""
    three_fifths = Threshold(3, 5, Base.ELIGIBLE, False, "three-fifths of the members")
    assert three_fifths.passes(VoteTally(6, 0, eligible=10))
    assert not three_fifths.passes(VoteTally(5, 5, eligible=10))


# --------------------------------------------------------------------------- decide


def test_decide_explains_exactly_two_thirds() -> None:
    """The docstring example: 2 yes, 1 no and 3 abstentions is exactly two-thirds of those voting."""
    decision = decide(VoteTally(yes=2, no=1, abstain=3), TWO_THIRDS_OF_VOTES_CAST, source=RULE_SOURCE)
    assert decision.outcome is True
    assert decision.question == "Did the motion pass?"
    assert decision.codes == ("governance.vote.threshold", "governance.vote.count")
    threshold, count = decision.reasons
    assert threshold.message == "The motion needs two-thirds of those voting."
    assert threshold.source == RULE_SOURCE
    assert threshold.effect is Effect.INFO
    assert count.message == "Yes 2 of 3 votes cast: 2 x 3 = 6 is at least 3 x 2 = 6."
    assert count.effect is Effect.PASS
    assert count.source == ABSTENTIONS
    assert {f.name: f.value for f in count.facts} == {"yes": "2", "no": "1", "abstain": "3", "base": "3"}


def test_decide_explains_a_tie() -> None:
    """A 20-20 tie fails a majority, and the reason shows the arithmetic."""
    decision = decide(VoteTally(20, 20), MAJORITY_OF_VOTES_CAST, question="Is the motion adopted?")
    assert decision.outcome is False
    assert decision.question == "Is the motion adopted?"
    assert decision.failures[0].message == "Yes 20 of 40 votes cast: 20 x 2 = 40 is not more than 40 x 1 = 40."


def test_every_decision_flags_the_abstention_convention_as_an_assumption() -> None:
    """The league's sources do not say how abstentions count: the assumption appears in every answer."""
    assert ABSTENTIONS.confidence is Confidence.ASSUMED
    decision = decide(VoteTally(1, 0), MAJORITY_OF_VOTES_CAST, source=RULE_SOURCE)
    assert decision.assumptions() == (ABSTENTIONS,)
    assert set(decision.sources()) == {ABSTENTIONS, RULE_SOURCE}
    assert "Robert's Rules" in decision.explain()


def test_quorum_is_met() -> None:
    """A quorum the caller gives (the league's is not published): 30 present of a quorum of 29 is a quorum."""
    quorum = Quorum(29, QUORUM_SOURCE)
    decision = decide(VoteTally(20, 5, present=30), MAJORITY_OF_VOTES_CAST, quorum=quorum)
    assert decision.outcome is True
    assert decision.codes == ("governance.vote.threshold", "governance.vote.quorum", "governance.vote.count")
    reason = decision.reasons[1]
    assert reason.effect is Effect.PASS
    assert reason.source == QUORUM_SOURCE
    assert reason.message == "30 present, quorum 29: a quorum."
    assert (reason.fact("present"), reason.fact("quorum")) == ("30", "29")
    assert QUORUM_SOURCE in decision.assumptions()


def test_exactly_the_quorum_is_a_quorum() -> None:
    """At least the quorum: exactly 29 present of a quorum of 29 counts."""
    decision = decide(VoteTally(20, 5, present=29), MAJORITY_OF_VOTES_CAST, quorum=Quorum(29, QUORUM_SOURCE))
    assert decision.outcome is True


def test_without_a_quorum_the_vote_does_not_count() -> None:
    """Fewer present than the quorum: the outcome is False with a FAIL reason, even if the count passes."""
    decision = decide(VoteTally(2, 1, abstain=3, present=6), TWO_THIRDS_OF_VOTES_CAST, quorum=Quorum(7, QUORUM_SOURCE))
    assert decision.outcome is False
    (failure,) = decision.failures
    assert failure.code == "governance.vote.quorum"
    assert failure.message == "6 present, quorum 7: no quorum, so the vote does not count."
    assert decision.reasons[-1].effect is Effect.PASS


def test_a_quorum_check_needs_the_number_present() -> None:
    """A quorum check without the number present is an InputError at 'tally.present'."""
    with pytest.raises(InputError) as error:
        decide(VoteTally(20, 5), MAJORITY_OF_VOTES_CAST, quorum=Quorum(10, QUORUM_SOURCE))
    assert _paths(error) == ["tally.present"]


def test_a_quorum_requires_its_number_and_source() -> None:
    """The quorum is a required argument: both its number and who says so; bad values are refused."""
    with pytest.raises(TypeError):
        Quorum(10)  # type: ignore[call-arg]
    with pytest.raises(InputError) as error:
        Quorum(_bad(-1), _bad("bylaws"))
    assert _paths(error) == ["members", "source"]
    with pytest.raises(InputError) as error:
        Quorum(_bad(True), QUORUM_SOURCE)
    assert _paths(error) == ["members"]


def test_decide_refuses_wrong_arguments() -> None:
    """Each argument is checked and named."""
    tally = VoteTally(1, 0)
    with pytest.raises(InputError) as error:
        decide(_bad((1, 0)), MAJORITY_OF_VOTES_CAST)
    assert _paths(error) == ["tally"]
    with pytest.raises(InputError) as error:
        decide(tally, _bad("majority"))
    assert _paths(error) == ["threshold"]
    with pytest.raises(InputError) as error:
        decide(tally, MAJORITY_OF_VOTES_CAST, source=_bad("S13"))
    assert _paths(error) == ["source"]
    with pytest.raises(InputError) as error:
        decide(tally, MAJORITY_OF_VOTES_CAST, quorum=_bad(5))
    assert _paths(error) == ["quorum"]


def test_a_decision_is_not_a_boolean() -> None:
    """DESIGN.md principle 5: read decision.outcome; a Decision refuses to be used as a boolean."""
    decision = decide(VoteTally(1, 0), MAJORITY_OF_VOTES_CAST)
    with pytest.raises(TypeError):
        bool(decision)


# --------------------------------------------------------------------------- properties


@given(tallies(), st.sampled_from(THRESHOLDS))
def test_passes_agrees_with_a_fraction_reference(tally: VoteTally, threshold: Threshold) -> None:
    """Integer cross-multiplication gives the same answer as exact Fractions."""
    assert threshold.passes(tally) is _reference(threshold, tally)


@st.composite
def shares(draw: st.DrawFn) -> Threshold:
    """Any share from 1/10 to 1, strict or not, of any base."""
    denominator = draw(st.integers(1, 10))
    numerator = draw(st.integers(1, denominator))
    return Threshold(numerator, denominator, draw(st.sampled_from(list(Base))), draw(st.booleans()), "a share")


@given(tallies(), shares())
def test_any_threshold_agrees_with_a_fraction_reference(tally: VoteTally, threshold: Threshold) -> None:
    """Any share, strict or not, of any base: cross-multiplication equals the Fraction comparison."""
    assert threshold.passes(tally) is _reference(threshold, tally)


@st.composite
def growing_yes(draw: st.DrawFn) -> tuple[VoteTally, VoteTally]:
    """Two tallies that differ only in yes: ``extra`` of the absent or silent members vote yes."""
    yes, no, abstain = draw(COUNTS), draw(COUNTS), draw(COUNTS)
    extra = draw(st.integers(1, 100))
    present = yes + no + abstain + extra + draw(st.integers(0, 300))
    eligible = present + draw(st.integers(0, 300))
    fewer = VoteTally(yes, no, abstain=abstain, present=present, eligible=eligible)
    return fewer, VoteTally(yes + extra, no, abstain=abstain, present=present, eligible=eligible)


@given(growing_yes(), st.sampled_from(THRESHOLDS))
def test_passing_is_monotone_as_yes_votes_grow_others_fixed(
    pair: tuple[VoteTally, VoteTally], threshold: Threshold
) -> None:
    """Issue 4, "Tests that must exist": with no, abstentions, present and eligible fixed, more yes votes
    never turn a pass into a failure."""
    fewer, more = pair
    if threshold.passes(fewer):
        assert threshold.passes(more)


@given(tallies(), st.sampled_from(THRESHOLDS))
def test_a_pass_stays_a_pass_one_yes_at_a_time(tally: VoteTally, threshold: Threshold) -> None:
    """Adding yes votes one at a time, newcomers who raise present and eligible too (yes + k of
    present + k only grows), the outcome switches from fail to pass at most once and never back."""
    assert tally.present is not None
    assert tally.eligible is not None
    outcomes = [
        threshold.passes(
            VoteTally(
                tally.yes + k,
                tally.no,
                abstain=tally.abstain,
                present=tally.present + k,
                eligible=tally.eligible + k,
            )
        )
        for k in range(12)
    ]
    assert outcomes == sorted(outcomes)


@given(tallies(full=False))
def test_two_thirds_never_passes_where_a_majority_fails(tally: VoteTally) -> None:
    """Issue 4, "Tests that must exist": on the same tally, two-thirds of those voting implies a majority
    of the votes cast (and two-thirds of those present implies a majority of the members present)."""
    if TWO_THIRDS_OF_VOTES_CAST.passes(tally):
        assert MAJORITY_OF_VOTES_CAST.passes(tally)
    if tally.present is not None and TWO_THIRDS_OF_PRESENT.passes(tally):
        assert MAJORITY_OF_VOTES_CAST.passes(tally)
        assert TWO_THIRDS_OF_VOTES_CAST.passes(tally)
    if tally.eligible is not None and MAJORITY_OF_MEMBERS.passes(tally):
        assert MAJORITY_OF_VOTES_CAST.passes(tally)


@given(tallies(full=False), st.sampled_from(THRESHOLDS))
def test_decide_without_quorum_is_passes(tally: VoteTally, threshold: Threshold) -> None:
    """decide()'s outcome equals threshold.passes() when no quorum is asked; its last reason passes or
    fails with the outcome and always cites the abstention convention."""
    if threshold.base_of(tally) is None:
        with pytest.raises(InputError):
            decide(tally, threshold)
        return
    decision = decide(tally, threshold)
    assert decision.outcome is threshold.passes(tally)
    last = decision.reasons[-1]
    assert last.effect is (Effect.PASS if decision.outcome else Effect.FAIL)
    assert last.source == ABSTENTIONS
    assert len(decision.failures) == (0 if decision.outcome else 1)


@given(tallies(), st.sampled_from(THRESHOLDS), st.integers(0, 1500))
def test_decide_with_quorum_is_quorum_and_passes(tally: VoteTally, threshold: Threshold, members: int) -> None:
    """With a quorum, the outcome is "a quorum was present and the threshold passed"."""
    assert tally.present is not None
    decision = decide(tally, threshold, quorum=Quorum(members, QUORUM_SOURCE))
    has_quorum = tally.present >= members
    assert decision.outcome is (has_quorum and threshold.passes(tally))
    quorum_reason = decision.reasons[decision.codes.index("governance.vote.quorum")]
    assert quorum_reason.effect is (Effect.PASS if has_quorum else Effect.FAIL)


@given(tallies())
def test_abstentions_never_change_a_share_of_votes_cast(tally: VoteTally) -> None:
    """votes.ABSTENTIONS: turning abstentions into absences (or back) does not change a share of votes cast."""
    assert tally.present is not None
    without = VoteTally(tally.yes, tally.no, present=tally.present, eligible=tally.eligible)
    for threshold in (MAJORITY_OF_VOTES_CAST, TWO_THIRDS_OF_VOTES_CAST):
        assert threshold.passes(tally) is threshold.passes(without)


@given(COUNTS, COUNTS)
def test_a_majority_passes_exactly_when_yes_outnumbers_no(yes: int, no: int) -> None:
    """A majority of votes cast is yes > no; two-thirds of those voting is yes >= 2 * no (and some vote)."""
    tally = VoteTally(yes, no)
    assert MAJORITY_OF_VOTES_CAST.passes(tally) is (yes > no)
    assert TWO_THIRDS_OF_VOTES_CAST.passes(tally) is (yes + no > 0 and yes >= 2 * no)


@given(
    st.integers(-1000, -1) | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=3),
    st.sampled_from(["yes", "no", "abstain", "present", "eligible"]),
)
def test_any_bad_count_is_refused_at_its_field(value: object, field: str) -> None:
    """Negative, boolean, float and text counts are refused, naming the field and nothing else."""
    counts: dict[str, Any] = {"yes": 0, "no": 0, "abstain": 0, "present": 0, "eligible": 0, field: value}
    with pytest.raises(InputError) as error:
        VoteTally(counts.pop("yes"), counts.pop("no"), **counts)
    assert _paths(error) == [field]


# --------------------------------------------------------------------------- magnitudes


def test_counts_up_to_max_count_are_decided_exactly() -> None:
    """10**18 is far past 2**53, where floats stop counting: the arithmetic stays whole."""
    tally = VoteTally(MAX_COUNT, MAX_COUNT - 1)
    decision = decide(tally, MAJORITY_OF_VOTES_CAST)
    assert decision.outcome is True
    assert f"Yes {MAX_COUNT} of {2 * MAX_COUNT - 1} votes cast" in decision.reasons[1].message


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        (MAX_COUNT + 1, str(MAX_COUNT + 1)),
        (10**4299, "a whole number of 4300 digits"),
        (10**5000, "a whole number of 5001 digits"),
    ],
    ids=["one more", "4300 digits", "5001 digits"],
)
def test_a_count_above_max_count_is_refused_by_name(count: int, shown: str) -> None:
    """A count of thousands of digits raised a bare ValueError when the decision was explained
    (Python writes no whole number of more than 4300 digits as text by default)."""
    message = f"must be at most 1,000,000,000,000,000,000, got {shown}"
    with pytest.raises(InputError) as caught:
        VoteTally(count, 0, abstain=count, present=count, eligible=count)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (name, message) for name in ("yes", "abstain", "present", "eligible")
    ]
    with pytest.raises(InputError) as caught:
        Quorum(count, QUORUM_SOURCE)
    assert [(p.path, p.message) for p in caught.value.problems] == [("members", message)]
    with pytest.raises(InputError) as caught:
        Threshold(1, count, Base.VOTES_CAST, False, "a tiny share")
    assert [(p.path, p.message) for p in caught.value.problems] == [("denominator", message)]


def test_a_bad_argument_of_decide_is_shown_short() -> None:
    with pytest.raises(InputError) as caught:
        decide(_bad("x" * 5000), MAJORITY_OF_VOTES_CAST)
    (problem,) = caught.value.problems
    assert problem.path == "tally"
    assert problem.message == "expected a VoteTally, got '" + "x" * 56 + "..."


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("threshold", "expected a Threshold, got 'two-thirds'"),
        ("source", "expected a Source, got 'Robert'"),
        ("quorum", "expected a Quorum, got 29"),
    ],
)
def test_each_bad_argument_of_decide_is_named_with_its_value(argument: str, expected: str) -> None:
    arguments: dict[str, Any] = {"tally": VoteTally(yes=2, no=1), "threshold": MAJORITY_OF_VOTES_CAST}
    arguments[argument] = _bad({"threshold": "two-thirds", "source": "Robert", "quorum": 29}[argument])
    with pytest.raises(InputError) as caught:
        decide(**arguments)
    assert [(p.path, p.message) for p in caught.value.problems] == [(argument, expected)]
