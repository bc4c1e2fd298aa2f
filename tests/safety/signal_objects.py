# _signal with ill-typed and out-of-range arguments. Nothing here sends a real
# signal, sets a timer or waits long: the functions that would (alarm, setitimer,
# pause, pthread_kill, raise_signal, pidfd_send_signal, the sigwaits) get only
# arguments they must reject, or a zero timeout. The test's interpreter has no
# signal port, so handlers set here are only recorded.
import _signal

args_pool = [(), (1,), ('x',), (None,), ([],), (1, 2), (1.5,), (object(),), (-1,), (2**70,), (-2**63,),
             (0,), (65,), (1, 'x'), ('x', 1), (1, None), (9, print), (19, 0), (32, 1), (2, 2), ([0],), ([1, 'a'],),
             (0, [2**40]), (3, [1]), (1, 2, 3), (iter([1]),), (float('nan'),), (1j,), (-1.5, 2)]
kw_pool = [{}, {'bogus': 1}, {'warn_on_full_buffer': 'x'}]
safe = ['getsignal', 'signal', 'strsignal', 'valid_signals', 'siginterrupt', 'default_int_handler',
        'getitimer', 'sigpending', 'pthread_sigmask', 'set_wakeup_fd']
bad = count = 0


def call(name, f, a, k):
    global bad, count
    count += 1
    try:
        f(*a, **k)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', name, a, k, e)
    except BaseException:
        pass


old = {s: _signal.getsignal(s) for s in range(1, 65)}
for name in safe:
    for a in args_pool:
        for k in kw_pool:
            if name == 'set_wakeup_fd' and a and a[0] in (0, 1, 2):
                continue
            call(name, getattr(_signal, name), a, k)
_signal.pthread_sigmask(_signal.SIG_SETMASK, [])
_signal.set_wakeup_fd(-1)
for s, h in old.items():
    if h is not None and s not in (9, 19, 32, 33):
        _signal.signal(s, h)
# Only rejected arguments, or no wait.
for name, a in [('alarm', ('x',)), ('alarm', (2**70,)), ('alarm', (None,)), ('setitimer', (7, 1)), ('setitimer', ('x', 1)),
                ('setitimer', (0, 'x')), ('setitimer', (0, float('nan'), 'x')), ('setitimer', (0, 0)),
                ('pthread_kill', ('x', 1)), ('pthread_kill', (1, 2**70)), ('pthread_kill', (1, 0)), ('pthread_kill', (1, -1)),
                ('raise_signal', ('x',)), ('raise_signal', (0,)), ('raise_signal', (100,)), ('raise_signal', (-1,)),
                ('pidfd_send_signal', (-1, 0)), ('pidfd_send_signal', (-1, 1, 'x')), ('pidfd_send_signal', ('x', 1)),
                ('sigwait', ('x',)), ('sigwait', ([0],)), ('sigwaitinfo', (None,)), ('sigtimedwait', ([1], 0)),
                ('sigtimedwait', ([1], -1)), ('sigtimedwait', ([1], 'x')), ('sigtimedwait', ([1], float('nan'))),
                ('sigtimedwait', ([1], 1e-9)), ('pause', (1,))]:
    call(name, getattr(_signal, name), a, {})
print('calls', count, 'system errors', bad)
