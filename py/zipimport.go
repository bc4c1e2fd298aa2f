package py

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
	"unsafe"

	"github.com/kaa-python/kaa/marshal"
)

// zipimport: modules imported from ZIP archives on sys.path, as CPython's zipimport
// does it. zipimporter is the first of sys.path_hooks: an entry that is a ZIP file,
// or a folder inside one ("app.zip/lib"), gets a zipimporter, which finds
// NAME/__init__.pyc, NAME/__init__.py, NAME.pyc and NAME.py in the archive, in
// that order. Sources are compiled and nothing is written back; a .pyc is used if
// its magic is right and, when the source is beside it, the source's time and size
// match (within a second, as zipimport allows). An archive's table of contents is
// read once per interpreter and kept (zipimport._zip_directory_cache) until
// invalidate_caches.

var (
	zipImporterType = newType("zipimport.zipimporter", nil, nil)
	zipImportError  = newExcType("zipimport.ZipImportError", importError, "")
)

func init() {
	builtinModules["zipimport"] = newZipimportModule
}

// zipArchive is an open archive and its members by name.
type zipArchive struct {
	r     *zip.ReadCloser
	files map[string]*zip.File
}

// zipState is an interpreter's archives: the parsed ones, and the tables of
// contents as zipimport._zip_directory_cache shows them.
type zipState struct {
	archives map[string]*zipArchive
	cache    *Dict
}

// zipCache is zipimport._zip_directory_cache, made when the module is imported
// with the tables of the archives read so far.
func (in *Interp) zipCache() *Dict {
	if in.zip.cache == nil {
		in.zip.cache = NewDict()
		for path, a := range in.zip.archives {
			in.zip.cache.SetStr(path, a.toc(path))
		}
	}
	return in.zip.cache
}

// zipOpen returns the archive at path, reading its table of contents once.
func (in *Interp) zipOpen(path string) (*zipArchive, *Exception) {
	if a, ok := in.zip.archives[path]; ok {
		return a, nil
	}
	zipErr := func(format string) *Exception {
		e := Errorf(zipImportError, format, strRepr(path))
		e.extra[2] = NewStr(path)
		return e
	}
	r, err := zip.OpenReader(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Op == "open" {
			return nil, zipErr("can't open Zip file: %s")
		}
		return nil, zipErr("not a Zip file: %s")
	}
	a := &zipArchive{r: r, files: map[string]*zip.File{}}
	for _, zf := range r.File {
		a.files[zf.Name] = zf
	}
	if in.zip.archives == nil {
		in.zip.archives = map[string]*zipArchive{}
	}
	in.zip.archives[path] = a
	if in.zip.cache != nil {
		in.zip.cache.SetStr(path, a.toc(path))
	}
	return a, nil
}

// toc is the archive's table of contents as zipimport._zip_directory_cache shows
// it: member name -> (path, compress, data_size, file_size, file_offset, time,
// date, crc). It is made only once the zipimport module is imported.
func (a *zipArchive) toc(path string) Value {
	d := NewDict()
	for _, zf := range a.r.File {
		off, _ := zf.DataOffset()
		d.SetStr(zf.Name, NewTuple(NewStr(path+"/"+zf.Name), Int(int64(zf.Method)), Int(int64(zf.CompressedSize64)),
			Int(int64(zf.UncompressedSize64)), Int(off), Int(int64(zf.ModifiedTime)), Int(int64(zf.ModifiedDate)), Int(int64(zf.CRC32))))
	}
	return d.Value()
}

// zipForget drops an archive's table of contents (invalidate_caches).
func (in *Interp) zipForget(t *Thread, path string) {
	if a, ok := in.zip.archives[path]; ok {
		a.r.Close()
		delete(in.zip.archives, path)
	}
	if in.zip.cache != nil {
		in.zip.cache.DelItem(t, NewStr(path))
	}
}

func (a *zipArchive) has(name string) bool {
	_, ok := a.files[name]
	return ok
}

func (a *zipArchive) read(name string) ([]byte, error) {
	zf, ok := a.files[name]
	if !ok {
		return nil, os.ErrNotExist
	}
	r, err := zf.Open()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}

