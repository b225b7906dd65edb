"""Assemble the shipped pipeline from the separately trained components.

tokenizer (news rules) + tok2vec/morphologizer/parser (UD training, sharing
their own tok2vec) + paragraph-break rule + rule lemmatizer (spacy-lookups-data
tables, bundled in the saved pipeline) + NER (CoNLL-2002 training, with its own
internal tok2vec).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy
from spacy.language import Language

import kroniek.nlp  # noqa: F401  (registers the tokenizer callback and components)

META = {
    "name": "kroniek",
    "version": "0.1.0",
    "description": (
        "Dutch news pipeline of Kroniek: tokenizer, morphologizer (UPOS+features), "
        "dependency parser (UD), rule lemmatizer, NER (PER/ORG/LOC/MISC)."
    ),
    "license": "CC BY-SA 4.0 (trained on UD Dutch); NER trained on CoNLL-2002 (research use)",
    "sources": [
        {"name": "CoNLL-2002 Dutch NER (ned.train, ned.testa)", "license": "research use"},
        {"name": "UD Dutch Alpino and LassySmall", "license": "CC BY-SA 4.0"},
        {"name": "spacy-lookups-data Dutch lemma tables", "license": "MIT"},
    ],
}


def assemble(ner_model: Path, parser_model: Path) -> Language:
    config = {"nlp": {"tokenizer": {"@tokenizers": "kroniek.nl_tokenizer.v1", "lang": "nl"}}}
    nlp = spacy.blank("nl", config=config)
    parser_nlp = spacy.load(parser_model)
    ner_nlp = spacy.load(ner_model)
    nlp.add_pipe("tok2vec", source=parser_nlp)
    nlp.add_pipe("morphologizer", source=parser_nlp)
    nlp.add_pipe("kroniek_sentence_rules", name="sentence_rules")
    nlp.add_pipe("parser", source=parser_nlp)
    nlp.add_pipe("kroniek_lemmatizer", name="lemmatizer").initialize(lang="nl")
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update(META)
    nlp.meta["performance"] = {}
    return nlp


def save(nlp: Language, out_dir: Path) -> None:
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)


if __name__ == "__main__":
    import sys

    save(assemble(Path(sys.argv[1]), Path(sys.argv[2])), Path(sys.argv[3]))
