"""Small rule components of the Dutch pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

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
        breaks: set[int] = set()
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= self.min_newlines:
                breaks.add(token.i + 1)
                if token.i > 0:
                    doc[token.i].is_sent_start = False
            elif token.whitespace_.count("\n") >= self.min_newlines:
                breaks.add(token.i + 1)
        if self.quotes:
            self._quote_rules(doc, breaks)
        if self.punctuation:
            self._terminal_rule(doc, breaks)
            self._punctuation_rule(doc, breaks)
        for i in breaks:
            doc[i].is_sent_start = True
        return doc

    @staticmethod
    def _terminal_rule(doc: Doc, breaks: set[int]) -> None:
        for token in doc[:-1]:
            if token.text not in TERMINAL:
                continue
            j = token.i + 1
            while j < len(doc) and (doc[j].text in CLOSING_QUOTES or doc[j].text in
                                    AMBIGUOUS_QUOTES and not doc[j - 1].whitespace_):
                j += 1
            if j >= len(doc) or doc[j].is_space or j == token.i + 1 and not token.whitespace_:
                continue
            nxt = doc[j].text
            if (nxt[:1].isupper() or nxt in OPENING_QUOTES) and doc[j].is_sent_start is not False:
                breaks.add(j)

    def _punctuation_rule(self, doc: Doc, breaks: set[int]) -> None:
        prev = doc[0]
        prev_allows = self._allows_start(prev)
        for token in doc[1:]:
            allows = prev_allows
            prev_allows = self._allows_start(token)
            if not allows and token.i not in breaks and not token.is_space:
                if token.is_sent_start is None:  # never undo a boundary set before
                    token.is_sent_start = False

    @staticmethod
    def _allows_start(token: Token) -> bool:
        """Whether a sentence may start after ``token``."""
        text = token.text
        return (
            token.is_space
            or "\n" in token.whitespace_
            or text[-1:] in ".!?…:;"
            or text in CLOSING_QUOTES
            or text in AMBIGUOUS_QUOTES
            or text in CLOSING_BRACKETS
        )

    def _quote_rules(self, doc: Doc, breaks: set[int]) -> None:
        for token in doc[1:]:
            prev = doc[token.i - 1]
            text = token.text
            opening = text in OPENING_QUOTES or (
                text in AMBIGUOUS_QUOTES
                and (prev.whitespace_ or prev.is_space)
                and not token.whitespace_
            )
            closing = text in CLOSING_QUOTES or (
                text in AMBIGUOUS_QUOTES and not prev.whitespace_ and not prev.is_space
            )
            if opening and token.i + 1 < len(doc) and token.i + 1 not in breaks:
                if doc[token.i + 1].is_sent_start is None:
                    doc[token.i + 1].is_sent_start = False
            if closing and not opening and token.i not in breaks and not prev.whitespace_:
                if token.is_sent_start is None:
                    token.is_sent_start = False


@Language.factory(
    "kroniek_sentence_rules",
    assigns=["token.is_sent_start"],
    default_config={"min_newlines": 2, "quotes": True, "punctuation": True},
)
def make_sentence_rules(
    nlp: Language, name: str, min_newlines: int, quotes: bool, punctuation: bool
) -> SentenceRules:
    return SentenceRules(min_newlines, quotes, punctuation)
