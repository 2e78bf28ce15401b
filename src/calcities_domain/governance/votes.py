"""Votes and thresholds: did a motion pass, exactly, and why.

A :class:`VoteTally` counts yes, no and abstentions, and where known how many members
were present and how many are eligible. A :class:`Threshold` says what share of which
base a motion needs. Everything is integer arithmetic by cross-multiplication
(``yes * 3 >= voting * 2``), never a float.

Conventions, stated once (they apply to every threshold):

- *Votes cast* and *those voting* are yes plus no: an abstention is not a vote cast.
  The league's sources do not say how abstentions count; this is the usual reading
  (Robert's Rules), and every decision cites it as an assumption.
- A *majority* is more than half: a tie fails.
- *Two-thirds* means at least two-thirds: exactly two-thirds passes.
- With no votes cast (or no one present, or no one eligible) nothing passes.
- A count is at most :data:`MAX_COUNT` (10**18): no body has that many members, and a
  count of thousands of digits could not even be written in the explanation.

Quorum rules of the league are not published: a quorum check takes the quorum as a
required argument.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum

import attrs

from calcities_domain.kernel import Confidence, Decision, Effect, Problem, Reason, Source
from calcities_domain.kernel._checks import checked, fail, instance, non_negative, optional, validate
from calcities_domain.kernel._words import number, shown

__all__ = [
    "ABSTENTIONS",
    "MAJORITY_OF_MEMBERS",
    "MAJORITY_OF_VOTES_CAST",
    "MAX_COUNT",
    "TWO_THIRDS_OF_PRESENT",
    "TWO_THIRDS_OF_VOTES_CAST",
    "Base",
    "Quorum",
    "Threshold",
    "VoteTally",
    "decide",
]

#: How abstentions, ties and exact thresholds are read (the league's sources are silent).
ABSTENTIONS = Source(
    "calcities_domain: counting abstentions, ties and exact thresholds",
    Confidence.ASSUMED,
    section="abstentions are not votes cast; a tie fails a majority; exactly two-thirds passes",
    note="The league's sources do not say how abstentions count. The library follows the usual parliamentary "
    "reading (Robert's Rules of Order): votes cast are yes plus no.",
)

#: The largest count a tally, a quorum or a threshold's share may hold: 10**18. No body has
#: that many members, yet it is far past 2**53, where binary floats stop counting exactly
#: and integer cross-multiplication does not. A larger count is a mistake (or an attack),
#: refused by name: a count of thousands of digits could not even be written in an answer.
MAX_COUNT = 10**18


def _count(instance_: object, attribute: attrs.Attribute[int], value: object) -> None:
    """Check: a whole number from 0 to :data:`MAX_COUNT`."""
    non_negative(instance_, attribute, value)
    if isinstance(value, int) and value > MAX_COUNT:  # a whole number, as non_negative checked
        raise fail(attribute.name, f"must be at most {MAX_COUNT:,}, got {number(value)}")


@attrs.frozen
class VoteTally:
    """The count of a vote.

    Attributes:
        yes: Votes in favour.
        no: Votes against.
        abstain: Abstentions (present, not voting either way).
        present: Members present, if known (at least yes + no + abstain).
        eligible: Members entitled to vote, if known (at least those present).

    Every count is a whole number from 0 to :data:`MAX_COUNT` (10**18).

    Raises:
        InputError: naming every bad count: negative or non-whole counts, counts above
            :data:`MAX_COUNT`, more votes than members present, more present than eligible.

    >>> VoteTally(yes=40, no=20).voting
    60
    """

    yes: int = attrs.field(metadata=checked(_count))
    no: int = attrs.field(metadata=checked(_count))
    abstain: int = attrs.field(default=0, kw_only=True, metadata=checked(_count))
    present: int | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_count)))
    eligible: int | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(_count)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        counted = self.yes + self.no + self.abstain
        if self.present is not None and counted > self.present:
            problems.append(Problem("present", f"{counted} voted or abstained, more than the {self.present} present"))
        ceiling = self.present if self.present is not None else counted
        if self.eligible is not None and ceiling > self.eligible:
            what = "present" if self.present is not None else "voted or abstained"
            problems.append(Problem("eligible", f"{ceiling} {what}, more than the {self.eligible} eligible"))
        return problems

    @property
    def voting(self) -> int:
        """Votes cast: yes plus no (abstentions are not votes cast)."""
        return self.yes + self.no


class Base(enum.Enum):
    """What a threshold is a share of.

    Attributes:
        VOTES_CAST: yes plus no.
        PRESENT: the members present.
        ELIGIBLE: the members entitled to vote.
    """

    VOTES_CAST = "votes_cast"
    PRESENT = "present"
    ELIGIBLE = "eligible"


@attrs.frozen
class Threshold:
    """A share of a base that the yes votes must reach.

    Attributes:
        numerator: The share's numerator (1 for a majority, 2 for two-thirds).
        denominator: The share's denominator (2, 3).
        base: What it is a share of.
        strict: True for *more than* the share (a majority: more than half), False for
            *at least* (two-thirds: at least two-thirds).
        name: Its name, for people.

    The numerator and denominator are whole numbers from 0 to :data:`MAX_COUNT`.

    >>> TWO_THIRDS_OF_VOTES_CAST.passes(VoteTally(yes=40, no=20))
    True
    """

    numerator: int = attrs.field(metadata=checked(_count))
    denominator: int = attrs.field(metadata=checked(_count))
    base: Base = attrs.field(metadata=checked(instance(Base)))
    strict: bool = attrs.field(metadata=checked(instance(bool)))
    name: str = attrs.field(metadata=checked(instance(str)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        if self.denominator == 0 or self.numerator > self.denominator:
            return [Problem("numerator", f"{self.numerator}/{self.denominator} is not a share from 0 to 1")]
        return []

    def base_of(self, tally: VoteTally) -> int | None:
        """The number the share is taken of, or None if the tally lacks it."""
        if self.base is Base.VOTES_CAST:
            return tally.voting
        return tally.present if self.base is Base.PRESENT else tally.eligible

    def passes(self, tally: VoteTally) -> bool:
        """Whether ``tally`` reaches the threshold (see :func:`decide` for the reasons).

        Raises:
            InputError: if the tally lacks the base (members present, or eligible).
        """
        base = self.base_of(tally)
        if base is None:
            raise fail(f"tally.{self.base.value}", f"{self.name} needs the number {self.base.value}")
        if base == 0:
            return False
        scaled, needed = tally.yes * self.denominator, base * self.numerator
        return scaled > needed if self.strict else scaled >= needed


#: More than half of the votes cast (a tie fails).
MAJORITY_OF_VOTES_CAST = Threshold(1, 2, Base.VOTES_CAST, True, "a majority of the votes cast")
#: At least two-thirds of those voting.
TWO_THIRDS_OF_VOTES_CAST = Threshold(2, 3, Base.VOTES_CAST, False, "two-thirds of those voting")
#: At least two-thirds of the members present.
TWO_THIRDS_OF_PRESENT = Threshold(2, 3, Base.PRESENT, False, "two-thirds of the members present")
#: More than half of the members entitled to vote.
MAJORITY_OF_MEMBERS = Threshold(1, 2, Base.ELIGIBLE, True, "a majority of the members")


@attrs.frozen
class Quorum:
    """How many members must be present for a vote to count, and who says so.

    The league's quorum rules are not published: give the number you rely on.

    Attributes:
        members: The members who must be present (at most :data:`MAX_COUNT`).
        source: Who says so.
    """

    members: int = attrs.field(metadata=checked(_count))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


#: What an empty base means, for people ("No present" would not be a sentence).
_NOTHING_TO_COUNT = {Base.VOTES_CAST: "No votes cast", Base.PRESENT: "No one present", Base.ELIGIBLE: "No one eligible"}


def decide(
    tally: VoteTally,
    threshold: Threshold,
    *,
    source: Source | None = None,
    quorum: Quorum | None = None,
    question: str = "Did the motion pass?",
) -> Decision[bool]:
    """Whether a vote reached a threshold, with the arithmetic as reasons.

    Args:
        tally: The count.
        threshold: What the motion needs.
        source: The rule that sets the threshold, cited in the answer.
        quorum: If given, the vote counts only with at least that many members present
            (the tally must then say how many were present).
        question: The question, as the answer states it.

    Raises:
        InputError: if the tally lacks the base of the threshold or the number present a
            quorum needs.

    >>> d = decide(VoteTally(yes=2, no=1, abstain=3), TWO_THIRDS_OF_VOTES_CAST)
    >>> d.outcome, d.reasons[1].message
    (True, 'Yes 2 of 3 votes cast: 2 x 3 = 6 is at least 3 x 2 = 6.')
    """
    if not isinstance(tally, VoteTally):
        raise fail("tally", f"expected a VoteTally, got {shown(tally)}")
    if not isinstance(threshold, Threshold):
        raise fail("threshold", f"expected a Threshold, got {shown(threshold)}")
    if source is not None and not isinstance(source, Source):
        raise fail("source", f"expected a Source, got {shown(source)}")
    if quorum is not None and not isinstance(quorum, Quorum):
        raise fail("quorum", f"expected a Quorum, got {shown(quorum)}")
    reasons = [
        Reason.of(
            "governance.vote.threshold",
            f"The motion needs {threshold.name}.",
            source=source,
            facts={"threshold": threshold.name},
        ),
    ]
    met = True
    if quorum is not None:
        if tally.present is None:
            raise fail("tally.present", "a quorum check needs the number of members present")
        has_quorum = tally.present >= quorum.members
        met = has_quorum
        reasons.append(
            Reason.of(
                "governance.vote.quorum",
                f"{tally.present} present, quorum {quorum.members}: "
                + ("a quorum." if has_quorum else "no quorum, so the vote does not count."),
                effect=Effect.PASS if has_quorum else Effect.FAIL,
                source=quorum.source,
                facts={"present": tally.present, "quorum": quorum.members},
            )
        )
    base = threshold.base_of(tally)
    if base is None:
        raise fail(f"tally.{threshold.base.value}", f"{threshold.name} needs the number {threshold.base.value}")
    passed = threshold.passes(tally)
    words = {Base.VOTES_CAST: "votes cast", Base.PRESENT: "present", Base.ELIGIBLE: "eligible"}[threshold.base]
    scaled, needed = tally.yes * threshold.denominator, base * threshold.numerator
    relation = "more than" if threshold.strict else "at least"
    if base == 0:
        message = f"{_NOTHING_TO_COUNT[threshold.base]}: nothing can pass."
    else:
        verdict = "is" if passed else "is not"
        message = (
            f"Yes {tally.yes} of {base} {words}: {tally.yes} x {threshold.denominator} = {scaled} {verdict} "
            f"{relation} {base} x {threshold.numerator} = {needed}."
        )
    reasons.append(
        Reason.of(
            "governance.vote.count",
            message,
            effect=Effect.PASS if passed else Effect.FAIL,
            source=ABSTENTIONS,
            facts={"yes": tally.yes, "no": tally.no, "abstain": tally.abstain, "base": base},
        )
    )
    return Decision(question, met and passed, tuple(reasons))
