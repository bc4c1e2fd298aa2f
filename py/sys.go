package py

import (
	"errors"
	"golang.org/x/term"
	"math"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
	"unsafe"
)

//go:generate sh -c "python3.13 gen_stdlib_names.py | gofmt > stdlib_names_gen.go"

// stdStream is sys.stdout/sys.stderr: a text stream over the interpreter's writers.
type stdStream struct {
	Header
	err  bool
	in   bool // sys.stdin
	name string

	buffer      Value  // the binary stream under it, made on first use (stdbuffer.go)
	enc, errors string // set by reconfigure (normalised encoding, handler); "" for the defaults
	lineBuf     int8   // line_buffering from reconfigure: -1 not set, 0 or 1
	writeThru   int8   // write_through likewise
}

// readLine reads a line of standard input (at most limit characters when limit >=
// 0) and decodes it with the streams' encoding and error handler.
func (s *stdStream) readLine(t *Thread, limit int64) (Value, *Exception) {
	if !s.in {
		return Value{}, Errorf(unsupportedOp, "not readable")
	}
	in := t.interp
	in.stdout.Flush()
	var line []byte
	if limit < 0 {
		var b []byte
		var err error
		in.readStdin(t, func() { b, err = in.stdin.ReadBytes('\n') })
		line = b
		for errors.Is(err, ErrInterrupted) {
			// Ctrl-C or a signal: its handler runs, then the read goes on.
			if e := t.CheckInterrupt(); e != nil {
				return Value{}, e
			}
			in.readStdin(t, func() { b, err = in.stdin.ReadBytes('\n') })
			line = append(line, b...)
		}
	} else {
		// limit characters: a byte each, with a UTF-8 sequence's continuation bytes
		// kept with it.
		for n := int64(0); n < limit; {
			c, err := in.stdin.ReadByte()
			if errors.Is(err, ErrInterrupted) {
				if e := t.CheckInterrupt(); e != nil {
					return Value{}, e
				}
				continue
			}
			if err != nil {
				break
			}
			line = append(line, c)
			n++
			if c == '\n' {
				break
			}
			for {
				next, err := in.stdin.Peek(1)
				if err != nil || !in.utf8Stdio() || next[0]&0xC0 != 0x80 || c < 0xC0 {
					break
				}
				in.stdin.ReadByte()
				line = append(line, next[0])
			}
		}
	}
	return in.decodeStdin(t, line)
}

// utf8Stdio reports whether the standard streams use UTF-8.
func (in *Interp) utf8Stdio() bool { return in.ioEncoding == "" || in.ioEncoding == "utf_8" }

// decodeStdin decodes bytes read from standard input.
func (in *Interp) decodeStdin(t *Thread, b []byte) (Value, *Exception) {
	if in.utf8Stdio() && utf8.Valid(b) {
		return NewStr(string(b)), nil
	}
	enc := in.ioEncoding
	if enc == "" {
		enc = "utf_8"
	}
	return decodeBytes(t, b, enc, in.ioErrors)
}

var stdStreamType = newType("_io.TextIOWrapper", nil, nil)

func (s *stdStream) write(t *Thread, str string) *Exception {
	in := t.interp
	// Text that is valid UTF-8 goes out as it is to a UTF-8 stream; anything else (an
	// encoding given by PYTHONIOENCODING, or lone surrogates, which the error
	// handler decides about) goes through the codec.
	if !in.utf8Stdio() || s.enc != "" && s.enc != "utf_8" || !utf8.ValidString(str) {
		errors := s.errorsName(in)
		enc := in.ioEncoding
		if enc == "" {
			enc = "utf_8"
		}
		if s.enc != "" {
			enc = s.enc
		}
		b, err := encodeStr(t, newStr(str), enc, errors)
		if err != nil {
			return err
		}
		str = string(bytesOf(b))
	}
	if s.err {
		in.stdout.Flush()
		in.stderr.Write([]byte(str))
		return nil
	}
	if _, err := in.stdout.WriteString(str); err != nil {
		return in.stdoutError(t, err)
	}
	if in.unbuffered {
		if err := in.stdout.Flush(); err != nil {
			return in.stdoutError(t, err)
		}
	}
	return nil
}

// stdoutError is the OSError a failed write of standard output raises
// (BrokenPipeError for a closed pipe); what was buffered is dropped, so that the
// next write tries again, as CPython's.
func (in *Interp) stdoutError(t *Thread, err error) *Exception {
	in.stdout.Reset(in.stdoutW)
	return osError(t, err, Value{})
}

