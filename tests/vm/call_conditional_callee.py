# A callee that is not a plain name but ends with a global load in one branch
# only: each branch must push the NULL of the call.
def pick(flag):
    return (print if flag else len)("abc")


def either(x):
    return (x or len)("four")


def chained(flag):
    return (max if flag else min)(3, 1, 2)


print(pick(False), either(None), either(str.upper), chained(True), chained(False))
pick(True)
print([(abs if i % 2 else str)(-i) for i in range(4)])
