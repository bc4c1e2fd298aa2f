class TransferError(Exception):
    pass
class Insufficient(TransferError):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
class Frozen(TransferError):
    pass
accounts = {'a': 100, 'b': 50, 'c': 0}
frozen = {'c'}
def transfer(src, dst, amt):
    if src in frozen or dst in frozen:
        raise Frozen(f'account {src if src in frozen else dst} frozen')
    if accounts[src] < amt:
        raise Insufficient(amt, accounts[src])
    accounts[src] -= amt
    accounts[dst] += amt
def batch(ops):
    done, failed = [], []
    snapshot = dict(accounts)
    for op in ops:
        try:
            transfer(*op)
        except KeyError as e:
            failed.append((op, f'no account {e}'))
        except TransferError as e:
            failed.append((op, f'{type(e).__name__}: {e}'))
        else:
            done.append(op)
    if len(failed) > len(done):
        accounts.clear()
        accounts.update(snapshot)
        return 'rolled back', failed
    return done, failed
print(batch([('a', 'b', 30), ('b', 'a', 500), ('a', 'z', 1), ('b', 'c', 5), ('a', 'b', 10)]))
print(accounts)
print(batch([('b', 'a', 1000), ('x', 'a', 1), ('a', 'b', 1)]))
print(accounts)
