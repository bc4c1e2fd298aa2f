"""Parsing of time text by strptime formats.

LocaleTime gathers the current locale's names (weekdays, months, AM/PM, the
%c %x %X layouts, time zone names); TimeRE maps each format directive to a
regular expression over them. _strptime matches a text against a format and
works out the date and time; datetime.datetime.strptime and time.strptime are
built on it.
"""
# Kaa's _strptime: CPython's rules and messages, written anew.  The module's
# public names (the imported ones included) are those of CPython's.
import os
import time
import locale
import calendar
import _thread
from re import IGNORECASE, compile as re_compile, escape as re_escape
from datetime import date as datetime_date, timedelta as datetime_timedelta
from datetime import timezone as datetime_timezone

__all__ = []


def _getlang():
    # The language of LC_TIME, which the cached patterns depend on.
    return locale.getlocale(locale.LC_TIME)


def _zone_settings():
    # What the zone names depend on: (time.tzname, time.daylight).
    return time.tzname, time.daylight


def _probe(hour=22):
    # Wednesday 17 March 1999, hour:44:55, day 76 of the year: every field
    # shows differently in strftime's output.
    return time.struct_time((1999, 3, 17, hour, 44, 55, 2, 76, 0))


class LocaleTime:
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
        if self.lang != _getlang():
            raise ValueError("locale changed during initialization")
        if (self.tzname, self.daylight) != _zone_settings():
            raise ValueError("timezone changed during initialization")

    def _read_names(self):
        def lowered(names, count):
            return [names[i].lower() for i in range(count)]
        self.a_weekday = lowered(calendar.day_abbr, 7)
        self.f_weekday = lowered(calendar.day_name, 7)
        self.a_month = lowered(calendar.month_abbr, 13)
        self.f_month = lowered(calendar.month_name, 13)
        # One morning hour and one evening hour.
        self.am_pm = [time.strftime("%p", _probe(h)).lower() for h in (1, 22)]

    def _read_zones(self):
        if hasattr(time, 'tzset'):
            time.tzset()
        self.tzname, self.daylight = _zone_settings()
        plain = frozenset({"utc", "gmt", self.tzname[0].lower()})
        summer = frozenset({self.tzname[1].lower()} if self.daylight else ())
        self.timezone = (plain, summer)

    def _read_layouts(self):
        # Format the probe with %c, %x and %X and turn the result back into a
        # format by replacing each known value with its directive.
        swaps = [('%', '%%'), (self.f_weekday[2], '%A'), (self.f_month[3], '%B'),
                 (self.a_weekday[2], '%a'), (self.a_month[3], '%b'), (self.am_pm[1], '%p'),
                 ('1999', '%Y'), ('99', '%y'), ('22', '%H'), ('44', '%M'), ('55', '%S'),
                 ('76', '%j'), ('17', '%d'), ('03', '%m'), ('3', '%m'), ('2', '%w'), ('10', '%I')]
        swaps += [(zone, "%Z") for names in self.timezone for zone in names]
        # On Sunday 3 January 1999 the week number is 00 under %W and 01
        # under %U; the probe's week, 11, becomes whichever the layout uses.
        sunday = time.struct_time((1999, 1, 3, 1, 1, 1, 6, 3, 0))
        layouts = []
        for directive in ('%c', '%x', '%X'):
            text = time.strftime(directive, _probe()).lower()
            for old, new in swaps:
                if old:
                    text = text.replace(old, new)
            week = '%W' if '00' in time.strftime(directive, sunday) else '%U'
            layouts.append(text.replace('11', week))
        self.LC_date_time, self.LC_date, self.LC_time = layouts


# What the directives that do not depend on the locale match; each becomes a
# group named after its directive.
_NUMERIC_DIRECTIVES = {
    'd': r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
    'f': r"[0-9]{1,6}",
    'H': r"2[0-3]|[0-1]\d|\d",
    'I': r"1[0-2]|0[1-9]|[1-9]",
    'G': r"\d\d\d\d",
    'j': r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    'm': r"1[0-2]|0[1-9]|[1-9]",
    'M': r"[0-5]\d|\d",
    'S': r"6[0-1]|[0-5]\d|\d",
    'U': r"5[0-3]|[0-4]\d|\d",
    'W': r"5[0-3]|[0-4]\d|\d",
    'w': r"[0-6]",
    'u': r"[1-7]",
    'V': r"5[0-3]|0[1-9]|[1-4]\d|\d",
    'y': r"\d\d",
    'Y': r"\d\d\d\d",
    'z': r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}

