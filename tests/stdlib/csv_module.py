# csv: reading and writing in every quoting style and dialect option, line
# endings and quoted newlines, errors, the dialect registry and validation,
# DictReader/DictWriter, and the Sniffer.
import csv
import io

data = ['a,b,c\r\n', '1,"two, 2","th""ree"\r\n', ' x , "y" ,z\n', '"multi\nline",end\n', '\n', 'last']
print(list(csv.reader(data)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['a, b, "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,"x",2.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a",,3,""'], quoting=csv.QUOTE_STRINGS)), list(csv.reader(['"a",,b,""'], quoting=csv.QUOTE_NOTNULL)))
print(list(csv.reader(['a,"b"'], quoting=csv.QUOTE_NONE)), list(csv.reader(['a,b'], quotechar=None)))
print(list(csv.reader(io.StringIO('x,y\r\n"q\r\nr",s\r\n', newline=''))))
r = csv.reader(['a', 'b,"c', 'd"', 'e'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)
for bad, kw in [(['a,"b'], {'strict': True}), (['"a"b'], {'strict': True}), (['a\nb'], {}), (['"a'], {}), ([b'bytes'], {}), (['ab"c'], {})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print('Error', e)
old = csv.field_size_limit(5)
try:
    print(list(csv.reader(['123456'])))
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(old), csv.field_size_limit())

out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', 'f\ng', '', None, 1, 2.5, True])
w.writerows([[1, 2], [], ['']])
for q in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL]:
    csv.writer(out, quoting=q).writerow(['s', 1, 2.0, None, ''])
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c"d', 'e\\f'])
csv.writer(out, delimiter='\t', lineterminator='\n').writerow(['x y', 'z\tw'])
csv.writer(out, doublequote=False, escapechar='\\').writerow(['q"r'])
csv.writer(out, dialect='unix').writerow(['u', 2])
print(repr(out.getvalue()))
for row, kw in [(['a,b'], {'quoting': csv.QUOTE_NONE}), ([''], {'quoting': csv.QUOTE_NONE}), ([None], {'quoting': csv.QUOTE_NOTNULL}),
                ([''], {'delimiter': ' ', 'skipinitialspace': True, 'quoting': csv.QUOTE_NONE}), (5, {})]:
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
        print('ok')
    except csv.Error as e:
        print('Error', e)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)

for kw in [{'delimiter': ''}, {'delimiter': 'ab'}, {'delimiter': 1}, {'quotechar': 5}, {'escapechar': 'xy'}, {'quoting': 9},
           {'quoting': '1'}, {'lineterminator': 5}, {'lineterminator': None}, {'delimiter': '\n'}, {'quotechar': ','},
           {'escapechar': ' '}, {'delimiter': '\r'}, {'quotechar': None, 'quoting': csv.QUOTE_ALL}, {'lineterminator': ';', 'delimiter': ';'},
           {'escapechar': '"'}, {'bogus': 1}]:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, 'ok', d.delimiter, d.quotechar, d.escapechar, d.quoting, repr(d.lineterminator))
    except (TypeError, ValueError, csv.Error) as e:
        print(kw, type(e).__name__, e)

print(sorted(csv.list_dialects()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('pipes')
print(type(d).__name__, d.delimiter, d.quoting, d.doublequote, d.skipinitialspace, d.strict, repr(d.lineterminator), d.escapechar)
print(list(csv.reader(['a|"b|c"'], 'pipes')))
csv.unregister_dialect('pipes')
for f, args in [(csv.get_dialect, ('pipes',)), (csv.unregister_dialect, ('pipes',)), (csv.register_dialect, (5,)), (csv.reader, ([], 'nope'))]:
    try:
        f(*args)
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
class Bad(csv.Dialect):
    delimiter = ','
try:
    Bad()
except csv.Error as e:
    print('Error', e)
print(csv.excel().delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n', csv.Dialect._valid)
try:
    import pickle
except ImportError:
    pass

buf = io.StringIO('name,age\r\nann,30\r\n\r\nbob\r\ncid,40,extra,more\r\n')
dr = csv.DictReader(buf, restval='?', restkey='rest')
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(['1,2'], fieldnames=iter(['x', 'y']))), csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, ['a', 'b'], restval='R')
dw.writeheader()
dw.writerow({'a': 1})
dw.writerows([{'a': 2, 'b': 3}, {'b': 4}])
print(repr(out.getvalue()))
try:
    dw.writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print('ValueError', e)
csv.DictWriter(io.StringIO(), ['a'], extrasaction='IGNORE').writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)

s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'x;y;z\n1;2;3\n', '"a";"b"\n"c";"d"\n', 'a\tb\n1\t2\n3\t4\n', "'x', 'y'\n'1', '2'\n",
               'name:age\nann:30\nbob:25\n', '"a ""q"" b",c\n"d",e\n']:
    d = s.sniff(sample)
    print(repr(sample[:12]), repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, s.has_header(sample))
try:
    s.sniff('abc')
except csv.Error as e:
    print('Error', e)
print(s.sniff('a|b|c\n1|2|3', delimiters='|').delimiter)
print(csv.__version__, sorted(csv.__all__))
