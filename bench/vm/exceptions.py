# Raising and catching exceptions.
class MyError(Exception):
    pass
def check(i):
    if i % 3 == 0:
        raise MyError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i
def run(n):
    caught = 0
    s = 0
    for i in range(n):
        try:
            s += check(i)
        except MyError:
            caught += 1
        except KeyError as e:
            caught += 2
        finally:
            s += 1
    return s, caught
print(run(400_000))
