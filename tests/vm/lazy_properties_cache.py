class cached_property:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val
class Dataset:
    computations = 0
    def __init__(self, values):
        self.values = values
    @cached_property
    def mean(self):
        '''the mean'''
        Dataset.computations += 1
        return sum(self.values) / len(self.values)
    @cached_property
    def variance(self):
        Dataset.computations += 1
        m = self.mean
        return sum((v - m) ** 2 for v in self.values) / len(self.values)
d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.mean, d.variance, d.variance ** 0.5, Dataset.computations, sorted(vars(d)), Dataset.mean.__doc__)
d.values.append(100)
print(d.mean, Dataset.computations)
del d.mean
print(d.mean, Dataset.computations)
e = Dataset([1, 2, 3])
print(e.variance, Dataset.computations, type(Dataset.__dict__['mean']).__name__)
