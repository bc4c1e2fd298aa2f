"""Where zoneinfo looks for TZif files (TZPATH), and which zone keys are
acceptable as file names beneath it."""
import os
import sysconfig


def _reset_tzpath(to=None, stacklevel=4):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, " + f"not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_get_invalid_paths_message(to))
        TZPATH = tuple(to)
        return
    # No explicit list: the environment wins over the build configuration.
    source = os.environ.get("PYTHONTZPATH")
    if source is None:
        source = sysconfig.get_config_var("TZPATH")
    TZPATH = tuple(_parse_python_tzpath(source, stacklevel))


def reset_tzpath(to=None):
    """Set TZPATH to the sequence of absolute paths `to`, or recompute it
    from PYTHONTZPATH / the build configuration when `to` is None."""
    _reset_tzpath(to)


def _parse_python_tzpath(env_var, stacklevel):
    # Split an os.pathsep list, keep the absolute entries, warn about the rest.
    entries = env_var.split(os.pathsep) if env_var else []
    kept = tuple(filter(os.path.isabs, entries))
    if len(kept) < len(entries):
        from warnings import warn
        text = "Invalid paths specified in PYTHONTZPATH environment variable. "
        warn(text + _get_invalid_paths_message(entries),
             InvalidTZPathWarning, stacklevel=stacklevel)
    return kept


def _get_invalid_paths_message(tzpaths):
    bad = "".join("\n    " + p for p in tzpaths if not os.path.isabs(p))
    return "Paths should be absolute but found the following relative paths:" + bad


def find_tzfile(key):
    """The first file named key under a TZPATH directory, or None."""
    _validate_tzfile_path(key)
    candidates = (os.path.join(top, key) for top in TZPATH)
    return next(filter(os.path.isfile, candidates), None)


# The relative directory "_" plus a separator: a valid key joined onto it and
# normalized must still begin with it.
_BASE_DIR = os.path.join("_", "")


def _validate_tzfile_path(path, _base=_BASE_DIR):
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    tidy = os.path.normpath(path)
    if len(tidy) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    if not os.path.normpath(os.path.join(_base, tidy)).startswith(_base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


del _BASE_DIR


def _looks_like_tzif(path):
    try:
        with open(path, "rb") as stream:
            magic = stream.read(4)
    except Exception:
        return False
    return magic == b"TZif"


def _tzdata_keys():
    # Keys listed by the tzdata package, or nothing when it is missing.
    try:
        import importlib.resources as res
        with res.files("tzdata").joinpath("zones").open("r") as listing:
            return {line.strip() for line in listing if line.strip()}
    except (ImportError, FileNotFoundError):
        return set()


def _walk_keys(top, found):
    for here, subdirs, files in os.walk(top):
        if here == top:
            # right/ (leap seconds) and posix/ only duplicate the main zones.
            subdirs[:] = [d for d in subdirs if d not in ("right", "posix")]
        for name in files:
            full = os.path.join(here, name)
            key = os.path.relpath(full, start=top).replace(os.sep, "/")
            if key and key not in found and _looks_like_tzif(full):
                found.add(key)


def available_timezones():
    """The set of the keys of every zone found on TZPATH (and in the tzdata
    package, when installed). This may open many files."""
    found = _tzdata_keys()
    for top in TZPATH:
        if os.path.exists(top):
            _walk_keys(top, found)
    found.discard("posixrules")
    return found


class InvalidTZPathWarning(RuntimeWarning):
    """Warning category for relative entries in PYTHONTZPATH."""


TZPATH = ()
_reset_tzpath(stacklevel=5)
