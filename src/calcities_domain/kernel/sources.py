"""Where each rule comes from, and how sure we are of it.

Every number the library uses as a rule carries a :class:`Source`: a title, a URL, the
section or rule number, and a :class:`Confidence`. Facts that are not confirmed by a
primary source are never silently treated as truth: their confidence travels with every
explanation that uses them (see :meth:`Source.is_confirmed`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Generic, TypeVar

import attrs

from calcities_domain.kernel._checks import checked, immutable, instance, validate
from calcities_domain.kernel.errors import InputError, Problem

__all__ = ["Cited", "Confidence", "Source", "unique_sources"]


class Confidence(enum.Enum):
    """How sure the library is of a fact, after the marks of the domain notes.

    Attributes:
        CONFIRMED: Read in a primary or official source; implemented exactly.
        SECONDARY: Stated only by secondary sources; the best reading, overridable.
        INFERRED: Worked out from confirmed facts; a documented default, overridable.
        ASSUMED: Not found in any source; a documented default a caller should review.
    """

    CONFIRMED = "confirmed"
    SECONDARY = "secondary"
    INFERRED = "inferred"
    ASSUMED = "assumed"


def _non_blank(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InputError([Problem(attribute.name, f"must be non-blank text, got {value!r}")])


def _optional_text(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise InputError([Problem(attribute.name, f"must be non-blank text or null, got {value!r}")])


def _confidence(instance: object, attribute: attrs.Attribute[Confidence], value: object) -> None:
    if not isinstance(value, Confidence):
        raise InputError([Problem(attribute.name, f"must be a Confidence, got {value!r}")])


@attrs.frozen(order=False)
class Source:
    """A citation for a rule value.

    Attributes:
        title: What the source is (``"California Government Code"``).
        confidence: How sure we are of the fact this source supports.
        url: Where to read it, if it is online.
        section: The section, rule or page (``"§ 6700"``, ``"Rule 2.72(a)"``).
        note: Why the confidence is what it is, or what a caller should check.

    >>> src = Source("California Government Code", Confidence.CONFIRMED, section="§ 6700")
    >>> src.cite()
    'California Government Code, § 6700 [confirmed]'
    """

    title: str = attrs.field(metadata=checked(_non_blank))
    confidence: Confidence = attrs.field(metadata=checked(_confidence))
    url: str | None = attrs.field(default=None, metadata=checked(_optional_text), kw_only=True)
    section: str | None = attrs.field(default=None, metadata=checked(_optional_text), kw_only=True)
    note: str | None = attrs.field(default=None, metadata=checked(_optional_text), kw_only=True)

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def is_confirmed(self) -> bool:
        """Whether the fact is confirmed by a primary source."""
        return self.confidence is Confidence.CONFIRMED

    def cite(self) -> str:
        """A one-line citation: title, section, confidence and URL."""
        parts = [self.title]
        if self.section:
            parts.append(self.section)
        text = ", ".join(parts) + f" [{self.confidence.value}]"
        if self.url:
            text += f" <{self.url}>"
        return text


T = TypeVar("T")


@attrs.frozen
class Cited(Generic[T]):
    """A rule value with the source that says so: one setting of a rule set.

    Where a :class:`~calcities_domain.kernel.timeline.Timeline` holds a value's whole
    history, a ``Cited`` value is one value already chosen, carried with its source so
    that every explanation using it can cite it (and flag it, when it is not confirmed).

    Attributes:
        value: The value (a number of hours, a fraction, a flag...).
        source: Who says so, and how sure we are.

    >>> cap = Cited(12, Source("Example rules", Confidence.ASSUMED))
    >>> cap.value, cap.source.is_confirmed
    (12, False)

    .. versionadded:: 0.1.0
    """

    value: T = attrs.field(metadata=checked(immutable))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def unique_sources(sources: Iterable[Source]) -> tuple[Source, ...]:
    """Return the distinct sources, in a stable order (title, section, URL, confidence, note).

    >>> a = Source("B", Confidence.CONFIRMED)
    >>> b = Source("A", Confidence.INFERRED)
    >>> [s.title for s in unique_sources([a, b, a])]
    ['A', 'B']
    """
    items = list(sources)
    for index, item in enumerate(items):
        if not isinstance(item, Source):
            raise InputError([Problem(f"sources[{index}]", f"expected a Source, got {item!r}")])

    def key(source: Source) -> tuple[str, str, str, str, str]:
        return (
            source.title,
            source.section or "",
            source.url or "",
            source.confidence.value,
            source.note or "",
        )

    return tuple(sorted(set(items), key=key))
