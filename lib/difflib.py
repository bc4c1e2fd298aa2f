"""Compare sequences and describe their differences: SequenceMatcher,
Differ and ndiff (the human-readable delta), unified_diff and context_diff.

Kaa's difflib has no HtmlDiff yet."""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['SequenceMatcher', 'Differ', 'Match', 'get_close_matches',
           'ndiff', 'restore', 'unified_diff', 'context_diff', 'diff_bytes',
           'IS_LINE_JUNK', 'IS_CHARACTER_JUNK']

Match = _namedtuple('Match', ['a', 'b', 'size'])


def _calculate_ratio(matches, length):
    # Twice the matches over the combined length; two empty sequences are
    # identical.
    if not length:
        return 1.0
    return 2.0 * matches / length


# Opcode tags by (a has unmatched items, b has unmatched items).
_GAP_TAGS = {(True, True): 'replace', (True, False): 'delete',
             (False, True): 'insert'}


class SequenceMatcher:
    """Finds the longest matching blocks of two sequences of hashable items
    (Ratcliff and Obershelp's "gestalt pattern matching", with junk
    elements) and derives opcodes and similarity ratios from them.

    isjunk(x) marks elements of b to ignore; with autojunk, elements of a
    b of 200 or more items that fill over 1% of it count as junk too."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        # No sequences yet: the set_seq* identity checks must not match.
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        """Set the first sequence (cheap: b's index is kept)."""
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        """Set the second sequence, indexing its elements."""
        if b is not self.b:
            self.b = b
            self._forget_results()
            self.fullbcount = None
            self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the list of its positions, without
        # junk and (with autojunk) without very popular elements, which go
        # to bjunk and bpopular.
        positions = {}
        for at, item in enumerate(self.b):
            positions.setdefault(item, []).append(at)
        is_junk = self.isjunk
        junk = set()
        if is_junk:
            junk = {item for item in positions if is_junk(item)}
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            most = size // 100 + 1
            popular = {item for item, spots in positions.items()
                       if item not in junk and len(spots) > most}
        for item in junk | popular:
            del positions[item]
        self.bjunk, self.bpopular, self.b2j = junk, popular, positions

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block a[i:i+k] == b[j:j+k] within the given
        ranges, as Match(i, j, k): of the longest, the one starting first
        in a, then first in b.  Junk elements of b may extend a block at
        its ends but never start one."""
        a, b = self.a, self.b
        ahi = len(a) if ahi is None else ahi
        bhi = len(b) if bhi is None else bhi
        start_a, start_b, length = alo, blo, 0
        # ending[j]: length of the match that ends with a[i - 1] and b[j].
        ending = {}
        nowhere = ()
        for i in range(alo, ahi):
            now = {}
            for j in self.b2j.get(a[i], nowhere):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                run = now[j] = ending.get(j - 1, 0) + 1
                if run > length:
                    start_a, start_b, length = i - run + 1, j - run + 1, run
            ending = now

        # Grow the block with equal elements around it: first ones that are
        # not junk (popular ones are not in b2j), then junk ones.
        junk = self.bjunk
        for junk_wanted in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in junk) == junk_wanted
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                length += 1
            while (start_a + length < ahi and start_b + length < bhi
                   and (b[start_b + length] in junk) == junk_wanted
                   and a[start_a + length] == b[start_b + length]):
                length += 1
        return Match(start_a, start_b, length)

    def get_matching_blocks(self):
        """The list of Match(i, j, n) with a[i:i+n] == b[j:j+n], increasing
        in i and j, adjacent blocks merged, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is None:
            self.matching_blocks = self._compute_blocks()
        return self.matching_blocks

    def _compute_blocks(self):
        size_a, size_b = len(self.a), len(self.b)
        # The longest match splits its ranges in two: look on both sides.
        pending = [(0, size_a, 0, size_b)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            block = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = block
            if k == 0:
                continue
            found.append(block)
            for lo_a, hi_a, lo_b, hi_b in ((alo, i, blo, j),
                                           (i + k, ahi, j + k, bhi)):
                if lo_a < hi_a and lo_b < hi_b:
                    pending.append((lo_a, hi_a, lo_b, hi_b))
        merged = []
        for i, j, k in sorted(found):
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((size_a, size_b, 0))
        return list(map(Match._make, merged))

    def get_opcodes(self):
        """How to turn a into b: a list of (tag, i1, i2, j1, j2) with tag
        'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        done_a = done_b = 0
        for at_a, at_b, size in self.get_matching_blocks():
            gap = _GAP_TAGS.get((done_a < at_a, done_b < at_b))
            if gap:
                steps.append((gap, done_a, at_a, done_b, at_b))
            done_a, done_b = at_a + size, at_b + size
            if size:
                steps.append(('equal', at_a, done_a, at_b, done_b))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around
        each change (hunks)."""
        # Context before the first change and after the last is cut to n
        # (in the list get_opcodes() keeps, as CPython does).
        steps = self.get_opcodes() or [("equal", 0, 1, 0, 1)]
        kind, i1, i2, j1, j2 = steps[0]
        if kind == 'equal':
            steps[0] = kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        kind, i1, i2, j1, j2 = steps[-1]
        if kind == 'equal':
            steps[-1] = kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        hunk = []
        for kind, i1, i2, j1, j2 in steps:
            # A long unchanged stretch ends one hunk and starts the next.
            if kind == 'equal' and i2 - i1 > 2 * n:
                hunk.append((kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield hunk
                hunk = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            hunk.append((kind, i1, i2, j1, j2))
        only_context = len(hunk) == 1 and hunk[0][0] == 'equal'
        if hunk and not only_context:
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched elements over the total."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _calculate_ratio(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(), from element counts alone."""
        counts = self.fullbcount
        if counts is None:
            counts = self.fullbcount = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        # How many of each element of b are still unclaimed by a.
        unclaimed = {}
        shared = 0
        for item in self.a:
            left = unclaimed.get(item)
            if left is None:
                left = counts.get(item, 0)
            unclaimed[item] = left - 1
            shared += left > 0
        return _calculate_ratio(shared, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound of ratio(), from the lengths alone."""
        sizes = len(self.a), len(self.b)
        return _calculate_ratio(min(sizes), sum(sizes))

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most similar to word with a ratio of
    at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)

    def good_enough():
        # The cheap upper bounds first.
        return all(measure() >= cutoff for measure in
                   (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio))

    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if good_enough():
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """The tag line with the whitespace of s kept where s has whitespace."""
    return ''.join(c if t == " " and c.isspace() else t for c, t in zip(s, tag_s))


# The marks under a changed line pair, per opcode tag: (under a, under b).
_INTRALINE_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''),
                    'insert': ('', '+'), 'equal': (' ', ' ')}


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
        for tag, alo, ahi, blo, bhi in SequenceMatcher(self.linejunk, a, b).get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag in ('delete', 'equal'):
                lines = self._dump('-' if tag == 'delete' else ' ', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        # x[lo:hi], each line behind tag and a space.
        for at in range(lo, hi):
            yield '%s %s' % (tag, x[at])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        # The shorter block first.
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _most_similar_pair(self, a, alo, ahi, b, blo, bhi, matcher):
        # (i, j, identical) of the pair of lines to line the blocks up on:
        # the most similar one with a ratio of at least 0.75, else the
        # first identical one; None when there is neither.
        best, best_pair, identical = 0.74, None, None
        for j in range(blo, bhi):
            line_b = b[j]
            matcher.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if identical is None:
                        identical = (i, j)
                    continue
                matcher.set_seq1(line_a)
                if (matcher.real_quick_ratio() > best and matcher.quick_ratio() > best
                        and matcher.ratio() > best):
                    best, best_pair = matcher.ratio(), (i, j)
        if best >= 0.75:
            return best_pair + (False,)
        if identical is not None:
            return identical + (True,)
        return None

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Line the two blocks up on their most similar pair of lines, mark
        # its character differences with '?' lines, and do the same for
        # what is before and after it; with no such pair, a plain replace.
        matcher = SequenceMatcher(self.charjunk)
        pair = self._most_similar_pair(a, alo, ahi, b, blo, bhi, matcher)
        if pair is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, identical = pair
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if identical:
            yield '  ' + a[i]
        else:
            yield from self._marked_pair(a[i], b[j], matcher)
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _marked_pair(self, line_a, line_b, matcher):
        marks_a, marks_b = [], []
        matcher.set_seqs(line_a, line_b)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag not in _INTRALINE_MARKS:
                raise ValueError('unknown tag %r' % (tag,))
            under_a, under_b = _INTRALINE_MARKS[tag]
            marks_a.append(under_a * (i2 - i1))
            marks_b.append(under_b * (j2 - j1))
        return self._qformat(line_a, line_b, ''.join(marks_a), ''.join(marks_b))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        # Whatever is left on either side of a synchronisation point.
        if alo < ahi and blo < bhi:
            return self._fancy_replace(a, alo, ahi, b, blo, bhi)
        if alo < ahi:
            return self._dump('-', a, alo, ahi)
        return self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        # Each line of the pair, followed by a '?' line when it has marks
        # (which keep the tabs of the line, so that they line up).
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield f'{sign} {line}'
            marks = _keep_original_ws(line, marks).rstrip()
            if marks:
                yield f"? {marks}\n"


def IS_LINE_JUNK(line, pat=re.compile(r"\s*(?:#\s*)?$").match):
    """True for a blank line or one holding only '#'."""
    return pat(line) is not None


# re was only needed for that default.
del re


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    # 'first,count' (1-based), 'first' alone for one line; an empty range
    # names the line before it.
    count = stop - start
    if count == 1:
        return str(start + 1)
    return f'{start + 1 if count else start},{count}'


def _format_range_context(start, stop):
    # 'first,last' (1-based), 'first' alone for at most one line; an empty
    # range names the line before it.
    count = stop - start
    first = start + 1 if count else start
    if count > 1:
        return f'{first},{stop}'
    return str(first)


def _check_types(a, b, *args):
    # Mixing bytes into str diffs would give garbled headers and lines.
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for extra in args:
        if not isinstance(extra, str):
            raise TypeError('all arguments must be str, not: %r' % (extra,))


def _headers(mark1, mark2, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    for mark, name, date in ((mark1, fromfile, fromfiledate),
                             (mark2, tofile, tofiledate)):
        stamp = '\t' + date if date else ''
        yield f'{mark} {name}{stamp}{lineterm}'


# unified_diff: the prefixes of a's and b's lines per opcode tag.
_UNIFIED_SIDES = {'equal': (' ', None), 'replace': ('-', '+'),
                  'delete': ('-', None), 'insert': (None, '+')}


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the unified diff of two lists of lines, with n lines of
    context; the file names and dates go in the --- and +++ header."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    # The header comes before the first hunk; without hunks there is none.
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for count, group in enumerate(hunks):
        if not count:
            yield from _headers('---', '+++', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        old = _format_range_unified(group[0][1], group[-1][2])
        new = _format_range_unified(group[0][3], group[-1][4])
        yield f'@@ -{old} +{new} @@{lineterm}'
        for tag, i1, i2, j1, j2 in group:
            sign_a, sign_b = _UNIFIED_SIDES[tag]
            if sign_a:
                yield from (sign_a + line for line in a[i1:i2])
            if sign_b:
                yield from (sign_b + line for line in b[j1:j2])


_CONTEXT_MARKS = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='',
                 fromfiledate='', tofiledate='', n=3, lineterm='\n'):
    """Yield the context diff of two lists of lines, with n lines of
    context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for count, group in enumerate(hunks):
        if not count:
            yield from _headers('***', '---', fromfile, tofile, fromfiledate,
                                tofiledate, lineterm)
        yield '*' * 15 + lineterm
        # Each side lists its lines only when it has changes; lines
        # inserted into b are not shown on a's side, deleted ones not on b's.
        for lines, first, last, star, skipped in ((a, 1, 2, '*', 'insert'),
                                                  (b, 3, 4, '-', 'delete')):
            span = _format_range_context(group[0][first], group[-1][last])
            fence = star * 4
            yield f'{star * 3} {span} {fence}{lineterm}'
            if all(op[0] in ('equal', skipped) for op in group):
                continue
            for op in group:
                if op[0] != skipped:
                    mark = _CONTEXT_MARKS[op[0]]
                    yield from (mark + line for line in lines[op[first]:op[last]])


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run a str diff function (unified_diff, context_diff) on lines of
    bytes, decoding and re-encoding them losslessly (surrogateescape)."""
    def as_text(data):
        try:
            return data.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(data).__name__, data)) from err

    old = [as_text(line) for line in a]
    new = [as_text(line) for line in b]
    labels = [as_text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    ending = as_text(lineterm)
    for line in dfunc(old, new, *labels, n, ending):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ(linejunk, charjunk).compare(a, b): the line-by-line delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from an ndiff delta."""
    own = {1: "- ", 2: "+ "}.get(int(which))
    if own is None:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", own):
            yield line[2:]


def __getattr__(name):
    if name == 'HtmlDiff':
        raise AttributeError("Kaa's difflib has no HtmlDiff yet")
    raise AttributeError(f"module 'difflib' has no attribute {name!r}")
