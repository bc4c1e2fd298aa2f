# subprocess: run, Popen, communicate with input and timeouts, check_output,
# check_call, call, getoutput, getstatusoutput, text mode, pass_fds, signals to
# children, and the errors of a program that cannot be started (sys.executable
# is the interpreter itself).
import os
import signal
import subprocess
import sys

PY = sys.executable
print(subprocess.run(['echo', 'hi'], capture_output=True))
r = subprocess.run([PY, '-c', 'import sys; print(sys.stdin.read().upper()); sys.exit(3)'],
                   input='abc', capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args[1:])
print(subprocess.check_output('echo $X; echo err >&2', shell=True, env={'X': 'val', 'PATH': os.environ['PATH']},
                              stderr=subprocess.STDOUT))
print(subprocess.check_output(['printf', 'a\\r\\nb\\rc'], text=True).splitlines())
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output)
try:
    subprocess.run(['sh', '-c', 'echo partial; sleep 5'], timeout=0.3, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout, e.output, e.stdout)
for cmd, kw in [(['/no_such_dir_kaa/prog'], {}), (['nonexistent_prog_xyz'], {}), (['ls'], {'cwd': '/no_such_dir_kaa'}),
                (['/etc/passwd'], {}), ([], {}), (['true'], {'startupinfo': 1}),
                (['true'], {'bufsize': 'x'}), (['true'], {'text': True, 'universal_newlines': False}),
                (['true'], {'user': -1}), (['true'], {'group': 1.5})]:
    try:
        subprocess.run(cmd, **kw)
    except (OSError, ValueError, TypeError, IndexError, subprocess.SubprocessError, RuntimeError) as e:
        print(type(e).__name__, e.args[:2] if isinstance(e, OSError) else '', getattr(e, 'filename', None))
p = subprocess.Popen(['sleep', '10'])
print(p.poll())
p.terminate()
print(p.wait(), p.poll(), repr(p))
p = subprocess.Popen(['sleep', '10'])
p.send_signal(signal.SIGKILL)
print(p.wait())
p.kill()  # after the end: nothing happens
print(subprocess.CalledProcessError(-9, ['x']), subprocess.CalledProcessError(-200, 'y'),
      subprocess.CalledProcessError(2, 'z'))
print(subprocess.TimeoutExpired('cmd', 1.5))
print(subprocess.getstatusoutput('echo out; exit 4'), repr(subprocess.getoutput('printf "a\\nb\\n"')))
print(subprocess.call(['true']), subprocess.call('exit 7', shell=True))
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', '', 'f\\\\"g', 'plain']))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, err = p.communicate(b'x' * 200000)
print(len(out), err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'echo start; sleep 1; echo end'], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('timeout', e.output)
print(p.communicate())
try:
    p.wait(timeout=0)
    print('waited', p.returncode)
except subprocess.TimeoutExpired:
    print('no')
p = subprocess.Popen(['sleep', '2'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
p.wait()
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
r, w = os.pipe()
subprocess.run(['sh', '-c', f'echo passed >&{w}'], pass_fds=[w])
os.close(w)
print(os.read(r, 100))
os.close(r)
print(subprocess.run([PY, '-c', 'import os, signal; os.kill(os.getpid(), signal.SIGTERM)']).returncode)
print(subprocess.run(['sh', '-c', 'yes | head -1'], capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'umask'], capture_output=True, umask=0o27).stdout)
print(subprocess.run(['pwd'], capture_output=True, cwd='/').stdout)
print(subprocess.run([PY, '-c', 'import os; print(os.getsid(0) == os.getpid())'], capture_output=True,
                     start_new_session=True).stdout)
cp = subprocess.CompletedProcess(['a'], 1, b'o')
print(cp, subprocess.CompletedProcess[int])
try:
    cp.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout)
for f, a, kw in [(subprocess.check_output, (['true'],), {'stdout': 1}), (subprocess.run, (['true'],), {'input': b'', 'stdin': 0}),
                 (subprocess.run, (['true'],), {'capture_output': True, 'stderr': 1})]:
    try:
        f(*a, **kw)
    except ValueError as e:
        print(e)
print(subprocess.check_output(['cat'], input=None), subprocess.check_output(['cat'], input=None, text=True))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError))
