class Account:
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance
    def month_end(self):
        self.balance = round(self.balance * (1 + self.interest / 12), 2)
    def __repr__(self):
        return f'{type(self).__name__}({self.owner}, {self.balance:.2f})'
class Savings(Account):
    interest = 0.03
class Checking(Account):
    fee = 2.0
    def month_end(self):
        super().month_end()
        if self.balance < 100:
            self.balance -= self.fee
class Premium(Savings, Checking):
    interest = 0.05
    fee = 0.0
accts = [Savings('ann', 1000), Checking('bob', 50), Premium('cy', 5000), Account('di', 10)]
for month in range(3):
    for a in accts:
        a.month_end()
print(accts, [type(a).__mro__[1].__name__ for a in accts], Premium.__mro__[1:3])
print(sum(a.balance for a in accts), sorted(accts, key=lambda a: a.balance)[0].owner, isinstance(accts[2], Checking))
