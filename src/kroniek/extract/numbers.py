"""Dutch numbers: digits in Dutch notation and number words, read from ``numbers.tsv``.

>>> parse_digits("127.000"), parse_digits("2,5"), parse_digits("1.200,50")
(127000.0, 2.5, 1200.5)
>>> NUMBERS.word_value("tweehonderdvijftig"), NUMBERS.word_value("vijfentwintigduizend")
(250.0, 25000.0)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kroniek.data_files import LANG_DIR, read_tsv

_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$")  # 127.000, 1.200,50
_PLAIN = re.compile(r"^\d+(?:,\d+)?$")  # 12, 2,5
_POINT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")  # 1.89 (or a clock time 14.00)


def parse_digits(text: str) -> float | None:
    """The value of a number in Dutch digit notation, or None."""
    if _THOUSANDS.match(text):
        return float(text.replace(".", "").replace(",", "."))
    if _PLAIN.match(text):
        return float(text.replace(",", "."))
    if _POINT_DECIMAL.match(text):
        return float(text)
    return None


@dataclass
class NumberWords:
    units: dict[str, float] = field(default_factory=dict)
    tens: dict[str, float] = field(default_factory=dict)
    multipliers: dict[str, float] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)
    articles: dict[str, float] = field(default_factory=dict)
    vague: dict[str, tuple[float, float]] = field(default_factory=dict)

    def word_value(self, word: str) -> float | None:
        """The value of a (compound) number word: "vijfduizend", "eenentwintig"; else None."""
        word = word.lower()
        if word in self.fractions:
            return self.fractions[word]
        return self._compose(word)

    def _compose(self, word: str) -> float | None:
        if not word:
            return None
        if word in self.units:
            return self.units[word]
        if word in self.tens:
            return self.tens[word]
        if word in self.articles:  # "een" inside a compound: eenentwintig, eenhonderd
            return self.articles[word]
        for name, factor in sorted(self.multipliers.items(), key=lambda kv: -kv[1]):
            if not name.isalpha() or name not in word:
                continue
            left, _, right = word.partition(name)
            left_value = self._compose(left) if left else 1.0
            if right.startswith("en") and len(right) > 2 and right[2:] in self.units:
                right = right[2:]  # honderdenvijf (old spelling)
            right_value = self._compose(right) if right else 0.0
            if left_value is None or right_value is None or right_value >= factor:
                return None
            return left_value * factor + right_value
        for sep in ("en", "ën"):
            for ten, ten_value in self.tens.items():
                if word.endswith(sep + ten):
                    unit = word[: -len(sep + ten)]
                    unit_value = self.units.get(unit, self.articles.get(unit))
                    if unit_value is not None and 1 <= unit_value <= 9:
                        return unit_value + ten_value
        return None


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    words = NumberWords()
    for row in read_tsv(LANG_DIR / "numbers.tsv"):
        word, kind, value = row["word"].lower(), row["kind"], float(row["value"])
        if kind == "vague":
            words.vague[word] = (value, float(row["high"]))
        else:
            getattr(
                words,
                {
                    "unit": "units",
                    "ten": "tens",
                    "multiplier": "multipliers",
                    "fraction": "fractions",
                    "article": "articles",
                }[kind],
            )[word] = value
    return words


NUMBERS = number_words()
