"""Assemble the shipped pipeline from the separately trained components.

tokenizer (news rules) + tok2vec/morphologizer/parser (UD training, sharing
their own tok2vec) + sentence rules + rule lemmatizer (spacy-lookups-data
tables, bundled in the saved pipeline) + gazetteer (entity ruler: CLDR country
and region names, GeoNames capitals, the political persons of the knowledge
base) + NER (CoNLL-2002 training, with its own internal tok2vec; it respects
the gazetteer's entities).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy
from spacy.language import Language

import kroniek.nlp  # noqa: F401  (registers the tokenizer callback and components)
import kroniek.nlp.ner_lexicon  # noqa: F401  (registers the factory)
from kroniek.nlp.gazetteer import capital_patterns, person_patterns, territory_patterns
from kroniek.nlp.lemmatizer import read_lookups_data

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


def assemble(ner_model: Path, parser_model: Path, gazetteer: bool = True) -> Language:
    """The shipped pipeline from a NER model and a tok2vec+morphologizer+parser model; the
    two may be one joint model (its NER listens to the shared tok2vec, its coarse tagger
    stays behind)."""
    # nlp.pipe batches of 32 texts: the speed of larger batches, under 300 MB of memory.
    config = {
        "nlp": {
            "tokenizer": {"@tokenizers": "kroniek.nl_tokenizer.v1", "lang": "nl"},
            "batch_size": 32,
        }
    }
    nlp = spacy.blank("nl", config=config)
    parser_nlp = spacy.load(parser_model)
    ner_nlp = parser_nlp if Path(ner_model) == Path(parser_model) else spacy.load(ner_model)
    # Both models were trained with Kroniek's floret vectors: the pipeline carries them once.
    nlp.vocab.vectors = parser_nlp.vocab.vectors
    nlp.add_pipe("tok2vec", source=parser_nlp)
    nlp.add_pipe("morphologizer", source=parser_nlp)
    nlp.add_pipe("kroniek_sentence_rules", name="sentence_rules")
    nlp.add_pipe("parser", source=parser_nlp)
    nlp.add_pipe("kroniek_lemmatizer", name="lemmatizer").initialize(lang="nl")
    if gazetteer:
        ruler = nlp.add_pipe("kroniek_gazetteer", name="gazetteer")
        tables = read_lookups_data("nl")
        dutch_words = set(tables["lemma_lookup"]) | set(tables["lemma_lookup"].values())
        ruler.add_patterns(
            nlp, territory_patterns("nl") + capital_patterns(dutch_words) + person_patterns()
        )
    nlp.add_pipe("ner", source=ner_nlp)
    # Knowledge-base label corrections after the NER: +0.6 F1 on ned.testa.
    nlp.add_pipe("kroniek_ner_lexicon", name="ner_lexicon")
    nlp.add_pipe("kroniek_ner_consistency", name="ner_consistency")
    nlp.meta.update(META)
    nlp.meta["performance"] = {}
    nlp._link_components()  # a joint model's NER listens to the tok2vec added above
    return nlp


def save(nlp: Language, out_dir: Path) -> None:
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)


if __name__ == "__main__":
    import sys

    gazetteer = "--no-gazetteer" not in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    save(assemble(Path(args[0]), Path(args[1]), gazetteer), Path(args[2]))
