x, y = 3, 'str'
print(f'{x}', f'{x!r} {y!r} {y!s} {y!a}', f'{x + 1}', f'{x * 2:>5}', f'{"nested " + y}', f'{{braces}}', f'{x=}', f'{y = }', f'{x = :5}', f'{y=!s}')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']}", f'{[1, 2][0]}', f'{(lambda: 5)()}', f'{x if x > 2 else 0}', f'{",".join(["a", "b"])}')
w = 10
print(f'{3.14159:.{2}f}', f'{"c":^{w}}', f'{x:0{w}d}', f'{x:#{w}x}', f'{"a":{"<"}{w}}|')
print(f'''triple {x}
second line {y}''', f'{x}' f'{y}', 'a' f'{x}' 'b', F'{x}', rf'\n{x}', fr'{y}\t')
print(f'{'nested quotes ok'}', f'{f'{x}'}', f'{x:{'>'}5}', f'{"\\n".join(["a", "b"])}' if True else '')
class C:
    def __format__(self, spec):
        return f'C[{spec}]'
    def __repr__(self):
        return 'Crepr'
    def __str__(self):
        return 'Cstr'
c = C()
print(f'{c}', f'{c!r}', f'{c!s}', f'{c:spec}', f'{c!r:>8}', f'{c=}')
import math
print(f'{math.pi:.3f}', f'{math.pi!r:.6}', f'{2**10:,}', f'{-5:+}', f'{5:+}', f'{0.5:%}', f'{1e6:.2e}')
items = ['a', 'b']
print(f'{len(items)} items: {", ".join(items)}', f'{items[-1]!r}', f'{ {1: 2}[1] }', f'{(1, 2)}', f'{ x }')
print(f'{"abc"[1:]}', f'{x:{"d"}}', f'{x!r:^5}', f'{3 + 4j}', f'{None}', f'{True:d}', f'{b"x"}')
for i in range(3):
    print(f'{i}: {"even" if i % 2 == 0 else "odd"}')
try:
    f'{x:z}'
except ValueError as e:
    print(e)
name = 'world'
print(f"hello {name.upper()}!", f'{name!r:*^15}', f'{name:.3}', f'{name[::-1]}')
