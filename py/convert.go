package py

import "math/big"

// Conversions native modules use on their arguments and results.

// AsFloat is PyFloat_AsDouble: a float, an int, or an object with __float__ or
// __index__ ("must be real number, not X" otherwise).
func AsFloat(t *Thread, v Value) (float64, *Exception) { return asFloat(t, v) }

// AsStr returns the text of a str (or str subclass) in Kaa's generalised UTF-8
// (lone surrogates as their 3-byte forms); ok is false for any other object.
func AsStr(v Value) (s string, ok bool) {
	if v.IsNil() || v.Type().layout != StrType {
		return "", false
	}
	return v.str().s, true
}

// AsBytes returns the contents of a bytes or bytearray object (shared, not a copy);
// ok is false for any other object.
func AsBytes(v Value) (b []byte, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	if l := v.Type().layout; l != BytesType && l != ByteArrayType {
		return nil, false
	}
	return bytesOf(v), true
}

// AsBigInt returns the value of an int (or bool, or int subclass) as a new big.Int;
// ok is false for any other object.
func AsBigInt(v Value) (*big.Int, bool) {
	if v.IsNil() || !v.isInt() {
		return nil, false
	}
	return new(big.Int).Set(bigOf(v)), true
}

// FsPath is os.fspath for a file-name argument (str, bytes or os.PathLike), as the
// bytes to give the operating system (a str's surrogate escapes become bytes again).
func FsPath(t *Thread, v Value) (string, *Exception) { return fsPath(t, v) }

// NewOSError converts a Go error from the os or syscall packages into the OSError
// subclass CPython raises for its errno (FileNotFoundError, PermissionError, …),
// with errno, strerror and, when given (not the zero Value), filename.
func NewOSError(t *Thread, err error, filename Value) *Exception { return osError(t, err, filename) }
