# The clocks: types, relations between them, get_clock_info, the CLOCK_*
# constants, and sleep (short) with its argument errors. No wall-clock values are
# printed.
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f, f_ns = getattr(time, name), getattr(time, name + '_ns')
    a, b = f(), f_ns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0, abs(b / 1e9 - a) < 5)
    info = time.get_clock_info(name)
    print(' ', type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
    print(' ', sorted(vars(info)))
print(time.time() > 1.7e9, time.time_ns() > 1.7e18)
m1 = time.monotonic(); m2 = time.monotonic(); print(m2 >= m1)
n1 = time.monotonic_ns(); n2 = time.monotonic_ns(); print(n2 >= n1)
p1 = time.perf_counter_ns(); time.sleep(0.01); p2 = time.perf_counter_ns(); print(p2 - p1 >= 10_000_000)
c1 = time.process_time(); sum(range(100000)); c2 = time.process_time(); print(c2 >= c1)
for name in ['CLOCK_BOOTTIME', 'CLOCK_MONOTONIC', 'CLOCK_MONOTONIC_RAW', 'CLOCK_PROCESS_CPUTIME_ID',
             'CLOCK_REALTIME', 'CLOCK_TAI', 'CLOCK_THREAD_CPUTIME_ID']:
    clk = getattr(time, name)
    print(name, clk, type(time.clock_gettime(clk)).__name__, type(time.clock_gettime_ns(clk)).__name__, time.clock_getres(clk))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
print(abs(time.clock_gettime_ns(time.CLOCK_MONOTONIC) - time.monotonic_ns()) < 5e9)
print(callable(time.pthread_getcpuclockid))
print(time.sleep(0), time.sleep(0.001), time.sleep(False), time.sleep(-0.0))
print(time._STRUCT_TM_ITEMS, time.__name__, time.__doc__.splitlines()[0])
try:
    time.get_clock_info('nope')
except ValueError as e:
    print('ValueError', e)
