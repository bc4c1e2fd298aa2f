class Animal:
    sound = '...'
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f'{self.name} says {self.sound}'
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
class Cat(Animal):
    sound = 'meow'
    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor
pets = [Dog('rex'), Puppy('bit'), Cat('tom'), Cat('ali', False), Animal('generic')]
for p in pets:
    print(p, p.speak(), isinstance(p, Dog), getattr(p, 'indoor', None))
print(Animal.count, Puppy.__mro__[1:], Puppy.sound, issubclass(Puppy, Animal), Dog.__subclasses__())
class Mixin:
    def describe(self):
        return f'{self!r} with {sorted(vars(self))}'
class Robot(Mixin, Dog):
    sound = 'beep'
r = Robot('r2')
print(r.describe(), r.speak(), [c.__name__ for c in Robot.__mro__])
class A:
    def who(self): return 'A'
class B(A):
    pass
class C(A):
    def who(self): return 'C'
class D(B, C):
    pass
print(D().who(), [k.__name__ for k in D.__mro__])
Dog.sound = 'WOOF'
print(Dog('x').speak(), Puppy('y').speak())
del Dog.sound
print(Dog('z').speak())
