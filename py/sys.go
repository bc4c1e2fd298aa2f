package py

import (
	"os"
	"strings"
	"unsafe"
)

// stdStream is sys.stdout/sys.stderr: a text stream over the interpreter's writers.
type stdStream struct {
	Header
	err  bool
	name string
}

var StdStreamType = newType("_io.TextIOWrapper", nil, nil)

func (s *stdStream) write(t *Thread, str string) {
	if s.err {
		t.interp.stdout.Flush()
		t.interp.stderr.Write([]byte(str))
		return
	}
	t.interp.stdout.WriteString(str)
}

func (s *stdStream) flush(t *Thread) {
	if !s.err {
		t.interp.stdout.Flush()
	}
}

func init() {
	StdStreamType.ready(
		methO("write", func(t *Thread, self, v Value) (Value, *Exception) {
			if v.Type() != StrType {
				return Value{}, typeErrorf("write() argument must be str, not %s", typeName(v))
			}
			(*stdStream)(self.p).write(t, v.str().s)
			return Int(int64(v.str().n)), nil
		}),
		methNoArgs("flush", func(t *Thread, self Value) (Value, *Exception) {
			(*stdStream)(self.p).flush(t)
			return None, nil
		}),
	)
}

func newSysModule(t *Thread) Value {
	in := t.interp
	m := NewModule("sys")
	d := ModuleDict(m)
	var argv []Value
	for _, a := range in.argv {
		argv = append(argv, NewStr(a))
	}
	if len(argv) == 0 {
		argv = []Value{NewStr("")}
	}
	d.SetStr("argv", NewList(argv).Value())
	var path []Value
	for _, p := range in.path {
		path = append(path, NewStr(p))
	}
	d.SetStr("path", NewList(path).Value())
	d.SetStr("modules", in.modules.Value())
	d.SetStr("version", NewStr("3.13.0 (kaa) [Go]"))
	d.SetStr("version_info", NewTuple(Int(3), Int(13), Int(0), NewStr("final"), Int(0)))
	d.SetStr("hexversion", Int(0x030d00f0))
	d.SetStr("maxsize", Int(1<<63-1))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("executable", NewStr(os.Args[0]))
	d.SetStr("stdout", Value{p: unsafe.Pointer(&stdStream{Header: Header{typ: StdStreamType}, name: "<stdout>"})})
	d.SetStr("stderr", Value{p: unsafe.Pointer(&stdStream{Header: Header{typ: StdStreamType}, err: true, name: "<stderr>"})})
	d.SetStr("__stdout__", d.mustGet("stdout"))
	d.SetStr("__stderr__", d.mustGet("stderr"))
	impl := NewModule("implementation")
	id := ModuleDict(impl)
	id.SetStr("name", NewStr("kaa"))
	id.SetStr("cache_tag", NewStr("kaa-313"))
	id.SetStr("version", d.mustGet("version_info"))
	d.SetStr("implementation", impl)
	defs := []*MethodDef{
		methNoArgs("getrecursionlimit", func(t *Thread, _ Value) (Value, *Exception) { return Int(int64(t.interp.recursionLimit)), nil }),
		methO("setrecursionlimit", func(t *Thread, _, v Value) (Value, *Exception) {
			n, err := IndexInt(t, v, nil)
			if err != nil {
				return Value{}, err
			}
			if n < 1 {
				return Value{}, Errorf(ValueError, "recursion limit must be greater or equal than 1")
			}
			t.interp.recursionLimit = int(min(n, 1<<31))
			return None, nil
		}),
		methNoArgs("exc_info", func(t *Thread, _ Value) (Value, *Exception) {
			if t.exc == nil {
				return NewTuple(None, None, None), nil
			}
			tb := None
			if t.exc.traceback != nil {
				tb = Value{p: unsafe.Pointer(t.exc.traceback)}
			}
			return NewTuple(TypeValue(t.exc.typ), t.exc.Value(), tb), nil
		}),
		methNoArgs("exception", func(t *Thread, _ Value) (Value, *Exception) {
			if t.exc == nil {
				return None, nil
			}
			return t.exc.Value(), nil
		}),
		methN("exit", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if len(a) == 0 {
				return Value{}, NewException(SystemExit)
			}
			return Value{}, NewException(SystemExit, a[0])
		}),
		methO("intern", func(t *Thread, _, v Value) (Value, *Exception) {
			if v.Type() != StrType {
				return Value{}, typeErrorf("intern() argument must be str, not %s", typeName(v))
			}
			return v, nil
		}),
		methNoArgs("get_int_max_str_digits", func(t *Thread, _ Value) (Value, *Exception) { return Int(int64(t.interp.intMaxStrDigits)), nil }),
		{Name: "set_int_max_str_digits", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			n, err := IndexInt(t, a[0], nil)
			if err != nil {
				return Value{}, err
			}
			if n != 0 && n < 640 {
				return Value{}, Errorf(ValueError, "maxdigits must be >= %d or 0 for unlimited", 640)
			}
			t.interp.intMaxStrDigits = int(n)
			return None, nil
		}},
		methN("_getframe", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			depth := int64(0)
			if len(a) == 1 {
				var err *Exception
				if depth, err = IndexInt(t, a[0], nil); err != nil {
					return Value{}, err
				}
			}
			f := t.frame
			for ; depth > 0 && f != nil; depth-- {
				f = f.back
			}
			if f == nil {
				return Value{}, Errorf(ValueError, "call stack is not deep enough")
			}
			f.escaped = true
			return f.Value(), nil
		}),
		methNoArgs("getdefaultencoding", func(t *Thread, _ Value) (Value, *Exception) { return NewStr("utf-8"), nil }),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "sys"))
	}
	flags := NewModule("flags")
	fd := ModuleDict(flags)
	for _, n := range strings.Fields("debug inspect interactive optimize dont_write_bytecode no_user_site no_site ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode utf8_mode warn_default_encoding safe_path int_max_str_digits") {
		fd.SetStr(n, Int(0))
	}
	d.SetStr("flags", flags)
	return m
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}
