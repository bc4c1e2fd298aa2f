"""Disassembler of Python byte code into mnemonics."""

import sys
import types
import collections
import io

from opcode import *
from opcode import (
    __all__ as _opcodes_all,
    _cache_format,
    _inline_cache_entries,
    _nb_ops,
    _intrinsic_1_descs,
    _intrinsic_2_descs,
    _specializations,
    _specialized_opmap,
)

from _opcode import get_executor

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

# Objects whose code dis() shows when it walks a class or module.
_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

# The instructions whose arguments need special decoding.
CONVERT_VALUE = opmap['CONVERT_VALUE']
SET_FUNCTION_ATTRIBUTE = opmap['SET_FUNCTION_ATTRIBUTE']
FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')
ENTER_EXECUTOR = opmap['ENTER_EXECUTOR']
LOAD_CONST = opmap['LOAD_CONST']
RETURN_CONST = opmap['RETURN_CONST']
LOAD_GLOBAL = opmap['LOAD_GLOBAL']
BINARY_OP = opmap['BINARY_OP']
JUMP_BACKWARD = opmap['JUMP_BACKWARD']
FOR_ITER = opmap['FOR_ITER']
SEND = opmap['SEND']
LOAD_ATTR = opmap['LOAD_ATTR']
LOAD_SUPER_ATTR = opmap['LOAD_SUPER_ATTR']
CALL_INTRINSIC_1 = opmap['CALL_INTRINSIC_1']
CALL_INTRINSIC_2 = opmap['CALL_INTRINSIC_2']
LOAD_FAST_LOAD_FAST = opmap['LOAD_FAST_LOAD_FAST']
STORE_FAST_LOAD_FAST = opmap['STORE_FAST_LOAD_FAST']
STORE_FAST_STORE_FAST = opmap['STORE_FAST_STORE_FAST']
CACHE = opmap["CACHE"]

# opname/opmap extended with the specialised instructions.
_all_opname = list(opname)
_all_opmap = dict(opmap)
for name, op in _specialized_opmap.items():
    _all_opname[op] = name
    _all_opmap[name] = op

# Specialised instruction name -> the name of its base instruction.
deoptmap = {}
for _base, _family in _specializations.items():
    for _special in _family:
        deoptmap[_special] = _base
del _base, _family, _special

_BACKWARD_JUMPS = frozenset({opmap['JUMP_BACKWARD'],
                             opmap['JUMP_BACKWARD_NO_INTERRUPT']})


def _try_compile(source, name):
    """Compile source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap_code_holder(x):
    """Step from a method, function, generator or coroutine to its code."""
    if hasattr(x, '__func__'):
        x = x.__func__
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False):
    """Print the disassembly of x: a class, module, method, function,
    generator, coroutine, code object, source string or raw bytecode.

    Without x, the last traceback's code is shown.
    """
    opts = dict(show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets)
    if x is None:
        distb(file=file, **opts)
        return
    x = _unwrap_code_holder(x)
    if hasattr(x, '__dict__'):
        # A class or a module: everything in it that has code, by name.
        for member_name, member in sorted(x.__dict__.items()):
            if not isinstance(member, _have_code):
                continue
            print("Disassembly of %s:" % member_name, file=file)
            try:
                dis(member, file=file, depth=depth, **opts)
            except TypeError as msg:
                print("Sorry:", msg, file=file)
            print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, **opts)
    elif isinstance(x, (bytes, bytearray)):
        labels_map = _make_labels_map(x)
        formatter = Formatter(file=file,
                              offset_width=_offset_width(x, show_offsets),
                              label_width=4 + len(str(len(labels_map))),
                              show_caches=show_caches)
        _disassemble_bytes(x, arg_resolver=ArgResolver(labels_map=labels_map),
                           formatter=formatter)
    elif isinstance(x, str):
        _disassemble_str(x, file=file, depth=depth, **opts)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Print the disassembly of a traceback's innermost frame (default: the
    last traceback), marking the instruction that failed."""
    if tb is None:
        try:
            if hasattr(sys, 'last_exc'):
                tb = sys.last_exc.__traceback__
            else:
                tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file,
                show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets)


# co_flags bits by name (inspect builds its CO_* constants from this).
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}


