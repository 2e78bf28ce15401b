"""A source without a section comes before the same title's sections in ``unique_sources``.

Rules under test (src/calcities_domain/kernel/sources.py, ``unique_sources``; DESIGN.md,
principles 3 and 4: every rule value carries a Source, and explanations list the distinct
sources):

* ``unique_sources`` returns the distinct sources in a stable order: by title, then
  section, URL, confidence and note. A missing section, URL or note sorts as empty text,
  so a source citing a whole document comes before the sources citing its sections.
"""

from __future__ import annotations

from calcities_domain.kernel import Confidence, Source, unique_sources

CODE = "California Government Code"


def test_a_whole_document_comes_before_its_sections() -> None:
    whole = Source(CODE, Confidence.CONFIRMED)
    section = Source(CODE, Confidence.CONFIRMED, section="Section 54950")
    assert unique_sources([section, whole]) == (whole, section)
    assert unique_sources([whole, section, whole]) == (whole, section)


def test_a_source_without_a_section_comes_first_whatever_the_sections_letters() -> None:
    whole = Source(CODE, Confidence.INFERRED)
    sections = [Source(CODE, Confidence.CONFIRMED, section=text) for text in ("§ 6700", "Art. 4", "ZZ", "XXXX", "a")]
    assert unique_sources([*sections, whole])[0] == whole
