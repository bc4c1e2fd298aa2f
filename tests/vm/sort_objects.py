class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return f'{self.name}({self.grade},{self.age})'
students = [Student('ann', 'B', 20), Student('bob', 'A', 22), Student('cy', 'B', 19), Student('di', 'A', 20), Student('ed', 'C', 21)]
print(sorted(students, key=lambda s: s.grade))
print(sorted(students, key=lambda s: (s.grade, -s.age)))
print(sorted(students, key=lambda s: s.age, reverse=True))
by_grade = sorted(sorted(students, key=lambda s: s.name, reverse=True), key=lambda s: s.grade)
print(by_grade)
print(max(students, key=lambda s: (s.age, s.name)), min(students, key=lambda s: s.name[::-1]))
try:
    sorted(students)
except TypeError as e:
    print(e)
records = [('x', 3), ('y', 1), ('z', 2), ('w', 1)]
records.sort(key=lambda r: r[1])
print(records)
records.sort(key=lambda r: r[0], reverse=True)
print(records)
words = 'Banana apple Cherry date Elderberry fig'.split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w.lower())))
