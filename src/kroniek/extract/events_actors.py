"""Actors of events: from a dependent's head token to a linked entity (``kroniek_events``).

A token is mapped to the entity mention that covers it or its noun phrase (the token with its
flat, compound, apposition, modifier and determiner dependents). Without a mention, an actor
noun ("de politie", "betogers") or an untagged proper name is an actor without an entity; a
third-person pronoun ("hij", "zijn") refers back to the last person named. A coordination
("Amerikaanse en Russische functionarissen", "Venezuela, Ecuador en Chili") is one actor whose
``members`` are the coordinated actors; its own fields are the first member's.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from kroniek.extract.lexicon import actor_nouns, descriptions
from kroniek.kb import load_kb

PHRASE_DEPS = {"flat", "flat:name", "compound", "appos", "amod", "det", "fixed", "nummod",
               "nmod:poss"}
PERSON_PRONOUNS = {"hij", "zij", "hem", "haar", "zijn", "ze"}
# plural and first-person pronouns: an actor of their own ("ze", "wij", "ons"), unresolved
GROUP_PRONOUNS = {"wij", "we", "ons", "hen", "hun", "zij", "ze", "ik", "mij", "me", "jullie"}
FIRST_PERSON = {"ik", "mij", "me", "wij", "we", "ons"}
SINGULAR_ONLY = {"hij", "hem", "zijn"}
PLACE_TYPES = {"LOC"}
DEFINITE = {"de", "het", "deze", "die", "dit"}
# dependents that give a description a referent of its own ("de Russische staat",
# "het land van herkomst", "de partij van Wilders")
ANCHOR_DEPS = {"nmod", "flat", "flat:name", "compound", "appos", "nmod:poss"}
DESCRIPTION_REACH = 3  # sentences back
# "beide partijen", "de strijdende partijen": the sides of a conflict, not political parties
SIDE_MODIFIERS = frozenset({"beide", "strijdende", "oorlogvoerende", "betrokken", "twee"})


@dataclass
class MentionRef:
    start: int
    end: int
    entity: dict[str, Any]
    mention: dict[str, Any]


class EntityIndex:
    """The entity mentions of a Doc by character offset."""

    def __init__(self, doc: Doc) -> None:
        refs = [MentionRef(m["start"], m["end"], e, m)
                for e in (doc._.entities or []) for m in e.get("mentions", [])]
        self.refs = sorted(refs, key=lambda r: (r.start, -r.end))
        self.starts = [r.start for r in self.refs]

    def covering(self, start: int, end: int) -> list[MentionRef]:
        """Mentions overlapping [start, end)."""
        hi = bisect_right(self.starts, end)
        return [r for r in self.refs[:hi] if r.end > start and r.start < end]

    def before(self, offset: int, since: int = 0) -> list[MentionRef]:
        """Mentions that end by ``offset`` and start at ``since`` or later, in order."""
        hi = bisect_right(self.starts, offset)
        return [r for r in self.refs[:hi] if r.end <= offset and r.start >= since]

    def last_person_before(self, offset: int) -> MentionRef | None:
        return self.last_before(offset, ("PER",))

    def last_before(self, offset: int, types: tuple[str, ...], since: int = 0
                    ) -> MentionRef | None:
        """The last mention of an entity of one of ``types`` that ends by ``offset``."""
        hi = bisect_right(self.starts, offset)
        for ref in reversed(self.refs[:hi]):
            if ref.start < since:
                return None
            if ref.end <= offset and ref.entity.get("type") in types:
                return ref
        return None


# numbers parsed as the head of what they count ("honderden demonstranten")
QUANTITY_HEADS = frozenset({"tientallen", "honderden", "duizenden", "tienduizenden",
                            "honderdduizenden", "miljoenen", "tiental", "honderdtal",
                            "duizendtal", "dozijnen"})

def _clause_between(doc: Doc, start: int, end: int) -> bool:
    """A clause boundary (a comma, a semicolon, a subordinating conjunction) lies between
    two character offsets of a sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.text in (",", ";") or t.pos_ == "SCONJ" for t in span)


def _is_subject(doc: Doc, ref: MentionRef) -> bool:
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubj:pass")


def phrase_tokens(token: Token) -> list[Token]:
    """The token and its noun-phrase dependents (not clauses, not prepositional phrases)."""
    out = [token]
    stack = [token]
    while stack:
        for child in stack.pop().children:
            if child.dep_ in PHRASE_DEPS or child.dep_.startswith("flat"):
                out.append(child)
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def actor_dict(ref: MentionRef | None, text: str, start: int, end: int, *,
               sector: str | None = None, how: str = "dependency") -> dict[str, Any]:
    entity = ref.entity if ref else None
    mention = ref.mention if ref else {}
    return {
        "entity": entity["id"] if entity else None,
        "name": (entity.get("name") if entity else None) or text,
        "country": _country(entity),
        "type": entity.get("type") if entity else None,
        "sector": mention.get("sector") or (entity.get("sector") if entity else None) or sector,
        "text": text, "start": start, "end": end, "how": how,
    }


