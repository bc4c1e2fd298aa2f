"""Terminal colour support shared by the interpreter's reporting tools.

Colours are used only when the output is a terminal and nothing in the
environment (PYTHON_COLORS, NO_COLOR, FORCE_COLOR, TERM=dumb) says otherwise;
setting COLORIZE to False turns them off for the whole process.
"""
import io
import os
import sys

COLORIZE = True


def _sgr(*params):
    """The ANSI "select graphic rendition" sequence for `params`."""
    return "\x1b[%sm" % ";".join(str(p) for p in params)


class ANSIColors:
    # 0 resets, 1 is bold, 3x are foreground colours, 90 is bright black.
    RESET = _sgr(0)
    RED, GREEN, YELLOW, MAGENTA = _sgr(31), _sgr(32), _sgr(33), _sgr(35)
    BOLD_RED, BOLD_GREEN, BOLD_MAGENTA = _sgr(1, 31), _sgr(1, 32), _sgr(1, 35)
    GREY = _sgr(90)


# The same palette with every escape sequence blanked out.
NoColors = ANSIColors()
for attr in [n for n in vars(ANSIColors) if n.isupper()]:
    setattr(NoColors, attr, "")


def get_colors(colorize: bool = False) -> ANSIColors:
    """The palette to use: real escapes when colour is wanted, else blanks."""
    return ANSIColors() if (colorize or can_colorize()) else NoColors


def _stderr_is_terminal():
    stream = sys.stderr
    if not hasattr(stream, "fileno"):
        return False
    try:
        return os.isatty(stream.fileno())
    except io.UnsupportedOperation:
        return stream.isatty()


def can_colorize() -> bool:
    """Whether output to standard error may carry ANSI colour sequences."""
    env = {} if sys.flags.ignore_environment else os.environ
    setting = env.get("PYTHON_COLORS")
    if setting in ("0", "1"):       # an explicit choice wins
        return setting == "1"
    if "NO_COLOR" in env or not COLORIZE:
        return False
    if "FORCE_COLOR" in env:
        return True
    return env.get("TERM") != "dumb" and _stderr_is_terminal()
