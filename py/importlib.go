package py

// The importlib package, natively: importlib (import_module, reload,
// invalidate_caches), importlib.util and importlib.machinery, over the import system
// of importer.go. When the embedded standard library arrives, CPython's own
// Lib/importlib can take over on top of the same finders and loaders.

import (
	"encoding/binary"
	"io/fs"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/marshal"
)

func init() {
	builtinModules["importlib"] = newImportlibModule
	builtinModules["importlib.util"] = newImportlibUtilModule
	builtinModules["importlib.machinery"] = newImportlibMachineryModule
	builtinModules["_kaa_importlib"] = newKaaImportlibModule
}

// newKaaImportlibModule is _kaa_importlib, what the Python-source parts of
// importlib (lib/importlib: _bootstrap_external, py_compile's helpers) need from
// the native import system: dump_code(code) is the body of a .pyc for a code
// object, exactly as the bytecode cache writes it; load_code(body) the code
// object of one (None if it holds another object).
func newKaaImportlibModule(t *Thread) (Value, *Exception) {
	m := NewModule("_kaa_importlib")
	d := ModuleDict(m)
	def := methO("dump_code", func(t *Thread, _, c Value) (Value, *Exception) {
		if c.Type() != codeType {
			return Value{}, typeErrorf("dump_code() argument must be code, not %s", typeName(c))
		}
		data, err := marshal.Dump(pycOrder(c.code().bc), nil)
		if err != nil {
			return Value{}, Errorf(valueError, "%s", err.Error())
		}
		return NewBytes(data), nil
	})
	d.SetStr(def.Name, NewBuiltin(def, m, "_kaa_importlib"))
	def = methO("load_code", func(t *Thread, _, b Value) (Value, *Exception) {
		if b.Type() != bytesType {
			return Value{}, typeErrorf("load_code() argument must be bytes, not %s", typeName(b))
		}
		// The sandbox builds no code object from bytes (marshal refuses too).
		if t.interp.sandbox {
			return Value{}, HostDenied("load_code()")
		}
		v, _, err := marshal.Load(bytesOf(b))
		if err != nil {
			typ := valueError
			if me, ok := err.(*marshal.Error); ok {
				switch me.Type {
				case "EOFError":
					typ = eofError
				case "SystemError":
					typ = systemError
				}
				return Value{}, Errorf(typ, "%s", me.Msg)
			}
			return Value{}, Errorf(typ, "%s", err.Error())
		}
		c, ok := v.(*bytecode.Code)
		if !ok {
			return pyNone, nil
		}
		return Value{p: unsafe.Pointer(NewCode(c))}, nil
	})
	d.SetStr(def.Name, NewBuiltin(def, m, "_kaa_importlib"))
	def = methO("library_modules", func(t *Thread, _, imp Value) (Value, *Exception) {
		if imp.Type() != libraryImporterType {
			return Value{}, typeErrorf("library_modules() argument must be LibraryImporter, not %s", typeName(imp))
		}
		return t.interp.libraryModules((*libImporter)(imp.p).prefix), nil
	})
	d.SetStr(def.Name, NewBuiltin(def, m, "_kaa_importlib"))
	d.SetStr("LibraryImporter", TypeValue(libraryImporterType))
	return m, nil
}

// libraryModules is what pkgutil.iter_modules lists for a LibraryImporter: the
// (name, ispkg) pairs of the modules and packages in its folder, sorted by name.
func (in *Interp) libraryModules(prefix string) Value {
	var out []Value
	if in.lib == nil {
		return NewList(nil).Value()
	}
	dir := strings.TrimSuffix(prefix, "/")
	if dir == "" {
		dir = "."
	}
	entries, err := fs.ReadDir(in.lib, dir)
	if err != nil {
		return NewList(nil).Value()
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			if libFile(in.lib, prefix+name+"/__init__.py") && !strings.Contains(name, ".") {
				out = append(out, NewTuple(NewStr(name), pyTrue))
			}
		case strings.HasSuffix(name, ".py") && name != "__init__.py":
			if base := strings.TrimSuffix(name, ".py"); !strings.Contains(base, ".") {
				out = append(out, NewTuple(NewStr(base), pyFalse))
			}
		}
	}
	return NewList(out).Value()
}