_SPECIAL = re_compile(r"([\\.^$*+?\(\){}\[\]|])")
_SPACES = re_compile(r'\s+')
_YEAR_DIRECTIVES = frozenset('YyG')

_NO_YEAR_WARNING = """\
Parsing dates involving a day of month without a year specified is ambiguious
and fails to parse leap day. The default behavior will change in Python 3.15
to either always raise an exception or to use a different default year (TBD).
To avoid trouble, add a specific year to the input & format.
See https://github.com/python/cpython/issues/70647."""


def _group(name, body):
    return f'(?P<{name}>{body})'


def _alternatives(words, name):
    # A named group matching any of the words, longest first so that a word is
    # not matched by a prefix of it; '' when there are no words.
    ordered = sorted(words, key=len, reverse=True)
    if not ordered or not ordered[0]:
        return ''
    return _group(name, '|'.join(map(re_escape, ordered)))


class TimeRE(dict):
    """Regular expressions of the format directives, keyed by directive."""

    def __init__(self, locale_time=None):
        self.locale_time = locale_time or LocaleTime()
        names = self.locale_time
        table = {key: _group(key, body) for key, body in _NUMERIC_DIRECTIVES.items()}
        for key, words in (('A', names.f_weekday), ('a', names.a_weekday),
                           ('B', names.f_month[1:]), ('b', names.a_month[1:]),
                           ('p', names.am_pm),
                           ('Z', [z for zones in names.timezone for z in zones])):
            table[key] = _alternatives(words, key)
        table['%'] = '%'
        super().__init__(table)
        # The locale's layouts are formats themselves.
        for key, layout in (('c', names.LC_date_time), ('x', names.LC_date),
                            ('X', names.LC_time)):
            self[key] = self.pattern(layout)

    def pattern(self, format):
        """The regular expression (text) of a format."""
        escaped = _SPACES.sub(r'\\s+', _SPECIAL.sub(r"\\\1", format))
        parts = []
        seen = set()
        pos = 0
        while (at := escaped.find('%', pos)) >= 0:
            code = escaped[at + 1]      # IndexError for a trailing '%'
            parts.append(escaped[pos:at])
            parts.append(self[code])    # KeyError for an unknown directive
            seen.add(code)
            pos = at + 2
        parts.append(escaped[pos:])
        if 'd' in seen and not seen & _YEAR_DIRECTIVES:
            import warnings
            warnings.warn(_NO_YEAR_WARNING, DeprecationWarning,
                          skip_file_prefixes=(os.path.dirname(__file__),))
        return ''.join(parts)

    def compile(self, format):
        """The compiled, case-insensitive regular expression of a format."""
        return re_compile(self.pattern(format), IGNORECASE)


_cache_lock = _thread.allocate_lock()
_TimeRE_cache = TimeRE()
_CACHE_MAX_SIZE = 5  # how many compiled formats _regex_cache keeps
_regex_cache = {}


def _calc_julian_from_U_or_W(year, week_of_year, day_of_week, week_starts_Mon):
    """The day of the year (1-based; 0 or less falls in the year before) of
    day_of_week (0 is Monday) in week number week_of_year of year, weeks
    starting on Monday (%W) or on Sunday (%U); week 0 holds the days before
    the first such start."""
    jan1 = datetime_date(year, 1, 1).weekday()
    if not week_starts_Mon:
        # Count both weekdays from Sunday instead.
        jan1, day_of_week = (jan1 + 1) % 7, (day_of_week + 1) % 7
    if not week_of_year:
        return 1 + day_of_week - jan1
    first_start = 1 + (7 - jan1) % 7     # the day week 1 starts
    return first_start + 7 * (week_of_year - 1) + day_of_week


def _format_error(format, problem):
    # The ValueError for a format TimeRE could not translate.
    if isinstance(problem, IndexError):
        return ValueError("stray %% in format '%s'" % format)
    directive = problem.args[0]
    # A '%' before a space shows up as the escape of the space.
    if directive == "\\":
        directive = "%"
    return ValueError("'%s' is a bad directive in format '%s'" % (directive, format))


