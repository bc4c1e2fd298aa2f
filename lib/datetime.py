"""Specific date/time and related types.

See https://data.iana.org/time-zones/tz-link.html for
time zone and DST data sources.
"""

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

# The types are native (the _datetime module); this module gives them their
# public home, as CPython's datetime.py does over _datetime.
from _datetime import *
from _datetime import __doc__
