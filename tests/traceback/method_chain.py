class A:
    def step(self):
        return self
    def fail(self):
        return int('not a number')
A().step().step().fail()