// streamEncoding is the encoding of the standard streams as codecs.lookup names it.
func (in *Interp) streamEncoding() string {
	switch in.ioEncoding {
	case "", "utf_8":
		return "utf-8"
	case "latin_1":
		return "iso8859-1"
	}
	return displayEncoding(in.ioEncoding)
}

func (s *stdStream) flush(t *Thread) *Exception {
	if !s.err {
		if err := t.interp.stdout.Flush(); err != nil {
			return t.interp.stdoutError(t, err)
		}
	}
	return nil
}

func init() {
	stdStreamType.readyLazy(func() []*MethodDef {
		return append(stdStreamExtras(),
			methO("write", func(t *Thread, self, v Value) (Value, *Exception) {
				if v.Type() != strType {
					return Value{}, typeErrorf("write() argument must be str, not %s", typeName(v))
				}
				if err := (*stdStream)(self.p).write(t, v.str().s); err != nil {
					return Value{}, err
				}
				return Int(int64(v.str().n)), nil
			}),
			methNoArgs("flush", func(t *Thread, self Value) (Value, *Exception) {
				return pyNone, (*stdStream)(self.p).flush(t)
			}),
			methN("readline", 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return (*stdStream)(self.p).readLine(t, n)
			}),
			methN("read", 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				s := (*stdStream)(self.p)
				var b strings.Builder
				got := int64(0)
				for n < 0 || got < n {
					l, err := s.readLine(t, n-got)
					if err != nil {
						return Value{}, err
					}
					if l.str().n == 0 {
						break
					}
					b.WriteString(l.str().s)
					got += int64(l.str().n)
				}
				return NewStr(b.String()), nil
			}),
			methN("readlines", 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				s := (*stdStream)(self.p)
				var out []Value
				for {
					l, err := s.readLine(t, -1)
					if err != nil {
						return Value{}, err
					}
					if l.str().n == 0 {
						break
					}
					out = append(out, l)
				}
				return NewList(out).Value(), nil
			}),
			methNoArgs("fileno", func(t *Thread, self Value) (Value, *Exception) {
				s := (*stdStream)(self.p)
				switch {
				case s.in:
					return Int(0), nil
				case s.err:
					return Int(2), nil
				}
				return Int(1), nil
			}),
			methNoArgs("isatty", func(t *Thread, self Value) (Value, *Exception) {
				s := (*stdStream)(self.p)
				f := t.interp.stdioFiles[1]
				switch {
				case s.in:
					f = t.interp.stdioFiles[0]
				case s.err:
					f = t.interp.stdioFiles[2]
				}
				return Bool(f != nil && term.IsTerminal(int(f.Fd()))), nil
			}),
			methNoArgs("readable", func(t *Thread, self Value) (Value, *Exception) { return Bool((*stdStream)(self.p).in), nil }),
			methNoArgs("writable", func(t *Thread, self Value) (Value, *Exception) { return Bool(!(*stdStream)(self.p).in), nil }),
			getset("name", func(t *Thread, v Value) (Value, *Exception) { return NewStr((*stdStream)(v.p).name), nil }, nil),
			getset("encoding", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*stdStream)(v.p); s.enc != "" {
					return NewStr(displayEncoding(s.enc)), nil
				}
				return NewStr(t.interp.streamEncoding()), nil
			}, nil),
			getset("errors", func(t *Thread, v Value) (Value, *Exception) {
				return NewStr((*stdStream)(v.p).errorsName(t.interp)), nil
			}, nil),
		)
	})
	stdStreamType.iter = selfIter
	stdStreamType.next = func(t *Thread, v Value) (Value, *Exception) {
		l, err := (*stdStream)(v.p).readLine(t, -1)
		if err != nil || l.str().n == 0 {
			return Value{}, err
		}
		return l, nil
	}
}

