"""Check that the interactive examples written in documentation still work.

A docstring (or a text file) may contain pieces of an interactive session:

    >>> 6 * 7
    42

This module finds such examples, runs them, and compares what they print
(or the exception they raise) with the text that follows them.  The usual
entry points are testmod(), which checks every docstring reachable from a
module, and testfile(), which checks a text file; DocTestSuite() and
DocFileSuite() wrap the same checks as unittest test cases.

Comparison can be relaxed per run (the optionflags arguments) or per example
with a directive comment such as `# doctest: +ELLIPSIS`; see OutputChecker.
Running `python -m doctest [-v] [-o FLAG] [-f] FILE...` checks the named
modules (FILE.py) and text files.
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
    'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS',
    'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner', 'testmod', 'testfile',
    'run_docstring_examples', 'DocTestSuite', 'DocFileSuite', 'set_unittest_reportflags',
    'script_from_examples', 'testsource', 'debug_src', 'debug',
]

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from io import StringIO, IncrementalNewlineDecoder
from collections import namedtuple
import _colorize
from _colorize import ANSIColors, can_colorize

# The debugger is optional: an interpreter without pdb still runs doctests,
# only the debugging helpers (and pdb.set_trace inside examples) need it.
try:
    import pdb
except Exception:
    pdb = None


class TestResults(namedtuple('TestResults', 'failed attempted')):
    """How many examples failed and were tried (plus, as an attribute, skipped)."""

    def __new__(cls, failed, attempted, *, skipped=0):
        self = super().__new__(cls, failed, attempted)
        self.skipped = skipped
        return self

    def __repr__(self):
        if not self.skipped:    # the plain named-tuple form
            return 'TestResults(failed=%r, attempted=%r)' % (self.failed, self.attempted)
        return 'TestResults(failed=%s, attempted=%s, skipped=%s)' % (
            self.failed, self.attempted, self.skipped)


# ---------------------------------------------------------------------------
# Option flags: each registered name owns one bit.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Give `name` the next free flag bit (or return the bit it already has)."""
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# How outputs are compared ...
DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

# ... and how differences are shown.
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small helpers

def _extract_future_flags(globs):
    """Compiler flags of the __future__ features imported into `globs`."""
    flags = 0
    for feature_name in __future__.all_feature_names:
        if globs.get(feature_name) is getattr(__future__, feature_name):
            flags |= getattr(__future__, feature_name).compiler_flag
    return flags


def _caller_module(depth):
    """The module whose code is running `depth` frames above our caller."""
    getname = getattr(sys, '_getframemodulename', None)
    try:
        if getname is not None:
            modname = getname(depth + 1)
        else:
            modname = sys._getframe(depth + 1).f_globals['__name__']
        return sys.modules[modname]
    except (KeyError, ValueError):
        return None


def _normalize_module(module, depth=2):
    """Accept a module, a module name, or None (meaning the caller's module)."""
    if module is None:
        return _caller_module(depth)
    if isinstance(module, str):
        # with a non-empty fromlist, __import__ returns the named submodule itself
        return __import__(module, {}, {}, ["*"])
    if not inspect.ismodule(module):
        raise TypeError("Expected a module, string, or None")
    return module


def _newline_convert(data):
    """Turn \\r\\n and lone \\r line ends into \\n."""
    decoder = IncrementalNewlineDecoder(None, translate=True)
    return decoder.decode(data, final=True)


def _load_testfile(filename, package, module_relative, encoding):
    """Read a test file: (its text, the path it was read from).  A
    module-relative file is read through its package's loader when it can
    read data (a zip import, say), else from disk."""
    path = filename
    if module_relative:
        owner = _normalize_module(package, 3)
        path = _module_relative_path(owner, filename)
        loader = getattr(owner, '__loader__', None) or \
            getattr(getattr(owner, '__spec__', None), 'loader', None)
        reader = getattr(loader, 'get_data', None)
        if reader is not None:
            return _newline_convert(reader(path).decode(encoding)), path
    with open(path, encoding=encoding) as stream:
        return stream.read(), path


_NO_FILE = object()


def _module_relative_path(module, test_path):
    """Resolve a '/'-separated path against the directory of `module`."""
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path[:1] == '/':
        raise ValueError('Module-relative files may not have absolute paths')
    relative = os.path.join(*test_path.split('/'))
    origin = getattr(module, '__file__', _NO_FILE)
    if origin is not _NO_FILE:
        return os.path.join(os.path.dirname(origin), relative)
    if module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        base = os.path.dirname(script) if script else os.curdir
        return os.path.join(base, relative)
    for directory in getattr(module, '__path__', ()):
        candidate = os.path.join(directory, relative)
        if os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module "
                     "%r (it has no __file__)" % module.__name__)


def _indent(s, indent=4):
    """Prefix every non-empty line of `s` with `indent` spaces."""
    pad = ' ' * indent
    return '\n'.join(pad + line if line else line for line in s.split('\n'))


def _exception_traceback(exc_info):
    """The full traceback text of an (type, value, traceback) triple."""
    buf = StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=buf)
    return buf.getvalue()


class _SpoofOut(StringIO):
    """Stands in for sys.stdout while an example runs; what it collected
    always reads back ending with a newline."""

    def getvalue(self):
        text = super().getvalue()
        if text and text[-1] != '\n':
            text += '\n'
        return text

    def truncate(self, size=None):
        # also move to `size`, so the next example writes from there
        super().truncate(size)
        self.seek(size)


