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
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""
SelectorKey.fileobj.__doc__ = 'File object registered.'
SelectorKey.fd.__doc__ = 'Underlying file descriptor.'
SelectorKey.events.__doc__ = 'Events that must be waited for on this file object.'
SelectorKey.data.__doc__ = ('Optional opaque data associated to this file object.\n'
                            '    For example, this could be used to store a per-client session ID.')


class _SelectorMapping(Mapping):
    """The read-only view of a selector's registrations that get_map returns:
    file objects to their keys."""

    def __init__(self, selector):
        self._owner = selector

    def __len__(self):
        return len(self._owner._keys)

    def get(self, fileobj, default=None):
        fd = self._owner._fd_of(fileobj)
        return self._owner._keys.get(fd, default)

    def __getitem__(self, fileobj):
        key = self.get(fileobj)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def __iter__(self):
        return iter(self._owner._keys)


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
        return self.register(fileobj, events, data)

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
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

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
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

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

    def modify(self, fileobj, events, data=None):
        fd = self._fd_of(fileobj)
        key = self._keys.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._keys[fd] = key
        return key

    def close(self):
        self._keys.clear()
        self._map = None

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
            readable, writable, _ = self._select(self._read_fds, self._write_fds, [], timeout)
        except InterruptedError:
            return []
        readable, writable = set(readable), set(writable)
        ready = []
        for fd in readable | writable:
            key = self._key_of_fd(fd)
            if key is not None:
                events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
                ready.append((key, events & key.events))
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
        native = 0
        if events & EVENT_READ:
            native |= self._READ_BIT
        if events & EVENT_WRITE:
            native |= self._WRITE_BIT
        return native

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._native.register(key.fd, self._native_events(events))
        except:
            super().unregister(fileobj)
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
        fd = self._fd_of(fileobj)
        key = self._keys.get(fd)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        if events != key.events:
            try:
                self._native.modify(key.fd, self._native_events(events))
            except:
                super().unregister(fileobj)
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
        except InterruptedError:
            return []
        ready = []
        for fd, native in fired:
            key = self._key_of_fd(fd)
            if key is None:
                continue
            events = 0
            if native & ~self._READ_BIT:
                events |= EVENT_WRITE
            if native & ~self._WRITE_BIT:
                events |= EVENT_READ
            ready.append((key, events & key.events))
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
    make = getattr(select, method, None)
    if make is None:
        return False
    try:
        selector = make()
        if method == 'poll':
            selector.poll(0)
        else:
            selector.close()
    except OSError:
        return False
    return True


# The best selector that works here.
DefaultSelector = (EpollSelector if _can_use('epoll')
                   else PollSelector if _can_use('poll')
                   else SelectSelector)
