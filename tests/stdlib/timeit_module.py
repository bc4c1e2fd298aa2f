# timeit with a fake clock (each call advances it by a fixed step), so the
# results and the command line's report are deterministic.
import contextlib
import io
import sys
import timeit
import warnings


class FakeTimer:
    def __init__(self, step=1.0, seconds_per_increment=1.0):
        self.now = 0.0
        self.step = step
        self.calls = 0

    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now


def wrap(step):
    return lambda timer: FakeTimer(step)


ft = FakeTimer(0.5)
t = timeit.Timer('x = 1', 'y = 2', timer=ft)
print(t.timeit(10), t.repeat(3, 5), ft.calls)
print(t.src)
counter = []
t = timeit.Timer(lambda: counter.append(1), lambda: counter.append(0), timer=FakeTimer(0.25))
print(t.timeit(4), counter)
print(t.src)
print(t.autorange(lambda n, s: print('try', n, s)))
print(timeit.timeit('pass', timer=FakeTimer(2.0), number=3))
print(timeit.repeat('pass', timer=FakeTimer(2.0), number=3, repeat=2))
g = {'value': 41}
print(timeit.Timer('value + 1', globals=g, timer=FakeTimer()).timeit(1))
for stmt, setup in [('x = (', 'pass'), ('pass', 'y = )'), (None, 'pass'), ('pass', 42), ('return 1', 'pass'),
                    ('yield', 'pass'), ('break', 'pass')]:
    try:
        timeit.Timer(stmt, setup)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
print(timeit.reindent('a\nb', 3), timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.default_timer is __import__('time').perf_counter, timeit.__all__)


def run(args, step=0.5):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.simplefilter('always')
        warnings.showwarning = lambda msg, cat, fn, ln, file=None, line=None: print('warning:', cat.__name__, msg, file=sys.stderr)
        rc = timeit.main(args, _wrap_timer=wrap(step))
    print(args, 'rc', rc)
    print(out.getvalue(), end='')
    print(err.getvalue().splitlines()[-1:] if err.getvalue() else '', end='\n')


run(['-n', '10', 'pass'])
run(['-n', '1', '-r', '2', 'x=1'])
run(['-v', '-n', '100', '-u', 'usec', 'pass'])
run(['-v', '-v', '-r', '0', 'pass'], step=0.3)
run(['-s', 'a = 1', '-s', 'b = 2', '-n', '7', 'a + b'], step=3e-5)
run(['-p', '-n', '3', 'pass'], step=1e-8)
run(['-u', 'parsec', 'pass'])
run(['--bogus'])
run(['-n', '2', '1/0'])
run(['-v', '1/0'])
for unit in ('nsec', 'usec', 'msec', 'sec'):
    run(['-n', '1000', '-u', unit, 'pass'], step=0.0123)
run(['-n', '1', '-r', '1', 'pass'], step=7200.0)
