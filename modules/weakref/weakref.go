// Package weakref is _weakref, the native half of the weakref module
// (lib/weakref.py): the reference and proxy types and the functions that count
// and list an object's weak references. The references themselves live in
// package py (py/weakref.go), beside the collector's hooks.
package weakref

import "github.com/kaa-python/kaa/py"

// Def is the _weakref module.
var Def = &py.ModuleDef{Name: "_weakref", Doc: "Weak-reference support module.", Methods: methods, Exec: exec}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("ref", py.TypeValue(py.WeakRefType()))
	m.Set("ReferenceType", py.TypeValue(py.WeakRefType()))
	m.Set("ProxyType", py.TypeValue(py.WeakProxyType()))
	m.Set("CallableProxyType", py.TypeValue(py.WeakCallableProxyType()))
	return nil
}

var methods = []*py.MethodDef{
	doc(py.FuncO("getweakrefcount", func(t *py.Thread, _, obj py.Value) (py.Value, *py.Exception) {
		return py.Int(int64(py.WeakRefCount(t, obj))), nil
	}), "Return the number of weak references to 'object'."),
	doc(py.Func("_remove_dead_weakref", "dct, key, /", func(t *py.Thread, _ py.Value, args []py.Value) (py.Value, *py.Exception) {
		return py.None(), py.RemoveDeadWeakRef(t, args[0], args[1])
	}), "Atomically remove key from dict if it points to a dead weakref."),
	doc(py.FuncO("getweakrefs", func(t *py.Thread, _, obj py.Value) (py.Value, *py.Exception) {
		return py.NewList(py.WeakRefs(t, obj)).Value(), nil
	}), "Return a list of all weak reference objects pointing to 'object'."),
	doc(py.Func("proxy", "object, callback=None, /", func(t *py.Thread, _ py.Value, args []py.Value) (py.Value, *py.Exception) {
		return py.NewProxy(t, args[0], args[1])
	}), "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized."),
}

func doc(m *py.MethodDef, text string) *py.MethodDef {
	m.Doc = text
	return m
}
