"""Shell-style wildcards for file names.

    *       any run of characters, including none
    ?       any one character
    [seq]   one character of seq (ranges such as a-z allowed)
    [!seq]  one character not in seq

fnmatch(name, pattern) compares after os.path.normcase(), so the case
counts or not as the operating system does; fnmatchcase() always compares
exactly.  filter() keeps the names of a list that match; translate() gives
the regular expression a pattern stands for.
"""

# Kaa's fnmatch. A pattern becomes a regular expression in two steps:
# _translate() turns it into a list of pieces (regex text, with a marker
# object for each '*'), and _join_translated_parts() assembles them, using
# atomic groups so that patterns with many stars cannot backtrack without
# end. glob.translate() reuses both steps with its own pieces.

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat, both normalised with
    os.path.normcase() first."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    # The match method of pat's regular expression; bytes patterns are
    # translated as Latin-1 text, which maps every byte to one character.
    if isinstance(pat, bytes):
        regex = translate(pat.decode('ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """Return the members of names that match the pattern pat."""
    match = _compile_pattern(os.path.normcase(pat))
    if os.path is posixpath:
        # normcase is the identity here: spare the calls.
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, comparing characters exactly (without
    os.path.normcase())."""
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """Return the regular expression (text) matching what the shell pattern
    pat matches.  There is no escape character in shell patterns.
    """
    star = object()
    return _join_translated_parts(_translate(pat, star, '.'), star)


def _bracket_end(pat, start):
    # The index of the ']' closing the set that starts at pat[start] (just
    # after '['), or -1. A leading '!' and a ']' right after it belong to
    # the set.
    end, size = start, len(pat)
    if end < size and pat[end] == '!':
        end += 1
    if end < size and pat[end] == ']':
        end += 1
    end = pat.find(']', end)
    return end


def _bracket_ranges(pat, start, end):
    # The text of a set with ranges, pat[start:end], escaped for a regex
    # class: split at the hyphens that make ranges, drop ranges that are
    # empty (a-Z), and escape the backslashes and hyphens that are literal.
    pieces = []
    cut = start
    look = start + 2 if pat[start] == '!' else start + 1
    while (hyphen := pat.find('-', look, end)) >= 0:
        pieces.append(pat[cut:hyphen])
        cut = hyphen + 1
        look = hyphen + 3
    tail = pat[cut:end]
    if tail:
        pieces.append(tail)
    else:
        pieces[-1] += '-'   # a final hyphen is literal
    for k in range(len(pieces) - 1, 0, -1):
        if pieces[k - 1][-1] > pieces[k][0]:
            # An empty range: remove it with its hyphen.
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
    return '-'.join(p.replace('\\', r'\\').replace('-', r'\-') for p in pieces)


_SET_OPERATORS = re.compile(r'([&~|])') if hasattr(re, 'compile') else None


def _bracket(pat, start, end):
    # The regex for the set pat[start:end] (between '[' and ']').
    body = pat[start:end]
    if '-' in body:
        body = _bracket_ranges(pat, start, end)
    else:
        body = body.replace('\\', r'\\')
    # Characters that are set operators in future regex syntax stay literal.
    body = _SET_OPERATORS.sub(r'\\\1', body)
    if not body:
        return '(?!)'           # an empty range matches nothing
    if body == '!':
        return '.'              # [!] : any character
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return f'[{body}]'


def _translate(pat, STAR, QUESTION_MARK):
    # The pieces of pat's regex: STAR stands for each run of '*'.
    pieces = []
    i, size = 0, len(pat)
    while i < size:
        ch = pat[i]
        i += 1
        if ch == '*':
            if not pieces or pieces[-1] is not STAR:
                pieces.append(STAR)     # '**' is the same as '*'
        elif ch == '?':
            pieces.append(QUESTION_MARK)
        elif ch == '[':
            end = _bracket_end(pat, i)
            if end < 0:
                pieces.append('\\[')    # no closing ']': a literal '['
            else:
                pieces.append(_bracket(pat, i, end))
                i = end + 1
        else:
            pieces.append(re.escape(ch))
    return pieces


def _join_translated_parts(inp, STAR):
    # Assemble the pieces. The text before the first star is matched as it
    # is; each later run of fixed pieces is searched for lazily inside an
    # atomic group, (?>.*?fixed), so that a failed match never retries the
    # earlier stars; a final star is '.*'.
    out = []
    i, size = 0, len(inp)
    while i < size and inp[i] is not STAR:
        out.append(inp[i])
        i += 1
    while i < size:
        i += 1                  # past the star
        if i == size:
            out.append('.*')
            break
        start = i
        while i < size and inp[i] is not STAR:
            i += 1
        fixed = ''.join(inp[start:i])
        if i == size:
            out.append('.*' + fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    return '(?s:%s)\\Z' % ''.join(out)
