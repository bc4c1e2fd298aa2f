"""Runs CPython's own unit tests under python3.13 with Kaa's pure-Python library
modules standing in for CPython's (for modules whose tests need unittest, which
Kaa may not have yet): the named lib/ modules are copied to a temporary folder
that shadows the standard library (frozen modules off), then the tests run.

Usage: python3.13 tests/stdlib/tools/cpython_tests_on_kaa_lib.py MODULES -- TESTS
e.g.   ... pathlib glob ntpath fnmatch -- test.test_pathlib test.test_ntpath test.test_glob
"""
import os
import shutil
import subprocess
import sys
import tempfile

LIB = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'lib')

RUNNER = r"""
import sys
sys.path.insert(0, sys.argv[1])
names = sys.argv[2].split(',')
for name in names:
    sys.modules.pop(name, None)
for name in names:
    module = __import__(name)
    assert module.__file__.startswith(sys.argv[1]), module.__file__
import unittest
unittest.main(module=None, argv=['cpython-tests'] + sys.argv[3:], verbosity=1)
"""


def main():
    args = sys.argv[1:]
    cut = args.index('--')
    modules, tests = args[:cut], args[cut + 1:]
    with tempfile.TemporaryDirectory() as shadow:
        for name in modules:
            src = os.path.join(LIB, name)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(shadow, name))
            else:
                shutil.copy(src + '.py', shadow)
        r = subprocess.run([sys.executable, '-X', 'frozen_modules=off', '-c', RUNNER,
                            shadow, ','.join(modules), *tests])
    sys.exit(r.returncode)


if __name__ == '__main__':
    main()
