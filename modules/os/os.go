package os

import (
	gos "os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the os module: everything of posix, and what CPython's Lib/os.py
// defines over it, natively.
var Def = &py.ModuleDef{Name: "os", Doc: osDoc, Methods: append(append(osMethods, execOsFuncs...), popenFunc), Exec: osExec}

// osExcluded are posix's names os does not take over (it has its own environ).
var osExcluded = map[string]bool{"environ": true, "__name__": true, "__doc__": true, "__spec__": true, "__loader__": true, "__package__": true}

func osExec(t *py.Thread, m *py.Module) *py.Exception {
	pm, err := py.Import(t, "posix")
	if err != nil {
		return err
	}
	pd := py.ModuleOf(pm).Dict()
	for _, k := range pd.Keys() {
		if s, ok := py.AsStr(k); ok && !osExcluded[s] {
			if _, mine := m.Dict().GetStr(s); !mine {
				v, _ := pd.GetStr(s)
				m.Set(s, v)
			}
		}
	}
	for _, c := range osConsts {
		m.Set(c.name, py.Int(c.value))
	}
	envData, _ := pd.GetStr("environ")
	data := py.Object[py.Dict](envData)
	m.Set("environ", newEnviron(data, false))
	m.Set("environb", newEnviron(data, true))
	for k, v := range map[string]string{"name": "posix", "sep": "/", "curdir": ".", "pardir": "..", "extsep": ".",
		"linesep": "\n", "pathsep": ":", "defpath": "/bin:/usr/bin", "devnull": "/dev/null"} {
		m.Set(k, py.NewStr(v))
	}
	m.Set("altsep", py.None())
	m.Set("supports_bytes_environ", py.True())
	m.Set("error", py.TypeValue(py.OSError()))
	m.Set("PathLike", pathLike(t))
	sentinel, err := py.Call(t, py.TypeValue(py.ObjectType()))
	if err != nil {
		return err
	}
	m.Set("_walk_symlinks_as_files", sentinel)

	sys, err := py.Import(t, "sys")
	if err != nil {
		return err
	}
	m.Set("sys", sys)
	if st, err := py.Import(t, "stat"); err == nil {
		m.Set("st", st)
	}
	if ga, err := py.GetItem(t, py.TypeValue(py.ListType()), py.TypeValue(py.IntType())); err == nil {
		m.Set("GenericAlias", py.TypeValue(ga.Type()))
	}
	if err := supports(t, m); err != nil {
		return err
	}
	// os.path is posixpath, also known as sys.modules["os.path"].
	pp, err := py.Import(t, "posixpath")
	if err != nil {
		return err
	}
	m.Set("path", pp)
	// __all__ is CPython's, less what Kaa does not have (fork), so that
	// "from os import *" works.
	var all []py.Value
	for _, n := range osAll {
		if _, ok := m.Dict().GetStr(n); ok {
			all = append(all, py.NewStr(n))
		}
	}
	m.Set("__all__", py.NewList(all).Value())
	mods, err := py.GetAttrS(t, sys, "modules")
	if err != nil {
		return err
	}
	return py.SetItem(t, mods, py.NewStr("os.path"), pp)
}

// supports fills supports_dir_fd, supports_fd, supports_effective_ids and
// supports_follow_symlinks with the functions, as os.py does.
func supports(t *py.Thread, m *py.Module) *py.Exception {
	sets := map[string][]string{
		"supports_dir_fd":          {"access", "chmod", "chown", "link", "mkdir", "mkfifo", "mknod", "open", "readlink", "rename", "rmdir", "stat", "symlink", "unlink", "utime"},
		"supports_fd":              {"chdir", "chmod", "chown", "execve", "listdir", "pathconf", "scandir", "stat", "statvfs", "truncate", "utime"},
		"supports_effective_ids":   {"access"},
		"supports_follow_symlinks": {"access", "chown", "link", "stat", "utime"},
	}
	for name, fns := range sets {
		var vals []py.Value
		for _, f := range fns {
			if v, ok := m.Dict().GetStr(f); ok {
				vals = append(vals, v)
			}
		}
		s, err := py.Call(t, py.TypeValue(py.SetType()), py.NewList(vals).Value())
		if err != nil {
			return err
		}
		m.Set(name, s)
	}
	return nil
}

// pathLikeMeta gives os.PathLike its isinstance and issubclass rule (ABCMeta's,
// through PathLike.__subclasshook__): any class with __fspath__.
var pathLikeMeta = py.NewType(&py.TypeDef{
	Name: "abc.ABCMeta",
	Base: py.TypeType(),
	Methods: []*py.MethodDef{
		py.Func("__instancecheck__", "instance, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return hasFspath(t, self, py.TypeValue(a[0].Type()))
		}),
		py.Func("__subclasscheck__", "subclass, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if !a[0].Type().IsSubtype(py.TypeType()) {
				return py.Value{}, py.Errorf(py.TypeError(), "issubclass() arg 1 must be a class")
			}
			return hasFspath(t, self, a[0])
		}),
		// register(subclass) makes subclass (and its subclasses) count as a
		// PathLike without __fspath__; the classes are kept in the class's
		// _abc_impl list (ABCMeta keeps its registry under that name too).
		py.Func("register", "subclass, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if !a[0].Type().IsSubtype(py.TypeType()) {
				return py.Value{}, py.Errorf(py.TypeError(), "Can only register classes")
			}
			reg, ok := py.Object[py.Type](self).Dict().GetStr("_abc_impl")
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "register() of a class without a registry")
			}
			if _, err := py.CallMethod(t, reg, "append", a[0]); err != nil {
				return py.Value{}, err
			}
			return a[0], nil
		}),
	},
})

