"""Calendars as text (in the manner of cal(1)) and HTML, and calendar arithmetic.

Weeks start on Monday unless setfirstweekday() (or a Calendar's firstweekday)
says otherwise: 0 is Monday and 6 is Sunday."""

# Kaa's calendar module: the text and HTML calendars of CPython 3.13 (the same
# output, byte for byte), month and day names from strftime so that they follow
# LC_TIME, and the module-level interface over one shared TextCalendar.

import sys
import datetime
from enum import IntEnum, global_enum
import locale as _locale
from itertools import repeat

__all__ = """IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday isleap
leapdays weekday monthrange monthcalendar prmonth month prcal calendar timegm month_name
month_abbr day_name day_abbr Calendar TextCalendar HTMLCalendar LocaleTextCalendar
LocaleHTMLCalendar weekheader Day Month JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST
SEPTEMBER OCTOBER NOVEMBER DECEMBER MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY
SUNDAY""".split()

# The old name of the exception for bad arguments.
error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


_OLD_MONTH_NAMES = {'January': 1, 'February': 2}


def __getattr__(name):
    # calendar.January and calendar.February: deprecated spellings.
    number = _OLD_MONTH_NAMES.get(name)
    if number is None:
        raise AttributeError(f"module '{__name__}' has no attribute '{name}'")
    from warnings import warn
    message = "The '%s' attribute is deprecated, use '%s' instead" % (name, name.upper())
    warn(message, DeprecationWarning, stacklevel=2)
    return number


@global_enum
class Month(IntEnum):
    (JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER,
     NOVEMBER, DECEMBER) = range(1, 13)


@global_enum
class Day(IntEnum):
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


# Days in each month of a common year (index 0 unused).
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _LocalizedNames:
    # A read-only sequence of names produced by strftime on each access, so
    # that they follow the current LC_TIME.  _samples are the dates' bound
    # strftime methods, None standing for an empty name.
    _samples = ()

    def __init__(self, pattern):
        self._pattern = pattern

    def _name(self, sample):
        return "" if sample is None else sample(self._pattern)

    def __getitem__(self, index):
        chosen = self._samples[index]
        if type(index) is slice:
            return list(map(self._name, chosen))
        return self._name(chosen)

    def __len__(self):
        return len(self._samples)


class _localized_month(_LocalizedNames):
    # Index 0 is '' so that January is 1.
    _samples = [None] + [datetime.date(2001, m, 1).strftime for m in range(1, 13)]