func newNativePackage(name string) (Value, *Dict) {
	m := NewModule(name)
	d := ModuleDict(m)
	d.SetStr("__path__", NewList(nil).Value())
	return m, d
}

// importFull is _gcd_import: name resolved against package at level, then imported;
// the module itself is returned (not its top-level package).
func (t *Thread) importFull(name, pkg string, level int) (Value, *Exception) {
	if level > 0 {
		if pkg == "" {
			return Value{}, Errorf(importError, "attempted relative import with no known parent package")
		}
		var err *Exception
		if name, err = resolveName(name, pkg, level); err != nil {
			return Value{}, err
		}
	} else if name == "" {
		return Value{}, Errorf(valueError, "Empty module name")
	}
	return t.interp.importModule(t, name)
}

// splitRelative counts the leading dots of a relative name.
func splitRelative(name string) (string, int) {
	level := 0
	for level < len(name) && name[level] == '.' {
		level++
	}
	return name[level:], level
}

func optStrArg(t *Thread, v Value, what string) (string, bool, *Exception) {
	if v.IsNil() || v.IsNone() {
		return "", false, nil
	}
	if v.Type() != strType {
		return "", false, typeErrorf("%s must be str, not %s", what, typeName(v))
	}
	return v.str().s, true, nil
}

func newImportlibModule(t *Thread) (Value, *Exception) {
	m, d := newNativePackage("importlib")
	// The package's Python-source submodules (abc, resources, metadata, the
	// _bootstrap modules) are the embedded library's importlib folder.
	if in := t.interp; in.lib != nil && libDir(in.lib, "importlib") {
		d.SetStr("__path__", NewList([]Value{NewStr(in.libPath + "/importlib")}).Value())
	}
	d.SetStr("__doc__", NewStr("A pure Python implementation of import."))
	// importlib.__import__ is the import statement's function (CPython's is
	// _bootstrap's, which builtins.__import__ also is).
	if f, ok := ModuleDict(t.interp.builtins).GetStr("__import__"); ok {
		d.SetStr("__import__", f)
	}
	defs := []*MethodDef{
		{Name: "import_module", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("import_module", args, kw, []string{"name", "package"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("module name must be str, not %s", typeName(a[0]))
			}
			name, level := splitRelative(a[0].str().s)
			pkg := ""
			if level > 0 {
				p, ok, err := optStrArg(t, a[1], "__package__")
				if err != nil {
					return Value{}, typeErrorf("__package__ not set to a string")
				}
				if !ok {
					r, _ := Repr(t, a[0])
					return Value{}, typeErrorf("the 'package' argument is required to perform a relative import for %s", r)
				}
				pkg = p
			}
			return t.importFull(name, pkg, level)
		}},
		methO("reload", func(t *Thread, _, mod Value) (Value, *Exception) { return t.reload(mod) }),
		methNoArgs("invalidate_caches", func(t *Thread, _ Value) (Value, *Exception) {
			// Every finder on sys.meta_path that has invalidate_caches (PathFinder
			// drops or refreshes the path entry finders' caches).
			mp, _ := ModuleDict(t.interp.sys).GetStr("meta_path")
			finders, err := ToSlice(t, mp)
			if err != nil {
				return Value{}, err
			}
			for _, f := range finders {
				if f.p == unsafe.Pointer(pathFinderType) {
					if err := t.interp.invalidatePathCaches(t); err != nil {
						return Value{}, err
					}
					continue
				}
				m, found, err := lookupAttr(t, f, NewStr("invalidate_caches").str())
				if err != nil {
					return Value{}, err
				}
				if found {
					if _, err := Call(t, m); err != nil {
						return Value{}, err
					}
				}
			}
			return pyNone, nil
		}),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "importlib"))
	}
	return m, nil
}

