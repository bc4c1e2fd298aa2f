"""Turn Python bytecode into readable listings: dis() prints a disassembly,
get_instructions() and Bytecode give the instructions as objects, and
code_info() describes a code object."""

import collections
import io
import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import (_cache_format, _inline_cache_entries, _nb_ops, _intrinsic_1_descs,
                    _intrinsic_2_descs, _specializations, _specialized_opmap)
from _opcode import get_executor

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

# What dis() disassembles when it walks the members of a class or module.
_CODE_MEMBERS = (types.MethodType, types.FunctionType, types.CodeType, classmethod, staticmethod, type)

# Opcodes whose arguments need decoding of their own, under their names.
for name in ('CONVERT_VALUE', 'SET_FUNCTION_ATTRIBUTE', 'ENTER_EXECUTOR', 'LOAD_CONST',
             'RETURN_CONST', 'LOAD_GLOBAL', 'BINARY_OP', 'JUMP_BACKWARD', 'FOR_ITER', 'SEND',
             'LOAD_ATTR', 'LOAD_SUPER_ATTR', 'CALL_INTRINSIC_1', 'CALL_INTRINSIC_2',
             'LOAD_FAST_LOAD_FAST', 'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST', 'CACHE'):
    globals()[name] = opmap[name]

# SET_FUNCTION_ATTRIBUTE's argument bits, lowest first.
FUNCTION_ATTR_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

# Names and numbers of every opcode, the specialised ones included.
_all_opmap = {**opmap, **_specialized_opmap}
_all_opname = list(opname)
for name, op in _specialized_opmap.items():   # (name and op stay, as in CPython)
    _all_opname[op] = name

# A specialised instruction's name -> the name of the instruction it specialises.
deoptmap = {special: base for base, family in _specializations.items() for special in family}

_BACKWARD_JUMPS = frozenset(opmap[n] for n in ('JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT'))


def _compiled_or_none(source, name, mode):
    try:
        return compile(source, name, mode)
    except SyntaxError:
        return None


def _try_compile(source, name):
    """source compiled as an expression if it is one, else as statements."""
    # (The second attempt is made outside the first one's except clause so
    # that its errors carry no misleading context.)
    code = _compiled_or_none(source, name, 'eval')
    return code if code is not None else compile(source, name, 'exec')


def _unwrap_code_holder(x):
    """Step from a method to its function, and from a function, generator,
    async generator or coroutine to its code."""
    x = getattr(x, '__func__', x)
    for attr in ('__code__', 'gi_code', 'ag_code', 'cr_code'):
        if hasattr(x, attr):
            return getattr(x, attr)
    return x


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False):
    """Print the disassembly of x: a class or module (each member with
    code), a method, function, generator, coroutine, code object, source
    string or raw bytecode; with no x, the last traceback."""
    opts = dict(show_caches=show_caches, adaptive=adaptive, show_offsets=show_offsets)
    if x is None:
        distb(file=file, **opts)
        return
    target = _unwrap_code_holder(x)
    if hasattr(target, '__dict__'):
        for member_name, member in sorted(vars(target).items()):
            if isinstance(member, _CODE_MEMBERS):
                _dis_member(member_name, member, file, depth, opts)
    elif hasattr(target, 'co_code'):
        _disassemble_recursive(target, file=file, depth=depth, **opts)
    elif isinstance(target, (bytes, bytearray)):
        _dis_raw(target, file, show_caches, show_offsets)
    elif isinstance(target, str):
        _disassemble_str(target, file=file, depth=depth, **opts)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(target).__name__)


def _dis_member(member_name, member, file, depth, opts):
    print("Disassembly of %s:" % member_name, file=file)
    try:
        dis(member, file=file, depth=depth, **opts)
    except TypeError as msg:
        print("Sorry:", msg, file=file)
    print(file=file)


def _dis_raw(code, file, show_caches, show_offsets):
    """Disassemble bare bytecode: no constants, names or lines to show."""
    labels = _make_labels_map(code)
    layout = Formatter(file=file, offset_width=_offset_width(code, show_offsets),
                       label_width=_label_width(labels), show_caches=show_caches)
    _disassemble_bytes(code, arg_resolver=ArgResolver(labels_map=labels), formatter=layout)