class _localized_day(_LocalizedNames):
    # January 1st, 2001 was a Monday.
    _samples = [datetime.date(2001, 1, d).strftime for d in range(1, 8)]


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """True if year is a leap year of the Gregorian calendar."""
    # Every fourth year, except centuries not divisible by 400.
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def leapdays(y1, y2):
    """How many leap years there are from y1 up to (not including) y2."""
    a, b = y1 - 1, y2 - 1
    return (b // 4 - a // 4) - (b // 100 - a // 100) + (b // 400 - a // 400)


def weekday(year, month, day):
    """The day of the week of a date, 0 (Monday) to 6 (Sunday), as a Day."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        # The Gregorian calendar repeats itself every 400 years.
        year = year % 400 + 2000
    return Day(datetime.date(year, month, day).weekday())


def _days_in(year, month):
    if month == FEBRUARY and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """A month's first weekday (0 is Monday) and its length in days."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _shift_month(year, month, step):
    # (year, month) step months later (earlier for a negative step).
    y, m0 = divmod(year * 12 + month - 1 + step, 12)
    return y, m0 + 1


def _rows(items, size):
    return [items[k:k + size] for k in range(0, len(items), size)]


class Calendar:
    """The days of months and years as numbers, tuples and dates, from which
    the formatting subclasses build their calendars."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday  # 0 is Monday

    def getfirstweekday(self):
        return self._first % 7

    def setfirstweekday(self, firstweekday):
        self._first = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, from the first weekday on."""
        first = self.firstweekday
        for k in range(7):
            yield (first + k) % 7

    def _padding(self, year, month):
        # Days of the months before and after that fill the first and last
        # weeks, around the month's own days.
        first_day, length = monthrange(year, month)
        start = self.firstweekday
        return (first_day - start) % 7, length, (start - first_day - length) % 7

    def itermonthdates(self, year, month):
        """The datetime.date of every day of the month's weeks, whole weeks
        (so days of the months around it too)."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        """The month's day numbers, padded with 0 to whole weeks."""
        before, length, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, length + 1)
        yield from repeat(0, after)

    def _with_weekdays(self, days):
        # (day, its weekday) for consecutive days starting a week.
        for count, day in enumerate(days, self.firstweekday):
            yield day, count % 7

    def itermonthdays2(self, year, month):
        """(day number, weekday) for the month's weeks; 0 for padding days."""
        yield from self._with_weekdays(self.itermonthdays(year, month))

    def itermonthdays3(self, year, month):
        """(year, month, day) for the month's weeks, with no datetime.date
        involved, so any year works."""
        before, ndays, after = self._padding(year, month)
        prev_y, prev_m = _shift_month(year, month, -1)
        next_y, next_m = _shift_month(year, month, 1)
        prev_len = _days_in(prev_y, prev_m)
        for y, m, days in ((prev_y, prev_m, range(prev_len - before + 1, prev_len + 1)),
                           (year, month, range(1, ndays + 1)),
                           (next_y, next_m, range(1, after + 1))):
            yield from ((y, m, d) for d in days)

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for the month's weeks."""
        for ymd, wd in self._with_weekdays(self.itermonthdays3(year, month)):
            yield (*ymd, wd)

    def monthdatescalendar(self, year, month):
        """The weeks of a month as lists of seven datetime.date values."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The weeks of a month as lists of (day number, weekday) pairs, with
        0 for days of other months."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The weeks of a month as lists of day numbers (0 outside the month)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """A year as rows of width months, each month a monthdatescalendar()."""
        return _rows([self.monthdatescalendar(year, m) for m in Month], width)

    def yeardays2calendar(self, year, width=3):
        """A year as rows of width months, each month a monthdays2calendar()."""
        return _rows([self.monthdays2calendar(year, m) for m in Month], width)

    def yeardayscalendar(self, year, width=3):
        """A year as rows of width months, each month a monthdayscalendar()."""
        return _rows([self.monthdayscalendar(year, m) for m in Month], width)


def _emit(text):
    print(text, end='')


class TextCalendar(Calendar):
    """Calendars as plain text, laid out as cal(1) does."""

    def prweek(self, theweek, width):
        """Print one week (formatweek) without a newline."""
        _emit(self.formatweek(theweek, width))

    def formatday(self, day, weekday, width):
        """One day cell."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """The name of a weekday, for the header."""
        # Full names from a width of 9 (the longest English one) on.
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        """The row of weekday names."""
        return ' '.join([self.formatweekday(d, width) for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's title."""
        text = month_name[themonth]
        if withyear:
            text = f"{text} {theyear!r}"
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth() without an extra newline."""
        _emit(self.formatmonth(theyear, themonth, w, l))

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's calendar."""
        w = max(w, 2)
        nl = '\n' * max(l, 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(),
                 self.formatweekheader(w).rstrip()]
        lines += [self.formatweek(wk, w).rstrip() for wk in self.monthdays2calendar(theyear, themonth)]
        return nl.join(lines) + nl

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year's calendar."""
        w, c = max(w, 2), max(c, 2)
        nl = '\n' * max(l, 1)
        colwidth = 7 * (w + 1) - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), nl]
        day_names = self.formatweekheader(w)
        for row_no, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = m * row_no + 1
            months = range(first, min(first + m, 13))
            out.append(nl)
            out.append(formatstring([self.formatmonthname(theyear, k, colwidth, False) for k in months],
                                    colwidth, c).rstrip())
            out.append(nl)
            out.append(formatstring([day_names] * len(months), colwidth, c).rstrip())
            out.append(nl)
            for j in range(max(len(cal) for cal in row)):
                cells = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out.append(formatstring(cells, colwidth, c).rstrip())
                out.append(nl)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear() without an extra newline."""
        _emit(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """Calendars as HTML tables (and whole XHTML pages)."""

    # Classes of the day cells, by weekday.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    # Classes of the weekday header cells.
    cssclasses_weekday_head = cssclasses
    # Class of the cells of days of the neighbouring months.
    cssclass_noday = "noday"
    # Classes of a month's header row and of its table.
    cssclass_month_head = "month"
    cssclass_month = "month"
    # Classes of the year's header row and of its table.
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """One day cell."""
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'

    def formatweek(self, theweek):
        """One week."""
        return '<tr>' + ''.join([self.formatday(d, wd) for d, wd in theweek]) + '</tr>'

    def formatweekday(self, day):
        """The name of a weekday, for the header."""
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        """The row of weekday names."""
        return '<tr>' + ''.join([self.formatweekday(d) for d in self.iterweekdays()]) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month's title."""
        title = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month's calendar."""
        parts = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_month}">',
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        parts.append('</table>')
        return '\n'.join(parts) + '\n'

    def formatyear(self, theyear, width=3):
        """A whole year's calendar."""
        per_row = max(width, 1)
        out = [f'<table border="0" cellpadding="0" cellspacing="0" class="{self.cssclass_year}">\n',
               f'<tr><th colspan="{per_row}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(JANUARY, JANUARY + 12, per_row):
            out.append('<tr>')
            for m in range(first, min(first + per_row, 13)):
                out.append('<td>' + self.formatmonth(theyear, m, withyear=False) + '</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page with the calendar of a year, encoded."""
        encoding = sys.getdefaultencoding() if encoding is None else encoding
        head = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:  # css=None: no style sheet
            head.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        head += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>']
        page = '\n'.join(head) + '\n' + self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


def _time_locale(value=None):
    # Set LC_TIME to value, or (None) just ask what it is.
    return _locale.setlocale(_locale.LC_TIME, value)


class different_locale:
    # Context manager: LC_TIME set to locale inside, restored after.
    def __init__(self, locale):
        self.locale, self.oldlocale = locale, None

    def __enter__(self):
        self.oldlocale = _time_locale()
        _time_locale(self.locale)

    def __exit__(self, *exc_info):
        _time_locale(self.oldlocale)


def _get_default_locale():
    # The LC_TIME in force, or, when that is plain "C" (never set up), the
    # one the environment asks for.
    active = _time_locale()
    if active != "C":
        return active
    with different_locale(""):
        return _time_locale()


class _InLocale:
    # Mixed in before TextCalendar or HTMLCalendar: the same calendars, with
    # month and weekday names looked up under self.locale (by default the
    # user's).

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def _under_locale(self, method, args, kwargs):
        with different_locale(self.locale):
            return getattr(super(), method)(*args, **kwargs)

    def formatweekday(self, *args, **kwargs):
        return self._under_locale('formatweekday', args, kwargs)

    def formatmonthname(self, *args, **kwargs):
        return self._under_locale('formatmonthname', args, kwargs)


class LocaleTextCalendar(_InLocale, TextCalendar):
    """A TextCalendar naming months and weekdays in a given locale (by
    default the user's)."""


class LocaleHTMLCalendar(_InLocale, HTMLCalendar):
    """An HTMLCalendar naming months and weekdays in a given locale (by
    default the user's)."""


# The module-level interface: one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# Column width and spacing of the multi-column year calendar.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings centred in columns."""
    _emit(formatstring(cols, colwidth, spacing) + '\n')


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings centred in columns of colwidth, spacing apart."""
    return (spacing * ' ').join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_DAY = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Epoch of a UTC time tuple (the inverse of time.gmtime)."""
    y, mo, d, h, mi, s = tuple[:6]
    days = datetime.date(y, mo, 1).toordinal() + d - 1 - _EPOCH_DAY
    return ((days * 24 + h) * 60 + mi) * 60 + s


def main(args=None):
    from argparse import ArgumentParser
    parser = ArgumentParser()
    text_only, html_only = (parser.add_argument_group(f'{kind} only arguments')
                            for kind in ('text', 'html'))
    for short, long, default, what in (("-w", "--width", 2, "width of date column (default 2)"),
                                       ("-l", "--lines", 1, "number of lines for each week (default 1)"),
                                       ("-s", "--spacing", 6, "spacing between months (default 6)"),
                                       ("-m", "--months", 3, "months per row (default 3)")):
        text_only.add_argument(short, long, type=int, default=default, help=what)
    html_only.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None, help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None, help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("-f", "--first-weekday", type=int, default=0,
                        help="weekday (0 is Monday, 6 is Sunday) to start each week (default 0)")
    parser.add_argument("year", nargs='?', type=int, help="year number")
    parser.add_argument("month", nargs='?', type=int, help="month number (1-12, text only)")
    opts = parser.parse_args(args)

    if opts.locale and not opts.encoding:
        parser.error("if --locale is specified --encoding is required")
        sys.exit(1)
    loc = opts.locale, opts.encoding
    year = datetime.date.today().year if opts.year is None else opts.year

    if opts.type == "html":
        if opts.month:
            parser.error("incorrect number of arguments")
            sys.exit(1)
        cal = LocaleHTMLCalendar(locale=loc) if opts.locale else HTMLCalendar()
        cal.setfirstweekday(opts.first_weekday)
        encoding = opts.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=opts.css))
        return

    cal = LocaleTextCalendar(locale=loc) if opts.locale else TextCalendar()
    cal.setfirstweekday(opts.first_weekday)
    if opts.year is not None and opts.month is not None:
        result = cal.formatmonth(year, opts.month, w=opts.width, l=opts.lines)
    else:
        result = cal.formatyear(year, w=opts.width, l=opts.lines, c=opts.spacing, m=opts.months)
    if opts.encoding:
        sys.stdout.buffer.write(result.encode(opts.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
