package os

import (
	gos "os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Running programs: the exec family (the process becomes the program), spawn,
// system and posix_spawn (a child runs it). Children are started with Go's
// syscall.ForkExec, which forks and execs safely in a multi-threaded process;
// fork alone is not offered (see RATIONALE.md).

// argvOf converts an argv tuple or list (execv's messages, with fname the name).
func argvOf(t *py.Thread, fname string, v py.Value, argNo int) ([]string, *py.Exception) {
	if !v.Type().IsSubtype(py.ListType()) && !v.Type().IsSubtype(py.TupleType()) {
		return nil, py.Errorf(py.TypeError(), "%s() arg %d must be a tuple or list", fname, argNo)
	}
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok, err := strOrBytes(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, py.Errorf(py.TypeError(), "expected str, bytes or os.PathLike object, not %s", typeName(it))
		}
		if strings.IndexByte(s, 0) >= 0 {
			return nil, py.Errorf(py.ValueError(), "embedded null byte")
		}
		out[i] = s
	}
	return out, nil
}

// envOf converts an environment mapping to "K=V" strings.
func envOf(t *py.Thread, fname string, v py.Value) ([]string, *py.Exception) {
	keys, found, err := py.LookupSpecial(t, v, "keys")
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.Errorf(py.TypeError(), "%s: environment must be a mapping object", fname)
	}
	ks, err := py.Call(t, keys)
	if err != nil {
		return nil, err
	}
	var out []string
	err = py.Iterate(t, ks, func(k py.Value) *py.Exception {
		val, err := py.GetItem(t, v, k)
		if err != nil {
			return err
		}
		ks, err := envName(t, k)
		if err != nil {
			return err
		}
		vs, err := envName(t, val)
		if err != nil {
			return err
		}
		if strings.IndexByte(ks, 0) >= 0 || strings.IndexByte(vs, 0) >= 0 {
			return py.Errorf(py.ValueError(), "embedded null byte")
		}
		if ks == "" || strings.IndexByte(ks, '=') >= 0 {
			return py.Errorf(py.ValueError(), "illegal environment variable name")
		}
		out = append(out, ks+"="+vs)
		return nil
	})
	return out, err
}

func execve(t *py.Thread, p path, argv, env []string) *py.Exception {
	t.Interp().Flush()
	var e error
	if p.isFd {
		e = unix.Exec("/proc/self/fd/"+itoa(p.fd), argv, env)
	} else {
		e = unix.Exec(p.s, argv, env)
	}
	return fderr(t, e) // CPython's execv names no file
}

func execArgs(t *py.Thread, fname string, a []py.Value) (path, []string, *py.Exception) {
	p, err := pathOf(t, fname, "path", a[0], fname == "execve", false)
	if err != nil {
		return p, nil, err
	}
	argv, err := argvOf(t, fname, a[1], 2)
	if err != nil {
		return p, nil, err
	}
	if len(argv) == 0 {
		return p, nil, py.Errorf(py.ValueError(), "%s() arg 2 must not be empty", fname)
	}
	if argv[0] == "" {
		return p, nil, py.Errorf(py.ValueError(), "%s() arg 2 first element cannot be empty", fname)
	}
	return p, argv, nil
}

// spawn starts argv[0]'s program as a child with the standard descriptors and
// every inheritable one, and returns its pid.
func spawn(file string, argv, env []string, attr *syscall.SysProcAttr) (int, error) {
	if env == nil {
		env = gos.Environ()
	}
	return syscall.ForkExec(file, argv, &syscall.ProcAttr{Env: env, Files: []uintptr{0, 1, 2}, Sys: attr})
}

func waitExit(pid int) (int, error) {
	var ws unix.WaitStatus
	for {
		_, e := unix.Wait4(pid, &ws, 0, nil)
		if e == unix.EINTR {
			continue
		}
		if e != nil {
			return 0, e
		}
		if ws.Exited() {
			return ws.ExitStatus(), nil
		}
		if ws.Signaled() {
			return -int(ws.Signal()), nil
		}
	}
}

// lookPath runs f for each directory of PATH (os._execvpe's search): the first
// success ends it; the error is the first that is not ENOENT/ENOTDIR, else the last.
func lookPath(t *py.Thread, file string, env py.Value, f func(full string) *py.Exception) *py.Exception {
	if strings.Contains(file, "/") {
		return f(file)
	}
	dirs, err := execPath(t, env)
	if err != nil {
		return err
	}
	var saved, last *py.Exception
	for _, d := range dirs {
		err := f(join(d, file))
		if err == nil {
			return nil
		}
		if !err.Matches(py.OSError()) {
			return err
		}
		last = err
		if !err.Matches(py.FileNotFoundError()) && !err.Matches(py.NotADirectoryError()) && saved == nil {
			saved = err
		}
	}
	if saved != nil {
		return saved
	}
	return last
}

func tupleItems(v py.Value) []py.Value { return py.Object[py.Tuple](v).Items() }

