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

import atexit
import collections.abc
import io
import os
import re
import sys
import threading
import time
import traceback
import warnings
import weakref
from string import Template, Formatter as _BraceParser
from types import GenericAlias

__all__ = """
    BASIC_FORMAT CRITICAL DEBUG ERROR FATAL INFO NOTSET WARN WARNING
    BufferingFormatter FileHandler Filter Formatter Handler LogRecord Logger
    LoggerAdapter NullHandler StreamHandler
    addLevelName basicConfig captureWarnings critical debug disable error
    exception fatal getHandlerByName getHandlerNames getLevelName
    getLevelNamesMapping getLogRecordFactory getLogger getLoggerClass info
    lastResort log makeLogRecord raiseExceptions setLogRecordFactory
    setLoggerClass shutdown warn warning
""".split()

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
# The interface version this module follows.
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# When the module was loaded: records carry their time relative to it.
_startTime = time.time_ns()

# Whether errors while handling records are reported (to stderr).
raiseExceptions = True

# Which facts records gather (each costs a little): thread, process name,
# process id and asyncio task name.
logThreads = logMultiprocessing = logProcesses = logAsyncioTasks = True

# ---------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
FATAL, WARN = CRITICAL, WARNING     # older spellings

# Both directions between level numbers and names; the older spellings
# only map name to number.
_levelToName = {number: name for name, number in (
    ('CRITICAL', 50), ('ERROR', 40), ('WARNING', 30), ('INFO', 20), ('DEBUG', 10),
    ('NOTSET', 0))}
_nameToLevel = {name: number for number, name in _levelToName.items()}
_nameToLevel.update(FATAL=FATAL, WARN=WARN)


def getLevelNamesMapping():
    """A copy of the mapping from level names to levels."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level ('Level %s' for one without a name); for a
    level's name, its number (kept for old code)."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return f"Level {level}"


def addLevelName(level, levelName):
    """Give the level number the name levelName (in both directions)."""
    with _lock:
        _nameToLevel[levelName], _levelToName[level] = level, levelName


def _frame_of_caller():
    # The frame of whoever called currentframe() (found through a
    # traceback where sys._getframe is missing).
    try:
        raise RuntimeError
    except RuntimeError:
        return sys.exc_info()[2].tb_frame.f_back


currentframe = (lambda: sys._getframe(1)) if hasattr(sys, '_getframe') else _frame_of_caller

# Frames of this file are skipped when finding who logged.
_srcfile = os.path.normcase(addLevelName.__code__.co_filename)


def _inside_logging(frame):
    # Frames of this module, and of the import machinery, are not the
    # caller a record should name.
    path = os.path.normcase(frame.f_code.co_filename)
    if path == _srcfile:
        return True
    return "importlib" in path and "_bootstrap" in path


def _checkLevel(level):
    # A level given as a number or a registered name, as a number.
    if not isinstance(level, int):
        if str(level) != level:
            raise TypeError("Level not an integer or a valid string: %r" % (level,))
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    return level


# ---------------------------------------------------------------------------
# The module lock, and forking
# ---------------------------------------------------------------------------

_lock = threading.RLock()

# Handlers whose locks a forked child must make afresh (the thread holding
# one may not exist there).
_at_fork_reinit_lock_weakset = weakref.WeakSet()


def _track_for_fork(handler):
    if hasattr(os, 'register_at_fork'):
        with _lock:
            _at_fork_reinit_lock_weakset.add(handler)


def _fresh_locks_in_child():
    # The handlers' locks, then the module's.
    for holder in [*_at_fork_reinit_lock_weakset, _lock]:
        holder._at_fork_reinit()


if hasattr(os, 'register_at_fork'):
    # The module lock is held across fork(), so that no other thread is
    # half-way through changing the module's state when the child starts.
    os.register_at_fork(before=_lock.acquire, after_in_parent=_lock.release,
                        after_in_child=_fresh_locks_in_child)


# ---------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------

def _source_names(pathname):
    # (file name, module name) of a source path; the path itself and
    # "Unknown module" when it is not a usable path.
    try:
        base = os.path.basename(pathname)
        stem = os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        base, stem = pathname, "Unknown module"
    return base, stem


def _clock_facts(now):
    # created (seconds), msecs and relativeCreated (milliseconds) from one
    # time.time_ns() reading, so that they agree even at a second's edge.
    seconds = now / 1e9
    millis = now % 1_000_000_000 // 1_000_000 + 0.0
    if millis == 999.0 and int(seconds) != now // 1_000_000_000:
        millis = 0.0
    return seconds, millis, (now - _startTime) / 1e6


def _ask_loaded_module(name, question, fallback):
    # question(module) if the module is already imported and answers,
    # else fallback (records never import anything themselves).
    module = sys.modules.get(name)
    if module is not None:
        try:
            return question(module)
        except Exception:
            pass
    return fallback


def _thread_facts():
    # (thread id, thread name), or Nones when logThreads is off.
    if not logThreads:
        return None, None
    return threading.get_ident(), threading.current_thread().name


def _current_process_name():
    if logMultiprocessing:
        return _ask_loaded_module('multiprocessing',
                                  lambda mp: mp.current_process().name, 'MainProcess')
    return None


def _current_task_name():
    if not logAsyncioTasks:
        return None
    return _ask_loaded_module('asyncio', lambda aio: aio.current_task().get_name(), None)


class LogRecord(object):
    """Everything about one logging call: logger name, level, message and
    arguments, the source location, the time, thread, process and task."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time_ns()
        # One non-empty mapping as the only argument: '%(key)s' style.
        if args and len(args) == 1:
            only = args[0]
            if isinstance(only, collections.abc.Mapping) and only:
                args = only
        filename, module = _source_names(pathname)
        created, msecs, relative = _clock_facts(now)
        thread, thread_name = _thread_facts()
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
        return (f'<LogRecord: {self.name}, {self.levelno}, {self.pathname}, '
                f'{self.lineno}, "{self.msg}">')

    def getMessage(self):
        """str(msg), merged with the arguments by % when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
    the maker of records."""
    globals()['_logRecordFactory'] = factory