def pretty_flags(flags):
    """Spell out the bits of a co_flags value, lowest first."""
    parts = []
    for bit in range(32):
        mask = 1 << bit
        if not flags & mask:
            continue
        parts.append(COMPILER_FLAG_NAMES.get(mask, hex(mask)))
        flags ^= mask
        if not flags:
            break
    else:
        parts.append(hex(flags))
    return ", ".join(parts)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# What an argument resolves to when there is nothing to resolve it against.
UNKNOWN = _Unknown()


def _get_code_object(x):
    """The code object of x (a code holder, code object or source string)."""
    x = _unwrap_code_holder(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def _deoptop(op):
    base = deoptmap.get(_all_opname[op])
    return op if base is None else _all_opmap[base]


def _get_code_array(co, adaptive):
    if not adaptive:
        return co.co_code
    code = co._co_code_adaptive
    units = []
    replaced = False
    for i in range(0, len(code), 2):
        op, arg = code[i], code[i + 1]
        if op == ENTER_EXECUTOR:
            try:
                executor = get_executor(co, i)
            except (ValueError, RuntimeError):
                executor = None
            if executor:
                op, arg = executor.get_opcode(), executor.get_oparg()
                replaced = True
        units.append(bytes((op, arg)))
    return b''.join(units) if replaced else code


def code_info(x):
    """Describe the code of x (method, function, code, source) in text."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    out = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Positional-only arguments: %s" % co.co_posonlyargcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        out.append("Constants:")
        out.extend("%4d: %r" % pair for pair in enumerate(co.co_consts))
    for title, seq in (("Names:", co.co_names),
                       ("Variable names:", co.co_varnames),
                       ("Free variables:", co.co_freevars),
                       ("Cell variables:", co.co_cellvars)):
        if seq:
            out.append(title)
            out.extend("%4d: %s" % pair for pair in enumerate(seq))
    return "\n".join(out)


def show_code(co, *, file=None):
    """Print code_info(co) to file (default: sys.stdout)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset',
     'starts_line', 'line_number', 'label', 'positions', 'cache_info'],
    defaults=[None, None, None])

for _field, _doc in (
        ('opname', "The operation's name"),
        ('opcode', "The operation's number"),
        ('arg', "The argument as a number, or None when the operation takes none"),
        ('argval', "The value the argument stands for where known, else the argument itself"),
        ('argrepr', "The argument described for people"),
        ('offset', "Byte offset of the operation in the bytecode"),
        ('start_offset', "Byte offset of the operation counting its EXTENDED_ARG prefixes; "
                         "the same as offset when it has none"),
        ('starts_line', "True when a new source line begins at this operation"),
        ('line_number', "The source line of the operation, or None"),
        ('label', "The label number (from 1) of a jump target, else None"),
        ('positions', "A dis.Positions with the source span of the operation"),
        ('cache_info', "(name, size, data) for each inline cache entry of the operation")):
    getattr(_Instruction, _field).__doc__ = _doc
del _field, _doc

_ExceptionTableEntryBase = collections.namedtuple(
    "_ExceptionTableEntryBase", "start end target depth lasti")


class _ExceptionTableEntry(_ExceptionTableEntryBase):
    pass


_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _get_cache_size(opname):
    return _inline_cache_entries.get(opname, 0)


def _is_backward_jump(op):
    return op in _BACKWARD_JUMPS


def _get_jump_target(op, arg, offset):
    """The byte offset a jump instruction goes to; None for other instructions."""
    base = _deoptop(op)
    if base in hasjabs:
        return arg * 2
    if base not in hasjrel:
        return None
    distance = -arg if _is_backward_jump(base) else arg
    return offset + 2 + 2 * distance + 2 * _get_cache_size(_all_opname[base])


class Instruction(_Instruction):
    """One bytecode operation, as get_instructions() and Bytecode yield it.

    Fields: opname, opcode, arg, argval, argrepr, offset, start_offset,
    starts_line, line_number, label, positions and cache_info (see each
    field's documentation).
    """

    @property
    def oparg(self):
        """The same as arg."""
        return self.arg

    @property
    def baseopcode(self):
        """The opcode this specialised operation came from (else opcode)."""
        return _deoptop(self.opcode)

    @property
    def baseopname(self):
        """The name of baseopcode."""
        return opname[self.baseopcode]

    @property
    def cache_offset(self):
        """Byte offset of the first inline cache entry."""
        return self.offset + 2

    @property
    def end_offset(self):
        """Byte offset just past the inline cache entries."""
        return self.cache_offset + 2 * _get_cache_size(_all_opname[self.opcode])

    @property
    def jump_target(self):
        """Byte offset the operation jumps to, or None if it does not jump."""
        return _get_jump_target(self.opcode, self.arg, self.offset)

    @property
    def is_jump_target(self):
        """Whether some jump lands here."""
        return self.label is not None

    def __str__(self):
        buf = io.StringIO()
        Formatter(file=buf).print_instruction(self, False)
        return buf.getvalue()