def _regex_for(format):
    # The compiled pattern of format (cached) and the LocaleTime it is for.
    global _TimeRE_cache
    with _cache_lock:
        names = _TimeRE_cache.locale_time
        if (names.lang, names.tzname, names.daylight) != (_getlang(), *_zone_settings()):
            # The locale or the zone changed: start afresh.
            _TimeRE_cache = TimeRE()
            _regex_cache.clear()
        elif len(_regex_cache) > _CACHE_MAX_SIZE:
            _regex_cache.clear()
        compiled = _regex_cache.get(format)
        if not compiled:
            try:
                compiled = _TimeRE_cache.compile(format)
            except (KeyError, IndexError) as problem:
                raise _format_error(format, problem) from None
            _regex_cache[format] = compiled
        return compiled, _TimeRE_cache.locale_time


def _utc_offset(text):
    # %z's text to (seconds, microseconds), both carrying the sign.  Colons
    # between the fields are optional, but all or none.
    if text == 'Z':
        return 0, 0
    body = text[1:]
    hours = body[:2]
    if body[2] == ':':
        minutes, rest = body[3:5], body[5:]
        if rest:
            if rest[0] != ':':
                raise ValueError(f"Inconsistent use of : in {text}")
            rest = rest[1:]
    else:
        minutes, rest = body[2:4], body[4:]
    # rest is '', SS or SS.ffffff
    total = int(hours) * 3600 + int(minutes) * 60 + int(rest[:2] or 0)
    micro = int(rest[3:].ljust(6, '0'))
    return (-total, -micro) if text[0] == '-' else (total, micro)


# How each matched directive sets the parsed fields: directive -> field for
# the plain numbers, and functions of (text, LocaleTime, all groups) giving
# {field: value} for the rest.
_PLAIN = {'Y': 'year', 'G': 'iso_year', 'm': 'month', 'd': 'day', 'H': 'hour',
          'M': 'minute', 'S': 'second', 'j': 'julian', 'V': 'iso_week'}


def _hour12(text, names, groups):
    hour = int(text)
    marker = groups.get('p', '').lower()
    # No marker counts as AM.  12 AM is midnight, 12 PM noon.
    if marker in ('', names.am_pm[0]):
        return {'hour': hour % 12}
    if marker == names.am_pm[1]:
        return {'hour': hour % 12 + 12}
    return {'hour': hour}


def _short_year(text, names, groups):
    # POSIX: 69-99 are 1969-1999, 00-68 are 2000-2068.
    value = int(text)
    return {'year': value + (1900 if value > 68 else 2000)}


def _zone_name(text, names, groups):
    zone = text.lower()
    for dst, zones in enumerate(names.timezone):
        if zone in zones:
            # Both names alike with daylight saving: which is meant cannot
            # be told (except for UTC and GMT).
            tzname, daylight = _zone_settings()
            if tzname[0] == tzname[1] and daylight and zone not in ("utc", "gmt"):
                return {}
            return {'isdst': dst}
    return {}


def _offset(text, names, groups):
    seconds, micro = _utc_offset(text)
    return {'gmtoff': seconds, 'gmtoff_fraction': micro}


_SETTERS = {
    'y': _short_year,
    'I': _hour12,
    'f': lambda text, names, groups: {'fraction': int(text.ljust(6, '0'))},
    'B': lambda text, names, groups: {'month': names.f_month.index(text.lower())},
    'b': lambda text, names, groups: {'month': names.a_month.index(text.lower())},
    'A': lambda text, names, groups: {'weekday': names.f_weekday.index(text.lower())},
    'a': lambda text, names, groups: {'weekday': names.a_weekday.index(text.lower())},
    # %w counts from Sunday = 0, %u from Monday = 1; weekday from Monday = 0.
    'w': lambda text, names, groups: {'weekday': (int(text) + 6) % 7},
    'u': lambda text, names, groups: {'weekday': int(text) - 1},
    'U': lambda text, names, groups: {'week': int(text), 'monday_first': False},
    'W': lambda text, names, groups: {'week': int(text), 'monday_first': True},
    'z': _offset,
    'Z': _zone_name,
    'p': lambda text, names, groups: {},    # read by %I; alone it sets nothing
}

