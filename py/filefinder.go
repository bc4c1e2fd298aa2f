package py

import (
	"os"
	"path/filepath"
	"strings"
	"unsafe"
)

// Path entry finders, as importlib's PathFinder uses them: each sys.path entry gets
// a finder from the first of sys.path_hooks that accepts it, cached in
// sys.path_importer_cache (None when no hook does). The default hook makes a
// FileFinder, which lists its directory once and lists it again only when the
// directory's mtime changes (importlib.invalidate_caches forces it), so an import
// costs one stat per directory instead of a stat per candidate file.
//
// The default hook and the FileFinders it makes with the default loaders are
// recognised by identity and searched in Go; any other hook or finder is called
// as Python code.

var fileFinderType = newType("_frozen_importlib_external.FileFinder", nil, nil)

// fileFinder is a FileFinder: a directory and the (suffix, loader class) pairs it
// tries, in order.
type fileFinder struct {
	Header
	path    string
	loaders []finderLoader
	// std: the loaders are the default ones (source, then sourceless), whose specs
	// are made natively.
	std   bool
	mtime int64 // the directory's mtime (ns) when names was filled; -1: refill
	names map[string]struct{}
}

type finderLoader struct {
	suffix string
	loader Value // a loader class, called as loader(fullname, path)
}

func (f *fileFinder) Value() Value { return Value{p: unsafe.Pointer(f)} }

// stdLoaders are _get_supported_file_loaders() without the extension loader (Kaa
// loads no C extensions; EXTENSION_SUFFIXES is empty).
func stdLoaders() []finderLoader {
	return []finderLoader{{".py", TypeValue(sourceFileLoaderType)}, {".pyc", TypeValue(sourcelessFileLoaderType)}}
}

// newFileFinder is FileFinder.__init__: the path is made absolute ("" and "." are
// the current directory).
func newFileFinder(typ *Type, path string, loaders []finderLoader, std bool) *fileFinder {
	if path == "" || path == "." {
		if wd, err := os.Getwd(); err == nil {
			path = wd
		}
	} else if !filepath.IsAbs(path) {
		if wd, err := os.Getwd(); err == nil {
			path = strings.TrimPrefix(path, "./")
			path = joinPath(wd, path)
		}
	}
	return &fileFinder{Header: Header{typ: typ, dict: NewDict()}, path: path, loaders: loaders, std: std, mtime: -1}
}