_NO_LINENO = '  --'


class Formatter:
    """Writes instructions and exception tables in dis's column layout."""

    def __init__(self, file=None, lineno_width=0, offset_width=0, label_width=0,
                 line_offset=0, show_caches=False):
        """Columns of lineno_width (0: none), offset_width (0: none) and
        label_width characters; show_caches adds a line per cache entry."""
        self.file = file
        self.lineno_width = lineno_width
        self.offset_width = offset_width
        self.label_width = label_width
        self.show_caches = show_caches

    def print_instruction(self, instr, mark_as_current=False):
        self.print_instruction_line(instr, mark_as_current)
        if not (self.show_caches and instr.cache_info):
            return
        offset = instr.offset
        for cache_name, size, data in instr.cache_info:
            for unit in range(size):
                offset += 2
                # Only the first unit of each entry shows its value.
                text = ""
                if unit == 0:
                    text = f"{cache_name}: {int.from_bytes(data, sys.byteorder)}"
                self.print_instruction_line(
                    Instruction("CACHE", CACHE, 0, None, text, offset, offset,
                                False, None, None, instr.positions),
                    False)

    def print_instruction_line(self, instr, mark_as_current):
        """Write one line for instr."""
        width = self.lineno_width
        if width and instr.starts_line and instr.offset > 0:
            print(file=self.file)
        cols = []
        if width:
            if not instr.starts_line:
                cols.append(' ' * width)
            elif instr.line_number is None:
                cols.append(_NO_LINENO.rjust(width))
            else:
                cols.append(str(instr.line_number).rjust(width))
        if instr.label is None:
            cols.append(' ' * self.label_width)
        else:
            cols.append(f"L{instr.label}:".rjust(self.label_width))
        if self.offset_width > 0:
            cols.append(repr(instr.offset).rjust(self.offset_width) + "  ")
        cols.append('-->' if mark_as_current else '   ')
        cols.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            # A long name eats into the argument's column rather than push it.
            overflow = max(0, len(instr.opname) - _OPNAME_WIDTH)
            cols.append(repr(instr.arg).rjust(_OPARG_WIDTH - overflow))
            if instr.argrepr:
                cols.append('(' + instr.argrepr + ')')
        print(' '.join(cols).rstrip(), file=self.file)

    def print_exception_table(self, exception_entries):
        if not exception_entries:
            return
        print("ExceptionTable:", file=self.file)
        for e in exception_entries:
            suffix = " lasti" if e.lasti else ""
            print(f"  L{e.start_label} to L{e.end_label} -> L{e.target_label} "
                  f"[{e.depth}]{suffix}", file=self.file)


