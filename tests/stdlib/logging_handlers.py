# logging.handlers: rotating, timed-rotating and watched files in a temporary
# folder, buffering, memory and queue handlers, and the network handlers'
# constructors and constants. No timestamps or paths in the output.
import datetime
import io
import logging
import logging.handlers as H
import os
import queue
import sys
import tempfile
import time

print(sorted(n for n in dir(H) if not n.startswith('_')))
print(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT,
      H.DEFAULT_HTTP_LOGGING_PORT, H.DEFAULT_SOAP_LOGGING_PORT,
      H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT, H._MIDNIGHT)

FMT = logging.Formatter('%(levelname)s:%(name)s:%(message)s')


def rec(msg, level=logging.INFO, *args):
    return logging.LogRecord('t', level, 'f.py', 1, msg, args, None)


def listing(folder):
    return sorted(os.listdir(folder))


def content(path):
    with open(path) as f:
        return f.read()


with tempfile.TemporaryDirectory() as d:
    # RotatingFileHandler
    path = os.path.join(d, 'r.log')
    h = H.RotatingFileHandler(path, mode='w', maxBytes=40, backupCount=2, encoding='utf-8')
    print('mode', h.mode, h.maxBytes, h.backupCount, h.baseFilename == os.path.abspath(path))
    h.setFormatter(FMT)
    for i in range(8):
        h.emit(rec('message %d' % i))
    h.close()
    print(listing(d))
    for name in listing(d):
        print(name, repr(content(os.path.join(d, name))))
    # namer and rotator
    path2 = os.path.join(d, 'n.log')
    h = H.RotatingFileHandler(path2, maxBytes=10, backupCount=3, encoding='utf-8')
    h.namer = lambda name: name + '.bak'
    moves = []

    def rotator(src, dst):
        moves.append((os.path.basename(src), os.path.basename(dst)))
        os.rename(src, dst)
    h.rotator = rotator
    h.setFormatter(FMT)
    for i in range(4):
        h.emit(rec('x%d' % i))
    h.close()
    print(moves)
    print([n for n in listing(d) if n.startswith('n.')])
    print(h.rotation_filename('abc'))
    # maxBytes 0: never rolls
    h = H.RotatingFileHandler(os.path.join(d, 'z.log'), delay=True, encoding='utf-8')
    print('delay stream', h.stream, h.shouldRollover(rec('x')))
    h.close()

with tempfile.TemporaryDirectory() as d:
    # WatchedFileHandler: moving the file away makes it reopen
    path = os.path.join(d, 'w.log')
    h = H.WatchedFileHandler(path, encoding='utf-8')
    h.setFormatter(FMT)
    h.emit(rec('one'))
    ino = h.ino
    os.rename(path, path + '.old')
    h.emit(rec('two'))
    print('reopened', h.ino != ino or True, listing(d))
    print(repr(content(path)), repr(content(path + '.old')))
    os.remove(path)
    h.emit(rec('three'))
    print(repr(content(path)))
    h.close()
    h = H.WatchedFileHandler(os.path.join(d, 'late.log'), delay=True, encoding='utf-8')
    print('delayed', h.dev, h.ino, h.stream)
    h.close()

with tempfile.TemporaryDirectory() as d:
    # TimedRotatingFileHandler: rollover times from fixed epoch values (UTC)
    path = os.path.join(d, 't.log')
    base = 1700000000          # 2023-11-14 22:13:20 UTC, a Tuesday
    for when, interval, at in [('S', 1, None), ('s', 5, None), ('M', 1, None), ('H', 2, None),
                               ('D', 1, None), ('midnight', 1, None), ('midnight', 2, None),
                               ('MIDNIGHT', 1, datetime.time(3, 30)),
                               ('MIDNIGHT', 1, datetime.time(23, 0)),
                               ('W0', 1, None), ('W1', 1, None), ('W1', 1, datetime.time(23, 0)),
                               ('W1', 1, datetime.time(12, 0)), ('W6', 2, None), ('W3', 1, datetime.time(1, 2, 3))]:
        h = H.TimedRotatingFileHandler(path, when=when, interval=interval, utc=True,
                                       atTime=at, delay=True, encoding='utf-8')
        r = h.computeRollover(base)
        print(when, interval, at, h.when, h.interval, h.suffix, h.extMatch.pattern,
              r - base, time.strftime('%Y-%m-%d %H:%M:%S %a', time.gmtime(r)))
        h.close()
    for bad in ['X', 'W', 'W7', 'W12', 'Wx', '']:
        try:
            H.TimedRotatingFileHandler(path, when=bad, delay=True)
        except ValueError as e:
            print('ValueError', e)
    # a real rollover with a backdated rolloverAt
    h = H.TimedRotatingFileHandler(path, when='D', backupCount=2, utc=True, encoding='utf-8')
    h.setFormatter(FMT)
    h.emit(rec('before'))
    for day in range(4):
        h.rolloverAt = base + day * 86400 + 86400
        print('should', h.shouldRollover(rec('x')))
        h.emit(rec('after %d' % day))
    h.close()
    names = listing(d)
    print(names)
    print([repr(content(os.path.join(d, n))) for n in names])
    for extra in ['t.log.2020-01-01', 't.log.junk', 't.log.2020-01-01.gz', 'u.log.2020-01-01']:
        open(os.path.join(d, extra), 'w').close()
    h = H.TimedRotatingFileHandler(path, when='D', backupCount=1, utc=True, delay=True)
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.namer = lambda n: n + '.gz'
    print([os.path.basename(p) for p in h.getFilesToDelete()])
    h.close()

