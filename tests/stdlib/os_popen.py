# os.popen: reading and writing through the shell, close()'s status, the
# context manager and iteration, and its argument errors.
import os

p = os.popen("echo hi; exit 3")
print(type(p).__name__, type(p).__module__, p.read(), p.close())
p = os.popen("cat > /dev/null", "w")
print(p.write("x"), p.close())
with os.popen("echo a; echo b") as f:
    print(list(f))
print(repr(os.popen("true"))[:25])
for c in ["os.popen(1)", "os.popen('x', 'rb')", "os.popen('x', 'r', 0)", "os.popen()"]:
    try:
        eval(c)
    except Exception as e:
        print(type(e).__name__, e)
p = os.popen("kill -9 $$")
p.read()
print(p.close())
p = os.popen("printf 'x\\ny\\n'")
print(p.readline(), p.readlines(), p.closed, p.close(), p.closed)
