"""Run calls in the background and collect their outcomes through futures.

ThreadPoolExecutor runs them on threads; ProcessPoolExecutor would use
processes, which Kaa cannot start (see concurrent.futures.process).
"""

__author__ = 'Brian Quinlan (brian@sweetapp.com)'

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
    'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
    'ProcessPoolExecutor', 'ThreadPoolExecutor',
)

# The executors load on first use: importing the package stays cheap, and the
# process pool's module is only read by programs that ask for it.
_LAZY = {'ThreadPoolExecutor': 'thread', 'ProcessPoolExecutor': 'process'}


def __dir__():
    # what the package offers, whether or not the executors are loaded yet
    return [*__all__, '__author__', '__doc__']


def __getattr__(name):
    submodule = _LAZY.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = __import__('%s.%s' % (__name__, submodule), fromlist=[name])
    value = getattr(module, name)
    globals()[name] = value
    return value
