"""Internal support module for sre"""

# The compiler: a parsed pattern (a _parser.SubPattern) becomes the list of
# code words that the _sre engine runs, in CPython's format (MAGIC): an INFO
# block, the pattern's code, SUCCESS. A block that can be skipped starts
# with a word that holds its length, filled in once the block is written.

import _sre
from ._constants import *
from . import _parser
from ._casefix import _EXTRA_CASES as _FOLDS

if MAGIC != _sre.MAGIC:
    raise AssertionError("SRE module mismatch")

_CODEBITS = 8 * _sre.CODESIZE
MAXCODE = 2 ** _CODEBITS - 1

# one-character items (what a REPEAT_ONE can repeat)
_ONE_CHAR = frozenset((LITERAL, NOT_LITERAL, ANY, IN))

# repeat kind: (opcode for a general body, the opcode that closes it, opcode
# for a one-character body)
_REPEATS = {
    MAX_REPEAT: (REPEAT, MAX_UNTIL, REPEAT_ONE),
    MIN_REPEAT: (REPEAT, MIN_UNTIL, MIN_REPEAT_ONE),
    POSSESSIVE_REPEAT: (POSSESSIVE_REPEAT, SUCCESS, POSSESSIVE_REPEAT_ONE),
}


def _combine_flags(flags, add_flags, del_flags,
                   TYPE_FLAGS=_parser.TYPE_FLAGS):
    # the flags inside (?add-del:...); a type flag there replaces the
    # pattern's own
    if TYPE_FLAGS & add_flags:
        flags = flags & ~TYPE_FLAGS
    return ~del_flags & (add_flags | flags)


class _Mode:
    # The flags that decide how items compile. Under IGNORECASE (without
    # LOCALE) iscased and tolower come from the engine, and for Unicode
    # patterns folds lists the extra lowercase equivalents.
    def __init__(self, flags):
        self.flags = flags
        self.nocase = bool(flags & SRE_FLAG_IGNORECASE)
        self.locale = bool(flags & SRE_FLAG_LOCALE)
        self.unicode = bool(flags & SRE_FLAG_UNICODE)
        self.iscased = self.tolower = self.folds = None
        if self.nocase and not self.locale:
            if self.unicode:
                self.iscased = _sre.unicode_iscased
                self.tolower = _sre.unicode_tolower
                self.folds = _FOLDS
            else:
                self.iscased = _sre.ascii_iscased
                self.tolower = _sre.ascii_tolower

    def category(self, cat):
        if self.locale:
            return CH_LOCALE[cat]
        return CH_UNICODE[cat] if self.unicode else cat


def _hole(words, *head):
    # writes head and a length word to fill in by _fill; the length word's
    # index
    words += head
    words.append(0)
    return len(words) - 1


def _fill(words, at, extra=0):
    words[at] = len(words) - at + extra


def _compile(code, pattern, flags):
    # appends the code of a list of items
    mode = _Mode(flags)
    for op, arg in pattern:
        emit = _EMITTERS.get(op)
        if emit is None:
            raise PatternError(f"internal: unsupported operand type {op!r}")
        emit(code, op, arg, mode)


def _emit_literal(words, op, ch, mode):
    if not mode.nocase:
        words += (op, ch)
    elif mode.locale:
        words += (OP_LOCALE_IGNORE[op], ch)
    elif not mode.iscased(ch):
        words += (op, ch)
    else:
        low = mode.tolower(ch)
        if mode.folds is None:
            words += (OP_IGNORE[op], low)
        elif low in mode.folds:
            # several lowercase forms: test them as a set
            at = _hole(words, IN_UNI_IGNORE)
            if op is NOT_LITERAL:
                words.append(NEGATE)
            for each in (low,) + mode.folds[low]:
                words += (LITERAL, each)
            words.append(FAILURE)
            _fill(words, at)
        else:
            words += (OP_UNICODE_IGNORE[op], low)