class ArgResolver:
    """Turns instruction arguments into values and descriptions, against a
    code object's constants, names and variables where they are given."""

    def __init__(self, co_consts=None, names=None, varname_from_oparg=None, labels_map=None):
        self.co_consts = co_consts
        self.names = names
        self.varname_from_oparg = varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        base = _deoptop(op)
        if base in hasjabs or base in hasjrel:
            return _get_jump_target(base, arg, offset)
        return None

    def get_label_for_offset(self, offset):
        return self.labels_map.get(offset, None)

    def get_argval_argrepr(self, op, arg, offset):
        if arg is None:
            return None, ''
        base = _deoptop(op)
        lookup_name = None if self.names is None else self.names.__getitem__
        if base in hasconst:
            return _get_const_info(base, arg, self.co_consts)
        if base in hasname:
            # Some name instructions keep flags in their low bits.
            shift, suffix = {LOAD_GLOBAL: (1, " + NULL"),
                             LOAD_ATTR: (1, " + NULL|self"),
                             LOAD_SUPER_ATTR: (2, " + NULL|self")}.get(base, (0, ""))
            value, text = _get_name_info(arg >> shift, lookup_name)
            if shift and (arg & 1) and text:
                text += suffix
            return value, text
        if base in hasjump or base in hasexc:
            target = self.offset_from_jump_arg(op, arg, offset)
            label = self.get_label_for_offset(target)
            assert label is not None
            return target, f"to L{label}"
        if base in (LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST):
            first = _get_name_info(arg >> 4, self.varname_from_oparg)
            second = _get_name_info(arg & 15, self.varname_from_oparg)
            return (first[0], second[0]), first[1] + ", " + second[1]
        if base in haslocal or base in hasfree:
            return _get_name_info(arg, self.varname_from_oparg)
        if base in hascompare:
            value = cmp_op[arg >> 5]
            return value, (f"bool({value})" if arg & 16 else value)
        if base == CONVERT_VALUE:
            return (None, str, repr, ascii)[arg], ('', 'str', 'repr', 'ascii')[arg]
        if base == SET_FUNCTION_ATTRIBUTE:
            return arg, ', '.join(flag for bit, flag in enumerate(FUNCTION_ATTR_FLAGS)
                                  if arg & (1 << bit))
        if base == BINARY_OP:
            return arg, _nb_ops[arg][1]
        if base == CALL_INTRINSIC_1:
            return arg, _intrinsic_1_descs[arg]
        if base == CALL_INTRINSIC_2:
            return arg, _intrinsic_2_descs[arg]
        return arg, ''


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterate over the Instructions of the code of x (a function, method,
    code object, source string...).

    first_line, when given, renumbers the lines so that the code's first
    line is that number.
    """
    co = _get_code_object(x)
    shift = 0 if first_line is None else first_line - co.co_firstlineno
    resolver = ArgResolver(co_consts=co.co_consts, names=co.co_names,
                           varname_from_oparg=co._varname_from_oparg,
                           labels_map=_make_labels_map(co.co_code))
    return _get_instructions_bytes(_get_code_array(co, adaptive),
                                   linestarts=dict(findlinestarts(co)),
                                   line_offset=shift,
                                   co_positions=co.co_positions(),
                                   original_code=co.co_code,
                                   arg_resolver=resolver)


def _get_const_value(op, arg, co_consts):
    """The constant a hasconst instruction loads; UNKNOWN without co_consts."""
    assert op in hasconst
    return UNKNOWN if co_consts is None else co_consts[arg]


def _get_const_info(op, arg, co_consts):
    """(constant, its repr), or (UNKNOWN, '') without co_consts."""
    value = _get_const_value(op, arg, co_consts)
    return value, ('' if value is UNKNOWN else repr(value))


def _get_name_info(name_index, get_name, **extrainfo):
    """(name, name) from get_name, or (UNKNOWN, '') when there is none."""
    if get_name is None:
        return UNKNOWN, ''
    found = get_name(name_index, **extrainfo)
    return found, found


def _parse_varint(iterator):
    # Six bits a byte, most significant first; bit 6 says more follows.
    byte = next(iterator)
    value = byte & 63
    while byte & 64:
        byte = next(iterator)
        value = (value << 6) | (byte & 63)
    return value


def _parse_exception_table(code):
    it = iter(code.co_exceptiontable)
    entries = []
    while True:
        try:
            start = 2 * _parse_varint(it)
            length = 2 * _parse_varint(it)
            target = 2 * _parse_varint(it)
            depth_lasti = _parse_varint(it)
        except StopIteration:
            return entries
        entries.append(_ExceptionTableEntry(start, start + length, target,
                                            depth_lasti >> 1, bool(depth_lasti & 1)))


def _get_instructions_bytes(code, linestarts=None, line_offset=0, co_positions=None,
                            original_code=None, arg_resolver=None):
    """Generate the Instructions of a bytecode string."""
    # Walk the plain code: ENTER_EXECUTOR and instrumented opcodes in an
    # adaptive copy would confuse the decoding.
    original_code = original_code or code
    positions_it = co_positions or iter(())
    starts_line = False
    line = None
    line_number = None
    for offset, start_offset, op, arg in _unpack_opargs(original_code):
        if linestarts is not None:
            starts_line = offset in linestarts
            if starts_line:
                line = linestarts[offset]
            line_number = None if line is None else line + line_offset
        positions = Positions(*next(positions_it, ()))
        base = _deoptop(op)
        op = code[offset]
        if arg_resolver:
            argval, argrepr = arg_resolver.get_argval_argrepr(op, arg, offset)
        else:
            argval, argrepr = arg, repr(arg)
        ncaches = _get_cache_size(_all_opname[base])
        for _ in range(ncaches):
            next(positions_it, ())
        cache_info = None
        if ncaches:
            cache_info = []
            at = offset + 2
            for cache_name, size in _cache_format[opname[base]].items():
                cache_info.append((cache_name, size, code[at:at + 2 * size]))
        label = arg_resolver.get_label_for_offset(offset) if arg_resolver else None
        yield Instruction(_all_opname[op], op, arg, argval, argrepr, offset,
                          start_offset, starts_line, line_number, label,
                          positions, cache_info)


def _offset_width(code, show_offsets):
    return len(str(max(len(code) - 2, 9999))) if show_offsets else 0


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False):
    """Print the disassembly of one code object, marking the instruction
    at byte offset lasti."""
    linestarts = dict(findlinestarts(co))
    entries = _parse_exception_table(co)
    labels_map = _make_labels_map(co.co_code, exception_entries=entries)
    formatter = Formatter(file=file,
                          lineno_width=_get_lineno_width(linestarts),
                          offset_width=_offset_width(co.co_code, show_offsets),
                          label_width=4 + len(str(len(labels_map))),
                          show_caches=show_caches)
    resolver = ArgResolver(co_consts=co.co_consts, names=co.co_names,
                           varname_from_oparg=co._varname_from_oparg,
                           labels_map=labels_map)
    _disassemble_bytes(_get_code_array(co, adaptive), lasti, linestarts,
                       exception_entries=entries, co_positions=co.co_positions(),
                       original_code=co.co_code, arg_resolver=resolver,
                       formatter=formatter)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False):
    disassemble(co, file=file, show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets)
    if depth is not None:
        if depth <= 0:
            return
        depth -= 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=depth,
                                   show_caches=show_caches, adaptive=adaptive,
                                   show_offsets=show_offsets)


def _make_labels_map(original_code, exception_entries=()):
    """Number the jump targets and exception table boundaries L1, L2, ...
    in offset order; records the labels on the entries too."""
    offsets = set(findlabels(original_code))
    for e in exception_entries:
        offsets.update((e.start, e.end, e.target))
    labels_map = {off: n for n, off in enumerate(sorted(offsets), 1)}
    for e in exception_entries:
        e.start_label = labels_map[e.start]
        e.end_label = labels_map[e.end]
        e.target_label = labels_map[e.target]
    return labels_map


def _get_lineno_width(linestarts):
    if linestarts is None:
        return 0
    known = [n for n in linestarts.values() if n]
    if not known:
        # No line numbers at all: no column for them.
        return 0
    width = max(3, len(str(max(known))))
    if width < len(_NO_LINENO) and None in linestarts.values():
        width = len(_NO_LINENO)
    return width


def _disassemble_bytes(code, lasti=-1, linestarts=None,
                       *, line_offset=0, exception_entries=(),
                       co_positions=None, original_code=None,
                       arg_resolver=None, formatter=None):
    assert formatter is not None
    assert arg_resolver is not None
    instrs = _get_instructions_bytes(code, linestarts=linestarts,
                                     line_offset=line_offset,
                                     co_positions=co_positions,
                                     original_code=original_code,
                                     arg_resolver=arg_resolver)
    print_instructions(instrs, exception_entries, formatter, lasti=lasti)


def print_instructions(instrs, exception_entries, formatter, lasti=-1):
    for instr in instrs:
        # lasti may point into the instruction's inline caches.
        last = instr.offset + 2 * _get_cache_size(_all_opname[_deoptop(instr.opcode)])
        formatter.print_instruction(instr, instr.offset <= lasti <= last)
    formatter.print_exception_table(exception_entries)


def _disassemble_str(source, **kwargs):
    """Compile source and print its disassembly."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


