# extract_stack/print_stack/StackSummary.extract carry line numbers only: no
# column positions and no carets (a traceback of an exception has them).
import traceback, sys
def f():
    return traceback.extract_stack()
s = f()
print([(x.lineno, x.colno, x.end_colno, x.line) for x in s])
print(''.join(traceback.format_list(s)))
def g():
    traceback.print_stack(file=sys.stdout)
g()
try:
    1/0
except Exception:
    traceback.print_exc(file=sys.stdout)
s2 = traceback.StackSummary.extract(traceback.walk_stack(None))
print(len(s2) > 0)
