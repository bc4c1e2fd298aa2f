# logging: levels and names, the logger hierarchy and propagation, handlers
# (stream, file, null, lastResort), formatters in the three styles with
# defaults and validation, filters, adapters, basicConfig and its errors,
# exceptions and stack info, captureWarnings, disable.
import io
import logging
import os
import sys
import tempfile
import warnings


class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return 'TIME'


def stream_handler(fmt='%(levelname)s|%(name)s|%(message)s', **kw):
    out = io.StringIO()
    h = logging.StreamHandler(out)
    h.setFormatter(FixedTime(fmt, **kw))
    return h, out


print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.getLevelNamesMapping()['WARN'])
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root, logging.getLogger('') is root)
a = logging.getLogger('app')
ab = logging.getLogger('app.db.conn')
print(a, ab, ab.parent is a, repr(ab.parent), a.getChild('db').getChild('conn') is ab)
mid = logging.getLogger('app.db')
print(ab.parent is mid, mid.parent is a, sorted(l.name for l in a.getChildren()), sorted(l.name for l in mid.getChildren()))
h, out = stream_handler()
a.addHandler(h)
a.setLevel(logging.INFO)
ab.debug('hidden')
ab.info('shown %s %d', 'x', 5)
ab.warning('dict %(k)s', {'k': 'v'})
ab.log(15, 'verbose')
ab.log(25, 'custom')
print(ab.getEffectiveLevel(), ab.isEnabledFor(10), ab.isEnabledFor(20), a.hasHandlers(), logging.getLogger('other').hasHandlers())
mid.propagate = False
ab.error('not propagated')
mid.propagate = True
print(out.getvalue(), end='')

try:
    ab.log('x', 'm')
except TypeError as e:
    print('TypeError', e)
for bad in ['NOPE', 1.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a.setLevel('DEBUG')
print(a.level)

# Formatters and styles.
rec = logging.makeLogRecord({'name': 'n', 'levelname': 'INFO', 'levelno': 20, 'msg': 'hello %s', 'args': ('w',), 'custom': 42})
for fmt, style in [('%(levelname)-8s %(message)s %(custom)03d', '%'), ('{levelname:>8} {message!r} {custom:x}', '{'), ('${levelname} $message ${custom}', '$')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f.format(rec)), f.usesTime())
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y')
print(f.usesTime(), logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime())
f = logging.Formatter('%(message)s %(extra)s', defaults={'extra': 'D'})
print(f.format(logging.makeLogRecord({'msg': 'm'})))
for fmt, style in [('no fields', '%'), ('no fields', '{'), ('no fields', '$'), ('%(x', '%'), ('{x!z}', '{'), ('{x:zz}', '{'), ('$', '$'), ('{a b}', '{')]:
    try:
        logging.Formatter(fmt, style=style)
        print(repr(fmt), 'ok')
    except ValueError as e:
        print(repr(fmt), 'ValueError', e)
try:
    logging.Formatter(style='x')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)
r2 = logging.LogRecord('nm', 30, '/path/to/file.py', 12, 'msg %s', ('a',), None, 'func')
print(r2, r2.getMessage(), r2.filename, r2.module, r2.levelname, r2.funcName, r2.threadName, r2.processName, r2.taskName)
bf = logging.BufferingFormatter(logging.Formatter('[%(message)s]'))
print(repr(bf.format([rec, rec])), repr(bf.format([])))

# Filters, handler levels, adapters.
h2, out2 = stream_handler('%(name)s:%(message)s')
flog = logging.getLogger('filt')
flog.addHandler(h2)
flog.propagate = False
h2.addFilter(logging.Filter('filt.a'))
for name in ['filt', 'filt.a', 'filt.a.b', 'filt.ab']:
    logging.getLogger(name).warning('from %s', name)
h2.filters.clear()
flog.addFilter(lambda r: r.getMessage() != 'drop')
flog.warning('drop')
flog.warning('keep')


