"""Whether an official may take part is explained in exact words, citing who says who the program is for.

Rules under test (src/calcities_domain/recognition/tally.py, ``_eligibility``; models.py,
``Audience`` and ``Program.audience_source``, "Who says so"):

* A program for elected officials says whether the official's office is held by
  election: "<program> is for elected officials; <person>'s office (<office>) is [not]
  held by election.", a pass or a fail, citing the program's ``audience_source``.
* A program for the mayors and council members of member cities, tallied without a
  membership roll, turns away any other office at once: "<program> is for mayors and
  council members; <person> is a <office>.", a fail, citing the ``audience_source``.

The programs and people here are made up (the shared ones of test_tally.py: a mayor, Ana
Ruiz, elected; a city clerk, Lee Park, not).
"""

from __future__ import annotations

import pytest

from calcities_domain.kernel import Confidence, Effect, Source
from calcities_domain.organization import Official
from calcities_domain.recognition import Audience, tally
from tests.recognition.test_tally import AS_OF, CLERK, MAYOR, level, program, total

AUDIENCE = Source("Example program eligibility page", Confidence.CONFIRMED, section="who may take part")


@pytest.mark.parametrize(
    ("audience", "official", "eligible", "said"),
    [
        (
            Audience.ELECTED_OFFICIALS,
            MAYOR,
            True,
            (
                "recognition.eligibility.elected",
                "Example program is for elected officials; Ana Ruiz's office (mayor) is held by election.",
                Effect.PASS,
            ),
        ),
        (
            Audience.ELECTED_OFFICIALS,
            CLERK,
            False,
            (
                "recognition.eligibility.elected",
                "Example program is for elected officials; Lee Park's office (city clerk) is not held by election.",
                Effect.FAIL,
            ),
        ),
        (
            Audience.MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES,
            CLERK,
            False,
            (
                "recognition.eligibility.office",
                "Example program is for mayors and council members; Lee Park is a city clerk.",
                Effect.FAIL,
            ),
        ),
    ],
    ids=["elected-mayor", "appointed-clerk", "clerk-off-the-council-without-a-roll"],
)
def test_who_may_take_part_is_said_in_exact_words_citing_the_audience_source(
    audience: Audience, official: Official, eligible: bool, said: tuple[str, str, Effect]
) -> None:
    for_whom = program(level("one", total(1)), audience=audience, audience_source=AUDIENCE)
    result = tally(official, [], for_whom, as_of=AS_OF)
    assert result.eligible is eligible
    (reason,) = [r for r in result.reasons if r.code.startswith("recognition.eligibility")]
    assert (reason.code, reason.message, reason.effect, reason.source) == (*said, AUDIENCE)
    assert AUDIENCE in result.sources()