// reload is importlib.reload: the module's code runs again in the same module
// object, found afresh by name.
func (t *Thread) reload(mod Value) (Value, *Exception) {
	in := t.interp
	if !mod.Type().IsSubtype(moduleType) {
		return Value{}, typeErrorf("reload() argument must be a module")
	}
	name := ""
	if s, ok := ModuleDict(mod).GetStr("__spec__"); ok && !s.IsNone() {
		name, _, _ = attrStr(t, s, "name")
	}
	if name == "" {
		n, ok, err := attrStr(t, mod, "__name__")
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, typeErrorf("reload() argument must be a module")
		}
		name = n
	}
	if cur, ok := in.modules.GetStr(name); !ok || cur.p != mod.p {
		e := Errorf(importError, "module %s not in sys.modules", name)
		e.extra[1] = NewStr(name)
		return Value{}, e
	}
	var path Value
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent := name[:i]
		pm, ok := in.modules.GetStr(parent)
		if !ok {
			e := Errorf(importError, "parent '%s' not in sys.modules", parent)
			e.extra[1] = NewStr(parent)
			return Value{}, e
		}
		pv, _, err := lookupAttr(t, pm, NewStr("__path__").str())
		if err != nil {
			return Value{}, err
		}
		path = pv
	}
	s, err := in.findSpec(t, name, path)
	if err != nil {
		return Value{}, err
	}
	if s.IsNone() {
		e := Errorf(moduleNotFoundError, "spec not found for the module '%s'", name)
		e.extra[1] = NewStr(name)
		return Value{}, e
	}
	loader, _, err := lookupAttr(t, s, NewStr("loader").str())
	if err != nil {
		return Value{}, err
	}
	if err := initModuleAttrs(t, mod, s, loader); err != nil {
		return Value{}, err
	}
	if loader.p == unsafe.Pointer(builtinImporterType) {
		return mod, nil
	}
	if err := in.execModule(t, loader, mod); err != nil {
		return Value{}, err
	}
	if r, ok := in.modules.GetStr(name); ok {
		return r, nil
	}
	return mod, nil
}

