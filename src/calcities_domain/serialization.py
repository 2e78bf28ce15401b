"""The strict boundary: JSON-like data to models and back.

One project-owned converter, made by :func:`make_converter`, structures plain data
(``dict``, ``list``, ``str``, ``int``, ``bool``, ``None``) into the library's models and
unstructures them back. It is strict:

* no coercion: ``"10"`` is not a whole number, ``1`` is not text, ``true`` is not a number;
* unknown keys are rejected, missing required keys reported;
* dates are ``"YYYY-MM-DD"`` strings, instants ISO 8601 strings *with* a UTC offset,
  :class:`~calcities_domain.kernel.money.Money` a decimal string (``"625.00"``), enums
  by value, sequences as JSON arrays.

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
import json
import re
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn

from calcities_domain.kernel.errors import InputError, Problem
from calcities_domain.kernel.money import Money

__all__ = ["from_json", "make_converter", "structure", "to_json", "unstructure"]

T = TypeVar("T")

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$")
_DECIMAL = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?$")
_NONE = type(None)


def _show(value: object) -> str:
    """A short rendering of a bad value, in JSON where it is JSON."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _wrong(expected: str, value: object) -> InputError:
    return InputError([Problem("$", f"expected {expected}, got {_show(value)}")])


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
    if type(value) is not str or not _DECIMAL.match(value):
        raise _wrong('a decimal number as a string (like "2.5")', value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid decimals
        raise _wrong('a decimal number as a string (like "2.5")', value) from None


def _structure_date(value: object, _: type) -> date:
    if type(value) is str and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InputError([Problem("$", f"no such day: {_show(value)}")]) from None
    raise _wrong('a date as "YYYY-MM-DD"', value)


def _structure_datetime(value: object, _: type) -> datetime:
    if type(value) is str and _INSTANT.match(value):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise InputError([Problem("$", f"no such instant: {_show(value)}")]) from None
    raise _wrong('an instant in ISO 8601 with a UTC offset (like "2024-02-09T23:59:59-08:00")', value)


def _structure_money(value: object, _: type) -> Money:
    if type(value) is not str:
        raise _wrong('an amount of dollars as a decimal string (like "625.00")', value)
    try:
        return Money.parse(value)
    except InputError:
        raise _wrong('an amount of dollars as a decimal string (like "625.00")', value) from None


# --------------------------------------------------------------------------- hook factories


def _structure_enum(value: object, cl: type[enum.Enum]) -> enum.Enum:
    """An enum member by its exact value (a string value is not matched by a number)."""
    for member in cl:
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


def _homogeneous_tuple_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], tuple[Any, ...]]]:
    def factory(tp: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        item_type = typing.get_args(tp)[0]
        type_and_hook = (item_type, converter.get_structure_hook(item_type))

        def hook(value: object, _: Any) -> tuple[Any, ...]:
            if type(value) not in (list, tuple):
                raise _wrong("a list", value)
            items = list(typing.cast("list[Any]", value))
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


def _index_note(index: int, item_type: Any) -> Any:
    from cattrs.errors import IterableValidationNote  # noqa: PLC0415 - keep the public import list short

    return IterableValidationNote(f"Structuring item @ index {index}", index, item_type)


def _attrs_hook(converter: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], Any]]:
    def factory(tp: Any) -> Callable[[object, Any], Any]:
        generated = make_dict_structure_fn(tp, converter, _cattrs_forbid_extra_keys=True)

        def hook(value: object, _: Any) -> Any:
            if type(value) is not dict:
                raise _wrong("an object", value)
            try:
                return generated(value, tp)
            except ClassValidationError as exc:
                with_notes, _ = exc.group_exceptions()
                # attrs stops at the first validator that fails, and does not run at all
                # when a field had the wrong type: run the validator of every field that
                # did structure, so that all bad values are reported at once.
                failed = {note.name for _, note in with_notes}
                more = _validator_problems(converter, tp, typing.cast("dict[str, Any]", value), failed)
                problems = _problems(exc, "$")
                problems.extend(p for p in more if p not in problems)
                order = [a.name for a in attrs.fields(typing.get_origin(tp) or tp)]
                raise InputError(sorted(problems, key=lambda p: _field_rank(p.path, order))) from None

        return hook

    return factory