def _ellipsis_match(want, got):
    """Does `got` fit `want`, where each '...' in `want` stands for any text?

    The fixed ends may not overlap:

    >>> _ellipsis_match('ab...ba', 'aba'), _ellipsis_match('ab...ba', 'abba')
    (False, True)
    """
    if ELLIPSIS_MARKER not in want:
        return got == want
    pieces = want.split(ELLIPSIS_MARKER)
    head, middle, tail = pieces[0], pieces[1:-1], pieces[-1]
    # The fixed head and tail must not overlap inside `got`.
    if len(head) + len(tail) > len(got):
        return False
    if not (got.startswith(head) and got.endswith(tail)):
        return False
    pos, limit = len(head), len(got) - len(tail)
    for piece in middle:
        found = got.find(piece, pos, limit)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def _comment_line(line):
    """`line` turned into a Python comment."""
    text = line.rstrip()
    return '# ' + text if text else '#'


def _strip_exception_details(msg):
    """Reduce 'pkg.mod.Error: detail\\n...' to 'Error' for IGNORE_EXCEPTION_DETAIL."""
    first_line = msg.split('\n', 1)[0]
    name = first_line.split(':', 1)[0]
    return name.rsplit('.', 1)[-1]


if pdb is not None:
    class _OutputRedirectingPdb(pdb.Pdb):
        """A Pdb that talks to the real terminal stream while an example's own
        output goes to the runner's capture buffer."""

        def __init__(self, out):
            super().__init__(stdout=out, nosigint=True)
            self._terminal = out
            self._entered = False
            self.use_rawinput = True

        def set_trace(self, frame=None):
            self._entered = True
            super().set_trace(sys._getframe().f_back if frame is None else frame)

        def set_continue(self):
            # Only leave the debugger if an example actually entered it.
            if self._entered:
                super().set_continue()

        def trace_dispatch(self, *args):
            captured, sys.stdout = sys.stdout, self._terminal
            try:
                return super().trace_dispatch(*args)
            finally:
                sys.stdout = captured


def _never():
    return False


class _NoDebugger:
    """Used by the runner in place of pdb when pdb (or the sys.settrace it
    relies on) is unavailable."""

    def __init__(self, out):
        pass

    def reset(self):
        pass

    def set_continue(self):
        pass


# ---------------------------------------------------------------------------
# Examples and tests

class Example:
    """One example: its `source` (a statement, newline-terminated), the output
    it should print (`want`), the exception message it should raise
    (`exc_msg`, or None), where it starts in its docstring (`lineno`,
    0-based), how far it is indented (`indent`) and its per-example
    `options` ({flag: True/False}).
    """

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        def terminated(text):
            return text if text.endswith('\n') else text + '\n'
        self.source = terminated(source)
        self.want = terminated(want) if want else want
        self.exc_msg = None if exc_msg is None else terminated(exc_msg)
        self.lineno, self.indent = lineno, indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


class DocTest:
    """The examples of one docstring or file, run in one namespace.

    Attributes: examples, globs (a copy of the namespace given), name,
    filename (or None), lineno (0-based line in `filename`, or None) and
    docstring (the text the examples came from, or None).
    """

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
               "DocTest no longer accepts str; use DocTestParser instead"
        self.examples, self.docstring, self.name = examples, docstring, name
        self.filename, self.lineno = filename, lineno
        self.globs = globs.copy()

    def __repr__(self):
        count = len(self.examples)
        described = {0: 'no examples', 1: '1 example'}.get(count, '%d examples' % count)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                          self.filename, self.lineno, described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        mine = (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)
        theirs = (other.examples, other.docstring, other.globs, other.name,
                  other.filename, other.lineno)
        return mine == theirs

    def __hash__(self):
        return hash((self.docstring,) + self._place())

    def _place(self):
        return (self.name, self.filename, self.lineno)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented

        def order(t):
            return (t.name, t.filename, -1 if t.lineno is None else t.lineno, id(t))
        return order(self) < order(other)


# ---------------------------------------------------------------------------
# Parsing

_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')
_WORD_START = re.compile(r'\w').match
_DIRECTIVE = re.compile(r"""\#\s*doctest:\s*([^\n'"]*)$""", re.MULTILINE)


def _blank_or_comment(source):
    """True for a source that is one empty or comment-only line."""
    if source.endswith('\n'):
        source = source[:-1]
    if '\n' in source:
        return False
    rest = source.lstrip(' ')
    return not rest or rest[0] == '#'


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_blank(line):
    return not line.strip(' ')


def _is_ps1(line):
    return line.lstrip(' ').startswith('>>>')


def _is_ps2(line):
    return line.lstrip(' ').startswith('...')


