# String building: join, concatenation, formatting, methods.
def run(n):
    parts = []
    for i in range(n):
        parts.append(f"{i}:{i * 2:04d}")
    s = ",".join(parts)
    t = ""
    for i in range(n // 10):
        t += str(i)
    words = s.split(",")
    up = sum(1 for w in words if w.upper().startswith("1"))
    rep = s.replace(":", "=").count("=")
    return len(s), len(t), up, rep, "%s-%d" % ("x", n)
print(run(300_000))
