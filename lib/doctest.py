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
    # public classes, functions and constants, in the reference's order
    'register_optionflag',
    'DONT_ACCEPT_TRUE_FOR_1',
    'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE',
    'ELLIPSIS',
    'SKIP',
    'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS',
    'REPORT_UDIFF',
    'REPORT_CDIFF',
    'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE',
    'REPORTING_FLAGS',
    'FAIL_FAST',
    'Example',
    'DocTest',
    'DocTestParser',
    'DocTestFinder',
    'DocTestRunner',
    'OutputChecker',
    'DocTestFailure',
    'UnexpectedException',
    'DebugRunner',
    'testmod',
    'testfile',
    'run_docstring_examples',
    'DocTestSuite',
    'DocFileSuite',
    'set_unittest_reportflags',
    'script_from_examples',
    'testsource',
    'debug_src',
    'debug',
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
        if not self.skipped:
            return super().__repr__()
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
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        return _caller_module(depth)
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    """Turn \\r\\n and lone \\r line ends into \\n."""
    return IncrementalNewlineDecoder(None, True).decode(data, True)


def _load_testfile(filename, package, module_relative, encoding):
    """Read a test file: (its text, the path it was read from)."""
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is None:
            loader = getattr(getattr(package, '__spec__', None), 'loader', None)
        if hasattr(loader, 'get_data'):
            raw = loader.get_data(filename)
            return _newline_convert(raw.decode(encoding)), filename
    with open(filename, encoding=encoding) as f:
        return f.read(), filename


def _module_relative_path(module, test_path):
    """Resolve a '/'-separated path against the directory of `module`."""
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    relative = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        return os.path.join(os.path.dirname(module.__file__), relative)
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
        self.seek(size)
        super().truncate()