func newImportlibUtilModule(t *Thread) (Value, *Exception) {
	m := NewModule("importlib.util")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("Utility code for constructing importers, etc."))
	d.SetStr("MAGIC_NUMBER", NewBytes(append([]byte(nil), marshal.Magic[:]...)))
	defs := []*MethodDef{
		{Name: "find_spec", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("find_spec", args, kw, []string{"name", "package"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("module name must be str, not %s", typeName(a[0]))
			}
			full := a[0].str().s
			if name, level := splitRelative(full); level > 0 {
				pkg, _, err := optStrArg(t, a[1], "package")
				if err != nil {
					return Value{}, err
				}
				if pkg == "" {
					return Value{}, Errorf(importError, "attempted relative import with no known parent package")
				}
				if full, err = resolveName(name, pkg, level); err != nil {
					return Value{}, err
				}
			}
			return t.interp.findSpecUtil(t, full)
		}},
		{Name: "resolve_name", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("resolve_name", args, kw, []string{"name", "package"}, 0, 2, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("name must be str")
			}
			name, level := splitRelative(a[0].str().s)
			if level == 0 {
				return a[0], nil
			}
			pkg, ok, err := optStrArg(t, a[1], "package")
			if err != nil {
				return Value{}, err
			}
			if !ok {
				return Value{}, Errorf(importError, "no package specified for %s (required for relative module names)", reprOrEmpty(t, a[0]))
			}
			r, err := resolveName(name, pkg, level)
			if err != nil {
				return Value{}, err
			}
			return NewStr(r), nil
		}},
		{Name: "cache_from_source", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [3]Value
			if err := parseArgs("cache_from_source", args, kw, []string{"path", "debug_override", "optimization"}, 0, 1, 2, a[:]); err != nil {
				return Value{}, err
			}
			p, err := fsPath(t, a[0])
			if err != nil {
				return Value{}, err
			}
			opt := t.interp.optimize
			if !a[2].IsNil() && !a[2].IsNone() {
				n, err := IndexInt(t, a[2], nil)
				if err != nil {
					s, serr := StrOf(t, a[2])
					if serr != nil || s != "" {
						return Value{}, err
					}
					n = 0
				}
				opt = int(n)
			} else if !a[1].IsNil() && !a[1].IsNone() {
				b, err := IsTrue(t, a[1])
				if err != nil {
					return Value{}, err
				}
				if b {
					opt = 0
				} else {
					opt = 1
				}
			}
			return NewStr(CacheFromSource(p, opt, t.interp.pycachePrefix)), nil
		}},
		methO("source_from_cache", func(t *Thread, _, pv Value) (Value, *Exception) {
			p, err := fsPath(t, pv)
			if err != nil {
				return Value{}, err
			}
			src, msg := sourceFromCache(p)
			if msg != "" {
				return Value{}, Errorf(valueError, "%s", msg)
			}
			return NewStr(src), nil
		}),
		methO("source_hash", func(t *Thread, _, src Value) (Value, *Exception) {
			b, ok := bytesLike(src)
			if !ok {
				return Value{}, typeErrorf("a bytes-like object is required, not '%s'", typeName(src))
			}
			var h [8]byte
			binary.LittleEndian.PutUint64(h[:], marshal.SourceHash(b))
			return NewBytes(h[:]), nil
		}),
		methO("module_from_spec", func(t *Thread, _, s Value) (Value, *Exception) {
			loader, _, err := lookupAttr(t, s, NewStr("loader").str())
			if err != nil {
				return Value{}, err
			}
			var m Value
			if !loader.IsNil() && !loader.IsNone() {
				if m, err = createModule(t, s, loader); err != nil {
					return Value{}, err
				}
			}
			if m.IsNil() {
				name, _, err := attrStr(t, s, "name")
				if err != nil {
					return Value{}, err
				}
				m = NewModule(name)
			}
			if loader.IsNil() {
				loader = pyNone
			}
			if err := initModuleAttrs(t, m, s, loader); err != nil {
				return Value{}, err
			}
			return m, nil
		}),
		{Name: "spec_from_file_location", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [4]Value
			if err := parseArgs("spec_from_file_location", args, kw, []string{"name", "location", "loader", "submodule_search_locations"}, 0, 1, 2, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("name must be str")
			}
			return specFromFileLocation(t, a[0], a[1], a[2], a[3])
		}},
	}
	defs = append(defs, &MethodDef{Name: "spec_from_loader", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
		var a [4]Value
		if err := parseArgs("spec_from_loader", args, kw, []string{"name", "loader", "origin", "is_package"}, 0, 2, 2, a[:]); err != nil {
			return Value{}, err
		}
		name, loader, origin, isPkg := a[0], a[1], a[2], a[3]
		if origin.IsNil() || origin.IsNone() {
			o, found, err := lookupAttr(t, loader, NewStr("_ORIGIN").str())
			if err != nil {
				return Value{}, err
			}
			origin = pyNone
			if found {
				origin = o
			}
		}
		if b, err := IsTrue(t, origin); err != nil {
			return Value{}, err
		} else if !b {
			if _, found, err := lookupAttr(t, loader, NewStr("get_filename").str()); err != nil {
				return Value{}, err
			} else if found {
				sffl, _ := d.GetStr("spec_from_file_location")
				kwargs := []Value{loader}
				names := []Value{NewStr("loader")}
				if !isPkg.IsNil() && !isPkg.IsNone() {
					locs := pyNone
					if b, err := IsTrue(t, isPkg); err != nil {
						return Value{}, err
					} else if b {
						locs = NewList(nil).Value()
					}
					kwargs = append(kwargs, locs)
					names = append(names, NewStr("submodule_search_locations"))
				}
				return CallKw(t, sffl, append([]Value{name}, kwargs...), newTuple(names))
			}
		}
		if isPkg.IsNil() || isPkg.IsNone() {
			isPkg = pyFalse
			if ip, found, err := lookupAttr(t, loader, NewStr("is_package").str()); err != nil {
				return Value{}, err
			} else if found {
				r, err := Call(t, ip, name)
				switch {
				case err == nil:
					isPkg = r
				case err.Matches(importError):
					isPkg = pyNone
				default:
					return Value{}, err
				}
			}
		}
		return CallKw(t, TypeValue(moduleSpecType), []Value{name, loader, origin, isPkg}, newTuple([]Value{NewStr("origin"), NewStr("is_package")}))
	}})
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "importlib.util"))
	}
	return m, nil
}

func reprOrEmpty(t *Thread, v Value) string {
	r, _ := Repr(t, v)
	return r
}

