class TrafficLight:
    transitions = {'red': ('green', 30), 'green': ('yellow', 25), 'yellow': ('red', 5)}
    def __init__(self):
        self.state, self.elapsed, self.log = 'red', 0, []
    def tick(self, seconds):
        self.elapsed += seconds
        nxt, duration = self.transitions[self.state]
        while self.elapsed >= duration:
            self.elapsed -= duration
            self.log.append(f'{self.state}->{nxt}')
            self.state = nxt
            nxt, duration = self.transitions[self.state]
light = TrafficLight()
for s in [10, 25, 3, 40, 100]:
    light.tick(s)
    print(light.state, light.elapsed)
print(light.log)
def parse_number(s):
    state = 'start'
    for ch in s:
        match (state, ch):
            case ('start', '+' | '-'):
                state = 'sign'
            case ('start' | 'sign' | 'int', d) if d.isdigit():
                state = 'int'
            case ('int', '.'):
                state = 'dot'
            case ('dot' | 'frac', d) if d.isdigit():
                state = 'frac'
            case ('int' | 'frac', 'e' | 'E'):
                state = 'exp'
            case ('exp', '+' | '-'):
                state = 'expsign'
            case ('exp' | 'expsign' | 'expint', d) if d.isdigit():
                state = 'expint'
            case _:
                return False
    return state in ('int', 'frac', 'expint')
for s in ['42', '-3.14', '+1e10', '1e', '.5', '5.', '2.5E-3', 'abc', '', '1.2.3', '-', '7e+2']:
    print(repr(s), parse_number(s))
