g = {'a': 1}
exec('b = a + 1', g)
print(g['b'], '__builtins__' in g)
l = {}
exec('c = a * 10', g, l)
print(l, 'c' in g)
print(eval('a + b', g), eval('x * 2', {'x': 21}), eval('[i for i in range(3)]'), eval('len("abc")', {}))
code = compile('d = 5\ne = d * 2', '<string>', 'exec')
ns = {}
exec(code, ns)
print(ns['e'], code.co_filename, type(code).__name__)
expr = compile('1 + 2 * 3', 'expr', 'eval')
print(eval(expr))
single = compile('40 + 2', 's', 'single')
exec(single)
print(eval('  5  '), eval('\n7\n') if False else 'skip', eval('sum(v)', {'v': [1, 2]}))
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('def f(:\n pass')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
try:
    eval('undefined_thing')
except NameError as e:
    print(e)
def scope():
    local_v = 'local'
    return eval('local_v'), eval('local_v + "!"', None, {'local_v': 'override'})
print(scope())
exec('def made(x): return x * 3', g)
print(g['made'](4))
exec('class K:\n    attr = a\n', g)
print(g['K'].attr)
src = '''
total = 0
for i in range(5):
    total += i
'''
n2 = {}
exec(src, n2)
print(n2['total'])
print(eval('__name__', {'__name__': 'custom'}), eval('__builtins__ is not None'))
try:
    exec(5)
except TypeError as e:
    print(e)
try:
    eval('1', [])
except TypeError as e:
    print(e)
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print(e)
print(compile('a', 'n', 'eval').co_names, compile('pass', 'n', 'exec').co_consts)
class M(dict):
    def __missing__(self, k):
        return f'<{k}>'
print(eval('foo + bar', {}, M()))
exec('print("printed from exec")')
