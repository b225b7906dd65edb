from __future__ import annotations

import pytest

from kroniek.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rusland heeft meer dan 127.000 manschappen klaarstaan in het grensgebied.", "nl"),
        ("Russia has more than 127,000 troops massed near the border with Ukraine.", "en"),
        ("Russland hat mehr als 127.000 Soldaten an der Grenze zur Ukraine stationiert.", "de"),
        ("La Russie a massé plus de 127 000 soldats à la frontière avec l'Ukraine.", "fr"),
    ],
)
def test_languages(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "Pentagon", "Kiev 2022", "12 34 56 78"])
def test_too_short_to_tell(text: str) -> None:
    assert detect_language(text) is None
