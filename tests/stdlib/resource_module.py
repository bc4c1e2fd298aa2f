# resource: limits read and set within the soft limit, getrusage's fields and
# their types (not their values), and the argument errors.
import resource

print([n for n in dir(resource) if not n.startswith('_')])
print({n: getattr(resource, n) for n in dir(resource) if n.isupper()})
print(resource.error is OSError, resource.getpagesize() > 0, resource.getpagesize() % 1024)

for name in sorted(n for n in dir(resource) if n.startswith('RLIMIT_')):
    soft, hard = resource.getrlimit(getattr(resource, name))
    print(name, type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY, soft >= -1)

def show(f, *a):
    try:
        print(f.__name__, 'ok', f(*a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

# CORE: lower the soft limit, read it back, restore it.
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
new = 0
resource.setrlimit(resource.RLIMIT_CORE, (new, hard))
print('core lowered', resource.getrlimit(resource.RLIMIT_CORE) == (new, hard))
resource.setrlimit(resource.RLIMIT_CORE, [soft, hard])
print('core restored', resource.getrlimit(resource.RLIMIT_CORE) == (soft, hard))
print('prlimit self', resource.prlimit(0, resource.RLIMIT_CORE) == (soft, hard))
print('prlimit set', resource.prlimit(0, resource.RLIMIT_CORE, (new, hard)) == (soft, hard))
print('prlimit back', resource.prlimit(0, resource.RLIMIT_CORE, iter([soft, hard])) == (new, hard))

nsoft, nhard = resource.getrlimit(resource.RLIMIT_NOFILE)
show(resource.setrlimit, resource.RLIMIT_NOFILE, (nhard + 1, nhard))
show(resource.setrlimit, resource.RLIMIT_NOFILE, (nhard, nhard + 2**40))
show(resource.setrlimit, resource.RLIMIT_NOFILE, (-2, nhard))
show(resource.prlimit, 0, resource.RLIMIT_NOFILE, (nhard + 1, nhard))
for args in [(99,), (-1,), ('x',), (2**70,), (1.5,)]:
    show(resource.getrlimit, *args)
for args in [(resource.RLIMIT_NOFILE, (1,)), (resource.RLIMIT_NOFILE, 5), (resource.RLIMIT_NOFILE, ('a', 1)),
             (resource.RLIMIT_NOFILE, (2**70, 1)), (resource.RLIMIT_NOFILE, (1.5, 2)), (99, (1, 2)), (resource.RLIMIT_NOFILE,), ()]:
    show(resource.setrlimit, *args)
for args in [(5,), ('x',), (2**40,)]:
    show(resource.getrusage, *args)
for args in [(-5, resource.RLIMIT_NOFILE), (2**30, resource.RLIMIT_NOFILE), (0, 99), (0, resource.RLIMIT_NOFILE, 5),
             ('x', 1), (0,), (0, 1, 2, 3), (2**40, 1)]:
    show(resource.prlimit, *args)
for f, a in [(resource.getrlimit, ()), (resource.getrusage, (0, 1)), (resource.getpagesize, (1,))]:
    show(f, *a)
try:
    resource.setrlimit(resource=1, limits=(1, 1))
except TypeError as e:
    print(e)

u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, type(u).__module__, len(u), resource.struct_rusage.n_fields)
print([(n, type(getattr(u, n)).__name__) for n in dir(u) if n.startswith('ru_')])
print(u.ru_utime >= 0, u.ru_maxrss > 0, u[0] == u.ru_utime)
for who in ('RUSAGE_CHILDREN', 'RUSAGE_THREAD'):
    print(who, type(resource.getrusage(getattr(resource, who))).__name__)
print(resource.struct_rusage.__doc__)
print(resource.struct_rusage.ru_maxrss.__doc__)
r = resource.struct_rusage(range(16))
print(r)
print(r.ru_nivcsw, r[:3])
