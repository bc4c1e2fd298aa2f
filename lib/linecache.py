"""Lines of source files, read once and kept.

getline(filename, lineno) is the line (with its newline) or "" when there is
none; the cache maps a file name to (size, mtime, lines, fullname), or for
lazily loaded modules to a 1-tuple holding a function returning the source.
"""

import sys

__all__ = [
    "getline",
    "clearcache",
    "checkcache",
    "lazycache",
]

cache = {}


def _pseudo(name):
    # "<stdin>", "<string>" and the like name no file on disk.
    return not name or (name[:1] == "<" and name[-1:] == ">")


def _as_lines(text):
    # Keep the line ends; the last line always gets one.
    rows = text.splitlines(True)
    if rows and rows[-1][-1:] != "\n":
        rows[-1] = rows[-1] + "\n"
    return rows


def clearcache():
    """Forget every file read."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of filename, or "" when there is no such line."""
    found = getlines(filename, module_globals)
    if lineno < 1 or lineno > len(found):
        return ""
    return found[lineno - 1]


def getlines(filename, module_globals=None):
    """All the lines of filename (read now unless cached)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) > 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:  # too big to keep: start again with nothing
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached files (or filename) that changed on disk."""
    import os
    for name in (list(cache) if filename is None else [filename]):
        entry = cache.get(name)
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue  # unknown, lazy or not from a file: nothing to compare
        try:
            now = os.stat(entry[3])
        except (ValueError, OSError):
            now = None
        if now is None or (now.st_size, now.st_mtime) != entry[:2]:
            cache.pop(name, None)


def _locate(filename, module_globals):
    # (stat result, path) for filename, searched along sys.path when it is
    # relative and not where it says; None when it cannot be found, or the
    # string "lazy" when a loader now knows how to produce it.
    import os
    try:
        return os.stat(filename), filename
    except OSError:
        pass
    if lazycache(filename, module_globals):
        return "lazy"
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        try:
            candidate = os.path.join(folder, filename)
            return os.stat(candidate), candidate
        except (TypeError, ValueError, OSError):
            pass
    return None


def updatecache(filename, module_globals=None):
    """Read filename again into the cache; its lines ([] if unreadable)."""
    entry = cache.pop(filename, None)
    if _pseudo(filename):
        return []
    if entry is not None and len(entry) == 1:
        try:
            text = entry[0]()
        except (OSError, ImportError):
            text = None
        if text is not None:
            rows = _as_lines(text)
            cache[filename] = (len(text), None, rows, filename)
            return rows
    where = _locate(filename, module_globals)
    if where == "lazy":
        return updatecache(filename, module_globals)
    if where is None:
        return []
    st, path = where
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except (UnicodeDecodeError, SyntaxError, OSError):
        return []
    rows = _as_lines(raw.decode("utf-8", "replace"))
    cache[filename] = (st.st_size, st.st_mtime, rows, path)
    return rows


def lazycache(filename, module_globals):
    """Note how to get filename's source from its module's loader, without
    reading it yet; True when that is possible."""
    known = cache.get(filename)
    if known is not None:
        return len(known) == 1
    if _pseudo(filename) or not module_globals:
        return False
    spec = module_globals.get("__spec__")
    modname = getattr(spec, "name", None) or module_globals.get("__name__")
    loader = getattr(spec, "loader", None) or module_globals.get("__loader__")
    fetch = getattr(loader, "get_source", None)
    if not (modname and fetch):
        return False
    cache[filename] = (lambda: fetch(modname),)
    return True
