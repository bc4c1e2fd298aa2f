# Ill-typed and out-of-range arguments to the time module's functions: CPython's
# exception types and messages.
import time

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)

class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 5.5
for a in ['x', None, -1, float('nan'), b'x', 1j, -1e-10, F()]:
    show(time.sleep, a)
for a in ['x', 1.5, -1, float('nan'), float('inf'), float('-inf'), 2**63, 2**62, 1e19, I(), F(), b'x', 1j, True, -0.0, 1e-10, 1e300,
          -2**40, 2**55, -62135596800, -62135596801, 253402300800, 67768036191676800, -67768040609740801, -1.5, 1.999999]:
    show(time.gmtime, a)
    show(time.localtime, a)
    show(time.ctime, a)
for a in [float('inf'), 1e300, 2**63, 2**70, 9223372036.9, 9223372037]:
    show(time.sleep, a)
show(time.sleep)
show(time.sleep, 1, 2)
show(time.sleep, secs=1)
show(time.gmtime, 1, 2)
show(time.gmtime, seconds=1)
show(time.localtime, 1, 2)
show(time.mktime, 'x')
show(time.mktime, (1, 2, 3))
show(time.mktime, (1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
show(time.mktime, ('a', 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (1.5, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (2**31, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (2**63, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (-2**31 - 1, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (-2**31, 2, 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, (2000, I(), 3, 4, 5, 6, 7, 8, 9))
show(time.mktime, [1970, 1, 1, 0, 0, 0, 0, 0, 0])
show(time.mktime, time.struct_time((1970, 1, 1, 0, 0, 0, 0, 0, 0, 5, 3600)))
show(time.mktime, time.struct_time((1970, 1, 1, 0, 0, 0, 0, 0, 0, 'X', 'y')))
show(time.mktime)
show(time.mktime, 1, 2)
for tt in [(2024, 13, 1, 0, 0, 0, 0, 0, 0), (2024, -1, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 32, 0, 0, 0, 0, 0, 0), (2024, 1, -1, 0, 0, 0, 0, 0, 0),
           (2024, 1, 1, 24, 0, 0, 0, 0, 0), (2024, 1, 1, -1, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 60, 0, 0, 0, 0), (2024, 1, 1, 0, 0, 62, 0, 0, 0),
           (2024, 1, 1, 0, 0, -1, 0, 0, 0), (2024, 1, 1, 0, 0, 61, -2, 0, 0), (2024, 1, 1, 0, 0, 61, -8, 0, 0), (2024, 1, 1, 0, 0, 61, 0, 367, 0),
           (2024, 1, 1, 0, 0, 61, 0, -1, 0), (2024, 1, 1, 0, 0, 61, 0, 0, -5)]:
    show(time.asctime, tt)
    show(time.strftime, '%Y', tt)
show(time.asctime, 'abc')
show(time.asctime, (1, 2))
show(time.asctime, 1, 2)
show(time.asctime, t=1)
show(time.ctime, 1, 2)
show(time.strftime)
show(time.strftime, 1)
show(time.strftime, b'%Y')
show(time.strftime, '%Y', 'x')
show(time.strftime, '%Y', (1, 2))
show(time.strftime, '%Y', (2024, 1, 1, 0, 0, 0, 0, 0, 0), 3)
show(time.strftime, '%Y\0%m', (2024, 1, 1, 0, 0, 0, 0, 0, 0))
show(time.strftime, format='%Y')
show(time.get_clock_info, 'x')
show(time.get_clock_info, 'time\0')
show(time.get_clock_info, 1)
show(time.get_clock_info)
show(time.get_clock_info, 'time', 1)
for a in ['x', 99, 2**40, 1.5, -1, 2**31, -2**31 - 1, None]:
    show(time.clock_gettime, a)
    show(time.clock_gettime_ns, a)
    show(time.clock_getres, a)
show(lambda: type(time.clock_gettime(I())).__name__)
show(time.clock_gettime)
show(time.clock_gettime, 1, 2)
show(time.clock_getres)
show(time.clock_settime, 99, 1.0)
show(time.clock_settime, 0, 'x')
show(time.clock_settime, 0, float('nan'))
show(time.clock_settime, 'x', 1)
show(time.clock_settime, 99, 2**70)
show(time.clock_settime, 0)
show(time.clock_settime_ns, 99, 1.0)
show(time.clock_settime_ns, 99, 1)
show(time.clock_settime_ns, 0, 'x')
show(time.clock_settime_ns, 99, 2**70)
show(time.pthread_getcpuclockid, 'x')
show(time.pthread_getcpuclockid, 1.5)
show(time.pthread_getcpuclockid)
for f in [time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns,
          time.process_time, time.process_time_ns, time.thread_time, time.thread_time_ns, time.tzset]:
    show(f, 1)
show(time.strptime)
show(time.strptime, 1)
show(time.strptime, 'x', 1)
show(time.strptime, '2024', '%Y', 1)
show(time.strptime, '2024', format='%Y')
show(time.struct_time)
show(time.struct_time, 1)
show(time.struct_time, range(8))
show(time.struct_time, range(12))
show(time.struct_time, range(9), 1)
