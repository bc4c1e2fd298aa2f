"""Internal support module for sre: the pattern parser."""

# The parser: a pattern (str or bytes) becomes a SubPattern, a list of
# (opcode, argument) pairs that _compiler turns into the engine's code.
#
# Warnings name the caller of re.compile (or re.match, ...): a function's
# `depth` is its frame's depth below parse() less one (each call passes
# depth + 1), and the stack above parse() is _compiler.compile, re._compile
# and the public function, so stacklevel depth + 6 is that caller.

from ._constants import *  # opcodes, flags, error

SPECIAL_CHARS = '.\\[{()*+?^$|'
REPEAT_CHARS = '*+?{'

DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset(DIGITS - set("89"))
HEXDIGITS = frozenset(DIGITS | set("abcdefABCDEF"))
ASCIILETTERS = frozenset(map(chr, [*range(0x41, 0x5b), *range(0x61, 0x7b)]))
WHITESPACE = frozenset(' \t\n\r\v\f')

_REPEATCODES = frozenset((MIN_REPEAT, MAX_REPEAT, POSSESSIVE_REPEAT))
_UNITCODES = frozenset((ANY, RANGE, IN, LITERAL, NOT_LITERAL, CATEGORY))

# one-character escapes: \a \b \f \n \r \t \v \\
ESCAPES = {'\\' + key: (LITERAL, ord(value))
           for key, value in zip('abfnrtv\\', '\a\b\f\n\r\t\v\\')}

# class and anchor escapes
CATEGORIES = {  # anchors; the classes are added below
    '\\A': (AT, AT_BEGINNING_STRING),
    '\\b': (AT, AT_BOUNDARY),
    '\\B': (AT, AT_NON_BOUNDARY),
    '\\Z': (AT, AT_END_STRING),
}
for _key, _cat in zip('dDsSwW', CHCODES[:6]):
    CATEGORIES['\\' + _key] = (IN, [(CATEGORY, _cat)])
del _key, _cat

