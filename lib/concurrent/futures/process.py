"""ProcessPoolExecutor, as far as Kaa can offer it.

Kaa has no multiprocessing, so a process pool cannot be built here.  Like
CPython on a platform without working named semaphores, the module imports
and the class exists (so `from concurrent.futures import ProcessPoolExecutor`
and code that merely mentions it keep working), but creating a pool raises
NotImplementedError from _check_system_limits().  Use ThreadPoolExecutor, or
run separate programs with subprocess.
"""

from concurrent.futures import _base

_UNAVAILABLE = ("ProcessPoolExecutor is not available: this Python (Kaa) has no "
                "multiprocessing module; use ThreadPoolExecutor instead")


def _check_system_limits():
    """Raise NotImplementedError: process pools cannot work here."""
    raise NotImplementedError(_UNAVAILABLE)


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker process died while running a call (never raised on Kaa,
    which starts no worker processes)."""


class ProcessPoolExecutor(_base.Executor):
    """An executor that would run calls in worker processes; on Kaa,
    constructing one raises NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        _check_system_limits()
