package os

import (
	"math"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Argument conversions with the messages of CPython's posixmodule.c converters.

// path is a converted file-name argument (path_t): what the system call takes,
// and what the argument was, for errors and for the type of the results.
type path struct {
	obj   py.Value // the argument as given: the filename of errors
	s     string   // the name as the OS takes it
	fd    int      // the descriptor, when isFd
	isFd  bool     // an int was given where the function also takes a descriptor
	bytes bool     // given as bytes (or a PathLike returning bytes): results are bytes
	none  bool     // None (or omitted) where that is allowed
}

// pathOf is path_converter for argument arg of function fn: str, bytes or
// os.PathLike; an int too when allowFd; None (or the zero Value) when nullable.
func pathOf(t *py.Thread, fn, arg string, v py.Value, allowFd, nullable bool) (path, *py.Exception) {
	p := path{obj: v}
	if v.IsNil() || v.IsNone() {
		if nullable {
			p.none, p.s, p.obj = true, ".", py.None()
			return p, nil
		}
	} else if allowFd && isIntLike(t, v) {
		if py.IsBool(v) {
			if err := t.Warn(py.RuntimeWarning(), "bool is used as a file descriptor"); err != nil {
				return p, err
			}
		}
		fd, err := fdOf(t, v)
		if err != nil {
			return p, err
		}
		p.isFd, p.fd = true, fd
		return p, nil
	} else if s, ok, err := strOrBytes(t, v); err != nil {
		return p, err
	} else if ok {
		p.s, p.bytes = s, isBytes(v) || !isStr(v) && !isFspathStr(t, v)
		if strings.IndexByte(p.s, 0) >= 0 {
			return p, py.Errorf(py.ValueError(), "%s: embedded null character in %s", fn, arg)
		}
		return p, nil
	}
	want := "string, bytes or os.PathLike"
	switch {
	case allowFd && nullable:
		want = "string, bytes, os.PathLike, integer or None"
	case allowFd:
		want = "string, bytes, os.PathLike or integer"
	case nullable:
		want = "string, bytes, os.PathLike or None"
	}
	return p, py.Errorf(py.TypeError(), "%s: %s should be %s, not %s", fn, arg, want, typeName(v))
}

func isStr(v py.Value) bool   { _, ok := py.AsStr(v); return ok }
func isBytes(v py.Value) bool { return v.Type().IsSubtype(py.BytesType()) }

// isFspathStr reports whether a PathLike's __fspath__ gave str (asked again only
// for the rare PathLike argument).
func isFspathStr(t *py.Thread, v py.Value) bool {
	r, err := fspath(t, v)
	return err == nil && isStr(r)
}

// strOrBytes returns the OS form of a str, a bytes or an os.PathLike giving one
// of them; ok is false for other objects.
func strOrBytes(t *py.Thread, v py.Value) (string, bool, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		return py.FsEncode(s), true, nil
	}
	if isBytes(v) {
		b, _ := py.AsBytes(v)
		return string(b), true, nil
	}
	m, found, err := py.LookupSpecial(t, v, "__fspath__")
	if err != nil || !found || m.IsNone() {
		return "", false, err
	}
	r, err := py.Call(t, m)
	if err != nil {
		return "", false, err
	}
	if s, ok := py.AsStr(r); ok {
		return py.FsEncode(s), true, nil
	}
	if isBytes(r) {
		b, _ := py.AsBytes(r)
		return string(b), true, nil
	}
	return "", false, py.Errorf(py.TypeError(), "expected %s.__fspath__() to return str or bytes, not %s", typeNameShort(v), typeNameShort(r))
}

// fspath is os.fspath.
func fspath(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	if isStr(v) || isBytes(v) {
		return v, nil
	}
	m, found, err := py.LookupSpecial(t, v, "__fspath__")
	if err != nil {
		return py.Value{}, err
	}
	if !found || m.IsNone() {
		return py.Value{}, py.Errorf(py.TypeError(), "expected str, bytes or os.PathLike object, not %s", typeName(v))
	}
	r, err := py.Call(t, m)
	if err != nil {
		return py.Value{}, err
	}
	if isStr(r) || isBytes(r) {
		return r, nil
	}
	return py.Value{}, py.Errorf(py.TypeError(), "expected %s.__fspath__() to return str or bytes, not %s", typeNameShort(v), typeNameShort(r))
}

