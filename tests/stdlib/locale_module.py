# locale: the C locales' settings, queries, formatting with overridden
# conventions, normalize() over the alias tables, and errors.
import locale as L

print(L.setlocale(L.LC_CTYPE), L.getlocale(), L.getencoding(), L.getpreferredencoding(), L.getpreferredencoding(False))
print(L.setlocale(L.LC_ALL, 'C'), L.setlocale(L.LC_ALL), L.getlocale(), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_ALL, 'C.UTF-8'), L.getlocale(), L.getlocale(L.LC_NUMERIC), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_NUMERIC, 'C'), L.setlocale(L.LC_ALL))
try:
    L.getlocale(L.LC_ALL)
except TypeError as e:
    print('TypeError', e)
print(L.setlocale(L.LC_ALL, 'POSIX'), L.setlocale(L.LC_ALL, ('C', 'UTF-8')), L.setlocale(L.LC_ALL, (None, None)))
print(L.setlocale(L.LC_ALL, L.setlocale(L.LC_ALL)))
for bad in ['xx_YY', 'de_DE.ISO8859-1', 'C.latin1', ('en', 'bogus')]:
    try:
        L.setlocale(L.LC_ALL, bad)
    except L.Error as e:
        print(repr(bad), 'Error', e)
for bad in [5, ('a',), (1, 2)]:
    try:
        L.setlocale(L.LC_ALL, bad)
    except TypeError as e:
        print(repr(bad), 'TypeError', e)
try:
    L.setlocale(1234)
except L.Error as e:
    print('Error', e)
print(L.localeconv())
print([L.nl_langinfo(getattr(L, n)) for n in ['D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'DAY_1', 'DAY_7',
       'ABDAY_3', 'MON_1', 'MON_12', 'ABMON_5', 'RADIXCHAR', 'THOUSEP', 'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ALT_DIGITS']])
try:
    L.nl_langinfo(99999999)
except ValueError as e:
    print('ValueError', e)
print(L.strcoll('a', 'b'), L.strcoll('b', 'a'), L.strcoll('é', 'e'), L.strxfrm('hello'), sorted(['b', 'A', 'a'], key=L.strxfrm))
print(L.str(3.14159265358979), L.atof('1.5'), L.atoi('42'), L.delocalize('1.5'), L.localize('1234.5', grouping=True))
print(L.format_string('%d and %.2f and %s %%', (1234567, 3.14159, 'x')), L.format_string('%(a)d', {'a': 5}), L.format_string('%*d', (6, 42)))
try:
    L.currency(5)
except ValueError as e:
    print('ValueError', e)
L._override_localeconv = {'thousands_sep': ',', 'grouping': [3, 0], 'decimal_point': ',', 'mon_thousands_sep': '.',
                          'mon_grouping': [3, 3, 0], 'mon_decimal_point': ',', 'frac_digits': 2, 'int_frac_digits': 2,
                          'currency_symbol': 'EUR', 'int_curr_symbol': 'EUR ', 'p_cs_precedes': 0, 'n_cs_precedes': 1,
                          'p_sep_by_space': 1, 'n_sep_by_space': 0, 'p_sign_posn': 1, 'n_sign_posn': 0,
                          'positive_sign': '', 'negative_sign': '-'}
print(L.format_string('%d', 1234567, grouping=True), L.format_string('%10.2f', -1234567.891, grouping=True), L.format_string('%-12d|', 1234, True))
print(L.currency(1234567.891), L.currency(-1234.5), L.currency(1234.5, grouping=True), L.currency(1234.5, international=True), L.currency(-7, symbol=False))
print(L.atof('1,234,5'.replace(',', '', 1)), L.atoi('1,234'), L.delocalize('1,234,5'), L.str(1234.5), L.localize('1234567.5', True, True))
for sp in range(6):
    L._override_localeconv['n_sign_posn'] = sp
    print(sp, L.currency(-12.5))
L._override_localeconv = {'grouping': [0]}
try:
    L.format_string('%d', 1234, grouping=True)
except ValueError as e:
    print('ValueError', e)
L._override_localeconv = {}
for name in ['en_US', 'en_us.utf8', 'de_DE@euro', 'de_DE.ISO8859-1@euro', 'fr_FR.utf-8', 'C', 'POSIX', 'ja_JP.eucjp', 'sr_RS@latin',
             'zh_CN.gb2312', 'nosuch', 'en_GB.ISO-8859-15', 'ca_ES@valencia', 'de:DE', 'univ', 'UTF-8', 'uz_UZ.UTF-8@cyrillic',
             'el_GR@euro', 'be_BY.utf8@latin', 'ks_IN@devanagari.UTF-8']:
    try:
        parsed = L._parse_localename(name)
    except ValueError as e:
        parsed = 'ValueError: %s' % e
    print(repr(name), repr(L.normalize(name)), parsed)
print(len(L.locale_alias) > 500, L.locale_encoding_alias['utf8'], L.windows_locale[0x0409])
print(L._build_localename(('en_US', 'UTF-8')), L._build_localename((None, 'x')), L._build_localename(('de', None)))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(L.getdefaultlocale(), L.getdefaultlocale(('NOPE_VAR',)), [str(x.category.__name__) for x in w])
print(L.gettext('hi'), L.dgettext(None, 'msg'), L.dcgettext('d', 'm', L.LC_MESSAGES), L.textdomain(None), L.bindtextdomain('x', None), L.bind_textdomain_codeset('x', None))
print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL, L.CHAR_MAX, L.Error, sorted(L.__all__))