# inline flag letters
FLAGS = {
    'i': SRE_FLAG_IGNORECASE,
    'L': SRE_FLAG_LOCALE,
    'm': SRE_FLAG_MULTILINE,
    's': SRE_FLAG_DOTALL,
    'x': SRE_FLAG_VERBOSE,
    'a': SRE_FLAG_ASCII,
    'u': SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII
GLOBAL_FLAGS = SRE_FLAG_DEBUG  # flags only a whole pattern can have

# The widest width getwidth() reports: more than MAXREPEAT, MAXCODE and
# sys.maxsize, so "unbounded" never passes for a real number.
MAXWIDTH = 2 ** 64


class State:
    """What the parse of one pattern has learnt so far: its flags, groups and
    group names, the widths of closed groups, and more."""

    def __init__(self):
        self.flags, self.groupdict = 0, {}
        # groupwidths[gid] is None while group gid is open; slot 0 is the
        # whole match
        self.groupwidths = [None]
        # while in a lookbehind: the number of the first group inside it
        self.lookbehindgroups = None
        # group numbers named by conditionals, checked when the parse ends
        self.grouprefpos = {}

    @property
    def groups(self):
        """The number of groups opened so far, plus one."""
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = self.groups
        if gid >= MAXGROUPS:
            self.groupwidths += [None]
            raise error('too many groups')
        self.groupwidths += [None]
        if name is None:
            return gid
        if name in self.groupdict:
            raise error('redefinition of group name %r as group %d; was '
                        'group %d' % (name, gid, self.groupdict[name]))
        self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        # its width, for references to it (and lookbehinds)
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        """Whether group gid exists and is closed."""
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        # a lookbehind may refer only to groups closed before it began
        first = self.lookbehindgroups
        if first is None:
            return
        if not (gid < self.groups and self.groupwidths[gid] is not None):
            raise source.error('cannot refer to an open group')
        if gid >= first:
            raise source.error('cannot refer to group defined in the same'
                               ' lookbehind subpattern')


class SubPattern:
    """A parsed (sub)pattern: data is its list of (opcode, argument)."""

    def __init__(self, state, data=None):
        self.state, self.width = state, None
        self.data = [] if data is None else data

    def dump(self, level=0):
        """Prints the items, one a line, indented by nesting."""
        pad = '  ' * level
        for op, arg in self.data:
            head = pad + str(op)
            if op is IN:
                print(head)
                for member in arg:
                    print(pad + '  ' + str(member[0]), member[1])
            elif op is BRANCH:
                print(head)
                for n, alternative in enumerate(arg[1]):
                    if n > 0:
                        print(pad + 'OR')
                    alternative.dump(level + 1)
            elif op is GROUPREF_EXISTS:
                print(head, arg[0])
                arg[1].dump(level + 1)
                if arg[2]:
                    print(pad + 'ELSE')
                    arg[2].dump(level + 1)
            elif type(arg) is SubPattern:
                print(head)
                arg.dump(level + 1)
            elif type(arg) in (list, tuple):
                # plain values on the opcode's line, a subpattern below it
                line = head
                for value in arg:
                    if isinstance(value, SubPattern):
                        if line is not None:
                            print(line)
                            line = None
                        value.dump(level + 1)
                    else:
                        line = (line if line is not None else '') + ' ' + \
                            str(value)
                if line is not None:
                    print(line)
            else:
                print(head, arg)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, i):
        del self.data[i]

    def __getitem__(self, i):
        if type(i) is slice:
            return SubPattern(self.state, self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def insert(self, i, item):
        self.data.insert(i, item)

    def append(self, item):
        self.data.append(item)

    def getwidth(self):
        """(fewest, most) characters this subpattern can match, each at
        most MAXWIDTH; computed once."""
        if self.width is None:
            self.width = self._measure()
        return self.width

    def _measure(self):
        least = most = 0
        for op, arg in self.data:
            if op in _UNITCODES:
                a = b = 1
            elif op is SUBPATTERN:
                a, b = arg[3].getwidth()
            elif op is ATOMIC_GROUP:
                a, b = arg.getwidth()
            elif op is BRANCH:
                widths = [alt.getwidth() for alt in arg[1]]
                a = min([MAXWIDTH] + [w[0] for w in widths])
                b = max([0] + [w[1] for w in widths])
            elif op in _REPEATCODES:
                low, high, item = arg
                a, b = item.getwidth()
                a *= low
                if high == MAXREPEAT and b:
                    # unbounded: the most stays past MAXWIDTH from here
                    least += a
                    most = MAXWIDTH
                    continue
                b *= high
            elif op is GROUPREF:
                a, b = self.state.groupwidths[arg]
            elif op is GROUPREF_EXISTS:
                a, b = arg[1].getwidth()
                if arg[2] is None:
                    a = 0
                else:
                    c, d = arg[2].getwidth()
                    a, b = min(a, c), max(b, d)
            elif op is SUCCESS:
                break
            else:
                continue
            least += a
            most += b
        return min(least, MAXWIDTH), min(most, MAXWIDTH)


class Tokenizer:
    """The pattern as a stream of tokens: one character, or a backslash and
    the character after it. next is the coming token (None at the end)."""

    def __init__(self, string):
        text = isinstance(string, str)
        self.string, self.istext = string, text
        # bytes are read as latin-1 text, one character a byte
        if text:
            self.decoded_string = string
        else:
            self.decoded_string = str(string, 'latin1')
        self.index, self.next = 0, None
        self._advance()

    def _advance(self):
        text, at = self.decoded_string, self.index
        if at >= len(text):
            self.next = None
            return
        token = text[at]
        if token == '\\':
            token = text[at:at + 2]
            if len(token) < 2:
                raise error('bad escape (end of pattern)', self.string,
                            len(self.string) - 1) from None
        self.index = at + len(token)
        self.next = token

    def match(self, expected):
        """Consumes the next token if it is expected."""
        if expected == self.next:
            self._advance()
            return True
        return False

    def get(self):
        """Consumes and returns the next token."""
        token = self.next
        self._advance()
        return token

    def getwhile(self, n, allowed):
        """Consumes up to n tokens while they are in allowed."""
        taken = ''
        while len(taken) < n and self.next in allowed:
            taken += self.get()
        return taken

    def getuntil(self, terminator, name):
        """The text up to terminator (consumed), which must not be empty;
        name names it in errors."""
        found = ''
        while True:
            token = self.get()
            if token == terminator:
                if found:
                    return found
                raise self.error('missing ' + name, 1)
            if token is None:
                if found:
                    raise self.error('missing %s, unterminated name'
                                     % terminator, len(found))
                raise self.error('missing ' + name)
            found += token

    @property
    def pos(self):
        """Where the next token starts."""
        return self.tell()

    def tell(self):
        return self.index - (len(self.next) if self.next else 0)

    def seek(self, where):
        self.index = where
        self._advance()

    def error(self, msg, offset=0):
        """A PatternError at offset characters before the next token."""
        if not self.istext:
            # messages about bytes patterns stay ASCII
            msg = msg.encode('ascii', 'backslashreplace').decode()
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        # a group name is an identifier, and ASCII in bytes patterns
        if not self.istext and not name.isascii():
            raise self.error('bad character in group name %a' % name,
                             len(name) + offset)
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name,
                             len(name) + offset)


