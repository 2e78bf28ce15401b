"""Private validators shared by the kernel's models (attrs validators raising InputError)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from datetime import UTC, date, datetime
from typing import Any, TypeGuard

import attrs

from calcities_domain.kernel.errors import InputError, Problem

# Matched with fullmatch: "$" alone would also accept a trailing newline.
_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*")


def fail(name: str, message: str) -> InputError:
    """An InputError for one field."""
    return InputError([Problem(name, message)])


def is_plain_date(value: object) -> TypeGuard[date]:
    """Whether value is a ``date`` and not a ``datetime`` (which subclasses date)."""
    return isinstance(value, date) and not isinstance(value, datetime)


def plain_date(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: a calendar date, not a datetime."""
    if not is_plain_date(value):
        raise fail(attribute.name, f"expected a date, got {value!r}")


#: The first and last instants the library handles: a day inside the years 1 to 9999 that
#: ``datetime`` can hold, so that no UTC offset (always less than a day) moves one out of
#: them when it is shown in a zone, compared or turned into a date.
FIRST_INSTANT = datetime(1, 1, 2, tzinfo=UTC)
LAST_INSTANT = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC)


def instant_problem(value: datetime) -> str | None:
    """Why an aware ``value`` is not an instant the library handles (see ``FIRST_INSTANT``), or None."""
    try:
        in_utc = value.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+01:00 is in the year 0 in UTC
        in_utc = None
    if in_utc is not None and FIRST_INSTANT <= in_utc <= LAST_INSTANT:
        return None
    return (
        f"{value.isoformat()} is too near the ends of the years 1 to 9999 to be shown in every time zone: "
        "instants from 0001-01-02T00:00Z to 9999-12-30T23:59:59.999999Z are handled"
    )


def aware_problems(name: str, value: object) -> list[Problem]:
    """The problems of ``value`` as the instant called ``name``.

    None for a timezone-aware datetime (a naive one is never guessed) from ``FIRST_INSTANT``
    to ``LAST_INSTANT``.
    """
    if not isinstance(value, datetime) or value.utcoffset() is None:
        return [Problem(name, f"expected an aware datetime, got {value!r}")]
    problem = instant_problem(value)
    return [] if problem is None else [Problem(name, problem)]


def aware(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: an instant the library handles (see :func:`aware_problems`)."""
    problems = aware_problems(attribute.name, value)
    if problems:
        raise InputError(problems)


def optional_plain_date(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: a calendar date or None."""
    if value is not None:
        plain_date(instance, attribute, value)


def text(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: non-blank text."""
    if not isinstance(value, str) or not value.strip():
        raise fail(attribute.name, f"must be non-blank text, got {value!r}")


def code(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: a stable dotted identifier such as ``mcle.self_study_cap``."""
    if not isinstance(value, str) or not _CODE.fullmatch(value):
        raise fail(
            attribute.name,
            f"must be a dotted lower-case identifier like 'mcle.self_study_cap', got {value!r}",
        )


Check = Callable[[Any, Any, Any], None]


def type_names(types: tuple[type, ...]) -> str:
    """The names of ``types`` for a message: ``int or str``."""
    return " or ".join(t.__name__ for t in types)


# The factories below return a module-level check bound to its arguments, rather than a
# closure: a factory runs once, when a model class is defined, while the check it returns
# runs on every value. Keeping the logic in the checks is what lets mutation testing reach
# it (mutmut switches a mutant on when a function is called, see docs/testing.md).


def _if_given(check: Check, instance: Any, attribute: Any, value: Any) -> None:
    if value is not None:
        check(instance, attribute, value)


def optional(check: Check) -> Check:
    """Attrs validator factory: ``check``, unless the value is None."""
    return functools.partial(_if_given, check)  # pragma: no mutate


def whole_number(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: an int that is not a bool."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(attribute.name, f"expected a whole number, got {value!r}")


def non_negative(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: a whole number, zero or more (a count, minutes, seats)."""
    whole_number(instance, attribute, value)
    if value < 0:
        raise fail(attribute.name, f"must not be negative, got {value}")


def _instance_of(types: tuple[type, ...], instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, types):
        raise fail(attribute.name, f"expected {type_names(types)}, got {value!r}")


def instance(*types: type) -> Callable[[Any, Any, Any], None]:
    """Attrs validator factory: an instance of one of ``types`` (InputError otherwise)."""
    return functools.partial(_instance_of, types)  # pragma: no mutate


def _tuple_of(types: tuple[type, ...], instance: Any, attribute: Any, value: Any) -> None:
    if not isinstance(value, tuple):
        raise fail(attribute.name, f"expected a tuple of {type_names(types)}, got {value!r}")
    for index, item in enumerate(value):
        if not isinstance(item, types):
            raise fail(f"{attribute.name}[{index}]", f"expected {type_names(types)}, got {item!r}")


def tuple_of(*types: type) -> Callable[[Any, Any, Any], None]:
    """Attrs validator factory: a tuple whose items are instances of ``types``."""
    return functools.partial(_tuple_of, types)  # pragma: no mutate


_MUTABLE = (list, dict, set, bytearray)


def immutable(instance: Any, attribute: Any, value: Any) -> None:
    """Attrs validator: not a mutable container (models hold tuples and frozensets)."""
    if isinstance(value, _MUTABLE):
        kind = type(value).__name__
        raise fail(attribute.name, f"must be immutable (a tuple or frozenset, not a {kind}), got {value!r}")


def iterable(name: str, value: Any) -> list[Any]:
    """The items of an iterable argument, or an InputError naming it."""
    if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        raise fail(name, f"expected a sequence, got {value!r}")
    return list(value)


#: The metadata key under which a field keeps its check.
CHECK = "calcities_domain.check"


def checked(check: Callable[[Any, Any, Any], None]) -> dict[str, Any]:
    """Field metadata naming the check :func:`validate` runs on that field.

    Checks are not attrs validators, which stop at the first failure: :func:`validate`
    runs every field's check and reports every problem at once.
    """
    return {CHECK: check}


@functools.lru_cache(maxsize=1024)
def _checks_of(cls: type) -> tuple[tuple[Any, Callable[[Any, Any, Any], None]], ...]:
    """The checked fields of an attrs class, each with its check, in field order.

    Worked out once per class: a class's fields never change, so this cache holds no state
    a caller could see. It is bounded, for classes a program makes as it runs.
    """
    return tuple((field, field.metadata[CHECK]) for field in attrs.fields(cls) if CHECK in field.metadata)


def field_problems(instance: Any) -> list[Problem]:
    """The problems of every field of an attrs instance, in field order."""
    problems: list[Problem] = []
    for field, check in _checks_of(instance.__class__):
        try:
            check(instance, field, getattr(instance, field.name))
        except InputError as error:
            problems.extend(error.problems)
    return problems


def validate(
    instance: Any,
    across: Callable[[], list[Problem]] | None = None,
    *,
    independent: Collection[str] = (),
) -> None:
    """Raise one InputError naming every bad field of an attrs instance.

    Then run ``across``, the checks that relate fields to each other, once every field
    they read is valid on its own: the fields named in ``independent`` are not read by
    ``across``, so a problem with one of them does not hide the checks across the others.
    """
    problems = field_problems(instance)
    blocking = [p for p in problems if p.path.split("[", 1)[0].split(".", 1)[0] not in independent]
    if not blocking and across is not None:
        problems += across()
    if problems:
        raise InputError(problems)
