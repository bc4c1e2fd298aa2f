"""unittest's command line: TestProgram (alias main) parses arguments, loads
the tests and runs them."""

import os
import sys

from . import loader
from . import runner
from .signals import installHandler

__unittest = True

# The exit status when no test ran (nor was skipped).
_NO_TESTS_EXITCODE = 5

# Whether this module runs as a script (python -m unittest.main).
_RUN_AS_SCRIPT = __name__ == '__main__'


def _examples(*rows):
    """The examples shown after --help: one row per (arguments, what
    they do), descriptions aligned; a description may span lines."""
    lines = ['Examples:']
    for arguments, effect in rows:
        first, *more = effect.split('\n')
        lines.append(f'  %(prog)s {arguments:<26}- {first}')
        lines += [' ' * 39 + extra for extra in more]
    return '\n'.join(lines) + '\n'


MAIN_EXAMPLES = _examples(
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
)

MODULE_EXAMPLES = _examples(
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\nin MyTestCase"),
)


def _convert_name(name):
    # A path to a .py file becomes a dotted module name, when the file is
    # below the current directory.
    if not (os.path.isfile(name) and name.lower().endswith('.py')):
        return name
    if os.path.isabs(name):
        rel = os.path.relpath(name, os.getcwd())
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return name
        name = rel
    return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')


def _convert_names(names):
    return [_convert_name(n) for n in names]


def _convert_select_pattern(pattern):
    # -k foo matches names containing foo; a pattern with * is used as is.
    return pattern if '*' in pattern else f'*{pattern}*'


# -- a small command-line parser behaving (and printing) like the argparse
#    parsers CPython's unittest builds -----------------------------------------

class _Option:
    def __init__(self, flags, dest, kind, help, value=None, metavar=None,
                 convert=None):
        self.flags = flags        # ('-v', '--verbose')
        self.dest = dest
        self.kind = kind          # 'const', 'true', 'value', 'append', 'help'
        self.help = help
        self.value = value        # the constant of 'const'
        self.metavar = metavar
        self.convert = convert    # (function, type name for errors)

    def takes_value(self):
        return self.kind in ('value', 'append')

    def invocation(self):
        if not self.takes_value():
            return ', '.join(self.flags)
        return ', '.join(self.flags) + ' ' + self.metavar

    def usage(self):
        if self.takes_value():
            return f'[{self.flags[0]} {self.metavar}]'
        return f'[{self.flags[0]}]'


class _UsageError(Exception):
    pass