def _emit_in(words, op, items, mode):
    items, cased = _optimize_charset(items, mode.iscased, mode.tolower,
                                     mode.folds)
    if mode.nocase and mode.locale:
        kind = IN_LOC_IGNORE
    elif not cased:
        kind = IN
    else:
        kind = IN_IGNORE if mode.folds is None else IN_UNI_IGNORE
    at = _hole(words, kind)
    _compile_charset(items, mode.flags, words)
    _fill(words, at)


def _emit_any(words, op, arg, mode):
    words.append(ANY_ALL if mode.flags & SRE_FLAG_DOTALL else ANY)


def _emit_repeat(words, op, arg, mode):
    least, most, body = arg
    general, closing, single = _REPEATS[op]
    if _simple(body):
        at = _hole(words, single)
        words += (least, most)
        _compile(words, body, mode.flags)
        words.append(SUCCESS)
        _fill(words, at)
        return
    at = _hole(words, general)
    words += (least, most)
    _compile(words, body, mode.flags)
    _fill(words, at)
    words.append(closing)


def _emit_group(words, op, arg, mode):
    gid, on, off, body = arg
    if gid:
        words += (MARK, 2 * gid - 2)
    _compile(words, body, _combine_flags(mode.flags, on, off))
    if gid:
        words += (MARK, 2 * gid - 1)


def _emit_atomic(words, op, body, mode):
    at = _hole(words, ATOMIC_GROUP)
    _compile(words, body, mode.flags)
    words.append(SUCCESS)
    _fill(words, at)


def _emit_bare(words, op, arg, mode):
    words.append(op)


def _emit_assert(words, op, arg, mode):
    direction, body = arg
    at = _hole(words, op)
    if direction < 0:
        # a lookbehind: how far back it starts
        least, most = body.getwidth()
        if least > MAXCODE:
            raise error("looks too much behind")
        if least != most:
            raise PatternError("look-behind requires fixed-width pattern")
        words.append(least)
    else:
        words.append(0)
    _compile(words, body, mode.flags)
    words.append(SUCCESS)
    _fill(words, at)


def _emit_at(words, op, where, mode):
    if mode.flags & SRE_FLAG_MULTILINE:
        where = AT_MULTILINE.get(where, where)
    if mode.locale:
        where = AT_LOCALE.get(where, where)
    elif mode.unicode:
        where = AT_UNICODE.get(where, where)
    words += (op, where)


def _emit_branch(words, op, arg, mode):
    # BRANCH; per alternative its length, its code and a JUMP past the
    # rest; a 0 (FAILURE) where a length would come ends it
    words.append(op)
    jumps = []
    for alternative in arg[1]:
        at = _hole(words)
        _compile(words, alternative, mode.flags)
        jumps.append(_hole(words, JUMP))
        _fill(words, at)
    words.append(FAILURE)
    for at in jumps:
        _fill(words, at)


def _emit_category(words, op, cat, mode):
    words += (op, mode.category(cat))


def _emit_groupref(words, op, gid, mode):
    if not mode.nocase:
        kind = op
    elif mode.locale:
        kind = GROUPREF_LOC_IGNORE
    else:
        kind = GROUPREF_IGNORE if mode.folds is None else GROUPREF_UNI_IGNORE
    words += (kind, gid - 1)


def _emit_groupref_exists(words, op, arg, mode):
    gid, yes, no = arg
    at = _hole(words, op, gid - 1)
    _compile(words, yes, mode.flags)
    if not no:
        _fill(words, at, 1)
        return
    jump = _hole(words, JUMP)
    _fill(words, at, 1)
    _compile(words, no, mode.flags)
    _fill(words, jump)


_EMITTERS = {
    LITERAL: _emit_literal,
    NOT_LITERAL: _emit_literal,
    IN: _emit_in,
    ANY: _emit_any,
    MAX_REPEAT: _emit_repeat,
    MIN_REPEAT: _emit_repeat,
    POSSESSIVE_REPEAT: _emit_repeat,
    SUBPATTERN: _emit_group,
    ATOMIC_GROUP: _emit_atomic,
    SUCCESS: _emit_bare,
    FAILURE: _emit_bare,
    ASSERT: _emit_assert,
    ASSERT_NOT: _emit_assert,
    AT: _emit_at,
    BRANCH: _emit_branch,
    CATEGORY: _emit_category,
    GROUPREF: _emit_groupref,
    GROUPREF_EXISTS: _emit_groupref_exists,
}


