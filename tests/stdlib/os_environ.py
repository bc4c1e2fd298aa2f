# os.environ / environb / getenv / putenv / unsetenv: os._Environ's mapping
# semantics, and children see the changes.
import os

os.environ["KAA_TEST_A"] = "alpha"
print(os.environ["KAA_TEST_A"], os.getenv("KAA_TEST_A"), os.environb[b"KAA_TEST_A"], os.getenvb(b"KAA_TEST_A"))
print("KAA_TEST_A" in os.environ, "KAA_TEST_NONE" in os.environ, os.getenv("KAA_TEST_NONE"), os.getenv("KAA_TEST_NONE", "dflt"))
print(os.environ.get("KAA_TEST_NONE", 5), os.environ.setdefault("KAA_TEST_B", "beta"), os.environ.setdefault("KAA_TEST_B", "other"))
os.environb[b"KAA_TEST_C"] = b"gamma"
print(os.environ["KAA_TEST_C"], type(os.environ.copy()).__name__, os.environ.copy()["KAA_TEST_C"])
os.system("echo child sees $KAA_TEST_A $KAA_TEST_B $KAA_TEST_C")
del os.environ["KAA_TEST_A"]
print("KAA_TEST_A" in os.environ, os.environ.pop("KAA_TEST_B"), os.environ.pop("KAA_TEST_B", "gone"))
os.system("echo child sees ${KAA_TEST_A-unset} ${KAA_TEST_B-unset}")
for call in (lambda: os.environ["KAA_TEST_NONE"], lambda: os.environ.__delitem__("KAA_TEST_NONE"),
             lambda: os.environ.__setitem__("K", 1), lambda: os.environ.__setitem__(1, "v"),
             lambda: os.environb.__setitem__("K", b"v"), lambda: os.environ.__getitem__(b"K"),
             lambda: os.environ.__setitem__("A=B", "v"), lambda: os.environ.__setitem__("A\0", "v"),
             lambda: os.environ.pop("KAA_TEST_NONE"), lambda: 1 in os.environ,
             lambda: os.putenv("", "x"), lambda: os.putenv("A=B", "x"), lambda: os.putenv(1, "x"), lambda: os.unsetenv("A=B"),
             lambda: os.getenv(), lambda: os.getenv(1)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
os.environ.update({"KAA_U1": "1"}, KAA_U2="2")
os.environ.update([("KAA_U3", "3")])
print(sorted(k for k in os.environ if k.startswith("KAA_")), len(os.environ) == len(dict(os.environ)))
os.environ |= {"KAA_U4": "4"}
d = os.environ | {"KAA_U5": "5"}
print(type(d).__name__, "KAA_U5" in d, "KAA_U5" in os.environ, os.environ["KAA_U4"])
print(os.environ == dict(os.environ), os.environ != {}, dict(os.environ) == os.environ)
os.putenv("KAA_PUT", "direct")
print("KAA_PUT" in os.environ)
os.system("echo child sees $KAA_PUT")
os.unsetenv("KAA_PUT")
os.system("echo child sees ${KAA_PUT-unset}")
import posix
print(type(posix.environ).__name__, posix.environ[b"KAA_U1"], os.environ["KAA_U1"])
print(repr(os.environ).startswith("environ({"), repr(os.environb).startswith("environ({b'"))
print(type(os.environ).__name__, type(os.environ).__module__)
print(os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}), os.get_exec_path({b"PATH": b"/b"}))
os.environ["KAA_SURR"] = "\udcff"
print(os.environb[b"KAA_SURR"], ascii(os.environ["KAA_SURR"]))
for k in [k for k in os.environ if k.startswith("KAA_")]:
    del os.environ[k]
print([k for k in os.environ if k.startswith("KAA_")])
