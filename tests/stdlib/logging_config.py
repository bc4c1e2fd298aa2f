# logging.config: dictConfig (formatters, filters, handlers, loggers, root,
# incremental, disable_existing_loggers, '()' factories, ext:// and cfg://),
# the converting containers and fileConfig from a configparser file.
import io
import logging
import logging.config as C
import logging.handlers
import os
import sys
import tempfile

print(sorted(n for n in dir(C) if not n.startswith('_')))
print(C.DEFAULT_LOGGING_CONFIG_PORT, C.IDENTIFIER.pattern, C.valid_ident('abc_1'))
for bad in ['1a', 'a-b', '']:
    try:
        C.valid_ident(bad)
    except ValueError as e:
        print('ValueError', e)

OUT = io.StringIO()
sys.modules['__main__'].OUT = OUT


class Upper(logging.Filter):
    def __init__(self, prefix='', **kw):
        super().__init__()
        self.prefix = prefix
        self.kw = kw

    def filter(self, record):
        record.msg = self.prefix + record.getMessage().upper()
        record.args = ()
        return True


def make_formatter(fmt, tag='?'):
    return logging.Formatter(tag + fmt)


class Custom:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


def show(name):
    lg = logging.getLogger(name)
    print(name or 'root', logging.getLevelName(lg.level), lg.propagate, lg.disabled,
          [h.name for h in lg.handlers], [type(f).__name__ for f in lg.filters])


old = logging.getLogger('old')
old_child = logging.getLogger('app.child')
config = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s|%(name)s|%(message)s'},
        'brace': {'format': '{levelname}:{message}', 'style': '{'},
        'made': {'()': make_formatter, 'fmt': '%(message)s', 'tag': 'M:'},
        'deflt': {'format': '%(message)s %(extra)s', 'defaults': {'extra': 'X'}},
    },
    'filters': {
        'upper': {'()': Upper, 'prefix': '>', 'other': 1},
        'only_app': {'name': 'app'},
    },
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                'formatter': 'plain', 'level': 'DEBUG', 'filters': ['upper']},
        'brace': {'class': 'logging.StreamHandler', 'stream': 'cfg://handlers.out.stream',
                  'formatter': 'brace', 'level': 'WARNING'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10,
                'flushLevel': 'ERROR', 'target': 'zout'},
        'zout': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                 'formatter': 'made'},
        'dflt': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                 'formatter': 'deflt', '.': {'marker': 42}},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['out', 'brace'], 'propagate': False,
                'filters': ['only_app']},
        'mem': {'handlers': ['mem'], 'propagate': False, 'level': 'DEBUG'},
        'd': {'handlers': ['dflt'], 'propagate': 0, 'level': 10},
    },
    'root': {'level': 'WARNING'},
    'custom': {'a': 'cfg://formatters.plain.format', 'list': [1, 'ext://os.sep', [2, 3]]},
}
C.dictConfig(config)
for name in ['app', 'mem', 'd', '', 'old', 'app.child']:
    show(name)
logging.getLogger('app').info('hello %s', 'world')
logging.getLogger('app').warning('careful')
logging.getLogger('app').debug('hidden')
logging.getLogger('mem').info('held')
print('before flush', repr(OUT.getvalue()))
logging.getLogger('mem').error('boom')
logging.getLogger('d').info('defaults')
print(repr(OUT.getvalue()))
print(logging.getLogger('d').handlers[0].marker)
print(sorted(logging._handlers.keys()))

# incremental: only levels change
C.dictConfig({'version': 1, 'incremental': True,
              'handlers': {'out': {'level': 'ERROR'}},
              'loggers': {'app': {'level': 'DEBUG'}},
              'root': {'level': 'CRITICAL'}})
show('app')
show('')
print(logging.getLevelName(logging._handlers['out'].level))
try:
    C.dictConfig({'version': 1, 'incremental': True, 'handlers': {'nope': {}}})
except ValueError as e:
    print('ValueError', e)

# disable_existing_loggers
logging.getLogger('keep')
logging.getLogger('keep.sub')
logging.getLogger('gone')
C.dictConfig({'version': 1, 'disable_existing_loggers': False, 'loggers': {'keep': {}}})
print([logging.getLogger(n).disabled for n in ('keep', 'keep.sub', 'gone')])
C.dictConfig({'version': 1, 'loggers': {'keep': {}}})
print([logging.getLogger(n).disabled for n in ('keep', 'keep.sub', 'gone')])
C.dictConfig({'version': 1})
print([logging.getLogger(n).disabled for n in ('keep', 'keep.sub', 'gone')])

# converters and containers
conf = C.BaseConfigurator({'a': {'b': [10, {'c': 'deep'}], 'd': 'x'},
                           'e': ['cfg://a.b[1].c', 'ext://logging.handlers.MemoryHandler'],
                           't': (1, 'cfg://a.d'), 'n': {'0': 'zero', 0: 'int'}})
