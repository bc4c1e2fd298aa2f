package sre

import "github.com/kaa-python/kaa/py"

func compileFunc(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	return py.Value{}, py.Errorf(py.NotImplementedError, "_sre.compile is not implemented yet")
}

func templateFunc(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	return py.Value{}, py.Errorf(py.NotImplementedError, "_sre.template is not implemented yet")
}
