"""Tests of sources.py: Source, Confidence and unique_sources.

Rules under test (DESIGN.md, principles 3 and 4): every rule value carries a Source
(title, URL, section, confidence); confidence is explicit, and only CONFIRMED counts as
confirmed, so unconfirmed facts surface as assumptions in every explanation.
"""

from __future__ import annotations

from random import Random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, InputError, Source, unique_sources
from calcities_domain.testing import strategies as cst

# The $75 processing charge of Cal Cities events: confirmed event policy
# (../shared/domain/torch-events-training.md, summary item 5).
EVENT_POLICY = Source(
    "Cal Cities event registration policy",
    Confidence.CONFIRMED,
    url="https://www.calcities.org",
    section="Cancellations and refunds",
)
# The refund formula built on it is inferred (same note, "formula I").
REFUND_FORMULA = Source(
    "Cal Cities event registration policy",
    Confidence.INFERRED,
    section="refund = paid - $75",
    note="The formula is our reading of the policy.",
)
# 25 hours per compliance period: Cal. Rules of Court 9.31(c) (../shared/domain/mcle.md).
RULE_9_31 = Source("California Rules of Court", Confidence.CONFIRMED, section="rule 9.31(c)")


def paths_of(error: InputError) -> list[str]:
    return [p.path for p in error.problems]


# ----------------------------------------------------------------------------- Confidence


def test_confidence_values_are_the_marks_of_the_domain_notes() -> None:
    """Rule: the four confidence marks of ../shared/domain/README.md, serialized by value."""
    expected = ["confirmed", "secondary", "inferred", "assumed"]

    assert expected == [c.value for c in Confidence]


@pytest.mark.parametrize(
    ("confidence", "confirmed"),
    [
        (Confidence.CONFIRMED, True),
        (Confidence.SECONDARY, False),
        (Confidence.INFERRED, False),
        (Confidence.ASSUMED, False),
    ],
)
def test_only_confirmed_is_confirmed(confidence: Confidence, confirmed: bool) -> None:
    """Rule: only a primary source confirms a fact (DESIGN.md §4); secondary is not enough."""
    assert confirmed is Source("Title", confidence).is_confirmed


# ----------------------------------------------------------------------------- cite


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            Source("California Government Code", Confidence.CONFIRMED, section="§ 6700"),
            "California Government Code, § 6700 [confirmed]",
        ),
        (Source("Bylaws", Confidence.SECONDARY), "Bylaws [secondary]"),
        (
            Source("Cal Cities", Confidence.ASSUMED, url="https://www.calcities.org"),
            "Cal Cities [assumed] <https://www.calcities.org>",
        ),
        (
            EVENT_POLICY,
            "Cal Cities event registration policy, Cancellations and refunds [confirmed] <https://www.calcities.org>",
        ),
        (
            REFUND_FORMULA,  # the note explains, it is not part of the citation
            "Cal Cities event registration policy, refund = paid - $75 [inferred]",
        ),
    ],
)
def test_cite_gives_title_section_confidence_and_url(source: Source, expected: str) -> None:
    """Rule: a citation reads ``title, section [confidence] <url>``, omitting what is missing."""
    assert expected == source.cite()


@given(cst.sources())
def test_cite_always_names_title_and_confidence(source: Source) -> None:
    """Property: every citation starts with the title and shows the confidence mark."""
    cited = source.cite()

    assert cited.startswith(source.title)
    assert f"[{source.confidence.value}]" in cited
    assert (source.url is not None) == cited.endswith(f"<{source.url}>")


