grades = {
    'ann': {'math': [90, 85, 77], 'art': [88], 'cs': [99, 100]},
    'bob': {'math': [60, 72], 'art': [95, 91, 89], 'cs': []},
    'cy': {'math': [100], 'cs': [70, 65, 80, 90]},
}
def avg(xs):
    return sum(xs) / len(xs) if xs else None
for student, subjects in grades.items():
    avgs = {s: avg(v) for s, v in subjects.items()}
    valid = [a for a in avgs.values() if a is not None]
    best = max((s for s in avgs if avgs[s] is not None), key=lambda s: avgs[s])
    print(f'{student:<4}', {s: (round(a, 1) if a is not None else '-') for s, a in sorted(avgs.items())}, f'overall={avg(valid):.2f}', f'best={best}')
subjects = sorted({s for d in grades.values() for s in d})
for s in subjects:
    scores = [x for d in grades.values() for x in d.get(s, [])]
    print(f'{s:<5} n={len(scores):<2} min={min(scores, default=0):<4} max={max(scores, default=0):<4} mean={avg(scores) or 0:.2f}')
ranking = sorted(grades, key=lambda st: -avg([x for v in grades[st].values() for x in v]))
print(ranking)
transposed = {s: {st: grades[st].get(s, []) for st in grades} for s in subjects}
print(transposed['art'])
