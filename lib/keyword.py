"""Python's keywords, and the soft keywords that are keywords only in some
places (match statements, type aliases), as Kaa's parser knows them."""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
]

softkwlist = ["_", "case", "match", "type"]

# Both predicates are the bound __contains__ of a frozenset of the words.
iskeyword, issoftkeyword = [frozenset(words).__contains__
                            for words in (kwlist, softkwlist)]
