"""Selectors: high-level I/O multiplexing over the select module.

A selector watches file objects (anything with a fileno() method, or a plain
file descriptor) for readiness to read (EVENT_READ) or write (EVENT_WRITE).
DefaultSelector is the most efficient implementation this platform has.
"""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select
import sys


EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


def _fileobj_to_fd(fileobj):
    """Return the file descriptor behind fileobj (an int, or an object with
    fileno()); ValueError if there is no valid one."""
    fd = fileobj
    if not isinstance(fd, int):
        try:
            number = fileobj.fileno()
            fd = int(number)
        except (AttributeError, TypeError, ValueError):  # no usable fileno()
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    A registration: the file object, its file descriptor, the events
    waited for and the data the caller attached.
"""
for _field, _doc in (('fileobj', 'The registered file object.'),
                     ('fd', 'The file descriptor behind it.'),
                     ('events', 'The events (EVENT_READ, EVENT_WRITE) it is watched for.'),
                     ('data', 'Whatever the caller attached to it (a session, a callback...).')):
    getattr(SelectorKey, _field).__doc__ = _doc
del _field, _doc


class _SelectorMapping(Mapping):
    """The read-only view of a selector's registrations that get_map returns:
    file objects to their keys."""

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._keys)

    def get(self, fileobj, default=None):
        owner = self._owner
        return owner._keys.get(owner._fd_of(fileobj), default)

    def __getitem__(self, fileobj):
        found = self.get(fileobj)
        if found is not None:
            return found
        raise KeyError(f"{fileobj!r} is not registered")

    def __iter__(self):
        yield from self._owner._keys


class BaseSelector(metaclass=ABCMeta):
    """The interface of every selector: register file objects with the events
    to wait for, then select() the ones that are ready. Selectors are context
    managers that close themselves."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Start watching fileobj for events (EVENT_READ, EVENT_WRITE or both),
        with data attached; return its SelectorKey.

        ValueError for bad events or file objects, KeyError if fileobj is
        already registered."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj and return its SelectorKey (KeyError if it was
        not registered). Unregister a file object before closing it."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events or data of a registered file object; return the
        new SelectorKey."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data=data)

    @abstractmethod
    def select(self, timeout=None):
        """Wait until some registered file objects are ready, or timeout
        seconds pass (None: no limit; 0 or less: do not wait).

        Return a list of (key, events) pairs, events being the ready subset of
        what the key asked for."""
        raise NotImplementedError

    def close(self):
        """Close the selector, releasing what it holds."""
        pass

    def get_key(self, fileobj):
        """Return the SelectorKey of a registered file object."""
        registered = self.get_map()
        if registered is None:
            raise RuntimeError('Selector is closed')
        key = registered.get(fileobj)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    @abstractmethod
    def get_map(self):
        """Return a mapping of the registered file objects to their keys."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """The bookkeeping shared by the selectors: registrations by descriptor."""

    def __init__(self):
        self._keys = {}
        self._map = _SelectorMapping(self)

    def _fd_of(self, fileobj):
        """The descriptor of fileobj, or, when it no longer has a valid one
        (closed since), the one it was registered with."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            known = [key.fd for key in self._keys.values() if key.fileobj is fileobj]
            if not known:
                raise
            return known[0]

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._fd_of(fileobj)
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = SelectorKey(fileobj, fd, events, data)
        self._keys[fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd_of(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def _registered(self, fileobj):
        # The key of fileobj, which must be registered.
        key = self._keys.get(self._fd_of(fileobj))
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            # Other events: a new registration (the native one changes too).
            self.unregister(fileobj)
            return self.register(fileobj, events, data=data)
        if data != key.data:
            self._keys[key.fd] = key = key._replace(data=data)
        return key

    def close(self):
        self._keys.clear()
        self._map = None  # get_map() now says the selector is closed

    def get_map(self):
        return self._map

    def _key_of_fd(self, fd):
        """The key registered for fd, or None."""
        return self._keys.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """A selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._read_fds, self._write_fds = set(), set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        for bit, fds in ((EVENT_READ, self._read_fds), (EVENT_WRITE, self._write_fds)):
            if events & bit:
                fds.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        for fds in (self._read_fds, self._write_fds):
            fds.discard(key.fd)
        return key

    _select = staticmethod(select.select)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            lists = self._select(self._read_fds, self._write_fds, [], timeout)
        except InterruptedError:  # a signal handler's; not here (PEP 475)
            return []
        got = {}
        for bit, fds in zip((EVENT_READ, EVENT_WRITE), lists):
            for fd in fds:
                got[fd] = got.get(fd, 0) | bit
        ready = []
        for fd, bits in got.items():
            key = self._key_of_fd(fd)
            if key is not None:
                ready.append((key, bits & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """The selectors over an object with register/modify/unregister/poll
    (select.poll, select.epoll): _native_cls makes it, _READ_BIT and
    _WRITE_BIT are its event bits."""
    _native_cls = None
    _READ_BIT = None
    _WRITE_BIT = None

    def __init__(self):
        super().__init__()
        self._native = self._native_cls()

    def _native_events(self, events):
        return ((self._READ_BIT if events & EVENT_READ else 0)
                | (self._WRITE_BIT if events & EVENT_WRITE else 0))

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._native.register(key.fd, self._native_events(events))
        except BaseException:
            super().unregister(fileobj)  # no half registrations
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._native.unregister(key.fd)
        except OSError:
            # The descriptor may be closed already: it is gone from the set.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            try:
                self._native.modify(key.fd, self._native_events(events))
            except BaseException:
                super().unregister(fileobj)  # no half registrations
                raise
        if events != key.events or data != key.data:
            key = key._replace(events=events, data=data)
            self._keys[key.fd] = key
        return key

    def _poll_timeout(self, timeout):
        # poll() counts milliseconds, rounded up so as not to wake too early.
        if timeout is None:
            return None
        if timeout <= 0:
            return 0
        return math.ceil(timeout * 1e3)

    def _poll(self, timeout):
        return self._native.poll(self._poll_timeout(timeout))

    def select(self, timeout=None):
        try:
            fired = self._poll(timeout)
        except InterruptedError:  # a signal handler's; not here (PEP 475)
            return []
        ready = []
        for fd, native in fired:
            key = self._key_of_fd(fd)
            if key is not None:
                # Any bit but the read one counts as writable, and the other
                # way round (errors and hang-ups wake both sides).
                got = ((EVENT_WRITE if native & ~self._READ_BIT else 0)
                       | (EVENT_READ if native & ~self._WRITE_BIT else 0))
                ready.append((key, got & key.events))
        return ready


class PollSelector(_PollLikeSelector):
    """A selector over select.poll()."""
    _native_cls, _READ_BIT, _WRITE_BIT = select.poll, select.POLLIN, select.POLLOUT


_NOT_EPOLLIN, _NOT_EPOLLOUT = ~select.EPOLLIN, ~select.EPOLLOUT


class EpollSelector(_PollLikeSelector):
    """A selector over select.epoll()."""
    _native_cls, _READ_BIT, _WRITE_BIT = select.epoll, select.EPOLLIN, select.EPOLLOUT

    def fileno(self):
        return self._native.fileno()

    def _poll(self, timeout):
        # epoll's timeout is in seconds, at a millisecond's resolution.
        ms = self._poll_timeout(timeout)
        timeout = -1 if ms is None else ms / 1000
        # One more event than registered descriptors would never come.
        return self._native.poll(timeout, max(len(self._keys), 1))

    def close(self):
        self._native.close()
        super().close()


def _can_use(method):
    """Whether select has method and it works here (a kernel may lack it)."""
    if not hasattr(select, method):
        return False
    try:
        native = getattr(select, method)()
        # A poll object has nothing to close: try it once instead.
        native.poll(0) if method == 'poll' else native.close()
    except OSError:
        return False
    return True


# The best selector that works here.
DefaultSelector = (EpollSelector if _can_use('epoll')
                   else PollSelector if _can_use('poll')
                   else SelectSelector)
