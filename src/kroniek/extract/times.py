"""``kroniek_times``: time expressions in Dutch news, normalized against the publication date.

Writes ``doc._.times``, one dict per expression (schema ``time``): ``text``, ``start``,
``end``, ``value``, ``type`` ("date", "duration", "time"), ``anchor`` (the publication date
it was resolved against, or null) and, for weekdays, ``weekday`` (TIMEX3 code, "SU") and
``candidates``.

The value (TIMEX3-like, ISO 8601; full description in
``kroniek/data/lang/nl/README-times.md``):

- a day ``2022-01-23``, a month ``2022-01``, a year ``2021``, an ISO week ``2022-W03``,
  a weekend ``2022-W03-WE``, a season ``2021-SU``, a time of day ``T14:00``;
- an interval ``2022-01-24/2022-01-26`` for a part of a unit ("vroeg in de week",
  "eind januari" -> ``2022-01-21/2022-01-31``) or a decade ("de jaren negentig" ->
  ``1990/1999``);
- a duration ``P3D``, ``P2W`` ("de afgelopen drie dagen", "binnen twee weken"), ``PXD``
  when the count is not given ("de afgelopen dagen");
- when the publication date is less precise than the expression, the value is the envelope
  of every reading the possible publication days give: "gisteren" in an article dated only
  ``2022-01`` is ``2021-12-31/2022-01-30``; "afgelopen jaar" is ``2021`` whatever the day.
  A weekday is the exception: its value is then the anchor itself (``2022-01``) and
  ``candidates`` lists the matching days of that month (``["2022-01-02", ...]``);
- null when there is no publication date and the expression is relative.

Past or future: a weekday is the most recent one on or before the publication day unless
the sentence speaks of the future ("zal", "aanstaande", "komende"); a part of a week or a
month name without a year follows the tense of the sentence. The words are data in
``kroniek/data/lang/nl/time_expressions.tsv``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kroniek.data_files import LANG_DIR, read_tsv
from kroniek.extract.base import ensure_extensions, run_per_sentence
from kroniek.extract.numbers import NUMBERS, parse_digits
from kroniek.model import Published

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CLOCK = re.compile(r"^(\d{1,2})[.:](\d{2})$")
_DECADE_DIGITS = re.compile(r"^'?(\d0)$")


@dataclass(frozen=True)
class Words:
    kinds: dict[str, dict[str, str]]  # kind -> word -> value
    phrases: dict[str, list[tuple[str, ...]]]  # kind -> multi-word phrases, longest first

    def get(self, kind: str, word: str) -> str | None:
        return self.kinds.get(kind, {}).get(word)


@lru_cache(maxsize=1)
def words() -> Words:
    kinds: dict[str, dict[str, str]] = {}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for row in read_tsv(LANG_DIR / "time_expressions.tsv"):
        word = row["word"].lower()
        kinds.setdefault(row["kind"], {})[word] = row["value"]
        phrases.setdefault(row["kind"], []).append(tuple(word.split()))
    for kind in phrases:
        phrases[kind].sort(key=len, reverse=True)
    return Words(kinds, phrases)


@dataclass(frozen=True)
class Reading:
    """One resolved reading: the days it covers and its TIMEX3-like label."""

    start: date
    end: date
    label: str


Resolver = Callable[[date, str], Reading | None]


@dataclass
class Match:
    start: int  # token indices [start, end)
    end: int
    resolve: Resolver | None  # None: the value does not depend on the anchor
    type: str = "date"
    fixed: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- calendar arithmetic


def _day(d: date) -> Reading:
    return Reading(d, d, d.isoformat())


def _month(year: int, month: int) -> Reading:
    last = calendar.monthrange(year, month)[1]
    return Reading(date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}")


def _year(year: int) -> Reading:
    return Reading(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


def _week(d: date) -> Reading:
    monday = d - timedelta(days=d.weekday())
    iso = monday.isocalendar()
    return Reading(monday, monday + timedelta(days=6), f"{iso[0]:04d}-W{iso[1]:02d}")


def _weekend(saturday: date) -> Reading:
    iso = saturday.isocalendar()
    return Reading(saturday, saturday + timedelta(days=1), f"{iso[0]:04d}-W{iso[1]:02d}-WE")


def _season(year: int, code: str) -> Reading:
    first, last = SEASON_MONTHS[code]
    end_year = year + 1 if last < first else year
    return Reading(date(year, first, 1), _month(end_year, last).end, f"{year:04d}-{code}")


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def _interval(start: date, end: date) -> Reading:
    return Reading(start, end, f"{start.isoformat()}/{end.isoformat()}")


def _part(reading: Reading, part: str, unit: str) -> Reading:
    """The begin, middle or end of a week, month or year."""
    if unit == "year":
        year = reading.start.year
        first, last = {"begin": (1, 4), "mid": (5, 8), "end": (9, 12)}[part]
        return Reading(
            date(year, first, 1),
            _month(year, last).end,
            f"{year:04d}-{first:02d}/{year:04d}-{last:02d}",
        )
    if unit == "week":
        first, last = {"begin": (0, 2), "mid": (2, 3), "end": (4, 6)}[part]
    else:
        days = (reading.end - reading.start).days
        first, last = {"begin": (0, 9), "mid": (10, 19), "end": (20, days)}[part]
    return _interval(reading.start + timedelta(days=first), reading.start + timedelta(days=last))


def _month_near(d: date, month: int, tense: str) -> Reading:
    """A month named without a year: the last one before, the next one after, or this year's."""
    year = d.year
    if tense == "past" and month > d.month:
        year -= 1
    elif tense == "future" and month < d.month:
        year += 1
    return _month(year, month)


