"""``kroniek_quantities``: numbers in Dutch news, with what they count and whose they are.

Writes ``doc._.quantities``, one dict per quantity (schema ``quantity``):

- ``text``, ``start``, ``end``: the words, qualifier and unit included ("meer dan 127.000",
  "€ 2,5 miljard", "12 procent"), never the counted noun.
- ``value``: the number (127.000 -> 127000, "2,5 miljoen" -> 2500000), null for a range or a
  vague plural ("tienduizenden").
- ``low``/``high``: the bounds of a range ("tussen de duizend en vijfduizend" -> 1000, 5000),
  of a vague plural (10000, 99999), or the bound a qualifier sets ("meer dan 127.000" ->
  low 127000; "maximaal 50" -> high 50); null otherwise.
- ``approx``: true for estimates, bounds and vague plurals.
- ``qualifier``: the qualifying words as written ("meer dan", "zo'n"), or null.
- ``counted``: the noun counted, as written ("manschappen"), or null.
- ``unit``: "percent", an ISO 4217 code ("EUR") or a measure ("km"), or null.
- ``owner``: whose quantity it is when the sentence says so (the subject of "hebben" and
  similar verbs, a country adjective or a "van X" on the counted noun): a knowledge-base id
  where the KB knows the name, else the words; null otherwise.

Years, dates, clock times and labels ("artikel 5") are not quantities, nor is the article
"een" ("een invasie"); "een miljoen" is. The word lists are data in
``kroniek/data/lang/nl/``: ``numbers.tsv``, ``qualifiers.tsv``, ``units.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kroniek.data_files import LANG_DIR, read_tsv
from kroniek.extract.base import ensure_extensions, run_per_sentence
from kroniek.extract.numbers import NUMBERS, parse_digits
from kroniek.kb import KnowledgeBase, load_kb

_RANGE_TOKEN = re.compile(r"^(\d[\d.,]*)[-–](\d[\d.,]*)$")  # 5-6, 1000-5000
_SYMBOL_NUMBER = re.compile(r"^([€$£])(\d[\d.,]*)$")  # $300
_PERCENT_TOKEN = re.compile(r"^(\d[\d.,]*)%$")  # 12%
_CLOCK = re.compile(r"^\d{1,2}[.:]\d{2}$")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_RANGE_WORDS = {"tot", "à", "a", "-", "–", "of"}
_NOUNS = {"NOUN", "PROPN"}
_STOP_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "PUNCT"}


@dataclass(frozen=True)
class Lexicon:
    qualifiers: dict[tuple[str, ...], str]
    labels: frozenset[tuple[str, ...]]
    owner_verbs: frozenset[str]
    units_after: dict[str, str]
    units_before: dict[str, str]
    months: frozenset[str]
    year_cues: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    qualifiers: dict[tuple[str, ...], str] = {}
    labels: set[tuple[str, ...]] = set()
    owner_verbs: set[str] = set()
    year_cues: set[str] = set()
    for row in read_tsv(LANG_DIR / "qualifiers.tsv"):
        phrase = tuple(row["phrase"].lower().split())
        if row["kind"] == "label":
            labels.add(phrase)
        elif row["kind"] == "owner_verb":
            owner_verbs.add(" ".join(phrase))
        elif row["kind"] == "year_cue":
            year_cues.add(" ".join(phrase))
        else:
            qualifiers[phrase] = row["kind"]
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    for row in read_tsv(LANG_DIR / "units.tsv"):
        if row["position"] in ("after", "both"):
            after[row["unit"].lower()] = row["code"]
        if row["position"] in ("before", "both"):
            before[row["unit"].lower()] = row["code"]
    months = frozenset(
        row["word"].lower()
        for row in read_tsv(LANG_DIR / "time_expressions.tsv")
        if row["kind"] == "month"
    )
    return Lexicon(
        qualifiers,
        frozenset(labels),
        frozenset(owner_verbs),
        after,
        before,
        months,
        frozenset(year_cues),
    )


@dataclass
class Number:
    """A number found at tokens [start, end) of the doc."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    vague: bool = False
    multiplied: bool = False  # a multiplier word was part of it ("3 miljoen")
    unit: str | None = None
    hyphen: bool = False  # "tien-" in "tien- tot twintigduizend"
    multiplier: float = 1.0


def _multiplier(token: Token) -> float | None:
    return NUMBERS.multipliers.get(token.lower_)


def _trailing_multiplier(word: str) -> float:
    for name, factor in sorted(NUMBERS.multipliers.items(), key=lambda kv: -kv[1]):
        if name.isalpha() and word.lower().endswith(name) and word.lower() != name:
            return factor
    return 1.0


