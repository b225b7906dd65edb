"""Near-duplicate detection: the same story republished with small edits.

Signatures are MinHash sketches of word 4-gram shingles; candidate pairs come from
datasketch's LSH index and are confirmed by the estimated Jaccard similarity.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHashLSH
from datasketch.lean_minhash import LeanMinHash

NUM_PERM = 64
SHINGLE = 4
_rng = np.random.default_rng(20220123)
# Multiply-shift hashing ((a*x + b) mod 2**64) >> 32 is a universal family that numpy
# computes for all permutations at once; per-shingle hashing in Python was the bottleneck.
_A = _rng.integers(0, 2**64, size=NUM_PERM, dtype=np.uint64, endpoint=False) | np.uint64(1)
_B = _rng.integers(0, 2**64, size=NUM_PERM, dtype=np.uint64, endpoint=False)
_MIX = np.array([0x9E3779B1 ** (SHINGLE - 1 - i) % 2**32 for i in range(SHINGLE)], dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)
# Words are hashed as polynomials of their UTF-8 bytes, all at once: with prefix sums of
# b[t] * P**-(t+1) (P is odd, so invertible modulo 2**64), the hash of bytes s..e-1 is
# P**e * (G[e] - G[s]).
_P = 0x100000001B3
_P_INVERSE = pow(_P, -1, 2**64)
_powers = np.ones(1, dtype=np.uint64)
_inverse_powers = np.ones(1, dtype=np.uint64)


def _power_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**t and P**-t modulo 2**64 for t < n (grown on demand, kept for the process)."""
    global _powers, _inverse_powers
    if len(_powers) < n:
        size = max(n, 2 * len(_powers), 4096)
        with np.errstate(over="ignore"):
            _powers = np.cumprod(np.full(size, _P, dtype=np.uint64))
            _powers = np.concatenate(([np.uint64(1)], _powers[:-1]))
            _inverse_powers = np.cumprod(np.full(size, _P_INVERSE, dtype=np.uint64))
            _inverse_powers = np.concatenate(([np.uint64(1)], _inverse_powers[:-1]))
    return _powers, _inverse_powers


def _word_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per word (a run of letters and digits) of the lower-cased text."""
    data = np.frombuffer(text.lower().encode("utf-8"), dtype=np.uint8)
    word = (data >= 0x80) | ((data >= 0x30) & (data <= 0x39)) | ((data >= 0x61) & (data <= 0x7A))
    # Non-ASCII punctuation is no part of a word: U+2000-U+206F (E2 80/81 xx: ‘ ’ “ ” –)
    # and U+00A0-U+00BF (C2 A0-BF: « » non-breaking space).
    lead, second = data[:-1], data[1:]
    general = np.flatnonzero((lead == 0xE2) & ((second == 0x80) | (second == 0x81)))
    latin = np.flatnonzero((lead == 0xC2) & (second >= 0xA0) & (second <= 0xBF))
    for start, width in ((general, 3), (latin, 2)):
        for offset in range(width):
            word[np.minimum(start + offset, len(word) - 1)] = False
    edges = np.flatnonzero(np.diff(np.concatenate(([0], word.view(np.int8), [0]))))
    starts, ends = edges[0::2], edges[1::2]
    powers, inverse = _power_tables(len(data) + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(len(data) + 1, dtype=np.uint64)
        np.cumsum(data.astype(np.uint64) * inverse[1 : len(data) + 1], out=prefix[1:])
        return powers[ends] * (prefix[ends] - prefix[starts])


def signature(text: str) -> np.ndarray:
    """MinHash signature (``NUM_PERM`` uint64 values) of the text's word 4-grams."""
    hashes = _word_hashes(text) >> np.uint64(32)
    if not len(hashes):
        return _EMPTY.copy()
    with np.errstate(over="ignore"):
        if len(hashes) >= SHINGLE:
            n = len(hashes) - SHINGLE + 1
            shingles = sum(hashes[i : i + n] * _MIX[i] for i in range(SHINGLE))
        else:
            shingles = hashes
        shingles = np.unique(shingles & np.uint64(0xFFFFFFFF))
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
