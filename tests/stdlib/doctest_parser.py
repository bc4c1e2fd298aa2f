# doctest's parser: examples, expected output, expected exceptions, option
# directives, <BLANKLINE>, indentation and line numbers, malformed examples,
# Example/DocTest objects and script_from_examples.
import doctest

parser = doctest.DocTestParser()

TEXT = '''
Some prose.

    >>> x = 1 + 1
    >>> x
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

    >>> print('a\\n\\nb')  # doctest: +NORMALIZE_WHITESPACE, -ELLIPSIS
    a
    <BLANKLINE>
    b
    >>> # only a comment
    >>> raise ValueError('bad')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: bad
    with a second line
    >>> 1/0   #doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (innermost last):
    ZeroDivisionError: whatever
    >>> print(3)
    3

Tail text.'''

for piece in parser.parse(TEXT, 'demo'):
    if isinstance(piece, doctest.Example):
        print('EXAMPLE', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, sorted(piece.options.items()))
    else:
        print('TEXT', repr(piece))

test = parser.get_doctest(TEXT, {'g': 1}, 'demo', 'demo.txt', 10)
print(test, test.globs, len(test.examples), test.docstring == TEXT)
print(parser.get_examples('>>> 1') == [doctest.Example('1', '')])
print(repr(doctest.DocTest([], {}, 'empty', None, None, None)))
print(repr(doctest.DocTest([doctest.Example('a', 'b')], {}, 'one', 'f.py', 3, '')))

e = doctest.Example('print(1)', '1', exc_msg='ValueError: x', lineno=3, indent=2, options={4: True})
print(repr(e.source), repr(e.want), repr(e.exc_msg), e.lineno, e.indent, e.options)
print(e == doctest.Example('print(1)\n', '1\n', 'ValueError: x\n', 3, 2, {4: True}), e == 5,
      hash(e) == hash(doctest.Example('print(1)\n', '1\n', 'ValueError: x\n', 3, 2)))
print(repr(doctest.Example('x', '').want))
t1 = doctest.DocTest([], {}, 'a', 'f', 1, '')
t2 = doctest.DocTest([], {}, 'b', 'f', None, '')
print(t1 < t2, t2 < t1, sorted([t2, t1])[0].name, t1 == doctest.DocTest([], {}, 'a', 'f', 1, ''))

# tabs are expanded, common indentation removed
print([(x.source, x.want, x.indent) for x in parser.get_examples('\t>>> 1\n\t1\n')])
print([(x.source, x.want) for x in parser.get_examples('>>> print("x")\n...\n')])
print([(x.source, x.want) for x in parser.get_examples('>>> f()\n... \nout\n\n>>> g()')])
print([(x.source, x.want) for x in parser.get_examples('  >>> a\n  ...   b\n  c\n   d\n')])

for bad in ['>>>x', '  >>> a\n ... b', '  >>> a\n b', '>>> a # doctest: +NOPE',
            '>>> a # doctest: ELLIPSIS', '>>> # doctest: +ELLIPSIS',
            '>>> if 1:\n...pass', '>>> a # doctest: +ELLIPSIS +BOGUS']:
    try:
        parser.parse(bad, 'bad')
    except ValueError as exc:
        print('ValueError:', exc)

print(doctest.script_from_examples('''
    Intro text
    goes here.

    >>> total = 0
    >>> for n in (1, 2):
    ...     total += n
    >>> total
    3
    >>> print('x\\ny')
    x
    y

    Closing words.
    '''), end='')
print(repr(doctest.script_from_examples('')))
print(repr(doctest.script_from_examples('>>> 1\n1\n')))
