class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
    @property
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} has no area')
    def describe(self):
        try:
            return f'{self.name}: {self.area:.2f}'
        except NotImplementedError as e:
            return f'{self.name}: ? ({e})'
class Square(Shape):
    def __init__(self, side):
        super().__init__('square')
        self.side = side
    @property
    def area(self):
        return self.side ** 2
    @Shape.name.getter
    def name(self):
        return 'SQUARE'
class Circle(Shape):
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    area = property(lambda self: 3.14159 * self.r ** 2)
for s in [Shape('blob'), Square(3), Circle(1)]:
    print(s.describe())
sq = Square(2)
try:
    sq.area = 5
except AttributeError as e:
    print(e)
try:
    sq.name = 'x'
except AttributeError as e:
    print(e)
print(type(Square.area).__name__, Square.name.fget.__name__, Shape.area.__isabstractmethod__ if hasattr(Shape.area, '__isabstractmethod__') else False)
class Settable(Square):
    @Square.area.setter
    def area(self, value):
        self.side = value ** 0.5
s = Settable(1)
s.area = 16
print(s.side, s.area, Settable.area is not Square.area)
