# logging.handlers and logging.config with ill-typed and hostile input: every
# handler class constructed with wrong types, public methods called with odd
# values, and dictConfig/fileConfig/BaseConfigurator fed malformed schemas,
# self-referencing cfg:// paths and deep nesting. Any exception may come but
# SystemError (a Go panic in Kaa). Files go to a temporary folder. Run by
# safety_test.go.
import io
import logging
import logging.config as C
import logging.handlers as H
import os
import queue
import tempfile

logging.raiseExceptions = False
values = [None, '', 'x', -7, 2**70, 1.5, b'bytes', [], {}, ('a',), object(), float('nan'), 'W9', 'midnight']
bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, a, k, e)
    except BaseException:
        pass


rec = logging.LogRecord('n', logging.INFO, 'p', 1, 'm %s', ('a',), None)
home = os.getcwd()
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)          # handlers given odd names create files here
    path = os.path.join(d, 'f.log')
    made = []
    for cls in (H.RotatingFileHandler, H.TimedRotatingFileHandler, H.WatchedFileHandler):
        for v in values:
            made.append(attempt(cls, path, v))
            made.append(attempt(cls, v))
        made.append(attempt(cls, path, delay=True))
    for v in values:
        made.append(attempt(H.TimedRotatingFileHandler, path, when='S', interval=v, delay=True))
        made.append(attempt(H.TimedRotatingFileHandler, path, when='W1', atTime=v, delay=True))
        made.append(attempt(H.RotatingFileHandler, path, maxBytes=v, backupCount=v, delay=True))
    for v in values:
        for cls in (H.BufferingHandler, H.MemoryHandler, H.QueueHandler, H.SocketHandler,
                    H.DatagramHandler, H.SysLogHandler, H.HTTPHandler):
            made.append(attempt(cls, v))
            made.append(attempt(cls, v, v))
        made.append(attempt(H.SMTPHandler, v, v, v, v))
        made.append(attempt(H.SMTPHandler, v, v, v, v, credentials=v, secure=v))
        made.append(attempt(H.QueueListener, v, v))
    made.append(attempt(H.QueueHandler, queue.Queue(1)))
    made.append(attempt(H.MemoryHandler, 2, target=logging.NullHandler()))
    made = [h for h in made if h is not None]
    for h in made:
        for name in ('emit', 'handle', 'shouldRollover', 'doRollover', 'computeRollover', 'getFilesToDelete',
                     'rotation_filename', 'rotate', 'reopenIfNeeded', 'flush', 'shouldFlush', 'setTarget',
                     'prepare', 'enqueue', 'makePickle', 'encodePriority', 'mapPriority', 'mapLogRecord',
                     'getSubject', 'close'):
            f = getattr(h, name, None)
            if f is None:
                continue
            attempt(f, rec)
            for v in values:
                attempt(f, v)
                attempt(f, v, v)
    lst = H.QueueListener(queue.Queue(), logging.NullHandler())
    attempt(lst.stop)
    attempt(lst.start)
    attempt(lst.handle, rec)
    attempt(lst.stop)

    loop = {'a': 'cfg://b', 'b': 'cfg://a'}
    deep = {}
    cur = deep
    for _ in range(200):
        cur['k'] = {}
        cur = cur['k']
    schemas = [None, 5, 'x', [], {'version': None}, {'version': 1, 'handlers': 5},
               {'version': 1, 'handlers': {'h': 5}}, {'version': 1, 'handlers': {'h': {}}},
               {'version': 1, 'handlers': {'h': {'class': 5}}}, {'version': 1, 'handlers': {'h': {'()': 5}}},
               {'version': 1, 'formatters': {'f': {'()': 'x'}}}, {'version': 1, 'formatters': {'f': {'style': 'Q'}}},
               {'version': 1, 'filters': {'f': []}}, {'version': 1, 'loggers': {'l': {'level': []}}},
               {'version': 1, 'loggers': {5: {}}}, {'version': 1, 'root': 5}, {'version': 1, 'root': {'handlers': 5}},
               {'version': 1, 'incremental': True, 'handlers': {'h': {'level': 'x'}}},
               {'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler', 'handlers': ['q']}}},
               {'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler', 'capacity': 1,
                                                 'target': 'm'}}},
               {'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler', 'listener': 5,
                                                 'queue': {'()': 5}}}},
               dict(loop, version=1, formatters={'f': {'format': 'cfg://a'}}), dict(deep, version=1)]
    for s in schemas:
        attempt(C.dictConfig, s)
    conf = C.BaseConfigurator(dict(loop, deep=deep, t=(1, 2), l=[1]))
    for v in values + ['cfg://a', 'cfg://deep' + '.k' * 150, 'cfg://t[9]', 'cfg://l[x]', 'ext://',
                       'ext://..', 'ext://os.nope', 'cfg://[', 'cfg://l[0][0]', 'x' * 10000]:
        attempt(conf.convert, v)
        attempt(conf.resolve, v)
        attempt(conf.cfg_convert, v)
        attempt(conf.configure_custom, {'()': v})
        attempt(C.valid_ident, v)
    for text in ['', '[loggers]\nkeys=root\n', '[loggers]\nkeys=root\n[handlers]\nkeys=\n[formatters]\nkeys=\n',
                 '[loggers]\nkeys=root\n[handlers]\nkeys=h\n[formatters]\nkeys=\n[logger_root]\nhandlers=h\n'
                 '[handler_h]\nclass=5\nargs=(\n',
                 '[formatters]\nkeys=f\n[formatter_f]\nclass=nope.x\n']:
        attempt(C.fileConfig, io.StringIO(text))
    for v in values:
        attempt(C.fileConfig, v)
        attempt(C.listen, v)
    attempt(C.stopListening)
    C.dictConfig({'version': 1})
    logging.shutdown()
    os.chdir(home)
print('calls', count, 'system errors', bad)
