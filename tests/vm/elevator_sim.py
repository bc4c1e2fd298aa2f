class Elevator:
    def __init__(self, floors):
        self.floors, self.floor, self.direction = floors, 0, 0
        self.requests = set()
        self.log = []
    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f'no floor {floor}')
        self.requests.add(floor)
    def step(self):
        if not self.requests:
            self.direction = 0
            return
        if self.floor in self.requests:
            self.requests.discard(self.floor)
            self.log.append(f'open@{self.floor}')
            return
        ups = [f for f in self.requests if f > self.floor]
        downs = [f for f in self.requests if f < self.floor]
        if self.direction >= 0 and ups:
            self.direction = 1
        elif downs:
            self.direction = -1
        else:
            self.direction = 1
        self.floor += self.direction
        self.log.append(f'{self.floor}')
e = Elevator(10)
for f in (5, 2, 8):
    e.call(f)
for t in range(20):
    if t == 3:
        e.call(1)
    if t == 6:
        e.call(9)
    e.step()
print(' '.join(e.log), e.floor, e.requests)
try:
    e.call(12)
except ValueError as err:
    print(err)
