"""The workloads of the performance suite, one module per domain."""