// sourceFromCache is importlib.util.source_from_cache: the source path a
// __pycache__ file belongs to, or a ValueError's message.
func sourceFromCache(path string) (string, string) {
	dir, file := "", path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir, file = path[:i], path[i+1:]
	}
	pdir, pycache := "", dir
	if i := strings.LastIndexByte(dir, '/'); i >= 0 {
		pdir, pycache = dir[:i], dir[i+1:]
	}
	if pycache != "__pycache__" {
		return "", "__pycache__ not bottom-level directory in '" + path + "'"
	}
	dots := strings.Count(file, ".")
	if dots != 2 && dots != 3 {
		return "", "expected only 2 or 3 dots in '" + file + "'"
	}
	parts := strings.Split(file, ".")
	if dots == 3 {
		opt := parts[2]
		if !strings.HasPrefix(opt, "opt-") {
			return "", "optimization portion of filename does not start with 'opt-'"
		}
		level := opt[4:]
		if level == "" || strings.Trim(level, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
			return "", "optimization level '" + level + "' is not an alphanumeric value"
		}
	}
	src := parts[0] + ".py"
	if pdir == "" {
		return src, ""
	}
	return pdir + "/" + src, ""
}

func newImportlibMachineryModule(t *Thread) (Value, *Exception) {
	m := NewModule("importlib.machinery")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("The machinery of importlib: finders, loaders, hooks, etc."))
	for _, typ := range []*Type{moduleSpecType, builtinImporterType, frozenImporterType, pathFinderType,
		fileFinderType, sourceFileLoaderType, sourcelessFileLoaderType, namespaceLoaderType} {
		d.SetStr(typ.Name, TypeValue(typ))
	}
	d.SetStr("SOURCE_SUFFIXES", NewList([]Value{NewStr(".py")}).Value())
	d.SetStr("BYTECODE_SUFFIXES", NewList([]Value{NewStr(".pyc")}).Value())
	d.SetStr("EXTENSION_SUFFIXES", NewList(nil).Value())
	d.SetStr("all_suffixes", NewBuiltin(methNoArgs("all_suffixes", func(t *Thread, _ Value) (Value, *Exception) {
		return NewList([]Value{NewStr(".py"), NewStr(".pyc")}).Value(), nil
	}), m, "importlib.machinery"))
	return m, nil
}

// specFromFileLocation is importlib.util.spec_from_file_location(name, location,
// loader=, submodule_search_locations=); a zero Value is an argument not given.
func specFromFileLocation(t *Thread, nameV, location, loaderV, locsV Value) (Value, *Exception) {
	name := nameV.str().s
	loc := "<unknown>"
	if location.IsNil() || location.IsNone() {
		// No location: the loader may know it.
		if loaderV.IsNil() || loaderV.IsNone() {
			// no loader to ask
		} else if gf, found, err := lookupAttr(t, loaderV, NewStr("get_filename").str()); err != nil {
			return Value{}, err
		} else if found {
			r, err := Call(t, gf, nameV)
			if err != nil && !err.Matches(importError) {
				return Value{}, err
			}
			if err == nil {
				if loc, err = fsPath(t, r); err != nil {
					return Value{}, err
				}
			}
		}
	} else {
		var err *Exception
		if loc, err = fsPath(t, location); err != nil {
			return Value{}, err
		}
	}
	loader := loaderV
	if loader.IsNil() || loader.IsNone() {
		switch {
		case strings.HasSuffix(loc, ".py"):
			loader = newFileLoader(sourceFileLoaderType, name, loc)
		case strings.HasSuffix(loc, ".pyc"):
			loader = newFileLoader(sourcelessFileLoaderType, name, loc)
		default:
			return pyNone, nil
		}
	}
	sp := spec{name: name, loader: loader, origin: loc, location: true}
	switch {
	case strings.HasSuffix(loc, ".py"):
		sp.cached = t.interp.cacheFromSource(loc)
	case strings.HasSuffix(loc, ".pyc"):
		sp.cached = loc
	}
	s := newSpec(sp)
	locs := locsV
	if locs.IsNil() {
		locs = pyNone
		if ip, found, err := lookupAttr(t, loader, NewStr("is_package").str()); err != nil {
			return Value{}, err
		} else if found {
			r, err := Call(t, ip, NewStr(name))
			if err == nil {
				if b, _ := IsTrue(t, r); b {
					locs = NewList(nil).Value()
				}
			} else if !err.Matches(importError) {
				return Value{}, err
			}
		}
	}
	if !locs.IsNone() && locs.Type() == listType && len(locs.list().items) == 0 {
		locs.list().items = append(locs.list().items, NewStr(loc[:max(0, strings.LastIndexByte(loc, '/'))]))
	}
	s.hdr().dict.SetStr("submodule_search_locations", locs)
	return s, nil
}