def _code_point_escape(src, escape):
    # \xhh, \uhhhh, \Uhhhhhhhh and \N{name}, the same in and out of sets;
    # None for any other escape.
    kind = escape[1]
    if kind == 'x':
        digits = 2
    elif kind == 'u' and src.istext:
        digits = 4
    elif kind == 'U' and src.istext:
        digits = 8
    elif kind == 'N' and src.istext:
        if not src.match('{'):
            raise src.error("missing {")
        name = src.getuntil('}', 'character name')
        import unicodedata
        try:
            return LITERAL, ord(unicodedata.lookup(name))
        except (KeyError, TypeError):
            raise src.error("undefined character name %r" % name,
                            len(name) + 4) from None
    else:
        return None
    escape += src.getwhile(digits, HEXDIGITS)
    if len(escape) != digits + 2:
        raise src.error("incomplete escape " + escape, len(escape))
    value = int(escape[2:], 16)
    if value > 0x10ffff:
        raise src.error("bad escape " + escape, len(escape))
    return LITERAL, value


def _octal_literal(src, escape):
    value = int(escape[1:], 8)
    if value > 0o377:
        raise src.error('octal escape value %s outside of range 0-0o377'
                        % escape, len(escape))
    return LITERAL, value


def _plain_escape(src, escape):
    # a backslash before a character that is not a letter or digit means
    # that character
    char = escape[1]
    if len(escape) == 2 and char not in ASCIILETTERS and char not in DIGITS:
        return LITERAL, ord(char)
    raise src.error("bad escape " + escape, len(escape))


def _class_escape(src, escape):
    # an escape inside [...]
    code = ESCAPES.get(escape)
    if code is not None:
        return code
    code = CATEGORIES.get(escape)
    if code is not None and code[0] is IN:
        return code
    code = _code_point_escape(src, escape)
    if code is not None:
        return code
    if escape[1] in OCTDIGITS:
        return _octal_literal(src, escape + src.getwhile(2, OCTDIGITS))
    return _plain_escape(src, escape)


def _escape(src, escape, st):
    # an escape outside sets
    code = CATEGORIES.get(escape) or ESCAPES.get(escape)
    if code is not None:
        return code
    code = _code_point_escape(src, escape)
    if code is not None:
        return code
    first = escape[1]
    if first == '0':
        escape += src.getwhile(2, OCTDIGITS)
        return LITERAL, int(escape[1:], 8)
    if first not in DIGITS:
        return _plain_escape(src, escape)
    # \1 to \99 refer to groups; three octal digits are a character
    if src.next in DIGITS:
        escape += src.get()
        if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS
                and src.next in OCTDIGITS):
            return _octal_literal(src, escape + src.get())
    gid = int(escape[1:])
    if gid >= st.groups:
        raise src.error("invalid group reference %d" % gid,
                        len(escape) - 1)
    if not st.checkgroup(gid):
        raise src.error("cannot refer to an open group", len(escape))
    st.checklookbehindgroup(gid, src)
    return GROUPREF, gid


def _uniq(items):
    # items without repeats, first occurrences kept in order
    return list(dict.fromkeys(items))