def _compile_charset(charset, flags, code):
    # a set's items, then FAILURE
    mode = None
    for op, arg in charset:
        code.append(op)
        if op is LITERAL:
            code.append(arg)
        elif op is RANGE or op is RANGE_UNI_IGNORE:
            code += (arg[0], arg[1])
        elif op is CHARSET or op is BIGCHARSET:
            code += arg
        elif op is CATEGORY:
            mode = mode or _Mode(flags)
            code.append(mode.category(arg))
        elif op is not NEGATE:
            raise PatternError(f"internal: unsupported set operator {op!r}")
    code.append(FAILURE)


def _set_members(charmap, op, arg, iscased, fixup, fixes):
    # marks a LITERAL or RANGE item's characters (folded by fixup, with
    # their fixes) in charmap, in order, so that IndexError comes at the
    # first one past its end; tells whether any of them is cased
    chars = (arg,) if op is LITERAL else range(arg[0], arg[1] + 1)
    if fixup is None:
        for ch in chars:
            charmap[ch] = 1
        return False
    for ch in chars:
        low = fixup(ch)
        charmap[low] = 1
        if fixes and low in fixes:
            for other in fixes[low]:
                charmap[other] = 1
    return any(map(iscased, chars))


def _optimize_charset(charset, iscased=None, fixup=None, fixes=None):
    # The shortest form of a set's items, and whether case matters in it:
    # literals and ranges if its characters make at most two runs, else a
    # bitmap of the first 256 (CHARSET) or 65536 (BIGCHARSET) characters.
    # Items past those, and categories, stay as they are, after.
    negation = []
    rest = []
    charmap = bytearray(256)
    cased = False
    for op, arg in charset:
        if op is NEGATE:
            negation.append((op, arg))
        elif op is not LITERAL and op is not RANGE:
            rest.append((op, arg))
        else:
            while True:
                try:
                    cased = _set_members(charmap, op, arg, iscased, fixup,
                                         fixes) or cased
                except IndexError:
                    if len(charmap) < 0x10000:
                        # beyond Latin-1: widen to the BMP, mark it again
                        charmap.extend(bytes(0x10000 - len(charmap)))
                        continue
                    # beyond the BMP (whose part is marked): such a
                    # character folds to one character, so the engine
                    # can compare it case-insensitively by itself
                    if fixup is not None:
                        cased = True
                        if op is RANGE:
                            op = RANGE_UNI_IGNORE
                    rest.append((op, arg))
                break

    runs = _runs(charmap)
    if runs is not None:
        shorter = negation
        for first, stop in runs:
            if stop == first + 1:
                shorter.append((LITERAL, first))
            else:
                shorter.append((RANGE, (first, stop - 1)))
        shorter += rest
        if cased or len(shorter) < len(charset):
            return shorter, cased
        # what the parser gave is as good
        return charset, cased

    if len(charmap) == 256:
        return negation + [(CHARSET, _mk_bitmap(charmap))] + rest, cased

    # BIGCHARSET: the BMP as 256 blocks of 256 characters, equal blocks kept
    # once. Words: the number of distinct blocks, the 256 block numbers as
    # bytes packed into words, then the blocks' bitmaps.
    numbering = {}
    index = bytearray()
    distinct = bytearray()
    for base in range(0, 0x10000, 0x100):
        block = bytes(charmap[base:base + 0x100])
        if block not in numbering:
            numbering[block] = len(numbering)
            distinct += block
        index.append(numbering[block])
    big = [len(numbering)] + _bytes_to_codes(index) + _mk_bitmap(distinct)
    return negation + [(BIGCHARSET, big)] + rest, cased


