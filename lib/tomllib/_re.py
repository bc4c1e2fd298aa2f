# TOML's numbers, dates and times as regular expressions, built up from
# named pieces, and the Python values their matches stand for.
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
import re
from typing import Any

from ._types import ParseFloat


def _digit_run(first, rest=None):
    """A digit from `first`, then any number of digits from `rest` (the same
    class unless given), each allowed one underscore before it."""
    return f"{first}(?:_?{rest or first})*"


# Numbers. Integers written with a base prefix have no sign; a decimal
# integer may go on into a fraction and/or an exponent, which the group
# 'floatpart' captures (it is empty for a plain integer).
_BASES = (("x", "[0-9A-Fa-f]"), ("b", "[01]"), ("o", "[0-7]"))
_PREFIXED = "0(?:" + "|".join(mark + _digit_run(cls) for mark, cls in _BASES) + ")"
_DECIMAL = "[+-]?(?:0|" + _digit_run("[1-9]", "[0-9]") + ")"
_FRACTION = r"(?:\." + _digit_run("[0-9]") + ")?"
_EXPONENT = "(?:[eE][+-]?" + _digit_run("[0-9]") + ")?"
RE_NUMBER = re.compile(f"{_PREFIXED}|{_DECIMAL}(?P<floatpart>{_FRACTION}{_EXPONENT})")

# Times: hh:mm:ss and maybe a fraction, of which only the first six digits
# (microseconds) are captured.
_HOUR = "([01][0-9]|2[0-3])"
_MINUTE = "([0-5][0-9])"
_TIME = f"{_HOUR}:{_MINUTE}:{_MINUTE}" + r"(?:\.([0-9]{1,6})[0-9]*)?"
RE_LOCALTIME = re.compile(_TIME)

# Dates, maybe followed by a time and then maybe by Z or a +hh:mm offset.
_DATE = "([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_OFFSET = f"(?:([Zz])|([+-]){_HOUR}:{_MINUTE})?"
RE_DATETIME = re.compile(f"{_DATE}(?:[Tt ]{_TIME}{_OFFSET})?")


def _micros(digits):
    return int(digits.ljust(6, "0")) if digits else 0


def match_to_datetime(match: re.Match) -> datetime | date:
    """A date, or a datetime (aware when the text has an offset), from a
    RE_DATETIME match; ValueError for an impossible one (February 30th).
    """
    year, month, day, hour, minute, sec, frac, zulu, sign, off_h, off_m = match.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        tz: tzinfo | None = cached_tz(off_h, off_m, sign)
    else:
        tz = timezone.utc if zulu else None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec),
                    _micros(frac), tzinfo=tz)


@lru_cache(maxsize=None)
def cached_tz(hour_str: str, minute_str: str, sign_str: str) -> timezone:
    factor = -1 if sign_str == "-" else 1
    return timezone(timedelta(hours=factor * int(hour_str), minutes=factor * int(minute_str)))


def match_to_localtime(match: re.Match) -> time:
    hour, minute, sec, frac = match.groups()
    return time(int(hour), int(minute), int(sec), _micros(frac))


def match_to_number(match: re.Match, parse_float: ParseFloat) -> Any:
    text = match.group()
    return parse_float(text) if match.group("floatpart") else int(text, 0)
