# A pure-Python package, as a wheel made here by hand, installed by python3.13's
# pip (no network) with --target (then found through PYTHONPATH) and with --prefix
# into a virtual environment's site-packages; both import and run.
set -e
$REF - <<'PY'
import zipfile
files = {
    "tinypkg/__init__.py": 'from .core import Counter, greet\n__version__ = "1.0"\n',
    "tinypkg/core.py": (
        "import os\n"
        "class Counter:\n"
        "    def __init__(self):\n"
        "        self.n = 0\n"
        "    def __call__(self):\n"
        "        self.n += 1\n"
        "        return self.n\n"
        "def greet(who):\n"
        "    with open(os.path.join(os.path.dirname(__file__), 'greeting.txt')) as f:\n"
        "        return f.read().strip() + ', ' + who\n"
    ),
    "tinypkg/greeting.txt": "hello\n",
    "tinymod.py": "def top():\n    return 'top-level module'\n",
    "tinypkg-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: tinypkg\nVersion: 1.0\n",
    "tinypkg-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: by hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    "tinypkg-1.0.dist-info/top_level.txt": "tinypkg\ntinymod\n",
}
files["tinypkg-1.0.dist-info/RECORD"] = "".join(name + ",,\n" for name in list(files) + ["tinypkg-1.0.dist-info/RECORD"])
with zipfile.ZipFile("tinypkg-1.0-py3-none-any.whl", "w") as z:
    for name, text in files.items():
        z.writestr(name, text)
PY
PIP="$REF -m pip install --quiet --no-index --no-cache-dir --disable-pip-version-check --no-warn-script-location"
$PIP --target tgt tinypkg-1.0-py3-none-any.whl > /dev/null 2>&1
USE='import os, tinypkg, tinymod
tmp = os.getcwd()
c = tinypkg.Counter(); c(); c()
print(tinypkg.__version__, c(), tinypkg.greet("kaa"), tinymod.top(), tinypkg.__file__.replace(tmp, "TMP"))'
PYTHONPATH=tgt $PY -c "$USE"
$REF -m venv --without-pip v
ln -sf "$PY" v/bin/python
$PIP --prefix v tinypkg-1.0-py3-none-any.whl > /dev/null 2>&1
v/bin/python -c "$USE"
ls v/lib/python3.13/site-packages