// result makes a name the OS gave into a str or bytes, as the argument p was.
func (p path) result(s string) py.Value {
	if p.bytes {
		return py.NewBytes([]byte(s))
	}
	return py.FsStr(s)
}

// filename is the argument to name in an error (the zero Value for a descriptor
// given to a function that does not name it).
func (p path) filename() py.Value { return p.obj }

func typeName(v py.Value) string { return v.Type().Name }

func typeNameShort(v py.Value) string {
	n := v.Type().Name
	return n[strings.LastIndexByte(n, '.')+1:]
}

func isIntLike(t *py.Thread, v py.Value) bool {
	if v.Type().IsSubtype(py.IntType()) {
		return true
	}
	_, found, _ := py.LookupSpecial(t, v, "__index__")
	return found
}

// fdOf is _fd_converter: an int that is a file descriptor (path and dir_fd
// arguments).
func fdOf(t *py.Thread, v py.Value) (int, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok && isPositive(iv) || ok && n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError(), "fd is greater than maximum")
	}
	if !ok || n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "fd is less than minimum")
	}
	return int(n), nil
}

func isPositive(v py.Value) bool {
	b, ok := py.AsBigInt(v)
	return ok && b.Sign() > 0
}

// cInt is the "int" converter: "Python int too large to convert to C int".
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

// cLong is the "long"/off_t converter.
func cLong(t *py.Thread, v py.Value) (int64, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
	}
	return n, nil
}

// cSsize is the Py_ssize_t converter.
func cSsize(t *py.Thread, v py.Value) (int64, *py.Exception) {
	return py.IndexInt(t, v, py.OverflowError())
}

// cUint is an unsigned int argument (mode_t and friends): negative values and
// values above 2**32-1 overflow.
func cUint(t *py.Thread, v py.Value, what string) (uint32, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok || n > math.MaxUint32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned int")
	}
	if n < 0 {
		return 0, py.Errorf(py.OverflowError(), "%s", what)
	}
	return uint32(n), nil
}

// idOf is _Py_Uid_Converter / _Py_Gid_Converter: -1 means "unchanged".
func idOf(t *py.Thread, v py.Value, kind string) (int, *py.Exception) {
	if v.IsFloat() || !isIntLike(t, v) {
		return 0, py.Errorf(py.TypeError(), "%s should be integer, not %s", kind, typeName(v))
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	switch {
	case ok && n == -1:
		return -1, nil
	case !ok || n > math.MaxUint32-1:
		return 0, py.Errorf(py.OverflowError(), "%s is greater than maximum", kind)
	case n < 0:
		return 0, py.Errorf(py.OverflowError(), "%s is less than minimum", kind)
	}
	return int(n), nil
}

// dirFdOf is dir_fd_converter: None is the current directory.
func dirFdOf(t *py.Thread, v py.Value) (int, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return unix.AT_FDCWD, nil
	}
	if !isIntLike(t, v) || v.IsFloat() {
		return 0, py.Errorf(py.TypeError(), "argument should be integer or None, not %s", typeName(v))
	}
	return fdOf(t, v)
}

// oserr is the OSError for a failed call on p.
func oserr(t *py.Thread, err error, p path) *py.Exception {
	if p.isFd && !p.obj.IsNil() {
		return py.NewOSError(t, err, p.obj)
	}
	return py.NewOSError(t, err, p.filename())
}

// fderr is the OSError for a failed call on a descriptor (no filename).
func fderr(t *py.Thread, err error) *py.Exception { return py.NewOSError(t, err, py.Value{}) }

// retry runs a system call again while it fails with EINTR (PEP 475).
func retry(f func() error) error {
	for {
		err := f()
		if err != unix.EINTR {
			return err
		}
	}
}

// blocking is retry for a system call that may wait (a read of a pipe, a wait for
// a child): the interpreter lock is released meanwhile, so other threads run.
func blocking(t *py.Thread, f func() error) error {
	var err error
	t.Unlocked(func() { err = retry(f) })
	return err
}

func none() (py.Value, *py.Exception) { return py.None(), nil }

func boolOf(t *py.Thread, v py.Value, def bool) (bool, *py.Exception) {
	if v.IsNil() {
		return def, nil
	}
	return py.IsTrue(t, v)
}
