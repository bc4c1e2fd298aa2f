"""assertLogs and assertNoLogs: capture what a logger emits during a with
block.  Imported only when used, since it needs the logging module."""

from collections import namedtuple
import logging

from . import case as _case

__unittest = True

# What `with self.assertLogs() as cm` binds: the captured LogRecords and
# their formatted lines, in order.
_LoggingWatcher = namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """A handler that stores what it is given instead of writing it."""

    def __init__(self):
        logging.Handler.__init__(self)
        self.watcher = _LoggingWatcher(records=[], output=[])

    def flush(self):
        # Nothing is buffered.
        return None

    def emit(self, record):
        caught = self.watcher
        caught.records.append(record)
        caught.output.append(self.format(record))


def _resolve_level(level):
    if not level:
        return logging.INFO
    # A level name ("DEBUG") or a number.
    return logging._nameToLevel.get(level, level)


class _AssertLogsContext(_case._BaseTestCaseContext):
    """While active, the logger's handlers are swapped for one capturing
    handler at the wanted level, and it stops propagating to its parents."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name, self.no_logs = logger_name, no_logs
        self.level = _resolve_level(level)
        self.msg = None

    def __enter__(self):
        named = self.logger_name
        self.logger = target = (named if isinstance(named, logging.Logger)
                                else logging.getLogger(named))
        catcher = _CapturingHandler()
        catcher.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        catcher.setLevel(self.level)
        self.watcher = catcher.watcher
        # Remember the logger's state to put it back on exit.
        self._saved = (list(target.handlers), target.level, target.propagate)
        target.handlers = [catcher]
        target.setLevel(self.level)
        target.propagate = False
        if self.no_logs:
            return None
        return catcher.watcher

    def __exit__(self, exc_type, exc_value, tb):
        target = self.logger
        handlers, level, propagate = self._saved
        target.handlers = handlers
        target.propagate = propagate
        target.setLevel(level)
        if exc_type is None:
            self._check(target)
        return False

    def _check(self, target):
        captured = self.watcher
        if self.no_logs and captured.records:
            self._raiseFailure(f"Unexpected logs found: {captured.output!r}")
        if not self.no_logs and not captured.records:
            wanted = logging.getLevelName(self.level)
            self._raiseFailure(f"no logs of level {wanted} or higher "
                               f"triggered on {target.name}")
