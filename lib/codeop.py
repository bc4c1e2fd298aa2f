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

# The future features, to see which ones a compiled text switched on.
_features = [getattr(__future__, fname)
             for fname in __future__.all_feature_names]

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _maybe_compile(compiler, source, filename, symbol):
    # Blank lines and comments only: a 'pass' statement (an empty
    # expression stays an error for eval).
    if symbol != "eval" and all(not line.strip() or line.strip().startswith('#')
                                for line in source.split("\n")):
        source = "pass"
    with warnings.catch_warnings():
        # Warnings come from the final compile only.
        warnings.simplefilter("ignore", (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            # Does a newline complete it (a block's closing empty line), or
            # does the compiler still say the input ended too early?
            try:
                compiler(source + "\n", filename, symbol)
                return None
            except _IncompleteInputError:
                return None
            except SyntaxError:
                pass
    return compiler(source, filename, symbol, incomplete_input=False)


def _compile(source, filename, symbol, incomplete_input=True):
    flags = PyCF_ALLOW_INCOMPLETE_INPUT | PyCF_DONT_IMPLY_DEDENT if incomplete_input else 0
    return compile(source, filename, symbol, flags)


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
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        code = compile(source, filename, symbol, flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() with memory: a __future__ statement in one command
    stays in force for the commands compiled after it."""

    def __init__(self,):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        r"""Compile source as one command: a code object when it is complete,
        None when more lines could complete it, SyntaxError (or ValueError,
        OverflowError for malformed literals) when it is invalid.

        filename names the source ("<input>"); symbol is "single" (the
        default) or "eval".
        """
        return _maybe_compile(self.compiler, source, filename, symbol)
