"""How zipfile.Path.glob() turns glob patterns into regular expressions."""

import os
import re

# Separators a Translator may be given: this system's.
_default_seps = os.sep + (os.altsep or "")

# The pieces separate() cuts a pattern into: a [...] set (group 'set'), a
# '[' that is never closed (taken literally), or a run of other text.
_PIECE = re.compile(r"(?P<set>\[.*?\])|\[[^\]]*$|[^\[]+")


class Translator:
    """Glob pattern -> regular expression over names that use `seps` as
    separators: '**' crosses separators, '*' and '?' stay inside one
    segment, [...] sets are kept as they are."""

    seps: str

    def __init__(self, seps: str = _default_seps):
        assert seps and not set(seps) - set(_default_seps), "Invalid separators"
        self.seps = seps

    def _sep_class(self, negate=False):
        """A character class of the separators, or of everything else."""
        return "[" + ("^" if negate else "") + re.escape(self.seps) + "]"

    def translate(self, pattern):
        """The full expression for pattern."""
        core = self.translate_core(pattern)
        return self.extend(self.match_dirs(core))

    def extend(self, pattern):
        """Let '.' match newlines too, and require a match to the end."""
        return "(?s:" + pattern + r")\Z"

    def match_dirs(self, pattern):
        """Also match a directory name, which ends in '/' in an archive."""
        return pattern + "[/]?"

    def translate_core(self, pattern):
        """The expression for pattern itself, without anchoring."""
        self.restrict_rglob(pattern)
        pieces = separate(self.star_not_empty(pattern))
        return "".join(self.replace(piece) for piece in pieces)

    def replace(self, match):
        """The expression for one piece that separate() found: a set as it
        is, other text escaped with its wildcards translated."""
        charset = match.group("set")
        if charset:
            return charset
        text = re.escape(match.group(0))
        wildcards = ((r"\*\*", ".*"),
                     (r"\*", self._sep_class(negate=True) + "*"),
                     (r"\?", "[^/]"))
        for glob, regex in wildcards:
            text = text.replace(glob, regex)
        return text

    def restrict_rglob(self, pattern):
        """ValueError unless every '**' is a whole segment of pattern."""
        for segment in re.split(self._sep_class() + "+", pattern):
            if segment != "**" and "**" in segment:
                raise ValueError("** must appear alone in a path segment")

    def star_not_empty(self, pattern):
        """Make a segment that is just '*' need at least one character."""
        def segment(found):
            text = found.group(0)
            return "?*" if text == "*" else text
        return re.sub(self._sep_class(negate=True) + "+", segment, pattern)


def separate(pattern):
    """The pieces of pattern, as matches of _PIECE."""
    return _PIECE.finditer(pattern)
