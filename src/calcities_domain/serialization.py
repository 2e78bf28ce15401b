"""The strict boundary: JSON-like data to models and back.

One project-owned converter, made by :func:`make_converter`, structures plain data
(``dict``, ``list``, ``str``, ``int``, ``bool``, ``None``) into the library's models and
unstructures them back. It is strict:

* no coercion: ``"10"`` is not a whole number, ``1`` is not text, ``true`` is not a number;
* unknown keys are rejected, missing required keys reported;
* dates are ``"YYYY-MM-DD"`` strings, instants ISO 8601 strings *with* a UTC offset,
  :class:`~calcities_domain.kernel.money.Money` a decimal string (``"625.00"``),
  ``Decimal`` a string in plain notation (``"2.25"``, ``"100"``, never ``"1E+2"``),
  ``Fraction`` a string (``"5/4"``), enums by value, sequences as JSON arrays;
* numbers are no longer than Python turns into text by default (N = 4300 digits, the default
  of :func:`sys.get_int_max_str_digits`): a whole number in JSON text and each part of a
  ``Fraction`` have at most N digits, an amount of ``Money`` at most N - 2 characters (its
  cents are written back). The limits are fixed, so that every process answers alike; a
  process that lowers Python's limit with :func:`sys.set_int_max_str_digits` gets the same
  refusals for the numbers over its own limit, but worded with N.

Bad input raises one :class:`~calcities_domain.kernel.errors.InputError` that lists
*every* problem with its JSON path; nothing partial is returned.

>>> from datetime import date
>>> from calcities_domain.kernel import DateRange
>>> structure({"start": "2022-02-01", "end": None}, DateRange)
DateRange(start=datetime.date(2022, 2, 1), end=None)
>>> unstructure(DateRange(date(2022, 2, 1), date(2025, 1, 31)))
{'start': '2022-02-01', 'end': '2025-01-31'}
>>> structure({"start": "1 Feb 2022", "end": 2025, "until": "x"}, DateRange)
Traceback (most recent call last):
...
calcities_domain.kernel.errors.InputError: 3 problems in the input:
  $.start: expected a date as "YYYY-MM-DD", got "1 Feb 2022"
  $.end: expected a date as "YYYY-MM-DD" or null, got 2025
  $.until: unknown field (expected: start, end)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    StructureHandlerNotFoundError,
)
from cattrs.gen import make_dict_structure_fn

from calcities_domain.kernel._checks import CHECK, instant_problem
from calcities_domain.kernel._words import number
from calcities_domain.kernel.errors import InputError, Problem, UnsupportedTypeError
from calcities_domain.kernel.money import Money

__all__ = ["MAX_ITEMS", "from_json", "make_converter", "structure", "to_json", "unstructure"]

T = TypeVar("T")

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# RFC 3339 with a UTC offset, and optionally the IANA zone in brackets (RFC 9557).
_INSTANT = re.compile(
    r"(?P<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)(?P<offset>Z|[+-]\d{2}:\d{2})"
    r"(\[(?P<zone>[A-Za-z0-9_+\-]+(/[A-Za-z0-9_+\-]+)*)\])?"
)
_DECIMAL = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?")
_FRACTION = re.compile(r"-?(0|[1-9]\d*)(/[1-9]\d*)?")
_NONE = type(None)
# The longest whole number Python turns into text or back by default (the default of
# sys.get_int_max_str_digits(), the guard against quadratic-time conversion of CVE-2020-10735).
# Fixed here, not read from the process, so that every process gives the same answers.
_MAX_DIGITS = 4300

#: The most items a list of a document may have (and the most unknown keys an object may
#: have), unless a caller passes another ``max_items``. A longer list, or an object with more
#: keys than its fields and ``max_items`` together, is refused at once, before any item is read:
#: without a bound, ten million wrong items would take minutes and gigabytes to report one
#: by one. No document of the library's models comes near it (a roster has 57 seats).
MAX_ITEMS = 100_000


def _show(value: object) -> str:
    """A short rendering of a bad value, in JSON where it is JSON."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = _repr(value)
    except RecursionError:
        text = f"a {type(value).__name__} nested too deeply to show"
    return text if len(text) <= 60 else text[:57] + "..."


