"""Convert the shared corpora into spaCy DocBin files (gold tokenization).

* CoNLL-2002 Dutch (``token POS TAG``): sentences grouped per article
  (``-DOCSTART-``) into documents of ``n_sents`` sentences.
* UD Dutch (CoNLL-U): a fixed, document-level 15% slice of the Alpino
  (newspaper) sentences is held out as the dev set; everything else trains.
* The Alpino Treebank in UD (``alpino-treebank-ud.conllu``) trains too, brought to the
  UD files' conventions (see ``normalize_alpino``). Its constructed grammar examples go
  into a DocBin of their own (``ud-constructed.spacy``), so the training can weigh them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import srsly
from spacy.tokens import Doc, DocBin
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

DEV_FRACTION = 0.15
SPLIT_SEED = 20260129
# Subcorpora of the Alpino Treebank made of constructed grammar examples (short,
# sometimes lowercase, often without final punctuation); the rest is running text.
CONSTRUCTED_SUBCORPORA = frozenset({
    "eans", "cgn_exs", "g_suite", "h_suite", "i_suite", "j_suite", "leuven_yellow_pages",
})  # fmt: skip
# Features the Alpino Treebank's conversion adds and the UD files lack.
EXTRA_FEATS = frozenset({"PronType=Art", "Mood=Ind"})


def read_conll2002(path: Path) -> Iterator[list[list[tuple[str, str, str]]]]:
    """Yield articles; an article is a list of sentences of (word, pos, iob) rows."""
    article: list[list[tuple[str, str, str]]] = []
    sentence: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if sentence:
                article.append(sentence)
                sentence = []
            continue
        if cols[0] == "-DOCSTART-":
            if sentence:
                article.append(sentence)
                sentence = []
            if article:
                yield article
                article = []
            continue
        word, pos, tag = cols[0], (cols[1] if len(cols) > 2 else ""), cols[-1]
        sentence.append((word, pos, tag))
    if sentence:
        article.append(sentence)
    if article:
        yield article


def conll2002_docs(path: Path, vocab: Vocab, n_sents: int = 10) -> Iterator[Doc]:
    for article in read_conll2002(path):
        for start in range(0, len(article), n_sents):
            chunk = article[start : start + n_sents]
            words = [w for sent in chunk for w, _, _ in sent]
            tags = [p for sent in chunk for _, p, _ in sent]
            ents = [t for sent in chunk for _, _, t in sent]
            sent_starts = [i == 0 for sent in chunk for i in range(len(sent))]
            yield Doc(vocab, words=words, tags=tags, ents=ents, sent_starts=sent_starts)


def split_conllu_blocks(text: str) -> list[str]:
    return [b.strip("\n") for b in text.split("\n\n") if b.strip()]


def _document_id(block: str) -> str:
    for line in block.splitlines():
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
            return sent_id.replace("\\", "/").split("/")[0].rsplit(".p.", 1)[0]
    return ""


def alpino_split(blocks: list[str]) -> tuple[list[str], list[str]]:
    """Hold out whole documents, chosen with a fixed seed, until 15% of sentences."""
    order: list[str] = []
    by_doc: dict[str, list[int]] = {}
    for i, block in enumerate(blocks):
        doc_id = _document_id(block)
        if doc_id not in by_doc:
            order.append(doc_id)
            by_doc[doc_id] = []
        by_doc[doc_id].append(i)
    random.Random(SPLIT_SEED).shuffle(order)
    held: set[int] = set()
    target = DEV_FRACTION * len(blocks)
    for doc_id in order:
        if len(held) >= target:
            break
        held.update(by_doc[doc_id])
    train = [b for i, b in enumerate(blocks) if i not in held]
    dev = [b for i, b in enumerate(blocks) if i in held]
    return train, dev


def normalize_alpino(block: str) -> str:
    """One sentence of the Alpino Treebank with the UD files' features and labels:
    without ``PronType=Art`` and ``Mood=Ind``, and ``csubj:pass`` folded into ``csubj``."""
    lines = []
    for line in block.splitlines():
        cols = line.split("\t")
        if len(cols) == 10:
            feats = [f for f in cols[5].split("|") if f not in EXTRA_FEATS and f != "_"]
            cols[5] = "|".join(feats) or "_"
            if cols[7] == "csubj:pass":
                cols[7] = "csubj"
            line = "\t".join(cols)
        lines.append(line)
    return "\n".join(lines)


def alpino_treebank(path: Path) -> tuple[list[str], list[str]]:
    """The Alpino Treebank's sentences, normalized: (running text, constructed examples)."""
    running: list[str] = []
    constructed: list[str] = []
    for block in split_conllu_blocks(path.read_text(encoding="utf-8")):
        subcorpus = _document_id(block)
        target = constructed if subcorpus in CONSTRUCTED_SUBCORPORA else running
        target.append(normalize_alpino(block))
    return running, constructed


