package os

import (
	gos "os"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// The environment: posix.environ is a dict of bytes, os.environ and os.environb
// are os._Environ mappings over that same dict that call putenv and unsetenv as
// they change it, as CPython's Lib/os.py does.

// bytesEnviron is posix.environ: the process environment at import, bytes to bytes.
func bytesEnviron(t *py.Thread) *py.Dict {
	d := py.NewDict()
	for _, kv := range gos.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			d.SetItem(t, py.NewBytes([]byte(kv[:i])), py.NewBytes([]byte(kv[i+1:])))
		}
	}
	return d
}

// environ is an os._Environ: data is posix.environ; bytes tells environb (bytes
// keys and values) from environ (str ones).
type environ struct {
	py.Header
	data  *py.Dict
	bytes bool
}

func envSelf(v py.Value) *environ { return py.Object[environ](v) }

func newEnviron(data *py.Dict, bytes bool) py.Value {
	e := &environ{data: data, bytes: bytes}
	return py.NewObject(&e.Header, environType)
}

// encode checks a key or value and returns it as bytes.
func (e *environ) encode(v py.Value) (py.Value, *py.Exception) {
	if e.bytes {
		if !isBytes(v) {
			return py.Value{}, py.Errorf(py.TypeError(), "bytes expected, not %s", typeNameShort(v))
		}
		return v, nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "str expected, not %s", typeNameShort(v))
	}
	return py.NewBytes([]byte(py.FsEncode(s))), nil
}

func (e *environ) decode(v py.Value) py.Value {
	if e.bytes {
		return v
	}
	b, _ := py.AsBytes(v)
	return py.FsStr(string(b))
}

func bytesText(v py.Value) string {
	b, _ := py.AsBytes(v)
	return string(b)
}

func (e *environ) get(t *py.Thread, key py.Value) (py.Value, bool, *py.Exception) {
	k, err := e.encode(key)
	if err != nil {
		return py.Value{}, false, err
	}
	v, ok, err := e.data.GetItem(t, k)
	if err != nil || !ok {
		return py.Value{}, false, err
	}
	return e.decode(v), true, nil
}

func (e *environ) set(t *py.Thread, key, val py.Value) *py.Exception {
	k, err := e.encode(key)
	if err != nil {
		return err
	}
	v, err := e.encode(val)
	if err != nil {
		return err
	}
	if err := putenv(t, bytesText(k), bytesText(v)); err != nil {
		return err
	}
	return e.data.SetItem(t, k, v)
}

func (e *environ) del(t *py.Thread, key py.Value) *py.Exception {
	k, err := e.encode(key)
	if err != nil {
		return err
	}
	if err := unsetenv(t, bytesText(k)); err != nil {
		return err
	}
	if _, ok, _ := e.data.GetItem(t, k); !ok {
		return py.NewException(py.KeyError(), key)
	}
	_, err = e.data.DelItem(t, k)
	return err
}

func (e *environ) keys() []py.Value {
	ks := e.data.Keys()
	out := make([]py.Value, len(ks))
	for i, k := range ks {
		out[i] = e.decode(k)
	}
	return out
}

func putenv(t *py.Thread, k, v string) *py.Exception {
	if strings.IndexByte(k, 0) >= 0 || strings.IndexByte(v, 0) >= 0 {
		return py.Errorf(py.ValueError(), "embedded null byte")
	}
	if strings.IndexByte(k, '=') >= 0 {
		return py.Errorf(py.ValueError(), "illegal environment variable name")
	}
	if k == "" {
		return fderr(t, unix.EINVAL)
	}
	if e := gos.Setenv(k, v); e != nil {
		return fderr(t, unix.EINVAL)
	}
	return nil
}

func unsetenv(t *py.Thread, k string) *py.Exception {
	if strings.IndexByte(k, 0) >= 0 {
		return py.Errorf(py.ValueError(), "embedded null byte")
	}
	if k == "" || strings.IndexByte(k, '=') >= 0 {
		return fderr(t, unix.EINVAL)
	}
	if e := gos.Unsetenv(k); e != nil {
		return fderr(t, e)
	}
	return nil
}

