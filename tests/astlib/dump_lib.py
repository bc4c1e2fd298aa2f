"""For each .py file named on stdin (one path per line), prints
"<sha256 of `python -m ast -a FILE` output>\t<path>", or "ERROR <exception type>\t<path>"
when python3.13 rejects the file. Used by cmd/kaa's Lib corpus test.

Run: find LIB -name '*.py' | PYENV_VERSION=3.13.0 python3.13 dump_lib.py
"""
import ast, hashlib, sys
from concurrent.futures import ProcessPoolExecutor


def one(path):
    try:
        with open(path, "rb") as f:
            src = f.read()
        tree = ast.parse(src, path, "exec", type_comments=True)
        out = ast.dump(tree, include_attributes=True, indent=3) + "\n"
        return hashlib.sha256(out.encode("utf-8", "surrogatepass")).hexdigest() + "\t" + path
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return "ERROR " + type(e).__name__ + "\t" + path


if __name__ == "__main__":
    paths = [l.rstrip("\n") for l in sys.stdin if l.strip()]
    with ProcessPoolExecutor(2) as ex:
        for line in ex.map(one, paths, chunksize=16):
            print(line)