def _with_multipliers(doc: Doc, number: Number) -> Number:
    """Extend ``number`` over following multiplier words ("2,5 miljoen", "twee miljard")."""
    while number.end < len(doc) and number.value is not None:
        factor = _multiplier(doc[number.end])
        if factor is None:
            break
        number.value *= factor
        number.multiplier *= factor
        number.multiplied = True
        number.end += 1
    return number


def _vague_at(doc: Doc, i: int, limit: int) -> Number | None:
    for length in (2, 1):
        if i + length > limit:
            continue
        words = " ".join(t.lower_ for t in doc[i : i + length])
        if words in NUMBERS.vague:
            low, high = NUMBERS.vague[words]
            return Number(i, i + length, None, low, high, vague=True)
    return None


def _number_at(doc: Doc, i: int, limit: int) -> Number | None:
    """The number that starts at token ``i`` (not beyond ``limit``), or None."""
    token = doc[i]
    text = token.text
    lower = token.lower_
    if (vague := _vague_at(doc, i, limit)) is not None:
        return vague
    if m := _RANGE_TOKEN.match(text):
        low, high = parse_digits(m.group(1)), parse_digits(m.group(2))
        if low is not None and high is not None and low < high:
            return Number(i, i + 1, None, low, high)
        return None
    if m := _SYMBOL_NUMBER.match(text):
        value = parse_digits(m.group(2))
        if value is None:
            return None
        unit = lexicon().units_before.get(m.group(1))
        return _with_multipliers(doc, Number(i, i + 1, value, unit=unit))
    if m := _PERCENT_TOKEN.match(text):
        value = parse_digits(m.group(1))
        return Number(i, i + 1, value, unit="percent") if value is not None else None
    value = parse_digits(text)
    if value is not None:
        return _with_multipliers(doc, Number(i, i + 1, value))
    if lower.endswith("-") and len(lower) > 2:  # "tien-" before "tot twintigduizend"
        stem = NUMBERS.word_value(lower[:-1]) or parse_digits(lower[:-1])
        return Number(i, i + 1, stem, hyphen=True) if stem is not None else None
    nxt = doc[i + 1] if i + 1 < limit else None
    if lower in NUMBERS.articles:  # "een" counts only before a multiplier or fraction
        if nxt is not None and nxt.lower_ in NUMBERS.fractions and i + 2 < limit:
            factor = _multiplier(doc[i + 2])
            if factor is not None:
                number = Number(i, i + 3, NUMBERS.fractions[nxt.lower_] * factor)
                number.multiplied = True
                return _with_multipliers(doc, number)
        if nxt is not None and _multiplier(nxt) is not None:
            return _with_multipliers(doc, Number(i, i + 1, 1.0))
        return None
    if lower in NUMBERS.fractions:
        if nxt is not None and _multiplier(nxt) is not None:
            return _with_multipliers(doc, Number(i, i + 1, NUMBERS.fractions[lower]))
        if NUMBERS.fractions[lower] >= 1:  # "anderhalf jaar"
            return Number(i, i + 1, NUMBERS.fractions[lower])
        return None
    word_value = NUMBERS.word_value(lower)
    if word_value is not None and token.is_alpha:
        number = _with_multipliers(doc, Number(i, i + 1, word_value))
        number.multiplier *= _trailing_multiplier(lower)
        return number
    return None


def _range_from(doc: Doc, first: Number, limit: int) -> Number | None:
    """``first`` joined with a second number by "tot", "à", "-", "of" ("5 à 6")."""
    j = first.end
    if j >= limit or doc[j].lower_ not in _RANGE_WORDS:
        return None
    k = j + 1
    if (
        doc[j].lower_ == "tot"
        and k + 1 < limit
        and doc[k].lower_ == "en"
        and doc[k + 1].lower_ == "met"
    ):
        k += 2
    if k >= limit:
        return None
    second = _number_at(doc, k, limit)
    if second is None:
        return None
    return _join(first, second)


def _join(first: Number, second: Number) -> Number | None:
    if first.vague or second.vague:
        low = first.low if first.vague else first.value
        high = second.high if second.vague else second.value
        return Number(first.start, second.end, None, low, high, vague=True, unit=second.unit)
    low, high = first.value, second.value
    if low is None or high is None:
        return None
    # "2 tot 3 miljoen", "tien- tot twintigduizend": the first number shares the multiplier
    if second.multiplier > 1 and not first.multiplied:
        if first.hyphen or low * second.multiplier < high:
            low *= second.multiplier
    if low >= high:
        return None
    return Number(first.start, second.end, None, low, high, unit=second.unit or first.unit)