def _parse_sub(src, st, verbose, depth):
    # alternatives separated by |
    branches = []
    while True:
        branches.append(_parse(src, st, verbose, depth + 1,
                               depth == 0 and not branches))
        if not src.match('|'):
            break
        if not depth:
            # the flags of a whole pattern may have been set in its first
            # alternative
            verbose = st.flags & SRE_FLAG_VERBOSE
    if len(branches) == 1:
        return branches[0]

    result = SubPattern(st)
    # hoist a head that every alternative starts with
    while all(branches) and all(b[0] == branches[0][0] for b in branches[1:]):
        head = branches[0][0]
        for b in branches:
            del b[0]
        result.append(head)

    # alternatives of one character each become a set
    members = []
    for b in branches:
        if len(b) != 1:
            break
        op, av = b[0]
        if op is LITERAL:
            members.append((op, av))
        elif op is IN and av[0][0] is not NEGATE:
            members += av
        else:
            break
    else:
        result.append((IN, _uniq(members)))
        return result

    result.append((BRANCH, (None, branches)))
    return result


def _warn(message, category, stacklevel):
    from warnings import warn
    warn(message, category, stacklevel=stacklevel + 1)


def _parse_set(src, depth):
    # the items of [...] after the [
    start = src.tell() - 1
    if src.next == '[':
        _warn('Possible nested set at position %d' % src.tell(),
              FutureWarning, depth + 6)
    negate = src.match('^')
    items = []
    while True:
        this = src.get()
        if this is None:
            raise src.error("unterminated character set",
                            src.tell() - start)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(src, this)
        else:
            if items and this in '-&~|' and src.next == this:
                operation = {'-': 'difference', '&': 'intersection',
                             '~': 'symmetric difference'}.get(this, 'union')
                _warn('Possible set %s at position %d'
                      % (operation, src.tell() - 1),
                      FutureWarning, depth + 6)
            code1 = LITERAL, ord(this)
        if not src.match('-'):
            items.append(code1[1][0] if code1[0] is IN else code1)
            continue
        # a range, or a '-' before the closing ]
        that = src.get()
        if that is None:
            raise src.error("unterminated character set",
                            src.tell() - start)
        if that == ']':
            items.append(code1[1][0] if code1[0] is IN else code1)
            items.append((LITERAL, ord('-')))
            break
        if that[0] == '\\':
            code2 = _class_escape(src, that)
        else:
            if that == '-':
                _warn('Possible set difference at position %d'
                      % (src.tell() - 2), FutureWarning, depth + 6)
            code2 = LITERAL, ord(that)
        if (code1[0] != LITERAL or code2[0] != LITERAL
                or code2[1] < code1[1]):
            raise src.error("bad character range %s-%s" % (this, that),
                            len(this) + 1 + len(that))
        items.append((RANGE, (code1[1], code2[1])))

    items = _uniq(items)
    if len(items) == 1 and items[0][0] is LITERAL:
        if negate:
            return NOT_LITERAL, items[0][1]
        return items[0]
    if negate:
        items.insert(0, (NEGATE, None))
    # whether a set of literals can become a bitmap depends on flags that
    # may still change, so that is the compiler's business
    return IN, items


def _parse_braces(src):
    # after '{': (min, max) of a {m,n} repeat, or None when the brace is a
    # literal (the position is then back just after it)
    here = src.tell()
    lo = hi = ''
    while src.next in DIGITS:
        lo += src.get()
    if src.match(','):
        while src.next in DIGITS:
            hi += src.get()
    else:
        hi = lo
    if not src.match('}'):
        src.seek(here)
        return None
    least, most = 0, MAXREPEAT
    if lo:
        least = int(lo)
        if least >= MAXREPEAT:
            raise OverflowError('the repetition number is too large')
    if hi:
        most = int(hi)
        if most >= MAXREPEAT:
            raise OverflowError('the repetition number is too large')
        if most < least:
            raise src.error("min repeat greater than max repeat",
                            src.tell() - here)
    return least, most


_GLOBAL_FLAGS = object()

_SIMPLE_REPEATS = {'?': (0, 1), '*': (0, MAXREPEAT), '+': (1, MAXREPEAT)}


