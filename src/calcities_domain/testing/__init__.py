"""Testing support for users of calcities_domain.

:mod:`calcities_domain.testing.strategies` holds public Hypothesis strategies for every
public model. It needs the ``hypothesis`` package: install the ``testing`` extra,
``pip install "calcities-domain[testing]"``. This package itself imports nothing
optional.

.. versionadded:: 0.1.0
"""

__all__: list[str] = []
