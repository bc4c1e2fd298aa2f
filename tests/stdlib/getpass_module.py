# getpass: getuser from the environment and the password database, and the
# fallback reader (its warning, prompt and line handling) on a replaced stdin.
import getpass, io, os, pwd, sys, warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
saved = {k: os.environ.pop(k) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME') if k in os.environ}
os.environ['USERNAME'] = 'dora'
print(getpass.getuser())
os.environ['LNAME'] = 'carol'
print(getpass.getuser())
os.environ['USER'] = 'bob'
print(getpass.getuser())
os.environ['LOGNAME'] = 'alice'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    del os.environ[k]
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
os.environ.update(saved)

real_stdin = sys.stdin
for text, prompt in [('secret\n', 'Password: '), ('no newline', 'Pw> '), ('two\nlines\n', ''), ('', 'Password: '), ('x\n', 42)]:
    sys.stdin = io.StringIO(text)
    out = io.StringIO()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            got = getpass.fallback_getpass(prompt, out)
        except EOFError:
            got = 'EOFError'
    print(repr(got), repr(out.getvalue()), [(x.category.__name__, str(x.message)) for x in w])
sys.stdin = io.StringIO('typed\n')
saved_err = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    got = getpass.fallback_getpass()
err, sys.stderr = sys.stderr.getvalue(), saved_err
print(repr(got), repr(err), len(w), w[0].filename == __file__)
sys.stdin = io.StringIO('win\n')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(getpass.win_getpass('P: ', io.StringIO())), len(w))
sys.stdin = real_stdin
