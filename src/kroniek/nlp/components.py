"""Small rule components of the Dutch pipeline."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

OPENING_QUOTES = frozenset({"‘", "“", "„", ",,", "«", "‚"})
CLOSING_QUOTES = frozenset({"’", "”", "''", "»"})
AMBIGUOUS_QUOTES = frozenset({'"', "'"})
SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})
CLOSING_BRACKETS = frozenset({")", "]", "}"})
TERMINAL = frozenset({".", "!", "?", "…"})


class SentenceRules:
    """Sentence-boundary constraints set before the parser, which respects them.

    * A blank line ("\\n\\n", a paragraph break or after a heading) ends a
      sentence; the whitespace token stays with the sentence before it.
    * No sentence starts right after an opening quote mark, nor with a closing
      quote mark attached to the word before it. Straight quotes (" ') count as
      opening when a space precedes them and none follows, as closing otherwise.
    * In running text a sentence starts only after sentence-final punctuation
      (. ! ? … : ;), a closing quote or bracket, or a line break.
    * A sentence does start after a full stop, ! ? or … standing on its own (an
      abbreviation keeps its dot), with any closing quotes, when a capitalized word or
      an opening quote follows: "... op tafel.’ Vroeg in de week ...".

    Boundaries already set on the Doc (e.g. gold sentences) are kept.
    """

    def __init__(
        self, min_newlines: int = 2, quotes: bool = True, punctuation: bool = True
    ) -> None:
        self.min_newlines = min_newlines
        self.quotes = quotes
        self.punctuation = punctuation

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # Plain lists rather than Token objects: this runs on every document.
        words = _Words(doc)
        breaks: set[int] = set()
        for i in range(len(doc) - 1):
            if words.space[i] and words.text[i].count("\n") >= self.min_newlines:
                breaks.add(i + 1)
                if i > 0:
                    words.start[i] = False
            elif words.ws[i].count("\n") >= self.min_newlines:
                breaks.add(i + 1)
        if self.quotes:
            self._quote_rules(words, breaks)
        if self.punctuation:
            self._terminal_rule(words, breaks)
            self._punctuation_rule(words, breaks)
        for i in breaks:
            words.start[i] = True
        words.write(doc)
        return doc

    @staticmethod
    def _terminal_rule(words: _Words, breaks: set[int]) -> None:
        text, ws, n = words.text, words.ws, len(words.text)
        for i in range(n - 1):
            if text[i] not in TERMINAL:
                continue
            j = i + 1
            while j < n and (text[j] in CLOSING_QUOTES or text[j] in AMBIGUOUS_QUOTES
                             and not ws[j - 1]):
                j += 1
            if j >= n or words.space[j] or j == i + 1 and not ws[i]:
                continue
            nxt = text[j]
            if (nxt[:1].isupper() or nxt in OPENING_QUOTES) and words.start[j] is not False:
                breaks.add(j)

    @staticmethod
    def _punctuation_rule(words: _Words, breaks: set[int]) -> None:
        start = words.start
        allows = _allows_start(words, 0)
        for i in range(1, len(start)):
            if not allows and i not in breaks and not words.space[i] and start[i] is None:
                start[i] = False  # never undo a boundary set before
            allows = _allows_start(words, i)

    @staticmethod
    def _quote_rules(words: _Words, breaks: set[int]) -> None:
        text, ws, space, start = words.text, words.ws, words.space, words.start
        for i in range(1, len(text)):
            after_space = bool(ws[i - 1]) or space[i - 1]
            opening = text[i] in OPENING_QUOTES or (
                text[i] in AMBIGUOUS_QUOTES and after_space and not ws[i]
            )
            closing = text[i] in CLOSING_QUOTES or (
                text[i] in AMBIGUOUS_QUOTES and not after_space
            )
            if opening and i + 1 < len(text) and i + 1 not in breaks and start[i + 1] is None:
                start[i + 1] = False
            if closing and not opening and i not in breaks and not ws[i - 1]:
                if start[i] is None:
                    start[i] = False


class _Words:
    """The texts, whitespace and sentence starts of a Doc's tokens as lists."""

    def __init__(self, doc: Doc) -> None:
        self.text = [t.text for t in doc]
        self.ws = [t.whitespace_ for t in doc]
        self.space = [t.is_space for t in doc]
        self.original = [t.is_sent_start for t in doc]
        self.start = list(self.original)

    def write(self, doc: Doc) -> None:
        if self.start != self.original:
            values = numpy.array(
                [[_SENT_START_CODE[value]] for value in self.start], dtype="uint64"
            )
            doc.from_array([SENT_START], values)


_SENT_START_CODE = {True: 1, False: numpy.uint64(-1 % 2**64), None: 0}


def _allows_start(words: _Words, i: int) -> bool:
    """Whether a sentence may start after token ``i``."""
    text = words.text[i]
    return (
        words.space[i]
        or "\n" in words.ws[i]
        or text[-1:] in ".!?…:;"
        or text in CLOSING_QUOTES
        or text in AMBIGUOUS_QUOTES
        or text in CLOSING_BRACKETS
    )


@Language.factory(
    "kroniek_sentence_rules",
    assigns=["token.is_sent_start"],
    default_config={"min_newlines": 2, "quotes": True, "punctuation": True},
)
def make_sentence_rules(
    nlp: Language, name: str, min_newlines: int, quotes: bool, punctuation: bool
) -> SentenceRules:
    return SentenceRules(min_newlines, quotes, punctuation)
