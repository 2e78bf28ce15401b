"""What a tally says in words: what is missing, the explanation's sources and assumptions,
and the submission year's reasons (tally.py).

Rules under test (src/calcities_domain/recognition/tally.py; ../shared/domain/
torch-events-training.md section 1, the Torch Program):

* ``Tally.missing()`` lists, for the first level not reached, its requirements not met
  and the reasons that keep it from being decided: eligibility not checked (no roll),
  or credits counted once that another split between levels might cover.
* ``Tally.explain()`` ends with the sources ("Sources:") and then the assumptions, each
  assumption followed by its note when it has one, and by nothing when it has none.
* ``Tally._repr_html_`` heads the eligibility and settings reasons "Eligibility and settings".
* A requirement's reason keeps what was counted and what is required as facts
  (``required`` reads "not configured" where the program's administrator has not set it).
* Hours become credits by the program's conversion: the reason keeps the minutes per
  credit and the step as facts; a rounding cited apart is said in a sentence of its own,
  the unit capitalized ("Credits are rounded down to a multiple of 0.01.").
* ``recognition_year``: a submission by the year's deadline counts for that year, after it
  for the next (Torch 2019: deadline 16 September, recognition on 16 October, per Cal
  Cities news of 30 August 2019). Each answer cites the deadline's source and keeps the
  deadline as the fact ``deadline``; a year without a configured deadline cites the program.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.kernel import Confidence, Effect, Source
from calcities_domain.mcle import Rounding
from calcities_domain.recognition import TORCH, Activity, Conversion, Route, recognition_year, tally
from tests.recognition.test_tally import (
    AS_OF,
    ASSUMED,
    CONFIRMED,
    MAYOR,
    ONE_CREDIT,
    ORANGE_COUNCIL,
    TORCH_LIKE,
    credits,
    in_category,
    level,
    program,
    total,
)

SPLIT = (
    "Credits count once: the split of credits between levels chosen here does not reach this level, "
    "but the credits would cover every level's needs under another split, so it is not decided."
)
CAVEAT = Source("Caps not published", Confidence.ASSUMED, note="No cap is applied.")
BARE = Source("Another caveat", Confidence.ASSUMED)


def test_without_a_roll_what_is_missing_is_the_eligibility_check() -> None:
    """No roll: the level whose credits are there is undetermined, and the check is what is missing."""
    result = tally(ORANGE_COUNCIL, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF)
    assert result.missing() == (
        "For One (undetermined):\n  - Whether the official may take part was not checked, so the level is not decided."
    )


def test_a_level_another_split_might_reach_says_so_in_what_is_missing() -> None:
    """Credits counted once: 4 credits cover one's least (1) and two's 3 in all, so two is left undetermined.

    ``_Counter.split_may_matter`` bounds the splits rather than searching them ("a bound,
    not a search"): the level is undetermined, never wrongly not reached, and says why.
    """
    one = level("one", routes=(Route("cat", (in_category("elective", 1),)), Route("tot", (total(2),))))
    two = level("two", total(3), in_category("elective", 1), prerequisite="one")
    done = [credits("e1", "elective", date(2024, 1, 1), 1), credits("c1", "core", date(2024, 2, 1), 3)]
    result = tally(MAYOR, done, program(one, two, reuse=False), as_of=AS_OF)
    assert result.missing() == (
        f"For Two (undetermined):\n  - 1 in elective: 0 credits counted; 1 credit more needed.\n  - {SPLIT}"
    )


def test_the_explanation_lists_sources_then_assumptions_with_their_notes() -> None:
    result = tally(MAYOR, [], program(level("one", total(1)), caveats=(CAVEAT, BARE)), as_of=AS_OF)
    lines = result.explain().splitlines()
    sources = lines.index("Sources:")
    assert lines[sources + 1 : sources + 5] == [
        "  - Another caveat [assumed]",
        "  - Caps not published [assumed]",
        "  - Example program administrator, settings [confirmed]",
        "  - Example program rules [assumed]",
    ]
    assert lines[sources + 6 :] == [
        "  - Another caveat [assumed]",
        "  - Caps not published [assumed]: No cap is applied.",
        "  - Example program rules [assumed]",
    ]
    assert lines[sources + 5].startswith("Assumptions")


def test_the_html_heads_the_eligibility_and_settings() -> None:
    result = tally(MAYOR, [], program(level("one", total(1))), as_of=AS_OF)
    assert ">Eligibility and settings</th>" in result._repr_html_()


def test_a_submission_by_the_deadline_cites_the_deadline_s_source() -> None:
    """Torch 2019: by 16 September 2019 counts for 2019 (Cal Cities news, 30 August 2019)."""
    (entry,) = [d for d in TORCH.submission_deadlines if d.year == 2019]
    (reason,) = recognition_year(TORCH, date(2019, 9, 16)).reasons
    assert reason.source is entry.source
    assert [(f.name, f.value) for f in reason.facts] == [("deadline", "2019-09-16")]


def test_a_late_submission_cites_the_deadline_s_source_and_keeps_the_deadline() -> None:
    """Torch 2019: 17 September 2019 is late, so it counts for 2020."""
    (entry,) = [d for d in TORCH.submission_deadlines if d.year == 2019]
    decision = recognition_year(TORCH, date(2019, 9, 17))
    assert decision.outcome == 2020
    late = decision.reasons[0]
    assert (late.code, late.effect) == ("recognition.submission.late", Effect.FAIL)
    assert late.source is entry.source
    assert [(f.name, f.value) for f in late.facts] == [("deadline", "2019-09-16")]


def test_a_year_without_a_deadline_cites_the_program() -> None:
    """No Torch deadline is configured for 2031: the program sets it each year."""
    decision = recognition_year(TORCH, date(2031, 1, 1))
    assert decision.outcome is None
    (reason,) = decision.reasons
    assert reason.source is TORCH.source
    assert reason.message == (
        "The deadline for 2031 is not configured (years configured: 2014, 2017, 2019); the program sets it each year."
    )


def test_a_requirement_keeps_what_was_counted_and_what_is_required() -> None:
    short = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 7)], program(level("one", total(10))), as_of=AS_OF)
    (not_met,) = [r for r in short.level("one").reasons if r.code == "recognition.requirement.not_met"]
    assert [(f.name, f.value) for f in not_met.facts] == [("counted", "7"), ("required", "10")]


def test_a_requirement_not_configured_keeps_required_as_not_configured() -> None:
    unset = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 7)], program(level("one", total(None))), as_of=AS_OF)
    (reason,) = [r for r in unset.level("one").reasons if r.code == "recognition.requirement.not_configured"]
    assert [(f.name, f.value) for f in reason.facts] == [("counted", "7"), ("required", "not configured")]


def test_the_conversion_keeps_its_rate_and_step_and_says_the_rounding_apart() -> None:
    """TML-like: 50 minutes a credit, down to a multiple of 0.01; the rounding has its own (assumed) source."""
    rate = Conversion(50, Decimal("0.01"), Rounding.DOWN, CONFIRMED, ASSUMED)
    workshop = Activity("h", "Workshop", "core", date(2024, 1, 1), hours=Decimal(1))
    result = tally(MAYOR, [workshop], program(level("one", total("1.2")), conversion=rate), as_of=AS_OF)
    (conversion,) = [r for r in result.reasons if r.code == "recognition.conversion"]
    assert [(f.name, f.value) for f in conversion.facts] == [("minutes_per_credit", "50"), ("step", "0.01")]
    (rounding,) = [r for r in result.reasons if r.code == "recognition.conversion.rounding"]
    assert rounding.message == "Credits are rounded down to a multiple of 0.01."
