def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def to_ordinal(y, m, d):
    n = d
    for yy in range(1, y):
        n += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        n += days_in_month(y, mm)
    return n
def weekday(y, m, d):
    return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][(to_ordinal(y, m, d) - 1) % 7]
for date in [(2000, 1, 1), (2024, 2, 29), (1970, 1, 1), (2026, 11, 25), (1999, 12, 31)]:
    print(date, weekday(*date), to_ordinal(*date))
print([y for y in range(1896, 1912) if is_leap(y)], sum(days_in_month(2024, m) for m in range(1, 13)))
print(to_ordinal(2026, 11, 25) - to_ordinal(2000, 1, 1), divmod(to_ordinal(2026, 11, 25) - to_ordinal(1970, 1, 1), 7))
def calendar(y, m):
    first = (to_ordinal(y, m, 1) - 1) % 7
    cells = ['  '] * first + [f'{d:2}' for d in range(1, days_in_month(y, m) + 1)]
    lines = ['Mo Tu We Th Fr Sa Su']
    for i in range(0, len(cells), 7):
        lines.append(' '.join(cells[i:i + 7]).rstrip())
    return '\n'.join(lines)
print(calendar(2026, 11))