class _Parser:
    def __init__(self, prog, options, positionals, positional_usage=None,
                 positional_help=None, epilog=None, on_help=None):
        self.prog = prog
        self.options = [_Option(('-h', '--help'), None, 'help',
                                'show this help message and exit')] + options
        self.positionals = positionals          # dest names, in order
        self.star = positional_usage is not None  # one nargs='*' positional
        self.positional_usage = positional_usage
        self.positional_help = positional_help
        self.epilog = epilog
        self.on_help = on_help

    # parsing
    def _lookup(self, flag):
        for opt in self.options:
            if flag in opt.flags:
                return opt
        if flag.startswith('--'):
            hits = [o for o in self.options
                    for f in o.flags if f.startswith('--') and f.startswith(flag)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                names = ', '.join(f for o in hits for f in o.flags
                                  if f.startswith(flag))
                raise _UsageError(f'ambiguous option: {flag} could match {names}')
        return None

    def _store(self, ns, opt, text):
        if opt.kind == 'help':
            self.on_help()
            sys.exit(0)
        if opt.kind == 'const':
            setattr(ns, opt.dest, opt.value)
        elif opt.kind == 'true':
            setattr(ns, opt.dest, True)
        else:
            func, tname = opt.convert or (None, None)
            value = text
            if func is not None:
                try:
                    value = func(text)
                except (TypeError, ValueError):
                    raise _UsageError(f'argument {"/".join(opt.flags)}: invalid '
                                      f'{tname} value: {text!r}')
            if opt.kind == 'append':
                got = getattr(ns, opt.dest, None)
                got = [] if got is None else list(got)
                got.append(value)
                setattr(ns, opt.dest, got)
            else:
                setattr(ns, opt.dest, value)

    def _missing(self, opt):
        return _UsageError(f'argument {"/".join(opt.flags)}: expected one argument')

    def parse_args(self, args, ns):
        try:
            self._parse(list(args), ns)
        except _UsageError as exc:
            sys.stderr.write(self.format_usage())
            sys.stderr.write(f'{self.prog}: error: {exc}\n')
            sys.exit(2)
        return ns

    def _parse(self, args, ns):
        # Like argparse, give the namespace each option's default unless it
        # already has the attribute.
        for opt in self.options:
            if opt.dest is not None and not hasattr(ns, opt.dest):
                setattr(ns, opt.dest, False if opt.kind == 'true' else None)
        extras = []
        runs = []          # runs of consecutive positional strings
        current = None
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if not only_positional and arg == '--':
                only_positional = True
                continue
            if only_positional or not arg.startswith('-') or arg == '-':
                if current is None:
                    current = []
                    runs.append(current)
                current.append(arg)
                continue
            current = None
            if arg.startswith('--'):
                flag, eq, text = arg.partition('=')
                opt = self._lookup(flag)
                if opt is None:
                    extras.append(arg)
                    continue
                if opt.takes_value():
                    if not eq:
                        if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                            raise self._missing(opt)
                        text = args[i]
                        i += 1
                    self._store(ns, opt, text)
                elif eq:
                    raise _UsageError(f'argument {"/".join(opt.flags)}: '
                                      f'ignored explicit argument {text!r}')
                else:
                    self._store(ns, opt, None)
                continue
            # short options, possibly clustered: -vq, -kpattern
            j = 1
            while j < len(arg):
                opt = self._lookup('-' + arg[j])
                if opt is None:
                    extras.append(arg if j == 1 else '-' + arg[j:])
                    break
                if opt.takes_value():
                    text = arg[j + 1:]
                    if not text:
                        if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                            raise self._missing(opt)
                        text = args[i]
                        i += 1
                    self._store(ns, opt, text)
                    break
                self._store(ns, opt, None)
                j += 1
        if self.star:
            setattr(ns, self.positionals[0], runs[0] if runs else [])
            rest = runs[1:]
        else:
            first = runs[0] if runs else []
            for dest, text in zip(self.positionals, first):
                setattr(ns, dest, text)
            rest = [first[len(self.positionals):]] + runs[1:]
        for run in rest:
            extras.extend(run)
        if extras:
            raise _UsageError('unrecognized arguments: ' + ' '.join(extras))

    # help
    def _width(self):
        import shutil
        return shutil.get_terminal_size().columns - 2

    def format_usage(self):
        width = self._width()
        parts = [o.usage() for o in self.options]
        tail = [self.positional_usage] if self.positional_usage else []
        prefix = 'usage: '
        line = ' '.join([self.prog] + parts + tail)
        if len(prefix) + len(line) <= width:
            return prefix + line + '\n'
        indent = ' ' * (len(prefix) + len(self.prog) + 1)

        def fill(items, first_len):
            lines, cur, size = [], [], first_len - 1
            for item in items:
                if cur and size + 1 + len(item) > width:
                    lines.append(cur)
                    cur, size = [], len(indent) - 1
                cur.append(item)
                size += len(item) + 1
            if cur:
                lines.append(cur)
            return lines

        rows = fill(parts, len(prefix) + len(self.prog) + 1)
        out = [prefix + self.prog + ' ' + ' '.join(rows[0])]
        out += [indent + ' '.join(r) for r in rows[1:]]
        if tail:
            out += [indent + ' '.join(r) for r in fill(tail, len(indent))]
        return '\n'.join(out) + '\n'

    def format_help(self):
        import textwrap
        width = self._width()
        entries = [(o.invocation(), o.help) for o in self.options]
        heads = [h for h, _ in entries]
        if self.positional_help:
            heads.append(self.positional_help[0])
        col = min(max(len(h) for h in heads) + 4, 24)
        text_width = max(width - col, 11)

        def entry(head, help):
            lines = textwrap.wrap(' '.join(help.split()), text_width)
            if len(head) <= col - 4:
                first = '  ' + head.ljust(col - 2) + lines[0]
                rest = lines[1:]
                return [first] + [' ' * col + ln for ln in rest]
            return ['  ' + head] + [' ' * col + ln for ln in lines]

        out = [self.format_usage()]
        if self.positional_help:
            out.append('positional arguments:')
            out.extend(entry(*self.positional_help))
            out.append('')
        out.append('options:')
        for head, help in entries:
            out.extend(entry(head, help))
        if self.epilog:
            out.append('')
            out.extend(textwrap.wrap(self.epilog, width))
        return '\n'.join(out) + '\n'

    def print_help(self):
        sys.stdout.write(self.format_help())


class TestProgram(object):
    """The command-line test program: collects the tests named in argv (or
    all of module's, or discovers them) and runs them, then exits with 0
    when they all passed, 1 when not and 5 when none ran (unless exit is
    false)."""

    module = None
    verbosity = 1
    progName = warnings = None
    # None: not fixed by the caller, so offered as a command-line option.
    failfast = catchbreak = buffer = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        self.module = _resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity = exit, verbosity
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        self.tb_locals, self.durations = tb_locals, durations
        # Tests show deprecation warnings unless -W options say otherwise.
        if warnings is None and not sys.warnoptions:
            warnings = 'default'
        self.warnings = warnings
        self.defaultTest, self.testLoader = defaultTest, testLoader
        self.testRunner = testRunner
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _print_help(self, *args, **kwargs):
        discovering = self.module is None
        print(self._main_parser.format_help())
        examples = MAIN_EXAMPLES if discovering else MODULE_EXAMPLES
        print(examples % {'prog': self.progName})
        if discovering:
            self._discovery_parser.print_help()

    def parseArgs(self, argv):
        self._initArgParsers()
        args = argv[1:]
        no_module = self.module is None
        if no_module and args and args[0].lower() == 'discover':
            self._do_discovery(args[1:])
            return
        self._main_parser.parse_args(args, self)
        if no_module and not self.tests:
            # Plain `python -m unittest` (options allowed) discovers too.
            self._do_discovery([])
            return
        self.testNames = self._chosen_names()
        self.createTests()

    def _chosen_names(self):
        """Names to load, from the command line or defaultTest; None for
        the whole module."""
        if self.tests:
            if _RUN_AS_SCRIPT:
                self.module = None
            return _convert_names(self.tests)
        fallback = self.defaultTest
        if fallback is None:
            return None
        if isinstance(fallback, str):
            return (fallback,)
        return list(fallback)

    def createTests(self, from_discovery=False, Loader=None):
        source = self.testLoader
        if self.testNamePatterns:
            source.testNamePatterns = self.testNamePatterns
        if from_discovery:
            if Loader is not None:
                source = Loader()
            found = source.discover(self.start, self.pattern, self.top)
        elif self.testNames is not None:
            found = source.loadTestsFromNames(self.testNames, self.module)
        else:
            found = source.loadTestsFromModule(self.module)
        self.test = found

    def _initArgParsers(self):
        shared = self._getParentArgParser()
        self._main_parser = self._getMainArgParser(shared)
        self._discovery_parser = self._getDiscoveryArgParser(shared)

    # Switches offered only when the constructor left them as None.
    _SWITCHES = (
        ('failfast', ('-f', '--failfast'), 'Stop on first fail or error'),
        ('catchbreak', ('-c', '--catch'), 'Catch Ctrl-C and display results so far'),
        ('buffer', ('-b', '--buffer'), 'Buffer stdout and stderr during tests'),
    )

    def _getParentArgParser(self):
        # The options both command lines share, as a list of _Option.
        opts = [
            _Option(('-v', '--verbose'), 'verbosity', 'const', 'Verbose output', 2),
            _Option(('-q', '--quiet'), 'verbosity', 'const', 'Quiet output', 0),
            _Option(('--locals',), 'tb_locals', 'true',
                    'Show local variables in tracebacks'),
            _Option(('--durations',), 'durations', 'value',
                    'Show the N slowest test cases (N=0 for all)',
                    metavar='N', convert=(int, 'int')),
        ]
        for attr, flags, text in self._SWITCHES:
            if getattr(self, attr) is None:
                opts.append(_Option(flags, attr, 'true', text))
                setattr(self, attr, False)
        if self.testNamePatterns is None:
            opts.append(_Option(('-k',), 'testNamePatterns', 'append',
                                'Only run tests which match the given substring',
                                metavar='TESTNAMEPATTERNS',
                                convert=(_convert_select_pattern,
                                         '_convert_select_pattern')))
            self.testNamePatterns = []
        return opts

    def _getMainArgParser(self, parent):
        return _Parser(self.progName, list(parent), ['tests'],
                       positional_usage='[tests ...]',
                       positional_help=('tests', 'a list of any number of test '
                                        'modules, classes and test methods.'),
                       on_help=self._print_help)

    def _getDiscoveryArgParser(self, parent):
        opts = list(parent) + [
            _Option(('-s', '--start-directory'), 'start', 'value',
                    "Directory to start discovery ('.' default)", metavar='START'),
            _Option(('-p', '--pattern'), 'pattern', 'value',
                    "Pattern to match tests ('test*.py' default)", metavar='PATTERN'),
            _Option(('-t', '--top-level-directory'), 'top', 'value',
                    'Top level directory of project (defaults to start directory)',
                    metavar='TOP'),
        ]
        discovery = _Parser(f'{self.progName} discover', opts,
                            ['start', 'pattern', 'top'],
                            epilog='For test discovery all test modules must be '
                                   'importable from the top level directory of the '
                                   'project.')
        discovery.on_help = discovery.print_help
        return discovery

    def _do_discovery(self, argv, Loader=None):
        self.start, self.pattern, self.top = '.', 'test*.py', None
        if argv is not None:
            if not self._discovery_parser:
                # Called on its own (by tests), before parseArgs.
                self._initArgParsers()
            self._discovery_parser.parse_args(argv, self)
        self.createTests(from_discovery=True, Loader=Loader)

    def _make_runner(self, cls):
        basic = {'verbosity': self.verbosity, 'failfast': self.failfast,
                 'buffer': self.buffer, 'warnings': self.warnings}
        full = dict(basic, tb_locals=self.tb_locals, durations=self.durations)
        # Older runner classes take fewer of the settings, or none.
        for settings in (full, basic):
            try:
                return cls(**settings)
            except TypeError:
                continue
        return cls()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        chosen = self.testRunner
        if isinstance(chosen, type):
            chosen = self._make_runner(chosen)
        # (Otherwise it is a runner instance already.)
        self.result = outcome = chosen.run(self.test)
        if not self.exit:
            return
        if not (outcome.testsRun or len(outcome.skipped)):
            sys.exit(_NO_TESTS_EXITCODE)
        sys.exit(0 if outcome.wasSuccessful() else 1)


def _resolve_module(module):
    """module itself, or the module a dotted name names (imported)."""
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for attr in module.split('.')[1:]:
        found = getattr(found, attr)
    return found


main = TestProgram