def _repr(value: object) -> str:
    """``repr(value)``, or words for a value that has no text to show.

    ``repr`` fails for a whole number longer than Python turns into text
    (:func:`sys.get_int_max_str_digits`, 4300 digits by default), for a container nested
    too deeply, and for an object whose ``__repr__`` raises: the problem to report is the
    value's, and must not be replaced by the failure to show it.
    """
    try:
        return repr(value)
    except RecursionError:
        return f"a {type(value).__name__} nested too deeply to show"
    except Exception:  # whatever stops a bad value being shown, the problem stays
        if isinstance(value, int):
            return number(value)
        return f"a {type(value).__name__} that cannot be shown"


def _wrong(expected: str, value: object) -> InputError:
    return InputError([Problem("$", f"expected {expected}, got {_show(value)}")])


def _too_many(kind: str, unit: str, count: int, max_items: int) -> InputError:
    # The value is not shown: writing out a list of ten million items is the work refused.
    return InputError([Problem("$", f"expected {kind} of at most {max_items:,} {unit}, got {count:,} {unit}")])


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and _NONE in typing.get_args(tp)


# --------------------------------------------------------------------------- primitive hooks


def _structure_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _wrong("text", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is not int:
        raise _wrong("a whole number", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _wrong("true or false", value)
    return value


def _structure_float(value: object, _: type) -> float:
    raise _wrong("no binary floating-point number (use a decimal string)", value)


def _structure_decimal(value: object, _: type) -> Decimal:
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        raise _wrong('a decimal number as a string (like "2.5")', value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise _wrong('a decimal number as a string (like "2.5")', value) from None


def _structure_date(value: object, _: type) -> date:
    if type(value) is str and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InputError([Problem("$", f"no such day: {_show(value)}")]) from None
    raise _wrong('a date as "YYYY-MM-DD"', value)


def _structure_datetime(value: object, _: type) -> datetime:
    match = _INSTANT.fullmatch(value) if type(value) is str else None
    if match is None:
        raise _wrong(
            'an instant in ISO 8601 with a UTC offset (like "2024-02-09T23:59:59-08:00" '
            'or "2024-02-09T23:59:59-08:00[America/Los_Angeles]")',
            value,
        )
    try:
        instant = datetime.fromisoformat(match["local"] + match["offset"].replace("Z", "+00:00"))
    except ValueError:
        raise InputError([Problem("$", f"no such instant: {_show(value)}")]) from None
    problem = instant_problem(instant)  # 0001-01-01T00:00+01:00 is in the year 0 in UTC
    if problem is not None:
        raise InputError([Problem("$", problem)])
    if match["zone"] is None:
        return instant
    return _in_zone(instant, match["zone"], value)


def _in_zone(instant: datetime, key: str, value: object) -> datetime:
    """The instant in the named zone, keeping the wall time and offset it was written with."""
    try:
        zone = ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError, RecursionError):
        # OSError: a directory of zones ("America") or a name too long for the file system;
        # RecursionError: a path of thousands of parts. None of them is a zone.
        raise InputError([Problem("$", f"unknown time zone {key!r} in {_show(value)}")]) from None
    wall = instant.replace(tzinfo=None)
    for fold in (0, 1):
        candidate = wall.replace(tzinfo=zone, fold=fold)
        if candidate.utcoffset() == instant.utcoffset():
            return candidate
    raise InputError([Problem("$", f"the offset does not match the time zone {key} at that time: {_show(value)}")])


def _unstructure_datetime(instant: datetime) -> str:
    text = instant.isoformat()
    return f"{text}[{instant.tzinfo.key}]" if isinstance(instant.tzinfo, ZoneInfo) else text


def _unstructure_decimal(value: Decimal) -> str:
    """A decimal in plain notation: ``str`` would write ``Decimal("100").normalize()`` as ``"1E+2"``."""
    return format(value, "f")


def _structure_fraction(value: object, _: type) -> Fraction:
    if type(value) is not str or not _FRACTION.fullmatch(value):
        raise _wrong('an exact fraction as a string (like "5/4" or "3")', value)
    try:
        return Fraction(value)
    except ValueError:  # a part longer than Python reads as a whole number (sys.get_int_max_str_digits())
        raise _wrong(f"an exact fraction whose parts have at most {_MAX_DIGITS} digits", value) from None


def _structure_none(value: object, _: type) -> None:
    if value is not None:
        raise _wrong("null", value)


def _structure_money(value: object, _: type) -> Money:
    if type(value) is not str:
        raise _wrong('an amount of dollars as a decimal string (like "625.00")', value)
    # Money is a whole number of cents, which Python turns into text only up to
    # sys.get_int_max_str_digits() digits (4300 by default): a longer amount could not be
    # written back, and reading it takes time quadratic in its length (a 5 MB amount: minutes).
    if len(value) > _MAX_DIGITS - 2:
        raise _wrong(f"an amount of dollars of at most {_MAX_DIGITS - 2} characters", value)
    try:
        return Money.parse(value)
    except InputError:
        raise _wrong('an amount of dollars as a decimal string (like "625.00")', value) from None


# --------------------------------------------------------------------------- hook factories


@functools.lru_cache(maxsize=256)
def _members_by_value(cl: type[enum.Enum]) -> Mapping[tuple[type, object], enum.Enum] | None:
    """An enum's members by the type and value of their value, the first where two share one.

    Worked out once per enum class (a class's members never change); read-only. None for
    an enum with an unhashable value (a list), which is searched member by member.
    """
    found: dict[tuple[type, object], enum.Enum] = {}
    try:
        for member in cl:
            found.setdefault((type(member.value), member.value), member)
    except TypeError:
        return None
    return types.MappingProxyType(found)


def _structure_enum(value: object, cl: type[enum.Enum]) -> enum.Enum:
    """An enum member by its exact value (a string value is not matched by a number)."""
    by_value = _members_by_value(cl)
    if by_value is None:
        candidates: list[enum.Enum] = list(cl)
    else:
        try:
            found = by_value.get((type(value), value))
        except TypeError:  # an unhashable value (a list, an object) is no member's value
            found = None
        candidates = [] if found is None else [found]
    for member in candidates:
        # Equal, not merely the same key: a NaN value is found by identity, and is no match.
        if type(value) is type(member.value) and value == member.value:
            return member
    raise _wrong("one of " + ", ".join(_show(m.value) for m in cl), value)


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_fixed_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and not (len(args) == 2 and args[1] is Ellipsis)


def _is_attrs(tp: Any) -> bool:
    return attrs.has(typing.get_origin(tp) or tp)


def _optional_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], Any]]:
    def factory(tp: Any) -> Callable[[object, Any], Any]:
        (inner_type,) = [a for a in typing.get_args(tp) if a is not _NONE]
        inner = converter.get_structure_hook(inner_type)

        def hook(value: object, _: Any) -> Any:
            if value is None:
                return None
            try:
                return inner(value, inner_type)
            except InputError as error:
                if len(error.problems) == 1 and error.problems[0].path == "$":
                    message = error.problems[0].message
                    if message.startswith("expected ") and ", got " in message:
                        head, tail = message.split(", got ", 1)
                        raise InputError([Problem("$", f"{head} or null, got {tail}")]) from None
                raise

        return hook

    return factory


