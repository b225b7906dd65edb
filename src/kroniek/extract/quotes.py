"""``kroniek_quotes``: who said what, direct and indirect, written to ``doc._.quotes``.

Direct quotes are found by their quote marks (``quotes_marks``) and attributed, in this
order, to
1. a cue right after the quote: "‘…’, zei Anthony Blinken, de Amerikaanse minister …",
   "‘…’, aldus X", "‘…’ Dat zei X zondag.", or any verb that follows the quote and a comma
   ("‘…’, lachte hij");
2. a cue right before it: "X zei: ‘…’", "Boogerd: ‘…’", "X waarschuwde dat ‘…’";
3. the quote before it when nothing but that quote's attribution stands between them: the
   second half of a split quote ("‘A’, zei X, ‘B.’") and a quote paragraph that continues
   an attributed one. A split quote is therefore two quotes with the same speaker and cue;
4. the subject of the sentence before it in the same paragraph, when that is a person
   ("Romp bleef positief. ‘…’"): ``attribution`` is then ``"context"`` and ``cue`` null.
Quotes in marks that have none of these and do not look like speech (fewer than
``min_words`` words, or not a sentence: scare quotes, titles) are dropped.

Indirect speech comes from the speech cues of ``data/lang/nl/speech_cues.tsv``: a speech
verb with a dat/of-clause, a te-infinitive or a preceding main clause ("…, zei X"), and
"volgens X", "aldus X", "naar de mening van X". The content is the complement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kroniek.extract.base import ensure_extensions, record_error, run_per_sentence
from kroniek.extract.quotes_lexicon import SpeechLexicon, load_lexicon
from kroniek.extract.quotes_marks import MarkedQuote, find_marked_quotes
from kroniek.extract.quotes_speaker import (
    PRONOUNS,
    SpeakerResolver,
    clean_speaker,
    noun_phrase,
    subject_of,
)
from kroniek.kb import KnowledgeBase, load_kb

COMPONENT = "kroniek_quotes"
_SENT_END = {".", "!", "?", "…"}
_DEMONSTRATIVE = {"dat", "dit", "zo"}
_OBJECT_PRONOUNS = {"hem": "hij", "haar": "zij", "hen": "zij", "hun": "zij"}


@Language.factory(
    COMPONENT,
    default_config={"lang": "nl", "kb_paths": [], "min_words": 3},
)
def make_quotes(nlp: Language, name: str, lang: str, kb_paths: list[str],
                min_words: int) -> QuoteExtractor:
    return QuoteExtractor(name, lang=lang, kb_paths=kb_paths, min_words=min_words)


class QuoteExtractor:
    """Finds quotes and their speakers; see the module docstring for the rules."""

    def __init__(self, name: str = COMPONENT, lang: str = "nl",
                 kb_paths: Iterable[str] = (), min_words: int = 3) -> None:
        ensure_extensions()
        self.name = name
        self.lex: SpeechLexicon = load_lexicon(lang)
        self.kb_paths = list(kb_paths)
        self._kb: KnowledgeBase | None = None
        self.min_words = min_words

    @property
    def kb(self) -> KnowledgeBase:
        if self._kb is None:
            self._kb = load_kb(self.kb_paths)
        return self._kb

    def __call__(self, doc: Doc) -> Doc:
        resolver = SpeakerResolver(doc, self.kb, self.lex)
        run = _Run(doc, self.lex, resolver, self.min_words)
        try:
            direct = run.direct_quotes()
        except Exception as exc:  # noqa: BLE001 - the rest of the analysis must go on
            record_error(doc, self.name, exc)
            direct = []
        indirect = run_per_sentence(doc, self.name, run.indirect_quotes)
        quotes = sorted(direct + indirect, key=lambda q: (q["start"], q["end"]))
        for quote in quotes:
            quote.pop("_attr_end", None)
            clean_speaker(quote["speaker"])
            if quote["speaker"] and not quote["speaker"].get("entity"):
                link_to_article_entity(quote["speaker"], doc._.entities or [])
        doc._.quotes = quotes
        return doc


SPEAKER_TYPES = ("PER", "ORG", "GPE", "NORP", "LOC", "MISC")


def link_to_article_entity(speaker: dict[str, Any], entities: list[dict[str, Any]]) -> None:
    """Give a speaker the entity of the article that one of its words names: "GroenLinks-
    leider Jesse Klaver" is Jesse Klaver, "de minister" the minister it refers back to."""
    if speaker.get("start") is None:
        return
    best: tuple[tuple[int, int], dict[str, Any]] | None = None
    for entity in entities:
        rank = SPEAKER_TYPES.index(entity["type"]) if entity["type"] in SPEAKER_TYPES else 9
        for mention in entity["mentions"]:
            if mention.get("field") or mention.get("type") == "NORP":
                continue
            if speaker["start"] <= mention["start"] and mention["end"] <= speaker["end"]:
                key = (rank, -(mention["end"] - mention["start"]))
                if best is None or key < best[0]:
                    best = (key, entity)
    if best is not None:
        entity = best[1]
        speaker["entity"] = entity["id"]
        speaker["name"] = entity["name"]
        if entity.get("country") and not speaker.get("country"):
            speaker["country"] = entity["country"]


