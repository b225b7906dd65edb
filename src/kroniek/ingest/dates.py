"""Publication dates as sources write them, parsed without inventing precision.

ISO 8601 dates and datetimes, ``YYYY-MM`` and ``YYYY``, Dutch day-first dates
("ma 24 jan 2022", "zondag 23 januari 2022", "24-01-2022"), the same written in
English, German or French, and RFC 822 dates from feeds.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import cache

from babel.dates import get_day_names, get_month_names

from kroniek.model import Published

# Month and weekday names come from CLDR (babel), not from a hand-kept list.
NAME_LOCALES = ("nl", "en", "de", "fr")
_EXTRA_MONTHS = {"sept": 9, "maa": 3}


class DateError(ValueError):
    """A date that cannot be used; the message says why in one sentence."""


class ImpossibleDate(DateError):
    """A date in a known form naming a month, day or time that does not exist."""


class UnknownDateFormat(DateError):
    """A string that is not a date in any supported form."""


def _key(name: str) -> str:
    return name.lower().rstrip(".")


@cache
def _names() -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = dict(_EXTRA_MONTHS)
    weekdays: dict[str, int] = {}
    for locale in NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                months[_key(name)] = number
            # babel numbers weekdays 0 = Monday, as datetime.weekday() does.
            for number, name in get_day_names(width, locale=locale).items():
                weekdays[_key(name)] = number
    return months, weekdays


_ISO_YEAR = re.compile(r"(\d{4})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
_NUMERIC_DMY = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")
_TIME = r"(?:,?\s+(?:om\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*uur)?)?"
_DAY_MONTH_YEAR = re.compile(
    r"(?:([^\W\d]+)\.?,?\s+)?(\d{1,2})\.?\s+([^\W\d]+)\.?\s+(\d{4})" + _TIME
)
_MONTH_DAY_YEAR = re.compile(
    r"(?:([^\W\d]+)\.?,?\s+)?([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME
)
_MONTH_YEAR = re.compile(r"([^\W\d]+)\.?\s+(\d{4})")
# RFC 822 / 2822 as in RSS: "Mon, 24 Jan 2022 10:30:00 +0100" (weekday optional).
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"\s+(\d{2}|\d{4})\s+\d{1,2}:\d{2}(:\d{2})?(?:\s+(?:[+-]\d{4}|[A-Za-z]{1,5}))?",
    re.IGNORECASE,
)


def parse_date(text: str) -> Published:
    """Parse a date string keeping the precision it was written with.

    Raises ``ImpossibleDate`` (a ``ValueError``) for dates such as ``2022-13`` and
    ``UnknownDateFormat`` for strings that are not dates.
    """
    s = " ".join(text.split())
    if m := _ISO_YEAR.fullmatch(s):
        year = _year(m[1])
        return Published(f"{year:04d}", "year")
    if m := _ISO_MONTH.fullmatch(s):
        year, month = _year(m[1]), _month(m[2])
        return Published(f"{year:04d}-{month:02d}", "month")
    if m := _ISO_DAY.fullmatch(s):
        return _day_value(m[1], m[2], m[3])
    if m := _ISO_DATETIME.fullmatch(s):
        return _datetime_value(m[1], m[2], m[3], m[4], m[5], m[6], m[7])
    if m := _NUMERIC_DMY.fullmatch(s):
        return _day_value(m[3], m[2], m[1])
    if m := _RFC822.fullmatch(s):
        return _rfc822(s, m[1], m[2], m[3], seconds=m[4] is not None)
    months, _ = _names()
    if (m := _DAY_MONTH_YEAR.fullmatch(s)) and _key(m[3]) in months:
        return _named(s, m[1], m[2], m[3], m[4], m[5], m[6], m[7])
    if (m := _MONTH_DAY_YEAR.fullmatch(s)) and _key(m[2]) in months:
        return _named(s, m[1], m[3], m[2], m[4], m[5], m[6], m[7])
    if (m := _MONTH_YEAR.fullmatch(s)) and _key(m[1]) in months:
        year = _year(m[2])
        return Published(f"{year:04d}-{months[_key(m[1])]:02d}", "month")
    raise UnknownDateFormat(f"not a date in any supported form: {text.strip()!r}")


def _year(s: str) -> int:
    year = int(s)
    if year < 1:
        raise ImpossibleDate(f"year {s} does not exist")
    return year


def _month(s: str) -> int:
    month = int(s)
    if not 1 <= month <= 12:
        raise ImpossibleDate(f"month {month} does not exist")
    return month


def _day(year: int, month: int, s: str) -> int:
    day = int(s)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        raise ImpossibleDate(f"day {day} does not exist in {name} {year}")
    return day


def _clock(hour: str, minute: str, second: str | None) -> tuple[int, int, int | None]:
    h, m = int(hour), int(minute)
    sec = int(second) if second is not None else None
    if h > 23:
        raise ImpossibleDate(f"hour {h} does not exist")
    if m > 59:
        raise ImpossibleDate(f"minute {m} does not exist")
    if sec is not None and sec > 59:
        raise ImpossibleDate(f"second {sec} does not exist")
    return h, m, sec


def _day_value(year_s: str, month_s: str, day_s: str) -> Published:
    year, month = _year(year_s), _month(month_s)
    day = _day(year, month, day_s)
    return Published(f"{year:04d}-{month:02d}-{day:02d}", "day")


def _offset(zone: str | None) -> timezone | None:
    if zone is None:
        return None
    if zone.upper() == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise ImpossibleDate(f"time zone offset {zone} does not exist")
    sign = -1 if zone[0] == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _datetime_value(
    year_s: str,
    month_s: str,
    day_s: str,
    hour: str,
    minute: str,
    second: str | None,
    zone: str | None,
) -> Published:
    year, month = _year(year_s), _month(month_s)
    day = _day(year, month, day_s)
    h, m, sec = _clock(hour, minute, second)
    moment = datetime(year, month, day, h, m, sec or 0, tzinfo=_offset(zone))
    return _moment(moment, seconds=sec is not None)


def _moment(moment: datetime, *, seconds: bool) -> Published:
    if seconds:
        return Published(moment.isoformat(timespec="seconds"), "second")
    return Published(moment.isoformat(timespec="minutes"), "minute")


def _named(
    original: str,
    weekday: str | None,
    day_s: str,
    month_name: str,
    year_s: str,
    hour: str | None,
    minute: str | None,
    second: str | None,
) -> Published:
    months, weekdays = _names()
    year, month = _year(year_s), months[_key(month_name)]
    day = _day(year, month, day_s)
    if weekday is not None:
        if _key(weekday) not in weekdays:
            raise UnknownDateFormat(f"not a date in any supported form: {original!r}")
        actual = calendar.weekday(year, month, day)
        if weekdays[_key(weekday)] != actual:
            raise ImpossibleDate(
                f"{day} {calendar.month_name[month]} {year} was a "
                f"{calendar.day_name[actual]}, not {weekday!r}"
            )
    if hour is None or minute is None:
        return Published(f"{year:04d}-{month:02d}-{day:02d}", "day")
    h, m, sec = _clock(hour, minute, second)
    return _moment(datetime(year, month, day, h, m, sec or 0), seconds=sec is not None)


def _rfc822(s: str, day_s: str, month_name: str, year_s: str, *, seconds: bool) -> Published:
    # Feeds often carry a wrong weekday name; email.utils ignores it, and so do we.
    months, _ = _names()
    year = int(year_s)
    if len(year_s) == 2:  # the two-digit-year rule of email.utils
        year += 1900 if year > 68 else 2000
    _day(year, months[_key(month_name)], day_s)
    try:
        moment = parsedate_to_datetime(s)
    except (TypeError, ValueError) as exc:
        raise ImpossibleDate(f"{s!r} is not a real date ({exc})") from None
    return _moment(moment, seconds=seconds)