disco = disassemble  # the old name

# Arguments are C ints: EXTENDED_ARG prefixes wrap around at 2**31.
_INT_BITS = 32
_INT_OVERFLOW = 2 ** (_INT_BITS - 1)


def _unpack_opargs(code):
    """Generate (offset, start_offset, opcode, arg) for each instruction of
    code, skipping inline caches; arg is None where the opcode takes none.
    EXTENDED_ARG prefixes come out as instructions of their own."""
    ext = 0
    prefixes = 0
    skip = 0
    for i in range(0, len(code), 2):
        if skip:
            skip -= 1
            continue
        op = code[i]
        base = _deoptop(op)
        skip = _get_cache_size(_all_opname[base])
        if base in hasarg:
            arg = code[i + 1] | ext
            ext = arg << 8 if base == EXTENDED_ARG else 0
            if ext >= _INT_OVERFLOW:
                ext -= 2 * _INT_OVERFLOW
        else:
            arg = None
            ext = 0
        if base == EXTENDED_ARG:
            prefixes += 1
            yield i, i, op, arg
        else:
            yield i, i - 2 * prefixes, op, arg
            prefixes = 0


def findlabels(code):
    """The offsets jumped to from code, in order of first appearance."""
    found = []
    for offset, _, op, arg in _unpack_opargs(code):
        if arg is None:
            continue
        target = _get_jump_target(op, arg, offset)
        if target is not None and target not in found:
            found.append(target)
    return found