def _unit_reading(d: date, unit: str, offset: int, tense: str = "present") -> Reading | None:
    if unit == "week":
        return _week(d + timedelta(weeks=offset))
    if unit == "month":
        return _month(*_shift_month(d.year, d.month, offset))
    if unit == "year":
        return _year(d.year + offset)
    if unit == "weekend":
        if offset < 0:
            saturday = d - timedelta(days=(d.weekday() - 5) % 7 or 7)
        elif offset > 0:
            saturday = d + timedelta(days=(5 - d.weekday()) % 7)
        elif tense == "past":  # "dit weekeinde" said on a Monday: the one just gone
            saturday = d - timedelta(days=(d.weekday() - 5) % 7)
        else:
            saturday = d + timedelta(days=(5 - d.weekday()) % 7 - (7 if d.weekday() == 6 else 0))
        return _weekend(saturday)
    if unit in SEASON_MONTHS:
        candidates = [_season(y, unit) for y in range(d.year - 2, d.year + 2)]
        if offset < 0:
            past = [r for r in candidates if r.end < d]
            return past[-1] if past else None
        if offset > 0:
            future = [r for r in candidates if r.start > d]
            return future[0] if future else None
        return next((r for r in candidates if r.start <= d <= r.end), _season(d.year, unit))
    return None


# ---------------------------------------------------------------- matching