// envName converts putenv's and unsetenv's name and value (str or bytes, as
// PyUnicode_FSConverter).
func envName(t *py.Thread, v py.Value) (string, *py.Exception) {
	s, ok, err := strOrBytes(t, v)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", py.Errorf(py.TypeError(), "expected str, bytes or os.PathLike object, not %s", typeName(v))
	}
	return s, nil
}

var envFuncs = []*py.MethodDef{
	py.Func("putenv", "name, value, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		k, err := envName(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		v, err := envName(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if err := putenv(t, k, v); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.Func("unsetenv", "name, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		k, err := envName(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if err := unsetenv(t, k); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
}

func envMethod(name, sig string, f func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return f(t, self, envSelf(self), a)
	})
}

func (e *environ) pairs(t *py.Thread) []py.Value {
	ks := e.data.Keys()
	out := make([]py.Value, 0, len(ks))
	for _, k := range ks {
		v, ok, _ := e.data.GetItem(t, k)
		if ok {
			out = append(out, py.NewTuple(e.decode(k), e.decode(v)))
		}
	}
	return out
}

func (e *environ) update(t *py.Thread, other py.Value) *py.Exception {
	if other.IsNil() {
		return nil
	}
	if keys, found, err := py.LookupSpecial(t, other, "keys"); err != nil {
		return err
	} else if found {
		ks, err := py.Call(t, keys)
		if err != nil {
			return err
		}
		return py.Iterate(t, ks, func(k py.Value) *py.Exception {
			v, err := py.GetItem(t, other, k)
			if err != nil {
				return err
			}
			return e.set(t, k, v)
		})
	}
	return py.Iterate(t, other, func(kv py.Value) *py.Exception {
		items, err := py.ToSlice(t, kv)
		if err != nil {
			return err
		}
		if len(items) != 2 {
			return py.Errorf(py.ValueError(), "too many values to unpack (expected 2)")
		}
		return e.set(t, items[0], items[1])
	})
}

var environType *py.Type

func init() {
	environType = py.SetBinaryOp(py.NewType(environDef), "|", envOr, envRor, envIor)
}

func isMapping(v py.Value) bool {
	return v.Type().IsSubtype(py.DictType()) || v.Type().IsSubtype(environType)
}

// envOr is environ | other: a dict.
func envOr(t *py.Thread, self, other py.Value) (py.Value, *py.Exception) {
	if !isMapping(other) {
		return py.NotImplemented(), nil
	}
	d, err := envDict(t, self)
	if err != nil {
		return py.Value{}, err
	}
	if _, err := py.CallMethod(t, d, "update", other); err != nil {
		return py.Value{}, err
	}
	return d, nil
}

// envRor is other | environ: a copy of other, updated.
func envRor(t *py.Thread, self, other py.Value) (py.Value, *py.Exception) {
	if !isMapping(other) {
		return py.NotImplemented(), nil
	}
	d, err := py.Call(t, py.TypeValue(py.DictType()), other)
	if err != nil {
		return py.Value{}, err
	}
	mine, err := envDict(t, self)
	if err != nil {
		return py.Value{}, err
	}
	if _, err := py.CallMethod(t, d, "update", mine); err != nil {
		return py.Value{}, err
	}
	return d, nil
}

// envIor is environ |= other: every item set (and put in the environment).
func envIor(t *py.Thread, self, other py.Value) (py.Value, *py.Exception) {
	if err := envSelf(self).update(t, other); err != nil {
		return py.Value{}, err
	}
	return self, nil
}

