r"""Compile Python statements typed a line at a time, telling a complete
statement from one that needs more lines.

compile_command(source, filename, symbol) returns a code object for a
complete statement, None when more lines could complete it, and raises
SyntaxError (or the ValueError or OverflowError of a bad literal) for one
that no lines can mend. Compile and CommandCompiler do the same but carry
the __future__ statements a compiled text contained over to later texts,
as an interactive session does.

A statement needs more when the compiler, asked to report input that ends
too early (PyCF_ALLOW_INCOMPLETE_INPUT, without implying the end of open
blocks: PyCF_DONT_IMPLY_DEDENT), says so, or when the text compiles only
with one more newline (a block is ended by an empty line).
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_INTERACTIVE = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

# The compiler flags of all __future__ features: the ones a compiled text
# switched on show in its code object's co_flags.
_FUTURE_FLAGS = 0
for _name in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _name).compiler_flag
del _name


def _only_blanks_and_comments(source):
    return all(not text or text.startswith('#')
               for text in map(str.strip, source.split("\n")))


def _wants_more(compile_it, source, filename, symbol):
    # Whether source fails only for ending too early: the compiler says so,
    # or one more newline (a block's closing empty line) makes it compile.
    try:
        compile_it(source, filename, symbol)
        return False
    except SyntaxError:
        pass
    try:
        compile_it(source + "\n", filename, symbol)
    except _IncompleteInputError:
        return True
    except SyntaxError:
        return False
    return True


def _maybe_compile(compiler, source, filename, symbol):
    # A text of blank lines and comments is a 'pass' statement (an empty
    # expression stays an error for eval).
    if symbol != "eval" and _only_blanks_and_comments(source):
        source = "pass"
    # The trial compilations keep quiet: warnings come from the last one.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", category=(SyntaxWarning, DeprecationWarning))
        if _wants_more(compiler, source, filename, symbol):
            return None
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    return compile(source, filename, symbol, _INTERACTIVE if incomplete_input else 0)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile source, which may hold several lines, as one command.

    filename names the source in tracebacks ("<input>"); symbol is the
    grammar's start: "single" (the default), "exec" or "eval".

    Returns a code object for a complete command, None for one that more
    lines could complete; raises SyntaxError, ValueError or OverflowError
    (the last two for malformed literals) for an invalid one.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like the built-in compile(), except that a __future__ statement in one
    compiled text stays in force for the texts compiled after it."""

    def __init__(self):
        self.flags = _INTERACTIVE

    def __call__(self, source, filename, symbol, **kwargs):
        final = kwargs.get('incomplete_input', True) is False
        used = self.flags & ~_INTERACTIVE if final else self.flags
        code = compile(source, filename, symbol, used, True)
        # Remember the __future__ features it switched on.
        self.flags |= code.co_flags & _FUTURE_FLAGS
        return code


class CommandCompiler:
    """compile_command() with memory: a __future__ statement in one command
    stays in force for the commands compiled after it."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        r"""Compile source as one command: a code object when it is complete,
        None when more lines could complete it, SyntaxError (or ValueError,
        OverflowError for malformed literals) when it is invalid.

        filename names the source ("<input>"); symbol is "single" (the
        default) or "eval".
        """
        return _maybe_compile(self.compiler, source, filename, symbol)
