"""The compiled parts: `corpus._kernels`, the postings stages' inner loops,
`corpus._reading`, the build's words turned into ids, and `corpus._inverting`, the build's
inversion loops (README, "Speed and scale"). Optional: where no C compiler is found the install
still succeeds and the engine runs the same stages in numpy and Python (`corpus/kernels.py`,
`corpus/reading.py`, `corpus/inversion.py`). Everything else is in pyproject.toml."""
import sys

from setuptools import Extension, setup

# No fused multiply-add: the kernels' float32 sums must be numpy's to the bit.
FLAGS = [] if sys.platform == "win32" else ["-O2", "-ffp-contract=off"]

setup(ext_modules=[
    Extension("corpus._kernels", ["corpus/_kernels.c"], extra_compile_args=FLAGS, optional=True),
    # The build's words and their ids (`corpus/reading.py`): optional likewise.
    Extension("corpus._reading", ["corpus/_reading.c"], extra_compile_args=FLAGS, optional=True),
    # The build's inversion loops (`corpus/inversion.py`): optional likewise.
    Extension("corpus._inverting", ["corpus/_inverting.c"], extra_compile_args=FLAGS, optional=True),
])
