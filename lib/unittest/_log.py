"""assertLogs and assertNoLogs: capture what a logger emits during a with
block.  Imported only when used, since it needs the logging module."""

import collections
import logging

from .case import _BaseTestCaseContext

__unittest = True

_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


class _CapturingHandler(logging.Handler):
    """Keeps every record it handles, and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    """While active, the logger's handlers are replaced by one capturing
    handler at the wanted level (and the logger does not propagate)."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        _BaseTestCaseContext.__init__(self, test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        catcher = _CapturingHandler()
        catcher.setLevel(self.level)
        catcher.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = catcher.watcher
        self.old_handlers = target.handlers[:]
        self.old_level = target.level
        self.old_propagate = target.propagate
        target.handlers = [catcher]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else catcher.watcher

    def __exit__(self, exc_type, exc_value, tb):
        target = self.logger
        target.handlers = self.old_handlers
        target.propagate = self.old_propagate
        target.setLevel(self.old_level)
        if exc_type is not None:
            return False
        seen = self.watcher.records
        if self.no_logs:
            if seen:
                self._raiseFailure(f"Unexpected logs found: {self.watcher.output!r}")
        elif not seen:
            self._raiseFailure(
                f"no logs of level {logging.getLevelName(self.level)} or higher "
                f"triggered on {target.name}")
