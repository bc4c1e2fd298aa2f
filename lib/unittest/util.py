"""Helpers shared by the unittest modules: short reprs and list differences."""

from collections import namedtuple, Counter
from os.path import commonprefix

__unittest = True

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN +
                               _MIN_COMMON_LEN + _PLACEHOLDER_LEN + _MIN_END_LEN)
assert _MIN_DIFF_LEN >= 0


def _shorten(text, head, tail):
    # Replace the middle of text by "[N chars]" when that saves anything.
    dropped = len(text) - head - tail
    if dropped <= _PLACEHOLDER_LEN:
        return text
    return f'{text[:head]}[{dropped} chars]{text[len(text) - tail:]}'


def _common_shorten_repr(*args):
    """Reprs of args, shortened together so their differences stay visible."""
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    shared = commonprefix(reprs)
    n = len(shared)
    keep = _MAX_LENGTH - (longest - n + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if keep > _MIN_COMMON_LEN:
        head = _shorten(shared, _MIN_BEGIN_LEN, keep)
        return tuple(head + r[n:] for r in reprs)
    head = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[n:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def safe_repr(obj, short=False):
    """repr(obj), or object's default repr when that raises; cut at 80
    characters when short."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def sorted_list_difference(expected, actual):
    """For two sorted lists, the items only in expected and only in actual
    (duplicates reported once)."""
    only_e, only_a = [], []
    i = j = 0
    ne, na = len(expected), len(actual)
    while i < ne and j < na:
        e, a = expected[i], actual[j]
        if e < a:
            only_e.append(e)
            i += 1
            while i < ne and expected[i] == e:
                i += 1
        elif e > a:
            only_a.append(a)
            j += 1
            while j < na and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < ne and expected[i] == e:
                i += 1
            j += 1
            while j < na and actual[j] == a:
                j += 1
    only_e.extend(expected[i:])
    only_a.extend(actual[j:])
    return only_e, only_a


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered; actual
    is consumed.  Duplicates count."""
    not_found = []
    for _ in range(len(expected)):
        wanted = expected.pop()
        if wanted in actual:
            # Take out the first equal item only: duplicates count.
            del actual[actual.index(wanted)]
        else:
            not_found.append(wanted)
    return not_found, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    if x < y:
        return -1
    return 1 if x > y else 0


_Mismatch = namedtuple('Mismatch', ['actual', 'expected', 'value'])


def _count_diff_all_purpose(actual, expected):
    'Mismatches of element counts, for elements that need not be hashable'
    left, right = list(actual), list(expected)
    nl, nr = len(left), len(right)
    gone = object()
    found = []
    for i, item in enumerate(left):
        if item is gone:
            continue
        in_left = 0
        for k in range(i, nl):
            if left[k] == item:
                in_left += 1
                left[k] = gone
        in_right = 0
        for k, other in enumerate(right):
            if other == item:
                in_right += 1
                right[k] = gone
        if in_left != in_right:
            found.append(_Mismatch(in_left, in_right, item))
    for i, item in enumerate(right):
        if item is gone:
            continue
        in_right = 0
        for k in range(i, nr):
            if right[k] == item:
                in_right += 1
                right[k] = gone
        found.append(_Mismatch(0, in_right, item))
    return found


def _count_diff_hashable(actual, expected):
    'Mismatches of element counts, for hashable elements'
    left, right = Counter(actual), Counter(expected)
    found = []
    for item, n in left.items():
        m = right.get(item, 0)
        if n != m:
            found.append(_Mismatch(n, m, item))
    for item, m in right.items():
        if item not in left:
            found.append(_Mismatch(0, m, item))
    return found
