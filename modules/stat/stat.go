// Package stat is _stat, the native half of the stat module (lib/stat.py): the
// constants and functions for interpreting os.stat()'s st_mode, as CPython's on
// Linux.
package stat

//go:generate sh -c "python3.13 gen.py > stat_gen.go && gofmt -w stat_gen.go"

import (
	"math"

	"github.com/kaa-python/kaa/py"
)

type constant struct {
	name  string
	value int64
}

type modeChar struct {
	bit  int64
	char byte
}

// Def is the _stat module.
var Def = &py.ModuleDef{Name: "_stat", Doc: _statDoc, Methods: methods(), Exec: exec}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	for _, c := range consts {
		m.Set(c.name, py.Int(c.value))
	}
	return nil
}

// mode is _PyLong_AsMode_t.
func mode(t *py.Thread, v py.Value) (uint32, *py.Exception) {
	if !v.Type().IsSubtype(py.IntType()) {
		if _, found, _ := py.LookupSpecial(t, v, "__index__"); !found || v.IsFloat() {
			return 0, py.Errorf(py.TypeError(), "an integer is required")
		}
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	b, _ := py.AsBigInt(iv)
	if b.Sign() < 0 {
		return 0, py.Errorf(py.OverflowError(), "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
	}
	if u := b.Uint64(); u <= math.MaxUint32 {
		return uint32(u), nil
	}
	return 0, py.Errorf(py.OverflowError(), "mode out of range")
}

func modeFunc(name string, f func(m uint32) py.Value) *py.MethodDef {
	md := py.Func(name, "object, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		m, err := mode(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(m), nil
	})
	md.Doc = docs[name]
	return md
}

func isFmt(name string, fmt uint32) *py.MethodDef {
	return modeFunc(name, func(m uint32) py.Value { return py.Bool(fmt != 0 && m&0o170000 == fmt) })
}

func methods() []*py.MethodDef {
	return []*py.MethodDef{
		isFmt("S_ISDIR", 0o040000),
		isFmt("S_ISCHR", 0o020000),
		isFmt("S_ISBLK", 0o060000),
		isFmt("S_ISREG", 0o100000),
		isFmt("S_ISFIFO", 0o010000),
		isFmt("S_ISLNK", 0o120000),
		isFmt("S_ISSOCK", 0o140000),
		isFmt("S_ISDOOR", 0),
		isFmt("S_ISPORT", 0),
		isFmt("S_ISWHT", 0),
		modeFunc("S_IMODE", func(m uint32) py.Value { return py.Int(int64(m & 0o7777)) }),
		modeFunc("S_IFMT", func(m uint32) py.Value { return py.Int(int64(m & 0o170000)) }),
		modeFunc("filemode", func(m uint32) py.Value { return py.NewStr(filemode(m)) }),
	}
}

// filemode is stat.filemode: the file type's letter, then the permission bits.
func filemode(m uint32) string {
	out := make([]byte, 0, 10)
	for i, group := range filemodeTable {
		c := byte('-')
		for _, mc := range group {
			if i == 0 {
				if m&0o170000 == uint32(mc.bit) {
					c = mc.char
					break
				}
			} else if m&uint32(mc.bit) == uint32(mc.bit) {
				c = mc.char
				break
			}
		}
		if i == 0 && c == '-' && m&0o170000 != 0o100000 {
			c = '?'
		}
		out = append(out, c)
	}
	return string(out)
}
