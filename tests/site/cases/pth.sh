# The user's site-packages (PYTHONUSERBASE): its .pth files (paths relative and
# absolute, repeated, missing, comments, blank lines, import lines, a failing line,
# a hidden file), sitecustomize and usercustomize; then -s, PYTHONNOUSERSITE, -I
# and -S.
set -e
export PYTHONUSERBASE=$PWD/ub
sp=ub/lib/python3.13/site-packages
mkdir -p $sp/extra more hidden_dir
echo 'X = "from extra"' > $sp/extra/mod_extra.py
printf '# a comment\n\nextra\n%s/more\nmissing\nextra  \nimport sys; print("import line ran", file=sys.stderr)\n' "$PWD" > $sp/a.pth
printf 'import nosuch_module_in_pth\nhidden_dir\n' > $sp/b.pth
printf '%s/hidden_dir\n' "$PWD" > $sp/.hidden.pth
echo 'print("sitecustomize ran")' > $sp/sitecustomize.py
echo 'print("usercustomize ran")' > $sp/usercustomize.py
SHOW='import sys, os, site, builtins
tmp = os.getcwd()
def n(p): return str(p).replace(tmp, "TMP")
print([n(p) for p in sys.path if tmp in p])
print(site.ENABLE_USER_SITE, n(site.USER_SITE), n(site.USER_BASE), hasattr(builtins, "exit"))
print("sitecustomize" in sys.modules, "usercustomize" in sys.modules)'
echo "== default"
$PY -c "$SHOW
import mod_extra; print(mod_extra.X)"
for opt in -s -I; do
  echo "== $opt"
  $PY $opt -c "$SHOW"
done
echo "== PYTHONNOUSERSITE"
PYTHONNOUSERSITE=1 $PY -c "$SHOW"
echo "== -S"
$PY -S -c "$SHOW
site.main(); print([n(p) for p in sys.path if tmp in p])"
