class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.borrower = None
    def __repr__(self):
        status = f'out:{self.borrower}' if self.borrower else 'in'
        return f'<{self.title} ({self.year}) {status}>'
class Library:
    def __init__(self):
        self.books, self.members = {}, {}
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
    def join(self, name, limit=2):
        self.members[name] = {'limit': limit, 'books': []}
    def borrow(self, name, isbn):
        m = self.members.get(name)
        if m is None:
            raise LookupError(f'{name} is not a member')
        b = self.books[isbn]
        if b.borrower:
            raise RuntimeError(f'{b.title!r} already borrowed by {b.borrower}')
        if len(m['books']) >= m['limit']:
            raise RuntimeError(f'{name} reached the limit of {m["limit"]}')
        b.borrower = name
        m['books'].append(isbn)
    def give_back(self, name, isbn):
        self.members[name]['books'].remove(isbn)
        self.books[isbn].borrower = None
    def search(self, **criteria):
        return sorted((b for b in self.books.values() if all(str(v).lower() in str(getattr(b, k)).lower() for k, v in criteria.items())), key=lambda b: b.year)
lib = Library()
lib.add(Book(1, 'Dune', 'Herbert', 1965), Book(2, 'Neuromancer', 'Gibson', 1984), Book(3, 'Foundation', 'Asimov', 1951), Book(4, 'I, Robot', 'Asimov', 1950))
lib.join('ann'); lib.join('bob', limit=1)
for name, isbn in [('ann', 1), ('bob', 1), ('bob', 2), ('bob', 3), ('zed', 4), ('ann', 3), ('ann', 4)]:
    try:
        lib.borrow(name, isbn)
        print('ok', name, isbn)
    except (LookupError, RuntimeError) as e:
        print(type(e).__name__, e)
lib.give_back('ann', 1)
print(lib.search(author='asimov'), lib.search(title='o'), lib.search(year=19), lib.members)