def modify(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = 'changed'
    return new


flog.addFilter(modify)
flog.warning('original')
h2.setLevel(logging.ERROR)
flog.warning('below handler level')
flog.error('at handler level')
print(out2.getvalue(), end='')
ad = logging.LoggerAdapter(flog, {'ctx': 'C'})
h3, out3 = stream_handler('%(ctx)s %(message)s')
flog.handlers = [h3]
flog.filters = []
ad.warning('adapted %d', 1)
ad2 = logging.LoggerAdapter(flog, {'ctx': 'A', 'more': 1}, merge_extra=True)
ad2.error('merged', extra={'ctx': 'B'})
print(out3.getvalue(), end='', sep='')
print(ad, ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(40))
try:
    flog.warning('x', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)

# Exceptions and stack info.
h4, out4 = stream_handler('%(levelname)s %(message)s')
elog = logging.getLogger('exc')
elog.addHandler(h4)
elog.propagate = False
try:
    1 / 0
except ZeroDivisionError:
    elog.exception('failed')
    elog.error('with info', exc_info=True)
elog.warning('explicit', exc_info=ValueError('boom'))
text = out4.getvalue()
print(text.count('Traceback (most recent call last):'), 'ZeroDivisionError: division by zero' in text, 'ValueError: boom' in text)
out4.truncate(0), out4.seek(0)


def inner():
    elog.warning('stack', stack_info=True)


inner()
print(out4.getvalue().splitlines()[0], 'Stack (most recent call last):' in out4.getvalue())
rec3 = elog.makeRecord('exc', 30, 'f', 1, 'm', (), None)
print(elog.findCaller()[2])

# Files, NullHandler, repr, names.
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'log.txt')
    fh = logging.FileHandler(path, mode='w', delay=True)
    print(os.path.exists(path), repr(fh).replace(d, 'D'))
    fh.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
    flg = logging.getLogger('file')
    flg.addHandler(fh)
    flg.warning('to file')
    fh.close()
    flg.warning('after close')
    print(open(path).read(), end='')
    flg.removeHandler(fh)
nh = logging.NullHandler()
print(nh.lock, nh.handle(rec), repr(nh))
sh = logging.StreamHandler(sys.stdout)
print(repr(sh), sh.terminator, sh.setStream(sys.stdout), sh.setStream(sys.stderr) is sys.stdout)
sh.name = 'mine'
print(logging.getHandlerByName('mine') is sh, 'mine' in logging.getHandlerNames())
sh.close()
print(logging.getHandlerByName('mine'))

# basicConfig, lastResort, disable, captureWarnings.
err = io.StringIO()
real = sys.stderr
sys.stderr = err
logging.getLogger('noh').warning('to last resort')
logging.getLogger('noh').info('not shown')
sys.stderr = real
print(repr(err.getvalue()))
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s:%(name)s:%(message)s')
logging.info('root info %d', 1)
logging.debug('not shown')
logging.basicConfig(format='ignored')
logging.warning('still the first config')
logging.basicConfig(stream=sys.stdout, format='{levelname} - {message}', style='{', force=True)
logging.error('second config')
for kw in [{'stream': sys.stdout, 'filename': 'x'}, {'handlers': [], 'stream': sys.stdout}, {'style': 'x', 'force': True}, {'bogus': 1, 'force': True}]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print('ValueError', e)
logging.basicConfig(stream=sys.stdout, format='%(levelname)s:%(message)s', force=True)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('enabled')
logging.disable(logging.NOTSET)
logging.captureWarnings(True)
warnings.warn_explicit('captured warning', UserWarning, 'where.py', 7)
logging.captureWarnings(False)
print(logging.getLoggerClass().__name__, logging.getLogRecordFactory().__name__, logging.lastResort, logging.raiseExceptions)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
print(logging.BASIC_FORMAT, logging.FATAL, logging.WARN, sorted(logging.__all__)[:5])
