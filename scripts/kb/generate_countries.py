"""Generate ``src/kroniek/data/kb/countries.tsv`` once from CLDR (babel) and pycountry.

The generated file is the source of truth afterwards: people edit the TSV, not this
script. Rerun only to start over (it overwrites the file; diff before committing):

    .venv/bin/python scripts/kb/generate_countries.py [--out PATH]

Sources: ISO 3166 codes and official names from pycountry; country names in Dutch,
English, German and French from babel (CLDR); Wikidata ids, Dutch and English adjectives
and demonyms, and common Dutch alternatives from ``countries_data.py`` beside this file.
Kosovo is added with the user-assigned codes XK / XKX (as the EU and IMF use them).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pycountry
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent))
from countries_data import (  # noqa: E402
    DEMONYMS,
    EXTRA_ALIASES,
    INFLECTED_OVERRIDES,
    NOT_ALIASES,
    WIKIDATA,
)

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "src" / "kroniek" / "data" / "kb" / "countries.tsv"
COLUMNS = [
    "id", "name", "name_nl", "name_de", "name_fr", "aliases", "type", "wikidata", "country",
    "sector", "alpha2", "alpha3", "adjectives_nl", "demonyms_nl", "adjectives_en",
    "demonyms_en",
]
VOWELS = "aeiou"


def inflect_nl(adjective: str) -> str:
    """The attributive (inflected) form of a Dutch adjective: Russisch -> Russische."""
    if adjective in INFLECTED_OVERRIDES:
        return INFLECTED_OVERRIDES[adjective]
    if adjective.endswith("e"):
        return adjective
    # Chinees -> Chinese, Portugees -> Portugese: a long vowel before one final consonant
    # becomes an open syllable and is written single.
    if (
        len(adjective) > 3
        and adjective[-2] == adjective[-3]
        and adjective[-2] in VOWELS
        and adjective[-1] not in VOWELS
    ):
        return adjective[:-2] + adjective[-1] + "e"
    return adjective + "e"


def parse_wikidata() -> dict[str, str]:
    tokens = WIKIDATA.split()
    return dict(zip(tokens[::2], tokens[1::2], strict=True))


def parse_demonyms() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    for line in DEMONYMS.strip().splitlines():
        alpha3, *fields = line.split("|")
        table[alpha3] = fields
    return table


def split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def unique(items: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def rows() -> list[dict[str, str]]:
    wikidata = parse_wikidata()
    demonyms = parse_demonyms()
    locales = {lang: Locale(lang).territories for lang in ("nl", "en", "de", "fr")}
    codes = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + [("XK", "XKX")]
    out = []
    for alpha2, alpha3 in sorted(codes, key=lambda c: c[1]):
        iso = pycountry.countries.get(alpha_2=alpha2)
        names = {lang: terr.get(alpha2, "") for lang, terr in locales.items()}
        aliases = []
        if iso is not None:
            aliases += [iso.name, getattr(iso, "official_name", ""),
                        getattr(iso, "common_name", "")]
        aliases += EXTRA_ALIASES.get(alpha3, "").split(";")
        dropped = set(NOT_ALIASES.get(alpha3, "").split(";"))
        aliases = [a for a in unique(aliases, set(names.values())) if a not in dropped]
        adj_nl, dem_nl, adj_en, dem_en = demonyms.get(alpha3, ["", "", "", ""])
        adjectives_nl = []
        for adjective in split(adj_nl):
            adjectives_nl += [adjective, inflect_nl(adjective)]
        out.append({
            "id": alpha3,
            "name": names["en"] or (iso.name if iso else alpha3),
            "name_nl": names["nl"],
            "name_de": names["de"],
            "name_fr": names["fr"],
            "aliases": ";".join(aliases),
            "type": "LOC" if alpha3 == "ATA" else "GPE",
            "wikidata": wikidata.get(alpha3, ""),
            "country": alpha3,
            "sector": "",
            "alpha2": alpha2,
            "alpha3": alpha3,
            "adjectives_nl": ";".join(unique(adjectives_nl, set())),
            "demonyms_nl": ";".join(split(dem_nl)),
            "adjectives_en": ";".join(split(adj_en)),
            "demonyms_en": ";".join(split(dem_en)),
        })
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    table = rows()
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            "# Countries and territories (ISO 3166-1). Generated once by "
            "scripts/kb/generate_countries.py;\n# edit this file, not the script. "
            "Format: see README.md in this folder.\n"
        )
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE, escapechar=None)
        writer.writeheader()
        writer.writerows(table)
    missing = [r["alpha3"] for r in table if not r["adjectives_nl"]]
    print(f"wrote {len(table)} rows to {args.out}; without Dutch adjective: {len(missing)}")


if __name__ == "__main__":
    main()