class DocTestParser:
    """Splits text into examples and the prose around them."""

    def parse(self, string, name='<string>'):
        """The text as a list alternating prose strings and Example objects
        (line numbers 0-based); `name` only labels error messages."""
        text = string.expandtabs()
        lines = text.split('\n')
        margin = self._min_indent(text)
        if margin:
            lines = [line[margin:] for line in lines]
            text = '\n'.join(lines)
        # starts[i]: offset of line i in `string`
        starts, offset = [], 0
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        last = len(lines) - 1

        def end_of(i):
            # offset just past line i and its newline (if it has one)
            return starts[i] + len(lines[i]) + (1 if i < last else 0)

        pieces = []
        prose_from = 0
        i = 0
        while i <= last:
            if not _is_ps1(lines[i]):
                i += 1
                continue
            first = i
            i += 1
            while i <= last and _is_ps2(lines[i]):
                i += 1
            source_end = i          # lines first..source_end-1 hold the source
            while i <= last and not _is_blank(lines[i]) and not _is_ps1(lines[i]):
                i += 1
            want_end = i
            pieces.append(text[prose_from:starts[first]])
            source, options, want, exc_msg = self._parse_example(
                lines[first:source_end], lines[source_end:want_end], name, first)
            if not _blank_or_comment(source):
                indent = margin + _leading_spaces(lines[first])
                pieces.append(Example(source, want, exc_msg, lineno=first,
                                      indent=indent, options=options))
            prose_from = end_of(want_end - 1)
        pieces.append(text[prose_from:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples found in `string`."""
        examples = self.get_examples(string, name)
        return DocTest(examples, globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Only the Example objects of parse()."""
        return [piece for piece in self.parse(string, name) if isinstance(piece, Example)]

    def _parse_example(self, source_lines, want_lines, name, lineno):
        indent = _leading_spaces(source_lines[0])
        for n, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + n + 1, name, line[indent:indent + 3], line))
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(line[indent + 4:] for line in source_lines)

        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(line[indent:] for line in want_lines)
        if want_lines:
            want += '\n'

        return source, self._find_options(source, name, lineno), want, \
            self._exception_message(want)

    @staticmethod
    def _exception_message(want):
        """The final 'Error: message' part of a want that is a traceback, else None."""
        lines = want.split('\n')
        if lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for n in range(1, len(lines)):
            if _WORD_START(lines[n]):
                return '\n'.join(lines[n:])
        return None

    def _find_options(self, source, name, lineno):
        """The {flag: on} settings of the example's `# doctest:` directives."""
        settings = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                sign, flag_name = word[0], word[1:]
                if sign not in '+-' or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, word))
                settings[OPTIONFLAGS_BY_NAME[flag_name]] = sign == '+'
        if settings and _blank_or_comment(source):
            # a directive must sit on the example it changes
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' % (lineno, name, source))
        return settings

    def _min_indent(self, s):
        """The smallest indentation among lines that hold something."""
        widths = [_leading_spaces(line) for line in s.split('\n')
                  if line.lstrip(' ')[:1] and not line.lstrip(' ')[:1].isspace()]
        return min(widths, default=0)

    def _check_prefix(self, lines, prefix, name, lineno):
        """Every non-empty line must start with `prefix` (the example's indentation)."""
        for n, line in enumerate(lines):
            if line[:len(prefix)] != prefix and line:
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + n + 1, name, line))


# ---------------------------------------------------------------------------
# Finding docstrings

_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


