"""Runs CPython's own regression test modules, unmodified, under Kaa's
unittest and prints unittest's report and a summary line per module.

Usage: python3.13 tests/stdlib/tools/cpython_tests.py [KAA] [-v] MODULE...
  e.g. tests/stdlib/tools/cpython_tests.py ./kaa test.test_unittest test.test_pprint

CPython's Lib goes at the end of Kaa's sys.path (so Kaa's own modules win and
CPython's `test` package and pure-Python modules Kaa lacks are found), after a
directory of stand-ins for the few modules test.support imports that Kaa
cannot provide yet: _imp, and an inspect with only getsourcelines
(CPython's inspect needs ast).  What still fails to import is reported as
unittest reports it.
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

LIB = sysconfig.get_paths()['stdlib']

STANDINS = {
    '_imp': '''
import sys
check_hash_based_pycs = 'default'
def acquire_lock(): pass
def release_lock(): pass
def lock_held(): return False
def is_builtin(name): return name in sys.builtin_module_names
def is_frozen(name): return False
def extension_suffixes(): return []
def _override_frozen_modules_for_tests(override): pass
def _override_multi_interp_extensions_check(override): return -1
''',
    'inspect': '''
# A stand-in for the parts of inspect that test modules, doctest and
# unittest.mock use at import time or for simple checks (CPython's inspect
# needs ast, which needs the _ast C module).
import linecache, sys, types, os
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512
TPFLAGS_IS_ABSTRACT = 1 << 20
def ismodule(o): return isinstance(o, types.ModuleType)
def isclass(o): return isinstance(o, type)
def ismethod(o): return isinstance(o, types.MethodType)
def isfunction(o): return isinstance(o, types.FunctionType)
def isbuiltin(o): return isinstance(o, types.BuiltinFunctionType)
def isroutine(o): return isbuiltin(o) or isfunction(o) or ismethod(o) or callable(o) and not isclass(o) and hasattr(o, '__name__')
def iscode(o): return isinstance(o, types.CodeType)
def isframe(o): return isinstance(o, types.FrameType)
def istraceback(o): return isinstance(o, types.TracebackType)
def isgenerator(o): return isinstance(o, types.GeneratorType)
def isgeneratorfunction(o): return isfunction(o) and bool(o.__code__.co_flags & CO_GENERATOR)
def iscoroutinefunction(o): return isfunction(o) and bool(o.__code__.co_flags & CO_COROUTINE)
def isasyncgenfunction(o): return isfunction(o) and bool(o.__code__.co_flags & CO_ASYNC_GENERATOR)
def iscoroutine(o): return isinstance(o, types.CoroutineType)
def isawaitable(o): return iscoroutine(o) or hasattr(o, '__await__')
def isabstract(o): return isinstance(o, type) and bool(getattr(o, '__abstractmethods__', None))
def ismethoddescriptor(o): return hasattr(type(o), '__get__') and not hasattr(type(o), '__set__') and not isclass(o) and not isfunction(o) and not ismethod(o)
def isdatadescriptor(o): return not isclass(o) and hasattr(type(o), '__set__')
def unwrap(func, *, stop=None):
    while hasattr(func, '__wrapped__') and not (stop and stop(func)):
        func = func.__wrapped__
    return func
def getmodule(obj, _filename=None):
    if ismodule(obj): return obj
    return sys.modules.get(getattr(obj, '__module__', None))
def getfile(obj):
    if ismodule(obj): return obj.__file__
    if isclass(obj): return getmodule(obj).__file__
    obj = unwrap(obj)
    obj = getattr(obj, '__func__', obj)
    return getattr(obj, '__code__', obj).co_filename
def getsourcefile(obj):
    try:
        return getfile(obj)
    except Exception:
        return None
def getsourcelines(obj):
    code = getattr(unwrap(obj), '__code__', obj)
    first = code.co_firstlineno
    return [linecache.getline(code.co_filename, first)], first
def cleandoc(doc):
    lines = doc.expandtabs().split('\\n')
    margin = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
    lines = [lines[0].lstrip()] + [l[margin:] for l in lines[1:]]
    while lines and not lines[-1]: lines.pop()
    while lines and not lines[0]: lines.pop(0)
    return '\\n'.join(lines)
def getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    return cleandoc(doc) if isinstance(doc, str) else None
def signature(obj, **kwargs):
    raise ValueError('no signature found (stand-in inspect)')
class Parameter: pass
class Signature: pass
class BoundArguments: pass
''',
}

RUNNER = '''
import importlib, sys, unittest
sys.path.insert(0, %(stubs)r)
sys.path.append(%(lib)r)
total = [0, 0, 0, 0, 0]
for name in %(modules)r:
    try:
        module = importlib.import_module(name)
    except BaseException as exc:
        print('summary:', name, 'import failed:', type(exc).__name__, exc)
        continue
    suite = unittest.defaultTestLoader.loadTestsFromModule(module)
    r = unittest.TextTestRunner(verbosity=%(verbosity)d, stream=sys.stdout).run(suite)
    bad = len(r.failures) + len(r.errors)
    counts = [r.testsRun, r.testsRun - bad - len(r.skipped), len(r.failures),
              len(r.errors), len(r.skipped)]
    total = [a + b for a, b in zip(total, counts)]
    print('summary:', name, 'run %%d passed %%d failures %%d errors %%d skipped %%d' %% tuple(counts))
print('total: run %%d passed %%d failures %%d errors %%d skipped %%d' %% tuple(total))
'''


def main():
    args = sys.argv[1:]
    kaa = './kaa'
    if args and not args[0].startswith('-') and not args[0].startswith('test'):
        kaa = args.pop(0)
    verbosity = 2 if '-v' in args else 1
    modules = [a for a in args if not a.startswith('-')]
    with tempfile.TemporaryDirectory() as tmp:
        stubs = os.path.join(tmp, 'stubs')
        os.makedirs(stubs)
        for name, text in STANDINS.items():
            with open(os.path.join(stubs, name + '.py'), 'w') as f:
                f.write(text)
        runner = os.path.join(tmp, 'runner.py')
        with open(runner, 'w') as f:
            f.write(RUNNER % {'stubs': stubs, 'lib': LIB, 'modules': modules,
                              'verbosity': verbosity})
        r = subprocess.run([os.path.abspath(kaa), runner], cwd=tmp, timeout=3600)
    sys.exit(r.returncode)


main()
