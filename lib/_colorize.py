"""Terminal colour support shared by the interpreter's reporting tools.

Colours are used only when the output is a terminal and nothing in the
environment (PYTHON_COLORS, NO_COLOR, FORCE_COLOR, TERM=dumb) says otherwise;
setting COLORIZE to False turns them off for the whole process.
"""
import io
import os
import sys

COLORIZE = True


class ANSIColors:
    BOLD_GREEN = "\x1b[1;32m"
    BOLD_MAGENTA = "\x1b[1;35m"
    BOLD_RED = "\x1b[1;31m"
    GREEN = "\x1b[32m"
    GREY = "\x1b[90m"
    MAGENTA = "\x1b[35m"
    RED = "\x1b[31m"
    RESET = "\x1b[0m"
    YELLOW = "\x1b[33m"


# The same palette with every escape sequence blanked out.
NoColors = ANSIColors()
for attr in [n for n in vars(ANSIColors) if n.isupper()]:
    setattr(NoColors, attr, "")


def get_colors(colorize: bool = False) -> ANSIColors:
    """The palette to use: real escapes when colour is wanted, else blanks."""
    return ANSIColors() if (colorize or can_colorize()) else NoColors


def _env_decision():
    """True/False when the environment settles the question, else None."""
    if sys.flags.ignore_environment:
        return None
    setting = os.environ.get("PYTHON_COLORS")
    if setting in ("0", "1"):
        return setting == "1"
    if "NO_COLOR" in os.environ:
        return False
    return None


def can_colorize() -> bool:
    """Whether output to standard error may carry ANSI colour sequences."""
    decided = _env_decision()
    if decided is not None:
        return decided
    if not COLORIZE:
        return False
    if not sys.flags.ignore_environment:
        if "FORCE_COLOR" in os.environ:
            return True
        if os.environ.get("TERM") == "dumb":
            return False
    stream = sys.stderr
    if not hasattr(stream, "fileno"):
        return False
    try:
        return os.isatty(stream.fileno())
    except io.UnsupportedOperation:
        return stream.isatty()