def _innermost_entry(tb):
    """The last entry of a traceback (the frame where it was raised)."""
    following = tb.tb_next
    while following:
        tb, following = following, following.tb_next
    return tb


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Print the disassembly of a traceback's innermost frame (default: the
    last traceback), marking the instruction that failed."""
    if tb is None:
        try:
            last = sys.last_exc.__traceback__ if hasattr(sys, 'last_exc') else sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        tb = _innermost_entry(last)
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive, show_offsets=show_offsets)


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
    """The set bits of a co_flags value by name, lowest first; bits past
    the 32nd (or no bits at all) are shown as one hex number."""
    low_bits = [1 << i for i in range(32) if flags & (1 << i)]
    words = [COMPILER_FLAG_NAMES.get(bit, hex(bit)) for bit in low_bits]
    leftover = flags ^ sum(low_bits)
    if leftover or not low_bits:
        words.append(hex(leftover))
    return ", ".join(words)


class _Unknown:
    def __repr__(self):
        return "<unknown>"


# What an argument resolves to when there is nothing to resolve it against.
UNKNOWN = _Unknown()


def _get_code_object(x):
    """The code object of x (a code holder, a code object, or source)."""
    found = _unwrap_code_holder(x)
    if isinstance(found, str):
        found = _try_compile(found, "<disassembly>")
    if not hasattr(found, 'co_code'):
        raise TypeError("don't know how to disassemble %s objects" %
                        type(found).__name__)
    return found


def _deoptop(op):
    """The base opcode of a (possibly specialised) opcode."""
    base = deoptmap.get(_all_opname[op])
    return op if base is None else _all_opmap[base]


def _cache_units(op):
    """How many inline cache code units follow opcode op (a base opcode)."""
    return _inline_cache_entries.get(_all_opname[op], 0)


def _executor_unit(co, offset, op, arg):
    """The (opcode, arg) an ENTER_EXECUTOR at offset stands in for, or
    (op, arg) itself when there is no executor behind it."""
    try:
        executor = get_executor(co, offset)
    except (ValueError, RuntimeError):
        executor = None
    return (executor.get_opcode(), executor.get_oparg()) if executor else (op, arg)


def _get_code_array(co, adaptive):
    """co's bytecode: as compiled, or (adaptive) as specialised at run
    time, with ENTER_EXECUTOR units put back to what they replaced."""
    if not adaptive:
        return co.co_code
    live = co._co_code_adaptive
    units = []
    for at in range(0, len(live), 2):
        pair = (live[at], live[at + 1])
        if pair[0] == ENTER_EXECUTOR:
            pair = _executor_unit(co, at, *pair)
        units.append(pair)
    rebuilt = bytes(byte for pair in units for byte in pair)
    return rebuilt if rebuilt != live else live


def code_info(x):
    """Formatted details of methods, functions, or code."""
    return _format_code_info(_get_code_object(x))


# code_info()'s header: (label, code attribute) ...
_INFO_FIELDS = (("Name", 'co_name'), ("Filename", 'co_filename'),
                ("Argument count", 'co_argcount'),
                ("Positional-only arguments", 'co_posonlyargcount'),
                ("Kw-only arguments", 'co_kwonlyargcount'),
                ("Number of locals", 'co_nlocals'), ("Stack size", 'co_stacksize'))
# ... and its numbered lists: (title, code attribute, item format).
_INFO_LISTS = (("Constants", 'co_consts', "%4d: %r"), ("Names", 'co_names', "%4d: %s"),
               ("Variable names", 'co_varnames', "%4d: %s"),
               ("Free variables", 'co_freevars', "%4d: %s"),
               ("Cell variables", 'co_cellvars', "%4d: %s"))


def _format_code_info(co):
    rows = ['%-18s %s' % (label + ':', getattr(co, attr)) for label, attr in _INFO_FIELDS]
    rows.append('%-18s %s' % ('Flags:', pretty_flags(co.co_flags)))
    for title, attr, item in _INFO_LISTS:
        entries = getattr(co, attr)
        if entries:
            rows.append(title + ':')
            rows += [item % numbered for numbered in enumerate(entries)]
    return "\n".join(rows)


def show_code(co, *, file=None):
    """Print code_info(co) to file (default: sys.stdout)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                                   defaults=[None] * 4)

