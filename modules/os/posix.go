// Package os is the posix module (the operating system's calls, natively over
// golang.org/x/sys/unix) and the os module, which is posix plus what CPython's
// Lib/os.py adds (environ, walk, makedirs, fsencode, the exec and spawn
// families…). Both are native; their names, reprs and messages are CPython's on
// Linux.
package os

//go:generate sh -c "python3.13 gen.py > consts_gen.go && gofmt -w consts_gen.go"

import (
	"github.com/kaa-python/kaa/py"
)

// constant is a named integer constant of the module.
type constant struct {
	name  string
	value int64
}

// PosixDef is the posix module.
var PosixDef = &py.ModuleDef{Name: "posix", Doc: posixDoc, Methods: posixMethods(), Exec: posixExec}

func posixMethods() []*py.MethodDef {
	var ms []*py.MethodDef
	for _, group := range [][]*py.MethodDef{fdFuncs, pathFuncs, statFuncs, scandirFuncs, procFuncs, execFuncs, miscFuncs, envFuncs, extraFuncs, spawnFuncs} {
		ms = append(ms, group...)
	}
	return ms
}

func posixExec(t *py.Thread, m *py.Module) *py.Exception {
	for _, c := range posixConsts {
		m.Set(c.name, py.Int(c.value))
	}
	for _, tab := range []struct {
		name string
		cs   []constant
	}{{"sysconf_names", sysconfNames[:]}, {"pathconf_names", pathconfNames[:]}, {"confstr_names", confstrNames[:]}} {
		d := py.NewDict()
		for _, c := range tab.cs {
			d.SetStr(c.name, py.Int(c.value))
		}
		m.Set(tab.name, d.Value())
	}
	m.Set("environ", bytesEnviron(t).Value())
	m.Set("error", py.TypeValue(py.OSError()))
	for _, typ := range posixTypes() {
		m.Set(typ.Name, py.TypeValue(typ))
	}
	return nil
}
