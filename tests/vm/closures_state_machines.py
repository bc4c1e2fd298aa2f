def make_fsm(transitions, start, accepting):
    state = start
    history = [start]
    def feed(symbol):
        nonlocal state
        state = transitions.get((state, symbol), 'dead')
        history.append(state)
        return state
    def accepted():
        return state in accepting
    def reset():
        nonlocal state
        state = start
        history.clear()
        history.append(start)
    return feed, accepted, reset, history
even_zeros = {('e', '0'): 'o', ('o', '0'): 'e', ('e', '1'): 'e', ('o', '1'): 'o'}
feed, accepted, reset, hist = make_fsm(even_zeros, 'e', {'e'})
for word in ['', '0', '00', '1001', '10101', '0x0']:
    reset()
    for ch in word:
        feed(ch)
    print(repr(word), accepted(), ''.join(h[0] for h in hist))
def debounce(wait):
    last = [None]
    fired = []
    def call(t, value):
        if last[0] is None or t - last[0] >= wait:
            fired.append((t, value))
        last[0] = t
    return call, fired
call, fired = debounce(1.0)
for t, v in [(0, 'a'), (0.5, 'b'), (1.4, 'c'), (2.5, 'd'), (2.6, 'e'), (5, 'f')]:
    call(t, v)
print(fired)
