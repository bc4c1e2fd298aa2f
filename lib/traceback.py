"""Render and print stack traces and exceptions, as CPython's traceback does.

Kaa's version shows each frame's source line without the caret markers
(code objects carry no co_positions yet)."""

import sys
import linecache
import itertools

try:
    from _kaa_traceback import source_block as _source_block
except ImportError:
    _source_block = None

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_RECURSIVE_CUTOFF = 3

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")


class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()


def _pick(exc, value, tb):
    # The 3.10+ calling forms: (exc) alone, or the old (type, value, tb).
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return value, tb


# -- walking -----------------------------------------------------------------

def walk_stack(f):
    """Yield (frame, line number) from f (the caller's caller if None) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback chain."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    "Clear the locals of every frame a traceback references."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


# -- FrameSummary / StackSummary ---------------------------------------------

class FrameSummary:
    """One stack entry: file name, line number, function name, source line,
    and optionally the frame's locals as reprs."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_lines_dedented', 'locals', '_code',
                 '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._code = kwargs.get("_code")
        self._lasti = kwargs.get("_lasti")
        self._lines = line
        self._lines_dedented = None
        if lookup_line:
            self.line
        self.locals = ({k: _safe_string(v, 'local', func=repr)
                        for k, v in locals.items()} if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return ((self.filename, self.lineno, self.name, self.line, self.locals)
                    == (other.filename, other.lineno, other.name, other.line,
                        other.locals))
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    def _set_lines(self):
        if self._lines is None and self.lineno is not None and self.end_lineno is not None:
            got = []
            for n in range(self.lineno, self.end_lineno + 1):
                got.append(linecache.getline(self.filename, n).rstrip())
            self._lines = "\n".join(got) + "\n"

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def _dedented_lines(self):
        self._set_lines()
        if self._lines_dedented is None and self._lines is not None:
            import textwrap
            self._lines_dedented = textwrap.dedent(self._lines)
        return self._lines_dedented

    @property
    def line(self):
        self._set_lines()
        if self._lines is None:
            return None
        return self._lines.partition("\n")[0].strip()


def _frame_entries(pairs, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            pairs = itertools.islice(pairs, limit)
        else:
            import collections
            pairs = collections.deque(pairs, maxlen=-limit)
    return pairs


class StackSummary(list):
    """A list of FrameSummary objects, printable as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Build a summary from (frame, line number) pairs."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None, getattr(f, 'f_lasti', None))
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        out = klass()
        names = set()
        for f, where in _frame_entries(frame_gen, limit):
            lineno, end_lineno, colno, end_colno = where[:4]
            lasti = where[4] if len(where) > 4 else None
            code = f.f_code
            names.add(code.co_filename)
            linecache.lazycache(code.co_filename, f.f_globals) if hasattr(linecache, 'lazycache') else None
            f_locals = f.f_locals if capture_locals else None
            out.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                    lookup_line=False, locals=f_locals,
                                    end_lineno=end_lineno, colno=colno,
                                    end_colno=end_colno, _code=code,
                                    _lasti=lasti))
        for name in names:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in out:
                entry.line
        return out

    @classmethod
    def from_list(klass, a_list):
        """Turn FrameSummary objects or 4-tuples into a StackSummary."""
        out = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                out.append(item)
            else:
                filename, lineno, name, line = item
                out.append(FrameSummary(filename, lineno, name, line=line))
        return out

    def format_frame_summary(self, frame_summary, **kwargs):
        """The text of one entry: its File line, source line and locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        block = None
        if (_source_block is not None and frame_summary._code is not None
                and frame_summary._lasti is not None):
            # The interpreter renders the source and carets as CPython does.
            block = _source_block(frame_summary._code, frame_summary._lasti)
        if block:
            parts.append(block)
        else:
            text = frame_summary.line
            if text:
                parts.append('    {}\n'.format(text))
        if frame_summary.locals:
            for key, val in sorted(frame_summary.locals.items()):
                parts.append('    {name} = {value}\n'.format(name=key, value=val))
        return ''.join(parts)

    def format(self, **kwargs):
        """Format each entry, folding runs of the same entry past three."""
        lines = []
        prev = None
        repeats = 0

        def flush():
            extra = repeats - _RECURSIVE_CUTOFF
            if extra > 0:
                lines.append(f'  [Previous line repeated {extra} more '
                             f'time{"s" if extra > 1 else ""}]\n')

        for entry in self:
            key = (entry.filename, entry.lineno, entry.name)
            if key == prev:
                repeats += 1
                if repeats > _RECURSIVE_CUTOFF:
                    continue
            else:
                flush()
                prev = key
                repeats = 1
            text = self.format_frame_summary(entry, **kwargs)
            if text is not None:
                lines.append(text)
        flush()
        return lines


def _tb_positions(tb):
    while tb is not None:
        yield tb.tb_frame, (tb.tb_lineno, None, None, None, tb.tb_lasti)
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The StackSummary of a traceback object."""
    return StackSummary._extract_from_extended_frame_gen(_tb_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the current stack (or of frame f), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    out = StackSummary.extract(walk_stack(f), limit=limit)
    out.reverse()
    return out


def format_list(extracted_list):
    """Format a list of FrameSummary objects or 4-tuples as traceback lines."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print format_list's lines to file (standard error by default)."""
    out = sys.stderr if file is None else file
    for text in StackSummary.from_list(extracted_list).format():
        print(text, file=out, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


# -- exceptions --------------------------------------------------------------

def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def _name_of(cls):
    mod = getattr(cls, '__module__', None)
    qual = getattr(cls, '__qualname__', None) or cls.__name__
    if mod not in ("__main__", "builtins", None):
        if not isinstance(mod, str):
            mod = "<unknown>"
        return mod + '.' + qual
    return qual


class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        lead = self.indent()
        if self.exception_group_depth:
            lead += margin_char + ' '
        if isinstance(text_gen, str):
            yield ''.join(lead + ln for ln in text_gen.splitlines(True))
        else:
            for text in text_gen:
                yield ''.join(lead + ln for ln in text.splitlines(True))


class TracebackException:
    """A snapshot of an exception, its traceback and its chain, ready to
    format without keeping the frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True,
                 _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _tb_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._exc_type = exc_type if save_exc_type else None
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as e:
            self.__notes__ = [f'Ignored error getting __notes__: {_safe_string(e, "__notes__", repr)}']
        self._is_syntax_error = False
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end = exc_value.end_lineno
            self.end_lineno = str(end) if end is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        elif (exc_type and issubclass(exc_type, (NameError, AttributeError))
              and getattr(exc_value, "name", None) is not None):
            pass  # "Did you mean" suggestions are not offered here.
        self.lookup_lines = lookup_lines
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        if not top:
            return
        # Walk the chain iteratively so deep chains do not recurse.
        work = [(self, exc_value)]
        while work:
            te, val = work.pop()
            if val is None:
                continue
            kw = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals,
                      max_group_width=max_group_width,
                      max_group_depth=max_group_depth, _seen=_seen)
            cause = val.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(type(cause), cause,
                                                  cause.__traceback__, **kw)
            suppressed = val.__suppress_context__
            ctx = val.__context__
            if compact:
                want_ctx = te.__cause__ is None and not suppressed
            else:
                want_ctx = True
            if ctx is not None and want_ctx and id(ctx) not in _seen:
                te.__context__ = TracebackException(type(ctx), ctx,
                                                    ctx.__traceback__, **kw)
            if isinstance(val, BaseExceptionGroup):
                subs = []
                for sub in val.exceptions:
                    if id(sub) in _seen:
                        continue
                    s = TracebackException(type(sub), sub, sub.__traceback__, **kw)
                    subs.append(s)
                    work.append((s, sub))
                te.exceptions = subs
            if te.__cause__ is not None:
                work.append((te.__cause__, cause))
            if te.__context__ is not None:
                work.append((te.__context__, ctx))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """Yield the final lines: 'Type: message', notes, SyntaxError detail."""
        indent = 3 * _depth * ' '
        if not self._have_exc_type:
            yield indent + _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type_qualname
        smod = self.exc_type_module
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if self._is_syntax_error:
            for text in self._format_syntax_error(stype):
                yield indent + text
        else:
            yield indent + _format_final_exc_line(stype, self._str)
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = _safe_string(note, 'note')
                yield indent + "\n".join(note.split("\n")) .replace("\n", "\n" + indent) + "\n"
        elif self.__notes__ is not None:
            yield indent + "{}\n".format(_safe_string(self.__notes__, '__notes__', func=repr))
        if self.exceptions and show_group:
            for ex in self.exceptions:
                yield from ex.format_exception_only(show_group=show_group, _depth=_depth + 1)

    def _format_syntax_error(self, stype):
        where = []
        if self.filename is not None or self.lineno is not None:
            fn = self.filename or "<string>"
            ln = self.lineno if self.lineno is not None else None
            yield '  File "{}", line {}\n'.format(fn, ln)
        text = self.text
        if text is not None:
            stripped = text.rstrip('\n')
            body = stripped.lstrip(' \n\f')
            spaces = len(stripped) - len(body)
            yield '    {}\n'.format(body)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) else start
                if self.end_lineno is not None and self.lineno != self.end_lineno:
                    end = len(stripped) + 1
                if end == start:
                    end = start + 1
                col = start - 1 - spaces
                stop = end - 1 - spaces
                if col >= 0:
                    mark = ''.join(c if c.isspace() else ' ' for c in body[:col])
                    yield '    {}{}\n'.format(mark, '^' * max(stop - col, 1))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, "")

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """Yield the lines of the whole report, chained exceptions first."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        order = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    header = _CAUSE_HEADER
                    nxt = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    header = _CONTEXT_HEADER
                    nxt = exc.__context__
                else:
                    header = None
                    nxt = None
                order.append((header, exc))
                exc = nxt
        else:
            order.append((None, exc))
        for header, exc in reversed(order):
            if header is not None:
                yield from _ctx.emit(header)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                top = _ctx.exception_group_depth == 0
                if top:
                    _ctx.exception_group_depth += 1
                if exc.stack:
                    yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                         margin_char='+' if top else None)
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
                count = len(exc.exceptions)
                shown = min(count, self.max_group_width)
                extra = count > self.max_group_width
                _ctx.need_close = False
                for i in range(shown):
                    last = i == shown - 1
                    if last:
                        _ctx.need_close = True
                    if self.max_group_width is not None:
                        truncated = i >= self.max_group_width
                    else:
                        truncated = False
                    title = f'{i + 1}' if not truncated else '...'
                    yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                           f'+---------------- {title} ----------------\n')
                    _ctx.exception_group_depth += 1
                    yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
                    if last and _ctx.need_close:
                        yield _ctx.indent() + "+------------------------------------\n"
                        _ctx.need_close = False
                    _ctx.exception_group_depth -= 1
                if extra:
                    n = count - self.max_group_width
                    yield (_ctx.indent() + '  ' +
                           '+---------------- ... ----------------\n')
                    _ctx.exception_group_depth += 1
                    yield from _ctx.emit(f"and {n} more exception{'s' if n > 1 else ''}\n")
                    _ctx.exception_group_depth -= 1
                if top:
                    _ctx.exception_group_depth -= 1

    def print(self, *, file=None, chain=True, **kwargs):
        """Write format()'s lines to file (standard error by default)."""
        if file is None:
            file = sys.stderr
        for text in self.format(chain=chain):
            print(text, file=file, end="")


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True, **kwargs):
    """The lines print_exception would print, as a list of strings."""
    value, tb = _pick(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """Only the final 'Type: message' lines of an exception."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only(show_group=show_group))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True, **kwargs):
    """Print an exception and its traceback (and chain) to file."""
    value, tb = _pick(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for text in te.format(chain=chain):
        print(text, file=file, end="")


def format_exc(limit=None, chain=True):
    """format_exception of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """print_exception of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """print_exception of sys.last_exc (the last uncaught exception)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
