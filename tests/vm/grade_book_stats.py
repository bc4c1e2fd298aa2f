scores = {'ann': [88, 92, 79, 95], 'bob': [72, 65, 80, 70], 'cy': [95, 98, 100, 91], 'di': [55, 70, 62, 58], 'ed': [85, 85, 85, 85]}
def mean(xs): return sum(xs) / len(xs)
def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5
def letter(avg):
    for cutoff, g in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if avg >= cutoff:
            return g
    return 'F'
report = []
for name, s in scores.items():
    avg = mean(s)
    report.append((name, round(avg, 2), median(s), round(stdev(s), 3), letter(avg), max(s) - min(s)))
for row in sorted(report, key=lambda r: -r[1]):
    print('{:<4} avg={:<6} med={:<5} sd={:<6} grade={} range={}'.format(*row))
allscores = [x for s in scores.values() for x in s]
print(mean(allscores), median(allscores), round(stdev(allscores), 4), {g: [r[0] for r in report if r[4] == g] for g in 'ABCDF'})
z = {n: [round((x - mean(allscores)) / stdev(allscores), 2) for x in s] for n, s in scores.items()}
print(z['cy'], z['di'])