def _ellipsis_match(want, got):
    """Does `got` fit `want`, where each '...' in `want` stands for any text?

    >>> _ellipsis_match('aa...aa', 'aaa')
    False
    """
    pieces = want.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return want == got
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
    line = line.rstrip()
    return '# ' + line if line else '#'


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
            self.__out = out
            self.__used = False
            pdb.Pdb.__init__(self, stdout=out, nosigint=True)
            self.use_rawinput = 1

        def set_trace(self, frame=None):
            self.__used = True
            pdb.Pdb.set_trace(self, frame if frame is not None else sys._getframe().f_back)

        def set_continue(self):
            # Only leave the debugger if an example actually entered it.
            if self.__used:
                pdb.Pdb.set_continue(self)

        def trace_dispatch(self, *args):
            captured, sys.stdout = sys.stdout, self.__out
            try:
                return pdb.Pdb.trace_dispatch(self, *args)
            finally:
                sys.stdout = captured


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
        self.lineno = lineno
        self.indent = indent
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
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

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
        return hash((self.docstring, self.name, self.filename, self.lineno))

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
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._min_indent(string)
        if margin:
            lines = [line[margin:] for line in lines]
            string = '\n'.join(lines)
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
            pieces.append(string[prose_from:starts[first]])
            source, options, want, exc_msg = self._parse_example(
                lines[first:source_end], lines[source_end:want_end], name, first)
            if not _blank_or_comment(source):
                indent = margin + _leading_spaces(lines[first])
                pieces.append(Example(source, want, exc_msg, lineno=first,
                                      indent=indent, options=options))
            prose_from = end_of(want_end - 1)
        pieces.append(string[prose_from:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of the examples found in `string`."""
        return DocTest(self.get_examples(string, name), globs,
                       name, filename, lineno, string)

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
        options = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                sign, flag_name = word[0], word[1:]
                if sign not in '+-' or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r' %
                                     (lineno + 1, name, word))
                options[OPTIONFLAGS_BY_NAME[flag_name]] = sign == '+'
        if options and _blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _min_indent(self, s):
        """The smallest indentation among lines that hold something."""
        widths = [_leading_spaces(line) for line in s.split('\n')
                  if line.lstrip(' ')[:1] and not line.lstrip(' ')[:1].isspace()]
        return min(widths, default=0)

    def _check_prefix(self, lines, prefix, name, lineno):
        for n, line in enumerate(lines):
            if line and not line.startswith(prefix):
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
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """The DocTests of `obj` and (when recursing) of what it contains that
        belongs to `module` (found automatically when None; False: no module,
        everything belongs).  Each test runs in a copy of `globs` (default: the
        module's namespace) updated with `extraglobs`."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = self._source_lines(obj, module)

        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = module.__dict__.copy()
        else:
            namespace = {}
        if extraglobs is not None:
            namespace.update(extraglobs)
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
        if module is None:
            return True
        owner = inspect.getmodule(object)
        if owner is not None:
            return owner is module
        if inspect.isfunction(object):
            return object.__globals__ is module.__dict__
        if inspect.ismethoddescriptor(object) or inspect.ismethodwrapper(object):
            if hasattr(object, '__objclass__'):
                modname = object.__objclass__.__module__
            elif hasattr(object, '__module__'):
                modname = object.__module__
            else:
                return True     # nothing tells us; assume it does
            return module.__name__ == modname
        if inspect.isclass(object) or hasattr(object, '__module__'):
            return module.__name__ == object.__module__
        if isinstance(object, property):
            return True
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
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
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if self._recurse:
            for inner_name, inner in self._contents(obj, name, module):
                self._find(tests, inner, inner_name, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        """The DocTest of `obj`'s own docstring, or None when it has none."""
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                docstring = '' if docstring is None else (
                    docstring if isinstance(docstring, str) else str(docstring))
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """0-based line of `obj`'s docstring in its source, or None."""
        start = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            start = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
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

        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # The docstring begins at the first line from `start` that opens a string.
        for n in range(start, len(source_lines)):
            if _DOCSTRING_START.match(source_lines[n]):
                return n
        return None


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

        >>> save_colorize = _colorize.COLORIZE
        >>> _colorize.COLORIZE = False
        >>> runner = DocTestRunner(verbose=False)
        >>> for test in sorted(DocTestFinder().find(_TestClass), key=lambda t: t.name):
        ...     print(test.name, '->', runner.run(test))
        _TestClass -> TestResults(failed=0, attempted=2)
        _TestClass.__init__ -> TestResults(failed=0, attempted=2)
        _TestClass.get -> TestResults(failed=0, attempted=2)
        _TestClass.square -> TestResults(failed=0, attempted=1)
        >>> runner.summarize(verbose=1)
        4 items passed all tests:
           2 tests in _TestClass
           2 tests in _TestClass.__init__
           2 tests in _TestClass.get
           1 test in _TestClass.square
        7 tests in 4 items.
        7 passed.
        Test passed.
        TestResults(failed=0, attempted=7)
        >>> runner.tries, runner.failures, runner.skips
        (7, 0, 0)
        >>> _colorize.COLORIZE = save_colorize
    """
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        """`checker` compares outputs (default: an OutputChecker); `verbose`
        (default: whether -v is in sys.argv) reports every example;
        `optionflags` sets the comparison and reporting options."""
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
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
        if not test.filename:
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

    def _judge(self, example, got, exc_info, quiet):
        """Outcome of one run: ('ok'|'fail'|'boom', text printed)."""
        check = self._checker.check_output
        flags = self.optionflags
        if exc_info is None:
            return ('ok' if check(example.want, got, flags) else 'fail'), got
        exc_msg = self._exception_only(exc_info[0], exc_info[1])
        if not quiet:
            got += _exception_traceback(exc_info)
        if example.exc_msg is None:
            return 'boom', got
        if check(example.exc_msg, exc_msg, flags):
            return 'ok', got
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg),
                _strip_exception_details(exc_msg), flags):
            return 'ok', got
        return 'fail', got

    def __run(self, test, compileflags, out):
        failed = tried = skipped = 0
        base_flags = self.optionflags
        for number, example in enumerate(test.examples):
            tried += 1
            # (judged with the flags the previous example ran under)
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = self._options_for(example, base_flags)
            if self.optionflags & SKIP:
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

            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome, got = self._judge(example, got, exc_info, quiet)

            if outcome != 'ok':
                failed += 1
            if not quiet:
                if outcome == 'ok':
                    self.report_success(out, test, example, got)
                elif outcome == 'fail':
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, exc_info)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        self.__record_outcome(test, failed, tried, skipped)
        return TestResults(failed, tried, skipped=skipped)

    def __record_outcome(self, test, failures, tries, skips):
        old = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (old[0] + failures, old[1] + tries, old[2] + skips)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    _EXAMPLE_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # Tracebacks through an example show its source line.
        m = self._EXAMPLE_FILENAME.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def _writer(self, stream):
        """A write function for `stream` that escapes what its encoding cannot hold."""
        encoding = getattr(stream, 'encoding', None)
        if encoding is None or encoding.lower() == 'utf-8':
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
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        real_stdout = sys.stdout
        if out is None:
            out = self._writer(real_stdout)

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
            pdb.set_trace = self.debugger.set_trace
        else:
            self.debugger = _NoDebugger(real_stdout)
        self.debugger.reset()
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        sys.displayhook = sys.__displayhook__
        _colorize.can_colorize = lambda: False
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            if 'set_trace' in saved:
                pdb.set_trace = saved['set_trace']
            if hasattr(sys, 'settrace'):
                sys.settrace(saved['trace'])
            linecache.getlines = saved['getlines']
            sys.displayhook = saved['displayhook']
            _colorize.can_colorize = saved['can_colorize']
            for key, value in saved['env'].items():
                if value is not None:
                    os.environ[key] = value
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals of every test run so far (in detail when
        verbose) and return them as a TestResults."""
        if verbose is None:
            verbose = self._verbose
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
                for name, count in sorted(passed):
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
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
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
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF):
            return False
        # unified and context diffs only pay off for several lines
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """Text showing how `got` differs from what `example` expects."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            old, new = want.splitlines(True), got.splitlines(True)
            if optionflags & REPORT_UDIFF:
                kind = 'unified diff with -expected +actual'
                lines = list(difflib.unified_diff(old, new, n=2))[2:]
            elif optionflags & REPORT_CDIFF:
                kind = 'context diff with expected followed by actual'
                lines = list(difflib.context_diff(old, new, n=2))[2:]
            else:
                kind = 'ndiff with -expected +actual'
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(old, new))
            return 'Differences (%s):\n' % kind + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match;
    carries `test`, `example` and `got`."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly; carries
    `test`, `example` and `exc_info`."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    r"""A runner that stops at the first problem by raising it, leaving the
    namespace as it was for post-mortem inspection.

        >>> runner = DebugRunner(verbose=False)
        >>> test = DocTestParser().get_doctest('>>> raise KeyError\n42',
        ...                                    {}, 'foo', 'foo.py', 0)
        >>> try:
        ...     runner.run(test)
        ... except UnexpectedException as caught:
        ...     problem = caught
        >>> problem.test is test, problem.example.want
        (True, '42\n')
        >>> raise problem.exc_info[1]
        Traceback (most recent call last):
        ...
        KeyError

        >>> test = DocTestParser().get_doctest('''
        ...      >>> x = 1
        ...      >>> x
        ...      2
        ...      ''', {}, 'foo', 'foo.py', 0)
        >>> try:
        ...    runner.run(test)
        ... except DocTestFailure as caught:
        ...    problem = caught
        >>> problem.example.want, problem.got, test.globs['x']
        ('2\n', '1\n', 1)

        >>> test = DocTestParser().get_doctest('>>> y = 2\n', {}, 'foo', 'foo.py', 0)
        >>> runner.run(test)
        TestResults(failed=0, attempted=1)
        >>> test.globs
        {}
    """

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        results = DocTestRunner.run(self, test, compileflags, out, False)
        # Reached only without a failure: then the namespace may go.
        if clear_globs:
            test.globs.clear()
        return results

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Entry points

# The runner of the first testmod()/testfile() call; later calls merge into it.
master = None


def _make_runner(verbose, optionflags, raise_on_error):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def _finish(runner, report):
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """m=None, name=None, globs=None, verbose=None, report=True,
       optionflags=0, extraglobs=None, raise_on_error=False,
       exclude_empty=False

    Run the examples in the docstrings of module `m` (default: __main__)
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
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(verbose, optionflags, raise_on_error)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
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
    text, filename = _load_testfile(filename, package, module_relative,
                                    encoding or "utf-8")
    if name is None:
        name = os.path.basename(filename)
    namespace = {} if globs is None else globs.copy()
    if extraglobs is not None:
        namespace.update(extraglobs)
    namespace.setdefault('__name__', '__main__')
    runner = _make_runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, namespace, name, filename, 0))
    return _finish(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Run the examples of `f`'s own docstring in namespace `globs`
    (nothing it contains); `name` labels the reports."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest integration

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none of their
    own; returns the previous setting.

      >>> old = _unittest_reportflags
      >>> set_unittest_reportflags(REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE) == old
      True
      >>> set_unittest_reportflags(ELLIPSIS)
      Traceback (most recent call last):
      ...
      ValueError: ('Only reporting flags allowed', 8)
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
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        # Remember the namespace so every run starts from the same one.
        self._dt_globs = self._dt_test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        report = StringIO()
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70
        stdout = sys.stdout
        try:
            results = runner.run(test, out=report.write, clear_globs=False)
            if results.skipped == results.attempted:
                raise unittest.SkipTest("all examples were skipped")
        finally:
            sys.stdout = stdout
        if results.failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        short_name = test.name.rsplit('.', 1)[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, short_name, err))

    def debug(self):
        """Run without a result object, letting the first problem escape as
        UnexpectedException or DocTestFailure (for post-mortem debugging)."""
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags,
                             checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return ((self._dt_test, self._dt_optionflags, self._dt_setUp,
                 self._dt_tearDown, self._dt_checker)
                == (other._dt_test, other._dt_optionflags, other._dt_setUp,
                    other._dt_tearDown, other._dt_checker))

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        owner, _, short = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (short, owner)

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module's doctests when docstrings were stripped (-OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

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
    finder = test_finder if test_finder is not None else DocTestFinder()
    module = _normalize_module(module)
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            path = module.__file__
            test.filename = path[:-1] if path.endswith('.pyc') else path
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A text file's examples as a unittest test case."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    """A DocFileCase for one text file (arguments as for DocFileSuite)."""
    namespace = {} if globs is None else globs.copy()
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
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


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
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + text for text in piece.want.split('\n')[:-1])
        else:
            lines.extend(_comment_line(text) for text in piece.split('\n')[:-1])
    # drop empty comment lines at both ends
    while lines and lines[-1] == '#':
        lines.pop()
    while lines and lines[0] == '#':
        del lines[0]
    return '\n'.join(lines) + '\n'