def _parse(src, st, verbose, depth, first=False):
    # a sequence of items, up to | or ) or the end
    seq = SubPattern(st)
    append = seq.append

    while True:
        this = src.next
        if this is None or this in '|)':
            break
        src.get()

        if verbose:
            if this in WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = src.get()
                    if this is None or this == '\n':
                        break
                continue

        if this[0] == '\\':
            append(_escape(src, this, st))
        elif this not in SPECIAL_CHARS:
            append((LITERAL, ord(this)))
        elif this == '[':
            append(_parse_set(src, depth + 1))
        elif this in REPEAT_CHARS:
            here = src.tell()
            if this != '{':
                bounds = _SIMPLE_REPEATS[this]
            elif src.next == '}':
                append((LITERAL, ord(this)))
                continue
            else:
                bounds = _parse_braces(src)
                if bounds is None:
                    append((LITERAL, ord(this)))
                    continue
            offset = src.tell() - here + len(this)
            if not seq or seq[-1][0] is AT:
                raise src.error("nothing to repeat", offset)
            last_op, last_av = seq[-1]
            if last_op in _REPEATCODES:
                raise src.error("multiple repeat", offset)
            if (last_op is SUBPATTERN and last_av[0] is None
                    and not last_av[1] and not last_av[2]):
                item = last_av[3]
            else:
                item = seq[-1:]
            if src.match('?'):
                kind = MIN_REPEAT
            elif src.match('+'):
                kind = POSSESSIVE_REPEAT
            else:
                kind = MAX_REPEAT
            seq[-1] = (kind, (bounds[0], bounds[1], item))
        elif this == '.':
            append((ANY, None))
        elif this == '(':
            code = _parse_group(src, st, verbose, depth + 1,
                                first and not seq)
            if code is _GLOBAL_FLAGS:
                # (?x) at the start switches verbose mode on from here
                verbose = st.flags & SRE_FLAG_VERBOSE
            elif code is not None:
                append(code)
        elif this == '^':
            append((AT, AT_BEGINNING))
        elif this == '$':
            append((AT, AT_END))
        else:
            raise AssertionError("unsupported special character %r" % this)

    # splice in the items of plain (?:...) groups
    data = seq.data
    for i in range(len(data) - 1, -1, -1):
        op, av = data[i]
        if op is SUBPATTERN and av[0] is None and not av[1] and not av[2]:
            data[i:i + 1] = av[3].data
    return seq


def _parse_group(src, st, verbose, depth, at_start):
    # after '(': the group's item, None for a comment, _GLOBAL_FLAGS for
    # global flags
    start = src.tell() - 1
    name = None
    capturing = True
    is_atomic = False
    on = off = 0
    if src.match('?'):
        ext = src.get()
        if ext is None:
            raise src.error("unexpected end of pattern")
        if ext == 'P':
            if src.match('<'):
                name = src.getuntil('>', 'group name')
                src.checkgroupname(name, 1)
            elif src.match('='):
                name = src.getuntil(')', 'group name')
                src.checkgroupname(name, 1)
                gid = st.groupdict.get(name)
                if gid is None:
                    raise src.error("unknown group name %r" % name,
                                    len(name) + 1)
                if not st.checkgroup(gid):
                    raise src.error("cannot refer to an open group",
                                    len(name) + 1)
                st.checklookbehindgroup(gid, src)
                return GROUPREF, gid
            else:
                ext = src.get()
                if ext is None:
                    raise src.error("unexpected end of pattern")
                raise src.error("unknown extension ?P" + ext,
                                len(ext) + 2)
        elif ext == ':':
            capturing = False
        elif ext == '#':
            while src.next is not None:
                if src.get() == ')':
                    return None
            raise src.error("missing ), unterminated comment",
                               src.tell() - start)
        elif ext in ('=', '!', '<'):
            return _parse_lookaround(src, st, verbose, depth + 1,
                                     start, ext)
        elif ext == '(':
            return _parse_conditional(src, st, verbose, depth + 1,
                                      start)
        elif ext == '>':
            capturing = False
            is_atomic = True
        elif ext in FLAGS or ext == '-':
            flags = _parse_flags(src, st, ext)
            if flags is None:
                if not at_start:
                    raise src.error('global flags not at the start of '
                                    'the expression',
                                    src.tell() - start)
                return _GLOBAL_FLAGS
            on, off = flags
            capturing = False
        else:
            raise src.error("unknown extension ?" + ext, len(ext) + 1)

    group = None
    if capturing:
        try:
            group = st.opengroup(name)
        except error as exc:
            raise src.error(exc.msg, len(name) + 1) from None
    if off & SRE_FLAG_VERBOSE:
        inner_verbose = False
    else:
        inner_verbose = verbose or on & SRE_FLAG_VERBOSE
    p = _parse_sub(src, st, inner_verbose, depth + 1)
    if not src.match(')'):
        raise src.error("missing ), unterminated subpattern",
                           src.tell() - start)
    if group is not None:
        st.closegroup(group, p)
    if is_atomic:
        return ATOMIC_GROUP, p
    return SUBPATTERN, (group, on, off, p)