_ISO_MISUSE = {
    'julian': "Day of the year directive '%j' is not compatible with ISO year "
              "directive '%G'. Use '%Y' instead.",
    'lonely_year': "ISO year directive '%G' must be used with the ISO week directive "
                   "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').",
    'lonely_week': "ISO week directive '%V' must be used with the ISO year directive "
                   "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').",
    'week_with_year': "ISO week directive '%V' is incompatible with the year directive "
                      "'%Y'. Use the ISO year '%G' instead.",
}


def _check_iso(got):
    # ISO year and week only make sense together, with a weekday, and not
    # with %j or a calendar year.
    if got['iso_year'] is not None:
        if got['julian'] is not None:
            problem = 'julian'
        elif got['iso_week'] is None or got['weekday'] is None:
            problem = 'lonely_year'
        else:
            return
    elif got['iso_week'] is not None:
        if got['year'] is None or got['weekday'] is None:
            problem = 'lonely_week'
        else:
            problem = 'week_with_year'
    else:
        return
    raise ValueError(_ISO_MISUSE[problem])


def _ymd(day):
    return day.year, day.month, day.day


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse data_string by format: ((year, month, day, hour, minute, second,
    weekday, julian, isdst, tzname, gmtoff), microseconds, gmtoff's
    microseconds)."""
    for position, given in enumerate((data_string, format)):
        if not isinstance(given, str):
            raise TypeError(f"strptime() argument {position} must be str, "
                            f"not {type(given)}")
    regex, names = _regex_for(format)
    found = regex.match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    end = found.end()
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])

    got = dict.fromkeys(('year', 'iso_year', 'iso_week', 'week', 'monday_first',
                         'weekday', 'julian', 'gmtoff'))
    got.update(month=1, day=1, hour=0, minute=0, second=0, fraction=0,
               gmtoff_fraction=0, isdst=-1)
    groups = found.groupdict()
    for key, text in groups.items():
        if key in _PLAIN:
            got[_PLAIN[key]] = int(text)
        else:
            got.update(_SETTERS[key](text, names, groups))
    _check_iso(got)

    year, month, day = got['year'], got['month'], got['day']
    weekday, julian = got['weekday'], got['julian']
    # Without a year, 29 February is worked out in 1904 (a leap year) and
    # reported as 1900 at the end.
    leap_day_only = year is None and (month, day) == (2, 29)
    if year is None:
        year = 1904 if leap_day_only else 1900

    if julian is None and weekday is not None:
        if got['week'] is not None:
            julian = _calc_julian_from_U_or_W(year, got['week'], weekday,
                                                got['monday_first'])
            if julian <= 0:
                year -= 1
                julian += 366 if calendar.isleap(year) else 365
        elif got['iso_year'] is not None:
            year, month, day = _ymd(datetime_date.fromisocalendar(
                got['iso_year'], got['iso_week'], weekday + 1))

    if julian is not None:
        # The day of the year decides the date.
        start = datetime_date(year, 1, 1).toordinal()
        year, month, day = _ymd(datetime_date.fromordinal(start + julian - 1))
    else:
        this = datetime_date(year, month, day)
        julian = this.toordinal() - datetime_date(year, 1, 1).toordinal() + 1
    if weekday is None:
        weekday = datetime_date(year, month, day).weekday()
    if leap_day_only:
        year = 1900
    fields = (year, month, day, got['hour'], got['minute'], got['second'],
              weekday, julian, got['isdst'], groups.get("Z"), got['gmtoff'])
    return fields, got['fraction'], got['gmtoff_fraction']


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: a struct_time."""
    fields = _strptime(data_string, format)[0]
    return time.struct_time(fields[:time._STRUCT_TM_ITEMS])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """datetime.strptime: an instance of cls (a datetime or a subclass)."""
    fields, fraction, offset_micro = _strptime(data_string, format)
    *stamp, tzname, gmtoff = fields[:6] + (fraction,) + fields[-2:]
    if gmtoff is not None:
        offset = datetime_timedelta(seconds=gmtoff, microseconds=offset_micro)
        zone = (offset, tzname) if tzname else (offset,)
        stamp.append(datetime_timezone(*zone))
    return cls(*stamp)
