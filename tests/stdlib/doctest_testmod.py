# The usual script ending `doctest.testmod()`: docstrings of the module, its
# functions, classes, methods, static/class methods, properties, nested
# classes and __test__ are found and run; passing, failing, verbose and
# summary output; run_docstring_examples, testsource and DocTestFinder.
import doctest
import os
import sys

__file__ = os.path.basename(__file__)   # keep reports free of this machine's paths
"""Module docstring.

>>> square(4)
16
"""


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(n) for n in range(4)]
    [0, 1, 4, 9]
    """
    return x * x


def broken(x):
    """
    >>> broken(2)
    5
    >>> print('two\\nlines')
    two
    lines
    """
    return x + 1


def undocumented():
    return None


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    """

    def __init__(self):
        self.items = []

    def push(self, item):
        """>>> Stack().push(5) is None
        True
        """
        self.items.append(item)

    def pop(self):
        return self.items.pop()

    @staticmethod
    def helper():
        """
        >>> Stack.helper()
        'static'
        """
        return 'static'

    @classmethod
    def make(cls):
        """
        >>> type(Stack.make()).__name__
        'Stack'
        """
        return cls()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    class Inner:
        """
        >>> Stack.Inner.__name__
        'Inner'
        """


__test__ = {
    'extra': """
    >>> 'from __test__'
    'from __test__'
    """,
    'fn': square,
}

print('== testmod, quiet')
print(doctest.testmod())
print('== testmod, verbose')
print(doctest.testmod(verbose=True))
print('== testmod options')
print(doctest.testmod(report=False))
print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE | doctest.FAIL_FAST, report=False))
print(doctest.testmod(exclude_empty=True, report=False, extraglobs={'square': lambda x: 16 if x == 4 else x * x}))
print(doctest.testmod(name='renamed', report=False, optionflags=doctest.SKIP))
print(doctest.master.summarize(verbose=False))
try:
    doctest.testmod('not a module')
except TypeError as e:
    print('TypeError', e)
try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as f:
    print('DocTestFailure', f.test.name, repr(f.got))

print('== finder')
finder = doctest.DocTestFinder()
for t in finder.find(sys.modules[__name__]):
    print(t.name, t.lineno, len(t.examples), t.filename)
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(Stack)])
print([t.name for t in doctest.DocTestFinder(recurse=False).find(Stack)])
print([(t.name, t.lineno) for t in finder.find(square, module=False)])
doctest.DocTestFinder(verbose=True).find(Stack.Inner)
try:
    finder.find(42)
except ValueError as e:
    print('ValueError', e)
print([t.name for t in finder.find('>>> 1\n1\n', name='text')])

print('== run_docstring_examples')
doctest.run_docstring_examples(square, {'square': square})
doctest.run_docstring_examples(broken, {'broken': broken}, name='broken_fn')
doctest.run_docstring_examples(square, {'square': square}, verbose=True)

print('== testsource, script_from_examples')
print(doctest.testsource(sys.modules[__name__], '__main__.Stack'))
try:
    doctest.testsource(sys.modules[__name__], 'nothing')
except ValueError as e:
    print('ValueError', e)
