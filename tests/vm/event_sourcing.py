events = []
def emit(kind, **data):
    events.append({'seq': len(events) + 1, 'kind': kind, **data})
emit('open', acct='A', owner='ann')
emit('deposit', acct='A', amount=100)
emit('open', acct='B', owner='bob')
emit('deposit', acct='B', amount=50)
emit('transfer', src='A', dst='B', amount=30)
emit('withdraw', acct='B', amount=100)
emit('close', acct='A')
def replay(evts, upto=None):
    state, errors = {}, []
    for e in evts:
        if upto is not None and e['seq'] > upto:
            break
        match e:
            case {'kind': 'open', 'acct': a, 'owner': o}:
                state[a] = {'owner': o, 'balance': 0, 'open': True}
            case {'kind': 'deposit', 'acct': a, 'amount': n}:
                state[a]['balance'] += n
            case {'kind': 'withdraw', 'acct': a, 'amount': n}:
                if state[a]['balance'] < n:
                    errors.append((e['seq'], f'insufficient funds in {a}'))
                else:
                    state[a]['balance'] -= n
            case {'kind': 'transfer', 'src': s, 'dst': d, 'amount': n}:
                state[s]['balance'] -= n
                state[d]['balance'] += n
            case {'kind': 'close', 'acct': a}:
                state[a]['open'] = False
            case _:
                errors.append((e['seq'], 'unknown event'))
    return state, errors
for upto in (2, 5, None):
    print(upto, replay(events, upto))
print(sorted({e['kind'] for e in events}), [e['seq'] for e in events if e.get('acct') == 'B'])
