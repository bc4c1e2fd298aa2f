"""Compare sequences and describe their differences: SequenceMatcher,
Differ and ndiff (the human-readable delta), unified_diff and context_diff.

Kaa's difflib has no HtmlDiff yet."""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    return 2.0 * matches / length if length else 1.0


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable items
    (Ratcliff and Obershelp's "gestalt pattern matching", with junk
    elements) and derives opcodes and similarity ratios from them.

    isjunk(x) marks elements of b to ignore; with autojunk, elements of a
    b of 200 or more items that fill over 1% of it count as junk too."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (cheap: b's index is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, indexing its elements."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self.__chain_b()

    def __chain_b(self):
        # b2j maps each element of b to the list of its positions, without
        # junk and (with autojunk) without very popular elements.
        b = self.b
        where = {}
        for pos, item in enumerate(b):
            where.setdefault(item, []).append(pos)
        self.bjunk = junk = set()
        if self.isjunk is not None:
            junk.update(item for item in where if self.isjunk(item))
            for item in junk:
                del where[item]
        self.bpopular = popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular.update(item for item, spots in where.items() if len(spots) > limit)
            for item in popular:
                del where[item]
        self.b2j = where

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block a[i:i+k] == b[j:j+k] within the given
        ranges, as Match(i, j, k): of the longest, the one starting first
        in a, then first in b.  Junk elements of b may extend a block at
        its ends but never start one."""
        a, b, b2j = self.a, self.b, self.b2j
        isbjunk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_k = alo, blo, 0
        # run[j] = length of the match ending at a[i-1], b[j]
        run = {}
        empty = []
        for i in range(alo, ahi):
            grow = run.get
            nxt = {}
            for j in b2j.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = nxt[j] = grow(j - 1, 0) + 1
                if k > best_k:
                    best_i, best_j, best_k = i - k + 1, j - k + 1, k
            run = nxt

        # Widen with equal non-junk (popular) elements, then with junk.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and
                   isbjunk(b[best_j - 1]) == want_junk and
                   a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_k = best_i - 1, best_j - 1, best_k + 1
            while (best_i + best_k < ahi and best_j + best_k < bhi and
                   isbjunk(b[best_j + best_k]) == want_junk and
                   a[best_i + best_k] == b[best_j + best_k]):
                best_k += 1
        return Match(best_i, best_j, best_k)

    def get_matching_blocks(self):
        """The list of Match(i, j, n) with a[i:i+n] == b[j:j+n], increasing
        in i and j, adjacent blocks merged, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if not k:
                continue
            found.append(m)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        ci = cj = ck = 0
        for i, j, k in found:
            if ci + ck == i and cj + ck == j:
                ck += k
                continue
            if ck:
                merged.append((ci, cj, ck))
            ci, cj, ck = i, j, k
        if ck:
            merged.append((ci, cj, ck))
        merged.append((la, lb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2) with tag
        'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        self.opcodes = codes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = ''
            if tag:
                codes.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around
        each change (hunks)."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        else:
            codes = list(codes)
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total."""
        matched = sum(m[-1] for m in self.get_matching_blocks())
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(), from element counts alone."""
        if self.fullbcount is None:
            counts = self.fullbcount = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        counts = self.fullbcount
        left = {}
        matched = 0
        for item in self.a:
            n = left[item] if item in left else counts.get(item, 0)
            left[item] = n - 1
            if n > 0:
                matched += 1
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio(), from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word with a ratio of
    at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    sm = SequenceMatcher()
    sm.set_seq2(word)
    for x in possibilities:
        sm.set_seq1(x)
        if (sm.real_quick_ratio() >= cutoff and sm.quick_ratio() >= cutoff
                and sm.ratio() >= cutoff):
            scored.append((sm.ratio(), x))
    return [x for _, x in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """The tag line with the whitespace of s kept where s has whitespace."""
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tag_s))


class Differ:
    """Produces ndiff's human-readable delta of two sequences of lines:
    '- ' lines only in a, '+ ' lines only in b, '  ' common lines, and '? '
    lines marking the changed characters of similar line pairs."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines from a to b (lists of lines ending in
        newlines)."""
        sm = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in sm.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield f'{tag} {x[i]}'

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio above 0.75) and use it as
        # a synchronisation point, marking its differences with '?' lines;
        # failing that, an identical pair; failing that, a plain replace.
        best, cutoff = 0.74, 0.75
        sm = SequenceMatcher(self.charjunk)
        eq_i = eq_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            line_b = b[j]
            sm.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if eq_i is None:
                        eq_i, eq_j = i, j
                    continue
                sm.set_seq1(line_a)
                if (sm.real_quick_ratio() > best and sm.quick_ratio() > best
                        and sm.ratio() > best):
                    best, best_i, best_j = sm.ratio(), i, j
        if best < cutoff:
            if eq_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best = eq_i, eq_j, 1.0
        else:
            eq_i = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        line_a, line_b = a[best_i], b[best_j]
        if eq_i is None:
            marks_a = marks_b = ""
            sm.set_seqs(line_a, line_b)
            for tag, i1, i2, j1, j2 in sm.get_opcodes():
                na, nb = i2 - i1, j2 - j1
                if tag == 'replace':
                    marks_a += '^' * na
                    marks_b += '^' * nb
                elif tag == 'delete':
                    marks_a += '-' * na
                elif tag == 'insert':
                    marks_b += '+' * nb
                elif tag == 'equal':
                    marks_a += ' ' * na
                    marks_b += ' ' * nb
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(line_a, line_b, marks_a, marks_b)
        else:
            yield '  ' + line_a
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a blank line or one holding only '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return f'{first}'
    if not count:
        first -= 1
    return f'{first},{count}'


def _format_range_context(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return f'{first}'
    return f'{first},{first + count - 1}'


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    if isinstance(a, str):
        raise TypeError('input must be a sequence of strings, not %s' %
                        type(a).__name__)
    if isinstance(b, str):
        raise TypeError('input must be a sequence of strings, not %s' %
                        type(b).__name__)
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _headers(mark1, mark2, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    d1 = f'\t{fromfiledate}' if fromfiledate else ''
    d2 = f'\t{tofiledate}' if tofiledate else ''
    yield f'{mark1} {fromfile}{d1}{lineterm}'
    yield f'{mark2} {tofile}{d2}{lineterm}'


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the unified diff of two lists of lines, with n lines of
    context; the file names and dates go in the --- and +++ header."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    first_hunk = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield from _headers('---', '+++', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield (f'@@ -{_format_range_unified(head[1], tail[2])} '
               f'+{_format_range_unified(head[3], tail[4])} @@{lineterm}')
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield the context diff of two lists of lines, with n lines of
    context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    marks = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    first_hunk = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if first_hunk:
            first_hunk = False
            yield from _headers('***', '---', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield f'*** {_format_range_context(head[1], tail[2])} ****{lineterm}'
        if any(g[0] in ('replace', 'delete') for g in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line
        yield f'--- {_format_range_context(head[3], tail[4])} ----{lineterm}'
        if any(g[0] in ('replace', 'insert') for g in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) on lines of
    bytes, decoding and re-encoding them losslessly (surrogateescape)."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(s).__name__, s)) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    args = [decode(x) for x in (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(a, b, *args[:4], n, args[4]):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): the line-by-line delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff delta."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", keep):
            yield line[2:]


def __getattr__(name):
    if name == 'HtmlDiff':
        raise AttributeError("Kaa's difflib has no HtmlDiff yet")
    raise AttributeError(f"module 'difflib' has no attribute {name!r}")
