"""IANA time zones (the tz database) as datetime.tzinfo objects."""
# Kaa's zoneinfo: ZoneInfo reads TZif files from TZPATH (the system's tz database,
# /usr/share/zoneinfo on Linux), or from the tzdata package when one is installed.
__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH", "ZoneInfoNotFoundError",
           "InvalidTZPathWarning"]

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._zoneinfo import ZoneInfo

reset_tzpath = _tzpath.reset_tzpath
available_timezones = _tzpath.available_timezones
InvalidTZPathWarning = _tzpath.InvalidTZPathWarning


def __getattr__(name):
    # TZPATH is read from _tzpath each time: reset_tzpath() rebinds it there.
    if name != "TZPATH":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _tzpath.TZPATH


def __dir__():
    return sorted([*globals(), "TZPATH"])