def referring_actor(ref: MentionRef, text: str, start: int, end: int, how: str
                    ) -> dict[str, Any]:
    """An actor whose words ("hij", "het", "de beweging") refer to the entity of ``ref``:
    the words stay, the name is the entity's."""
    actor = actor_dict(ref, text, start, end, how=how)
    actor["name"] = ref.entity.get("name") or ref.mention.get("text")
    return actor


def _has_case(token: Token, preposition: str) -> bool:
    return any(c.dep_ == "case" and c.lower_ == preposition for c in token.children)


def _adjective_country(token: Token) -> str | None:
    """The country of a role or actor noun's adjective that no mention holds ("de
    Marokkaanse koning" when the knowledge base knows no Moroccan king)."""
    for child in token.children:
        if child.dep_ == "amod":
            country = load_kb().country_by_adjective(child.text)
            if country is not None and country.alpha3:
                return country.alpha3
    return None


def _country(entity: dict[str, Any] | None) -> str | None:
    if not entity:
        return None
    return entity.get("country")


@lru_cache(maxsize=1)
def _role_nouns() -> dict[str, str]:
    """The knowledge base's role nouns of government ("premier", "president", "koning") and
    the military ("chef-staf"); chairs and directors may be of anything."""
    sectors = {"chief_of_defence": "MIL", "chair": None, "director_general": None,
               "secretary_general": None, "spokesperson": None}
    out: dict[str, str] = {}
    for entry in load_kb().role_nouns:
        sector = sectors.get(entry.role, "GOV")
        if sector and " " not in entry.noun:
            out.setdefault(entry.noun.lower(), sector)
    return out


@lru_cache(maxsize=1)
def sector_nouns() -> dict[str, str]:
    """Nouns for people of a sector or role ("journalist", "ambassadeur", "premier") ->
    their sector."""
    return {**_role_nouns(), **actor_nouns()}