def _between(doc: Doc, i: int, limit: int) -> Number | None:
    """ "tussen (de) X en Y" starting at token ``i`` (the word "tussen")."""
    k = i + 1
    if k < limit and doc[k].lower_ in ("de", "het"):
        k += 1
    if k >= limit:
        return None
    first = _number_at(doc, k, limit)
    if first is None or first.end + 1 >= limit or doc[first.end].lower_ != "en":
        return None
    second = _number_at(doc, first.end + 1, limit)
    if second is None:
        return None
    joined = _join(first, second)
    if joined is not None:
        joined.start = i
    return joined


def _is_date_or_time(doc: Doc, number: Number, limit: int) -> bool:
    months = lexicon().months
    before = doc[number.start - 1] if number.start > 0 else None
    after = doc[number.end] if number.end < limit else None
    first = doc[number.start]
    if after is not None and after.lower_ in months:
        return True
    if before is not None and before.lower_ in months and _YEAR.match(first.text):
        return True
    if _CLOCK.match(first.text) and after is not None and after.lower_ == "uur":
        return True
    if (
        after is not None
        and after.lower_ == "uur"
        and before is not None
        and before.lower_ in ("om", "tot", "vanaf", "rond")
    ):
        return True
    if any(_YEAR.match(t.text) for t in doc[number.start : number.end]):
        if before is not None and before.lower_ in lexicon().year_cues:
            return True
        # a year ("in 1997", "tussen 1946 en 1996") unless things are counted: "2000 soldaten"
        counts = after is not None and (
            (after.pos_ == "NOUN" and "Plur" in after.morph.get("Number"))
            or after.lower_ in lexicon().units_after
        )
        return not counts
    return False


def _is_label(doc: Doc, number: Number, sent_start: int) -> bool:
    for phrase in lexicon().labels:
        n = len(phrase)
        if (
            number.start - n >= sent_start
            and tuple(t.lower_ for t in doc[number.start - n : number.start]) == phrase
        ):
            return True
    before = doc[number.start - 1] if number.start > sent_start else None
    first = doc[number.start]
    # "Formule 1", "Boeing 747": digits glued to a name are part of the name
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and first.is_digit
        and number.start - 1 > sent_start
        and (number.end >= len(doc) or doc[number.end].pos_ not in _NOUNS)
    )


def _qualifier(doc: Doc, start: int, sent_start: int) -> tuple[int, str | None, str | None]:
    best: tuple[int, str | None, str | None] = (start, None, None)
    for phrase, kind in lexicon().qualifiers.items():
        n = len(phrase)
        if start - n >= sent_start and tuple(t.lower_ for t in doc[start - n : start]) == phrase:
            if best[1] is None or start - n < best[0]:
                best = (start - n, doc[start - n : start].text, kind)
    return best


def _counted(doc: Doc, start: int, end: int, limit: int, unit: str | None) -> Token | None:
    """The noun the number counts: the next noun, past adjectives ("militair materieel")."""
    if unit is not None and unit != "percent":
        return None
    k = end
    if unit == "percent":  # "12 procent van de kiezers"
        if k < limit and doc[k].lower_ == "van":
            k += 1
            while k < limit and doc[k].pos_ == "DET":
                k += 1
        else:
            return None
    steps = 0
    while k < limit and steps < 4:
        token = doc[k]
        if token.pos_ in _NOUNS and token.lower_ not in lexicon().units_after:
            return token
        if token.pos_ not in ("ADJ", "ADV", "X") or not token.is_alpha:
            break
        following = doc[k + 1] if k + 1 < limit else None
        if following is None or following.pos_ in _STOP_POS or not following.is_alpha:
            # a mis-tagged noun right before the end of the phrase: "250 tanks heeft"
            return token if token.pos_ != "ADV" or steps == 0 else None
        k += 1
        steps += 1
    # the parse: a noun whose nummod this number is
    for token in doc[start:end]:
        if token.dep_ == "nummod" and token.head.pos_ in _NOUNS and token.head.i >= end:
            return token.head
    return None


def _entity_id(kb: KnowledgeBase, text: str) -> str | None:
    found = kb.lookup(text)
    return found[0].canonical_id if found else None


def _name_of(token: Token) -> str:
    """The proper name ``token`` heads (with its flat/compound parts)."""
    parts = [token] + [c for c in token.children if c.dep_ in ("flat", "compound", "flat:name")]
    parts.sort(key=lambda t: t.i)
    return token.doc[parts[0].i : parts[-1].i + 1].text


def _actor(kb: KnowledgeBase, token: Token) -> str | None:
    """The KB id of a subject ("Rusland", "de Russische strijdkrachten"), or its name."""
    name = _name_of(token)
    if (found := _entity_id(kb, name)) is not None:
        return found
    for child in token.children:
        if child.dep_ == "amod" and (country := kb.country_by_adjective(child.text)) is not None:
            return country.canonical_id
    return name if token.pos_ == "PROPN" else None