def conllu_docs(blocks: list[str], n_sents: int = 10) -> list[Doc]:
    text = "\n\n".join(blocks) + "\n"
    return list(conllu_to_docs(text, n_sents=n_sents, merge_subtokens=False, no_print=True))


def convert_all(corpora: Path, out_dir: Path) -> dict[str, int]:
    """Write every DocBin (and the held-out dev CoNLL-U) into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()
    counts: dict[str, int] = {}
    for split in ("train", "testa"):
        docs = list(conll2002_docs(corpora / "conll2002" / f"ned.{split}", vocab))
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"ner-{split}.spacy")
        counts[f"ner-{split}"] = len(docs)
    ner_full = [
        doc
        for split in ("train", "testa")
        for doc in conll2002_docs(corpora / "conll2002" / f"ned.{split}", vocab)
    ]
    DocBin(docs=ner_full).to_disk(out_dir / "ner-train+testa.spacy")
    counts["ner-train+testa"] = len(ner_full)

    ud = corpora / "ud"
    alpino = split_conllu_blocks((ud / "nl_alpino-ud-dev.conllu").read_text(encoding="utf-8"))
    alpino_train, alpino_dev = alpino_split(alpino)
    lassy: list[str] = []
    for name in ("nl_lassysmall-ud-dev.conllu", "nl_lassysmall-ud-test.conllu"):
        lassy.extend(split_conllu_blocks((ud / name).read_text(encoding="utf-8")))
    treebank, constructed = alpino_treebank(ud / "alpino-treebank-ud.conllu")
    train_blocks = alpino_train + lassy + treebank
    (out_dir / "ud-dev.conllu").write_text("\n\n".join(alpino_dev) + "\n\n", encoding="utf-8")
    (out_dir / "ud-train.conllu").write_text("\n\n".join(train_blocks) + "\n\n", encoding="utf-8")
    for name, blocks in (
        ("ud-train", train_blocks), ("ud-constructed", constructed), ("ud-dev", alpino_dev)
    ):  # fmt: skip
        docs = conllu_docs(blocks)
        DocBin(docs=docs).to_disk(out_dir / f"{name}.spacy")
        counts[name] = len(blocks)
    counts["raw-text"] = write_raw_text(corpora, train_blocks, out_dir / "raw.jsonl")
    return counts


def write_raw_text(corpora: Path, ud_train_blocks: list[str], path: Path) -> int:
    """Raw text for ``spacy pretrain``: ned.train and the UD training sentences.

    The dev sets (ned.testa, the held-out Alpino slice) are left out.
    """
    texts: list[str] = []
    for article in read_conll2002(corpora / "conll2002" / "ned.train"):
        for start in range(0, len(article), 10):
            chunk = article[start : start + 10]
            texts.append(" ".join(w for sent in chunk for w, _, _ in sent))
    ud_sentences = [
        line.split("=", 1)[1].strip()
        for block in ud_train_blocks
        for line in block.splitlines()
        if line.startswith("# text")
    ]
    for start in range(0, len(ud_sentences), 10):
        texts.append(" ".join(ud_sentences[start : start + 10]))
    srsly.write_jsonl(path, [{"text": text} for text in texts])
    return len(texts)


if __name__ == "__main__":
    import sys

    print(convert_all(Path(sys.argv[1]), Path(sys.argv[2])))