class ActorFinder:
    """Turns dependency heads into actor dicts."""

    def __init__(self, doc: Doc, people: set[str] | None = None) -> None:
        self.doc = doc
        self.index = EntityIndex(doc)
        # actor nouns, plus nouns for people ("mensen", "gijzelaars"): civilians
        self.nouns = {**{w: "CVL" for w in people or ()}, **sector_nouns()}

    def actor(self, token: Token, how: str = "dependency",
              coordinate: bool = True) -> dict[str, Any] | None:
        first = self._single(token, how)
        if not coordinate:
            return first
        members = [first] if first else []
        for conj in token.children:
            if conj.dep_ == "conj" and conj.pos_ in ("NOUN", "PROPN", "PRON"):
                other = self._single(conj, how)
                if other and all(other["start"] != m["start"] for m in members):
                    members.append(other)
        if not members:
            return None
        if len(members) == 1:
            return members[0]
        actor = dict(members[0])
        actor["members"] = members
        actor["start"] = min(m["start"] for m in members)
        actor["end"] = max(m["end"] for m in members)
        actor["text"] = self.doc.text[actor["start"]:actor["end"]]
        return actor

    def _single(self, token: Token, how: str) -> dict[str, Any] | None:
        if token.lower_ in QUANTITY_HEADS or token.lemma_.lower() in QUANTITY_HEADS:
            # "tientallen schoolmeisjes" parsed with the number as the head
            counted = next((c for c in token.children if c.dep_ in ("nmod", "obj", "flat")
                            and c.pos_ == "NOUN" and not any(
                                g.dep_ == "case" for g in c.children)), None)
            if counted is not None:
                return self._single(counted, how)
        tokens = phrase_tokens(token)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        text = self.doc.text[start:end]
        lower = token.text.lower()
        if token.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS and token.pos_ in (
                "PRON", "DET"):
            return self._pronoun(token, how)
        refs = self.index.covering(token.idx, token.idx + len(token))
        if not refs:
            refs = self.index.covering(start, end)
        if refs:
            # the longest mention; a NORP adjective mention before a noun with its own
            # mention loses to the noun's ("Amerikaanse ministerie van ..." is one ORG)
            ref = max(refs, key=lambda r: (r.start <= token.idx < r.end, r.end - r.start))
            if ref.mention.get("type") == "NORP":
                # "de Russische oppositieleider Kara-Moerza": the person, not the country
                person = next((r for r in self.index.covering(start, end)
                               if r.entity.get("type") == "PER"), None)
                ref = person or ref
            return actor_dict(ref, self.doc.text[ref.start:ref.end], ref.start, ref.end,
                              sector=self._sector(token), how=how)
        described = self._described(token, text, start, end)
        if described is not None:
            return described
        sector = self._sector(token)
        if sector == "PTY" and any(c.lower_ in SIDE_MODIFIERS for c in token.children):
            return actor_dict(None, text, start, end, how=how)
        owned = self._owned(token, sector, start, how) if sector else None
        if owned is not None:
            return owned
        if sector:
            actor = actor_dict(None, text, start, end, sector=sector, how=how)
            actor["country"] = self._country_in(token) or _adjective_country(token)
            return actor
        if token.pos_ == "PROPN" and token.ent_type_ in ("PER", "ORG", "MISC", ""):
            return actor_dict(None, text, start, end, how=how)
        # "de woordvoerder van het ministerie": the van-phrase names the actor
        return None

    def _described(self, token: Token, text: str, start: int, end: int
                   ) -> dict[str, Any] | None:
        """A definite description ("de beweging", "het land") as the actor it refers back
        to (``descriptions.tsv``)."""
        entry = descriptions().get(token.lower_)
        if entry is None or "Plur" in token.morph.get("Number"):
            return None
        children = list(token.children)
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children) or any(
                c.dep_ in ANCHOR_DEPS or c.dep_ == "amod" and self.index.covering(
                    c.idx, c.idx + len(c)) for c in children):
            return None
        ref = self._referent(token, *entry)
        if ref is None:
            return None
        return referring_actor(ref, text, start, end, "description")

    def _referent(self, token: Token, refers_to: str, sectors: frozenset[str]
                  ) -> MentionRef | None:
        """The nearest earlier name of the kind: in an earlier clause of the sentence, else
        in the sentences before; of a sentence's names, its subject, else its first."""
        doc = self.doc
        sent = token.sent
        own = [r for r in self.index.before(token.idx, sent.start_char)
               if self._fits(r, refers_to, sectors) and _clause_between(doc, r.end, token.idx)]
        if own:
            return own[-1]
        reached = sent
        for _ in range(DESCRIPTION_REACH):
            if reached.start == 0:
                return None
            reached = doc[reached.start - 1].sent
            found = [r for r in self.index.before(reached.end_char, reached.start_char)
                     if self._fits(r, refers_to, sectors)]
            if found:
                return next((r for r in found if _is_subject(doc, r)), found[0])
        return None

    @staticmethod
    def _fits(ref: MentionRef, refers_to: str, sectors: frozenset[str]) -> bool:
        entity = ref.entity
        if refers_to == "country":
            country = load_kb().country(entity.get("country") or "") if entity.get(
                "type") == "GPE" else None
            return country is not None and entity.get("id") in (country.id, country.wikidata)
        sector = entity.get("sector")
        return entity.get("type") == refers_to and (not sectors or not sector or sector in sectors)

    def _owned(self, token: Token, sector: str, start: int, how: str
               ) -> dict[str, Any] | None:
        """An actor noun with a van-phrase naming a country or organization ("militairen
        van Rusland", "strijders van Hamas", "de woordvoerder van het ministerie"): that
        entity, with the noun's sector (an organization keeps its own, if it has one)."""
        for child in token.children:
            if child.dep_ != "nmod" or not _has_case(child, "van"):
                continue
            refs = [r for r in self.index.covering(child.idx, child.idx + len(child))
                    if r.entity.get("type") in ("GPE", "ORG")]
            if not refs:
                continue
            ref = refs[0]
            end = max(t.idx + len(t) for t in child.subtree)
            own = ref.entity.get("sector") if ref.entity.get("type") == "ORG" else None
            actor = actor_dict(ref, self.doc.text[start:end], start, end, how=how)
            actor["sector"] = own or sector
            return actor
        return None

    def _country_in(self, token: Token) -> str | None:
        """The country of "de junta in Niger", "de rebellen in Syrië"."""
        for child in token.children:
            if child.dep_ == "nmod" and _has_case(child, "in"):
                for ref in self.index.covering(child.idx, child.idx + len(child)):
                    if ref.entity and ref.entity.get("type") == "GPE":
                        return _country(ref.entity)
        return None

    def _sector(self, token: Token) -> str | None:
        first, _, rest = token.text.partition("-")
        if rest[:1].isupper() and first.lower() in self.nouns:
            return self.nouns[first.lower()]  # "regering-Theunis", "kabinet-Rutte"
        for form in (token.text.lower(), token.lemma_.lower()):
            if form in self.nouns:
                return self.nouns[form]
            # compounds of actor nouns: "politiecommissaris", "FARC-rebellen"
            for cut in range(3, len(form) - 4):
                if form[cut:].lstrip("-") in self.nouns:
                    return self.nouns[form[cut:].lstrip("-")]
        return None

    def _pronoun(self, token: Token, how: str) -> dict[str, Any] | None:
        lower = token.text.lower()
        if lower == "het" and token.dep_ in ("nsubj", "nsubj:pass"):
            return self._neuter_subject(token)
        if lower not in PERSON_PRONOUNS | GROUP_PRONOUNS:
            return None
        speaker = self.speaker_for_pronoun(token)
        if speaker is not None:
            return speaker
        plural = lower in ("zij", "ze") and "Plur" in token.morph.get("Number")
        if lower in GROUP_PRONOUNS - PERSON_PRONOUNS or plural:
            return actor_dict(None, token.text, token.idx, token.idx + len(token), how="pronoun")
        ref = self.index.last_person_before(token.idx)
        if ref is None:  # unresolved: the pronoun itself
            return actor_dict(None, token.text, token.idx, token.idx + len(token), how="pronoun")
        return referring_actor(ref, token.text, token.idx, token.idx + len(token), "pronoun")

    def _neuter_subject(self, token: Token) -> dict[str, Any] | None:
        """"het" as a subject in a clause after a country or organization ("Rusland zegt
        dat het troepen terugtrekt"): that country or organization, named earlier in the
        sentence or in the sentence before."""
        sent = token.sent
        since = self.doc[sent.start - 1].sent.start_char if sent.start > 0 else 0
        ref = self.index.last_before(token.idx, ("GPE", "ORG"), since)
        if ref is None or ref.mention.get("type") == "NORP":
            return None
        return referring_actor(ref, token.text, token.idx, token.idx + len(token), "pronoun")

    # -- quotes (``doc._.quotes``) ---------------------------------------------------------
    def speaker_actor(self, quote: dict[str, Any]) -> dict[str, Any] | None:
        speaker = quote.get("speaker") or {}
        if speaker.get("start") is None:
            return None
        span = self.doc.char_span(speaker["start"], speaker["end"], alignment_mode="expand")
        if span is None:
            return None
        actor = self._single(span.root, "quote")
        if actor is None:
            actor = actor_dict(None, span.text, span.start_char, span.end_char, how="quote")
        actor["how"] = "quote"
        return actor

    def speaker_of_cue(self, token: Token) -> dict[str, Any] | None:
        """The speaker of a quote whose cue is ``token`` ("X waarschuwde dat ..."): the source
        of a verbal event (a warning, a demand, an accusation)."""
        sent = token.sent
        for quote in self.doc._.quotes or []:
            speaker = quote.get("speaker") or {}
            cue = (quote.get("cue") or "").lower().split()
            if not cue or cue[0] != token.text.lower() or speaker.get("start") is None:
                continue
            if not sent.start_char <= speaker["start"] < sent.end_char:
                continue
            if quote["start"] <= token.idx < quote["end"]:
                continue
            return self.speaker_actor(quote)
        return None

    def quote_at(self, offset: int) -> dict[str, Any] | None:
        """The quote whose content holds character ``offset``."""
        for quote in self.doc._.quotes or []:
            if quote["start"] <= offset < quote["end"]:
                return quote
        return None

    def speaker_for_pronoun(self, token: Token) -> dict[str, Any] | None:
        """"ik", "we", "wij", "ons" in a direct quote are the speaker (or the speaker's side)."""
        if token.text.lower() not in FIRST_PERSON:
            return None
        quote = self.quote_at(token.idx)
        if quote is None or not quote.get("direct"):
            return None
        actor = self.speaker_actor(quote)
        if actor is None:
            return None
        actor = dict(actor, text=token.text, start=token.idx, end=token.idx + len(token))
        return actor

    def mentions_in(self, start: int, end: int) -> list[dict[str, Any]]:
        """The actors in a character range, in order (for "tussen A en B")."""
        out: list[dict[str, Any]] = []
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for token in span or []:
            norp = token.pos_ == "ADJ" and self.index.covering(token.idx, token.idx + 1)
            if token.pos_ not in ("NOUN", "PROPN") and not norp or any(
                    a["start"] <= token.idx < a["end"] for a in out):
                continue
            actor = self._single(token, "between")
            if actor and actor.get("type") != "LOC" and not any(
                    a["start"] == actor["start"] for a in out):
                out.append(actor)
        return sorted(out, key=lambda a: a["start"])
