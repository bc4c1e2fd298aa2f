# dis on functions, classes, source strings and raw bytes: the 3.13 layout with
# labels and exception tables, caches, offsets, code_info, Instruction fields,
# Bytecode, findlinestarts/findlabels, stack_effect and the opcode tables.
import dis
import io
import opcode
import re
import sys


def clean(text):
    text = re.sub(r' at 0x[0-9a-f]+', ' at ADDR', text)
    text = re.sub(r'(Filename: +).*', r'\1FILE', text)  # the path of this program differs from machine to machine
    return re.sub(r'file "[^"]*"', 'file FILE', text)


def show(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    print(clean(out.getvalue()))


def loops(a, b=1, *args, k, **kw):
    total = 0
    for i in range(a):
        if i % 2 and k:
            total += i
        elif i > 1000:
            break
        else:
            continue
    while total > 10:
        total //= 2
    return total, args, kw


def handlers(path):
    try:
        with open(path) as fh:
            data = [line for line in fh]
    except (ValueError, TypeError) as e:
        print(e)
        return None
    finally:
        del path
    return data


def groups():
    try:
        pass
    except* OSError as eg:
        raise ValueError from eg


def closures(x):
    y = 2

    def inner(z):
        nonlocal y
        y += z
        return x + y
    return inner, f"{x!r:>10}{y!s}{x!a}", lambda q: q * y


async def coro(session):
    async with session as s:
        async for item in s:
            await item
    return [i async for i in s]


def gen():
    x = yield 1
    yield from range(x)


def matcher(v):
    match v:
        case [1, 2, *rest]:
            return rest
        case {'k': val, **others}:
            return val, others
        case Point(x=0, y=yy) if yy > 3:
            return yy
        case str() | bytes():
            return 'text'
        case _:
            return None


class Point:
    x = y = 0

    def method(self):
        return super().method()

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(a, /, b):
        return a @ b, a ** b, -a, ~b, not a, a is not b, a not in b


for f in (loops, handlers, groups, closures, coro, gen, matcher):
    show(f)
show(Point)
show(closures, depth=0)
show(handlers, show_caches=True)
show(loops, show_offsets=True)
show("a = b + 1; c = [x for x in a if x]; del c[0:2]")
show("x ** 2")
show(loops.__code__.co_code[:40])
print(clean(dis.code_info(loops).split('\n', 1)[1]))
print(clean(dis.code_info(closures)))
out = io.StringIO()
dis.show_code(gen, file=out)
print(clean(out.getvalue()))
print(dis.pretty_flags(0), dis.pretty_flags(3), dis.pretty_flags(0x1000020), dis.pretty_flags(1 << 31))
print(sorted(dis.COMPILER_FLAG_NAMES.items()))

for ins in dis.get_instructions(handlers):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.start_offset, ins.starts_line, ins.line_number, ins.label, tuple(ins.positions),
          ins.cache_info, ins.baseopname, ins.baseopcode, ins.cache_offset, ins.end_offset,
          ins.jump_target, ins.is_jump_target, ins.oparg)
first = next(iter(dis.get_instructions(loops, first_line=100)))
print(first.line_number, str(first).rstrip(), repr(first.positions))
bc = dis.Bytecode(loops, first_line=7)
print(bc.first_line, clean(repr(bc)), bc.current_offset, [e for e in bc.exception_entries])
print(clean(bc.dis()))
print(clean(bc.info()).split('\n')[0])
bc2 = dis.Bytecode(handlers, show_caches=True, show_offsets=True)
print(clean(bc2.dis()))
print([(e.start, e.end, e.target, e.depth, e.lasti) for e in dis.Bytecode(handlers).exception_entries])
print(list(dis.findlinestarts(loops.__code__)))
print(dis.findlabels(loops.__code__.co_code))
print(dis.Positions(1, 2), dis.Positions(), dis.UNKNOWN)

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    out = io.StringIO()
    dis.distb(tb, file=out)
    print('-->' in out.getvalue())
    print(dis.Bytecode.from_traceback(tb).current_offset == tb.tb_lasti)

for bad in (5, None.__class__, 1.5):
    try:
        dis.dis(bad, file=io.StringIO())
        print('ok', bad)
    except TypeError as e:
        print('TypeError', e)
try:
    dis.code_info(3)
except TypeError as e:
    print('TypeError', e)

print(dis.stack_effect(opcode.opmap['BUILD_LIST'], 3), dis.stack_effect(opcode.opmap['POP_TOP']))
print(dis.stack_effect(opcode.opmap['SETUP_FINALLY'], 0, jump=False),
      dis.stack_effect(opcode.opmap['SETUP_FINALLY'], 0, jump=True),
      dis.stack_effect(opcode.opmap['FOR_ITER'], 5, jump=False))
for args in [(300,), (-1,), (opcode.opmap['BUILD_LIST'], -1), (opcode._specialized_opmap['LOAD_ATTR_SLOT'], 0)]:
    try:
        dis.stack_effect(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    dis.stack_effect(1, jump=1)
except ValueError as e:
    print('ValueError', e)

print(opcode.opname[:50], opcode.opname[-3:], len(opcode.opname))
print(sorted(opcode.opmap.items()))
print(opcode.hasarg, opcode.hasconst, opcode.hasname, opcode.hasjump, opcode.hasjrel,
      opcode.hasjabs, opcode.hasfree, opcode.haslocal, opcode.hasexc, opcode.hascompare)
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op, opcode.MIN_INSTRUMENTED_OPCODE)
print(opcode._nb_ops, opcode._intrinsic_1_descs, opcode._intrinsic_2_descs)
print(opcode._inline_cache_entries, opcode._specializations['LOAD_ATTR'])
print(sorted(dis.deoptmap.items())[:10], len(dis._all_opname), dis._all_opname[200:210])
print(sorted(opcode.__all__), sorted(dis.__all__))
print(list(dis._find_imports(compile("import a.b\nfrom . import c as d\nfrom x import *", "", "exec"))))
print(list(dis._find_store_names(compile("import a.b\nx = 1\nglobal y\ny = 2", "", "exec"))))
