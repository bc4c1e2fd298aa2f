"""Extract, format and print stack traces and exceptions the way the
interpreter reports them.

In Kaa a frame's source line comes without CPython's caret markers, unless
the interpreter's _kaa_traceback helper can render them.
"""

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

# A frame repeated more than this many times in a row is summarised.
_RECURSIVE_CUTOFF = 3

_CHAIN_TEXT = {
    '__cause__': "\nThe above exception was the direct cause "
                 "of the following exception:\n\n",
    '__context__': "\nDuring handling of the above exception, "
                   "another exception occurred:\n\n",
}


class _Sentinel:
    # Default of the optional value/tb parameters; shown in signatures.
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _exc_and_tb(exc, value, tb):
    # Accept both print_exception(exc) and print_exception(type, value, tb).
    given_value = value is not _sentinel
    if given_value != (tb is not _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if given_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return exc, exc.__traceback__


def _emit_lines(lines, file):
    if file is None:
        file = sys.stderr
    for chunk in lines:
        print(chunk, file=file, end="")


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


# -- frames ------------------------------------------------------------------

def walk_stack(f):
    """Yield (frame, current line) for f and each frame that called it.
    With f None, start four frames up from this generator, which is the
    caller of StackSummary.extract() when that is what consumes it."""
    frame = sys._getframe().f_back.f_back.f_back.f_back if f is None else f
    while frame:
        yield frame, frame.f_lineno
        frame = frame.f_back


def _tb_entries(tb):
    # (frame, line) for each level of a traceback, innermost last.
    while tb:
        yield tb
        tb = tb.tb_next


def walk_tb(tb):
    """Yield (frame, line number) for each level of the traceback tb."""
    for level in _tb_entries(tb):
        yield level.tb_frame, level.tb_lineno


def clear_frames(tb):
    "Clear the local variables of the frames tb refers to."
    for level in _tb_entries(tb):
        try:
            level.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass    # a frame still running, or not clearable


class FrameSummary:
    """What a traceback shows of one frame: file, line number, function,
    source line, and optionally reprs of its locals."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_lines', '_lines_dedented', 'locals', '_code',
                 '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None, **kwargs):
        self.filename, self.name = filename, name
        self.lineno, self.colno, self.end_colno = lineno, colno, end_colno
        self.end_lineno = end_lineno if end_lineno is not None else lineno
        self._code, self._lasti = kwargs.get("_code"), kwargs.get("_lasti")
        self._lines, self._lines_dedented = line, None
        if lookup_line:
            self._set_lines()
        if not locals:
            self.locals = None
        else:
            self.locals = {key: _safe_string(val, 'local', func=repr)
                           for key, val in locals.items()}

    def _key(self):
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._key() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return (self._key() == other._key()
                and self.locals == other.locals)

    def __getitem__(self, pos):
        return self._key()[pos]

    def __iter__(self):
        return iter(self._key())

    def __len__(self):
        return 4

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, "
                f"line {self.lineno} in {self.name}>")

    def _set_lines(self):
        # Read the source lines once, from linecache.
        if self._lines is not None:
            return
        if self.lineno is None or self.end_lineno is None:
            return
        span = range(self.lineno, self.end_lineno + 1)
        self._lines = "".join(
            linecache.getline(self.filename, n).rstrip() + "\n" for n in span)

    @property
    def _original_lines(self):
        self._set_lines()
        return self._lines

    @property
    def _dedented_lines(self):
        source = self._original_lines
        if source is not None and self._lines_dedented is None:
            import textwrap
            self._lines_dedented = textwrap.dedent(source)
        return self._lines_dedented

    @property
    def line(self):
        source = self._original_lines
        if source is None:
            return None
        return source.split("\n", 1)[0].strip()


def _limited(entries, limit):
    # Keep the first limit entries, or the last -limit; sys.tracebacklimit
    # stands in for a missing limit.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return entries
        limit = max(limit, 0)
    if limit < 0:
        import collections
        return collections.deque(entries, maxlen=-limit)
    return itertools.islice(entries, limit)


class StackSummary(list):
    """A list of FrameSummary objects that formats as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarise (frame, line number) pairs, such as walk_stack() or
        walk_tb() yield."""
        # Only a line number: a stack (walk_stack) shows no carets, as in CPython.
        extended = ((frame, (lineno, None, None, None)) for frame, lineno in frame_gen)
        return klass._extract_from_extended_frame_gen(
            extended, limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        # frame_gen: (frame, (lineno, end_lineno, colno, end_colno[, lasti])).
        summary = klass()
        files = set()
        for frame, where in _limited(frame_gen, limit):
            code = frame.f_code
            path = code.co_filename
            files.add(path)
            if hasattr(linecache, 'lazycache'):
                linecache.lazycache(path, frame.f_globals)
            start, stop, col, end_col = where[:4]
            summary.append(FrameSummary(
                path, start, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=stop, colno=col, end_colno=end_col,
                _code=code, _lasti=where[4] if len(where) > 4 else None))
        for path in files:
            linecache.checkcache(path)
        if lookup_lines:
            for entry in summary:
                entry._set_lines()
        return summary

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary of FrameSummary objects or (filename, lineno,
        name, line) tuples."""
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, text = item
                item = FrameSummary(filename, lineno, name, line=text)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary, **kwargs):
        """The lines for one entry: where, source, locals."""
        fs = frame_summary
        out = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        rendered = None
        if _source_block is not None and fs._code is not None and fs._lasti is not None:
            # Source and carets rendered by the interpreter, as CPython's.
            rendered = _source_block(fs._code, fs._lasti)
        if rendered:
            out += rendered
        elif fs.line:
            out += f'    {fs.line}\n'
        for key, val in sorted((fs.locals or {}).items()):
            out += f'    {key} = {val}\n'
        return out

    def format(self, **kwargs):
        """A list of strings, one per entry (with its source and locals);
        a long run of the same entry is cut short with a count."""
        out = []
        last_key, run = None, 0

        def note_repeats():
            hidden = run - _RECURSIVE_CUTOFF
            if hidden > 0:
                plural = "s" if hidden > 1 else ""
                out.append(f'  [Previous line repeated {hidden} more time{plural}]\n')

        for entry in self:
            key = (entry.filename, entry.lineno, entry.name)
            if key != last_key:
                note_repeats()
                last_key, run = key, 0
            run += 1
            if run > _RECURSIVE_CUTOFF:
                continue
            text = self.format_frame_summary(entry, **kwargs)
            if text is not None:
                out.append(text)
        note_repeats()
        return out