func hasFspath(t *py.Thread, cls, sub py.Value) (py.Value, *py.Exception) {
	st := py.Object[py.Type](sub)
	if st.IsSubtype(py.Object[py.Type](cls)) {
		return py.True(), nil
	}
	for _, b := range st.MRO() {
		if v, ok := b.Dict().GetStr("__fspath__"); ok {
			if !v.IsNone() {
				return py.True(), nil
			}
			break // __fspath__ = None: only registration makes it a PathLike
		}
	}
	found := false
	if reg, ok := py.Object[py.Type](cls).Dict().GetStr("_abc_impl"); ok {
		err := py.Iterate(t, reg, func(r py.Value) *py.Exception {
			if !found && r.Type().IsSubtype(py.TypeType()) && st.IsSubtype(py.Object[py.Type](r)) {
				found = true
			}
			return nil
		})
		if err != nil {
			return py.Value{}, err
		}
	}
	return py.Bool(found), nil
}

func pathLike(t *py.Thread) py.Value {
	ns := py.NewDict()
	ns.SetStr("__module__", py.NewStr("os"))
	ns.SetStr("__qualname__", py.NewStr("PathLike"))
	ns.SetStr("__doc__", py.NewStr("Abstract base class for implementing the file system path protocol."))
	ns.SetStr("__slots__", py.NewTuple())
	ns.SetStr("_abc_impl", py.NewList(nil).Value())
	ns.SetStr("__fspath__", py.BuiltinFunc("__fspath__", func(t *py.Thread, self py.Value, a []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.NotImplementedError(), "")
	}))
	ga := py.BuiltinFunc("__class_getitem__", func(t *py.Thread, self py.Value, a []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__ expected 1 argument")
		}
		return py.NewGenericAlias(t, a[0], a[1])
	})
	ns.SetStr("__class_getitem__", py.NewClassMethod(ga))
	v, err := py.Call(t, py.TypeValue(pathLikeMeta), py.NewStr("PathLike"), py.NewTuple(), ns.Value())
	if err != nil {
		return py.None()
	}
	return v
}

