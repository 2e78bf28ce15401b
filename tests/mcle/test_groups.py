"""Tests of groups.py: California compliance groups, read from the last name at admission.

Rules under test (../shared/domain/mcle.md sections 1.3 and 3):

* Group 1 is A-G, group 2 is H-M, group 3 is N-Z, by the first letter of the last name
  [confirmed: calbar.ca.gov mcle-compliance-information].
* The group is assigned once, from the name at admission, and a later name change never
  moves a licensee [secondary: the State Bar as quoted by testanlaw.com and acbanet.org,
  2013]. The library's hint (section 3): store the group on the licensee as a fact, do
  not derive it from the current name.
* How accents, apostrophes, spaces, particles and non-Latin initials map is unknown
  (section 3, [U]). The library's reading is its own (groups.NAME_NORMALISATION, marked
  assumed): accents stripped, a few undecomposable Latin letters mapped, leading
  whitespace/apostrophes/hyphens/dots skipped, particles kept unless
  ``skip_particles=True``; anything else is refused with an InputError on ``last_name``
  (the State Bar assigns such names individually: pass the group itself).
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, Effect, InputError
from calcities_domain.mcle import (
    CALIFORNIA,
    ComplianceGroup,
    Licensee,
    compliance_group,
    compliance_period,
    explain_group,
    initial_letter,
)
from calcities_domain.mcle.groups import GROUP_FIXED, GROUP_SOURCE, NAME_NORMALISATION, PARTICLES

G1, G2, G3 = ComplianceGroup.GROUP_1, ComplianceGroup.GROUP_2, ComplianceGroup.GROUP_3

#: The official table, letter by letter (calbar.ca.gov mcle-compliance-information:
#: "Group 1 (A-G), Group 2 (H-M), Group 3 (N-Z)").
OFFICIAL = dict.fromkeys("ABCDEFG", G1) | dict.fromkeys("HIJKLM", G2) | dict.fromkeys("NOPQRSTUVWXYZ", G3)


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


# --------------------------------------------------------------------------- the letter table


def test_the_official_table_covers_every_letter_once() -> None:
    """calbar.ca.gov mcle-compliance-information: the three ranges partition A-Z."""
    assert sorted(OFFICIAL) == list(string.ascii_uppercase)
    assert sum(1 for g in OFFICIAL.values() if g is G1) == 7
    assert sum(1 for g in OFFICIAL.values() if g is G2) == 6
    assert sum(1 for g in OFFICIAL.values() if g is G3) == 13


@pytest.mark.parametrize(("letter", "group"), sorted(OFFICIAL.items()))
def test_every_letter_maps_to_its_official_group(letter: str, group: ComplianceGroup) -> None:
    """calbar.ca.gov mcle-compliance-information: A-G is group 1, H-M group 2, N-Z group 3."""
    assert compliance_group(letter) is group
    assert compliance_group(letter.lower()) is group
    assert compliance_group(letter + "ashford") is group
    assert initial_letter(letter.lower() + "xyz") == letter


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("Gutierrez", G1),  # G: last letter of group 1
        ("Garcia", G1),  # DESIGN.md's own example
        ("Hernández", G2),  # H: first letter of group 2
        ("Mendoza", G2),  # M: last letter of group 2
        ("Nguyen", G3),  # N: first letter of group 3
        ("Zhang", G3),
        ("Abbott", G1),
    ],
)
def test_boundaries_of_the_ranges(name: str, group: ComplianceGroup) -> None:
    """calbar.ca.gov mcle-compliance-information: the G/H and M/N boundaries fall where the table says."""
    assert compliance_group(name) is group


def test_group_letters_and_text() -> None:
    """calbar.ca.gov mcle-compliance-information prints the groups as "Group 1 (A-G)" etc."""
    assert [g.letters for g in ComplianceGroup] == ["A-G", "H-M", "N-Z"]
    assert str(G1) == "group 1 (A-G)"
    assert str(G3) == "group 3 (N-Z)"
    assert [g.value for g in ComplianceGroup] == [1, 2, 3]


# --------------------------------------------------------------------------- normalisation


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("Élise", "E"),  # accent stripped
        ("élise", "E"),
        ("Ñúñez", "N"),
        ("Ødegaard", "O"),  # Ø does not decompose: mapped
        ("ødegaard", "O"),
        ("Æbeltoft", "A"),
        ("æbeltoft", "A"),
        ("Łukasiewicz", "L"),
        ("łukasiewicz", "L"),
        ("Œuvray", "O"),
        ("Đoković", "D"),
        ("Ðórsson", "D"),
        ("Þórsson", "T"),
        ("ßler", "S"),
        ("İnce", "I"),  # dotted capital I: the dot is a combining mark
        ("ılgaz", "I"),  # dotless i upper-cases to I
        ("Ｇarcía", "G"),  # full-width letters fold to ASCII (NFKD)
        ("ﬁscher", "F"),  # the fi ligature
    ],
)
def test_accents_and_latin_letters(name: str, letter: str) -> None:
    """groups.NAME_NORMALISATION (assumed): accents are stripped and Ø, Æ, Œ, Ł, Đ, Þ, ß map to a letter."""
    assert initial_letter(name) == letter


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("O'Brien", "O"),  # the apostrophe inside the name changes nothing
        ("'t Hooft", "T"),  # a leading apostrophe is skipped
        ("’t Hooft", "T"),  # ... typographic too
        ("  garcia", "G"),
        ("\tGarcia", "G"),
        ("\u00a0Garcia", "G"),  # no-break space
        ("\u2003Garcia", "G"),  # em space
        ("\nGarcia", "G"),  # pasted with a line break
        ("\u200bGarcia", "G"),  # zero-width space
        ("\ufeffNguyen", "N"),  # byte-order mark
        ("-Smith", "S"),
        ("–Smith", "S"),  # en dash
        ("..Smith", "S"),
        (" '-Hill", "H"),  # a mix of everything skippable
    ],
)
def test_leading_spaces_apostrophes_hyphens_are_skipped(name: str, letter: str) -> None:
    """groups.NAME_NORMALISATION (assumed): leading whitespace, apostrophes, hyphens and dots are skipped."""
    assert initial_letter(name) == letter


@pytest.mark.parametrize(
    ("name", "kept", "skipped"),
    [
        ("de la Cruz", "D", "C"),
        ("De La Cruz", "D", "C"),
        ("de-la-Cruz", "D", "C"),  # hyphens separate words as spaces do
        ("  de la  Cruz", "D", "C"),
        ("van der Berg", "V", "B"),
        ("Van der Berg", "V", "B"),
        ("von Neumann", "V", "N"),
        ("del Río", "D", "R"),
        ("di Maggio", "D", "M"),
        ("Van", "V", "V"),  # a particle alone is the name itself
        ("de", "D", "D"),
        ("Van Buren", "V", "B"),
        ("d'Artagnan", "D", "D"),  # one word: no particle to skip
        ("O'Brien", "O", "O"),
        ("Garcia Lopez", "G", "G"),  # a compound name is read from its first word
    ],
)
def test_particles_kept_by_default_and_skipped_on_request(name: str, kept: str, skipped: str) -> None:
    """groups.NAME_NORMALISATION (assumed): particles are kept by default ('de la Cruz' is D, group 1)
    and skipped with skip_particles=True ('de la Cruz' is C; 'van der Berg' is B); 'Van' alone stays V."""
    assert initial_letter(name) == kept
    assert initial_letter(name, skip_particles=False) == kept
    assert initial_letter(name, skip_particles=True) == skipped


def test_skipping_particles_can_change_the_group() -> None:
    """'van der Berg' files under V (group 3) as written and under B (group 1) with particles skipped."""
    assert compliance_group("van der Berg") is G3
    assert compliance_group("van der Berg", skip_particles=True) is G1
    assert compliance_group("de la Cruz") is G1
    assert compliance_group("de la Cruz", skip_particles=True) is G1
    assert compliance_group("de Martino", skip_particles=True) is G2


def test_a_name_made_only_of_particles_keeps_its_last_word() -> None:
    """initial_letter's docstring: particles are skipped "unless nothing would be left": 'van der' reads D."""
    assert initial_letter("van der", skip_particles=True) == "D"
    assert initial_letter("van der") == "V"


