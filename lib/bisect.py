"""Binary search and insertion into sorted sequences; the work is done by
the native _bisect module."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

# Without a suffix, both the search and the insertion land after any run of
# equal elements.
bisect, insort = bisect_right, insort_right
