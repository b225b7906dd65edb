"""One name, one label, everywhere in an article.

A statistical NER decides every mention on its own window of words, so an article's
"Blinken" can be PER in one sentence, ORG in the next and missed in a third. News names
keep their type within an article, so this component makes the article's mentions agree:

- every mention of the same text takes the label most of its mentions have (a tie keeps
  each label);
- a later or earlier occurrence of a found name that the NER missed becomes a mention too,
  as does a person's surname on its own ("Blinken" after "Anthony Blinken").

Only capitalized words are added, never inside or across an existing mention. A mention
that ends in a lower-case function word ("Ruhrgebied door") loses it first: no name ends
in a preposition, article or conjunction.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MAX_NAME_TOKENS = 6
# surname particles: "Van der Veen" gives "Van der Veen", never "Veen" alone
PARTICLES = {"van", "der", "den", "de", "ter", "ten", "het", "'t", "op", "in", "la", "le", "von"}


FUNCTION_POS = {"ADP", "DET", "CCONJ", "SCONJ"}


def _trimmed(ent: Span) -> Span | None:
    end = ent.end
    while end > ent.start and ent.doc[end - 1].pos_ in FUNCTION_POS and \
            ent.doc[end - 1].text.islower():
        end -= 1
    if end == ent.end:
        return ent
    return Span(ent.doc, ent.start, end, label=ent.label_) if end > ent.start else None


def _capitalized(text: str) -> bool:
    return text[:1].isupper()


class NerConsistency:
    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in map(_trimmed, doc.ents) if e is not None]
        if not ents:
            if doc.ents:
                doc.ents = []
            return doc
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for ent in ents:
            votes[tuple(t.text for t in ent)][ent.label_] += 1
        names: dict[tuple[str, ...], str] = {}
        for words, counts in votes.items():
            (label, n), *rest = counts.most_common(2)
            if not rest or n > rest[0][1]:
                names[words] = label
        for ent in ents:
            if ent.label_ == "PER" and len(ent) >= 2:
                surname = _surname(ent)
                if surname and surname not in votes:
                    names.setdefault(surname, "PER")
        relabelled = [
            Span(doc, e.start, e.end, label=names[key])
            if (key := tuple(t.text for t in e)) in names and names[key] != e.label_
            else e
            for e in ents
        ]
        added = self._missed(doc, names, relabelled)
        if added or relabelled != list(doc.ents):
            doc.ents = filter_spans([*relabelled, *added])
        return doc

    @staticmethod
    def _missed(doc: Doc, names: dict[tuple[str, ...], str], ents: list[Span]) -> list[Span]:
        taken = {i for e in ents for i in range(e.start, e.end)}
        longest = max((len(k) for k in names), default=0)
        added: list[Span] = []
        i = 0
        while i < len(doc):
            if i in taken or not _capitalized(doc[i].text):
                i += 1
                continue
            match = None
            for size in range(min(longest, MAX_NAME_TOKENS, len(doc) - i), 0, -1):
                words = tuple(t.text for t in doc[i : i + size])
                if words in names and not any(j in taken for j in range(i, i + size)):
                    match = (size, names[words])
                    break
            if match is None:
                i += 1
                continue
            size, label = match
            # a longer capitalized name around it is another name ("Blinken Street")
            after = doc[i + size] if i + size < len(doc) else None
            if after is not None and _capitalized(after.text) and after.i not in taken \
                    and not after.is_punct and not after.is_sent_start:
                i += size
                continue
            added.append(Span(doc, i, i + size, label=label))
            i += size
        return added


def _surname(ent: Span) -> tuple[str, ...] | None:
    """The surname of a full person name: its last word with the particles before it."""
    words = [t.text for t in ent]
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in PARTICLES:
        start -= 1
    surname = tuple(words[start:])
    if not all(_capitalized(w) or w.lower() in PARTICLES for w in surname):
        return None
    if len(surname) == 1 and (len(surname[0]) < 3 or surname[0].endswith(".")):
        return None
    return surname


@Language.factory("kroniek_ner_consistency")
def make_ner_consistency(nlp: Language, name: str) -> NerConsistency:
    return NerConsistency()