def testsource(module, name):
    """The examples of the docstring called `name` in `module` as a script."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug the examples of the docstring text `src`."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run the script `src` under pdb (with `pm`, only after it fails)."""
    import pdb
    namespace = dict(globs) if globs else {}
    if not pm:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, namespace, namespace)
        return
    try:
        exec(src, namespace, namespace)
    except:
        print(sys.exc_info()[1])
        debugger = pdb.Pdb(nosigint=True)
        debugger.reset()
        debugger.interaction(None, sys.exc_info()[2])


def debug(module, name, pm=False):
    """Debug the examples of the docstring called `name` in `module`."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------------------
# Self-test material, run by DocTestSuite(doctest)

class _TestClass:
    """
    A small value holder whose docstrings check the machinery itself.

    >>> _TestClass(13).get() + _TestClass(-12).get()
    1
    >>> hex(_TestClass(13).square().get())
    '0xa9'
    """

    def __init__(self, val):
        """Keep `val`.

        >>> holder = _TestClass(123)
        >>> print(holder.get())
        123
        """
        self.val = val

    def square(self):
        """Square the held value and return self.

        >>> _TestClass(13).square().get()
        169
        """
        self.val = self.val ** 2
        return self

    def get(self):
        """The held value.

        >>> holder = _TestClass(-42)
        >>> print(holder.get())
        -42
        """
        return self.val


__test__ = {
    "_TestClass": _TestClass,
    "string": r"""
        A plain string is searched for examples as it stands.
        >>> a = 3; b = 4
        >>> a * a + b * b, (a + b) ** 2
        (25, 49)
        """,
    "bool-int equivalence": r"""
        Unless DONT_ACCEPT_TRUE_FOR_1 is set, 1 and 0 stand for True and False.
        >>> 2 < 3
        1
        >>> 2 < 3
        True
        >>> 2 > 3
        0
        >>> 2 > 3
        False
        """,
    "blank lines": r"""
        Empty output lines are written <BLANKLINE>:
            >>> print('top\n\nbottom\n')
            top
            <BLANKLINE>
            bottom
            <BLANKLINE>
        """,
    "ellipsis": r"""
        With ELLIPSIS, '...' stands for any text:
            >>> print(list(range(500))) #doctest: +ELLIPSIS
            [0, 1, 2, ..., 499]
        """,
    "whitespace normalization": r"""
        With NORMALIZE_WHITESPACE, runs of blanks and newlines compare equal:
            >>> print(list(range(25))) #doctest: +NORMALIZE_WHITESPACE
            [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
             13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24]
        """,
}


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o FLAG]... [-f] FILE...

def _test():
    import argparse

    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append',
                        choices=OPTIONFLAGS_BY_NAME.keys(), default=[],
                        help=('specify a doctest option flag to apply'
                              ' to the test run; may be specified more'
                              ' than once to apply multiple options'))
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help=('stop running tests after first failure (this'
                              ' is a shorthand for -o FAIL_FAST, and is'
                              ' in addition to any other -o options)'))
    parser.add_argument('file', nargs='+',
                        help='file containing the tests to run')
    args = parser.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith(".py"):
            # Import the module from its own directory, then check it.
            directory, filename = os.path.split(path)
            sys.path.insert(0, directory)
            module = __import__(filename[:-3])
            del sys.path[0]
            failed = testmod(module, verbose=args.verbose, optionflags=flags).failed
        else:
            failed = testfile(path, module_relative=False, verbose=args.verbose,
                              optionflags=flags).failed
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())
