"""Decisions that explain themselves: an outcome plus the reasons for it.

Rule functions return a :class:`Decision` instead of a bare value. Each
:class:`Reason` has a stable machine code (``"kernel.business_day.holiday"``), a human
sentence, the facts it used and the :class:`~calcities_domain.kernel.sources.Source` it
rests on. :meth:`Decision.explain` renders the whole as plain text, and lists every
assumption (a source that is not confirmed) the decision relied on. In a notebook a
decision shows as a table (``_repr_html_``), and :meth:`Decision.to_rows` gives its
reasons as plain dicts for a data frame.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import typing
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from typing import Generic, TypeVar

import attrs

from calcities_domain.kernel._checks import checked, code, fail, immutable, instance, text, tuple_of, validate
from calcities_domain.kernel._html import ASSUMPTIONS, result_html, summary
from calcities_domain.kernel.errors import CalCitiesError
from calcities_domain.kernel.money import Money
from calcities_domain.kernel.ranges import DateRange
from calcities_domain.kernel.sources import Source, unique_sources
from calcities_domain.kernel.tables import plain

__all__ = ["Decision", "DecisionTruthError", "Effect", "Fact", "Reason", "render_value"]

T = TypeVar("T")

_PLAIN = (str, int, float, Decimal, Fraction, date, type(None))


class Effect(enum.Enum):
    """What a reason does to the outcome.

    Attributes:
        PASS: a condition that was met.
        FAIL: a condition that was not met (what is missing, and why).
        INFO: context that explains the answer without deciding it.
    """

    PASS = "pass"  # noqa: S105 - not a password
    FAIL = "fail"
    INFO = "info"


def render_value(value: object) -> str:  # noqa: PLR0911 - one return per kind of value
    """Render a fact's value as the text explanations show.

    Dates and instants in ISO 8601, money as ``$1,234.50``, booleans as yes/no,
    enums by value, sequences joined by commas.

    >>> render_value(date(2025, 3, 31)), render_value(Money(7500)), render_value(True)
    ('2025-03-31', '$75.00', 'yes')
    """
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, Money | DateRange | Decimal | Fraction | int | str):
        return str(value)
    if isinstance(value, bytes | bytearray):
        return repr(value)
    if isinstance(value, Mapping):
        return ", ".join(f"{render_value(k)}={render_value(v)}" for k, v in value.items())
    if isinstance(value, Iterable):
        return ", ".join(render_value(v) for v in value)
    # An object that says how it reads (a path, a seat) is shown so; others by their repr.
    return str(value) if type(value).__str__ is not object.__str__ else repr(value)


@attrs.frozen
class Fact:
    """A named fact a reason used, rendered as text (``weekday = Sunday``)."""

    name: str = attrs.field(metadata=checked(text))
    value: str = attrs.field(metadata=checked(instance(str)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def __str__(self) -> str:
        return f"{self.name} = {self.value}"


def _facts(instance: object, attribute: attrs.Attribute[tuple[Fact, ...]], value: object) -> None:
    tuple_of(Fact)(instance, attribute, value)
    names = [f.name for f in typing.cast("tuple[Fact, ...]", value)]
    if len(set(names)) != len(names):
        raise fail(attribute.name, f"fact names must be unique, got {names}")


def _optional_source(instance: object, attribute: attrs.Attribute[Source | None], value: object) -> None:
    if value is not None and not isinstance(value, Source):
        raise fail(attribute.name, f"expected a Source or None, got {value!r}")


def _effect(instance: object, attribute: attrs.Attribute[Effect], value: object) -> None:
    if not isinstance(value, Effect):
        raise fail(attribute.name, f"expected an Effect, got {value!r}")


@attrs.frozen
class Reason:
    """One step of an explanation.

    Attributes:
        code: A stable, dotted machine code; part of the public API.
        message: One human sentence.
        effect: Whether it is a condition met, one not met, or context.
        facts: The facts it used, by name.
        source: The rule it applies, if it applies one.
    """

    code: str = attrs.field(metadata=checked(code))
    message: str = attrs.field(metadata=checked(text))
    effect: Effect = attrs.field(default=Effect.INFO, metadata=checked(_effect))
    facts: tuple[Fact, ...] = attrs.field(default=(), metadata=checked(_facts))
    source: Source | None = attrs.field(default=None, metadata=checked(_optional_source))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @classmethod
    def of(
        cls,
        code: str,
        message: str,
        *,
        effect: Effect = Effect.INFO,
        source: Source | None = None,
        facts: Mapping[str, object] | None = None,
    ) -> Reason:
        """Build a reason, rendering each fact's value with :func:`render_value`.

        >>> Reason.of("kernel.example", "It is Sunday.", facts={"day": date(2025, 3, 30)}).facts
        (Fact(name='day', value='2025-03-30'),)
        """
        if facts is not None and not isinstance(facts, Mapping):
            raise fail("facts", f"expected a mapping of fact names to values, got {facts!r}")
        rendered = tuple(Fact(name, render_value(value)) for name, value in (facts or {}).items())
        return cls(code=code, message=message, effect=effect, facts=rendered, source=source)

    def fact(self, name: str) -> str | None:
        """The rendered value of the fact ``name``, or None if the reason has none."""
        for fact in self.facts:
            if fact.name == name:
                return fact.value
        return None


def _is_plain(value: object) -> bool:
    if isinstance(value, tuple):
        return all(_is_plain(item) for item in value)
    return isinstance(value, _PLAIN)


def _plain_outcome(value: object) -> object:
    """An outcome as plain data (:func:`plain`), or as its text when it is a record (a path, an exemption)."""
    flat = plain(value)
    return flat if _is_plain(flat) else render_value(value)


def _reason_row(reason: Reason) -> dict[str, object]:
    source = reason.source
    return {
        "code": reason.code,
        "effect": reason.effect.value,
        "message": reason.message,
        "facts": {fact.name: fact.value for fact in reason.facts},
        "source": None if source is None else source.title,
        "section": None if source is None else source.section,
        "confidence": None if source is None else source.confidence.value,
    }


class DecisionTruthError(CalCitiesError, TypeError):
    """Raised when a Decision is used as a boolean: read ``decision.outcome`` instead."""


@attrs.frozen(repr=False)
class Decision(Generic[T]):
    """An answer and why.

    Attributes:
        question: The question answered, as a sentence.
        outcome: The answer (a bool, a date, an amount...).
        reasons: The steps that led to it, in order.

    A Decision refuses to be used as a boolean (``if decision:``), which would always be
    true: test ``decision.outcome``. Its repr is one line; in a notebook it shows as a
    table (``_repr_html_``).

    >>> d = Decision("Is 2 > 1?", True, (Reason.of("example.compare", "2 is more than 1.", effect=Effect.PASS),))
    >>> d
    <Decision 'Is 2 > 1?': yes (1 reason)>
    >>> print(d.explain())
    Is 2 > 1?
    Answer: yes
      [pass] 2 is more than 1.  (example.compare)

    .. versionchanged:: 0.2.0
       The repr is a one-line summary; the fields are still attributes.
    """

    question: str = attrs.field(metadata=checked(text))
    outcome: T = attrs.field(metadata=checked(immutable))
    reasons: tuple[Reason, ...] = attrs.field(default=(), metadata=checked(tuple_of(Reason)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def __repr__(self) -> str:
        return summary(
            "Decision",
            self.question,
            render_value(self.outcome),
            (),
            reasons=len(self.reasons),
            assumptions=len(self.assumptions()),
        )

    def _repr_html_(self) -> str:
        """The decision as an HTML table, for notebooks: question, answer, reasons, sources, assumptions.

        Every text is escaped; the assumptions are flagged.

        .. versionadded:: 0.2.0
        """
        return result_html(self.question, render_value(self.outcome), [(None, self.reasons)], sources=self.sources())

    def __bool__(self) -> bool:
        raise DecisionTruthError(
            "a Decision is not a boolean; test decision.outcome "
            f"(this one answers {self.question!r} with {render_value(self.outcome)})",
        )

    @property
    def failures(self) -> tuple[Reason, ...]:
        """The reasons that are conditions not met."""
        return tuple(r for r in self.reasons if r.effect is Effect.FAIL)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the reasons, in order."""
        return tuple(r.code for r in self.reasons)

    def sources(self) -> tuple[Source, ...]:
        """Every distinct source the reasons cite."""
        return unique_sources(r.source for r in self.reasons if r.source is not None)

    def assumptions(self) -> tuple[Source, ...]:
        """The cited sources that are not confirmed: what the answer assumes."""
        return tuple(s for s in self.sources() if not s.is_confirmed)

    def explain(self) -> str:
        """The decision as plain text: question, answer, reasons, sources, assumptions."""
        lines = [self.question, f"Answer: {render_value(self.outcome)}"]
        for reason in self.reasons:
            lines.append(f"  [{reason.effect.value}] {reason.message}  ({reason.code})")
        sources = self.sources()
        if sources:
            lines.append("Sources:")
            lines.extend(f"  - {s.cite()}" for s in sources)
        assumed = self.assumptions()
        if assumed:
            lines.append(f"{ASSUMPTIONS}:")
            lines.extend(f"  - {s.cite()}" + (f": {s.note}" if s.note else "") for s in assumed)
        return "\n".join(lines)

    def to_rows(self) -> list[dict[str, object]]:
        """One plain dict per reason, ready for ``pandas.DataFrame`` (the library does not need pandas).

        Each row has the ``question`` and ``outcome`` (plain data, see
        :func:`~calcities_domain.kernel.plain`; a record outcome as its text), then the
        reason's ``code``, ``effect``, ``message``, ``facts`` (a dict of rendered values),
        and its source's ``source`` title, ``section`` and ``confidence`` (None without a
        source).

        >>> d = Decision("Is 2 > 1?", True, (Reason.of("example.compare", "2 is more than 1.", facts={"a": 2}),))
        >>> [row] = d.to_rows()
        >>> list(row)
        ['question', 'outcome', 'code', 'effect', 'message', 'facts', 'source', 'section', 'confidence']
        >>> row["outcome"], row["code"], row["effect"], row["facts"], row["source"]
        (True, 'example.compare', 'info', {'a': '2'}, None)

        .. versionadded:: 0.2.0
        """
        head = {"question": self.question, "outcome": _plain_outcome(self.outcome)}
        return [head | _reason_row(reason) for reason in self.reasons]

    def with_reasons(self, *extra: Reason) -> Decision[T]:
        """A copy with more reasons appended."""
        return attrs.evolve(self, reasons=self.reasons + extra)
