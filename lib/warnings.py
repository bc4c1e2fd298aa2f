"""Warning control: issuing warnings, and the filters deciding their fate.

The filter list, the registry of warnings shown once and the default action
live in the interpreter (the _warnings module), which consults them for its
own warnings too; this module adds the filter editing functions, the display
hooks and the context manager that saves and restores the filters.
"""

import sys

from _warnings import (filters, _defaultaction, _onceregistry,
                       warn, warn_explicit, _filters_mutated)

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings", "deprecated"]

defaultaction = _defaultaction
onceregistry = _onceregistry
_warnings_defaults = True

_ACTIONS = frozenset(("error", "ignore", "always", "default", "module", "once"))


# -- display -----------------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (standard error when file is None)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning writes for a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return      # no standard error (pythonw): nowhere to show it
    report = _formatwarnmsg(msg)
    try:
        out.write(report)
    except OSError:
        pass            # a broken stream must not turn a warning into an error


def _source_line(filename, lineno):
    try:
        import linecache
    except ImportError:
        return None
    try:
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    parts = [f"{msg.filename}:{msg.lineno}: {kind}: {msg.message}\n"]
    text = msg.line
    if text is None:
        text = _source_line(msg.filename, msg.lineno)
    if text:
        parts.append("  %s\n" % text.strip())
    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            tracing = True
            where = None
        else:
            tracing = tracemalloc.is_tracing()
            try:
                where = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                where = None
        if where is not None:
            parts.append("Object allocated at (most recent call last):\n")
            for frame in where:
                parts.append('  File "%s", lineno %s\n'
                             % (frame.filename, frame.lineno))
                src = _source_line(frame.filename, frame.lineno)
                if src:
                    parts.append("    %s\n" % src.strip())
        elif not tracing:
            parts.append(f"{kind}: Enable tracemalloc to get the object "
                         f"allocation traceback\n")
    return "".join(parts)


