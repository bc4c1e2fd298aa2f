# A virtual environment made by python3.13 (without pip), its bin/python a link to
# the interpreter under test: sys.prefix becomes the environment, its site-packages
# (with a .pth file) is on sys.path, and the user's site-packages is not (the
# environment does not include system site-packages). Then -S, which leaves
# sys.prefix at the base, -I, a relative invocation and one found on PATH.
set -e
$REF -m venv --without-pip v
ln -sf "$PY" v/bin/python
sp=v/lib/python3.13/site-packages
mkdir -p $sp/vpkg extra ub/lib/python3.13/site-packages
printf 'from .util import twice\n' > $sp/vpkg/__init__.py
printf 'def twice(x):\n    return 2 * x\n' > $sp/vpkg/util.py
echo 'Y = "from the .pth folder"' > extra/ymod.py
echo "$PWD/extra" > $sp/extra.pth
echo 'print("user site must not be read")' > ub/lib/python3.13/site-packages/usercustomize.py
export PYTHONUSERBASE=$PWD/ub
SHOW='import sys, os, site
tmp = os.getcwd()
def n(p):
    return "BASE" if p == sys.base_prefix else str(p).replace(tmp, "TMP")
print(n(sys.prefix), n(sys.exec_prefix), tmp in sys.base_prefix, n(sys.executable))
print([n(p) for p in sys.path if tmp in p])
print(site.ENABLE_USER_SITE, [n(p) for p in site.PREFIXES if tmp in p], [n(p) for p in site.getsitepackages() if tmp in p])'
v/bin/python -c "$SHOW
import vpkg, ymod; print(vpkg.twice(21), ymod.Y, n(vpkg.__file__))"
echo "== -S"
v/bin/python -S -c "$SHOW"
echo "== -I"
v/bin/python -I -c "$SHOW"
echo "== relative"
(cd v && bin/python -c "$SHOW")
echo "== PATH"
PATH="$PWD/v/bin:$PATH" python -c "$SHOW"
