principal = 1000.0
rates = [0.01, 0.025, 0.05, 0.075]
for r in rates:
    simple = principal * (1 + r * 10)
    compound = principal * (1 + r) ** 10
    monthly = principal * (1 + r / 12) ** 120
    print(f'{r:6.3%} simple={simple:10.2f} yearly={compound:10.2f} monthly={monthly:10.2f} diff={monthly - simple:8.4f}')
balance, year = 500.0, 0
while balance < 1000:
    balance *= 1.07
    year += 1
print(year, round(balance, 2))
def amortize(loan, rate, months):
    r = rate / 12
    pay = loan * r / (1 - (1 + r) ** -months)
    rows, bal = [], loan
    for m in range(1, months + 1):
        interest = bal * r
        bal -= pay - interest
        if m in (1, 2, months // 2, months):
            rows.append((m, round(pay, 2), round(interest, 2), round(max(bal, 0), 2)))
    return round(pay, 2), rows
print(amortize(200000, 0.06, 360))
print(amortize(5000, 0.12, 12))
print(sum([0.1] * 10) == 1.0, round(sum([0.1] * 10), 10) == 1.0, 0.1 + 0.2, round(0.1 + 0.2, 15), 1.1 * 3, 2.675 * 100, int(2.675 * 100))
