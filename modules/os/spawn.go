package os

import (
	gos "os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// posix_spawn and posix_spawnp over syscall.ForkExec: the file actions are
// worked out in the parent into the table of descriptors the child starts with
// (opened files are opened by the parent and handed down).

const spawnSig = "path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False, setsid=False, setsigmask=(), setsigdef=(), scheduler=None"

// inheritable reports whether the parent's descriptor fd is open without
// close-on-exec.
func inheritable(fd int) bool {
	r, e := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	return e == nil && r&unix.FD_CLOEXEC == 0
}

// openFds lists the parent's open descriptors.
func openFds() []int {
	ents, err := gos.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range ents {
		if n, err := strconv.Atoi(e.Name()); err == nil {
			out = append(out, n)
		}
	}
	return out
}

func posixSpawn(name string, search bool) *py.MethodDef {
	return py.Func(name, spawnSig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, name, "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		if !a[1].Type().IsSubtype(py.ListType()) && !a[1].Type().IsSubtype(py.TupleType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "%s: argv must be a tuple or list", name)
		}
		argv, err := argvOf(t, name, a[1], 2)
		if err != nil {
			return py.Value{}, err
		}
		if len(argv) == 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "%s: argv must not be empty", name)
		}
		var env []string
		if a[2].IsNone() {
			env = gos.Environ()
		} else {
			if _, found, _ := py.LookupSpecial(t, a[2], "keys"); !found {
				return py.Value{}, py.Errorf(py.TypeError(), "%s: environment must be a mapping object or None", name)
			}
			if env, err = envOf(t, name, a[2]); err != nil {
				return py.Value{}, err
			}
		}
		attr := &syscall.SysProcAttr{}
		if !a[4].IsNone() {
			pg, err := cInt(t, a[4])
			if err != nil {
				return py.Value{}, err
			}
			attr.Setpgid, attr.Pgid = true, pg
		}
		for _, i := range []int{5, 6} {
			if _, err := py.IsTrue(t, a[i]); err != nil {
				return py.Value{}, err
			}
		}
		if attr.Setsid, err = py.IsTrue(t, a[6]); err != nil {
			return py.Value{}, err
		}
		for _, i := range []int{7, 8} {
			if a[i].IsNil() {
				continue // the default ()
			}
			if err := py.Iterate(t, a[i], func(v py.Value) *py.Exception { _, err := cInt(t, v); return err }); err != nil {
				return py.Value{}, err
			}
		}
		files, opened, err := fileActions(t, a[3])
		defer func() {
			for _, fd := range opened {
				unix.Close(fd)
			}
		}()
		if err != nil {
			return py.Value{}, err
		}
		var pid int
		try := func(full string) *py.Exception {
			var e error
			pid, e = syscall.ForkExec(full, argv, &syscall.ProcAttr{Env: env, Files: files, Sys: attr})
			if e != nil {
				return oserr(t, e, p)
			}
			return nil
		}
		if search {
			err = lookPath(t, p.s, py.Value{}, try)
		} else {
			err = try(p.s)
		}
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(pid)), nil
	})
}

// fileActions turns posix_spawn's file_actions into ForkExec's descriptor table;
// opened are the descriptors the parent opened for it, to close afterwards.
func fileActions(t *py.Thread, v py.Value) ([]uintptr, []int, *py.Exception) {
	child := map[int]int{} // child fd -> parent fd, or -1 for closed
	var opened []int
	closeFrom := -1
	if !v.IsNil() && !v.IsNone() {
		if !v.Type().IsSubtype(py.ListType()) && !v.Type().IsSubtype(py.TupleType()) {
			if _, found, _ := py.LookupSpecial(t, v, "__iter__"); !found {
				return nil, nil, py.Errorf(py.TypeError(), "file_actions must be a sequence or None")
			}
		}
		acts, err := py.ToSlice(t, v)
		if err != nil {
			return nil, nil, err
		}
		for _, act := range acts {
			if !act.Type().IsSubtype(py.TupleType()) || len(tupleItems(act)) == 0 {
				return nil, opened, py.Errorf(py.TypeError(), "Each file_actions element must be a non-empty tuple")
			}
			items := tupleItems(act)
			tag, err := cLong(t, items[0])
			if err != nil {
				return nil, opened, err
			}
			ints := func(n int, what string) ([]int, *py.Exception) {
				if len(items) != n {
					return nil, py.Errorf(py.TypeError(), "A %s file_action tuple must have %d elements", what, n)
				}
				out := make([]int, 0, n-1)
				for _, it := range items[1:] {
					k, err := cInt(t, it)
					if err != nil {
						return nil, err
					}
					out = append(out, k)
				}
				return out, nil
			}
			parentOf := func(fd int) int {
				if p, ok := child[fd]; ok {
					return p
				}
				return fd
			}
			switch tag {
			case 0: // POSIX_SPAWN_OPEN
				if len(items) != 5 {
					return nil, opened, py.Errorf(py.TypeError(), "An open file_action tuple must have 5 elements")
				}
				fd, err := cInt(t, items[1])
				if err != nil {
					return nil, opened, err
				}
				p, err := pathOf(t, "posix_spawn", "path", items[2], false, false)
				if err != nil {
					return nil, opened, err
				}
				flags, err := cInt(t, items[3])
				if err != nil {
					return nil, opened, err
				}
				mode, err := cInt(t, items[4])
				if err != nil {
					return nil, opened, err
				}
				pfd, e := unix.Open(p.s, flags|unix.O_CLOEXEC, uint32(mode))
				if e != nil {
					return nil, opened, oserr(t, e, p)
				}
				opened = append(opened, pfd)
				child[fd] = pfd
			case 1: // POSIX_SPAWN_CLOSE
				n, err := ints(2, "close")
				if err != nil {
					return nil, opened, err
				}
				child[n[0]] = -1
			case 2: // POSIX_SPAWN_DUP2
				n, err := ints(3, "dup2")
				if err != nil {
					return nil, opened, err
				}
				child[n[1]] = parentOf(n[0])
			case 3: // POSIX_SPAWN_CLOSEFROM
				n, err := ints(2, "closefrom")
				if err != nil {
					return nil, opened, err
				}
				closeFrom = n[0]
				for k := range child {
					if k >= closeFrom {
						child[k] = -1
					}
				}
			default:
				return nil, opened, py.Errorf(py.TypeError(), "Unknown file_actions identifier")
			}
		}
	}
	top := 3
	for k := range child {
		top = max(top, k+1)
	}
	for _, fd := range openFds() {
		if inheritable(fd) {
			top = max(top, fd+1)
		}
	}
	files := make([]uintptr, top)
	for i := range files {
		p, ok := child[i]
		switch {
		case ok && p >= 0:
			files[i] = uintptr(p)
		case ok, closeFrom >= 0 && i >= closeFrom, !inheritable(i):
			files[i] = ^uintptr(0)
		default:
			files[i] = uintptr(i)
		}
	}
	return files, opened, nil
}

var spawnFuncs = []*py.MethodDef{posixSpawn("posix_spawn", false), posixSpawn("posix_spawnp", true)}
