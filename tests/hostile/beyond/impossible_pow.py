# Powers whose result cannot be allocated: python3.13 computes for minutes
# before it runs out of memory; Kaa raises MemoryError at once and goes on.
for base, exp in [(10 ** 100, 10 ** 9), (3, 10 ** 12), (-(2 ** 4000), 2 ** 31)]:
    try:
        x = base ** exp
        print("no error")
    except MemoryError:
        print("MemoryError: result too large")
print("still running")
