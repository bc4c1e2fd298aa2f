# calendar: text and HTML calendars (months and years, every first weekday,
# widths, line spacings, columns), the Calendar iterators, module functions,
# names, enums, errors and timegm.
import calendar
import sys
from calendar import Calendar, TextCalendar, HTMLCalendar


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


for fw in range(7):
    tc = TextCalendar(fw)
    print(tc.formatmonth(2024, 2))
    print(tc.formatmonth(2023, 10, 4, 2))
    print(tc.formatweekheader(1), '|', tc.formatweekheader(3), '|', tc.formatweekheader(9), '|', tc.formatweekheader(12))
print(calendar.calendar(2024))
print(calendar.calendar(1, 3, 2, 4, 4))
print(TextCalendar(6).formatyear(9999, 1, 1, 1, 2))
print(TextCalendar().formatyear(2000, m=5))
print(TextCalendar().formatyear(2001, m=12, w=0, c=0))
print(calendar.month(1999, 12), calendar.month(2000, 1, 0, 0))
for fw in (0, 6):
    hc = HTMLCalendar(fw)
    print(hc.formatmonth(2024, 3))
    print(hc.formatmonth(2024, 3, withyear=False))
print(HTMLCalendar().formatyear(2023))
print(HTMLCalendar().formatyear(2023, 4))
print(HTMLCalendar().formatyear(2023, 0))
print(HTMLCalendar(3).formatyearpage(2022))
print(HTMLCalendar().formatyearpage(2022, 2, None, 'ascii'))
print(HTMLCalendar().formatyearpage(2022, css='x.css', encoding='utf-16')[:40])

c = Calendar(2)
print(list(c.iterweekdays()), c.firstweekday, c.getfirstweekday())
c.setfirstweekday(9)
print(c.firstweekday, list(c.iterweekdays()))
c = Calendar()
print(list(c.itermonthdates(2024, 1))[:3], list(c.itermonthdays(2024, 2)), list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(1, 1))[:3], list(c.itermonthdays3(9999, 12))[-3:], list(c.itermonthdays4(2024, 12))[-4:])
print(c.monthdatescalendar(2021, 2)[0], c.monthdays2calendar(2021, 2)[-1], c.monthdayscalendar(2021, 2))
print(len(c.yeardatescalendar(2020)), len(c.yeardatescalendar(2020, 5)[0]), c.yeardays2calendar(2020, 4)[0][0][0], c.yeardayscalendar(2020, 12)[0][11][-1])
show('itermonthdates(9999,12)', lambda: list(c.itermonthdates(9999, 12)))
show('itermonthdates(1,1)', lambda: list(c.itermonthdates(1, 1)))
show('monthrange(2024, 13)', lambda: calendar.monthrange(2024, 13))
show('monthrange(2024, 0)', lambda: calendar.monthrange(2024, 0))
show('monthrange(2024, 2)', lambda: calendar.monthrange(2024, 2))
show('monthrange(1900, 2)', lambda: calendar.monthrange(1900, 2))
show('monthrange(-5, 3)', lambda: calendar.monthrange(-5, 3))
show('weekday', lambda: (calendar.weekday(2024, 1, 1), calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-399, 3, 1)))
show('weekday bad', lambda: calendar.weekday(2024, 2, 30))
show('isleap', lambda: [calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 0, -4)])
show('leapdays', lambda: (calendar.leapdays(1, 2025), calendar.leapdays(2000, 2000), calendar.leapdays(2024, 2000), calendar.leapdays(-100, 100)))
show('setfirstweekday(7)', lambda: calendar.setfirstweekday(7))
show('setfirstweekday(-1)', lambda: calendar.setfirstweekday(-1))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 6))
print(calendar.week([(0, 6), (1, 0), (2, 1)], 3) + '|')
calendar.prweek([(5, 5), (6, 6)], 2)
print()
calendar.prmonth(2024, 6)
calendar.prcal(2024, 2, 1, 3, 6)
calendar.setfirstweekday(0)
calendar.format(['a', 'b', 'c'])
calendar.format(['a', 'b'], 5, 2)
print(calendar.formatstring(['x', 'yy'], 4, 1) + '|')
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm((2024, 1, 40, 25, 61, 61)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.day_name[0], calendar.day_abbr[-1], calendar.month_name[1:4], calendar.month_abbr[::-3], len(calendar.day_name), len(calendar.month_name))
print(calendar.mdays, calendar.EPOCH, calendar.error, calendar.MONDAY, calendar.JANUARY, repr(calendar.Day.FRIDAY), repr(calendar.Month(5)),
      calendar.Month.MAY + 1, list(calendar.Day), calendar.Day(6).name)
print(str(calendar.IllegalMonthError(13)), str(calendar.IllegalWeekdayError('x')), issubclass(calendar.IllegalMonthError, ValueError))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(calendar.January, calendar.February)
    print([str(x.message) for x in w])
show('calendar.March', lambda: calendar.March)
print(sorted(calendar.__all__) == sorted(set(calendar.__all__)), len(calendar.__all__))
tc = TextCalendar()
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 5)), repr(tc.formatweekday(0, 2)), repr(tc.formatmonthname(2024, 1, 20)),
      repr(tc.formatmonthname(2024, 1, 20, False)))
hc = HTMLCalendar()
print(hc.formatday(0, 1), hc.formatday(3, 1), hc.formatweekday(6), hc.formatmonthname(2024, 5), hc.formatmonthname(2024, 5, False))


class MyHTML(HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'none'


print(MyHTML().formatweek([(0, 0), (2, 1), (3, 6)]))
ltc = calendar.LocaleTextCalendar(locale='C')
print(ltc.formatmonth(2024, 7), ltc.locale)
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2024, 7))
with calendar.different_locale('C'):
    print(calendar.month_name[3])
