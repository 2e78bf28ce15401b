"""The exception hierarchy of calcities_domain.

Every exception the library raises on purpose derives from :class:`CalCitiesError`,
so ``except CalCitiesError`` catches them all. Errors caused by the caller's input also
derive from :class:`ValueError` (as :mod:`python-stdnum` and :mod:`packaging` do), and
carry *every* problem found, each with the path of the offending value.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "CalCitiesError",
    "InputError",
    "Problem",
    "RuleDefinitionError",
    "RuleNotInForce",
    "UnsupportedTypeError",
]


class CalCitiesError(Exception):
    """The root of every exception calcities_domain raises on purpose."""


def _text_field(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise InputError([Problem(name, f"expected text, got {value!r}")])


@attrs.frozen
class Problem:
    """One thing wrong with an input, and where it is.

    Attributes:
        path: Where the problem is, as a JSON path (``$.credits[3].minutes``) for
            documents, or a field name (``end``) for a model built in code.
        message: What is wrong and, where it helps, what would be right.
    """

    path: str = attrs.field(validator=lambda _, a, v: _text_field(a.name, v))
    message: str = attrs.field(validator=lambda _, a, v: _text_field(a.name, v))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def under(self, prefix: str) -> Problem:
        """Return this problem with its path placed under ``prefix``.

        >>> Problem("end", "must not be before start").under("$.range").path
        '$.range.end'
        >>> Problem("$", "expected an object").under("$.items[0]").path
        '$.items[0]'
        """
        if self.path in ("", "$"):
            return Problem(prefix, self.message)
        rest = self.path[1:] if self.path.startswith("$") else self.path
        joiner = "" if rest.startswith(("[", ".")) else "."
        return Problem(f"{prefix}{joiner}{rest}", self.message)


class InputError(CalCitiesError, ValueError):
    """The caller's input is not valid; lists every problem with its path.

    Raised by model constructors given bad values and by
    :func:`calcities_domain.serialization.structure` given a bad document. Nothing
    partial is ever returned alongside it.

    Attributes:
        problems: Every problem found, in document order, never empty.

    >>> err = InputError([Problem("$.a", "expected a whole number, got 'x'")])
    >>> print(err)
    1 problem in the input:
      $.a: expected a whole number, got 'x'
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem] | str) -> None:
        items = [problems] if isinstance(problems, str) else list(problems)
        # Anything that is not a Problem becomes one at the root, so the error stays readable.
        self.problems = tuple(p if isinstance(p, Problem) else Problem("$", str(p)) for p in items)
        if not self.problems:
            self.problems = (Problem("$", "invalid input"),)
        super().__init__(self._render())

    @classmethod
    def single(cls, path: str, message: str) -> InputError:
        """Build an error with one problem."""
        return cls([Problem(path, message)])

    def _heading(self) -> str:
        count = len(self.problems)
        return f"{count} {'problem' if count == 1 else 'problems'} in the input:"

    def _render(self) -> str:
        lines = [self._heading()]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)

    def __reduce__(self) -> tuple[type[InputError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))


class RuleDefinitionError(InputError):
    """A rule's own data is inconsistent: values overlap, out of order, or undeclared gaps.

    A defect in rule data (the library's, or a caller's own rule set or document), not
    in the question asked of it. Like every :class:`InputError` it lists each problem
    with its path (``entries[1]``), so the boundary can place it in a document.

    Attributes:
        subject: What is inconsistent (``"timeline 'mcle.total_hours'"``).

    >>> print(RuleDefinitionError([Problem("entries[1]", "overlaps entries[0]")], "timeline 'a.b'"))
    timeline 'a.b' is inconsistent (1 problem):
      entries[1]: overlaps entries[0]
    """

    subject: str

    def __init__(self, problems: Iterable[Problem] | str, subject: str = "a rule") -> None:
        self.subject = subject
        super().__init__(problems)

    def _heading(self) -> str:
        count = len(self.problems)
        return f"{self.subject} is inconsistent ({count} {'problem' if count == 1 else 'problems'}):"

    def __reduce__(self) -> tuple[type[RuleDefinitionError], tuple[tuple[Problem, ...], str]]:  # type: ignore[override]
        return (type(self), (self.problems, self.subject))


class RuleNotInForce(CalCitiesError, LookupError):  # noqa: N818 - the name reads as the fact it reports
    """No value of a rule is in force on the date asked.

    Attributes:
        rule: The stable identifier of the rule (``"kernel.holiday.cesar_chavez_day"``).
        on: The date asked.
        covered: Human-readable ranges the rule does cover, in order.
        detail: Why, when more is known (the date falls in a declared gap), or ``""``.
    """

    rule: str
    on: object
    covered: tuple[str, ...]
    detail: str

    def __init__(self, rule: str, on: object, covered: Iterable[str], detail: str = "") -> None:
        self.rule = rule
        self.on = on
        self.covered = tuple(covered)
        self.detail = detail
        ranges = "; ".join(self.covered) if self.covered else "no dates at all"
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"rule {rule!r} is not in force on {on}{extra}; it covers: {ranges}",
        )

    def __reduce__(self) -> tuple[type[RuleNotInForce], tuple[str, object, tuple[str, ...], str]]:
        return (type(self), (self.rule, self.on, self.covered, self.detail))


class UnsupportedTypeError(CalCitiesError, TypeError):
    """The boundary was asked for a type it does not build or write.

    A programming error, not bad input: ``structure()`` builds the library's models
    (generic ones with their type parameter, ``Decision[bool]``), and ``to_json()``
    writes values the converter can turn into JSON.
    """
