package os

import (
	"encoding/binary"
	"fmt"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// scandir: an iterator over a directory's entries read with getdents64, each a
// DirEntry that knows its type from the directory and caches its stat.

type scandirIter struct {
	py.Header
	p      path
	fd     int // the directory being read; -1 once closed
	buf    []byte
	pos, n int
	ownFd  bool
}

type dirEntry struct {
	py.Header
	name, path   py.Value
	dirfd        int // scandir(fd): the directory's descriptor, for fstatat
	nameOS       string
	pathOS       string
	dtype        uint8
	ino          uint64
	stat, lstat  py.Value
	fromFd       bool
	isSymlinkErr bool
}

var scandirIterType = py.NewType(&py.TypeDef{
	Name:  "posix.ScandirIterator",
	Final: true,
	Iter:  func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Object[scandirIter](self).next(t)
	},
	Methods: []*py.MethodDef{
		py.Func("close", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			py.Object[scandirIter](self).close()
			return py.None(), nil
		}),
		py.Func("__enter__", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return self, nil
		}),
		py.Func("__exit__", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			py.Object[scandirIter](self).close()
			return py.False(), nil
		}),
		py.Func("__del__", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			py.Object[scandirIter](self).close()
			return py.None(), nil
		}),
	},
})

func (it *scandirIter) close() {
	if it.fd >= 0 {
		if it.ownFd {
			unix.Close(it.fd)
		}
		it.fd = -1
	}
}

func (it *scandirIter) next(t *py.Thread) (py.Value, *py.Exception) {
	for it.fd >= 0 {
		if it.pos >= it.n {
			n, e := unix.Getdents(it.fd, it.buf)
			if e == unix.EINTR {
				continue
			}
			if e != nil {
				it.close()
				return py.Value{}, oserr(t, e, it.p)
			}
			if n <= 0 {
				it.close()
				return py.Value{}, nil
			}
			it.pos, it.n = 0, n
		}
		rec := it.buf[it.pos:it.n]
		ino := binary.NativeEndian.Uint64(rec[0:8])
		reclen := int(binary.NativeEndian.Uint16(rec[16:18]))
		dtype := rec[18]
		name := cstr(rec[19:reclen])
		it.pos += reclen
		if name == "." || name == ".." {
			continue
		}
		return it.entry(name, dtype, ino), nil
	}
	return py.Value{}, nil
}

func (it *scandirIter) entry(name string, dtype uint8, ino uint64) py.Value {
	e := &dirEntry{nameOS: name, dtype: dtype, ino: ino, dirfd: unix.AT_FDCWD}
	e.name = it.p.result(name)
	if it.p.isFd {
		e.fromFd, e.dirfd = true, it.p.fd
		e.pathOS = name
	} else {
		dir := it.p.s
		if dir == "" || dir[len(dir)-1] != '/' {
			dir += "/"
		}
		e.pathOS = dir + name
	}
	e.path = it.p.result(e.pathOS)
	return py.NewObject(&e.Header, dirEntryType)
}

func entrySelf(v py.Value) *dirEntry { return py.Object[dirEntry](v) }

// fetchStat is DirEntry.stat: lstat'd once, stat'd once more for a symlink.
func (e *dirEntry) fetchStat(t *py.Thread, follow bool) (py.Value, *py.Exception) {
	isLink := e.dtype == unix.DT_LNK
	if e.dtype == unix.DT_UNKNOWN {
		l, err := e.fetchStat(t, false)
		if err != nil {
			return py.Value{}, err
		}
		m, _ := py.StructSeqFields(l)
		mode, _ := py.AsInt64(m[0])
		isLink = mode&unix.S_IFMT == unix.S_IFLNK
	}
	if follow && isLink {
		if e.stat.IsNil() {
			v, err := e.doStat(t, true)
			if err != nil {
				return py.Value{}, err
			}
			e.stat = v
		}
		return e.stat, nil
	}
	if e.lstat.IsNil() {
		v, err := e.doStat(t, false)
		if err != nil {
			return py.Value{}, err
		}
		e.lstat = v
	}
	return e.lstat, nil
}

