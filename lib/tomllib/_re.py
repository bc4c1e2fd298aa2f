# The regular expressions for TOML's numbers, dates and times, and the
# conversion of their matches.
from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
import re
from typing import Any

from ._types import ParseFloat

# hh:mm:ss with an optional fraction, of which microseconds are kept.
_TIME_RE_STR = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"

RE_NUMBER = re.compile(
    r"""
0
(?:
    x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*   # hexadecimal
    |
    b[01](?:_?[01])*                 # binary
    |
    o[0-7](?:_?[0-7])*               # octal
)
|
[+-]?(?:0|[1-9](?:_?[0-9])*)         # decimal: the integer part
(?P<floatpart>
    (?:\.[0-9](?:_?[0-9])*)?         # then maybe a fraction
    (?:[eE][+-]?[0-9](?:_?[0-9])*)?  # and an exponent
)
""",
    flags=re.VERBOSE,
)
RE_LOCALTIME = re.compile(_TIME_RE_STR)
RE_DATETIME = re.compile(
    rf"""
([0-9]{{4}})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])  # the date
(?:
    [Tt ]
    {_TIME_RE_STR}
    (?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?  # then maybe an offset
)?
""",
    flags=re.VERBOSE,
)


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
