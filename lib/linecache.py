"""Lines of source files, read once and kept.

getline(filename, lineno) is the line (with its newline) or "" when there is
none; the cache maps a file name to (size, mtime, lines, fullname), or for
lazily loaded modules to a 1-tuple holding a function returning the source.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename, or "" when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All the lines of filename (read now unless cached)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached files (or filename) that changed on disk."""
    import os
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Read filename again into the cache; its lines ([] if unreadable)."""
    import os
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    if entry is not None and len(entry) == 1:
        try:
            text = entry[0]()
        except (ImportError, OSError):
            text = None
        if text is not None:
            lines = text.splitlines(True)
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            cache[filename] = (len(text), None, lines, filename)
            return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if lazycache(filename, module_globals):
            return updatecache(filename, module_globals)
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            if not isinstance(folder, str):
                continue
            try:
                fullname = os.path.join(folder, filename)
                st = os.stat(fullname)
                break
            except (OSError, ValueError, TypeError):
                continue
        else:
            return []
    try:
        with open(fullname, "rb") as f:
            data = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    text = data.decode("utf-8", "replace")
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Note how to get filename's source from its module's loader, without
    reading it yet; True when that is possible."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if (not filename or (filename.startswith("<") and filename.endswith(">"))
            or not module_globals):
        return False
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals.get("__name__")
    loader = getattr(spec, "loader", None) or module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if name and get_source:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False