def _runs(charmap):
    # [(first, stop)] of the runs of marked characters; None past two
    found = []
    stop = 0
    while True:
        first = charmap.find(1, stop)
        if first < 0:
            return found
        if len(found) == 2:
            return None
        stop = charmap.find(0, first)
        if stop < 0:
            found.append((first, len(charmap)))
            return found
        found.append((first, stop))


_AS_DIGITS = bytes([48]) + bytes([49]) * 255


def _mk_bitmap(bits):
    # a word per _CODEBITS bytes of bits, a bit per byte (set if non-zero),
    # the first byte in the lowest bit
    digits = bytes(bits).translate(_AS_DIGITS)
    return [int(digits[at:at + _CODEBITS][::-1], 2)
            for at in range(0, len(digits), _CODEBITS)]


def _bytes_to_codes(b):
    # bytes packed into words, in the machine's byte order
    from sys import byteorder
    size = _sre.CODESIZE
    return [int.from_bytes(b[at:at + size], byteorder)
            for at in range(0, len(b), size)]


def _simple(p):
    # whether p is exactly one one-character item, perhaps inside
    # non-capturing groups
    while len(p) == 1:
        op, arg = p[0]
        if op is not SUBPATTERN:
            return op in _ONE_CHAR
        if arg[0] is not None:
            return False
        p = arg[3]
    return False


def _generate_overlap_table(prefix):
    # per position i, the length of the longest proper prefix of prefix
    # that ends at i: Knuth, Morris and Pratt's failure function
    overlap = [0] * len(prefix)
    k = 0
    for i in range(1, len(prefix)):
        while k and prefix[k] != prefix[i]:
            k = overlap[k - 1]
        if prefix[k] == prefix[i]:
            k += 1
        overlap[i] = k
    return overlap


def _get_iscased(flags):
    if flags & SRE_FLAG_IGNORECASE:
        if flags & SRE_FLAG_UNICODE:
            return _sre.unicode_iscased
        return _sre.ascii_iscased
    return None


def _locale_nocase(flags):
    return bool(flags & SRE_FLAG_LOCALE) and bool(flags & SRE_FLAG_IGNORECASE)


def _get_literal_prefix(pattern, flags):
    # (characters every match begins with, how many come before the first
    # capturing group or None, whether they are all of the pattern)
    chars = []
    before_group = None
    cased = _get_iscased(flags)
    for op, arg in pattern.data:
        if op is SUBPATTERN:
            inner = _combine_flags(flags, arg[1], arg[2])
            if _locale_nocase(inner):
                return chars, before_group, False
            more, more_before, whole = _get_literal_prefix(arg[3], inner)
            if before_group is None:
                if arg[0] is not None:
                    before_group = len(chars)
                elif more_before is not None:
                    before_group = len(chars) + more_before
            chars += more
            if not whole:
                return chars, before_group, False
        elif op is LITERAL and not (cased and cased(arg)):
            chars.append(arg)
        else:
            return chars, before_group, False
    return chars, before_group, True


def _get_charset_prefix(pattern, flags):
    # the items of a set that every match's first character is in, or None
    items = pattern.data
    while items and items[0][0] is SUBPATTERN:
        arg = items[0][1]
        flags = _combine_flags(flags, arg[1], arg[2])
        if _locale_nocase(flags):
            return None
        items = arg[3].data
    if not items:
        return None
    op, arg = items[0]
    cased = _get_iscased(flags)
    if op is LITERAL:
        return None if cased and cased(arg) else [(op, arg)]
    if op is BRANCH:
        firsts = []
        for alternative in arg[1]:
            if not alternative or alternative[0][0] is not LITERAL:
                return None
            if cased and cased(alternative[0][1]):
                return None
            firsts.append(alternative[0])
        return firsts
    if op is not IN:
        return None
    if cased:
        for item_op, item_arg in arg:
            if item_op is LITERAL:
                chars = (item_arg,)
            elif item_op is RANGE:
                if item_arg[1] > 0xffff:
                    return None
                chars = range(item_arg[0], item_arg[1] + 1)
            else:
                continue
            if any(map(cased, chars)):
                return None
    return arg


