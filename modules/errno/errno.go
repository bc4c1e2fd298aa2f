// Package errno is the errno module: the system's error codes by name, and
// errorcode, which maps each code back to its name.
package errno

//go:generate sh -c "python3.13 gen.py > errno_gen.go"

import "github.com/kaa-python/kaa/py"

// Def is the errno module.
var Def = &py.ModuleDef{Name: "errno", Doc: doc, Exec: exec}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	errorcode := py.NewDict()
	for _, c := range codes {
		v := py.Int(c.value)
		m.Set(c.name, v)
		if err := errorcode.SetItem(t, v, py.NewStr(c.name)); err != nil {
			return err
		}
	}
	m.Set("errorcode", errorcode.Value())
	return nil
}
