from_entries = [('2024-01-01', 'deposit', 1000), ('2024-01-03', 'withdraw', 250), ('2024-01-03', 'fee', 2.5), ('2024-01-10', 'deposit', 99.99), ('2024-01-15', 'withdraw', 2000), ('2024-02-01', 'interest', 0.01)]
balance = 0.0
history = []
for date, kind, amount in from_entries:
    if kind == 'interest':
        amount = round(balance * amount, 2)
        kind = 'deposit'
    sign = 1 if kind == 'deposit' else -1
    if sign < 0 and amount > balance:
        history.append((date, kind, amount, 'REJECTED', round(balance, 2)))
        continue
    balance = round(balance + sign * amount, 2)
    history.append((date, kind, amount, 'ok', balance))
for row in history:
    print('{:<10} {:<8} {:>9.2f} {:<8} {:>9.2f}'.format(*row))
months = {}
for date, kind, amount, status, _ in history:
    if status == 'ok':
        months.setdefault(date[:7], []).append(amount if kind == 'deposit' else -amount)
print({m: round(sum(v), 2) for m, v in months.items()}, balance, f'{balance:,.2f}')