def _structure_items(
    tp: Any, items: list[Any], types_and_hooks: list[tuple[Any, Callable[[object, Any], Any]]]
) -> tuple[Any, ...]:
    """Structure each item with its hook; collect every failure with its index."""
    done: list[Any] = []
    errors: list[Exception] = []
    for index, (item, (item_type, item_hook)) in enumerate(zip(items, types_and_hooks, strict=True)):
        try:
            done.append(item_hook(item, item_type))
        except Exception as exc:  # every error is collected and reported
            exc.__notes__ = [*getattr(exc, "__notes__", []), _index_note(index, item_type)]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
    return tuple(done)


def _homogeneous_tuple_hook(
    converter: cattrs.Converter, max_items: int
) -> Callable[[Any], Callable[[object, Any], tuple[Any, ...]]]:
    def factory(tp: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        item_type = typing.get_args(tp)[0]
        type_and_hook = (item_type, converter.get_structure_hook(item_type))

        def hook(value: object, _: Any) -> tuple[Any, ...]:
            if type(value) not in (list, tuple):
                raise _wrong("a list", value)
            items = list(typing.cast("list[Any]", value))
            if len(items) > max_items:
                raise _too_many("a list", "items", len(items), max_items)
            return _structure_items(tp, items, [type_and_hook] * len(items))

        return hook

    return factory


def _fixed_tuple_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], tuple[Any, ...]]]:
    def factory(tp: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        types_and_hooks = [(t, converter.get_structure_hook(t)) for t in typing.get_args(tp)]

        def hook(value: object, _: Any) -> tuple[Any, ...]:
            if type(value) not in (list, tuple) or len(typing.cast("list[Any]", value)) != len(types_and_hooks):
                raise _wrong(f"a list of {len(types_and_hooks)} items", value)
            return _structure_items(tp, list(typing.cast("list[Any]", value)), types_and_hooks)

        return hook

    return factory


def _is_frozenset(tp: Any) -> bool:
    return bool(tp is frozenset or typing.get_origin(tp) is frozenset)


def _frozenset_hook(
    converter: cattrs.Converter, max_items: int
) -> Callable[[Any], Callable[[object, Any], frozenset[Any]]]:
    def factory(tp: Any) -> Callable[[object, Any], frozenset[Any]]:
        args = typing.get_args(tp)
        item_type = args[0] if args else Any
        type_and_hook = (item_type, converter.get_structure_hook(item_type))

        def hook(value: object, _: Any) -> frozenset[Any]:
            if type(value) is not list:
                raise _wrong("a list of distinct items", value)
            if len(value) > max_items:
                raise _too_many("a list", "distinct items", len(value), max_items)
            items = _structure_items(tp, list(value), [type_and_hook] * len(value))
            result = frozenset(items)
            if len(result) != len(items):
                raise _wrong("a list of distinct items", value)
            return result

        return hook

    return factory


def _frozenset_to_list(converter: cattrs.Converter) -> Callable[[frozenset[Any]], list[Any]]:
    def hook(value: frozenset[Any]) -> list[Any]:
        # A set has no order: sort by the JSON text of each item, so output is deterministic.
        items = [converter.unstructure(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))

    return hook


def _index_note(index: int, item_type: Any) -> Any:
    from cattrs.errors import IterableValidationNote  # noqa: PLC0415 - keep the public import list short

    return IterableValidationNote(f"Structuring item @ index {index}", index, item_type)


def _attrs_hook(converter: cattrs.Converter, max_items: int) -> Callable[[Any], Callable[[object, Any], Any]]:
    def factory(tp: Any) -> Callable[[object, Any], Any]:
        generated = make_dict_structure_fn(tp, converter, _cattrs_forbid_extra_keys=True)
        fields = len(attrs.fields(typing.get_origin(tp) or tp))

        def hook(value: object, _: Any) -> Any:
            if type(value) is not dict:
                raise _wrong("an object", value)
            if len(value) > fields + max_items:  # more than max_items unknown keys, each a problem
                raise _too_many("an object", "keys", len(value), fields)
            if any(type(key) is not str for key in value):
                return _with_text_keys(hook, typing.cast("dict[object, Any]", value), tp)
            try:
                return generated(value, tp)
            except ClassValidationError as exc:
                if _unsupported(exc) is not None:
                    raise  # a type the converter cannot build: not the document's fault
                with_notes, _ = exc.group_exceptions()
                # The constructor, which checks every field, does not run when a field had
                # the wrong type: run the check of every field that did structure, so that
                # all bad values are reported at once.
                failed = {note.name for _, note in with_notes}
                document = typing.cast("dict[str, Any]", value)
                more = _validator_problems(converter, tp, document, failed)
                problems = _problems(exc, "$")
                if not with_notes and any(isinstance(e, ForbiddenExtraKeysError) for e in exc.exceptions):
                    # Only unknown keys stopped construction: build without them, so that
                    # checks across fields (an end before its start) are reported too.
                    known = {a.name for a in attrs.fields(typing.get_origin(tp) or tp)}
                    try:
                        generated({k: v for k, v in document.items() if k in known}, tp)
                    except ClassValidationError as retry:
                        more.extend(_problems(retry, "$"))
                problems.extend(p for p in more if p not in problems)
                order = [a.name for a in attrs.fields(typing.get_origin(tp) or tp)]
                raise InputError(sorted(problems, key=lambda p: _field_rank(p.path, order))) from None

        return hook

    return factory


def _with_text_keys(hook: Callable[[object, Any], Any], value: dict[object, Any], tp: Any) -> Any:
    """Build from the text keys of Python data whose other keys (a number, None) name no field.

    Each other key is an unknown field, named after the problems of the rest. cattrs 24.1
    (the lowest supported) words unknown keys by joining them as text, which fails for keys
    of other types.
    """
    expected = ", ".join(a.name for a in attrs.fields(typing.get_origin(tp) or tp))
    named = [
        Problem(f"$.{_key(key)}", f"unknown field (expected: {expected})")
        for key in sorted((key for key in value if type(key) is not str), key=_key_order)
    ]
    try:
        hook({key: item for key, item in value.items() if type(key) is str}, tp)
    except InputError as error:
        raise InputError([*error.problems, *named]) from None
    raise InputError(named)


def _field_rank(path: str, order: list[str]) -> int:
    name = re.split(r"[.\[]", path[2:], maxsplit=1)[0] if path.startswith("$.") else ""
    return order.index(name) if name in order else len(order)


def _validator_problems(converter: cattrs.Converter, tp: Any, value: dict[str, Any], failed: set[str]) -> list[Problem]:
    origin = typing.get_origin(tp) or tp
    bindings = dict(zip(getattr(origin, "__parameters__", ()), typing.get_args(tp), strict=False))
    problems: list[Problem] = []
    for field in attrs.fields(origin):
        check = field.metadata.get(CHECK)
        if check is None or field.name not in value or field.name in failed:
            continue
        field_type = _bind(field.type, bindings)
        try:
            check(None, field, converter.structure(value[field.name], field_type))
        except InputError as error:
            problems.extend(p.under("$") for p in error.problems)
        except Exception:  # noqa: S112 - already reported: the constructor ran this check and failed
            # Whatever the check raised (a validator's OSError for the zone "America", say), the
            # generated function collected it when the constructor ran: raising it here instead
            # would let it escape structure().
            continue
    return problems


def _bind(tp: Any, bindings: dict[Any, Any]) -> Any:
    """Substitute a generic model's type arguments into a field type (T -> int)."""
    if isinstance(tp, TypeVar):
        return bindings.get(tp, Any)
    free = getattr(tp, "__parameters__", ())
    if free and typing.get_origin(tp) is not None:
        return tp[tuple(bindings.get(p, Any) for p in free)]
    return tp


def make_converter(*, max_items: int = MAX_ITEMS) -> cattrs.Converter:
    """A new strict converter for every public model of the library.

    Converters are cheap; the library's own functions share one, which is safe to use
    from many threads (its only state is a cache of generated hooks).

    Args:
        max_items: the most items a list of a document may have (:data:`MAX_ITEMS` unless
            given). A longer list, or an object with more keys than its model's fields and
            ``max_items`` together, is refused whole, with one problem at its path, before
            any of its items is read.

    Raises:
        InputError: if ``max_items`` is not a whole number of at least 1.

    .. versionchanged:: 0.1.0
       ``max_items``.
    """
    _check_max_items(max_items)
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_structure_hook(Money, _structure_money)
    converter.register_structure_hook(Fraction, _structure_fraction)
    converter.register_structure_hook(type(None), _structure_none)
    converter.register_structure_hook_factory(_is_frozenset, _frozenset_hook(converter, max_items))
    # Registered on the base class, so it serves every enum on every supported cattrs.
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook_factory(_is_optional, _optional_hook(converter))
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _homogeneous_tuple_hook(converter, max_items))
    converter.register_structure_hook_factory(_is_fixed_tuple, _fixed_tuple_hook(converter))
    converter.register_structure_hook_factory(_is_attrs, _attrs_hook(converter, max_items))

    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_unstructure_hook(datetime, _unstructure_datetime)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_unstructure_hook_factory(_is_frozenset, lambda _: _frozenset_to_list(converter))
    converter.register_unstructure_hook(Decimal, _unstructure_decimal)
    converter.register_unstructure_hook(Money, Money.to_decimal_string)
    converter.register_unstructure_hook_factory(_is_tuple, lambda _: _tuple_to_list(converter))
    # A parameterised generic model (Cited[int], Timeline[RuleSet]) and an optional value
    # are unstructured by the runtime type of the value: cattrs 24.1 cannot generate a
    # hook from a parameterised alias.
    converter.register_unstructure_hook_factory(_is_generic_alias, lambda _: _by_origin(converter))
    converter.register_unstructure_hook_factory(_is_optional, lambda _: _by_runtime_type(converter))
    return converter


