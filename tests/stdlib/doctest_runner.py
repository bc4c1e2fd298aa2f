# doctest's runner and output checker: the failure report format (Failed
# example / Expected / Got / Exception raised), verbose output, summaries,
# every option flag (as runner flags and as directives), the diff reports,
# expected exceptions, TestResults and DebugRunner.
import doctest
import re

parser = doctest.DocTestParser()


def clean(text):
    # Drop the traceback entries inside doctest.py itself (their paths and
    # line numbers differ between implementations).
    out, skipping = [], False
    for line in text.split('\n'):
        if 'doctest.py"' in line:
            skipping = True
            continue
        if skipping and line.lstrip().startswith(('File ', 'Traceback', '...')) or \
                skipping and re.match(r'\s*\w+(\.\w+)*: |\s*\w+$', line):
            skipping = False
        if not skipping:
            out.append(line)
    return '\n'.join(out)


def run(text, flags=0, verbose=False, name='demo', filename='demo.py', lineno=5,
        runner=None, globs=None):
    runner = runner or doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    test = parser.get_doctest(text, dict(globs or {}), name, filename, lineno)
    chunks = []
    result = runner.run(test, out=chunks.append)
    print(clean(''.join(chunks)), end='')
    print('->', result, repr(result))
    return runner


print('== passing and failing')
r = run('''
>>> 1 + 1
2
>>> print('hello')
hullo
>>> x = 5
>>> x * 2
11
>>> None
>>> 'no output expected'
>>> print('')
<BLANKLINE>
''')
r.summarize(verbose=False)
r.summarize(verbose=True)

print('== verbose')
run('''
>>> a = [1, 2]
>>> a
[1, 2]
>>> a.append(3)
>>> print(a)
[1, 2, 4]
''', verbose=True, filename=None)

print('== exceptions')
run('''
>>> raise ValueError('boom')
Traceback (most recent call last):
ValueError: boom
>>> raise ValueError('boom')
Traceback (most recent call last):
  ...
ValueError: other message
>>> raise KeyError('k')
Traceback (most recent call last):
KeyError: 'k'
>>> raise OSError(2, 'nope')
>>> {}['missing']
Traceback (most recent call last):
    ...
KeyError: 'missing'
>>> raise ValueError('multi\\nline')
Traceback (most recent call last):
ValueError: multi
line
>>> 1 +
''')

print('== IGNORE_EXCEPTION_DETAIL')
run('''
>>> raise ValueError('actual detail')
Traceback (most recent call last):
ValueError: expected detail
>>> raise ArithmeticError('x')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
some.module.ArithmeticError: y
>>> raise ArithmeticError('x')  # doctest: -IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ArithmeticError: x
>>> raise TypeError('x')
Traceback (most recent call last):
ValueError: x
''', flags=doctest.IGNORE_EXCEPTION_DETAIL)

print('== ELLIPSIS')
run('''
>>> print(list(range(20)))
[0, 1, ..., 19]
>>> print(list(range(20)))  # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print('abc')  # doctest: +ELLIPSIS
a...c...
>>> print('aaa')  # doctest: +ELLIPSIS
aa...aa
>>> print('x y z')  # doctest: +ELLIPSIS
...
''')
for want, got in [('aa...aa', 'aaa'), ('a...b...c', 'aXbYc'), ('...', ''), ('a...', 'b'),
                  ('...a', 'ba'), ('a...b...b', 'ab'), ('x', 'x'), ('x', 'y')]:
    print(want, got, doctest._ellipsis_match(want, got))

print('== NORMALIZE_WHITESPACE')
run('''
>>> print('a   b\\n c')
a b c
>>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
a b c
>>> print([1,    2])  # doctest: +NORMALIZE_WHITESPACE
[1, 2]
''')

print('== True for 1, BLANKLINE')
text = '''
>>> 3 > 2
1
>>> 3 < 2
0
>>> print('a\\n\\nb')
a
<BLANKLINE>
b
>>> print('a\\n   \\nb')
a
<BLANKLINE>
b
'''
run(text)
run(text, flags=doctest.DONT_ACCEPT_TRUE_FOR_1 | doctest.DONT_ACCEPT_BLANKLINE)

print('== SKIP')
run('''
>>> 1  # doctest: +SKIP
2
>>> 2
2
''')
run('''
>>> this_would_fail
>>> nor_this
''', flags=doctest.SKIP)
print(doctest.TestResults(1, 2), doctest.TestResults(1, 2, skipped=3),
      doctest.TestResults(0, 0, skipped=1).skipped, tuple(doctest.TestResults(4, 5, skipped=6)))

