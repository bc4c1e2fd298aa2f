people = {'ann': {'python', 'go', 'sql'}, 'bob': {'java', 'sql'}, 'cy': {'python', 'rust'}, 'di': {'go', 'rust', 'python', 'sql'}}
all_skills = set().union(*people.values())
common = set.intersection(*people.values())
print(sorted(all_skills), common)
for skill in sorted(all_skills):
    print(skill, sorted(p for p, s in people.items() if skill in s))
pairs = [(a, b, sorted(people[a] & people[b])) for a in sorted(people) for b in sorted(people) if a < b]
print(max(pairs, key=lambda p: (len(p[2]), p[0])), [p[:2] for p in pairs if not p[2]])
print({p: sorted(s - people['ann']) for p, s in people.items() if p != 'ann'})
print(sorted(p for p, s in people.items() if {'python', 'sql'} <= s), sorted(p for p, s in people.items() if s.isdisjoint({'java'})))
rel = {(1, 2), (2, 3), (3, 4)}
def closure(r):
    r = set(r)
    while True:
        new = {(a, d) for a, b in r for c, d in r if b == c} - r
        if not new:
            return r
        r |= new
print(sorted(closure(rel)), len(closure({(i, i + 1) for i in range(10)})))
