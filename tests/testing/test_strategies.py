"""The public strategies build valid models of the class they are registered for."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import DateRange, Money, Timeline
from calcities_domain.testing import strategies as cst


@pytest.mark.parametrize("model", cst.public_models(), ids=lambda c: getattr(c, "__name__", repr(c)))
@given(data=st.data())
def test_strategy_builds_its_model(model: type, data: st.DataObject) -> None:
    assert isinstance(data.draw(cst.strategy_for(model)), model)


def test_unknown_model_has_no_strategy() -> None:
    with pytest.raises(LookupError, match="no strategy for"):
        cst.strategy_for(int)


@given(cst.date_ranges(open_ended=False))
def test_closed_ranges_are_closed(r: DateRange) -> None:
    assert r.end is not None
    assert r.start <= r.end


@given(cst.money(min_cents=0, max_cents=100))
def test_money_bounds(m: Money) -> None:
    assert 0 <= m.cents <= 100


@given(cst.timelines(values=st.booleans()))
def test_timelines_take_a_value_strategy(t: Timeline[bool]) -> None:
    assert all(isinstance(e.value, bool) for e in t.entries)


def test_a_clear_error_names_the_extra_when_hypothesis_is_missing() -> None:
    """Without hypothesis, importing the strategies says how to install it."""
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import calcities_domain.testing\n"
        "try:\n"
        "    import calcities_domain.testing.strategies\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)  # noqa: S603
    assert result.stdout.strip() == (
        'calcities_domain.testing.strategies needs Hypothesis; install it with: pip install "calcities-domain[testing]"'
    )
