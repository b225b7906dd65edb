from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "nlp"


@pytest.fixture(scope="session")
def nlp() -> Language:
    from kroniek.nlp import load

    return load()


@pytest.fixture(scope="session")
def article_paragraphs() -> list[str]:
    """The founding article's body paragraphs (the text starts on line 3)."""
    example = Path(__file__).resolve().parents[2] / "examples" / "000_393fbd76b15ab987.txt"
    body = example.read_text(encoding="utf-8").split("\n", 2)[2]
    return [p.strip() for p in body.split("\n\n") if p.strip()]


@pytest.fixture(scope="session")
def article_body(article_paragraphs: list[str]) -> str:
    return "\n\n".join(article_paragraphs)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
