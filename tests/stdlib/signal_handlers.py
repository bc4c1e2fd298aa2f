# signal: Python handlers for signals the process sends itself (os.kill,
# raise_signal, an itimer), SIG_IGN, a handler's exception, the emulated signal
# mask with sigpending and sigwait, the wakeup fd, and the argument errors.
import os
import signal
import threading
import time

print(signal.SIGINT, repr(signal.SIGUSR1), repr(signal.Handlers.SIG_IGN), repr(signal.Sigmasks.SIG_BLOCK))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX, len(signal.valid_signals()))
print(signal.strsignal(signal.SIGUSR1), signal.strsignal(40), signal.strsignal(32))

got = []


def handler(sig, frame):
    got.append((signal.Signals(sig).name, type(frame).__name__))


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal', got)

# An itimer's SIGALRM interrupts time.sleep, which then sleeps the rest.
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.3)
print('sleep', got[-1], time.monotonic() - start >= 0.29)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(10), signal.alarm(0))

signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print('ignored', repr(signal.getsignal(signal.SIGUSR2)))


def failing(sig, frame):
    raise RuntimeError('from the handler')


signal.signal(signal.SIGINT, failing)
try:
    signal.raise_signal(signal.SIGINT)
except RuntimeError as e:
    print('caught', e)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')

# The signal mask holds a signal pending until sigwait takes it or it is unblocked.
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
os.kill(os.getpid(), signal.SIGUSR1)
print('blocked', signal.sigpending(), len(got))
print(repr(signal.sigwait([signal.SIGUSR1])))
print(signal.sigtimedwait([signal.SIGUSR1], 0.01))
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigtimedwait({signal.SIGUSR1}, 1)
print(type(info).__name__, info.si_signo)
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print('unblocked', len(got), got[-1])

r, w = os.pipe()
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.raise_signal(signal.SIGUSR1)
print(os.read(r, 10))
print(signal.set_wakeup_fd(-1) == w)


def in_thread():
    for f, a in [(signal.signal, (signal.SIGUSR1, handler)), (signal.set_wakeup_fd, (-1,))]:
        try:
            f(*a)
        except ValueError as e:
            print('thread:', e)


th = threading.Thread(target=in_thread)
th.start()
th.join()

for f, a in [(signal.signal, (0, handler)), (signal.signal, (signal.NSIG, handler)),
             (signal.signal, (signal.SIGUSR1, 5)), (signal.signal, (signal.SIGKILL, handler)),
             (signal.signal, ('x', handler)), (signal.getsignal, (-1,)), (signal.strsignal, (0,)),
             (signal.pthread_sigmask, (5, [])), (signal.pthread_sigmask, (0, [0])),
             (signal.sigtimedwait, ([1], -1)), (signal.setitimer, (7, 1)),
             (signal.set_wakeup_fd, (r,)), (signal.raise_signal, (100,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, str(e).replace(str(r), 'R'))
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__name__)
print(signal.default_int_handler.__doc__)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raised')