func newSysModule(t *Thread) Value {
	in := t.interp
	initStructSeqTypes()
	m := NewModule("sys")
	d := ModuleDict(m)
	var argv []Value
	for _, a := range in.argv {
		argv = append(argv, FsStr(a))
	}
	if len(argv) == 0 {
		argv = []Value{NewStr("")}
	}
	d.SetStr("argv", NewList(argv).Value())
	var path []Value
	for _, p := range in.path {
		path = append(path, FsStr(p))
	}
	d.SetStr("path", NewList(path).Value())
	d.SetStr("modules", in.modules.Value())
	d.SetStr("version", NewStr("3.13.0 (kaa) [Go]"))
	d.SetStr("version_info", NewStructSeq(versionInfoType, Int(3), Int(13), Int(0), NewStr("final"), Int(0)))
	d.SetStr("hexversion", Int(0x030d00f0))
	d.SetStr("maxsize", Int(1<<63-1))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("executable", NewStr(Executable()))
	d.SetStr("stdout", Value{p: unsafe.Pointer(&stdStream{Header: Header{typ: stdStreamType}, name: "<stdout>", lineBuf: -1, writeThru: -1})})
	d.SetStr("stderr", Value{p: unsafe.Pointer(&stdStream{Header: Header{typ: stdStreamType}, err: true, name: "<stderr>", lineBuf: -1, writeThru: -1})})
	d.SetStr("stdin", Value{p: unsafe.Pointer(&stdStream{Header: Header{typ: stdStreamType}, in: true, name: "<stdin>", lineBuf: -1, writeThru: -1})})
	d.SetStr("__stdin__", d.mustGet("stdin"))
	d.SetStr("__stdout__", d.mustGet("stdout"))
	d.SetStr("__stderr__", d.mustGet("stderr"))
	d.SetStr("implementation", NewNamespace([]string{"name", "cache_tag", "version", "hexversion"},
		[]Value{NewStr("kaa"), NewStr("kaa-313"), d.mustGet("version_info"), d.mustGet("hexversion")}))
	defs := []*MethodDef{
		methNoArgs("getrecursionlimit", func(t *Thread, _ Value) (Value, *Exception) { return Int(int64(t.interp.recursionLimit)), nil }),
		methO("setrecursionlimit", func(t *Thread, _, v Value) (Value, *Exception) {
			n, err := IndexInt(t, v, nil)
			if err != nil {
				return Value{}, err
			}
			if n < 1 {
				return Value{}, Errorf(valueError, "recursion limit must be greater or equal than 1")
			}
			t.interp.recursionLimit = int(min(n, 1<<31))
			return pyNone, nil
		}),
		methNoArgs("exc_info", func(t *Thread, _ Value) (Value, *Exception) {
			if t.exc == nil {
				return NewTuple(pyNone, pyNone, pyNone), nil
			}
			tb := pyNone
			if t.exc.traceback != nil {
				tb = Value{p: unsafe.Pointer(t.exc.traceback)}
			}
			return NewTuple(TypeValue(t.exc.typ), t.exc.Value(), tb), nil
		}),
		methNoArgs("exception", func(t *Thread, _ Value) (Value, *Exception) {
			if t.exc == nil {
				return pyNone, nil
			}
			return t.exc.Value(), nil
		}),
		methN("exit", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if len(a) == 0 {
				return Value{}, NewException(systemExit)
			}
			return Value{}, NewException(systemExit, a[0])
		}),
		methO("intern", func(t *Thread, _, v Value) (Value, *Exception) {
			if v.Type() != strType {
				return Value{}, typeErrorf("intern() argument must be str, not %s", typeName(v))
			}
			return t.interp.intern(v), nil
		}),
		methNoArgs("getfilesystemencoding", func(t *Thread, _ Value) (Value, *Exception) { return NewStr("utf-8"), nil }),
		methNoArgs("getfilesystemencodeerrors", func(t *Thread, _ Value) (Value, *Exception) { return NewStr("surrogateescape"), nil }),
		methN("getsizeof", 1, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if m, found, err := lookupSpecial(t, a[0], "__sizeof__"); err != nil {
				return Value{}, err
			} else if found {
				r, err := Call(t, m)
				if err != nil {
					return Value{}, err
				}
				n, err := IndexInt(t, r, nil)
				if err != nil {
					return Value{}, err
				}
				if n < 0 {
					return Value{}, Errorf(valueError, "__sizeof__() should return >= 0")
				}
				return Int(n + 16), nil
			}
			if len(a) == 2 {
				return a[1], nil
			}
			return Value{}, typeErrorf("Type %s doesn't define __sizeof__", typeName(a[0]))
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
				return Value{}, Errorf(valueError, "maxdigits must be >= %d or 0 for unlimited", 640)
			}
			t.interp.intMaxStrDigits = int(n)
			return pyNone, nil
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
				return Value{}, Errorf(valueError, "call stack is not deep enough")
			}
			f.escaped = true
			return f.Value(), nil
		}),
		methNoArgs("getdefaultencoding", func(t *Thread, _ Value) (Value, *Exception) { return NewStr("utf-8"), nil }),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "sys"))
	}
	addHooks(d, m)
	addSysServices(t, d, m)
	fl := in.flags
	b := func(x bool) Value {
		if x {
			return Int(1)
		}
		return Int(0)
	}
	hashRand := Int(1)
	if fl.HashSeed != nil && *fl.HashSeed == 0 {
		hashRand = Int(0)
	}
	intMax := Int(int64(in.intMaxStrDigits))
	fv := []Value{b(fl.Debug), b(fl.Inspect), b(fl.Interactive), Int(int64(in.optimize)), b(fl.DontWriteBytecode),
		b(fl.NoUserSite), b(fl.NoSite), b(fl.IgnoreEnvironment), b(fl.Verbose), b(fl.BytesWarning), b(fl.Quiet),
		hashRand, b(fl.Isolated), Bool(fl.DevMode), b(fl.UTF8Mode), b(fl.WarnDefaultEncoding), Bool(fl.SafePath), intMax, Int(1)}
	d.SetStr("flags", NewStructSeq(flagsType, fv...))
	d.SetStr("int_info", NewStructSeq(intInfoType, Int(30), Int(4), Int(4300), Int(640)))
	d.SetStr("float_info", NewStructSeq(floatInfoType, Float(math.MaxFloat64), Int(1024), Int(308),
		Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)))
	d.SetStr("hash_info", NewStructSeq(hashInfoType, Int(64), Int(1<<61-1), Int(314159), Int(0), Int(1000003),
		NewStr("siphash13"), Int(64), Int(128), Int(0)))
	d.SetStr("float_repr_style", NewStr("short"))
	d.SetStr("maxunicode", Int(0x10ffff))
	d.SetStr("dont_write_bytecode", Bool(fl.DontWriteBytecode))
	d.SetStr("pycache_prefix", optStr(in.pycachePrefix))
	d.SetStr("meta_path", NewList([]Value{TypeValue(builtinImporterType), TypeValue(frozenImporterType), TypeValue(pathFinderType)}).Value())
	hooks := []Value{TypeValue(zipImporterType), t.interp.defaultPathHook()}
	if in.lib != nil {
		hooks = append([]Value{TypeValue(libraryImporterType)}, hooks...)
	}
	d.SetStr("path_hooks", NewList(hooks).Value())
	d.SetStr("path_importer_cache", NewDict().Value())
	xo := NewDict()
	for _, x := range in.xoptions {
		if k, v, ok := strings.Cut(x, "="); ok {
			xo.SetStr(k, NewStr(v))
		} else {
			xo.SetStr(x, pyTrue)
		}
	}
	d.SetStr("_xoptions", xo.Value())
	d.SetStr("warnoptions", NewList(strValues(in.warnOptions)).Value())
	orig := in.origArgv
	if orig == nil {
		orig = os.Args
	}
	origV := make([]Value, len(orig))
	for i, a := range orig {
		origV[i] = FsStr(a)
	}
	d.SetStr("orig_argv", NewList(origV).Value())
	prefix := NewStr(prefix())
	for _, k := range []string{"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"} {
		d.SetStr(k, prefix)
	}
	d.SetStr("platlibdir", NewStr("lib"))
	d.SetStr("api_version", Int(1013))
	d.SetStr("copyright", NewStr("Copyright (c) Kaa authors. Python 3.13 semantics."))
	d.SetStr("builtin_module_names", t.interp.builtinModuleNames())
	(*Module)(m.p).setLazy("stdlib_module_names", func(t *Thread) Value {
		names := newSetObj(frozenSetType)
		for _, n := range strings.Fields(stdlibModuleNames) {
			names.add(t, NewStr(n))
		}
		return names.Value()
	})
	return m
}

