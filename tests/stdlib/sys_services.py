# sys: hooks and runtime services (audit hooks, switch interval, asyncgen hooks,
# monitoring's tool registry, the internals programs probe).
import sys

log = []
sys.addaudithook(lambda event, args: log.append((event, args)))
sys.audit("kaa.test", 1, "two")
sys.audit("kaa.empty")
print([e for e in log if e[0].startswith("kaa.")])
for bad in [(), (1,)]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print("TypeError:", e)

def veto(event, args):
    if event == "kaa.veto":
        raise RuntimeError("vetoed " + repr(args))
sys.addaudithook(veto)
try:
    sys.audit("kaa.veto", 3)
except RuntimeError as e:
    print("RuntimeError:", e)

print(sys.getswitchinterval())
sys.setswitchinterval(0.02)
print(sys.getswitchinterval())
for bad in [0, -1.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)

print(sys.get_asyncgen_hooks())
first = lambda agen: None
sys.set_asyncgen_hooks(firstiter=first)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer, h[0] is first, len(h))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError:", e)

print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(0)

print(sys.call_tracing(max, (3, 9, 4)))
try:
    sys.call_tracing(max, [1])
except TypeError as e:
    print("TypeError:", e)

mon = sys.monitoring
print(mon.DEBUGGER_ID, mon.COVERAGE_ID, mon.PROFILER_ID, mon.OPTIMIZER_ID)
print(mon.events.PY_START, mon.events.LINE, mon.events.C_RAISE, mon.events.NO_EVENTS)
print(mon.get_tool(2))
mon.use_tool_id(2, "prof")
print(mon.get_tool(2), mon.get_events(2))
for call in [lambda: mon.use_tool_id(2, "again"), lambda: mon.use_tool_id(6, "x"), lambda: mon.get_events(3)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
mon.set_events(2, 0)
mon.free_tool_id(2)
print(mon.get_tool(2))

print(repr(sys.abiflags), sys.thread_info.name, sys.is_finalizing(), sys._is_gil_enabled())
s = sys.intern("kaa-" + "interned")
print(sys._is_interned(s), sys._getframemodulename())
print(sys.getdlopenflags())
print(type(sys._current_frames()).__name__, type(sys.getrefcount(object())).__name__)
print(sys.breakpointhook is sys.__breakpointhook__, sys.unraisablehook is sys.__unraisablehook__)
