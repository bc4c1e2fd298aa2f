package py

// The bytecode cache: a source module's code is kept in __pycache__/NAME.kaa-313.pyc
// in CPython 3.13's .pyc format. The rules are importlib's (SourceLoader.get_code):
//
//   - a timestamp pyc is trusted when the source's mtime and size (each mod 2**32)
//     equal the header's; a hash pyc with the check_source bit is trusted when the
//     source's SipHash equals the header's, an unchecked one always (PEP 552);
//   - a pyc that is truncated, has another magic number or bad flags, or whose body
//     does not unmarshal to a code object is ignored and the source compiled again
//     (CPython raises for a bad body behind a good header; Kaa rewrites it, since a
//     torn or corrupted cache file should never stop a program);
//   - a new pyc is written to a temporary file in the same directory and renamed over
//     the old one, so a reader never sees half a file; any failure to write is
//     ignored, and nothing is written when sys.dont_write_bytecode is true.

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/marshal"
)

// CacheTag is sys.implementation.cache_tag.
const CacheTag = "kaa-313"

// CacheFromSource is importlib.util.cache_from_source for Kaa at an optimization
// level: DIR/__pycache__/NAME.kaa-313.pyc (NAME.kaa-313.opt-1.pyc for -O), or under
// prefix (sys.pycache_prefix) when it is not "". The directory part is kept as
// written ("./a.py" gives "./__pycache__/a.kaa-313.pyc"), as CPython's; unlike
// CPython's, a file in "/" gets "/__pycache__", not a relative "__pycache__".
func CacheFromSource(path string, optimize int, prefix string) string {
	head, tail := "", path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		head, tail = path[:i], path[i+1:]
		if i == 0 {
			head = "/"
		}
	}
	name := tail + CacheTag // "noext" gives "noextkaa-313", as CPython's
	if i := strings.LastIndexByte(tail, '.'); i >= 0 {
		base := tail[:i]
		if base == "" {
			base = tail[i+1:]
		}
		name = base + "." + CacheTag
	}
	if optimize != 0 {
		name += ".opt-" + strconv.Itoa(optimize)
	}
	name += ".pyc"
	if prefix != "" {
		if !filepath.IsAbs(head) {
			if wd, err := os.Getwd(); err == nil {
				head = filepath.Join(wd, head)
			}
		}
		return filepath.Join(prefix, strings.TrimLeft(head, "/"), name)
	}
	if head = strings.TrimRight(head, "/"); head == "" && strings.HasPrefix(path, "/") {
		return "/__pycache__/" + name
	}
	if head == "" {
		return "__pycache__/" + name
	}
	return head + "/__pycache__/" + name
}

func (in *Interp) cacheFromSource(path string) string {
	return CacheFromSource(path, in.optimize, in.pycachePrefix)
}

// dontWriteBytecode reads sys.dont_write_bytecode, which programs may change.
func (in *Interp) dontWriteBytecode() bool {
	v, ok := ModuleDict(in.sys).GetStr("dont_write_bytecode")
	return ok && v.Type() == boolType && v.n != 0
}

