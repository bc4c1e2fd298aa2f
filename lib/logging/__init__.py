"""Logging: programs report what happens through named loggers; handlers
send the records where they should go, formatted by formatters and
selected by levels and filters.

    import logging
    logging.basicConfig(level=logging.INFO)
    log = logging.getLogger(__name__)
    log.info('starting %s', 'now')

Loggers form a hierarchy by their dotted names ('app', 'app.db'), under
the root logger; a record goes to the handlers of its logger and of every
ancestor up to one whose propagate is false.
"""

# Kaa's logging. The module's state -- the level names, the handler
# registry, the logger hierarchy and its manager -- is guarded by one
# reentrant module lock, as the interface requires (logging.config and
# handlers take it too).

import sys, os, time, io, re, traceback, warnings, weakref, collections.abc

from types import GenericAlias
from string import Template
from string import Formatter as StrFormatter

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
           'getHandlerByName', 'getHandlerNames']

import threading

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
# The interface version this module follows.
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# When the module was loaded: records carry their time relative to it.
_startTime = time.time_ns()

# Whether errors while handling records are reported (to stderr).
raiseExceptions = True

# Which facts records gather (each costs a little).
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# ---------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """A copy of the mapping from level names to levels."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level ('Level %s' for one without a name); for a
    level's name, its number (kept for old code)."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give the level number the name levelName (in both directions)."""
    with _lock:
        _levelToName[level] = levelName
        _nameToLevel[levelName] = level


if hasattr(sys, "_getframe"):
    currentframe = lambda: sys._getframe(1)
else:
    def currentframe():
        """Return the frame object for the caller's stack frame."""
        try:
            raise Exception
        except Exception as exc:
            return exc.__traceback__.tb_frame.f_back

# Frames of this file are skipped when finding who logged.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _is_internal_frame(frame):
    """Signal whether the frame is a CPython or logging module internal."""
    filename = os.path.normcase(frame.f_code.co_filename)
    return filename == _srcfile or (
        "importlib" in filename and "_bootstrap" in filename)


def _checkLevel(level):
    # A level given as a number or a registered name, as a number.
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# The module lock, and forking
# ---------------------------------------------------------------------------

_lock = threading.RLock()


def _prepareFork():
    """Hold the module lock across fork()."""
    try:
        _lock.acquire()
    except BaseException:
        _lock.release()
        raise


def _afterFork():
    """Release the module lock after fork(), in the parent."""
    _lock.release()


if not hasattr(os, 'register_at_fork'):
    def _register_at_fork_reinit_lock(instance):
        pass
else:
    # Handlers whose locks a forked child must make afresh (the thread
    # holding one may not exist there).
    _at_fork_reinit_lock_weakset = weakref.WeakSet()

    def _register_at_fork_reinit_lock(instance):
        with _lock:
            _at_fork_reinit_lock_weakset.add(instance)

    def _after_at_fork_child_reinit_locks():
        for handler in _at_fork_reinit_lock_weakset:
            handler._at_fork_reinit()
        _lock._at_fork_reinit()

    os.register_at_fork(before=_prepareFork,
                        after_in_child=_after_at_fork_child_reinit_locks,
                        after_in_parent=_afterFork)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

def _source_names(pathname):
    # (file name, module name) of a source path; the path itself and
    # "Unknown module" when it is not a usable path.
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


def _clock_facts(now):
    # created (seconds), msecs and relativeCreated (milliseconds) from one
    # time.time_ns() reading, so that they agree even at a second's edge.
    seconds = now / 1e9
    millis = now % 1_000_000_000 // 1_000_000 + 0.0
    if millis == 999.0 and int(seconds) != now // 1_000_000_000:
        millis = 0.0
    return seconds, millis, (now - _startTime) / 1e6


def _current_process_name():
    if not logMultiprocessing:
        return None
    mp = sys.modules.get('multiprocessing')
    if mp is not None:
        try:
            return mp.current_process().name
        except Exception:
            pass
    return 'MainProcess'


def _current_task_name():
    aio = sys.modules.get('asyncio') if logAsyncioTasks else None
    if aio:
        try:
            return aio.current_task().get_name()
        except Exception:
            pass
    return None