def _compile_info(code, pattern, flags):
    # INFO, its length, a flags word, the least and most width; then a
    # literal prefix (its length, skip, characters and overlap table) or
    # a set that the first character is in
    least, most = pattern.getwidth()
    most = min(most, MAXCODE)
    if not least:
        code += (INFO, 4, 0, least, most)
        return
    chars = []
    charset = None
    if not _locale_nocase(flags):
        chars, skip, whole = _get_literal_prefix(pattern, flags)
        if not chars:
            charset = _get_charset_prefix(pattern, flags)
    at = _hole(code, INFO)
    if chars:
        info = SRE_INFO_PREFIX
        if whole and skip is None:
            info |= SRE_INFO_LITERAL
    else:
        info = SRE_INFO_CHARSET if charset else 0
    code.append(info)
    if least >= MAXCODE:
        least = MAXCODE
        chars = chars[:MAXCODE]
    code += (least, most)
    if chars:
        code += (len(chars), len(chars) if skip is None else skip)
        code += chars
        code += _generate_overlap_table(chars)
    elif charset:
        _compile_charset(_optimize_charset(charset)[0], flags, code)
    _fill(code, at)


def isstring(obj):
    return isinstance(obj, (bytes, str))


def _code(p, flags):
    # the whole program of parsed pattern p
    flags |= p.state.flags
    words = []
    _compile_info(words, p, flags)
    _compile(words, p.data, flags)
    words.append(SUCCESS)
    return words


def _hex_code(code):
    digits = 2 * _sre.CODESIZE
    return '[' + ', '.join('0x' + format(w, '0%dx' % digits) for w in code) + ']'


def dis(code):
    """Prints code words as the DEBUG flag shows them."""
    _Listing(code).block(0, len(code))


# operand layouts for the listing
_NO_ARG = frozenset((SUCCESS, FAILURE, ANY, ANY_ALL, MAX_UNTIL, MIN_UNTIL,
                     NEGATE))
_CHAR_ARG = frozenset((LITERAL, NOT_LITERAL, LITERAL_IGNORE,
                       NOT_LITERAL_IGNORE, LITERAL_UNI_IGNORE,
                       NOT_LITERAL_UNI_IGNORE, LITERAL_LOC_IGNORE,
                       NOT_LITERAL_LOC_IGNORE))
_INT_ARG = frozenset((MARK, GROUPREF, GROUPREF_IGNORE, GROUPREF_UNI_IGNORE,
                      GROUPREF_LOC_IGNORE))
_SET_OPS = frozenset((IN, IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE))
_REPEAT_OPS = frozenset((REPEAT, REPEAT_ONE, MIN_REPEAT_ONE,
                         POSSESSIVE_REPEAT, POSSESSIVE_REPEAT_ONE))