# The functions as first defined: a program may replace showwarning and
# formatwarning, and the internal hooks then go through the replacements.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show a WarningMessage (the interpreter calls this for every warning)."""
    try:
        hook = showwarning
    except NameError:
        pass
    else:
        if hook is not _showwarning_orig:
            if not callable(hook):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            hook(msg.message, msg.category, msg.filename, msg.lineno,
                 msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    try:
        hook = formatwarning
    except NameError:
        pass
    else:
        if hook is not _formatwarning_orig:
            return hook(msg.message, msg.category, msg.filename, msg.lineno,
                        msg.line)
    return _formatwarnmsg_impl(msg)


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
    try:
        import re
    except ImportError:
        return _Literal(pattern, fold)
    return re.compile(pattern, re.I) if fold else re.compile(pattern)


def _check_action(action, lineno):
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Put a filter at the front of the list (at the end with append).

    action is what becomes of matching warnings ("error", "ignore",
    "always", "default", "module" or "once"); message and module are regular
    expressions the text (ignoring case) and the module name must match at
    their start; category is a Warning subclass; lineno a line (0: any).
    """
    if action not in _ACTIONS:
        raise ValueError(f"invalid action: {action!r}")
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _check_action(action, lineno)
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Put a filter matching every message and module in the list.

    The arguments are filterwarnings'.
    """
    _check_action(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*entry, append):
    # An equal filter already in the list moves to the front; appended, it
    # stays where it is.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Empty the filter list (the defaults included)."""
    filters[:] = []
    _filters_mutated()


# -- -W options ------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option or PYTHONWARNINGS entry that cannot be understood."""
    pass


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as exc:
            print("Invalid -W option ignored:", exc, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = (f.strip() for f in fields)
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        try:
            import re
        except ImportError:
            re = None
    if message:
        message = re.escape(message) if re else message
    if module:
        module = re.escape(module) + r"\Z" if re else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for name in ("default", "always", "ignore", "module", "once", "error"):
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins
        try:
            found = getattr(builtins, category)
        except AttributeError:
            raise _OptionError("unknown warning category: %r"
                               % (category,)) from None
    else:
        modname, _, attr = category.rpartition(".")
        try:
            mod = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r"
                               % (modname,)) from None
        try:
            found = getattr(mod, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r"
                               % (category,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# -- frames --------------------------------------------------------------------

def _is_internal_filename(filename):
    return "importlib" in filename and "_bootstrap" in filename


def _is_filename_to_skip(filename, skip_file_prefixes):
    return any(filename.startswith(p) for p in skip_file_prefixes)


def _is_internal_frame(frame):
    return _is_internal_filename(frame.f_code.co_filename)


def _next_external_frame(frame, skip_file_prefixes):
    frame = frame.f_back
    while frame is not None and (
            _is_internal_filename(name := frame.f_code.co_filename) or
            _is_filename_to_skip(name, skip_file_prefixes)):
        frame = frame.f_back
    return frame


# -- records and the context manager ---------------------------------------------

class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save the warning filters and display hooks, and restore them on exit.

    With record=True, warnings are not shown but collected as WarningMessage
    objects in the list the with statement binds. module is the module whose
    state is saved (warnings itself by default). A non-None action is given
    to simplefilter, with category, lineno and append, on entry.
    """

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno,
                                                     append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        caught = []
        mod._showwarnmsg_impl = caught.append
        # _showwarnmsg goes to _showwarnmsg_impl only with the original hook.
        mod.showwarning = mod._showwarning_orig
        return caught

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


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
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', "
                            f"not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        # Local copies: the wrappers below must not keep self alive.
        text, kind, level = self.message, self.category, self.stacklevel + 1
        if kind is None:
            arg.__deprecated__ = text
            return arg
        if isinstance(arg, type):
            return _deprecate_class(arg, text, kind, level)
        if callable(arg):
            import functools

            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(text, category=kind, stacklevel=level)
                return arg(*args, **kwargs)

            try:
                import inspect
            except ImportError:
                pass
            else:
                if inspect.iscoroutinefunction(arg):
                    wrapper = inspect.markcoroutinefunction(wrapper)
            arg.__deprecated__ = wrapper.__deprecated__ = text
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must "
                        f"be applied to a class or callable, not {arg!r}")


def _deprecate_class(cls, text, kind, level):
    import functools
    from types import MethodType

    plain_new = cls.__new__

    @functools.wraps(plain_new)
    def __new__(klass, *args, **kwargs):
        if klass is cls:
            warn(text, category=kind, stacklevel=level)
        if plain_new is not object.__new__:
            return plain_new(klass, *args, **kwargs)
        if (args or kwargs) and klass.__init__ is object.__init__:
            raise TypeError(f"{klass.__name__}() takes no arguments")
        return plain_new(klass)

    cls.__new__ = staticmethod(__new__)

    hook = cls.__init_subclass__
    bound = isinstance(hook, MethodType)
    if bound:
        hook = hook.__func__

    @functools.wraps(hook)
    def __init_subclass__(*args, **kwargs):
        warn(text, category=kind, stacklevel=level)
        return hook(*args, **kwargs)

    cls.__init_subclass__ = (classmethod(__init_subclass__) if bound
                             else __init_subclass__)
    cls.__deprecated__ = __new__.__deprecated__ = text
    __init_subclass__.__deprecated__ = text
    return cls


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


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
    lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
    if coro.cr_origin is not None:
        import linecache
        import traceback

        def where(origin):
            for filename, lineno, funcname in origin:
                line = linecache.getline(filename, lineno)
                yield (filename, lineno, funcname, line)

        lines.append("Coroutine created at (most recent call last)\n")
        lines += traceback.format_list(list(where(coro.cr_origin)))
    text = "".join(lines).rstrip("\n")
    # The coroutine is the source: tracemalloc can tell where it was made.
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)

