# Regenerates testdata/pow.txt: x, y and python3.13's x**y (float.hex), for
# pseudo-random positive x over 20 decades and y in (-20, 20).
# Usage (go generate does it): python3.13 gen_pow.py > testdata/pow.txt
s = 12345
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 2**64
    return s / 2**64
for i in range(3000):
    x = rnd() * 10 ** (rnd() * 20 - 10)
    y = (rnd() - 0.5) * 40
    try:
        r = (x ** y).hex()
    except OverflowError:
        r = 'overflow'
    print(x.hex(), y.hex(), r)
