class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f'need {needed}, have {available}')
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('dep', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('wd', amount))
        return self
    def __repr__(self):
        return f'{type(self).__name__}({self.owner!r}, {self._balance})'
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)
    def __lt__(self, other):
        return self._balance < other._balance
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'wd']) >= 2:
            raise RuntimeError('withdrawal limit')
        return super().withdraw(amount)
a = Account('ann', 100)
s = Savings('bob', 1000)
a.deposit(50).withdraw(30)
s.add_interest().withdraw(100).withdraw(10)
print(a, s, a.balance, s.balance, a.history, s.history)
for action in [lambda: a.withdraw(1000), lambda: a.deposit(-5), lambda: s.withdraw(1)]:
    try:
        action()
    except InsufficientFunds as e:
        print('insufficient:', e, e.needed, e.available)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
accounts = [Account('c', 5), a, s, Account('d', 500)]
print(sorted(accounts), max(accounts).owner, {a, a, s} == {s, a}, a == a, a == s, a != 5)
try:
    a.balance = 5
except AttributeError as e:
    print(e)
print(isinstance(s, Account), issubclass(Savings, Account), Savings.__mro__[1].__name__, Account._next_id)