_Instruction = collections.namedtuple("_Instruction", [
    'opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset',
    'starts_line', 'line_number', 'label', 'positions', 'cache_info'], defaults=[None, None, None])

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

class _ExceptionTableEntry(collections.namedtuple('_ExceptionTableEntryBase',
                                                  ['start', 'end', 'target', 'depth', 'lasti'])):
    """One exception table row; _make_labels_map() adds start_label,
    end_label and target_label."""


# Column widths of an instruction's name and argument.
_OPNAME_WIDTH, _OPARG_WIDTH = 20, 5


def _get_jump_target(op, arg, offset):
    """The byte offset a jump instruction goes to; None for other instructions."""
    base = _deoptop(op)
    if base in hasjabs:
        return 2 * arg
    if base not in hasjrel:
        return None
    # Relative jumps count code units from the end of the instruction's caches.
    units = -arg if base in _BACKWARD_JUMPS else arg
    return offset + 2 * (1 + _cache_units(base) + units)


class Instruction(_Instruction):
    """One bytecode operation, as get_instructions() and Bytecode yield it.

    Fields: opname, opcode, arg, argval, argrepr, offset, start_offset,
    starts_line, line_number, label, positions and cache_info (see each
    field's documentation).
    """

    oparg = property(lambda self: self.arg, doc="The same as arg.")
    baseopcode = property(lambda self: _deoptop(self.opcode),
                          doc="The opcode this specialised operation came from (else opcode).")
    baseopname = property(lambda self: opname[self.baseopcode], doc="The name of baseopcode.")
    cache_offset = property(lambda self: self.offset + 2,
                            doc="Byte offset of the first inline cache entry.")
    end_offset = property(lambda self: self.cache_offset + 2 * _cache_units(self.baseopcode),
                          doc="Byte offset just past the inline cache entries.")
    jump_target = property(lambda self: _get_jump_target(self.opcode, self.arg, self.offset),
                           doc="Byte offset the operation jumps to, or None if it does not jump.")
    is_jump_target = property(lambda self: self.label is not None,
                              doc="Whether some jump lands here.")

    def __str__(self):
        with io.StringIO() as text:
            Formatter(file=text).print_instruction(self, False)
            return text.getvalue()


_NO_LINENO = '  --'


