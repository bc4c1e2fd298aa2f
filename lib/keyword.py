"""Python's keywords, and the soft keywords that are keywords only in some
places (match statements, type aliases), as Kaa's parser knows them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
]

softkwlist = ["_", "case", "match", "type"]

# Membership tests of frozensets: iskeyword(s) is True when s is a keyword.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