def findlinestarts(code):
    """Generate (offset, line) where the line changes in code; line is None
    for instructions without one."""
    previous = object()
    for start, _end, line in code.co_lines():
        if line is not previous:
            previous = line
            yield start, line


def _find_imports(co):
    """Generate (name, level, fromlist) for each import co performs with
    constant arguments."""
    IMPORT_NAME = opmap['IMPORT_NAME']
    ops = [(op, arg) for _, _, op, arg in _unpack_opargs(co.co_code)
           if op != EXTENDED_ARG]
    for i in range(2, len(ops)):
        op, arg = ops[i]
        if op != IMPORT_NAME:
            continue
        (level_op, level_arg), (from_op, from_arg) = ops[i - 2], ops[i - 1]
        if level_op in hasconst and from_op in hasconst:
            yield (co.co_names[arg],
                   _get_const_value(level_op, level_arg, co.co_consts),
                   _get_const_value(from_op, from_arg, co.co_consts))


def _find_store_names(co):
    """Generate the global and module-level names co assigns."""
    stores = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    for _, _, op, arg in _unpack_opargs(co.co_code):
        if op in stores:
            yield co.co_names[arg]


class Bytecode:
    """The operations of some code (a function, method, code object, source
    string...): iterating yields its Instructions; dis() and info() give
    the text dis prints."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False, show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets

    def _resolver(self):
        co = self.codeobj
        return ArgResolver(co_consts=co.co_consts, names=co.co_names,
                           varname_from_oparg=co._varname_from_oparg,
                           labels_map=_make_labels_map(co.co_code, self.exception_entries))

    def __iter__(self):
        co = self.codeobj
        return _get_instructions_bytes(_get_code_array(co, self.adaptive),
                                       linestarts=self._linestarts,
                                       line_offset=self._line_offset,
                                       co_positions=co.co_positions(),
                                       original_code=co.co_code,
                                       arg_resolver=self._resolver())

    def __repr__(self):
        return f"{self.__class__.__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of the innermost frame of tb, marking where it stopped."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of the code."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The disassembly as a string."""
        co = self.codeobj
        lasti = -1 if self.current_offset is None else self.current_offset
        code = _get_code_array(co, self.adaptive)
        resolver = self._resolver()
        with io.StringIO() as out:
            formatter = Formatter(file=out,
                                  lineno_width=_get_lineno_width(self._linestarts),
                                  offset_width=_offset_width(code, self.show_offsets),
                                  label_width=4 + len(str(len(resolver.labels_map))),
                                  line_offset=self._line_offset,
                                  show_caches=self.show_caches)
            _disassemble_bytes(code, linestarts=self._linestarts,
                               line_offset=self._line_offset, lasti=lasti,
                               exception_entries=self.exception_entries,
                               co_positions=co.co_positions(),
                               original_code=co.co_code,
                               arg_resolver=resolver, formatter=formatter)
            return out.getvalue()


def main():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument('-C', '--show-caches', action='store_true',
                        help='show inline caches')
    parser.add_argument('-O', '--show-offsets', action='store_true',
                        help='show instruction offsets')
    parser.add_argument('infile', nargs='?', default='-')
    args = parser.parse_args()
    if args.infile == '-':
        filename = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        filename = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    dis(compile(source, filename, "exec"), show_caches=args.show_caches,
        show_offsets=args.show_offsets)


if __name__ == "__main__":
    main()
