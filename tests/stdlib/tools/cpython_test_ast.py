"""Runs CPython's test.test_ast and test.test_unparse, unmodified, under Kaa and
prints unittest's report and a summary line per module.

Usage: python3.13 tests/stdlib/tools/cpython_test_ast.py [KAA] [-v] [MODULE...]

It is cpython_tests.py (whose stand-ins it reuses) with two more stand-ins for
modules these tests import that Kaa lacks: py_compile (test.support.script_helper
imports it; Kaa compiles with `kaa -m py_compile`) and tokenize with only open()
(test_unparse reads its corpus with it; Kaa has no _tokenize yet).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'cpython_tests.py')) as f:
    text = f.read()
# Everything cpython_tests.py defines before it runs: LIB, STANDINS, RUNNER, main.
ns = {'__name__': 'cpython_tests', '__file__': os.path.join(HERE, 'cpython_tests.py')}
exec(compile(text[:text.rindex('\nmain()')], ns['__file__'], 'exec'), ns)

ns['STANDINS']['py_compile'] = '''
class PyCompileError(Exception):
    pass
def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1, invalidation_mode=None, quiet=0):
    raise PyCompileError("py_compile stand-in: use kaa -m py_compile")
'''
ns['STANDINS']['tokenize'] = '''
import builtins, io
def open(filename):
    # PEP 263 cookies aside, what test_unparse needs: the text of a file.
    return builtins.open(filename, encoding='utf-8')
'''
if not any(a.startswith('test') for a in sys.argv[1:]):
    sys.argv += ['test.test_ast', 'test.test_unparse']
ns['main']()