print('== REPORT_ONLY_FIRST_FAILURE and FAIL_FAST')
many = '''
>>> print(1)
2
>>> print(3)
4
>>> raise ValueError
>>> print(5)
5
'''
run(many, flags=doctest.REPORT_ONLY_FIRST_FAILURE)
run(many, flags=doctest.FAIL_FAST)
run(many, flags=doctest.FAIL_FAST | doctest.REPORT_ONLY_FIRST_FAILURE, verbose=True)

print('== diffs')
diff_text = '''
>>> print('\\n'.join('abcdefg'))
a
B
c
d
f
g
>>> print('short')
shirt
'''
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    run(diff_text, flags=flag)
run('''
>>> print('a\\n\\nb\\nc\\nd')
a
b
c
x
''', flags=doctest.REPORT_UDIFF)

print('== OutputChecker')
checker = doctest.OutputChecker()
for want, got, flags in [('1\n', 'True\n', 0), ('0\n', 'False\n', 0),
                         ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ('a\n<BLANKLINE>\n', 'a\n\n', 0), ('a\n<BLANKLINE>  \n', 'a\n  \n', 0),
                         ('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE),
                         ('caf\\xe9\n', 'caf\xe9\n', 0), ('x...\n', 'xyz\n', doctest.ELLIPSIS)]:
    print(repr(want), repr(got), checker.check_output(want, got, flags))
ex = doctest.Example('f()', 'a\n\nb\n')
for got in ['a\n\nb\n', 'x\n', '', 'a\n  \nc\n']:
    print(checker.output_difference(ex, got, 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'x\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'x\n'), '', 0), end='')


class Lenient(doctest.OutputChecker):
    def check_output(self, want, got, optionflags):
        return want.lower() == got.lower()


run('''
>>> print('HELLO')
hello
''', runner=doctest.DocTestRunner(checker=Lenient(), verbose=False))

print('== flags table')
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('MY_FLAG'), doctest.register_optionflag('MY_FLAG'))
run('''
>>> print(1)  # doctest: +MY_FLAG
1
''')

print('== globs, __future__, displayhook, _')
g = {'base': 10}
t = parser.get_doctest('>>> base + 1\n11\n>>> _\n11\n>>> print(__name__)\nmod\n', g | {'__name__': 'mod'}, 't', None, 0)
print(doctest.DocTestRunner(verbose=False).run(t), t.globs, g)
t = parser.get_doctest('>>> y = 3\n', {}, 't2', None, 0)
print(doctest.DocTestRunner(verbose=False).run(t, clear_globs=False), sorted(k for k in t.globs if k != '__builtins__'))

print('== runner totals and merge')
a = doctest.DocTestRunner(verbose=False)
b = doctest.DocTestRunner(verbose=False)
a.run(parser.get_doctest('>>> 1\n1\n>>> 2\n3\n', {}, 'one', None, 0), out=lambda s: None)
b.run(parser.get_doctest('>>> 1\n1\n', {}, 'one', None, 0), out=lambda s: None)
b.run(parser.get_doctest('>>> 1 # doctest: +SKIP\n', {}, 'two', None, 0), out=lambda s: None)
b.run(parser.get_doctest('no examples', {}, 'three', None, 0), out=lambda s: None)
print(a.tries, a.failures, a.skips, b.tries, b.failures, b.skips)
a.merge(b)
print(a.summarize(verbose=True))
print(b.summarize(verbose=True))

print('== DebugRunner')
dr = doctest.DebugRunner(verbose=False)
t = parser.get_doctest('>>> x = 1\n>>> x\n2\n', {}, 'dbg', 'dbg.py', 0)
try:
    dr.run(t)
except doctest.DocTestFailure as f:
    print(type(f).__name__, f, f.test is t, repr(f.example.want), repr(f.got), t.globs.get('x'))
t = parser.get_doctest('>>> x = 1\n>>> raise KeyError(7)\n', {}, 'dbg2', 'dbg.py', 0)
try:
    dr.run(t)
except doctest.UnexpectedException as u:
    print(type(u).__name__, u, u.exc_info[0].__name__, u.exc_info[1], t.globs.get('x'))
t = parser.get_doctest('>>> x = 1\n', {}, 'dbg3', 'dbg.py', 0)
print(dr.run(t), t.globs)