class _Listing:
    def __init__(self, code):
        self.code = code
        self.targets = set()
        self.depth = 0
        self.digits = len(str(len(code) - 1))

    def show(self, at, *fields, to=None):
        # a numbered line: ':' marks an offset that something jumps to
        if to is not None:
            self.targets.add(to)
            fields = fields + ('(to %d)' % to,)
        sep = ':' if at in self.targets else '.'
        print(str(at).rjust(self.digits) + sep + ' ', end='  ' * (self.depth - 1))
        print(*fields)

    def cont(self, *fields):
        # an unnumbered continuation line
        print(end=' ' * (self.digits + 2 * self.depth))
        print(*fields)

    def block(self, pc, end):
        words = self.code
        self.depth += 1
        while pc < end:
            at = pc
            op = OPCODES[words[pc]]
            pc += 1
            if op in _NO_ARG:
                self.show(at, op)
            elif op in _CHAR_ARG:
                self.show(at, op, '%#02x (%r)' % (words[pc], chr(words[pc])))
                pc += 1
            elif op in _INT_ARG:
                self.show(at, op, words[pc])
                pc += 1
            elif op is AT or op is CATEGORY:
                name = str((ATCODES if op is AT else CHCODES)[words[pc]])
                self.show(at, op, name.partition('_')[2])
                pc += 1
            elif op in _SET_OPS or op is ATOMIC_GROUP:
                self.show(at, op, words[pc], to=pc + words[pc])
                self.block(pc + 1, pc + words[pc])
                pc += words[pc]
            elif op is RANGE or op is RANGE_UNI_IGNORE:
                lo, hi = words[pc], words[pc + 1]
                self.show(at, op, '%#02x %#02x (%r-%r)'
                          % (lo, hi, chr(lo), chr(hi)))
                pc += 2
            elif op is CHARSET:
                self.show(at, op, _hex_code(words[pc:pc + 256 // _CODEBITS]))
                pc += 256 // _CODEBITS
            elif op is BIGCHARSET:
                pc = self.bigcharset(at, op, pc)
            elif op is JUMP:
                self.show(at, op, words[pc], to=pc + words[pc])
                pc += 1
            elif op is BRANCH:
                pc = self.branch(at, op, pc)
            elif op in _REPEAT_OPS:
                self.show(at, op, words[pc], words[pc + 1],
                          _bound(words[pc + 2]), to=pc + words[pc])
                self.block(pc + 3, pc + words[pc])
                pc += words[pc]
            elif op is GROUPREF_EXISTS:
                self.show(at, op, words[pc], words[pc + 1],
                          to=pc + words[pc + 1])
                pc += 2
            elif op is ASSERT or op is ASSERT_NOT:
                self.show(at, op, words[pc], words[pc + 1],
                          to=pc + words[pc])
                self.block(pc + 2, pc + words[pc])
                pc += words[pc]
            elif op is INFO:
                pc = self.info(at, op, pc)
            else:
                raise ValueError(op)
        self.depth -= 1

    def bigcharset(self, at, op, pc):
        from sys import byteorder
        words = self.code
        blocks = words[pc]
        pc += 1
        n = 256 // _sre.CODESIZE
        numbers = []
        for w in words[pc:pc + n]:
            numbers += w.to_bytes(_sre.CODESIZE, byteorder)
        self.show(at, op, blocks, numbers)
        pc += n
        self.depth += 1
        for _ in range(blocks):
            self.cont(_hex_code(words[pc:pc + 256 // _CODEBITS]))
            pc += 256 // _CODEBITS
        self.depth -= 1
        return pc

    def branch(self, at, op, pc):
        words = self.code
        self.show(at, op, words[pc], to=pc + words[pc])
        while words[pc]:
            self.block(pc + 1, pc + words[pc])
            pc += words[pc]
            if words[pc]:
                self.show(pc, 'branch', words[pc], to=pc + words[pc])
            else:
                self.show(pc, FAILURE)
        return pc + 1

    def info(self, at, op, pc):
        words = self.code
        length, bits = words[pc], words[pc + 1]
        self.show(at, op, length, bin(bits), words[pc + 2],
                  _bound(words[pc + 3]), to=pc + length)
        here = pc + 4
        if bits & SRE_INFO_PREFIX:
            count = words[here]
            self.cont('  prefix_skip', words[here + 1])
            here += 2
            chars = words[here:here + count]
            self.cont('  prefix',
                      '[' + ', '.join('%#02x' % ch for ch in chars) + ']',
                      '(%r)' % ''.join(chr(ch) for ch in chars))
            here += count
            self.cont('  overlap', words[here:here + count])
            here += count
        if bits & SRE_INFO_CHARSET:
            self.depth += 1
            self.cont('in')
            self.block(here, pc + length)
            self.depth -= 1
        return pc + length


def _bound(n):
    return 'MAXREPEAT' if n == MAXREPEAT else n


def compile(p, flags=0):
    """The engine's Pattern for p: a pattern (str or bytes), or a parsed
    SubPattern."""
    source = p if isstring(p) else None
    if source is not None:
        p = _parser.parse(source, flags)
    words = _code(p, flags)
    if flags & SRE_FLAG_DEBUG:
        print()
        dis(words)
    state = p.state
    names = [None] * state.groups
    for name, gid in state.groupdict.items():
        names[gid] = name
    return _sre.compile(source, state.flags | flags, words, state.groups - 1,
                        state.groupdict, tuple(names))