// sourceCode is SourceLoader.get_code: the cached code when the cache is fresh,
// otherwise the source compiled (and the cache written).
func (in *Interp) sourceCode(t *Thread, name, path string) (*Code, *Exception) {
	st, serr := os.Stat(path)
	if serr != nil {
		return nil, osError(t, serr, NewStr(path))
	}
	cpath := in.cacheFromSource(path)
	var src []byte
	var hashed, checked bool
	if data, err := os.ReadFile(cpath); err == nil {
		if h, err := marshal.ParseHeader(name, data); err == nil {
			fresh := false
			if h.HashBased() {
				hashed, checked = true, h.Flags&marshal.FlagCheckSource != 0
				mode := in.checkHashPycs
				if mode == "never" || mode != "always" && !checked {
					fresh = true
				} else if src, err = os.ReadFile(path); err != nil {
					return nil, osError(t, err, NewStr(path))
				} else {
					fresh = h.ValidHash(src)
				}
			} else {
				fresh = h.ValidTimestamp(st.ModTime().Unix(), st.Size())
			}
			if fresh {
				if c := loadCodeBody(data[16:]); c != nil {
					fixFilename(c, path)
					return NewCode(c), nil
				}
			}
		}
	}
	if src == nil {
		var err error
		if src, err = os.ReadFile(path); err != nil {
			return nil, osError(t, err, NewStr(path))
		}
	}
	code, exc := t.compile(path, src, "exec", in.optimize)
	if exc != nil {
		return nil, exc
	}
	if !in.dontWriteBytecode() {
		h := marshal.TimestampHeader(st.ModTime().Unix(), st.Size())
		if hashed {
			h = marshal.HashHeader(src, checked)
		}
		if data, err := marshal.WritePyc(h, pycOrder(code.bc)); err == nil {
			_ = WriteAtomic(cpath, data, st.Mode().Perm()|0o200)
		}
	}
	return code, nil
}

// sourcelessCode is SourcelessFileLoader.get_code: a .pyc standing where a source
// would; its header is checked but never its freshness.
func (in *Interp) sourcelessCode(t *Thread, name, path string) (*Code, *Exception) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, osError(t, err, NewStr(path))
	}
	if _, err := marshal.ParseHeader(name, data); err != nil {
		typ := importError
		if _, ok := err.(*marshal.EOFErrorf); ok {
			typ = eofError
		}
		e := Errorf(typ, "%s", err.Error())
		if typ == importError {
			e.extra[1], e.extra[2] = NewStr(name), NewStr(path)
		}
		return nil, e
	}
	v, _, err := marshal.Load(data[16:])
	if err != nil {
		if me, ok := err.(*marshal.Error); ok {
			typ := valueError
			switch me.Type {
			case "EOFError":
				typ = eofError
			case "SystemError":
				typ = systemError
			}
			return nil, Errorf(typ, "%s", me.Msg)
		}
		return nil, Errorf(valueError, "%s", err.Error())
	}
	c, ok := v.(*bytecode.Code)
	if !ok {
		e := Errorf(importError, "Non-code object in %s", path)
		e.extra[1], e.extra[2] = NewStr(name), NewStr(path)
		return nil, e
	}
	return NewCode(c), nil
}

// loadCodeBody unmarshals a pyc body; nil if it is not a well-formed code object.
func loadCodeBody(body []byte) *bytecode.Code {
	v, _, err := marshal.Load(body)
	if err != nil {
		return nil
	}
	c, _ := v.(*bytecode.Code)
	return c
}

// fixFilename is _imp._fix_co_filename: a cached code object compiled where the
// source used to be names the source's present path, in every nested code object.
func fixFilename(c *bytecode.Code, path string) {
	if c.Filename == path {
		return
	}
	old := c.Filename
	var walk func(c *bytecode.Code)
	walk = func(c *bytecode.Code) {
		if c.Filename != old {
			return
		}
		c.Filename = path
		for _, k := range c.Consts {
			if sub, ok := k.(*bytecode.Code); ok {
				walk(sub)
			}
		}
	}
	walk(c)
}

var tmpSeq atomic.Uint64

// WriteAtomic writes data to path through a temporary file in the same directory and
// a rename, creating the directory if needed, as importlib's _write_atomic: the
// temporary file is created exclusively with perm (less the umask), so the cached
// file ends up with the source's permissions. The importer ignores its error.
func WriteAtomic(path string, data []byte, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	var f *os.File
	var tmp string
	for {
		tmp = path + "." + strconv.Itoa(os.Getpid()) + "." + strconv.FormatUint(tmpSeq.Add(1), 10)
		var err error
		f, err = os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm&0o666)
		if err == nil {
			break
		}
		if !errors.Is(err, fs.ErrExist) {
			return err
		}
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(tmp, path)
	}
	if werr != nil {
		os.Remove(tmp)
	}
	return werr
}