var environDef = &py.TypeDef{
	Name:  "os._Environ",
	Final: false,
	GetItem: func(t *py.Thread, self, key py.Value) (py.Value, *py.Exception) {
		v, ok, err := envSelf(self).get(t, key)
		if err != nil {
			return py.Value{}, err
		}
		if !ok {
			return py.Value{}, py.NewException(py.KeyError(), key)
		}
		return v, nil
	},
	SetItem: func(t *py.Thread, self, key, val py.Value) *py.Exception {
		if val.IsNil() {
			return envSelf(self).del(t, key)
		}
		return envSelf(self).set(t, key, val)
	},
	Len: func(t *py.Thread, self py.Value) (int, *py.Exception) { return envSelf(self).data.Len(), nil },
	Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Iter(t, py.NewList(envSelf(self).keys()).Value())
	},
	Contains: func(t *py.Thread, self, key py.Value) (bool, *py.Exception) {
		_, ok, err := envSelf(self).get(t, key)
		return ok, err
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		e := envSelf(self)
		var b strings.Builder
		b.WriteString("environ({")
		for i, kv := range e.pairs(t) {
			if i > 0 {
				b.WriteString(", ")
			}
			items := py.Object[py.Tuple](kv).Items()
			for j, x := range items {
				r, err := py.Repr(t, x)
				if err != nil {
					return py.Value{}, err
				}
				b.WriteString(r)
				if j == 0 {
					b.WriteString(": ")
				}
			}
		}
		b.WriteString("})")
		return py.NewStr(b.String()), nil
	},
	Compare: func(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
		if op != py.EQ && op != py.NE {
			return py.NotImplemented(), nil
		}
		other := b
		if b.Type().IsSubtype(environType) {
			d, err := envDict(t, b)
			if err != nil {
				return py.Value{}, err
			}
			other = d
		} else if !b.Type().IsSubtype(py.DictType()) {
			return py.NotImplemented(), nil
		}
		d, err := envDict(t, a)
		if err != nil {
			return py.Value{}, err
		}
		return py.RichCompare(t, d, other, op)
	},
	Methods: []*py.MethodDef{
		envMethod("copy", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			return envDict(t, self)
		}),
		envMethod("get", "key, default=None, /", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			v, ok, err := e.get(t, a[0])
			if err != nil || ok {
				return v, err
			}
			return a[1], nil
		}),
		envMethod("setdefault", "key, value, /", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			v, ok, err := e.get(t, a[0])
			if err != nil || ok {
				return v, err
			}
			if err := e.set(t, a[0], a[1]); err != nil {
				return py.Value{}, err
			}
			return a[1], nil
		}),
		envMethod("pop", "key, default=<unrepresentable>, /", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			v, ok, err := e.get(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if !ok {
				if a[1].IsNil() {
					return py.Value{}, py.NewException(py.KeyError(), a[0])
				}
				return a[1], nil
			}
			return v, e.del(t, a[0])
		}),
		envMethod("popitem", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			ks := e.keys()
			if len(ks) == 0 {
				return py.Value{}, py.NewException(py.KeyError())
			}
			k := ks[0]
			v, _, err := e.get(t, k)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(k, v), e.del(t, k)
		}),
		envMethod("clear", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			for _, k := range e.keys() {
				if err := e.del(t, k); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
		envMethod("update", "other=<unrepresentable>, /, **kwds", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			if err := e.update(t, a[0]); err != nil {
				return py.Value{}, err
			}
			return py.None(), e.update(t, a[1])
		}),
		envMethod("keys", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			return py.NewList(e.keys()).Value(), nil
		}),
		envMethod("values", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			ps := e.pairs(t)
			for i, p := range ps {
				ps[i] = py.Object[py.Tuple](p).Items()[1]
			}
			return py.NewList(ps).Value(), nil
		}),
		envMethod("items", "", func(t *py.Thread, self py.Value, e *environ, a []py.Value) (py.Value, *py.Exception) {
			return py.NewList(e.pairs(t)).Value(), nil
		}),
		py.Func("__or__", "other, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) { return envOr(t, self, a[0]) }),
		py.Func("__ror__", "other, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return envRor(t, self, a[0])
		}),
		py.Func("__ior__", "other, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return envIor(t, self, a[0])
		}),
	},
}

// envDict is dict(environ).
func envDict(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
	e := envSelf(v)
	d := py.NewDict()
	for _, kv := range e.pairs(t) {
		items := py.Object[py.Tuple](kv).Items()
		if err := d.SetItem(t, items[0], items[1]); err != nil {
			return py.Value{}, err
		}
	}
	return d.Value(), nil
}
