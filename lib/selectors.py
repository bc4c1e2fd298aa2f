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
SelectorKey.__doc__ = """A registration, (fileobj, fd, events, data).

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

    def __getitem__(self, fileobj):
        # (Mapping.get() asks this too, turning the KeyError into its
        # default; an invalid file object raises ValueError either way.)
        return self._owner._registered(fileobj)

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
    """The bookkeeping shared by the selectors: registrations by descriptor.
    The concrete selectors hook in with _watch(key) and _unwatch(key), and
    _rewatch(key, events) where the events of a registration can change in
    place."""

    _rewatch = None

    def __init__(self):
        self._keys = {}
        self._map = _SelectorMapping(self)
        self._setup()

    def _setup(self):
        # What a concrete selector needs besides the books.
        pass

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

    def _watch(self, key):
        pass

    def _unwatch(self, key):
        pass

    def _forget(self, key):
        # Drop the registration from the books only (after a failed hook).
        self._keys.pop(key.fd, None)

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        fd = self._fd_of(fileobj)
        if fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {fd}) is already registered")
        key = self._keys[fd] = SelectorKey(fileobj, fd, events, data)
        try:
            self._watch(key)
        except BaseException:
            self._forget(key)  # no half registrations
            raise
        return key

    def unregister(self, fileobj):
        key = self._keys.pop(self._fd_of(fileobj), None)
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        self._unwatch(key)
        return key

    def _registered(self, fileobj):
        # The key of fileobj, which must be registered.
        key = self._keys.get(self._fd_of(fileobj))
        if key is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            if self._rewatch is None:
                # A new registration altogether.
                return BaseSelector.modify(self, fileobj, events, data)
            try:
                self._rewatch(key, events)
            except BaseException:
                self._forget(key)  # no half registrations
                raise
        elif data == key.data:
            return key
        key = self._keys[key.fd] = key._replace(events=events, data=data)
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

    def _setup(self):
        self._read_fds, self._write_fds = set(), set()

    def _watch(self, key):
        for bit, fds in ((EVENT_READ, self._read_fds), (EVENT_WRITE, self._write_fds)):
            if key.events & bit:
                fds.add(key.fd)

    def _unwatch(self, key):
        for fds in (self._read_fds, self._write_fds):
            fds.discard(key.fd)

    _select = staticmethod(select.select)

    def select(self, timeout=None):
        wait = None if timeout is None else max(timeout, 0)
        try:
            lists = self._select(self._read_fds, self._write_fds, [], wait)
        except InterruptedError:  # a signal handler's; not here (PEP 475)
            return []
        got = {}
        for bit, fds in zip((EVENT_READ, EVENT_WRITE), lists):
            for fd in fds:
                got[fd] = got.get(fd, 0) | bit
        return self._ready(got.items())

    def _ready(self, fired):
        # (key, events) for the (fd, events) pairs still registered, the
        # events limited to what the key asked for.
        ready = []
        for fd, bits in fired:
            key = self._key_of_fd(fd)
            if key is not None:
                ready.append((key, bits & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """The selectors over an object with register/modify/unregister/poll
    (select.poll, select.epoll): _selector_cls makes it, _READ_BIT and
    _WRITE_BIT are its event bits."""

    _selector_cls = None
    _READ_BIT = None
    _WRITE_BIT = None

    def _setup(self):
        self._native = self._selector_cls()

    def _native_events(self, events):
        return ((self._READ_BIT if events & EVENT_READ else 0)
                | (self._WRITE_BIT if events & EVENT_WRITE else 0))

    def _watch(self, key):
        self._native.register(key.fd, self._native_events(key.events))

    def _unwatch(self, key):
        try:
            self._native.unregister(key.fd)
        except OSError:
            # The descriptor may be closed already: it is gone from the set.
            pass

    def _rewatch(self, key, events):
        self._native.modify(key.fd, self._native_events(events))

    def _poll_timeout(self, timeout):
        # poll() counts milliseconds, rounded up so as not to wake too early;
        # None waits for ever.
        if timeout is not None:
            return 0 if timeout <= 0 else math.ceil(timeout * 1e3)

    def _poll(self, timeout):
        return self._native.poll(self._poll_timeout(timeout))

    _ready = SelectSelector._ready

    def select(self, timeout=None):
        try:
            fired = self._poll(timeout)
        except InterruptedError:  # a signal handler's; not here (PEP 475)
            return []
        # Any bit but the read one counts as writable, and the other way
        # round (errors and hang-ups wake both sides).
        return self._ready((fd, (EVENT_WRITE if native & ~self._READ_BIT else 0)
                            | (EVENT_READ if native & ~self._WRITE_BIT else 0))
                           for fd, native in fired)


class PollSelector(_PollLikeSelector):
    """A selector over select.poll()."""
    _selector_cls, _READ_BIT, _WRITE_BIT = select.poll, select.POLLIN, select.POLLOUT


_NOT_EPOLLIN, _NOT_EPOLLOUT = ~select.EPOLLIN, ~select.EPOLLOUT


class EpollSelector(_PollLikeSelector):
    """A selector over select.epoll()."""
    _selector_cls, _READ_BIT, _WRITE_BIT = select.epoll, select.EPOLLIN, select.EPOLLOUT

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