def _parse_lookaround(src, st, verbose, depth, start, ext):
    # (?=...), (?!...), (?<=...), (?<!...)
    direction = 1
    outer = st.lookbehindgroups
    if ext == '<':
        ext = src.get()
        if ext is None:
            raise src.error("unexpected end of pattern")
        if ext not in ('=', '!'):
            raise src.error("unknown extension ?<" + ext, len(ext) + 2)
        direction = -1
        if outer is None:
            st.lookbehindgroups = st.groups
    p = _parse_sub(src, st, verbose, depth + 1)
    if direction < 0 and outer is None:
        st.lookbehindgroups = None
    if not src.match(')'):
        raise src.error("missing ), unterminated subpattern",
                           src.tell() - start)
    if ext == '=':
        return ASSERT, (direction, p)
    if p:
        return ASSERT_NOT, (direction, p)
    # (?!) never matches
    return FAILURE, ()


def _parse_conditional(src, st, verbose, depth, start):
    # (?(group)yes|no)
    ref = src.getuntil(')', 'group name')
    if ref.isdecimal() and ref.isascii():
        gid = int(ref)
        if not gid:
            raise src.error("bad group number", len(ref) + 1)
        if gid >= MAXGROUPS:
            raise src.error("invalid group reference %d" % gid,
                            len(ref) + 1)
        # a group defined later is fine: parse() checks these at the end
        st.grouprefpos.setdefault(gid, src.tell() - len(ref) - 1)
    else:
        src.checkgroupname(ref, 1)
        gid = st.groupdict.get(ref)
        if gid is None:
            raise src.error("unknown group name %r" % ref, len(ref) + 1)
    st.checklookbehindgroup(gid, src)
    yes = _parse(src, st, verbose, depth + 1)
    no = None
    if src.match('|'):
        no = _parse(src, st, verbose, depth + 1)
        if src.next == '|':
            raise src.error("conditional backref with more than two "
                            "branches")
    if not src.match(')'):
        raise src.error("missing ), unterminated subpattern",
                           src.tell() - start)
    return GROUPREF_EXISTS, (gid, yes, no)


def _parse_flags(src, st, letter):
    # after (? and the first flag letter or '-': (add, remove) for a
    # scoped (?flags-flags:...), None for global flags (?flags)
    on = off = 0
    if letter != '-':
        while True:
            if src.istext and letter == 'L':
                raise src.error("bad inline flags: cannot use 'L' flag "
                                "with a str pattern")
            if not src.istext and letter == 'u':
                raise src.error("bad inline flags: cannot use 'u' flag "
                                "with a bytes pattern")
            bit = FLAGS[letter]
            on |= bit
            if bit & TYPE_FLAGS and on & TYPE_FLAGS != bit:
                raise src.error("bad inline flags: flags 'a', 'u' and "
                                "'L' are incompatible")
            letter = src.get()
            if letter is None:
                raise src.error("missing -, : or )")
            if letter in (')', '-', ':'):
                break
            if letter not in FLAGS:
                raise src.error("unknown flag" if letter.isalpha()
                                else "missing -, : or )", len(letter))
        if letter == ')':
            st.flags |= on
            return None
    if on & GLOBAL_FLAGS:
        raise src.error("bad inline flags: cannot turn on global flag", 1)
    if letter == '-':
        letter = src.get()
        if letter is None:
            raise src.error("missing flag")
        if letter not in FLAGS:
            raise src.error("unknown flag" if letter.isalpha()
                            else "missing flag", len(letter))
        while True:
            bit = FLAGS[letter]
            if bit & TYPE_FLAGS:
                raise src.error("bad inline flags: cannot turn off flags "
                                "'a', 'u' and 'L'")
            off |= bit
            letter = src.get()
            if letter is None:
                raise src.error("missing :")
            if letter == ':':
                break
            if letter not in FLAGS:
                raise src.error("unknown flag" if letter.isalpha()
                                else "missing :", len(letter))
    if off & GLOBAL_FLAGS:
        raise src.error("bad inline flags: cannot turn off global flag",
                        1)
    if on & off:
        raise src.error("bad inline flags: flag turned on and off", 1)
    return on, off


