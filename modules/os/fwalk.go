package os

import (
	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// os.fwalk: walk with a descriptor for each directory, CPython 3.13's algorithm
// (a stack of directories to open, results to give and descriptors to close), as
// a native iterator. Each directory is opened relative to its parent's descriptor
// and, unless follow_symlinks, checked to be what lstat saw, so that a symlink
// swapped in during the walk is not followed.

const (
	fwWalk = iota
	fwYield
	fwClose
)

type fwAction struct {
	kind    int
	isRoot  bool
	dirfd   int
	toppath py.Value // str or bytes
	topname string
	entry   *dirEntry
	result  py.Value
	fd      int
}

type fwalker struct {
	py.Header
	stack    []fwAction
	topdown  bool
	follow   bool
	onerror  py.Value
	isBytes  bool
	pendFd   int
	pendPath py.Value // top-down: the directory last given, with a trailing slash …
	pendDirs py.Value // … and its dirnames, pushed on the next call
}

var fwalkType = py.NewType(&py.TypeDef{
	Name:  "os.fwalk",
	Final: true,
	Iter:  func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Object[fwalker](self).next(t)
	},
})

func newFwalk(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	topV := a[0]
	if topV.IsNil() {
		topV = py.NewStr(".")
	}
	top, err := fspath(t, topV)
	if err != nil {
		return py.Value{}, err
	}
	w := &fwalker{onerror: a[2]}
	if w.topdown, err = boolOf(t, a[1], true); err != nil {
		return py.Value{}, err
	}
	if w.follow, err = boolOf(t, a[3], false); err != nil {
		return py.Value{}, err
	}
	dirfd, err := dirFdOf(t, a[4])
	if err != nil {
		return py.Value{}, err
	}
	name, isBytes, _ := fsArg(t, top)
	w.isBytes = isBytes
	w.stack = []fwAction{{kind: fwWalk, isRoot: true, dirfd: dirfd, toppath: top, topname: name}}
	return py.NewObject(&w.Header, fwalkType), nil
}

func (w *fwalker) pushDirs(t *py.Thread, topfd int, toppath py.Value, names []py.Value, entries []*dirEntry) *py.Exception {
	tp, _, _ := fsArg(t, toppath)
	tp = join(tp, "")
	for i := len(names) - 1; i >= 0; i-- {
		name, _, err := fsArg(t, names[i])
		if err != nil {
			return err
		}
		act := fwAction{kind: fwWalk, dirfd: topfd, toppath: path{bytes: w.isBytes}.result(tp + name), topname: name}
		if entries != nil {
			act.entry = entries[i]
		}
		w.stack = append(w.stack, act)
	}
	return nil
}

func (w *fwalker) next(t *py.Thread) (py.Value, *py.Exception) {
	if !w.pendDirs.IsNil() {
		dirs, err := py.ToSlice(t, w.pendDirs)
		w.pendDirs = py.Value{}
		if err != nil {
			return py.Value{}, err
		}
		if err := w.pushDirs(t, w.pendFd, w.pendPath, dirs, nil); err != nil {
			return py.Value{}, err
		}
	}
	for len(w.stack) > 0 {
		act := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		switch act.kind {
		case fwClose:
			unix.Close(act.fd)
			continue
		case fwYield:
			return act.result, nil
		}
		name := path{obj: path{bytes: w.isBytes}.result(act.topname), s: act.topname}
		var orig unix.Stat_t
		var e error
		if !w.follow {
			if act.entry == nil {
				e = unix.Fstatat(act.dirfd, act.topname, &orig, unix.AT_SYMLINK_NOFOLLOW)
			} else {
				e = unix.Fstatat(act.entry.dirfd, act.entry.nameOS, &orig, unix.AT_SYMLINK_NOFOLLOW)
			}
		}
		topfd := -1
		if e == nil {
			topfd, e = unix.Openat(act.dirfd, act.topname, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
		}
		if e != nil {
			err := oserr(t, e, name)
			if act.isRoot {
				return py.Value{}, err
			}
			if !w.onerror.IsNil() && !w.onerror.IsNone() {
				if _, err := py.Call(t, w.onerror, err.Value()); err != nil {
					return py.Value{}, err
				}
			}
			continue
		}
		w.stack = append(w.stack, fwAction{kind: fwClose, fd: topfd})
		if !w.follow {
			if act.isRoot && orig.Mode&unix.S_IFMT != unix.S_IFDIR {
				continue
			}
			var now unix.Stat_t
			if unix.Fstat(topfd, &now) != nil || now.Ino != orig.Ino || now.Dev != orig.Dev {
				continue
			}
		}
		sc := &scandirIter{p: path{isFd: true, fd: topfd}, buf: make([]byte, 8192)}
		if fd, e := unix.FcntlInt(uintptr(topfd), unix.F_DUPFD_CLOEXEC, 0); e == nil {
			sc.fd, sc.ownFd = fd, true
		} else {
			sc.fd = -1
		}
		var dirs, nondirs []py.Value
		var entries []*dirEntry
		keepEntries := !w.topdown && !w.follow
		for {
			ev, err := sc.next(t)
			if err != nil {
				sc.close()
				return py.Value{}, err
			}
			if ev.IsNil() {
				break
			}
			en := entrySelf(ev)
			nm := path{bytes: w.isBytes}.result(en.nameOS)
			isDir, err := en.testMode(t, true, unix.S_IFDIR)
			if err != nil {
				if link, err := en.testMode(t, false, unix.S_IFLNK); err == nil && link {
					nondirs = append(nondirs, nm)
				}
				continue
			}
			if isDir {
				dirs = append(dirs, nm)
				if keepEntries {
					entries = append(entries, en)
				}
			} else {
				nondirs = append(nondirs, nm)
			}
		}
		sc.close()
		dl := py.NewList(dirs).Value()
		res := py.NewTuple(act.toppath, dl, py.NewList(nondirs).Value(), py.Int(int64(topfd)))
		if w.topdown {
			w.pendFd, w.pendPath, w.pendDirs = topfd, act.toppath, dl
			return res, nil
		}
		w.stack = append(w.stack, fwAction{kind: fwYield, result: res})
		if err := w.pushDirs(t, topfd, act.toppath, dirs, entries); err != nil {
			return py.Value{}, err
		}
	}
	return py.Value{}, nil
}
