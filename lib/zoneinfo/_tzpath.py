"""The search path of TZif files (TZPATH) and the validation of zone keys."""
import os
import sysconfig


def _reset_tzpath(to=None, stacklevel=4):
    global TZPATH
    if to is None:
        setting = os.environ.get("PYTHONTZPATH", None)
        if setting is None:
            setting = sysconfig.get_config_var("TZPATH")
        paths = _parse_python_tzpath(setting, stacklevel)
    else:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, " + f"not {type(to)}: {to!r}")
        if not all(map(os.path.isabs, to)):
            raise ValueError(_get_invalid_paths_message(to))
        paths = to
    TZPATH = tuple(paths)


def reset_tzpath(to=None):
    """Reset global TZPATH."""
    _reset_tzpath(to)


def _parse_python_tzpath(env_var, stacklevel):
    if not env_var:
        return ()
    parts = env_var.split(os.pathsep)
    good = tuple(p for p in parts if os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _get_invalid_paths_message(parts), InvalidTZPathWarning, stacklevel=stacklevel)
    return good


def _get_invalid_paths_message(tzpaths):
    relative = [p for p in tzpaths if not os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in relative))


def find_tzfile(key):
    """Retrieve the path to a TZif file from a key."""
    _validate_tzfile_path(key)
    for folder in TZPATH:
        candidate = os.path.join(folder, key)
        if os.path.isfile(candidate):
            return candidate
    return None


# A relative base ("_/") to check that a key stays beneath it.
_TEST_PATH = os.path.normpath(os.path.join("_", "_"))[:-1]


def _validate_tzfile_path(path, _base=_TEST_PATH):
    if os.path.isabs(path):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {path}")
    normal = os.path.normpath(path)
    if len(normal) != len(path):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {path}")
    if not os.path.normpath(os.path.join(_base, normal)).startswith(_base):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {path}")


del _TEST_PATH


def _is_tzif(path):
    try:
        with open(path, "rb") as f:
            return f.read(4) == b"TZif"
    except Exception:
        return False


def available_timezones():
    """The set of the keys of every zone found on TZPATH (and in the tzdata
    package, when installed). This may open many files."""
    zones = set()
    try:
        from importlib import resources
        with resources.files("tzdata").joinpath("zones").open("r") as f:
            zones.update(line.strip() for line in f if line.strip())
    except (ImportError, FileNotFoundError):
        pass
    for root_dir in TZPATH:
        if not os.path.exists(root_dir):
            continue
        for folder, subdirs, files in os.walk(root_dir):
            if folder == root_dir:
                # right/ (with leap seconds) and posix/ duplicate the zones.
                for skip in ("right", "posix"):
                    if skip in subdirs:
                        subdirs.remove(skip)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, start=root_dir)
                if os.sep != "/":
                    key = key.replace(os.sep, "/")
                if key and key not in zones and _is_tzif(path):
                    zones.add(key)
    zones.discard("posixrules")
    return zones


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


TZPATH = ()
_reset_tzpath(stacklevel=5)
