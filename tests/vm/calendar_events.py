def day_number(y, m, d):
    if m < 3:
        y -= 1
        m += 12
    return 365 * y + y // 4 - y // 100 + y // 400 + (153 * (m - 3) + 2) // 5 + d - 307
def from_day(n):
    y = (10000 * n + 14780) // 3652425
    ddd = n - (365 * y + y // 4 - y // 100 + y // 400)
    if ddd < 0:
        y -= 1
        ddd = n - (365 * y + y // 4 - y // 100 + y // 400)
    mi = (100 * ddd + 52) // 3060
    mm = (mi + 2) % 12 + 1
    y += (mi + 2) // 12
    dd = ddd - (mi * 306 + 5) // 10 + 1
    return y, mm, dd
events = [('launch', (2024, 3, 15)), ('review', (2024, 2, 29)), ('party', (2023, 12, 31)), ('audit', (2024, 7, 4))]
base = day_number(2024, 1, 1)
for name, d in sorted(events, key=lambda e: e[1]):
    n = day_number(*d)
    print(f'{name:<7} {d} day-of-year={n - base + 1:>4} weekday={"MTWTFSS"[(n + 2) % 7]} +100d={from_day(n + 100)}')
print(all(from_day(day_number(y, m, 1)) == (y, m, 1) for y in (1900, 2000, 2024, 2100) for m in range(1, 13)))
print(day_number(2024, 12, 25) - day_number(2024, 1, 1), from_day(day_number(2000, 2, 28) + 1), from_day(day_number(1900, 2, 28) + 1))
