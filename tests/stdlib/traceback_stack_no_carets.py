# extract_stack/print_stack/StackSummary.extract carry line numbers only: no
# column positions and no carets (a traceback of an exception has them).
import io
import traceback
import sys


def show(text):
    # The program's path depends on where it runs.
    print(text.replace(__file__, 'PROG'), end='')


def f():
    return traceback.extract_stack()


s = f()
print([(x.lineno, x.colno, x.end_colno, x.line) for x in s])
show(''.join(traceback.format_list(s)))


def g():
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    show(buf.getvalue())


g()
try:
    1/0
except Exception:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
s2 = traceback.StackSummary.extract(traceback.walk_stack(None))
print(len(s2) > 0)