// newZipImporter is zipimporter(path): the longest leading part of path that is a
// file must be a ZIP archive; the rest is the prefix inside it.
func (in *Interp) newZipImporter(typ *Type, path string) (Value, *Exception) {
	if path == "" {
		e := Errorf(zipImportError, "archive path is empty")
		e.extra[2] = NewStr(path)
		return Value{}, e
	}
	var prefix []string
	archive := path
	for {
		st, err := os.Stat(archive)
		if err != nil {
			// Back up one path element (_path_split).
			dir, base := "", archive
			if i := strings.LastIndexByte(archive, '/'); i >= 0 {
				dir, base = archive[:i], archive[i+1:]
			}
			if dir == archive {
				e := Errorf(zipImportError, "not a Zip file")
				e.extra[2] = NewStr(archive)
				return Value{}, e
			}
			archive = dir
			prefix = append(prefix, base)
			continue
		}
		if !st.Mode().IsRegular() {
			e := Errorf(zipImportError, "not a Zip file")
			e.extra[2] = NewStr(archive)
			return Value{}, e
		}
		break
	}
	if _, err := in.zipOpen(archive); err != nil {
		return Value{}, err
	}
	var parts []string
	for i := len(prefix) - 1; i >= 0; i-- {
		if prefix[i] != "" {
			parts = append(parts, prefix[i])
		}
	}
	pre := strings.Join(parts, "/")
	if pre != "" {
		pre += "/"
	}
	v, d := newImportObj(typ)
	d.SetStr("archive", NewStr(archive))
	d.SetStr("prefix", NewStr(pre))
	return v, nil
}

// zipImporter is the Go view of a zipimporter.
type zipImporter struct {
	v               Value
	archive, prefix string
}

func asZipImporter(v Value) zipImporter {
	d := v.hdr().dict
	archive, _ := dictStr(d, "archive")
	prefix, _ := dictStr(d, "prefix")
	return zipImporter{v, archive, prefix}
}

// files is _get_files: the archive's members (none if it cannot be read).
func (z zipImporter) files(in *Interp) *zipArchive {
	a, err := in.zipOpen(z.archive)
	if err != nil {
		return &zipArchive{files: map[string]*zip.File{}}
	}
	return a
}

// zipSearchOrder is _zip_searchorder: suffix, bytecode, package.
var zipSearchOrder = []struct {
	suffix        string
	bytecode, pkg bool
}{{"/__init__.pyc", true, true}, {"/__init__.py", false, true}, {".pyc", true, false}, {".py", false, false}}

func (z zipImporter) modulePath(fullname string) string {
	return z.prefix + fullname[strings.LastIndexByte(fullname, '.')+1:]
}

// moduleInfo is _get_module_info: whether fullname is a package in the archive,
// and whether it is there at all.
func (z zipImporter) moduleInfo(in *Interp, fullname string) (pkg, found bool) {
	a := z.files(in)
	path := z.modulePath(fullname)
	for _, o := range zipSearchOrder {
		if a.has(path + o.suffix) {
			return o.pkg, true
		}
	}
	return false, false
}

func cantFindModule(fullname string) *Exception {
	e := Errorf(zipImportError, "can't find module %s", strRepr(fullname))
	e.extra[1] = NewStr(fullname)
	return e
}