class LogRecord(object):
    """Everything about one logging call: logger name, level, message and
    arguments, the source location, the time, thread, process and task."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        now = time.time_ns()
        # One non-empty mapping as the only argument: '%(key)s' style.
        if (args and len(args) == 1
                and isinstance(args[0], collections.abc.Mapping) and args[0]):
            args = args[0]
        filename, module = _source_names(pathname)
        created, msecs, relative = _clock_facts(now)
        if logThreads:
            thread, thread_name = threading.get_ident(), threading.current_thread().name
        else:
            thread = thread_name = None
        pid = os.getpid() if logProcesses and hasattr(os, 'getpid') else None
        facts = (
            ('name', name), ('msg', msg), ('args', args),
            ('levelname', getLevelName(level)), ('levelno', level),
            ('pathname', pathname), ('filename', filename), ('module', module),
            ('exc_info', exc_info), ('exc_text', None),  # text cached by Formatter
            ('stack_info', sinfo), ('lineno', lineno), ('funcName', func),
            ('created', created), ('msecs', msecs), ('relativeCreated', relative),
            ('thread', thread), ('threadName', thread_name),
            ('processName', _current_process_name()), ('process', pid),
            ('taskName', _current_task_name()))
        for attr, value in facts:
            setattr(self, attr, value)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """str(msg), merged with the arguments by % when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
    the maker of records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The maker of records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from dict (a record sent elsewhere as
    its __dict__, say)."""
    record = _logRecordFactory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------

_str_formatter = StrFormatter()
del StrFormatter


def _record_values(defaults, record):
    return defaults | record.__dict__ if defaults else record.__dict__


class PercentStyle(object):
    # '%(name)s' formats.

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        # The format must have at least one %-field.
        if not self.validation_pattern.search(self._fmt):
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _format(self, record):
        return self._fmt % _record_values(self._defaults, record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    # '{name}' formats (str.format).

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**_record_values(self._defaults, record))

    def validate(self):
        # Every field must be a name or index path, with valid conversions and specs.
        fields = set()
        try:
            for _, name, spec, conversion in _str_formatter.parse(self._fmt):
                if name:
                    if not self.field_spec.match(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    fields.add(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not self.fmt_spec.match(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    # '${name}' formats (string.Template).

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        fields = set()
        for m in Template.pattern.finditer(self._fmt):
            groups = m.groupdict()
            name = groups['named'] or groups['braced']
            if name:
                fields.add(name)
            elif m.group(0) == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**_record_values(self._defaults, record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style]


class Formatter(object):
    """Turns a record into text with a format string, in one of three
    styles: '%' ('%(levelname)s: %(message)s'), '{' ('{levelname}') or '$'
    ('${levelname}').  The fields are the record's attributes, with
    message (the merged message) and asctime (the time, formatted with
    datefmt) added.
    """

    converter = time.localtime

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        self._style = _style_class(style)[0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text: with datefmt, by strftime;
        else '2003-07-08 16:49:45,896'."""
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        """The traceback of the exception info tuple ei, as text."""
        with io.StringIO() as out:
            traceback.print_exception(ei[0], ei[1], ei[2], limit=None, file=out)
            text = out.getvalue()
        return text[:-1] if text[-1:] == "\n" else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: the formatted message, then the exception's
        traceback and the stack, if the record has them."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text,
                      self.formatStack(record.stack_info) if record.stack_info else None):
            if extra:
                if text[-1:] != "\n":
                    text += "\n"
                text += extra
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record with linefmt, and a
    footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = ''.join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Lets through the records of the logger called name and its
    descendants (all records for an empty name)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """What loggers and handlers share: a list of filters (Filter objects
    or callables) that every record must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """False if a filter rejects the record; else the record, possibly
        replaced by a filter that returned a new one."""
        for f in self.filters:
            verdict = f.filter(record) if hasattr(f, 'filter') else f(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# ---------------------------------------------------------------------------
# Handlers
# ---------------------------------------------------------------------------

# Named handlers, and weak references to all of them for shutdown().
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(wr):
    # At interpreter exit the module's globals may already be gone.
    handlers, lock = _handlerList, _lock
    if lock and handlers:
        with lock:
            try:
                handlers.remove(wr)
            except ValueError:
                pass


def _addHandlerRef(handler):
    with _lock:
        _handlerList.append(weakref.ref(handler, _removeHandlerRef))


def getHandlerByName(name):
    """The handler called name, or None."""
    return _handlers.get(name)


def getHandlerNames():
    """The names of the named handlers (a frozenset)."""
    return frozenset(_handlers)


class Handler(Filterer):
    """Delivers records somewhere: subclasses define emit().  A handler has
    a level, filters, a formatter, and a lock around emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _lock:
            if self._name in _handlers:
                del _handlers[self._name]
            self._name = name
            if name:
                _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()
        _register_at_fork_reinit_lock(self)

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented '
                                  'by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters let it through; returns what
        filtering returned."""
        verdict = self.filter(record)
        if isinstance(verdict, LogRecord):
            record = verdict
        if verdict:
            with self.lock:
                self.emit(record)
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        """Forget the handler's name; subclasses release their resources."""
        with _lock:
            self._closed = True
            if self._name and self._name in _handlers:
                del _handlers[self._name]

    def handleError(self, record):
        """Report an exception raised while emitting the record (to stderr,
        if raiseExceptions is true), without raising it."""
        if not (raiseExceptions and sys.stderr):
            return
        exc = sys.exception()
        try:
            err = sys.stderr
            err.write('--- Logging error ---\n')
            traceback.print_exception(exc, limit=None, file=err)
            err.write('Call stack:\n')
            # The stack from the first frame outside logging.
            frame = exc.__traceback__.tb_frame
            while frame and os.path.dirname(frame.f_code.co_filename) == __path__[0]:
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass    # stderr itself failing: give up quietly
        finally:
            del exc

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes records to a stream (sys.stderr by default), one per line."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; returns the old stream (None if
        stream is the current one)."""
        if stream is self.stream:
            return None
        old = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """Writes records to a file (opened now, or at the first record with
    delay true)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = os.fspath(filename)
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            self.encoding = io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        # Kept, so that close() at shutdown works after open is gone.
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        with self.lock:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream, self.stream = self.stream, None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                # Also for a delayed handler that never opened its file.
                StreamHandler.close(self)

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        # A closed 'w' handler does not reopen (it would truncate the file).
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    # The handler of last resort: writes to whatever sys.stderr is now.

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------
# Loggers and their hierarchy
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not created yet, remembering the
    loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger() create loggers of klass (a Logger subclass)."""
    _check_logger_class(klass)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    """The class getLogger() creates loggers of."""
    return _loggerClass


class Manager(object):
    """Keeps the hierarchy of loggers by name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called name, created (and linked into the hierarchy)
        if there is none yet."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            found = self.loggerDict.get(name)
            if isinstance(found, Logger):
                return found
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(found, PlaceHolder):
                self._fixupChildren(found, made)
            self._fixupParents(made)
            return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # The nearest existing ancestor becomes the parent; placeholders
        # stand for the missing ones in between.
        name = alogger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and not parent:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
            else:
                assert isinstance(entry, PlaceHolder)
                entry.append(alogger)
            cut = name.rfind(".", 0, cut - 1)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        # The loggers below a placeholder now hang from alogger (unless they
        # already have a parent below it).
        name = alogger.name
        for child in ph.loggerMap.keys():
            if child.parent.name[:len(name)] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _lock:
            for logger in self.loggerDict.values():
                if isinstance(logger, Logger):
                    logger._cache.clear()
            self.root._cache.clear()