@given(cst.sources())
def test_is_confirmed_iff_confidence_is_confirmed(source: Source) -> None:
    """Property: is_confirmed is exactly ``confidence is CONFIRMED``."""
    assert (source.confidence is Confidence.CONFIRMED) == source.is_confirmed


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("kwargs", "path", "fragment"),
    [
        ({"title": ""}, "title", "must be non-blank text, got ''"),
        ({"title": "  \t"}, "title", "must be non-blank text"),
        ({"title": None}, "title", "got None"),
        ({"confidence": "confirmed"}, "confidence", "must be a Confidence, got 'confirmed'"),
        ({"confidence": None}, "confidence", "must be a Confidence, got None"),
        ({"url": ""}, "url", "must be non-blank text or null, got ''"),
        ({"url": 5}, "url", "got 5"),
        ({"section": " "}, "section", "must be non-blank text or null, got ' '"),
        ({"note": ["a"]}, "note", "got ['a']"),
    ],
)
def test_bad_source_fields_raise_input_error(kwargs: dict[str, object], path: str, fragment: str) -> None:
    """Rule: a Source with a bad field raises InputError naming the field (never a TypeError)."""
    arguments: dict[str, object] = {"title": "Bylaws", "confidence": Confidence.CONFIRMED, **kwargs}

    with pytest.raises(InputError) as caught:
        Source(**arguments)  # type: ignore[arg-type]

    assert [path] == paths_of(caught.value)
    assert fragment in caught.value.problems[0].message


def test_url_section_and_note_are_keyword_only() -> None:
    """Rule: only title and confidence are positional, so a URL is never taken for a section."""
    with pytest.raises(TypeError):
        Source("Bylaws", Confidence.CONFIRMED, "https://example.org")  # type: ignore[call-arg]


def test_source_is_frozen_and_hashable() -> None:
    """Rule: sources are immutable values (DESIGN.md §2), usable in sets."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        RULE_9_31.title = "Other"  # type: ignore[misc]
    expected = 2

    assert expected == len({RULE_9_31, EVENT_POLICY, attrs.evolve(RULE_9_31)})


# ----------------------------------------------------------------------------- unique_sources


def test_unique_sources_drops_duplicates_and_sorts_by_title_then_section() -> None:
    """Rule: unique_sources returns each distinct source once, in a stable order."""
    court = Source("California Rules of Court", Confidence.CONFIRMED, section="rule 1.11")
    expected = (EVENT_POLICY, REFUND_FORMULA, court, RULE_9_31)

    assert expected == unique_sources([RULE_9_31, REFUND_FORMULA, court, EVENT_POLICY, RULE_9_31, court])


def test_unique_sources_separates_sources_that_differ_only_in_confidence() -> None:
    """Case: the same title and section with another confidence is another source, confirmed first."""
    secondary = attrs.evolve(RULE_9_31, confidence=Confidence.SECONDARY)
    expected = (RULE_9_31, secondary)

    assert expected == unique_sources([secondary, RULE_9_31])


def test_unique_sources_of_nothing_is_empty() -> None:
    """Edge: no sources give an empty tuple."""
    expected: tuple[Source, ...] = ()

    assert expected == unique_sources([])


@given(st.lists(cst.sources(), max_size=8), st.randoms(use_true_random=False))
def test_unique_sources_is_order_independent_and_idempotent(sources: list[Source], random: Random) -> None:
    """Property: the result is the set of inputs, without repeats, whatever the input order."""
    shuffled = list(sources)
    random.shuffle(shuffled)

    result = unique_sources(sources)

    assert result == unique_sources(shuffled)
    assert result == unique_sources(result + result)
    assert set(sources) == set(result)
    assert len(set(result)) == len(result)


@given(st.lists(cst.sources(), max_size=8))
def test_unique_sources_are_sorted_by_title_section_url_confidence(sources: list[Source]) -> None:
    """Property: the order is title, then section, URL and confidence (missing parts first)."""
    keys = [(s.title, s.section or "", s.url or "", s.confidence.value) for s in unique_sources(sources)]

    assert sorted(keys) == keys


def test_unique_sources_refuses_what_is_not_a_source() -> None:
    with pytest.raises(InputError) as caught:
        unique_sources([Source("A", Confidence.CONFIRMED), None])  # type: ignore[list-item]
    assert caught.value.problems[0].path == "sources[1]"
