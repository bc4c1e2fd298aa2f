"""The opcodes of CPython 3.13's bytecode: names, numbers, argument kinds and the
inline cache layout; shared by dis and other tools that read bytecode."""

__all__ = ["cmp_op", "stack_effect", "hascompare", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasarg", "hasconst", "hasname",
           "hasjump", "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

import _opcode
from _opcode import stack_effect

from _opcode_metadata import (_specializations, _specialized_opmap, opmap,
                              HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE)

EXTENDED_ARG = opmap['EXTENDED_ARG']

# Every number up to the largest opcode has a name; unused ones read '<N>'.
opname = [f'<{number!r}>' for number in range(max(opmap.values()) + 1)]
for op, i in opmap.items():
    opname[i] = op

cmp_op = ('<', '<=', '==', '!=', '>', '>=')


def _select(predicate):
    return [number for number in opmap.values() if predicate(number)]


# The documented lists of opcodes by what their argument means.
hasarg = _select(_opcode.has_arg)
hasconst = _select(_opcode.has_const)
hasname = _select(_opcode.has_name)
hasjump = _select(_opcode.has_jump)
hasjrel = hasjump          # every jump is relative since 3.12
hasjabs = []
hasfree = _select(_opcode.has_free)
haslocal = _select(_opcode.has_local)
hasexc = _select(_opcode.has_exc)
hascompare = [opmap['COMPARE_OP']]
del _select

_intrinsic_1_descs = _opcode.get_intrinsic1_descs()
_intrinsic_2_descs = _opcode.get_intrinsic2_descs()
_nb_ops = _opcode.get_nb_ops()

# The inline cache entries after each instruction that has them: field name to
# size in code units.
_cache_format = {
    'LOAD_GLOBAL': {'counter': 1, 'index': 1, 'module_keys_version': 1,
                    'builtin_keys_version': 1},
    'BINARY_OP': {'counter': 1},
    'UNPACK_SEQUENCE': {'counter': 1},
    'COMPARE_OP': {'counter': 1},
    'CONTAINS_OP': {'counter': 1},
    'BINARY_SUBSCR': {'counter': 1},
    'FOR_ITER': {'counter': 1},
    'LOAD_SUPER_ATTR': {'counter': 1},
    'LOAD_ATTR': {'counter': 1, 'version': 2, 'keys_version': 2, 'descr': 4},
    'STORE_ATTR': {'counter': 1, 'version': 2, 'index': 1},
    'CALL': {'counter': 1, 'func_version': 2},
    'STORE_SUBSCR': {'counter': 1},
    'SEND': {'counter': 1},
    'JUMP_BACKWARD': {'counter': 1},
    'TO_BOOL': {'counter': 1, 'version': 2},
    'POP_JUMP_IF_TRUE': {'counter': 1},
    'POP_JUMP_IF_FALSE': {'counter': 1},
    'POP_JUMP_IF_NONE': {'counter': 1},
    'POP_JUMP_IF_NOT_NONE': {'counter': 1},
}

# Total cache size, in code units, of each instruction above.
_inline_cache_entries = {name: sum(fields.values())
                         for name, fields in _cache_format.items()}
