package py

import (
	"errors"
	"io/fs"
	"strings"
	"syscall"
)

// unsupportedOp is io.UnsupportedOperation, which the runtime's own streams raise
// too (sys.stdin's write, for one); the _io module (modules/io) exports it.
var unsupportedOp = withBases(newExcType("io.UnsupportedOperation", osErrorExc, ""), osErrorExc, valueError)

// osError converts a Go error from the os package into the OSError subclass
// CPython raises, with its errno, strerror and filename.
func osError(t *Thread, err error, filename Value) *Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return Errorf(osErrorExc, "%s", err.Error())
		}
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []Value{Int(int64(errno)), NewStr(msg)}
	if !filename.IsNil() {
		args = append(args, filename)
	}
	v, e := osErrorNew(t, osErrorExc, args, nil)
	if e != nil {
		return e
	}
	return v.exc()
}

// builtinOpen is builtins.open until the _io module is imported: it imports _io
// (whose initialisation puts _io.open in builtins) and calls _io.open, so that a
// program that never opens a file does not pay for the module at start-up.
func builtinOpen(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	m, err := t.importFull("_io", "", 0)
	if err != nil {
		return Value{}, err
	}
	open, err := GetAttrS(t, m, "open")
	if err != nil {
		return Value{}, err
	}
	return CallKw(t, open, args, kw)
}

func sizeArg(t *Thread, a []Value) (int64, *Exception) {
	if len(a) == 0 || a[0].IsNone() {
		return -1, nil
	}
	return IndexInt(t, a[0], nil)
}

func runesString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return string(b)
}
