# code: InteractiveInterpreter.runsource and InteractiveConsole.push/interact
# with scripted input, error reports (syntax errors, tracebacks, a failing
# excepthook), local_exit; compile/exec/eval of a source with a lone
# surrogate raise UnicodeEncodeError.
import code
import io
import sys

out = io.StringIO()
sys.stderr = out
interp = code.InteractiveInterpreter({'__name__': '__console__'})
for src in ['x = 40 + 2', 'print(x)', 'if x:', 'if x:\n  print("yes")\n', '1/0', 'def f(:', '"\\ud800"' if False else 'y = (',
            'raise SystemExit(3) if False else None', 'import nosuchmodule']:
    print(repr(src), interp.runsource(src))
sys.stderr = sys.__stderr__
print(out.getvalue())

lines = iter(['a = 1', 'for i in range(3):', '  a += i', '', 'print(a)', 'def g():', '  return 1/0', '', 'g()', 'exit()', 'never'])


def read(prompt):
    print('prompt', repr(prompt))
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


console = code.InteractiveConsole(local_exit=True)
console.raw_input = read
console.write = lambda data: print('stderr:', data.replace(__file__, 'FILE'), end='')
console.interact(banner='hello', exitmsg='bye')
print(console.locals['a'], console.buffer)
c2 = code.InteractiveConsole()
print(c2.push('if 1:'), c2.push('  z = 5'), c2.push(''), c2.locals['z'], c2.buffer)
print(repr(code.Quitter('exit')), code.__all__)
try:
    code.Quitter('quit')(4)
except SystemExit as e:
    print('SystemExit', e.code)
for f in (lambda s: compile(s, '<x>', 'exec'), lambda s: exec(s), lambda s: eval(s)):
    for s in ['"\ud800"', 'x = 1 # \udcff', '"caf\u00e9\ud55c"']:
        try:
            f(s)
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
