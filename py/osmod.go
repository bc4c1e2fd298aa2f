package py

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

// An interim native os module: the handful of functions programs use to manage
// the files they open (remove, listdir, getcwd, os.path.exists/join/…). When
// the embedded standard library lands, CPython's Lib/os.py runs over a native
// posix module instead and this goes.

func init() {
	builtinModules["os"] = newOSModule
}

func newOSModule(t *Thread) (Value, *Exception) {
	m := NewModule("os")
	d := ModuleDict(m)
	p1 := func(name string, f func(t *Thread, path string, v Value) (Value, *Exception)) *MethodDef {
		return methO("os."+name, func(t *Thread, _, v Value) (Value, *Exception) {
			p, err := fsPath(t, v)
			if err != nil {
				return Value{}, err
			}
			return f(t, p, v)
		})
	}
	remove := func(t *Thread, p string, v Value) (Value, *Exception) {
		if st, err := os.Lstat(p); err == nil && st.IsDir() {
			return Value{}, osError(t, errIsDir, v)
		}
		if err := os.Remove(p); err != nil {
			return Value{}, osError(t, err, v)
		}
		return None, nil
	}
	defs := []*MethodDef{
		p1("remove", remove),
		p1("unlink", remove),
		p1("rmdir", func(t *Thread, p string, v Value) (Value, *Exception) {
			if err := os.Remove(p); err != nil {
				return Value{}, osError(t, err, v)
			}
			return None, nil
		}),
		p1("mkdir", func(t *Thread, p string, v Value) (Value, *Exception) {
			if err := os.Mkdir(p, 0o777); err != nil {
				return Value{}, osError(t, err, v)
			}
			return None, nil
		}),
		methNoArgs("os.getcwd", func(t *Thread, _ Value) (Value, *Exception) {
			wd, err := os.Getwd()
			if err != nil {
				return Value{}, osError(t, err, Value{})
			}
			return NewStr(wd), nil
		}),
		methNoArgs("os.getpid", func(t *Thread, _ Value) (Value, *Exception) { return Int(int64(os.Getpid())), nil }),
		methN("os.listdir", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			p := "."
			if len(a) == 1 {
				var err *Exception
				if p, err = fsPath(t, a[0]); err != nil {
					return Value{}, err
				}
			}
			ents, err := os.ReadDir(p)
			if err != nil {
				fn := NewStr(p)
				if len(a) == 1 {
					fn = a[0]
				}
				return Value{}, osError(t, err, fn)
			}
			out := make([]Value, len(ents))
			for i, e := range ents {
				out[i] = FsStr(e.Name())
			}
			return NewList(out).Value(), nil
		}),
		methN("os.rename", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			src, err := fsPath(t, a[0])
			if err != nil {
				return Value{}, err
			}
			dst, err := fsPath(t, a[1])
			if err != nil {
				return Value{}, err
			}
			if e := os.Rename(src, dst); e != nil {
				return Value{}, osError(t, e, a[0])
			}
			return None, nil
		}),
		methO("os.fspath", func(t *Thread, _, v Value) (Value, *Exception) {
			switch v.Type().layout {
			case StrType, BytesType:
				return v, nil
			}
			p, err := fsPath(t, v)
			return NewStr(p), err
		}),
		methN("os.getenv", 1, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			k, err := strArg("getenv", a[0])
			if err != nil {
				return Value{}, err
			}
			if v, ok := os.LookupEnv(k.s); ok {
				return NewStr(v), nil
			}
			if len(a) == 2 {
				return a[1], nil
			}
			return None, nil
		}),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "os"))
	}
	env := NewDict()
	keys := os.Environ()
	sort.Strings(keys)
	for _, kv := range keys {
		if i := strings.IndexByte(kv, '='); i > 0 {
			env.SetItem(t, FsStr(kv[:i]), FsStr(kv[i+1:]))
		}
	}
	d.SetStr("environ", env.Value())
	d.SetStr("sep", NewStr("/"))
	d.SetStr("linesep", NewStr("\n"))
	d.SetStr("name", NewStr("posix"))
	d.SetStr("curdir", NewStr("."))
	d.SetStr("pardir", NewStr(".."))
	d.SetStr("error", TypeValue(OSError))
	path := newOSPathModule()
	d.SetStr("path", path)
	t.interp.modules.SetStr("os.path", path)
	return m, nil
}

var errIsDir = &os.PathError{Op: "unlink", Err: syscall.EISDIR}

func newOSPathModule() Value {
	m := NewModule("posixpath")
	d := ModuleDict(m)
	pred := func(name string, f func(p string) bool) *MethodDef {
		return methO("posixpath."+name, func(t *Thread, _, v Value) (Value, *Exception) {
			p, err := fsPath(t, v)
			if err != nil {
				return Value{}, err
			}
			return Bool(f(p)), nil
		})
	}
	str1 := func(name string, f func(p string) string) *MethodDef {
		return methO("posixpath."+name, func(t *Thread, _, v Value) (Value, *Exception) {
			p, err := fsPath(t, v)
			if err != nil {
				return Value{}, err
			}
			return NewStr(f(p)), nil
		})
	}
	defs := []*MethodDef{
		pred("exists", func(p string) bool { _, err := os.Stat(p); return err == nil }),
		pred("isfile", func(p string) bool { st, err := os.Stat(p); return err == nil && st.Mode().IsRegular() }),
		pred("isdir", func(p string) bool { st, err := os.Stat(p); return err == nil && st.IsDir() }),
		pred("isabs", func(p string) bool { return strings.HasPrefix(p, "/") }),
		str1("basename", func(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }),
		str1("dirname", func(p string) string {
			i := strings.LastIndexByte(p, '/') + 1
			head := p[:i]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return head
		}),
		str1("abspath", func(p string) string { a, _ := filepath.Abs(p); return a }),
		str1("normpath", func(p string) string {
			if p == "" {
				return "."
			}
			c := filepath.Clean(p)
			if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
				c = "/" + c
			}
			return c
		}),
		methO("posixpath.splitext", func(t *Thread, _, v Value) (Value, *Exception) {
			p, err := fsPath(t, v)
			if err != nil {
				return Value{}, err
			}
			base := p[strings.LastIndexByte(p, '/')+1:]
			i := strings.LastIndexByte(base, '.')
			if i <= 0 || strings.Trim(base[:i], ".") == "" {
				return NewTuple(NewStr(p), NewStr("")), nil
			}
			cut := len(p) - len(base) + i
			return NewTuple(NewStr(p[:cut]), NewStr(p[cut:])), nil
		}),
		methO("posixpath.split", func(t *Thread, _, v Value) (Value, *Exception) {
			p, err := fsPath(t, v)
			if err != nil {
				return Value{}, err
			}
			i := strings.LastIndexByte(p, '/') + 1
			head, tail := p[:i], p[i:]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return NewTuple(NewStr(head), NewStr(tail)), nil
		}),
		&MethodDef{Name: "join", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("join", kw); err != nil {
				return Value{}, err
			}
			if len(args) == 0 {
				return Value{}, typeErrorf("join() missing 1 required positional argument: 'a'")
			}
			out := ""
			for i, a := range args {
				p, err := fsPath(t, a)
				if err != nil {
					return Value{}, err
				}
				switch {
				case i == 0 || strings.HasPrefix(p, "/"):
					out = p
				case out == "" || strings.HasSuffix(out, "/"):
					out += p
				default:
					out += "/" + p
				}
			}
			return NewStr(out), nil
		}},
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "posixpath"))
	}
	d.SetStr("sep", NewStr("/"))
	return m
}