// moduleCode is _get_module_code: the code of the first usable candidate, whether
// it is a package, and its path (archive/member).
func (z zipImporter) moduleCode(t *Thread, fullname string) (*Code, bool, string, *Exception) {
	in := t.interp
	a := z.files(in)
	path := z.modulePath(fullname)
	var importErr *Exception
	for _, o := range zipSearchOrder {
		member := path + o.suffix
		if !a.has(member) {
			continue
		}
		modpath := z.archive + "/" + member
		data, err := a.read(member)
		if err != nil {
			e := Errorf(zipImportError, "can't read Zip file: %s", strRepr(z.archive))
			e.extra[2] = NewStr(z.archive)
			return nil, false, "", e
		}
		var code *Code
		if o.bytecode {
			c, e := z.unmarshalCode(t, a, modpath, member, fullname, data)
			if e != nil {
				if !e.Matches(importError) {
					return nil, false, "", e
				}
				importErr = e
			}
			code = c
		} else {
			src := bytes.ReplaceAll(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
			c, e := t.compile(modpath, src, "exec", in.optimize)
			if e != nil {
				return nil, false, "", e
			}
			code = c
		}
		if code == nil {
			continue // a bad magic number or a stale .pyc: the next candidate
		}
		return code, o.pkg, modpath, nil
	}
	if importErr != nil {
		msg, _ := StrOf(t, importErr.Value())
		e := Errorf(zipImportError, "module load failed: %s", msg)
		e.extra[1] = NewStr(fullname)
		e.cause, e.suppressContext = importErr, true
		return nil, false, "", e
	}
	return nil, false, "", cantFindModule(fullname)
}

// unmarshalCode is _unmarshal_code: a .pyc from the archive, nil when it is stale
// against the source beside it; ImportError for a bad header.
func (z zipImporter) unmarshalCode(t *Thread, a *zipArchive, pathname, member, fullname string, data []byte) (*Code, *Exception) {
	h, err := marshal.ParseHeader(strRepr(fullname), data)
	if err != nil {
		e := Errorf(importError, "%s", err.Error())
		e.extra[1], e.extra[2] = NewStr(fullname), NewStr(member)
		if _, ok := err.(*marshal.EOFErrorf); ok {
			e = Errorf(eofError, "%s", err.Error())
		}
		return nil, e
	}
	src := strings.TrimSuffix(member, "c")
	if h.HashBased() {
		mode := t.interp.checkHashPycs
		if mode != "never" && (h.Flags&marshal.FlagCheckSource != 0 || mode == "always") {
			if source, err := a.read(src); err == nil {
				if !h.ValidHash(source) {
					e := Errorf(importError, "hash in bytecode doesn't match hash of source %s", strRepr(fullname))
					e.extra[1], e.extra[2] = NewStr(fullname), NewStr(member)
					return nil, e
				}
			}
		}
	} else if zf, ok := a.files[src]; ok {
		mtime := dosTime(zf.ModifiedDate, zf.ModifiedTime)
		if mtime != 0 {
			d := int64(h.Mtime) - mtime&0xFFFFFFFF
			if d < -1 || d > 1 || h.Size != uint32(zf.UncompressedSize64) {
				return nil, nil
			}
		}
	}
	c := loadCodeBody(data[16:])
	if c == nil {
		return nil, typeErrorf("compiled module %s is not a code object", strRepr(pathname))
	}
	return NewCode(c), nil
}

// dosTime is _parse_dostime: a ZIP member's DOS date and time as local Unix time.
func dosTime(d, t uint16) int64 {
	return time.Date(int(d>>9)+1980, time.Month((d>>5)&0xF), int(d&0x1F), int(t>>11), int((t>>5)&0x3F), int(t&0x1F)*2, 0, time.Local).Unix()
}

// zipFindSpec is zipimporter.find_spec: a module or package in the archive, else a
// directory there as a namespace portion, else None.
func (z zipImporter) findSpec(t *Thread, fullname string) (Value, *Exception) {
	in := t.interp
	pkg, found := z.moduleInfo(in, fullname)
	if found {
		return z.spec(t, fullname, pkg)
	}
	modpath := z.modulePath(fullname)
	if z.files(in).has(modpath + "/") {
		return newSpec(spec{name: fullname, loader: pyNone, isPkg: true, locations: []string{z.archive + "/" + modpath}}), nil
	}
	return pyNone, nil
}

// spec is spec_from_loader(fullname, zipimporter, is_package=pkg), which goes
// through spec_from_file_location with the loader's get_filename.
func (z zipImporter) spec(t *Thread, fullname string, pkg bool) (Value, *Exception) {
	_, _, modpath, err := z.moduleCode(t, fullname)
	if err != nil {
		return Value{}, err
	}
	locs := pyNone
	if pkg {
		locs = NewList(nil).Value()
	}
	return specFromFileLocation(t, NewStr(fullname), NewStr(modpath), z.v, locs)
}

func newZipimportModule(t *Thread) (Value, *Exception) {
	m := NewModule("zipimport")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("zipimport provides support for importing Python modules from Zip archives."))
	d.SetStr("zipimporter", TypeValue(zipImporterType))
	d.SetStr("ZipImportError", TypeValue(zipImportError))
	d.SetStr("_zip_directory_cache", t.interp.zipCache().Value())
	return m, nil
}

