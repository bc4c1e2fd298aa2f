"""Configuring the logging package from a dictionary (dictConfig) or from a
configparser-style file (fileConfig).

Kaa's own implementation. listen() needs sockets, which Kaa does not have yet.
"""

import errno
import functools
import io
import logging
import logging.handlers
import os
import queue
import re
import struct
import threading
import traceback

try:
    from socketserver import ThreadingTCPServer, StreamRequestHandler
except ImportError:          # no socket module (Kaa, for now)
    ThreadingTCPServer = StreamRequestHandler = None

DEFAULT_LOGGING_CONFIG_PORT = 9030

RESET_ERROR = errno.ECONNRESET

_listener = None


# ---------------------------------------------------------------- shared helpers

def _resolve(name):
    """The object a dotted name stands for, importing modules on the way."""
    parts = name.split('.')
    path = parts[0]
    obj = __import__(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(obj, part):
            __import__(path)
        obj = getattr(obj, part)
    return obj


def _strip_spaces(alist):
    return map(str.strip, alist)


def _clearExistingHandlers():
    """Forget, flush and close every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _descendants(name, names):
    """The names in sorted list names that are below logger name."""
    head = name + "."
    start = names.index(name) + 1
    return [n for n in names[start:] if n.startswith(head)]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the configuration left out: children of configured loggers are
    reset to pass everything up; the others are disabled if asked."""
    table = logging.root.manager.loggerDict
    for name in existing:
        logger = table[name]
        if name not in child_loggers:
            logger.disabled = disable_existing
        elif not isinstance(logger, logging.PlaceHolder):
            logger.setLevel(logging.NOTSET)
            logger.handlers = []
            logger.propagate = True


# ---------------------------------------------------------------- fileConfig

def _key_list(cp, section):
    keys = cp[section]["keys"]
    return list(_strip_spaces(keys.split(","))) if len(keys) else []


def _create_formatters(cp):
    """Formatters of the [formatters] section, by name."""
    made = {}
    for name in _key_list(cp, "formatters"):
        where = "formatter_%s" % name
        option = functools.partial(cp.get, where, raw=True)
        fmt = option("format", fallback=None)
        datefmt = option("datefmt", fallback=None)
        style = option("style", fallback='%')
        defaults = option("defaults", fallback=None)
        cls_name = cp[where].get("class")
        cls = _resolve(cls_name) if cls_name else logging.Formatter
        if defaults is None:
            made[name] = cls(fmt, datefmt, style)
        else:
            made[name] = cls(fmt, datefmt, style,
                             defaults=eval(defaults, vars(logging)))
    return made


def _install_handlers(cp, formatters):
    """Handlers of the [handlers] section, by name; MemoryHandler targets are
    wired once all exist."""
    made = {}
    targets = []
    env = vars(logging)
    for name in _key_list(cp, "handlers"):
        sect = cp["handler_%s" % name]
        cls = sect["class"]
        try:
            cls = eval(cls, env)
        except (AttributeError, NameError):
            cls = _resolve(cls)
        args = eval(sect.get("args", '()'), env)
        kwargs = eval(sect.get("kwargs", '{}'), env)
        h = cls(*args, **kwargs)
        h.name = name
        if "level" in sect:
            h.setLevel(sect["level"])
        fmt = sect.get("formatter", "")
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = sect.get("target", "")
            if target:
                targets.append((h, target))
        made[name] = h
    for h, target in targets:
        h.setTarget(made[target])
    return made


def _set_logger_handlers(logger, sect, handlers):
    for h in list(logger.handlers):
        logger.removeHandler(h)
    names = sect["handlers"]
    if len(names):
        for name in _strip_spaces(names.split(",")):
            logger.addHandler(handlers[name])


def _install_loggers(cp, handlers, disable_existing):
    """Configure the root logger and those of the [loggers] section."""
    names = _key_list(cp, "loggers")
    names.remove("root")
    root = logging.root
    sect = cp["logger_root"]
    if "level" in sect:
        root.setLevel(sect["level"])
    _set_logger_handlers(root, sect, handlers)
    existing = sorted(root.manager.loggerDict)
    children = []
    for name in names:
        sect = cp["logger_%s" % name]
        qualname = sect["qualname"]
        propagate = sect.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            children.extend(_descendants(qualname, existing))
            existing.remove(qualname)
        if "level" in sect:
            logger.setLevel(sect["level"])
        logger.propagate = propagate
        logger.disabled = 0
        _set_logger_handlers(logger, sect, handlers)
    _handle_existing_loggers(existing, children, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser file (a path, an open file or a
    parser already loaded)."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _create_formatters(cp)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)


# ---------------------------------------------------------------- dictConfig

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


_CONTAINERS = ()     # the converting types, filled in below


class ConvertingMixin(object):
    """Converts values ('ext://', 'cfg://', nested dicts and lists) as they
    are read, remembering the result in the container."""

    def _adopt(self, result, key):
        if type(result) in _CONTAINERS:
            result.parent = self
            result.key = key

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if result is not value:
            if replace:
                self[key] = result
            self._adopt(result, key)
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if result is not value and type(result) in _CONTAINERS:
            result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    """A dict converting its values on access."""

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default),
                                     replace=False)


