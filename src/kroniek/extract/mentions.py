"""Mention candidates of one sentence: knowledge-base names (gazetteer), role phrases,
country adjectives with actor nouns, and the statistical NER's spans, overlaps resolved.

The gazetteer wins over the NER: an NER span that contains a knowledge-base name is cut
around it ("Rusland Kiev" -> "Rusland" + "Kiev"), unless the span is one name of its own
that merely contains a country word ("Nederlandse Spoorwegen", "Bank of America").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kroniek.extract.gazetteer import ADJECTIVE, DEMONYM, NAME, ROLE, Entry, Gazetteer, Match
from kroniek.extract.lexicon import actor_nouns, determiners, role_families

NER = "ner"
CAPITAL_NOUN = "hoofdstad"
CITY = "city"
_CONNECTORS = frozenset({"van", "of", "voor", "der", "den", "de", "het", "and", "en", "for",
                         "the", "du", "des", "la", "le", "di", "del"})
_NAME_POS = frozenset({"PROPN", "X"})


@dataclass
class Mention:
    """A candidate mention: token offsets into the Doc and what it may refer to."""

    start: int
    end: int
    kind: str  # name, adjective, demonym, role, ner, city
    entries: tuple[Entry, ...] = ()
    label: str | None = None  # the NER label, where the NER found it
    sector: str | None = None  # actor sector of "Amerikaanse functionarissen"
    role_noun: str | None = None  # the role noun of a role phrase
    role_of: Entry | None = None  # the country or body of a role phrase
    families: tuple[str, ...] = ()  # roles a generic noun ("de minister") may refer back to
    role: str | None = None  # role code, once resolved
    nominal: bool = False
    attached: bool = False  # a role phrase directly before a name: it describes the name
    fuzzy: bool = False  # a knowledge-base phrase written with a typo ("Buitenlandse Zalen")
    extra: dict = field(default_factory=dict)


def trim(span: Span, names_may_start_with_article: bool = False) -> tuple[int, int]:
    """Token bounds of a span without surrounding punctuation, spaces and determiners.

    A person's name keeps a capitalized article ("De Vries").
    """
    start, end = span.start, span.end
    doc = span.doc

    def article(token: Token) -> bool:
        if token.lower_ not in determiners():
            return False
        return not (names_may_start_with_article and token.text[:1].isupper())

    while start < end and (doc[start].is_punct or doc[start].is_space or article(doc[start])):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def looks_like_name(span: Span) -> bool:
    """A proper-name token, or a capital not explained by the start of a sentence."""
    for token in span:
        if token.pos_ in _NAME_POS:
            return True
        if token.text[:1].isupper() and not token.is_sent_start and token.i > span.sent.start:
            return True
    return False


def _overlaps(taken: list[bool], start: int, end: int, base: int) -> bool:
    return any(taken[i - base] for i in range(start, end))


def sentence_mentions(sent: Span, gazetteer: Gazetteer) -> list[Mention]:
    """The mentions of one sentence, in text order, without overlaps."""
    doc = sent.doc
    base = sent.start
    taken = [False] * len(sent)
    chosen: list[Mention] = []

    def take(mention: Mention) -> None:
        for i in range(mention.start, mention.end):
            taken[i - base] = True
        chosen.append(mention)

    matches = gazetteer.find(sent)
    candidates = [_from_match(doc, m, matches) for m in matches]
    candidates += _generic_roles(sent)
    # Longest first; at equal length names before roles before adjectives.
    order = {NAME: 0, ROLE: 1, ADJECTIVE: 2, DEMONYM: 2}
    candidates.sort(key=lambda m: (-(m.end - m.start), order.get(m.kind, 3), m.start))
    for mention in candidates:
        start, end = trim(doc[mention.start:mention.end])
        if start >= end or _overlaps(taken, start, end, base):
            continue
        mention.start, mention.end = start, end
        take(mention)
    for ent in doc.ents:
        if ent.start < sent.start or ent.end > sent.end:
            continue
        for start, end in _residuals(doc, ent, taken, base, chosen):
            span = doc[start:end]
            if span.text.endswith("-") or all(t.pos_ == "ADJ" for t in span):
                continue  # "Sovjet- en Mongoolse": a cut compound; an adjective is no name
            if looks_like_name(span):
                take(Mention(start, end, NER, label=ent.label_))
    for token in sent:  # proper nouns the NER missed: perhaps a city
        if not taken[token.i - base] and token.pos_ == "PROPN" and token.is_title \
                and not token.is_sent_start:
            chosen.append(Mention(token.i, token.i + 1, CITY))
            taken[token.i - base] = True
    chosen.sort(key=lambda m: m.start)
    return chosen


def _from_match(doc, match: Match, matches: list[Match]) -> Mention:
    mention = Mention(match.start, match.end, match.kind, match.entries, fuzzy=match.fuzzy)
    if match.kind == ROLE:
        _extend_role(doc, mention, matches)
    elif match.kind == ADJECTIVE:
        _extend_actor(doc, mention)
    return mention


def _extend_actor(doc, mention: Mention) -> None:
    """"Russische militairen": the adjective and the actor noun it qualifies."""
    nouns = actor_nouns()
    i = mention.end
    if i < len(doc) and doc[i].pos_ == "ADJ" and i + 1 < len(doc):
        i += 1  # "Russische gewapende troepen"
    if i == mention.end and i < len(doc) and doc[i].lower_ == CAPITAL_NOUN:
        mention.end = i + 1  # "de Oekraïense hoofdstad": the capital city
        mention.nominal = True
        mention.extra["capital"] = True
        return
    if i < len(doc) and (doc[i].lower_ in nouns or doc[i].lemma_.lower() in nouns):
        mention.sector = nouns.get(doc[i].lower_) or nouns[doc[i].lemma_.lower()]
        mention.end = i + 1
        mention.nominal = True


def _country_entry(matches: list[Match], start: int, end: int, kinds: tuple[str, ...]):
    for match in matches:
        if match.start == start and match.end == end and match.kind in kinds:
            return match.entries[0]
    return None


def _extend_role(doc, mention: Mention, matches: list[Match]) -> None:
    """"de Amerikaanse president", "president van Rusland", "secretaris-generaal van de NAVO"."""
    mention.role_noun = mention.entries[0].target
    before = _country_entry(matches, mention.start - 1, mention.start, (ADJECTIVE,))
    if before is not None:
        mention.role_of = before
        mention.start -= 1
    i = mention.end
    if i + 1 < len(doc) and doc[i].lower_ == "van":
        j = i + 1 + (doc[i + 1].lower_ in determiners())
        for match in matches:
            if match.start in (i + 1, j) and match.kind == NAME:
                mention.role_of = mention.role_of or match.entries[0]
                mention.end = match.end
                mention.fuzzy = mention.fuzzy or match.fuzzy
                break
    nxt = mention.end
    while nxt < len(doc) and doc[nxt].is_space:
        nxt += 1
    if nxt < len(doc) and (doc[nxt].pos_ == "PROPN" or doc[nxt].ent_type_ == "PER") \
            and doc[nxt].text[:1].isupper():
        mention.attached = True
    elif mention.start > 0 and doc[mention.start - 1].lower_ in ("de", "het"):
        mention.nominal = True


def _generic_roles(sent: Span) -> list[Mention]:
    """"de minister": a generic role noun after a definite article, referring back."""
    families = role_families()
    found = []
    for token in sent:
        if token.lower_ in families and token.i > sent.start \
                and sent.doc[token.i - 1].lower_ == "de" and not _followed_by_van(token):
            found.append(Mention(token.i, token.i + 1, ROLE, role_noun=token.lower_,
                                 families=families[token.lower_], nominal=True))
    return found


def _followed_by_van(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "van"


def _residuals(doc, ent: Span, taken: list[bool], base: int, chosen: list[Mention]):
    """The parts of an NER span that no knowledge-base mention covers."""
    start, end = trim(ent, ent.label_ == "PER")
    if start >= end:
        return []
    covered = [taken[i - base] for i in range(start, end)]
    if not any(covered):
        return [(start, end)]
    inner = [m for m in chosen if m.start >= start and m.end <= end]
    whole_name = (
        end - start > 1 and ent.label_ in ("ORG", "MISC", "PER")
        and inner and all(m.kind in (ADJECTIVE, DEMONYM) or _has_connector(doc, start, end)
                          for m in inner)
        and all(m.start >= start and m.end <= end for m in inner)
        and not any(m.start < start or m.end > end for m in chosen
                    if m.start < end and m.end > start)
    )
    if whole_name and _place_after_adjective(doc, inner, end):
        whole_name = False  # "het Australische Melbourne": an adjective before a city
    if whole_name:  # one name of its own that contains a country word
        for m in inner:
            chosen.remove(m)
        for i in range(start, end):
            taken[i - base] = False
        return [(start, end)]
    runs, run_start = [], None
    for i in range(start, end + 1):
        free = i < end and not taken[i - base]
        if free and run_start is None:
            run_start = i
        elif not free and run_start is not None:
            s, e = trim(doc[run_start:i])
            if s < e:
                runs.append((s, e))
            run_start = None
    return runs


def _has_connector(doc, start: int, end: int) -> bool:
    return any(doc[i].lower_ in _CONNECTORS for i in range(start + 1, end - 1))


def _place_after_adjective(doc, inner: list[Mention], end: int) -> bool:
    from kroniek.extract.geonames import geonames

    last = max(m.end for m in inner)
    return (len(inner) == 1 and inner[0].kind == ADJECTIVE and last < end
            and bool(geonames().cities_named(doc[last:end].text)))
