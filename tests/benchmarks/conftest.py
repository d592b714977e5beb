import sys
from pathlib import Path

# The benchmarks package lives at the repository's top, beside corpus/, and is not installed:
# make it importable however pytest is started.
ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