class ConvertingList(list, ConvertingMixin):
    """A list converting its items on access."""

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple converting its items on access (without storing them back)."""

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key),
                                     replace=False)


_CONTAINERS = (ConvertingDict, ConvertingList, ConvertingTuple)


class BaseConfigurator(object):
    """Resolution of 'ext://' and 'cfg://' strings and of '()' factories,
    for configurators to build on."""

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[([^\[\]]*)\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext' : 'ext_convert',
        'cfg' : 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object named by dotted path s, or ValueError."""
        parts = s.split('.')
        path = parts[0]
        try:
            obj = self.importer(path)
            for part in parts[1:]:
                path += '.' + part
                try:
                    obj = getattr(obj, part)
                except AttributeError:
                    self.importer(path)
                    obj = getattr(obj, part)
            return obj
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def _step(self, node, index):
        if not self.DIGIT_PATTERN.match(index):
            return node[index]
        try:
            return node[int(index)]
        except TypeError:
            return node[index]

    def cfg_convert(self, value):
        """Follow a path like 'handlers.console[0].level' into the config."""
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[m.group(1)]
        rest = value[m.end():]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m is not None:
                node = node[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                node = self._step(node, m.group(1))
            rest = rest[m.end():]
        return node

    def convert(self, value):
        """Wrap plain containers so their contents convert too, and turn
        'prefix://suffix' strings into what they refer to."""
        wrapper = None
        if isinstance(value, dict):
            if not isinstance(value, ConvertingDict):
                wrapper = ConvertingDict
        elif isinstance(value, list):
            if not isinstance(value, ConvertingList):
                wrapper = ConvertingList
        elif isinstance(value, tuple):
            if not isinstance(value, ConvertingTuple) and not hasattr(value, '_fields'):
                wrapper = ConvertingTuple
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m is not None:
                method = self.value_converters.get(m.group('prefix'))
                if method:
                    return getattr(self, method)(m.group('suffix'))
            return value
        if wrapper is None:
            return value
        value = wrapper(value)
        value.configurator = self
        return value

    def configure_custom(self, config):
        """Call the factory under '()' with the other keys as keywords, then
        set the attributes under '.'."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        result = factory(**kwargs)
        _set_props(result, config.pop('.', None))
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _set_props(obj, props):
    for name, value in (props or {}).items():
        setattr(obj, name, value)


def _is_queue_like_object(obj):
    """Does obj offer the methods of queue.Queue?"""
    if isinstance(obj, queue.Queue):
        return True
    try:
        from multiprocessing.queues import Queue as MPQueue
    except ImportError:
        pass
    else:
        if isinstance(obj, MPQueue):
            return True
    wanted = ('empty', 'full', 'get', 'get_nowait', 'put', 'put_nowait',
              'join', 'qsize', 'task_done')
    return all(callable(getattr(obj, w, None)) for w in wanted)


def _rethrow(message):
    """A context manager turning any exception into ValueError(message)."""
    class Wrap:
        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            if kind is not None and issubclass(kind, Exception):
                raise ValueError(message) from exc
            return False
    return Wrap()


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary following the version 1 schema."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                self._update(config)
            else:
                self._replace(config)

    def _update(self, config):
        # incremental: only levels of known handlers, and loggers
        handlers = config.get('handlers', {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            with _rethrow('Unable to configure handler %r' % name):
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
        loggers = config.get('loggers', {})
        for name in loggers:
            with _rethrow('Unable to configure logger %r' % name):
                self.configure_logger(name, loggers[name], True)
        root = config.get('root', None)
        if root:
            with _rethrow('Unable to configure root logger'):
                self.configure_root(root, True)

    def _replace(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            table = config.get(section, {})
            for name in table:
                with _rethrow('Unable to configure %s %r' % (section[:-1], name)):
                    table[name] = build(table[name])
        self._make_handlers(config.get('handlers', {}))
        existing = sorted(logging.root.manager.loggerDict)
        children = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                children.extend(_descendants(name, existing))
                existing.remove(name)
            with _rethrow('Unable to configure logger %r' % name):
                self.configure_logger(name, loggers[name])
        _handle_existing_loggers(existing, children, disable_existing)
        root = config.get('root', None)
        if root:
            with _rethrow('Unable to configure root logger'):
                self.configure_root(root)

    def _make_handlers(self, handlers):
        # handlers naming others (MemoryHandler targets, QueueHandler
        # handlers) may come before them: retry those once the rest exist
        later = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                if ' not configured yet' not in str(e.__cause__):
                    raise ValueError('Unable to configure handler %r' % name) from e
                later.append(name)
        for name in later:
            with _rethrow('Unable to configure handler %r' % name):
                self._make_handler(handlers, name)

    def _make_handler(self, handlers, name):
        h = self.configure_handler(handlers[name])
        h.name = name
        handlers[name] = h

    def configure_formatter(self, config):
        """A formatter from its dictionary."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # an old-style factory taking fmt rather than format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        cls_name = config.get('class', None)
        cls = _resolve(cls_name) if cls_name else logging.Formatter
        args = [config.get('format', None), config.get('datefmt', None),
                config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        extra = {}
        defaults = config.get('defaults', None)
        if defaults is not None:
            extra['defaults'] = defaults
        return cls(*args, **extra)

    def configure_filter(self, config):
        """A filter from its dictionary."""
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        """Add filters (objects, or names in the config) to a filterer."""
        for f in filters:
            with _rethrow('Unable to add filter %r' % f):
                if not (callable(f) or callable(getattr(f, 'filter', None))):
                    f = self.config['filters'][f]
                filterer.addFilter(f)

    def _configure_queue_handler(self, klass, **kwargs):
        q = kwargs.pop('queue') if 'queue' in kwargs else queue.Queue()
        respect = kwargs.pop('respect_handler_level', False)
        listener_class = kwargs.pop('listener', logging.handlers.QueueListener)
        targets = kwargs.pop('handlers', [])
        handler = klass(q, **kwargs)
        handler.listener = listener_class(q, *targets,
                                          respect_handler_level=respect)
        return handler

    def _named_handler(self, name, saved, config, what):
        h = self.config['handlers'][name]
        if not isinstance(h, logging.Handler):
            config.update(saved)      # put it back for the second pass
            raise TypeError(what)
        return h

    def _prepare_memory(self, config, saved):
        if 'flushLevel' in config:
            config['flushLevel'] = logging._checkLevel(config['flushLevel'])
        if 'target' in config:
            target = config['target']
            with _rethrow('Unable to set target handler %r' % target):
                config['target'] = self._named_handler(
                    target, saved, config, 'target not configured yet')

    def _queue_spec(self, spec):
        if isinstance(spec, str):
            made = self.resolve(spec)
            if not callable(made):
                raise TypeError('Invalid queue specifier %r' % spec)
            return made()
        if isinstance(spec, dict):
            if '()' not in spec:
                raise TypeError('Invalid queue specifier %r' % spec)
            return self.configure_custom(dict(spec))
        if not _is_queue_like_object(spec):
            raise TypeError('Invalid queue specifier %r' % spec)
        return spec

    def _listener_spec(self, spec):
        bad = TypeError('Invalid listener specifier %r' % spec)
        if isinstance(spec, type):
            if not issubclass(spec, logging.handlers.QueueListener):
                raise bad
            return spec
        if isinstance(spec, str):
            made = self.resolve(spec)
            if isinstance(made, type) and \
                    not issubclass(made, logging.handlers.QueueListener):
                raise bad
        elif isinstance(spec, dict):
            if '()' not in spec:
                raise bad
            made = self.configure_custom(dict(spec))
        else:
            raise bad
        if not callable(made):
            raise bad
        return made

    def _prepare_queue(self, config, saved):
        if 'queue' in config:
            config['queue'] = self._queue_spec(config['queue'])
        if 'listener' in config:
            config['listener'] = self._listener_spec(config['listener'])
        if 'handlers' in config:
            found = []
            name = None
            with _rethrow_lazy(lambda: 'Unable to set required handler %r' % name):
                for name in config['handlers']:
                    found.append(self._named_handler(
                        name, saved, config,
                        'Required handler %r is not configured yet' % name))
            config['handlers'] = found

    def configure_handler(self, config):
        """A handler from its dictionary."""
        saved = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            with _rethrow('Unable to set formatter %r' % formatter):
                formatter = self.config['formatters'][formatter]
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            klass = config.pop('class')
            if not callable(klass):
                klass = self.resolve(klass)
            H = logging.handlers
            if issubclass(klass, H.MemoryHandler):
                self._prepare_memory(config, saved)
            elif issubclass(klass, H.QueueHandler):
                self._prepare_queue(config, saved)
            elif issubclass(klass, H.SMTPHandler) and 'mailhost' in config:
                config['mailhost'] = self.as_tuple(config['mailhost'])
            elif issubclass(klass, H.SysLogHandler) and 'address' in config:
                config['address'] = self.as_tuple(config['address'])
            if issubclass(klass, H.QueueHandler):
                factory = functools.partial(self._configure_queue_handler, klass)
            else:
                factory = klass
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # handlers of old took strm rather than stream
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        _set_props(result, config.pop('.', None))
        return result

    def add_handlers(self, logger, handlers):
        """Add the named handlers to a logger."""
        for name in handlers:
            with _rethrow('Unable to add handler %r' % name):
                logger.addHandler(self.config['handlers'][name])

    def common_logger_config(self, logger, config, incremental=False):
        """Level, handlers and filters: what root and other loggers share."""
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        handlers = config.get('handlers', None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get('filters', None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        """A named logger from its dictionary."""
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        """The root logger from its dictionary."""
        self.common_logger_config(logging.getLogger(), config, incremental)


def _rethrow_lazy(make_message):
    class Wrap:
        def __enter__(self):
            return self

        def __exit__(self, kind, exc, tb):
            if kind is not None and issubclass(kind, Exception):
                raise ValueError(make_message()) from exc
            return False
    return Wrap()


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------- listening

def _apply_config_bytes(data, verify):
    """Apply one received configuration: JSON for dictConfig, else fileConfig text."""
    import json
    if verify is not None:
        data = verify(data)
    if data is None:
        return
    text = data.decode("utf-8")
    try:
        parsed = json.loads(text)
    except Exception:
        parsed = None
    if isinstance(parsed, dict):
        dictConfig(parsed)
        return
    try:
        fileConfig(io.StringIO(text))
    except Exception:
        traceback.print_exc()


def _read_exactly(conn, size):
    got = b''
    while len(got) < size:
        piece = conn.recv(size - len(got))
        if not piece:
            break
        got += piece
    return got


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    """A thread (not started) serving configuration sent to port: each message
    is a four-byte big-endian length followed by a JSON dictionary or a
    fileConfig text. verify, if given, may check or transform the bytes."""
    if ThreadingTCPServer is None:
        raise NotImplementedError("logging.config.listen() needs the socket "
                                  "module, which this Python lacks")
    import select

    class OneMessage(StreamRequestHandler):
        def handle(self):
            try:
                head = _read_exactly(self.connection, 4)
                if len(head) == 4:
                    size, = struct.unpack(">L", head)
                    try:
                        _apply_config_bytes(_read_exactly(self.connection, size),
                                            verify)
                    except Exception:
                        traceback.print_exc()
                    if self.server.ready:
                        self.server.ready.set()
            except OSError as e:
                if e.errno != RESET_ERROR:
                    raise

    class ConfigServer(ThreadingTCPServer):
        allow_reuse_address = True
        allow_reuse_port = False
        abort = 0
        ready = None

    class ListenerThread(threading.Thread):
        def __init__(self):
            threading.Thread.__init__(self)
            self.port = port
            self.verify = verify
            self.ready = threading.Event()

        def run(self):
            global _listener
            server = ConfigServer(('localhost', self.port), OneMessage)
            server.ready = self.ready
            server.verify = self.verify
            if not self.port:
                self.port = server.server_address[1]
            self.ready.set()
            with logging._lock:
                _listener = server
            fd = server.socket.fileno()
            while True:
                if select.select([fd], [], [], 1)[0]:
                    server.handle_request()
                with logging._lock:
                    if server.abort:
                        break
            server.server_close()

    return ListenerThread()


def stopListening():
    """Stop the thread started from listen(), if any."""
    global _listener
    with logging._lock:
        if _listener:
            _listener.abort = 1
            _listener = None
