"""Signals: the _signal module, with its numbers as the Signals, Handlers and
Sigmasks enums."""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _is_signal_name(name):
    return name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')


_IntEnum._convert_('Signals', __name__, _is_signal_name)
_IntEnum._convert_('Handlers', __name__, lambda name: name in ('SIG_DFL', 'SIG_IGN'))
_IntEnum._convert_('Sigmasks', __name__,
                   lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'))
del _is_signal_name


def _int_to_enum(number, enum_cls):
    # A number the enum knows becomes its member; anything else is kept.
    if isinstance(number, int) and number in enum_cls._value2member_map_:
        return enum_cls(number)
    return number


def _enum_to_int(obj):
    # An enum member (any int) as a plain int; a handler function as it is.
    try:
        return int(obj)
    except (TypeError, ValueError):
        return obj


def _doc_from(native):
    def copy_doc(func):
        func.__doc__ = native.__doc__
        return func
    return copy_doc


@_doc_from(_signal.signal)
def signal(signalnum, handler):
    old = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(old, Handlers)


@_doc_from(_signal.getsignal)
def getsignal(signalnum):
    return _int_to_enum(_signal.getsignal(signalnum), Handlers)


@_doc_from(_signal.pthread_sigmask)
def pthread_sigmask(how, mask):
    return {_int_to_enum(sig, Signals) for sig in _signal.pthread_sigmask(how, mask)}


@_doc_from(_signal.sigpending)
def sigpending():
    return {_int_to_enum(sig, Signals) for sig in _signal.sigpending()}


@_doc_from(_signal.sigwait)
def sigwait(sigset):
    return _int_to_enum(_signal.sigwait(sigset), Signals)


@_doc_from(_signal.valid_signals)
def valid_signals():
    return {_int_to_enum(sig, Signals) for sig in _signal.valid_signals()}


del _doc_from
