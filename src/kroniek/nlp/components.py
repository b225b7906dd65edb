"""Small rule components of the Dutch pipeline."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

OPENING_QUOTES = frozenset({"‘", "“", "„", ",,", "«", "‚"})
CLOSING_QUOTES = frozenset({"’", "”", "''", "»"})
AMBIGUOUS_QUOTES = frozenset({'"', "'"})
SENTENCE_END = frozenset({".", "!", "?", "…", ":"})


class SentenceRules:
    """Sentence-boundary constraints set before the parser, which respects them.

    * A blank line ("\\n\\n", a paragraph break or after a heading) ends a
      sentence; the whitespace token stays with the sentence before it.
    * No sentence starts right after an opening quote mark, nor with a closing
      quote mark attached to the word before it. Straight quotes (" ') count as
      opening when a space precedes them and none follows, as closing otherwise.
    """

    def __init__(self, min_newlines: int = 2, quotes: bool = True) -> None:
        self.min_newlines = min_newlines
        self.quotes = quotes

    def __call__(self, doc: Doc) -> Doc:
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
        for i in breaks:
            doc[i].is_sent_start = True
        return doc

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
                doc[token.i + 1].is_sent_start = False
            if closing and not opening and token.i not in breaks and not prev.whitespace_:
                token.is_sent_start = False


@Language.factory(
    "kroniek_sentence_rules",
    assigns=["token.is_sent_start"],
    default_config={"min_newlines": 2, "quotes": True},
)
def make_sentence_rules(nlp: Language, name: str, min_newlines: int, quotes: bool) -> SentenceRules:
    return SentenceRules(min_newlines, quotes)