def test_the_particle_list_is_lower_case_words() -> None:
    """PARTICLES (an assumed, editable list) holds the usual Romance, Germanic and Arabic particles."""
    assert {"de", "la", "van", "der", "von", "del", "di", "da", "al", "el"} <= PARTICLES
    assert all(p == p.lower() and p.isalpha() for p in PARTICLES)


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    "name",
    [
        "",
        " ",
        "   \t ",
        "\n",
        "'",
        "-",
        "...",
        "Иванов",  # Cyrillic
        "Αλεξίου",  # Greek
        "李",  # Han
        "김",  # Hangul
        "محمد",  # Arabic
        "42nd Street",
        "3M",
        "\u0301",  # a combining accent alone
        "\u200b",  # an invisible character alone
        "Ħabib",  # Maltese H with stroke: not a letter the library maps
    ],
)
def test_names_without_a_latin_initial_are_refused(name: str) -> None:
    """mcle.md section 3 [U]: how non-Latin initials map is unknown, so the library refuses
    them with an InputError on 'last_name' and asks for the group itself."""
    with pytest.raises(InputError) as error:
        initial_letter(name)
    assert _paths(error) == ["last_name"]
    assert "pass the group itself" in str(error.value)
    with pytest.raises(InputError) as error:
        compliance_group(name)
    assert _paths(error) == ["last_name"]
    with pytest.raises(InputError) as error:
        compliance_group(name, skip_particles=True)
    assert _paths(error) == ["last_name"]


