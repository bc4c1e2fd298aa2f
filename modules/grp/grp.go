// Package grp is the grp module: the group database, read from /etc/group (see
// package pwd).
package grp

import (
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/modules/pwd"
	"github.com/kaa-python/kaa/py"
)

// Def is the grp module.
var Def = &py.ModuleDef{Name: "grp", Doc: doc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("struct_group", py.TypeValue(groupType))
	return nil
}}

const doc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"

var groupType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "grp.struct_group",
	Doc:    "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
	Fields: []string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"},
	Docs:   []string{"group name", "password", "group id", "group members"},
})

func entry(fs []string) py.Value {
	gid, _ := strconv.ParseInt(fs[2], 10, 64)
	var mem []py.Value
	for _, m := range strings.Split(fs[3], ",") {
		if m != "" {
			mem = append(mem, py.FsStr(m))
		}
	}
	return py.NewStructSeq(groupType, py.FsStr(fs[0]), py.FsStr(fs[1]), py.Int(gid), py.NewList(mem).Value())
}

func withDoc(m *py.MethodDef, doc string) *py.MethodDef {
	m.Doc = doc
	return m
}

var methods = []*py.MethodDef{
	withDoc(py.Func("getgrgid", "id", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		gid, ok, err := pwd.IDArg(t, a[0], "gid")
		if err != nil {
			return py.Value{}, err
		}
		if ok {
			for _, fs := range pwd.Entries("/etc/group", 4) {
				if fs[2] == strconv.FormatInt(gid, 10) {
					return entry(fs), nil
				}
			}
		}
		r, err := py.Repr(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.NewException(py.KeyError(), py.NewStr("getgrgid(): gid not found: "+r))
	}), "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError."),
	withDoc(py.Func("getgrnam", "name", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		name, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "getgrnam() argument 1 must be str, not %s", py.TypeName(a[0]))
		}
		if strings.IndexByte(name, 0) >= 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "embedded null character")
		}
		for _, fs := range pwd.Entries("/etc/group", 4) {
			if fs[0] == py.FsEncode(name) {
				return entry(fs), nil
			}
		}
		r, err := py.Repr(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.NewException(py.KeyError(), py.NewStr("getgrnam(): name not found: "+r))
	}), "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError."),
	withDoc(py.FuncNoArgs("grp.getgrall", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var out []py.Value
		for _, fs := range pwd.Entries("/etc/group", 4) {
			out = append(out, entry(fs))
		}
		return py.NewList(out).Value(), nil
	}), "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid."),
}
