"""Speed and scale benchmarks: run with `python -m benchmarks.seeds` or `python -m benchmarks.scale`."""
