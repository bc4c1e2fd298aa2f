package os

import (
	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// os.walk: CPython 3.13's iterative algorithm (a stack of directories still to
// visit, and of bottom-up results still to give), as a native iterator. Top-down,
// the children are pushed when the caller asks for the next item, so that changes
// it made to the yielded dirnames list prune the walk.

type walkItem struct {
	top    py.Value // the directory (str or bytes) …
	topOS  string
	result py.Value // … or a bottom-up result to give
}

type walker struct {
	py.Header
	stack       []walkItem
	topdown     bool
	followlinks bool
	linksFiles  bool // followlinks was os._walk_symlinks_as_files
	onerror     py.Value
	asBytes     bool
	pendTop     string   // top-down: the directory last given …
	pendDirs    py.Value // … and its dirnames list, pushed on the next call
}

var walkType = py.NewType(&py.TypeDef{
	Name:  "os.walk",
	Final: true,
	Iter:  func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Object[walker](self).next(t)
	},
})

func newWalk(t *py.Thread, mod py.Value, a []py.Value) (py.Value, *py.Exception) {
	top, err := fspath(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	w := &walker{onerror: a[2]}
	if w.topdown, err = py.IsTrue(t, a[1]); err != nil {
		return py.Value{}, err
	}
	if w.followlinks, err = py.IsTrue(t, a[3]); err != nil {
		return py.Value{}, err
	}
	// shutil's sentinel: symlinks to folders are listed as files and never
	// walked into.
	if m := py.ModuleOf(mod); m != nil {
		if s, ok := m.Dict().GetStr("_walk_symlinks_as_files"); ok && s.Is(a[3]) {
			w.linksFiles = true
		}
	}
	s, asBytes, _ := fsArg(t, top)
	w.asBytes = asBytes
	w.stack = []walkItem{{top: top, topOS: s}}
	return py.NewObject(&w.Header, walkType), nil
}

func join(dir, name string) string {
	if dir == "" || dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func (w *walker) str(s string) py.Value { return path{bytes: w.asBytes}.result(s) }

func (w *walker) next(t *py.Thread) (py.Value, *py.Exception) {
	if !w.pendDirs.IsNil() {
		dirs, err := py.ToSlice(t, w.pendDirs)
		w.pendDirs = py.Value{}
		if err != nil {
			return py.Value{}, err
		}
		for i := len(dirs) - 1; i >= 0; i-- {
			name, _, err := fsArg(t, dirs[i])
			if err != nil {
				return py.Value{}, err
			}
			np := join(w.pendTop, name)
			if w.followlinks || !islink(np) {
				w.stack = append(w.stack, walkItem{top: w.str(np), topOS: np})
			}
		}
	}
	for len(w.stack) > 0 {
		it := w.stack[len(w.stack)-1]
		w.stack = w.stack[:len(w.stack)-1]
		if !it.result.IsNil() {
			return it.result, nil
		}
		p := path{obj: it.top, s: it.topOS, bytes: w.asBytes}
		fd, e := unix.Open(p.s, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if e != nil {
			if err := w.report(t, oserr(t, e, p)); err != nil {
				return py.Value{}, err
			}
			continue
		}
		sc := &scandirIter{p: p, fd: fd, ownFd: true, buf: make([]byte, 8192)}
		var dirs, nondirs, walkDirs []py.Value
		failed := false
		for {
			ev, err := sc.next(t)
			if err != nil {
				if !err.Matches(py.OSError()) {
					sc.close()
					return py.Value{}, err
				}
				if err := w.report(t, err); err != nil {
					return py.Value{}, err
				}
				failed = true
				break
			}
			if ev.IsNil() {
				break
			}
			e := entrySelf(ev)
			isDir, err := e.testMode(t, !w.linksFiles, unix.S_IFDIR)
			if err != nil {
				isDir = false
			}
			if isDir {
				dirs = append(dirs, e.name)
			} else {
				nondirs = append(nondirs, e.name)
			}
			if !w.topdown && isDir {
				walkInto := w.followlinks
				if !walkInto {
					isLink, err := e.testMode(t, false, unix.S_IFLNK)
					walkInto = err != nil || !isLink
				}
				if walkInto {
					walkDirs = append(walkDirs, e.path)
				}
			}
		}
		sc.close()
		if failed {
			continue
		}
		dl := py.NewList(dirs).Value()
		res := py.NewTuple(it.top, dl, py.NewList(nondirs).Value())
		if w.topdown {
			w.pendTop, w.pendDirs = it.topOS, dl
			return res, nil
		}
		w.stack = append(w.stack, walkItem{result: res})
		for i := len(walkDirs) - 1; i >= 0; i-- {
			s, _, _ := fsArg(t, walkDirs[i])
			w.stack = append(w.stack, walkItem{top: walkDirs[i], topOS: s})
		}
	}
	return py.Value{}, nil
}

// report calls onerror with the error, if there is one.
func (w *walker) report(t *py.Thread, err *py.Exception) *py.Exception {
	if w.onerror.IsNil() || w.onerror.IsNone() {
		return nil
	}
	_, e := py.Call(t, w.onerror, err.Value())
	return e
}
