"""Internal support module for sre: the engine's opcodes, flags and limits,
and the exception for bad patterns."""

# The opcode numbering below is the code format of the _sre engine; MAGIC
# names that format and must agree with _sre.MAGIC.
MAGIC = 20230612  # the format's version: a date

from _sre import MAXGROUPS, MAXREPEAT


class PatternError(Exception):
    """A regular expression could not be compiled.

    msg is the message without position; pattern the pattern (or None);
    pos the offset in the pattern where the problem was found, and lineno,
    colno the same place as a line and a column (all three may be None).
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        text = msg
        if pattern is None or pos is None:
            self.lineno = None
            self.colno = None
        else:
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = 1 + pattern.count(nl, 0, pos)
            self.colno = pos - pattern.rfind(nl, 0, pos)
            text = f'{msg} at position {pos:d}'
            if nl in pattern:
                text = f'{text} (line {self.lineno:d}, column {self.colno:d})'
        super().__init__(text)


# the name the exception had before 3.13
error = PatternError


class _NamedIntConstant(int):
    # An int that shows its name: opcodes print as LITERAL, AT_END, ...
    def __new__(cls, number, name):
        obj = int.__new__(cls, number)
        obj.name = name
        return obj

    def __repr__(self):
        return self.name

    __reduce__ = None


MAXREPEAT = _NamedIntConstant(int(MAXREPEAT), 'MAXREPEAT')


def _makecodes(*names):
    # Numbers the names from 0 and binds each as a module global.
    codes = []
    for number, name in enumerate(names):
        code = _NamedIntConstant(number, name)
        globals()[name] = code
        codes.append(code)
    return codes


# Opcodes: their order is the engine's numbering. MIN_REPEAT and MAX_REPEAT
# only occur in parsed patterns; the compiler turns them into other codes.
OPCODES = _makecodes(*"""
    FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY
    CHARSET BIGCHARSET GROUPREF GROUPREF_EXISTS IN INFO JUMP LITERAL MARK
    MAX_UNTIL MIN_UNTIL NOT_LITERAL NEGATE RANGE REPEAT REPEAT_ONE
    SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP POSSESSIVE_REPEAT
    POSSESSIVE_REPEAT_ONE
    GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE NOT_LITERAL_IGNORE
    GROUPREF_LOC_IGNORE IN_LOC_IGNORE LITERAL_LOC_IGNORE
    NOT_LITERAL_LOC_IGNORE
    GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE
    NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE
    MIN_REPEAT MAX_REPEAT
""".split())
del OPCODES[-2:]

# arguments of AT
ATCODES = _makecodes(*"""
    AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING
    AT_BOUNDARY AT_NON_BOUNDARY AT_END AT_END_LINE AT_END_STRING
    AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY AT_UNI_NON_BOUNDARY
""".split())

# arguments of CATEGORY
CHCODES = _makecodes(*"""
    CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE
    CATEGORY_WORD CATEGORY_NOT_WORD CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK
    CATEGORY_LOC_WORD CATEGORY_LOC_NOT_WORD
    CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT CATEGORY_UNI_SPACE
    CATEGORY_UNI_NOT_SPACE CATEGORY_UNI_WORD CATEGORY_UNI_NOT_WORD
    CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_LINEBREAK
""".split())

# The case-insensitive variants of the literal tests, per kind of pattern.
OP_IGNORE = {LITERAL: LITERAL_IGNORE, NOT_LITERAL: NOT_LITERAL_IGNORE}
OP_LOCALE_IGNORE = {LITERAL: LITERAL_LOC_IGNORE,
                    NOT_LITERAL: NOT_LITERAL_LOC_IGNORE}
OP_UNICODE_IGNORE = {LITERAL: LITERAL_UNI_IGNORE,
                     NOT_LITERAL: NOT_LITERAL_UNI_IGNORE}

# Anchors under MULTILINE, LOCALE and UNICODE.
AT_MULTILINE = {AT_BEGINNING: AT_BEGINNING_LINE, AT_END: AT_END_LINE}
AT_LOCALE = {AT_BOUNDARY: AT_LOC_BOUNDARY,
             AT_NON_BOUNDARY: AT_LOC_NON_BOUNDARY}
AT_UNICODE = {AT_BOUNDARY: AT_UNI_BOUNDARY,
              AT_NON_BOUNDARY: AT_UNI_NON_BOUNDARY}

# Categories under LOCALE (only the word classes change) and UNICODE.
CH_LOCALE = {code: code for code in CHCODES[:8]}
CH_LOCALE[CATEGORY_WORD] = CATEGORY_LOC_WORD
CH_LOCALE[CATEGORY_NOT_WORD] = CATEGORY_LOC_NOT_WORD
CH_UNICODE = dict(zip(CHCODES[:8], CHCODES[10:]))

# Pattern flags, as the engine numbers them.
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

# Bits of an INFO block's flags word.
SRE_INFO_PREFIX = 1     # a literal prefix follows
SRE_INFO_LITERAL = 2    # the prefix is the whole pattern
SRE_INFO_CHARSET = 4    # a set of possible first characters follows
