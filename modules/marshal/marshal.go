// Package marshal is the marshal module: Python values to and from the format of
// CPython's .pyc files (Python/marshal.c), over the format package marshal/.
// dumps writes what python3.13 writes for the same value, with references for
// objects met again; see dump.go for how Kaa, which counts no references, decides
// which objects get one.
package marshal

import (
	"math"

	fmt "github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/py"
)

// Def is the marshal module.
var Def = &py.ModuleDef{Name: "marshal", Doc: doc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("version", py.Int(fmt.CurrentVersion))
	return nil
}}

const doc = `Reading and writing Python values in the binary format of .pyc files.

The format does not depend on the machine, but it may change between Python
versions. It holds None, bool, int, float, complex, str, bytes (and other buffer
objects, written as bytes), tuple, list, dict, set, frozenset and code objects;
version (the format written by default) is 4. dumps() and loads() work on bytes,
dump() and load() on binary files.`

// version is the version argument, a C int.
func version(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

func loadBytes(t *py.Thread, data []byte, allowCode bool) (py.Value, *py.Exception) {
	if err := t.Audit("marshal.loads", py.NewBytes(data)); err != nil {
		return py.Value{}, err
	}
	r := &reader{t: t, data: data, allowCode: allowCode}
	return r.load()
}

// dumpChecked is dumps() and dump() up to the bytes: the version and
// allow_code arguments checked, the audit event raised, value serialised.
func dumpChecked(t *py.Thread, value, verArg, allowArg py.Value) ([]byte, *py.Exception) {
	ver, err := version(t, verArg)
	if err != nil {
		return nil, err
	}
	allow, err := py.IsTrue(t, allowArg)
	if err != nil {
		return nil, err
	}
	if err := t.Audit("marshal.dumps", value, py.Int(int64(ver))); err != nil {
		return nil, err
	}
	return dump(t, value, ver, allow)
}

var methods = []*py.MethodDef{
	py.Func("dumps", "value, version=4, /, *, allow_code=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, err := dumpChecked(t, a[0], a[1], a[2])
		if err != nil {
			return py.Value{}, err
		}
		return py.NewBytes(b), nil
	}),
	py.Func("loads", "bytes, /, *, allow_code=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, ok := py.AsContiguousBuffer(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
		}
		allow, err := py.IsTrue(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return loadBytes(t, data, allow)
	}),
	py.Func("dump", "value, file, version=4, /, *, allow_code=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, err := dumpChecked(t, a[0], a[2], a[3])
		if err != nil {
			return py.Value{}, err
		}
		if _, err := py.CallMethod(t, a[1], "write", py.NewBytes(b)); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.Func("load", "file, /, *, allow_code=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		allow, err := py.IsTrue(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		// A read of nothing first: the file must have read() returning bytes.
		data, err := py.CallMethod(t, a[0], "read", py.Int(0))
		if err != nil {
			return py.Value{}, err
		}
		if !data.Type().IsSubtype(py.BytesType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "file.read() returned not bytes but %s", py.TypeName(data))
		}
		if err := t.Audit("marshal.load"); err != nil {
			return py.Value{}, err
		}
		r := &reader{t: t, file: a[0], allowCode: allow}
		return r.load()
	}),
}