class DocTestFinder:
    """Collects the DocTests of an object and of what it contains: modules,
    functions, classes, methods, static and class methods, properties and
    a module's __test__ dictionary."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser, self._verbose = parser, verbose
        self._recurse, self._exclude_empty = recurse, exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and (when recursing) of what it contains that
        belongs to `module` (found automatically when None; False: no module,
        everything belongs).  Each test runs in a copy of `globs` (default: the
        module's namespace) updated with `extraglobs`."""
        name = getattr(obj, '__name__', None) if name is None else name
        if name is None:
            raise ValueError("DocTestFinder.find: name must be given "
                             "when obj.__name__ doesn't exist: %r" %
                             (type(obj),))
        # module=False: no module at all; None: the one obj comes from
        module = inspect.getmodule(obj) if module is None else (module or None)

        source_lines = self._source_lines(obj, module)

        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = module.__dict__.copy()
        else:
            namespace = {}
        namespace.update(extraglobs or {})
        namespace.setdefault('__name__', '__main__')

        tests = []
        self._find(tests, obj, name, module, source_lines, namespace, {})
        tests.sort()
        return tests

    @staticmethod
    def _source_lines(obj, module):
        """The lines of the file that defines `obj`, or None."""
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # Not a real source file; keep names like "<stdin>" or "<doctest ...]>",
            # whose lines linecache may hold.
            path = inspect.getfile(obj)
            if not (path[:1] == '<' and path[-2:] == ']>'):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, object):
        """Is `object` defined in `module`?"""
        if module is None:   # no module to compare with: take everything
            return True
        owner = inspect.getmodule(object)
        if owner is not None:
            return owner is module
        if inspect.isfunction(object):
            return object.__globals__ is module.__dict__
        if inspect.ismethoddescriptor(object) or inspect.ismethodwrapper(object):
            for source in (getattr(object, '__objclass__', None), object):
                if source is not None and hasattr(source, '__module__'):
                    return source.__module__ == module.__name__
            return True     # nothing tells us; assume it does
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return object.__module__ == module.__name__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        """Is `obj`, once decorators are peeled off, a function or method?"""
        try:
            return inspect.isroutine(inspect.unwrap(obj))
        except ValueError:      # a __wrapped__ cycle
            return inspect.isroutine(obj)

    def _contents(self, obj, name, module):
        """(qualified name, value) for everything inside `obj` worth searching."""
        if inspect.ismodule(obj):
            for key, value in list(obj.__dict__.items()):
                if (self._is_routine(value) or inspect.isclass(value)) \
                        and self._from_module(module, value):
                    yield '%s.%s' % (name, key), value
            for key, value in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(value),))
                yield '%s.__test__.%s' % (name, key), value
        elif inspect.isclass(obj):
            for key, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._from_module(module, value):
                    yield '%s.%s' % (name, key), value

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in ' + name)
        key = id(obj)
        if key in seen:
            return
        seen[key] = True
        found = self._get_test(obj, name, module, globs, source_lines)
        if found is not None:
            tests.append(found)
        if self._recurse:
            for inner_name, inner in self._contents(obj, name, module):
                self._find(tests, inner, inner_name, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        """The DocTest of `obj`'s own docstring, or None when it has none."""
        text = obj if isinstance(obj, str) else self._docstring_of(obj)
        where = self._find_lineno(obj, source_lines)
        if not text and self._exclude_empty:
            return None
        path = None
        if module is not None:
            path = getattr(module, '__file__', None) or module.__name__
            if path.endswith('.pyc'):
                path = path[:-1]     # report the source file
        return self._parser.get_doctest(text, globs, name, path, where)

    @staticmethod
    def _docstring_of(obj):
        try:
            doc = obj.__doc__
        except (AttributeError, TypeError):
            return ''
        if doc is None:
            return ''
        return doc if isinstance(doc, str) else str(doc)

    def _find_lineno(self, obj, source_lines):
        """0-based line of `obj`'s docstring in its source, or None."""
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            start = 0
        if inspect.isclass(obj) and has_doc:
            if not source_lines:     # a class is found only by its source
                return None
            header = re.compile(r'^\s*class\s*%s\b'
                                % re.escape(getattr(obj, '__name__', '-')))
            start = next((n for n, text in enumerate(source_lines) if header.match(text)), None)

        target = obj
        if inspect.ismethod(target):
            target = target.__func__
        if isinstance(target, property):
            target = target.fget
        if inspect.isfunction(target) and getattr(target, '__doc__', None):
            target = getattr(inspect.unwrap(target), '__code__', None)
            if target is None:
                return None
        if inspect.istraceback(target):
            target = target.tb_frame
        if inspect.isframe(target):
            target = target.f_code
        if inspect.iscode(target):
            start = target.co_firstlineno - 1

        if start is None or source_lines is None:
            # without the source, the best guess is the line after the definition
            return None if start is None else start + 1
        # The docstring begins at the first line from `start` that opens a string.
        return next((n for n in range(start, len(source_lines))
                     if _DOCSTRING_START.match(source_lines[n])), None)


# ---------------------------------------------------------------------------
# Running

def _n_items(items):
    """'1 item' or 'N items'."""
    return '%d item%s' % (len(items), '' if len(items) == 1 else 's')


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


class DocTestRunner:
    """Runs DocTests, reports each example's outcome through an `out`
    function (report_start, report_success, report_failure,
    report_unexpected_exception; subclass to change them) and keeps
    totals: `tries`, `failures`, `skips` and per-test figures for summarize().

        >>> colour_before, _colorize.COLORIZE = _colorize.COLORIZE, False
        >>> r = DocTestRunner(verbose=False)
        >>> found = DocTestFinder().find(_TestClass)
        >>> [(t.name, r.run(t)) for t in sorted(found, key=lambda t: t.name)]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('_TestClass', TestResults(failed=0, attempted=3)),
         ('_TestClass.__init__', TestResults(failed=0, attempted=3)),
         ('_TestClass.bump', TestResults(failed=0, attempted=1)),
         ('_TestClass.get', TestResults(failed=0, attempted=1))]
        >>> totals = r.summarize(verbose=True)
        4 items passed all tests:
           3 tests in _TestClass
           3 tests in _TestClass.__init__
           1 test in _TestClass.bump
           1 test in _TestClass.get
        8 tests in 4 items.
        8 passed.
        Test passed.
        >>> totals, (r.tries, r.failures, r.skips)
        (TestResults(failed=0, attempted=8), (8, 0, 0))
        >>> _colorize.COLORIZE = colour_before
    """
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        """`checker` compares outputs (default: an OutputChecker); `verbose`
        (default: whether -v is in sys.argv) reports every example;
        `optionflags` sets the comparison and reporting options."""
        self._checker = OutputChecker() if not checker else checker
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = self.failures = self.skips = 0
        self._stats = {}       # test name -> (failures, tries, skips)
        self._fakeout = _SpoofOut()

    # -- reporting -----------------------------------------------------------

    def report_start(self, out, test, example):
        """Announce an example about to run (verbose mode only)."""
        if not self._verbose:
            return
        expectation = ('Expecting:\n' + _indent(example.want)) if example.want \
            else 'Expecting nothing\n'
        out('Trying:\n' + _indent(example.source) + expectation)

    def report_success(self, out, test, example, got):
        """Report an example that passed (verbose mode only)."""
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        """Report an example whose output did not match."""
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        """Report an example that raised when no exception was expected."""
        out(self._failure_header(test, example)
            + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if can_colorize():
            divider = ANSIColors.RED + self.DIVIDER + ANSIColors.RESET
        else:
            divider = self.DIVIDER
        if not test.filename:   # a string without a file: count lines within it
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '\n'.join([divider, where, 'Failed example:', _indent(example.source)])

    # -- running -------------------------------------------------------------

    def _options_for(self, example, base):
        flags = base
        for flag, enabled in example.options.items():
            flags = (flags | flag) if enabled else (flags & ~flag)
        return flags

    @staticmethod
    def _exception_only(exc_type, exc_value):
        """The 'Type: message' lines an expected traceback is compared with."""
        lines = traceback.format_exception_only(exc_type, exc_value)
        if issubclass(exc_type, SyntaxError):
            # Skip the echoed source line and caret of a SyntaxError.
            plain = exc_type.__qualname__ + ':'
            dotted = '%s.%s:' % (exc_type.__module__, exc_type.__qualname__)
            for n, line in enumerate(lines):
                if line.startswith((plain, dotted)):
                    lines = lines[n:]
                    break
        return ''.join(lines)

    def _judge(self, example, got, exc_info, show_traceback):
        """Outcome of one run: ('ok'|'fail'|'boom', text printed, plus the
        traceback when `show_traceback`)."""
        flags, check = self.optionflags, self._checker.check_output
        if exc_info is None:
            return ('ok' if check(example.want, got, flags) else 'fail'), got
        exc_msg = self._exception_only(exc_info[0], exc_info[1])
        if show_traceback:
            got += _exception_traceback(exc_info)
        if example.exc_msg is None:     # no exception was expected
            return 'boom', got
        if check(example.exc_msg, exc_msg, flags):
            return 'ok', got
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(exc_msg), flags):
            return 'ok', got
        return 'fail', got

    def _run_examples(self, test, compileflags, out):
        failed = tried = skipped = 0
        base_flags = self.optionflags
        for number, example in enumerate(test.examples):
            tried += 1
            # (judged with the flags the previous example ran under)
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = self._options_for(example, base_flags)
            if SKIP & self.optionflags:
                skipped += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            exc_info = None
            try:
                # (this statement shows in every traceback an example raises)
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = sys.exc_info()
            self.debugger.set_continue()

            printed = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome, printed = self._judge(example, printed, exc_info, not quiet)
            failed += outcome != 'ok'
            if not quiet:
                # report_success / report_failure get the output, the other the exception
                if outcome == 'boom':
                    self.report_unexpected_exception(out, test, example, exc_info)
                else:
                    report = self.report_success if outcome == 'ok' else self.report_failure
                    report(out, test, example, printed)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self._record(test, failed, tried, skipped)
        return TestResults(failed, tried, skipped=skipped)

    def _record(self, test, failures, tries, skips):
        before = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (before[0] + failures, before[1] + tries, before[2] + skips)
        self.tries, self.failures, self.skips = (
            self.tries + tries, self.failures + failures, self.skips + skips)

    _EXAMPLE_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def _example_getlines(self, filename, module_globals=None):
        # Stands in for linecache.getlines during a run, so that tracebacks
        # through an example show its source line.
        found = self._EXAMPLE_FILENAME.match(filename)
        if found is None or found.group('name') != self.test.name:
            return self._real_getlines(filename, module_globals)
        number = int(found.group('examplenum'))
        return self.test.examples[number].source.splitlines(True)

    def _writer(self, stream):
        """A write function for `stream` that escapes what its encoding cannot hold."""
        encoding = getattr(stream, 'encoding', None)
        if not encoding or encoding.lower() == 'utf-8':
            return stream.write

        def write(text):
            stream.write(text.encode(encoding, 'backslashreplace').decode(encoding))
        return write

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run `test`'s examples in test.globs and report through `out`
        (default: sys.stdout's write); `compileflags` defaults to the
        __future__ features of test.globs; unless `clear_globs` is false the
        namespace is emptied afterwards.  Returns a TestResults."""
        self.test = test
        flags = _extract_future_flags(test.globs) if compileflags is None else compileflags

        real_stdout = sys.stdout
        out = self._writer(real_stdout) if out is None else out

        saved = {
            'trace': sys.gettrace() if hasattr(sys, 'gettrace') else None,
            'displayhook': sys.displayhook,
            'getlines': linecache.getlines,
            'can_colorize': _colorize.can_colorize,
            'env': {key: os.environ.pop(key, None) for key in ('PYTHON_COLORS', 'FORCE_COLOR')},
        }
        sys.stdout = self._fakeout
        if pdb is not None and hasattr(sys, 'settrace'):
            saved['set_trace'] = pdb.set_trace
            self.debugger = _OutputRedirectingPdb(real_stdout)
            pdb.set_trace = self.debugger.set_trace   # examples calling it reach our debugger
        else:
            self.debugger = _NoDebugger(real_stdout)
        self.debugger.reset()
        self._real_getlines = linecache.getlines
        linecache.getlines = self._example_getlines
        sys.displayhook = sys.__displayhook__   # examples echo values the standard way
        _colorize.can_colorize = _never
        try:
            return self._run_examples(test, flags, out)
        finally:
            sys.stdout = real_stdout
            if 'set_trace' in saved:
                pdb.set_trace = saved['set_trace']
            if hasattr(sys, 'settrace'):
                sys.settrace(saved['trace'])
            linecache.getlines = saved['getlines']
            sys.displayhook = saved['displayhook']
            _colorize.can_colorize = saved['can_colorize']
            os.environ.update({k: v for k, v in saved['env'].items() if v is not None})
            if clear_globs:
                test.globs.clear()   # let the example objects be collected
                __import__('builtins')._ = None   # drop the last value shown

    def summarize(self, verbose=None):
        """Print the totals of every test run so far (in detail when
        verbose) and return them as a TestResults."""
        verbose = self._verbose if verbose is None else verbose
        empty, passed, failed = [], [], []
        tries = failures = skips = 0
        for name, (f, t, s) in self._stats.items():
            assert f <= t
            tries += t
            failures += f
            skips += s
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t, s)))

        c = _colorize.get_colors()
        if verbose:
            if empty:
                print('%s had no tests:' % _n_items(empty))
                for name in sorted(empty):
                    print('    ' + name)
            if passed:
                print('%s%s passed all tests:%s' % (c.GREEN, _n_items(passed), c.RESET))
                for name, count in sorted(passed):   # (name, tries)
                    print(' %s%3d %s in %s%s' % (c.GREEN, count,
                                                 'test' if count == 1 else 'tests',
                                                 name, c.RESET))
        if failed:
            print(c.RED + self.DIVIDER + c.RESET)
            print('%s had failures:' % _n_items(failed))
            for name, (f, t, s) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print('%s in %s.' % (_plural(tries, 'test'), _n_items(self._stats)))
            tail = ' and %s%d failed%s' % (c.RED, failures, c.RESET) if failures else ''
            print('%s%d passed%s%s.' % (c.GREEN, tries - failures, c.RESET, tail))
        if failures:
            line = '%s***Test Failed*** %s%s' % (c.BOLD_RED, _plural(failures, 'failure'),
                                                c.RESET)
            if skips:
                line += ' and %s%s%s' % (c.YELLOW, _plural(skips, 'skipped test'), c.RESET)
            print(line + '.')
        elif verbose:
            print('%sTest passed.%s' % (c.BOLD_GREEN, c.RESET))
        return TestResults(failures, tries, skipped=skips)

    def merge(self, other):
        """Add another runner's per-test figures to ours."""
        for name, figures in other._stats.items():
            mine = self._stats.get(name, (0, 0, 0))
            self._stats[name] = tuple(a + b for a, b in zip(mine, figures))


_BLANKS_ONLY_LINE = re.compile(r'^[^\S\n]+$', re.M)

# Diff styles in order of preference, with the words that introduce them.
_DIFF_KINDS = [
    (REPORT_UDIFF, 'unified diff with -expected +actual'),
    (REPORT_CDIFF, 'context diff with expected followed by actual'),
    (REPORT_NDIFF, 'ndiff with -expected +actual'),
]


class OutputChecker:
    """Decides whether an example's actual output matches the expected one
    (check_output) and describes the difference (output_difference)."""

    def _toAscii(self, s):
        """`s` with non-ASCII characters as backslash escapes."""
        return s.encode('ASCII', 'backslashreplace').decode('ASCII')

    def check_output(self, want, got, optionflags):
        """True when `got` matches `want` under `optionflags`."""
        want, got = self._toAscii(want), self._toAscii(got)
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (("1\n", "True\n"), ("0\n", "False\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # <BLANKLINE> (with trailing blanks) marks an empty line; lines of
            # blanks in the actual output count as empty.
            marker_line = re.compile(r'^%s\s*?$' % re.escape(BLANKLINE_MARKER), re.M)
            want = marker_line.sub('', want)
            got = _BLANKS_ONLY_LINE.sub('', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _do_a_fancy_diff(self, want, got, optionflags):
        """Should the difference be shown as a diff?"""
        if optionflags & REPORT_NDIFF:
            return True
        if optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            # unified and context diffs only pay off for several lines
            return min(want.count('\n'), got.count('\n')) >= 3
        return False

    def output_difference(self, example, got, optionflags):
        """Text showing how `got` differs from what `example` expects."""
        want = str(example.want)
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            old, new = want.splitlines(True), got.splitlines(True)
            for flag, kind in _DIFF_KINDS:
                if optionflags & flag:
                    break
            if flag == REPORT_NDIFF:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(old, new))
            else:
                make = difflib.unified_diff if flag == REPORT_UDIFF else difflib.context_diff
                lines = list(make(old, new, n=2))[2:]     # without the file header lines
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


class _ExampleProblem(Exception):
    """What DebugRunner raises: the test, the example, and a third detail
    named by the subclass.  Shown as the test's repr."""
    _detail = None

    def __init__(self, test, example, detail):
        self.test, self.example = test, example
        setattr(self, self._detail, detail)

    def __str__(self):
        return str(self.test)


class DocTestFailure(_ExampleProblem):
    """Raised by DebugRunner when an example's output does not match;
    carries `test`, `example` and `got` (the actual output)."""
    _detail = 'got'


class UnexpectedException(_ExampleProblem):
    """Raised by DebugRunner when an example raises unexpectedly; carries
    `test`, `example` and `exc_info`."""
    _detail = 'exc_info'


class DebugRunner(DocTestRunner):
    r"""A runner that stops at the first problem by raising it, leaving the
    namespace as it was for post-mortem inspection.

        >>> stopper = DebugRunner(verbose=False)
        >>> dt = DocTestParser().get_doctest('>>> n = 7\n>>> n // 0\n1\n', {}, 'z', 'z.py', 0)
        >>> try:
        ...     stopper.run(dt)
        ... except UnexpectedException as caught:
        ...     (caught.test is dt, caught.example.source, caught.exc_info[0].__name__)
        (True, 'n // 0\n', 'ZeroDivisionError')
        >>> sorted(name for name in dt.globs if name != '__builtins__')
        ['n']

        >>> dt = DocTestParser().get_doctest('>>> [n] = [7]\n>>> n\n8\n', {}, 'w', 'w.py', 0)
        >>> try:
        ...     stopper.run(dt)
        ... except DocTestFailure as caught:
        ...     (caught.example.want, caught.got, dt.globs['n'])
        ('8\n', '7\n', 7)

        >>> dt = DocTestParser().get_doctest('>>> n = 0\n', {}, 'v', 'v.py', 0)
        >>> stopper.run(dt), dt.globs
        (TestResults(failed=0, attempted=1), {})
    """

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        outcome = super().run(test, compileflags, out, False)
        # Reached only without a failure: then the namespace may go.
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ---------------------------------------------------------------------------
# Entry points

# The runner of the first testmod()/testfile() call; later calls merge into it.
master = None


def _make_runner(verbose, optionflags, raise_on_error):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def _finish(runner, report):
    """Summarize (if asked), fold into `master`, and return the totals."""
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner      # the first runner becomes the accumulator
    else:
        master.merge(runner)
    failed, tried, skipped = runner.failures, runner.tries, runner.skips
    return TestResults(failed, tried, skipped=skipped)


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module `m` (default: __main__)
    and of the functions and classes it defines, and in its __test__
    dictionary.  Returns TestResults(failed, attempted).

    `name` names the module in reports; `globs`/`extraglobs` set the
    namespace the examples run in (default: a copy of the module's);
    `verbose` reports every example (default: -v in sys.argv); `report`
    prints a summary at the end; `optionflags` combines the option flags;
    `raise_on_error` stops at the first problem by raising it (DebugRunner);
    `exclude_empty` skips objects without docstrings.  The results also
    accumulate in the module-level runner `master`.
    """
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name, globs=globs, extraglobs=extraglobs)
    runner = _make_runner(verbose, optionflags, raise_on_error)
    for dt in found:
        runner.run(dt)
    return _finish(runner, report)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Run the examples in a text file.  Returns TestResults(failed, attempted).

    With `module_relative` (the default) `filename` is a '/'-separated path
    relative to the directory of `package` (a package or its name; default:
    the calling module); otherwise it is an ordinary path.  `name` defaults
    to the file's base name; the examples run in a namespace built from
    `globs` (default: empty) and `extraglobs`.  `verbose`, `report`,
    `optionflags` and `raise_on_error` are as for testmod(); `parser` splits
    the text into examples and `encoding` (default UTF-8) decodes it.
    """
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, path = _load_testfile(filename, package, module_relative, encoding or "utf-8")
    namespace = {} if globs is None else globs.copy()
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    label = os.path.basename(path) if name is None else name
    runner = _make_runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, namespace, label, path, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples of `f`'s own docstring in namespace `globs`
    (nothing it contains); `name` labels the reports."""
    runner = _make_runner(verbose, optionflags, False)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags)


# ---------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of their
    own; returns the previous setting.

      >>> old = _unittest_reportflags
      >>> set_unittest_reportflags(REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE) == old
      True
      >>> try:
      ...     set_unittest_reportflags(ELLIPSIS)
      ... except ValueError as refused:
      ...     print(refused.args)
      ('Only reporting flags allowed', 8)
      >>> set_unittest_reportflags(old) == REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
      True
    """
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        super().__init__()
        self._dt_test, self._dt_optionflags, self._dt_checker = test, optionflags, checker
        self._dt_setUp, self._dt_tearDown = setUp, tearDown

    def _identity(self):
        return (self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker)

    def setUp(self):
        # Remember the namespace so every run starts from the same one.
        self._dt_globs = dict(self._dt_test.globs)
        hook = self._dt_setUp
        if hook is not None:
            hook(self._dt_test)

    def tearDown(self):
        hook = self._dt_tearDown
        if hook is not None:
            hook(self._dt_test)
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def runTest(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        report = StringIO()
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        stdout = sys.stdout
        try:
            outcome = runner.run(self._dt_test, out=report.write, clear_globs=False)
            if outcome.attempted == outcome.skipped:
                raise unittest.SkipTest("all examples were skipped")
        finally:
            sys.stdout = stdout
        if outcome.failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        dt = self._dt_test
        where = 'unknown line number' if dt.lineno is None else str(dt.lineno)
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (dt.name, dt.filename, where, dt.name.rsplit('.', 1)[-1], err))

    def debug(self):
        """Run without a result object, letting the first problem escape as
        UnexpectedException or DocTestFailure (for post-mortem debugging)."""
        self.setUp()
        stopper = DebugRunner(verbose=False, checker=self._dt_checker,
                              optionflags=self._dt_optionflags)
        stopper.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return str(self._dt_test.name)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._identity() == other._identity())

    def __hash__(self):
        return hash(self._identity())

    def __repr__(self):
        owner, _, short = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (short, owner)

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: %s" % self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module's doctests when docstrings were stripped (-OO)."""

    def __init__(self, module):
        super().__init__(None)
        self.module = module

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from " + self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    # Keep the cases after a run, so the suite can run again.
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with a DocTestCase for every docstring with examples
    in `module` (a module or its name; default: the caller's).  `globs`,
    `extraglobs` and `test_finder` shape the search; other keywords
    (setUp, tearDown, optionflags, checker) go to each DocTestCase.
    """
    finder = DocTestFinder() if test_finder is None else test_finder
    target = _normalize_module(module)
    found = finder.find(target, globs=globs, extraglobs=extraglobs)
    cases = _DocTestSuite()
    if not found and sys.flags.optimize >= 2:
        # docstrings were stripped (-OO): say so rather than pass silently
        cases.addTest(SkipDocTestCase(target))
        return cases
    for dt in sorted(found):
        if dt.examples:
            if not dt.filename:
                path = target.__file__
                dt.filename = path[:-1] if path.endswith('.pyc') else path
            cases.addTest(DocTestCase(dt, **options))
    return cases


class DocFileCase(DocTestCase):
    """A text file's examples as a unittest test case."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return str(self._dt_test.filename)

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    """A DocFileCase for one text file (arguments as for DocFileSuite)."""
    namespace = dict(globs or {})
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    text, path = _load_testfile(path, package, module_relative, encoding or "utf-8")
    namespace.setdefault("__file__", path)
    test = parser.get_doctest(text, namespace, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one case per text file in `paths`.

    Keywords: module_relative (default True: '/'-separated paths relative
    to `package`, or to the calling module), package, setUp, tearDown,
    globs, optionflags, parser and encoding.
    """
    if kw.get('module_relative', True):
        # resolve the package here, where the caller's frame is known
        kw['package'] = _normalize_module(kw.get('package'))
    cases = _DocTestSuite()
    cases.addTests([DocFileTest(path, **kw) for path in paths])
    return cases


# ---------------------------------------------------------------------------
# Debugging support

def script_from_examples(s):
    r"""The examples of `s` as a Python script: sources stay code, expected
    output becomes '## ' comments and prose becomes '# ' comments.

       >>> print(script_from_examples('''
       ...     Adding up:
       ...
       ...     >>> 1 + 1
       ...     2
       ...     >>> for c in 'ab':
       ...     ...     print(c)
       ...     a
       ...     b
       ...     '''))
       # Adding up:
       #
       1 + 1
       # Expected:
       ## 2
       for c in 'ab':
           print(c)
       # Expected:
       ## a
       ## b
       <BLANKLINE>
    """
    lines = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            lines.extend(_comment_line(text) for text in piece.split('\n')[:-1])
            continue
        lines.append(piece.source[:-1])
        if piece.want:
            lines.append('# Expected:')
            lines.extend('## ' + text for text in piece.want.split('\n')[:-1])
    # drop empty comment lines at both ends
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        del lines[0]
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The examples of the docstring called `name` in `module` as a script."""
    found = [t for t in DocTestFinder().find(_normalize_module(module)) if t.name == name]
    if not found:
        raise ValueError(name, "not found in tests")
    return script_from_examples(found[0].docstring)


def debug_src(src, pm=False, globs=None):
    """Debug the examples of the docstring text `src`."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run the script `src` under pdb (with `pm`, only after it fails)."""
    import pdb      # only here: the rest of doctest works without a debugger
    namespace = dict(globs) if globs else {}
    debugger = pdb.Pdb(nosigint=True)
    if not pm:
        debugger.run("exec(%r)" % src, namespace, namespace)
        return
    try:
        exec(src, namespace, namespace)
    except BaseException as problem:
        print(problem)
        debugger.reset()
        debugger.interaction(None, problem.__traceback__)


def debug(module, name, pm=False):
    """Debug the examples of the docstring called `name` in `module`."""
    target = _normalize_module(module)
    debug_script(testsource(target, name), pm, target.__dict__)


# ---------------------------------------------------------------------------
# Self-test material, run by DocTestSuite(doctest)

class _TestClass:
    """
    A counter whose docstrings exercise the machinery on itself.

    >>> c = _TestClass(5)
    >>> c.bump().bump().get()
    7
    >>> _TestClass(0).bump(10).get() - 3
    7
    """

    def __init__(self, start):
        """Start counting at `start`.

        >>> _TestClass(-4).get()
        -4
        >>> print(_TestClass('x').val)
        x
        >>> _TestClass([]).val
        []
        """
        self.val = start

    def bump(self, step=1):
        """Add `step` (default 1) and return the counter.

        >>> _TestClass(1).bump(2).val
        3
        """
        self.val += step
        return self

    def get(self):
        """The current count (also the attribute `val`).

        >>> _TestClass(99).get() // 9
        11
        """
        current = self.val
        return current


__test__ = {
    "_TestClass": _TestClass,
    "plain string": r"""
        A plain string is searched for examples as it stands.
        >>> a = 3; b = 4
        >>> a * a + b * b, (a + b) ** 2
        (25, 49)
        """,
    "1 for True": r"""
        Unless DONT_ACCEPT_TRUE_FOR_1 is set, 1 and 0 stand for True and False.
        >>> 2 < 3
        1
        >>> 2 > 3
        0
        >>> 2 < 3, 2 > 3
        (True, False)
        """,
    "empty lines": r"""
        Empty output lines are written <BLANKLINE>:
            >>> print('top\n\nbottom\n')
            top
            <BLANKLINE>
            bottom
            <BLANKLINE>
        """,
    "dots": r"""
        With ELLIPSIS, '...' stands for any text:
            >>> print(list(range(500))) #doctest: +ELLIPSIS
            [0, 1, 2, ..., 499]
        """,
    "spacing": r"""
        With NORMALIZE_WHITESPACE, runs of blanks and newlines compare equal:
            >>> print(list(range(25))) #doctest: +NORMALIZE_WHITESPACE
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
             13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]
        """,
}


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o FLAG]... [-f] FILE...

_CLI_OPTIONS = [
    (('-v', '--verbose'), dict(action='store_true', default=False,
                               help='print very verbose output for all tests')),
    (('-o', '--option'), dict(action='append', choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                              help='specify a doctest option flag to apply to the test run; '
                                   'may be specified more than once to apply multiple options')),
    (('-f', '--fail-fast'), dict(action='store_true',
                                 help='stop running tests after first failure (this is a '
                                      'shorthand for -o FAIL_FAST, and is in addition to any '
                                      'other -o options)')),
    (('file',), dict(nargs='+', help='file containing the tests to run')),
]


def _check_path(path, verbose, flags):
    """Check one command-line FILE; returns how many examples failed."""
    if not path.endswith(".py"):
        return testfile(path, module_relative=False, verbose=verbose,
                        optionflags=flags).failed
    # A module: import it from its own directory, then check it.
    folder, base = os.path.split(path)
    sys.path.insert(0, folder)
    try:
        module = __import__(base[:-3])
    finally:
        sys.path.pop(0)
    return testmod(module, verbose=verbose, optionflags=flags).failed


def _test():
    import argparse

    cli = argparse.ArgumentParser(description="doctest runner")
    for names, settings in _CLI_OPTIONS:
        cli.add_argument(*names, **settings)
    args = cli.parse_args()
    flags = FAIL_FAST if args.fail_fast else 0
    for name in args.option:
        flags |= OPTIONFLAGS_BY_NAME[name]
    # Stop at the first file with a failure: exit status 1.
    return int(any(_check_path(path, args.verbose, flags) for path in args.file))


if __name__ == "__main__":
    sys.exit(_test())
