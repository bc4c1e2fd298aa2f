"""Coverage of the standard library's public names: for each module, the names
python3.13's dir() lists, how many of them Kaa's module has, and which are missing.

Usage: python3.13 tests/stdlib/tools/coverage.py [KAA] [MODULE ...]
KAA is the kaa binary (default: ./kaa); MODULE the modules to compare (default: the
list below). A module Kaa cannot import counts 0. Names CPython has only on other
platforms never appear, since python3.13 here is Linux's.
"""
import ast
import subprocess
import sys

MODULES = """
sys os os.path posixpath genericpath stat errno pwd grp fcntl resource select selectors signal
atexit gc weakref _weakref io _io codecs encodings locale time _thread threading queue _queue
datetime _datetime _strptime calendar zoneinfo
subprocess shlex shutil tempfile fnmatch glob pathlib getpass getopt __future__ site sysconfig
platform math abc _collections_abc collections.abc collections operator itertools functools heapq bisect reprlib string textwrap contextlib warnings _warnings linecache enum dataclasses json json.decoder json.encoder json.scanner _json struct _struct binascii base64
cmath configparser ipaddress mimetypes optparse quopri plistlib
""".split()

PROBE = r"""
import importlib, sys
out = {}
for name in sys.argv[1:]:
    try:
        m = importlib.import_module(name)
        out[name] = [n for n in dir(m) if not n.startswith('_') or n.startswith('__') and n.endswith('__')]
    except BaseException as e:
        out[name] = None
print(repr(out))
"""


def names(exe, mods):
    r = subprocess.run([exe, "-c", PROBE, *mods], capture_output=True, text=True)
    try:
        return ast.literal_eval(r.stdout)
    except (ValueError, SyntaxError):
        return {m: None for m in mods}


def main():
    args = sys.argv[1:]
    kaa = args.pop(0) if args and not args[0].isidentifier() else "./kaa"
    mods = args or MODULES
    ref, got = names(sys.executable, mods), names(kaa, mods)
    print(f"| module | CPython | Kaa | % | missing |")
    print(f"|---|---|---|---|---|")
    for m in mods:
        want = ref.get(m) or []
        have = set(got.get(m) or [])
        missing = [n for n in want if n not in have]
        pct = 100 * (len(want) - len(missing)) // max(len(want), 1)
        shown = " ".join(missing[:12]) + (f" (+{len(missing) - 12})" if len(missing) > 12 else "")
        status = "" if got.get(m) is not None else " (no module)"
        print(f"| {m}{status} | {len(want)} | {len(want) - len(missing)} | {pct} | {shown} |")


main()
