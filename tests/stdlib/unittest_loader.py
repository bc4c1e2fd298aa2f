# TestLoader: names, modules, -k patterns, discovery over a temporary package
# tree (with load_tests, a broken module and a skipped one), and
# unittest.main with various argv (exit codes caught).
import io
import os
import re
import shutil
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()


def clean(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in TIME", text)
    # Frames inside unittest itself differ between implementations.
    text = re.sub(r'  File "[^"]*unittest/loader\.py".*\n(    .*\n)*', "  (loader frame)\n", text)
    return text.replace(root + os.sep, "ROOT/").replace(root, "ROOT")


def write(path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


write("proj/__init__.py", "")
write("proj/test_alpha.py", """\
import unittest

class AlphaTests(unittest.TestCase):
    def test_one(self):
        pass
    def test_two(self):
        self.assertEqual('a', 'b')
    def helper(self):
        pass

class Other(unittest.TestCase):
    def test_other(self):
        pass
""")
write("proj/test_broken.py", "import no_such_module_here\n")
write("proj/test_skipped.py", "import unittest\nraise unittest.SkipTest('not here')\n")
write("proj/notatest.py", "import unittest\nclass X(unittest.TestCase):\n    def test_x(self): pass\n")
write("proj/sub/__init__.py", "")
write("proj/sub/test_beta.py", """\
import unittest

def setUpModule():
    print('setUpModule beta')

def tearDownModule():
    print('tearDownModule beta')

class Beta(unittest.TestCase):
    def test_beta(self):
        pass
""")
write("proj/withload/__init__.py", """\
import unittest

def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(Custom('test_custom'))
    return suite

class Custom(unittest.TestCase):
    def test_custom(self):
        pass
    def test_not_loaded(self):
        pass
""")
write("proj/withload/test_ignored.py", "import unittest\nclass I(unittest.TestCase):\n    def test_i(self): pass\n")
write("proj/nopkg/test_gamma.py", "import unittest\nclass G(unittest.TestCase):\n    def test_g(self): pass\n")

sys.path.insert(0, root)


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


def runsuite(suite, verbosity=1):
    stream = io.StringIO()
    unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(clean(stream.getvalue()))


loader = unittest.TestLoader()
print("== loadTestsFromName")
print(ids(loader.loadTestsFromName("proj.test_alpha")))
print(ids(loader.loadTestsFromName("proj.test_alpha.AlphaTests")))
print(ids(loader.loadTestsFromName("proj.test_alpha.AlphaTests.test_two")))
print(ids(loader.loadTestsFromNames(["proj.test_alpha.Other", "proj.sub.test_beta"])))
print(loader.getTestCaseNames(__import__("proj.test_alpha").test_alpha.AlphaTests))

print("== bad names")
bad = loader.loadTestsFromName("proj.test_alpha.Missing")
print(ids(bad), len(loader.errors))
print(clean(loader.errors[-1]).splitlines()[0])
bad = loader.loadTestsFromName("proj.no_module")
print(ids(bad))
runsuite(bad)
try:
    loader.loadTestsFromName("proj.test_alpha.AlphaTests.helper.__name__")
except TypeError as e:
    print("TypeError:", e)

print("== testNamePatterns")
k = unittest.TestLoader()
k.testNamePatterns = ["*two*", "*other*"]
print(ids(k.loadTestsFromName("proj.test_alpha")))

print("== sortTestMethodsUsing and prefix")
r = unittest.TestLoader()
r.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(r.getTestCaseNames(__import__("proj.test_alpha").test_alpha.AlphaTests))
r.testMethodPrefix = "help"
print(r.getTestCaseNames(__import__("proj.test_alpha").test_alpha.AlphaTests))

print("== discover")
d = unittest.TestLoader()
suite = d.discover(os.path.join(root, "proj"), top_level_dir=root)
print(ids(suite))
print(len(d.errors), [clean(e).splitlines()[0] for e in d.errors])
runsuite(suite, verbosity=2)

d2 = unittest.TestLoader()
print(ids(d2.discover(os.path.join(root, "proj"), pattern="*_beta.py", top_level_dir=root)))
d3 = unittest.TestLoader()
print(ids(d3.discover("proj", pattern="test_a*.py")))
try:
    unittest.TestLoader().discover(os.path.join(root, "proj", "nopkg"), top_level_dir=root)
except ImportError as e:
    print("ImportError:", clean(str(e)))

print("== main")
import proj.test_alpha as alpha


def main(argv, **kw):
    err = io.StringIO()
    saved = sys.stderr, sys.stdout
    sys.stderr = err
    sys.stdout = err
    try:
        unittest.main(module=alpha, argv=argv, testLoader=unittest.TestLoader(), **kw)
    except SystemExit as e:
        code = e.code
    else:
        code = "no exit"
    finally:
        sys.stderr, sys.stdout = saved
    print(f"argv={argv[1:]} exit={code}")
    print(clean(err.getvalue()))


main(["prog"])
main(["prog", "-v", "Other"])
main(["prog", "-q", "AlphaTests.test_one"])
main(["prog", "-k", "one"])
main(["prog", "-k", "*Other*", "-k", "two"])
main(["prog", "-f"])
main(["prog", "-k", "nothing_matches"])
main(["prog", "--bogus"])
main(["prog", "--durations"])
main(["prog", "--durations", "x"])
main(["prog", "-h"])
main(["prog", "-v", "Other"], exit=False)
main(["prog", "Other"], defaultTest="AlphaTests")
main(["prog"], defaultTest=["Other"])

print("== main with module=None")
cwd = os.getcwd()
os.chdir(root)
try:
    for argv in (["python -m unittest", "proj.test_alpha.Other"],
                 ["python -m unittest", "discover", "-s", "proj/sub", "-t", "."],
                 ["python -m unittest", "discover", "proj/sub", "test_*.py", "."],
                 ["python -m unittest", "discover", "-p", "*beta*", "-v"],
                 ["python -m unittest", "discover", "a", "b", "c", "d"],
                 ["python -m unittest", "discover", "-h"],
                 ["python -m unittest", "-h"]):
        err = io.StringIO()
        saved = sys.stderr, sys.stdout
        sys.stderr = sys.stdout = err
        try:
            unittest.main(module=None, argv=argv, testLoader=unittest.TestLoader())
        except SystemExit as e:
            code = e.code
        finally:
            sys.stderr, sys.stdout = saved
        print(f"argv={argv[1:]} exit={code}")
        print(clean(err.getvalue()))
finally:
    os.chdir(cwd)
    shutil.rmtree(root)
