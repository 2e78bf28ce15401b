"""Invariants of the JSON boundary, as Hypothesis properties, over every public model.

Every model that :func:`calcities_domain.testing.strategies.public_models` lists comes back
equal from ``unstructure``/``structure`` and from ``to_json``/``from_json`` (text or UTF-8
bytes), and its JSON is stable: the same model, or an equal one rebuilt from its own JSON,
always writes the same bytes.
"""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst

MODELS = sorted(cst.public_models(), key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")

# A hundred models or so, each drawn and written several times: fewer examples per model than the
# profile's (tests/conftest.py), scaled with it.
PER_MODEL = settings(max_examples=max(5, settings().max_examples // 10))


@pytest.mark.parametrize("model", MODELS, ids=lambda cls: f"{cls.__module__.split('.')[1]}.{cls.__qualname__}")
@PER_MODEL
@given(data=st.data())
def test_every_public_model_round_trips_and_writes_stable_json(model: type, data: st.DataObject) -> None:
    """For every public model: structure(unstructure(x)) == x, from_json(to_json(x)) == x (from text and from
    UTF-8 bytes), the unstructured form is plain JSON, and to_json is stable: the same bytes for x written
    twice, for a deep copy of x, and for the equal model rebuilt from x's own JSON.

    Source: docs/serialization.md ("Round trips are exact: structure(unstructure(x), Model) == x for every
    public model"; frozensets "written sorted"); docs/testing.md (strategy_for, structured_as and
    public_models); the issue.
    """
    target = cst.structured_as(model)
    value = data.draw(cst.strategy_for(model), label="value")
    document = unstructure(value)
    assert json.loads(json.dumps(document)) == document
    assert structure(document, target) == value
    text = to_json(value)
    rebuilt = from_json(text, target)
    assert rebuilt == value
    assert from_json(text.encode("utf-8"), target) == value
    assert to_json(value) == text
    assert to_json(copy.deepcopy(value)) == text
    assert to_json(rebuilt) == text
    assert unstructure(rebuilt) == document