class Formatter:
    """Writes instructions and exception tables in dis's column layout."""

    def __init__(self, file=None, lineno_width=0, offset_width=0, label_width=0,
                 line_offset=0, show_caches=False):
        """Columns of lineno_width (0: none), offset_width (0: none) and
        label_width characters; show_caches adds a line per cache entry."""
        self.file, self.show_caches = file, show_caches
        self.lineno_width, self.offset_width, self.label_width = lineno_width, offset_width, label_width

    def print_instruction(self, instr, mark_as_current=False):
        """Write instr (and, with show_caches, a line per cache unit)."""
        self.print_instruction_line(instr, mark_as_current)
        if self.show_caches and instr.cache_info:
            for line in self._cache_lines(instr):
                self.print_instruction_line(line, False)

    @staticmethod
    def _cache_lines(instr):
        at = instr.offset
        for cache_name, size, data in instr.cache_info:
            # Each entry's first unit shows its value; the others are blank.
            shown = f"{cache_name}: {int.from_bytes(data, sys.byteorder)}"
            for _ in range(size):
                at += 2
                yield Instruction("CACHE", CACHE, 0, None, shown, at, at,
                                  False, None, None, instr.positions)
                shown = ""

    def _line_column(self, instr):
        width = self.lineno_width
        if not instr.starts_line:
            return ' ' * width
        return (_NO_LINENO if instr.line_number is None else str(instr.line_number)).rjust(width)

    def print_instruction_line(self, instr, mark_as_current):
        """Write one line for instr."""
        if self.lineno_width and instr.starts_line and instr.offset > 0:
            print(file=self.file)       # a blank line between source lines
        cols = [self._line_column(instr)] if self.lineno_width else []
        cols.append(('' if instr.label is None else f"L{instr.label}:").rjust(self.label_width))
        if self.offset_width > 0:
            cols.append(repr(instr.offset).rjust(self.offset_width) + "  ")
        cols.append('-->' if mark_as_current else '   ')
        cols.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            # A long name eats into the argument's column rather than push it.
            squeeze = max(0, len(instr.opname) - _OPNAME_WIDTH)
            cols.append(repr(instr.arg).rjust(_OPARG_WIDTH - squeeze))
            if instr.argrepr:
                cols.append('(%s)' % instr.argrepr)
        print(' '.join(cols).rstrip(), file=self.file)

    def print_exception_table(self, exception_entries):
        """Write the 'ExceptionTable:' section (nothing when there are no entries)."""
        if not exception_entries:
            return
        print("ExceptionTable:", file=self.file)
        for entry in exception_entries:
            tail = " lasti" if entry.lasti else ""
            print(f"  L{entry.start_label} to L{entry.end_label} -> L{entry.target_label} "
                  f"[{entry.depth}]{tail}", file=self.file)


# Name-taking opcodes that keep flags in their argument's low bits:
# opcode -> (how many bits, what a set lowest bit adds to the description).
_NAME_FLAG_BITS = {LOAD_GLOBAL: (1, " + NULL"), LOAD_ATTR: (1, " + NULL|self"),
                   LOAD_SUPER_ATTR: (2, " + NULL|self")}
_PAIRED_LOCALS = (LOAD_FAST_LOAD_FAST, STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST)


class ArgResolver:
    """Turns instruction arguments into values and descriptions, against a
    code object's constants, names and variables where they are given."""

    def __init__(self, co_consts=None, names=None, varname_from_oparg=None, labels_map=None):
        self.co_consts, self.names, self.varname_from_oparg = co_consts, names, varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        """Where a jump instruction goes (None for other instructions)."""
        base = _deoptop(op)
        return _get_jump_target(base, arg, offset) if base in hasjabs or base in hasjrel else None

    def get_label_for_offset(self, offset):
        """The label number of offset, or None when nothing jumps there."""
        return self.labels_map.get(offset)

    def get_argval_argrepr(self, op, arg, offset):
        """(argval, argrepr) of an instruction."""
        if arg is None:
            return None, ''
        base = _deoptop(op)
        local = self.varname_from_oparg
        if base in hasconst:
            return _get_const_info(base, arg, self.co_consts)
        if base in hasname:
            shift, note = _NAME_FLAG_BITS.get(base, (0, ""))
            lookup = None if self.names is None else self.names.__getitem__
            value, text = _get_name_info(arg >> shift, lookup)
            return value, (text + note if shift and arg & 1 and text else text)
        if base in hasjump or base in hasexc:
            target = self.offset_from_jump_arg(op, arg, offset)
            label = self.get_label_for_offset(target)
            assert label is not None
            return target, f"to L{label}"
        if base in _PAIRED_LOCALS:
            # Two local variable numbers, four bits each.
            (first, first_text), (second, second_text) = (
                _get_name_info(arg >> 4, local), _get_name_info(arg & 15, local))
            return (first, second), first_text + ", " + second_text
        if base in haslocal or base in hasfree:
            return _get_name_info(arg, local)
        if base in hascompare:
            op_text = cmp_op[arg >> 5]
            return op_text, (f"bool({op_text})" if arg & 16 else op_text)
        if base == CONVERT_VALUE:
            return (None, str, repr, ascii)[arg], ('', 'str', 'repr', 'ascii')[arg]
        if base == SET_FUNCTION_ATTRIBUTE:
            return arg, ', '.join(word for bit, word in enumerate(FUNCTION_ATTR_FLAGS)
                                  if arg >> bit & 1)
        described = {BINARY_OP: lambda: _nb_ops[arg][1],
                     CALL_INTRINSIC_1: lambda: _intrinsic_1_descs[arg],
                     CALL_INTRINSIC_2: lambda: _intrinsic_2_descs[arg]}.get(base)
        return arg, (described() if described else '')