def test_an_empty_name_is_called_empty() -> None:
    """The message says what is wrong in words: a blank name is "an empty name"."""
    with pytest.raises(InputError, match="an empty name"):
        compliance_group("   ")
    with pytest.raises(InputError, match="'Иванов'"):
        compliance_group("Иванов")


@pytest.mark.parametrize("value", [None, 1, b"Garcia", ["Garcia"], ComplianceGroup.GROUP_1])
def test_a_name_that_is_not_text_is_refused(value: object) -> None:
    """Strict at the boundary (DESIGN.md principle 8): no coercion of non-text to a name."""
    for call in (initial_letter, compliance_group, explain_group):
        with pytest.raises(InputError) as error:
            call(_bad(value))
        assert _paths(error) == ["last_name"]


@pytest.mark.parametrize("value", [None, 1, "yes"])
def test_skip_particles_must_be_a_bool(value: object) -> None:
    """Strict at the boundary: skip_particles is True or False, nothing truthy."""
    with pytest.raises(InputError) as error:
        compliance_group("de la Cruz", skip_particles=_bad(value))
    assert _paths(error) == ["skip_particles"]


# --------------------------------------------------------------------------- explanations


def test_explain_group_gives_the_initial_and_the_group_with_sources() -> None:
    """DESIGN.md principle 5: the decision names the letter read, the group, and their sources;
    the normalisation is the library's own reading, so it shows up as an assumption."""
    decision = explain_group("de la Cruz")
    assert decision.outcome is G1
    assert decision.codes == ("mcle.group.initial", "mcle.group.assigned", "mcle.group.fixed")
    initial, assigned, fixed = decision.reasons
    assert initial.fact("initial") == "D"
    assert initial.fact("last_name_at_admission") == "de la Cruz"
    assert "particles kept" in initial.message
    assert initial.source == NAME_NORMALISATION
    assert assigned.effect is Effect.PASS
    assert assigned.fact("group") == "1"
    assert assigned.fact("letters") == "A-G"
    assert assigned.source == GROUP_SOURCE
    assert GROUP_SOURCE.confidence is Confidence.CONFIRMED
    assert NAME_NORMALISATION.confidence is Confidence.ASSUMED
    assert fixed.source == GROUP_FIXED  # the State Bar as quoted by secondary sources
    assert set(decision.assumptions()) == {NAME_NORMALISATION, GROUP_FIXED}
    text = decision.explain()
    assert "'de la Cruz'" in text
    assert "never moves it" in text


def test_explain_group_with_particles_skipped() -> None:
    """The explanation says the particles were skipped, and the answer follows the letter read."""
    decision = explain_group("van der Berg", skip_particles=True)
    assert decision.outcome is G1
    assert decision.reasons[0].fact("initial") == "B"
    assert "particles skipped" in decision.reasons[0].message


# --------------------------------------------------------------------------- fixed at admission


def test_licensee_admitted_reads_the_group_from_the_name_at_admission() -> None:
    """mcle.md section 1.3: the group goes by the last name at admission (the "admit card")."""
    assert Licensee.admitted("100001", date(2019, 12, 3), "Garcia").group is G1
    assert Licensee.admitted("100002", date(2019, 12, 3), "Hernández").group is G2
    assert Licensee.admitted("100003", date(2019, 12, 3), "Nguyen").group is G3
    assert Licensee.admitted("100004", date(2019, 12, 3), "van der Berg").group is G3
    assert Licensee.admitted("100004", date(2019, 12, 3), "van der Berg", skip_particles=True).group is G1


