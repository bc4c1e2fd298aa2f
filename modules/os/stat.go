package os

import (
	"math/big"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// stat, lstat, fstat and their result, and the other struct sequences of posix.

var statResultType = py.NewStructSeqType(&py.StructSeqDef{
	Name: "os.stat_result",
	Doc:  "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.",
	Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		py.UnnamedField, py.UnnamedField, py.UnnamedField,
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
		"st_blksize", "st_blocks", "st_rdev"},
	Docs: []string{"protection bits", "inode", "device", "number of hard links", "user ID of owner", "group ID of owner", "total size, in bytes",
		"", "", "", "time of last access", "time of last modification", "time of last change",
		"time of last access in nanoseconds", "time of last modification in nanoseconds", "time of last change in nanoseconds",
		"blocksize for filesystem I/O", "number of blocks allocated", "device type (if inode device)"},
	NSequence: 10,
	New:       statResultNew,
})

// statResultNew is stat_result(seq, dict=None): a missing float time (st_atime, …)
// is the integer one, as CPython's statresult_new fills it.
func statResultNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	v, err := py.StructSeqNew(t, typ, args, kwnames)
	if err != nil {
		return v, err
	}
	if fs, ok := py.StructSeqFields(v); ok {
		for i := 7; i <= 9; i++ {
			if fs[i+3].IsNone() {
				fs[i+3] = fs[i]
			}
		}
	}
	return v, nil
}

var statvfsResultType = py.NewStructSeqType(&py.StructSeqDef{
	Name:      "os.statvfs_result",
	Doc:       "statvfs_result: Result from statvfs or fstatvfs.\n\nThis object may be accessed either as a tuple of\n  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\nor via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\nSee os.statvfs for more information.",
	Fields:    []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"},
	NSequence: 10,
})

func posixTypes() []*py.Type {
	return []*py.Type{statResultType, statvfsResultType, terminalSizeType, unameResultType, timesResultType, waitidResultType, schedParamType, dirEntryType}
}

func uintVal(u uint64) py.Value {
	if u <= 1<<62 {
		return py.Int(int64(u))
	}
	return py.NewBigInt(new(big.Int).SetUint64(u))
}

var billion = big.NewInt(1e9)

func nsVal(ts unix.Timespec) py.Value {
	if ts.Sec < 1<<31 && ts.Sec > -(1<<31) {
		return py.Int(ts.Sec*1e9 + ts.Nsec)
	}
	b := new(big.Int).Mul(big.NewInt(ts.Sec), billion)
	return py.NewBigInt(b.Add(b, big.NewInt(ts.Nsec)))
}

// statResult makes an os.stat_result from a stat buffer.
func statResult(st *unix.Stat_t) py.Value {
	ft := func(ts unix.Timespec) py.Value { return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9) }
	return py.NewStructSeq(statResultType,
		py.Int(int64(st.Mode)), uintVal(st.Ino), uintVal(st.Dev), py.Int(int64(st.Nlink)),
		py.Int(int64(st.Uid)), py.Int(int64(st.Gid)), py.Int(st.Size),
		py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec),
		ft(st.Atim), ft(st.Mtim), ft(st.Ctim),
		nsVal(st.Atim), nsVal(st.Mtim), nsVal(st.Ctim),
		py.Int(int64(st.Blksize)), py.Int(st.Blocks), uintVal(st.Rdev))
}

// statPath is stat/lstat on a converted path (a descriptor: fstat).
func statPath(t *py.Thread, p path, dirfd int, follow bool) (py.Value, *py.Exception) {
	var st unix.Stat_t
	var e error
	switch {
	case p.isFd:
		e = retry(func() error { return unix.Fstat(p.fd, &st) })
	case follow:
		e = unix.Fstatat(dirfd, p.s, &st, 0)
	default:
		e = unix.Fstatat(dirfd, p.s, &st, unix.AT_SYMLINK_NOFOLLOW)
	}
	if e != nil {
		return py.Value{}, oserr(t, e, p)
	}
	return statResult(&st), nil
}

func statvfsResult(s *unix.Statfs_t) py.Value {
	fsid := uint64(uint32(s.Fsid.Val[0])) | uint64(uint32(s.Fsid.Val[1]))<<32
	return py.NewStructSeq(statvfsResultType,
		py.Int(s.Bsize), py.Int(s.Frsize), uintVal(s.Blocks), uintVal(s.Bfree), uintVal(s.Bavail),
		uintVal(s.Files), uintVal(s.Ffree), uintVal(s.Ffree), py.Int(s.Flags), py.Int(s.Namelen), uintVal(fsid))
}

var statFuncs = []*py.MethodDef{
	py.Func("stat", "path, *, dir_fd=None, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "stat", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[2], true)
		if err != nil {
			return py.Value{}, err
		}
		return statPath(t, p, dirfd, follow)
	}),
	py.Func("lstat", "path, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "lstat", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return statPath(t, p, dirfd, false)
	}),
	fdFunc("fstat", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		var st unix.Stat_t
		if e := retry(func() error { return unix.Fstat(fd, &st) }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return statResult(&st), nil
	}),
	py.Func("statvfs", "path", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "statvfs", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		var s unix.Statfs_t
		var e error
		if p.isFd {
			e = unix.Fstatfs(p.fd, &s)
		} else {
			e = unix.Statfs(p.s, &s)
		}
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		return statvfsResult(&s), nil
	}),
	fdFuncPos("fstatvfs", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		var s unix.Statfs_t
		if e := unix.Fstatfs(fd, &s); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return statvfsResult(&s), nil
	}),
	py.Func("major", "device, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		d, err := devOf(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(unix.Major(d))), nil
	}),
	py.Func("minor", "device, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		d, err := devOf(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(unix.Minor(d))), nil
	}),
	py.Func("makedev", "major, minor, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		ma, err := cUint(t, a[0], "Python int too large to convert to C unsigned int")
		if err != nil {
			return py.Value{}, err
		}
		mi, err := cUint(t, a[1], "Python int too large to convert to C unsigned int")
		if err != nil {
			return py.Value{}, err
		}
		return uintVal(unix.Mkdev(ma, mi)), nil
	}),
}