// execvpe is os._execvpe: file searched on PATH; env nil keeps the environment.
func execvpe(t *py.Thread, fileV, args py.Value, envV py.Value) *py.Exception {
	file, _, err := fsArg(t, fileV)
	if err != nil {
		return err
	}
	argv, err := argvOf(t, "execv", args, 2)
	if err != nil {
		return err
	}
	var env []string
	if !envV.IsNil() {
		if env, err = envOf(t, "execve", envV); err != nil {
			return err
		}
	} else {
		env = gos.Environ()
	}
	if len(argv) == 0 {
		return py.Errorf(py.ValueError(), "execv() arg 2 must not be empty")
	}
	if argv[0] == "" {
		return py.Errorf(py.ValueError(), "execv() arg 2 first element cannot be empty")
	}
	return lookPath(t, file, envV, func(full string) *py.Exception {
		return execve(t, path{obj: path{bytes: isBytes(fileV)}.result(full), s: full}, argv, env)
	})
}

func spawnv(t *py.Thread, modeV, fileV, args, envV py.Value, search bool) (py.Value, *py.Exception) {
	mode, err := cInt(t, modeV)
	if err != nil {
		return py.Value{}, err
	}
	file, _, err := fsArg(t, fileV)
	if err != nil {
		return py.Value{}, err
	}
	argv, err := argvOf(t, "spawnv", args, 3)
	if err != nil {
		return py.Value{}, err
	}
	if len(argv) == 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "spawnv() arg 3 must not be empty")
	}
	var env []string
	if !envV.IsNil() {
		if env, err = envOf(t, "spawnve", envV); err != nil {
			return py.Value{}, err
		}
	}
	var pid int
	try := func(full string) *py.Exception {
		var e error
		pid, e = spawn(full, argv, env, nil)
		if e != nil {
			return py.NewOSError(t, e, path{bytes: isBytes(fileV)}.result(full))
		}
		return nil
	}
	if search {
		err = lookPath(t, file, envV, try)
	} else {
		err = try(file)
	}
	if err != nil {
		if mode != 1 && err.Matches(py.OSError()) {
			return py.Int(127), nil // the child CPython forks exits 127 when exec fails
		}
		return py.Value{}, err
	}
	if mode == 1 { // P_NOWAIT
		return py.Int(int64(pid)), nil
	}
	var code int
	var e error
	t.Unlocked(func() { code, e = waitExit(pid) })
	if e != nil {
		return py.Value{}, fderr(t, e)
	}
	return py.Int(int64(code)), nil
}

var execFuncs = []*py.MethodDef{
	py.Func("execv", "path, argv, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, argv, err := execArgs(t, "execv", a)
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, execve(t, p, argv, gos.Environ())
	}),
	py.Func("execve", "path, argv, env", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, argv, err := execArgs(t, "execve", a)
		if err != nil {
			return py.Value{}, err
		}
		env, err := envOf(t, "execve", a[2])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, execve(t, p, argv, env)
	}),
	py.Func("system", "command", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		cmd, ok, err := strOrBytes(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "expected str, bytes or os.PathLike object, not %s", typeName(a[0]))
		}
		t.Interp().Flush()
		pid, e := spawn("/bin/sh", []string{"sh", "-c", cmd}, nil, nil)
		if e != nil {
			return py.Int(-1), nil
		}
		var ws unix.WaitStatus
		t.Unlocked(func() { // the command runs while other threads do
			for {
				_, e = unix.Wait4(pid, &ws, 0, nil)
				if e != unix.EINTR {
					break
				}
			}
		})
		return py.Int(int64(ws)), nil
	}),
}

var execOsFuncs = []*py.MethodDef{
	py.PyFunc("execl", "file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "execv", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		_, argv, err := execArgs(t, "execv", []py.Value{a[0], a[1]})
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, execve(t, p, argv, gos.Environ())
	}),
	py.PyFunc("execle", "file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		args := tupleItems(a[1])
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		p, argv, err := execArgs(t, "execve", []py.Value{a[0], py.NewTuple(args[:len(args)-1]...)})
		if err != nil {
			return py.Value{}, err
		}
		env, err := envOf(t, "execve", args[len(args)-1])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, execve(t, p, argv, env)
	}),
	py.PyFunc("execlp", "file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return py.Value{}, execvpe(t, a[0], a[1], py.Value{})
	}),
	py.PyFunc("execlpe", "file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		args := tupleItems(a[1])
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		return py.Value{}, execvpe(t, a[0], py.NewTuple(args[:len(args)-1]...), args[len(args)-1])
	}),
	py.PyFunc("execvp", "file, args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return py.Value{}, execvpe(t, a[0], a[1], py.Value{})
	}),
	py.PyFunc("execvpe", "file, args, env", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return py.Value{}, execvpe(t, a[0], a[1], a[2])
	}),
	py.PyFunc("spawnv", "mode, file, args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], py.Value{}, false)
	}),
	py.PyFunc("spawnve", "mode, file, args, env", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], a[3], false)
	}),
	py.PyFunc("spawnvp", "mode, file, args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], py.Value{}, true)
	}),
	py.PyFunc("spawnvpe", "mode, file, args, env", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], a[3], true)
	}),
	py.PyFunc("spawnl", "mode, file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], py.Value{}, false)
	}),
	py.PyFunc("spawnle", "mode, file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		args := tupleItems(a[2])
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		return spawnv(t, a[0], a[1], py.NewTuple(args[:len(args)-1]...), args[len(args)-1], false)
	}),
	py.PyFunc("spawnlp", "mode, file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spawnv(t, a[0], a[1], a[2], py.Value{}, true)
	}),
	py.PyFunc("spawnlpe", "mode, file, *args", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		args := tupleItems(a[2])
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		return spawnv(t, a[0], a[1], py.NewTuple(args[:len(args)-1]...), args[len(args)-1], true)
	}),
}