// split is posixpath.split on OS strings.
func split(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func exists(p string) bool {
	var st unix.Stat_t
	return unix.Stat(p, &st) == nil
}

func isdir(p string) bool {
	var st unix.Stat_t
	return unix.Stat(p, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR
}

func isfile(p string) bool {
	var st unix.Stat_t
	return unix.Stat(p, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFREG
}

func islink(p string) bool {
	var st unix.Stat_t
	return unix.Lstat(p, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFLNK
}

// makedirs is os.makedirs on an OS string; obj is the name as given, for errors.
func makedirs(t *py.Thread, name string, obj py.Value, asBytes bool, mode uint32, existOK bool) *py.Exception {
	head, tail := split(name)
	if tail == "" {
		head, tail = split(head)
	}
	if head != "" && tail != "" && !exists(head) {
		err := makedirs(t, head, path{bytes: asBytes}.result(head), asBytes, 0o777, existOK)
		if err != nil && !err.Matches(py.FileExistsError()) {
			return err
		}
		if tail == "." {
			return nil
		}
	}
	if e := unix.Mkdir(name, mode); e != nil {
		if !existOK || !isdir(name) {
			return py.NewOSError(t, e, obj)
		}
	}
	return nil
}

func removedirs(t *py.Thread, name string, obj py.Value) *py.Exception {
	if e := unix.Rmdir(name); e != nil {
		return py.NewOSError(t, e, obj)
	}
	head, tail := split(name)
	if tail == "" {
		head, tail = split(head)
	}
	for head != "" && tail != "" {
		if unix.Rmdir(head) != nil {
			break
		}
		head, tail = split(head)
	}
	return nil
}

// fsencodeArg is fspath(v) as OS bytes, with os.fsencode's messages.
func fsArg(t *py.Thread, v py.Value) (string, bool, *py.Exception) {
	r, err := fspath(t, v)
	if err != nil {
		return "", false, err
	}
	if s, ok := py.AsStr(r); ok {
		return py.FsEncode(s), false, nil
	}
	b, _ := py.AsBytes(r)
	return string(b), true, nil
}

var osMethods = []*py.MethodDef{
	py.PyFunc("makedirs", "name, mode=511, exist_ok=False", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		name, asBytes, err := fsArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		ok, err := py.IsTrue(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		return py.None(), makedirs(t, name, a[0], asBytes, uint32(mode), ok)
	}),
	py.PyFunc("removedirs", "name", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		name, _, err := fsArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.None(), removedirs(t, name, a[0])
	}),
	py.PyFunc("renames", "old, new", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		old, _, err := fsArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		nw, asBytes, err := fsArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if head, tail := split(nw); head != "" && tail != "" && !exists(head) {
			if err := makedirs(t, head, path{bytes: asBytes}.result(head), asBytes, 0o777, false); err != nil {
				return py.Value{}, err
			}
		}
		if e := unix.Rename(old, nw); e != nil {
			return py.Value{}, py.NewOSError2(t, e, a[0], a[1])
		}
		if head, tail := split(old); head != "" && tail != "" {
			removedirs(t, head, py.None())
		}
		return py.None(), nil
	}),
	py.PyFunc("getenv", "key, default=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return envGet(t, "environ", a[0], a[1])
	}),
	py.PyFunc("getenvb", "key, default=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return envGet(t, "environb", a[0], a[1])
	}),
	py.PyFunc("fsencode", "filename", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		r, err := fspath(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if s, ok := py.AsStr(r); ok {
			return py.NewBytes([]byte(py.FsEncode(s))), nil
		}
		return r, nil
	}),
	py.PyFunc("fsdecode", "filename", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		r, err := fspath(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if b, ok := py.AsBytes(r); ok && isBytes(r) {
			return py.FsStr(string(b)), nil
		}
		return r, nil
	}),
	py.PyFunc("process_cpu_count", "", func(t *py.Thread, _ py.Value, _ []py.Value) (py.Value, *py.Exception) {
		var set unix.CPUSet
		if e := unix.SchedGetaffinity(0, &set); e != nil {
			return py.Int(int64(onlineCPUs())), nil
		}
		return py.Int(int64(set.Count())), nil
	}),
	py.PyFunc("get_exec_path", "env=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		dirs, err := execPath(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		out := make([]py.Value, len(dirs))
		for i, d := range dirs {
			out[i] = py.FsStr(d)
		}
		return py.NewList(out).Value(), nil
	}),
	py.PyFunc("walk", "top, topdown=True, onerror=None, followlinks=False", newWalk),
	py.PyFunc("fwalk", "top='.', topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None", newFwalk),
	py.PyFunc("fdopen", "fd, mode='r', buffering=-1, encoding=None, *args, **kwargs", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if !a[0].Type().IsSubtype(py.IntType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "invalid fd type (%s, expected integer)", typeName(a[0]))
		}
		b, err := py.Import(t, "builtins")
		if err != nil {
			return py.Value{}, err
		}
		open, err := py.GetAttrS(t, b, "open")
		if err != nil {
			return py.Value{}, err
		}
		args := append([]py.Value{a[0], a[1], a[2], a[3]}, py.Object[py.Tuple](a[4]).Items()...)
		kw := py.Object[py.Dict](a[5])
		var names []py.Value
		for _, k := range kw.Keys() {
			v, _, _ := kw.GetItem(t, k)
			args = append(args, v)
			names = append(names, k)
		}
		return py.CallKw(t, open, args, py.Object[py.Tuple](py.NewTuple(names...)))
	}),
}

func envGet(t *py.Thread, which string, key, def py.Value) (py.Value, *py.Exception) {
	osm, err := py.Import(t, "os")
	if err != nil {
		return py.Value{}, err
	}
	env, err := py.GetAttrS(t, osm, which)
	if err != nil {
		return py.Value{}, err
	}
	return py.CallMethod(t, env, "get", key, def)
}

// execPath is get_exec_path: PATH of env (default: os.environ) split at ':'.
func execPath(t *py.Thread, env py.Value) ([]string, *py.Exception) {
	var pathV py.Value
	if env.IsNil() || env.IsNone() {
		if p, ok := gos.LookupEnv("PATH"); ok {
			pathV = py.FsStr(p)
		}
	} else {
		get := func(k py.Value) (py.Value, *py.Exception) {
			v, err := py.CallMethod(t, env, "get", k)
			return v, err
		}
		v, err := get(py.NewStr("PATH"))
		if err != nil {
			return nil, err
		}
		vb, err := get(py.NewBytes([]byte("PATH")))
		if err != nil && !err.Matches(py.TypeError()) {
			return nil, err
		}
		if err == nil && !vb.IsNone() {
			if !v.IsNone() {
				return nil, py.Errorf(py.ValueError(), "env cannot contain 'PATH' and b'PATH' keys")
			}
			v = vb
		}
		if !v.IsNone() {
			pathV = v
		}
	}
	p := "/bin:/usr/bin"
	if !pathV.IsNil() {
		s, _, err := fsArg(t, pathV)
		if err != nil {
			return nil, err
		}
		p = s
	}
	return strings.Split(p, ":"), nil
}

var _ = syscall.Exec