def _level_method(level, name):
    # Logger.debug, .info, ...: log at that level if it is enabled.
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    method.__name__ = method.__qualname__ = name
    method.__qualname__ = 'Logger.' + name
    method.__doc__ = ("Log msg %% args with severity '%s'." % getLevelName(level))
    return method


class Logger(Filterer):
    """A named channel of records.  Its level (or the nearest ancestor's)
    decides what it lets through; its handlers, and those of its ancestors
    while propagate is true, receive the records."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log msg at ERROR level with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Don't use this method, use critical() instead."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line, function, stack text or None) of the code that
        logged: stacklevel frames up, not counting logging's own."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            up = frame.f_back
            if up is None:
                break
            frame = up
            if not _is_internal_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        sinfo = None
        if stack_info:
            with io.StringIO() as out:
                out.write("Stack (most recent call last):\n")
                traceback.print_stack(frame, file=out)
                sinfo = out.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make a record with the record factory, adding extra's keys as
        attributes (which may not replace the record's own)."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ["message", "asctime"] or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        sinfo = None
        where = ("(unknown file)", 0, "(unknown function)")
        if _srcfile:
            try:
                *where, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass    # some implementations lack frames
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        fn, lno, func = where
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass the record to the handlers if this logger's filters let it
        through."""
        if self.disabled:
            return
        verdict = self.filter(record)
        if not verdict:
            return
        if isinstance(verdict, LogRecord):
            record = verdict
        self.callHandlers(record)

    def addHandler(self, hdlr):
        with _lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def _chain(self):
        # This logger and the ancestors its records propagate to.
        logger = self
        while logger:
            yield logger
            if not logger.propagate:
                break
            logger = logger.parent

    def hasHandlers(self):
        """Whether this logger or an ancestor its records reach has
        handlers."""
        return any(logger.handlers for logger in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler up the chain whose level allows
        it; with no handlers at all, to lastResort."""
        found = 0
        for logger in self._chain():
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if found:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write("No handlers could be found for logger"
                             " \"%s\"\n" % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """This logger's level, or the nearest ancestor's that is set."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether records of level get through (cached per level)."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            with _lock:
                if self.manager.disable >= level:
                    enabled = False
                else:
                    enabled = level >= self.getEffectiveLevel()
                self._cache[level] = enabled
            return enabled

    def getChild(self, suffix):
        """The logger below this one named suffix (which may be dotted)."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """The loggers directly below this one (a set)."""
        def depth(logger):
            return 0 if logger is logger.manager.root else 1 + logger.name.count('.')

        with _lock:
            return {item for item in self.manager.loggerDict.values()
                    if isinstance(item, Logger) and item.parent is self
                    and depth(item) == 1 + depth(item.parent)}

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, called 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_level_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__ = name
    method.__qualname__ = 'LoggerAdapter.' + name
    method.__doc__ = "Delegate a %s call to the underlying logger." % name
    return method


class LoggerAdapter(object):
    """Wraps a logger to add context: every call goes through process(),
    which by default sets the call's extra to the adapter's."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger, self.extra, self.merge_extra = logger, extra, merge_extra

    def process(self, msg, kwargs):
        """(msg, kwargs) for the logger: extra becomes the adapter's, or,
        with merge_extra, the adapter's updated by the call's own."""
        own = self.extra
        if self.merge_extra and "extra" in kwargs:
            own = {**own, **kwargs["extra"]}
        kwargs["extra"] = own
        return msg, kwargs

    debug = _adapter_level_method(DEBUG, 'debug')
    info = _adapter_level_method(INFO, 'info')
    warning = _adapter_level_method(WARNING, 'warning')
    error = _adapter_level_method(ERROR, 'error')
    critical = _adapter_level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, "
                      "use 'warning' instead", DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """ERROR-level call with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Process msg and kwargs, then log them through the logger."""
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    # The rest is the wrapped logger's.

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------
# Configuration and the module-level functions
# ---------------------------------------------------------------------------

def basicConfig(**kwargs):
    """Give the root logger a handler, once: a StreamHandler (stderr, or
    stream=) or a FileHandler (filename=, filemode=, encoding=, errors=),
    or the handlers= given, with a Formatter of format=, datefmt= and
    style=; level= sets the root's level.  Nothing happens if the root
    already has handlers, unless force=True replaces them.
    """
    with _lock:
        force = kwargs.pop('force', False)
        encoding = kwargs.pop('encoding', None)
        errors = kwargs.pop('errors', 'backslashreplace')
        if force:
            for handler in root.handlers[:]:
                root.removeHandler(handler)
                handler.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be "
                             "specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                else:
                    encoding = io.text_encoding(encoding)
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(kwargs.pop("stream", None))]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        default_format = _style_class(style)[1]
        formatter = Formatter(kwargs.pop("format", default_format), datefmt, style)
        for handler in handlers:
            if handler.formatter is None:
                handler.setFormatter(formatter)
            root.addHandler(handler)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger called name (the root logger without one)."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def _root_level_function(level, name):
    # logging.debug, .info, ...: log on the root logger, configuring it
    # with basicConfig() first if it has no handlers.
    def function(msg, *args, **kwargs):
        if len(root.handlers) == 0:
            basicConfig()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    function.__doc__ = ("Log a message with severity '%s' on the root logger. If the "
                        "logger has no handlers, call basicConfig() to add a console "
                        "handler with a pre-defined format." % getLevelName(level))
    return function


