# The compiler's warnings go through the same filters and hooks as warnings.warn:
# recorded by catch_warnings, raised as SyntaxError under "error", shown each time
# (no registry) under "default", passed to a replaced showwarning.
import warnings, sys
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    compile("x = '\\d'", "f.py", "exec")
    compile("x = 1 is 1", "g.py", "exec")
for m in log:
    print(m.category.__name__, m.message, m.filename, m.lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = '\\d'", "f.py", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
    try:
        compile("x = 1 is 1", "g.py", "exec")
    except SyntaxError as e:
        print("SyntaxError", e)
sys.stderr = sys.stdout
with warnings.catch_warnings():
    warnings.simplefilter("default")
    for i in range(2):
        compile("x = '\\d'", "f.py", "exec")
def show(*a): print("hook", a[0], a[2])
warnings.showwarning = show
compile("y = '\\q'", "h.py", "exec")
warnings.warn_explicit("m", UserWarning, "zz.py", 3, module_globals={"__name__": "x"})
