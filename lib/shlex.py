"""Split text into tokens the way a simple shell does: words, quoted
strings, escapes, comments and (optionally) punctuation."""

# Kaa's shlex. The lexer is a small state machine: the state is ' ' between
# tokens, 'a' inside a word, 'c' inside a run of punctuation characters, a
# quote character inside quotes, an escape character just after an escape,
# and None after the end of the input. read_token() feeds it one character
# at a time; each state has its own step method, which says whether the token
# collected so far is complete.

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = ('abcdfeghijklmnopqrstuvwxyz'
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')

_EMIT, _GO_ON = True, False


class shlex:
    "A shell-like lexer reading tokens from a string or a stream."

    # The character classes, and the state a new lexer starts in.
    _SETTINGS = (('commenters', '#'), ('whitespace', ' \t\r\n'),
                 ('whitespace_split', False), ('quotes', '\'"'),
                 ('escape', '\\'), ('escapedquotes', '"'), ('state', ' '),
                 ('lineno', 1), ('debug', 0), ('token', ''), ('source', None))

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if instream is None:
            instream, infile = sys.stdin, None
        elif isinstance(instream, str):
            instream = StringIO(instream)
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        for name, value in self._SETTINGS:
            setattr(self, name, value)
        self.pushback = deque()       # tokens pushed back, next first
        self.filestack = deque()      # the sources pushed over
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        if self._punctuation_chars:
            # Characters read ahead while finishing a punctuation token.
            self._pushback_chars = deque()
            # File names, options and wildcards keep these in words.
            self.wordchars = ''.join(c for c in self.wordchars + '~-./*?='
                                     if c not in self._punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars  # read-only after construction

    def _trace(self, level, message):
        if self.debug >= level:
            print("shlex: " + message)

    def push_token(self, tok):
        "Make tok the next token get_token() returns."
        self._trace(1, "pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        "Read from newstream (a stream or a string) until it ends, then resume."
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            what = ('file', newfile) if newfile is not None else ('stream', newstream)
            print('shlex: pushing to %s %s' % what)

    def pop_source(self):
        "Close the current source and go back to the one it was pushed over."
        finished = self.instream
        finished.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "Return the next token: a pushed-back one first, else one read."
        if self.pushback:
            pushed = self.pushback.popleft()
            self._trace(1, "popping token " + repr(pushed))
            return pushed
        raw = self.read_token()
        # The source keyword includes the file named by the next token.
        while self.source is not None and raw == self.source:
            included = self.sourcehook(self.read_token())
            if included:
                self.push_source(included[1], included[0])
            raw = self.get_token()
        # The end of an included source resumes the one that included it.
        while raw == self.eof and self.filestack:
            self.pop_source()
            raw = self.get_token()
        if raw == self.eof:
            return self.eof
        self._trace(1, "token=" + (repr(raw) if raw != self.eof else "EOF"))
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        self._quoted = False
        self._resume = ' '     # the state an escape returns to
        while True:
            ch = self._next_char()
            if ch == '\n':
                self.lineno += 1
            if self.debug >= 3:
                print("shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._after_escape(ch)
            elif state in ('a', 'c'):
                done = self._in_word(ch)
            else:
                done = _GO_ON
            if done:
                break
        result, self.token = self.token, ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + (repr(result) if result else "EOF"))
        return result

    def _have_token(self):
        return self.token or (self.posix and self._quoted)

    def _skip_comment(self):
        self.instream.readline()   # the rest of the line, with its newline
        self.lineno = self.lineno + 1

    def _between(self, ch):
        # State ' ': skipping whitespace and comments before a token.
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            self._trace(2, "I see whitespace in whitespace state")
            return _EMIT if self._have_token() else _GO_ON
        if ch in self.commenters:
            self._skip_comment()
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token, self.state = ch, 'a'
        elif ch in self.punctuation_chars:
            self.token, self.state = ch, 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch
            self.state = ch
        elif self.whitespace_split:
            self.token, self.state = ch, 'a'
        else:
            self.token = ch     # any other character is a token by itself
            return _EMIT
        return _GO_ON

    def _in_quotes(self, ch):
        # State <quote>: inside quotes, up to the matching one.
        self._quoted = True
        if not ch:
            self._trace(2, "I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if self.posix:
                self.state = 'a'
                return _GO_ON
            self.token += ch
            self.state = ' '
            return _EMIT
        if self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = ch
        else:
            self.token += ch
        return _GO_ON

    def _after_escape(self, ch):
        # State <escape>: the character after an escape is taken literally.
        if not ch:
            self._trace(2, "I see EOF in escape state")
            raise ValueError("No escaped character")
        # Inside quotes only the quote and the escape itself can be escaped;
        # before anything else the escape character stays.
        resume = self._resume
        if resume in self.quotes and ch != self.state and ch != resume:
            self.token += self.state
        self.token += ch
        self.state = resume
        return _GO_ON

    def _in_word(self, ch):
        # States 'a' and 'c': inside a word or a run of punctuation.
        if not ch:
            self.state = None
            return _EMIT
        if ch in self.whitespace:
            self._trace(2, "I see whitespace in word state")
            self.state = ' '
            return _EMIT if self._have_token() else _GO_ON
        if ch in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = ' '
                return _EMIT if self._have_token() else _GO_ON
            return _GO_ON
        if self.state == 'c':
            if ch in self.punctuation_chars:
                self.token += ch
                return _GO_ON
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return _EMIT
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes or
              (self.whitespace_split and ch not in self.punctuation_chars)):
            self.token += ch
        else:
            # A character that ends the word starts the next token.
            if self.punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.appendleft(ch)
            self._trace(2, "I see punctuation in word state")
            self.state = ' '
            return _EMIT if self._have_token() else _GO_ON
        return _GO_ON

    def sourcehook(self, newfile):
        "Open the file a source keyword names: returns (name, stream)."
        name = newfile[1:-1] if newfile[0] == '"' else newfile
        # A relative name is taken from the including file's folder (as cpp).
        if isinstance(self.infile, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(self.infile), name)
        return name, open(name, "r")

    def error_leader(self, infile=None, lineno=None):
        "Return the start of an error message: file and line, as compilers print."
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Return the words of s as a POSIX shell would split them."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """Return one command line that a shell splits back into split_command."""
    return ' '.join(map(quote, split_command))


# The characters a word may hold unquoted: ASCII letters, digits, '_' and these.
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                  '0123456789_@%+=:,./-')


def quote(s):
    """Return s quoted, if it needs to be, so that a shell reads it as one word."""
    if not s:
        return "''"
    if not isinstance(s, str):
        # The check is a str pattern's search in CPython: its errors.
        if isinstance(s, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(s).__name__)
    if _SAFE.issuperset(s):
        return s
    # Single quotes throughout; a single quote itself becomes '"'"'.
    return "'%s'" % s.replace("'", "'\"'\"'")


def _print_tokens(lexer):
    for tok in iter(lexer.get_token, lexer.eof):
        if not tok:
            break
        print("Token: %r" % (tok,))


if __name__ == '__main__':
    if sys.argv[1:]:
        with open(sys.argv[1]) as stream:
            _print_tokens(shlex(stream, sys.argv[1]))
    else:
        _print_tokens(shlex())
