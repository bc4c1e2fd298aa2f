# doctest with hostile input: malformed and mutated example text through the
# parser and runner, wrong argument types everywhere, odd docstrings and
# objects for the finder, examples that misbehave (huge output, deep
# recursion, replacing sys.stdout). Any exception may come but SystemError
# (a Go panic in Kaa). Run by safety_test.go.
import doctest
import io
import sys

bad = count = 0


def attempt(f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', f, repr(a)[:80], k, e)
    except BaseException:
        pass


parser = doctest.DocTestParser()
sample = '''
Text
    >>> x = [1, 2]   # doctest: +ELLIPSIS
    >>> x
    [1, ...]
    >>> raise ValueError('v')
    Traceback (most recent call last):
    ValueError: v
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
'''
quiet = io.StringIO()
for i in range(0, len(sample), 2):
    for insert in ['>>>', '...', '\t', '\n', '#doctest: +SKIP', '# doctest: -', '\x00', '\udcff', ' ']:
        text = sample[:i] + insert + sample[i:]
        attempt(parser.parse, text)
        test = attempt(parser.get_doctest, text, {}, 'm', 'm.py', 0)
        if test is not None:
            attempt(doctest.DocTestRunner(verbose=False).run, test, out=quiet.write)
    attempt(parser.parse, sample[:i])

for args in [(None,), (5,), (b'>>> 1',), ([],), ('>>> 1', 5)]:
    attempt(parser.parse, *args)
    attempt(parser.get_examples, *args)
for args in [(None, {}, 'n', None, 0), ('>>> 1', None, 'n', None, 0), ('>>> 1', 5, 'n', 'f', 'x')]:
    attempt(parser.get_doctest, *args)
for args in [(None, None), (1, 2, 3), ('', '', '', 'x', 'y', 5)]:
    attempt(doctest.Example, *args)
attempt(doctest.DocTest, 'str', {}, 'n', None, 0, '')
attempt(doctest.DocTest, [], None, 'n', None, 0, '')

checker = doctest.OutputChecker()
for want, got in [(None, 'x'), ('x', None), (5, 5), ('...' * 1000, 'a' * 1000), ('\udcff', '\x00'),
                  ('<BLANKLINE>' * 50, '\n' * 50)]:
    for flags in (0, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, -1, 2 ** 70, None, 'x'):
        attempt(checker.check_output, want, got, flags)
        attempt(checker.output_difference, doctest.Example('x', 'y'), got, flags)
for flags in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    attempt(checker.output_difference, doctest.Example('x', 'a\nb\nc\nd\n'), '\udcff\n' * 5, flags)

finder = doctest.DocTestFinder()


class WeirdDoc:
    __doc__ = 12345


class Raising:
    @property
    def __doc__(self):
        raise RuntimeError('no doc')


for obj in [None, 5, 'text >>> 1', WeirdDoc, WeirdDoc(), Raising(), len, int, sys, doctest,
            lambda: None, property(), staticmethod(len), object()]:
    attempt(finder.find, obj)
    attempt(finder.find, obj, 'name')
    attempt(finder.find, obj, 'name', module=False)
    attempt(finder.find, obj, 'name', globs=5)
attempt(doctest.DocTestFinder(parser=None).find, WeirdDoc, 'x')

runner = doctest.DocTestRunner(verbose=False)
for text in ['>>> print("x" * 100000)\nx\n',
             '>>> def f(): return f()\n>>> f()\n',
             '>>> import sys; sys.stdout = None\n>>> 1\n1\n',
             '>>> raise SystemExit(3)\n',
             '>>> import sys; sys.displayhook = None\n>>> 5\n5\n',
             '>>> class E(Exception):\n...     def __str__(self): raise ValueError\n>>> raise E()\n',
             '>>> raise ValueError("\\udcff")\n',
             '>>> yield 1\n', '>>> await x\n', '>>> return 5\n', '>>> (\n']:
    test = attempt(parser.get_doctest, text, {}, 'hostile', None, 0)
    if test is not None:
        saved = sys.stdout, sys.displayhook
        attempt(runner.run, test, out=quiet.write)
        attempt(doctest.DebugRunner(verbose=False).run, test, out=quiet.write)
        sys.stdout, sys.displayhook = saved
for args in [(None,), ('x',), (doctest.DocTest([], {}, 'n', None, 0, ''), 'flags'),
             (doctest.DocTest([doctest.Example('1', '1')], {}, 'n', None, 0, ''), None, 5)]:
    attempt(runner.run, *args)
attempt(runner.summarize, 'v')
attempt(runner.merge, None)
attempt(doctest.DocTestRunner, checker=5)

saved = sys.stdout
sys.stdout = quiet
try:
    for args, kw in [((5,), {}), (('nope',), {}), ((sys,), {'optionflags': 'x'}),
                     ((None,), {'globs': 5}), ((doctest,), {'verbose': False, 'report': False})]:
        attempt(doctest.testmod, *args, **kw)
    for args, kw in [((5,), {}), (('/no/such/file',), {'module_relative': False}),
                     (('x.txt',), {'package': 5}), (('../x',), {}), (('',), {'module_relative': False})]:
        attempt(doctest.testfile, *args, **kw)
    for args in [(None, {}), (5, None), (WeirdDoc, {}, 'x', 'bad')]:
        attempt(doctest.run_docstring_examples, *args)
finally:
    sys.stdout = saved

for f, args in [(doctest.DocTestSuite, (5,)), (doctest.DocTestSuite, ('no.such.module',)),
                (doctest.DocFileSuite, ('/no/file',)), (doctest.DocFileSuite, (5,)),
                (doctest.DocTestCase, (None,)), (doctest.set_unittest_reportflags, ('x',)),
                (doctest.set_unittest_reportflags, (-1,)), (doctest.script_from_examples, (None,)),
                (doctest.script_from_examples, ('>>>',)), (doctest.testsource, (doctest, 'missing')),
                (doctest.testsource, (5, 'x')), (doctest.register_optionflag, (None,)),
                (doctest.register_optionflag, ([],)), (doctest.debug_src, (None,)),
                (doctest.TestResults, ('a',)), (doctest.TestResults, (1, 2, 3))]:
    attempt(f, *args)
case = doctest.DocTestCase(parser.get_doctest('>>> 1\n2\n', {}, 'c', None, 0))
attempt(case.run)
attempt(case.debug)
attempt(case.format_failure, None)
print('calls', count, 'system errors', bad)
