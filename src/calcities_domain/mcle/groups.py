"""California compliance groups: which group a licensee belongs to, from the name at admission.

The State Bar of California assigns every licensee to one of three compliance groups by
the first letter of the last name: group 1 is A–G, group 2 is H–M, group 3 is N–Z. The
group is fixed once, from the name at admission (for those admitted on or before
1 February 1992, the name on the State Bar's record that day), and a later change of
name never moves a licensee to another group.

How the State Bar reads a name that starts with an accent, an apostrophe, a space or a
particle ("de la Cruz", "van der Berg", "O'Brien", "Ødegaard") is not published. The
library's normalisation is documented in :func:`initial_letter`; the one real choice,
whether to skip particles, is a parameter whose default (keep them) is marked assumed.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import unicodedata

from calcities_domain.kernel import Confidence, Decision, Effect, Reason, Source
from calcities_domain.kernel._checks import fail

__all__ = [
    "GROUP_FIXED",
    "GROUP_SOURCE",
    "NAME_NORMALISATION",
    "PARTICLES",
    "ComplianceGroup",
    "compliance_group",
    "explain_group",
    "initial_letter",
]

#: The official assignment of letters to groups.
GROUP_SOURCE = Source(
    "The State Bar of California, MCLE compliance information",
    Confidence.CONFIRMED,
    url="https://www.calbar.ca.gov/Attorneys/MCLE-CLE/Requirements",
    section="Compliance groups",
    note="Group 1 is A-G, group 2 is H-M, group 3 is N-Z, by the first letter of the last name.",
)

#: That the group is fixed at admission: the State Bar, as quoted by secondary sources.
GROUP_FIXED = Source(
    "The State Bar of California, as quoted by acbanet.org and testanlaw.com (2013)",
    Confidence.SECONDARY,
    section="group assignment",
    note="The group goes by the last name on the admission card (for those admitted on or before 1 February "
    "1992, the name on record that day) and is never changed by a later change of name.",
)

#: How names are normalised: the library's own reading, since the State Bar publishes none.
NAME_NORMALISATION = Source(
    "calcities_domain: reading the first letter of a last name",
    Confidence.ASSUMED,
    note="The State Bar does not publish how it reads accents, apostrophes, spaces or particles. "
    "The library strips accents (É is E), skips leading spaces, apostrophes and hyphens, maps "
    "Ø, Æ, Œ, Ł, Đ and Þ to O, A, O, L, D and T, and by default keeps particles ('de la Cruz' "
    "is D). Pass skip_particles=True to read the first word after the particles instead.",
)

#: Lower-case particles skipped when ``skip_particles=True`` (an assumed, editable list).
PARTICLES: frozenset[str] = frozenset(
    {"al", "bin", "da", "das", "de", "del", "della", "der", "des", "di", "dos", "du", "el", "la", "le"}
    | {"san", "st", "ste", "ten", "ter", "van", "von", "y"}
)

# Letters that Unicode decomposition leaves alone but that plainly read as a Latin letter.
_LATIN_EXTRA = {"Ø": "O", "Æ": "A", "Œ": "O", "Ł": "L", "Đ": "D", "Þ": "T", "ß": "S", "Ð": "D"}
# What may come before the first letter and is skipped: spaces, apostrophes, hyphens, dots.
_LEADING = set(" \t'’‘`´ʻʼ-‐‑–—.")
_SEPARATORS = set(" \t-‐‑–—")


class ComplianceGroup(enum.Enum):
    """A California compliance group, by the first letter of the last name at admission.

    Attributes:
        GROUP_1: last names A–G.
        GROUP_2: last names H–M.
        GROUP_3: last names N–Z.
    """

    GROUP_1 = 1
    GROUP_2 = 2
    GROUP_3 = 3

    @property
    def letters(self) -> str:
        """The letters of the group, as the State Bar prints them (``"A-G"``)."""
        return {1: "A-G", 2: "H-M", 3: "N-Z"}[self.value]

    def __str__(self) -> str:
        return f"group {self.value} ({self.letters})"


def _fold(name: str) -> str:
    """Upper-case, accents stripped, the few undecomposable Latin letters mapped.

    Any whitespace reads as a space, and invisible format characters (a zero-width
    space, a byte-order mark, a direction mark) are dropped.
    """
    out = []
    for char in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        if char.isspace():
            out.append(" ")
            continue
        upper = char.upper()
        out.append(_LATIN_EXTRA.get(upper, _LATIN_EXTRA.get(char, upper)))
    return "".join(out)


def _words(name: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for char in name:
        if char in _SEPARATORS:
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(char)
    if current:
        words.append("".join(current))
    return words


def initial_letter(last_name: str, *, skip_particles: bool = False) -> str:
    """The letter A–Z a last name is filed under, after the library's normalisation.

    Normalisation, in order: accents are stripped (``Élise`` reads E) and the Latin
    letters Unicode does not decompose are mapped (``Ødegaard`` reads O); case is
    ignored; invisible format characters (zero-width spaces, a byte-order mark) are
    dropped; leading whitespace of any kind, apostrophes, hyphens and dots are skipped
    (``'t Hooft`` reads T); with ``skip_particles=True``, leading words in :data:`PARTICLES` are
    skipped too (``van der Berg`` reads B instead of V), unless nothing would be left.

    Raises:
        InputError: if the name is not text, or does not start with a letter A–Z
            after normalisation (a name in another script, a digit, an empty string).

    >>> initial_letter("garcía"), initial_letter("O'Brien"), initial_letter("ødegaard")
    ('G', 'O', 'O')
    >>> initial_letter("de la Cruz"), initial_letter("de la Cruz", skip_particles=True)
    ('D', 'C')
    """
    if not isinstance(last_name, str):
        raise fail("last_name", f"expected text, got {last_name!r}")
    if not isinstance(skip_particles, bool):
        raise fail("skip_particles", f"expected True or False, got {skip_particles!r}")
    folded = _fold(last_name)
    stripped = folded.lstrip("".join(_LEADING))
    if skip_particles:
        words = _words(stripped)
        rest = list(words)
        while len(rest) > 1 and rest[0].strip("".join(_LEADING)).lower() in PARTICLES:
            rest.pop(0)
        if rest:
            stripped = " ".join(rest).lstrip("".join(_LEADING))
    first = stripped[:1]
    if not ("A" <= first <= "Z"):
        shown = repr(last_name) if last_name.strip() else "an empty name"
        raise fail(
            "last_name",
            f"{shown} does not start with a letter A-Z after normalisation (accents stripped, leading "
            "spaces, apostrophes and hyphens skipped); the State Bar assigns such names individually: "
            "pass the group itself",
        )
    return first


def compliance_group(last_name_at_admission: str, *, skip_particles: bool = False) -> ComplianceGroup:
    """The compliance group of a licensee, from the last name at admission.

    Use the name at admission, not the current one: the group never changes.

    Raises:
        InputError: as :func:`initial_letter`.

    >>> compliance_group("Garcia"), compliance_group("Hernández"), compliance_group("Nguyen")
    (<ComplianceGroup.GROUP_1: 1>, <ComplianceGroup.GROUP_2: 2>, <ComplianceGroup.GROUP_3: 3>)
    """
    letter = initial_letter(last_name_at_admission, skip_particles=skip_particles)
    if letter <= "G":
        return ComplianceGroup.GROUP_1
    if letter <= "M":
        return ComplianceGroup.GROUP_2
    return ComplianceGroup.GROUP_3


def explain_group(last_name_at_admission: str, *, skip_particles: bool = False) -> Decision[ComplianceGroup]:
    """:func:`compliance_group`, with its reasons and sources.

    >>> print(explain_group("de la Cruz").explain())  # doctest: +ELLIPSIS
    Which compliance group is a licensee admitted as 'de la Cruz' in?
    Answer: 1
      [info] The name is read as starting with D...
    """
    group = compliance_group(last_name_at_admission, skip_particles=skip_particles)
    letter = initial_letter(last_name_at_admission, skip_particles=skip_particles)
    return Decision(
        f"Which compliance group is a licensee admitted as {last_name_at_admission!r} in?",
        group,
        (
            Reason.of(
                "mcle.group.initial",
                f"The name is read as starting with {letter}"
                + (" (particles skipped)." if skip_particles else " (particles kept)."),
                source=NAME_NORMALISATION,
                facts={"last_name_at_admission": last_name_at_admission, "initial": letter},
            ),
            Reason.of(
                "mcle.group.assigned",
                f"{letter} falls in {group}.",
                effect=Effect.PASS,
                source=GROUP_SOURCE,
                facts={"group": group.value, "letters": group.letters},
            ),
            Reason.of(
                "mcle.group.fixed",
                "The group is fixed at admission: a later change of name never moves it.",
                source=GROUP_FIXED,
            ),
        ),
    )
