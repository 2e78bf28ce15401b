"""The performance suite of calcities_domain: ``python -m benchmarks``.

Seeded workloads generated in memory, each measured against baselines in the same run
and reported as ratios. See ``docs/performance.md``.
"""