def _tb_extended(tb):
    for level in _tb_entries(tb):
        yield level.tb_frame, (level.tb_lineno, None, None, None, level.tb_lasti)


def extract_tb(tb, limit=None):
    """StackSummary of the traceback tb (at most limit entries)."""
    return StackSummary._extract_from_extended_frame_gen(_tb_extended(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """StackSummary of the stack from f (default: the caller) up, oldest
    frame first."""
    start = sys._getframe().f_back if f is None else f
    summary = StackSummary.extract(walk_stack(start), limit=limit)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """Traceback text, one string per entry, of FrameSummary objects or
    4-tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print format_list(extracted_list) to file (default stderr)."""
    _emit_lines(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    start = sys._getframe().f_back if f is None else f
    return format_list(extract_stack(start, limit))


def print_stack(f=None, limit=None, file=None):
    start = sys._getframe().f_back if f is None else f
    print_list(extract_stack(start, limit), file)


# -- exceptions --------------------------------------------------------------

class _ExceptionPrintContext:
    # State while printing nested exception groups: how deep, whether the
    # closing rule of a group is still owed, what was shown.
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return '  ' * self.exception_group_depth

    def emit(self, text_gen, margin_char=None):
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += (margin_char or '|') + ' '
        chunks = [text_gen] if isinstance(text_gen, str) else text_gen
        for chunk in chunks:
            yield ''.join(prefix + piece for piece in chunk.splitlines(True))


def _qualified(module, qualname):
    if module in ("__main__", "builtins"):
        return qualname
    if not isinstance(module, str):
        module = "<unknown>"
    return f'{module}.{qualname}'


def _format_final_exc_line(etype, value):
    shown = _safe_string(value, 'exception')
    if value is not None and shown:
        return "%s: %s\n" % (etype, shown)
    return "%s\n" % etype


class TracebackException:
    """An exception captured for later formatting: its text, traceback
    summary and chained exceptions, without holding frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, save_exc_type=True,
                 _seen=None):
        outermost = _seen is None
        if outermost:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _tb_extended(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._exc_type = None if not save_exc_type else exc_type
        self._str = _safe_string(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception as problem:
            shown = _safe_string(problem, "__notes__", repr)
            self.__notes__ = [f'Ignored error getting __notes__: {shown}']
        self._have_exc_type = exc_type is not None
        self.exc_type_qualname = exc_type.__qualname__ if exc_type is not None else None
        self.exc_type_module = exc_type.__module__ if exc_type is not None else None
        self._is_syntax_error = bool(exc_type) and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            self._take_syntax_details(exc_value)
        self.lookup_lines = lookup_lines
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (False if exc_value is None
                                     else exc_value.__suppress_context__)
        self.exceptions = None
        if outermost:
            options = dict(limit=limit, lookup_lines=lookup_lines,
                           capture_locals=capture_locals,
                           max_group_width=max_group_width,
                           max_group_depth=max_group_depth, _seen=_seen)
            self._follow_chain(exc_value, compact, options, _seen)

    def _take_syntax_details(self, err):
        as_text = lambda n: None if n is None else str(n)
        self.filename = err.filename
        self.lineno = as_text(err.lineno)
        self.end_lineno = as_text(err.end_lineno)
        self.text = err.text
        self.offset, self.end_offset = err.offset, err.end_offset
        self.msg = err.msg

    def _follow_chain(self, exc_value, compact, options, seen):
        # Capture causes, contexts and group members breadth by breadth,
        # with a work list instead of recursion (chains can be long).
        def capture(exc):
            return TracebackException(type(exc), exc, exc.__traceback__, **options)

        pending = [(self, exc_value)]
        while pending:
            node, exc = pending.pop()
            if exc is None:
                continue
            cause = exc.__cause__
            if cause is not None and id(cause) not in seen:
                node.__cause__ = capture(cause)
            context = exc.__context__
            wanted = not compact or (node.__cause__ is None
                                     and not exc.__suppress_context__)
            if context is not None and wanted and id(context) not in seen:
                node.__context__ = capture(context)
            if isinstance(exc, BaseExceptionGroup):
                members = []
                for member in exc.exceptions:
                    if id(member) not in seen:
                        captured = capture(member)
                        members.append(captured)
                        pending.append((captured, member))
                node.exceptions = members
            if node.__cause__ is not None:
                pending.append((node.__cause__, cause))
            if node.__context__ is not None:
                pending.append((node.__context__, context))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture exc (with its own type and traceback)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type(self):
        import warnings
        warnings.warn('Deprecated in 3.13. Use exc_type_str instead.',
                      DeprecationWarning, stacklevel=2)
        return self._exc_type

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0, **kwargs):
        """Yield the closing lines of a report: the exception's type and
        message (or a SyntaxError's details), then its notes."""
        pad = ' ' * (3 * _depth)
        if not self._have_exc_type:
            yield pad + _format_final_exc_line(None, self._str)
            return
        title = _qualified(self.exc_type_module, self.exc_type_qualname)
        if self._is_syntax_error:
            body = list(self._format_syntax_error(title))
        else:
            body = [_format_final_exc_line(title, self._str)]
        for text in body:
            yield pad + text
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                text = _safe_string(note, 'note')
                yield pad + text.replace("\n", "\n" + pad) + "\n"
        elif notes is not None:
            yield pad + _safe_string(notes, '__notes__', func=repr) + "\n"
        if show_group and self.exceptions:
            for member in self.exceptions:
                yield from member.format_exception_only(show_group=True,
                                                        _depth=_depth + 1)

    def _format_syntax_error(self, stype):
        if self.lineno is not None or self.filename is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        if self.text is not None:
            whole = self.text.rstrip('\n')
            shown = whole.lstrip(' \n\f')
            yield f'    {shown}\n'
            if self.offset is not None:
                carets = self._carets(whole, shown)
                if carets is not None:
                    yield carets
        yield f"{stype}: {self.msg or '<no detail available>'}\n"

    def _carets(self, whole, shown):
        # The ^ marks under the error's columns (1-based, in the unstripped
        # text), or None when they fall before the shown text.
        dropped = len(whole) - len(shown)
        first = self.offset
        last = first if self.end_offset in (None, 0) else self.end_offset
        if self.end_lineno is not None and self.end_lineno != self.lineno:
            last = len(whole) + 1
        if last == first:
            last += 1
        begin = first - 1 - dropped
        if begin < 0:
            return None
        width = max(last - first, 1)
        lead = ''.join(ch if ch.isspace() else ' ' for ch in shown[:begin])
        return f'    {lead}{"^" * width}\n'

    def _chain_order(self, chain):
        # [(text shown before it or None, node)], the oldest exception
        # first: each later one is introduced by how it links to the one
        # before.
        links = [[None, self]]
        node = self
        while chain:
            if node.__cause__ is not None:
                how, node = '__cause__', node.__cause__
            elif node.__context__ is not None and not node.__suppress_context__:
                how, node = '__context__', node.__context__
            else:
                break
            links[-1][0] = _CHAIN_TEXT[how]
            links.append([None, node])
        links.reverse()
        return links

    def format(self, *, chain=True, _ctx=None, **kwargs):
        """Yield the lines of the full report: chained exceptions first,
        each with its traceback, then this one."""
        ctx = _ExceptionPrintContext() if _ctx is None else _ctx
        for header, node in self._chain_order(chain):
            if header is not None:
                yield from ctx.emit(header)
            if node.exceptions is None:
                if node.stack:
                    yield from ctx.emit('Traceback (most recent call last):\n')
                    yield from ctx.emit(node.stack.format())
                yield from ctx.emit(node.format_exception_only())
            elif ctx.exception_group_depth > self.max_group_depth:
                yield from ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(node, chain, ctx)

    def _format_group(self, group, chain, ctx):
        outer = ctx.exception_group_depth == 0
        if outer:
            ctx.exception_group_depth = 1
        if group.stack:
            yield from ctx.emit('Exception Group Traceback (most recent call last):\n',
                                margin_char='+' if outer else None)
            yield from ctx.emit(group.stack.format())
        yield from ctx.emit(group.format_exception_only())
        members = group.exceptions
        limit = self.max_group_width
        shown = members[:limit]
        ctx.need_close = False
        for index, member in enumerate(shown):
            closing = index == len(shown) - 1
            if closing:
                ctx.need_close = True
            corner = '+-' if index == 0 else '  '
            yield f'{ctx.indent()}{corner}+---------------- {index + 1} ----------------\n'
            ctx.exception_group_depth += 1
            yield from member.format(chain=chain, _ctx=ctx)
            if closing and ctx.need_close:
                yield ctx.indent() + "+------------------------------------\n"
                ctx.need_close = False
            ctx.exception_group_depth -= 1
        if len(members) > limit:
            rest = len(members) - limit
            yield ctx.indent() + '  +---------------- ... ----------------\n'
            ctx.exception_group_depth += 1
            yield from ctx.emit(f"and {rest} more exception{'s' if rest > 1 else ''}\n")
            ctx.exception_group_depth -= 1
        if outer:
            ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True, **kwargs):
        """Print format()'s lines to file (default stderr)."""
        _emit_lines(self.format(chain=chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True, **kwargs):
    """The report print_exception() would print, as a list of strings."""
    value, tb = _exc_and_tb(exc, value, tb)
    captured = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(captured.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel, *, show_group=False):
    """Just the 'Type: message' part (and notes) of an exception's report."""
    if value is _sentinel:
        value = exc
    captured = TracebackException(type(value), value, None, compact=True)
    return list(captured.format_exception_only(show_group=show_group))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True, **kwargs):
    """Print an exception's report -- traceback, chain, message -- to file
    (default stderr)."""
    value, tb = _exc_and_tb(exc, value, tb)
    captured = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _emit_lines(captured.format(chain=chain), file)


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the report of the last uncaught exception (sys.last_exc)."""
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    elif hasattr(sys, "last_type"):
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)
    else:
        raise ValueError("no last exception")
