# pwd and grp: lookups by id and name agree with each other and with getpwall /
# getgrall; struct_passwd/struct_group; the errors of missing and ill-typed keys.
import pwd, grp, os

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, len(root), root.pw_name, root.pw_uid, root[2], root == pwd.getpwnam(root.pw_name))
print(pwd.struct_passwd.__match_args__, pwd.struct_passwd.n_fields)
print([type(x).__name__ for x in root])
everyone = pwd.getpwall()
print(type(everyone).__name__, root in everyone, all(pwd.getpwuid(p.pw_uid).pw_uid == p.pw_uid for p in everyone))
print(all(pwd.getpwnam(p.pw_name) == p for p in everyone))
print(os.path.expanduser("~root") == root.pw_dir, os.path.expanduser("~no-such-user-kaa/x"))
g = grp.getgrgid(0)
print(type(g).__name__, len(g), g.gr_gid, type(g.gr_mem).__name__, g == grp.getgrnam(g.gr_name))
print(grp.struct_group.__match_args__, all(grp.getgrnam(x.gr_name).gr_name == x.gr_name for x in grp.getgrall()))
print(g in grp.getgrall(), pwd.getpwuid(os.getuid()).pw_uid == os.getuid())
for call in (lambda: pwd.getpwuid(2**31 - 7), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-2), lambda: pwd.getpwuid(2**40),
             lambda: pwd.getpwuid("0"), lambda: pwd.getpwuid(1.5), lambda: pwd.getpwnam("no-such-user-kaa"), lambda: pwd.getpwnam(0),
             lambda: pwd.getpwall(1), lambda: pwd.getpwuid(), lambda: grp.getgrgid(2**31 - 7), lambda: grp.getgrgid(-1),
             lambda: grp.getgrgid("0"), lambda: grp.getgrnam("no-such-group-kaa"), lambda: grp.getgrnam(0), lambda: grp.getgrall(1),
             lambda: grp.getgrgid(id=0)):
    try:
        r = call()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(pwd.getpwuid.__doc__.splitlines()[0], grp.getgrall.__doc__.splitlines()[0])