# BufferingHandler and MemoryHandler
b = H.BufferingHandler(3)
for i in range(5):
    b.handle(rec('b%d' % i))
    print('buffer', [r.msg for r in b.buffer])
b.close()
out = io.StringIO()
target = logging.StreamHandler(out)
target.setFormatter(FMT)
m = H.MemoryHandler(4, flushLevel=logging.ERROR, target=target)
m.handle(rec('a'))
m.handle(rec('b'))
print('held', len(m.buffer), repr(out.getvalue()))
m.handle(rec('bad', logging.ERROR))
print('flushed', len(m.buffer), repr(out.getvalue()))
for i in range(5):
    m.handle(rec('c%d' % i))
print('after capacity', len(m.buffer), out.getvalue().count('\n'))
m.close()
print('closed', m.target, len(m.buffer), out.getvalue().count('\n'))
m = H.MemoryHandler(10, target=target, flushOnClose=False)
m.handle(rec('lost'))
m.close()
print('no flush on close', 'lost' in out.getvalue())
m = H.MemoryHandler(2)
m.handle(rec('n1'))
m.handle(rec('n2'))
print('no target', len(m.buffer))
m.setTarget(target)
m.flush()
print('set target', len(m.buffer), 'n2' in out.getvalue())

# QueueHandler and QueueListener
q = queue.Queue()
qh = H.QueueHandler(q)
qh.setFormatter(logging.Formatter('<%(message)s>'))
r = rec('hello %s', logging.WARNING, 'there')
try:
    1 / 0
except ZeroDivisionError:
    r.exc_info = sys.exc_info()
qh.handle(r)
got = q.get_nowait()
print(got is r, got.msg.splitlines()[0], got.args, got.exc_info, got.exc_text, got.message.splitlines()[0])
print('original untouched', r.msg, r.args, r.exc_info is not None)
print(qh.listener)
out = io.StringIO()
sh = logging.StreamHandler(out)
sh.setFormatter(FMT)
sh2 = logging.StreamHandler(out)
sh2.setLevel(logging.ERROR)
sh2.setFormatter(logging.Formatter('ERR %(message)s'))
lst = H.QueueListener(q, sh, sh2, respect_handler_level=True)
lst.start()
for i, lvl in enumerate([logging.INFO, logging.ERROR, logging.DEBUG]):
    q.put(rec('q%d' % i, lvl))
lst.stop()
print(repr(out.getvalue()))
print(lst._thread, H.QueueListener._sentinel)
lst = H.QueueListener(q, sh, sh2)
lst.start()
q.put(rec('all', logging.INFO))
lst.stop()
print(repr(out.getvalue().splitlines()[-2:]))
q2 = queue.Queue(maxsize=1)
qh2 = H.QueueHandler(q2)
qh2.handle(rec('fits'))
saved = logging.raiseExceptions
logging.raiseExceptions = False
qh2.handle(rec('full'))
logging.raiseExceptions = saved
print('full queue', q2.qsize())

# network handlers: constructed, not connected
s = H.SocketHandler('localhost', 9999)
print(s.address, s.sock, s.closeOnError, s.retryTime, s.retryStart, s.retryMax, s.retryFactor)
s = H.SocketHandler('/tmp/sock', None)
print(s.address, s.port)
pick = H.SocketHandler('h', 1).makePickle(rec('p %d', logging.INFO, 5))
import pickle, struct
n = struct.unpack('>L', pick[:4])[0]
d = pickle.loads(pick[4:])
print(n == len(pick) - 4, d['msg'], d['args'], d['exc_info'], 'message' in d)
g = H.DatagramHandler('localhost', 9999)
print(g.address, g.closeOnError)
print(H.SysLogHandler.LOG_LOCAL7, H.SysLogHandler.LOG_SOLCRON, H.SysLogHandler.LOG_DEBUG)
print(sorted(H.SysLogHandler.facility_names.items()))
print(sorted(H.SysLogHandler.priority_names.items()))
print(H.SysLogHandler.priority_map)
cls = H.SysLogHandler
print(cls.encodePriority(cls, 'local0', 'err'), cls.encodePriority(cls, cls.LOG_USER, cls.LOG_INFO),
      cls.mapPriority(cls, 'INFO'), cls.mapPriority(cls, 'TRACE'), cls.ident, cls.append_nul)
smtp = H.SMTPHandler(('mail', 25), 'me@x', 'you@y', 'Subj', credentials=('u', 'p'), secure=())
print(smtp.mailhost, smtp.mailport, smtp.toaddrs, smtp.username, smtp.password, smtp.secure,
      smtp.timeout, smtp.getSubject(None))
smtp = H.SMTPHandler('mail', 'me@x', ['a', 'b'], 'S')
print(smtp.mailhost, smtp.mailport, smtp.username, smtp.toaddrs)
http = H.HTTPHandler('host:80', '/log', method='post')
print(http.host, http.url, http.method, http.secure, http.credentials, http.context)
print(http.mapLogRecord(rec('m'))['msg'])
for kw in [{'method': 'PUT'}, {'context': object()}]:
    try:
        H.HTTPHandler('h', '/u', **kw)
    except ValueError as e:
        print('ValueError', e)
print(issubclass(H.DatagramHandler, H.SocketHandler), issubclass(H.MemoryHandler, H.BufferingHandler),
      issubclass(H.TimedRotatingFileHandler, H.BaseRotatingHandler),
      issubclass(H.WatchedFileHandler, logging.FileHandler))
