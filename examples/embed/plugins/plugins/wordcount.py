"""Counts words with collections.Counter."""
from collections import Counter


def transform(text):
    words = Counter(text.lower().split())
    return dict(words.most_common(3))
