statement = '''DATE       DESCRIPTION                AMOUNT
2024-01-02 Coffee Shop                 -4.50
2024-01-02 Salary                    2500.00
2024-01-05 Grocery Store              -87.23
2024-01-09 Coffee Shop                 -3.75
2024-01-15 Rent                     -1200.00
2024-01-20 Refund: Grocery Store       12.00
2024-01-28 Coffee Shop                 -4.50'''
rows = []
for line in statement.splitlines()[1:]:
    date, rest = line[:10], line[11:]
    desc, amount = rest.rsplit(None, 1)
    rows.append((date, desc.strip(), float(amount)))
print(len(rows), rows[5])
income = sum(a for _, _, a in rows if a > 0)
spend = -sum(a for _, _, a in rows if a < 0)
print(f'income {income:.2f} spend {spend:.2f} net {income - spend:+.2f}')
by_payee = {}
for _, d, a in rows:
    key = d.split(': ')[-1]
    by_payee[key] = round(by_payee.get(key, 0) + a, 2)
print(sorted(by_payee.items(), key=lambda kv: kv[1]))
running, lowest = 0.0, (0.0, None)
for date, d, a in rows:
    running = round(running + a, 2)
    if running < lowest[0]:
        lowest = (running, date)
print(running, lowest, max(rows, key=lambda r: abs(r[2]))[1], [d for d, desc, _ in rows if 'Coffee' in desc])
