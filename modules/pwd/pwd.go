// Package pwd is the pwd module: the password database, read from /etc/passwd
// (Kaa has no C library to ask NSS; the file is what glibc's "files" source
// reads, which covers the local accounts).
package pwd

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// Def is the pwd module.
var Def = &py.ModuleDef{Name: "pwd", Doc: doc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("struct_passwd", py.TypeValue(passwdType))
	return nil
}}

const doc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."

var passwdType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "pwd.struct_passwd",
	Doc:    "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
	Fields: []string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"},
	Docs:   []string{"user name", "password", "user id", "group id", "real name", "home directory", "shell program"},
})

// Entries reads a colon-separated database (/etc/passwd, /etc/group): the
// fields of each well-formed line with at least n fields.
func Entries(file string, n int) [][]string {
	f, err := os.Open(file)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		fs := strings.Split(line, ":")
		if len(fs) < n {
			continue
		}
		if _, err := strconv.ParseUint(fs[2], 10, 32); err != nil {
			continue
		}
		out = append(out, fs)
	}
	return out
}

func entry(fs []string) py.Value {
	id := func(s string) py.Value { n, _ := strconv.ParseInt(s, 10, 64); return py.Int(n) }
	return py.NewStructSeq(passwdType, py.FsStr(fs[0]), py.FsStr(fs[1]), id(fs[2]), id(fs[3]), py.FsStr(fs[4]), py.FsStr(fs[5]), py.FsStr(fs[6]))
}

// IDArg is _Py_Uid_Converter/_Py_Gid_Converter for a lookup: ok is false when the
// value cannot be an id (the lookup then finds nothing).
func IDArg(t *py.Thread, v py.Value, kind string) (id int64, ok bool, err *py.Exception) {
	if v.IsFloat() || !py.IsInt(v) {
		if _, found, _ := py.LookupSpecial(t, v, "__index__"); !found || v.IsFloat() {
			return 0, false, py.Errorf(py.TypeError(), "%s should be integer, not %s", kind, py.TypeName(v))
		}
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, false, err
	}
	n, fits := py.AsInt64(iv)
	if !fits || n < -1 || n > math.MaxUint32-1 {
		return 0, false, nil
	}
	return n, true, nil
}

var methods = []*py.MethodDef{
	doc2(py.FuncO("pwd.getpwuid", func(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
		uid, ok, err := IDArg(t, arg, "uid")
		if err != nil {
			return py.Value{}, err
		}
		if ok {
			for _, fs := range Entries("/etc/passwd", 7) {
				if fs[2] == strconv.FormatInt(uid, 10) {
					return entry(fs), nil
				}
			}
			return py.Value{}, py.NewException(py.KeyError(), py.NewStr("getpwuid(): uid not found: "+strconv.FormatInt(uid, 10)))
		}
		return py.Value{}, py.NewException(py.KeyError(), py.NewStr("getpwuid(): uid not found"))
	}), "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries."),
	doc2(py.FuncO("pwd.getpwnam", func(t *py.Thread, _ py.Value, arg py.Value) (py.Value, *py.Exception) {
		name, ok := py.AsStr(arg)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "getpwnam() argument must be str, not %s", py.TypeName(arg))
		}
		if strings.IndexByte(name, 0) >= 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "embedded null character")
		}
		for _, fs := range Entries("/etc/passwd", 7) {
			if fs[0] == py.FsEncode(name) {
				return entry(fs), nil
			}
		}
		r, err := py.Repr(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.NewException(py.KeyError(), py.NewStr("getpwnam(): name not found: "+r))
	}), "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries."),
	doc2(py.FuncNoArgs("pwd.getpwall", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var out []py.Value
		for _, fs := range Entries("/etc/passwd", 7) {
			out = append(out, entry(fs))
		}
		return py.NewList(out).Value(), nil
	}), "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries."),
}

func doc2(m *py.MethodDef, doc string) *py.MethodDef {
	m.Doc = doc
	return m
}