print(conf.convert('cfg://a.b[0]'), conf.convert('cfg://a.b[1].c'), conf.convert('cfg://a[d]'))
print(conf.convert('cfg://n[0]'), conf.convert('plain'), conf.convert('other://x'))
e = conf.config['e']
print(type(e).__name__, e[0], e[1].__name__, e.parent is conf.config, e.key)
t = conf.config['t']
print(type(t).__name__, t[1], tuple.__getitem__(t, 1))
d = conf.config['a']
print(type(d).__name__, d.get('d'), d.get('zz', 'dflt'), d.pop('d'), 'd' in d)
print(conf.config['e'].pop(0), conf.config['e'])
print(conf.resolve('os.path.join') is os.path.join, conf.ext_convert('logging.INFO'))
print(conf.as_tuple([1, 2]), conf.as_tuple('s'))
for bad in ['cfg://', 'cfg://a.b[', 'cfg://a!b']:
    try:
        conf.convert(bad)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    conf.resolve('no_such_module_xyz.a')
except ValueError as e:
    print('ValueError', str(e).split(':')[0])
obj = conf.configure_custom({'()': 'builtins.dict', 'a': 1, '.': {}})
print(obj)
obj = conf.configure_custom({'()': Custom, 'a': 5, '.': {'extra': 'yes'}})
print(obj.a, obj.b, obj.extra)

# errors
for bad in [{}, {'version': 2},
            {'version': 1, 'handlers': {'h': {'class': 'no.such.Class'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
            {'version': 1, 'loggers': {'x': {'filters': ['missing']}}},
            {'version': 1, 'root': {'level': 'BOGUS'}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'validate': True}}},
            {'version': 1, 'filters': {'f': {'()': 'no.where'}}},
            {'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler',
                                              'capacity': 1, 'target': 'ghost'}}},
            {'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler',
                                              'queue': 'builtins.len'}}},
            {'version': 1, 'handlers': {'q': {'class': 'logging.handlers.QueueHandler',
                                              'queue': 5}}}]:
    try:
        C.dictConfig(bad)
        print('ok?')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, '|', type(e.__cause__).__name__)

# a queue handler with a listener
C.dictConfig({'version': 1,
              'handlers': {'sink': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                                    'formatter': 'f'},
                           'q': {'class': 'logging.handlers.QueueHandler', 'handlers': ['sink'],
                                 'respect_handler_level': True}},
              'formatters': {'f': {'format': 'Q %(message)s'}},
              'loggers': {'qq': {'handlers': ['q'], 'level': 'INFO'}}})
qh = logging.getLogger('qq').handlers[0]
print(type(qh).__name__, type(qh.listener).__name__, qh.listener.respect_handler_level,
      [h.name for h in qh.listener.handlers], type(qh.queue).__name__)
qh.listener.start()
OUT.seek(0)
OUT.truncate()
logging.getLogger('qq').info('through the queue')
qh.listener.stop()
print(repr(OUT.getvalue()))

# fileConfig
INI = """
[loggers]
keys=root,parser

[handlers]
keys=hand01,hand02

[formatters]
keys=form01,form02

[logger_root]
level=NOTSET
handlers=hand01

[logger_parser]
level=DEBUG
handlers=hand02
propagate=0
qualname=compiler.parser

[handler_hand01]
class=StreamHandler
level=NOTSET
formatter=form01
args=(sys.stdout,)

[handler_hand02]
class=logging.handlers.MemoryHandler
level=INFO
formatter=form02
args=(5,)
target=hand01

[formatter_form01]
format=F1 %(levelname)s %(message)s

[formatter_form02]
format=F2 {message}
style={
class=logging.Formatter
"""
logging.getLogger('compiler')
logging.getLogger('compiler.parser.deep')
logging.getLogger('unrelated')
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'log.ini')
    with open(path, 'w') as f:
        f.write(INI)
    C.fileConfig(path)
    show('')
    show('compiler.parser')
    print([logging.getLogger(n).disabled for n in ('compiler', 'compiler.parser.deep', 'unrelated')])
    logging.getLogger('compiler.parser').info('via memory')
    logging.getLogger('compiler.parser').error('flush now')
    logging.getLogger('unrelated').warning('disabled so silent')
    logging.warning('root direct')
    C.fileConfig(io.StringIO(INI), disable_existing_loggers=False)
    print([logging.getLogger(n).disabled for n in ('compiler', 'compiler.parser.deep', 'unrelated')])
    import configparser
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    C.fileConfig(cp)
    show('compiler.parser')
    empty = os.path.join(d, 'empty.ini')
    open(empty, 'w').close()
    for bad in [os.path.join(d, 'missing.ini'), empty, io.StringIO('garbage')]:
        try:
            C.fileConfig(bad)
        except (FileNotFoundError, RuntimeError) as e:
            print(type(e).__name__, str(e).replace(d, 'DIR').replace(repr(bad), 'STREAM'))
C.stopListening()
print('stopped', C._listener)
logging.shutdown()