def _is_generic_alias(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    return origin is not None and attrs.has(origin)


def _by_origin(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def unstructure(value: Any) -> Any:
        return converter.unstructure(value, unstructure_as=type(value))

    return unstructure


def _by_runtime_type(converter: cattrs.Converter) -> Callable[[Any], Any]:
    def unstructure(value: Any) -> Any:
        return None if value is None else converter.unstructure(value, unstructure_as=type(value))

    return unstructure


def _is_tuple(tp: Any) -> bool:
    return bool(tp is tuple or typing.get_origin(tp) is tuple)


def _tuple_to_list(converter: cattrs.Converter) -> Callable[[tuple[Any, ...]], list[Any]]:
    def hook(value: tuple[Any, ...]) -> list[Any]:
        return [converter.unstructure(item) for item in value]

    return hook


def _check_max_items(max_items: object) -> None:
    if type(max_items) is not int or max_items < 1:
        raise InputError([Problem("max_items", f"expected a whole number of at least 1, got {_show(max_items)}")])


_DEFAULT = make_converter()


@functools.lru_cache(maxsize=8)
def _converter(max_items: int) -> cattrs.Converter:
    return _DEFAULT if max_items == MAX_ITEMS else make_converter(max_items=max_items)


def _problems(exc: BaseException, path: str) -> list[Problem]:
    """Flatten a cattrs error tree into problems with JSON paths."""
    if isinstance(exc, InputError):
        return [problem.under(path) for problem in exc.problems]
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        found: list[Problem] = []
        for sub, inote in with_notes:
            found.extend(_problems(sub, f"{path}[{inote.index!r}]"))
        for sub in without:
            found.extend(_problems(sub, path))
        return found
    if isinstance(exc, ClassValidationError):
        with_anotes, other = exc.group_exceptions()
        found = []
        for sub, anote in with_anotes:
            found.extend(_problems(sub, f"{path}.{anote.name}"))
        for sub in other:
            if isinstance(sub, ForbiddenExtraKeysError):
                expected = ", ".join(a.name for a in attrs.fields(typing.get_origin(exc.cl) or exc.cl))
                found.extend(
                    Problem(f"{path}.{_key(key)}", f"unknown field (expected: {expected})")
                    for key in sorted(sub.extra_fields, key=_key_order)
                )
            else:
                found.extend(_problems(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [Problem(path, "required field missing")]
    return [Problem(path, f"invalid value ({type(exc).__name__}: {exc})")]


def _key(key: object) -> str:
    """A key as it appears in a path: text as itself, any other key (from Python data) shown."""
    return key if isinstance(key, str) else _show(key)


def _key_order(key: object) -> tuple[bool, str]:
    """Text keys in order, then the others: keys of mixed types do not compare."""
    return (not isinstance(key, str), _key(key))


def _require_model(cls: Any) -> None:
    try:
        hash(cls)
    except TypeError:  # an unhashable "class" (a list, an alias with a list in it): no cache for it
        _check_model(cls)
        return
    _require_model_once(cls)


@functools.lru_cache(maxsize=1024)
def _require_model_once(cls: Any) -> None:
    """:func:`_check_model`, once per class: a refusal raises, and is not cached."""
    _check_model(cls)


def _check_model(cls: Any) -> None:
    origin = typing.get_origin(cls) or cls
    if not (isinstance(origin, type) and attrs.has(origin)):
        raise UnsupportedTypeError(f"structure() builds the library's models, not {cls!r}")
    if typing.get_origin(cls) is None and typing.cast("Any", cls).__dict__.get("__parameters__"):
        raise UnsupportedTypeError(
            f"{cls.__name__} is generic: give its type parameter, as in {cls.__name__}[bool] or {cls.__name__}[date]"
        )


def _unsupported(exc: BaseException) -> StructureHandlerNotFoundError | None:
    """A cattrs error that says a type cannot be handled, wherever it sits in the tree."""
    if isinstance(exc, cattrs.BaseValidationError):
        for sub in exc.exceptions:
            found = _unsupported(sub)
            if found is not None:
                return found
        return None
    return exc if isinstance(exc, StructureHandlerNotFoundError) else None


def structure(data: object, cls: type[T], *, max_items: int = MAX_ITEMS) -> T:
    """Build a model of type ``cls`` from JSON-like ``data``, strictly.

    Generic models need their parameter: ``structure(data, Timeline[int])``.

    Args:
        data: the document, as :func:`json.loads` gives it.
        cls: the model to build.
        max_items: the most items a list may have (:data:`MAX_ITEMS` unless given); a
            longer list, or an object with more unknown keys, is refused before it is read.

    Raises:
        InputError: listing every problem with its JSON path (or naming ``max_items``,
            if it is not a whole number of at least 1).
        UnsupportedTypeError: if ``cls`` is not a model (or a generic model without its
            parameter), or holds a type the converter cannot build.
    """
    _require_model(cls)
    _check_max_items(max_items)
    try:
        return _converter(max_items).structure(data, cls)
    except RecursionError:  # pragma: no cover - defensive: no model's types nest that deeply
        raise InputError([Problem("$", "the document is nested too deeply")]) from None
    except (
        cattrs.BaseValidationError,
        StructureHandlerNotFoundError,
        ForbiddenExtraKeysError,
        InputError,
        KeyError,
        TypeError,
        ValueError,
    ) as exc:
        unsupported = _unsupported(exc)
        if unsupported is not None:
            raise UnsupportedTypeError(f"cannot structure {cls!r}: {unsupported}") from None
        raise InputError(_problems(exc, "$")) from None


def unstructure(obj: object) -> Any:
    """Turn a model into JSON-like data (dicts, lists, strings, numbers, booleans, null).

    The one public function typed as returning ``Any``, as :func:`json.loads` is: the shape
    of the data depends on the model, and a caller indexes into it. The library's own
    answers never pass through it untyped (:meth:`~calcities_domain.commands.Answer.to_json`
    gives text).
    """
    return _DEFAULT.unstructure(obj)


def to_json(obj: object) -> str:
    """A model as a JSON document (keys in field order, UTF-8 text).

    Raises:
        UnsupportedTypeError: if the model holds a value that has no JSON form.
    """
    try:
        return json.dumps(unstructure(obj), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise UnsupportedTypeError(f"cannot write {type(obj).__name__} as JSON: {exc}") from None


def _no_constant(name: str) -> object:
    raise InputError([Problem("$", f"{name} is not valid JSON")])


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError([Problem("$", f"the key {key!r} appears twice in one object")])
        result[key] = value
    return result


def from_json(text: str | bytes, cls: type[T], *, max_items: int = MAX_ITEMS) -> T:
    """Build a model of type ``cls`` from a JSON document (text, or UTF-8 bytes), strictly.

    ``max_items`` is as for :func:`structure`.

    Raises:
        InputError: for text that is not JSON (or has a key twice in one object, or a whole
            number longer than Python reads), or any problem :func:`structure` finds.
    """
    _require_model(cls)
    _check_max_items(max_items)
    try:
        data = json.loads(text, parse_constant=_no_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem("$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]
        ) from None
    except UnicodeDecodeError:
        raise InputError([Problem("$", "not valid UTF-8 text")]) from None
    except RecursionError:
        raise InputError([Problem("$", "the document is nested too deeply")]) from None
    except InputError:  # a key twice, or NaN: already named
        raise
    except ValueError:
        # The one other ValueError json.loads raises: a whole number longer than Python
        # reads from text (sys.get_int_max_str_digits(), 4300 digits by default).
        raise InputError([Problem("$", f"a whole number in the document has more than {_MAX_DIGITS} digits")]) from None
    return structure(data, cls, max_items=max_items)
