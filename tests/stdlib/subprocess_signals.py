# subprocess with signals: a handler runs during Popen.wait and communicate (which
# then go on), a handler's exception ends the wait; text mode, encodings, line
# buffering, timeouts with both pipes, executable with and without shell, user, process_group.
import subprocess, sys, signal, time, os
print(subprocess._args_from_interpreter_flags(), subprocess._optim_args_from_interpreter_flags())
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append('alarm'))
p = subprocess.Popen(['sleep', '0.3'])
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(p.wait(), got)
p = subprocess.Popen(['sh', '-c', 'sleep 0.3; echo done'], stdout=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(p.communicate(), got)
def boom(s, f): raise RuntimeError('boom')
signal.signal(signal.SIGALRM, boom)
p = subprocess.Popen(['sleep', '0.5'])
signal.setitimer(signal.ITIMER_REAL, 0.05)
try: p.wait()
except RuntimeError as e: print('interrupted', e, p.returncode)
print(p.wait())
r = subprocess.run([sys.executable, '-c', 'import sys; sys.stdout.write(sys.stdin.read())'], input='a\r\nb\rc\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['printf', '\\xff\\xfe'], capture_output=True, encoding='utf-8', errors='replace')
print(repr(r.stdout))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1) as p:
    p.stdin.write('line\n'); print(p.stdout.readline(), end='')
    p.stdin.close()
print(p.returncode)
p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(5)'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try: p.communicate(timeout=0.2)
except subprocess.TimeoutExpired as e: print('TE', e.output, e.stderr)
p.kill(); print(p.communicate(), p.returncode)
print(subprocess.run(['sh', '-c', 'echo $0'], capture_output=True, executable='/bin/bash').stdout)
print(subprocess.run('echo $0', shell=True, capture_output=True, executable='/bin/bash').stdout)
print(subprocess.run(['id', '-u'], capture_output=True, user=os.getuid()).stdout == str(os.getuid()).encode() + b'\n')
print(subprocess.run(['sh', '-c', 'echo $$ ; ps -o pgid= -p $$'], capture_output=True, process_group=0).returncode)
# register_at_fork checks its hooks (Kaa has no os.fork to call them around).
os.register_at_fork(before=print, after_in_child=print, after_in_parent=print)
for kw in [{}, {'before': 1}, {'after_in_child': None}]:
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(e)
