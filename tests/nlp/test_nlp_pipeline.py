"""The shipped Dutch pipeline on the founding article and on general news text."""

from __future__ import annotations

from spacy.language import Language

from kroniek.nlp import MODEL_DIR


def test_pipeline_components(nlp: Language) -> None:
    for name in ("morphologizer", "parser", "lemmatizer", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_model_size_under_60_mb() -> None:
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 60 * 1000 * 1000


def test_plain_spacy_load_after_import(nlp: Language) -> None:
    import spacy

    other = spacy.load(MODEL_DIR)
    assert other.pipe_names == nlp.pipe_names


def test_sentences_of_first_paragraph(nlp: Language, article_paragraphs: list[str]) -> None:
    doc = nlp(article_paragraphs[0])
    sents = [s.text for s in doc.sents]
    assert len(sents) == 4
    assert sents[0].endswith("buurland Oekraïne.")
    assert sents[1] == "De vrees voor een invasie neemt toe."


def test_quote_sentences_keep_their_closing_quote(
    nlp: Language, article_paragraphs: list[str]
) -> None:
    doc = nlp(article_paragraphs[1])
    sents = [s.text for s in doc.sents]
    assert sents[0].startswith("‘Terwijl")
    assert sents[0].endswith("zondag op CBS.")
    assert any(s.strip().endswith("op tafel.’") for s in sents)


def test_paragraph_break_ends_a_sentence(nlp: Language, article_body: str) -> None:
    doc = nlp(article_body)
    heading = next(t for t in doc if t.text == "Pentagon" and t.whitespace_ == "")
    assert heading.is_sent_start
    after = doc[heading.i + 2]
    assert after.text == "Op" and after.is_sent_start


def test_paragraph_break_without_final_punctuation(nlp: Language) -> None:
    doc = nlp("Nieuwe sancties tegen Moskou\n\nDe Europese Unie kondigde maandag maatregelen aan.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["Nieuwe", "De"]


def test_entities_of_founding_article(nlp: Language, article_body: str) -> None:
    doc = nlp(article_body)
    found = {(ent.text, ent.label_) for ent in doc.ents}
    for name in ("Blinken", "Poetin", "Biden"):
        assert any(label == "PER" and name in text for text, label in found), name
    for name in ("Rusland", "Oekraïne", "Kiev"):
        assert (name, "LOC") in found, name
    for name in ("NAVO", "CBS"):
        assert (name, "ORG") in found, name


def test_entities_do_not_include_whitespace(nlp: Language, article_body: str) -> None:
    doc = nlp(article_body)
    assert all(ent.text == ent.text.strip() for ent in doc.ents)


def test_rusland_is_subject_of_first_sentence(nlp: Language, article_paragraphs: list[str]) -> None:
    doc = nlp(article_paragraphs[0])
    first = next(iter(doc.sents))
    rusland = first[0]
    assert rusland.text == "Rusland"
    assert rusland.dep_ == "nsubj"
    assert rusland.head.lemma_ in ("hebben", "klaarstaan")  # "heeft ... klaarstaan"


def test_tags_and_lemmas(nlp: Language) -> None:
    doc = nlp("De ministers hebben gisteren in Brussel vergaderd.")
    assert [t.pos_ for t in doc][:2] == ["DET", "NOUN"]
    assert doc[5].pos_ == "PROPN"
    assert doc[1].lemma_ == "minister"
    assert doc[2].lemma_ == "hebben"
    assert doc[5].lemma_ == "Brussel"


def test_a_past_tense_tagged_as_a_noun_gets_its_verb_lemma(nlp: Language) -> None:
    from spacy.tokens import Doc

    words = ["Frankrijk", "en", "Rusland", "sloten", "een", "bondgenootschap", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["PROPN", "CCONJ", "PROPN", "NOUN", "DET", "NOUN", "PUNCT"],
              heads=[3, 2, 0, 3, 5, 3, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "det", "obj", "punct"])
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer.lemmatize(doc[3]) == "sluiten"
    assert lemmatizer.lemmatize(doc[5]) == "bondgenootschap"
    doc = Doc(nlp.vocab, words=["De", "sloten", "waren", "vol", "."],
              pos=["DET", "NOUN", "AUX", "ADJ", "PUNCT"], heads=[1, 3, 3, 3, 3],
              deps=["det", "nsubj", "cop", "ROOT", "punct"])
    assert lemmatizer.lemmatize(doc[1]) != "sluiten"


def test_an_infinitive_with_a_modal_is_its_own_lemma(nlp: Language) -> None:
    """"voeren" is also the past plural of "varen"; after "zal" it is the infinitive."""
    doc = nlp("Hij zal in Doha gesprekken voeren over de gijzelaars.")
    assert [t.lemma_ for t in doc if t.text == "voeren"] == ["voeren"]
    doc = nlp("De VS riepen Israël op de aanvallen te staken.")
    assert [t.lemma_ for t in doc if t.text == "riepen"] == ["roepen"]
