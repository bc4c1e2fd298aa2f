# _opcode, opcode and dis with hostile input: ill-typed and out-of-range
# arguments, code objects whose location and exception tables are garbage, and
# raw bytecode of every opcode with every kind of argument. Any exception may
# come but SystemError (a Go panic in Kaa). Run by safety_test.go.
import _opcode, dis, io, opcode, random

bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            list(r)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', label, a, k, e)
    except BaseException:
        pass


values = [0, 1, -1, 255, 256, 267, 268, 2**31 - 1, 2**31, -2**31 - 1, 2**63, 2**200, 1.5, 'x', None, True, [], object()]
for name in ['is_valid', 'has_arg', 'has_const', 'has_name', 'has_jump', 'has_free', 'has_local', 'has_exc']:
    f = getattr(_opcode, name)
    for v in values:
        call(name, f, v)
    call(name, f)
    call(name, f, 1, 2)
    call(name, f, opcode=1)
for op in values:
    for arg in values:
        for jump in (None, True, False, 1, 'x'):
            call('stack_effect', _opcode.stack_effect, op, arg, jump=jump)
for f in (_opcode.get_nb_ops, _opcode.get_intrinsic1_descs, _opcode.get_intrinsic2_descs,
          _opcode.get_specialization_stats):
    call(f.__name__, f)
    call(f.__name__, f, 1)
code = (lambda a: a + 1).__code__
for a in values:
    call('get_executor', _opcode.get_executor, code, a)
    call('get_executor', _opcode.get_executor, a, 0)
    call('_varname_from_oparg', code._varname_from_oparg, a)

rng = random.Random(5)
tables = [b'', b'\x00', b'\xff', b'\x80' * 9, b'\xf8', b'\x7f\x7f\x7f', bytes(range(256))]
tables += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))) for _ in range(40)]
def sample(a, b=2):
    try:
        return [x for x in a if x > b]
    except ValueError:
        return None
for t in tables:
    for field in ('co_linetable', 'co_exceptiontable'):
        try:
            c = sample.__code__.replace(**{field: t})
        except (ValueError, TypeError, NotImplementedError):
            continue
        call('co_positions', c.co_positions)
        call('co_lines', c.co_lines)
        call('dis', dis.dis, c, file=io.StringIO())
        call('dis caches', dis.dis, c, file=io.StringIO(), show_caches=True, show_offsets=True)
        call('get_instructions', dis.get_instructions, c)
        call('Bytecode', lambda: dis.Bytecode(c).dis())
        call('code_info', dis.code_info, c)
        call('findlinestarts', dis.findlinestarts, c)
for _ in range(200):
    raw = bytes(rng.randrange(256) for _ in range(2 * rng.randrange(1, 30)))
    call('dis bytes', dis.dis, raw, file=io.StringIO(), show_caches=True)
    call('findlabels', dis.findlabels, raw)
for op in range(256):
    for arg in (0, 1, 255):
        call('dis op', dis.dis, bytes([op, arg]) * 3, file=io.StringIO())
for x in values + [b'\x00', '', 'def', '1 +', dis, dis.Bytecode]:
    call('dis', dis.dis, x, file=io.StringIO())
    call('Bytecode', dis.Bytecode, x)
    call('code_info', dis.code_info, x)
    call('distb', dis.distb, x)
    call('stack_effect', dis.stack_effect, x)
    call('findlinestarts', dis.findlinestarts, x)
    call('pretty_flags', dis.pretty_flags, x)
print('calls', count > 0, 'system errors', bad)