critical = _root_level_function(CRITICAL, 'critical')
error = _root_level_function(ERROR, 'error')
warning = _root_level_function(WARNING, 'warning')
info = _root_level_function(INFO, 'info')
debug = _root_level_function(DEBUG, 'debug')


def fatal(msg, *args, **kwargs):
    """Don't use this function, use critical() instead."""
    critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log msg at ERROR level on the root logger, with the exception being
    handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, "
                  "use 'warning' instead", DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args at the integer level on the root logger."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at level or below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (run at exit)."""
    for wr in reversed(handlerList[:]):
        # Errors are kept quiet: at exit, streams may be gone already.
        try:
            handler = wr()
            if handler:
                try:
                    handler.acquire()
                    if getattr(handler, 'flushOnClose', True):
                        handler.flush()
                    handler.close()
                except (OSError, ValueError):
                    pass
                finally:
                    handler.release()
        except:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that drops everything: libraries add one so that their
    records do not reach lastResort when the program configures nothing."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Warnings through logging
# ---------------------------------------------------------------------------

_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # warnings.showwarning while captured: to the 'py.warnings' logger
    # (warnings sent to a file go there as before).
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning(str(text))


def captureWarnings(capture):
    """Send warnings to logging (capture true) or back to their own output."""
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
