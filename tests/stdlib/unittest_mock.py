# The core of unittest.mock: call recording, return values and side
# effects, assert_* messages, MagicMock's magic methods, patch in its forms,
# patch.dict, sentinel, ANY, call and mock_open.
import os
import re
from unittest import mock


def noid(text):
    return re.sub(r"id='\d+'", "id=ID", str(text))


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except AssertionError as e:
        print(f"{label}: AssertionError: {noid(e)}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {noid(e)}")
    else:
        print(f"{label}: {noid(repr(result))}")


m = mock.Mock()
m(1, a=2)
m.method(3)
m.child.grandchild("x")
m().chained(5)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(noid(repr(m)), noid(repr(m.method)), noid(repr(m().chained)))
print(noid(repr(mock.Mock(name="named").x)), noid(repr(mock.Mock(spec=list))))

show("assert_called_with ok", m.assert_called_with, 1, a=2)
show("assert_called_with bad", m.assert_called_with, 2)
show("assert_called_once_with", m.assert_called_once_with, 1, a=2)
show("method once", m.method.assert_called_once_with, 3)
show("not called", mock.Mock().assert_called_with, 1)
show("assert_not_called", m.method.assert_not_called)
show("assert_called", mock.Mock(name="quiet").assert_called)
show("assert_called_once", m.assert_called_once)
show("assert_any_call", m.method.assert_any_call, 4)
show("assert_has_calls ok", m.assert_has_calls, [mock.call.method(3), mock.call.child.grandchild("x")])
show("assert_has_calls bad", m.assert_has_calls, [mock.call.method(4)])
show("assert_has_calls any_order", m.assert_has_calls, [mock.call.method(9)], any_order=True)
show("typo", getattr, m, "assert_caled_with")
show("unsafe", lambda: mock.Mock(unsafe=True).assert_foo)

print("== return values and side effects")
r = mock.Mock(return_value=42)
print(r(), r("anything"))
s = mock.Mock(side_effect=[1, ValueError("second"), 3])
show("side 1", s)
show("side 2", s)
show("side 3", s)
show("side exhausted", s)
f = mock.Mock(side_effect=lambda x: x * 2)
print(f(21))
d = mock.Mock(side_effect=lambda: mock.DEFAULT, return_value="default used")
print(d())
w = mock.Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
c = mock.Mock(**{"method.return_value": 3, "other.side_effect": KeyError("k")})
print(c.method())
show("configured side effect", c.other)
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.called)
sp = mock.Mock(spec=["allowed"])
print(noid(repr(sp.allowed)))
show("spec forbids", getattr, sp, "other")
ss = mock.Mock(spec_set=["allowed"])
show("spec_set forbids", setattr, ss, "other", 1)

print("== MagicMock")
mm = mock.MagicMock()
print(len(mm), list(mm), 3 in mm, int(mm), float(mm), bool(mm), mm == mm, mm != mm)
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k.upper()
mm.__iter__.return_value = [1, 2]
print(len(mm), mm["key"], list(mm))
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__enter__.called, mm.__exit__.call_args)

print("== patch")
def fake_getcwd():
    return "/fake"
with mock.patch("os.getcwd", fake_getcwd):
    print(os.getcwd())
print(os.getcwd() != "/fake")
with mock.patch("os.getcwd") as patched:
    patched.return_value = "/mocked"
    print(os.getcwd(), patched.call_count, noid(repr(patched)))

@mock.patch("os.getpid", return_value=12345)
@mock.patch("os.getppid", return_value=1)
def decorated(extra, ppid_mock, pid_mock):
    return os.getpid(), os.getppid(), pid_mock.called, ppid_mock.called, extra
print(decorated("extra"))

class Target:
    value = 1
    def method(self):
        return "real"

with mock.patch.object(Target, "value", 99):
    print(Target.value)
print(Target.value)
with mock.patch.object(Target, "method", return_value="mocked"):
    print(Target().method())
print(Target().method())
show("missing attribute", mock.patch.object(Target, "nothing").__enter__)
with mock.patch.object(Target, "nothing", "created", create=True):
    print(Target.nothing)
print(hasattr(Target, "nothing"))
p = mock.patch.object(Target, "value", 5)
p.start()
print(Target.value)
p.stop()
print(Target.value)
with mock.patch.multiple(Target, value=7, method=mock.DEFAULT) as values:
    print(Target.value, sorted(values))
show("bad target", mock.patch, "nodots")

print("== patch.dict")
env = {"a": 1}
with mock.patch.dict(env, {"b": 2}, c=3):
    print(sorted(env.items()))
print(env)
with mock.patch.dict(env, clear=True):
    print(env)
print(env)

print("== sentinel, ANY, call")
print(mock.sentinel.thing, mock.sentinel.thing is mock.sentinel.thing, mock.DEFAULT)
print(mock.ANY == object(), [1, mock.ANY] == [1, "x"], repr(mock.ANY))
print(mock.call(1, 2, k=3), mock.call.a.b(1), mock.call().x(2))
print(mock.call(1) == mock.call(1), mock.call(1) == mock.call(2), mock.call.f(1) == ("f", (1,), {}))
kall = mock.call.a(1).b(2)
print(kall.call_list())

print("== mock_open")
opener = mock.mock_open(read_data="line one\nline two\n")
with mock.patch("builtins.open", opener):
    with open("some/file") as fh:
        print(repr(fh.readline()), repr(fh.read()))
    with open("other", "w") as fh:
        fh.write("data")
print(opener.call_args_list)
print(opener().write.call_args)

print("== PropertyMock and seal")
class HasProp:
    pass
prop = mock.PropertyMock(return_value="got")
HasProp.attr = prop
obj = HasProp()
print(obj.attr)
obj.attr = "set"
print(prop.mock_calls)
sealed = mock.Mock()
sealed.known.return_value = 1
mock.seal(sealed)
print(sealed.known())
show("sealed new attribute", getattr, sealed, "unknown")