func (e *dirEntry) doStat(t *py.Thread, follow bool) (py.Value, *py.Exception) {
	var st unix.Stat_t
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	var err error
	if e.fromFd {
		err = unix.Fstatat(e.dirfd, e.nameOS, &st, flags)
	} else {
		err = unix.Fstatat(unix.AT_FDCWD, e.pathOS, &st, flags)
	}
	if err != nil {
		return py.Value{}, py.NewOSError(t, err, e.path)
	}
	return statResult(&st), nil
}

// testMode is is_dir/is_file: from the directory's type when it can tell, else
// from stat; a missing file is simply not one.
func (e *dirEntry) testMode(t *py.Thread, follow bool, want uint32) (bool, *py.Exception) {
	if e.dtype != unix.DT_UNKNOWN && !(follow && e.dtype == unix.DT_LNK) {
		switch want {
		case unix.S_IFDIR:
			return e.dtype == unix.DT_DIR, nil
		case unix.S_IFREG:
			return e.dtype == unix.DT_REG, nil
		case unix.S_IFLNK:
			return e.dtype == unix.DT_LNK, nil
		}
	}
	st, err := e.fetchStat(t, follow)
	if err != nil {
		if err.Matches(py.FileNotFoundError()) {
			return false, nil
		}
		return false, err
	}
	m, _ := py.StructSeqFields(st)
	mode, _ := py.AsInt64(m[0])
	return uint32(mode)&unix.S_IFMT == want, nil
}

func followArg(name string, f func(t *py.Thread, e *dirEntry, follow bool) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "*, follow_symlinks=True", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		follow, err := boolOf(t, a[0], true)
		if err != nil {
			return py.Value{}, err
		}
		return f(t, entrySelf(self), follow)
	})
}

var dirEntryType = py.NewType(&py.TypeDef{
	Name:  "posix.DirEntry",
	Final: true,
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		r, err := py.Repr(t, entrySelf(self).name)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(fmt.Sprintf("<DirEntry %s>", r)), nil
	},
	Methods: []*py.MethodDef{
		py.GetSetDef("name", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return entrySelf(self).name, nil }, nil),
		py.GetSetDef("path", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return entrySelf(self).path, nil }, nil),
		py.Func("inode", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return uintVal(entrySelf(self).ino), nil
		}),
		followArg("is_dir", func(t *py.Thread, e *dirEntry, follow bool) (py.Value, *py.Exception) {
			ok, err := e.testMode(t, follow, unix.S_IFDIR)
			return py.Bool(ok), err
		}),
		followArg("is_file", func(t *py.Thread, e *dirEntry, follow bool) (py.Value, *py.Exception) {
			ok, err := e.testMode(t, follow, unix.S_IFREG)
			return py.Bool(ok), err
		}),
		py.Func("is_symlink", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			e := entrySelf(self)
			if e.dtype != unix.DT_UNKNOWN {
				return py.Bool(e.dtype == unix.DT_LNK), nil
			}
			ok, err := e.testMode(t, false, unix.S_IFLNK)
			return py.Bool(ok), err
		}),
		py.Func("is_junction", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.False(), nil
		}),
		followArg("stat", func(t *py.Thread, e *dirEntry, follow bool) (py.Value, *py.Exception) {
			return e.fetchStat(t, follow)
		}),
		py.Func("__fspath__", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return entrySelf(self).path, nil
		}),
		{Name: "__class_getitem__", Class: true, Fn: func(t *py.Thread, cls py.Value, a []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if len(a) != 1 {
				return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes exactly one argument (%d given)", len(a))
			}
			return py.NewGenericAlias(t, cls, a[0])
		}},
	},
})

var scandirFuncs = []*py.MethodDef{py.Func("scandir", "path=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	p, err := pathOf(t, "scandir", "path", a[0], true, true)
	if err != nil {
		return py.Value{}, err
	}
	it := &scandirIter{p: p, buf: make([]byte, 8192)}
	if p.isFd {
		fd, e := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if e == nil {
			_, e = unix.Seek(fd, 0, 0)
		}
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		it.fd, it.ownFd = fd, true
	} else {
		fd, e := unix.Open(p.s, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		it.fd, it.ownFd = fd, true
	}
	return py.NewObject(&it.Header, scandirIterType), nil
})}