def fix_flags(src, flags):
    """The flags of a pattern completed and checked for its type: str
    patterns are UNICODE unless ASCII, bytes patterns never UNICODE."""
    ascii_, unicode_ = flags & SRE_FLAG_ASCII, flags & SRE_FLAG_UNICODE
    locale_ = flags & SRE_FLAG_LOCALE
    if not isinstance(src, str):
        if unicode_:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if ascii_ and locale_:
            raise ValueError('ASCII and LOCALE flags are incompatible')
        return flags
    if locale_:
        raise ValueError('cannot use LOCALE flag with a str pattern')
    if not ascii_:
        return SRE_FLAG_UNICODE | flags
    if unicode_:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    return flags


def parse(str, flags=0, state=None):
    """The SubPattern of pattern str (a str or bytes) under flags."""
    tokens = Tokenizer(str)
    st = State() if state is None else state
    st.flags, st.str = flags, str
    tree = _parse_sub(tokens, st, flags & SRE_FLAG_VERBOSE, 0)
    st.flags = fix_flags(str, st.flags)
    if tokens.next is not None:
        # only a ) ends the top level early
        raise tokens.error('unbalanced parenthesis')
    for gid, where in st.grouprefpos.items():
        if gid >= st.groups:
            raise error('invalid group reference %d' % gid, str, where)
    if SRE_FLAG_DEBUG & flags:
        tree.dump()
    return tree


def parse_template(source, pattern):
    """The replacement template source for compiled pattern: a list that
    alternates literal text and group numbers, starting and ending with
    text."""
    s = Tokenizer(source)
    parts = []
    pending = []

    def flush():
        text = ''.join(pending)
        pending.clear()
        # the tokenizer read bytes as latin-1
        parts.append(text if s.istext else text.encode('latin-1'))

    def group(gid, offset):
        if gid > pattern.groups:
            raise s.error("invalid group reference %d" % gid, offset)
        flush()
        parts.append(gid)

    names = pattern.groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] != '\\':
            pending.append(this)
            continue
        kind = this[1]
        if kind == 'g':
            if not s.match('<'):
                raise s.error('missing <')
            name = s.getuntil('>', 'group name')
            if name.isdecimal() and name.isascii():
                gid = int(name)
                if gid >= MAXGROUPS:
                    raise s.error("invalid group reference %d" % gid,
                                  len(name) + 1)
            else:
                s.checkgroupname(name, 1)
                if name not in names:
                    raise IndexError("unknown group name %r" % name)
                gid = names[name]
            group(gid, len(name) + 1)
        elif kind == '0':
            # up to three octal digits, a character
            for _ in range(2):
                if s.next not in OCTDIGITS:
                    break
                this += s.get()
            pending.append(chr(int(this[1:], 8) & 0xff))
        elif kind in DIGITS:
            if s.next in DIGITS:
                this += s.get()
                if (kind in OCTDIGITS and this[2] in OCTDIGITS
                        and s.next in OCTDIGITS):
                    this += s.get()
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise s.error('octal escape value %s outside of '
                                      'range 0-0o377' % this, len(this))
                    pending.append(chr(value))
                    continue
            group(int(this[1:]), len(this) - 1)
        elif this in ESCAPES:
            pending.append(chr(ESCAPES[this][1]))
        elif kind in ASCIILETTERS:
            raise s.error('bad escape %s' % this, len(this))
        else:
            pending.append(this)
    flush()
    return parts
