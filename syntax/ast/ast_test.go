package ast

import (
	"strings"
	"testing"
)

func TestNodeFields(t *testing.T) {
	fd := &FunctionDef{Name: "f"}
	var names []string
	for _, f := range fd.fields() {
		names = append(names, f.name)
	}
	want := "name args body decorator_list returns type_comment type_params"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("FunctionDef fields = %q, want %q", got, want)
	}
	if fd.className() != "FunctionDef" || (&ExprStmt{}).className() != "Expr" || Mod.className() != "Mod" {
		t.Error("class names do not match CPython's")
	}
}