// joinPath is importlib's _path_join for POSIX paths: a separator between the two
// unless the first already ends in one.
func joinPath(dir, name string) string {
	if dir == "" {
		return name
	}
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// fill lists the directory again if its mtime changed (_fill_cache).
func (f *fileFinder) fill() {
	dir := f.path
	if dir == "" {
		dir, _ = os.Getwd()
	}
	mtime := int64(-1)
	if st, err := os.Stat(dir); err == nil {
		mtime = st.ModTime().UnixNano()
	}
	if mtime == f.mtime && f.names != nil {
		return
	}
	f.mtime = mtime
	f.names = map[string]struct{}{}
	if d, err := os.Open(dir); err == nil {
		names, _ := d.Readdirnames(-1)
		d.Close()
		for _, n := range names {
			f.names[n] = struct{}{}
		}
	}
}

func (f *fileFinder) has(name string) bool {
	_, ok := f.names[name]
	return ok
}

// findSpec is FileFinder.find_spec: a package directory with an __init__ file
// (for each loader's suffix in order), then a module file; a directory without
// one is a namespace portion, returned as a spec with no loader.
func (f *fileFinder) findSpec(t *Thread, fullname string) (Value, *Exception) {
	if t.interp.sandbox {
		return pyNone, nil // a FileFinder made by hand finds nothing in the sandbox
	}
	f.fill()
	tail := fullname[strings.LastIndexByte(fullname, '.')+1:]
	namespace := false
	base := joinPath(f.path, tail)
	if f.has(tail) {
		for _, l := range f.loaders {
			full := joinPath(base, "__init__"+l.suffix)
			if isFile(full) {
				return f.spec(t, l, fullname, full, []string{base})
			}
		}
		if st, err := os.Stat(base); err == nil && st.IsDir() {
			namespace = true
		}
	}
	for _, l := range f.loaders {
		if f.has(tail + l.suffix) {
			full := joinPath(f.path, tail+l.suffix)
			if isFile(full) {
				return f.spec(t, l, fullname, full, nil)
			}
		}
	}
	if namespace {
		return newSpec(spec{name: fullname, loader: pyNone, isPkg: true, locations: []string{base}}), nil
	}
	return pyNone, nil
}

// spec is FileFinder._get_spec: loader_class(fullname, path), then
// spec_from_file_location; natively for the default loaders.
func (f *fileFinder) spec(t *Thread, l finderLoader, fullname, path string, locations []string) (Value, *Exception) {
	if f.std {
		return newSpec(t.interp.fileSpec(fullname, path, l.suffix, locations)), nil
	}
	name := NewStr(fullname)
	loader, err := Call(t, l.loader, name, NewStr(path))
	if err != nil {
		return Value{}, err
	}
	locs := pyNone
	if locations != nil {
		locs = NewList(strValues(locations)).Value()
	}
	return specFromFileLocation(t, name, NewStr(path), loader, locs)
}

// pathHookFileFinder is the default entry of sys.path_hooks,
// FileFinder.path_hook(*_get_supported_file_loaders()).
func (in *Interp) defaultPathHook() Value {
	if in.pathHook.IsNil() {
		in.pathHook = newPathHook(stdLoaders(), true)
	}
	return in.pathHook
}

// newPathHook is FileFinder.path_hook(*loader_details)'s closure.
func newPathHook(loaders []finderLoader, std bool) Value {
	return NewBuiltin(methO("path_hook_for_FileFinder", func(t *Thread, _, path Value) (Value, *Exception) {
		p, err := fsPath(t, path)
		if err != nil {
			return Value{}, err
		}
		f, err := hookFileFinder(p, loaders, std)
		if err != nil {
			return Value{}, err
		}
		return f.Value(), nil
	}), pyNone, "_frozen_importlib_external")
}

// hookFileFinder is path_hook_for_FileFinder: a FileFinder for a directory, else
// ImportError.
func hookFileFinder(path string, loaders []finderLoader, std bool) (*fileFinder, *Exception) {
	dir := path
	if dir == "" {
		dir = "." // _path_isdir("") asks about the current directory
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		e := Errorf(importError, "only directories are supported")
		e.extra[2] = NewStr(path)
		return nil, e
	}
	return newFileFinder(fileFinderType, path, loaders, std), nil
}

// pathFinder returns the finder for a path entry (PathFinder._path_importer_cache):
// from sys.path_importer_cache, else from the first hook that accepts the entry
// (None if none does), which is then cached. "" stands for the current directory.
func (in *Interp) pathFinder(t *Thread, entry string) (Value, *Exception) {
	if in.sandbox && !in.inLibrary(entry) {
		return pyNone, nil // the sandbox imports from the embedded library only
	}
	if entry == "" {
		wd, err := os.Getwd()
		if err != nil {
			return pyNone, nil // not cached: the directory can come back
		}
		entry = wd
	}
	d := ModuleDict(in.sys)
	cacheV, _ := d.GetStr("path_importer_cache")
	key := NewStr(entry)
	var cache *Dict
	if cacheV.Type() == dictType {
		cache = cacheV.dictObj()
		if f, ok := cache.GetStr(entry); ok {
			return f, nil
		}
	} else {
		f, err := GetItem(t, cacheV, key)
		if err == nil {
			return f, nil
		}
		if !err.Matches(keyError) {
			return Value{}, err
		}
	}
	f, err := in.runPathHooks(t, entry)
	if err != nil {
		return Value{}, err
	}
	if cache != nil {
		cache.SetStr(entry, f)
	} else if err := SetItem(t, cacheV, key, f); err != nil {
		return Value{}, err
	}
	return f, nil
}

// runPathHooks is PathFinder._path_hooks: the first hook that does not raise
// ImportError gives the finder; None if every hook refuses.
func (in *Interp) runPathHooks(t *Thread, entry string) (Value, *Exception) {
	hooksV, _ := ModuleDict(in.sys).GetStr("path_hooks")
	var hooks []Value
	if hooksV.Type() == listType {
		hooks = append(hooks, hooksV.list().items...)
	} else {
		var err *Exception
		if hooks, err = ToSlice(t, hooksV); err != nil {
			return Value{}, err
		}
	}
	for _, h := range hooks {
		if h.p == unsafe.Pointer(libraryImporterType) {
			if z, err := in.newLibImporter(entry); err == nil {
				return z.Value(), nil
			}
			continue
		}
		if h.p == unsafe.Pointer(zipImporterType) {
			if z := in.zipImporterFor(entry); !z.IsNil() {
				return z, nil
			}
			continue
		}
		if !in.pathHook.IsNil() && h.p == in.pathHook.p {
			f, err := hookFileFinder(entry, stdLoaders(), true)
			if err != nil {
				continue
			}
			return f.Value(), nil
		}
		f, err := Call(t, h, NewStr(entry))
		if err != nil {
			if err.Matches(importError) {
				continue
			}
			return Value{}, err
		}
		return f, nil
	}
	return pyNone, nil
}

// entryFindSpec asks an entry's finder for fullname's spec.
func entryFindSpec(t *Thread, finder Value, fullname string) (Value, *Exception) {
	switch finder.Type() {
	case fileFinderType:
		return (*fileFinder)(finder.p).findSpec(t, fullname)
	case zipImporterType:
		return asZipImporter(finder).findSpec(t, fullname)
	case libraryImporterType:
		return (*libImporter)(finder.p).findSpec(t, fullname)
	}
	return CallMethod(t, finder, "find_spec", NewStr(fullname), pyNone)
}

// invalidatePathCaches is PathFinder.invalidate_caches: entries for relative paths
// and None finders are dropped, the other finders' caches invalidated.
func (in *Interp) invalidatePathCaches(t *Thread) *Exception {
	cacheV, _ := ModuleDict(in.sys).GetStr("path_importer_cache")
	if cacheV.Type() != dictType {
		return nil
	}
	cache := cacheV.dictObj()
	for _, k := range cache.Keys() {
		f, ok, err := cache.GetItem(t, k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		abs := k.Type() == strType && strings.HasPrefix(k.str().s, "/")
		if f.IsNone() || !abs {
			if _, err := cache.DelItem(t, k); err != nil {
				return err
			}
			continue
		}
		if f.Type() == fileFinderType {
			(*fileFinder)(f.p).mtime = -1
			continue
		}
		if m, found, err := lookupAttr(t, f, NewStr("invalidate_caches").str()); err != nil {
			return err
		} else if found {
			if _, err := Call(t, m); err != nil {
				return err
			}
		}
	}
	return nil
}

func init() {
	fileFinderType.hasDict = true
	fileFinderType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) < 1 {
			return Value{}, typeErrorf("FileFinder.__init__() missing 1 required positional argument: 'path'")
		}
		if kw != nil && len(kw.items) > 0 {
			return Value{}, typeErrorf("FileFinder.__init__() got an unexpected keyword argument '%s'", kw.items[0].str().s)
		}
		path, err := fsPath(t, args[0])
		if err != nil {
			return Value{}, err
		}
		loaders, err := loaderDetails(t, args[1:])
		if err != nil {
			return Value{}, err
		}
		return newFileFinder(typ, path, loaders, false).Value(), nil
	}
	fileFinderType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, NewStr((*fileFinder)(v.p).path))
		if err != nil {
			return Value{}, err
		}
		return NewStr("FileFinder(" + r + ")"), nil
	}
	fileFinderType.ready(
		&MethodDef{Name: "find_spec", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("find_spec", args, kw, []string{"fullname", "target"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type() != strType {
				return Value{}, typeErrorf("find_spec() argument 'fullname' must be str, not %s", typeName(a[0]))
			}
			return (*fileFinder)(self.p).findSpec(t, a[0].str().s)
		}},
		methNoArgs("invalidate_caches", func(t *Thread, self Value) (Value, *Exception) {
			(*fileFinder)(self.p).mtime = -1
			return pyNone, nil
		}),
		&MethodDef{Name: "path_hook", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
			if kw != nil && len(kw.items) > 0 {
				return Value{}, typeErrorf("path_hook() got an unexpected keyword argument '%s'", kw.items[0].str().s)
			}
			loaders, err := loaderDetails(t, args)
			if err != nil {
				return Value{}, err
			}
			return newPathHook(loaders, false), nil
		}},
		getset("path", func(t *Thread, self Value) (Value, *Exception) {
			return NewStr((*fileFinder)(self.p).path), nil
		}, func(t *Thread, self, v Value) *Exception {
			p, err := fsPath(t, v)
			if err != nil {
				return err
			}
			f := (*fileFinder)(self.p)
			f.path, f.mtime = p, -1
			return nil
		}),
		getset("_loaders", func(t *Thread, self Value) (Value, *Exception) {
			var out []Value
			for _, l := range (*fileFinder)(self.p).loaders {
				out = append(out, NewTuple(NewStr(l.suffix), l.loader))
			}
			return NewList(out).Value(), nil
		}, nil),
		getset("_path_cache", func(t *Thread, self Value) (Value, *Exception) {
			s := newSetObj(setType)
			for n := range (*fileFinder)(self.p).names {
				s.add(t, NewStr(n))
			}
			return s.Value(), nil
		}, nil),
	)
}

// loaderDetails reads FileFinder's (loader, suffixes) pairs.
func loaderDetails(t *Thread, args []Value) ([]finderLoader, *Exception) {
	var out []finderLoader
	for _, d := range args {
		pair, err := ToSlice(t, d)
		if err != nil {
			return nil, err
		}
		if len(pair) != 2 {
			return nil, Errorf(valueError, "too many values to unpack (expected 2, got %d)", len(pair))
		}
		suffixes, err := ToSlice(t, pair[1])
		if err != nil {
			return nil, err
		}
		for _, s := range suffixes {
			if s.Type() != strType {
				return nil, typeErrorf("can only concatenate str (not \"%s\") to str", typeName(s))
			}
			out = append(out, finderLoader{s.str().s, pair[0]})
		}
	}
	return out, nil
}
