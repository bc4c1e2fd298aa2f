package kaa

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// ModuleDef is a module written in Go, for Python to import: made by Module and
// installed in an interpreter by AddModule.
type ModuleDef struct {
	name    string
	doc     string
	members map[string]any
}

// Module describes the Go module name whose attributes are members, converted to
// Python as Set converts values: funcs become functions (named after their keys),
// struct pointers live objects, other values copies.
//
//	m := kaa.Module("geo", map[string]any{
//		"EARTH_RADIUS_KM": 6371.0,
//		"distance":        distance,
//	})
//	in.AddModule(m) // then Python can "import geo"
//
// A ModuleDef holds no interpreter state: one may be installed in many
// interpreters, each getting its own module object.
func Module(name string, members map[string]any) *ModuleDef {
	return &ModuleDef{name: name, members: members}
}

// WithDoc returns a copy of m whose module has the docstring doc.
func (m *ModuleDef) WithDoc(doc string) *ModuleDef {
	c := *m
	c.doc = doc
	return &c
}

// Name is the module's name.
func (m *ModuleDef) Name() string { return m.name }

// AddModule makes the module m describes and puts it in sys.modules, so that
// Python code imports it by name. The name must be a Python identifier (no
// dots). Adding a module of a name already imported replaces it for later
// imports.
func (i *Interp) AddModule(m *ModuleDef) error {
	if m == nil {
		return errors.New("kaa: nil *ModuleDef")
	}
	if m.name == "" || strings.ContainsAny(m.name, ". ") {
		return fmt.Errorf("kaa: bad module name %q", m.name)
	}
	return i.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		mod := py.NewModule(m.name)
		d := py.ModuleDict(mod)
		if m.doc != "" {
			d.SetStr("__doc__", py.NewStr(m.doc))
		}
		names := make([]string, 0, len(m.members))
		for k := range m.members {
			names = append(names, k)
		}
		slices.Sort(names)
		for _, k := range names {
			c := converter{in: i, t: t}
			v, err := c.convert(reflect.ValueOf(m.members[k]), k)
			if err != nil {
				return nil, fmt.Errorf("kaa: module %s: member %s: %w", m.name, k, err)
			}
			d.SetStr(k, v)
		}
		sys, exc := py.Import(t, "sys")
		if exc != nil {
			return exc, nil
		}
		modules, exc := py.GetAttrS(t, sys, "modules")
		if exc != nil {
			return exc, nil
		}
		return py.SetItem(t, modules, py.NewStr(m.name), mod), nil
	})
}

// LoadModule runs src, Python source, as the module name and puts the module in
// sys.modules, so that Python code can import it; filename is what its
// __file__ and tracebacks say. It is how a host loads Python files it keeps
// itself (from an fs.FS, a database, a request) without a file system: it works
// in the sandbox. If running src raises, the module is not kept.
func (i *Interp) LoadModule(ctx context.Context, name, filename string, src []byte) (*Object, error) {
	if name == "" || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") {
		return nil, fmt.Errorf("kaa: bad module name %q", name)
	}
	var out *Object
	err := i.with(ctx, func(t *py.Thread) *py.Exception {
		code, exc := py.CompileMode(filename, src, "exec", 0)
		if exc != nil {
			return exc
		}
		mod := py.NewModule(name)
		py.ModuleDict(mod).SetStr("__file__", py.NewStr(filename))
		sys, exc := py.Import(t, "sys")
		if exc != nil {
			return exc
		}
		modules, exc := py.GetAttrS(t, sys, "modules")
		if exc != nil {
			return exc
		}
		key := py.NewStr(name)
		if exc := py.SetItem(t, modules, key, mod); exc != nil {
			return exc
		}
		if _, exc := t.RunCode(code, mod); exc != nil {
			py.DelItem(t, modules, key)
			return exc
		}
		out = i.object(mod)
		return nil
	})
	return out, err
}
