# A whole ordinary program: a small library catalogue with value objects, sets of
# tags, dict indexes, set algebra for queries, sorting and a report.


class Book:
    __slots__ = ("isbn", "title", "author", "year", "tags")

    def __init__(self, isbn, title, author, year, tags):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self.tags = frozenset(tags)

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"


class Catalogue:
    def __init__(self):
        self.books = {}
        self.by_tag = {}
        self.by_author = {}
        self.loans = set()

    def add(self, book):
        if book.isbn in self.books:
            raise KeyError(f"duplicate {book.isbn}")
        self.books[book.isbn] = book
        for tag in book.tags:
            self.by_tag.setdefault(tag, set()).add(book.isbn)
        self.by_author.setdefault(book.author, []).append(book.isbn)

    def remove(self, isbn):
        book = self.books.pop(isbn)
        for tag in book.tags:
            s = self.by_tag[tag]
            s.discard(isbn)
            if not s:
                del self.by_tag[tag]
        self.by_author[book.author].remove(isbn)
        self.loans.discard(isbn)
        return book

    def query(self, all_of=(), any_of=(), none_of=()):
        result = set(self.books)
        for tag in all_of:
            result &= self.by_tag.get(tag, set())
        if any_of:
            result &= set().union(*(self.by_tag.get(t, set()) for t in any_of))
        for tag in none_of:
            result -= self.by_tag.get(tag, set())
        return sorted(self.books[i] for i in result)

    def lend(self, *isbns):
        unknown = set(isbns) - self.books.keys()
        if unknown:
            raise LookupError(sorted(unknown))
        already = self.loans.intersection(isbns)
        self.loans.update(isbns)
        return already


TAGS = ["fiction", "history", "science", "poetry", "travel", "classic", "children", "maths"]
AUTHORS = ["Ada", "Basho", "Cato", "Dido", "Euclid", "Fermi"]
cat = Catalogue()
seed = 7
for i in range(120):
    seed = (seed * 48271) % 2147483647
    tags = {TAGS[(seed >> k) % len(TAGS)] for k in (0, 3, 7) if (seed >> (k + 11)) & 1} or {"misc"}
    cat.add(Book(f"978-{i:04d}", f"Title {seed % 1000}", AUTHORS[seed % len(AUTHORS)], 1900 + seed % 120, tags))

print(len(cat.books), sorted(cat.by_tag), {t: len(s) for t, s in sorted(cat.by_tag.items())})
print(cat.query(all_of=["fiction", "classic"])[:5])
print(len(cat.query(any_of=["poetry", "maths"], none_of=["children"])))
print(cat.lend("978-0001", "978-0002"), cat.lend("978-0002", "978-0003"), sorted(cat.loans))
try:
    cat.lend("978-9999", "978-0001")
except LookupError as e:
    print("unknown", e.args[0])
for isbn in list(cat.books)[::3]:
    cat.remove(isbn)
print(len(cat.books), sorted(cat.loans), sum(len(v) for v in cat.by_author.values()))
print({a: len(v) for a, v in cat.by_author.items()})
tagsets = {}
for b in cat.books.values():
    tagsets.setdefault(b.tags, []).append(b.isbn)
common = max(tagsets.items(), key=lambda kv: (len(kv[1]), sorted(kv[0])))
print(sorted(common[0]), len(common[1]))
print(list({b.tags for b in cat.books.values()} & {frozenset({"misc"}), frozenset({"fiction"})}))
years = {}
for b in cat.books.values():
    years[b.year // 10 * 10] = years.get(b.year // 10 * 10, 0) + 1
print(sorted(years.items()), max(years, key=years.get))
print(Book("1", "a", "x", 1, []) == Book("1", "b", "y", 2, ["z"]), Book("1", "a", "x", 1, []) != "1")
print(len({Book("1", "a", "x", 1, []), Book("1", "b", "y", 2, [])}))
seen = set()
order = []
for b in sorted(cat.books.values(), key=lambda b: (b.author, b.isbn)):
    if b.author not in seen:
        seen.add(b.author)
        order.append((b.author, b.isbn))
print(order)
