"""The candidates stage's shortcuts (`corpus/candidates.py`) pick what the long way picks."""
import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpus.candidates import _top_sampled, best

# Scores as the full pass leaves them: most passages unmatched (0), many equal sums (a few
# levels of a few terms), the corpus a few passages or thousands.
scores = st.builds(
    lambda size, levels, seed, unmatched: _scores(size, levels, seed, unmatched),
    st.integers(1, 5_000), st.integers(1, 40), st.integers(0, 2**32 - 1), st.floats(0.0, 0.99))


def _scores(size: int, levels: int, seed: int, unmatched: float) -> np.ndarray:
    rng = np.random.default_rng(seed)
    values = (rng.integers(1, levels + 1, size) * np.float32(0.37)).astype(np.float32)
    values[rng.random(size) < unmatched] = 0
    return values


@settings(max_examples=300, deadline=None)
@given(scores=scores, limit=st.integers(1, 300))
def test_the_best_scores_above_a_sampled_floor_are_the_best_of_all_the_matched_passages(scores, limit):
    matched = np.flatnonzero(scores != 0)
    assume(matched.size > limit)  # else the caller lists every matched passage
    top = _top_sampled(scores, limit)
    expected = matched[best(scores[matched], limit)]  # ties at the cut: the first passages
    if top is not None:  # None: no floor in the sample, the caller takes the long way
        assert top.tolist() == expected.tolist()