class _Run:
    """The state of one document's extraction."""

    def __init__(self, doc: Doc, lex: SpeechLexicon, resolver: SpeakerResolver,
                 min_words: int) -> None:
        self.doc = doc
        self.lex = lex
        self.resolver = resolver
        self.min_words = min_words
        self.used: set[int] = set()  # tokens that attributed a direct quote
        self.quoted: list[tuple[int, int]] = []  # character ranges of direct quotes

    # -- direct quotes -----------------------------------------------------------------
    def direct_quotes(self) -> list[dict[str, Any]]:
        doc = self.doc
        marked = find_marked_quotes(doc.text)
        out: list[dict[str, Any]] = []
        prev: dict[str, Any] | None = None
        prev_mark: MarkedQuote | None = None
        for i, mq in enumerate(marked):
            next_open = marked[i + 1].open_start if i + 1 < len(marked) else len(doc.text)
            quote = {"text": doc.text[mq.start:mq.end], "start": mq.start, "end": mq.end,
                     "direct": True, "speaker": None, "cue": None}
            found = (self._after(mq, next_open) or self._before(mq)
                     or self._continuation(mq, prev, prev_mark)
                     or self._context(mq))
            if found is not None:
                quote.update(found)
            if not self._keep(mq, quote):
                continue
            out.append(quote)
            self.quoted.append((mq.open_start, mq.close_end))
            prev, prev_mark = quote, mq
        return out

    def _keep(self, mq: MarkedQuote, quote: dict[str, Any]) -> bool:
        if quote.get("attribution") in ("cue", "colon"):
            return True
        words = len(re.findall(r"\w+", quote["text"]))
        if words < self.min_words:
            return False
        text = self.doc.text
        ends_sentence = quote["text"].rstrip()[-1:] in "?!.…" or not mq.closed
        before = text[:mq.open_start].rstrip()
        starts_sentence = not before or before[-1] in ".?!:\n'’”\""
        after = text[mq.close_end:mq.close_end + 2].lstrip()
        return ends_sentence or starts_sentence and (not after or after[0] in ".,")

    def _tokens_from(self, char: int) -> int:
        """Index of the first token at or after character ``char``."""
        for tok in self.doc:
            if tok.idx >= char:
                return tok.i
        return len(self.doc)

    def _window_end(self, start_tok: int, limit_char: int) -> int:
        doc = self.doc
        para = doc.text.find("\n", doc[start_tok].idx) if start_tok < len(doc) else -1
        limit_char = min(limit_char, para if para >= 0 else len(doc.text))
        j = start_tok
        while j < len(doc) and doc[j].idx < limit_char:
            if doc[j].text in _SENT_END or doc[j].text == ";":
                return j
            if doc[j].text == "," and j + 1 < len(doc) and (
                    doc[j + 1].pos_ in ("SCONJ", "CCONJ") or doc[j + 1].lower_ == "zoals"):
                return j
            j += 1
        return j

    def _after(self, mq: MarkedQuote, next_open: int) -> dict[str, Any] | None:
        doc = self.doc
        i = self._tokens_from(mq.close_end)
        end = self._window_end(i, next_open)
        comma = False
        while i < end and doc[i].is_punct and doc[i].text not in _SENT_END:
            comma = comma or doc[i].text in (",", ",,", ",,,")
            i += 1
        if i >= end:
            return None
        lead = None
        if doc[i].lower_ in _DEMONSTRATIVE and i + 1 < end:
            lead, i = i, i + 1
        cue = doc[i]
        lemma = self._verb_lemma(cue)
        is_speech = lemma in self.lex.verbs or cue.lower_ in self.lex.adverbs
        if not is_speech and not (comma and cue.pos_ in ("VERB", "AUX") and lead is None):
            return None
        if lead is not None and lemma not in self.lex.verbs:
            return None
        j = i + 1
        subj = subject_of(cue) if cue.pos_ != "ADV" else None
        if subj is not None and i < subj.i < end:
            j = subj.left_edge.i if subj.left_edge.i > i else subj.i
        else:
            while j < end and doc[j].lower_ not in PRONOUNS:
                if doc[j].pos_ == "ADV" or self.lex.is_time_word(doc[j].text):
                    j += 1
                elif doc[j].pos_ == "ADP":  # "riep volgens overlevering een priester"
                    j = max(noun_phrase(doc, j + 1, end, self.lex)[1], j + 1)
                else:
                    break
        s_start, s_end = noun_phrase(doc, j, end, self.lex)
        if s_end <= s_start:
            return None
        if not comma and any(t.text == ":" for t in doc[s_end:min(end + 1, len(doc))]):
            return None  # "‘Titel’ schrijft X: …": the cue introduces what follows the colon
        self.used.add(cue.i)
        speaker = self.resolver.resolve(s_start, s_end)
        result = {"speaker": speaker, "cue": self._cue_text(cue), "attribution": "cue",
                  "_attr_end": doc[end].idx + len(doc[end].text) if end < len(doc)
                  else len(doc.text)}
        result.update(self._when_where(i + 1, end, (s_start, s_end)))
        return result

    def _before(self, mq: MarkedQuote) -> dict[str, Any] | None:
        doc = self.doc
        head = doc.text[:mq.open_start].rstrip()
        if not head:
            return None
        # by characters: the tokenizer may glue a mark to a word ("dat,,het", "Rooij:,,Het")
        toks = [t for t in doc if t.idx < len(head)]
        if not toks:
            return None
        end = toks[-1].i + 1
        start = end - 1
        while start > 0 and doc[start - 1].text not in _SENT_END and \
                "\n" not in doc[start - 1].text and not self._in_quote(doc[start - 1].idx):
            start -= 1
        last_word = re.search(r"(\w+)\W*$", head)
        if head.endswith(":"):
            verbs = [t for t in doc[start:end] if t.pos_ in ("VERB", "AUX")]
            cue = next((t for t in verbs if self._verb_lemma(t) in self.lex.verbs), None)
            subject_verb = cue or (verbs[0] if verbs else None)
            if subject_verb is not None:
                speaker = self._subject_span(subject_verb, start, end)
            else:
                s_start, s_end = noun_phrase(doc, start, end, self.lex)
                speaker = (s_start, s_end) if s_end >= end - 1 and s_end > s_start else None
            if speaker is None:
                return None
            if cue is not None:
                self.used.add(cue.i)
            result = {"speaker": self.resolver.resolve(*speaker, limit=len(head)),
                      "cue": self._cue_text(cue) if cue is not None else None,
                      "attribution": "colon"}
            result.update(self._when_where(start, end, speaker))
            return result
        cue = next((t for t in reversed(doc[start:end])
                    if t.pos_ in ("VERB", "AUX") and self._verb_lemma(t) in self.lex.verbs), None)
        if cue is None:
            return None
        # "X zei dat ‘…’", or "Daarop antwoordde De Morgan ‘…’" (the cue and its subject last)
        if (last_word and last_word.group(1).lower() in ("dat", "of")) or (
                self._only_subject_after(cue, end)):
            speaker = self._subject_span(cue, start, end)
            if speaker is None:
                return None
            self.used.add(cue.i)
            result = {"speaker": self.resolver.resolve(*speaker, limit=len(head)),
                      "cue": self._cue_text(cue), "attribution": "cue"}
            result.update(self._when_where(start, end, speaker))
            return result
        return None

    def _only_subject_after(self, verb: Token, end: int) -> bool:
        if verb.i == end - 1:
            return True
        s_start, s_end = noun_phrase(self.doc, verb.i + 1, end, self.lex)
        return s_start == verb.i + 1 and s_end == end

    def _continuation(self, mq: MarkedQuote, prev: dict[str, Any] | None,
                      prev_mark: MarkedQuote | None) -> dict[str, Any] | None:
        if prev is None or prev_mark is None or prev.get("speaker") is None:
            return None
        gap_start = max(prev_mark.close_end, prev.get("_attr_end") or 0)
        gap = self.doc.text[gap_start:mq.open_start]
        if re.search(r"\w", gap) or gap.count("\n") > 2:
            return None
        result = {"speaker": dict(prev["speaker"]), "cue": prev["cue"],
                  "attribution": "continuation"}
        for key in ("said_when", "said_where"):
            if key in prev:
                result[key] = prev[key]
        return result

    def _context(self, mq: MarkedQuote) -> dict[str, Any] | None:
        """The source or person the previous sentences of the paragraph are about."""
        doc = self.doc
        para_start = doc.text.rfind("\n", 0, mq.open_start) + 1
        first = self._tokens_from(para_start)
        last = self._tokens_from(mq.open_start)
        if last <= first:
            return None
        sents = [s for s in doc[first:last].sents]
        for sent in reversed(sents):
            if self._in_quote(sent.start_char):
                continue
            reported = [q for q in self.indirect_quotes(sent) if q["speaker"]]
            if reported:
                return {"speaker": dict(reported[-1]["speaker"]), "cue": None,
                        "attribution": "context"}
            for tok in sent:
                if not tok.dep_.startswith("nsubj") or self._in_quote(tok.idx):
                    continue
                left = tok.left_edge.i if tok.left_edge.i >= sent.start else tok.i
                while left < tok.i and doc[left].pos_ in ("ADV", "CCONJ", "SCONJ"):
                    left += 1
                s_start, s_end = noun_phrase(doc, left, sent.end, self.lex)
                if s_end <= s_start or not self._personal(s_start, s_end):
                    continue
                speaker = self.resolver.resolve(s_start, s_end)
                return {"speaker": speaker, "cue": None, "attribution": "context"}
        return None

    def _personal(self, start: int, end: int) -> bool:
        doc = self.doc
        span = doc[start:end]
        if len(span) == 1 and span[0].lower_ in ("hij", "zij", "ze"):
            return True
        if any(t.ent_type_ == "PER" for t in span):
            return True
        linked = self.resolver.link_name(span.text)
        if linked is not None:
            return linked.type == "PER"
        if any(self.lex.sources.get(t.lower_, ("", False))[1] for t in span):
            return True
        last = span[-1]
        return (last.pos_ == "PROPN" and not last.is_sent_start
                and last.ent_type_ not in ("LOC", "ORG", "MISC"))

    def _in_quote(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.quoted)

    # -- shared helpers ------------------------------------------------------------------
    def _verb_lemma(self, tok: Token) -> str:
        lemma = tok.lemma_.lower()
        prt = [c.lower_ for c in tok.children if c.dep_ == "compound:prt"]
        if prt and prt[0] + lemma in self.lex.verbs:
            return prt[0] + lemma
        return lemma

    def _cue_text(self, tok: Token) -> str:
        parts = [tok]
        prt = [c for c in tok.children if c.dep_ == "compound:prt" and c.pos_ != "PROPN"
               and not self.lex.is_time_word(c.text)]
        parts += prt[:1]
        companions = self.lex.multiword_verbs.get(tok.lemma_.lower())
        if companions:
            for cand in [tok.head, *tok.children]:
                if cand.lemma_.lower() in companions and cand is not tok:
                    parts.append(cand)
        return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))

    def _subject_span(self, verb: Token, start: int, end: int) -> tuple[int, int] | None:
        doc = self.doc
        subj = subject_of(verb)
        if subj is not None and start <= subj.i < end and not any(
                c.dep_ == "case" for c in subj.children):
            left = subj.left_edge.i if subj.left_edge.i >= start else subj.i
            while left < subj.i and doc[left].pos_ in ("ADP", "ADV", "CCONJ", "SCONJ", "PUNCT"):
                left += 1
            limit = verb.i if subj.i < verb.i else end
            s = noun_phrase(doc, left, limit, self.lex)
            if s[1] > s[0]:
                return s
        i = start
        while i < verb.i:
            if doc[i].pos_ == "ADP":  # "Tegen de Spaanse krant zei hij": not the subject
                i = max(noun_phrase(doc, i + 1, verb.i, self.lex)[1], i + 1)
                continue
            s_start, s_end = noun_phrase(doc, i, verb.i, self.lex)
            if s_end > s_start and self._only_adjuncts(s_end, verb.i):
                return s_start, s_end
            if doc[i].pos_ not in ("CCONJ", "ADV", "DET", "ADJ") and i > start + 3:
                break
            i += 1
        j = verb.i + 1
        while j < end and (doc[j].pos_ == "ADV" or self.lex.is_time_word(doc[j].text)):
            j += 1
        s_start, s_end = noun_phrase(doc, j, end, self.lex)
        return (s_start, s_end) if s_end > s_start else None

    def _only_adjuncts(self, start: int, end: int) -> bool:
        """Nothing but adverbs, auxiliaries, times or a relative clause in ``start:end``."""
        doc = self.doc
        if start < end and doc[start].text == "," and doc[end - 1].text == "," and \
                start + 1 < end and doc[start + 1].lower_ in ("die", "dat", "wiens", "wier"):
            return True
        return all(t.pos_ in ("ADV", "AUX") or self.lex.is_time_word(t.text)
                   for t in doc[start:end])

    def _when_where(self, start: int, end: int, speaker: tuple[int, int] | None
                    ) -> dict[str, Any]:
        doc = self.doc
        out: dict[str, Any] = {}
        skip = set(range(*speaker)) if speaker else set()
        times = getattr(doc._, "times", None) or []
        lo = doc[start].idx if start < len(doc) else len(doc.text)
        hi = doc[end - 1].idx + len(doc[end - 1].text) if end > start else lo
        for t in times:
            if lo <= t.get("start", -1) and t.get("end", 1 << 30) <= hi and not any(
                    doc[k].idx <= t["start"] < doc[k].idx + len(doc[k].text) for k in skip):
                out["said_when"] = {"text": t["text"], "start": t["start"], "end": t["end"]}
                if t.get("value"):
                    out["said_when"]["value"] = t["value"]
                break
        i = start
        while i < end:
            tok = doc[i]
            if i in skip:
                i += 1
                continue
            if "said_when" not in out and self.lex.is_time_word(tok.text):
                out["said_when"] = {"text": tok.text, "start": tok.idx,
                                    "end": tok.idx + len(tok.text)}
            elif "said_where" not in out and tok.lower_ in self.lex.where_prepositions:
                p_start, p_end = noun_phrase(doc, i + 1, end, self.lex, appositions=False)
                if p_end > p_start and (p_start not in skip) and self._medium_or_place(
                        p_start, p_end):
                    span = doc[p_start:p_end]
                    out["said_where"] = {"text": span.text, "start": span.start_char,
                                         "end": span.end_char}
                    i = p_end
                    continue
            i += 1
        return out

    def _medium_or_place(self, start: int, end: int) -> bool:
        span = self.doc[start:end]
        if any(e.sector == "MED" for e in self.resolver.kb.lookup(span.text)):
            return True
        return any(t.pos_ == "PROPN" for t in span)

    # -- indirect speech ------------------------------------------------------------------
    def indirect_quotes(self, sent: Span) -> list[dict[str, Any]]:
        # the parser may split a sentence in the middle ("… dat Rusland | Kiev wil …"): a
        # fragment goes with the sentence it continues
        if sent.start > 0 and not _ends_sentence(self.doc[sent.start - 1]):
            return []
        end = sent.end
        while end < len(self.doc) and not _ends_sentence(self.doc[end - 1]):
            end = self.doc[end].sent.end
        sent = self.doc[sent.start:end]
        out: list[dict[str, Any]] = []
        for tok in sent:
            if tok.i in self.used or self._in_quote(tok.idx):
                continue
            found = None
            low = tok.lower_
            if low in self.lex.prepositions and tok.pos_ == "ADP":
                found = self._prepositional(sent, tok, tok.i + 1)
            elif (low in self.lex.nouns and tok.pos_ != "VERB" and tok.i + 1 < sent.end
                  and self.doc[tok.i + 1].lower_ == "van"):
                found = self._prepositional(sent, tok, tok.i + 2, cue_start=self._np_left(tok))
            elif low in self.lex.adverbs:
                found = self._aldus(sent, tok)
            elif tok.pos_ in ("VERB", "AUX") and self._is_speech_verb(tok):
                found = self._verbal(sent, tok)
            if found is not None and not any(
                    a < found["end"] and found["start"] < b for a, b in self.quoted):
                out.append(found)
        return out

    def _np_left(self, tok: Token) -> int:
        i = tok.i
        while i > tok.sent.start and self.doc[i - 1].pos_ in ("DET", "ADJ", "ADP"):
            i -= 1
        return i

    def _is_speech_verb(self, tok: Token) -> bool:
        lemma = self._verb_lemma(tok)
        if lemma in self.lex.verbs:
            return True
        companions = self.lex.multiword_verbs.get(tok.lemma_.lower())
        return bool(companions) and any(
            c.lemma_.lower() in companions for c in [tok.head, *tok.children] if c is not tok)

    def _content(self, start: int, end: int) -> tuple[int, int] | None:
        doc = self.doc
        for k in range(start, end):
            if "\n" in doc[k].text:
                end = k
                break
        while start < end and (doc[start].is_punct or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct
                               and doc[end - 1].text not in ("?", "!")):
            end -= 1
        if end - start < 2:
            return None
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)

    def _quote(self, content: tuple[int, int], speaker: tuple[int, int], cue: str,
               when_range: tuple[int, int]) -> dict[str, Any]:
        text = self.doc.text
        quote = {"text": text[content[0]:content[1]], "start": content[0], "end": content[1],
                 "direct": False, "speaker": self.resolver.resolve(*speaker), "cue": cue,
                 "attribution": "cue"}
        quote.update(self._when_where(*when_range, speaker))
        return quote

    def _prepositional(self, sent: Span, cue: Token, np_start: int,
                       cue_start: int | None = None) -> dict[str, Any] | None:
        doc = self.doc
        s_start, s_end = noun_phrase(doc, np_start, sent.end, self.lex)
        if s_end <= s_start or not self._source_like(s_start, s_end):
            return None
        first = cue.i if cue_start is None else cue_start
        # the clause the cue stands in: from the last comma before it to the next after it
        start = sent.start
        for k in range(first - 1, sent.start - 1, -1):
            if doc[k].text in (",", ";", ":") and k + 1 < first:
                start = k + 1
                break
        after_end = next((k for k in range(s_end, sent.end) if doc[k].text in (",", ";")),
                         sent.end)
        before = self._content(sent.start, first)
        after = self._content(s_end, sent.end)
        tail = all(t.is_punct for t in doc[s_end:sent.end])
        if first == sent.start or before is None:
            content = after  # "Volgens X ...": what follows
        elif tail:
            content = before  # "..., volgens X.": what precedes
        else:  # "..., die volgens X het slachtoffer was, ...": the rest of its clause
            content = self._content(s_end, after_end) or self._content(start, first)
        if content is None:
            return None
        cue_text = doc[first:np_start].text.strip() if cue_start is not None else cue.text
        return self._quote(content, (s_start, s_end), cue_text, (s_end, s_end))

    def _source_like(self, start: int, end: int) -> bool:
        doc = self.doc
        span = doc[start:end]
        if len(span) == 1 and span[0].lower_ in _OBJECT_PRONOUNS:
            return True
        if any(t.lower_.rsplit("-", 1)[-1] in self.lex.non_sources for t in span):
            return False
        if any(t.pos_ == "PROPN" or t.ent_type_ in ("PER", "ORG") for t in span):
            return True
        if self.resolver.kb.lookup(span.text):
            return True
        kb = self.resolver.kb
        core = [t for t in span if t.pos_ == "NOUN" or len(span) == 1]  # "ingewijden" as VERB
        return any(self._source_noun(t.lower_) or kb.role_for_noun(t.lower_) or
                   kb.lookup(t.text) for t in core)

    def _source_noun(self, word: str) -> bool:
        """A source noun, or a compound ending in one ("politiewoordvoerder")."""
        return word in self.lex.sources or any(
            word.endswith(noun) and len(word) - len(noun) >= 3 for noun in self.lex.sources)

    def _aldus(self, sent: Span, cue: Token) -> dict[str, Any] | None:
        s_start, s_end = noun_phrase(self.doc, cue.i + 1, sent.end, self.lex)
        content = self._content(sent.start, cue.i)
        if s_end <= s_start or content is None:
            return None
        return self._quote(content, (s_start, s_end), cue.text, (s_end, sent.end))

    def _verbal(self, sent: Span, verb: Token) -> dict[str, Any] | None:
        doc = self.doc
        prev = doc[verb.i - 1] if verb.i > sent.start else None
        if prev is not None and prev.lower_ == "zo" and verb.i - 2 >= sent.start:
            prev = doc[verb.i - 2]
        if any(c.lower_ in ("zich", "me", "mij", "ons") and c.i > verb.i for c in verb.children):
            return None  # "meldde zich", "stelde zich op": reflexive, not speech
        opener = doc[sent.start]
        # "…, zei X." — the main clause before the verb is what was said
        if (prev is not None and prev.text == "," and verb.i > sent.start + 2
                and opener.pos_ not in ("ADP", "SCONJ")
                and "Part" not in opener.morph.get("VerbForm")
                and not any(t.text == ":" for t in doc[verb.i:sent.end])):
            j = verb.i + 1
            while j < sent.end and (doc[j].pos_ == "ADV" or self.lex.is_time_word(doc[j].text)):
                j += 1
            s_start, s_end = noun_phrase(doc, j, sent.end, self.lex)
            content = self._content(sent.start, prev.i)
            if s_end > s_start and content is not None:
                return self._quote(content, (s_start, s_end), self._cue_text(verb),
                                   (verb.i + 1, sent.end))
        comp = None
        for k in range(verb.i + 1, min(sent.end, verb.i + 12)):
            tok = doc[k]
            if tok.lower_ in ("dat", "of") and tok.pos_ in ("SCONJ", "ADV") or (
                    tok.lower_ in ("dat", "of") and tok.dep_ == "mark"):
                comp = ("clause", k)
                break
            if tok.lower_ == "te" and k + 1 < sent.end and doc[k + 1].pos_ == "VERB":
                comp = ("infinitive", k)
                break
            if tok.text == ":":
                comp = ("colon", k)
                break
            if tok.pos_ in ("VERB", "AUX", "CCONJ") or tok.text in (",", ";") or tok.is_sent_end:
                break
        if comp is None:
            return None
        speaker = self._subject_span(verb, sent.start, comp[1])
        if speaker is None or doc[speaker[0]].lower_ in ("het", "er", "men") and \
                speaker[1] - speaker[0] == 1:
            return None
        if comp[0] == "infinitive":
            first = verb.i + 1
            if speaker[0] > verb.i:
                first = speaker[1]
            content = self._content(first, sent.end)
        else:
            content = self._content(comp[1] + 1, self._clause_end(sent, comp[1] + 1))
        if content is None:
            return None
        quote = self._quote(content, speaker, self._cue_text(verb), (sent.start, comp[1]))
        if comp[0] == "colon":
            quote["direct"] = True
        return quote

    def _clause_end(self, sent: Span, start: int) -> int:
        doc = self.doc
        for k in range(start, sent.end):
            if doc[k].text in (";", "-", "–", "—") or (doc[k].text == "," and k + 1 < sent.end
                                       and doc[k + 1].lower_ in ("maar", "terwijl", "en")):
                return k
        return sent.end


def _ends_sentence(token: Token) -> bool:
    """Whether a sentence may end after ``token``: a full stop, a closing mark, a line end."""
    return token.text in _SENT_END or token.text in (":", ";") or token.is_space or \
        "\n" in token.text or token.text[-1:] in ("'", "’", "”", '"')