def _resolver_for(co, labels):
    return ArgResolver(co_consts=co.co_consts, names=co.co_names,
                       varname_from_oparg=co._varname_from_oparg, labels_map=labels)


def _instructions_of(co, adaptive, linestarts, line_offset, labels):
    return _get_instructions_bytes(_get_code_array(co, adaptive), linestarts=linestarts,
                                   line_offset=line_offset, co_positions=co.co_positions(),
                                   original_code=co.co_code, arg_resolver=_resolver_for(co, labels))


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """Iterate over the Instructions of the code of x (a function, method,
    code object, source string...); first_line renumbers the lines so
    that the code starts at that line."""
    code_obj = _get_code_object(x)
    shift = 0 if first_line is None else first_line - code_obj.co_firstlineno
    return _instructions_of(code_obj, adaptive, dict(findlinestarts(code_obj)), shift,
                            _make_labels_map(code_obj.co_code))


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


def _varints(data):
    """The exception table's numbers: six bits a byte, most significant
    first, bit 6 set on every byte but a number's last."""
    value = 0
    for byte in data:
        value = (value << 6) | (byte & 63)
        if not byte & 64:
            yield value
            value = 0


def _parse_exception_table(code):
    """The entries of code's exception table (offsets in bytes)."""
    numbers = _varints(code.co_exceptiontable)
    # Four numbers an entry: start, length, target (in code units), and
    # depth << 1 | lasti; an incomplete last entry is dropped.
    return [_ExceptionTableEntry(2 * start, 2 * (start + length), 2 * target,
                                 packed >> 1, bool(packed & 1))
            for start, length, target, packed in zip(numbers, numbers, numbers, numbers)]


def _get_instructions_bytes(code, linestarts=None, line_offset=0, co_positions=None,
                            original_code=None, arg_resolver=None):
    """Generate the Instructions of bytecode. original_code (default: code)
    is what gets decoded; code, maybe an adaptive copy, gives the opcodes
    shown and the cache contents."""
    spans = co_positions or iter(())
    if arg_resolver:
        describe, label_of = arg_resolver.get_argval_argrepr, arg_resolver.get_label_for_offset
    else:
        describe, label_of = (lambda op, arg, offset: (arg, repr(arg))), (lambda offset: None)
    starts = {} if linestarts is None else linestarts
    line = None             # the source line we are in, before line_offset
    for offset, start_offset, op, arg in _unpack_opargs(original_code or code):
        new_line = offset in starts
        if new_line:
            line = starts[offset]
        number = None if line is None else line + line_offset
        where = Positions(*next(spans, ()))
        base = _deoptop(op)
        shown = code[offset]
        argval, argrepr = describe(shown, arg, offset)
        units = _cache_units(base)
        for _ in range(units):
            next(spans, ())     # cache units have positions of their own
        caches = None
        if units:
            # (Every entry is read from the first cache unit.)
            caches = [(cache_name, size, code[offset + 2:offset + 2 + 2 * size])
                      for cache_name, size in _cache_format[opname[base]].items()]
        yield Instruction(_all_opname[shown], shown, arg, argval, argrepr, offset, start_offset,
                          new_line, number, label_of(offset), where, caches)


def _offset_width(code, show_offsets):
    return len(str(max(len(code) - 2, 9999))) if show_offsets else 0


def _label_width(labels):
    return 4 + len(str(len(labels)))


