"""Registered functions used by the training configs (passed with ``--code``)."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.training.augment import make_whitespace_variant
from thinc.api import Model, set_current_ops

from kroniek.nlp.ops import MatmulOps

# Models created by the training take numpy's matrix product (see kroniek.nlp.ops): the
# same arithmetic, faster than thinc's bundled BLIS on these machines.
set_current_ops(MatmulOps())

# (opening, closing) quote pairs seen in Dutch news text.
QUOTE_PAIRS: list[tuple[str, str]] = [
    ("‘", "’"),
    ("“", "”"),
    ("„", "”"),
    ('"', '"'),
    ("'", "'"),
    (",,", "''"),
]
QUOTE_TOKENS = {q for pair in QUOTE_PAIRS for q in pair}


def _augment_words(words: list[str], rng: random.Random, lower: bool) -> list[str]:
    open_q, close_q = rng.choice(QUOTE_PAIRS)
    out: list[str] = []
    seen: dict[str, int] = {}
    for word in words:
        if word in QUOTE_TOKENS:
            n = seen.get(word, 0)
            seen[word] = n + 1
            if word in ("‘", "“", "„", ",,"):
                word = open_q
            elif word in ("’", "”", "''"):
                word = close_q
            else:
                word = open_q if n % 2 == 0 else close_q
        out.append(word.lower() if lower else word)
    return out


@spacy.registry.augmenters("kroniek.news_augmenter.v1")
def news_augmenter(
    quote_level: float = 0.3, lower_level: float = 0.05, paragraph_level: float = 0.0
) -> Callable[[Language, Example], Iterator[Example]]:
    """Vary quote styles (‘’ “” „” "" '' ,,''), sometimes lowercase a document, and
    insert paragraph breaks ("\\n\\n" whitespace tokens) between sentences."""

    rng = random.Random(0)

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        for variant in _quote_and_case(nlp, example):
            yield variant
            if paragraph_level and rng.random() < paragraph_level:
                yield _paragraph_breaks(nlp, variant, rng)

    def _quote_and_case(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        do_quotes = rng.random() < quote_level
        do_lower = rng.random() < lower_level
        if not (do_quotes or do_lower):
            return
        ref = example.reference
        if do_quotes and not any(t.text in QUOTE_TOKENS for t in ref) and not do_lower:
            return
        words = [t.text for t in ref]
        new_words = _augment_words(words, rng, do_lower) if do_quotes else words
        if do_lower and not do_quotes:
            new_words = [w.lower() for w in words]
        data = example.to_dict()
        data["token_annotation"]["ORTH"] = new_words
        if not ref.has_annotation("DEP"):
            # Without a parse, HEAD/DEP placeholders would erase the sentence starts.
            data["token_annotation"].pop("HEAD", None)
            data["token_annotation"].pop("DEP", None)
        # Gold tokenization: build the predicted doc from the new words directly.
        spaces = [bool(t.whitespace_) for t in ref]
        doc = Doc(nlp.vocab, words=new_words, spaces=spaces)
        yield Example.from_dict(doc, data)

    return augment


def _paragraph_breaks(nlp: Language, example: Example, rng: random.Random) -> Example:
    ref = example.reference
    if not (ref.has_annotation("SENT_START") or ref.has_annotation("DEP")):
        return example
    starts = [sent.start for sent in ref.sents][1:]
    if not starts:
        return example
    chosen = sorted(rng.sample(starts, k=max(1, len(starts) // 3)), reverse=True)
    for position in chosen:
        example = make_whitespace_variant(
            nlp, example, rng.choice(["\n\n", "\n\n", "\n"]), position
        )
    return example


@spacy.registry.callbacks("kroniek.resume_from.v1")
def resume_from(
    path: str | None = None, pretrained_tok2vec: str | None = None
) -> Callable[[Language], Language]:
    """After initialization: load pretrained tok2vec weights (``spacy pretrain`` output)
    into every tok2vec of the pipeline (the ``tok2vec`` component, or the tok2vec
    inside a component such as the NER), then, when resuming, the weights of an
    earlier checkpoint."""

    def load(nlp: Language) -> Language:
        if pretrained_tok2vec:
            weights = Path(pretrained_tok2vec).read_bytes()
            for name, proc in nlp.pipeline:
                layer = _own_tok2vec(name, proc)
                if layer is not None:
                    layer.from_bytes(weights)
                    print(f"[pretrained] {name} tok2vec from {pretrained_tok2vec}")
        if path:
            base = Path(path)
            for name, proc in nlp.pipeline:
                if (base / name).exists() and hasattr(proc, "from_disk"):
                    proc.from_disk(base / name, exclude=["vocab"])
                    print(f"[resume] {name} weights from {base / name}")
        return nlp

    return load


def _own_tok2vec(name: str, proc: object) -> Model | None:
    model = getattr(proc, "model", None)
    if model is None:
        return None
    if name == "tok2vec":
        return model
    if model.has_ref("tok2vec"):
        ref = model.get_ref("tok2vec")
        inner = ref.layers[0] if ref.layers else ref
        if "listener" not in inner.name:
            return inner
    return None


@spacy.registry.callbacks("kroniek.name_lists.v1")
def name_lists(names_path: str | None = None) -> Callable[[Language], Language]:
    """Before initialization: the name-list table of ``kroniek.NameListMultiHashEmbed.v1``
    from a ``name<TAB>label`` file (the Alpino name lists) and the knowledge base's
    persons, organizations, countries and nationality words."""
    from kroniek.nlp.name_features import add_name_flags, name_flags

    def add(nlp: Language) -> Language:
        names = list(knowledge_base_names())
        if names_path:
            for line in Path(names_path).read_text(encoding="utf-8").splitlines()[1:]:
                name, _, label = line.partition("\t")
                names.append((name, label.strip()))
        flags = name_flags(names)
        add_name_flags(nlp, flags)
        print(f"[name lists] {len(names):,} names, {len(flags):,} flagged words")
        return nlp

    return add


def knowledge_base_names() -> Iterator[tuple[str, str]]:
    from kroniek.kb import load_kb

    labels = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC"}
    kb = load_kb()
    for entity in kb.of_type(*labels):
        for name in entity.all_names():
            yield name, labels[entity.type]
        for word in entity.adjectives_nl + entity.demonyms_nl:
            yield word, "MISC"