def _field_rank(path: str, order: list[str]) -> int:
    name = re.split(r"[.\[]", path[2:], maxsplit=1)[0] if path.startswith("$.") else ""
    return order.index(name) if name in order else len(order)


def _validator_problems(converter: cattrs.Converter, tp: Any, value: dict[str, Any], failed: set[str]) -> list[Problem]:
    origin = typing.get_origin(tp) or tp
    bindings = dict(zip(getattr(origin, "__parameters__", ()), typing.get_args(tp), strict=False))
    problems: list[Problem] = []
    for field in attrs.fields(origin):
        if field.validator is None or field.name not in value or field.name in failed:
            continue
        field_type = _bind(field.type, bindings)
        try:
            field.validator(None, field, converter.structure(value[field.name], field_type))
        except InputError as error:
            problems.extend(p.under("$") for p in error.problems)
        except (
            cattrs.BaseValidationError,
            ValueError,
            TypeError,
        ):  # pragma: no cover - already reported
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


def make_converter() -> cattrs.Converter:
    """A new strict converter for every public model of the library.

    Converters are cheap; the library's own functions share one, which is safe to use
    from many threads (its only state is a cache of generated hooks).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)

    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_structure_hook(Money, _structure_money)
    # Registered on the base class, so it serves every enum on every supported cattrs.
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook_factory(_is_optional, _optional_hook(converter))
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _homogeneous_tuple_hook(converter))
    converter.register_structure_hook_factory(_is_fixed_tuple, _fixed_tuple_hook(converter))
    converter.register_structure_hook_factory(_is_attrs, _attrs_hook(converter))

    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_unstructure_hook(Money, Money.to_decimal_string)
    converter.register_unstructure_hook_factory(_is_tuple, lambda _: _tuple_to_list(converter))
    return converter


def _is_tuple(tp: Any) -> bool:
    return bool(tp is tuple or typing.get_origin(tp) is tuple)


def _tuple_to_list(converter: cattrs.Converter) -> Callable[[tuple[Any, ...]], list[Any]]:
    def hook(value: tuple[Any, ...]) -> list[Any]:
        return [converter.unstructure(item) for item in value]

    return hook


_DEFAULT = make_converter()


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
                    Problem(f"{path}.{key}", f"unknown field (expected: {expected})")
                    for key in sorted(sub.extra_fields)
                )
            else:
                found.extend(_problems(sub, path))
        return found
    if isinstance(exc, KeyError):
        return [Problem(path, "required field missing")]
    return [Problem(path, f"invalid value ({type(exc).__name__}: {exc})")]


def structure(data: object, cls: type[T]) -> T:
    """Build a model of type ``cls`` from JSON-like ``data``, strictly.

    Generic models need their parameter: ``structure(data, Timeline[int])``.

    Raises:
        InputError: listing every problem with its JSON path.
    """
    try:
        return _DEFAULT.structure(data, cls)
    except (
        cattrs.BaseValidationError,
        InputError,
        ForbiddenExtraKeysError,
        KeyError,
        TypeError,
        ValueError,
    ) as exc:
        raise InputError(_problems(exc, "$")) from None


def unstructure(obj: object) -> Any:
    """Turn a model into JSON-like data (dicts, lists, strings, numbers, booleans, null)."""
    return _DEFAULT.unstructure(obj)


def to_json(obj: object) -> str:
    """A model as a JSON document (keys in field order, UTF-8 text)."""
    return json.dumps(unstructure(obj), ensure_ascii=False)


def _no_constant(name: str) -> object:
    raise InputError([Problem("$", f"{name} is not valid JSON")])


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a model of type ``cls`` from a JSON document, strictly.

    Raises:
        InputError: for text that is not JSON, or any problem :func:`structure` finds.
    """
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(
            [Problem("$", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")]
        ) from None
    return structure(data, cls)
