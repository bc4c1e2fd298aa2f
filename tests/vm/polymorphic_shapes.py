import math
class Shape:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
    def perimeter(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f'{type(self).__name__}(area={self.area():.3f}, perim={self.perimeter():.3f})'
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f'impossible triangle {a}, {b}, {c}')
        self.a, self.b, self.c = a, b, c
    def perimeter(self): return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))
shapes = [Circle(1), Rect(2, 3), Square(2), Triangle(3, 4, 5)]
print(sorted(shapes), Shape.registry, max(shapes, key=lambda s: s.perimeter()))
print(sum(s.area() for s in shapes), [type(s).__name__ for s in shapes if isinstance(s, Rect)])
try:
    Triangle(1, 2, 3)
except ValueError as e:
    print(e)
try:
    Shape().area()
except NotImplementedError:
    print('abstract area')
