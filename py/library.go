package py

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"unsafe"
)

// The embedded library: Python-source modules built into the host binary (Kaa's are
// package lib's), mounted on sys.path at one entry, CPython's PREFIX/lib/python313.zip.
// A LibraryImporter, the first of sys.path_hooks, serves that entry and the folders
// under it (a package's __path__) as zipimporter serves an archive: a module gets
// __file__ ENTRY/NAME.py (ENTRY/PKG/__init__.py for a package), its spec's origin,
// the importer as __loader__ (get_source, get_code, get_filename, is_package,
// get_data), and __cached__ where a cache would be (never written). Code comes precompiled from the library
// (Library.Code) at -O0 and is compiled from the embedded source otherwise. Entries
// before it on sys.path (the script's directory, PYTHONPATH) shadow its modules,
// as in CPython.

// Library is a library of Python source modules embedded in the host binary.
type Library interface {
	// The source files by slash-separated path: "keyword.py", "json/__init__.py".
	fs.FS
	// Code returns the code object compiled ahead of time from the source file
	// name, marshalled, or nil if there is none current (the source is compiled
	// then). Its co_filename is name; the importer replaces it with the file's
	// path under the library's sys.path entry.
	Code(name string) []byte
}

// libraryImporterType is the path entry finder and loader of the embedded library.
var libraryImporterType = newType("LibraryImporter", nil, nil)

// libImporter is a LibraryImporter: the folder of the library it finds modules in
// ("" for the top, "json/" for a package's).
type libImporter struct {
	Header
	prefix string
}

func (z *libImporter) Value() Value { return Value{p: unsafe.Pointer(z)} }

// libFile reports whether the library has a regular file name.
func libFile(lib Library, name string) bool {
	st, err := fs.Stat(lib, name)
	return err == nil && st.Mode().IsRegular()
}

// libDir reports whether the library has a folder name ("" is the top).
func libDir(lib Library, name string) bool {
	if name == "" {
		return true
	}
	st, err := fs.Stat(lib, name)
	return err == nil && st.IsDir()
}

// newLibImporter is LibraryImporter(path): path must be the library's sys.path
// entry or a folder under it.
func (in *Interp) newLibImporter(path string) (*libImporter, *Exception) {
	if in.lib != nil {
		if path == in.libPath {
			return &libImporter{Header: Header{typ: libraryImporterType, dict: NewDict()}}, nil
		}
		if rest, ok := strings.CutPrefix(path, in.libPath+"/"); ok {
			rest = strings.Trim(rest, "/")
			if fs.ValidPath(rest) && libDir(in.lib, rest) {
				return &libImporter{Header: Header{typ: libraryImporterType, dict: NewDict()}, prefix: rest + "/"}, nil
			}
		}
	}
	e := Errorf(importError, "not in the embedded library")
	e.extra[2] = NewStr(path)
	return nil, e
}

// file is the library's source file for fullname and whether it is a package's
// __init__; "" if the importer's folder has no such module.
func (z *libImporter) file(in *Interp, fullname string) (string, bool) {
	base := z.prefix + fullname[strings.LastIndexByte(fullname, '.')+1:]
	if !fs.ValidPath(base) {
		return "", false
	}
	if libFile(in.lib, base+"/__init__.py") {
		return base + "/__init__.py", true
	}
	if libFile(in.lib, base+".py") {
		return base + ".py", false
	}
	return "", false
}

// mustFile is file for the loader methods: ImportError if there is no module.
func (z *libImporter) mustFile(in *Interp, fullname string) (string, bool, *Exception) {
	name, pkg := z.file(in, fullname)
	if name == "" {
		e := Errorf(importError, "can't find module %s", strRepr(fullname))
		e.extra[1] = NewStr(fullname)
		return "", false, e
	}
	return name, pkg, nil
}

// findSpec is find_spec: a package, then a module, then a folder as a namespace
// portion, else None.
func (z *libImporter) findSpec(t *Thread, fullname string) (Value, *Exception) {
	in := t.interp
	name, pkg := z.file(in, fullname)
	if name == "" {
		base := z.prefix + fullname[strings.LastIndexByte(fullname, '.')+1:]
		if fs.ValidPath(base) && libDir(in.lib, base) {
			return newSpec(spec{name: fullname, loader: pyNone, isPkg: true, locations: []string{in.libPath + "/" + base}}), nil
		}
		return pyNone, nil
	}
	origin := in.libPath + "/" + name
	// __cached__ is named as zipimport names it (spec.cached of a located spec),
	// though nothing is ever written there.
	s := spec{name: fullname, loader: z.Value(), origin: origin, location: true, isPkg: pkg, cached: in.cacheFromSource(origin)}
	if pkg {
		s.locations = []string{in.libPath + "/" + strings.TrimSuffix(name, "/__init__.py")}
	}
	return newSpec(s), nil
}