func init() {
	zipImportError.module = "zipimport"
	zipImporterType.hasDict = true
	zipImporterType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) != 1 || kw != nil && len(kw.items) > 0 {
			return Value{}, typeErrorf("zipimporter.__init__() takes 2 positional arguments but %d were given", len(args)+1)
		}
		if args[0].Type() != strType {
			r, _ := Repr(t, TypeValue(args[0].Type()))
			return Value{}, typeErrorf("expected str, not %s", r)
		}
		return t.interp.newZipImporter(typ, args[0].str().s)
	}
	zipImporterType.repr = func(t *Thread, v Value) (Value, *Exception) {
		z := asZipImporter(v)
		return NewStr(fmt.Sprintf(`<zipimporter object "%s/%s">`, z.archive, z.prefix)), nil
	}
	name := func(t *Thread, v Value) (string, *Exception) {
		if v.Type() != strType {
			return "", typeErrorf("expected str, not %s", typeName(v))
		}
		return v.str().s, nil
	}
	// withName is a method taking a module's full name.
	withName := func(method string, f func(t *Thread, z zipImporter, n string) (Value, *Exception)) *MethodDef {
		return methO(method, func(t *Thread, self, fullname Value) (Value, *Exception) {
			n, err := name(t, fullname)
			if err != nil {
				return Value{}, err
			}
			return f(t, asZipImporter(self), n)
		})
	}
	zipImporterType.ready(
		&MethodDef{Name: "find_spec", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("find_spec", args, kw, []string{"fullname", "target"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			n, err := name(t, a[0])
			if err != nil {
				return Value{}, err
			}
			return asZipImporter(self).findSpec(t, n)
		}},
		withName("get_code", func(t *Thread, z zipImporter, n string) (Value, *Exception) {
			c, _, _, err := z.moduleCode(t, n)
			if err != nil {
				return Value{}, err
			}
			return Value{p: unsafe.Pointer(c)}, nil
		}),
		withName("get_filename", func(t *Thread, z zipImporter, n string) (Value, *Exception) {
			_, _, modpath, err := z.moduleCode(t, n)
			if err != nil {
				return Value{}, err
			}
			return NewStr(modpath), nil
		}),
		withName("is_package", func(t *Thread, z zipImporter, n string) (Value, *Exception) {
			pkg, found := z.moduleInfo(t.interp, n)
			if !found {
				return Value{}, cantFindModule(n)
			}
			return Bool(pkg), nil
		}),
		withName("get_source", func(t *Thread, z zipImporter, n string) (Value, *Exception) {
			pkg, found := z.moduleInfo(t.interp, n)
			if !found {
				return Value{}, cantFindModule(n)
			}
			member := z.modulePath(n) + ".py"
			if pkg {
				member = z.modulePath(n) + "/__init__.py"
			}
			data, rerr := z.files(t.interp).read(member)
			if rerr != nil {
				return pyNone, nil
			}
			return decodeBytes(t, data, "utf-8", "strict")
		}),
		methO("get_data", func(t *Thread, self, pathname Value) (Value, *Exception) {
			p, err := fsPath(t, pathname)
			if err != nil {
				return Value{}, err
			}
			z := asZipImporter(self)
			key := strings.TrimPrefix(p, z.archive+"/")
			data, rerr := z.files(t.interp).read(key)
			if rerr != nil {
				return Value{}, NewException(osErrorExc, Int(0), NewStr(""), NewStr(key))
			}
			return NewBytes(data), nil
		}),
		methO("create_module", func(t *Thread, self, spec Value) (Value, *Exception) { return pyNone, nil }),
		methO("exec_module", func(t *Thread, self, m Value) (Value, *Exception) {
			nv, err := getAttr(t, m, NewStr("__name__").str())
			if err != nil {
				return Value{}, err
			}
			n, err := name(t, nv)
			if err != nil {
				return Value{}, err
			}
			c, _, _, err := asZipImporter(self).moduleCode(t, n)
			if err != nil {
				return Value{}, err
			}
			if d := m.hdr().dict; d != nil {
				if _, ok := d.GetStr("__builtins__"); !ok {
					d.SetStr("__builtins__", t.interp.builtinsDict.Value())
				}
			}
			_, err = t.RunCode(c, m)
			return pyNone, err
		}),
		methNoArgs("invalidate_caches", func(t *Thread, self Value) (Value, *Exception) {
			z := asZipImporter(self)
			t.interp.zipForget(t, z.archive)
			t.interp.zipOpen(z.archive)
			return pyNone, nil
		}),
	)
}

// zipImporterFor is the zipimporter hook run natively for PathFinder: nil (and no
// exception object) when the entry is not in a ZIP archive.
func (in *Interp) zipImporterFor(path string) Value {
	v, err := in.newZipImporter(zipImporterType, path)
	if err != nil {
		return Value{}
	}
	return v
}
