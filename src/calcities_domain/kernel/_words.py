"""Private helpers for wording reasons and problems.

A count with its noun, an article, and a value shown short (a problem must not repeat a
50 MB text, nor a number of thousands of digits, which Python does not even write).
"""

from __future__ import annotations

import math

__all__ = ["SHOWN", "count", "noun_for", "number", "shown", "with_article"]

# Initialisms read letter by letter whose first letter sounds like a vowel ("an NLC director").
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")

#: The most characters :func:`shown` gives for a value (the boundary's limit for a bad value).
SHOWN = 60

# The most digits :func:`number` writes out: a longer whole number is described instead.
# Python turns whole numbers of more than 4300 digits into text only on request
# (sys.get_int_max_str_digits()); far fewer are readable in a sentence.
_MAX_WRITTEN_DIGITS = SHOWN


def count(number: int, noun: str, plural: str | None = None) -> str:
    """A number and its noun, singular for one.

    >>> count(1, "officer seat"), count(0, "at-large seat"), count(3, "category", "categories")
    ('1 officer seat', '0 at-large seats', '3 categories')
    """
    return f"{number} {noun_for(number, noun, plural)}"


def noun_for(number: object, noun: str, plural: str | None = None) -> str:
    """The noun after ``number``: singular for one (a ``Decimal`` of 1 too).

    >>> from decimal import Decimal
    >>> noun_for(Decimal(1), "hour"), noun_for(Decimal("0.5"), "hour"), noun_for(2, "category", "categories")
    ('hour', 'hours', 'categories')
    """
    return noun if number == 1 else (plural if plural is not None else f"{noun}s")


def with_article(phrase: str) -> str:
    """The phrase after "a" or "an", by the sound of its first letter.

    >>> with_article("at-large term"), with_article("large-city seat"), with_article("NLC director seat")
    ('an at-large term', 'a large-city seat', 'an NLC director seat')
    >>> with_article("F grade"), with_article("U")
    ('an F grade', 'a U')
    """
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if first.isupper():  # an initialism, or a letter, is read letter by letter: "an F", "a U".
        vowel_sound = first[0] in _VOWEL_SOUND_LETTERS
    else:
        vowel_sound = first[:1].lower() in {"a", "e", "i", "o", "u"}
    return f"{'an' if vowel_sound else 'a'} {phrase}"


def _digits(value: int) -> int:
    """How many decimal digits ``abs(value)`` has, without writing it as text."""
    magnitude = abs(value)
    if magnitude == 0:
        return 1
    # A number of b bits is at least 2**(b - 1), so it has at least floor((b - 1) log10 2) + 1
    # digits, which is never less than floor(b log10 2): the estimate is never too high, and
    # too low by one at most.
    estimate = max(1, int(magnitude.bit_length() * math.log10(2)))
    while magnitude >= 10**estimate:
        estimate += 1
    return estimate


def number(value: int) -> str:
    """A whole number as text, or in words when it is too long to read (or to write at all).

    Python refuses to write a whole number of more than 4300 digits as text by default
    (``ValueError``): a problem or a reason about such a number must still be written.

    >>> number(1234), number(-(10**100))
    ('1234', 'a negative whole number of 101 digits')
    >>> number(10**5000)
    'a whole number of 5001 digits'
    """
    digits = _digits(value)
    if digits <= _MAX_WRITTEN_DIGITS:
        return str(value)
    sign = "negative " if value < 0 else ""
    return f"a {sign}whole number of {digits} digits"


def shown(value: object, limit: int = SHOWN) -> str:
    """``repr(value)``, cut to ``limit`` characters (ending in "..."), or words for a value without one.

    A problem names the bad value, short: a 50 MB text is shown by its start. A whole
    number too long to read is described (:func:`number`), as is a value whose ``repr``
    fails (a container nested too deeply, an object whose ``__repr__`` raises).

    >>> shown("America"), shown("x" * 100)
    ("'America'", "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...")
    >>> shown(10**5000)
    'a whole number of 5001 digits'
    """
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # repr of the start only: never a copy of a huge text
    try:
        text = repr(value)
    except RecursionError:
        return f"a {type(value).__name__} nested too deeply to show"
    except Exception:
        return f"a {type(value).__name__} that cannot be shown"
    return text if len(text) <= limit else text[: limit - 3] + "..."