// libCode is get_code: the precompiled code of the module at -O0, else its source
// compiled, named by its path under the library's entry.
func (in *Interp) libCode(t *Thread, name string) (*Code, *Exception) {
	path := in.libPath + "/" + name
	if in.optimize == 0 {
		if data := in.lib.Code(name); data != nil {
			if c := loadCodeBody(data); c != nil {
				fixFilename(c, path)
				return NewCode(c), nil
			}
		}
	}
	src, err := fs.ReadFile(in.lib, name)
	if err != nil {
		return nil, osError(t, err, NewStr(path))
	}
	return t.compile(path, src, "exec", in.optimize)
}

// exec is exec_module.
func (z *libImporter) exec(t *Thread, m Value) *Exception {
	nv, err := getAttr(t, m, NewStr("__name__").str())
	if err != nil {
		return err
	}
	if nv.Type() != strType {
		return typeErrorf("module name must be str, not %s", typeName(nv))
	}
	name, _, err := z.mustFile(t.interp, nv.str().s)
	if err != nil {
		return err
	}
	c, err := t.interp.libCode(t, name)
	if err != nil {
		return err
	}
	if d := m.hdr().dict; d != nil {
		if _, ok := d.GetStr("__builtins__"); !ok {
			d.SetStr("__builtins__", t.interp.builtinsDict.Value())
		}
	}
	_, err = t.RunCode(c, m)
	return err
}

func init() {
	libraryImporterType.module = "_frozen_importlib_external"
	libraryImporterType.hasDict = true
	libraryImporterType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) != 1 || kw != nil && len(kw.items) > 0 {
			return Value{}, typeErrorf("LibraryImporter() takes exactly one argument (%d given)", len(args))
		}
		p, err := fsPath(t, args[0])
		if err != nil {
			return Value{}, err
		}
		z, err := t.interp.newLibImporter(p)
		if err != nil {
			return Value{}, err
		}
		return z.Value(), nil
	}
	libraryImporterType.repr = func(t *Thread, v Value) (Value, *Exception) {
		z := (*libImporter)(v.p)
		return NewStr(fmt.Sprintf(`<LibraryImporter object "%s/%s">`, t.interp.libPath, z.prefix)), nil
	}
	self := func(v Value) *libImporter { return (*libImporter)(v.p) }
	// withName is a method taking a module's full name.
	withName := func(method string, f func(t *Thread, z *libImporter, n string) (Value, *Exception)) *MethodDef {
		return methO(method, func(t *Thread, v, fullname Value) (Value, *Exception) {
			if fullname.Type() != strType {
				return Value{}, typeErrorf("expected str, not %s", typeName(fullname))
			}
			return f(t, self(v), fullname.str().s)
		})
	}
	libraryImporterType.ready(
		&MethodDef{Name: "find_spec", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("find_spec", args, kw, []string{"fullname", "target"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("expected str, not %s", typeName(a[0]))
			}
			return self(v).findSpec(t, a[0].str().s)
		}},
		withName("get_code", func(t *Thread, z *libImporter, n string) (Value, *Exception) {
			name, _, err := z.mustFile(t.interp, n)
			if err != nil {
				return Value{}, err
			}
			c, err := t.interp.libCode(t, name)
			if err != nil {
				return Value{}, err
			}
			return Value{p: unsafe.Pointer(c)}, nil
		}),
		withName("get_filename", func(t *Thread, z *libImporter, n string) (Value, *Exception) {
			name, _, err := z.mustFile(t.interp, n)
			if err != nil {
				return Value{}, err
			}
			return NewStr(t.interp.libPath + "/" + name), nil
		}),
		withName("is_package", func(t *Thread, z *libImporter, n string) (Value, *Exception) {
			_, pkg, err := z.mustFile(t.interp, n)
			if err != nil {
				return Value{}, err
			}
			return Bool(pkg), nil
		}),
		withName("get_source", func(t *Thread, z *libImporter, n string) (Value, *Exception) {
			name, _, err := z.mustFile(t.interp, n)
			if err != nil {
				return Value{}, err
			}
			src, rerr := fs.ReadFile(t.interp.lib, name)
			if rerr != nil {
				return pyNone, nil
			}
			return decodeBytes(t, src, "utf-8", "strict")
		}),
		methO("get_data", func(t *Thread, v, pathname Value) (Value, *Exception) {
			p, err := fsPath(t, pathname)
			if err != nil {
				return Value{}, err
			}
			in := t.interp
			rel, ok := strings.CutPrefix(p, in.libPath+"/")
			if !ok {
				rel = self(v).prefix + p
			}
			data, rerr := fs.ReadFile(in.lib, rel)
			if rerr != nil || !fs.ValidPath(rel) {
				if rerr == nil || errors.Is(rerr, fs.ErrInvalid) {
					rerr = syscall.ENOENT
				}
				return Value{}, osError(t, rerr, NewStr(p))
			}
			return NewBytes(data), nil
		}),
		methO("create_module", func(t *Thread, v, spec Value) (Value, *Exception) { return pyNone, nil }),
		methO("exec_module", func(t *Thread, v, m Value) (Value, *Exception) {
			return pyNone, self(v).exec(t, m)
		}),
		methNoArgs("invalidate_caches", func(t *Thread, v Value) (Value, *Exception) { return pyNone, nil }),
	)
}
