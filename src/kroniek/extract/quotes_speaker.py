"""Who is speaking: the speaker's words in the parse, and what they refer to.

A speaker is a named entity linked to the knowledge base ("Anthony Blinken" -> Antony
Blinken), a described source ("een woordvoerder van het ministerie", "Amerikaanse
functionarissen") with its organization and country where the text gives them, or a
pronoun resolved to the most recent person named before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from kroniek.extract.quotes_lexicon import SpeechLexicon
from kroniek.kb import Entity, KnowledgeBase, normalize_alias, possessive_candidates

NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "X"}
PRONOUNS = {"hij": "sg", "zij": "", "ze": "", "ik": "sg", "wij": "pl", "we": "pl"}
PERSON_PRONOUNS = {"hij", "zij", "ze"}
_END_PUNCT = {",", ".", ":", ";", "!", "?", ")", "(", "—", "–"}
FUZZY_MIN = 85


def is_time(tok: Token, lex: SpeechLexicon) -> bool:
    return lex.is_time_word(tok.text)


def _name_like(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.pos_ not in
                                   ("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON"))


_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "'t", "’t", "la", "le", "von", "da"}
POSSESSIVES = {"zijn", "haar", "hun", "mijn", "onze", "ons", "jullie", "uw"}
RELATIVES = {"die", "dat", "wat", "wiens", "wier", "welke", "waar"}


def noun_phrase(doc: Doc, i: int, limit: int, lex: SpeechLexicon,
                appositions: bool = True) -> tuple[int, int]:
    """The noun phrase starting at token ``i`` (not past ``limit``), with appositions."""
    if i >= limit:
        return i, i
    first = doc[i]
    possessive = first.lower_ in POSSESSIVES and i + 1 < limit and doc[i + 1].pos_ in (
        "NOUN", "ADJ", "PROPN")
    if (first.pos_ == "PRON" or first.lower_ in PRONOUNS) and not possessive:
        return (i, i + 1) if first.lower_ not in ("dat", "dit", "het", "er") else (i, i)
    j = i + 1 if possessive else i
    named = False
    while j < limit:
        tok = doc[j]
        if j > i and is_time(tok, lex):
            break
        if named and tok.pos_ in ("NOUN", "ADJ", "DET", "NUM") and tok.text[:1].islower():
            break  # "Van Alebeek moeite", "Eenhoorn zuinig": the name ended the phrase
        if tok.pos_ in NP_POS or _name_like(tok) or tok.text in ("-", "'t", "’t"):
            named = named or tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG") or (
                j > i and _name_like(tok) and tok.pos_ != "ADJ")
            j += 1
            continue
        if j == i and tok.pos_ == "VERB" and tok.lower_.endswith("en") and (
                j + 1 >= limit or doc[j + 1].pos_ in ("AUX", "VERB", "PUNCT")):
            return i, j + 1  # a participle as a noun: "volgens ingewijden is ..."
        if (tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and j + 1 < limit
                and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN") and not named):
            j += 1  # "de uitgetreden priester"
            continue
        if (tok.lower_ in ("van", "uit", "der", "den", "de") and j > i and j + 1 < limit
                and (doc[j + 1].pos_ in NP_POS or _name_like(doc[j + 1]))
                and not is_time(doc[j + 1], lex)):
            named = named and tok.lower_ not in ("van", "uit")
            j += 1
            continue
        if (tok.lower_ == "en" and j > i and j + 1 < limit and doc[j - 1].pos_ == "PROPN"
                and doc[j + 1].pos_ == "PROPN"):
            j += 1
            continue
        break
    if j == i or not any(t.pos_ in ("NOUN", "PROPN", "X") or _name_like(t) for t in doc[i:j]):
        return i, i
    if (appositions and j + 1 < limit and doc[j].text == "," and not is_time(doc[j + 1], lex)
            and doc[j + 1].lower_ not in RELATIVES):
        a_start, a_end = noun_phrase(doc, j + 1, limit, lex, appositions=False)
        if a_end > a_start and doc[a_start].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and (
                a_end >= limit or doc[a_end].text in _END_PUNCT or is_time(doc[a_end], lex)
                or doc[a_end].pos_ in ("ADP", "VERB", "AUX")):
            return i, a_end
    return i, j


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass"):
            return child
    # "laten weten": the subject hangs on "laten"
    if verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
        for child in verb.head.children:
            if child.dep_ == "nsubj":
                return child
    return None


@dataclass
class _Mention:
    start: int
    end: int
    entity: Entity | None
    name: str
    oblique: bool = False  # inside a prepositional phrase: a poor antecedent for "hij"


@lru_cache(maxsize=4)
def _person_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, Entity]]]:
    """Surname -> (full name, entity) over every multiword name of every person."""
    index: dict[str, list[tuple[str, Entity]]] = {}
    for ent in kb.of_type("PER"):
        for name in ent.all_names():
            words = normalize_alias(name).split()
            if len(words) >= 2:
                index.setdefault(words[-1], []).append((" ".join(words), ent))
    return index


@lru_cache(maxsize=4)
def _org_index(kb: KnowledgeBase) -> dict[str, list[tuple[str, Entity]]]:
    """Word -> (alias, organization) for every multiword alias containing that word."""
    index: dict[str, list[tuple[str, Entity]]] = {}
    for ent in kb.of_type("ORG"):
        for name in {*ent.all_names()}:
            if not name:
                continue
            words = normalize_alias(name).split()
            if len(words) >= 2:
                for word in set(words):
                    index.setdefault(word, []).append((name, ent))
    return index


_TRANSLIT = (("sch", "sh"), ("sj", "sh"), ("ph", "f"), ("ck", "k"), ("oe", "u"), ("w", "v"),
             ("y", "i"), ("j", "i"))


def _translit(name: str) -> str:
    """A rough spelling key for transliterated names: Wolodimir ~ Volodymyr."""
    for a, b in _TRANSLIT:
        name = name.replace(a, b)
    return name


def publication_range(published: Any) -> tuple[date, date] | None:
    """First and last day the publication date may mean, or None."""
    if published is None:
        return None
    value = str(getattr(published, "value", published))[:10]
    parts = [int(p) for p in value.split("-") if p.isdigit()]
    try:
        if len(parts) >= 3:
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return first, date.fromordinal(nxt.toordinal() - 1)
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def _country_code(ent: Entity | None) -> str | None:
    if ent is None:
        return None
    code = ent.alpha3 or ent.country
    return code if code and len(code) == 3 and code not in ("IGO", "NGO", "MNC") else None


class SpeakerResolver:
    """Describes and links speaker phrases of one document."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, lex: SpeechLexicon) -> None:
        self.doc = doc
        self.kb = kb
        self.lex = lex
        self.when = publication_range(getattr(doc._, "published", None))
        self.mentions: list[_Mention] = []
        self._collect_mentions()

    # -- document memory -------------------------------------------------------------
    def _collect_mentions(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PER":
                continue
            linked = self.link_name(ent.text, remember=False)
            if linked is not None and linked.type != "PER":
                continue  # an NER slip ("Oekraïne" as PER): the KB knows better
            root = ent.root
            head = root.head if root.dep_ in ("appos", "flat") else root
            oblique = any(c.dep_ == "case" for c in (*root.children, *head.children))
            self.mentions.append(_Mention(ent.start_char, ent.end_char, linked,
                                          linked.name if linked else ent.text, oblique))
        covered = {i for ent in self.doc.ents for i in range(ent.start, ent.end)}
        for tok in self.doc:
            # a named subject the NER missed is still a likely antecedent of "hij"
            if (tok.pos_ == "PROPN" and tok.dep_ == "nsubj" and tok.i not in covered
                    and tok.text[:1].isupper() and not self.lex.is_time_word(tok.text)):
                linked = self.link_name(tok.text, remember=False)
                if linked is None or linked.type == "PER":
                    self.mentions.append(_Mention(tok.idx, tok.idx + len(tok.text), linked,
                                                  linked.name if linked else tok.text))
        self.mentions.sort(key=lambda m: m.start)

    def _registry_full_name(self, surname: str, before: int) -> _Mention | None:
        key = normalize_alias(surname)
        best = None
        for m in self.mentions:
            words = normalize_alias(self.doc.text[m.start:m.end]).split()
            if len(words) >= 2 and words[-1] == key and (best is None or m.start < before):
                best = m
        return best

    def person_before(self, pos: int) -> _Mention | None:
        found = [m for m in self.mentions if m.end <= pos]
        direct = [m for m in found if not m.oblique]
        return (direct or found)[-1] if found else None

    def remember(self, start: int, end: int, entity: Entity | None, name: str) -> None:
        self.mentions.append(_Mention(start, end, entity, name))
        self.mentions.sort(key=lambda m: m.start)

    # -- linking -----------------------------------------------------------------------
    def link_name(self, text: str, remember: bool = True) -> Entity | None:
        """The KB entity a name refers to: exact, possessive stem, or fuzzy first name."""
        text = text.strip(" ,.")
        for candidate in possessive_candidates(text):
            found = self.kb.lookup(candidate)
            if found:
                return sorted(found, key=lambda e: ("PER", "ORG", "GPE").index(e.type)
                              if e.type in ("PER", "ORG", "GPE") else 3)[0]
        words = normalize_alias(text).split()
        if len(words) >= 2:
            best, best_score = None, 0.0
            for full, ent in _person_index(self.kb).get(words[-1], []):
                score = max(fuzz.ratio(" ".join(words), full),
                            fuzz.ratio(_translit(" ".join(words)), _translit(full)))
                if score >= FUZZY_MIN and score > best_score:
                    best, best_score = ent, score
            return best
        return None

    def resolve(self, start: int, end: int, limit: int | None = None) -> dict[str, Any] | None:
        """The speaker object for tokens ``start:end``, cut at character ``limit``."""
        if end <= start:
            return None
        out = self._resolve(start, end)
        if limit is not None and out["end"] > limit:
            # a token glued to a quote mark ("Rooij:,,Het"): keep what precedes the mark
            text = self.doc.text[out["start"]:limit].rstrip(" :,")
            out["text"], out["end"] = text, out["start"] + len(text)
            if out["entity"] is None and out["name"]:
                out["name"] = out["name"][: len(text)].rstrip(" :,") or None
        return out

    def _resolve(self, start: int, end: int) -> dict[str, Any]:
        doc = self.doc
        span = doc[start:end]
        out: dict[str, Any] = {"entity": None, "name": None, "text": span.text,
                               "start": span.start_char, "end": span.end_char}
        if len(span) == 1 and span[0].lower_ in PRONOUNS:
            if span[0].lower_ in PERSON_PRONOUNS:
                antecedent = self.person_before(span.start_char)
                if antecedent is not None:
                    self._fill(out, antecedent.entity, antecedent.name)
            return out
        core_end = next((t.i for t in span if t.text == ","), end)
        name_toks = self._name_run(start, core_end)
        entity = None
        if name_toks:
            name_text = doc[name_toks[0]:name_toks[1]].text
            entity = self.link_name(name_text)
            if entity is None and name_toks[1] - name_toks[0] == 1:
                known = self._registry_full_name(name_text, span.start_char)
                if known is not None:
                    entity = known.entity
                    out["name"] = known.name
            if entity is None and out["name"] is None and self._looks_personal(name_toks):
                out["name"] = name_text
        if entity is None:
            entity = self._resolve_role(start, end)
        if entity is not None and entity.type in ("GPE", "LOC") and name_toks and \
                doc[name_toks[0]].lower_ != normalize_alias(entity.name_nl or entity.name):
            # a demonym ("Amerikanen"): people of the country, not the country itself
            if normalize_alias(doc[name_toks[0]:name_toks[1]].text) in map(
                    normalize_alias, entity.demonyms_nl):
                out["country"] = _country_code(entity)
                entity = None
        if entity is not None:
            self._fill(out, entity, entity.name)
        if entity is None or entity.type == "PER":
            org = self._organization(start, end, span.start_char)
            # a linked person's title ("minister van Buitenlandse Zaken") names no body
            if org is not None and (entity is None or org["entity"] is not None):
                out["organization"] = org
        if not out.get("country"):
            out["country"] = self._country(start, end, entity, out.get("organization"))
        if out.get("country") is None:
            out.pop("country", None)
        if name_toks and (entity is None or entity.type == "PER") and (
                out["name"] or entity is not None):
            self.remember(span.start_char, span.end_char, entity, out["name"] or "")
        return out

    def _fill(self, out: dict[str, Any], entity: Entity | None, name: str) -> None:
        if entity is not None:
            out["entity"] = entity.canonical_id
            out["name"] = entity.name
            code = _country_code(entity)
            if code:
                out["country"] = code
        elif name:
            out["name"] = name

    def _looks_personal(self, toks: tuple[int, int]) -> bool:
        span = self.doc[toks[0]:toks[1]]
        return any(t.ent_type_ == "PER" for t in span) or all(
            t.pos_ == "PROPN" or _name_like(t) for t in span)

    def _name_run(self, start: int, end: int) -> tuple[int, int] | None:
        """The tokens that name the speaker: the last proper-name run of the phrase.

        A name after "van"/"uit" that follows a common noun names the body or place, not
        the speaker ("de politie van Karlsruhe", "boerenvoorman X uit Sint-Annaland").
        """
        doc = self.doc
        runs: list[tuple[int, int]] = []
        i = start
        while i < end:
            tok = doc[i]
            if (tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "ORG")
                    or (_name_like(tok) and tok.pos_ not in ("DET", "ADJ"))):
                j = i + 1
                while j < end and (_name_like(doc[j]) or doc[j].pos_ == "PROPN"
                                   or doc[j].lower_ in _PARTICLES and j + 1 < end
                                   and _name_like(doc[j + 1])):
                    j += 1
                while i > start and doc[i - 1].lower_ in _PARTICLES and \
                        doc[i - 1].text[:1].isupper():
                    i -= 1  # "De Rooij", "Van der Schans"
                runs.append((i, j))
                i = j
            else:
                i += 1
        if not runs:
            return None

        def owned(run: tuple[int, int]) -> bool:
            k = run[0] - 1
            while k > start and doc[k].pos_ in ("DET", "ADJ"):
                k -= 1
            return k > start and doc[k].lower_ in ("van", "uit", "bij") and any(
                t.pos_ == "NOUN" and t.text[:1].islower() for t in doc[start:k])

        free = [r for r in runs if not owned(r)]
        if not free:
            return None
        proper = [r for r in free if any(t.pos_ == "PROPN" or t.ent_type_ == "PER"
                                         for t in doc[r[0]:r[1]])]
        return (proper or free)[-1]

    def _resolve_role(self, start: int, end: int) -> Entity | None:
        """"de Amerikaanse minister van Buitenlandse Zaken" -> its holder on the date."""
        if self.when is None:
            return None
        doc = self.doc
        adjectives = [t for t in doc[start:end] if t.pos_ == "ADJ"
                      and self.kb.country_by_adjective(t.text) is not None]
        if not adjectives:
            return None
        country = self.kb.country_by_adjective(adjectives[0].text)
        for tok in doc[start:end]:
            if tok.pos_ != "NOUN":
                continue
            for stop in range(end, tok.i, -1):
                noun = doc[tok.i:stop].text
                if self.kb.role_for_noun(noun, country.id) is None:
                    continue
                first = self.kb.resolve_role(noun, country.id, self.when[0])
                last = self.kb.resolve_role(noun, country.id, self.when[1])
                if len(first) == 1 and first == last:
                    return first[0]
                return None
        return None

    def _organization(self, start: int, end: int, before: int) -> dict[str, Any] | None:
        """The body a described source belongs to: "een woordvoerder van het ministerie"."""
        doc = self.doc
        for tok in doc[start:end]:
            if tok.lower_ != "van" or tok.i + 1 >= end:
                continue
            org_end = next((t.i for t in doc[tok.i + 1:end] if t.text == ","), end)
            org = doc[tok.i + 1:org_end]
            out: dict[str, Any] = {"entity": None, "name": None, "text": org.text,
                                   "start": org.start_char, "end": org.end_char}
            bare = org.text
            if org[0].pos_ == "DET":
                bare = doc[org.start + 1:org_end].text
            for candidate in (org.text, bare):
                found = [e for e in self.kb.lookup(candidate) if e.type in ("ORG", "GPE")]
                if found:
                    out.update(entity=found[0].canonical_id, name=found[0].name)
                    out["_kb"] = found[0]
                    return out
            if org[0].lower_ in ("het", "de", "die", "dat", "deze", "dit"):
                heads = [t for t in org if t.pos_ in ("NOUN", "PROPN")]
                if heads:
                    earlier = self._earlier_org(heads[-1].lower_, before)
                    if earlier is not None:
                        out.update(entity=earlier.canonical_id, name=earlier.name)
                        out["_kb"] = earlier
            return out
        return None

    def _earlier_org(self, head: str, before: int) -> Entity | None:
        """The KB organization named earlier in the document whose name has ``head``."""
        text = self.doc.text[:before]
        best: tuple[int, int, Entity] | None = None
        for alias, ent in _org_index(self.kb).get(normalize_alias(head), []):
            pattern = re.compile(r"\b" + re.escape(alias) + r"\b", re.IGNORECASE)
            for m in pattern.finditer(text):
                key = (m.end(), m.end() - m.start())
                if best is None or key > best[:2]:
                    best = (key[0], key[1], ent)
        return best[2] if best else None

    def _country(self, start: int, end: int, entity: Entity | None,
                 org: dict[str, Any] | None) -> str | None:
        for tok in self.doc[start:end]:
            if tok.pos_ in ("ADJ", "PROPN", "NOUN"):
                found = self.kb.country_by_adjective(tok.text)
                if found is not None:
                    return _country_code(found)
        if entity is not None:
            return _country_code(entity)
        if org is not None and org.get("_kb") is not None:
            return _country_code(org["_kb"])
        return None


def clean_speaker(speaker: dict[str, Any] | None) -> dict[str, Any] | None:
    """Drop internal fields before the speaker leaves the component."""
    if speaker is None:
        return None
    org = speaker.get("organization")
    if org is not None:
        org.pop("_kb", None)
    return speaker
