"""Near-duplicate detection: the same story republished with small edits.

Signatures are MinHash sketches of word 4-gram shingles; candidate pairs come from
datasketch's LSH index and are confirmed by the estimated Jaccard similarity.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import MinHashLSH
from datasketch.lean_minhash import LeanMinHash

NUM_PERM = 64
SHINGLE = 4
# ASCII word runs of the UTF-8 bytes: non-ASCII letters split words, but the same way in
# every text, and hashing bytes avoids encoding each word separately.
_WORD = re.compile(rb"\w+")
_rng = np.random.default_rng(20220123)
# Multiply-shift hashing ((a*x + b) mod 2**64) >> 32 is a universal family that numpy
# computes for all permutations at once; per-shingle hashing in Python was the bottleneck.
_A = _rng.integers(0, 2**64, size=NUM_PERM, dtype=np.uint64, endpoint=False) | np.uint64(1)
_B = _rng.integers(0, 2**64, size=NUM_PERM, dtype=np.uint64, endpoint=False)
_MIX = np.array([0x9E3779B1 ** (SHINGLE - 1 - i) % 2**32 for i in range(SHINGLE)], dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64 values) of the text's word 4-grams."""
    words = _WORD.findall(text.lower().encode("utf-8"))
    if not words:
        return _EMPTY.copy()
    hashes = np.array([zlib.crc32(word) for word in words], dtype=np.uint64)
    if len(hashes) >= SHINGLE:
        n = len(hashes) - SHINGLE + 1
        shingles = sum(hashes[i : i + n] * _MIX[i] for i in range(SHINGLE))
    else:
        shingles = hashes
    shingles = np.unique(shingles & np.uint64(0xFFFFFFFF))
    with np.errstate(over="ignore"):
        permuted = (np.outer(shingles, _A) + _B) >> np.uint64(32)
    return permuted.min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


@dataclass(frozen=True)
class NearDuplicate:
    article_id: str
    similarity: float


class NearDuplicateIndex:
    """An in-memory LSH index over signatures; the store persists the signatures."""

    def __init__(self, threshold: float = 0.8) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._signatures: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    @staticmethod
    def _lean(sig: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=1, hashvalues=sig, scheme="affine32")

    def add(self, key: str, sig: np.ndarray) -> None:
        if key in self._signatures:
            return
        self._signatures[key] = sig
        self._lsh.insert(key, self._lean(sig))

    def remove(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:
            self._lsh.remove(key)

    def query(self, sig: np.ndarray) -> list[NearDuplicate]:
        found = []
        for key in self._lsh.query(self._lean(sig)):
            score = similarity(sig, self._signatures[key])
            if score >= self.threshold:
                found.append(NearDuplicate(key, round(score, 3)))
        return sorted(found, key=lambda d: (-d.similarity, d.article_id))
