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

# the server of the running listen() thread, for stopListening()
_listener = None


# ---------------------------------------------------------------- shared helpers

def _follow_dotted(path, importer):
    """The object a dotted path names: the first part is imported, the rest
    are attributes, importing a submodule where one is not there yet."""
    first, *attributes = path.split('.')
    found = importer(first)
    reached = first
    for attribute in attributes:
        reached = '%s.%s' % (reached, attribute)
        if not hasattr(found, attribute):
            importer(reached)
        found = getattr(found, attribute)
    return found


def _resolve(name):
    return _follow_dotted(name, __import__)


def _clearExistingHandlers():
    """Flush, close and forget every handler made so far."""
    every = list(logging._handlerList)
    logging._handlers.clear()
    logging.shutdown(every)
    logging._handlerList.clear()


def _children_of(parent, names):
    """Those of the sorted names that are loggers below parent."""
    prefix = parent + "."
    after = names[names.index(parent) + 1:]
    return [name for name in after if name.startswith(prefix)]


def _split_off_configured(name, existing, children):
    """A configured logger is no longer 'existing'; its existing descendants
    are remembered, to be kept working rather than disabled."""
    if name in existing:
        children.extend(_children_of(name, existing))
        existing.remove(name)


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the new configuration leaves out: those below a configured
    logger go back to defaults and pass records up; the others are disabled
    when asked to be."""
    registry = logging.root.manager.loggerDict
    for name in existing:
        item = registry[name]
        if name not in child_loggers:
            item.disabled = disable_existing
            continue
        if isinstance(item, logging.PlaceHolder):
            continue
        item.setLevel(logging.NOTSET)
        item.handlers = []
        item.propagate = True


# ---------------------------------------------------------------- fileConfig

def _comma_names(text):
    """'a, b,c' -> ['a', 'b', 'c']; an empty text names nothing."""
    return [part.strip() for part in text.split(",")] if text else []


def _set_level_from(target, section):
    if "level" in section:
        target.setLevel(section["level"])


# formatter option -> fallback when the section lacks it
_FORMATTER_OPTIONS = (("format", None), ("datefmt", None), ("style", '%'),
                      ("defaults", None))


def _formatters_from(cp):
    """The formatters listed in [formatters], by name."""
    built = {}
    for name in _comma_names(cp["formatters"]["keys"]):
        section = "formatter_" + name
        options = {option: cp.get(section, option, raw=True, fallback=fallback)
                   for option, fallback in _FORMATTER_OPTIONS}
        class_path = cp[section].get("class")
        factory = _resolve(class_path) if class_path else logging.Formatter
        extra = {}
        if options["defaults"] is not None:
            extra["defaults"] = eval(options["defaults"], vars(logging))
        built[name] = factory(options["format"], options["datefmt"],
                              options["style"], **extra)
    return built


def _handler_class(spec):
    """The class a handler section names: an expression over the logging
    namespace ('StreamHandler', 'handlers.WatchedFileHandler') or else a
    dotted import path."""
    try:
        return eval(spec, vars(logging))
    except (AttributeError, NameError):
        return _resolve(spec)


def _handlers_from(cp, formatters):
    """The handlers listed in [handlers], by name. A MemoryHandler's target
    is set once every handler exists."""
    scope = vars(logging)
    built = {}
    wiring = []
    for name in _comma_names(cp["handlers"]["keys"]):
        section = cp["handler_" + name]
        cls = section["class"]
        formatter = section.get("formatter", "")
        cls = _handler_class(cls)
        positional = eval(section.get("args", '()'), scope)
        keywords = eval(section.get("kwargs", '{}'), scope)
        made = cls(*positional, **keywords)
        made.name = name
        _set_level_from(made, section)
        if formatter:
            made.setFormatter(formatters[formatter])
        if issubclass(cls, logging.handlers.MemoryHandler):
            wiring.append((made, section.get("target", "")))
        built[name] = made
    for made, target in wiring:
        if target:
            made.setTarget(built[target])
    return built


def _dress_logger(target, section, handlers):
    """Level and handlers of a logger, from its section."""
    _set_level_from(target, section)
    for old in list(target.handlers):
        target.removeHandler(old)
    for name in _comma_names(section["handlers"]):
        target.addHandler(handlers[name])


def _loggers_from(cp, handlers, disable_existing):
    """Sets up the root logger and the loggers listed in [loggers]."""
    listed = _comma_names(cp["loggers"]["keys"])
    listed.remove("root")
    _dress_logger(logging.root, cp["logger_root"], handlers)
    existing = sorted(logging.root.manager.loggerDict)
    children = []
    for key in listed:
        section = cp["logger_" + key]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        target = logging.getLogger(qualname)
        _split_off_configured(qualname, existing, children)
        _dress_logger(target, section, handlers)
        target.propagate = propagate
        target.disabled = 0
    _handle_existing_loggers(existing, children, disable_existing)


def _parser_for(fname, defaults, encoding):
    """A loaded ConfigParser for fileConfig's first argument."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        return fname
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if os.path.getsize(fname) == 0:
            raise RuntimeError(f'{fname} is an empty file')
    parser = configparser.ConfigParser(defaults)
    try:
        if hasattr(fname, 'readline'):
            parser.read_file(fname)
        else:
            parser.read(fname, encoding=io.text_encoding(encoding))
    except configparser.ParsingError as e:
        raise RuntimeError(f'{fname} is invalid: {e}')
    return parser


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser file (a path, an open file or a
    parser already loaded)."""
    parser = _parser_for(fname, defaults, encoding)
    built_formatters = _formatters_from(parser)
    with logging._lock:
        _clearExistingHandlers()
        built_handlers = _handlers_from(parser, built_formatters)
        _loggers_from(parser, built_handlers, disable_existing_loggers)


# ---------------------------------------------------------------- dictConfig

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


_CONTAINERS = ()     # the converting types, filled in below
_NO_KEY = object()   # convert() results are not stored under any key


class ConvertingMixin(object):
    """For the converting containers: values are converted as they are read,
    and a converted container remembers where it was found."""

    def _converted(self, value, key, store):
        fresh = self.configurator.convert(value)
        if fresh is value:
            return value
        if store:
            self[key] = fresh        # convert once, not on every read
        if type(fresh) in _CONTAINERS:
            fresh.parent = self
            if key is not _NO_KEY:
                fresh.key = key
        return fresh

    def convert_with_key(self, key, value, replace=True):
        return self._converted(value, key, replace)

    def convert(self, value):
        return self._converted(value, _NO_KEY, False)


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
# plain container type -> the converting type that stands in for it
_STAND_INS = ((dict, ConvertingDict), (list, ConvertingList),
              (tuple, ConvertingTuple))


def _callable_from(spec, configurator):
    return spec if callable(spec) else configurator.resolve(spec)


def _keyword_args(config):
    """The entries of a configuration dict that become keyword arguments
    (all but '.', each checked to be an identifier)."""
    return {key: config[key] for key in config
            if key != '.' and valid_ident(key)}


def _apply_dot(made, config):
    """Sets the attributes listed under '.' on the object made."""
    extra = config.pop('.', None)
    for name, value in (extra or {}).items():
        setattr(made, name, value)


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
        top = ConvertingDict(config)
        top.configurator = self
        self.config = top

    def resolve(self, s):
        """The object named by dotted path s, or ValueError."""
        try:
            return _follow_dotted(s, self.importer)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def _cfg_path(self, value):
        """Yields (key, bracketed) for each step of a cfg:// path such as
        'handlers.console[0]'; ValueError where the text stops making sense."""
        head = self.WORD_PATTERN.match(value)
        if head is None:
            raise ValueError("Unable to convert %r" % value)
        yield head.group(1), False
        rest = value[head.end():]
        while rest:
            step = self.DOT_PATTERN.match(rest)
            bracketed = step is None
            if bracketed:
                step = self.INDEX_PATTERN.match(rest)
                if step is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
            yield step.group(1), bracketed
            rest = rest[step.end():]

    def _subscript(self, node, index):
        # a bracketed run of digits is tried as a number first
        if self.DIGIT_PATTERN.match(index):
            try:
                return node[int(index)]
            except TypeError:
                pass
        return node[index]

    def cfg_convert(self, value):
        """Follow a path like 'handlers.console[0].level' into the config."""
        node = self.config
        for key, bracketed in self._cfg_path(value):
            node = self._subscript(node, key) if bracketed else node[key]
        return node

    def _stand_in(self, value):
        for plain, converting in _STAND_INS:
            if not isinstance(value, plain):
                continue
            named_tuple = plain is tuple and hasattr(value, '_fields')
            if named_tuple or isinstance(value, converting):
                return value
            wrapped = converting(value)
            wrapped.configurator = self
            return wrapped
        return value

    def convert(self, value):
        """Wrap plain containers so their contents convert too, and turn
        'prefix://suffix' strings into what they refer to."""
        if not isinstance(value, str):
            return self._stand_in(value)
        hit = self.CONVERT_PATTERN.match(value)
        method = hit and self.value_converters.get(hit.group('prefix'))
        if not method:
            return value
        return getattr(self, method)(hit.group('suffix'))

    def configure_custom(self, config):
        """Call the factory under '()' with the other keys as keywords, then
        set the attributes under '.'."""
        factory = _callable_from(config.pop('()'), self)
        made = factory(**_keyword_args(config))
        _apply_dot(made, config)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


_QUEUE_METHODS = ('empty', 'full', 'get', 'get_nowait', 'put', 'put_nowait',
                  'join', 'qsize', 'task_done')


def _is_queue_like_object(obj):
    """Does obj offer the methods of queue.Queue?"""
    if isinstance(obj, queue.Queue):
        return True
    # multiprocessing is imported only when it may be needed (if it exists)
    try:
        from multiprocessing.queues import Queue as ProcessQueue
    except ImportError:
        ProcessQueue = ()
    if isinstance(obj, ProcessQueue):
        return True
    return all(callable(getattr(obj, name, None)) for name in _QUEUE_METHODS)


class _Rethrow:
    """Context manager: an Exception escaping the block becomes a ValueError
    (chained to it) whose message is given, or made by calling what is given
    at the time of failure."""

    def __init__(self, message):
        self.message = message

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None or not issubclass(kind, Exception):
            return False
        text = self.message() if callable(self.message) else self.message
        raise ValueError(text) from exc


def _set_checked_level(target, level):
    if level is not None:
        target.setLevel(logging._checkLevel(level))


def _as_tuple_entry(key):
    """A handler preparer turning config[key] (a list from JSON, say) into a
    tuple."""
    def prepare(configurator, config, original):
        if key in config:
            config[key] = configurator.as_tuple(config[key])
    return prepare


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary following the version 1 schema."""

    def configure(self):
        """Applies the configuration: everything, or with 'incremental' only
        the levels of existing handlers and the loggers."""
        settings = self.config
        if 'version' not in settings:
            raise ValueError("dictionary doesn't specify a version")
        version = settings['version']
        if version != 1:
            raise ValueError("Unsupported version: %s" % version)
        if settings.pop('incremental', False):
            apply = self._adjust_existing
        else:
            apply = self._build_afresh
        with logging._lock:
            apply(settings)

    def _adjust_existing(self, settings):
        section = settings.get('handlers', {})
        for name in section:
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            with _Rethrow('Unable to configure handler %r' % name):
                wanted = section[name].get('level', None)
                if wanted:
                    logging._handlers[name].setLevel(logging._checkLevel(wanted))
        self._each_logger(settings, True)
        self._the_root(settings, True)

    def _build_afresh(self, settings):
        disable_existing = settings.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        # formatters and filters first: handlers and loggers refer to them
        for section, build in (('formatters', self.configure_formatter),
                               ('filters', self.configure_filter)):
            entries = settings.get(section, {})
            singular = section[:-1]
            for name in entries:
                with _Rethrow('Unable to configure %s %r' % (singular, name)):
                    entries[name] = build(entries[name])
        self._build_handlers(settings.get('handlers', {}))
        # loggers that exist now but are not configured get disabled, unless
        # they sit below a configured one
        existing = sorted(logging.root.manager.loggerDict)
        children = []
        self._each_logger(settings, False,
                          lambda name: _split_off_configured(name, existing,
                                                             children))
        _handle_existing_loggers(existing, children, disable_existing)
        self._the_root(settings, False)

    def _each_logger(self, settings, incremental, first=None):
        flag = (True,) if incremental else ()
        section = settings.get('loggers', {})
        for name in section:
            if first is not None:
                first(name)
            with _Rethrow('Unable to configure logger %r' % name):
                self.configure_logger(name, section[name], *flag)

    def _the_root(self, settings, incremental):
        wanted = settings.get('root', None)
        if not wanted:
            return
        flag = (True,) if incremental else ()
        with _Rethrow('Unable to configure root logger'):
            self.configure_root(wanted, *flag)

    def _build_handlers(self, section):
        """Builds the handlers in name order. One that refers to a handler
        not built yet (a MemoryHandler target, a QueueHandler's handlers) is
        tried again after all the others."""
        later = []
        for name in sorted(section):
            try:
                self._build_handler(section, name)
            except Exception as e:
                if ' not configured yet' in str(e.__cause__):
                    later.append(name)
                    continue
                raise ValueError('Unable to configure handler %r' % name) from e
        for name in later:
            with _Rethrow('Unable to configure handler %r' % name):
                self._build_handler(section, name)

    def _build_handler(self, section, name):
        made = self.configure_handler(section[name])
        made.name = name
        section[name] = made

    def configure_formatter(self, config):
        """A formatter from its dictionary."""
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                if "'format'" not in str(problem):
                    raise
                # an older factory may call its format string fmt
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        positional = [config.get('format', None), config.get('datefmt', None),
                      config.get('style', '%')]
        class_path = config.get('class', None)
        extra = {}
        given_defaults = config.get('defaults', None)
        if given_defaults is not None:
            extra['defaults'] = given_defaults
        factory = _resolve(class_path) if class_path else logging.Formatter
        # validate is passed only when given: custom classes may lack it
        if 'validate' in config:
            positional.append(config['validate'])
        return factory(*positional, **extra)

    def configure_filter(self, config):
        """A filter from its dictionary."""
        if '()' not in config:
            return logging.Filter(config.get('name', ''))
        return self.configure_custom(config)

    def add_filters(self, filterer, filters):
        """Add filters (objects, or names in the config) to a filterer."""
        for item in filters:
            with _Rethrow('Unable to add filter %r' % item):
                usable = callable(item) or callable(getattr(item, 'filter', None))
                filterer.addFilter(item if usable else
                                   self.config['filters'][item])

    def _configure_queue_handler(self, klass, **kwargs):
        if 'queue' in kwargs:
            feed = kwargs.pop('queue')
        else:
            feed = queue.Queue()     # no bound
        respect = kwargs.pop('respect_handler_level', False)
        make_listener = kwargs.pop('listener', logging.handlers.QueueListener)
        served = kwargs.pop('handlers', [])
        made = klass(feed, **kwargs)
        made.listener = make_listener(feed, *served,
                                      respect_handler_level=respect)
        return made

    def _built_handler(self, name, original, config, complaint):
        """The handler already built under name; TypeError(complaint), with
        config restored for the second pass, if it is not built yet."""
        found = self.config['handlers'][name]
        if isinstance(found, logging.Handler):
            return found
        config.update(original)
        raise TypeError(complaint)

    def _prepare_memory(self, config, original):
        if 'flushLevel' in config:
            config['flushLevel'] = logging._checkLevel(config['flushLevel'])
        if 'target' not in config:
            return
        target = config['target']
        with _Rethrow('Unable to set target handler %r' % target):
            config['target'] = self._built_handler(
                target, original, config, 'target not configured yet')

    def _queue_from(self, spec):
        """A queue from the 'queue' entry: a queue, a dotted name of a
        callable making one, or a '()' factory dictionary."""
        if isinstance(spec, str):
            factory = self.resolve(spec)
            if callable(factory):
                return factory()
        elif isinstance(spec, dict):
            if '()' in spec:
                return self.configure_custom(dict(spec))
        elif _is_queue_like_object(spec):
            return spec
        raise TypeError('Invalid queue specifier %r' % spec)

    def _listener_from(self, spec):
        """A QueueListener class or factory from the 'listener' entry."""
        if isinstance(spec, type):
            acceptable = issubclass(spec, logging.handlers.QueueListener)
            made = spec
        elif isinstance(spec, str):
            made = self.resolve(spec)
            acceptable = callable(made) and not (
                isinstance(made, type) and
                not issubclass(made, logging.handlers.QueueListener))
        elif isinstance(spec, dict) and '()' in spec:
            made = self.configure_custom(dict(spec))
            acceptable = callable(made)
        else:
            acceptable = False
        if not acceptable:
            raise TypeError('Invalid listener specifier %r' % spec)
        return made

    def _prepare_queue(self, config, original):
        if 'queue' in config:
            config['queue'] = self._queue_from(config['queue'])
        if 'listener' in config:
            config['listener'] = self._listener_from(config['listener'])
        if 'handlers' not in config:
            return
        served = []
        current = None
        with _Rethrow(lambda: 'Unable to set required handler %r' % current):
            for current in config['handlers']:
                served.append(self._built_handler(
                    current, original, config,
                    'Required handler %r is not configured yet' % current))
        config['handlers'] = served

    # handler class (in logging.handlers) -> what its entries need first
    _PREPARERS = (
        ('MemoryHandler', _prepare_memory),
        ('QueueHandler', _prepare_queue),
        ('SMTPHandler', _as_tuple_entry('mailhost')),
        ('SysLogHandler', _as_tuple_entry('address')),
    )

    def _handler_factory(self, config, original):
        if '()' in config:
            return _callable_from(config.pop('()'), self)
        cls = _callable_from(config.pop('class'), self)
        for base, prepare in self._PREPARERS:
            if issubclass(cls, getattr(logging.handlers, base)):
                prepare(self, config, original)
                break
        if issubclass(cls, logging.handlers.QueueHandler):
            return functools.partial(self._configure_queue_handler, cls)
        return cls

    def _named_formatter(self, name):
        """The formatter built under name, or None when no name is given."""
        if not name:
            return None
        with _Rethrow('Unable to set formatter %r' % name):
            return self.config['formatters'][name]

    def configure_handler(self, config):
        """A handler from its dictionary."""
        original = dict(config)      # for a second attempt, if one is needed
        formatter = self._named_formatter(config.pop('formatter', None))
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        factory = self._handler_factory(config, original)
        keywords = _keyword_args(config)
        try:
            made = factory(**keywords)
        except TypeError as problem:
            if "'stream'" not in str(problem):
                raise
            # handlers of old took strm rather than stream
            keywords['strm'] = keywords.pop('stream')
            made = factory(**keywords)
        if formatter is not None:
            made.setFormatter(formatter)
        _set_checked_level(made, level)
        if filters:
            self.add_filters(made, filters)
        _apply_dot(made, config)
        return made

    def add_handlers(self, logger, handlers):
        """Add the named handlers to a logger."""
        for name in handlers:
            with _Rethrow('Unable to add handler %r' % name):
                logger.addHandler(self.config['handlers'][name])

    def common_logger_config(self, logger, config, incremental=False):
        """Level, handlers and filters: what root and other loggers share."""
        _set_checked_level(logger, config.get('level', None))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        for key, attach in (('handlers', self.add_handlers),
                            ('filters', self.add_filters)):
            wanted = config.get(key, None)
            if wanted:
                attach(logger, wanted)

    def configure_logger(self, name, config, incremental=False):
        """A named logger from its dictionary."""
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        flag = config.get('propagate', None)
        if flag is not None:
            target.propagate = flag

    def configure_root(self, config, incremental=False):
        """The root logger from its dictionary."""
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------- listening