def getLogRecordFactory():
    """The maker of records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes come from dict (a record sent elsewhere as
    its __dict__, say)."""
    blank = _logRecordFactory(None, None, "", 0, "", (), None, None)
    vars(blank).update(dict)
    return blank


# ---------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------

_brace_parser = _BraceParser()


def _record_values(defaults, record):
    return defaults | record.__dict__ if defaults else record.__dict__


class PercentStyle(object):
    # '%(name)s' formats.  The subclasses below change the markers and the
    # substitution; usesTime(), validate() and format() work for all.

    validation_pattern = re.compile(r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = fmt or self.default_format, defaults
        self._prepare()

    def _prepare(self):
        """Hook: precompute what substituting needs (nothing here)."""

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        # The format must have at least one %-field.
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _substitute(self, values):
        return self._fmt % values

    def _format(self, record):
        return self._substitute(_record_values(self._defaults, record))

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


def _no_fields():
    return ValueError('invalid format: no fields')


class StrFormatStyle(PercentStyle):
    # '{name}' formats (str.format).

    fmt_spec = re.compile(r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _substitute(self, values):
        return self._fmt.format(**values)

    def _check_piece(self, name, spec, conversion):
        # One replacement field's parts; ValueError names the bad one.
        rules = ((name, self.field_spec.match, 'invalid field name/expression: %r'),
                 (conversion, 'rsa'.__contains__, 'invalid conversion: %r'),
                 (spec, self.fmt_spec.match, 'bad specifier: %r'))
        for part, acceptable, complaint in rules:
            if part and not acceptable(part):
                raise ValueError(complaint % part)

    def validate(self):
        # Every field must be a name or index path, with valid conversions
        # and specs; and there must be a field.
        seen = False
        try:
            for _, name, spec, conversion in _brace_parser.parse(self._fmt):
                self._check_piece(name, spec, conversion)
                seen = seen or bool(name)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not seen:
            raise _no_fields()


class StringTemplateStyle(PercentStyle):
    # '${name}' formats (string.Template).

    def _prepare(self):
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return any(marker in self._fmt for marker in ('$asctime', self.asctime_search))

    def validate(self):
        seen = False
        for found in Template.pattern.finditer(self._fmt):
            if found['named'] or found['braced']:
                seen = True
            elif found[0] == '$':
                raise ValueError('invalid format: bare \'$\' not allowed')
        if not seen:
            raise _no_fields()

    def _substitute(self, values):
        return self._tpl.substitute(**values)


# Each style's markers: default_format (the message alone),
# asctime_format (the time alone) and asctime_search (what usesTime() looks
# for).
for _style, _markers in ((PercentStyle, ('%(message)s', '%(asctime)s', '%(asctime)')),
                         (StrFormatStyle, ('{message}', '{asctime}', '{asctime')),
                         (StringTemplateStyle, ('${message}', '${asctime}', '${asctime}'))):
    _style.default_format, _style.asctime_format, _style.asctime_search = _markers
del _style, _markers

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Each style's class and the format basicConfig() uses with it.
_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _style_class(style):
    # (style class, basicConfig's default format) for a style character
    entry = _STYLES.get(style)
    if entry is None:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return entry


class Formatter(object):
    """Turns a record into text with a format string, in one of three
    styles: '%' ('%(levelname)s: %(message)s'), '{' ('{levelname}') or '$'
    ('${levelname}').  The fields are the record's attributes, with
    message (the merged message) and asctime (the time, formatted with
    datefmt) added.
    """

    # How created times become struct_time (time.gmtime for UTC), and
    # the layout used without a datefmt: '2003-07-08 16:49:45,896'.
    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        chosen = _style_class(style)[0](fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style = chosen
        self._fmt, self.datefmt = chosen._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text: with datefmt, by strftime;
        else in default_time_format with the milliseconds added."""
        stamp = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, stamp)
        text = time.strftime(self.default_time_format, stamp)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        """The traceback of the exception info tuple ei, as text."""
        buffer = io.StringIO()
        traceback.print_exception(*ei[:3], limit=None, file=buffer)
        text = buffer.getvalue()
        buffer.close()
        return text.removesuffix("\n")

    def usesTime(self):
        """Whether the format mentions asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """Hook for subclasses: the stack text as the record has it."""
        return stack_info

    def format(self, record):
        """The record as text: the formatted message, then the exception's
        traceback and the stack, if the record has them."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        pieces = [self.formatMessage(record)]
        if record.exc_info and not record.exc_text:
            # Cached on the record: formatting a traceback is costly.
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            pieces.append(record.exc_text)
        if record.stack_info:
            pieces.append(self.formatStack(record.stack_info))
        text = pieces[0]
        for tail in pieces[1:]:
            if not text.endswith("\n"):
                text += "\n"
            text += tail
        return text


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record with linefmt, and a
    footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        """Hook: text to put before the records ('' here)."""
        return ""

    def formatFooter(self, records):
        """Hook: text to put after the records ('' here)."""
        return ""

    def format(self, records):
        if len(records) == 0:
            return ""
        lines = [self.linefmt.format(item) for item in records]
        return ''.join([self.formatHeader(records), *lines, self.formatFooter(records)])


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------

class Filter(object):
    """Lets through the records of the logger called name and its
    descendants (all records for an empty name)."""

    def __init__(self, name=''):
        self.name, self.nlen = name, len(name)

    def filter(self, record):
        wanted, logger = self.name, record.name
        if not self.nlen or logger == wanted:
            return True
        # A descendant: the name continues with a dot.
        return logger.startswith(wanted) and logger[self.nlen] == "."


class Filterer(object):
    """What loggers and handlers share: a list of filters (Filter objects
    or callables) that every record must pass."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        known = self.filters
        if filter not in known:
            known.append(filter)

    def removeFilter(self, filter):
        known = self.filters
        if filter in known:
            known.remove(filter)

    def filter(self, record):
        """False if a filter rejects the record; else the record, possibly
        replaced by a filter that returned a new one."""
        for check in self.filters:
            method = getattr(check, 'filter', None)
            verdict = check(record) if method is None else method(record)
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


def _forget_handler(ref):
    # Weak-reference callback.  At interpreter exit the module's globals
    # may be None already.
    every, lock = _handlerList, _lock
    if not (every and lock):
        return
    with lock:
        if ref in every:
            every.remove(ref)


def getHandlerByName(name):
    """The handler called name, or None."""
    return _handlers.get(name, None)


def getHandlerNames():
    """The names of the named handlers (a frozenset)."""
    return frozenset(_handlers.keys())


def _tagged(obj, label, level):
    # The repr of handlers, loggers and adapters: '<Class label (LEVEL)>'.
    middle = ' ' if label is None else f' {label} '
    return f'<{type(obj).__name__}{middle}({getLevelName(level)})>'


def _with_lock_if_any(action):
    # Handler.acquire and .release: nothing when the handler has no lock.
    def method(self):
        if self.lock:
            getattr(self.lock, action)()
    method.__name__ = action
    return method


class Handler(Filterer):
    """Delivers records somewhere: subclasses define emit().  A handler has
    a level, filters, a formatter, and a lock around emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.level, self.formatter = _checkLevel(level), None
        self._name, self._closed = None, False
        with _lock:
            _handlerList.append(weakref.ref(self, _forget_handler))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        # Named handlers are found by getHandlerByName().
        with _lock:
            _handlers.pop(self._name, None)
            if name:
                _handlers[name] = self
            self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        """Give the handler the reentrant lock emit() runs under."""
        self.lock = threading.RLock()
        _track_for_fork(self)

    def _at_fork_reinit(self):
        lock = self.lock
        lock._at_fork_reinit()

    acquire = _with_lock_if_any('acquire')
    release = _with_lock_if_any('release')

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        """The record as text, by this handler's formatter (or the default
        one)."""
        chosen = self.formatter if self.formatter else _defaultFormatter
        return chosen.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record if the filters let it through; returns what
        filtering returned."""
        verdict = self.filter(record)
        if verdict:
            chosen = verdict if isinstance(verdict, LogRecord) else record
            with self.lock:
                self.emit(chosen)
        return verdict

    def flush(self):
        """Hook: push out buffered output (nothing here)."""

    def close(self):
        """Forget the handler's name; subclasses release their resources."""
        with _lock:
            self._closed = True
            if self._name:
                _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised while emitting the record (to stderr,
        if raiseExceptions is true), without raising it."""
        if raiseExceptions and sys.stderr:
            problem = sys.exception()
            try:
                _report_handler_error(sys.stderr, problem, record)
            except OSError:
                pass    # stderr itself failing: give up quietly
            finally:
                del problem

    def __repr__(self):
        return _tagged(self, None, self.level)


def _report_handler_error(out, problem, record):
    out.write('--- Logging error ---\n')
    traceback.print_exception(problem, limit=None, file=out)
    out.write('Call stack:\n')
    # The stack from the first frame outside this package.
    frame = problem.__traceback__.tb_frame
    while frame and os.path.dirname(frame.f_code.co_filename) == __path__[0]:
        frame = frame.f_back
    if frame is None:
        out.write(f'Logged from file {record.filename}, line {record.lineno}\n')
    else:
        traceback.print_stack(frame, file=out)
    try:
        out.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
    except RecursionError:
        raise
    except Exception:
        out.write('Unable to print the message and arguments - possible formatting '
                  'error.\nUse the traceback above to help find the error.\n')


class StreamHandler(Handler):
    """Writes records to a stream (sys.stderr by default), one per line."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = stream if stream is not None else sys.stderr

    def flush(self):
        with self.lock:
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()

    def emit(self, record):
        try:
            line = self.format(record) + self.terminator
            self.stream.write(line)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; returns the old stream (None if
        stream is the current one)."""
        previous = self.stream
        if stream is previous:
            return None
        with self.lock:
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        return _tagged(self, label or None, self.level)

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """Writes records to a file (opened now, or at the first record with
    delay true)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        text_mode = "b" not in mode
        self.encoding = io.text_encoding(encoding) if text_mode else encoding
        self.mode, self.errors, self.delay = mode, errors, delay
        # Kept, so that close() at shutdown works after open is gone.
        self._builtin_open = open
        # the file is opened before the handler registers itself
        opened = None if delay else self._open()
        Handler.__init__(self)
        self.stream = opened

    def close(self):
        with self.lock:
            try:
                self._close_stream()
            finally:
                # Also for a delayed handler that never opened its file.
                StreamHandler.close(self)

    def _close_stream(self):
        if not self.stream:
            return
        try:
            self.flush()
        finally:
            stream, self.stream = self.stream, None
            closer = getattr(stream, "close", None)
            if closer is not None:
                closer()

    def _open(self):
        opener = self._builtin_open
        return opener(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode == 'w' and self._closed:
                return   # reopening a closed 'w' handler would truncate the file
            self.stream = self._open()
        StreamHandler.emit(self, record)

    def __repr__(self):
        return _tagged(self, self.baseFilename, self.level)


class _StderrHandler(StreamHandler):
    # The handler of last resort: writes to whatever sys.stderr is now.

    def __init__(self, level=NOTSET):
        # StreamHandler's __init__ is skipped: it would set the stream.
        super(StreamHandler, self).__init__(level)

    stream = property(lambda self: sys.stderr)


lastResort = _defaultLastResort = _StderrHandler(WARNING)


# ---------------------------------------------------------------------------
# Loggers and their hierarchy
# ---------------------------------------------------------------------------

class PlaceHolder(object):
    """Stands in the hierarchy for a logger not created yet, remembering the
    loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = dict.fromkeys([alogger])

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make getLogger() create loggers of klass (a Logger subclass)."""
    _check_logger_class(klass)
    globals()['_loggerClass'] = klass


def getLoggerClass():
    """The class getLogger() creates loggers of."""
    return _loggerClass


def _dotted_prefixes(name):
    # 'a.b.c' -> 'a.b', 'a' (nearest first).
    cut = name.rfind('.')
    while cut > 0:
        yield name[:cut]
        cut = name.rfind('.', 0, cut - 1)


class Manager(object):
    """Keeps the hierarchy of loggers by name."""

    def __init__(self, rootnode):
        self.root, self.loggerDict = rootnode, {}
        self.disable = NOTSET
        self.emittedNoHandlerWarning = False
        # Per-manager overrides of the module-wide choices.
        self.loggerClass = self.logRecordFactory = None

    disable = property(lambda self: self._disable,
                       lambda self, value: setattr(self, '_disable', _checkLevel(value)))

    def getLogger(self, name):
        """The logger called name, created (and linked into the hierarchy)
        if there is none yet."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        with _lock:
            existing = self.loggerDict.get(name)
            if isinstance(existing, Logger):
                return existing
            made = (self.loggerClass or _loggerClass)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(existing, PlaceHolder):
                self._adopt_children(existing, made)
            self._find_parent(made)
            return made

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _find_parent(self, newcomer):
        # The nearest existing ancestor becomes the parent; placeholders
        # stand for the missing ones in between.
        for prefix in _dotted_prefixes(newcomer.name):
            entry = self.loggerDict.get(prefix)
            if isinstance(entry, Logger):
                newcomer.parent = entry
                return
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(newcomer)
            else:
                entry.append(newcomer)
        newcomer.parent = self.root

    def _adopt_children(self, placeholder, newcomer):
        # The loggers below a placeholder now hang from newcomer (unless
        # they already have a parent below it).
        prefix = newcomer.name
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(prefix):
                newcomer.parent, child.parent = child.parent, newcomer

    def _clear_cache(self):
        # After a level change: every logger's isEnabledFor() answers go.
        with _lock:
            everyone = [self.root, *self.loggerDict.values()]
            for item in everyone:
                if isinstance(item, Logger):
                    item._cache.clear()


def _log_if_enabled(logger, level, msg, args, options):
    if logger.isEnabledFor(level):
        logger._log(level, msg, args, **options)


def _level_method(level, name):
    # Logger.debug, .info, ...: log at that level if it is enabled.
    def method(self, msg, *args, **kwargs):
        _log_if_enabled(self, level, msg, args, kwargs)
    method.__name__, method.__qualname__ = name, 'Logger.' + name
    method.__doc__ = "Log msg %% args with severity '%s'." % getLevelName(level)
    return method


def _deprecated_warn(target, kind, msg, args, kwargs):
    # warn() is warning() with a DeprecationWarning (pointing at warn's
    # caller) first.
    warnings.warn(f"The 'warn' {kind} is deprecated, use 'warning' instead",
                  DeprecationWarning, 3)
    target.warning(msg, *args, **kwargs)


def _exc_info_of(value):
    # exc_info= as a triple: an exception instance is unpacked; any other
    # true value but a tuple means the exception being handled.
    if isinstance(value, BaseException):
        return type(value), value, value.__traceback__
    if value and not isinstance(value, tuple):
        return sys.exc_info()
    return value


def _caller_stack_text(frame):
    out = io.StringIO()
    out.write("Stack (most recent call last):\n")
    traceback.print_stack(frame, file=out)
    return out.getvalue().removesuffix('\n')


_UNKNOWN_CALLER = ("(unknown file)", 0, "(unknown function)")


class Logger(Filterer):
    """A named channel of records.  Its level (or the nearest ancestor's)
    decides what it lets through; its handlers, and those of its ancestors
    while propagate is true, receive the records."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.handlers = None, []
        self.propagate, self.disabled = True, False
        self._cache = {}     # level -> isEnabledFor's answer

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn(self, 'method', msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log msg at ERROR level with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        """Don't use this method, use critical() instead."""
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if isinstance(level, int):
            _log_if_enabled(self, level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line, function, stack text or None) of the code that
        logged: stacklevel frames up, not counting logging's own."""
        frame = currentframe()
        if frame is None:
            return (*_UNKNOWN_CALLER, None)
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _inside_logging(frame):
                remaining -= 1
        code = frame.f_code
        stack = _caller_stack_text(frame) if stack_info else None
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make a record with the record factory, adding extra's keys as
        attributes (which may not replace the record's own)."""
        made = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        own = vars(made)
        for key in (extra if extra is not None else ()):
            if key in own or key in ("message", "asctime"):
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            own[key] = extra[key]
        return made

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        where, sinfo = _UNKNOWN_CALLER, None
        if _srcfile:
            try:
                *where, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                pass    # some implementations lack frames
        self.handle(self.makeRecord(self.name, level, *where[:2], msg, args,
                                    _exc_info_of(exc_info), where[2], extra, sinfo))

    def handle(self, record):
        """Pass the record to the handlers if this logger's filters let it
        through."""
        verdict = not self.disabled and self.filter(record)
        if verdict:
            self.callHandlers(verdict if isinstance(verdict, LogRecord) else record)

    def addHandler(self, hdlr):
        with _lock:
            mine = self.handlers
            if hdlr not in mine:
                mine.append(hdlr)

    def removeHandler(self, hdlr):
        with _lock:
            mine = self.handlers
            if hdlr in mine:
                mine.remove(hdlr)

    def _chain(self):
        # This logger and the ancestors its records propagate to.
        current = self
        while current:
            yield current
            current = current.parent if current.propagate else None

    def hasHandlers(self):
        """Whether this logger or an ancestor its records reach has
        handlers."""
        return any(item.handlers for item in self._chain())

    def callHandlers(self, record):
        """Give the record to every handler up the chain whose level allows
        it; with no handlers at all, to lastResort."""
        seen = 0
        for item in self._chain():
            for handler in item.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        fallback, manager = lastResort, self.manager
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
        elif raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write(f'No handlers could be found for logger "{self.name}"\n')
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """This logger's level, or the nearest ancestor's that is set."""
        current = self
        while current:
            if current.level:
                break
            current = current.parent
        return current.level if current else NOTSET

    def isEnabledFor(self, level):
        """Whether records of level get through (cached per level)."""
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is None:
            with _lock:
                blocked = self.manager.disable >= level
                known = not blocked and level >= self.getEffectiveLevel()
                self._cache[level] = known
        return known

    def getChild(self, suffix):
        """The logger below this one named suffix (which may be dotted)."""
        full = suffix if self is self.root else f'{self.name}.{suffix}'
        return self.manager.getLogger(full)

    def getChildren(self):
        """The loggers directly below this one (a set)."""
        def depth(item):
            return 0 if item is item.manager.root else 1 + item.name.count('.')

        with _lock:
            return {item for item in self.manager.loggerDict.values()
                    if isinstance(item, Logger) and item.parent is self
                    and depth(item) == 1 + depth(item.parent)}

    def __repr__(self):
        return _tagged(self, self.name, self.getEffectiveLevel())

    def __reduce__(self):
        # Loggers are singletons by name: they unpickle as getLogger(name).
        if getLogger(self.name) is not self:
            from pickle import PicklingError
            raise PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, called 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _adapter_level_method(level, name):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    method.__name__, method.__qualname__ = name, 'LoggerAdapter.' + name
    method.__doc__ = "Delegate a %s call to the underlying logger." % name
    return method


def _to_logger(name):
    # LoggerAdapter methods that are the wrapped logger's own.
    def method(self, *args, **kwargs):
        return getattr(self.logger, name)(*args, **kwargs)
    method.__name__, method.__qualname__ = name, 'LoggerAdapter.' + name
    return method


class LoggerAdapter(object):
    """Wraps a logger to add context: every call goes through process(),
    which by default sets the call's extra to the adapter's."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger, self.extra, self.merge_extra = logger, extra, merge_extra

    def process(self, msg, kwargs):
        """(msg, kwargs) for the logger: extra becomes the adapter's, or,
        with merge_extra, the adapter's updated by the call's own."""
        combined = self.extra
        if "extra" in kwargs and self.merge_extra:
            combined = {**combined, **kwargs["extra"]}
        kwargs["extra"] = combined
        return msg, kwargs

    debug = _adapter_level_method(DEBUG, 'debug')
    info = _adapter_level_method(INFO, 'info')
    warning = _adapter_level_method(WARNING, 'warning')
    error = _adapter_level_method(ERROR, 'error')
    critical = _adapter_level_method(CRITICAL, 'critical')

    def warn(self, msg, *args, **kwargs):
        _deprecated_warn(self, 'method', msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """ERROR-level call with the exception being handled."""
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Process msg and kwargs, then log them through the logger."""
        if not self.isEnabledFor(level):
            return
        adjusted, options = self.process(msg, kwargs)
        self.logger.log(level, adjusted, *args, **options)

    # The rest is the wrapped logger's.
    isEnabledFor = _to_logger('isEnabledFor')
    setLevel = _to_logger('setLevel')
    getEffectiveLevel = _to_logger('getEffectiveLevel')
    hasHandlers = _to_logger('hasHandlers')
    _log = _to_logger('_log')

    manager = property(lambda self: self.logger.manager,
                       lambda self, value: setattr(self.logger, 'manager', value))
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        wrapped = self.logger
        return _tagged(self, wrapped.name, wrapped.getEffectiveLevel())

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root, Logger.manager = root, Manager(root)


# ---------------------------------------------------------------------------
# Configuration and the module-level functions
# ---------------------------------------------------------------------------

def _basic_handlers(options, encoding, errors):
    # The handlers basicConfig() makes when none are given: a FileHandler
    # for filename=, else a StreamHandler.
    filename = options.pop("filename", None)
    mode = options.pop("filemode", 'a')
    if not filename:
        return [StreamHandler(options.pop("stream", None))]
    binary = 'b' in mode
    return [FileHandler(filename, mode,
                        encoding=encoding if binary else io.text_encoding(encoding),
                        errors=None if binary else errors)]


def basicConfig(**kwargs):
    """Give the root logger a handler, once: a StreamHandler (stderr, or
    stream=) or a FileHandler (filename=, filemode=, encoding=, errors=),
    or the handlers= given, with a Formatter of format=, datefmt= and
    style=; level= sets the root's level.  Nothing happens if the root
    already has handlers, unless force=True replaces them.
    """
    options = kwargs
    with _lock:
        force = options.pop('force', False)
        encoding = options.pop('encoding', None)
        errors = options.pop('errors', 'backslashreplace')
        if force:
            for old in list(root.handlers):
                root.removeHandler(old)
                old.close()
        if root.handlers:
            return
        chosen = options.pop("handlers", None)
        has_target = [key in options for key in ("stream", "filename")]
        if chosen is not None and any(has_target):
            raise ValueError("'stream' or 'filename' should not be specified "
                             "together with 'handlers'")
        if chosen is None:
            if all(has_target):
                raise ValueError("'stream' and 'filename' should not be specified together")
            chosen = _basic_handlers(options, encoding, errors)
        datefmt, style = options.pop("datefmt", None), options.pop("style", '%')
        fmt = options.pop("format", _style_class(style)[1])
        shared = Formatter(fmt, datefmt, style)
        for handler in chosen:
            if handler.formatter is None:
                handler.setFormatter(shared)
            root.addHandler(handler)
        level = options.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if options:
            raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    """The logger called name (the root logger without one)."""
    if name and not (isinstance(name, str) and name == root.name):
        return Logger.manager.getLogger(name)
    return root


def _configured_root():
    # The root logger, given basicConfig()'s handler if it has none.
    if not root.handlers:
        basicConfig()
    return root


def _root_level_function(level, name):
    # logging.debug, .info, ...: log on the root logger, configuring it
    # with basicConfig() first if it has no handlers.
    def function(msg, *args, **kwargs):
        getattr(_configured_root(), name)(msg, *args, **kwargs)
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


def warn(msg, *args, **kwargs):
    _deprecated_warn(_configured_root(), 'function', msg, args, kwargs)


def fatal(msg, *args, **kwargs):
    """Don't use this function, use critical() instead."""
    _configured_root().critical(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log msg at ERROR level on the root logger, with the exception being
    handled."""
    _configured_root().error(msg, *args, exc_info=exc_info, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log msg % args at the integer level on the root logger."""
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at level or below, whatever the loggers say."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def _close_quietly(handler):
    # Flush and close, ignoring what a half-torn-down interpreter raises.
    try:
        handler.acquire()
        if getattr(handler, 'flushOnClose', True):
            handler.flush()
        handler.close()
    except (OSError, ValueError):
        pass
    finally:
        handler.release()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (run at exit)."""
    for ref in handlerList[::-1]:
        try:
            handler = ref()
            if handler:
                _close_quietly(handler)
        except:
            # At exit, streams may be gone already: stay quiet unless asked.
            if raiseExceptions:
                raise


atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that drops everything: libraries add one so that their
    records do not reach lastResort when the program configures nothing."""

    def handle(self, record):
        """Drop the record."""

    def emit(self, record):
        """Drop the record."""

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        """No lock to renew."""


# ---------------------------------------------------------------------------
# Warnings through logging
# ---------------------------------------------------------------------------

_saved_showwarning = None     # warnings.showwarning while captured


def _warning_to_logging(message, category, filename, lineno, file=None, line=None):
    # warnings.showwarning while captured: to the 'py.warnings' logger
    # (warnings sent to a file go there as before).
    if file is None:
        target = getLogger("py.warnings")
        if not target.handlers:
            target.addHandler(NullHandler())
        text = warnings.formatwarning(message, category, filename, lineno, line)
        target.warning(str(text))
    elif _saved_showwarning is not None:
        _saved_showwarning(message, category, filename, lineno, file, line)


def captureWarnings(capture):
    """Send warnings to logging (capture true) or back to their own output."""
    global _saved_showwarning
    saved = _saved_showwarning
    if capture and saved is None:
        _saved_showwarning, warnings.showwarning = warnings.showwarning, _warning_to_logging
    elif not capture and saved is not None:
        warnings.showwarning, _saved_showwarning = saved, None
