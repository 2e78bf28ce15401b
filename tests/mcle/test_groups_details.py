"""The library's reading of a last name, word for word (mcle/groups.py).

Rules under test (../shared/domain/mcle.md sections 1.3 and 3; groups.NAME_NORMALISATION,
marked assumed): group 1 is A-G, 2 is H-M, 3 is N-Z by the first letter of the last name
at admission (calbar MCLE compliance information). Leading spaces, apostrophes, hyphens and
dots are skipped, before and after any particles skipped on request; a particle is
recognised with the punctuation around it stripped ("St." is "st"); a word that merely
begins with a particle is not one. The refusal and the explanation are public wording.
"""

from __future__ import annotations

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import ComplianceGroup, compliance_group, explain_group, initial_letter
from calcities_domain.mcle.groups import _fold

REFUSAL = (
    "does not start with a letter A-Z after normalisation (accents stripped, leading spaces, apostrophes "
    "and hyphens skipped); the State Bar assigns such names individually: pass the group itself"
)


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("van 't Hooft", "T"),  # "'t" is no particle: its apostrophe is skipped
        ("van 'Berg", "B"),
        ("van ' Berg", "B"),  # a stray apostrophe after the particle
        ("St. John", "J"),  # "St." is the particle "st"
        ("de la Cruz", "C"),
    ],
)
def test_punctuation_around_and_after_particles_is_skipped(name: str, letter: str) -> None:
    assert initial_letter(name, skip_particles=True) == letter


@pytest.mark.parametrize(
    ("name", "letter"),
    [("Dax Shepard", "D"), ("Lex Berg", "L"), ("Delano Berg", "D"), ("Vance Berg", "V")],
)
def test_a_word_that_begins_like_a_particle_is_no_particle(name: str, letter: str) -> None:
    """ "Dax" is not "da", "Delano" is not "de": only whole particle words are skipped."""
    assert initial_letter(name, skip_particles=True) == letter


def test_sharp_s_reads_as_one_s() -> None:
    """The undecomposable Latin letters are mapped whether written lower or upper case."""
    assert _fold("ß") == "S"
    assert _fold("Weiß") == "WEIS"
    assert _fold("ø") == "O"
    assert initial_letter("ßt Berg", skip_particles=True) == "B"  # "ßt" folds to the particle "st"


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_a_blank_name_is_refused_as_an_empty_name(name: str) -> None:
    with pytest.raises(InputError) as caught:
        initial_letter(name)
    assert [(p.path, p.message) for p in caught.value.problems] == [("last_name", f"an empty name {REFUSAL}")]


@pytest.mark.parametrize("name", ["Иванов", "1st", "'"])
def test_a_name_without_a_latin_initial_is_refused_by_name(name: str) -> None:
    with pytest.raises(InputError) as caught:
        initial_letter(name)
    assert [(p.path, p.message) for p in caught.value.problems] == [("last_name", f"{name!r} {REFUSAL}")]


def test_the_explanation_says_particles_were_kept() -> None:
    decision = explain_group("de la Cruz")
    assert decision.question == "Which compliance group is a licensee admitted as 'de la Cruz' in?"
    initial, assigned, fixed = decision.reasons
    assert initial.message == "The name is read as starting with D (particles kept)."
    assert assigned.message == "D falls in group 1 (A-G)."
    assert fixed.code == "mcle.group.fixed"
    assert fixed.message == "The group is fixed at admission: a later change of name never moves it."


def test_the_explanation_says_particles_were_skipped() -> None:
    decision = explain_group("van der Merwe", skip_particles=True)
    assert decision.outcome is ComplianceGroup.GROUP_2
    initial, assigned, _ = decision.reasons
    assert initial.message == "The name is read as starting with M (particles skipped)."
    assert assigned.message == "M falls in group 2 (H-M)."
    assert compliance_group("van der Merwe") is ComplianceGroup.GROUP_3


def test_after_the_particles_only_punctuation_is_skipped() -> None:
    """ "van Xavier" reads X: skipping stops at the first letter, whatever it is."""
    assert initial_letter("van Xavier", skip_particles=True) == "X"
    assert initial_letter("de Xalapa", skip_particles=True) == "X"


@pytest.mark.parametrize("name", ["_Garcia", "^Garcia", "[Garcia]"])
def test_a_symbol_between_the_upper_and_lower_case_letters_is_no_initial(name: str) -> None:
    """Only A-Z: "_", "^", "[" sort between "Z" and "a" but are no letters."""
    with pytest.raises(InputError) as caught:
        initial_letter(name)
    assert [p.path for p in caught.value.problems] == ["last_name"]
