"""Sources that differ only in their note are distinct, and listed in one order whatever the input's.

Rule under test (src/calcities_domain/kernel/sources.py, ``unique_sources``: "the distinct
sources, in a stable order (title, section, URL, confidence, note)"): a source's note is part of
what it is, so two sources alike but for the note are both kept; like a missing section or
URL, a missing note comes first, and notes otherwise go in alphabetical order.
"""

from __future__ import annotations

import pytest

from calcities_domain.kernel import Confidence, Source, unique_sources

BARE = Source("Cal Cities event registration policy", Confidence.INFERRED)
CHECK = Source("Cal Cities event registration policy", Confidence.INFERRED, note="Check with the events team.")
ZONE = Source("Cal Cities event registration policy", Confidence.INFERRED, note="Read as Pacific time.")


@pytest.mark.parametrize(
    "given",
    [[BARE, CHECK, ZONE], [ZONE, CHECK, BARE], [CHECK, ZONE, BARE, CHECK], [ZONE, BARE, ZONE, CHECK]],
)
def test_a_source_without_a_note_comes_before_the_same_with_one(given: list[Source]) -> None:
    assert unique_sources(given) == (BARE, CHECK, ZONE)