def _owner(kb: KnowledgeBase, noun: Token | None) -> str | None:
    if noun is None:
        return None
    for child in noun.children:
        if child.dep_ == "amod" and (country := kb.country_by_adjective(child.text)) is not None:
            return country.canonical_id
        if child.dep_ == "nmod" and any(c.lower_ == "van" for c in child.children):
            if child.pos_ == "PROPN":
                return _entity_id(kb, _name_of(child)) or _name_of(child)
    if noun.dep_ not in ("obj", "nsubj", "conj", "obl", "xcomp"):
        return _owner_by_position(kb, noun)
    verb = noun.head
    for _ in range(3):
        if verb.lemma_.lower() in lexicon().owner_verbs:
            for child in verb.children:
                if child.dep_ == "nsubj" and child.pos_ in _NOUNS and child.i != noun.i:
                    return _actor(kb, child)
        if verb.head is verb or verb.dep_ not in ("xcomp", "conj", "obj"):
            break
        verb = verb.head
    return _owner_by_position(kb, noun)


def _owner_by_position(kb: KnowledgeBase, noun: Token) -> str | None:
    """When the parse did not attach the noun to "hebben": the nearest owner verb before it
    in its clause, as a main verb or with an infinitive ("Rusland heeft meer dan 127.000
    manschappen klaarstaan"), never as the auxiliary of a participle ("heeft 5 mensen
    gedood": victims, not possessions)."""
    sent = noun.sent
    for i in range(noun.i - 1, max(sent.start, noun.i - 8) - 1, -1):
        verb = noun.doc[i]
        if verb.text in (",", ";", ":") or verb.pos_ == "SCONJ" and verb.lower_ != "dan":
            return None  # ("meer dan" is no clause)
        if verb.lemma_.lower() not in lexicon().owner_verbs:
            continue
        if verb.dep_.startswith("aux") and verb.head.morph.get("VerbForm") != ["Inf"]:
            return None
        subj = next((c for c in (*verb.children, *verb.head.children) if c.dep_ == "nsubj"
                     and c.pos_ in _NOUNS and c.i != noun.i and c.i < verb.i), None)
        return _actor(kb, subj) if subj is not None else None
    return None


def _finish(
    doc: Doc, number: Number, sent_start: int, limit: int, kb: KnowledgeBase
) -> dict[str, Any] | None:
    start, end = number.start, number.end
    unit = number.unit
    if start > sent_start and (code := lexicon().units_before.get(doc[start - 1].lower_)):
        unit, start = code, start - 1
    if end < limit and (code := lexicon().units_after.get(doc[end].lower_)):
        if unit is None or unit == code:
            unit, end = code, end + 1
    q_start, qualifier, kind = _qualifier(doc, start, sent_start)
    value, low, high = number.value, number.low, number.high
    approx = number.vague
    if kind is not None and kind != "exact":
        approx = True
        if kind == "min" and value is not None and low is None:
            low = value
        elif kind == "max" and value is not None and high is None:
            high = value
    noun = _counted(doc, number.start, end, limit, unit)
    span = doc[q_start:end]
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "value": value,
        "low": low,
        "high": high,
        "approx": approx,
        "qualifier": qualifier,
        "counted": noun.text if noun is not None else None,
        "unit": unit,
        "owner": _owner(kb, noun),
    }


def extract_quantities(sent: Span, kb: KnowledgeBase) -> list[dict[str, Any]]:
    doc = sent.doc
    limit = sent.end
    found: list[dict[str, Any]] = []
    i = sent.start
    while i < limit:
        number: Number | None = None
        if doc[i].lower_ == "tussen":
            number = _between(doc, i, limit)
        if number is None:
            number = _number_at(doc, i, limit)
            if number is not None:
                number = _range_from(doc, number, limit) or number
        if number is None or (number.hyphen and number.value is not None and number.low is None):
            i += 1
            continue
        i = number.end
        if (
            number.value is not None
            and i + 1 < limit
            and doc[i].text in ("-", "–")
            and _number_at(doc, i + 1, limit) is not None
        ):
            i += 2  # a score ("2 - 1"): no quantity
            continue
        if _is_date_or_time(doc, number, limit) or _is_label(doc, number, sent.start):
            continue
        fact = _finish(doc, number, sent.start, limit, kb)
        if fact is not None:
            found.append(fact)
    return found


class QuantityExtractor:
    def __init__(self, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        kb = load_kb()
        doc._.quantities = run_per_sentence(doc, self.name, lambda s: extract_quantities(s, kb))
        return doc


@Language.factory("kroniek_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(name)
