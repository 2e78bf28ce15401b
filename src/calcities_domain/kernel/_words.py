"""Private helpers for the wording of reasons: a count with its noun, and an article."""

from __future__ import annotations

__all__ = ["count", "with_article"]

# Initialisms read letter by letter whose first letter sounds like a vowel ("an NLC director").
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")


def count(number: int, noun: str, plural: str | None = None) -> str:
    """A number and its noun, singular for one.

    >>> count(1, "officer seat"), count(0, "at-large seat"), count(3, "category", "categories")
    ('1 officer seat', '0 at-large seats', '3 categories')
    """
    return f"{number} {noun if number == 1 else (plural if plural is not None else f'{noun}s')}"


def with_article(phrase: str) -> str:
    """The phrase after "a" or "an", by the sound of its first letter.

    >>> with_article("at-large term"), with_article("large-city seat"), with_article("NLC director seat")
    ('an at-large term', 'a large-city seat', 'an NLC director seat')
    """
    first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
    if len(first) > 1 and first.isupper():
        vowel_sound = first[0] in _VOWEL_SOUND_LETTERS
    else:
        vowel_sound = first[:1].lower() in {"a", "e", "i", "o", "u"}
    return f"{'an' if vowel_sound else 'a'} {phrase}"
