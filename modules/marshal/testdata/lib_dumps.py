# Prints, for each top-level module of the Lib directory given, the size and MD5
# of marshal.dumps(compile(source)), for marshal_test.go to compare python3.13's
# with Kaa's.
import hashlib
import marshal
import os
import sys

lib = sys.argv[1]
for name in sorted(f for f in os.listdir(lib) if f.endswith('.py')):
    with open(os.path.join(lib, name), 'rb') as f:
        src = f.read()
    try:
        code = compile(src, name, 'exec')
    except Exception as e:
        print(name, 'error', type(e).__name__)
        continue
    data = marshal.dumps(code)
    print(name, len(data), hashlib.md5(data).hexdigest())