def _apply_config_bytes(data, verify):
    """Applies one received configuration: a JSON object goes to dictConfig,
    anything else is read as fileConfig text."""
    import json
    if verify is not None:
        data = verify(data)
    if data is None:
        return               # refused by verify
    text = data.decode("utf-8")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None        # not JSON: configparser text, then
    if isinstance(parsed, dict):
        dictConfig(parsed)
    else:
        fileConfig(io.StringIO(text))


def _receive(conn, size):
    """Up to size bytes from conn (fewer only if the peer stops sending)."""
    pieces = []
    missing = size
    while missing > 0:
        piece = conn.recv(missing)
        if not piece:
            break
        pieces.append(piece)
        missing -= len(piece)
    return b''.join(pieces)


def _serve_one(connection, verify, ready):
    """Reads one length-prefixed configuration from connection and applies it."""
    head = _receive(connection, 4)
    if len(head) != 4:
        return
    (size,) = struct.unpack(">L", head)
    try:
        _apply_config_bytes(_receive(connection, size), verify)
    except Exception:
        # a bad configuration is reported, and the listener carries on
        traceback.print_exc()
    if ready:
        ready.set()


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
                _serve_one(self.connection, verify, self.server.ready)
            except OSError as e:
                # a peer hanging up early is not worth a traceback
                if e.errno != RESET_ERROR:
                    raise

    class ConfigServer(ThreadingTCPServer):
        allow_reuse_address = True
        allow_reuse_port = False
        abort = 0
        ready = None

        def stopped(self):
            with logging._lock:
                return bool(self.abort)

    class ListenerThread(threading.Thread):
        def __init__(self):
            super().__init__()
            self.ready = threading.Event()
            self.verify = verify
            self.port = port

        def run(self):
            global _listener
            server = ConfigServer(('localhost', self.port), OneMessage)
            server.ready = self.ready
            server.verify = self.verify
            # port 0 asks for any free port: report the one we got
            self.port = self.port or server.server_address[1]
            self.ready.set()
            with logging._lock:
                _listener = server
            watched = [server.socket.fileno()]
            while not server.stopped():
                readable = select.select(watched, [], [], 1)[0]
                if readable:
                    server.handle_request()
            server.server_close()

    return ListenerThread()


def stopListening():
    """Stop the thread started from listen(), if any."""
    global _listener
    with logging._lock:
        server, _listener = _listener, None
        if server:
            server.abort = 1
