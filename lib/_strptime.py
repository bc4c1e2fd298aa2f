"""Parsing of time text by strptime formats.

LocaleTime gathers the current locale's names (weekdays, months, AM/PM, the
%c %x %X layouts, time zone names); TimeRE maps each format directive to a
regular expression over them. _strptime matches a text against a format and
works out the date and time; datetime.datetime.strptime and time.strptime are
built on it.
"""
# Kaa's _strptime: CPython's rules and messages (Lib/_strptime.py), written anew.
import os
import time
import locale
import calendar
from re import compile as re_compile
from re import IGNORECASE
from re import escape as re_escape
from datetime import (date as datetime_date,
                      timedelta as datetime_timedelta,
                      timezone as datetime_timezone)
from _thread import allocate_lock as _thread_allocate_lock

__all__ = []


def _getlang():
    # The language of LC_TIME, which the cached patterns depend on.
    return locale.getlocale(locale.LC_TIME)


# A time tuple whose fields are all told apart in strftime's output:
# Wednesday 17 March 1999, 22:44:55, day 76 of the year.
_PROBE = (1999, 3, 17, 22, 44, 55, 2, 76, 0)


class LocaleTime(object):
    """The time-related names and layouts of the current locale:

    f_weekday, a_weekday -- weekday names, full and abbreviated (Monday first)
    f_month, a_month -- month names (13 items, '' first)
    am_pm -- the AM and PM strings
    LC_date_time, LC_date, LC_time -- %c, %x and %X as formats
    timezone -- (names without daylight saving, names with it), as sets
    lang -- the locale they were read in
    All names are lower case.
    """

    def __init__(self):
        self.lang = _getlang()
        self._read_names()
        self._read_zones()
        self._read_layouts()
        # The locale or the time zone must not change while they are read.
        if _getlang() != self.lang:
            raise ValueError("locale changed during initialization")
        if time.tzname != self.tzname or time.daylight != self.daylight:
            raise ValueError("timezone changed during initialization")

    def _read_names(self):
        self.a_weekday = [calendar.day_abbr[n].lower() for n in range(7)]
        self.f_weekday = [calendar.day_name[n].lower() for n in range(7)]
        self.a_month = [calendar.month_abbr[n].lower() for n in range(13)]
        self.f_month = [calendar.month_name[n].lower() for n in range(13)]
        self.am_pm = []
        for hour in (1, 22):
            probe = time.struct_time((1999, 3, 17, hour, 44, 55, 2, 76, 0))
            self.am_pm.append(time.strftime("%p", probe).lower())

    def _read_zones(self):
        try:
            time.tzset()
        except AttributeError:
            pass
        self.tzname = time.tzname
        self.daylight = time.daylight
        standard = frozenset({"utc", "gmt", self.tzname[0].lower()})
        summer = frozenset({self.tzname[1].lower()}) if self.daylight else frozenset()
        self.timezone = (standard, summer)

    def _read_layouts(self):
        # Format the probe with %c, %x and %X and turn the result back into a
        # format by replacing each known value with its directive.
        swaps = [('%', '%%'), (self.f_weekday[2], '%A'), (self.f_month[3], '%B'),
                 (self.a_weekday[2], '%a'), (self.a_month[3], '%b'), (self.am_pm[1], '%p'),
                 ('1999', '%Y'), ('99', '%y'), ('22', '%H'), ('44', '%M'), ('55', '%S'),
                 ('76', '%j'), ('17', '%d'), ('03', '%m'), ('3', '%m'), ('2', '%w'), ('10', '%I')]
        swaps += [(zone, "%Z") for names in self.timezone for zone in names]
        layouts = []
        for directive in ('%c', '%x', '%X'):
            text = time.strftime(directive, time.struct_time(_PROBE)).lower()
            for old, new in swaps:
                if old:
                    text = text.replace(old, new)
            # A week number shows as 00 under %W and 01 under %U on 3 January
            # 1999 (a Sunday); 11 is what remains of it.
            sunday = time.struct_time((1999, 1, 3, 1, 1, 1, 6, 3, 0))
            week = '%W' if '00' in time.strftime(directive, sunday) else '%U'
            layouts.append(text.replace('11', week))
        self.LC_date_time, self.LC_date, self.LC_time = layouts


# The directives whose patterns do not depend on the locale.
_FIXED = {
    'd': r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
}

_SPECIAL = re_compile(r"([\\.^$*+?\(\){}\[\]|])")
_SPACES = re_compile(r'\s+')

_NO_YEAR_WARNING = """\
Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647."""


def _alternatives(words, name):
    # A named group matching any of the words, longest first so that a word is
    # not matched by a prefix of it; '' when there are no words.
    ordered = sorted(words, key=len, reverse=True)
    if not any(w != '' for w in ordered[:1]):
        return ''
    return '(?P<%s>%s)' % (name, '|'.join(map(re_escape, ordered)))


