import sys
m = __import__('a.b')
print(m.__name__)
m = __import__('a.b', fromlist=['c'])
print(m.__name__, 'a.b.c' in sys.modules)
m = __import__('a.b', globals(), locals(), ['nosuch'])
print(m.__name__)
m = __import__('a', fromlist=('b',))
print(m.__name__)
m = __import__('c', {'__name__': 'a.b.x', '__package__': 'a.b'}, None, [], 1)
print(m.__name__)
m = __import__('', {'__name__': 'a.b.x', '__package__': 'a.b'}, None, ['c'], 1)
print(m.__name__)
m = __import__('b', {'__name__': 'a.b.x', '__package__': 'a.b'}, None, [], 2)
print(m.__name__)
m = __import__('b.c', {'__name__': 'a.q', '__package__': 'a'}, None, [], 1)
print(m.__name__)
m = __import__('b', {'__name__': 'a.b.c', '__spec__': None, '__package__': None}, None, [], 2)
print(m.__name__)
for args in [('',), ('a', None, None, [], -1), ('x', None, None, [], 1), (42,),
             ('a', {}, None, [], 1), ('a', {'__name__': 'q', '__package__': 3}, None, [], 1),
             ('a.b', None, None, [1])]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
