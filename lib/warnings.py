"""Warning control: issuing warnings, and the filters deciding their fate.

The filter list, the registry of warnings shown once and the default action
live in the interpreter (the _warnings module), which consults them for its
own warnings too; this module adds the filter editing functions, the display
hooks and the context manager that saves and restores the filters.
"""

import sys

from _warnings import (
    filters,
    warn,
    warn_explicit,
    _defaultaction,
    _onceregistry,
    _filters_mutated,
)

__all__ = [
    "warn",
    "warn_explicit",
    "showwarning",
    "formatwarning",
    "filterwarnings",
    "simplefilter",
    "resetwarnings",
    "catch_warnings",
    "deprecated",
]

# Public aliases of the interpreter's objects. The filters are the
# interpreter's own, its defaults already in place: nothing to install here
# (CPython's _warnings_defaults flag is deleted once used, so none is kept).
defaultaction, onceregistry = _defaultaction, _onceregistry

# What a filter may do with a warning (the order is the one -W prefixes are
# tried in).
_ACTION_ORDER = ("default", "always", "ignore", "module", "once", "error")
_ACTIONS = frozenset(_ACTION_ORDER)


# -- display -----------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (standard error when file is None)."""
    record = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(record)


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning writes for a warning."""
    record = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(record)


def _showwarnmsg_impl(msg):
    target = sys.stderr if msg.file is None else msg.file
    if target is None:
        return      # no standard error (pythonw): nowhere to show it
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass        # a broken stream must not turn a warning into an error


def _source_line(filename, lineno):
    # The source line, or None when linecache is missing or fails.
    try:
        from linecache import getline
        return getline(filename, lineno)
    except Exception:
        return None


def _allocation_site(source):
    # (tracing?, traceback or None) for the object a warning is about.
    try:
        import tracemalloc
    except Exception:
        return True, None
    active = tracemalloc.is_tracing()
    try:
        return active, tracemalloc.get_object_traceback(source)
    except Exception:
        return active, None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    out = [f"{msg.filename}:{msg.lineno}: {kind}: {msg.message}\n"]
    shown = _source_line(msg.filename, msg.lineno) if msg.line is None \
        else msg.line
    if shown:
        out.append(f"  {shown.strip()}\n")
    if msg.source is None:
        return "".join(out)
    active, site = _allocation_site(msg.source)
    if site is not None:
        out.append("Object allocated at (most recent call last):\n")
        for step in site:
            out.append(f'  File "{step.filename}", lineno {step.lineno}\n')
            code = _source_line(step.filename, step.lineno)
            if code:
                out.append(f"    {code.strip()}\n")
    elif not active:
        out.append(f"{kind}: Enable tracemalloc to get the object "
                   f"allocation traceback\n")
    return "".join(out)


# The functions as first defined: a program may replace showwarning and
# formatwarning, and the internal hooks then go through the replacements.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _replacement(name, original):
    # The program's own showwarning/formatwarning, or None while the module's
    # is in place (or the global is gone, at shutdown).
    current = globals().get(name, original)
    return None if current is original else current


def _showwarnmsg(msg):
    """Show a WarningMessage (the interpreter calls this for every warning)."""
    custom = _replacement("showwarning", _showwarning_orig)
    if custom is None:
        return _showwarnmsg_impl(msg)
    if not callable(custom):
        raise TypeError(
            "warnings.showwarning() must be set to a function or method")
    custom(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)


def _formatwarnmsg(msg):
    custom = _replacement("formatwarning", _formatwarning_orig)
    if custom is None:
        return _formatwarnmsg_impl(msg)
    return custom(msg.message, msg.category, msg.filename, msg.lineno,
                  msg.line)


# -- the filters ---------------------------------------------------------------

class _Literal:
    # Stands in for a compiled regular expression while there is no re
    # module: matches a literal prefix, optionally ignoring case.
    __slots__ = ("pattern", "_fold")

    def __init__(self, pattern, fold):
        self.pattern = pattern
        self._fold = fold

    def match(self, text):
        if not isinstance(text, str):
            return None
        if self._fold:
            return text.lower().startswith(self.pattern.lower()) or None
        return text.startswith(self.pattern) or None

    def __eq__(self, other):
        if not isinstance(other, _Literal):
            return NotImplemented
        return (self.pattern, self._fold) == (other.pattern, other._fold)

    def __hash__(self):
        return hash((self.pattern, self._fold))

    def __repr__(self):
        if self._fold:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


def _compile(pattern, fold):
    # None for the empty pattern (matches everything).
    if not pattern:
        return None
    try:
        import re
    except ImportError:
        return _Literal(pattern, fold)
    return re.compile(pattern, re.I) if fold else re.compile(pattern)


def _check_action(action):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not isinstance(lineno, int):
        problem = TypeError("lineno must be an int")
    elif lineno < 0:
        problem = ValueError("lineno must be an int >= 0")
    else:
        return
    raise problem


def _check_text(value, what):
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a string")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Put a filter at the front of the list (at the end with append).

    action is what becomes of matching warnings ("error", "ignore",
    "always", "default", "module" or "once"); message and module are regular
    expressions the text (ignoring case) and the module name must match at
    their start; category is a Warning subclass; lineno a line (0: any).
    """
    _check_action(action)
    _check_text(message, "message")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass")
    _check_text(module, "module")
    _check_lineno(lineno)
    entry = (action, _compile(message, True), category,
             _compile(module, False), lineno)
    _add_filter(*entry, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter matching every message and module in the list.

    The arguments are filterwarnings'.
    """
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(*(action, None, category, None, lineno), append=append)


def _add_filter(*entry, append):
    # An equal filter already in the list moves to the front; appended, it
    # stays where it is.
    if not append:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    elif entry not in filters:
        filters.append(entry)
    _filters_mutated()


def resetwarnings():
    """Empty the filter list (the defaults included)."""
    del filters[:]
    _filters_mutated()


# -- -W options ------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option or PYTHONWARNINGS entry that cannot be understood."""


def _processoptions(args):
    # Bad entries are reported and skipped, the rest still apply.
    for option in args:
        try:
            _setoption(option)
        except _OptionError as problem:
            print("Invalid -W option ignored:", problem, file=sys.stderr)


def _option_lineno(text):
    if not text:
        return 0
    try:
        value = int(text)
    except (OverflowError, ValueError):
        raise _OptionError(f"invalid lineno {text!r}") from None
    if value < 0:
        raise _OptionError(f"invalid lineno {value!r}")
    return value


def _setoption(arg):
    # action:message:category:module:lineno, trailing fields optional.
    pieces = [piece.strip() for piece in arg.split(":")]
    if len(pieces) > 5:
        raise _OptionError(f"too many fields (max 5): {arg!r}")
    pieces.extend([""] * (5 - len(pieces)))
    action, message, category, module, lineno = pieces
    action = _getaction(action)
    category = _getcategory(category)
    escape = None
    if message or module:
        try:
            from re import escape
        except ImportError:
            pass
    if message and escape is not None:
        message = escape(message)
    if module and escape is not None:
        module = escape(module) + r"\Z"
    filterwarnings(action, message, category, module, _option_lineno(lineno))


def _getaction(action):
    # Any prefix of an action names it ("" is "default"); "all" is "always".
    if action == "all":
        return "always"
    for known in _ACTION_ORDER:
        if known.startswith(action):
            return known
    raise _OptionError(f"invalid action: {action!r}")


def _getcategory(category):
    # A builtin warning class by name, or module.Name imported.
    if not category:
        return Warning
    unknown = f"unknown warning category: {category!r}"
    owner_name, dot, attr = category.rpartition(".")
    if dot:
        try:
            owner = __import__(owner_name, None, None, [attr])
        except ImportError:
            raise _OptionError(f"invalid module name: {owner_name!r}") \
                from None
    else:
        import builtins as owner
    found = getattr(owner, attr, _getcategory)
    if found is _getcategory:
        raise _OptionError(unknown)
    if issubclass(found, Warning):  # (TypeError for a non-class, as CPython)
        return found
    raise _OptionError(f"invalid warning category: {category!r}")


# -- frames --------------------------------------------------------------------

def _is_internal_filename(filename):
    # The import machinery's frozen bootstrap modules.
    return all(part in filename for part in ("importlib", "_bootstrap"))


def _is_filename_to_skip(filename, skip_file_prefixes):
    return any(map(filename.startswith, skip_file_prefixes))


def _is_internal_frame(frame):
    code = frame.f_code
    return _is_internal_filename(code.co_filename)


def _next_external_frame(frame, skip_file_prefixes):
    # The first caller outside the import machinery and the skipped files.
    caller = frame.f_back
    while caller is not None:
        name = caller.f_code.co_filename
        if not (_is_internal_filename(name)
                or _is_filename_to_skip(name, skip_file_prefixes)):
            break
        caller = caller.f_back
    return caller


# -- records and the context manager ---------------------------------------------

class WarningMessage(object):
    # One warning, as the display hooks and catch_warnings(record=True) see it.

    _WARNING_DETAILS = (
        "message", "category", "filename", "lineno", "file", "line", "source",
    )

    def __init__(self, message, category, filename, lineno,
                 file=None, line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for field, value in zip(WarningMessage._WARNING_DETAILS, given):
            setattr(self, field, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        layout = ("{message : %r, category : %r, filename : %r, "
                  "lineno : %s, line : %r}")
        return layout % (self.message, self._category_name, self.filename,
                         self.lineno, self.line)


class catch_warnings(object):
    """Save the warning filters and display hooks, and restore them on exit.

    With record=True, warnings are not shown but collected as WarningMessage
    objects in the list the with statement binds. module is the module whose
    state is saved (warnings itself by default). A non-None action is given
    to simplefilter, with category, lineno and append, on entry.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record, self._entered = record, False
        self._module = module if module is not None else sys.modules["warnings"]
        self._filter = (None if action is None
                        else (action, category, lineno, append))

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules["warnings"]:
            shown.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        target = self._module
        # Keep the originals, give the module a copy of the filter list.
        self._filters = target.filters
        self._showwarning = target.showwarning
        self._showwarnmsg_impl = target._showwarnmsg_impl
        target.filters = list(self._filters)
        target._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        target._showwarnmsg_impl = log.append
        # _showwarnmsg reaches _showwarnmsg_impl only with the original hook.
        target.showwarning = target._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        target = self._module
        target.filters = self._filters
        target._filters_mutated()
        target.showwarning = self._showwarning
        target._showwarnmsg_impl = self._showwarnmsg_impl


# -- deprecation ---------------------------------------------------------------

class deprecated:
    """Mark a class or function as deprecated (PEP 702).

    The message is stored as __deprecated__ on the result. Unless category
    is None, calling the function, instantiating the class or subclassing it
    issues a warning of that category (DeprecationWarning by default), shown
    at the caller (stacklevel counts further up).
    """

    def __init__(self, message, /, *, category=DeprecationWarning,
                 stacklevel=1):
        if isinstance(message, str):
            self.message, self.category, self.stacklevel = (
                message, category, stacklevel)
            return
        raise TypeError("Expected an object of type str for 'message', "
                        f"not {type(message).__name__!r}")

    def __call__(self, arg, /):
        # Local copies: the wrappers made below must not keep self alive.
        text, kind, level = self.message, self.category, self.stacklevel + 1
        if kind is None:
            arg.__deprecated__ = text
            return arg
        if isinstance(arg, type):
            return _deprecate_class(arg, text, kind, level)
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category "
                            f"must be applied to a class or callable, not "
                            f"{arg!r}")
        return _deprecate_callable(arg, text, kind, level)


def _deprecate_callable(func, text, kind, level):
    from functools import wraps

    def warned(*args, **kwargs):
        warn(text, category=kind, stacklevel=level)
        return func(*args, **kwargs)

    result = wraps(func)(warned)
    try:
        from inspect import iscoroutinefunction, markcoroutinefunction
    except ImportError:
        pass
    else:
        if iscoroutinefunction(func):
            result = markcoroutinefunction(result)
    func.__deprecated__ = result.__deprecated__ = text
    return result


def _deprecate_class(cls, text, kind, level):
    from functools import wraps
    from types import MethodType as bound_method

    first_new = cls.__new__

    def warned_new(klass, *args, **kwargs):
        if klass is cls:
            warn(text, category=kind, stacklevel=level)
        if first_new is not object.__new__:
            return first_new(klass, *args, **kwargs)
        # object.__new__ refuses arguments: say so as a class without its
        # own __init__ would.
        if (args or kwargs) and klass.__init__ is object.__init__:
            raise TypeError(f"{klass.__name__}() takes no arguments")
        return first_new(klass)

    warned_new = wraps(first_new)(warned_new)
    cls.__new__ = staticmethod(warned_new)

    first_hook = cls.__init_subclass__
    was_bound = isinstance(first_hook, bound_method)
    if was_bound:
        first_hook = first_hook.__func__

    def warned_hook(*args, **kwargs):
        warn(text, category=kind, stacklevel=level)
        return first_hook(*args, **kwargs)

    warned_hook = wraps(first_hook)(warned_hook)
    cls.__init_subclass__ = (classmethod(warned_hook) if was_bound
                             else warned_hook)
    cls.__deprecated__ = warned_new.__deprecated__ = text
    warned_hook.__deprecated__ = text
    return cls


_DEPRECATED_MSG = ("{name!r} is deprecated and slated for removal in "
                   "Python {remove}")


def _deprecated(name, message=_DEPRECATED_MSG, *, remove,
                _version=sys.version_info):
    """Warn that name is deprecated, to be removed in version remove.

    RuntimeError when that version (past its alpha) is already here.
    """
    where = f"{remove[0]}.{remove[1]}"
    if _version[:2] > remove or (_version[:2] == remove
                                 and _version[3] != "alpha"):
        raise RuntimeError(f"{name!r} was slated for removal after Python "
                           f"{where} alpha")
    warn(message.format(name=name, remove=where), DeprecationWarning,
         stacklevel=3)


def _warn_unawaited_coroutine(coro):
    # Called by the interpreter for a coroutine destroyed unawaited.
    text = f"coroutine '{coro.__qualname__}' was never awaited\n"
    origin = coro.cr_origin
    if origin is not None:
        from linecache import getline
        from traceback import format_list
        frames = [(path, number, func, getline(path, number))
                  for path, number, func in origin]
        text += "Coroutine created at (most recent call last)\n"
        text += "".join(format_list(frames))
    # The coroutine is the source: tracemalloc can tell where it was made.
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2,
         source=coro)
