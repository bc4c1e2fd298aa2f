# _posixsubprocess.fork_exec with one ill-typed or out-of-range argument at a
# time in an otherwise valid call whose program does not exist, so that no child
# ever runs (no fork bombs, no signals).
import _posixsubprocess

NOPE = [b'/no_such_dir_kaa/prog']
template = [[b'prog'], NOPE, True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1, True, False, -1,
            None, None, None, -1, None, False]
pool = [None, 'x', b'x', -1, 0, 2**70, -2**63, 1.5, [], (), [1], (5, 3), (-1,), (2**40,), ('a',), [b'a\0b'],
        ['\ud800'], {}, object(), True, float('nan'), [None], b'/', '/no_such_dir_kaa', print]
bad = count = 0
for i in range(len(template)):
    for v in pool:
        if i == 1 and v not in ([], (), None, 'x', 1.5, [None], [b'a\0b'], ['\ud800'], {}, [1]):
            continue  # only executable lists that cannot run anything
        args = list(template)
        args[i] = v
        count += 1
        try:
            pid = _posixsubprocess.fork_exec(*args)
            print('STARTED', i, v, pid)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', i, repr(v), e)
        except BaseException:
            pass
for n in range(0, 30):
    count += 1
    try:
        _posixsubprocess.fork_exec(*template[:n])
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', n, e)
    except BaseException:
        pass
print('calls', count, 'system errors', bad)
