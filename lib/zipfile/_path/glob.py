"""Glob patterns of zipfile.Path as regular expressions."""

import os
import re

_default_seps = os.sep + str(os.altsep) * bool(os.altsep)


class Translator:
    """Turns a glob pattern into a regular expression over names whose
    separators are seps ('**' spans separators, '*' and '?' do not)."""

    seps: str

    def __init__(self, seps: str = _default_seps):
        assert seps and set(seps) <= set(_default_seps), "Invalid separators"
        self.seps = seps

    def translate(self, pattern):
        """The regular expression for pattern."""
        return self.extend(self.match_dirs(self.translate_core(pattern)))

    def extend(self, pattern):
        # Dots match newlines, and the whole name must match.
        return rf'(?s:{pattern})\Z'

    def match_dirs(self, pattern):
        # Directory names end with a slash in an archive.
        return rf'{pattern}[/]?'

    def translate_core(self, pattern):
        """The expression for pattern alone (no anchoring)."""
        self.restrict_rglob(pattern)
        return ''.join(self.replace(m) for m in separate(self.star_not_empty(pattern)))

    def replace(self, match):
        """The expression for one piece found by separate()."""
        if match.group('set'):
            return match.group('set')
        not_sep = '[^%s]' % re.escape(self.seps)
        text = re.escape(match.group(0))
        return text.replace('\\*\\*', '.*').replace('\\*', not_sep + '*').replace('\\?', '[^/]')

    def restrict_rglob(self, pattern):
        """ValueError unless every '**' is a whole segment."""
        for segment in re.split('[%s]+' % re.escape(self.seps), pattern):
            if '**' in segment and segment != '**':
                raise ValueError("** must appear alone in a path segment")

    def star_not_empty(self, pattern):
        """A lone '*' segment must match at least one character."""
        return re.sub('[^%s]+' % re.escape(self.seps),
                      lambda m: '?*' if m.group(0) == '*' else m.group(0), pattern)


def separate(pattern):
    """Split pattern into character sets ([...], group 'set') and the text
    between them."""
    return re.finditer(r'([^\[]+)|(?P<set>[\[].*?[\]])|([\[][^\]]*$)', pattern)
