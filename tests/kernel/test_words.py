"""Tests of the private wording helpers (``kernel/_words.py``) behind reason sentences.

Messages are public API (DESIGN.md, "error messages treated as public API"): a count reads
"1 seat" but "0 seats" and "2 seats", and a phrase takes "a" or "an" by the sound of its
first letter, an initialism read letter by letter ("an NLC director seat", "a US city")
by the sound of the letter's name.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel._words import SHOWN, _digits, count, number, shown, with_article


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0 seats"), (1, "1 seat"), (2, "2 seats"), (-1, "-1 seats")],
)
def test_count_is_singular_for_exactly_one(number: int, expected: str) -> None:
    assert count(number, "seat") == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [(0, "0 categories"), (1, "1 category"), (2, "2 categories")],
)
def test_count_uses_the_given_plural(number: int, expected: str) -> None:
    assert count(number, "category", "categories") == expected


def test_count_without_a_plural_adds_an_s() -> None:
    assert count(3, "officer seat", None) == "3 officer seats"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("at-large term", "an at-large term"),
        ("elected official", "an elected official"),
        ("immediate past president", "an immediate past president"),
        ("officer seat", "an officer seat"),
        ("urban seat", "an urban seat"),
        ("large-city seat", "a large-city seat"),
        ("division seat", "a division seat"),
        ("Elected official", "an Elected official"),
        ("Under-secretary", "an Under-secretary"),
        ("Immediate past president", "an Immediate past president"),
    ],
)
def test_a_word_takes_an_before_a_vowel(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("NLC director seat", "an NLC director seat"),  # "en-el-see"
        ("HR director", "an HR director"),  # "aitch-ar"
        ("MCLE provider", "an MCLE provider"),  # "em-see-el-ee"
        ("US city", "a US city"),  # "you-es"
        ("CEO seat", "a CEO seat"),  # "see-ee-oh"
        ("CSAC director", "a CSAC director"),
    ],
)
def test_an_initialism_takes_the_article_of_its_first_letters_name(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


def test_only_the_first_word_decides_the_article() -> None:
    """The initialism is the first word, whatever follows it."""
    assert with_article("NLC director seat of the league") == "an NLC director seat of the league"
    assert with_article("CSAC NLC liaison") == "a CSAC NLC liaison"


@pytest.mark.parametrize("phrase", ["", " ", "   "])
def test_a_blank_phrase_takes_a(phrase: str) -> None:
    """No first word, no vowel sound: "a" and the phrase as given, never an IndexError."""
    assert with_article(phrase) == f"a {phrase}"


# ----------------------------------------------------------------------------- number and shown


@pytest.mark.parametrize(
    ("value", "digits"),
    [(0, 1), (9, 1), (10, 2), (99, 2), (100, 3), (-100, 3), (10**59, 60), (10**60 - 1, 60), (10**60, 61), (2**64, 20)],
)
def test_digits_counts_the_decimal_digits(value: int, digits: int) -> None:
    assert _digits(value) == digits == len(str(abs(value)))


@pytest.mark.parametrize("power", [1, 2, 3, 15, 16, 17, 49, 50, 51, 299, 300, 301])
def test_digits_is_exact_around_every_power_of_ten(power: int) -> None:
    """The estimate from the bit length is corrected either way: 10**k - 1, 10**k and 10**k + 1."""
    for value in (10**power - 1, 10**power, 10**power + 1):
        assert _digits(value) == len(str(value))
        assert _digits(-value) == len(str(value))


def test_a_number_of_up_to_sixty_digits_is_written_out() -> None:
    assert number(1234) == "1234"
    assert number(-7) == "-7"
    assert number(0) == "0"
    assert number(10**60 - 1) == "9" * 60
    assert number(-(10**60 - 1)) == "-" + "9" * 60
    assert SHOWN == 60


def test_a_longer_number_is_described_by_its_digits() -> None:
    assert number(10**60) == "a whole number of 61 digits"
    assert number(-(10**100)) == "a negative whole number of 101 digits"
    assert number(10**5000) == "a whole number of 5001 digits"  # Python will not even write it


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("America", "'America'"),
        (None, "None"),
        (True, "True"),  # a bool is shown as a bool, not as the number 1
        (1.5, "1.5"),
        (12, "12"),
        (10**70, "a whole number of 71 digits"),
    ],
)
def test_shown_is_the_repr_of_a_short_value(value: object, text: str) -> None:
    assert shown(value) == text


def test_a_long_text_is_shown_by_its_start() -> None:
    """60 characters at most, the last three "..."."""
    long = "x" * 100
    assert shown(long) == "'" + "x" * 56 + "..."
    assert len(shown(long)) == SHOWN
    assert shown("x" * 58) == "'" + "x" * 58 + "'"  # exactly 60 characters: whole
    assert shown("x" * 59) == "'" + "x" * 56 + "..."


def test_a_long_value_of_any_kind_is_cut_to_the_limit() -> None:
    value = tuple(range(40))
    assert shown(value) == repr(value)[:57] + "..."
    assert shown(value, limit=10) == repr(value)[:7] + "..."
    assert shown("abcdefghijkl", limit=10) == "'abcdef..."


class _Unshowable:
    def __repr__(self) -> str:
        raise ValueError("no")


def test_a_value_whose_repr_fails_is_described() -> None:
    assert shown(_Unshowable()) == "a _Unshowable that cannot be shown"


def test_a_value_nested_too_deeply_is_described() -> None:
    deep: list[object] = []
    for _ in range(100_000):
        deep = [deep]
    assert shown(deep) == "a list nested too deeply to show"


@pytest.mark.parametrize(
    ("phrase", "expected"), [("F", "an F"), ("U", "a U"), ("A–G group", "an A–G group"), ("S seat", "an S seat")]
)
def test_a_single_capital_letter_is_read_as_a_letter(phrase: str, expected: str) -> None:
    assert with_article(phrase) == expected


@given(st.integers(min_value=1, max_value=2**14_000))
def test_the_digit_count_matches_the_text_of_the_number(value: int) -> None:
    assert _digits(value) == len(str(value))