func (d *Dict) mustGet(name string) Value {
	v, _ := d.GetStr(name)
	return v
}

// Executable is sys.executable: the path the interpreter was started by, made
// absolute without resolving symbolic links (site.go's locate).
func Executable() string { return locate().executable }

// prefix is sys.base_prefix: the directory above the one holding the kaa binary, as
// CPython's prefix is the directory above bin/python3, or in a virtual environment
// the parent of pyvenv.cfg's home. sys.prefix starts as this too; site makes it the
// environment's folder.
func prefix() string { return locate().basePrefix }

// StdlibPath is the tail of sys.path after the script's directory and PYTHONPATH:
// where CPython has PREFIX/lib/python313.zip and PREFIX/lib/python3.13, Kaa has the
// zip name, where the embedded library (Config.Library) is mounted.
func StdlibPath() []string {
	return []string{filepath.Join(prefix(), "lib", "python313.zip")}
}

// intern is sys.intern for a str: the interpreter's one str of that text.
func (in *Interp) intern(v Value) Value {
	if in.interned == nil {
		in.interned = map[string]Value{}
	}
	if w, ok := in.interned[v.str().s]; ok {
		return w
	}
	in.interned[v.str().s] = v
	return v
}

// internStr is intern for Go text: the module names of builtin types and
// functions are interned, as CPython's, so that pickle's memo (keyed by id)
// writes a module name once.
func (in *Interp) internStr(s string) Value {
	if w, ok := in.interned[s]; ok {
		return w
	}
	return in.intern(NewStr(s))
}