class TimeRE(dict):
    """Regular expressions of the format directives, keyed by directive."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time if locale_time else LocaleTime()
        lt = self.locale_time
        table = dict(_FIXED)
        table['A'] = _alternatives(lt.f_weekday, 'A')
        table['a'] = _alternatives(lt.a_weekday, 'a')
        table['B'] = _alternatives(lt.f_month[1:], 'B')
        table['b'] = _alternatives(lt.a_month[1:], 'b')
        table['p'] = _alternatives(lt.am_pm, 'p')
        table['Z'] = _alternatives([z for names in lt.timezone for z in names], 'Z')
        table['%'] = '%'
        table['W'] = table['U'].replace('U', 'W')
        super().__init__(table)
        for key, layout in (('c', lt.LC_date_time), ('x', lt.LC_date), ('X', lt.LC_time)):
            super().__setitem__(key, self.pattern(layout))

    def pattern(self, format):
        """The regular expression (text) of a format."""
        rest = _SPACES.sub(r'\\s+', _SPECIAL.sub(r"\\\1", format))
        out = []
        has_year = has_day = False
        while True:
            at = rest.find('%')
            if at < 0:
                break
            code = rest[at + 1]  # IndexError for a trailing '%'
            out.append(rest[:at])
            out.append(self[code])  # KeyError for an unknown directive
            rest = rest[at + 2:]
            if code in ('Y', 'y', 'G'):
                has_year = True
            elif code == 'd':
                has_day = True
        if has_day and not has_year:
            import warnings
            warnings.warn(_NO_YEAR_WARNING, DeprecationWarning,
                          skip_file_prefixes=(os.path.dirname(__file__),))
        out.append(rest)
        return ''.join(out)

    def compile(self, format):
        """The compiled, case-insensitive regular expression of a format."""
        return re_compile(self.pattern(format), IGNORECASE)


_cache_lock = _thread_allocate_lock()
_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5  # how many compiled formats _regex_cache keeps
_regex_cache = {}


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """The day of the year (1-based; 0 or less falls in the year before) of a
    week number (%U: weeks start on Sunday, %W: on Monday) and a weekday
    (0 is Monday)."""
    first = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        # Count weekdays from Sunday.
        first = (first + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first
    return 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + day_of_week


def _regex_for(format):
    global _TimeRE_cache
    with _cache_lock:
        lt = _TimeRE_cache.locale_time
        if _getlang() != lt.lang or time.tzname != lt.tzname or time.daylight != lt.daylight:
            # The locale or the zone changed: start afresh.
            _TimeRE_cache = TimeRE()
            _regex_cache.clear()
        if len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        regex = _regex_cache.get(format)
        if not regex:
            try:
                regex = _TimeRE_cache.compile(format)
            except KeyError as err:
                bad = err.args[0]
                if bad == "\\":
                    bad = "%"
                del err
                raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format)) from None
            except IndexError:
                raise ValueError("stray %% in format '%s'" % format) from None
            _regex_cache[format] = regex
        return regex, _TimeRE_cache.locale_time


def _utc_offset(text):
    # %z's text to (seconds, microseconds), both with the sign.
    if text == 'Z':
        return 0, 0
    z = text
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            z = z[:5] + z[6:]
    secs = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    micro = int(z[8:].ljust(6, '0'))
    if z[0] == '-':
        return -secs, -micro
    return secs, micro


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse data_string by format: ((year, month, day, hour, minute, second,
    weekday, julian, isdst, tzname, gmtoff), microseconds, gmtoff's
    microseconds)."""
    for n, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(n, type(arg)))
    regex, lt = _regex_for(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = iso_week = week_of_year = week_start = weekday = julian = gmtoff = None
    month = day = 1
    hour = minute = second = fraction = gmtoff_fraction = 0
    isdst = -1
    groups = found.groupdict()
    for key, text in groups.items():
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900  # POSIX's pivot
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = lt.f_month.index(text.lower())
        elif key == 'b':
            month = lt.a_month.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            half = groups.get('p', '').lower()
            if half in ('', lt.am_pm[0]):
                if hour == 12:
                    hour = 0
            elif half == lt.am_pm[1] and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text.ljust(6, '0'))
        elif key == 'A':
            weekday = lt.f_weekday.index(text.lower())
        elif key == 'a':
            weekday = lt.a_weekday.index(text.lower())
        elif key == 'w':
            weekday = (int(text) - 1) % 7  # %w counts from Sunday
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key in ('U', 'W'):
            week_of_year = int(text)
            week_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _utc_offset(text)
        elif key == 'Z':
            zone = text.lower()
            for dst, names in enumerate(lt.timezone):
                if zone in names:
                    # Both names alike with daylight saving: which one is
                    # meant cannot be told (except for UTC and GMT).
                    if not (time.tzname[0] == time.tzname[1] and time.daylight and zone not in ("utc", "gmt")):
                        isdst = dst
                    break

    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    # Without a year, 29 February is read in 1904 (a leap year) and reported
    # as 1900 at the end.
    no_year_leap_day = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if no_year_leap_day else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _calc_julian_from_U_or_W(year, week_of_year, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            d = datetime_date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, month, day = d.year, d.month, d.day
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if calendar.isleap(year) else 365

    if julian is None:
        julian = datetime_date(year, month, day).toordinal() - datetime_date(year, 1, 1).toordinal() + 1
    else:
        # The day of the year decides the date.
        d = datetime_date.fromordinal(julian - 1 + datetime_date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    if no_year_leap_day:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, groups.get("Z"), gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return time.struct_time(fields[:time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls (a datetime or a subclass)."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    args = fields[:6] + (fraction,)
    tzname, gmtoff = fields[-2:]
    if gmtoff is not None:
        offset = datetime_timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (datetime_timezone(offset, tzname) if tzname else datetime_timezone(offset),)
    return cls(*args)