def _phrase_at(lowers: list[str], i: int, kind: str) -> int:
    """Length of the longest ``kind`` phrase at ``i`` (0 if none)."""
    for phrase in words().phrases.get(kind, []):
        if tuple(lowers[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _number(text: str) -> float | None:
    return parse_digits(text) if text[:1].isdigit() else NUMBERS.word_value(text)


def _weekday_word(lower: str) -> tuple[str, str | None] | None:
    """("SU", None) for "zondag", ("SU", "EV") for "zondagavond"."""
    w = words()
    for name, code in w.kinds.get("weekday", {}).items():
        if lower == name:
            return code, None
        if lower.startswith(name) and (part := w.get("daypart", lower[len(name) :])):
            return code, part
    return None


def _year_of(lowers: list[str], i: int, limit: int) -> int | None:
    if i < limit and _YEAR.match(lowers[i]):
        return int(lowers[i])
    return None


def _match_date(lowers: list[str], i: int, limit: int) -> Match | None:
    """ "24 januari (2022)" and "januari (2022)"."""
    w = words()
    n = _number(lowers[i]) if lowers[i][:1].isdigit() else None
    if n is not None and (ranged := _match_day_range(lowers, i, limit, n)) is not None:
        return ranged
    if n is not None and i + 1 < limit and (month := w.get("month", lowers[i + 1])):
        m, day = int(month), int(n)
        if not 1 <= day <= 31 or n != day:
            return None
        year = _year_of(lowers, i + 2, limit)
        if year is not None:
            try:
                label = date(year, m, day).isoformat()
            except ValueError:
                return None
            return Match(i, i + 3, None, fixed=label)

        def resolve(d: date, tense: str) -> Reading | None:
            year = _month_near(d, m, tense).start.year
            try:
                return _day(date(year, m, day))
            except ValueError:
                return None

        return Match(i, i + 2, resolve)
    if month := w.get("month", lowers[i]):
        m = int(month)
        year = _year_of(lowers, i + 1, limit)
        if year is not None:
            return Match(i, i + 2, None, fixed=f"{year:04d}-{m:02d}")
        return Match(i, i + 1, lambda d, tense: _month_near(d, m, tense))
    return None


def _match_day_range(lowers: list[str], i: int, limit: int, first: float) -> Match | None:
    """ "11 tot en met 29 juli (2001)", "3-5 maart": an interval of days in one month."""
    k = i + 1
    if k < limit and lowers[k] in ("tot", "-", "–", "t/m"):
        k += 1
        if lowers[k - 1] == "tot" and lowers[k : k + 2] == ["en", "met"]:
            k += 2
    else:
        return None
    if k >= limit or not lowers[k][:1].isdigit():
        return None
    end = _match_date(lowers, k, limit)
    if end is None or end.end != k + 2 and end.end != k + 3:
        return None
    day = int(first)

    def resolve(d: date, tense: str) -> Reading | None:
        last = end.resolve(d, tense) if end.resolve else None
        if end.fixed:
            last_day = date.fromisoformat(end.fixed)
        elif last is not None:
            last_day = last.start
        else:
            return None
        if not 1 <= day < last_day.day:
            return None
        return _interval(last_day.replace(day=day), last_day)

    if end.resolve is None:
        reading = resolve(date.min, "past")
        return Match(i, end.end, None, fixed=reading.label) if reading else None
    return Match(i, end.end, resolve)


def _match_part(lowers: list[str], i: int, limit: int) -> Match | None:
    """ "begin maart", "eind 2021", "vroeg in de week", "eind volgende maand"."""
    w = words()
    length = _phrase_at(lowers, i, "part")
    if not length:
        return None
    part = w.get("part", " ".join(lowers[i : i + length]))
    assert part is not None
    k = i + length
    if k >= limit:
        return None
    if (year := _year_of(lowers, k, limit)) is not None:
        return Match(i, k + 1, None, fixed=_part(_year(year), part, "year").label)
    if month := w.get("month", lowers[k]):
        m = int(month)
        if (year := _year_of(lowers, k + 1, limit)) is not None:
            return Match(i, k + 2, None, fixed=_part(_month(year, m), part, "month").label)
        return Match(i, k + 1, lambda d, tense: _part(_month_near(d, m, tense), part, "month"))
    offset: int | None = None
    if (deictic := w.get("deictic", lowers[k])) is not None and k + 1 < limit:
        offset, k = int(deictic), k + 1
    unit = w.get("calunit", lowers[k])
    if unit not in ("week", "month", "year"):
        return None

    def resolve(d: date, tense: str) -> Reading | None:
        if offset is not None:
            base = _unit_reading(d, unit, offset)
            return _part(base, part, unit) if base else None
        this = _part(_unit_reading(d, unit, 0), part, unit)  # type: ignore[arg-type]
        if tense == "past" and this.start > d:
            return _part(_unit_reading(d, unit, -1), part, unit)  # type: ignore[arg-type]
        if tense != "past" and this.end < d:
            return _part(_unit_reading(d, unit, 1), part, unit)  # type: ignore[arg-type]
        return this

    return Match(i, k + 1, resolve)


def _match_weekday(lowers: list[str], tokens: list[Token], i: int, limit: int) -> Match | None:
    w = words()
    k = i
    direction = w.get("direction", lowers[k])
    if direction is not None:
        k += 1
    if k >= limit or (found := _weekday_word(lowers[k])) is None:
        return None
    if k > 0 and tokens[k].is_title and tokens[k - 1].is_title and not tokens[k].is_sent_start:
        return None  # part of a name: "Goede Vrijdag"
    code, daypart = found
    end = k + 1
    if end < limit and (after := w.get("direction", lowers[end])) is not None:
        direction, end = after, end + 1
    if end + 1 < limit and (date_match := _match_date(lowers, end, limit)) is not None:
        if lowers[end][:1].isdigit():  # "zondag 23 januari": the date decides
            date_match.start = i
            date_match.extra = {"weekday": code}
            return date_match
    target = WEEKDAYS.index(code)

    def resolve(d: date, tense: str) -> Reading:
        forward = (direction or tense) in ("future", "present")
        delta = (target - d.weekday()) % 7 if forward else -((d.weekday() - target) % 7)
        return _day(d + timedelta(days=delta))

    extra: dict[str, Any] = {"weekday": code}
    if daypart:
        extra["daypart"] = daypart
    return Match(i, end, resolve, extra=extra)


def _match_relative(lowers: list[str], tokens: list[Token], i: int, limit: int) -> Match | None:
    w = words()
    lower = lowers[i]
    offset = w.get("day", lower)
    if offset is not None:
        if (
            lower == "morgen"
            and i > 0
            and (
                tokens[i - 1].pos_ in ("DET", "ADJ")
                or w.get("deictic", lowers[i - 1]) is not None
                or lowers[i - 1] in ("de", "het", "die", "een", "elke", "iedere", "'s")
            )
        ):
            return None  # "de volgende morgen": a morning
        days = int(offset)
        return Match(i, i + 1, lambda d, tense: _day(d + timedelta(days=days)))
    deictic = w.get("deictic", lower)
    if deictic is None or i + 1 >= limit:
        return None
    off = int(deictic)
    nxt = lowers[i + 1]
    unit = w.get("calunit", nxt) or w.get("season", nxt)
    if unit is not None:
        return Match(i, i + 2, lambda d, tense: _unit_reading(d, unit, off, tense))
    # "de afgelopen (drie) dagen": a duration
    k = i + 1
    count = _number(lowers[k]) if k < limit else None
    if count is not None:
        k += 1
    if k < limit and (letter := w.get("durunit", lowers[k])):
        amount = "X" if count is None else f"{count:g}"
        return Match(i, k + 1, None, type="duration", fixed=f"P{amount}{letter}")
    return None


def _match_decade(lowers: list[str], i: int, limit: int) -> Match | None:
    if lowers[i] != "jaren" or i + 1 >= limit:
        return None
    k = i + 1
    if lowers[k] == "'" and k + 1 < limit:
        k += 1
    digits = _DECADE_DIGITS.match(lowers[k])
    value = float(digits.group(1)) if digits else NUMBERS.tens.get(lowers[k])
    if value is None or value % 10:
        return None
    start = 1900 + int(value)
    return Match(i, k + 1, None, fixed=f"{start}/{start + 9}")


def _match_span_count(lowers: list[str], i: int, limit: int) -> Match | None:
    """ "twee weken geleden", "over drie dagen", "binnen twee weken"."""
    w = words()
    if lowers[i] in ("over", "binnen") and i + 2 < limit:
        count = _number(lowers[i + 1])
        letter = w.get("durunit", lowers[i + 2]) or _singular_unit(lowers[i + 2])
        if count is not None and letter:
            if lowers[i] == "binnen":
                return Match(i + 1, i + 3, None, type="duration", fixed=f"P{count:g}{letter}")
            return Match(i, i + 3, lambda d, tense: _offset_reading(d, count, letter))
        return None
    if i + 2 < limit and lowers[i + 2] == "geleden":
        count = _number(lowers[i]) if lowers[i] not in ("een",) else 1.0
        letter = w.get("durunit", lowers[i + 1]) or _singular_unit(lowers[i + 1])
        if count is not None and letter:
            return Match(i, i + 3, lambda d, tense: _offset_reading(d, -count, letter))
    return None


def _singular_unit(word: str) -> str | None:
    return {"dag": "D", "week": "W", "maand": "M", "jaar": "Y"}.get(word)


def _offset_reading(d: date, count: float, letter: str) -> Reading | None:
    n = int(count)
    if letter == "D":
        return _day(d + timedelta(days=n))
    if letter == "W":
        return _week(d + timedelta(weeks=n))
    if letter == "M":
        return _month(*_shift_month(d.year, d.month, n))
    if letter == "Y":
        return _year(d.year + n)
    return None


def _match_clock(lowers: list[str], i: int, limit: int) -> Match | None:
    if i + 1 >= limit or lowers[i + 1] != "uur":
        return None
    clock = _CLOCK.match(lowers[i])
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
    elif lowers[i].isdigit() and i > 0 and lowers[i - 1] in ("om", "rond", "tot", "vanaf"):
        hour, minute = int(lowers[i]), 0
    else:
        return None
    if hour > 24 or minute > 59:
        return None
    return Match(i, i + 2, None, type="time", fixed=f"T{hour:02d}:{minute:02d}")


def _match_year(lowers: list[str], tokens: list[Token], i: int, limit: int) -> Match | None:
    if not _YEAR.match(lowers[i]):
        return None
    after = tokens[i + 1] if i + 1 < limit else None
    if after is not None and after.pos_ == "NOUN" and "Plur" in after.morph.get("Number"):
        before = lowers[i - 1] if i > 0 else ""
        if before not in ("in", "sinds", "sedert", "vanaf", "van", "tot"):
            return None  # "2000 soldaten"
    return Match(i, i + 1, None, fixed=lowers[i])


def _match_at(lowers: list[str], tokens: list[Token], i: int, limit: int) -> Match | None:
    return (
        _match_part(lowers, i, limit)
        or _match_weekday(lowers, tokens, i, limit)
        or _match_date(lowers, i, limit)
        or _match_decade(lowers, i, limit)
        or _match_span_count(lowers, i, limit)
        or _match_relative(lowers, tokens, i, limit)
        or _match_clock(lowers, i, limit)
        or _match_year(lowers, tokens, i, limit)
    )


# ---------------------------------------------------------------- anchoring


def clause_tense(token: Token) -> str | None:
    """The tense of the clause ``token`` belongs to, from its verb and auxiliaries."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    group = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    w = words()
    if any(w.get("future", t.lower_) for t in group if t is not verb or t.pos_ == "AUX"):
        return "future"
    if any("Past" in t.morph.get("Tense") for t in group):
        return "past"
    lemmas = {t.lemma_.lower() for t in group if t is not verb}
    if "Part" in verb.morph.get("VerbForm") and lemmas & {"hebben", "zijn"}:
        return "past"
    if any("Fin" in t.morph.get("VerbForm") for t in group):
        return "present"
    return None


def sentence_tense(sent: Span) -> str:
    """ "future" (zal, gaat, aanstaande), "past" (past tense or a perfect), or "present"."""
    w = words()
    lowers = [t.lower_ for t in sent]
    if any(t.pos_ == "AUX" and w.get("future", t.lower_) for t in sent) or any(
        w.get("direction", x) == "future" for x in lowers
    ):
        return "future"
    if any("Past" in t.morph.get("Tense") for t in sent):
        return "past"
    if any("Part" in t.morph.get("VerbForm") for t in sent if t.pos_ == "VERB"):
        return "past"
    return "present"


def anchor_days(published: Published | None) -> list[date]:
    """Every day the publication could be on, given its precision."""
    if published is None:
        return []
    value = published.value
    try:
        if published.precision == "year":
            year = int(value[:4])
            return [
                date(year, 1, 1) + timedelta(days=n)
                for n in range((date(year + 1, 1, 1) - date(year, 1, 1)).days)
            ]
        if published.precision == "month":
            year, month = int(value[:4]), int(value[5:7])
            return [date(year, month, n) for n in range(1, calendar.monthrange(year, month)[1] + 1)]
        return [date.fromisoformat(value[:10])]
    except ValueError:
        return []


def _envelope(readings: list[Reading]) -> str:
    labels = {r.label for r in readings}
    if len(labels) == 1:
        return readings[0].label
    first = min(readings, key=lambda r: r.start)
    last = max(readings, key=lambda r: r.end)
    if "/" not in first.label and "/" not in last.label and len(first.label) == len(last.label):
        return f"{first.label}/{last.label}"
    return f"{first.start.isoformat()}/{last.end.isoformat()}"


def _value(
    match: Match, days: list[date], tense: str, published: Published | None
) -> dict[str, Any]:
    if match.resolve is None:
        return {"value": match.fixed}
    if not days:
        return {"value": None}
    readings = [r for d in days if (r := match.resolve(d, tense)) is not None]
    if not readings:
        return {"value": None}
    if "weekday" in match.extra and len(days) > 1 and published is not None:
        if published.precision == "month":
            code = WEEKDAYS.index(match.extra["weekday"])
            return {
                "value": published.value[:7],
                "candidates": [d.isoformat() for d in days if d.weekday() == code],
            }
        return {"value": published.value[:4]}
    return {"value": _envelope(readings)}


def extract_times(sent: Span, published: Published | None) -> list[dict[str, Any]]:
    doc = sent.doc
    tokens = list(doc)
    lowers = [t.lower_ for t in tokens]
    days = anchor_days(published)
    tense = sentence_tense(sent)
    found: list[dict[str, Any]] = []
    i = sent.start
    while i < sent.end:
        match = _match_at(lowers, tokens, i, sent.end)
        if match is None:
            i += 1
            continue
        span = doc[match.start : match.end]
        fact: dict[str, Any] = {
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "type": match.type,
        }
        local = clause_tense(tokens[match.start]) if tense != "future" else tense
        fact.update(_value(match, days, local or tense, published))
        fact["anchor"] = published.value if published is not None and match.resolve else None
        fact.update(match.extra)
        found.append(fact)
        i = match.end
    return found


class TimeExtractor:
    def __init__(self, name: str) -> None:
        ensure_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        doc._.times = run_per_sentence(doc, self.name, lambda s: extract_times(s, published))
        return doc


@Language.factory("kroniek_times", default_config={})
def make_times(nlp: Language, name: str) -> TimeExtractor:
    return TimeExtractor(name)