def _print_code(co, file, lasti, linestarts, entries, line_offset, show_caches, adaptive,
                show_offsets):
    """The listing disassemble() and Bytecode.dis() print."""
    labels = _make_labels_map(co.co_code, exception_entries=entries)
    code = _get_code_array(co, adaptive)
    layout = Formatter(file=file, lineno_width=_get_lineno_width(linestarts),
                       offset_width=_offset_width(code, show_offsets),
                       label_width=_label_width(labels), show_caches=show_caches)
    _disassemble_bytes(code, lasti, linestarts, line_offset=line_offset,
                       exception_entries=entries, co_positions=co.co_positions(),
                       original_code=co.co_code, arg_resolver=_resolver_for(co, labels),
                       formatter=layout)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False):
    """Print the disassembly of one code object, marking the instruction
    at byte offset lasti."""
    _print_code(co, file, lasti, dict(findlinestarts(co)), _parse_exception_table(co), 0,
                show_caches, adaptive, show_offsets)


disco = disassemble  # the old name


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False, adaptive=False, show_offsets=False):
    opts = dict(show_caches=show_caches, adaptive=adaptive, show_offsets=show_offsets)
    disassemble(co, file=file, **opts)
    if depth is not None and depth <= 0:
        return
    below = None if depth is None else depth - 1
    for const in co.co_consts:
        if hasattr(const, 'co_code'):
            print(file=file)
            print("Disassembly of %r:" % (const,), file=file)
            _disassemble_recursive(const, file=file, depth=below, **opts)


def _make_labels_map(original_code, exception_entries=()):
    """Number the jump targets and exception table boundaries L1, L2, ...
    in offset order; records the labels on the entries too."""
    offsets = set(findlabels(original_code))
    offsets.update(at for row in exception_entries for at in (row.start, row.end, row.target))
    numbering = {at: number for number, at in enumerate(sorted(offsets), 1)}
    for row in exception_entries:
        row.start_label, row.end_label, row.target_label = (
            numbering[row.start], numbering[row.end], numbering[row.target])
    return numbering


def _get_lineno_width(linestarts):
    """Width of the line number column: 0 without line numbers, else at
    least 3 (and 4 when some instruction has no line, for '  --')."""
    known = [n for n in (linestarts or {}).values() if n]
    if not known:
        return 0
    width = max(3, len(str(max(known))))
    if None in linestarts.values():
        width = max(width, len(_NO_LINENO))
    return width


def _disassemble_bytes(code, lasti=-1, linestarts=None,
                       *, line_offset=0, exception_entries=(),
                       co_positions=None, original_code=None,
                       arg_resolver=None, formatter=None):
    assert formatter is not None and arg_resolver is not None
    listing = _get_instructions_bytes(code, linestarts=linestarts, line_offset=line_offset,
                                      co_positions=co_positions, original_code=original_code,
                                      arg_resolver=arg_resolver)
    print_instructions(listing, exception_entries, formatter, lasti=lasti)


def print_instructions(instrs, exception_entries, formatter, lasti=-1):
    """Write instrs through formatter, marking the one lasti falls in (its
    inline caches included), then the exception table."""
    for instr in instrs:
        span_end = instr.offset + 2 * _cache_units(_deoptop(instr.opcode))
        formatter.print_instruction(instr, instr.offset <= lasti <= span_end)
    formatter.print_exception_table(exception_entries)


def _disassemble_str(source, **kwargs):
    """Compile source and print its disassembly."""
    _disassemble_recursive(_try_compile(source, '<dis>'), **kwargs)


# Arguments are C ints: EXTENDED_ARG prefixes wrap around at 2**31.
_INT_OVERFLOW = 1 << 31


def _unpack_opargs(code):
    """Generate (offset, start_offset, opcode, arg) for each instruction of
    code, skipping inline caches; arg is None where the opcode takes none.
    EXTENDED_ARG prefixes come out as instructions of their own, and
    start_offset of the instruction they extend is where they begin."""
    carried = 0             # high bits passed on by EXTENDED_ARGs
    run_start = None        # offset of the current run of EXTENDED_ARGs
    at = 0
    while at < len(code):
        op = code[at]
        base = _deoptop(op)
        arg = code[at + 1] | carried if base in hasarg else None
        if base == EXTENDED_ARG:
            carried = arg << 8
            if carried >= _INT_OVERFLOW:
                carried -= 2 * _INT_OVERFLOW
            run_start = at if run_start is None else run_start
            yield at, at, op, arg
        else:
            carried = 0
            yield at, (at if run_start is None else run_start), op, arg
            run_start = None
        at += 2 * (1 + _cache_units(base))


