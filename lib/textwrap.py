"""Breaking paragraphs into lines of a given width (wrap, fill, shorten,
the TextWrapper class behind them), and adjusting the indentation of
blocks of text (dedent, indent)."""

__all__ = [
    'TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten',
]

# TextWrapper splits text with hand-written scanners; its wordsep_re,
# wordsep_simple_re and sentence_end_re attributes are the equivalent regular
# expressions, used instead when a subclass replaces them.
import re

# Only ASCII whitespace separates words: U+00A0 and the other Unicode spaces
# do not break a line.
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    # the regular expression class \w
    return c == '_' or c.isalnum()


def _is_letter(c):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _dashes_then_word(text, i):
    """Whether text[i:] is two or more '-' followed by a word character."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word_char(text[j])


def _hyphen_breaks(text, q):
    """Whether a line may break after the '-' at text[q]: the hyphen joins
    two letters on each side (as in "goof-ball"), or follows a one-letter
    hyphenated part ("a-b-c")."""
    n = len(text)
    before = (q >= 2 and _is_letter(text[q - 1]) and _is_letter(text[q - 2])) or \
             (q >= 3 and _is_letter(text[q - 1]) and text[q - 2] == '-' and _is_letter(text[q - 3]))
    if not before:
        return False
    if q + 1 < n and _is_letter(text[q + 1]):
        if q + 2 < n and _is_letter(text[q + 2]):
            return True
        return q + 3 < n and text[q + 2] == '-' and _is_letter(text[q + 3])
    return False


def _split_words(text):
    """Split text into chunks: runs of whitespace, runs of dashes used as an
    em-dash between words, and words, a hyphenated word being split after
    each hyphen where a line may break."""
    pieces = []
    n = len(text)
    p = 0
    while p < n:
        c = text[p]
        if c in _whitespace:
            q = p + 1
            while q < n and text[q] in _whitespace:
                q += 1
        elif c == '-' and p > 0 and _is_word_punct(text[p - 1]) and _dashes_then_word(text, p):
            q = p
            while text[q] == '-':
                q += 1
        else:
            # The shortest run of non-space characters that ends a word: at
            # a breaking hyphen (kept with the left part), before space or
            # the end, or before an em-dash.
            q = p + 1
            while True:
                if q < n and text[q] == '-' and _hyphen_breaks(text, q):
                    q += 1
                    break
                if q >= n or text[q] in _whitespace:
                    break
                if _is_word_punct(text[q - 1]) and _dashes_then_word(text, q):
                    break
                q += 1
        pieces.append(text[p:q])
        p = q
    return pieces


def _split_on_spaces(text):
    # Alternating runs of whitespace and of everything else.
    pieces = []
    n = len(text)
    p = 0
    while p < n:
        space = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == space:
            q += 1
        pieces.append(text[p:q])
        p = q
    return pieces


_WS_CLASS = '[%s]' % re.escape(_whitespace)


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """
    Wraps and fills paragraphs by its attributes.  wrap() and fill() are
    the interface; the underscore methods are the steps (normalize the
    whitespace, split into chunks, mark sentence ends, assemble lines),
    each one a place for a subclass to change one step.

    The attributes, all settable in the constructor:
      width (70): the longest a line may be (a word longer than that is
        split when break_long_words is true, and left whole otherwise)
      initial_indent (""): put before the first line, counting in its width
      subsequent_indent (""): put before every other line
      expand_tabs (True): expand tabs to spaces first (tabsize apart)
      tabsize (8)
      replace_whitespace (True): turn every other whitespace character
        into a space (after the tabs are expanded)
      fix_sentence_endings (False): make sentence-ending punctuation be
        followed by two spaces (a heuristic)
      break_long_words (True)
      break_on_hyphens (True): allow breaks after the hyphens of compound
        words, not only at whitespace
      drop_whitespace (True): drop whitespace at the start and end of lines
      max_lines (None): keep at most this many lines
      placeholder (' [...]'): what ends the last line when text was cut
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # The chunks: whitespace runs, '--' dashes between words, and words
    # (ending after a hyphen that joins letters, at whitespace or the end,
    # or before a dash).
    wordsep_re = re.compile(
        r'({ws}+|(?<={wp})-{{2,}}(?=\w)|{nws}+?(?:-(?:(?<={lt}{{2}}-)|(?<={lt}-{lt}-))'
        r'(?={lt}-?{lt})|(?={ws}|\Z)|(?<={wp})(?=-{{2,}}\w)))'.format(
            ws=_WS_CLASS, nws='[^' + _WS_CLASS[1:], wp=r'[\w!"\'&.,?]', lt=r'[^\d\W]'),
        re.VERBOSE)
    # Whitespace runs only.
    wordsep_simple_re = re.compile(r'(%s+)' % _WS_CLASS)
    # A lowercase ASCII letter, sentence punctuation, maybe a closing quote.
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        # Each argument becomes the attribute of the same name, set in the
        # order of the parameters (through setattr, so that a subclass's
        # properties see them).
        settings = dict(locals())
        del settings['self']
        for attr, value in settings.items():
            setattr(self, attr, value)

    def _munge_whitespace(self, text):
        """Expand tabs and make every other whitespace character a space,
        as the attributes ask."""
        out = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return out
        return out.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """Split the text into the chunks lines are made of: words (parts of
        hyphenated words, when break_on_hyphens is true) and whitespace.
        "Look, goof-ball -- use the -b option!" gives
        'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the',
        ' ', '-b', ' ', 'option!'."""
        cls = type(self)
        if self.break_on_hyphens is True:
            if cls.wordsep_re is TextWrapper.wordsep_re:
                return _split_words(text)
            pieces = self.wordsep_re.split(text)
        else:
            if cls.wordsep_simple_re is TextWrapper.wordsep_simple_re:
                return _split_on_spaces(text)
            pieces = self.wordsep_simple_re.split(text)
        return [p for p in pieces if p]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a chunk that ends a sentence two
        spaces (in place)."""
        ends = _ends_sentence
        if type(self).sentence_end_re is not TextWrapper.sentence_end_re:
            ends = lambda chunk: self.sentence_end_re.search(chunk) is not None
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put (part of) a chunk too long for any line onto cur_line."""
        space_left = 1 if width < 1 else width - cur_len
        if not self.break_long_words:
            if not cur_line:
                # A long word alone on a line, unbroken.
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = space_left
        if len(word) > space_left and self.break_on_hyphens:
            # Prefer to cut right after a hyphen that fits, unless the
            # part before it is only hyphens.
            dash = word.rfind('-', 0, space_left)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _wrap_chunks(self, chunks):
        """Make lines of at most self.width characters (longer ones only for
        unbreakable words) from the chunks, which are whole words or
        whitespace: a line may end between any two of them."""
        total_width, limit = self.width, self.max_lines
        if total_width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % total_width)
        if limit is not None:
            last_prefix = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(last_prefix) + len(self.placeholder.lstrip()) > total_width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = chunks[::-1]  # taken from the end
        while todo:
            prefix = self.subsequent_indent if lines else self.initial_indent
            width = total_width - len(prefix)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                del todo[-1]
            line, used = [], 0
            while todo and used + len(todo[-1]) <= width:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, used, width)
                used = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                del line[-1]
            if not line:
                continue
            rest_is_blank = not todo or (self.drop_whitespace and len(todo) == 1
                                         and not todo[0].strip())
            if (limit is None or len(lines) + 1 < limit
                    or rest_is_blank and used <= width):
                lines.append(prefix + ''.join(line))
                continue
            # The last line allowed, with text left over: end it with the
            # placeholder, dropping words until it fits.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(prefix + ''.join(line))
                    break
                used -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= total_width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(prefix + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Wrap the single paragraph text into lines of at most self.width
        columns and return them as a list (tabs expanded and whitespace,
        newlines included, made spaces, as the attributes say)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)  # in place
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The lines of wrap(text), joined with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of the paragraph text, wrapped to width columns, as a list.

    Keyword arguments are TextWrapper's attributes.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph text wrapped to width columns, as one string of lines.

    Keyword arguments are TextWrapper's attributes.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Squeeze text onto one line of at most width characters.

    Runs of whitespace become single spaces; if the result is still too
    long, as many words as fit are kept and the placeholder added:
    shorten("Keep  it short", width=14) is 'Keep it short', and with
    width=12 it is 'Keep [...]'.
    """
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    """The spaces and tabs that start line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """Take away the leading whitespace that all lines of text share.

    Useful to line triple-quoted strings up with the left margin while they
    stay indented in the source.  Tabs and spaces both count as whitespace
    but are not interchangeable: "  hello" and "\\thello" share no margin.
    Lines of only spaces and tabs become empty.
    """
    lines = text.split('\n')
    margin = None  # the common margin found so far
    for i, line in enumerate(lines):
        lead = _leading_blank(line)
        if lead == line:
            # blank (or empty): emptied, and no say in the margin
            lines[i] = ''
            continue
        if margin is None or lead.startswith(margin):
            margin = lead if margin is None else margin
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text for which predicate(line) is
    true; without a predicate, in front of the lines that hold anything but
    whitespace.  Line endings are kept as they are.
    """
    wanted = (lambda line: not line.isspace()) if predicate is None else predicate
    return ''.join(prefix + line if wanted(line) else line
                   for line in text.splitlines(True))