def test_licensee_admitted_refuses_a_name_it_cannot_read() -> None:
    """A name without a Latin initial is refused; the caller passes the group (Licensee(..., group))."""
    with pytest.raises(InputError) as error:
        Licensee.admitted("100005", date(2019, 12, 3), "Иванов")
    assert _paths(error) == ["last_name"]
    assert Licensee("100005", date(2019, 12, 3), G2).group is G2


def test_the_group_is_stored_not_derived_from_a_name() -> None:
    """mcle.md section 3 ([S], the State Bar quoted by testanlaw.com): a later name change never
    moves a licensee. The Licensee keeps the group as a fact and holds no name to derive it from,
    so Ms Garcia, admitted in group 1, who later became Ms Nguyen, stays in group 1."""
    names = {field.name for field in attrs.fields(Licensee)}
    assert "group" in names
    assert not any("name" in field for field in names)
    garcia = Licensee.admitted("200001", date(2016, 6, 1), "Garcia")
    after_marriage = attrs.evolve(garcia, statuses=())
    assert after_marriage.group is G1
    assert compliance_group("Nguyen") is G3  # what the new name would give, if it were asked
    period = compliance_period(after_marriage, containing=date(2024, 6, 1))
    assert period.group is G1
    assert (period.start, period.end) == (date(2022, 2, 1), date(2025, 3, 29))


def test_the_group_given_wins_over_any_reading_of_a_name() -> None:
    """Licensee(..., group) takes the group as given: the State Bar's record is the authority."""
    licensee = Licensee("300001", date(1990, 5, 1), G3)
    assert CALIFORNIA.schedule_for(licensee).group is G3


def test_a_licensee_group_must_be_a_group() -> None:
    """Strict at the boundary: the group is a ComplianceGroup, not its number or letters."""
    with pytest.raises(InputError) as error:
        Licensee("300002", date(2020, 1, 1), _bad(1))
    assert _paths(error) == ["group"]


# --------------------------------------------------------------------------- properties

ASCII_NAMES = st.text(alphabet=string.ascii_letters, min_size=1, max_size=20)


@given(ASCII_NAMES)
def test_case_never_matters(name: str) -> None:
    """group(name) == group(name.lower()) == group(name.upper()) for ASCII letters."""
    group = compliance_group(name)
    assert compliance_group(name.lower()) is group
    assert compliance_group(name.upper()) is group
    assert compliance_group(name.swapcase()) is group


@given(ASCII_NAMES)
def test_the_group_follows_the_official_table(name: str) -> None:
    """For a plain ASCII name, the group is the official table's entry for its first letter."""
    assert initial_letter(name) == name[0].upper()
    assert compliance_group(name) is OFFICIAL[name[0].upper()]


@given(ASCII_NAMES, st.text(alphabet=" \t'’-.", max_size=5))
def test_leading_punctuation_never_matters(name: str, prefix: str) -> None:
    """Leading spaces, apostrophes, hyphens and dots are skipped."""
    assert compliance_group(prefix + name) is compliance_group(name)


@given(ASCII_NAMES, st.sampled_from(["\u0301", "\u0308", "\u0303", "\u030a", "\u0327"]))
def test_an_accent_on_the_first_letter_never_matters(name: str, accent: str) -> None:
    """A combining accent (acute, diaeresis, tilde, ring, cedilla) on the initial is stripped."""
    assert compliance_group(name[0] + accent + name[1:]) is compliance_group(name)


@given(st.sampled_from(sorted(PARTICLES)), ASCII_NAMES)
def test_skipping_particles_reads_the_word_after_them(particle: str, name: str) -> None:
    """With skip_particles=True, 'particle Name' reads as Name; by default, as the particle."""
    assert compliance_group(f"{particle} {name}", skip_particles=True) is compliance_group(name)
    assert compliance_group(f"{particle} {name}") is compliance_group(particle)


@given(st.text(), st.booleans())
def test_any_text_gives_a_group_or_an_input_error(name: str, skip: bool) -> None:
    """Over arbitrary text: either a ComplianceGroup or InputError on 'last_name', never another exception."""
    try:
        group = compliance_group(name, skip_particles=skip)
    except InputError as error:
        paths = [p.path for p in error.problems]
        with pytest.raises(InputError):
            initial_letter(name, skip_particles=skip)
    else:
        paths = ["last_name"]
        assert isinstance(group, ComplianceGroup)
        letter = initial_letter(name, skip_particles=skip)
        assert letter in string.ascii_uppercase
        assert group is OFFICIAL[letter]
        assert explain_group(name, skip_particles=skip).outcome is group
    assert paths == ["last_name"]
