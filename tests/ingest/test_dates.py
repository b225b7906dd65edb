from __future__ import annotations

import pytest

from kroniek.ingest.dates import ImpossibleDate, UnknownDateFormat, parse_date


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2022", "2022", "year"),
        ("2022-01", "2022-01", "month"),
        ("2022-1", "2022-01", "month"),
        ("2022-01-24", "2022-01-24", "day"),
        ("2020-02-29", "2020-02-29", "day"),
        ("2022-01-24T10:30", "2022-01-24T10:30", "minute"),
        ("2022-01-24T10:30+01:00", "2022-01-24T10:30+01:00", "minute"),
        ("2022-01-24T10:30:05Z", "2022-01-24T10:30:05+00:00", "second"),
        ("2022-01-24 10:30:05.123+0100", "2022-01-24T10:30:05+01:00", "second"),
        ("24 januari 2022", "2022-01-24", "day"),
        ("ma 24 jan 2022", "2022-01-24", "day"),
        ("zondag 23 januari 2022", "2022-01-23", "day"),
        ("24 jan. 2022", "2022-01-24", "day"),
        ("3 mrt 2022", "2022-03-03", "day"),
        ("24 mei 2022 om 10.30 uur", "2022-05-24T10:30", "minute"),
        ("januari 2022", "2022-01", "month"),
        ("24-01-2022", "2022-01-24", "day"),
        ("Monday, January 24, 2022", "2022-01-24", "day"),
        ("23. März 2022", "2022-03-23", "day"),
        ("24 janvier 2022", "2022-01-24", "day"),
        ("Mon, 24 Jan 2022 10:30:00 +0100", "2022-01-24T10:30:00+01:00", "second"),
        ("Mon, 24 Jan 2022 10:30:00 GMT", "2022-01-24T10:30:00+00:00", "second"),
        ("24 Jan 2022 10:30 GMT", "2022-01-24T10:30+00:00", "minute"),
        # -0000 means "time zone unknown" in RFC 2822: no offset is invented.
        ("Tue, 01 Feb 2022 08:00:00 -0000", "2022-02-01T08:00:00", "second"),
        # A wrong weekday in a feed date is common and ignored, as email.utils does.
        ("Sun, 24 Jan 2022 10:30:00 +0100", "2022-01-24T10:30:00+01:00", "second"),
    ],
)
def test_parse_date(text: str, value: str, precision: str) -> None:
    published = parse_date(text)
    assert (published.value, published.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2022-13", "month 13 does not exist"),
        ("2022-00", "month 0 does not exist"),
        ("2022-02-30", "day 30 does not exist in February 2022"),
        ("2021-02-29", "day 29 does not exist in February 2021"),
        ("32 januari 2022", "day 32 does not exist in January 2022"),
        ("2022-01-24T25:00", "hour 25 does not exist"),
        ("2022-01-24T10:61", "minute 61 does not exist"),
        ("Mon, 32 Jan 2022 10:00:00 GMT", "day 32 does not exist in January 2022"),
        ("zondag 24 januari 2022", "24 January 2022 was a Monday, not 'zondag'"),
        ("0000", "year 0000 does not exist"),
    ],
)
def test_impossible_dates(text: str, message: str) -> None:
    with pytest.raises(ImpossibleDate) as info:
        parse_date(text)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", ["gisteren", "24 foo 2022", "2022/01/24/x", ""])
def test_unknown_formats(text: str) -> None:
    with pytest.raises(UnknownDateFormat, match="not a date in any supported form"):
        parse_date(text)