def findlabels(code):
    """The offsets jumped to from code, in order of first appearance."""
    targets = (_get_jump_target(op, arg, at) for at, _, op, arg in _unpack_opargs(code)
               if arg is not None)
    return list(dict.fromkeys(target for target in targets if target is not None))


def findlinestarts(code):
    """Generate (offset, line) where the line changes in code; line is None
    for instructions without one."""
    current = object()
    for start, _end, line in code.co_lines():
        # (Compared by identity, as CPython does.)
        if line is not current:
            current = line
            yield start, line


def _find_imports(co):
    """Generate (name, level, fromlist) for each import co performs with
    constant arguments (IMPORT_NAME right after two constant loads)."""
    import_name = opmap['IMPORT_NAME']
    ops = [(op, arg) for _, _, op, arg in _unpack_opargs(co.co_code) if op != EXTENDED_ARG]
    for (level_op, level_arg), (from_op, from_arg), (op, arg) in zip(ops, ops[1:], ops[2:]):
        if op == import_name and level_op in hasconst and from_op in hasconst:
            yield (co.co_names[arg],
                   _get_const_value(level_op, level_arg, co.co_consts),
                   _get_const_value(from_op, from_arg, co.co_consts))


def _find_store_names(co):
    """Generate the global and module-level names co assigns."""
    stores = {opmap['STORE_NAME'], opmap['STORE_GLOBAL']}
    yield from (co.co_names[arg] for _, _, op, arg in _unpack_opargs(co.co_code) if op in stores)


class Bytecode:
    """The operations of some code (a function, method, code object, source
    string...): iterating yields its Instructions; dis() and info() give
    the text dis prints."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False, show_offsets=False):
        code_obj = _get_code_object(x)
        self.codeobj, self._original_object = code_obj, x
        self.first_line = code_obj.co_firstlineno if first_line is None else first_line
        self._line_offset = self.first_line - code_obj.co_firstlineno
        self._linestarts = dict(findlinestarts(code_obj))
        self.current_offset, self.exception_entries = current_offset, _parse_exception_table(code_obj)
        self.show_caches, self.adaptive, self.show_offsets = show_caches, adaptive, show_offsets

    def __iter__(self):
        labels = _make_labels_map(self.codeobj.co_code, self.exception_entries)
        return _instructions_of(self.codeobj, self.adaptive, self._linestarts,
                                self._line_offset, labels)

    def __repr__(self):
        return f"{type(self).__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode of the innermost frame of tb, marking where it stopped."""
        last = _innermost_entry(tb)
        return cls(last.tb_frame.f_code, current_offset=last.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of the code."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The disassembly as a string."""
        lasti = -1 if self.current_offset is None else self.current_offset
        with io.StringIO() as out:
            _print_code(self.codeobj, out, lasti, self._linestarts, self.exception_entries,
                        self._line_offset, self.show_caches, self.adaptive, self.show_offsets)
            return out.getvalue()


def main():
    """Command line: disassemble a file (or standard input)."""
    import argparse

    cli = argparse.ArgumentParser()
    for short, long, text in (('-C', '--show-caches', 'show inline caches'),
                              ('-O', '--show-offsets', 'show instruction offsets')):
        cli.add_argument(short, long, action='store_true', help=text)
    cli.add_argument('infile', nargs='?', default='-')
    opts = cli.parse_args()
    if opts.infile == '-':
        label, source = '<stdin>', sys.stdin.buffer.read()
    else:
        label = opts.infile
        with open(label, 'rb') as stream:
            source = stream.read()
    dis(compile(source, label, "exec"), show_caches=opts.show_caches,
        show_offsets=opts.show_offsets)


if __name__ == "__main__":
    main()
