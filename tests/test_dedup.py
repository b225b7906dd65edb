from kroniek import dedup


def test_signature_is_stable_and_sensitive(example_text: str) -> None:
    first = dedup.signature(example_text)
    assert (first == dedup.signature(example_text)).all()
    assert dedup.similarity(first, dedup.signature("Een heel ander bericht over het weer.")) < 0.1


def test_small_edits_are_near_duplicates_and_halves_are_not(example_text: str) -> None:
    original = dedup.signature(example_text)
    edited = dedup.signature(
        example_text.replace("zondag", "maandag").replace("127.000", "130.000")
    )
    half = dedup.signature(example_text[: len(example_text) // 2])
    assert dedup.similarity(original, edited) > 0.85
    assert dedup.similarity(original, half) < 0.75


def test_index_finds_only_candidates_above_threshold(example_text: str) -> None:
    index = dedup.NearDuplicateIndex(threshold=0.8)
    index.add("original", dedup.signature(example_text))
    index.add(
        "other", dedup.signature("Het kabinet kondigde nieuwe maatregelen aan tegen de droogte.")
    )
    found = index.query(dedup.signature(example_text.replace("zaterdag", "vrijdag")))
    assert [d.article_id for d in found] == ["original"]
    assert 0.8 <= found[0].similarity < 1.0
    index.remove("original")
    assert "original" not in index and len(index) == 1


def test_quote_style_and_non_ascii_words_do_not_change_the_signature(example_text: str) -> None:
    straight = example_text.replace("‘", "'").replace("’", "'")
    assert dedup.similarity(dedup.signature(example_text), dedup.signature(straight)) == 1.0
    first, *_, last = dedup._word_hashes("Oekraïne, «Kiev» en ‘Oekraïne’")
    assert first == last
    assert len(dedup._word_hashes("Oekraïne, «Kiev» en ‘Oekraïne’")) == 4
