"""Bisection algorithms."""

# Kaa's bisection is native (_bisect); these are the module's public names.
from _bisect import bisect_left, bisect_right, insort_left, insort_right

# The plain names are the "right" variants: after any equal items.
bisect = bisect_right
insort = insort_right
